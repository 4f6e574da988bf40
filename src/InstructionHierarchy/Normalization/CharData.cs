using System.Globalization;
using System.Text;

namespace InstructionHierarchy.Normalization;

/// <summary>Character classification shared by the folder and the decoders.</summary>
internal static class CharData
{
    // Lazily built "NFKC changes this code point" bitmap for U+0000–U+1FFFF, one 256-bit block at a time.
    private static readonly ulong[]?[] s_nfkcBlocks = new ulong[]?[0x200];

    /// <summary>Returns the hidden-character kind of <paramref name="cp"/>, or -1 when it is visible.</summary>
    public static int HiddenKind(int cp)
    {
        switch (cp)
        {
            case 0x00AD: return (int)HiddenCharacterKind.SoftHyphen;
            case >= 0x200B and <= 0x200D:
            case 0xFEFF:
            case 0x180E: return (int)HiddenCharacterKind.ZeroWidth;
            case 0x200E or 0x200F or 0x061C:
            case >= 0x202A and <= 0x202E:
            case >= 0x2066 and <= 0x2069: return (int)HiddenCharacterKind.BidiControl;
            case >= 0x2060 and <= 0x2064: return (int)HiddenCharacterKind.WordJoiner;
            case >= 0xFE00 and <= 0xFE0F:
            case >= 0xE0100 and <= 0xE01EF: return (int)HiddenCharacterKind.VariationSelector;
            case >= 0xE0000 and <= 0xE007F: return (int)HiddenCharacterKind.TagCharacter;
            case 0x034F or 0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800: return (int)HiddenCharacterKind.Other;
        }

        if (cp < 0x600)
        {
            return -1;
        }

        UnicodeCategory cat = cp <= 0xFFFF
            ? CharUnicodeInfo.GetUnicodeCategory((char)cp)
            : CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat == UnicodeCategory.Format ? (int)HiddenCharacterKind.Other : -1;
    }

    /// <summary>True for combining marks (Mn, Me) in the BMP.</summary>
    public static bool IsCombiningMark(char c)
    {
        if (c < 0x300)
        {
            return false;
        }

        UnicodeCategory cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;
    }

    /// <summary>True when NFKC maps the single code point <paramref name="cp"/> to something else.</summary>
    public static bool NfkcChanges(int cp)
    {
        if (cp >= 0x20000)
        {
            return cp is >= 0x2F800 and <= 0x2FA1F;
        }

        ulong[] block = s_nfkcBlocks[cp >> 8] ?? BuildBlock(cp >> 8);
        int bit = cp & 0xFF;
        return (block[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    /// <summary>NFKC of a short string; never throws (returns the input on failure).</summary>
    public static string SafeNfkc(string s)
    {
        try
        {
            return s.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return s;
        }
    }

    private static ulong[] BuildBlock(int blockIndex)
    {
        var bits = new ulong[4];
        int first = blockIndex << 8;
        for (int i = 0; i < 256; i++)
        {
            int cp = first + i;
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            bool changes;
            try
            {
                changes = !char.ConvertFromUtf32(cp).IsNormalized(NormalizationForm.FormKC);
            }
            catch (ArgumentException)
            {
                changes = false;
            }

            if (changes)
            {
                bits[i >> 6] |= 1UL << (i & 63);
            }
        }

        // Benign race: two threads may build the same block; both results are identical.
        Volatile.Write(ref s_nfkcBlocks[blockIndex], bits);
        return bits;
    }
}
