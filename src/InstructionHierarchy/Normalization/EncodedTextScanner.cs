using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Unicode;

namespace InstructionHierarchy.Normalization;

/// <summary>
/// Finds and decodes embedded encodings in one text. Each scanner makes a single forward pass, decodes only maximal,
/// disjoint runs, and a run overlapping one already accepted is skipped, so total work is linear in the input.
/// A run is accepted only when its decoded form is plausible text (valid UTF-8, ≥ 85 % printable, mostly letters,
/// digits and spaces), or, for ROT13 and reversed text, clearly more English-like than the original.
/// </summary>
internal struct EncodedTextScanner
{
    private const int MaxCandidates = 64;

    private readonly string _s;
    private readonly int _minBase64;
    private readonly int _minHex;
    private int _outputBudget;
    private List<Candidate>? _accepted;   // sorted by start, disjoint
    private List<Candidate>? _pending;
    private int[]? _wordRuns;             // (start, end, words, common hits) of runs that may be ROT13 or reversed
    private int _wordRunCount;
    private int _runStart;                // the letter run being surveyed: start, words (2–16 letters), common words
    private int _runWords;
    private int _runCommon;               // common words among those already looked up (see _runPending)
    private int _runPending;              // words of the run not looked up yet, or -1 once the run outgrew _pendingWords
    private PendingWords _pendingWords;   // their (start << 8 | length)

    public EncodedTextScanner(string s, int minEncodedLength, int outputBudget)
    {
        _s = s;
        _minBase64 = minEncodedLength;
        _minHex = Math.Max(16, minEncodedLength);
        _outputBudget = outputBudget;
    }

    public IReadOnlyList<Candidate> Scan()
    {
        try
        {
            return ScanCore();
        }
        finally
        {
            if (_wordRuns is not null)
            {
                ArrayPool<int>.Shared.Return(_wordRuns);
                _wordRuns = null;
            }
        }
    }

    private IReadOnlyList<Candidate> ScanCore()
    {
        // One survey pass over the text gathers what every scanner needs to know before it runs (see Survey).
        ReadOnlySpan<char> s = _s;
        Survey(out bool longRun, out bool pairRun);
        if (s.Contains('&'))
        {
            RunScanner(Scanner.HtmlEntities);
        }

        if (s.Contains('%'))
        {
            RunScanner(Scanner.Percent);
        }

        if (s.Contains('\\'))
        {
            RunScanner(Scanner.HexEscapes);
        }

        if (pairRun)
        {
            RunScanner(Scanner.HexPairs);
        }

        if (longRun)
        {
            RunScanner(Scanner.HexRuns);
            RunScanner(Scanner.Base64);
        }

        RunScanner(Scanner.WordRuns);
        return _accepted is null ? Array.Empty<Candidate>() : _accepted;
    }

