using FsCheck;
using FsCheck.Fluent;
using InstructionHierarchy.Normalization;

namespace InstructionHierarchy.Tests.Normalization;

public class TextFolderTests
{
    private const string Filler = "The ferry crossed twice that day, and the harbour was quiet until the evening boats came back. ";

    [Fact]
    public void NextShortTokenStart_AnyText_MatchesScalarReference()
    {
        // Short alphabets make every pattern (one-letter tokens, separators, double spaces, edges) frequent; lengths
        // run past two vector widths so the vector loop, its tail and the scalar loop are all exercised.
        Gen<string> text = Gen.ArrayOf(Gen.Elements(' ', 'a', 'b', '.', '-', '_', '1')).Select(chars => new string(chars));
        Gen<(string Text, int From)> input = text.SelectMany(t => Gen.Choose(0, t.Length).Select(f => (t, f)));
        Prop.ForAll(Arb.From(input), x =>
        {
            int from = x.From == 0 || (x.From < x.Text.Length && x.Text[x.From] == ' ') ? x.From : 0;
            return TextFolder.NextShortTokenStart(x.Text, from) == Reference(x.Text, from);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    [Fact]
    public void NextShortTokenStart_LongText_FindsTokensBeyondTheFirstVector()
    {
        string text = Filler + Filler + "x.y.z " + Filler;
        Assert.Equal(Reference(text, 0), TextFolder.NextShortTokenStart(text, 0));
        Assert.Equal(text.IndexOf("x.y.z", StringComparison.Ordinal), TextFolder.NextShortTokenStart(text, text.IndexOf(" x.y.z", StringComparison.Ordinal)));
        Assert.Equal(-1, TextFolder.NextShortTokenStart("ordinary words only here and there", 0));
    }

    [Theory]
    [InlineData("i g n o r e   t h e   r u l e s", "ignore the rules")]
    [InlineData("i.g.n.o.r.e the rules", "ignore the rules")]
    [InlineData("1gn0r3 the rules", "ignore the rules")]
    public void Normalize_ObfuscatedTokensDeepInLongText_FoldedAndLaterTextMapsBack(string obfuscated, string folded)
    {
        string tail = "Afterwards the museum guide explained the printing press.";
        string text = Filler + Filler + Filler + obfuscated + " " + tail;
        NormalizedText r = TextNormalizer.Default.Normalize(text);

        Assert.Contains(folded + " afterwards the museum guide", r.Folded, StringComparison.Ordinal);

        // Text after a compaction still maps to its own characters in the original.
        int at = r.Folded.IndexOf("museum", StringComparison.Ordinal);
        (int start, int length) = r.MapToOriginal(at, "museum".Length);
        Assert.Equal("museum", text.Substring(start, length));
        (start, length) = r.MapToOriginal(r.Folded.IndexOf(folded, StringComparison.Ordinal), folded.Length);
        Assert.Equal(obfuscated, text.Substring(start, length));
    }

    [Fact]
    public void Normalize_OneLetterWordsAndNumbersInProse_Unchanged()
    {
        string text = "I saw a cat at 10 a.m. near gate 4-B, and a dog at 11." + Filler;
        NormalizedText r = TextNormalizer.Default.Normalize(text);
        Assert.Equal(text.ToLowerInvariant().TrimEnd(), r.Folded);
        Assert.False(r.Flags.HasFlag(NormalizationFlags.SpacedLetters));
        Assert.False(r.Flags.HasFlag(NormalizationFlags.Leetspeak));
    }

    private static int Reference(string s, int from)
    {
        for (int t = from; t < s.Length; t++)
        {
            bool tokenStart = s[t] != ' ' && (t == 0 ? from == 0 : s[t - 1] == ' ' && t - 1 >= from);
            if (tokenStart && (t + 1 >= s.Length || s[t + 1] is ' ' or '.' or '-' or '_'))
            {
                return t;
            }
        }

        return -1;
    }
}
