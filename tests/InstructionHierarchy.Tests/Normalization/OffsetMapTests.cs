using FsCheck;
using FsCheck.Fluent;
using InstructionHierarchy.Normalization;

namespace InstructionHierarchy.Tests.Normalization;

public class OffsetMapTests
{
    [Fact]
    public void Indexer_AnyMap_ReturnsTheIndexItWasBuiltFrom()
    {
        // Steps of 0 (expansions), 1 (copies) and more (collapsed or removed characters), in any mix.
        Gen<int[]> steps = Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0)), (12, Gen.Constant(1)), (2, Gen.Choose(2, 9))));
        Prop.ForAll(Arb.From(steps), s =>
        {
            int[] map = new int[s.Length];
            int source = 0;
            for (int i = 0; i < s.Length; i++)
            {
                source += i == 0 ? 0 : s[i];
                map[i] = source;
            }

            OffsetMap offsets = OffsetMap.Create(map);
            for (int i = 0; i < map.Length; i++)
            {
                if (offsets[i] != map[i])
                {
                    return false;
                }
            }

            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void IsInOrder_AnyMap_TrueExactlyWhenNoIndexDecreases()
    {
        // Mostly non-decreasing maps (dense and run forms), some with a step back.
        Gen<int[]> steps = Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0)), (12, Gen.Constant(1)), (2, Gen.Choose(2, 9)), (1, Gen.Choose(-5, -1))));
        Prop.ForAll(Arb.From(steps), s =>
        {
            int[] map = new int[s.Length];
            int source = 10;
            bool inOrder = true;
            for (int i = 0; i < s.Length; i++)
            {
                source += i == 0 ? 0 : s[i];
                map[i] = source;
                inOrder &= i == 0 || s[i] >= 0;
            }

            return OffsetMap.Create(map).IsInOrder() == inOrder;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void TryCreateRuns_AnyMap_SameAsCreateOrNullPastTheBound()
    {
        Gen<int[]> steps = Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0)), (30, Gen.Constant(1)), (1, Gen.Choose(2, 9))));
        Prop.ForAll(Arb.From(steps), Arb.From(Gen.Choose(1, 8)), (s, maxRuns) =>
        {
            int[] map = new int[s.Length];
            int source = 0;
            for (int i = 0; i < s.Length; i++)
            {
                source += i == 0 ? 0 : s[i];
                map[i] = source;
            }

            OffsetMap full = OffsetMap.Create(map);
            OffsetMap? runs = OffsetMap.TryCreateRuns(map, maxRuns);
            if (runs is null)
            {
                // Only when the map has at least maxRuns runs, or Create keeps it one index per character.
                return full.RunCount == 0 || full.RunCount >= maxRuns;
            }

            if (runs.RunCount != full.RunCount || runs.RunCount >= maxRuns)
            {
                return false;
            }

            for (int i = 0; i < map.Length; i++)
            {
                if (runs[i] != map[i])
                {
                    return false;
                }
            }

            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void MapToOriginal_LineBreaksAndColumns_MapsEveryWordToItsSource()
    {
        string text = "Departures:\n06:12  RE 4411   direct\n\n  07:05\tRE 4413  direct\r\nEnd.";
        NormalizedText normalized = TextNormalizer.Default.Normalize(text);

        foreach (string word in new[] { "departures", "06:12", "re", "4411", "direct", "07:05", "4413", "end." })
        {
            int from = 0;
            while ((from = normalized.Folded.IndexOf(word, from, StringComparison.Ordinal)) >= 0)
            {
                (int start, int length) = normalized.MapToOriginal(from, word.Length);
                Assert.Equal(word, text.Substring(start, length).ToLowerInvariant());
                from += word.Length;
            }
        }
    }

    [Fact]
    public void MapToOriginal_CollapsedWhitespaceInLongText_MapsEveryWord()
    {
        string text = string.Concat(Enumerable.Repeat("Alpha  beta\n\ngamma ", 200));
        NormalizedText normalized = TextNormalizer.Default.Normalize(text);

        int at = normalized.Folded.LastIndexOf("gamma", StringComparison.Ordinal);
        (int start, int length) = normalized.MapToOriginal(at, 5);

        Assert.Equal("gamma", text.Substring(start, length));
        Assert.Equal(text.LastIndexOf("gamma", StringComparison.Ordinal), start);
    }

    [Fact]
    public void Create_LongCopiedRuns_KeepsOnePairPerRun()
    {
        // Three runs of 100, 37 and 250 copied characters, with jumps between them (collapsed whitespace).
        int[] map = new int[387];
        for (int i = 0; i < map.Length; i++)
        {
            map[i] = i < 100 ? i : i < 137 ? i + 5 : i + 9;
        }

        OffsetMap offsets = OffsetMap.Create(map);

        Assert.Equal(3, offsets.RunCount);
        Assert.Equal(100, OffsetMap.RunEnd(map, 0));
        Assert.Equal(137, OffsetMap.RunEnd(map, 100));
        Assert.Equal(387, OffsetMap.RunEnd(map, 137));
        for (int i = 0; i < map.Length; i++)
        {
            Assert.Equal(map[i], offsets[i]);
        }
    }
}
