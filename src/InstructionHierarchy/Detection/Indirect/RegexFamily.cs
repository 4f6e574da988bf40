using System.Text.RegularExpressions;

namespace InstructionHierarchy.Detection.Indirect;

/// <summary>
/// A family of up to 63 linear patterns that run on one sentence, each behind the literals its matches must contain
/// (<see cref="RequiredLiterals"/>). One multi-string search over the sentence tells which members can match at all; only
/// those run, after a check of their further literal sets; a member that is a plain list of literals needs no regex, and
/// a member whose regex never runs is never constructed (non-backtracking patterns are built on first use, which is where
/// most of their cost lies).
/// </summary>
/// <remarks>The answers are those of running every member: a member is skipped only when the text lacks its literals.</remarks>
internal sealed class RegexFamily
{
    /// <summary>
    /// A bit of a candidate mask that no member uses: set (as in <see cref="All"/>), it makes every member's regex run even
    /// where the literals alone would answer. Tests compare gated answers with this reference.
    /// </summary>
    public const ulong Ungated = 1UL << 63;

    /// <summary>The longest gate literal (longer ones are cut to their prefix): fewer, shorter strings search faster.</summary>
    private const int MaxLiteral = 16;

    private readonly Func<Regex>[] _members;
    private readonly string[][][] _gates;
    private readonly LiteralScanner?[][] _further;
    private readonly ulong _always;
    private readonly ulong _exact;
    private readonly LiteralScanner? _scanner;

    /// <summary>Initializes a new family.</summary>
    /// <param name="members">Each member's pattern (as given to its <see cref="GeneratedRegexAttribute"/>) and accessor.</param>
    public RegexFamily(params ReadOnlySpan<(string Pattern, Func<Regex> Regex)> members)
    {
        if (members.Length is 0 or > 63)
        {
            throw new ArgumentOutOfRangeException(nameof(members), "A family has between 1 and 63 members.");
        }

        _members = new Func<Regex>[members.Length];
        _gates = new string[members.Length][][];
        _further = new LiteralScanner?[members.Length][];
        var owners = new Dictionary<string, ulong>(StringComparer.Ordinal);
        for (int i = 0; i < members.Length; i++)
        {
            _members[i] = members[i].Regex;
            ulong bit = 1UL << i;
            string[][] clauses = RequiredLiterals.Of(members[i].Pattern, out bool exact);
            if (!exact)
            {
                // A list of literals answers by itself and keeps them whole; other gates are shortened for a fast search.
                for (int k = 0; k < clauses.Length; k++)
                {
                    clauses[k] = RequiredLiterals.Shorten(clauses[k], MaxLiteral);
                }
            }

            _gates[i] = clauses;
            _further[i] = new LiteralScanner?[Math.Max(0, clauses.Length - 1)];
            if (clauses.Length == 0)
            {
                _always |= bit;
                continue;
            }

            _exact |= exact ? bit : 0;
            foreach (string literal in clauses[0])
            {
                owners[literal] = owners.GetValueOrDefault(literal) | bit;
            }

            for (int k = 1; k < clauses.Length; k++)
            {
                var single = new Dictionary<string, ulong>(StringComparer.Ordinal);
                foreach (string literal in clauses[k])
                {
                    single[literal] = 1;
                }

                _further[i][k - 1] = new LiteralScanner(single);
            }
        }

        _scanner = owners.Count > 0 ? new LiteralScanner(owners) : null;
        Members = (1UL << members.Length) - 1;
        All = Members | Ungated;
    }

    /// <summary>Gets the mask of every member with <see cref="Ungated"/>: with it, each regex runs whatever the text holds.</summary>
    public ulong All { get; }

    /// <summary>Gets the mask of every member.</summary>
    public ulong Members { get; }

    /// <summary>Gets the number of members.</summary>
    public int Count => _members.Length;

    /// <summary>The members that may match <paramref name="text"/>: those without a gate, and those whose first literal set occurs.</summary>
    /// <param name="text">The text.</param>
    /// <returns>A bit per member.</returns>
    public ulong Candidates(ReadOnlySpan<char> text) => _always | (_scanner?.Scan(text) ?? 0);

    /// <summary>Whether member <paramref name="member"/> matches, given the <paramref name="candidates"/> of the same text.</summary>
    /// <param name="member">The member index.</param>
    /// <param name="text">The text.</param>
    /// <param name="candidates">The result of <see cref="Candidates"/> for <paramref name="text"/>, or <see cref="All"/>.</param>
    /// <returns><see langword="true"/> on a match.</returns>
    public bool IsMatch(int member, ReadOnlySpan<char> text, ulong candidates)
    {
        ulong bit = 1UL << member;
        if ((candidates & bit) == 0)
        {
            return false;
        }

        if ((candidates & Ungated) == 0)
        {
            foreach (LiteralScanner? further in _further[member])
            {
                if (further!.Scan(text) == 0)
                {
                    return false;
                }
            }

            // A list of literals (no assertion) matches exactly when one of them occurs, which the search has seen.
            if ((_exact & bit) != 0)
            {
                return true;
            }
        }

        return _members[member]().IsMatch(text);
    }


    /// <summary>Whether any member matches.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> on a match.</returns>
    public bool Any(ReadOnlySpan<char> text) => Any(text, Candidates(text), Members);

    /// <summary>Whether any of the <paramref name="members"/> matches.</summary>
    /// <param name="text">The text.</param>
    /// <param name="candidates">The result of <see cref="Candidates"/> for <paramref name="text"/>, or <see cref="All"/>.</param>
    /// <param name="members">The members to try.</param>
    /// <returns><see langword="true"/> on a match.</returns>
    public bool Any(ReadOnlySpan<char> text, ulong candidates, ulong members)
    {
        ulong rest = candidates & members & Members;
        while (rest != 0)
        {
            int member = System.Numerics.BitOperations.TrailingZeroCount(rest);
            rest &= rest - 1;
            if (IsMatch(member, text, candidates))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Builds the regex of every member that a text can make run (a list of literals answers without one) and runs it once
    /// on one of its literals, so that no later call pays for constructing it (a non-backtracking pattern is built on first
    /// use) or for compiling the code of its first match. Thread-safe; answers are unchanged.
    /// </summary>
    public void Prepare()
    {
        for (int i = 0; i < _members.Length; i++)
        {
            if ((_exact & (1UL << i)) == 0)
            {
                _members[i]().IsMatch(_gates[i].Length > 0 ? _gates[i][0][0].Trim(RequiredLiterals.Boundary) : " ");
            }
        }
    }

    /// <summary>The regex of a member.</summary>
    /// <param name="member">The member index.</param>
    /// <returns>The regex.</returns>
    public Regex RegexOf(int member) => _members[member]();

    /// <summary>The literal sets that gate a member (a literal of each must occur); empty when it always runs.</summary>
    /// <param name="member">The member index.</param>
    /// <returns>The literal sets, the one searched first first.</returns>
    public IReadOnlyList<string[]> GateOf(int member) => _gates[member];
}
