namespace InstructionHierarchy.Detection.Indirect;

/// <summary>
/// Reads a regular expression and derives sets of literal strings such that every match contains one string of each set
/// (a conjunction of alternatives), so that a pattern runs only on text that holds them (and a pattern that is nothing
/// but a list of literals needs no regex at all). Understands the syntax the lexicons use: literals and escapes, character
/// classes, <c>.</c>, <c>\d</c>, <c>\s</c>, <c>\w</c>, groups, alternation, the quantifiers <c>? * + {n} {n,} {n,m}</c>
/// (greedy or lazy) and the zero-width <c>\b \B ^ $</c>; anything else (lookarounds, inline options, backreferences) is
/// refused.
/// </summary>
/// <remarks>
/// The derivation is the classic prefilter one: every node knows either the finite set of strings it matches (when small)
/// or sets of strings one of each of which all its matches contain. A concatenation multiplies the exact sets of
/// neighbouring parts into longer literals and keeps the most selective sets of its parts (each is necessary); an
/// alternation unites the sets of its branches rank by rank (none when one branch has none); an optional part requires
/// nothing. A <c>\b</c> next to a literal is kept as <see cref="Boundary"/> at its end.
/// </remarks>
internal static class RequiredLiterals
{
    /// <summary>
    /// Stands for a word boundary (<c>\b</c>) at the start or the end of a literal: the text must not have a word character
    /// on the far side of it when the literal's own end character is one. Never inside a literal.
    /// </summary>
    public const char Boundary = '\u0001';

    private const int MaxSet = 64;
    private const int MaxClauses = 3;
    private const int MaxClass = 10;

    /// <summary>Derives the literal sets for <paramref name="pattern"/> (no options other than culture invariance assumed).</summary>
    /// <param name="pattern">The pattern.</param>
    /// <param name="exact">
    /// <see langword="true"/> when the pattern matches exactly the strings of the one returned set and holds no zero-width
    /// assertion: then it matches a text if and only if the text contains one of them.
    /// </param>
    /// <returns>
    /// Sets of literals, the most selective first, such that every match contains a literal of each set; empty when there is
    /// no such set.
    /// </returns>
    /// <exception cref="NotSupportedException">The pattern uses syntax outside the supported subset.</exception>
    public static string[][] Of(string pattern, out bool exact)
    {
        var parser = new Parser(pattern);
        Info root = parser.ParseAlternation();
        if (parser.Position != pattern.Length)
        {
            throw new NotSupportedException($"Unbalanced ')' at {parser.Position} in pattern.");
        }

        List<HashSet<string>> clauses = Effective(root);
        exact = root.Exact is not null && !root.HasAssertion && clauses.Count == 1;
        var result = new string[clauses.Count][];
        for (int i = 0; i < clauses.Count; i++)
        {
            var normalized = new HashSet<string>(StringComparer.Ordinal);
            foreach (string literal in clauses[i])
            {
                normalized.Add(Normalize(literal));
            }

            string[] set = [.. normalized];
            Array.Sort(set, StringComparer.Ordinal);
            result[i] = set;
        }

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
            // Function words are in nearly every sentence: only what stands beside them counts.
            ReadOnlySpan<char> core = WithoutFunctionWords(s.AsSpan().Trim(Boundary));
            int score = 0;
            foreach (char c in core)
            {
                score += c < 128 ? 1 : 3;
            }

            min = Math.Min(min, Math.Max(1, score));
        }