    /// <summary>
    /// The survey of the text, from 64-character bit masks (letters, word separators, base64 characters, spaces) built
    /// with vector compares: whether some run of base64-alphabet characters is at least <c>MinEncodedLength</c> long
    /// (<paramref name="longRun"/>), whether 7 "xx " hex pairs follow each other (<paramref name="pairRun"/>), and the
    /// letter runs that could be ROT13 or reversed text: runs of words joined by <c>space ' , -</c> in which at most a
    /// third of the words (2–16 letters) are common English words as written (kept in <see cref="_wordRuns"/>).
    /// </summary>
    private void Survey(out bool longRun, out bool pairRun)
    {
        ReadOnlySpan<char> s = _s;
        int n = s.Length;
        int minRun = Math.Min(_minBase64, _minHex);
        longRun = false;
        pairRun = false;
        int base64Carry = 0;           // base64 characters just before the block
        ulong previousSpaces = 0;      // space mask of the previous block (pair runs are checked one block behind)
        ulong letterCarry = 0;         // 1 when the character before the block is a letter
        int openWord = -1;             // start of a word that runs past the end of the previous block
        int lastAt = 0;

        // The text plus one sentinel '.' at index n (it ends the last word and the last run).
        for (int at = 0; at <= n; at += 64)
        {
            lastAt = at;
            ulong letters, separators, base64, spaces, others;
            if (at + 64 <= n && Vector256.IsHardwareAccelerated)
            {
                ClassifyBlock(s.Slice(at, 64), out letters, out separators, out base64, out spaces);
                others = ~(letters | separators);
            }
            else
            {
                ClassifyTail(s, at, out letters, out separators, out base64, out spaces, out others);
            }

            if (!longRun)
            {
                longRun = HasRun(base64, ref base64Carry, minRun);
            }

            if (!pairRun && at > 0)
            {
                pairRun = HasHexPairRun(s, at - 64, previousSpaces, spaces);
            }

            previousSpaces = spaces;

            // Words and runs, in text order: a word that started in an earlier block ends first; then the word starts
            // before each run boundary, the boundary, and the word starts after the last boundary.
            if (openWord >= 0 && letters != ulong.MaxValue)
            {
                AddWord(s, openWord, at + BitOperations.TrailingZeroCount(~letters) - openWord);
                openWord = -1;
            }

            ulong starts = letters & ~((letters << 1) | letterCarry);
            letterCarry = letters >> 63;
            while (true)
            {
                ulong below = (others & (0 - others)) - 1; // bits before the next boundary (all when there is none)
                ulong batch = starts & below;
                starts &= ~below;
                while (batch != 0)
                {
                    int k = BitOperations.TrailingZeroCount(batch);
                    batch &= batch - 1;
                    ulong rest = ~letters >> k;
                    if (rest == 0)
                    {
                        openWord = at + k; // runs into the next block
                        break;
                    }

                    AddWord(s, at + k, BitOperations.TrailingZeroCount(rest));
                }

                if (others == 0)
                {
                    break;
                }

                EndRun(at + BitOperations.TrailingZeroCount(others));
                others &= others - 1;

                // Further boundaries before the next word (digits, punctuation, line breaks) end empty runs: each would
                // only move the run start past itself, so the last of them does it once.
                ulong empty = others & ((starts & (0 - starts)) - 1);
                if (empty != 0)
                {
                    _runStart = at + 64 - BitOperations.LeadingZeroCount(empty);
                    others &= ~empty;
                }
            }
        }

        if (!pairRun)
        {
            pairRun = HasHexPairRun(s, lastAt, previousSpaces, 0);
        }
    }

    /// <summary>Counts a word in the letter run being surveyed; whether it is a common English word is looked up when the
    /// run ends (<see cref="CommonWordsOfRun"/>), or at once in a run of more than <see cref="PendingWords.Capacity"/> words.</summary>
    private void AddWord(ReadOnlySpan<char> s, int start, int length)
    {
        if (length is < 2 or > 16)
        {
            return;
        }

        _runWords++;
        if ((uint)_runPending < PendingWords.Capacity)
        {
            _pendingWords[_runPending++] = ((long)start << 8) | (uint)length;
            return;
        }

        if (_runPending == PendingWords.Capacity)
        {
            // A long run: look up the words kept so far, and every later word of the run at once.
            for (int k = 0; k < PendingWords.Capacity; k++)
            {
                _runCommon += IsCommonWord(s, _pendingWords[k]) ? 1 : 0;
            }

            _runPending = -1;
        }

        _runCommon += IsCommonWord(s, ((long)start << 8) | (uint)length) ? 1 : 0;
    }

    /// <summary>Whether a word (start &lt;&lt; 8 | length) is a common English word as written.</summary>
    private static bool IsCommonWord(ReadOnlySpan<char> s, long word)
    {
        int start = (int)(word >> 8);
        int length = (int)(word & 0xFF);
        return length > CommonWords.MaxPackedLength ? IsCommonLongWord(s.Slice(start, length))
            : CommonWords.ContainsKey(CommonWords.PackLetters(s.Slice(start), length));
    }

