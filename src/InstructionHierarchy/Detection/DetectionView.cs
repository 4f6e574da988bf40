using InstructionHierarchy.Detection.Lexicon;
using InstructionHierarchy.Normalization;

namespace InstructionHierarchy.Detection;

/// <summary>
/// One text a detector searches for a segment: the segment's own folded view, or the folded view of a payload that was
/// hidden or encoded in it (base64, hex, Unicode tag characters…). Detectors that loop over
/// <see cref="DetectionContext.Views"/> see decoded payloads with the same rules as plain text, and
/// <see cref="DetectionContext.Report(DetectionView, ConflictCategory, ConflictSeverity, string, int, int, string?)"/> maps
/// a finding in a decoded view back to the encoded span of the original text.
/// </summary>
public sealed class DetectionView
{
    private static readonly Lazy<NormalizedText> s_nothing = new(() => TextNormalizer.Default.Normalize(string.Empty));

    private CueHitBuffer _hits;
    private ulong _mask;
    private bool _scanned;

    internal DetectionView(NormalizedText normalized)
    {
        Normalized = normalized;
        EncodedLength = normalized.Original.Length;
    }

    internal DetectionView(DecodedPayload payload)
    {
        Payload = payload;
        Normalized = payload.Normalized;
        EncodedStart = payload.Start;
        EncodedLength = payload.Length;
    }

    /// <summary>Gets the normalized text of this view.</summary>
    public NormalizedText Normalized { get; private set; }

    /// <summary>Gets the folded text detectors search.</summary>
    public string Folded => Normalized.Folded;

    /// <summary>Gets the decoded payload this view shows, or <see langword="null"/> for the segment's own view.</summary>
    public DecodedPayload? Payload { get; }

    /// <summary>Gets a value indicating whether this view is a decoded payload rather than the segment itself.</summary>
    public bool IsDecoded => Payload is not null;

    /// <summary>Gets the nesting depth: 0 for the segment itself, 1 for a payload decoded from it, 2 for a payload decoded from that, and so on.</summary>
    public int Depth => Payload?.Depth ?? 0;

    /// <summary>Gets the decoded payload text, or <see langword="null"/> for the segment's own view.</summary>
    public string? DecodedText => Payload?.Text;

    /// <summary>Gets the start of the encoded text in the segment's original text (0 for the segment's own view).</summary>
    public int EncodedStart { get; private set; }

    /// <summary>Gets the length of the encoded text in the segment's original text (the whole text for the segment's own view).</summary>
    public int EncodedLength { get; private set; }

    /// <summary>Maps a span of <see cref="Folded"/> to the span of the segment's original text that carries it: the
    /// folded-to-original map for the segment's own view, the whole encoded run for a decoded payload.</summary>
    /// <param name="foldedStart">The start in <see cref="Folded"/>.</param>
    /// <param name="foldedLength">The length in <see cref="Folded"/>.</param>
    /// <returns>The span in the segment's original text.</returns>
    public (int Start, int Length) MapToOriginal(int foldedStart, int foldedLength) =>
        IsDecoded ? (EncodedStart, EncodedLength) : Normalized.MapToOriginal(foldedStart, foldedLength);

    /// <summary>Gets the anchors of the built-in lexicon in this view, scanned once and shared by every built-in detector.</summary>
    internal CueSet Cues
    {
        get
        {
            if (!_scanned)
            {
                BuiltInLexicon.Instance.Scan(Folded, ref _hits);
                ulong mask = 0;
                foreach (CueHit hit in _hits.Items)
                {
                    mask |= 1UL << (int)hit.Cue;
                }

                _mask = mask;
                _scanned = true;
            }

            return new CueSet(Folded, _hits.Items, _mask);
        }
    }

    /// <summary>Points the segment's own view at a new segment (the view object is reused across segments).</summary>
    internal void ResetTo(NormalizedText normalized)
    {
        Release();
        Normalized = normalized;
        EncodedLength = normalized.Original.Length;
    }

    /// <summary>Returns pooled storage and drops the text, for a view kept from one call to the next.</summary>
    internal void Detach() => ResetTo(s_nothing.Value);

    /// <summary>Returns pooled storage.</summary>
    internal void Release()
    {
        _hits.Release();
        _mask = 0;
        _scanned = false;
    }
}
