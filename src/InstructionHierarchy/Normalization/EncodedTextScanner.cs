using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace InstructionHierarchy.Normalization;

/// <summary>
/// Finds and decodes embedded encodings in one text. Each scanner makes a single forward pass, decodes only maximal,
/// disjoint runs, and a run overlapping one already accepted is skipped, so total work is linear in the input.
/// A run is accepted only when its decoded form is plausible text (valid UTF-8, ≥ 85 % printable, mostly letters,
/// digits and spaces), or, for ROT13 and reversed text, clearly more English-like than the original.
/// </summary>
internal sealed class EncodedTextScanner
{
    private const int MaxCandidates = 64;

    private readonly string _s;
    private readonly int _minBase64;
    private readonly int _minHex;
    private int _outputBudget;
    private List<Candidate>? _accepted;   // sorted by start, disjoint
    private List<Candidate>? _pending;

    public EncodedTextScanner(string s, int minEncodedLength, int outputBudget)
    {
        _s = s;
        _minBase64 = minEncodedLength;
        _minHex = Math.Max(16, minEncodedLength);
        _outputBudget = outputBudget;
    }

    public IReadOnlyList<Candidate> Scan()
    {
        // One cheap gate pass: the longest run of base64-alphabet characters, and how many "xx " hex pairs follow each other.
        ReadOnlySpan<char> s = _s;
        int longestRun = 0, run = 0, pairRun = 0, longestPairRun = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (IsBase64Char(c))
            {
                run++;
                continue;
            }

            if (run > longestRun)
            {
                longestRun = run;
            }

            if (run == 2 && c == ' ' && HexValue(s[i - 1]) >= 0 && HexValue(s[i - 2]) >= 0)
            {
                pairRun++;
                longestPairRun = Math.Max(longestPairRun, pairRun);
            }
            else
            {
                pairRun = 0;
            }

            run = 0;
        }

        longestRun = Math.Max(longestRun, run);
        if (s.Contains('&'))
        {
            RunScanner(ScanHtmlEntities);
        }

        if (s.Contains('%'))
        {
            RunScanner(ScanPercent);
        }

        if (s.Contains('\\'))
        {
            RunScanner(ScanHexEscapes);
        }

        if (longestPairRun >= 7)
        {
            RunScanner(ScanHexPairs);
        }

        if (longestRun >= Math.Min(_minBase64, _minHex))
        {
            RunScanner(ScanHexRuns);
            RunScanner(ScanBase64);
        }

