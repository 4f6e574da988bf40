using System.Buffers;
using FsCheck;
using FsCheck.Fluent;
using InstructionHierarchy.Detection;

namespace InstructionHierarchy.Tests.Detection;

public class AnchorSearchTests
{
    private static readonly string[] Values =
    [
        "ignore", "note to", "ai", "a.i.", "[x]", "señor", "résum", "ответ", "пользовател", "忽略", "之前的指令", "指令", "アシスタント", "모델",
        "you’re", "trả lời", "é", "ab", "सहायक", "@", "xyz", "curl ",
    ];

    private static readonly string[] Fragments =
    [
        "ignore", "note ", "to", " ", "a", "i", ".", "[", "x", "]", "señ", "or", "ré", "sum", "от", "вет", "пользовател", "忽", "略", "之前的",
        "指令", "アシス", "タント", "모", "델", "you", "’re", "trả", " lời", "é", "e\u0301", "b", "सहा", "यक", "😀", "\uD800", "abc", "ñ", "@", "xy", "z", "cur", "l ",
    ];

    [Fact]
    public void IndexOfAny_AnyTextAndOffset_SameAsOneSearchOverEveryString()
    {
        AssertSameAsOneSearch(Values, Fragments);
    }

    [Fact]
    public void IndexOfAny_StringsThatStartWithRareCharacters_SameAsOneSearchOverEveryString()
    {
        // No ASCII string starts with a letter, a digit or a space: the search jumps between their first characters.
        string[] values = ["<|im_start|>", "<|im_end|>", "[INST]", "[/INST]", "<<SYS>>", "<", "(a)", "[x]", "<｜User｜>", "<|User|>", "-mu", "--"];
        string[] fragments = ["<", "|", "im_", "start", "end", "|>", "[", "INST", "]", "/", "<<", "SYS", ">>", "(", "a", ")", "x", "｜", "User", "-", "mu", " ", "text", "😀", "的"];
        AssertSameAsOneSearch(values, fragments);
    }

    [Fact]
    public void IndexOfAny_OtherScriptsBesideRareAsciiFirsts_SameAsOneSearchOverEveryString()
    {
        // Every ASCII first character is rare and the other strings start outside ASCII: the search jumps over plain ASCII
        // and filters windows of the other scripts, so matches sit in long ASCII runs, long CJK runs and across windows.
        string[] values = ["(ai", "[x]", "(", "忽略", "之前的指令", "ответ", "的ai", "टोकन", "章", "\uD800c"];
        string[] fragments =
        [
            "plain words and spaces ", "(", "ai", "[", "x", "]", "忽", "略", "之前的", "指令", "от", "вет", "的", "的的的的的的的的的的的的的的的的的的的的的的的的的的的的的的的的的的的",
            "टो", "कन", "章", "\uD800", "c", "😀", "z", new string('q', 70), new string('是', 70),
        ];
        AssertSameAsOneSearch(values, fragments, 1000);
    }

    [Fact]
    public void IndexOfAny_StringsSharingTheirFirstThreeCharacters_SameAsOneSearchOverEveryString()
    {
        // Strings of three characters and longer ones with the same first triple, fourth characters that are ASCII or not:
        // the hashed filter on the first four characters must never rule out a real match.
        string[] values = ["the user", "the reader", "thee", "an ", " an", "and", "ans", "answer", "tell ", "tel\u00e9", "te\u00e9x", "?", "ab", "ab\uD800c", "abc\uDC00"];
        string[] fragments = ["the", " ", "user", "use", "read", "reader", "e", "an", "and", "s", "wer", "tell", "tel", "\u00e9", "x", "te", "?", "a", "b", "c", "\uD800", "\uDC00", "😀", "q", "ther", "tea"];
        AssertSameAsOneSearch(values, fragments, 1000);
    }

