using System.Reflection;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using InstructionHierarchy.Detection;
using InstructionHierarchy.Detection.Indirect;

namespace InstructionHierarchy.Tests.Detection.Indirect;

/// <summary>
/// The lexicon patterns compiled to backtracking code (no <see cref="RegexOptions.NonBacktracking"/>) must stay linear and
/// answer exactly as the same pattern on the non-backtracking engine: <see cref="BacktrackingBound"/> bounds the work per
/// start position, and generated sentences compare the two engines.
/// </summary>
public class BacktrackingBoundTests
{
    /// <summary>The largest number of ways through a backtracking pattern at one start position.</summary>
    private const double MaxPaths = 1000;

    private static readonly (string Name, Regex Regex)[] Backtracking = FindBacktracking();

    private static readonly string[] Separators =
        [" ", " ", " ", " ", "", ", ", ": ", ". ", "-", "'", "\"", "\n", "_", "0", "\u200d", "\u200c", "\u0301", "é", "\u3002", "：", "、", "?"];

    [Theory]
    [InlineData("abc", 1)]
    [InlineData("a|b|c", 1)]
    [InlineData("(a|ab|abc)d", 3)]
    [InlineData("(the |an? )?x", 3)]
    [InlineData(@"\bx[^.]{0,3}y", 2)]
    [InlineData("(ab|c){2}", 1)]
    [InlineData("(a|[ab]){2}", 4)]
    [InlineData("(?i)ab?", 1)]
    [InlineData("(?i)ab?B", 2)]
    [InlineData(@"\.\-x", 1)]
    [InlineData(@" [a-z]{0,9} ", 1)]
    [InlineData(@" [a-z]{0,9}[a-z]{0,2} ", 3)]
    [InlineData("xa*", 1)]
    [InlineData(@"\bvulnerab[a-z]*\b", 1)]
    [InlineData(@"(any|all) ([a-z-]+ ){0,2}(ai|bot)", 3)]
    [InlineData(@"(the|an?) [a-z]+s? (must|should)", 4)]
    [InlineData(@" (ai [a-z]+)( [a-z]+){0,2} ?:", 3)]
    [InlineData(@"(?i)(ab|AB|Abc)\s{0,2}:\s{0,2}\w", 3)]
    [InlineData("(?i)(k|K)x", 2)]
    [InlineData("(k|K)x", 1)]
    public void Paths_BoundedPatterns_CountsTheWays(string pattern, double expected) =>
        Assert.Equal(expected, BacktrackingBound.Paths(pattern));

    [Theory]
    [InlineData("a+")]
    [InlineData("x[a-z]+ y")]
    [InlineData("[a-z]+ y")]
    [InlineData(" [a-z]+[a-z]*y")]
    [InlineData(" [a-z]+y{0,3}[a-z]+ ")]
    [InlineData("(x[a-z]+)+ ")]
    [InlineData("(?m) [a-z]+ ")]
    [InlineData("a{2,}")]
    [InlineData("(a{0,2})+")]
    [InlineData("(?=a)b")]
    [InlineData(@"(a)\1")]
    [InlineData("(a")]
    public void Paths_UnboundedOrUnknownPatterns_IsInfinite(string pattern) =>
        Assert.Equal(double.PositiveInfinity, BacktrackingBound.Paths(pattern));

    [Fact]
    public void LexiconPatterns_Backtracking_HaveFewWaysPerStart()
    {
        Assert.True(Backtracking.Length >= 80, $"found {Backtracking.Length} backtracking patterns");
        foreach ((string name, Regex regex) in Backtracking)
        {
            double paths = BacktrackingBound.Paths(regex.ToString());
            Assert.True(paths <= MaxPaths, $"{name}: {paths} ways per start position; keep it non-backtracking");
        }
    }

