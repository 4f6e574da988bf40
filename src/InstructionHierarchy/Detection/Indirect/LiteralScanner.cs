using System.Collections.Frozen;

namespace InstructionHierarchy.Detection.Indirect;

/// <summary>
/// Finds which of a set of gate literals occur in a text, with one multi-string search (<see cref="AnchorSearch"/>), and
/// answers with the union of the owner bits of those that do. A literal may carry <see cref="RequiredLiterals.Boundary"/>
/// at either end: then an occurrence inside a longer word does not count.
/// </summary>
internal sealed class LiteralScanner
{
    private readonly AnchorSearch _search;
    private readonly FrozenDictionary<char, Gate[]> _byFirst;
    private readonly ulong _owners;

    /// <summary>Initializes a new scanner.</summary>
    /// <param name="literals">Each literal with the bits it sets when it occurs.</param>
    public LiteralScanner(IReadOnlyDictionary<string, ulong> literals)
    {
        var byFirst = new Dictionary<char, List<Gate>>();
        var cores = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string literal, ulong owners) in literals)
        {
            bool before = literal[0] == RequiredLiterals.Boundary;
            bool after = literal[^1] == RequiredLiterals.Boundary;
            string core = literal.Trim(RequiredLiterals.Boundary);
            if (core.Length == 0)
            {
                throw new ArgumentException("A gate literal needs a character.", nameof(literals));
            }

            cores.Add(core);
            _owners |= owners;
            if (!byFirst.TryGetValue(core[0], out List<Gate>? list))
            {
                byFirst[core[0]] = list = [];
            }

            list.Add(new Gate(core, before && IsWordChar(core[0]), after && IsWordChar(core[^1]), owners));
        }

        var frozen = new Dictionary<char, Gate[]>(byFirst.Count);
        foreach ((char first, List<Gate> list) in byFirst)
        {
            frozen[first] = [.. list];
        }

        _byFirst = frozen.ToFrozenDictionary();
        _search = AnchorSearch.Create([.. cores], StringComparison.Ordinal);
    }

    /// <summary>The owner bits of the literals that occur in <paramref name="text"/>; stops early once every bit is set.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The union of the owners of the literals found.</returns>
    public ulong Scan(ReadOnlySpan<char> text)
    {
        ulong mask = 0;
        int offset = 0;
        while (offset < text.Length && mask != _owners)
        {
            int at = _search.IndexOfAny(text[offset..]);
            if (at < 0)
            {
                break;
            }

            at += offset;
            ReadOnlySpan<char> rest = text[at..];
            foreach (Gate gate in _byFirst[text[at]])
            {
                // A literal that starts or ends a word in the pattern (\b) cannot match inside a longer word.
                if ((mask & gate.Owners) != gate.Owners && rest.StartsWith(gate.Literal, StringComparison.Ordinal)
                    && !(gate.WordStart && at > 0 && IsWordChar(text[at - 1]))
                    && !(gate.WordEnd && at + gate.Literal.Length < text.Length && IsWordChar(text[at + gate.Literal.Length])))
                {
                    mask |= gate.Owners;
                }
            }

            offset = at + 1;
        }

        return mask;
    }

    /// <summary>
    /// A word character for the boundary test: letters, digits and '_' are word characters for <c>\b</c> too, so two of
    /// them side by side are never a boundary (other characters are let through: the test may only err towards running).
    /// </summary>
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>One gate literal: the bits it sets, and whether it must start or end a word.</summary>
    private readonly record struct Gate(string Literal, bool WordStart, bool WordEnd, ulong Owners);
}
