using System.Globalization;
using System.Text;

namespace InstructionHierarchy.Sanitization;

/// <summary>
/// Decides which invisible and control characters can carry hidden instructions and removes them, keeping the ones
/// legitimate text needs: newlines and tabs, the zero-width joiner inside emoji sequences, ZWJ / ZWNJ between letters
/// of scripts that shape with them (Arabic, Persian, Syriac, the Brahmic scripts, Myanmar, Khmer, Mongolian…), the emoji
/// variation selector after a symbol, and a well-formed emoji tag sequence (subdivision flags).
/// </summary>
/// <remarks>
/// A kept character always sits between characters that are never removed, so stripping twice gives the same text.
/// </remarks>
internal static class InvisibleCharacters
{
    private const int ZeroWidthNonJoiner = 0x200C;
    private const int ZeroWidthJoiner = 0x200D;
    private const int BlackFlag = 0x1F3F4;
    private const int CancelTag = 0xE007F;

    /// <summary>Gets a value indicating whether a code point is invisible or a control character that text does not need by itself.</summary>
    /// <param name="codePoint">The code point (a lone surrogate counts as visible: it is not ours to fix).</param>
    /// <returns><see langword="true"/> for zero-width, bidi, tag, variation-selector, soft-hyphen and control characters other than tab, LF and CR.</returns>
    public static bool IsCandidate(int codePoint) =>
        codePoint is (>= 0x200B and <= 0x200F) or (>= 0x202A and <= 0x202E) or (>= 0x2060 and <= 0x2064) or (>= 0x2066 and <= 0x206F)
            or 0xFEFF or 0x00AD or 0x180E or 0x034F or 0x061C or 0x115F or 0x1160 or 0x3164 or 0xFFA0
            or (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0000 and <= 0xE007F) or (>= 0xE0100 and <= 0xE01EF) or (>= 0xFFF9 and <= 0xFFFB)
            or (>= 0x0000 and <= 0x0008) or 0x000B or 0x000C or (>= 0x000E and <= 0x001F) or (>= 0x007F and <= 0x009F);

    /// <summary>Gets a value indicating whether a text holds any character <see cref="Strip"/> would remove.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when stripping would change the text.</returns>
    public static bool ContainsRemovable(ReadOnlySpan<char> text) => FirstRemovable(text, 0) >= 0;

    /// <summary>Removes the invisible characters that legitimate text does not need.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text without them (the same content when there was nothing to remove).</returns>
    public static string Strip(ReadOnlySpan<char> text)
    {
        int first = FirstRemovable(text, 0);
        if (first < 0)
        {
            return text.ToString();
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text[..first]);
        int i = first;
        while (i < text.Length)
        {
            int width = Width(text, i);
            if (!IsRemovableAt(text, i))
            {
                builder.Append(text.Slice(i, width));
            }

            i += width;
        }

        return builder.ToString();
    }

    /// <summary>Finds the removable runs of a text, as (start, length) pairs in UTF-16 code units.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The runs, in order; empty when there is nothing to remove.</returns>
    public static List<(int Start, int Length)> RemovableRuns(ReadOnlySpan<char> text)
    {
        var runs = new List<(int Start, int Length)>();
        int i = FirstRemovable(text, 0);
        while (i >= 0 && i < text.Length)
        {
            int start = i;
            while (i < text.Length && IsRemovableAt(text, i))
            {
                i += Width(text, i);
            }

            runs.Add((start, i - start));
            i = FirstRemovable(text, i);
        }

        return runs;
    }

    /// <summary>Finds the invisible characters <see cref="Strip"/> keeps because of their neighbours (joiners, variation selectors, flag tags).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The (start, length) of each kept character.</returns>
    public static List<(int Start, int Length)> KeptByContext(ReadOnlySpan<char> text)
    {
        var kept = new List<(int Start, int Length)>();
        for (int i = 0; i < text.Length; i += Width(text, i))
        {
            if (text[i] >= 0x7F && IsCandidate(CodePointAt(text, i)) && !IsRemovableAt(text, i))
            {
                kept.Add((i, Width(text, i)));
            }
        }

        return kept;
    }

