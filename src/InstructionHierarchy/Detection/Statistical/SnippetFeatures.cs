using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace InstructionHierarchy.Detection.Statistical;

/// <summary>
/// Turns a stretch of folded text into hashed features for <see cref="InstructionClassifierModel"/>: word unigrams, word
/// bigrams and a five-letter stem of long words (inflected languages); ideographs, kana, hangul and Thai letters count as
/// one-character tokens, so their bigrams are character bigrams (no word segmentation needed).
/// </summary>
/// <remarks>The trainer (<c>eng/ClassifierTrainer</c>) and the detector share this code, so a model always sees features made
/// the same way. No allocation: the caller passes the buffer.</remarks>
internal static class SnippetFeatures
{
    /// <summary>The number of hash buckets is 2^<see cref="BucketBits"/>.</summary>
    public const int BucketBits = 17;

    /// <summary>The number of hash buckets.</summary>
    public const int Buckets = 1 << BucketBits;

    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;
    private const uint BigramSeed = 0x9E3779B9;
    private const uint StemSeed = 0x85EBCA6B;
    private const int StemLength = 5;

    /// <summary>Writes the feature buckets of <paramref name="text"/> into <paramref name="buckets"/>.</summary>
    /// <param name="text">Folded text (lower case, homoglyphs folded).</param>
    /// <param name="buckets">Receives bucket indices; features beyond its length are dropped.</param>
    /// <returns>The number of features written.</returns>
    public static int Collect(ReadOnlySpan<char> text, Span<int> buckets)
    {
        var sink = new BufferSink(buckets);
        return Collect(text, buckets.Length, ref sink);
    }

    /// <summary>Passes the feature buckets of <paramref name="text"/> to <paramref name="sink"/>, exactly those that
    /// <see cref="Collect(ReadOnlySpan{char}, Span{int})"/> writes into a buffer of <paramref name="capacity"/>.</summary>
    /// <param name="text">Folded text (lower case, homoglyphs folded).</param>
    /// <param name="capacity">The most features to produce; features beyond it are dropped.</param>
    /// <param name="sink">Receives the features.</param>
    /// <returns>The number of features produced.</returns>
    public static int Collect<TSink>(ReadOnlySpan<char> text, int capacity, ref TSink sink)
        where TSink : IFeatureSink, allows ref struct
        => Avx2.IsSupported ? CollectBatched(text, capacity, ref sink) : CollectScalar(text, capacity, ref sink);

    /// <summary>The records of one batch of words (see <see cref="CollectBatched"/>).</summary>
    private const int Batch = 32;

