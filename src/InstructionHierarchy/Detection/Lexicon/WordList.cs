namespace InstructionHierarchy.Detection.Lexicon;

/// <summary>
/// Tests of a span against a short list of words or phrases — the loops the detectors' grammar checks share ("does the
/// label start with a recipient word", "is the word before one of these"). Ordinal unless a comparison is given.
/// </summary>
internal static class WordList
{
    /// <summary>Whether <paramref name="text"/> contains one of <paramref name="words"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="words">The words.</param>
    /// <param name="comparison">How to compare.</param>
    /// <returns><see langword="true"/> if one occurs.</returns>
    public static bool ContainsAny(ReadOnlySpan<char> text, ReadOnlySpan<string> words, StringComparison comparison = StringComparison.Ordinal)
    {
        foreach (string word in words)
        {
            if (text.Contains(word, comparison))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> starts with one of <paramref name="words"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="words">The words.</param>
    /// <returns><see langword="true"/> if it starts with one.</returns>
    public static bool StartsWithAny(ReadOnlySpan<char> text, ReadOnlySpan<string> words)
    {
        foreach (string word in words)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> ends with one of <paramref name="words"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="words">The words.</param>
    /// <returns><see langword="true"/> if it ends with one.</returns>
    public static bool EndsWithAny(ReadOnlySpan<char> text, ReadOnlySpan<string> words)
    {
        foreach (string word in words)
        {
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> is one of <paramref name="words"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="words">The words.</param>
    /// <returns><see langword="true"/> if it equals one.</returns>
    public static bool EqualsAny(ReadOnlySpan<char> text, ReadOnlySpan<string> words)
    {
        foreach (string word in words)
        {
            if (text.SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether one of the <paramref name="count"/> words right before <paramref name="start"/> is one of
    /// <paramref name="words"/>, as a whole word ("sono" ends in "no" without being "no"; "a good system prompt").
    /// </summary>
    /// <param name="folded">The folded view.</param>
    /// <param name="start">The position.</param>
    /// <param name="count">How many words back to look.</param>
    /// <param name="words">The words.</param>
    /// <returns><see langword="true"/> if one of the words before is in the list.</returns>
    public static bool PrecededByAny(string folded, int start, int count, ReadOnlySpan<string> words)
    {
        int end = start;
        for (int word = 0; word < count; word++)
        {
            while (end > 0 && folded[end - 1] == ' ')
            {
                end--;
            }

            int begin = end;
            while (begin > 0 && Lexicon.IsWordChar(folded[begin - 1]) || begin > 0 && folded[begin - 1] is '\'' or '\u2019')
            {
                begin--;
            }

            if (begin == end)
            {
                return false;
            }

            if (EqualsAny(folded.AsSpan(begin, end - begin), words))
            {
                return true;
            }

            end = begin;
        }

        return false;
    }
}
