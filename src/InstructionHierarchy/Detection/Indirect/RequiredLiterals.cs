namespace InstructionHierarchy.Detection.Indirect;

/// <summary>
/// Reads a regular expression and derives literal strings at least one of which every match must contain, so that a
/// pattern runs only on text that holds one of them (and a pattern that is nothing but a list of literals needs no regex
/// at all). Understands the syntax the lexicons use: literals and escapes, character classes, <c>.</c>, <c>\d</c>,
/// <c>\s</c>, <c>\w</c>, groups, alternation, the quantifiers <c>? * + {n} {n,} {n,m}</c> (greedy or lazy) and the
/// zero-width <c>\b \B ^ $</c>; anything else (lookarounds, inline options, backreferences) is refused.
/// </summary>
/// <remarks>
/// The derivation is the classic prefilter one: every node knows either the finite set of strings it matches (when small)
/// or a set of strings one of which each of its matches contains. A concatenation multiplies the exact sets of neighbouring
/// parts into longer literals and keeps the most selective requirement of its parts; an alternation unites the
/// requirements of its branches (none when one branch has none); an optional part requires nothing.
/// </remarks>
internal static class RequiredLiterals
{
    private const int MaxSet = 256;
    private const int MaxClass = 10;

    /// <summary>Derives the literals for <paramref name="pattern"/> (no options other than culture invariance assumed).</summary>
    /// <param name="pattern">The pattern.</param>
    /// <param name="exact">
    /// <see langword="true"/> when the pattern matches exactly the returned strings and holds no zero-width assertion: then
    /// it matches a text if and only if the text contains one of them.
    /// </param>
    /// <returns>The literals one of which every match contains, or <see langword="null"/> when there is no such set.</returns>
    /// <exception cref="NotSupportedException">The pattern uses syntax outside the supported subset.</exception>
    public static string[]? Of(string pattern, out bool exact)
    {
        var parser = new Parser(pattern);
        Info root = parser.ParseAlternation();
        if (parser.Position != pattern.Length)
        {
            throw new NotSupportedException($"Unbalanced ')' at {parser.Position} in pattern.");
        }

        HashSet<string>? requirement = Effective(root);
        exact = root.Exact is not null && !root.HasAssertion && requirement is not null;
        if (requirement is null)
        {
            return null;
        }

        string[] result = [.. requirement];
        Array.Sort(result, StringComparer.Ordinal);
        return result;
    }

    /// <summary>How selective a set is: the weakest of its strings, counting a non-ASCII character as three ASCII ones.</summary>
    /// <param name="set">The strings.</param>
    /// <returns>The score; higher is more selective.</returns>
    public static int Selectivity(IEnumerable<string> set)
    {
        int min = int.MaxValue;
        foreach (string s in set)
        {
            int score = 0;
            foreach (char c in s)
            {
                score += c < 128 ? 1 : 3;
            }

            min = Math.Min(min, score);
        }

        return min == int.MaxValue ? 0 : min;
    }

    private static HashSet<string>? Effective(Info info)
    {
        if (info.Exact is not null)
        {
            return info.Exact.Contains(string.Empty) ? null : info.Exact;
        }

        return info.Required;
    }

    private static HashSet<string>? Better(HashSet<string>? a, HashSet<string>? b)
    {
        if (a is null)
        {
            return b;
        }

        if (b is null)
        {
            return a;
        }

        int sa = Selectivity(a);
        int sb = Selectivity(b);
        return sa != sb ? (sa > sb ? a : b) : (a.Count <= b.Count ? a : b);
    }

    private static HashSet<string>? Product(HashSet<string> left, HashSet<string> right)
    {
        if ((long)left.Count * right.Count > MaxSet)
        {
            return null;
        }

        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (string l in left)
        {
            foreach (string r in right)
            {
                result.Add(l + r);
            }
        }

        return result;
    }

