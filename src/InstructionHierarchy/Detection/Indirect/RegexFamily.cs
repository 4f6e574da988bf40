using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace InstructionHierarchy.Detection.Indirect;

/// <summary>
/// A family of up to 64 linear patterns that run on one sentence, each behind the literals every one of its matches must
/// contain (<see cref="RequiredLiterals"/>). One multi-string search over the sentence tells which members can match at all;
/// only those run, a member that is a plain list of literals needs no regex, and a member whose regex never runs is never
/// constructed (non-backtracking patterns are built on first use, which is where most of their cost lies).
/// </summary>
/// <remarks>The answers are those of running every member: a member is skipped only when the text lacks all of its literals.</remarks>
internal sealed class RegexFamily
{
    /// <summary>
    /// A bit of a candidate mask that no member uses: set (as in <see cref="All"/>), it makes every member's regex run even
    /// where the literals alone would answer. Tests compare gated answers with this reference.
    /// </summary>
    public const ulong Ungated = 1UL << 63;

    private readonly Func<Regex>[] _members;
    private readonly string[]?[] _gates;
    private readonly ulong _always;
    private readonly ulong _exact;
    private readonly ulong _gated;
    private readonly AnchorSearch? _search;
    private readonly FrozenDictionary<char, (string Literal, ulong Mask)[]> _byFirst;

    /// <summary>Initializes a new family.</summary>
    /// <param name="members">Each member's pattern (as given to its <see cref="GeneratedRegexAttribute"/>) and accessor.</param>
    public RegexFamily(params ReadOnlySpan<(string Pattern, Func<Regex> Regex)> members)
    {
        if (members.Length is 0 or > 63)
        {
            throw new ArgumentOutOfRangeException(nameof(members), "A family has between 1 and 63 members.");
        }

        _members = new Func<Regex>[members.Length];
        _gates = new string[]?[members.Length];
        var owners = new Dictionary<string, ulong>(StringComparer.Ordinal);
        for (int i = 0; i < members.Length; i++)
        {
            _members[i] = members[i].Regex;
            ulong bit = 1UL << i;
            string[]? literals = RequiredLiterals.Of(members[i].Pattern, out bool exact);
            if (literals is null)
            {
                _always |= bit;
                continue;
            }

            _gates[i] = literals;
            _gated |= bit;
            _exact |= exact ? bit : 0;
            foreach (string literal in literals)
            {
                owners[literal] = owners.GetValueOrDefault(literal) | bit;
            }
        }

        var byFirst = new Dictionary<char, List<(string, ulong)>>();
        foreach ((string literal, ulong mask) in owners)
        {
            if (!byFirst.TryGetValue(literal[0], out List<(string, ulong)>? list))
            {
                byFirst[literal[0]] = list = [];
            }

            list.Add((literal, mask));
        }

        var frozen = new Dictionary<char, (string, ulong)[]>();
        foreach ((char first, List<(string, ulong)> list) in byFirst)
        {
            frozen[first] = [.. list];
        }

        _byFirst = frozen.ToFrozenDictionary();
        string[] all = [.. owners.Keys];
        _search = all.Length > 0 ? AnchorSearch.Create(all, StringComparison.Ordinal) : null;
        Members = (1UL << members.Length) - 1;
        All = Members | Ungated;
    }

    /// <summary>Gets the mask of every member with <see cref="Ungated"/>: with it, each regex runs whatever the text holds.</summary>
    public ulong All { get; }

    /// <summary>Gets the mask of every member.</summary>
    public ulong Members { get; }

    /// <summary>Gets the number of members.</summary>
    public int Count => _members.Length;

    /// <summary>The members that can match <paramref name="text"/>: those without a gate, and those whose literals occur.</summary>
    /// <param name="text">The text.</param>
    /// <returns>A bit per member.</returns>
    public ulong Candidates(ReadOnlySpan<char> text)
    {
        ulong mask = _always;
        AnchorSearch? search = _search;
        if (search is null)
        {
            return mask;
        }

        int offset = 0;
        while (offset < text.Length && (mask & _gated) != _gated)
        {
            int at = search.IndexOfAny(text[offset..]);
            if (at < 0)
            {
                break;
            }

            at += offset;
            ReadOnlySpan<char> rest = text[at..];
            foreach ((string literal, ulong owners) in _byFirst[text[at]])
            {
                if ((mask & owners) != owners && rest.StartsWith(literal, StringComparison.Ordinal))
                {
                    mask |= owners;
                }
            }

            offset = at + 1;
        }

        return mask;
    }

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

        // A list of literals (no assertion) matches exactly when one of them occurs, which the search has seen, unless the
        // caller asked for every member to run.
        return ((_exact & bit) != 0 && (candidates & Ungated) == 0) || _members[member]().IsMatch(text);
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

    /// <summary>The regex of a member.</summary>
    /// <param name="member">The member index.</param>
    /// <returns>The regex.</returns>
    public Regex RegexOf(int member) => _members[member]();

    /// <summary>The literals that gate a member, or <see langword="null"/> when it always runs.</summary>
    /// <param name="member">The member index.</param>
    /// <returns>The literals.</returns>
    public IReadOnlyList<string>? GateOf(int member) => _gates[member];
}
