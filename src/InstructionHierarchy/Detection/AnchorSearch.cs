using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace InstructionHierarchy.Detection;

/// <summary>
/// A multi-string search that finds where any of a set of strings starts, with the answer of
/// <see cref="MemoryExtensions.IndexOfAny(ReadOnlySpan{char}, SearchValues{string})"/> but much less work per character
/// for the large word lists of the detectors, which mix scripts. It can also list every position where a string starts,
/// with the groups (tags) of the strings found there, so several word lists are searched in one pass.
/// </summary>
/// <remarks>
/// <para>A <see cref="SearchValues{T}"/> of hundreds of strings runs an Aho-Corasick automaton whose nodes look their
/// children up in dictionaries, character by character, for every text. Here one pass reads the first four UTF-16 units at
/// every position as one 64-bit word and tests two hashed bitmaps without a branch: one of the first four units of every
/// string of four or more units, one of the first two units of every string of two or three. Only a position that passes
/// (a few in a hundred in prose) is checked against the strings in its hash slot, by comparing 64-bit prefixes before
/// the rest. Strings of one unit are found with a vectorized search bounded by the first longer match. When every string
/// starts with a rare ASCII character (no letter, digit or space: chat-template tokens, bracketed markers), the pass jumps
/// between the positions of those characters with a vectorized search instead.</para>
/// <para>The answer is the same as one search over every string (empty strings are ignored; comparison is ordinal, UTF-16
/// unit by unit, so non-ASCII text and lone surrogates need no special case). The work of a call is bounded by the distance
/// to the first match (plus the longest string), so a caller that loops from match to match stays linear.</para>
/// </remarks>
internal sealed class AnchorSearch
{
    private const uint QuadLowMultiplier = 0x9E3779B1u;
    private const uint QuadHighMultiplier = 0x85EBCA77u;
    private const uint PairMultiplier = 0x9E3779B1u;

    /// <summary>Positions filtered at once by <see cref="CandidateBlock"/>.</summary>
    private const int BlockPositions = 16;

    /// <summary>Slots of the candidate tables: one for every 2^SlotShift bits of the filter.</summary>
    private const int SlotShift = 4;

    // Strings of four or more units: a hashed bitmap of their first four units, and the candidates by hash slot.
    private readonly ulong[] _quadFilter;
    private readonly int _quadShift;
    private readonly int[] _quadSlots;
    private readonly ulong[] _quadPrefixes;
    private readonly ulong[] _quadSeconds;
    private readonly ulong[] _quadSecondMasks;
    private readonly string[] _quadStrings;
    private readonly ulong[] _quadTags;

    // Strings of two or three units: a hashed bitmap of their first two units, and the candidates by hash slot.
    private readonly ulong[] _pairFilter;
    private readonly int _pairShift;
    private readonly int[] _pairSlots;
    private readonly uint[] _pairPrefixes;
    private readonly string[] _pairStrings;
    private readonly ulong[] _pairTags;

    // Strings of one unit.
    private readonly SearchValues<char>? _singles;
    private readonly char[] _singleChars;
    private readonly ulong[] _singleTags;

    private readonly SearchValues<char>? _rareFirst;
    private readonly SearchValues<char>? _plainAscii;
    private readonly bool _hasMulti;

    /// <summary>Initializes a new search; every string carries the tag 1.</summary>
    /// <param name="values">The strings to find (ordinal comparison).</param>
    public AnchorSearch(ReadOnlySpan<string> values)
        : this(Tagged(values))
    {
    }