    private static Info Concatenate(List<Info> parts)
    {
        HashSet<string>? best = null;
        HashSet<string>? run = [string.Empty];
        bool exactSoFar = true;
        bool assertion = false;
        foreach (Info part in parts)
        {
            assertion |= part.HasAssertion;
            if (part.Exact is null)
            {
                best = Better(best, Effective(new Info(run, null, false)));
                best = Better(best, part.Required);
                run = [string.Empty];
                exactSoFar = false;
                continue;
            }

            HashSet<string>? next = Product(run, part.Exact);
            if (next is null)
            {
                best = Better(best, Effective(new Info(run, null, false)));
                next = part.Exact;
                exactSoFar = false;
            }

            run = next;
        }

        best = Better(best, Effective(new Info(run, null, false)));
        return exactSoFar ? new Info(run, null, assertion) : new Info(null, best, assertion);
    }

    private static Info Alternate(List<Info> branches)
    {
        if (branches.Count == 1)
        {
            return branches[0];
        }

        bool assertion = false;
        HashSet<string>? exact = new(StringComparer.Ordinal);
        HashSet<string>? required = new(StringComparer.Ordinal);
        foreach (Info branch in branches)
        {
            assertion |= branch.HasAssertion;
            if (exact is not null && branch.Exact is not null && exact.Count + branch.Exact.Count <= MaxSet)
            {
                exact.UnionWith(branch.Exact);
            }
            else
            {
                exact = null;
            }

            HashSet<string>? effective = Effective(branch);
            if (required is not null && effective is not null)
            {
                required.UnionWith(effective);
            }
            else
            {
                required = null;
            }
        }

        return exact is not null ? new Info(exact, null, assertion) : new Info(null, required, assertion);
    }

    private static Info Repeat(Info atom, int min, int max)
    {
        if (atom.Exact is not null && max is >= 0 and <= 3)
        {
            var all = new HashSet<string>(StringComparer.Ordinal);
            HashSet<string>? power = [string.Empty];
            for (int k = 0; k <= max && power is not null; k++)
            {
                if (k >= min)
                {
                    all.UnionWith(power);
                }

                power = k < max ? Product(power, atom.Exact) : power;
            }

            if (power is not null && all.Count <= MaxSet)
            {
                return new Info(all, null, atom.HasAssertion);
            }
        }

        return min >= 1 ? new Info(null, Effective(atom), atom.HasAssertion) : new Info(null, null, atom.HasAssertion);
    }

    private sealed record Info(HashSet<string>? Exact, HashSet<string>? Required, bool HasAssertion);

    private sealed class Parser(string pattern)
    {
        public int Position { get; private set; }

        public Info ParseAlternation()
        {
            var branches = new List<Info> { ParseConcatenation() };
            while (Position < pattern.Length && pattern[Position] == '|')
            {
                Position++;
                branches.Add(ParseConcatenation());
            }

            return Alternate(branches);
        }

        private Info ParseConcatenation()
        {
            var parts = new List<Info>();
            while (Position < pattern.Length && pattern[Position] is not ('|' or ')'))
            {
                Info atom = ParseAtom();
                parts.Add(ParseQuantifier(atom));
            }

            return parts.Count == 0 ? new Info([string.Empty], null, false) : Concatenate(parts);
        }

        private Info ParseAtom()
        {
            char c = pattern[Position++];
            switch (c)
            {
                case '(':
                    if (Position < pattern.Length && pattern[Position] == '?')
                    {
                        throw new NotSupportedException($"Group construct '(?' at {Position} is not supported.");
                    }

                    Info inner = ParseAlternation();
                    if (Position >= pattern.Length || pattern[Position] != ')')
                    {
                        throw new NotSupportedException("Missing ')'.");
                    }

                    Position++;
                    return inner;
                case '[':
                    return ParseClass();
                case '.':
                    return new Info(null, null, false);
                case '^':
                case '$':
                    return new Info([string.Empty], null, true);
                case '\\':
                    return ParseEscape();
                case '*':
                case '+':
                case '?':
                    throw new NotSupportedException($"Quantifier '{c}' without an operand at {Position - 1}.");
                default:
                    return Literal(c);
            }
        }

