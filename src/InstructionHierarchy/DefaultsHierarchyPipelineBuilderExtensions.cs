namespace InstructionHierarchy;

/// <summary>Adds the built-in detectors and sanitizers to a pipeline.</summary>
public static class DefaultsHierarchyPipelineBuilderExtensions
{
    /// <summary>
    /// Adds every built-in detector and sanitizer with its default options: the recommended starting point.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static HierarchyPipelineBuilder AddDefaults(this HierarchyPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddOverrideInstructionDetector()
            .AddPromptExtractionDetector()
            .AddJailbreakDetector()
            .AddSecretRequestDetector()
            .AddRoleSpoofingDetector()

            // The indirect-instruction and exfiltration detectors go here.

            // Last among the detectors: it reads the others' findings to report disguised triggers.
            .AddObfuscationDetector()
            .AddRoleTagSanitizer();
    }
}
