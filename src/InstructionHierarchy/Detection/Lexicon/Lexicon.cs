using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace InstructionHierarchy.Detection.Lexicon;

/// <summary>
/// A set of anchor phrases, each tagged with a <see cref="Cue"/>, found in one pass over a folded view: the words of a
/// space-delimited script are located with vector operations and each is looked up once in a hash table keyed by the
/// word (and, for a phrase of several words, by the characters that follow it); a multi-string search
/// (<see cref="AnchorSearch"/>) finds only the phrases that start otherwise (Chinese, Japanese, Thai, punctuation…);
/// candidates are then checked at the hit.
/// </summary>
/// <remarks>
/// <para>Phrases are written folded (lower case, single spaces). A trailing <c>*</c> makes a phrase a stem (no word
/// boundary needed after it). Phrases that start or end with a letter of a script written with spaces between words
/// (Latin, Greek, Cyrillic) need a word boundary there; phrases in Chinese, Japanese, Korean, Thai, Arabic and
/// Devanagari are plain substrings, because those scripts attach particles, clitics and vowel signs to the word. An apostrophe also matches the typographic one (’).</para>
/// <para>A phrase that needs a word boundary before it can only start where a word starts, and its first word (its
/// head) is either the whole word of the text there or, for a stem or a phrase without a boundary after it, a prefix of
/// that word. So the scan first marks the word characters of a block of text in a bitmap (vector compares, 64
/// characters at a time), then visits each word start once: the word is keyed in constant time (its first and last four
/// characters and its length), a phrase of several words also by the three characters after its head ("the model" is
/// only checked where "the" is followed by " mo"), and stems by their length after a filter on their first characters.
/// A 64-Kbit filter keeps most words of ordinary prose off the table, and only the phrases of the bucket are compared.
/// Hits at one position keep the order of the phrases (longest first).</para>
/// <para>Work is linear in the text: one pass over the words, one search for the other phrases, and at each hit a check
/// of the few phrases that share its key. Nothing is allocated beyond the hits.</para>
/// </remarks>
internal sealed class Lexicon
{
    private const int FilterBits = 1 << 16;
    private const int StemFilterBits = 1 << 12;
    private const int NextKeyLength = 3;
    private const int MaxHead = 63;
    private const int SegmentBlocks = 64;
    private const ulong KeyFirst = 0x9E3779B97F4A7C15UL;
    private const ulong KeyLast = 0xC2B2AE3D27D4EB4FUL;
    private const ulong KeyNext = 0x165667B19E3779F9UL;
    private const ulong KeyMix = 0xD6E8FEB86659FD93UL;

    private readonly AnchorSearch? _otherSearch;
    private readonly Dictionary<char, Entry[]> _byFirst;
    private readonly ulong[] _filter = new ulong[FilterBits / 64];
    private readonly ulong[] _stemFilter = new ulong[StemFilterBits / 64];
    private readonly ulong[] _headFilter = new ulong[FilterBits / 64];
    private readonly ulong[] _keys;
    private readonly int[] _bucketStart;
    private readonly int[] _bucketEnd;
    private readonly Entry[] _entries;
    private readonly int _slotMask;
    private readonly ulong _prefixLengths;
    private readonly int _stemKeyLength;
    private readonly ulong _stemKeyMask;
    private readonly int _longestHead;

