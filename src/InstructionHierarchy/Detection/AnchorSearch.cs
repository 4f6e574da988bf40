using System.Buffers;

namespace InstructionHierarchy.Detection;

/// <summary>
/// A multi-string search that finds the first occurrence of any of a set of strings, with the answer of
/// <see cref="MemoryExtensions.IndexOfAny(ReadOnlySpan{char}, SearchValues{string})"/> but much less work per character
/// for the large word lists of the detectors, which mix scripts.
/// </summary>
/// <remarks>
/// <para>A <see cref="SearchValues{T}"/> of hundreds of strings runs an Aho-Corasick automaton whose nodes look their
/// children up in dictionaries, character by character, for every text. Here the ASCII strings are found by one pass with
/// table lookups (a bitmap of first pairs, hashed bitmaps of first triples and of first four characters, then a check of
/// the few strings with those first three characters), and the non-ASCII strings are searched only in windows around the characters that can start their
/// non-ASCII part (the first non-ASCII character of each): such a string can only match within its length of one of
/// them. When no ASCII string starts with a letter, a digit or a space (chat-template tokens, bracketed markers), the
/// ASCII pass jumps between the positions of their first characters with a vectorized search instead.</para>
/// <para>The answer is the same as one search over every string (empty strings are ignored). The work of a call is
/// bounded by the distance to the first ASCII match (plus the longest string), so a caller that loops from match to match
/// stays linear.</para>
/// </remarks>
internal sealed class AnchorSearch
{
    private const int ChunkLength = 256;

    /// <summary>Sets a four-character key apart from the three-character ones in the hashed bitmap.</summary>
    private const uint QuadFlag = 1u << 28;

    private readonly bool _hasAscii;
    private readonly bool[] _single = new bool[128];
    private readonly ulong[] _pairs = new ulong[128 * 128 / 64];
    private readonly ulong[] _prefixPairs = new ulong[128 * 128 / 64];
    private readonly ulong[] _triples = new ulong[(1 << 16) / 64];
    private readonly ulong[] _quads = new ulong[(1 << 16) / 64];
    private readonly Dictionary<int, string[]> _byTriple = [];
    private readonly SearchValues<string>? _nonAscii;
    private readonly SearchValues<char> _triggers;
    private readonly SearchValues<char>? _rareFirst;
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

        // ASCII strings: one character, two characters, or a first three characters to look up (a bitmap of first
        // pairs and a hashed bitmap of first triples keep most positions of ordinary text off the table).
        var byTriple = new Dictionary<int, List<string>>();
        foreach (string value in ascii)
        {
            _hasAscii = true;
            if (value.Length == 1)
            {
                _single[value[0]] = true;
                continue;
            }

            int pair = (value[0] << 7) | value[1];
            if (value.Length == 2)
            {
                _pairs[pair >> 6] |= 1UL << pair;
                continue;
            }

            _prefixPairs[pair >> 6] |= 1UL << pair;
            int triple = (pair << 7) | value[2];
            int bit = TripleBit(triple);
            _triples[bit >> 6] |= 1UL << bit;

            // The hashed first four characters (three for a three-character string) of every string, to rule out most
            // positions whose first triple matches before the table lookup.
            int quad = QuadBit(value.Length == 3 ? (uint)triple : ((uint)triple << 7) | value[3] | QuadFlag);
            _quads[quad >> 6] |= 1UL << quad;
            if (!byTriple.TryGetValue(triple, out List<string>? list))
            {
                byTriple[triple] = list = [];
            }

            list.Add(value);
        }

        foreach ((int triple, List<string> list) in byTriple)
        {
            _byTriple[triple] = [.. list];
        }

        // When no ASCII string starts with a letter, a digit or a space (tokens such as "<|im_start|>", "[jailbreak]"), a
        // vectorized search for their first characters skips the text between candidates.
        var firsts = new HashSet<char>();
        foreach (string value in ascii)
        {
            firsts.Add(value[0]);
        }

        bool rare = firsts.Count > 0;
        foreach (char first in firsts)
        {
            rare &= !char.IsAsciiLetterOrDigit(first) && first != ' ';
        }

