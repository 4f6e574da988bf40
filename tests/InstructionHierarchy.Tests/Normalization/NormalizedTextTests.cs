using FsCheck;
using FsCheck.Fluent;
using InstructionHierarchy.Normalization;

namespace InstructionHierarchy.Tests.Normalization;

public class NormalizedTextTests
{
    private static NormalizedText N(string s) => TextNormalizer.Default.Normalize(s);

    [Fact]
    public void MapToOriginal_FoldedWord_MapsToOriginalSpan()
    {
        const string text = "Hello   \u0456gn\u200B\u043Ere   ME";
        NormalizedText r = N(text);
        Assert.Equal("hello ignore me", r.Folded);
        (int start, int length) = r.MapToOriginal(6, 6);
        Assert.Equal("\u0456gn\u200B\u043Ere", text.Substring(start, length));
        Assert.Equal("ME", text.Substring(r.MapToOriginal(13, 2).Start, r.MapToOriginal(13, 2).Length));
    }

    [Fact]
    public void MapToOriginal_SurrogatePairAndExpansion_CoverWholeSource()
    {
        const string text = "a \U0001D422 \uFB01x";
        NormalizedText r = N(text);
        Assert.Equal("a i fix", r.Folded);
        Assert.Equal((2, 2), r.MapToOriginal(2, 1));
        Assert.Equal((5, 1), r.MapToOriginal(4, 1));
        Assert.Equal((5, 1), r.MapToOriginal(4, 2));
        Assert.Equal((5, 2), r.MapToOriginal(4, 3));
    }

    [Fact]
    public void MapToOriginal_OutOfRange_Throws()
    {
        NormalizedText r = N("abc");
        Assert.Throws<ArgumentOutOfRangeException>(() => r.MapToOriginal(4, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => r.MapToOriginal(1, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => r.MapToOriginal(-1, 1));
    }

    private static readonly string[] Pieces =
    [
        "a", "B", " ", "  ", "\t", "\n", "\u00A0", "\u200B", "\u00AD", "\u202E", "\uFE0F", "\uDB40\uDC41", "\uD800", "\uDC00",
        "\u0430", "\u0456", "\u043E", "\u0438", "\uFF21", "\U0001D422", "\uFB01", "e\u0301", "z\u0336", "1", "0", "3", "$", "@",
        ".", "-", "_", "%69", "&#105;", "\\x41", "SGVsbG8gd29ybGQh", "ff", "\uD83D\uDE00", "中", "한", "ب", "क", "ि", "\u0000",
    ];

    private static Arbitrary<string> TrickyStrings()
        => Gen.ArrayOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts)).ToArbitrary();

    private static bool MapIsSound(string s)
    {
        NormalizedText r = N(s);
        int previous = 0;
        for (int i = 0; i < r.Folded.Length; i++)
        {
            (int start, int length) = r.MapToOriginal(i, 1);
            if (start < previous || start < 0 || length < 1 || start + length > s.Length)
            {
                return false;
            }

            previous = start;
        }

        (int allStart, int allLength) = r.MapToOriginal(0, r.Folded.Length);
        return allStart >= 0 && allStart + allLength <= s.Length;
    }

    [Fact]
    public void MapToOriginal_Property_InRangeAndNonDecreasing()
        => Prop.ForAll(TrickyStrings(), MapIsSound).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));

    [Fact]
    public void MapToOriginal_PropertyOnArbitraryStrings_InRangeAndNonDecreasing()
        => Prop.ForAll<string>(s => s is null || MapIsSound(s)).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));

    [Fact]
    public void Normalize_Property_NeverThrowsAndHiddenRunsInRange()
        => Prop.ForAll(TrickyStrings(), s =>
        {
            NormalizedText r = N(s);
            foreach (HiddenRun h in r.HiddenRuns)
            {
                if (h.Start < 0 || h.Length < 1 || h.Start + h.Length > s.Length)
                {
                    return false;
                }
            }

            foreach (DecodedPayload p in r.Decoded)
            {
                if (p.Start < 0 || p.Start + p.Length > s.Length || p.Depth < 1)
                {
                    return false;
                }
            }

            return r.Original == s;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));

    [Fact]
    public void Normalize_Property_RandomUtf16NeverThrows()
        => Prop.ForAll(
            Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(i => (char)i)).Select(cs => new string(cs)).ToArbitrary(),
            s => N(s).Folded is not null).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));

    [Fact]
    public void Normalize_Property_FoldedIsIdempotentForAscii()
        => Prop.ForAll(
            Gen.ArrayOf(Gen.Elements("Hello", "WORLD", " ", "  ", "the", "report", ",", ".", "\n")).Select(p => string.Concat(p)).ToArbitrary(),
            s => N(N(s).Folded).Folded == N(s).Folded).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
}
