namespace InstructionHierarchy.Normalization;

/// <summary>What the normalizer saw and folded, beyond case and whitespace.</summary>
[Flags]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "Public API name fixed by the design.")]
public enum NormalizationFlags
{
    /// <summary>Nothing beyond case and whitespace folding.</summary>
    None = 0,

    /// <summary>Invisible or format characters were removed (see <see cref="NormalizedText.HiddenRuns"/>).</summary>
    HiddenCharacters = 1 << 0,

    /// <summary>Unicode tag characters were found (see <see cref="NormalizedText.TagText"/>).</summary>
    TagCharacters = 1 << 1,

    /// <summary>Bidirectional controls were found.</summary>
    BidiControls = 1 << 2,

    /// <summary>Compatibility characters (fullwidth, mathematical, circled, ligatures…) were folded by NFKC.</summary>
    CompatibilityCharacters = 1 << 3,

    /// <summary>Lookalike letters from other scripts were folded to their Latin skeleton.</summary>
    Homoglyphs = 1 << 4,

    /// <summary>A word mixed Latin letters with letters of another script.</summary>
    MixedScript = 1 << 5,

    /// <summary>Combining marks stacked on Latin letters (strike-through, "Zalgo") were removed.</summary>
    CombiningMarks = 1 << 6,

    /// <summary>Spaced-out letters (<c>i g n o r e</c>, <c>i.g.n.o.r.e</c>) were joined.</summary>
    SpacedLetters = 1 << 7,

    /// <summary>Leetspeak (<c>1gn0r3</c>) was folded to letters.</summary>
    Leetspeak = 1 << 8,

    /// <summary>At least one embedded encoding was decoded (see <see cref="NormalizedText.Decoded"/>).</summary>
    Encoded = 1 << 9,

    /// <summary>The text contained invalid UTF-16 (lone surrogates), replaced by U+FFFD in the folded view.</summary>
    InvalidUtf16 = 1 << 10,

    /// <summary>Decoding stopped early because <see cref="TextNormalizerOptions.MaxDecodedBytes"/> or
    /// <see cref="TextNormalizerOptions.MaxDecodeDepth"/> was reached.</summary>
    DecodingLimited = 1 << 11,
}
