namespace InstructionHierarchy.Detection.Indirect;

/// <summary>
/// Finds which of a set of gate literals occur in a text, with one multi-string search (<see cref="AnchorSearch"/>), and
/// answers with the union of the owner bits of those that do. A literal may carry <see cref="RequiredLiterals.Boundary"/>
/// at either end: then an occurrence inside a longer word does not count. Each distinct literal tags its strings in the
/// search with one of 64 groups, so at a hit only the gates of the groups found there are checked.
/// </summary>
internal sealed class LiteralScanner
{
    private readonly AnchorSearch _search;
    private readonly Gate[][] _byGroup;
    private readonly ulong _owners;

    /// <summary>Initializes a new scanner.</summary>
    /// <param name="literals">Each literal with the bits it sets when it occurs.</param>
    public LiteralScanner(IReadOnlyDictionary<string, ulong> literals)
    {
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        var byGroup = new List<Gate>[64];
        var tagged = new List<(string Value, ulong Tag)>();
        foreach ((string literal, ulong owners) in literals)
        {
            bool before = literal[0] == RequiredLiterals.Boundary;
            bool after = literal[^1] == RequiredLiterals.Boundary;
            string core = literal.Trim(RequiredLiterals.Boundary);
            if (core.Length == 0)
            {
                throw new ArgumentException("A gate literal needs a character.", nameof(literals));
            }

            if (!groups.TryGetValue(core, out int group))
            {
                groups[core] = group = groups.Count % 64;
                tagged.Add((core, 1UL << group));
            }

            _owners |= owners;
            (byGroup[group] ??= []).Add(new Gate(core, before && IsWordChar(core[0]), after && IsWordChar(core[^1]), owners));
        }

        _byGroup = new Gate[64][];
        for (int group = 0; group < 64; group++)
        {
            _byGroup[group] = byGroup[group] is { } list ? [.. list] : [];
        }

        _search = new AnchorSearch(tagged);
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

            // The groups of the literals that start here: only their gates can match (a group may hold other literals too).
            ulong groups = _search.TagsAt(text, at);
            while (groups != 0)
            {
                int group = System.Numerics.BitOperations.TrailingZeroCount(groups);
                groups &= groups - 1;
                foreach (Gate gate in _byGroup[group])
                {
                    // A literal that starts or ends a word in the pattern (\b) cannot match inside a longer word.
                    if ((mask & gate.Owners) != gate.Owners && rest.StartsWith(gate.Literal, StringComparison.Ordinal)
                        && !(gate.WordStart && at > 0 && IsWordChar(text[at - 1]))
                        && !(gate.WordEnd && at + gate.Literal.Length < text.Length && IsWordChar(text[at + gate.Literal.Length])))
                    {
                        mask |= gate.Owners;
                    }
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