        private Info ParseEscape()
        {
            if (Position >= pattern.Length)
            {
                throw new NotSupportedException("Pattern ends with '\\'.");
            }

            char e = pattern[Position++];
            switch (e)
            {
                case 'b':
                case 'B':
                    return new Info([string.Empty], null, true);
                case 'd':
                    return new Info(Chars("0123456789"), null, false);
                case 's':
                case 'S':
                case 'w':
                case 'W':
                case 'D':
                    return new Info(null, null, false);
                default:
                    if (char.IsAsciiLetterOrDigit(e))
                    {
                        throw new NotSupportedException($"Escape '\\{e}' is not supported.");
                    }

                    return Literal(e);
            }
        }

        private Info ParseClass()
        {
            bool negated = Position < pattern.Length && pattern[Position] == '^';
            if (negated)
            {
                Position++;
            }

            var chars = new HashSet<char>();
            bool open = false;
            bool first = true;
            while (Position < pattern.Length && (pattern[Position] != ']' || first))
            {
                first = false;
                char c = pattern[Position++];
                if (c == '[')
                {
                    throw new NotSupportedException("Nested or subtracted classes are not supported.");
                }

                if (c == '\\')
                {
                    char e = pattern[Position++];
                    if (e is 'd' or 's' or 'w' or 'S' or 'W' or 'D' or 'p' or 'P')
                    {
                        open = true;
                        continue;
                    }

                    if (char.IsAsciiLetterOrDigit(e))
                    {
                        throw new NotSupportedException($"Escape '\\{e}' in a class is not supported.");
                    }

                    c = e;
                }

                if (Position + 1 < pattern.Length && pattern[Position] == '-' && pattern[Position + 1] != ']')
                {
                    char to = pattern[Position + 1];
                    if (to == '\\')
                    {
                        throw new NotSupportedException("Escaped range ends are not supported.");
                    }

                    Position += 2;
                    if (to - c + 1 > MaxClass)
                    {
                        open = true;
                        continue;
                    }

                    for (char k = c; k <= to; k++)
                    {
                        chars.Add(k);
                    }

                    continue;
                }

                chars.Add(c);
            }

            if (Position >= pattern.Length)
            {
                throw new NotSupportedException("Missing ']'.");
            }

            Position++;
            if (negated || open || chars.Count > MaxClass)
            {
                return new Info(null, null, false);
            }

            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (char c in chars)
            {
                set.Add(c.ToString());
            }

            return new Info(set, null, false);
        }

        private Info ParseQuantifier(Info atom)
        {
            if (Position >= pattern.Length)
            {
                return atom;
            }

            int min;
            int max;
            char q = pattern[Position];
            switch (q)
            {
                case '?':
                    (min, max) = (0, 1);
                    Position++;
                    break;
                case '*':
                    (min, max) = (0, -1);
                    Position++;
                    break;
                case '+':
                    (min, max) = (1, -1);
                    Position++;
                    break;
                case '{' when TryCounted(out min, out max):
                    break;
                default:
                    return atom;
            }

            if (Position < pattern.Length && pattern[Position] == '?')
            {
                Position++;
            }

            if (Position < pattern.Length && pattern[Position] is '?' or '*' or '+')
            {
                throw new NotSupportedException($"Nested quantifier at {Position}.");
            }

            return Repeat(atom, min, max);
        }

        private bool TryCounted(out int min, out int max)
        {
            min = max = 0;
            int close = pattern.IndexOf('}', Position);
            if (close < 0)
            {
                return false;
            }

            ReadOnlySpan<char> body = pattern.AsSpan(Position + 1, close - Position - 1);
            int comma = body.IndexOf(',');
            ReadOnlySpan<char> low = comma < 0 ? body : body[..comma];
            if (!int.TryParse(low, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out min))
            {
                return false;
            }

            if (comma < 0)
            {
                max = min;
            }
            else if (comma == body.Length - 1)
            {
                max = -1;
            }
            else if (!int.TryParse(body[(comma + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out max))
            {
                return false;
            }

            Position = close + 1;
            return true;
        }

        private static Info Literal(char c) => new([c.ToString()], null, false);

        private static HashSet<string> Chars(string chars)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (char c in chars)
            {
                set.Add(c.ToString());
            }

            return set;
        }
    }
}