    /// <summary>Initializes a new lexicon.</summary>
    /// <param name="entries">The phrases with their cues.</param>
    /// <exception cref="ArgumentException">A phrase starts with a word longer than 63 characters.</exception>
    public Lexicon(IEnumerable<(Cue Cue, string Phrase)> entries)
    {
        var unique = new Dictionary<(Cue, string), Entry>();
        foreach ((Cue cue, string raw) in entries)
        {
            string phrase = raw.Trim();
            bool stem = phrase.EndsWith('*');
            if (stem)
            {
                phrase = phrase[..^1];
            }

            if (phrase.Length == 0)
            {
                continue;
            }

            phrase = phrase.ToLowerInvariant();
            Add(unique, cue, phrase, stem);
            if (phrase.Contains('\''))
            {
                Add(unique, cue, phrase.Replace('\'', '\u2019'), stem);
            }
        }

        var byFirst = new Dictionary<char, List<Entry>>();
        foreach (Entry entry in unique.Values)
        {
            if (!byFirst.TryGetValue(entry.Phrase[0], out List<Entry>? list))
            {
                byFirst[entry.Phrase[0]] = list = [];
            }

            list.Add(entry);
        }

        // Phrases that start a word of a space-delimited script are found by keying the words of the text; the others
        // (Chinese, Japanese, Thai, punctuation…) by a multi-string search. The order of the candidates at one position
        // (longest first) is the rank of an entry among the phrases with its first character.
        var others = new HashSet<string>(StringComparer.Ordinal);
        var buckets = new Dictionary<ulong, List<Entry>>();
        var frozen = new Dictionary<char, Entry[]>(byFirst.Count);
        int shortestPrefix = int.MaxValue;
        var prefixes = new List<Entry>();
        foreach ((char first, List<Entry> list) in byFirst)
        {
            list.Sort(static (a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
            for (int rank = 0; rank < list.Count; rank++)
            {
                Entry entry = list[rank] with { Rank = rank };
                list[rank] = entry;
                if (!entry.StartBoundary)
                {
                    others.Add(entry.Phrase);
                    continue;
                }

                int head = 0;
                while (head < entry.Phrase.Length && IsWordChar(entry.Phrase[head]))
                {
                    head++;
                }

                if (head > MaxHead)
                {
                    throw new ArgumentException($"The first word of the phrase \"{entry.Phrase}\" is longer than {MaxHead} characters.", nameof(entries));
                }

                _longestHead = Math.Max(_longestHead, head);
                ReadOnlySpan<char> phrase = entry.Phrase;
                ulong key;
                if (head == entry.Phrase.Length && !entry.EndBoundary)
                {
                    // The phrase is a word prefix (a stem, or a word that needs no boundary after it).
                    _prefixLengths |= 1UL << head;
                    shortestPrefix = Math.Min(shortestPrefix, head);
                    prefixes.Add(entry);
                    key = Key(phrase, 0, head, KeyKind.Prefix);
                }
                else if (entry.Phrase.Length - head >= NextKeyLength)
                {
                    key = Key(phrase, 0, head, KeyKind.WordAndNext);
                }
                else
                {
                    key = Key(phrase, 0, head, KeyKind.Word);
                }

                SetBit(_filter, FilterBit(key));
                if (!(head == entry.Phrase.Length && !entry.EndBoundary))
                {
                    SetBit(_headFilter, FilterBit(Finish(WordHash(phrase, 0, head), KeyKind.Head, head)));
                }

                if (!buckets.TryGetValue(key, out List<Entry>? bucket))
                {
                    buckets[key] = bucket = [];
                }

                bucket.Add(entry);
            }

            frozen[first] = [.. list];
        }

        // Stems are looked up only in words whose first characters begin one.
        _stemKeyLength = prefixes.Count == 0 ? 0 : Math.Min(4, shortestPrefix);
        _stemKeyMask = _stemKeyLength >= 4 ? ulong.MaxValue : (1UL << (_stemKeyLength << 4)) - 1;
        foreach (Entry entry in prefixes)
        {
            SetBit(_stemFilter, StemBit(Pack(entry.Phrase, 0, _stemKeyLength)));
        }

        // Open addressing at a load of at most one half; the entries of a bucket lie together.
        int slots = 16;
        while (slots < buckets.Count * 2)
        {
            slots *= 2;
        }

        _keys = new ulong[slots];
        _slotMask = slots - 1;
        var flat = new List<Entry>(unique.Count);
        var starts = new int[slots];
        var ends = new int[slots];
        foreach ((ulong key, List<Entry> bucket) in buckets)
        {
            int slot = (int)(key >> 40) & _slotMask;
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & _slotMask;
            }

            _keys[slot] = key;
            starts[slot] = flat.Count;
            flat.AddRange(bucket);
            ends[slot] = flat.Count;
        }

        _entries = [.. flat];
        _bucketStart = starts;
        _bucketEnd = ends;
        _otherSearch = others.Count > 0 ? new AnchorSearch([.. others]) : null;
        _byFirst = frozen;
        Count = unique.Count;
    }

    /// <summary>Gets the number of distinct (cue, phrase) entries.</summary>
    public int Count { get; }

    /// <summary>Finds every anchor in <paramref name="text"/>, in order of position, and appends them to <paramref name="hits"/>.</summary>
    /// <param name="text">A folded view.</param>
    /// <param name="hits">Where the hits go.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Scan(ReadOnlySpan<char> text, ref CueHitBuffer hits)
    {
        var others = default(CueHitBuffer);
        try
        {
            ScanOthers(text, ref others);
            ReadOnlySpan<CueHit> pending = others.Items;
            int nextOther = 0;
            int n = text.Length;
            Span<ulong> masks = stackalloc ulong[SegmentBlocks + 1];
            for (int segment = 0; segment < n; segment += SegmentBlocks * 64)
            {
                // The word characters of the segment and of one block after it (a word that starts in the segment is
                // known to the 64th character after the segment's end, farther than any head reaches).
                int blocks = (Math.Min(n - segment, SegmentBlocks * 64) + 63) >> 6;
                WordMasks(text, segment, masks[..(blocks + 1)]);
                ulong carry = segment > 0 && IsWordCharFast(text[segment - 1]) ? 1UL : 0UL;
                for (int k = 0; k < blocks; k++)
                {
                    ulong word = masks[k];
                    ulong starts = word & ~((word << 1) | carry);
                    carry = word >> 63;
                    while (starts != 0)
                    {
                        int bit = BitOperations.TrailingZeroCount(starts);
                        starts &= starts - 1;
                        int start = segment + (k << 6) + bit;
                        char first = text[start];
                        if (first < 0x80 ? first == '_' : !IsSpacedScriptLetter(first))
                        {
                            // No phrase of the keyed scripts starts here (a word of Chinese, Thai…).
                            continue;
                        }

                        int length = BitOperations.TrailingZeroCount(~(word >> bit));
                        if (length == 64 - bit)
                        {
                            length = Math.Min(64, length + BitOperations.TrailingZeroCount(~masks[k + 1]));
                        }

                        if (MayStartPhrase(text, start, length))
                        {
                            nextOther = ScanWord(text, start, length, pending, nextOther, ref hits);
                        }
                    }
                }
            }

            Flush(pending, nextOther, int.MaxValue, ref hits);
        }
        finally
        {
            others.Release();
        }
    }

    /// <summary>Whether the filters let the word at <paramref name="start"/> through: most words of ordinary prose stop here.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayStartPhrase(ReadOnlySpan<char> text, int start, int length)
    {
        int longestHead = _longestHead;
        ulong first = Pack(text, start, Math.Min(4, length));
        if ((_prefixLengths & ((2UL << Math.Min(length, longestHead)) - 1)) != 0 && HasBit(_stemFilter, StemBit(first & _stemKeyMask)))
        {
            return true;
        }

        if (length > longestHead)
        {
            return false;
        }

        // Most words of prose are no phrase's first word; of those that are ("the", "for"), most are not followed by the
        // start of the rest of one.
        ulong hash = first * KeyFirst;
        if (length > 4)
        {
            hash ^= Pack(text, start + length - 4, 4) * KeyLast;
        }

        ulong[] filter = _filter;
        return HasBit(_headFilter, FilterBit(Finish(hash, KeyKind.Head, length)))
            && (HasBit(filter, FilterBit(Finish(hash, KeyKind.Word, length)))
                || (start + length + NextKeyLength <= text.Length && HasBit(filter, FilterBit(Finish(hash ^ (Pack(text, start + length, NextKeyLength) * KeyNext), KeyKind.WordAndNext, length)))));
    }

    /// <summary>Looks up the phrases that can start with the word at <paramref name="start"/> and checks them.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">The word start.</param>
    /// <param name="length">The word length, or 64 for any longer word.</param>
    /// <param name="pending">The hits of the other phrases, in order.</param>
    /// <param name="nextOther">The first of them not yet moved to <paramref name="hits"/>.</param>
    /// <param name="hits">Where the hits go.</param>
    /// <returns>The new <paramref name="nextOther"/>.</returns>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int ScanWord(ReadOnlySpan<char> text, int start, int length, ReadOnlySpan<CueHit> pending, int nextOther, ref CueHitBuffer hits)
    {
        // The other phrases' hits before this position go first.
        nextOther = Flush(pending, nextOther, start, ref hits);
        int found = hits.Count;
        int reach = Math.Min(length, _longestHead);

        // Stems (and words without a boundary after them) of every length up to the word's, behind a filter on the first characters.
        ulong stemLengths = _prefixLengths & ((2UL << reach) - 1);
        if (stemLengths != 0 && HasBit(_stemFilter, StemBit(Pack(text, start, _stemKeyLength))))
        {
            while (stemLengths != 0)
            {
                int stem = BitOperations.TrailingZeroCount(stemLengths);
                stemLengths &= stemLengths - 1;
                Lookup(text, start, Key(text, start, stem, KeyKind.Prefix), ref hits);
            }
        }

        if (length <= _longestHead)
        {
            Lookup(text, start, Key(text, start, length, KeyKind.Word), ref hits);
            if (start + length + NextKeyLength <= text.Length)
            {
                Lookup(text, start, Key(text, start, length, KeyKind.WordAndNext), ref hits);
            }
        }

        if (hits.Count - found > 1)
        {
            hits.SortTail(found, static (a, b) => a.Rank.CompareTo(b.Rank));
        }

        return nextOther;
    }

    /// <summary>Checks the phrases of the bucket with <paramref name="key"/>, if there is one.</summary>
    private void Lookup(ReadOnlySpan<char> text, int start, ulong key, ref CueHitBuffer hits)
    {
        if (!HasBit(_filter, FilterBit(key)))
        {
            return;
        }

        int slot = (int)(key >> 40) & _slotMask;
        ulong[] keys = _keys;
        while (keys[slot] != key)
        {
            if (keys[slot] == 0)
            {
                return;
            }

            slot = (slot + 1) & _slotMask;
        }

        Match(text, start, _entries.AsSpan(_bucketStart[slot], _bucketEnd[slot] - _bucketStart[slot]), ref hits);
    }

    /// <summary>Marks the word characters of 64-character blocks from <paramref name="from"/> (bit <c>j</c> of block <c>k</c>
    /// is the character at <c>from + 64k + j</c>; past the end of the text, none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void WordMasks(ReadOnlySpan<char> text, int from, Span<ulong> masks)
    {
        ref ushort origin = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        for (int k = 0; k < masks.Length; k++)
        {
            int block = from + (k << 6);
            ulong word = 0;
            if (block + 64 <= text.Length && Vector128.IsHardwareAccelerated)
            {
                ulong high = 0;
                for (int v = 0; v < 64; v += 16)
                {
                    Vector128<ushort> a = Vector128.LoadUnsafe(ref origin, (nuint)(block + v));
                    Vector128<ushort> b = Vector128.LoadUnsafe(ref origin, (nuint)(block + v + 8));
                    Vector128<byte> wordChars = Vector128.Narrow(AsciiWordChars(a), AsciiWordChars(b));
                    Vector128<byte> nonAscii = Vector128.Narrow(Vector128.GreaterThan(a, Vector128.Create((ushort)0x7F)), Vector128.GreaterThan(b, Vector128.Create((ushort)0x7F)));
                    word |= (ulong)wordChars.ExtractMostSignificantBits() << v;
                    high |= (ulong)nonAscii.ExtractMostSignificantBits() << v;
                }

                while (high != 0)
                {
                    int bit = BitOperations.TrailingZeroCount(high);
                    high &= high - 1;
                    if (IsWordChar(text[block + bit]))
                    {
                        word |= 1UL << bit;
                    }
                }
            }
            else
            {
                int end = Math.Min(text.Length, block + 64);
                for (int i = block; i < end; i++)
                {
                    if (IsWordCharFast(text[i]))
                    {
                        word |= 1UL << (i - block);
                    }
                }
            }

            masks[k] = word;
        }
    }

    /// <summary>ASCII letters, digits and the underscore, as all-ones lanes (non-ASCII lanes are zero).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> AsciiWordChars(Vector128<ushort> chars)
    {
        Vector128<ushort> letter = Vector128.LessThan((chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26));
        Vector128<ushort> digit = Vector128.LessThan(chars - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10));
        Vector128<ushort> underscore = Vector128.Equals(chars, Vector128.Create((ushort)'_'));
        return (letter | digit | underscore) & Vector128.LessThan(chars, Vector128.Create((ushort)0x80));
    }

