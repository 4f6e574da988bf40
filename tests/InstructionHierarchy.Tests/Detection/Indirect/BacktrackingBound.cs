using System.Collections;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace InstructionHierarchy.Tests.Detection.Indirect;

/// <summary>
/// An upper bound on the choices a backtracking matcher can make at one start position of a pattern, and so a proof that
/// its search is linear in the input. The count is of the ways through the pattern that get past each choice: an
/// alternation adds its branches' counts (a list of plain strings counts its longest chain of prefixes, since only such
/// strings match together), a sequence multiplies its parts', a loop of X from m to n times sums w^m … w^n.
/// </summary>
/// <remarks>
/// An unbounded loop (<c>*</c>, <c>+</c>, <c>{m,}</c>) counts 1 only when it is a <em>delimited run</em>: its body is one
/// character set S, and
/// <list type="bullet">
/// <item>on its left, over single characters of S only, a character outside S (or a <c>\b</c> before word characters, or
/// the start of the text) always comes first, so the loop starts at a fixed offset into a maximal run of S: runs reached
/// from different start positions are disjoint;</item>
/// <item>on its right, after bounded elements only, an element that cannot start with a character of S always follows (or
/// the pattern ends), so giving back a character of the run fails (or succeeds) after bounded work.</item>
/// </list>
/// Then each run is scanned once per way (no character is re-read from more than a bounded number of start positions),
/// and a search over n characters takes O(n) steps. Any other unbounded loop, a lookaround, a backreference or anything
/// this reader does not understand makes the count infinite. A leading <c>(?i)</c> makes each character stand for its case
/// variants (sets and prefixes are compared as such); other inline options (and options passed to the constructor, which
/// this reader does not see) leave the pattern without delimited runs or shortened loops.
/// </remarks>
internal static class BacktrackingBound
{
    private static readonly ConcurrentDictionary<string, BitArray> Sets = new(StringComparer.Ordinal);

    private static readonly BitArray Word = SetOf(@"\w", ignoreCase: false);

    /// <summary>The number of ways through <paramref name="pattern"/> at one start position, or infinity.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <returns>The bound.</returns>
    public static double Paths(string pattern)
    {
        var parser = new Parser(pattern);
        Node? root = parser.Parse();
        if (root is null)
        {
            return double.PositiveInfinity;
        }

        return Count(root, !parser.HasInlineOptions);
    }

    private static double Count(Node node, bool runs)
    {
        switch (node)
        {
            case Chars or Anchor:
                return 1;
            case Seq seq:
            {
                double product = 1;
                foreach (Node part in seq.Parts)
                {
                    product *= Count(part, runs);
                }

                return product;
            }

            case Alt alt:
            {
                double sum = 0;
                var literals = new List<List<Chars>>();
                foreach (Node branch in alt.Branches)
                {
                    sum += Count(branch, runs);
                    if (Literal(branch) is { } text)
                    {
                        literals.Add(text);
                    }
                }

                if (literals.Count < alt.Branches.Count || double.IsInfinity(sum))
                {
                    return sum;
                }

                int longest = 0;
                foreach (List<Chars> a in literals)
                {
                    int chain = 0;
                    foreach (List<Chars> b in literals)
                    {
                        chain += CanStartWith(a, b) ? 1 : 0;
                    }

                    longest = Math.Max(longest, chain);
                }

                return longest;
            }

            case Loop loop:
            {
                double w = Count(loop.Body, runs);
                if (loop.Max < 0)
                {
                    return runs && loop.Body is Chars body && LeftDelimited(loop, body.Set) && RightDelimited(loop, body.Set) is { } tail
                        ? 1 + tail
                        : double.PositiveInfinity;
                }

                double sum = 0;
                for (int k = loop.Min; k <= loop.Max; k++)
                {
                    sum += Math.Pow(w, k);
                }

                // Over one set, giving back a character of the run fails at once: only the longest extent (and as many ends
                // before it as what follows can take characters of S) gets past the loop.
                return runs && loop.Body is Chars set && RightDelimited(loop, set.Set) is { } after ? Math.Min(sum, 1 + after) : sum;
            }

            default:
                return double.PositiveInfinity;
        }
    }

    /// <summary>The characters a node always matches one after the other, when it is a plain string.</summary>
    private static List<Chars>? Literal(Node node) => node switch
    {
        Chars { Char: not null } chars => [chars],
        Seq seq => seq.Parts.Aggregate((List<Chars>?)[], (text, part) => text is null || Literal(part) is not { } next ? null : [.. text, .. next]),
        Alt { Branches.Count: 1 } alt => Literal(alt.Branches[0]),
        _ => null,
    };

