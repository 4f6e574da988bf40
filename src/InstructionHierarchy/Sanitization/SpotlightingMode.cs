namespace InstructionHierarchy.Sanitization;

/// <summary>
/// How <see cref="SpotlightingTransform"/> marks untrusted content so the model can tell it from instructions
/// (Hines et al. 2024, "Defending Against Indirect Prompt Injection Attacks With Spotlighting", arXiv 2403.14720).
/// </summary>
/// <remarks>Every mode other than <see cref="None"/> puts the content in a block opened and closed by a per-request random boundary.</remarks>
public enum SpotlightingMode
{
    /// <summary>The content is left as it is.</summary>
    None = 0,

    /// <summary>The content is enclosed between two markers carrying a random boundary the content cannot forge.</summary>
    Delimit = 1,

    /// <summary>Delimited, and every whitespace character (except line breaks) is replaced by a marker, so every word carries its provenance.</summary>
    Datamark = 2,

    /// <summary>Delimited, and the content is base64-encoded (UTF-8): the strongest separation, for models that decode base64 well.</summary>
    Encode = 3,
}