        _rareFirst = rare ? SearchValues.Create([.. firsts]) : null;
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
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public int IndexOfAny(ReadOnlySpan<char> text)
    {
        int best = _hasAscii ? IndexOfAnyAscii(text) : -1;
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

    private static int TripleBit(int triple) => (int)(((uint)triple * 2654435761u) >> 16);

    private static int QuadBit(uint quad) => (int)((quad * 2246822519u) >> 16);

    /// <summary>Whether a string of the search can start with the three ASCII characters of <paramref name="triple"/> at
    /// <paramref name="i"/>: a necessary condition, from the hashed bitmap of first four characters.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool QuadMayMatch(ReadOnlySpan<char> text, int i, int triple)
    {
        int bit = QuadBit((uint)triple);
        if ((_quads[bit >> 6] & (1UL << bit)) != 0)
        {
            return true;
        }

        if (i + 3 >= text.Length || text[i + 3] >= 128)
        {
            return false;
        }

        bit = QuadBit(((uint)triple << 7) | text[i + 3] | QuadFlag);
        return (_quads[bit >> 6] & (1UL << bit)) != 0;
    }

    /// <summary>The first position where an ASCII string starts: one pass with table lookups per character.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private int IndexOfAnyAscii(ReadOnlySpan<char> text)
    {
        if (_rareFirst is not null)
        {
            return IndexOfAnyRareAscii(text, _rareFirst);
        }

        bool[] single = _single;
        ulong[] pairs = _pairs;
        ulong[] prefixPairs = _prefixPairs;
        ulong[] triples = _triples;
        int last = text.Length - 1;
        for (int i = 0; i <= last; i++)
        {
            char c0 = text[i];
            if (c0 >= 128)
            {
                continue;
            }

            if (single[c0])
            {
                return i;
            }

            if (i == last)
            {
                break;
            }

            char c1 = text[i + 1];
            if (c1 >= 128)
            {
                i++;
                continue;
            }

            int pair = (c0 << 7) | c1;
            if ((pairs[pair >> 6] & (1UL << pair)) != 0)
            {
                return i;
            }

            if ((prefixPairs[pair >> 6] & (1UL << pair)) == 0 || i + 2 > last)
            {
                continue;
            }

            char c2 = text[i + 2];
            if (c2 >= 128)
            {
                continue;
            }

            int triple = (pair << 7) | c2;
            int bit = TripleBit(triple);
            if ((triples[bit >> 6] & (1UL << bit)) != 0 && QuadMayMatch(text, i, triple) && _byTriple.TryGetValue(triple, out string[]? candidates))
            {
                ReadOnlySpan<char> rest = text[i..];
                foreach (string candidate in candidates)
                {
                    if (rest.StartsWith(candidate, StringComparison.Ordinal))
                    {
                        return i;
                    }
                }
            }
        }

        return -1;
    }

    /// <summary>The first position where an ASCII string starts, jumping between the positions of their first characters.</summary>
    private int IndexOfAnyRareAscii(ReadOnlySpan<char> text, SearchValues<char> firsts)
    {
        int i = 0;
        while (i < text.Length)
        {
            int at = text[i..].IndexOfAny(firsts);
            if (at < 0)
            {
                return -1;
            }

            i += at;
            if (AsciiStartsAt(text, i))
            {
                return i;
            }

            i++;
        }

        return -1;
    }

    /// <summary>Whether an ASCII string starts at <paramref name="i"/>, whose character is ASCII.</summary>
    private bool AsciiStartsAt(ReadOnlySpan<char> text, int i)
    {
        char c0 = text[i];
        if (_single[c0])
        {
            return true;
        }

        if (i + 1 >= text.Length || text[i + 1] >= 128)
        {
            return false;
        }

        int pair = (c0 << 7) | text[i + 1];
        if ((_pairs[pair >> 6] & (1UL << pair)) != 0)
        {
            return true;
        }

        if ((_prefixPairs[pair >> 6] & (1UL << pair)) == 0 || i + 2 >= text.Length || text[i + 2] >= 128)
        {
            return false;
        }

        int triple = (pair << 7) | text[i + 2];
        int bit = TripleBit(triple);
        if ((_triples[bit >> 6] & (1UL << bit)) == 0 || !QuadMayMatch(text, i, triple) || !_byTriple.TryGetValue(triple, out string[]? candidates))
        {
            return false;
        }

        ReadOnlySpan<char> rest = text[i..];
        foreach (string candidate in candidates)
        {
            if (rest.StartsWith(candidate, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets a value indicating whether the text starts with one of the strings: the same answer as
    /// <c>IndexOfAny(text) == 0</c>, without a search past the first character.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> if one of the strings is a prefix of the text.</returns>
    public bool StartsWithAny(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        if (text[0] < 128 && _hasAscii && AsciiStartsAt(text, 0))
        {
            return true;
        }

        return _nonAscii is not null && text[..Math.Min(text.Length, _longestNonAscii)].IndexOfAny(_nonAscii) == 0;
    }

    /// <summary>Gets a value indicating whether any of the strings occurs in the text.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> if one occurs.</returns>
    public bool ContainsAny(ReadOnlySpan<char> text) => IndexOfAny(text) >= 0;
}
