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