    /// <summary>Whether <paramref name="b"/> can match a prefix of a text that <paramref name="a"/> matches (same characters, or overlapping case variants).</summary>
    private static bool CanStartWith(List<Chars> a, List<Chars> b)
    {
        if (b.Count > a.Count)
        {
            return false;
        }

        for (int i = 0; i < b.Count; i++)
        {
            bool same = !a[i].IgnoreCase && !b[i].IgnoreCase ? a[i].Char == b[i].Char : !Disjoint(a[i].Set, b[i].Set);
            if (!same)
            {
                return false;
            }
        }

        return true;
    }

    private static bool LeftDelimited(Node node, BitArray s)
    {
        Node? parent = node.Parent;
        switch (parent)
        {
            case Alt:
                return LeftDelimited(parent, s);
            case Loop loop:
                // a later round follows the end of the previous one; the first follows what comes before the loop
                return Delimits(loop.Body, s) && LeftDelimited(loop, s);
            case Seq seq:
                return WalkLeft(seq.Parts, seq.Parts.IndexOf(node) - 1, s) ?? LeftDelimited(seq, s);
            default:
                return false;
        }
    }

    /// <summary>
    /// Walks left from <paramref name="from"/> over parts made of characters of S (a bounded stretch inside the run) or that
    /// end outside S when they match: true at a part that always ends outside S, false at one that may not, null at the start.
    /// </summary>
    private static bool? WalkLeft(List<Node> parts, int from, BitArray s)
    {
        for (int i = from; i >= 0; i--)
        {
            Node part = parts[i];
            if (Delimits(part, s))
            {
                return true;
            }

            if ((Nullable(part) && Disjoint(Last(part), s)) || (!Unbounded(part) && Subset(AllChars(part), s)))
            {
                continue;
            }

            return false;
        }

        return null;
    }

    /// <summary>Whether every match of <paramref name="node"/> ends with a character outside S, or at the start, or at a <c>\b</c> before S.</summary>
    private static bool Delimits(Node node, BitArray s) => node switch
    {
        Chars chars => Disjoint(chars.Set, s),
        Anchor { Kind: '^' } => true,
        Anchor { Kind: 'b' } => Subset(s, Word),
        Alt alt => alt.Branches.TrueForAll(branch => Delimits(branch, s)),
        Seq seq => WalkLeft(seq.Parts, seq.Parts.Count - 1, s) is true,
        Loop loop => loop.Min >= 1 && Delimits(loop.Body, s),
        _ => false,
    };

    private static BitArray AllChars(Node node)
    {
        var set = new BitArray(65536);
        switch (node)
        {
            case Chars chars:
                set.Or(chars.Set);
                break;
            case Seq seq:
                seq.Parts.ForEach(part => set.Or(AllChars(part)));
                break;
            case Alt alt:
                alt.Branches.ForEach(branch => set.Or(AllChars(branch)));
                break;
            case Loop loop:
                set.Or(AllChars(loop.Body));
                break;
        }

        return set;
    }

    /// <summary>
    /// How many characters the bounded parts after <paramref name="node"/> can take before a part that cannot start with a
    /// character of S (or the end of the pattern) must match; null when an unbounded part comes first. A loop over S
    /// followed by them gets past with at most that many more ends than one, and a character given back inside the run
    /// fails (or succeeds) after bounded work.
    /// </summary>
    private static double? RightDelimited(Node node, BitArray s)
    {
        Node? parent = node.Parent;
        switch (parent)
        {
            case null:
                return 0;
            case Alt:
                return RightDelimited(parent, s);
            case Loop loop:
                // another round must start outside S (or there is none); then what follows the loop
                return (!Nullable(loop.Body) && Disjoint(First(loop.Body), s)) || loop.Max <= 1 ? RightDelimited(loop, s) : null;
            case Seq seq:
                double stretch = 0;
                for (int i = seq.Parts.IndexOf(node) + 1; i < seq.Parts.Count; i++)
                {
                    Node next = seq.Parts[i];
                    if (Disjoint(First(next), s))
                    {
                        if (!Nullable(next))
                        {
                            return stretch;
                        }

                        // it cannot take a character of the run: inside one it matches nothing
                        continue;
                    }

                    if (Unbounded(next))
                    {
                        return null;
                    }

                    stretch += MaxLength(next);
                }

                return RightDelimited(seq, s) + stretch;
            default:
                return null;
        }
    }

    private static double MaxLength(Node node) => node switch
    {
        Chars => 1,
        Seq seq => seq.Parts.Sum(MaxLength),
        Alt alt => alt.Branches.Max(MaxLength),
        Loop loop => loop.Max < 0 ? double.PositiveInfinity : loop.Max * MaxLength(loop.Body),
        _ => 0,
    };

    private static bool Unbounded(Node node) => node switch
    {
        Loop loop => loop.Max < 0 || Unbounded(loop.Body),
        Seq seq => seq.Parts.Exists(Unbounded),
        Alt alt => alt.Branches.Exists(Unbounded),
        _ => false,
    };

