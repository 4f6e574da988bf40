using System.Numerics;
using System.Runtime.CompilerServices;

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
    {
        int count = 0;
        uint previous = 0;
        bool hasPrevious = false;
        int i = 0;
        while (i < text.Length && count < capacity)
        {
            char c = text[i];
            CharKind kind = KindOf(text, i);
            uint hash;
            if (kind == CharKind.Syllabic)
            {
                hash = Mix(c, FnvOffset);
                i++;
            }
            else if (kind is CharKind.Letter or CharKind.Digit)
            {
                hash = FnvOffset;
                int start = i;
                uint stem = 0;
                bool digits = false;
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

    private ref struct BufferSink(Span<int> buckets) : IFeatureSink
    {
        private readonly Span<int> _buckets = buckets;
        private int _count;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(int bucket) => _buckets[_count++] = bucket;
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

    private static int Bucket(uint hash)
    {
        hash ^= hash >> 15;
        hash *= 0x2C1B3C6D;
        hash ^= hash >> 12;
        return (int)(hash & (Buckets - 1));
    }
}