    /// <summary>
    /// <see cref="CollectScalar"/> in two steps per batch of up to <see cref="Batch"/> words: the words are found and hashed
    /// (lower-case ASCII words by <see cref="TryHashLowerWord"/>), then the hashes are mixed into buckets eight at a time
    /// with vector multiplies, laid out in the order of <see cref="CollectScalar"/> (stem, word, pair with the word before)
    /// without a branch, and passed to the sink up to <paramref name="capacity"/>.
    /// </summary>
    [SkipLocalsInit] // every record and feature is written before it is read; lanes past the last record are not used
    private static int CollectBatched<TSink>(ReadOnlySpan<char> text, int capacity, ref TSink sink)
        where TSink : IFeatureSink, allows ref struct
    {
        Span<uint> values = stackalloc uint[Batch];   // what the word feature mixes: the word hash, or an ideograph
        Span<uint> seeds = stackalloc uint[Batch];    // and with which seed
        Span<uint> stems = stackalloc uint[Batch];
        Span<int> kinds = stackalloc int[Batch];      // bit 0: has a stem feature; bit 1: pairs with the word before
        Span<uint> words = stackalloc uint[Batch];
        Span<uint> pairs = stackalloc uint[Batch + 1]; // Mix(word before, BigramSeed), shifted one on
        Span<int> features = stackalloc int[3 * Batch];
        int count = 0;
        uint previous = 0;
        bool hasPrevious = false;
        int i = 0;
        while (i < text.Length && count < capacity)
        {
            int n = 0;
            while (n < Batch && i < text.Length)
            {
                char c = text[i];
                CharKind kind;
                if ((uint)(c - 'a') <= 'z' - 'a' && text.Length - i >= WordBlock
                    && TryHashLowerWord(text, i, out int length, out uint hash, out uint stem))
                {
                    i += length;
                    if (length == 1)
                    {
                        hasPrevious = false;
                        continue;
                    }

                    values[n] = hash;
                    seeds[n] = FnvPrime;
                    stems[n] = stem;
                    kinds[n] = (length > StemLength + 1 ? 1 : 0) | (hasPrevious ? 2 : 0);

                    // The space after the word, as the general path below passes over it (a space is not a break).
                    if (i < text.Length && text[i] == ' ')
                    {
                        i++;
                        if (i < text.Length && text[i] == ' ')
                        {
                            i++;
                        }
                    }
                }
                else if ((kind = KindOf(text, i)) == CharKind.Syllabic)
                {
                    values[n] = c;
                    seeds[n] = FnvOffset;
                    kinds[n] = hasPrevious ? 2 : 0;
                    i++;
                }
                else if (kind is CharKind.Letter or CharKind.Digit)
                {
                    int start = i;
                    hash = HashWord(text, ref i, kind, out stem, out bool digits);
                    if (digits || i - start == 1)
                    {
                        hasPrevious = false;
                        continue;
                    }

                    values[n] = hash;
                    seeds[n] = FnvPrime;
                    stems[n] = stem;
                    kinds[n] = (i - start > StemLength + 1 ? 1 : 0) | (hasPrevious ? 2 : 0);
                }
                else
                {
                    if (kind == CharKind.Break)
                    {
                        hasPrevious = false;
                    }

                    i++;
                    if (i < text.Length && text[i] == ' ')
                    {
                        i++;
                    }

                    continue;
                }

                n++;
                hasPrevious = true;
            }

            if (n == 0)
            {
                break;
            }

            // Mix eight words at a time (lanes past n mix leftovers and are not used).
            pairs[0] = Mix(previous, BigramSeed);
            ref uint value0 = ref MemoryMarshal.GetReference(values);
            ref uint seed0 = ref MemoryMarshal.GetReference(seeds);
            ref uint stem0 = ref MemoryMarshal.GetReference(stems);
            ref uint word0 = ref MemoryMarshal.GetReference(words);
            ref uint pair0 = ref MemoryMarshal.GetReference(pairs);
            for (int k = 0; k < n; k += Vector256<uint>.Count)
            {
                Vector256<uint> word = Mix(Vector256.LoadUnsafe(ref value0, (nuint)k), Vector256.LoadUnsafe(ref seed0, (nuint)k));
                word.StoreUnsafe(ref word0, (nuint)k);
                Mix(word, Vector256.Create(BigramSeed)).StoreUnsafe(ref pair0, (nuint)(k + 1));
            }

            int p = 0;
            ref int feature0 = ref MemoryMarshal.GetReference(features);
            for (int k = 0; k < n; k += Vector256<uint>.Count)
            {
                Vector256<uint> word = Vector256.LoadUnsafe(ref word0, (nuint)k);
                Vector256<int> stemBuckets = Bucket(Mix(Vector256.LoadUnsafe(ref stem0, (nuint)k), Vector256.Create(StemSeed)));
                Vector256<int> wordBuckets = Bucket(word);
                Vector256<int> pairBuckets = Bucket(Vector256.LoadUnsafe(ref pair0, (nuint)k) ^ word);
                int lanes = Math.Min(Vector256<uint>.Count, n - k);
                for (int l = 0; l < lanes; l++)
                {
                    int kind = kinds[k + l];
                    Unsafe.Add(ref feature0, p) = stemBuckets.GetElement(l);
                    p += kind & 1;
                    Unsafe.Add(ref feature0, p) = wordBuckets.GetElement(l);
                    p++;
                    Unsafe.Add(ref feature0, p) = pairBuckets.GetElement(l);
                    p += kind >> 1;
                }
            }

            previous = words[n - 1];
            int take = Math.Min(p, capacity - count);
            sink.AddRange(features[..take]);

            count += take;
        }

        return count;
    }