    /// <summary>Initializes a new search over strings that carry tags (a string listed twice carries the union of its tags).</summary>
    /// <param name="values">The strings to find (ordinal comparison), each with a non-zero tag.</param>
    public AnchorSearch(IReadOnlyList<(string Value, ulong Tag)> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var tags = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach ((string value, ulong tag) in values)
        {
            if (tag == 0)
            {
                throw new ArgumentException("Every string needs a non-zero tag.", nameof(values));
            }

            if (value.Length > 0)
            {
                tags[value] = tags.GetValueOrDefault(value) | tag;
            }
        }

        var quads = new List<(string Value, ulong Tag)>();
        var pairs = new List<(string Value, ulong Tag)>();
        var singles = new List<(string Value, ulong Tag)>();
        foreach ((string value, ulong tag) in tags)
        {
            (value.Length >= 4 ? quads : value.Length >= 2 ? pairs : singles).Add((value, tag));
        }

        // Sorted, so the tables do not depend on the order of a dictionary.
        quads.Sort((a, b) => string.CompareOrdinal(a.Value, b.Value));
        pairs.Sort((a, b) => string.CompareOrdinal(a.Value, b.Value));
        singles.Sort((a, b) => string.CompareOrdinal(a.Value, b.Value));

        int quadBits = FilterBits(quads.Count);
        _quadShift = 32 - quadBits;
        _quadFilter = new ulong[Math.Max(1, (1 << quadBits) / 64)];
        ulong[] quadKeys = new ulong[quads.Count];
        for (int i = 0; i < quads.Count; i++)
        {
            quadKeys[i] = ReadQuad(quads[i].Value, 0);
        }

        (_quadSlots, int[] quadOrder) = Slots(quadKeys, k => QuadHash(k, _quadShift), quadBits, _quadFilter);
        _quadPrefixes = new ulong[quads.Count];
        _quadSeconds = new ulong[quads.Count];
        _quadSecondMasks = new ulong[quads.Count];
        _quadStrings = new string[quads.Count];
        _quadTags = new ulong[quads.Count];
        for (int i = 0; i < quadOrder.Length; i++)
        {
            (string value, ulong tag) = quads[quadOrder[i]];
            _quadPrefixes[i] = quadKeys[quadOrder[i]];
            (_quadSeconds[i], _quadSecondMasks[i]) = SecondQuad(value);
            _quadStrings[i] = value;
            _quadTags[i] = tag;
        }

        int pairBits = FilterBits(pairs.Count);
        _pairShift = 32 - pairBits;
        _pairFilter = new ulong[Math.Max(1, (1 << pairBits) / 64)];
        ulong[] pairKeys = new ulong[pairs.Count];
        for (int i = 0; i < pairs.Count; i++)
        {
            pairKeys[i] = ReadPair(pairs[i].Value, 0);
        }

        (_pairSlots, int[] pairOrder) = Slots(pairKeys, k => PairHash((uint)k, _pairShift), pairBits, _pairFilter);
        _pairPrefixes = new uint[pairs.Count];
        _pairStrings = new string[pairs.Count];
        _pairTags = new ulong[pairs.Count];
        for (int i = 0; i < pairOrder.Length; i++)
        {
            (string value, ulong tag) = pairs[pairOrder[i]];
            _pairPrefixes[i] = (uint)pairKeys[pairOrder[i]];
            _pairStrings[i] = value;
            _pairTags[i] = tag;
        }

        _singleChars = new char[singles.Count];
        _singleTags = new ulong[singles.Count];
        for (int i = 0; i < singles.Count; i++)
        {
            _singleChars[i] = singles[i].Value[0];
            _singleTags[i] = singles[i].Tag;
        }

        _singles = singles.Count > 0 ? SearchValues.Create(_singleChars) : null;
        _hasMulti = quads.Count + pairs.Count > 0;

        // When no string of two or more units starts with a letter, a digit, a space or a non-ASCII character (tokens such
        // as "<|im_start|>", "[jailbreak]"), a vectorized search for their first characters skips the text between candidates.
        var firsts = new HashSet<char>();
        bool rare = _hasMulti;
        foreach (string value in (string[])[.. _quadStrings, .. _pairStrings])
        {
            char first = value[0];
            firsts.Add(first);
            rare &= first < 128 && !char.IsAsciiLetterOrDigit(first) && first != ' ';
        }

        _rareFirst = rare ? SearchValues.Create([.. firsts]) : null;

        // When the strings that start with an ASCII character all start with a rare one and the others start outside ASCII
        // (phrases in Chinese, Thai, Arabic… beside a bracket), a vectorized search skips the ASCII characters no string
        // starts with, and the hashed filter runs only from a non-ASCII character on.
        bool asciiRare = _hasMulti && !rare;
        var plain = new List<char>(128);
        for (char c = '\0'; c < (char)128; c++)
        {
            if (firsts.Contains(c))
            {
                asciiRare &= !char.IsAsciiLetterOrDigit(c) && c != ' ';
            }
            else
            {
                plain.Add(c);
            }
        }

        _plainAscii = asciiRare ? SearchValues.Create([.. plain]) : null;
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
        int multi = _hasMulti ? NextMulti(text, 0) : -1;
        if (_singles is null)
        {
            return multi;
        }

        // A one-unit string before the first longer match wins.
        int single = text[..(multi < 0 ? text.Length : multi)].IndexOfAny(_singles);
        return single >= 0 ? single : multi;
    }

