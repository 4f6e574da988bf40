namespace InstructionHierarchy.Sanitization;

/// <summary>
/// Options of the <see cref="HierarchyPreambleTransform"/>: the language of the built-in text, or your own templates.
/// </summary>
/// <remarks>
/// Templates may use these placeholders: <c>{sources}</c> (what is marked: "tool output and text extracted from media"),
/// <c>{open}</c> and <c>{close}</c> (this request's block markers), <c>{marker}</c> (the datamark). A template left
/// <see langword="null"/> uses the built-in text of <see cref="Language"/>.
/// </remarks>
public sealed class HierarchyPreambleOptions
{
    /// <summary>Gets or sets the language of the built-in text: <c>en</c> (English) or <c>zh</c> (Chinese); a region suffix (<c>zh-CN</c>) is accepted.</summary>
    /// <value>The default value is <c>en</c>.</value>
    public string Language { get; set; } = "en";

    /// <summary>Gets or sets the paragraph that explains the tier order.</summary>
    /// <value>The default value is <see langword="null"/> (the built-in text).</value>
    public string? TierOrderText { get; set; }

    /// <summary>Gets or sets the sentence that explains <see cref="SpotlightingMode.Delimit"/> blocks.</summary>
    /// <value>The default value is <see langword="null"/> (the built-in text).</value>
    public string? DelimitText { get; set; }

    /// <summary>Gets or sets the sentence that explains <see cref="SpotlightingMode.Datamark"/> blocks.</summary>
    /// <value>The default value is <see langword="null"/> (the built-in text).</value>
    public string? DatamarkText { get; set; }

    /// <summary>Gets or sets the sentence that explains <see cref="SpotlightingMode.Encode"/> blocks.</summary>
    /// <value>The default value is <see langword="null"/> (the built-in text).</value>
    public string? EncodeText { get; set; }

    /// <summary>Gets or sets a value indicating whether the preamble is added only to requests that carry tool output or media.</summary>
    /// <value>The default value is <see langword="false"/>: every request gets it.</value>
    public bool OnlyWithUntrustedContent { get; set; }
}