    [Fact]
    public void StartsWithAny_AnyTextAndOffset_SameAsAMatchAtTheStart()
    {
        string[] values = [.. Values, "the user", "thee", "and", "answer", "ab\uD800c", "abc\uDC00"];
        string[] fragments = [.. Fragments, "the", " user", "thee", "an", "d", "swer", "\uDC00", "c"];
        var search = AnchorSearch.Create(values, StringComparison.Ordinal);
        var asciiOnly = AnchorSearch.Create(["the user", "and", "?"], StringComparison.Ordinal);
        var otherOnly = AnchorSearch.Create(["忽略", "ответ", "ab\uD800c"], StringComparison.Ordinal);
        SearchValues<string> reference = SearchValues.Create(values, StringComparison.Ordinal);
        SearchValues<string> asciiReference = SearchValues.Create(["the user", "and", "?"], StringComparison.Ordinal);
        SearchValues<string> otherReference = SearchValues.Create(["忽略", "ответ", "ab\uD800c"], StringComparison.Ordinal);
        Gen<string> text = Gen.ArrayOf(Gen.Elements(fragments)).Select(parts => string.Concat(parts));
        Prop.ForAll(Arb.From(text), t =>
        {
            for (int offset = 0; offset <= t.Length; offset++)
            {
                ReadOnlySpan<char> rest = t.AsSpan(offset);
                if (search.StartsWithAny(rest) != (rest.IndexOfAny(reference) == 0)
                    || asciiOnly.StartsWithAny(rest) != (rest.IndexOfAny(asciiReference) == 0)
                    || otherOnly.StartsWithAny(rest) != (rest.IndexOfAny(otherReference) == 0))
                {
                    return false;
                }
            }

            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void IndexOfAny_LongRunsOfOtherScripts_SameAsOneSearchOverEveryString()
    {
        var search = AnchorSearch.Create(Values, StringComparison.Ordinal);
        SearchValues<string> reference = SearchValues.Create(Values, StringComparison.Ordinal);
        var random = new Random(7);
        string[] pieces = ["的", "是", "忽", "略", "之前的", "指令", "x", " ", "ignore", "模", "ответ", "д"];
        for (int round = 0; round < 40; round++)
        {
            var builder = new System.Text.StringBuilder();
            int length = random.Next(200, 2000);
            while (builder.Length < length)
            {
                // Mostly filler, so matches fall anywhere, also across chunk boundaries.
                builder.Append(random.Next(10) == 0 ? pieces[random.Next(pieces.Length)] : pieces[random.Next(2)]);
            }

            string t = builder.ToString();
            for (int offset = 0; offset < t.Length; offset += 1 + random.Next(40))
            {
                Assert.Equal(t.AsSpan(offset).IndexOfAny(reference), search.IndexOfAny(t.AsSpan(offset)));
            }
        }
    }

    [Fact]
    public void IndexOfAny_AsciiOnlyText_FindsTheFirstAsciiString()
    {
        var search = AnchorSearch.Create(Values, StringComparison.Ordinal);

        Assert.Equal(4, search.IndexOfAny("the ignore ai"));
        Assert.Equal(-1, search.IndexOfAny("nothing to see here"));
        Assert.True(search.ContainsAny("please answer the señor"));
        Assert.Equal(6, search.IndexOfAny("hello 忽略之前的指令"));
    }

    [Fact]
    public void FindAll_RandomTextWithOverlapsSurrogatesAndEnds_EveryPositionWithTheTagsOfANaiveSearch()
    {
        // Tagged strings of every length class (one unit, two or three, four and more), sharing prefixes, overlapping
        // each other, one listed in two groups, with non-ASCII units and lone surrogates.
        (string Value, ulong Tag)[] values =
        [
            ("?", 1), ("@", 2), ("？", 4), ("ab", 1), ("abc", 2), ("abcd", 4), ("abcde", 8), ("bcd", 16), ("cd", 32), ("the user", 1),
            ("the user", 64), ("the reader", 2), ("use ", 4), ("user", 8), ("忽略", 16), ("ответ", 32), ("a\uD800", 1), ("\uDC00b", 2),
            ("\uD83D\uDE00", 4), ("é", 8), ("e\u0301", 16), ("xxxx", 32), ("xx", 64), (" ai ", 1), ("ai", 2),
        ];
        var search = new AnchorSearch(values);
        string[] fragments =
        [
            "?", "@", "？", "a", "b", "c", "d", "e", "ab", "abc", "abcd", "abcde", "bcd", "cd", "the", " ", "user", "use", "reader", "忽", "略",
            "от", "вет", "\uD800", "\uDC00", "😀", "é", "\u0301", "x", "xx", "xxx", "ai", " ai ", "q", "th",
        ];
        Gen<string> text = Gen.ArrayOf(Gen.Elements(fragments)).Select(parts => string.Concat(parts));
        Prop.ForAll(Arb.From(text), t =>
        {
            var hits = default(AnchorSearchHits);
            try
            {
                search.FindAll(t, ref hits);
                var expected = new List<AnchorSearchHit>();
                for (int i = 0; i < t.Length; i++)
                {
                    ulong tags = 0;
                    foreach ((string value, ulong tag) in values)
                    {
                        tags |= t.AsSpan(i).StartsWith(value, StringComparison.Ordinal) ? tag : 0;
                    }

                    if (tags != 0)
                    {
                        expected.Add(new AnchorSearchHit(i, tags));
                    }
                }

                if (!hits.Items.SequenceEqual(expected.ToArray()))
                {
                    return false;
                }

                // Next from every position and for every tag is a fresh search for the strings of that tag.
                for (int bit = 0; bit < 7; bit++)
                {
                    ulong tag = 1UL << bit;
                    string[] group = [.. values.Where(v => (v.Tag & tag) != 0).Select(v => v.Value)];
                    SearchValues<string> reference = SearchValues.Create(group, StringComparison.Ordinal);
                    for (int from = 0; from <= t.Length; from++)
                    {
                        int at = t.AsSpan(from).IndexOfAny(reference);
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
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void IndexOfAny_LongTextsWithAnchorsAtBothEnds_SameAsOneSearchOverEveryString()
    {
        // Anchors at the very start and end of texts of every length around the four-unit read, and in the middle of long
        // filler, so the filter loop, its tail and the candidate check all meet them.
        string[] values = ["a", "bc", "def", "ghij", "klmnop", "忽略", "\uD800x"];
        var search = AnchorSearch.Create(values, StringComparison.Ordinal);
        SearchValues<string> reference = SearchValues.Create(values, StringComparison.Ordinal);
        string[] anchors = [.. values, "\uD800", "gh", "klmno", "忽"];
        foreach (string anchor in anchors)
        {
            for (int filler = 0; filler < 70; filler++)
            {
                string pad = new('z', filler);
                foreach (string t in (string[])[anchor + pad, pad + anchor, pad + anchor + pad, anchor + pad + anchor])
                {
                    for (int offset = 0; offset <= t.Length; offset++)
                    {
                        Assert.Equal(t.AsSpan(offset).IndexOfAny(reference), search.IndexOfAny(t.AsSpan(offset)));
                    }
                }
            }
        }
    }

    [Fact]
    public void Create_NonOrdinalComparison_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AnchorSearch.Create(Values, StringComparison.OrdinalIgnoreCase));

    /// <summary>On random concatenations of <paramref name="fragments"/>, at every offset, the search answers as one
    /// <see cref="SearchValues{T}"/> search over every string.</summary>
    private static void AssertSameAsOneSearch(string[] values, string[] fragments, int tests = 500)
    {
        var search = AnchorSearch.Create(values, StringComparison.Ordinal);
        SearchValues<string> reference = SearchValues.Create(values, StringComparison.Ordinal);
        Gen<string> text = Gen.ArrayOf(Gen.Elements(fragments)).Select(parts => string.Concat(parts));
        Prop.ForAll(Arb.From(text), t =>
        {
            for (int offset = 0; offset <= t.Length; offset++)
            {
                ReadOnlySpan<char> rest = t.AsSpan(offset);
                if (search.IndexOfAny(rest) != rest.IndexOfAny(reference))
                {
                    return false;
                }
            }

            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(tests));
    }
}