    /// <summary>The feature extraction one word at a time: the reference for <see cref="CollectBatched"/>, and the path
    /// without AVX2.</summary>
    internal static int CollectScalar<TSink>(ReadOnlySpan<char> text, int capacity, ref TSink sink)
        where TSink : IFeatureSink, allows ref struct
    {
        int count = 0;
        uint previous = 0;
        bool hasPrevious = false;
        int i = 0;
        while (i < text.Length && count < capacity)
        {
            char c = text[i];
            uint hash;
            CharKind kind;
            if ((kind = KindOf(text, i)) == CharKind.Syllabic)
            {
                hash = Mix(c, FnvOffset);
                i++;
            }
            else if (kind is CharKind.Letter or CharKind.Digit)
            {
                int start = i;
                hash = HashWord(text, ref i, kind, out uint stem, out bool digits);

                // Numbers, codes and identifiers (tables, prices, dates, hashes) and single letters ("u.s.", initials,
                // list markers) say nothing about intent: skip them, and do not pair the words around them.
                if (digits || i - start == 1)
                {
                    hasPrevious = false;
                    continue;
                }

                hash = Mix(hash, FnvPrime);
                if (i - start > StemLength + 1)
                {
                    sink.Add(Bucket(Mix(stem, StemSeed)));
                    if (++count == capacity)
                    {
                        break;
                    }
                }
            }
            else
            {
                // A sentence break ends the bigram chain; other punctuation and spaces do not.
                if (kind == CharKind.Break)
                {
                    hasPrevious = false;
                }

                i++;

                // Fast path: skip single spaces between words without classifying them.
                if (i < text.Length && text[i] == ' ')
                {
                    i++;
                }

                continue;
            }

            sink.Add(Bucket(hash));
            count++;
            if (hasPrevious && count < capacity)
            {
                sink.Add(Bucket(Mix(previous, BigramSeed) ^ hash));
                count++;
            }

            previous = hash;
            hasPrevious = true;
        }

        return count;
    }

    /// <summary>The characters hashed at once by <see cref="TryHashLowerWord"/>.</summary>
    private const int WordBlock = 16;

    /// <summary>Per-lane rotations 5 × (15 − k) mod 32 of the <see cref="WordBlock"/> characters: lanes 0–7 and 8–15.</summary>
    private static ReadOnlySpan<uint> WordRotations => [11, 6, 1, 28, 23, 18, 13, 8, 3, 30, 25, 20, 15, 10, 5, 0];

    /// <summary>32 minus <see cref="WordRotations"/>: the right shifts that complete the rotations (32 shifts out everything).</summary>
    private static ReadOnlySpan<uint> WordCarries => [21, 26, 31, 4, 9, 14, 19, 24, 29, 2, 7, 12, 17, 22, 27, 32];

