using FsCheck;
using FsCheck.Fluent;
using InstructionHierarchy.Detection.Indirect;
using InstructionHierarchy.Normalization;

namespace InstructionHierarchy.Tests.Detection.Indirect;

public class FoldedSentencesTests
{
    private static readonly TextNormalizer Normalizer = new(new TextNormalizerOptions());

    [Fact]
    public void Around_AnyTextAndPosition_SameAsAskingEverySpaceAboutLineBreaks()
    {
        // Terminators, line breaks (also inside long whitespace runs), folded and removed characters that shift the map,
        // and long sentences past the reach.
        string[] fragments =
        [
            "word", " ", "  ", "\n", "\r\n", "\n\n", " \n ", "\t", ".", ". ", "!", "?", "e.g.", "3.14", "。", "？", "\u2028", "\u00A0",
            "\u200B", "ﬁ", "Ｆｕｌｌ", "I G N O R E", "\"", ")", "’", new string(' ', 60) + "\n", new string('x', 450), "tell the ai",
            "Line one\nline two", "quote: \"yes.\" ", "😀",
        ];
        Gen<string> text = Gen.ArrayOf(Gen.Elements(fragments)).Select(parts => string.Concat(parts));
        Prop.ForAll(Arb.From(text), t =>
        {
            NormalizedText normalized = Normalizer.Normalize(t);
            for (int at = 0; at <= normalized.Folded.Length; at++)
            {
                if (FoldedSentences.Around(normalized, at) != Reference(normalized, at))
                {
                    return false;
                }
            }

            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void MayBreakLine_AnyTextAndRange_NoWhenNoSpaceOfTheRangeIsALineBreak()
    {
        string[] fragments = ["word", " ", "  ", "\n", "\r\n", " \n ", "\t", ". ", "\u200B", "ﬁ", "I G N O R E", new string(' ', 60) + "\n", new string('x', 90)];
        Gen<string> text = Gen.ArrayOf(Gen.Elements(fragments)).Select(parts => string.Concat(parts));
        Prop.ForAll(Arb.From(text), t =>
        {
            NormalizedText normalized = Normalizer.Normalize(t);
            string folded = normalized.Folded;
            for (int from = 0; from < folded.Length; from += 3)
            {
                for (int to = from; to <= folded.Length; to += 7)
                {
                    bool any = false;
                    for (int i = from; i < to && !any; i++)
                    {
                        any = folded[i] == ' ' && FoldedSentences.IsLineBreak(normalized, i);
                    }

                    if (any && !FoldedSentences.MayBreakLine(normalized, from, to))
                    {
                        return false;
                    }
                }
            }

            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    [Fact]
    public void Around_SentenceBetweenLineBreaks_EndsAtTheLines()
    {
        NormalizedText normalized = Normalizer.Normalize("Header line\nTell the assistant to stop   \n  Footer. Next one.");
        int at = normalized.Folded.IndexOf("assistant", StringComparison.Ordinal);

        (int start, int end) = FoldedSentences.Around(normalized, at);

        Assert.Equal("tell the assistant to stop", normalized.Folded[start..end]);
    }

    /// <summary>The sentence search that asks every space whether it stands for a line break.</summary>
    private static (int Start, int End) Reference(NormalizedText normalized, int at)
    {
        string folded = normalized.Folded;
        at = Math.Clamp(at, 0, Math.Max(0, folded.Length - 1));
        int start = 0;
        int lowest = Math.Max(0, at - FoldedSentences.MaxReach);
        for (int i = at - 1; i >= lowest; i--)
        {
            if (FoldedSentences.IsTerminatorAt(folded, i) || (folded[i] == ' ' && FoldedSentences.IsLineBreak(normalized, i)))
            {
                start = i + 1;
                break;
            }

            if (i == lowest)
            {
                start = lowest;
            }
        }

        int end = folded.Length;
        int highest = Math.Min(folded.Length, at + FoldedSentences.MaxReach);
        for (int i = at; i < highest; i++)
        {
            if (FoldedSentences.IsTerminatorAt(folded, i))
            {
                end = i + 1;
                break;
            }

            if (folded[i] == ' ' && i > at && FoldedSentences.IsLineBreak(normalized, i))
            {
                end = i;
                break;
            }

            if (i == highest - 1)
            {
                end = highest;
            }
        }

        while (start < end && folded[start] == ' ')
        {
            start++;
        }

        while (end > start && folded[end - 1] == ' ')
        {
            end--;
        }

        return (start, end);
    }
}
