namespace InstructionHierarchy.Normalization;

/// <summary>The result of <see cref="TextNormalizer.Normalize"/>: the folded view detectors search, with a map back to the original.</summary>
public sealed class NormalizedText
{
    private readonly TextNormalizerOptions? _foldOptions; // null: identity map (Folded[i] came from Original[i])
    private OffsetMap? _map;                               // kept when folding when small, else built from _foldOptions when first needed

    internal NormalizedText(
        string original,
        string folded,
        TextNormalizerOptions? foldOptions,
        OffsetMap? map,
        IReadOnlyList<HiddenRun> hiddenRuns,
        string? tagText,
        IReadOnlyList<DecodedPayload> decoded,
        NormalizationFlags flags)
    {
        Original = original;
        Folded = folded;
        _foldOptions = foldOptions;
        _map = map;
        HiddenRuns = hiddenRuns;
        TagText = tagText;
        Decoded = decoded;
        Flags = flags;
    }

    /// <summary>Gets the input text, unchanged.</summary>
    public string Original { get; }

    /// <summary>Gets the folded view: NFKC, lower case, homoglyphs and leetspeak folded, invisible characters removed,
    /// whitespace collapsed to single spaces and trimmed, spaced-out letters joined.</summary>
    public string Folded { get; }

    /// <summary>Gets the invisible characters removed from <see cref="Folded"/>, as spans of <see cref="Original"/>.</summary>
    public IReadOnlyList<HiddenRun> HiddenRuns { get; }

    /// <summary>Gets the ASCII text spelled by Unicode tag characters (U+E0020–U+E007E), or <see langword="null"/> if there were none.</summary>
    public string? TagText { get; }

    /// <summary>Gets every embedded encoding found and decoded, nested ones included (pre-order; see <see cref="DecodedPayload.Depth"/>).</summary>
    public IReadOnlyList<DecodedPayload> Decoded { get; }

    /// <summary>Gets what was seen and folded.</summary>
    public NormalizationFlags Flags { get; }

    /// <summary>Gets a value indicating whether nothing beyond case and whitespace folding was needed.</summary>
    public bool IsPlain => Flags == NormalizationFlags.None;

    /// <summary>Maps a span of <see cref="Folded"/> to the span of <see cref="Original"/> that produced it.</summary>
    /// <param name="foldedStart">The start index in <see cref="Folded"/>.</param>
    /// <param name="foldedLength">The number of folded characters.</param>
    /// <returns>The covering span in <see cref="Original"/>: from the source of the first folded character to the end of
    /// the source of the last one. An empty folded span maps to an empty span at the corresponding position.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The span is not inside <see cref="Folded"/>.</exception>
    public (int Start, int Length) MapToOriginal(int foldedStart, int foldedLength)
    {
        if ((uint)foldedStart > (uint)Folded.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(foldedStart));
        }

        if (foldedLength < 0 || foldedLength > Folded.Length - foldedStart)
        {
            throw new ArgumentOutOfRangeException(nameof(foldedLength));
        }

        int start = SourceStart(foldedStart);
        if (foldedLength == 0)
        {
            return (start, 0);
        }

        int end = SourceEnd(foldedStart + foldedLength - 1);
        return (start, end - start);
    }

    /// <summary>Whether the sources of the folded characters come in the order of the characters (so the span a folded range
    /// maps to covers the span of every character in it). Takes a pass over the map: callers keep the answer.</summary>
    /// <returns><see langword="true"/> when the map is in order.</returns>
    internal bool MapsInOrder() => _foldOptions is null || (Volatile.Read(ref _map) ?? BuildMap()).IsInOrder();

    /// <summary>Original index of the source of folded char <paramref name="i"/> (Original.Length when i == Folded.Length).</summary>
    private int SourceStart(int i)
    {
        if (i >= Folded.Length)
        {
            return Original.Length;
        }

        if (_foldOptions is null)
        {
            return i;
        }

        // Built on the first mapping (most segments have no finding and never map); a race builds the same map twice.
        OffsetMap map = Volatile.Read(ref _map) ?? BuildMap();
        return map[i];
    }

    private OffsetMap BuildMap()
    {
        OffsetMap map = TextFolder.BuildMap(Original, _foldOptions!);
        Volatile.Write(ref _map, map);
        return map;
    }

    /// <summary>Exclusive end in Original of the source of folded char <paramref name="i"/>.</summary>
    private int SourceEnd(int i)
    {
        int start = SourceStart(i);
        int j = i + 1;

        // Folded chars expanded from one source (ﬁ → fi) share a start; the next distinct start ends the source.
        while (j < Folded.Length && SourceStart(j) == start)
        {
            j++;
        }

        if (j < Folded.Length)
        {
            int next = SourceStart(j);
            return Math.Min(next, start + SourceWidth(start));
        }

        return start + SourceWidth(start);
    }

    /// <summary>UTF-16 width of the source unit at <paramref name="start"/>: a surrogate pair or a run of whitespace counts as one unit.</summary>
    private int SourceWidth(int start)
    {
        string o = Original;
        if (start >= o.Length)
        {
            return 0;
        }

        char c = o[start];
        if (char.IsHighSurrogate(c) && start + 1 < o.Length && char.IsLowSurrogate(o[start + 1]))
        {
            int w = 2;
            w += CombiningTail(o, start + 2);
            return w;
        }

        if (TextFolder.IsFoldedWhitespace(c))
        {
            int j = start + 1;
            while (j < o.Length && TextFolder.IsFoldedWhitespace(o[j]))
            {
                j++;
            }

            return j - start;
        }

        return 1 + CombiningTail(o, start + 1);
    }

    private static int CombiningTail(string o, int j)
    {
        int k = j;
        while (k < o.Length && o[k] >= 0x300 && CharData.IsCombiningMark(o[k]))
        {
            k++;
        }

        return k - j;
    }
}