    /// <summary>Keys a word (or a word prefix) of <paramref name="length"/> characters at <paramref name="start"/> in constant
    /// time: its first four characters, its last four, its length, the kind of lookup and, for a phrase of several words,
    /// the three characters after it. Different kinds or lengths never share a key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Key(ReadOnlySpan<char> text, int start, int length, KeyKind kind)
    {
        ulong hash = WordHash(text, start, length);
        if (kind == KeyKind.WordAndNext)
        {
            hash ^= Pack(text, start + length, NextKeyLength) * KeyNext;
        }

        return Finish(hash, kind, length);
    }

    /// <summary>The unmixed hash of a word: its first four characters and its last four.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong WordHash(ReadOnlySpan<char> text, int start, int length)
    {
        ulong hash = Pack(text, start, Math.Min(4, length)) * KeyFirst;
        return length > 4 ? hash ^ (Pack(text, start + length - 4, 4) * KeyLast) : hash;
    }

    /// <summary>Mixes a hash and tags it with the kind and the length, so that different kinds or lengths never share a key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Finish(ulong hash, KeyKind kind, int length)
    {
        ulong tag = ((ulong)kind << 6) | (uint)length;
        return (((hash ^ tag) * KeyMix) & ~0xFFUL) | tag;
    }

    /// <summary>Packs up to four characters into the low bits of a number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Pack(ReadOnlySpan<char> text, int start, int count)
    {
        if (start + 4 <= text.Length)
        {
            ulong four = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), start)));
            return count >= 4 ? four : four & ((1UL << (count << 4)) - 1);
        }

        ulong packed = 0;
        for (int i = 0; i < count; i++)
        {
            packed |= (ulong)text[start + i] << (i << 4);
        }

        return packed;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FilterBit(ulong key) => (int)(key >> 48);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int StemBit(ulong packed) => (int)((packed * KeyMix) >> 52);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool HasBit(ulong[] bits, int bit) => (bits[bit >> 6] & (1UL << bit)) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SetBit(ulong[] bits, int bit) => bits[bit >> 6] |= 1UL << bit;

    /// <summary>Gets a value indicating whether a character continues a word of a script written with spaces.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for letters, digits and combining marks.</returns>
    internal static bool IsWordChar(char c) =>
        c < 0x80 ? char.IsAsciiLetterOrDigit(c) || c == '_' : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>Gets a value indicating whether a character belongs to a script whose words are separated by spaces.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSpacedScriptLetter(char c) =>
        (c < 0x0590 && char.IsLetterOrDigit(c)) || c is >= '\u1E00' and <= '\u1EFF';

    /// <summary>The pipeline's own redaction markers ("[redacted: jailbreak]") name a category; they are not an instruction.</summary>
    private static bool IsInsideMarker(ReadOnlySpan<char> text, int i)
    {
        const string Marker = "[redacted: ";
        return i >= Marker.Length && text[(i - Marker.Length)..i].SequenceEqual(Marker);
    }

    /// <summary>Finds the phrases that start with a character other than a letter of a space-delimited script.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ScanOthers(ReadOnlySpan<char> text, ref CueHitBuffer hits)
    {
        if (_otherSearch is null)
        {
            return;
        }

        int offset = 0;
        while (offset < text.Length)
        {
            int at = _otherSearch.IndexOfAny(text[offset..]);
            if (at < 0)
            {
                return;
            }

            int i = offset + at;
            if (_byFirst.TryGetValue(text[i], out Entry[]? candidates))
            {
                Match(text, i, candidates, ref hits);
            }

            offset = i + 1;
        }
    }

    /// <summary>Checks candidate entries at one position, in their order, and appends the ones that match.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Match(ReadOnlySpan<char> text, int i, ReadOnlySpan<Entry> candidates, ref CueHitBuffer hits)
    {
        if (IsInsideMarker(text, i))
        {
            return;
        }

        ReadOnlySpan<char> rest = text[i..];
        foreach (Entry entry in candidates)
        {
            if (rest.StartsWith(entry.Phrase, StringComparison.Ordinal)
                && (!entry.StartBoundary || i == 0 || !IsWordChar(text[i - 1]))
                && (!entry.EndBoundary || i + entry.Phrase.Length >= text.Length || !IsWordChar(text[i + entry.Phrase.Length])))
            {
                int length = entry.Phrase.Length;
                if (entry.Stem)
                {
                    // A stem covers the whole word it starts ("instruction*" covers "instructions").
                    while (i + length < text.Length && length < 64 && IsWordChar(text[i + length]))
                    {
                        length++;
                    }
                }

                hits.Add(new CueHit(entry.Cue, i, length) { Rank = entry.Rank });
            }
        }
    }

    /// <summary>Moves the pending hits that start before <paramref name="before"/> into <paramref name="hits"/>.</summary>
    private static int Flush(ReadOnlySpan<CueHit> pending, int next, int before, ref CueHitBuffer hits)
    {
        while (next < pending.Length && pending[next].Start < before)
        {
            hits.Add(pending[next++]);
        }

        return next;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordCharFast(char c) => c < 0x80 ? (uint)((c | 0x20) - 'a') < 26 || (uint)(c - '0') < 10 || c == '_' : IsWordChar(c);

    private static void Add(Dictionary<(Cue, string), Entry> unique, Cue cue, string phrase, bool stem) =>
        unique[(cue, phrase)] = new Entry(phrase, cue, IsSpacedScriptLetter(phrase[0]), !stem && IsSpacedScriptLetter(phrase[^1]), stem && IsSpacedScriptLetter(phrase[^1]), 0);

    /// <summary>What a key looks up: any phrase's first word (a filter only), a whole word that is a phrase or starts one of
    /// a few more characters, a word and the three characters after it (a phrase of several words), or a word prefix (a stem).</summary>
    private enum KeyKind
    {
        Head = 0,
        Word = 1,
        WordAndNext = 2,
        Prefix = 3,
    }

    private sealed record Entry(string Phrase, Cue Cue, bool StartBoundary, bool EndBoundary, bool Stem, int Rank);
}
