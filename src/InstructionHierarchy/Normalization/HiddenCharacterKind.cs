namespace InstructionHierarchy.Normalization;

/// <summary>The kind of invisible character removed from the folded text.</summary>
public enum HiddenCharacterKind
{
    /// <summary>Zero-width space, non-joiner and joiner (U+200B–U+200D), the byte-order mark (U+FEFF) and U+180E.</summary>
    ZeroWidth,

    /// <summary>Soft hyphen (U+00AD).</summary>
    SoftHyphen,

    /// <summary>Word joiner and invisible operators (U+2060–U+2064).</summary>
    WordJoiner,

    /// <summary>Bidirectional marks, embeddings, overrides and isolates (U+200E–U+200F, U+202A–U+202E, U+2066–U+2069, U+061C).</summary>
    BidiControl,

    /// <summary>Variation selectors (U+FE00–U+FE0F, U+E0100–U+E01EF).</summary>
    VariationSelector,

    /// <summary>Unicode tag characters (U+E0000–U+E007F).</summary>
    TagCharacter,

    /// <summary>Any other format (Cf) character.</summary>
    Other,
}