        RunScanner(ScanWordRuns);
        return _accepted is null ? Array.Empty<Candidate>() : _accepted;
    }

    private void RunScanner(Action scanner)
    {
        if (_outputBudget <= 0 || (_accepted?.Count ?? 0) >= MaxCandidates)
        {
            return;
        }

        scanner();
        if (_pending is { Count: > 0 })
        {
            _accepted ??= new List<Candidate>();
            _accepted.AddRange(_pending);
            _accepted.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            _pending.Clear();
        }
    }

    /// <summary>Offers a run [start, end) of the current scanner (called in increasing order of start).</summary>
    private bool Offer(EncodingKind kind, int start, int end, string? text)
    {
        if (text is null || Overlaps(start, end) || _outputBudget <= 0)
        {
            return false;
        }

        _pending ??= new List<Candidate>();
        if (_pending.Count + (_accepted?.Count ?? 0) >= MaxCandidates)
        {
            return false;
        }

        _pending.Add(new Candidate(kind, start, end - start, text));
        _outputBudget -= text.Length;
        return true;
    }

    private bool Overlaps(int start, int end)
    {
        List<Candidate>? acc = _accepted;
        if (acc is null)
        {
            return false;
        }

        // Binary search for the first accepted run ending after start.
        int lo = 0, hi = acc.Count - 1, found = acc.Count;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (acc[mid].Start + acc[mid].Length > start)
            {
                found = mid;
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return found < acc.Count && acc[found].Start < end;
    }

    // ---------------------------------------------------------------- HTML entities

    private void ScanHtmlEntities()
    {
        string s = _s;
        int i = s.IndexOf('&', StringComparison.Ordinal);
        while (i >= 0 && i < s.Length)
        {
            int runStart = i, runEnd = -1, numeric = 0, total = 0;
            int p = i;
            while (p < s.Length)
            {
                int end = ParseEntity(s, p, out _, out bool isNumeric);
                if (end < 0)
                {
                    break;
                }

                total++;
                numeric += isNumeric ? 1 : 0;
                runEnd = end;

                // Next entity within 8 characters on the same line continues the run.
                int next = -1;
                for (int k = end; k < s.Length && k < end + 9; k++)
                {
                    if (s[k] == '&')
                    {
                        next = k;
                        break;
                    }

                    if (s[k] is '\n' or '\r')
                    {
                        break;
                    }
                }

                if (next < 0)
                {
                    break;
                }

                p = next;
            }

            if (runEnd > 0 && (numeric >= 2 || total >= 4))
            {
                var sb = new StringBuilder(runEnd - runStart);
                int k = runStart;
                while (k < runEnd)
                {
                    int cp = 0;
                    int end = s[k] == '&' ? ParseEntity(s, k, out cp, out _) : -1;
                    if (end > 0)
                    {
                        sb.Append(char.ConvertFromUtf32(cp));
                        k = end;
                    }
                    else
                    {
                        sb.Append(s[k++]);
                    }
                }

                string text = sb.ToString();
                Offer(EncodingKind.HtmlEntities, runStart, runEnd, IsPlausible(text) ? text : null);
            }

            int from = Math.Max(runEnd, i + 1);
            i = from < s.Length ? s.IndexOf('&', from) : -1;
        }
    }

    /// <summary>Parses an entity at <paramref name="p"/> (which holds '&amp;'); returns the index after ';' or -1.</summary>
    private static int ParseEntity(string s, int p, out int cp, out bool numeric)
    {
        cp = 0;
        numeric = false;
        int k = p + 1;
        if (k < s.Length && s[k] == '#')
        {
            numeric = true;
            k++;
            bool hex = k < s.Length && (s[k] | 0x20) == 'x';
            if (hex)
            {
                k++;
            }

            int digits = 0;
            while (k < s.Length && digits < 8)
            {
                int d = hex ? HexValue(s[k]) : (char.IsAsciiDigit(s[k]) ? s[k] - '0' : -1);
                if (d < 0)
                {
                    break;
                }

                cp = (cp * (hex ? 16 : 10)) + d;
                digits++;
                k++;
            }

            if (digits == 0 || k >= s.Length || s[k] != ';' || cp > 0x10FFFF || cp is >= 0xD800 and <= 0xDFFF || cp == 0)
            {
                return -1;
            }

            return k + 1;
        }

        int nameStart = k;
        while (k < s.Length && k - nameStart <= 6 && char.IsAsciiLetter(s[k]))
        {
            k++;
        }

        if (k >= s.Length || s[k] != ';')
        {
            return -1;
        }

        cp = s.AsSpan(nameStart, k - nameStart) switch
        {
            "lt" => '<',
            "gt" => '>',
            "amp" => '&',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => ' ',
            _ => -1,
        };
        return cp < 0 ? -1 : k + 1;
    }

    // ---------------------------------------------------------------- percent-encoding

    private void ScanPercent()
    {
        string s = _s;
        int prevEnd = 0;
        int i = s.IndexOf('%', StringComparison.Ordinal);
        while (i >= 0)
        {
            int start = i;
            while (start > prevEnd && !IsSpace(s[start - 1]))
            {
                start--;
            }

            int end = i;
            while (end < s.Length && !IsSpace(s[end]))
            {
                end++;
            }

            int escapes = 0, alnumEscapes = 0;
            for (int k = start; k + 2 < end + 0 || (k + 2 < s.Length && k + 2 < end); k++)
            {
                if (s[k] == '%' && HexValue(s[k + 1]) >= 0 && HexValue(s[k + 2]) >= 0)
                {
                    escapes++;
                    int b = (HexValue(s[k + 1]) << 4) | HexValue(s[k + 2]);
                    if (b < 0x80 && char.IsAsciiLetterOrDigit((char)b))
                    {
                        alnumEscapes++;
                    }

                    k += 2;
                }
            }

            if (escapes >= 4 && (alnumEscapes >= 3 || escapes * 3 * 2 >= end - start))
            {
                byte[] bytes = ArrayPool<byte>.Shared.Rent((end - start) * 3);
                int n = 0;
                for (int k = start; k < end; k++)
                {
                    char c = s[k];
                    if (c == '%' && k + 2 < end && HexValue(s[k + 1]) >= 0 && HexValue(s[k + 2]) >= 0)
                    {
                        bytes[n++] = (byte)((HexValue(s[k + 1]) << 4) | HexValue(s[k + 2]));
                        k += 2;
                    }
                    else
                    {
                        n += Encoding.UTF8.GetBytes(s.AsSpan(k, char.IsHighSurrogate(c) && k + 1 < end ? 2 : 1), bytes.AsSpan(n));
                        if (char.IsHighSurrogate(c) && k + 1 < end)
                        {
                            k++;
                        }
                    }
                }

                Offer(EncodingKind.Percent, start, end, DecodeUtf8Plausible(bytes.AsSpan(0, n)));
                ArrayPool<byte>.Shared.Return(bytes);
            }

            prevEnd = end;
            i = end < s.Length ? s.IndexOf('%', end) : -1;
        }
    }

    // ---------------------------------------------------------------- hex

    private void ScanHexEscapes()
    {
        string s = _s;
        int i = s.IndexOf("\\x", StringComparison.Ordinal);
        while (i >= 0)
        {
            int p = i, count = 0;
            while (p + 3 < s.Length + 0 + 1 && p + 3 <= s.Length && s[p] == '\\' && (s[p + 1] | 0x20) == 'x'
                && HexValue(s[p + 2]) >= 0 && p + 3 < s.Length + 1 && p + 3 <= s.Length && HexValue(At(s, p + 3)) >= 0)
            {
                count++;
                p += 4;
                if (p >= s.Length)
                {
                    break;
                }
            }

            if (count >= 4)
            {
                byte[] bytes = new byte[count];
                for (int k = 0; k < count; k++)
                {
                    int q = i + (k * 4);
                    bytes[k] = (byte)((HexValue(s[q + 2]) << 4) | HexValue(s[q + 3]));
                }

                Offer(EncodingKind.Hex, i, p, DecodeUtf8Plausible(bytes));
            }

            int from = Math.Max(p, i + 2);
            i = from < s.Length ? s.IndexOf("\\x", from, StringComparison.Ordinal) : -1;
        }
    }

    private void ScanHexPairs()
    {
        // "69 67 6e 6f 72 65 …": at least 8 two-digit pairs separated by single spaces.
        string s = _s;
        int i = 0;
        while (i + 2 <= s.Length)
        {
            if (!IsHexPairAt(s, i) || (i > 0 && char.IsAsciiLetterOrDigit(s[i - 1])))
            {
                i++;
                continue;
            }

            int p = i, count = 0;
            while (IsHexPairAt(s, p))
            {
                count++;
                p += 2;
                if (p < s.Length && s[p] == ' ' && IsHexPairAt(s, p + 1))
                {
                    p++;
                }
                else
                {
                    break;
                }
            }

            if (count >= 8)
            {
                byte[] bytes = new byte[count];
                for (int k = 0; k < count; k++)
                {
                    int q = i + (k * 3);
                    bytes[k] = (byte)((HexValue(s[q]) << 4) | HexValue(s[q + 1]));
                }

                Offer(EncodingKind.Hex, i, p, DecodeUtf8Plausible(bytes));
            }

            i = Math.Max(p, i + 1);
        }
    }

    private static bool IsHexPairAt(string s, int p)
        => p + 1 < s.Length && HexValue(s[p]) >= 0 && HexValue(s[p + 1]) >= 0
           && (p + 2 >= s.Length || !char.IsAsciiLetterOrDigit(s[p + 2]));

    private void ScanHexRuns()
    {
        string s = _s;
        int i = 0;
        while (i < s.Length)
        {
            if (HexValue(s[i]) < 0)
            {
                i++;
                continue;
            }

            int start = i;
            while (i < s.Length && HexValue(s[i]) >= 0)
            {
                i++;
            }

            int runStart = start;
            if (start >= 2 && (s[start - 1] | 0x20) == 'x' && s[start - 2] == '0')
            {
                runStart = start - 2;
            }

            bool bounded = (runStart == 0 || !char.IsAsciiLetterOrDigit(s[runStart - 1]))
                && (i >= s.Length || !char.IsAsciiLetterOrDigit(s[i]));
            int len = i - start;
            if (bounded && len >= _minHex && (len & 1) == 0)
            {
                int n = Math.Min(len / 2, _outputBudget * 4);
                byte[] bytes = ArrayPool<byte>.Shared.Rent(n);
                for (int k = 0; k < n; k++)
                {
                    bytes[k] = (byte)((HexValue(s[start + (2 * k)]) << 4) | HexValue(s[start + (2 * k) + 1]));
                }

                Offer(EncodingKind.Hex, runStart, i, DecodeUtf8Plausible(bytes.AsSpan(0, n)));
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
    }

    // ---------------------------------------------------------------- base64

    private void ScanBase64()
    {
        string s = _s;
        int i = 0;
        while (i < s.Length)
        {
            if (Base64Value(s[i]) < 0)
            {
                i++;
                continue;
            }

            int start = i;
            bool upper = false, lower = false, digit = false, std = false, url = false;
            while (i < s.Length)
            {
                char c = s[i];
                if (Base64Value(c) < 0)
                {
                    break;
                }

                upper |= char.IsAsciiLetterUpper(c);
                lower |= char.IsAsciiLetterLower(c);
                digit |= char.IsAsciiDigit(c);
                std |= c is '+' or '/';
                url |= c is '-' or '_';
                i++;
            }

            int dataEnd = i;
            int pad = 0;
            while (i < s.Length && s[i] == '=' && pad < 2)
            {
                i++;
                pad++;
            }

            int len = dataEnd - start;
            if (len < _minBase64 || (std && url) || (len & 3) == 1 || !((upper && lower) || (digit && (upper || lower))))
            {
                continue;
            }

            long limit = ((long)_outputBudget * 4 / 3) + 8;
            int take = len <= limit ? len : (int)limit & ~3;
            byte[] bytes = ArrayPool<byte>.Shared.Rent((take * 3 / 4) + 3);
            int n = DecodeBase64(s.AsSpan(start, take), bytes);
            string? text = n > 0 ? DecodeUtf8Plausible(bytes.AsSpan(0, n)) : null;
            ArrayPool<byte>.Shared.Return(bytes);
            Offer(url ? EncodingKind.Base64Url : EncodingKind.Base64, start, i, text);
        }
    }

    private static int DecodeBase64(ReadOnlySpan<char> chars, Span<byte> output)
    {
        int n = 0, acc = 0, bits = 0;
        foreach (char c in chars)
        {
            int v = Base64Value(c);
            if (v < 0)
            {
                return -1;
            }

            acc = (acc << 6) | v;
            bits += 6;
            if (bits >= 8)
            {
                bits -= 8;
                output[n++] = (byte)(acc >> bits);
                acc &= (1 << bits) - 1;
            }
        }

        return n;
    }

    private static bool IsBase64Char(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c is '+' or '/' or '-' or '_';

    private static int Base64Value(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '+' or '-' => 62,
        '/' or '_' => 63,
        _ => -1,
    };

    // ---------------------------------------------------------------- ROT13 and reversed text

    private void ScanWordRuns()
    {
        string s = _s;
        ReadOnlySpan<char> span = s;
        Span<char> word = stackalloc char[17];
        int i = 0;
        while (i < span.Length)
        {
            // One pass per run: find its words and count common-word hits as written.
            int start = i, words = 0, orig = 0, wordStart = -1;
            for (; i <= span.Length; i++)
            {
                char c = i < span.Length ? span[i] : '.';
                if ((uint)((c | 0x20) - 'a') <= 'z' - 'a')
                {
                    if (wordStart < 0)
                    {
                        wordStart = i;
                    }

                    continue;
                }

                if (wordStart >= 0)
                {
                    int wl = i - wordStart;
                    if (wl is >= 2 and <= 16)
                    {
                        words++;
                        for (int k = 0; k < wl; k++)
                        {
                            word[k] = (char)(span[wordStart + k] | 0x20);
                        }

                        orig += CommonWords.Contains(word.Slice(0, wl)) ? 1 : 0;
                    }

                    wordStart = -1;
                }

                if (c is not (' ' or '\'' or ',' or '-'))
                {
                    break;
                }
            }

            int end = Math.Min(i, span.Length);
            i = end + 1;
            while (end > start && span[end - 1] is ' ' or '\'' or ',' or '-')
            {
                end--;
            }

            while (start < end && span[start] is ' ' or '\'' or ',' or '-')
            {
                start++;
            }

            // Ordinary English hits often and is skipped at once.
            if (words < 3 || orig * 3 > words)
            {
                continue;
            }

            CountHits(s, start, end, 1, word, out int rot);
            CountHits(s, start, end, 2, word, out int rev);
            bool useRot = rot >= 2 && rot * 10 >= words * 3 && orig * 3 <= rot && rot >= rev;
            bool useRev = !useRot && rev >= 2 && rev * 10 >= words * 3 && orig * 3 <= rev;
            if (useRot || useRev)
            {
                string text = string.Create(end - start, (s, start, useRot), static (span, st) =>
                {
                    ReadOnlySpan<char> src = st.s.AsSpan(st.start, span.Length);
                    for (int k = 0; k < span.Length; k++)
                    {
                        char c = st.useRot ? src[k] : src[span.Length - 1 - k];
                        if (st.useRot && char.IsAsciiLetter(c))
                        {
                            char b = char.IsAsciiLetterUpper(c) ? 'A' : 'a';
                            c = (char)(b + ((c - b + 13) % 26));
                        }

                        span[k] = c;
                    }
                });
                Offer(useRot ? EncodingKind.Rot13 : EncodingKind.Reversed, start, end, text);
            }
        }
    }

    /// <summary>Counts words (2–16 letters) in [start, end) and how many are common words after a transform
    /// (0 none, 1 ROT13, 2 reversed).</summary>
    private static int CountHits(string s, int start, int end, int transform, Span<char> word, out int hits)
    {
        int words = 0;
        hits = 0;
        int i = start;
        while (i < end)
        {
            if (!char.IsAsciiLetter(s[i]))
            {
                i++;
                continue;
            }

            int ws = i;
            while (i < end && char.IsAsciiLetter(s[i]))
            {
                i++;
            }

            int wl = i - ws;
            if (wl < 2 || wl > 16)
            {
                continue;
            }

            words++;
            Span<char> w = word.Slice(0, wl);
            for (int k = 0; k < wl; k++)
            {
                char c = (char)(s[ws + k] | 0x20);
                w[k] = transform == 1 ? (char)('a' + ((c - 'a' + 13) % 26)) : c;
            }

            if (transform == 2)
            {
                w.Reverse();
            }

            hits += CommonWords.Contains(w) ? 1 : 0;
        }

        return words;
    }


    // ---------------------------------------------------------------- shared helpers

    private static char At(string s, int i) => i < s.Length ? s[i] : '\0';

    private static bool IsSpace(char c) => c <= ' ' || char.IsWhiteSpace(c);

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>Strict UTF-8 decode followed by <see cref="IsPlausible"/>; null when either fails.</summary>
    private static string? DecodeUtf8Plausible(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4)
        {
            return null;
        }

        char[] chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            // A payload cut at the budget may end inside a sequence: NeedMoreData is fine.
            OperationStatus status = Utf8.ToUtf16(bytes, chars, out _, out int written, replaceInvalidSequences: false, isFinalBlock: false);
            if (status is not (OperationStatus.Done or OperationStatus.NeedMoreData))
            {
                return null;
            }

            ReadOnlySpan<char> text = chars.AsSpan(0, written);
            return IsPlausible(text) ? new string(text) : null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>≥ 85 % printable, ≥ 70 % letters/digits/white space, at least one letter, at least 4 characters.</summary>
    internal static bool IsPlausible(ReadOnlySpan<char> text)
    {
        if (text.Length < 4)
        {
            return false;
        }

        int printable = 0, good = 0, letters = 0;
        foreach (char c in text)
        {
            bool control = (c < 0x20 && c is not ('\t' or '\n' or '\r')) || c is >= '\u007F' and <= '\u009F' || c == '\uFFFD';
            if (control)
            {
                continue;
            }

            printable++;
            if (char.IsLetter(c))
            {
                letters++;
                good++;
            }
            else if (char.IsDigit(c) || char.IsWhiteSpace(c))
            {
                good++;
            }
        }

        return letters > 0 && printable * 100 >= text.Length * 85 && good * 100 >= text.Length * 70;
    }

    /// <summary>A decoded run: <see cref="Start"/> and <see cref="Length"/> index the scanned text.</summary>
    internal readonly record struct Candidate(EncodingKind Kind, int Start, int Length, string Text);
}
