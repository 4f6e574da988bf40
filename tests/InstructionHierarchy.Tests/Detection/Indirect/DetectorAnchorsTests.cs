using System.Buffers;
using FsCheck;
using FsCheck.Fluent;
using InstructionHierarchy.Detection;
using InstructionHierarchy.Detection.Indirect;

namespace InstructionHierarchy.Tests.Detection.Indirect;

public class DetectorAnchorsTests
{
    private static readonly SearchValues<string> Sinks = SearchValues.Create(CodeSignals.SinkTokens, StringComparison.Ordinal);

    /// <summary>The searches the shared scan replaces, each with its tag: the detectors used to run them one by one.</summary>
    private static readonly (ulong Tag, Func<string, int, int> IndexOf)[] Separate =
    [
        (DetectorAnchors.Indirect, (t, from) => t.AsSpan(from).IndexOfAny(IndirectLexicon.Anchors)),
        (DetectorAnchors.Exfiltration, (t, from) => t.AsSpan(from).IndexOfAny(ExfiltrationLexicon.Anchors)),
        (DetectorAnchors.UrlStart, (t, from) => t.AsSpan(from).IndexOfAny(ExfiltrationLexicon.UrlStarts)),
        (DetectorAnchors.NetworkSink, (t, from) => t.AsSpan(from).IndexOfAny(Sinks)),
    ];

    [Fact]
    public void Next_RandomTextOfAnchorWordsAndNoise_SameAsEachSeparateSearchFromEveryPosition()
    {
        // Pieces of the anchor words themselves (whole, cut in two, run together) and noise: matches overlap, sit at both
        // ends of the text, and mix scripts and lone surrogates.
        string[] words = [.. IndirectLexicon.CueWords, .. IndirectLexicon.VerbWords, .. ExfiltrationLexicon.AnchorWords, .. ExfiltrationLexicon.UrlStartWords, .. CodeSignals.SinkTokens];
        var pieces = new List<string>();
        foreach (string word in words)
        {
            pieces.Add(word);
            if (word.Length > 2)
            {
                pieces.Add(word[..(word.Length / 2)]);
                pieces.Add(word[(word.Length / 2)..]);
            }
        }

        pieces.AddRange([" ", " ", ". ", "the ", "x", "😀", "\uD800", "\uDC00", "é", "的", "\n"]);
        Gen<string> text = Gen.ArrayOf(Gen.Elements(pieces.ToArray())).Select(parts => string.Concat(parts));
        Prop.ForAll(Arb.From(text), t =>
        {
            var hits = default(AnchorSearchHits);
            try
            {
                DetectorAnchors.Search.FindAll(t, ref hits);
                foreach ((ulong tag, Func<string, int, int> indexOf) in Separate)
                {
                    for (int from = 0; from <= t.Length; from++)
                    {
                        int at = indexOf(t, from);
                        if (hits.Next(from, tag) != (at < 0 ? -1 : from + at))
                        {
                            return false;
                        }
                    }
                }

                return true;
            }
            finally
            {
                hits.Release();
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }
}
