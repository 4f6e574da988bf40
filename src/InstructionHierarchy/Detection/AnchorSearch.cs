using System.Buffers;

namespace InstructionHierarchy.Detection;

/// <summary>
/// A multi-string search that finds the first occurrence of any of a set of strings, like
/// <see cref="MemoryExtensions.IndexOfAny(ReadOnlySpan{char}, SearchValues{string})"/>, but keeps ASCII text on the fast
/// vectorized path when the set also holds strings in other scripts.
/// </summary>
/// <remarks>
/// <para>A <see cref="SearchValues{T}"/> of strings that mixes scripts falls back to a character-at-a-time automaton for
/// every text. Here the ASCII strings get their own vectorized search, and the non-ASCII strings are searched only in
/// windows around the characters that can start their non-ASCII part (the first non-ASCII character of each): such a
/// string can only match within its length of one of them.</para>
/// <para>The answer is the same as one search over every string. The work of a call is bounded by the distance to the
/// first ASCII match (plus the longest string), so a caller that loops from match to match stays linear.</para>
/// </remarks>
internal sealed class AnchorSearch
{
    private const int ChunkLength = 256;

    private readonly SearchValues<string>? _ascii;
    private readonly SearchValues<string>? _nonAscii;
    private readonly SearchValues<char> _triggers;
    private readonly int _longestNonAscii;

    /// <summary>Initializes a new search.</summary>
    /// <param name="values">The strings to find (ordinal comparison).</param>
    public AnchorSearch(ReadOnlySpan<string> values)
    {
        var ascii = new List<string>(values.Length);
        var nonAscii = new List<string>();
        var triggers = new HashSet<char>();
        foreach (string value in values)
        {
            if (value.Length == 0)
            {
                continue;
            }

            if (System.Text.Ascii.IsValid(value))
            {
                ascii.Add(value);
            }
            else
            {
                nonAscii.Add(value);
                triggers.Add(value[value.AsSpan().IndexOfAnyExceptInRange('\0', '\u007F')]);
                _longestNonAscii = Math.Max(_longestNonAscii, value.Length);
            }
        }

        _ascii = ascii.Count > 0 ? SearchValues.Create([.. ascii], StringComparison.Ordinal) : null;
        _nonAscii = nonAscii.Count > 0 ? SearchValues.Create([.. nonAscii], StringComparison.Ordinal) : null;
        _triggers = SearchValues.Create([.. triggers]);
    }

    /// <summary>Creates a search, with the signature of <see cref="SearchValues.Create(ReadOnlySpan{string}, StringComparison)"/>.</summary>
    /// <param name="values">The strings to find.</param>
    /// <param name="comparison">Must be <see cref="StringComparison.Ordinal"/>.</param>
    /// <returns>The search.</returns>
    public static AnchorSearch Create(ReadOnlySpan<string> values, StringComparison comparison)
    {
        if (comparison != StringComparison.Ordinal)
        {
            throw new ArgumentOutOfRangeException(nameof(comparison), "Only ordinal comparison is supported.");
        }

        return new AnchorSearch(values);
    }

    /// <summary>Finds the first position where any of the strings starts.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The position, or -1.</returns>
    public int IndexOfAny(ReadOnlySpan<char> text)
    {
        int best = _ascii is null ? -1 : text.IndexOfAny(_ascii);
        if (_nonAscii is null)
        {
            return best;
        }

        // A non-ASCII match that starts at or before the ASCII one ends before this limit.
        int reach = _longestNonAscii;
        int limit = best < 0 ? text.Length : Math.Min(text.Length, best + reach);
        int from = 0;
        while (from < limit)
        {
            // Most text is ASCII: a vectorized range check skips it before the search for the trigger characters.
            int nonAscii = text[from..limit].IndexOfAnyExceptInRange('\0', '\u007F');
            if (nonAscii < 0)
            {
                break;
            }

            from += nonAscii;
            int q = text[from..limit].IndexOfAny(_triggers);
            if (q < 0)
            {
                break;
            }

            q += from;
            int windowStart = Math.Max(0, q - reach + 1);
            if (best >= 0 && windowStart > best)
            {
                break;
            }

            // Non-ASCII characters no farther apart than the longest string form one chunk (of bounded length).
            int end = q + 1;
            int cap = Math.Min(limit, q + ChunkLength);
            while (end < cap)
            {
                int ascii = text[end..cap].IndexOfAnyExcept(_triggers);
                if (ascii < 0)
                {
                    end = cap;
                    break;
                }

                end += ascii;
                int next = text[end..Math.Min(text.Length, end + reach)].IndexOfAny(_triggers);
                if (next < 0)
                {
                    break;
                }

                end += next + 1;
            }

            // Every match with a non-ASCII character in the chunk lies in this window.
            int windowEnd = Math.Min(text.Length, end + reach - 1);
            int found = text[windowStart..windowEnd].IndexOfAny(_nonAscii);
            if (found >= 0)
            {
                found += windowStart;

                // A match that starts near the end of the chunk may be beaten by one that reaches past the window.
                int tail = Math.Max(windowStart, end - reach + 1);
                if (found > tail)
                {
                    int sliceEnd = Math.Min(text.Length, found + reach);
                    int earlier = text[tail..sliceEnd].IndexOfAny(_nonAscii);
                    if (earlier >= 0 && tail + earlier < found)
                    {
                        found = tail + earlier;
                    }
                }

                return best < 0 || found < best ? found : best;
            }

            from = end;
        }

        return best;
    }

    /// <summary>Gets a value indicating whether any of the strings occurs in the text.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> if one occurs.</returns>
    public bool ContainsAny(ReadOnlySpan<char> text) => IndexOfAny(text) >= 0;
}
