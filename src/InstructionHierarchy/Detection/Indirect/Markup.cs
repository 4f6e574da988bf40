namespace InstructionHierarchy.Detection.Indirect;

/// <summary>
/// Markup around a sentence in a web page: a sentence that runs through tags (<c>&lt;p&gt;Portfolio&lt;/p&gt;&lt;div&gt;Send…</c>)
/// starts, for a finding, after the last tag before the anchor that made it a candidate.
/// </summary>
internal static class Markup
{
    private const int Reach = 600;

    /// <summary>The start of the sentence text after the last markup tag that closes before <paramref name="anchor"/>.</summary>
    /// <param name="folded">The folded text.</param>
    /// <param name="start">The sentence start.</param>
    /// <param name="anchor">A position inside the sentence that belongs to the finding.</param>
    /// <returns><paramref name="start"/>, or the first non-space position after the last tag before the anchor.</returns>
    public static int StartAfterTags(string folded, int start, int anchor)
    {
        if (anchor <= start || anchor > folded.Length)
        {
            return start;
        }

        int from = Math.Max(start, anchor - Reach);
        ReadOnlySpan<char> before = folded.AsSpan(from, anchor - from);
        int close = before.LastIndexOf('>');
        if (close < 0)
        {
            return start;
        }

        // Only a tag: "<div>", "</p>", "<span style=…>"; a "->" arrow or "a > b" is prose.
        int open = before[..close].LastIndexOf('<');
        if (open < 0 || close - open < 2 || !(char.IsAsciiLetter(before[open + 1]) || before[open + 1] is '/' or '!'))
        {
            return start;
        }

        int next = from + close + 1;
        while (next < anchor && folded[next] == ' ')
        {
            next++;
        }

        return next;
    }
}
