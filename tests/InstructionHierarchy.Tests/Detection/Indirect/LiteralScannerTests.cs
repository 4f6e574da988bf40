using FsCheck;
using FsCheck.Fluent;
using InstructionHierarchy.Detection.Indirect;

namespace InstructionHierarchy.Tests.Detection.Indirect;

public class LiteralScannerTests
{
    private const char B = RequiredLiterals.Boundary;

    [Fact]
    public void Scan_RandomTextOverMoreThan64Literals_SameOwnersAsANaiveSearch()
    {
        // More than 64 distinct literals, so several share a group; the same core with and without word boundaries;
        // overlapping literals, one-unit literals, non-ASCII ones and lone surrogates.
        var literals = new Dictionary<string, ulong>(StringComparer.Ordinal);
        string[] words = ["you", "your", "our", "ai", "a", "the user", "user", "use", "忽略", "ответ", "é", "\uD800x", "x\uDC00", "?", "note", "not", "no"];
        int bit = 0;
        foreach (string word in words)
        {
            literals[word] = 1UL << (bit++ % 64);
            literals[B + word + B] = 1UL << (bit++ % 64);
            literals[B + word] = 1UL << (bit++ % 64);
        }

        for (int i = 0; i < 60; i++)
        {
            literals["w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "q"] = 1UL << (bit++ % 64);
        }

        var scanner = new LiteralScanner(literals);
        string[] fragments = [.. words, " ", "-", "w1", "w12q", "q", "w5", "9q", "😀", "\uD800", "\uDC00", "x", "s", "rs"];
        Gen<string> text = Gen.ArrayOf(Gen.Elements(fragments)).Select(parts => string.Concat(parts));
        Prop.ForAll(Arb.From(text), t => scanner.Scan(t) == Naive(literals, t)).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    /// <summary>Every literal checked at every position, with the boundary rule spelled out.</summary>
    private static ulong Naive(Dictionary<string, ulong> literals, string text)
    {
        static bool Word(char c) => char.IsLetterOrDigit(c) || c == '_';
        ulong mask = 0;
        foreach ((string literal, ulong owners) in literals)
        {
            string core = literal.Trim(B);
            bool wordStart = literal[0] == B && Word(core[0]);
            bool wordEnd = literal[^1] == B && Word(core[^1]);
            for (int at = 0; at + core.Length <= text.Length; at++)
            {
                if (string.CompareOrdinal(text, at, core, 0, core.Length) == 0
                    && !(wordStart && at > 0 && Word(text[at - 1]))
                    && !(wordEnd && at + core.Length < text.Length && Word(text[at + core.Length])))
                {
                    mask |= owners;
                }
            }
        }

        return mask;
    }
}