    private static int FirstRemovable(ReadOnlySpan<char> text, int from)
    {
        for (int i = from; i < text.Length; i += Width(text, i))
        {
            char c = text[i];
            if ((c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t' || c == '\r')
            {
                continue;
            }

            if (IsRemovableAt(text, i))
            {
                return i;
            }
        }

        return -1;
    }

    private static int Width(ReadOnlySpan<char> text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;

    private static int CodePointAt(ReadOnlySpan<char> text, int i) =>
        Width(text, i) == 2 ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];

    private static int Previous(ReadOnlySpan<char> text, int i)
    {
        if (i <= 0)
        {
            return -1;
        }

        return i >= 2 && char.IsLowSurrogate(text[i - 1]) && char.IsHighSurrogate(text[i - 2])
            ? char.ConvertToUtf32(text[i - 2], text[i - 1])
            : text[i - 1];
    }

    private static bool IsRemovableAt(ReadOnlySpan<char> text, int i)
    {
        int cp = CodePointAt(text, i);
        if (!IsCandidate(cp))
        {
            return false;
        }

        int width = Width(text, i);
        int before = Previous(text, i);
        int after = i + width < text.Length ? CodePointAt(text, i + width) : -1;
        switch (cp)
        {
            case ZeroWidthJoiner:
                // 👩‍💻: the joiner sits between pictographs (the first may carry a skin tone or VS16).
                if (IsPictographic(after) && (IsPictographic(before) || IsEmojiModifier(before) || (before == 0xFE0F && IsPictographic(Previous(text, i - 1)))))
                {
                    return false;
                }

                return !IsShapingJoinerContext(before, after);
            case ZeroWidthNonJoiner:
                return !IsShapingJoinerContext(before, after);
            case 0xFE0F or 0xFE0E:
                // Emoji / text presentation after a symbol or a keycap base.
                return !(IsPictographic(before) || before is '#' or '*' or (>= '0' and <= '9'));
            default:
                if (cp is >= 0xE0020 and <= CancelTag)
                {
                    return !InsideTagSequence(text, i);
                }

                return true;
        }
    }

    /// <summary>A subdivision flag: U+1F3F4, then 2 to 6 tag letters or digits, then CANCEL TAG.</summary>
    private static bool InsideTagSequence(ReadOnlySpan<char> text, int i)
    {
        // Walk back to the first tag character of the run.
        int start = i;
        while (start >= 2 && char.IsLowSurrogate(text[start - 1]) && char.IsHighSurrogate(text[start - 2])
            && char.ConvertToUtf32(text[start - 2], text[start - 1]) is >= 0xE0020 and <= CancelTag)
        {
            start -= 2;
        }

        if (Previous(text, start) != BlackFlag)
        {
            return false;
        }

        int count = 0;
        int j = start;
        while (j + 1 < text.Length && char.IsHighSurrogate(text[j]) && char.IsLowSurrogate(text[j + 1]))
        {
            int cp = char.ConvertToUtf32(text[j], text[j + 1]);
            if (cp == CancelTag)
            {
                return count is >= 2 and <= 6 && j >= i;
            }

            if (cp is not ((>= 0xE0061 and <= 0xE007A) or (>= 0xE0030 and <= 0xE0039)))
            {
                return false;
            }

            count++;
            j += 2;
        }

        return false;
    }

    private static bool IsShapingJoinerContext(int before, int after) =>
        before >= 0 && after >= 0 && IsLetterOrMark(before) && IsLetterOrMark(after) && NeedsJoiners(before) && NeedsJoiners(after);

    private static bool IsLetterOrMark(int cp)
    {
        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(cp);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>Scripts whose orthography uses ZWJ / ZWNJ: Arabic (and Persian, Urdu), Syriac, Thaana, N'Ko, the Brahmic scripts, Tibetan, Myanmar, Khmer, Mongolian.</summary>
    private static bool NeedsJoiners(int cp) =>
        cp is (>= 0x0600 and <= 0x08FF) or (>= 0x0900 and <= 0x0DFF) or (>= 0x0F00 and <= 0x109F) or (>= 0x1780 and <= 0x18AF)
            or (>= 0xA8E0 and <= 0xA8FF) or (>= 0xFB50 and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFC) or (>= 0x11000 and <= 0x111FF);

    private static bool IsPictographic(int cp) =>
        cp is (>= 0x1F000 and <= 0x1FAFF) or (>= 0x2600 and <= 0x27BF) or (>= 0x2300 and <= 0x23FF) or (>= 0x2B00 and <= 0x2BFF)
            or 0x00A9 or 0x00AE or 0x203C or 0x2049 or 0x2122 or 0x2139 or (>= 0x2194 and <= 0x21AA) or 0x24C2 or (>= 0x25A0 and <= 0x25FF)
            or 0x2934 or 0x2935 or 0x3030 or 0x303D or 0x3297 or 0x3299;

    private static bool IsEmojiModifier(int cp) => cp is >= 0x1F3FB and <= 0x1F3FF;
}
