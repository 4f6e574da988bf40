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
    /// <param name="configure">Tunes the detectors' options (for example the classifier's threshold); <see langword="null"/> for the defaults.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option set by <paramref name="configure"/> is out of range.</exception>
    public static HierarchyPipelineBuilder AddDefaults(this HierarchyPipelineBuilder builder, Action<DefaultDetectorOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new DefaultDetectorOptions();
        configure?.Invoke(options);
        builder
            .AddOverrideInstructionDetector()
            .AddPromptExtractionDetector()
            .AddJailbreakDetector()
            .AddSecretRequestDetector()
            .AddRoleSpoofingDetector(options.RoleSpoofing.Copy())
            .AddIndirectInstructionDetector()
            .AddExfiltrationDetector();
        if (options.UseClassifier)
        {
            builder.AddInstructionClassifier(options.Classifier);
        }

        return builder

            // Last among the detectors: it reads the others' findings to report disguised triggers.
            .AddObfuscationDetector()
            .AddRoleTagSanitizer()
            .AddInvisibleCharacterSanitizer();
    }
}
