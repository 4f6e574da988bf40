using InstructionHierarchy.Normalization;

namespace InstructionHierarchy.Detection.Indirect;

/// <summary>
/// Sentence and line geometry over a folded view: where the sentence around a position starts and ends, whether a folded
/// space stands for a line break, and what the first word of a sentence is. Every scan is bounded, so the cost per call
/// is constant in the length of the text.
/// </summary>
internal static class FoldedSentences
{
    /// <summary>The longest stretch scanned either side of a position when looking for a sentence boundary.</summary>
    public const int MaxReach = 420;

    [ThreadStatic]
    private static string? _breaksText;

    [ThreadStatic]
    private static int[]? _breaks;

    [ThreadStatic]
    private static int _breaksCount;

    [ThreadStatic]
    private static NormalizedText? _orderText;

    [ThreadStatic]
    private static bool _orderInOrder;

    private const int MaxWhitespaceRun = 48;

    /// <summary>The most line-break positions kept for one text (a 16 KB buffer a thread).</summary>
    private const int MaxLineBreaks = 4096;

    /// <summary>Finds the sentence around <paramref name="at"/> in the folded view.</summary>
    /// <param name="normalized">The folded view.</param>
    /// <param name="at">A position inside the sentence.</param>
    /// <returns>The start and the exclusive end of the sentence, without surrounding spaces.</returns>
    public static (int Start, int End) Around(NormalizedText normalized, int at)
    {
        string folded = normalized.Folded;
        at = Math.Clamp(at, 0, Math.Max(0, folded.Length - 1));

        // The nearest terminators first; the spaces between them are asked about line breaks only when a line break of the
        // original lies within reach of them (most sentences of prose have none).
        int lowest = Math.Max(0, at - MaxReach);
        int before = BoundaryBefore(normalized, at, lowest, lineBreaks: false);
        if (MayBreakLine(normalized, before < 0 ? lowest : before + 1, at))
        {
            before = BoundaryBefore(normalized, at, lowest, lineBreaks: true);
        }

        int highest = Math.Min(folded.Length, at + MaxReach);
        (int after, bool terminator) = BoundaryAfter(normalized, at, highest, lineBreaks: false);
        if (MayBreakLine(normalized, at + 1, after < 0 ? highest : after))
        {
            (after, terminator) = BoundaryAfter(normalized, at, highest, lineBreaks: true);
        }

        int start = before < 0 ? lowest : before + 1;
        int end = after < 0 ? (at < highest ? highest : folded.Length) : terminator ? after + 1 : after;
        while (start < end && folded[start] == ' ')
        {
            start++;
        }

        while (end > start && folded[end - 1] == ' ')
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>The nearest position below <paramref name="at"/> (down to <paramref name="lowest"/>) that ends the sentence
    /// before it: a terminator, or with <paramref name="lineBreaks"/> a folded line break; -1 when there is none.</summary>
    private static int BoundaryBefore(NormalizedText normalized, int at, int lowest, bool lineBreaks)
    {
        string folded = normalized.Folded;
        if (!lineBreaks)
        {
            // Only terminators: jump between the characters that can be one.
            for (int end = at; end > lowest;)
            {
                int i = folded.AsSpan(lowest, end - lowest).LastIndexOfAny(TerminatorChars);
                if (i < 0)
                {
                    return -1;
                }

                i += lowest;
                if (IsTerminatorAt(folded, i))
                {
                    return i;
                }

                end = i;
            }

            return -1;
        }

        for (int i = at - 1; i >= lowest; i--)
        {
            if (IsTerminatorAt(folded, i) || (lineBreaks && folded[i] == ' ' && IsLineBreak(normalized, i)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The nearest position from <paramref name="at"/> (below <paramref name="highest"/>) that ends the sentence: a
    /// terminator (ending after it), or with <paramref name="lineBreaks"/> a folded line break after <paramref name="at"/>
    /// (ending before it); -1 when there is none.</summary>
    private static (int At, bool Terminator) BoundaryAfter(NormalizedText normalized, int at, int highest, bool lineBreaks)
    {
        string folded = normalized.Folded;
        if (!lineBreaks)
        {
            for (int from = at; from < highest;)
            {
                int i = folded.AsSpan(from, highest - from).IndexOfAny(TerminatorChars);
                if (i < 0)
                {
                    return (-1, false);
                }

                i += from;
                if (IsTerminatorAt(folded, i))
                {
                    return (i, true);
                }

                from = i + 1;
            }

            return (-1, false);
        }

        for (int i = at; i < highest; i++)
        {
            if (IsTerminatorAt(folded, i))
            {
                return (i, true);
            }

            if (lineBreaks && folded[i] == ' ' && i > at && IsLineBreak(normalized, i))
            {
                return (i, false);
            }
        }

        return (-1, false);
    }

    /// <summary><see cref="NormalizedText.MapsInOrder"/>, kept for the thread's next calls on the same text (a pass over the
    /// map once per text instead of once per sentence; like the line breaks, the last text stays referenced until the next).</summary>
    private static bool MapsInOrder(NormalizedText normalized)
    {
        if (!ReferenceEquals(_orderText, normalized))
        {
            _orderInOrder = normalized.MapsInOrder();
            _orderText = normalized;
        }

        return _orderInOrder;
    }

    /// <summary>Whether <see cref="IsLineBreak"/> can answer yes for a space in the folded range [<paramref name="from"/>,
    /// <paramref name="to"/>): no when no line break of the original lies within its reach of the span the range maps to.</summary>
    /// <param name="normalized">The folded view.</param>
    /// <param name="from">The first position of the range.</param>
    /// <param name="to">The end of the range (exclusive).</param>
    /// <returns><see langword="false"/> when no space of the range stands for a line break.</returns>
    public static bool MayBreakLine(NormalizedText normalized, int from, int to)
    {
        // Only a space can stand for a line break (and without one the map is not needed).
        if (from >= to || !normalized.Folded.AsSpan(from, to - from).Contains(' '))
        {
            return false;
        }

        ReadOnlySpan<int> breaks = LineBreakPositions(normalized.Original, out bool complete);
        if (breaks.IsEmpty)
        {
            return false;
        }

        if (!complete || !MapsInOrder(normalized))
        {
            return true;
        }

        // In order, every space of the range maps inside [first source, last source's end), and IsLineBreak looks no
        // farther than MaxWhitespaceRun either side of the span of its space.
        int low = normalized.MapToOriginal(from, 0).Start - MaxWhitespaceRun;
        (int lastStart, int lastLength) = normalized.MapToOriginal(to - 1, 1);
        int high = Math.Max(lastStart + 1, lastStart + lastLength + MaxWhitespaceRun);
        int first = breaks.BinarySearch(Math.Max(0, low));
        first = first < 0 ? ~first : first;
        return first < breaks.Length && breaks[first] < high;
    }

    /// <summary>Whether the character at <paramref name="i"/> ends a sentence.</summary>
    /// <param name="folded">The folded text.</param>
    /// <param name="i">The position.</param>
    /// <returns><see langword="true"/> for a terminator.</returns>
    public static bool IsTerminatorAt(string folded, int i)
    {
        char c = folded[i];
        switch (c)
        {
            case '。':
            case '！':
            case '？':
            case '؟':
            case '।':
            case '\u06D4':
                return true;
            case '.':
            case '!':
            case '?':
                // "www.example.com", "3.14" and "e.g.x" do not end a sentence; ". " and a final "." do.
                return i + 1 >= folded.Length || folded[i + 1] is ' ' or '"' or '\'' or ')' or '*' or '”' or '’';
            default:
                return false;
        }
    }

    /// <summary>Whether the folded space at <paramref name="foldedIndex"/> collapsed a run of whitespace that held a line break.</summary>
    /// <param name="normalized">The folded view.</param>
    /// <param name="foldedIndex">The index of a space in the folded view.</param>
    /// <returns><see langword="true"/> when the original had a line break there.</returns>
    public static bool IsLineBreak(NormalizedText normalized, int foldedIndex)
    {
        string original = normalized.Original;

        // Most texts have no line break at all: answer without mapping (the offset map is built on first use).
        ReadOnlySpan<int> breaks = LineBreakPositions(original, out bool complete);
        if (breaks.IsEmpty)
        {
            return false;
        }

        (int start, int length) = normalized.MapToOriginal(foldedIndex, 1);
        int from = Math.Max(0, start - MaxWhitespaceRun);
        int to = Math.Min(original.Length, start + length + MaxWhitespaceRun);

        // The loops below look at [from, max(start + 1, to)) only: without a line break there, the answer is no.
        int first = breaks.BinarySearch(from);
        first = first < 0 ? ~first : first;
        if (complete && (first >= breaks.Length || breaks[first] >= Math.Max(start + 1, to)))
        {
            return false;
        }
        for (int k = start; k >= from && k < original.Length; k--)
        {
            char c = original[k];
            if (IsLineBreakChar(c))
            {
                return true;
            }

            if (!char.IsWhiteSpace(c))
            {
                break;
            }
        }

        for (int k = start + 1; k < to; k++)
        {
            char c = original[k];
            if (IsLineBreakChar(c))
            {
                return true;
            }

            if (!char.IsWhiteSpace(c))
            {
                break;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a word at <paramref name="at"/> opens a sentence: at the start of the text, after a terminator, colon, list
    /// marker, quote or line break, or after a soft opener such as "please".
    /// </summary>
    /// <param name="normalized">The folded view.</param>
    /// <param name="at">The position of the word.</param>
    /// <returns><see langword="true"/> at a sentence start.</returns>
    public static bool IsSentenceStart(NormalizedText normalized, int at)
    {
        string folded = normalized.Folded;
        int i = at - 1;
        if (i < 0)
        {
            return true;
        }

        if (folded[i] == ' ')
        {
            if (IsLineBreak(normalized, i))
            {
                return true;
            }

            i--;
        }

        if (i < 0)
        {
            return true;
        }

        char c = folded[i];
        if (c is '.' or '!' or '?' or ':' or ';' or '|' or '-' or '*' or '•' or '>' or '"' or '\'' or '(' or '[' or '“' or '‘' or '。' or '！' or '？' or '：' or ')' or '#' or '/' or '`')
        {
            return true;
        }

        int wordEnd = i + 1;
        while (i >= 0 && char.IsLetter(folded[i]) && wordEnd - i < 16)
        {
            i--;
        }

        return IsSoftOpener(folded.AsSpan(i + 1, wordEnd - i - 1)) || (i >= 0 && folded[i] == ',' && wordEnd - i < 16);
    }

    /// <summary>Whether the sentence starting at <paramref name="start"/> also starts a line.</summary>
    /// <param name="normalized">The folded view.</param>
    /// <param name="start">The start of the sentence.</param>
    /// <returns><see langword="true"/> at the start of the text or after a line break.</returns>
    public static bool StartsLine(NormalizedText normalized, int start) =>
        start == 0 || (normalized.Folded[start - 1] == ' ' && IsLineBreak(normalized, start - 1));

    /// <summary>Whether the sentence ending at <paramref name="end"/> also ends a line.</summary>
    /// <param name="normalized">The folded view.</param>
    /// <param name="end">The exclusive end of the sentence.</param>
    /// <returns><see langword="true"/> at the end of the text or before a line break.</returns>
    public static bool EndsLine(NormalizedText normalized, int end) =>
        end >= normalized.Folded.Length || (normalized.Folded[end] == ' ' && IsLineBreak(normalized, end));

    /// <summary>
    /// Finds the first word of a sentence, skipping list markers, quotes and soft openers ("please", "also", "now",
    /// "and", "finally", "p.s.").
    /// </summary>
    /// <param name="folded">The folded text.</param>
    /// <param name="start">The start of the sentence.</param>
    /// <param name="end">The end of the sentence.</param>
    /// <returns>The first word, empty when the sentence does not start with a word.</returns>
    public static ReadOnlySpan<char> LeadingWord(string folded, int start, int end)
    {
        int i = start;
        for (int round = 0; round < 4; round++)
        {
            while (i < end && (folded[i] is '-' or '*' or '•' or '>' or '#' or '"' or '\'' or '(' or '[' or ' ' or '“' or '‘' or '/' or '|' or '_' or '·' || char.IsDigit(folded[i]) || (folded[i] is '.' or ')' && i > start && char.IsDigit(folded[i - 1]))))
            {
                i++;
            }

            int wordEnd = i;
            while (wordEnd < end && (char.IsLetter(folded[wordEnd]) || folded[wordEnd] is '\'' or '’'))
            {
                wordEnd++;
            }

            ReadOnlySpan<char> word = folded.AsSpan(i, wordEnd - i);
            if (IsSoftOpener(word) && wordEnd < end)
            {
                i = wordEnd;
                while (i < end && folded[i] is ',' or ':' or '.' or ' ')
                {
                    i++;
                }

                continue;
            }

            return word;
        }

        return [];
    }

    private static bool IsSoftOpener(ReadOnlySpan<char> word) =>
        word is "please" or "pls" or "kindly" or "also" or "now" or "then" or "and" or "finally" or "additionally" or "lastly"
            or "p" or "ps" or "so" or "just" or "simply" or "furthermore" or "moreover" or "next" or "first" or "afterwards" or "subsequently";

    /// <summary>The characters <see cref="IsTerminatorAt"/> can answer yes for.</summary>
    private static readonly System.Buffers.SearchValues<char> TerminatorChars = System.Buffers.SearchValues.Create(".!?。！？؟।\u06D4");

    private static readonly System.Buffers.SearchValues<char> LineBreaks = System.Buffers.SearchValues.Create("\n\r\u2028\u2029\v\f\u0085");

    private static bool IsLineBreakChar(char c) => LineBreaks.Contains(c);

    /// <summary>
    /// The positions of the line-break characters of <paramref name="original"/>, in order: found once per text and kept
    /// for the thread's next calls (sentence geometry asks about the same text many times in a row), in a buffer that is
    /// reused, so steady-state calls allocate nothing. At most <see cref="MaxLineBreaks"/> are kept: past them
    /// <paramref name="complete"/> is <see langword="false"/> and the list is only a prefix.
    /// </summary>
    private static ReadOnlySpan<int> LineBreakPositions(string original, out bool complete)
    {
        if (!ReferenceEquals(_breaksText, original))
        {
            int count = 0;
            int[] buffer = _breaks ??= new int[16];
            int offset = 0;
            int at;
            while (offset < original.Length && (at = original.AsSpan(offset).IndexOfAny(LineBreaks)) >= 0)
            {
                if (count == MaxLineBreaks)
                {
                    break;
                }

                if (count == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                    _breaks = buffer;
                }

                buffer[count++] = offset + at;
                offset += at + 1;
            }

            _breaksCount = count;
            _breaksText = original;
        }

        complete = _breaksCount < MaxLineBreaks;
        return _breaks.AsSpan(0, _breaksCount);
    }
}