    /// <summary>Gets a value indicating whether any of the strings occurs in the text.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> if one occurs.</returns>
    public bool ContainsAny(ReadOnlySpan<char> text) => IndexOfAny(text) >= 0;

    /// <summary>Gets a value indicating whether the text starts with one of the strings: the same answer as
    /// <c>IndexOfAny(text) == 0</c>, without a search past the first character.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> if one of the strings is a prefix of the text.</returns>
    public bool StartsWithAny(ReadOnlySpan<char> text) => TagsAt(text, 0) != 0;

    /// <summary>The union of the tags of the strings that start at <paramref name="at"/> (0 when none does).</summary>
    /// <param name="text">The text.</param>
    /// <param name="at">The position.</param>
    /// <returns>The tags.</returns>
    public ulong TagsAt(ReadOnlySpan<char> text, int at)
    {
        if ((uint)at >= (uint)text.Length)
        {
            return 0;
        }

        ulong tags = _hasMulti ? MultiTagsAt(text, at, firstOnly: false) : 0;
        if (_singles is not null)
        {
            char c = text[at];
            for (int i = 0; i < _singleChars.Length; i++)
            {
                if (_singleChars[i] == c)
                {
                    tags |= _singleTags[i];
                }
            }
        }

        return tags;
    }

    /// <summary>Lists every position where a string starts, in order, with the union of the tags of the strings found there.</summary>
    /// <param name="text">The text.</param>
    /// <param name="hits">Receives the hits (appended).</param>
    public void FindAll(ReadOnlySpan<char> text, ref AnchorSearchHits hits)
    {
        int from = 0;
        while (from < text.Length)
        {
            int multi = _hasMulti ? NextMulti(text, from) : -1;
            int bound = multi < 0 ? text.Length : multi;
            if (_singles is not null)
            {
                int single;
                while (from < bound && (single = text[from..bound].IndexOfAny(_singles)) >= 0)
                {
                    single += from;
                    hits.Add(single, TagsAt(text, single));
                    from = single + 1;
                }
            }

            if (multi < 0)
            {
                return;
            }

            hits.Add(multi, TagsAt(text, multi));
            from = multi + 1;
        }
    }

    /// <summary>The number of bits of a filter for <paramref name="count"/> keys: about 64 bits a key, 2^8 to 2^16.</summary>
    private static int FilterBits(int count) => Math.Clamp(BitOperations.Log2((uint)Math.Max(1, count)) + 7, 8, 16);

