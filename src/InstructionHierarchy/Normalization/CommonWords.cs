using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace InstructionHierarchy.Normalization;

/// <summary>A small built-in list of common English words and injection anchor terms (lower case).</summary>
internal static class CommonWords
{
    /// <summary>The longest word that <see cref="Append"/> packs into one <see cref="ulong"/> (5 bits a letter).</summary>
    public const int MaxPackedLength = 12;

    private const int TableBits = 11; // 2048 slots, ~5x the word count: most lookups end at the first slot
    private const int TableMask = (1 << TableBits) - 1;

    // Open addressing over packed keys: a lookup is a multiply, a shift and one or two 64-bit compares, no string compare.
    private static readonly (ulong[] Keys, string[] Long) s_table = BuildTable();

    /// <summary>True when <paramref name="word"/> (lower-case ASCII) is in the list.</summary>
    public static bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 16)
        {
            return false;
        }

        if (word.Length > MaxPackedLength)
        {
            foreach (string candidate in s_table.Long)
            {
                if (word.SequenceEqual(candidate))
                {
                    return true;
                }
            }

            return false;
        }

        ulong key = 0;
        foreach (char c in word)
        {
            uint v = (uint)(c - 'a');
            if (v > 'z' - 'a')
            {
                return false;
            }

            key = Append(key, v);
        }

        return ContainsKey(key);
    }

    /// <summary>Appends the letter value <paramref name="letter"/> (0 for 'a' … 25 for 'z') to a packed key.</summary>
    public static ulong Append(ulong key, uint letter) => (key << 5) | (letter + 1);

    /// <summary>
    /// The packed key (as built with <see cref="Append"/>) of the ASCII-letter word of <paramref name="length"/> (1–12)
    /// letters at the start of <paramref name="text"/>, of either case, computed without a per-letter loop.
    /// </summary>
    /// <param name="text">At least 16 characters; the word is at the start.</param>
    /// <param name="length">The length of the word, 1–12.</param>
    /// <returns>The key of the lower-cased word.</returns>
    public static ulong PackLetters(ReadOnlySpan<char> text, int length)
    {
        if (!Sse2.IsSupported || text.Length < 16)
        {
            ulong key = 0;
            foreach (char c in text.Slice(0, length))
            {
                key = Append(key, (uint)((c | 0x20) - 'a'));
            }

            return key;
        }

        // Letter values 1–26 in 16-bit lanes, zero past the word; pairs then quadruples of lanes are combined with
        // multiply-adds (×32, then ×1024) into 20-bit groups of four letters, and the 12-letter key is shifted into place.
        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        Vector128<ushort> offset = Vector128.Create((ushort)0x60);
        Vector128<ushort> caseBit = Vector128.Create((ushort)0x20);
        Vector128<ushort> count = Vector128.Create((ushort)length);
        Vector128<ushort> low = ((Vector128.LoadUnsafe(ref first) | caseBit) - offset)
            & Vector128.LessThan(Vector128<ushort>.Indices, count);
        Vector128<ushort> high = ((Vector128.LoadUnsafe(ref first, 8) | caseBit) - offset)
            & Vector128.LessThan(Vector128<ushort>.Indices + Vector128.Create((ushort)8), count);
        Vector128<short> by32 = Vector128.Create(32, 1, 32, 1, 32, 1, 32, 1);
        Vector128<int> pairs = Sse2.MultiplyAddAdjacent(low.AsInt16(), by32);
        Vector128<int> pairsHigh = Sse2.MultiplyAddAdjacent(high.AsInt16(), by32);
        Vector128<int> quads = Sse2.MultiplyAddAdjacent(
            Sse2.PackSignedSaturate(pairs, pairsHigh), Vector128.Create(1024, 1, 1024, 1, 1024, 1, 1024, 1));
        ulong full = ((ulong)quads.ToScalar() << 40) | ((ulong)quads.GetElement(1) << 20) | (uint)quads.GetElement(2);
        return full >> (5 * (MaxPackedLength - length));
    }

    /// <summary>
    /// The packed keys of the ROT13 of the ASCII-letter word of <paramref name="length"/> (1–12) letters at the start
    /// of <paramref name="text"/> and of the word reversed, both lower-cased, computed without a per-letter loop.
    /// </summary>
    /// <param name="text">The word at the start, then any characters.</param>
    /// <param name="length">The length of the word, 1–12.</param>
    /// <param name="rot13Key">The key of the word after ROT13.</param>
    /// <param name="reversedKey">The key of the word read backwards.</param>
    public static void PackRot13AndReversed(ReadOnlySpan<char> text, int length, out ulong rot13Key, out ulong reversedKey)
    {
        if (!Sse2.IsSupported || text.Length < 16)
        {
            rot13Key = 0;
            reversedKey = 0;
            for (int k = 0; k < length; k++)
            {
                uint letter = (uint)((text[k] | 0x20) - 'a');
                rot13Key = Append(rot13Key, (letter + 13) % 26);
                reversedKey |= (ulong)(letter + 1) << (5 * k); // the first letter ends up last
            }

            return;
        }

        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        Vector128<ushort> offset = Vector128.Create((ushort)0x60);
        Vector128<ushort> caseBit = Vector128.Create((ushort)0x20);
        Vector128<ushort> count = Vector128.Create((ushort)length);
        Vector128<ushort> inLow = Vector128.LessThan(Vector128<ushort>.Indices, count);
        Vector128<ushort> inHigh = Vector128.LessThan(Vector128<ushort>.Indices + Vector128.Create((ushort)8), count);
        Vector128<ushort> low = ((Vector128.LoadUnsafe(ref first) | caseBit) - offset) & inLow;
        Vector128<ushort> high = ((Vector128.LoadUnsafe(ref first, 8) | caseBit) - offset) & inHigh;

        // Letter values 1–26: ROT13 maps 1–13 to 14–26 and 14–26 to 1–13.
        Vector128<ushort> thirteen = Vector128.Create((ushort)13);
        Vector128<ushort> rotLow = Vector128.ConditionalSelect(Vector128.LessThanOrEqual(low, thirteen), low + thirteen, low - thirteen) & inLow;
        Vector128<ushort> rotHigh = Vector128.ConditionalSelect(Vector128.LessThanOrEqual(high, thirteen), high + thirteen, high - thirteen) & inHigh;
        Vector128<short> by32 = Vector128.Create(32, 1, 32, 1, 32, 1, 32, 1);
        Vector128<int> rotQuads = Sse2.MultiplyAddAdjacent(
            Sse2.PackSignedSaturate(Sse2.MultiplyAddAdjacent(rotLow.AsInt16(), by32), Sse2.MultiplyAddAdjacent(rotHigh.AsInt16(), by32)),
            Vector128.Create(1024, 1, 1024, 1, 1024, 1, 1024, 1));
        ulong rotFull = ((ulong)rotQuads.ToScalar() << 40) | ((ulong)rotQuads.GetElement(1) << 20) | (uint)rotQuads.GetElement(2);
        rot13Key = rotFull >> (5 * (MaxPackedLength - length));

        // Reversed: the first letter is the lowest 5 bits, so the weights are mirrored and nothing is shifted.
        Vector128<short> mirrored = Vector128.Create(1, 32, 1, 32, 1, 32, 1, 32);
        Vector128<int> revQuads = Sse2.MultiplyAddAdjacent(
            Sse2.PackSignedSaturate(Sse2.MultiplyAddAdjacent(low.AsInt16(), mirrored), Sse2.MultiplyAddAdjacent(high.AsInt16(), mirrored)),
            Vector128.Create(1, 1024, 1, 1024, 1, 1024, 1, 1024));
        reversedKey = (uint)revQuads.ToScalar() | ((ulong)revQuads.GetElement(1) << 20) | ((ulong)revQuads.GetElement(2) << 40);
    }

    /// <summary>True when the packed key of a 2–12 letter word (built with <see cref="Append"/>) is in the list.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ContainsKey(ulong key)
    {
        ulong[] keys = s_table.Keys;
        int index = Slot(key);
        ulong slot = keys[index];
        if ((slot == key) | (slot == 0))
        {
            return slot == key; // the usual case: decided at the first slot, with one well-predicted branch
        }

        return ProbeFrom(keys, key, index);
    }

    private static bool ProbeFrom(ulong[] keys, ulong key, int index)
    {
        while (true)
        {
            index = (index + 1) & TableMask;
            ulong candidate = keys[index];
            if (candidate == key)
            {
                return true;
            }

            if (candidate == 0)
            {
                return false;
            }
        }
    }

    private static int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - TableBits));

    private static (ulong[] Keys, string[] Long) BuildTable()
    {
        var keys = new ulong[1 << TableBits];
        var longWords = new List<string>();
        foreach (string word in Build())
        {
            if (word.Length < 2)
            {
                continue; // Contains never accepts one-letter words.
            }

            if (word.Length > MaxPackedLength)
            {
                longWords.Add(word);
                continue;
            }

            ulong key = 0;
            foreach (char c in word)
            {
                key = Append(key, (uint)(c - 'a'));
            }

            int index = Slot(key);
            while (keys[index] != 0 && keys[index] != key)
            {
                index = (index + 1) & TableMask;
            }

            keys[index] = key;
        }

        return (keys, [.. longWords]);
    }

    private static string[] Build()
    {
        const string List =
            "the be to of and a in that have it for not on with he as you do at this but his by from they we say her she or " +
            "an will my one all would there their what so up out if about who get which go me when make can like time no just " +
            "him know take people into year your good some could them see other than then now look only come its over think also " +
            "back after use two how our work first well way even new want because any these give day most us is are was were " +
            "been has had did does am should must never always tell told said here where why yes please thank thanks hello " +
            "ignore ignoring ignored disregard forget previous prior above earlier instructions instruction rules rule system " +
            "prompt prompts reveal show print output repeat secret secrets password passwords key keys token admin administrator " +
            "developer mode jailbreak bypass override pretend act role assistant user message messages now new following " +
            "everything anything nothing hidden confidential private internal data delete remove execute run command commands " +
            "access send email leak answer respond reply write say stop start begin end text above below previous guidelines " +
            "policy policies safety filter filters restrictions restricted unrestricted free ai model chatbot bot human you " +
            "are must do not dont cant wont im youre its just only every all any hacker hack attack exploit leet google " +
            "what who how when where which read open file files link click visit site web page code shell";
        string[] words = List.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words;
    }
}
