namespace InstructionHierarchy.Normalization;

/// <summary>Options for <see cref="TextNormalizer"/>. Validated when the normalizer is constructed, which takes a copy.</summary>
public sealed class TextNormalizerOptions
{
    /// <summary>Gets or sets the deepest level of nested encodings to decode (base64 of hex of …).</summary>
    /// <value>The default value is 3. Use 0 to turn decoding off; at most 8.</value>
    public int MaxDecodeDepth { get; set; } = 3;

    /// <summary>Gets or sets the total number of decoded characters allowed per input, over all payloads and depths.</summary>
    /// <value>The default value is 65536 (64 KiB). Must be between 0 and 16 MiB.</value>
    public int MaxDecodedBytes { get; set; } = 64 * 1024;

    /// <summary>Gets or sets the shortest base64 run (in characters, without padding) considered for decoding.
    /// Hex runs need this many digits too, and never fewer than 16.</summary>
    /// <value>The default value is 16. Must be between 4 and 1024.</value>
    public int MinEncodedLength { get; set; } = 16;

    /// <summary>Gets or sets a value indicating whether embedded encodings are decoded into <see cref="NormalizedText.Decoded"/>.</summary>
    /// <value>The default value is <see langword="true"/>. Tag characters are always extracted into <see cref="NormalizedText.TagText"/>.</value>
    public bool DecodeEncodings { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether leetspeak tokens (<c>1gn0r3</c>) are folded to letters.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool FoldLeetspeak { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether spaced-out letters (<c>i g n o r e</c>) are joined.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool JoinSpacedLetters { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether lookalike letters of other scripts are folded to Latin in mixed-script context.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool FoldHomoglyphs { get; set; } = true;

    /// <summary>Gets a value indicating whether the vectorized fast paths are skipped (tests compare both ways).</summary>
    internal bool ScalarOnly { get; init; }

    internal TextNormalizerOptions Validate()
    {
        if (MaxDecodeDepth is < 0 or > 8)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDecodeDepth), MaxDecodeDepth, "Must be between 0 and 8.");
        }

        if (MaxDecodedBytes is < 0 or > 16 * 1024 * 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDecodedBytes), MaxDecodedBytes, "Must be between 0 and 16 MiB.");
        }

        if (MinEncodedLength is < 4 or > 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(MinEncodedLength), MinEncodedLength, "Must be between 4 and 1024.");
        }

        return new TextNormalizerOptions
        {
            MaxDecodeDepth = MaxDecodeDepth,
            MaxDecodedBytes = MaxDecodedBytes,
            MinEncodedLength = MinEncodedLength,
            DecodeEncodings = DecodeEncodings,
            FoldLeetspeak = FoldLeetspeak,
            JoinSpacedLetters = JoinSpacedLetters,
            FoldHomoglyphs = FoldHomoglyphs,
            ScalarOnly = ScalarOnly,
        };
    }
}