    /// <summary>Sets the filter bit of every key and sorts the keys by hash slot; returns the slot starts and the order.</summary>
    private static (int[] Slots, int[] Order) Slots(ulong[] keys, Func<ulong, uint> hash, int bits, ulong[] filter)
    {
        int slotCount = 1 << (bits - SlotShift);
        int[] slotOf = new int[keys.Length];
        int[] starts = new int[slotCount + 1];
        for (int i = 0; i < keys.Length; i++)
        {
            uint h = hash(keys[i]);
            filter[h >> 6] |= 1UL << (int)h;
            slotOf[i] = (int)(h >> SlotShift);
            starts[slotOf[i] + 1]++;
        }

        for (int s = 0; s < slotCount; s++)
        {
            starts[s + 1] += starts[s];
        }

        int[] next = (int[])starts.Clone();
        int[] order = new int[keys.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            order[next[slotOf[i]]++] = i;
        }

        return (starts, order);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint QuadHash(ulong quad, int shift) => (((uint)quad * QuadLowMultiplier) ^ ((uint)(quad >> 32) * QuadHighMultiplier)) >> shift;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint PairHash(uint pair, int shift) => (pair * PairMultiplier) >> shift;

    /// <summary>The four UTF-16 units at <paramref name="at"/> as one word (the caller checks the bounds).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ReadQuad(ReadOnlySpan<char> text, int at) =>
        Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), at)));

    /// <summary>The two UTF-16 units at <paramref name="at"/> as one word (the caller checks the bounds).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint ReadPair(ReadOnlySpan<char> text, int at) =>
        Unsafe.ReadUnaligned<uint>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), at)));

    /// <summary>The first position at or after <paramref name="from"/> where a string of two or more units starts, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int NextMulti(ReadOnlySpan<char> text, int from)
    {
        if (_rareFirst is not null)
        {
            return NextMultiRare(text, from, _rareFirst);
        }

        return _plainAscii is not null ? NextMultiSkippingAscii(text, from, _plainAscii) : NextMultiIn(text, from, text.Length);
    }

    /// <summary>The first position in [<paramref name="from"/>, <paramref name="to"/>) where a string of two or more units
    /// starts (it may run past <paramref name="to"/>), or -1: the hashed filter, then the candidates at the positions that pass.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int NextMultiIn(ReadOnlySpan<char> text, int from, int to)
    {
        int i = from;
        int lastQuad = Math.Min(text.Length - 4, to - 1);
        if (Avx2.IsSupported && Bmi2.IsSupported)
        {
            // Sixteen positions at a time, then the candidates among them.
            for (; i + BlockPositions - 1 <= lastQuad; i += BlockPositions)
            {
                uint candidates = CandidateBlock(text, i, _quadFilter, _pairFilter, _quadShift, _pairShift);
                while (candidates != 0)
                {
                    int at = i + BitOperations.TrailingZeroCount(candidates);
                    candidates &= candidates - 1;
                    if (MultiTagsAt(text, at, firstOnly: true) != 0)
                    {
                        return at;
                    }
                }
            }
        }

        for (int last = lastQuad; i <= last; i++)
        {
            i = NextCandidate(text, i, last, _quadFilter, _pairFilter, _quadShift, _pairShift);
            if (i > last)
            {
                break;
            }

            if (MultiTagsAt(text, i, firstOnly: true) != 0)
            {
                return i;
            }
        }

        // The last positions of the text: only strings of two or three units fit.
        for (int last = Math.Min(text.Length - 2, to - 1); i <= last; i++)
        {
            if (MultiTagsAt(text, i, firstOnly: true) != 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary><see cref="NextMulti"/> when no string starts with a common ASCII character: a vectorized search jumps over
    /// the ASCII characters that start none; a rare ASCII first character is checked alone, and from a non-ASCII one the
    /// hashed filter runs over a window (text in such a script has candidates everywhere).</summary>
    private int NextMultiSkippingAscii(ReadOnlySpan<char> text, int from, SearchValues<char> plainAscii)
    {
        const int Window = 64;
        int i = from;
        while (i < text.Length - 1)
        {
            int at = text[i..].IndexOfAnyExcept(plainAscii);
            if (at < 0)
            {
                return -1;
            }

            i += at;
            if (text[i] < 128)
            {
                if (MultiTagsAt(text, i, firstOnly: true) != 0)
                {
                    return i;
                }

                i++;
                continue;
            }

            int to = (int)Math.Min((uint)text.Length, (uint)i + Window);
            int found = NextMultiIn(text, i, to);
            if (found >= 0)
            {
                return found;
            }

            i = to;
        }

        return -1;
    }

    /// <summary>
    /// The first position in [<paramref name="i"/>, <paramref name="last"/>] whose first four units pass the quad filter or
    /// whose first two pass the pair filter (<paramref name="last"/> + 1 when none does): a tight loop without calls or
    /// branches but the loop's own, so its state stays in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int NextCandidate(ReadOnlySpan<char> text, int i, int last, ulong[] quadFilter, ulong[] pairFilter, int quadShift, int pairShift)
    {
        ref char start = ref MemoryMarshal.GetReference(text);
        ref ulong quads = ref MemoryMarshal.GetArrayDataReference(quadFilter);
        ref ulong pairs = ref MemoryMarshal.GetArrayDataReference(pairFilter);
        for (; i <= last; i++)
        {
            ref byte at = ref Unsafe.As<char, byte>(ref Unsafe.Add(ref start, i));
            ulong quad = Unsafe.ReadUnaligned<ulong>(ref at);
            uint qh = QuadHash(quad, quadShift);
            uint ph = PairHash(BitConverter.IsLittleEndian ? (uint)quad : (uint)(quad >> 32), pairShift);
            if ((((Unsafe.Add(ref quads, (int)(qh >> 6)) >> (int)qh) | (Unsafe.Add(ref pairs, (int)(ph >> 6)) >> (int)ph)) & 1) != 0)
            {
                return i;
            }
        }

        return i;
    }

    /// <summary>
    /// The positions among the <see cref="BlockPositions"/> from <paramref name="i"/> that pass the filters of
    /// <see cref="NextCandidate"/>, as a bit mask (the text must hold <c>i + BlockPositions + 3</c> units): the hashes of
    /// eight even and eight odd positions are computed in vector registers and their filter bits gathered.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe uint CandidateBlock(ReadOnlySpan<char> text, int i, ulong[] quadFilter, ulong[] pairFilter, int quadShift, int pairShift)
    {
        // Lane k of a load at unit i + j holds units i + j + 2k and i + j + 2k + 1: the first two units at position
        // i + j + 2k; the load two units further holds the next two. (The filters are read as 32-bit words: the bit h of the
        // 64-bit words is bit h % 32 of word h / 32 on a little-endian machine, the only kind with AVX2.)
        ref byte at = ref Unsafe.As<char, byte>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), i));
        Vector256<uint> evenPair = Vector256.LoadUnsafe(ref at).AsUInt32();
        Vector256<uint> oddPair = Vector256.LoadUnsafe(ref at, 2).AsUInt32();
        Vector256<uint> evenNext = Vector256.LoadUnsafe(ref at, 4).AsUInt32();
        Vector256<uint> oddNext = Vector256.LoadUnsafe(ref at, 6).AsUInt32();
        Vector256<uint> low = Vector256.Create(QuadLowMultiplier);
        Vector256<uint> high = Vector256.Create(QuadHighMultiplier);
        Vector256<uint> evenLow = evenPair * low;
        Vector256<uint> oddLow = oddPair * low;
        Vector256<uint> evenQuad = Vector256.ShiftRightLogical(evenLow ^ (evenNext * high), quadShift);
        Vector256<uint> oddQuad = Vector256.ShiftRightLogical(oddLow ^ (oddNext * high), quadShift);

        // PairMultiplier is QuadLowMultiplier: the pair hash is the low half's product, shifted.
        Vector256<uint> evenPairHash = Vector256.ShiftRightLogical(evenLow, pairShift);
        Vector256<uint> oddPairHash = Vector256.ShiftRightLogical(oddLow, pairShift);
        uint even;
        uint odd;
        fixed (ulong* quads = quadFilter)
        fixed (ulong* pairs = pairFilter)
        {
            even = FilterBits((uint*)quads, evenQuad, (uint*)pairs, evenPairHash);
            odd = FilterBits((uint*)quads, oddQuad, (uint*)pairs, oddPairHash);
        }

        return Bmi2.ParallelBitDeposit(even, 0x5555) | Bmi2.ParallelBitDeposit(odd, 0xAAAA);
    }

    /// <summary>Lane k's bit is set when bit <c>quad[k]</c> of the quad filter or bit <c>pair[k]</c> of the pair filter is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe uint FilterBits(uint* quadFilter, Vector256<uint> quad, uint* pairFilter, Vector256<uint> pair)
    {
        Vector256<uint> bitInWord = Vector256.Create(31u);
        Vector256<uint> quadWords = Avx2.GatherVector256(quadFilter, Vector256.ShiftRightLogical(quad, 5).AsInt32(), 4);
        Vector256<uint> pairWords = Avx2.GatherVector256(pairFilter, Vector256.ShiftRightLogical(pair, 5).AsInt32(), 4);
        Vector256<uint> bits = Avx2.ShiftRightLogicalVariable(quadWords, quad & bitInWord) | Avx2.ShiftRightLogicalVariable(pairWords, pair & bitInWord);
        return (bits << 31).ExtractMostSignificantBits();
    }

    /// <summary><see cref="NextMulti"/> when every string starts with a rare character: jumps between those characters.</summary>
    private int NextMultiRare(ReadOnlySpan<char> text, int from, SearchValues<char> firsts)
    {
        int i = from;
        while (i < text.Length - 1)
        {
            int at = text[i..].IndexOfAny(firsts);
            if (at < 0)
            {
                return -1;
            }

            i += at;
            if (MultiTagsAt(text, i, firstOnly: true) != 0)
            {
                return i;
            }

            i++;
        }

        return -1;
    }

    /// <summary>
    /// The union of the tags of the strings of two or more units that start at <paramref name="at"/>; with
    /// <paramref name="firstOnly"/>, the tags of the first one found (non-zero exactly when one starts there).
    /// </summary>
    private ulong MultiTagsAt(ReadOnlySpan<char> text, int at, bool firstOnly)
    {
        ulong tags = 0;
        int rest = text.Length - at;
        if (rest >= 4)
        {
            ulong quad = ReadQuad(text, at);
            int slot = (int)(QuadHash(quad, _quadShift) >> SlotShift);
            int end = _quadSlots[slot + 1];
            for (int c = _quadSlots[slot]; c < end; c++)
            {
                // The 64-bit prefix rules out nearly every candidate before the string is touched.
                if (_quadPrefixes[c] != quad)
                {
                    continue;
                }

                // Then the next four units (as many as the string has), then the rest of a longer string.
                string value = _quadStrings[c];
                bool match = rest >= 8
                    ? (ReadQuad(text, at + 4) & _quadSecondMasks[c]) == _quadSeconds[c]
                        && (value.Length <= 8 || (value.Length <= rest && text.Slice(at + 8, value.Length - 8).SequenceEqual(value.AsSpan(8))))
                    : value.Length <= rest && text.Slice(at + 4, value.Length - 4).SequenceEqual(value.AsSpan(4));
                if (match)
                {
                    tags |= _quadTags[c];
                    if (firstOnly)
                    {
                        return tags;
                    }
                }
            }
        }

        if (rest >= 2 && _pairStrings.Length > 0)
        {
            uint pair = ReadPair(text, at);
            int slot = (int)(PairHash(pair, _pairShift) >> SlotShift);
            int end = _pairSlots[slot + 1];
            for (int c = _pairSlots[slot]; c < end; c++)
            {
                if (_pairPrefixes[c] != pair)
                {
                    continue;
                }

                string value = _pairStrings[c];
                if (value.Length <= rest && (value.Length == 2 || text[at + 2] == value[2]))
                {
                    tags |= _pairTags[c];
                    if (firstOnly)
                    {
                        return tags;
                    }
                }
            }
        }

        return tags;
    }

    private static List<(string Value, ulong Tag)> Tagged(ReadOnlySpan<string> values)
    {
        var list = new List<(string Value, ulong Tag)>(values.Length);
        foreach (string value in values)
        {
            list.Add((value, 1UL));
        }

        return list;
    }

    private static ulong ReadQuad(string value, int at) => ReadQuad(value.AsSpan(), at);

    /// <summary>Units 4 to 7 of a string of four or more (fewer when it is shorter) as a word, with the mask of the units it has.</summary>
    private static (ulong Second, ulong Mask) SecondQuad(string value)
    {
        Span<char> units = stackalloc char[4];
        Span<char> mask = stackalloc char[4];
        units.Clear();
        mask.Clear();
        int count = Math.Min(4, value.Length - 4);
        value.AsSpan(4, count).CopyTo(units);
        mask[..count].Fill('\uFFFF');
        return (ReadQuad(units, 0), ReadQuad(mask, 0));
    }

    private static ulong ReadPair(string value, int at) => ReadPair(value.AsSpan(), at);
}