    /// <summary>
    /// The common words of the run that ends, for the test of <see cref="EndRun"/> (at most a third of its words): exact
    /// when the run passes the test; when more than a third of its words are common, counting may stop as soon as that is
    /// certain, so that ordinary English is dropped after a few look-ups. The short words (two or three letters, nearly all
    /// common in English) are looked up first.
    /// </summary>
    private int CommonWordsOfRun(ReadOnlySpan<char> s)
    {
        int common = _runCommon;
        int pending = _runPending;
        if (pending <= 0)
        {
            return common;
        }

        int words = _runWords;
        for (int k = 0; k < pending; k++)
        {
            long word = _pendingWords[k];
            if ((word & 0xFF) <= 3 && IsCommonWord(s, word) && ++common * 3 > words)
            {
                return common;
            }
        }

        for (int k = 0; k < pending; k++)
        {
            long word = _pendingWords[k];
            if ((word & 0xFF) > 3 && IsCommonWord(s, word) && ++common * 3 > words)
            {
                return common;
            }
        }

        return common;
    }

    private static bool IsCommonLongWord(ReadOnlySpan<char> letters)
    {
        Span<char> word = stackalloc char[16];
        return CommonWords.Contains(Lower(letters, word));
    }

    /// <summary>The run ends at <paramref name="end"/> (a character that is neither a letter nor a word separator);
    /// ordinary English hits often and is dropped at once.</summary>
    private void EndRun(int end)
    {
        if (_runWords >= 3)
        {
            int common = CommonWordsOfRun(_s);
            if (common * 3 <= _runWords)
            {
                AddWordRun(_runStart, end, _runWords, common);
            }
        }

        _runStart = end + 1;
        _runWords = 0;
        _runCommon = 0;
        _runPending = 0;
    }

