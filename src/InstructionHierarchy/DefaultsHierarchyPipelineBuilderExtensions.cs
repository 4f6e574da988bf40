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
            .AddRoleSpoofingDetector()

            // The indirect-instruction and exfiltration detectors go here.
            .AddRoleTagSanitizer();
    }
}
