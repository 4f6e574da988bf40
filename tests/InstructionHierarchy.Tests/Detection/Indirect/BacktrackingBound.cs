namespace InstructionHierarchy.Tests.Detection.Indirect;

/// <summary>
/// An upper bound on the work a backtracking matcher can do at one start position of a pattern: the number of distinct
/// paths through the pattern's choices (an alternation adds its branches' counts, a sequence multiplies its parts', a loop
/// of m to n repetitions of X counts w^m + … + w^n for w the count of X). A pattern with an unbounded loop (*, +, {m,})
/// has no bound (<see cref="double.PositiveInfinity"/>); so has one this reader does not understand (lookarounds,
/// backreferences, conditionals). With a finite bound B and a longest match L, a backtracking search over n characters
/// takes at most n·B·L steps: linear in the input.
/// </summary>
internal static class BacktrackingBound
{
    /// <summary>The number of paths through <paramref name="pattern"/> at one start position, or infinity.</summary>
    public static double Paths(string pattern)
    {
        int at = 0;
        double paths = Alternation(pattern, ref at);
        return at == pattern.Length ? paths : double.PositiveInfinity;
    }

    private static double Alternation(string p, ref int at) => Alternation(p, ref at, out _);

    // Branches that are plain strings can only match together at one position when each is a prefix of the next: the
    // count of such a list is its longest chain of prefixes (a failed branch costs its length, not a path).
    private static double Alternation(string p, ref int at, out string? literal)
    {
        var literals = new List<string>();
        double sum = Sequence(p, ref at, out string? first);
        bool allLiteral = first is not null;
        if (first is not null)
        {
            literals.Add(first);
        }

        while (at < p.Length && p[at] == '|')
        {
            at++;
            sum += Sequence(p, ref at, out string? next);
            allLiteral &= next is not null;
            if (next is not null)
            {
                literals.Add(next);
            }
        }

        literal = literals.Count == 1 && allLiteral ? literals[0] : null;
        if (!allLiteral || double.IsInfinity(sum))
        {
            return sum;
        }

        int longest = 0;
        foreach (string a in literals)
        {
            int chain = 0;
            foreach (string b in literals)
            {
                chain += a.StartsWith(b, StringComparison.Ordinal) ? 1 : 0;
            }

            longest = Math.Max(longest, chain);
        }

        return longest;
    }

    private static double Sequence(string p, ref int at, out string? literal)
    {
        double product = 1;
        var text = new System.Text.StringBuilder();
        bool isLiteral = true;
        while (at < p.Length && p[at] != '|' && p[at] != ')')
        {
            double atom = Atom(p, ref at, out string? atomLiteral);
            int before = at;
            double quantified = Quantified(p, ref at, atom);
            if (atomLiteral is not null && at == before)
            {
                text.Append(atomLiteral);
            }
            else
            {
                isLiteral = false;
            }

            product *= quantified;
        }

        literal = isLiteral ? text.ToString() : null;
        return product;
    }

    private static double Atom(string p, ref int at, out string? literal)
    {
        literal = null;
        char c = p[at];
        switch (c)
        {
            case '(':
                at++;
                if (at < p.Length && p[at] == '?')
                {
                    if (at + 1 < p.Length && p[at + 1] == ':')
                    {
                        at += 2;
                    }
                    else
                    {
                        // inline options such as (?i) or (?im): zero width; anything else is not understood
                        int end = at + 1;
                        while (end < p.Length && char.IsAsciiLetterLower(p[end]))
                        {
                            end++;
                        }

                        if (end < p.Length && p[end] == ')' && end > at + 1)
                        {
                            at = end + 1;
                            return 1;
                        }

                        at = p.Length + 1;
                        return double.PositiveInfinity;
                    }
                }

                double inner = Alternation(p, ref at, out literal);
                if (at >= p.Length || p[at] != ')')
                {
                    at = p.Length + 1;
                    return double.PositiveInfinity;
                }

                at++;
                return inner;
            case '[':
                at++;
                if (at < p.Length && p[at] == '^')
                {
                    at++;
                }

                if (at < p.Length && p[at] == ']')
                {
                    at++;
                }

                while (at < p.Length && p[at] != ']')
                {
                    at += p[at] == '\\' ? 2 : 1;
                }

                at++;
                return 1;
            case '\\':
                char e = at + 1 < p.Length ? p[at + 1] : '\0';
                if (char.IsAsciiDigit(e) || e is 'k' or 'p' or 'P' or 'u' or 'x' or 'c')
                {
                    // backreferences are not understood; \p{..}, \uXXXX, \xXX, \cX are single characters
                    if (e is 'p' or 'P')
                    {
                        at = p.IndexOf('}', at) + 1;
                        return 1;
                    }

                    if (e is 'u')
                    {
                        at += 6;
                        return 1;
                    }

                    if (e is 'x')
                    {
                        at += 4;
                        return 1;
                    }

                    at = p.Length + 1;
                    return double.PositiveInfinity;
                }

                literal = char.IsAsciiLetterOrDigit(e) ? null : e.ToString();
                at += 2;
                return 1;
            default:
                literal = c is '.' or '^' or '$' ? null : c.ToString();
                at++;
                return 1;
        }
    }

    private static double Quantified(string p, ref int at, double w)
    {
        if (at >= p.Length)
        {
            return w;
        }

        int min, max;
        switch (p[at])
        {
            case '?':
                min = 0;
                max = 1;
                at++;
                break;
            case '*':
            case '+':
                at++;
                Lazy(p, ref at);
                return double.PositiveInfinity;
            case '{' when TryCount(p, ref at, out min, out max):
                break;
            default:
                return w;
        }

        Lazy(p, ref at);
        if (max < 0)
        {
            return double.PositiveInfinity;
        }

        double sum = 0;
        for (int k = min; k <= max; k++)
        {
            sum += Math.Pow(w, k);
        }

        return sum;
    }

    private static void Lazy(string p, ref int at)
    {
        if (at < p.Length && p[at] == '?')
        {
            at++;
        }
    }

    private static bool TryCount(string p, ref int at, out int min, out int max)
    {
        min = max = 0;
        int close = p.IndexOf('}', at);
        if (close < 0)
        {
            return false;
        }

        string[] parts = p[(at + 1)..close].Split(',');
        if (!int.TryParse(parts[0], out min))
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

        at = close + 1;
        return true;
    }
}