    /// <summary>Bit k of each mask describes <c>block[k]</c> (64 characters).</summary>
    private static void ClassifyBlock(ReadOnlySpan<char> block, out ulong letters, out ulong separators, out ulong base64, out ulong spaces)
    {
        letters = separators = base64 = spaces = 0;
        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(block));
        for (int j = 0; j < 4; j++)
        {
            Vector256<ushort> v = Vector256.LoadUnsafe(ref first, (nuint)(j * 16));
            Vector256<ushort> letter = Vector256.LessThanOrEqual((v | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)25));
            Vector256<ushort> space = Vector256.Equals(v, Vector256.Create((ushort)' '));
            Vector256<ushort> dash = Vector256.Equals(v, Vector256.Create((ushort)'-'));
            Vector256<ushort> separator = space | dash | Vector256.Equals(v, Vector256.Create((ushort)'\''))
                | Vector256.Equals(v, Vector256.Create((ushort)','));
            Vector256<ushort> b64 = letter | dash
                | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9))
                | Vector256.Equals(v, Vector256.Create((ushort)'+'))
                | Vector256.Equals(v, Vector256.Create((ushort)'/'))
                | Vector256.Equals(v, Vector256.Create((ushort)'_'));
            int shift = j * 16;
            letters |= (ulong)letter.ExtractMostSignificantBits() << shift;
            separators |= (ulong)separator.ExtractMostSignificantBits() << shift;
            base64 |= (ulong)b64.ExtractMostSignificantBits() << shift;
            spaces |= (ulong)space.ExtractMostSignificantBits() << shift;
        }
    }

    /// <summary>The masks of the (up to 64) characters from <paramref name="at"/>, the sentinel '.' at the end of the
    /// text included; <paramref name="others"/> marks the characters that are neither letters nor word separators.</summary>
    private static void ClassifyTail(ReadOnlySpan<char> s, int at, out ulong letters, out ulong separators, out ulong base64, out ulong spaces, out ulong others)
    {
        letters = separators = base64 = spaces = others = 0;
        ReadOnlySpan<byte> classes = CharClasses;
        int count = Math.Min(64, s.Length + 1 - at);
        for (int k = 0; k < count; k++)
        {
            int i = at + k;
            char c = i < s.Length ? s[i] : '.';
            int cls = c < 128 ? classes[c] : 0;
            ulong bit = 1UL << k;
            if ((cls & ClassLetter) != 0)
            {
                letters |= bit;
            }
            else if ((cls & ClassWordSeparator) == 0)
            {
                others |= bit;
            }
            else
            {
                separators |= bit;
            }

            if ((cls & ClassBase64) != 0)
            {
                base64 |= bit;
            }

            if (c == ' ')
            {
                spaces |= bit;
            }
        }
    }

    /// <summary>Whether a run of set bits reaches <paramref name="length"/>, counting <paramref name="carry"/> set bits
    /// just before <paramref name="mask"/>; updates the carry to the set bits at its top.</summary>
    internal static bool HasRun(ulong mask, ref int carry, int length)
    {
        if (mask == ulong.MaxValue)
        {
            carry += 64;
            return carry >= length;
        }

        if (carry + BitOperations.TrailingZeroCount(~mask) >= length)
        {
            return true;
        }

        carry = BitOperations.LeadingZeroCount(~mask);
        if (length > 64)
        {
            return false;
        }

        // y: bits that start a run of `covered` set bits; doubling the covered length each step.
        ulong y = mask;
        int covered = 1;
        while (covered < length && y != 0)
        {
            int step = Math.Min(covered, length - covered);
            y &= y >> step;
            covered += step;
        }

        return y != 0;
    }

    /// <summary>
    /// Whether "xx " hex pairs follow each other 7 times from a space in the block at <paramref name="at"/>: spaces every
    /// third character (found with the masks of this block and the next one), each after two hex digits, the first pair
    /// not preceded by a base64 character. Exactly the survey's old per-character count of consecutive pairs.
    /// </summary>
    private static bool HasHexPairRun(ReadOnlySpan<char> s, int at, ulong spaces, ulong nextSpaces)
    {
        // A pair's space follows two non-spaces (bits shifted in at the block start count as non-spaces: a superset).
        spaces &= ~(spaces << 1) & ~(spaces << 2);
        nextSpaces &= ~(nextSpaces << 1) & ~(nextSpaces << 2);
        ulong candidates = spaces;
        for (int t = 3; t <= 18 && candidates != 0; t += 3)
        {
            candidates &= (spaces >> t) | (nextSpaces << (64 - t));
        }

        while (candidates != 0)
        {
            int i = at + BitOperations.TrailingZeroCount(candidates);
            candidates &= candidates - 1;
            if (i >= 2 && (i < 3 || !IsBase64Char(s[i - 3])))
            {
                bool all = true;
                for (int p = i; p <= i + 18 && all; p += 3)
                {
                    all = p < s.Length && s[p] == ' ' && HexValue(s[p - 1]) >= 0 && HexValue(s[p - 2]) >= 0;
                }

                if (all)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsBase64Char(char c) => c < 128 && (CharClasses[c] & ClassBase64) != 0;

    /// <summary>The survey of <paramref name="text"/> on its own (for tests): the two flags and the kept letter runs as
    /// (start, end, words, common words) quadruples.</summary>
    internal static (bool LongRun, bool PairRun, int[] WordRuns) SurveyOf(string text, int minEncodedLength)
    {
        var scanner = new EncodedTextScanner(text, minEncodedLength, int.MaxValue);
        scanner.Survey(out bool longRun, out bool pairRun);
        int[] runs = scanner._wordRuns is null ? [] : scanner._wordRuns.AsSpan(0, scanner._wordRunCount).ToArray();
        if (scanner._wordRuns is not null)
        {
            ArrayPool<int>.Shared.Return(scanner._wordRuns);
        }

        return (longRun, pairRun, runs);
    }

    private enum Scanner
    {
        HtmlEntities,
        Percent,
        HexEscapes,
        HexPairs,
        HexRuns,
        Base64,
        WordRuns,
    }

    private void RunScanner(Scanner scanner)
    {
        if (_outputBudget <= 0 || (_accepted?.Count ?? 0) >= MaxCandidates)
        {
            return;
        }

        // A switch, not delegates: a method-group delegate would allocate on every call.
        switch (scanner)
        {
            case Scanner.HtmlEntities: ScanHtmlEntities(); break;
            case Scanner.Percent: ScanPercent(); break;
            case Scanner.HexEscapes: ScanHexEscapes(); break;
            case Scanner.HexPairs: ScanHexPairs(); break;
            case Scanner.HexRuns: ScanHexRuns(); break;
            case Scanner.Base64: ScanBase64(); break;
            default: ScanWordRuns(); break;
        }

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

    private const int ClassLetter = 1;        // ASCII letter (also a base64 character)
    private const int ClassBase64 = 2;        // base64 character: letter, digit, + / - _
    private const int ClassWordSeparator = 4; // continues a letter run: space ' , -

    /// <summary>Character classes of ASCII, for the survey pass.</summary>
    private static ReadOnlySpan<byte> CharClasses =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        4, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 2, 4, 6, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0,
        0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 2,
        0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0,
    ];

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

    private void AddWordRun(int start, int end, int words, int orig)
    {
        ReadOnlySpan<char> s = _s;
        while (end > start && s[end - 1] is ' ' or '\'' or ',' or '-')
        {
            end--;
        }

        while (start < end && s[start] is ' ' or '\'' or ',' or '-')
        {
            start++;
        }

        if (_wordRuns is null)
        {
            _wordRuns = ArrayPool<int>.Shared.Rent(64);
        }
        else if (_wordRunCount + 4 > _wordRuns.Length)
        {
            int[] bigger = ArrayPool<int>.Shared.Rent(_wordRuns.Length * 2);
            _wordRuns.AsSpan(0, _wordRunCount).CopyTo(bigger);
            ArrayPool<int>.Shared.Return(_wordRuns);
            _wordRuns = bigger;
        }

        _wordRuns[_wordRunCount++] = start;
        _wordRuns[_wordRunCount++] = end;
        _wordRuns[_wordRunCount++] = words;
        _wordRuns[_wordRunCount++] = orig;
    }

    /// <summary>Tests the letter runs the survey kept (few common words as written) for ROT13 and reversed text.</summary>
    private void ScanWordRuns()
    {
        string s = _s;
        Span<char> word = stackalloc char[17];
        for (int r = 0; r + 4 <= _wordRunCount; r += 4)
        {
            int start = _wordRuns![r], end = _wordRuns[r + 1], words = _wordRuns[r + 2], orig = _wordRuns[r + 3];
            CountHits(s.AsSpan(start), end - start, word, out int rot, out int rev, words, HitsNeeded(words, orig));
            EncodingKind? kind = WordRunKind(words, orig, rot, rev);
            if (kind is not null)
            {
                bool useRot = kind == EncodingKind.Rot13;
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

    /// <summary>Lower-cases an ASCII-letter word into <paramref name="buffer"/>.</summary>
    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> letters, Span<char> buffer)
    {
        Span<char> w = buffer.Slice(0, letters.Length);
        for (int k = 0; k < letters.Length; k++)
        {
            w[k] = (char)(letters[k] | 0x20);
        }

        return w;
    }

    /// <summary>Whether a letter run reads as ROT13 (<see cref="EncodingKind.Rot13"/>) or reversed text
    /// (<see cref="EncodingKind.Reversed"/>): enough of its words are common words after the transformation, and
    /// clearly more than as written.</summary>
    internal static EncodingKind? WordRunKind(int words, int orig, int rot, int rev)
    {
        bool useRot = rot >= 2 && rot * 10 >= words * 3 && orig * 3 <= rot && rot >= rev;
        bool useRev = !useRot && rev >= 2 && rev * 10 >= words * 3 && orig * 3 <= rev;
        return useRot ? EncodingKind.Rot13 : useRev ? EncodingKind.Reversed : null;
    }

    /// <summary>The fewest hits (ROT13 or reversed) that <see cref="WordRunKind"/> can accept for a run of
    /// <paramref name="words"/> words of which <paramref name="orig"/> are common as written.</summary>
    internal static int HitsNeeded(int words, int orig) => Math.Max(Math.Max(2, ((words * 3) + 9) / 10), orig * 3);

    /// <summary>Counts, over the words (2–16 letters) of the first <paramref name="runLength"/> characters of
    /// <paramref name="text"/>, how many are common words after ROT13 (<paramref name="rot"/>) and after reversing
    /// (<paramref name="rev"/>). Words are found with 64-character letter masks; both keys of a word come from one
    /// vector computation (the characters after the run may be read, never counted).</summary>
    /// <remarks>With <paramref name="words"/> (the run's word count, as the survey counted it) and
    /// <paramref name="needed"/> (<see cref="HitsNeeded"/>), counting stops as soon as neither count can reach
    /// <paramref name="needed"/> any more: the counts are then partial, and both below it, so the run is rejected
    /// exactly as with full counts. Ordinary prose that the survey kept is usually rejected after a few words.</remarks>
    internal static void CountHits(ReadOnlySpan<char> text, int runLength, Span<char> word, out int rot, out int rev, int words = 0, int needed = 0)
    {
        rot = 0;
        rev = 0;
        int left = words; // words not counted yet (when stopping early)
        ulong carry = 0;
        int open = -1; // a word that runs past the end of the previous block
        for (int at = 0; at < runLength; at += 64)
        {
            ulong letters = LetterMask(text, at, Math.Min(64, runLength - at));
            if (open >= 0)
            {
                if (letters == ulong.MaxValue)
                {
                    continue;
                }

                CountWord(text, open, at + BitOperations.TrailingZeroCount(~letters) - open, word, ref rot, ref rev, ref left);
                open = -1;
                if (needed > 0 && rot + left < needed && rev + left < needed)
                {
                    return;
                }
            }

            ulong starts = letters & ~((letters << 1) | carry);
            carry = letters >> 63;
            while (starts != 0)
            {
                int k = BitOperations.TrailingZeroCount(starts);
                starts &= starts - 1;
                ulong rest = ~letters >> k;
                if (rest == 0)
                {
                    open = at + k;
                    break;
                }

                CountWord(text, at + k, BitOperations.TrailingZeroCount(rest), word, ref rot, ref rev, ref left);
                if (needed > 0 && rot + left < needed && rev + left < needed)
                {
                    return;
                }
            }
        }

        if (open >= 0)
        {
            CountWord(text, open, runLength - open, word, ref rot, ref rev, ref left);
        }
    }

    private static void CountWord(ReadOnlySpan<char> text, int start, int length, Span<char> word, ref int rot, ref int rev, ref int left)
    {
        if (length is < 2 or > 16)
        {
            return;
        }

        left--;

        if (length <= CommonWords.MaxPackedLength)
        {
            CommonWords.PackRot13AndReversed(text.Slice(start), length, out ulong rotKey, out ulong revKey);
            rot += CommonWords.ContainsKey(rotKey) ? 1 : 0;
            rev += CommonWords.ContainsKey(revKey) ? 1 : 0;
            return;
        }

        ReadOnlySpan<char> letters = text.Slice(start, length);
        Span<char> w = word.Slice(0, length);
        for (int k = 0; k < length; k++)
        {
            char c = (char)(letters[k] | 0x20);
            w[k] = (char)('a' + ((c - 'a' + 13) % 26));
        }

        rot += CommonWords.Contains(w) ? 1 : 0;
        Lower(letters, word).CopyTo(w);
        w.Reverse();
        rev += CommonWords.Contains(w) ? 1 : 0;
    }

    /// <summary>Bit k is set when <c>text[at + k]</c> (k &lt; <paramref name="count"/>) is an ASCII letter.</summary>
    private static ulong LetterMask(ReadOnlySpan<char> text, int at, int count)
    {
        if (count == 64 && Vector256.IsHardwareAccelerated)
        {
            ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            ulong mask = 0;
            for (int j = 0; j < 4; j++)
            {
                Vector256<ushort> v = Vector256.LoadUnsafe(ref first, (nuint)(at + (j * 16)));
                Vector256<ushort> letter = Vector256.LessThanOrEqual(
                    (v | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)25));
                mask |= (ulong)letter.ExtractMostSignificantBits() << (j * 16);
            }

            return mask;
        }

        ulong bits = 0;
        for (int k = 0; k < count; k++)
        {
            if (char.IsAsciiLetter(text[at + k]))
            {
                bits |= 1UL << k;
            }
        }

        return bits;
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

    /// <summary>The words of a letter run whose look-up waits for the end of the run.</summary>
    [InlineArray(Capacity)]
    private struct PendingWords
    {
        public const int Capacity = 64;

        private long _first;
    }

    /// <summary>A decoded run: <see cref="Start"/> and <see cref="Length"/> index the scanned text.</summary>
    internal readonly record struct Candidate(EncodingKind Kind, int Start, int Length, string Text);
}