    private static bool Nullable(Node node) => node switch
    {
        Chars => false,
        Anchor => true,
        Seq seq => seq.Parts.TrueForAll(Nullable),
        Alt alt => alt.Branches.Exists(Nullable),
        Loop loop => loop.Min == 0 || Nullable(loop.Body),
        _ => true,
    };

    /// <summary>The characters a match of <paramref name="node"/> can start with.</summary>
    private static BitArray First(Node node)
    {
        var set = new BitArray(65536);
        switch (node)
        {
            case Chars chars:
                set.Or(chars.Set);
                break;
            case Seq seq:
                foreach (Node part in seq.Parts)
                {
                    set.Or(First(part));
                    if (!Nullable(part))
                    {
                        break;
                    }
                }

                break;
            case Alt alt:
                alt.Branches.ForEach(branch => set.Or(First(branch)));
                break;
            case Loop loop:
                set.Or(First(loop.Body));
                break;
        }

        return set;
    }

    /// <summary>The characters a match of <paramref name="node"/> can end with.</summary>
    private static BitArray Last(Node node)
    {
        var set = new BitArray(65536);
        switch (node)
        {
            case Chars chars:
                set.Or(chars.Set);
                break;
            case Seq seq:
                for (int i = seq.Parts.Count - 1; i >= 0; i--)
                {
                    set.Or(Last(seq.Parts[i]));
                    if (!Nullable(seq.Parts[i]))
                    {
                        break;
                    }
                }

                break;
            case Alt alt:
                alt.Branches.ForEach(branch => set.Or(Last(branch)));
                break;
            case Loop loop:
                set.Or(Last(loop.Body));
                break;
        }

        return set;
    }

    private static bool Disjoint(BitArray a, BitArray b)
    {
        var both = new BitArray(a);
        both.And(b);
        return !both.HasAnySet();
    }

    private static bool Subset(BitArray a, BitArray b)
    {
        var outside = new BitArray(b);
        outside.Not();
        outside.And(a);
        return !outside.HasAnySet();
    }

    /// <summary>The characters one character element (a literal, an escape, a class, '.') matches.</summary>
    private static BitArray SetOf(string element, bool ignoreCase) => Sets.GetOrAdd((ignoreCase ? "i" : "c") + element, static key =>
    {
        var regex = new Regex("^" + key[1..] + "$", RegexOptions.CultureInvariant | (key[0] == 'i' ? RegexOptions.IgnoreCase : 0));
        var set = new BitArray(65536);
        for (int c = 0; c < 65536; c++)
        {
            set[c] = regex.IsMatch(((char)c).ToString());
        }

        return set;
    });

    private abstract class Node
    {
        public Node? Parent { get; set; }
    }

    private sealed class Chars(string text, char? single, bool ignoreCase) : Node
    {
        private BitArray? _set;

        public char? Char { get; } = single;

        public bool IgnoreCase { get; } = ignoreCase;

        public BitArray Set => _set ??= Char is { } c && !IgnoreCase ? One(c) : SetOf(Char is { } d ? Regex.Escape(d.ToString()) : text, IgnoreCase);

        private static BitArray One(char c)
        {
            var set = new BitArray(65536);
            set[c] = true;
            return set;
        }
    }

    private sealed class Anchor(char kind) : Node
    {
        public char Kind { get; } = kind;
    }

    private sealed class Seq : Node
    {
        public List<Node> Parts { get; } = [];
    }

    private sealed class Alt : Node
    {
        public List<Node> Branches { get; } = [];
    }

    private sealed class Loop(Node body, int min, int max) : Node
    {
        public Node Body { get; } = body;

        public int Min { get; } = min;

        /// <summary>The most rounds, or -1 for no limit.</summary>
        public int Max { get; } = max;
    }

    /// <summary>Reads the patterns' subset of the syntax; anything else makes <see cref="Parse"/> answer null.</summary>
    private sealed class Parser(string pattern)
    {
        private int _at;

        public bool HasInlineOptions { get; private set; }

        /// <summary>Whether the pattern starts with <c>(?i)</c>: then each character stands for its case variants.</summary>
        public bool IgnoreCase { get; private set; }

        public Node? Parse()
        {
            try
            {
                Node root = Alternation();
                return _at == pattern.Length ? root : null;
            }
            catch (FormatException)
            {
                return null;
            }
        }

        private Node Alternation()
        {
            var alt = new Alt();
            alt.Branches.Add(Sequence());
            while (_at < pattern.Length && pattern[_at] == '|')
            {
                _at++;
                alt.Branches.Add(Sequence());
            }

            alt.Branches.ForEach(branch => branch.Parent = alt);
            return alt;
        }

