namespace InstructionHierarchy.Normalization;

/// <summary>
/// Folds text into the canonical view that every detector searches: NFKC, lower case, homoglyphs, invisible characters,
/// whitespace, spaced-out letters and leetspeak, and decodes embedded encodings (base64, hex, percent, HTML entities,
/// ROT13, reversed text, tag characters) within fixed depth and size limits.
/// </summary>
/// <remarks>Instances are immutable and thread-safe; build once and reuse. Work is linear in the input length.</remarks>
public sealed class TextNormalizer
{
    private readonly TextNormalizerOptions _options;

    /// <summary>Initializes a new instance of the <see cref="TextNormalizer"/> class.</summary>
    /// <param name="options">The options; copied and validated.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public TextNormalizer(TextNormalizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Validate();
    }

    /// <summary>Gets a normalizer with the default <see cref="TextNormalizerOptions"/>.</summary>
    public static TextNormalizer Default { get; } = new(new TextNormalizerOptions());

    /// <summary>Normalizes <paramref name="text"/>. Never throws for any string, including invalid UTF-16.</summary>
    /// <param name="text">The text to normalize.</param>
    /// <returns>The folded view, its offset map, and what was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var budget = new DecodeBudget(_options.MaxDecodedBytes);
        return NormalizeCore(text, ref budget, depth: 0, parentStart: 0, parentLength: text.Length);
    }

    private NormalizedText NormalizeCore(string text, ref DecodeBudget budget, int depth, int parentStart, int parentLength)
    {
        string folded;
        bool identity;
        OffsetMap? map;
        NormalizationFlags flags;
        IReadOnlyList<HiddenRun> hidden;
        string? tagText;
        int tagStart, tagLength;

        var folder = new TextFolder(text, _options);
        try
        {
            folder.Run(out folded, out identity, out map);
            flags = folder.Flags;
            hidden = folder.HiddenRuns;
            tagText = folder.TagText;
            tagStart = folder.TagStart;
            tagLength = folder.TagLength;
        }
        finally
        {
            folder.Dispose();
        }

        List<DecodedPayload>? decoded = null;
        int payloadDepth = depth + 1;
        if (tagText is not null && tagText.Length > 0)
        {
            AddPayload(ref decoded, ref budget, EncodingKind.TagCharacters, tagText, depth, parentStart, parentLength, tagStart, tagLength);
        }

        if (_options.DecodeEncodings && payloadDepth <= _options.MaxDecodeDepth && text.Length >= 4)
        {
            var scanner = new EncodedTextScanner(text, _options.MinEncodedLength, budget.Remaining);
            foreach (EncodedTextScanner.Candidate c in scanner.Scan())
            {
                if (budget.Remaining <= 0)
                {
                    budget.Limited = true;
                    break;
                }

                string payloadText = c.Text.Length > budget.Remaining ? c.Text.Substring(0, budget.Remaining) : c.Text;
                if (payloadText.Length < c.Text.Length)
                {
                    budget.Limited = true;
                }

                AddPayload(ref decoded, ref budget, c.Kind, payloadText, depth, parentStart, parentLength, c.Start, c.Length);
            }
        }

        if (decoded is not null)
        {
            flags |= NormalizationFlags.Encoded;
        }

        if (budget.Limited)
        {
            flags |= NormalizationFlags.DecodingLimited;
        }

        return new NormalizedText(
            text,
            folded,
            identity ? null : _options,
            map,
            hidden,
            tagText,
            decoded is null ? Array.Empty<DecodedPayload>() : decoded,
            flags);
    }

    private void AddPayload(
        ref List<DecodedPayload>? decoded,
        ref DecodeBudget budget,
        EncodingKind kind,
        string payloadText,
        int depth,
        int parentStart,
        int parentLength,
        int localStart,
        int localLength)
    {
        budget.Remaining -= payloadText.Length;

        // Top-level payloads report their own span; nested ones report the outermost encoded span.
        int start = depth == 0 ? localStart : parentStart;
        int length = depth == 0 ? localLength : parentLength;
        NormalizedText inner = NormalizeCore(payloadText, ref budget, depth + 1, start, length);
        decoded ??= new List<DecodedPayload>();
        decoded.Add(new DecodedPayload(kind, start, length, payloadText, inner, depth + 1));
        if (inner.Decoded.Count > 0)
        {
            decoded.AddRange(inner.Decoded);
        }
    }

    private struct DecodeBudget
    {
        public int Remaining;
        public bool Limited;

        public DecodeBudget(int remaining)
        {
            Remaining = remaining;
            Limited = false;
        }
    }
}
