using InstructionHierarchy.Normalization;

namespace InstructionHierarchy.Detection.Indirect;

/// <summary>
/// The whole-text searches of <see cref="IndirectInstructionDetector"/> and <see cref="ExfiltrationDetector"/> as one
/// tagged <see cref="AnchorSearch"/>: a view is scanned once (<see cref="DetectionContext.DetectorAnchors"/>) and each
/// detector walks the hits of its own tag, with the answers the separate searches would give.
/// </summary>
internal static class DetectorAnchors
{
    /// <summary>Tag of <see cref="IndirectLexicon.Anchors"/>.</summary>
    public const ulong Indirect = 1;

    /// <summary>Tag of <see cref="ExfiltrationLexicon.Anchors"/>.</summary>
    public const ulong Exfiltration = 2;

    /// <summary>Tag of <see cref="ExfiltrationLexicon.UrlStarts"/>.</summary>
    public const ulong UrlStart = 4;

    /// <summary>Tag of the network sinks of <see cref="CodeSignals"/>.</summary>
    public const ulong NetworkSink = 8;

    /// <summary>Scans one view with the hits of <see cref="Search"/> in it; <paramref name="view"/> is <see langword="null"/> for
    /// the segment's own view.</summary>
    public delegate void ViewScan(DetectionContext context, NormalizedText normalized, AnchorSearchHits anchors, DetectionView? view);

    /// <summary>
    /// Runs <paramref name="scan"/> over the segment's own view (with the shared hits of
    /// <see cref="DetectionContext.DetectorAnchors"/>) and then over each decoded payload (base64, Unicode tags, reversed
    /// text…), whose hits are searched here and returned to the pool. Views are not built when nothing was decoded, so clean
    /// text allocates nothing.
    /// </summary>
    public static void ScanViews(DetectionContext context, ViewScan scan)
    {
        scan(context, context.Normalized, context.DetectorAnchors, null);
        if (context.Normalized.Decoded.Count == 0)
        {
            return;
        }

        IReadOnlyList<DetectionView> views = context.Views;
        for (int v = 1; v < views.Count; v++)
        {
            DetectionView view = views[v];
            var anchors = default(AnchorSearchHits);
            try
            {
                Search.FindAll(view.Folded, ref anchors);
                scan(context, view.Normalized, anchors, view);
            }
            finally
            {
                anchors.Release();
            }
        }
    }

    /// <summary>Every string of the four searches, with its tags.</summary>
    public static readonly AnchorSearch Search = Create();

    private static AnchorSearch Create()
    {
        var values = new List<(string Value, ulong Tag)>();
        Add(values, IndirectLexicon.CueWords, Indirect);
        Add(values, IndirectLexicon.VerbWords, Indirect);
        Add(values, ExfiltrationLexicon.AnchorWords, Exfiltration);
        Add(values, ExfiltrationLexicon.UrlStartWords, UrlStart);
        Add(values, CodeSignals.SinkTokens, NetworkSink);
        return new AnchorSearch(values);
    }

    private static void Add(List<(string Value, ulong Tag)> values, string[] words, ulong tag)
    {
        foreach (string word in words)
        {
            values.Add((word, tag));
        }
    }
}