        private Seq Sequence()
        {
            var seq = new Seq();
            while (_at < pattern.Length && pattern[_at] != '|' && pattern[_at] != ')')
            {
                Node? atom = Atom();
                if (atom is null)
                {
                    continue;
                }

                Node quantified = Quantified(atom);
                quantified.Parent = seq;
                seq.Parts.Add(quantified);
            }

            return seq;
        }

        private Node? Atom()
        {
            int start = _at;
            char c = pattern[_at];
            switch (c)
            {
                case '(':
                    _at++;
                    if (_at < pattern.Length && pattern[_at] == '?')
                    {
                        if (_at + 1 < pattern.Length && pattern[_at + 1] == ':')
                        {
                            _at += 2;
                        }
                        else
                        {
                            int end = _at + 1;
                            while (end < pattern.Length && char.IsAsciiLetterLower(pattern[end]))
                            {
                                end++;
                            }

                            if (end < pattern.Length && pattern[end] == ')' && end > _at + 1 && start == 0)
                            {
                                if (pattern[(_at + 1)..end] == "i")
                                {
                                    IgnoreCase = true;
                                }
                                else
                                {
                                    HasInlineOptions = true;
                                }

                                _at = end + 1;
                                return null;
                            }

                            throw new FormatException("not understood");
                        }
                    }

                    Node inner = Alternation();
                    if (_at >= pattern.Length || pattern[_at] != ')')
                    {
                        throw new FormatException("unclosed group");
                    }

                    _at++;
                    return inner;
                case '[':
                    _at++;
                    if (_at < pattern.Length && pattern[_at] == '^')
                    {
                        _at++;
                    }

                    if (_at < pattern.Length && pattern[_at] == ']')
                    {
                        _at++;
                    }

                    while (_at < pattern.Length && pattern[_at] != ']')
                    {
                        if (pattern[_at] == '[')
                        {
                            throw new FormatException("class subtraction");
                        }

                        _at += pattern[_at] == '\\' ? 2 : 1;
                    }

                    if (_at >= pattern.Length)
                    {
                        throw new FormatException("unclosed class");
                    }

                    _at++;
                    return new Chars(pattern[start.._at], null, IgnoreCase);
                case '\\':
                    if (_at + 1 >= pattern.Length)
                    {
                        throw new FormatException("trailing escape");
                    }

                    char e = pattern[_at + 1];
                    _at += 2;
                    return e switch
                    {
                        'b' or 'B' or 'A' or 'z' or 'Z' or 'G' => new Anchor(e),
                        'w' or 'W' or 'd' or 'D' or 's' or 'S' => new Chars(pattern[start.._at], null, IgnoreCase),
                        'n' => new Chars("\\n", '\n', IgnoreCase),
                        't' => new Chars("\\t", '\t', IgnoreCase),
                        _ when char.IsAsciiLetterOrDigit(e) => throw new FormatException("escape not understood"),
                        _ => new Chars(pattern[start.._at], e, IgnoreCase),
                    };
                case '^' or '$':
                    _at++;
                    return new Anchor(c);
                case '.':
                    _at++;
                    return new Chars(".", null, IgnoreCase);
                case '*' or '+' or '?' or '{':
                    throw new FormatException("quantifier without an element");
                default:
                    _at++;
                    return new Chars(c.ToString(), c, IgnoreCase);
            }
        }

        private Node Quantified(Node atom)
        {
            if (_at >= pattern.Length)
            {
                return atom;
            }

            int min;
            int max;
            switch (pattern[_at])
            {
                case '?':
                    (min, max) = (0, 1);
                    _at++;
                    break;
                case '*':
                    (min, max) = (0, -1);
                    _at++;
                    break;
                case '+':
                    (min, max) = (1, -1);
                    _at++;
                    break;
                case '{' when Count(out min, out max):
                    break;
                default:
                    return atom;
            }

            if (_at < pattern.Length && pattern[_at] is '?' or '*' or '+' or '{')
            {
                // lazy and possessive-looking forms are not read
                throw new FormatException("quantifier suffix");
            }

            var loop = new Loop(atom, min, max);
            atom.Parent = loop;
            return loop;
        }

        private bool Count(out int min, out int max)
        {
            min = max = 0;
            int close = pattern.IndexOf('}', _at);
            if (close < 0)
            {
                return false;
            }

            string[] parts = pattern[(_at + 1)..close].Split(',');
            if (parts.Length > 2 || !int.TryParse(parts[0], out min))
            {
                return false;
            }

            if (parts.Length == 1)
            {
                max = min;
            }
            else if (parts[1].Length == 0)
            {
                max = -1;
            }
            else if (!int.TryParse(parts[1], out max))
            {
                return false;
            }

            _at = close + 1;
            return true;
        }
    }
}