        return min == int.MaxValue ? 0 : min;
    }

    /// <summary>
    /// Shortens a requirement for a fast search: every literal is cut to its first <paramref name="maxLength"/> characters
    /// (a text holding the literal holds its prefix), and a literal that contains another is dropped (the other occurs
    /// wherever it does). The result is a weaker but still necessary requirement with far fewer, shorter strings.
    /// </summary>
    /// <param name="literals">The literals.</param>
    /// <param name="maxLength">The longest literal kept.</param>
    /// <returns>The shortened literals, sorted.</returns>
    public static string[] Shorten(IEnumerable<string> literals, int maxLength)
    {
        var cut = new HashSet<string>(StringComparer.Ordinal);
        foreach (string literal in literals)
        {
            cut.Add(literal.Length > maxLength ? literal[..maxLength] : literal);
        }

        var kept = new List<string>(cut.Count);
        foreach (string literal in cut)
        {
            bool redundant = false;
            foreach (string other in cut)
            {
                if (other.Length < literal.Length && literal.Contains(other, StringComparison.Ordinal))
                {
                    redundant = true;
                    break;
                }
            }

            if (!redundant)
            {
                kept.Add(literal);
            }
        }

        string[] result = [.. kept];
        Array.Sort(result, StringComparer.Ordinal);
        return result;
    }

    private static ReadOnlySpan<char> WithoutFunctionWords(ReadOnlySpan<char> text)
    {
        while (true)
        {
            text = text.Trim(' ');
            int space = text.IndexOf(' ');
            if (space > 0 && IsFunctionWord(text[..space]))
            {
                text = text[(space + 1)..];
                continue;
            }

            int last = text.LastIndexOf(' ');
            if (last > 0 && IsFunctionWord(text[(last + 1)..]))
            {
                text = text[..last];
                continue;
            }

            return IsFunctionWord(text) ? [] : text;
        }
    }

    private static bool IsFunctionWord(ReadOnlySpan<char> word) =>
        word is "a" or "an" or "the" or "to" or "for" or "of" or "in" or "into" or "on" or "at" or "by" or "with" or "from" or "and" or "or"
            or "is" or "are" or "as" or "if" or "it" or "this" or "that" or "be" or "you" or "your" or "using" or "when" or "all" or "any"
            or "al" or "la" or "el" or "de" or "le" or "die" or "der" or "das";

    private static List<HashSet<string>> Effective(Info info)
    {
        if (info.Exact is null)
        {
            return info.Clauses;
        }

        // A set that holds a string with no character (empty, or only boundaries) requires nothing.
        foreach (string literal in info.Exact)
        {
            if (literal.AsSpan().IndexOfAnyExcept(Boundary) < 0)
            {
                return [];
            }
        }

        return [info.Exact];
    }

    /// <summary>Keeps a boundary only at the ends of a literal, once: inside, a boundary is a fact about the literal's own characters.</summary>
    private static string Normalize(string literal)
    {
        if (literal.IndexOf(Boundary, StringComparison.Ordinal) < 0)
        {
            return literal;
        }

        string core = literal.Replace(Boundary.ToString(), string.Empty, StringComparison.Ordinal);
        bool before = literal[0] == Boundary;
        bool after = literal[^1] == Boundary;
        return (before ? Boundary.ToString() : string.Empty) + core + (after ? Boundary.ToString() : string.Empty);
    }

    /// <summary>The most selective sets first (then the smaller), at most <see cref="MaxClauses"/>, without repeats.</summary>
    private static List<HashSet<string>> Best(List<HashSet<string>> clauses)
    {
        var distinct = new List<HashSet<string>>(clauses.Count);
        foreach (HashSet<string> clause in clauses)
        {
            bool seen = false;
            foreach (HashSet<string> other in distinct)
            {
                seen |= other.SetEquals(clause);
            }

            if (!seen)
            {
                distinct.Add(clause);
            }
        }

        if (distinct.Count <= 1)
        {
            return distinct;
        }

        var ranked = new (int Score, int Count, HashSet<string> Clause)[distinct.Count];
        for (int i = 0; i < ranked.Length; i++)
        {
            ranked[i] = (Selectivity(distinct[i]), distinct[i].Count, distinct[i]);
        }

        Array.Sort(ranked, (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Count.CompareTo(b.Count));
        var best = new List<HashSet<string>>(Math.Min(MaxClauses, ranked.Length));
        for (int i = 0; i < ranked.Length && best.Count < MaxClauses; i++)
        {
            best.Add(ranked[i].Clause);
        }

        return best;
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
        var clauses = new List<HashSet<string>>();
        HashSet<string> run = [string.Empty];
        bool exactSoFar = true;
        bool assertion = false;
        foreach (Info part in parts)
        {
            assertion |= part.HasAssertion;
            if (part.Exact is null)
            {
                clauses.AddRange(Effective(new Info(run, [], false)));
                clauses.AddRange(part.Clauses);
                run = [string.Empty];
                exactSoFar = false;
                continue;
            }

            HashSet<string>? next = Product(run, part.Exact);
            if (next is null)
            {
                clauses.AddRange(Effective(new Info(run, [], false)));
                next = part.Exact;
                exactSoFar = false;
            }

            run = next;
        }

        clauses.AddRange(Effective(new Info(run, [], false)));
        return exactSoFar ? new Info(run, [], assertion) : new Info(null, Best(clauses), assertion);
    }

    private static Info Alternate(List<Info> branches)
    {
        if (branches.Count == 1)
        {
            return branches[0];
        }

        bool assertion = false;
        HashSet<string>? exact = new(StringComparer.Ordinal);
        int rank = MaxClauses;
        var perBranch = new List<List<HashSet<string>>>(branches.Count);
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

            List<HashSet<string>> effective = Effective(branch);
            rank = effective.Count == 0 ? 0 : rank;
            perBranch.Add(effective);
        }

        if (exact is not null)
        {
            return new Info(exact, [], assertion);
        }

        // A match is a match of one branch, which holds one literal of each of its sets: the union of one set of every
        // branch is necessary, for each rank k (a branch with fewer sets gives its last one again).
        int longest = 0;
        foreach (List<HashSet<string>> effective in perBranch)
        {
            longest = Math.Max(longest, effective.Count);
        }

        rank = Math.Min(rank, longest);
        var clauses = new List<HashSet<string>>(rank);
        for (int k = 0; k < rank; k++)
        {
            var union = new HashSet<string>(StringComparer.Ordinal);
            foreach (List<HashSet<string>> effective in perBranch)
            {
                union.UnionWith(effective[Math.Min(k, effective.Count - 1)]);
            }

            clauses.Add(union);
        }

        return new Info(null, Best(clauses), assertion);
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
                return new Info(all, [], atom.HasAssertion);
            }
        }

        return min >= 1 ? new Info(null, Effective(atom), atom.HasAssertion) : new Info(null, [], atom.HasAssertion);
    }

    /// <summary>What a node matches: exactly the strings of <paramref name="Exact"/>, or text holding a literal of each of <paramref name="Clauses"/>.</summary>
    private sealed record Info(HashSet<string>? Exact, List<HashSet<string>> Clauses, bool HasAssertion);

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

            return parts.Count == 0 ? new Info([string.Empty], [], false) : Concatenate(parts);
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
                    return new Info(null, [], false);
                case '^':
                case '$':
                    return new Info([string.Empty], [], true);
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
                    return new Info([Boundary.ToString()], [], true);
                case 'B':
                    return new Info([string.Empty], [], true);
                case 'd':
                // \d is every Unicode decimal digit, not only 0-9: like \s and \w, too many characters to list.
                case 's':
                case 'S':
                case 'w':
                case 'W':
                case 'D':
                    return new Info(null, [], false);
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
                return new Info(null, [], false);
            }

            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (char c in chars)
            {
                set.Add(c.ToString());
            }

            return new Info(set, [], false);
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

        private static Info Literal(char c) => new([c.ToString()], [], false);
    }
}
