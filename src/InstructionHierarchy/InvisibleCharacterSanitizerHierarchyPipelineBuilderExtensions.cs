using InstructionHierarchy.Sanitization;

namespace InstructionHierarchy;

/// <summary>Adds the <see cref="InvisibleCharacterSanitizer"/> to a pipeline.</summary>
public static class InvisibleCharacterSanitizerHierarchyPipelineBuilderExtensions
{
    /// <summary>
    /// Adds a sanitizer that strips invisible characters from whole tool-output and media segments when an obfuscation
    /// finding there was neutralized or redacted (emoji sequences and the joiners scripts need are kept).
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <returns>The builder.</returns>
    public static HierarchyPipelineBuilder AddInvisibleCharacterSanitizer(this HierarchyPipelineBuilder builder, InvisibleCharacterSanitizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddSanitizer(new InvisibleCharacterSanitizer(options));
    }
}
