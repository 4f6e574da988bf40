namespace InstructionHierarchy;

/// <summary>Adds the built-in detectors and sanitizers to a pipeline.</summary>
public static class DefaultsHierarchyPipelineBuilderExtensions
{
    /// <summary>
    /// Adds every built-in detector and sanitizer with its default options: the recommended starting point.
    /// Detectors: override, prompt extraction, jailbreak, secret request, role spoofing, indirect instruction, exfiltration,
    /// the statistical instruction classifier and (last, as it reads the others' findings) obfuscation. Sanitizers: role-tag neutralization and invisible-character
    /// stripping. Spotlighting, the hierarchy preamble and canaries change what the model sees and stay opt-in
    /// (<c>AddSpotlighting()</c>, <c>AddHierarchyPreamble()</c>, <c>AddCanaries()</c>).
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
            .AddIndirectInstructionDetector()
            .AddExfiltrationDetector()
            .AddInstructionClassifier()

            // Last among the detectors: it reads the others' findings to report disguised triggers.
            .AddObfuscationDetector()
            .AddRoleTagSanitizer()
            .AddInvisibleCharacterSanitizer();
    }
}