    /// <summary>
    /// The word hash and five-letter stem hash of the word of lower-case ASCII letters at <paramref name="start"/>, without a
    /// per-letter loop: exactly what the general path computes, letter by letter, as h = rotl(h, 5) ^ c from the FNV offset.
    /// Rotation distributes over XOR, so after L letters h = rotl(offset, 5L) ^ XOR over k &lt; L of rotl(c_k, 5(L − 1 − k)),
    /// which is rotr(G, 5(16 − L)) with G = XOR over k &lt; L of rotl(c_k, 5(15 − k)): fixed per-lane rotations, one vector
    /// XOR reduction and one scalar rotation. Declines (returns false) when the letters run 16 characters or more or end
    /// at a character that may continue the word (an upper-case or non-ASCII letter, a digit, an apostrophe, a mark), which
    /// the general path handles.
    /// </summary>
    /// <param name="text">The text; at least <see cref="WordBlock"/> characters from <paramref name="start"/>.</param>
    /// <param name="start">The first letter of the word (lower-case ASCII).</param>
    /// <param name="length">The length of the word.</param>
    /// <param name="hash">The word hash, before the final <see cref="Mix(uint, uint)"/>.</param>
    /// <param name="stem">The hash of the first five letters (meaningful when the word has five or more).</param>
    /// <returns><see langword="true"/> when the word was hashed here.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryHashLowerWord(ReadOnlySpan<char> text, int start, out int length, out uint hash, out uint stem)
    {
        ref ushort first = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), start));
        Vector256<ushort> chars = Vector256.LoadUnsafe(ref first);
        uint letters = Vector256.LessThanOrEqual(chars - Vector256.Create((ushort)'a'), Vector256.Create((ushort)('z' - 'a'))).ExtractMostSignificantBits();
        length = BitOperations.TrailingZeroCount(~letters);
        char next = text[start + Math.Min(length, WordBlock - 1)];
        if (length >= WordBlock || next >= 128 || AsciiKinds[next] is not ((byte)CharKind.Other or (byte)CharKind.Break))
        {
            hash = stem = 0;
            return false;
        }

        ref uint rotations = ref MemoryMarshal.GetReference(WordRotations);
        Vector256<uint> rotateLow = Vector256.LoadUnsafe(ref rotations);
        Vector256<uint> rotateHigh = Vector256.LoadUnsafe(ref rotations, 8);
        ref uint carries = ref MemoryMarshal.GetReference(WordCarries);
        (Vector256<uint> low, Vector256<uint> high) = Vector256.Widen(chars);
        low = Avx2.ShiftLeftLogicalVariable(low, rotateLow) | Avx2.ShiftRightLogicalVariable(low, Vector256.LoadUnsafe(ref carries));
        high = Avx2.ShiftLeftLogicalVariable(high, rotateHigh) | Avx2.ShiftRightLogicalVariable(high, Vector256.LoadUnsafe(ref carries, 8));
        Vector256<uint> count = Vector256.Create((uint)length);
        Vector256<uint> indices = Vector256<uint>.Indices;
        Vector256<uint> word = (low & Vector256.LessThan(indices, count)) ^ (high & Vector256.LessThan(indices + Vector256.Create(8u), count));
        Vector256<uint> five = low & Vector256.LessThan(indices, Vector256.Create((uint)StemLength));
        hash = BitOperations.RotateLeft(FnvOffset, 5 * length) ^ BitOperations.RotateRight(XorLanes(word), 5 * (WordBlock - length));
        stem = BitOperations.RotateLeft(FnvOffset, 5 * StemLength) ^ BitOperations.RotateRight(XorLanes(five), 5 * (WordBlock - StemLength));
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint XorLanes(Vector256<uint> lanes)
    {
        Vector128<uint> x = lanes.GetLower() ^ lanes.GetUpper();
        x ^= Vector128.Shuffle(x, Vector128.Create(2u, 3, 0, 1));
        x ^= Vector128.Shuffle(x, Vector128.Create(1u, 0, 3, 2));
        return x.ToScalar();
    }

    private ref struct BufferSink(Span<int> buckets) : IFeatureSink
    {
        private readonly Span<int> _buckets = buckets;
        private int _count;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(int bucket) => _buckets[_count++] = bucket;

        public void AddRange(scoped ReadOnlySpan<int> buckets)
        {
            buckets.CopyTo(_buckets[_count..]);
            _count += buckets.Length;
        }
    }

    private enum CharKind : byte
    {
        Other,
        Letter,
        Digit,
        Break,
        Syllabic,
        Joiner,
    }

    private static ReadOnlySpan<byte> AsciiKinds =>
    [
        // 0x00-0x1F: controls; '\n' (0x0A) breaks.
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,

        // ' ' ! " # $ % & ' ( ) * + , - . / 0-9 : ; < = > ?
        0, 3, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 3, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 0, 0, 0, 3,

        // @ A-Z [ \ ] ^ _
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,

        // ` a-z { | } ~ DEL
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 3, 0, 0, 0,
    ];

    /// <summary>
    /// Hashes the word (letters, digits and joiners) that starts at <paramref name="i"/> and moves past it: the rotate-XOR
    /// hash of its characters, the hash of its first <see cref="StemLength"/> characters (0 when shorter), and whether it
    /// holds a digit. Both paths of the feature builder use it, so they hash words alike by construction.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint HashWord(ReadOnlySpan<char> text, ref int i, CharKind kind, out uint stem, out bool digits)
    {
        uint hash = FnvOffset;
        int start = i;
        stem = 0;
        digits = false;
        do
        {
            digits |= kind == CharKind.Digit;
            hash = BitOperations.RotateLeft(hash, 5) ^ text[i];
            i++;
            if (i - start == StemLength)
            {
                stem = hash;
            }

            // Fast path: a run of lower-case ASCII letters (nearly all of folded English) needs no classification.
            while (i < text.Length && char.IsAsciiLetterLower(text[i]))
            {
                hash = BitOperations.RotateLeft(hash, 5) ^ text[i];
                i++;
                if (i - start == StemLength)
                {
                    stem = hash;
                }
            }
        }
        while (i < text.Length && (kind = KindOf(text, i)) is CharKind.Letter or CharKind.Digit or CharKind.Joiner);

        return hash;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static CharKind KindOf(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (c < 128)
        {
            var kind = (CharKind)AsciiKinds[c];

            // An apostrophe joins only inside a word ("don't"); elsewhere it is punctuation.
            return kind == CharKind.Joiner && !(i + 1 < text.Length && char.IsLetter(text[i + 1])) ? CharKind.Other : kind;
        }

        if (IsSyllabic(c))
        {
            return CharKind.Syllabic;
        }

        if (char.IsLetter(c))
        {
            return CharKind.Letter;
        }

        if (char.IsDigit(c))
        {
            return CharKind.Digit;
        }

        if (c is '。' or '！' or '？')
        {
            return CharKind.Break;
        }

        if (char.IsSurrogate(c))
        {
            // Letters outside the BMP (mathematical alphanumerics are folded already; emoji and rare scripts) are word characters.
            return CharKind.Letter;
        }

        if (c == '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
        {
            return CharKind.Joiner;
        }

        System.Globalization.UnicodeCategory category = char.GetUnicodeCategory(c);
        return category is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
            ? CharKind.Joiner
            : CharKind.Other;
    }

    /// <summary>Characters of scripts written without spaces between words (or, for hangul, with particles glued on).</summary>
    internal static bool IsSyllabic(char c) =>
        c is >= '\u3040' and <= '\u30FF' // hiragana, katakana
        or >= '\u3400' and <= '\u4DBF' // CJK extension A
        or >= '\u4E00' and <= '\u9FFF' // CJK unified ideographs
        or >= '\uAC00' and <= '\uD7AF' // hangul syllables
        or >= '\u0E00' and <= '\u0E7F' // Thai
        or >= '\uF900' and <= '\uFAFF'; // CJK compatibility ideographs

    private static uint Mix(uint value, uint seed)
    {
        uint h = value ^ seed;
        h ^= h >> 16;
        h *= 0x7FEB352D;
        h ^= h >> 15;
        h *= 0x846CA68B;
        h ^= h >> 16;
        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> Mix(Vector256<uint> value, Vector256<uint> seed)
    {
        Vector256<uint> h = value ^ seed;
        h ^= h >>> 16;
        h *= Vector256.Create(0x7FEB352Du);
        h ^= h >>> 15;
        h *= Vector256.Create(0x846CA68Bu);
        h ^= h >>> 16;
        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Bucket(Vector256<uint> hash)
    {
        hash ^= hash >>> 15;
        hash *= Vector256.Create(0x2C1B3C6Du);
        hash ^= hash >>> 12;
        return (hash & Vector256.Create((uint)(Buckets - 1))).AsInt32();
    }

    private static int Bucket(uint hash)
    {
        hash ^= hash >> 15;
        hash *= 0x2C1B3C6D;
        hash ^= hash >> 12;
        return (int)(hash & (Buckets - 1));
    }
}