    /// <summary>
    /// Each backtracking pattern finds the same matches (where and how long) as the same pattern on the non-backtracking
    /// engine, on sentences made of its own words and of separators that test word boundaries (joiners, combining marks,
    /// digits, underscores, CJK punctuation).
    /// </summary>
    [Fact]
    public void Matches_LexiconPatternsOnTheirOwnWords_SameAsNonBacktracking()
    {
        int matched = 0;
        foreach ((string name, Regex regex) in Backtracking)
        {
            var reference = new Regex(regex.ToString(), regex.Options | RegexOptions.NonBacktracking);
            string[] words = WordsOf(regex.ToString());
            if (regex.ToString().StartsWith("(?i", StringComparison.Ordinal))
            {
                words = [.. words, .. words.Select(word => word.ToUpperInvariant()), .. words.Select(word => word.Length > 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word)];
            }

            Gen<string> sentence =
                from parts in Gen.ArrayOf(Gen.Elements(words))
                from separators in Gen.ArrayOf(Gen.Elements(Separators))
                select Join(parts, separators);
            int hits = 0;
            Prop.ForAll(Arb.From(sentence), text =>
                {
                    string expected = Matches(reference, text);
                    hits += expected.Length > 0 ? 1 : 0;
                    return (regex.IsMatch(text) == expected.Length > 0 && Matches(regex, text) == expected).Label($"{name} on \"{text}\"");
                })
                .Check(Config.QuickThrowOnFailure.WithMaxTest(150));
            matched += hits > 0 ? 1 : 0;
        }

        // The sentences reach the patterns: four in five of them match some.
        Assert.True(matched * 5 >= Backtracking.Length * 4, $"{matched} of {Backtracking.Length} patterns matched a generated sentence");
    }

    /// <summary>Where each match starts and how long it is.</summary>
    private static string Matches(Regex regex, string text)
    {
        var builder = new System.Text.StringBuilder();
        foreach (ValueMatch match in regex.EnumerateMatches(text))
        {
            builder.Append(match.Index).Append('+').Append(match.Length).Append(' ');
        }

        return builder.ToString();
    }

    /// <summary>The pieces of plain text between the operators of a pattern, whole and split at spaces.</summary>
    private static string[] WordsOf(string pattern)
    {
        var words = new HashSet<string>(StringComparer.Ordinal) { "a", "the", "ai" };
        foreach (Match piece in Regex.Matches(pattern, @"(?:[^\\|()\[\]?*+{}^$.]|\\[^a-zA-Z0-9])+"))
        {
            string text = Regex.Replace(piece.Value, @"\\(.)", "$1");
            words.Add(text);
            foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(word);
            }
        }

        string[] result = [.. words];
        Array.Sort(result, StringComparer.Ordinal);
        return result;
    }

    private static string Join(string[] words, string[] separators)
    {
        var builder = new System.Text.StringBuilder();
        for (int i = 0; i < words.Length; i++)
        {
            builder.Append(words[i]);
            builder.Append(separators.Length == 0 ? " " : separators[i % separators.Length]);
        }

        return builder.ToString();
    }

    /// <summary>Every pattern of the lexicons and of the role-spoofing detector that runs without the non-backtracking engine.</summary>
    private static (string, Regex)[] FindBacktracking()
    {
        var found = new List<(string, Regex)>();
        foreach (Type type in new[] { typeof(IndirectLexicon), typeof(ExfiltrationLexicon), typeof(RoleSpoofingDetector) })
        {
            foreach (MethodInfo method in type.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            {
                if (method.ReturnType == typeof(Regex) && method.GetParameters().Length == 0)
                {
                    var regex = (Regex)method.Invoke(null, null)!;
                    if ((regex.Options & RegexOptions.NonBacktracking) == 0 && regex.MatchTimeout == Regex.InfiniteMatchTimeout)
                    {
                        found.Add(($"{type.Name}.{method.Name}", regex));
                    }
                }
            }
        }

        return [.. found];
    }
}
