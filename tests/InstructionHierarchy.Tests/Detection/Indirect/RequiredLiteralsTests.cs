using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using InstructionHierarchy.Detection.Indirect;

namespace InstructionHierarchy.Tests.Detection.Indirect;

public class RequiredLiteralsTests
{
    private const char B = RequiredLiterals.Boundary;

    [Fact]
    public void Of_ListOfLiterals_IsExact()
    {
        string[][] clauses = RequiredLiterals.Of("abc|def|x y", out bool exact);

        Assert.True(exact);
        Assert.Equal(["abc", "def", "x y"], Assert.Single(clauses));
    }

    [Fact]
    public void Of_OptionalPrefix_ExpandsIntoLongerLiterals()
    {
        string[][] clauses = RequiredLiterals.Of("(the |a )?(cat|dog)s?!", out bool exact);

        Assert.True(exact);
        Assert.Contains("the cats!", Assert.Single(clauses));
        Assert.Contains("dog!", clauses[0]);
    }

    [Fact]
    public void Of_WordBoundaries_AreKeptAtTheEnds()
    {
        string[][] clauses = RequiredLiterals.Of(@"\b(cat|dog)\b", out bool exact);

        Assert.False(exact);
        Assert.Equal([$"{B}cat{B}", $"{B}dog{B}"], Assert.Single(clauses));
    }

    [Fact]
    public void Of_ConcatenationAroundAnOpenPart_RequiresBothSides()
    {
        string[][] clauses = RequiredLiterals.Of("note .{0,30} to the (assistant|model)", out bool exact);

        Assert.False(exact);
        Assert.Equal(2, clauses.Length);
        Assert.Contains(clauses, c => c.SequenceEqual(["note "]));
        Assert.Contains(clauses, c => c.SequenceEqual([" to the assistant", " to the model"]));
    }

    [Fact]
    public void Of_AlternationWithAnOpenBranch_RequiresNothing()
    {
        Assert.Empty(RequiredLiterals.Of("cat|[a-z]+", out bool exact));
        Assert.False(exact);
    }

    [Fact]
    public void Of_OptionalWhole_RequiresNothing()
    {
        Assert.Empty(RequiredLiterals.Of("(cat)?", out _));
        Assert.Empty(RequiredLiterals.Of(@"\b", out _));
    }

    [Theory]
    [InlineData("(?=x)")]
    [InlineData("(?i)abc")]
    [InlineData(@"(a)\1")]
    [InlineData("a)")]
    [InlineData("[a")]
    public void Of_UnsupportedOrBrokenSyntax_Throws(string pattern) =>
        Assert.Throws<NotSupportedException>(() => RequiredLiterals.Of(pattern, out _));

    [Fact]
    public void Shorten_LongAndRedundantLiterals_KeepsPrefixesAndDropsSuperstrings()
    {
        string[] shortened = RequiredLiterals.Shorten(["assistant", "assistants", "ai", "paid", "summarizer"], 6);

        Assert.Equal(["ai", "assist", "summar"], shortened);
    }

    [Fact]
    public void Selectivity_FunctionWordsCountForLittle()
    {
        Assert.Equal(1, RequiredLiterals.Selectivity(["to the ", "assistant"]));
        Assert.Equal(4, RequiredLiterals.Selectivity(["the user", "assistant"]));
    }

    /// <summary>
    /// For random patterns over a small alphabet and random texts: whenever the regex matches, a literal of every derived
    /// set occurs (word boundaries included), and an exact pattern matches exactly when one of its literals occurs.
    /// </summary>
    [Fact]
    public void Of_RandomPatterns_EveryMatchHoldsALiteralOfEachSet()
    {
        Gen<string> texts = Gen.ArrayOf(Gen.Elements("a", "b", "c", " ", "ab", "ba", ".", "-", "é", "3", "\u0663", "_")).Select(parts => string.Concat(parts));
        Gen<(string Pattern, string[] Texts)> cases =
            from pattern in Pattern(4)
            from sample in Gen.ArrayOf(texts)
            select (pattern, sample);
        Prop.ForAll(Arb.From(cases), c =>
        {
            string[][] clauses = RequiredLiterals.Of(c.Pattern, out bool exact);
            var regex = new Regex(c.Pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
            foreach (string text in c.Texts)
            {
                bool match = regex.IsMatch(text);
                foreach (string[] clause in clauses)
                {
                    if (match && !Occurs(clause, text))
                    {
                        return false;
                    }
                }

                if (exact && match != Occurs(clauses[0], text))
                {
                    return false;
                }
            }

            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(400));
    }

    private static bool Occurs(string[] clause, string text)
    {
        var literals = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach (string literal in clause)
        {
            literals[literal] = 1;
        }

        return new LiteralScanner(literals).Scan(text) != 0;
    }

    private static Gen<string> Pattern(int depth)
    {
        Gen<string> atom = Gen.Elements("a", "b", "c", " ", "ab", "ba ", "a b", @"\b", "[ab]", ".", "[^a]", @"\.", "-", "é", "[a-c]", @"\d", @"\s", @"\w", "[0-9]", "3");
        if (depth == 0)
        {
            return atom;
        }

        Gen<string> inner = Pattern(depth - 1);
        return Gen.OneOf(
            atom,
            from x in inner from y in inner select x + y,
            from x in inner from y in inner select "(" + x + "|" + y + ")",
            from x in inner from q in Gen.Elements("?", "*", "+", "{0,2}", "{1,3}", "{2}", "??", "{1,}") select "(" + x + ")" + q);
    }
}
