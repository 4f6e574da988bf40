using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace InstructionHierarchy.Normalization;

/// <summary>Builds the folded view and its offset map in one main pass plus two cheap fix-up passes.</summary>
/// <remarks>
/// Pass 1 (every character): NFKC for compatibility characters, invariant lower case, invisible characters removed
/// (and recorded), whitespace runs collapsed and trimmed, lone surrogates replaced by U+FFFD, stacked combining marks on
/// Latin letters removed. ASCII takes a tight branch that only lower-cases and copies.
/// Pass 2 (only when a non-ASCII letter was emitted): per-word homoglyph decision (see <see cref="FoldHomoglyphs"/>).
/// Pass 3 (tokens): spaced-letter joining and leetspeak folding, compacting in place.
/// </remarks>
internal ref struct TextFolder
{
    private const string SpacedSeparators = ".-_";
    private const int ShortStretch = 16; // printable-ASCII stretches shorter than this are folded one character at a time
    private const int MaxEagerRuns = 64; // offset maps with fewer runs are kept when folding (see Run)

    private static readonly SearchValues<char> s_leetChars = SearchValues.Create("0123456789@$!|");

    private readonly string _s;
    private readonly TextNormalizerOptions _options;
    private char[] _buf;
    private int[] _map;
    private char[]? _alt;            // ASCII skeleton per output char for lookalikes ('\0' otherwise)
    private int _w;
    private bool _identity;          // map[i] == i for all i so far
    private bool _changed;           // folded chars differ from the original
    private bool _sawNonAsciiLetter;
    private List<HiddenRun>? _hidden;
    private StringBuilder? _tag;
    private int _tagStart;
    private int _tagEnd;
    private bool _pendingSpace;
    private int _spaceSrc;

    public TextFolder(string s, TextNormalizerOptions options)
    {
        _s = s;
        _options = options;
        int cap = s.Length + 16;
        _buf = ArrayPool<char>.Shared.Rent(cap);
        _map = ArrayPool<int>.Shared.Rent(cap);
        _identity = true;
        _tagStart = -1;
    }

    public NormalizationFlags Flags { get; private set; }

    public readonly IReadOnlyList<HiddenRun> HiddenRuns => _hidden is null ? Array.Empty<HiddenRun>() : _hidden;

    public readonly string? TagText => _tag?.ToString();

    public readonly int TagStart => _tagStart;

    public readonly int TagLength => _tagEnd - _tagStart;

    /// <summary>ASCII whitespace and any Unicode white space (including NBSP); these fold to a single space.</summary>
    public static bool IsFoldedWhitespace(char c)
        => c <= ' ' ? c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' : c >= 0x85 && char.IsWhiteSpace(c);

    /// <summary>Folds the text.</summary>
    /// <param name="folded">The folded view (the input itself when folding changed nothing).</param>
    /// <param name="identity">Whether every folded character came from the original character at the same index, so
    /// no offset map is needed.</param>
    /// <param name="map">The offset map when it is not the identity and is small (a few runs: line breaks, a collapsed
    /// indent); <see langword="null"/> otherwise, and <see cref="BuildMap"/> builds it when it is first needed.</param>
    public void Run(out string folded, out bool identity, out OffsetMap? map)
    {
        Fold();

        // Emissions are strictly increasing in source index unless _identity was cleared, so the last entry decides.
        identity = _identity && (_w == 0 || _map[_w - 1] == _w - 1);
        folded = identity && _w == _s.Length && !_changed ? _s : new string(_buf.AsSpan(0, _w));

        // A text with line breaks or aligned columns is mapped back as soon as a detector asks where a folded space came
        // from; keeping its few runs now costs one vector scan of the map instead of folding the text a second time.
        map = identity ? null : OffsetMap.TryCreateRuns(_map.AsSpan(0, _w), MaxEagerRuns);
    }

    /// <summary>Folds <paramref name="text"/> again and returns the offset map of its folded view. Folding is
    /// deterministic, so the map is the one of the view built by <see cref="Run"/>; clean text, which never needs it,
    /// never pays for it.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="options">The options it was folded with.</param>
    /// <returns>The map.</returns>
    public static OffsetMap BuildMap(string text, TextNormalizerOptions options)
    {
        var folder = new TextFolder(text, options);
        try
        {
            folder.Fold();
            return OffsetMap.Create(folder._map.AsSpan(0, folder._w));
        }
        finally
        {
            folder.Dispose();
        }
    }

    private void Fold()
    {
        Pass1();
        if (_sawNonAsciiLetter)
        {
            FoldHomoglyphs();
        }

        if (_options.JoinSpacedLetters || _options.FoldLeetspeak)
        {
            TokenPass();
        }
    }

    public readonly void Dispose()
    {
        ArrayPool<char>.Shared.Return(_buf);
        ArrayPool<int>.Shared.Return(_map);
        if (_alt is not null)
        {
            ArrayPool<char>.Shared.Return(_alt);
        }
    }

    private void Pass1()
    {
        if (_options.ScalarOnly)
        {
            Pass1Scalar();
            return;
        }

        // Printable ASCII with single spaces between non-spaces folds to itself lower-cased, with an identity map:
        // such blocks are found with vectorized searches and copied, lower-cased and mapped in bulk. Spaces and every
        // other character go through the same per-character logic as Pass1Scalar.
        string s = _s;
        int n = s.Length;
        int i = 0;
        int asciiEnd = -1;   // end of the printable-ASCII stretch that holds i (valid while i < asciiEnd)
        int doubleSpace = -1; // next "  " at or after i within that stretch, or asciiEnd when there is none
        while (i < n)
        {
            char c = s[i];
            if (c == ' ')
            {
                if (!_pendingSpace && _w > 0)
                {
                    _pendingSpace = true;
                    _spaceSrc = i;
                }

                i++;
                continue;
            }

            if ((uint)(c - '!') > '~' - '!')
            {
                i = SlowChar(i);
                continue;
            }

            if (i >= asciiEnd)
            {
                // A new stretch of printable ASCII: its first characters one at a time, as text with accents every few
                // letters has only short stretches, for which a vector search and a bulk copy cost more than they save.
                int bound = Math.Min(n, i + ShortStretch);
                i = FoldAsciiRun(i, bound);
                if (i == bound && i < n)
                {
                    int e = s.AsSpan(i).IndexOfAnyExceptInRange(' ', '~');
                    asciiEnd = e < 0 ? n : i + e;
                    doubleSpace = -1;
                }

                continue;
            }

            if (asciiEnd - i < ShortStretch)
            {
                i = FoldAsciiRun(i, asciiEnd);
                continue;
            }

            if (doubleSpace < i)
            {
                int d = s.AsSpan(i, asciiEnd - i).IndexOf("  ", StringComparison.Ordinal);
                doubleSpace = d < 0 ? asciiEnd : i + d;
            }

            // [i, end): starts and ends with a non-space, no two spaces in a row, all printable ASCII.
            int end = doubleSpace;
            if (s[end - 1] == ' ')
            {
                end--;
            }

            CopyPlainBlock(i, end - i);
            i = end;
        }
    }

    /// <summary>Emits the pending space and then <paramref name="length"/> printable-ASCII characters from
    /// <paramref name="start"/>, lower-cased, each mapped to its own index (single spaces inside map to themselves).</summary>
    private void CopyPlainBlock(int start, int length)
    {
        if (_buf.Length - _w <= length)
        {
            Grow(length + 1);
        }

        if (_pendingSpace)
        {
            _buf[_w] = ' ';
            _map[_w] = _spaceSrc;
            _w++;
            _pendingSpace = false;
        }

        ReadOnlySpan<char> source = _s.AsSpan(start, length);
        Ascii.ToLower(source, _buf.AsSpan(_w, length), out _);
        if (!_changed && source.ContainsAnyInRange('A', 'Z'))
        {
            _changed = true;
        }

        FillAscending(_map.AsSpan(_w, length), start);
        _w += length;
    }

    /// <summary>Writes first, first + 1, … into <paramref name="destination"/>.</summary>
    internal static void FillAscending(Span<int> destination, int first)
    {
        int k = 0;
        if (Vector256.IsHardwareAccelerated && destination.Length >= Vector256<int>.Count)
        {
            Vector256<int> step = Vector256.Create(Vector256<int>.Count);
            Vector256<int> value = Vector256<int>.Indices + Vector256.Create(first);
            ref int target = ref MemoryMarshal.GetReference(destination);
            for (; k <= destination.Length - Vector256<int>.Count; k += Vector256<int>.Count)
            {
                value.StoreUnsafe(ref target, (nuint)k);
                value += step;
            }
        }

        for (; k < destination.Length; k++)
        {
            destination[k] = first + k;
        }
    }

    /// <summary>The per-character form of <see cref="Pass1"/>, kept as the reference the vectorized blocks must match.</summary>
    private void Pass1Scalar()
    {
        int i = 0;
        while (i < _s.Length)
        {
            i = FoldAsciiRun(i, _s.Length);
            if (i < _s.Length)
            {
                i = SlowChar(i);
            }
        }
    }

    /// <summary>Folds printable ASCII and single spaces one character at a time from <paramref name="i"/>, up to
    /// <paramref name="end"/> or the first other character; returns where it stopped.</summary>
    private int FoldAsciiRun(int i, int end)
    {
        string s = _s;
        if (_buf.Length - _w <= end - i)
        {
            Grow(end - i + 1); // room for the rest 1:1 plus one pending space, checked once
        }

        char[] buf = _buf;
        int[] map = _map;
        int w = _w;
        bool pending = _pendingSpace;
        int spaceSrc = _spaceSrc;
        bool changed = false;
        while (i < end)
        {
            char c = s[i];
            if ((uint)(c - '!') <= '~' - '!')
            {
                if (pending)
                {
                    buf[w] = ' ';
                    map[w] = spaceSrc;
                    w++;
                    pending = false;
                }

                if ((uint)(c - 'A') <= 'Z' - 'A')
                {
                    c = (char)(c | 0x20);
                    changed = true;
                }

                buf[w] = c;
                map[w] = i;
                w++;
                i++;
            }
            else if (c == ' ')
            {
                if (!pending && w > 0)
                {
                    pending = true;
                    spaceSrc = i;
                }

                i++;
            }
            else
            {
                break;
            }
        }

        _w = w;
        _pendingSpace = pending;
        _spaceSrc = spaceSrc;
        _changed |= changed;
        return i;
    }

    private void EmitPendingSpace()
    {
        if (_pendingSpace)
        {
            Emit(' ', _spaceSrc);
            _pendingSpace = false;
        }
    }

    /// <summary>Processes the character at <paramref name="i"/> outside the hot loop; returns the next index.</summary>
    private int SlowChar(int i)
    {
        string s = _s;
        char c = s[i];
        if (c < 0x80)
        {
            if (c > ' ' && c != '\u007F')
            {
                EmitPendingSpace();
                Emit((uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c, i);
                _changed |= char.IsAsciiLetterUpper(c);
                return i + 1;
            }

            if (IsFoldedWhitespace(c))
            {
                if (!_pendingSpace && _w > 0)
                {
                    _pendingSpace = true;
                    _spaceSrc = i;
                }

                _identity = false;
                return i + 1;
            }

            // Other controls are visible data to detectors; keep them.
            EmitPendingSpace();
            Emit(c, i);
            return i + 1;
        }

        _identity = false;
            // ---- slow path: non-ASCII ----
            int cp = c;
            int width = 1;
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    cp = char.ConvertToUtf32(c, s[i + 1]);
                    width = 2;
                }
                else
                {
                    EmitPendingSpace();

                    Emit('\uFFFD', i);
                    _changed = true;
                    Flags |= NormalizationFlags.InvalidUtf16;
                    return i + 1;
                }
            }

            int hidden = CharData.HiddenKind(cp);
            if (hidden >= 0)
            {
                AddHidden(i, width, (HiddenCharacterKind)hidden, cp);
                return i + width;
            }

            if (width == 1 && IsFoldedWhitespace(c))
            {
                if (!_pendingSpace && _w > 0)
                {
                    _pendingSpace = true;
                    _spaceSrc = i;
                }

                _changed = true;
                return i + 1;
            }

            if (width == 1 && CharData.IsCombiningMark(c))
            {
                int j = i + 1;
                while (j < s.Length && CharData.IsCombiningMark(s[j]))
                {
                    j++;
                }

                if (!_pendingSpace && _w > 0 && _map[_w - 1] == i - 1 && char.IsAsciiLetter(s[i - 1]))
                {
                    // Marks on a Latin letter: keep a composed letter (e + U+0301 → é), drop the rest (Zalgo, strike-through).
                    string composed = CharData.SafeNfkc(s.Substring(i - 1, j - i + 1));
                    char first = composed.Length > 0 ? composed[0] : s[i - 1];
                    if (first != s[i - 1] && !char.IsSurrogate(first))
                    {
                        _buf[_w - 1] = char.ToLowerInvariant(first);
                    }

                    if (composed.Length != 1)
                    {
                        Flags |= NormalizationFlags.CombiningMarks;
                    }

                    _changed = true;
                    return j;
                }

                // Marks on other scripts (Devanagari, Arabic, Hebrew…) are part of the text.
                for (int k = i; k < j; k++)
                {
                    Emit(s[k], k);
                }

                return j;
            }

            EmitPendingSpace();

            if (!CharData.NfkcChanges(cp))
            {
                EmitFoldedCodePoint(cp, i, cp);
            }
            else
            {
                Flags |= NormalizationFlags.CompatibilityCharacters;
                _changed = true;
                string nf = CharData.SafeNfkc(s.Substring(i, width));
                for (int k = 0; k < nf.Length; k++)
                {
                    char nc = nf[k];
                    if (IsFoldedWhitespace(nc))
                    {
                        if (_w > 0 && _buf[_w - 1] != ' ')
                        {
                            Emit(' ', i);
                        }

                        continue;
                    }

                    int ncp = nc;
                    if (char.IsHighSurrogate(nc) && k + 1 < nf.Length && char.IsLowSurrogate(nf[k + 1]))
                    {
                        ncp = char.ConvertToUtf32(nc, nf[++k]);
                    }

                    EmitFoldedCodePoint(ncp, i, ncp);
                }
            }

            return i + width;
    }

    /// <summary>Lower-cases and emits one code point, recording its lookalike skeleton.</summary>
    private void EmitFoldedCodePoint(int cp, int src, int confusableSource)
    {
        if (cp < 0x80)
        {
            char a = (char)cp;
            if (char.IsAsciiLetterUpper(a))
            {
                a = (char)(a | 0x20);
            }

            Emit(a, src);
            return;
        }

        if (cp <= 0xFFFF)
        {
            char lower = char.ToLowerInvariant((char)cp);
            if (lower != (char)cp)
            {
                _changed = true;
            }

            if (char.IsLetter(lower))
            {
                _sawNonAsciiLetter = true;
            }

            char skeleton = _options.FoldHomoglyphs ? ConfusablesTable.Lookup(confusableSource) : '\0';
            if (skeleton != '\0')
            {
                SetAlt(_w, skeleton);
            }

            Emit(lower, src);
            return;
        }

        Rune rune = Rune.ToLowerInvariant(new Rune(cp));
        if (rune.Value != cp)
        {
            _changed = true;
        }

        char skel = _options.FoldHomoglyphs ? ConfusablesTable.Lookup(confusableSource) : '\0';
        if (skel != '\0')
        {
            // Supplementary lookalikes that NFKC leaves alone are folded unconditionally (they are not running text).
            Emit(skel, src);
            Flags |= NormalizationFlags.Homoglyphs;
            _changed = true;
            return;
        }

        Span<char> pair = stackalloc char[2];
        int n = rune.EncodeToUtf16(pair);
        for (int k = 0; k < n; k++)
        {
            Emit(pair[k], src);
        }
    }

    private void Emit(char c, int src)
    {
        if (_w >= _buf.Length)
        {
            Grow(1);
        }

        _buf[_w] = c;
        _map[_w] = src;
        if (_w != src)
        {
            _identity = false;
        }

        _w++;
    }

    private void SetAlt(int index, char skeleton)
    {
        if (_alt is null)
        {
            _alt = ArrayPool<char>.Shared.Rent(_buf.Length);
            Array.Clear(_alt);
        }
        else if (index >= _alt.Length)
        {
            char[] bigger = ArrayPool<char>.Shared.Rent(Math.Max(_buf.Length, index + 1));
            Array.Clear(bigger);
            _alt.AsSpan(0, _w).CopyTo(bigger);
            ArrayPool<char>.Shared.Return(_alt);
            _alt = bigger;
        }

        _alt[index] = skeleton;
    }

    private void Grow(int extra)
    {
        int size = Math.Max(_buf.Length * 2, _w + extra + 16);
        char[] nb = ArrayPool<char>.Shared.Rent(size);
        int[] nm = ArrayPool<int>.Shared.Rent(size);
        _buf.AsSpan(0, _w).CopyTo(nb);
        _map.AsSpan(0, _w).CopyTo(nm);
        ArrayPool<char>.Shared.Return(_buf);
        ArrayPool<int>.Shared.Return(_map);
        _buf = nb;
        _map = nm;
    }

    private void AddHidden(int start, int width, HiddenCharacterKind kind, int cp)
    {
        Flags |= NormalizationFlags.HiddenCharacters;
        if (kind == HiddenCharacterKind.BidiControl)
        {
            Flags |= NormalizationFlags.BidiControls;
        }
        else if (kind == HiddenCharacterKind.TagCharacter)
        {
            Flags |= NormalizationFlags.TagCharacters;
            if (cp is >= 0xE0020 and <= 0xE007E)
            {
                _tag ??= new StringBuilder();
                _tag.Append((char)(cp - 0xE0000));
                if (_tagStart < 0)
                {
                    _tagStart = start;
                }

                _tagEnd = start + width;
            }
        }

        _hidden ??= new List<HiddenRun>();
        if (_hidden.Count > 0)
        {
            HiddenRun last = _hidden[^1];
            if (last.Kind == kind && last.Start + last.Length == start)
            {
                _hidden[^1] = new HiddenRun(last.Start, last.Length + width, kind);
                return;
            }
        }

        _hidden.Add(new HiddenRun(start, width, kind));
    }

    /// <summary>
    /// Homoglyph rule, per word (a run of letters, digits and marks): lookalike letters are replaced by their Latin
    /// skeleton when the word also holds Latin letters and at least as many Latin letters as non-lookalike letters of
    /// other scripts ("іgnоrе"), or when the word consists only of lookalikes and a neighbouring word is Latin.
    /// Real Cyrillic or Greek words keep letters that have no Latin lookalike (и, л, д, λ…) and stay as they are.
    /// </summary>
    private void FoldHomoglyphs()
    {
        char[] buf = _buf;
        int n = _w;
        bool prevLatin = false;
        int i = 0;
        while (i < n)
        {
            if (!IsWordChar(buf[i]))
            {
                i++;
                continue;
            }

            int end = ScanWord(i, out int latin, out int look, out int other);
            if (latin > 0 && (look > 0 || other > 0))
            {
                Flags |= NormalizationFlags.MixedScript;
            }

            bool fold = false;
            if (look > 0 && _alt is not null)
            {
                if (latin > 0 && latin >= other)
                {
                    fold = true;
                }
                else if (latin == 0 && other == 0)
                {
                    fold = prevLatin || NextWordIsLatin(end);
                }
            }

            if (fold)
            {
                char[] alt = _alt!;
                for (int k = i; k < end; k++)
                {
                    if (k < alt.Length && alt[k] != '\0')
                    {
                        buf[k] = alt[k];
                    }
                }

                Flags |= NormalizationFlags.Homoglyphs;
                _changed = true;
                prevLatin = true;
            }
            else
            {
                prevLatin = latin > 0 && latin >= other;
            }

            i = end;
        }
    }

    private readonly bool NextWordIsLatin(int from)
    {
        int n = _w;
        int i = from;
        while (i < n && !IsWordChar(_buf[i]))
        {
            i++;
        }

        if (i >= n)
        {
            return false;
        }

        ScanWord(i, out int latin, out _, out int other);
        return latin > 0 && latin >= other;
    }

    private readonly int ScanWord(int start, out int latin, out int look, out int other)
    {
        latin = look = other = 0;
        char[] buf = _buf;
        char[]? alt = _alt;
        int i = start;
        while (i < _w && IsWordChar(buf[i]))
        {
            char c = buf[i];
            if (char.IsAsciiLetter(c))
            {
                latin++;
            }
            else if (c >= 0x80)
            {
                if (alt is not null && i < alt.Length && alt[i] != '\0')
                {
                    look++;
                }
                else if (IsLatinExtended(c))
                {
                    latin++;
                }
                else if (char.IsLetter(c) || char.IsSurrogate(c))
                {
                    other++;
                }
            }

            i++;
        }

        return i;
    }

    private static bool IsWordChar(char c)
        => c < 0x80 ? char.IsAsciiLetterOrDigit(c) : c != '\uFFFD' && (char.IsLetterOrDigit(c) || char.IsSurrogate(c) || CharData.IsCombiningMark(c));

    private static bool IsLatinExtended(char c)
        => (c is >= '\u00C0' and <= '\u024F' && c != '\u00D7' && c != '\u00F7') || c is >= '\u1E00' and <= '\u1EFF';

    /// <summary>Spaced-letter joining and leetspeak folding over space-separated tokens, compacting in place.</summary>
    /// <remarks>
    /// Only three kinds of token can change: a one-character token (the start of a spaced-out run), a token whose second
    /// character is a separator (<c>i.g.n.o.r.e</c>), and a token holding a leetspeak character. Vectorized searches
    /// jump from one such token to the next; the ordinary tokens in between are moved as one block (or not at all
    /// while nothing has been joined), with exactly the result of visiting them one by one.
    /// </remarks>
    private void TokenPass()
    {
        char[] buf = _buf;
        int[] map = _map;
        int n = _w;
        bool join = _options.JoinSpacedLetters;
        bool leet = _options.FoldLeetspeak;
        int r = 0, w = 0;
        bool prevJoined = false;
        int nextShort = -2, nextLeet = -2; // cached search results (-2: search again)
        while (r < n)
        {
            // Next token start at or after r that may change.
            if (join && nextShort < r && nextShort != -1)
            {
                nextShort = NextShortTokenStart(buf.AsSpan(0, n), r);
            }

            if (leet && nextLeet < r && nextLeet != -1)
            {
                nextLeet = NextLeetCandidate(buf.AsSpan(0, n), r);
            }

            int candidate = n;
            if (join && nextShort >= 0)
            {
                candidate = nextShort;
            }

            if (leet && nextLeet >= 0 && nextLeet < candidate)
            {
                int t = nextLeet;
                while (t > r && buf[t - 1] != ' ')
                {
                    t--;
                }

                candidate = t;
            }

            if (candidate > r)
            {
                // Ordinary tokens and spaces: an ordinary token clears prevJoined, spaces keep it.
                if (prevJoined && buf.AsSpan(r, candidate - r).ContainsAnyExcept(' '))
                {
                    prevJoined = false;
                }

                if (w != r)
                {
                    buf.AsSpan(r, candidate - r).CopyTo(buf.AsSpan(w));
                    map.AsSpan(r, candidate - r).CopyTo(map.AsSpan(w));
                }

                w += candidate - r;
                r = candidate;
                if (r >= n)
                {
                    break;
                }
            }

            if (buf[r] == ' ')
            {
                Move(ref w, r++);
                continue;
            }

            int e = buf.AsSpan(r, n - r).IndexOf(' ');
            e = e < 0 ? n : r + e;
            int tokenLength = e - r;

            if (join && tokenLength == 1 && IsSpaceableChar(buf[r]) && TryJoinSpacedRun(ref r, ref w))
            {
                prevJoined = true;
                continue;
            }

            if (join && tokenLength >= 3 && SpacedSeparators.Contains(buf[r + 1])
                && TryJoinSeparated(r, e, prevJoined ? 2 : 4, ref w))
            {
                prevJoined = true;
                r = e;
                continue;
            }

            prevJoined = false;
            int ws = w;
            if (w != r)
            {
                buf.AsSpan(r, tokenLength).CopyTo(buf.AsSpan(w));
                map.AsSpan(r, tokenLength).CopyTo(map.AsSpan(w));
            }

            w += tokenLength;
            r = e;
            if (leet && buf.AsSpan(ws, tokenLength).IndexOfAny(s_leetChars) >= 0)
            {
                FoldLeet(ws, w);
            }
        }

        if (w != n)
        {
            _identity = false;
            _changed = true;
        }

        _w = w;
    }

    /// <summary>
    /// The first leetspeak character at or after <paramref name="from"/> (a token start or a space) in a token that
    /// <see cref="FoldLeet"/> may change, or -1. A token with fewer than two ASCII letters ("06:12", "4411", "$5") never
    /// changes, so it is passed over and moved with the ordinary tokens around it: tables of times and prices would
    /// otherwise stop the bulk move at every number.
    /// </summary>
    internal static int NextLeetCandidate(ReadOnlySpan<char> buf, int from)
    {
        int i = from;
        while (i < buf.Length)
        {
            int at = buf[i..].IndexOfAny(s_leetChars);
            if (at < 0)
            {
                return -1;
            }

            at += i;
            int start = buf[i..at].LastIndexOf(' ') + i + 1; // i - 1 + 1 when the token starts at i
            int end = buf[at..].IndexOf(' ');
            end = end < 0 ? buf.Length : at + end;
            int letters = 0;
            foreach (char c in buf[start..end])
            {
                if (char.IsAsciiLetter(c) && ++letters == 2)
                {
                    return at;
                }
            }

            i = end;
        }

        return -1;
    }

    /// <summary>
    /// The start of the next token at or after <paramref name="from"/> (which is 0 or a space) that is one character
    /// long or whose second character is a space or a separator (<c>. - _</c>); -1 when there is none.
    /// </summary>
    internal static int NextShortTokenStart(ReadOnlySpan<char> buf, int from)
    {
        int n = buf.Length;
        if (from == 0 && n > 0 && buf[0] != ' ')
        {
            if (n == 1 || IsShortTokenEnd(buf[1]))
            {
                return 0;
            }
        }

        // A token start is the character after a space; a match is "space, x, end-of-token-or-separator".
        ReadOnlySpan<ushort> u = MemoryMarshal.Cast<char, ushort>(buf);
        int i = from;
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<ushort> space = Vector256.Create((ushort)' ');
            Vector256<ushort> dot = Vector256.Create((ushort)'.');
            Vector256<ushort> dash = Vector256.Create((ushort)'-');
            Vector256<ushort> underscore = Vector256.Create((ushort)'_');
            while (i + 2 + Vector256<ushort>.Count <= n)
            {
                Vector256<ushort> a = Vector256.Create(u.Slice(i, Vector256<ushort>.Count));
                Vector256<ushort> b = Vector256.Create(u.Slice(i + 1, Vector256<ushort>.Count));
                Vector256<ushort> c = Vector256.Create(u.Slice(i + 2, Vector256<ushort>.Count));
                Vector256<ushort> hit = Vector256.Equals(a, space) & ~Vector256.Equals(b, space)
                    & (Vector256.Equals(c, space) | Vector256.Equals(c, dot) | Vector256.Equals(c, dash) | Vector256.Equals(c, underscore));
                if (hit != Vector256<ushort>.Zero)
                {
                    return i + BitOperations.TrailingZeroCount(hit.ExtractMostSignificantBits()) + 1;
                }

                i += Vector256<ushort>.Count;
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            Vector128<ushort> space = Vector128.Create((ushort)' ');
            Vector128<ushort> dot = Vector128.Create((ushort)'.');
            Vector128<ushort> dash = Vector128.Create((ushort)'-');
            Vector128<ushort> underscore = Vector128.Create((ushort)'_');
            while (i + 2 + Vector128<ushort>.Count <= n)
            {
                Vector128<ushort> a = Vector128.Create(u.Slice(i, Vector128<ushort>.Count));
                Vector128<ushort> b = Vector128.Create(u.Slice(i + 1, Vector128<ushort>.Count));
                Vector128<ushort> c = Vector128.Create(u.Slice(i + 2, Vector128<ushort>.Count));
                Vector128<ushort> hit = Vector128.Equals(a, space) & ~Vector128.Equals(b, space)
                    & (Vector128.Equals(c, space) | Vector128.Equals(c, dot) | Vector128.Equals(c, dash) | Vector128.Equals(c, underscore));
                if (hit != Vector128<ushort>.Zero)
                {
                    return i + BitOperations.TrailingZeroCount(hit.ExtractMostSignificantBits()) + 1;
                }

                i += Vector128<ushort>.Count;
            }
        }

        for (; i + 1 < n; i++)
        {
            if (buf[i] == ' ' && buf[i + 1] != ' ' && (i + 2 >= n || IsShortTokenEnd(buf[i + 2])))
            {
                return i + 1;
            }
        }

        return -1;
    }

    private static bool IsShortTokenEnd(char c) => c is ' ' or '.' or '-' or '_';

    private void Move(ref int w, int r)
    {
        if (w != r)
        {
            _buf[w] = _buf[r];
            _map[w] = _map[r];
        }

        w++;
    }

    private static bool IsSpaceableChar(char c) => char.IsLetter(c) || char.IsAsciiDigit(c);

    /// <summary>"i g n o r e   a l l" → "ignore all": ≥ 4 single-character tokens (≥ 3 letters) separated by single
    /// spaces; a gap wider in the original than the narrowest gap of the run is a word break.</summary>
    private bool TryJoinSpacedRun(ref int r, ref int w)
    {
        char[] buf = _buf;
        int n = _w;
        int count = 1, letters = char.IsLetter(buf[r]) ? 1 : 0;
        int minGap = int.MaxValue;
        int p = r;
        while (p + 2 < n && buf[p + 1] == ' ' && IsSpaceableChar(buf[p + 2]) && (p + 3 >= n || buf[p + 3] == ' '))
        {
            minGap = Math.Min(minGap, GapWidth(p + 1));
            p += 2;
            count++;
            if (char.IsLetter(buf[p]))
            {
                letters++;
            }
        }

        if (count < 4 || letters < 3)
        {
            return false;
        }

        int groupStart = w;
        for (int q = r; q <= p; q += 2)
        {
            Move(ref w, q);
            if (q < p && GapWidth(q + 1) > minGap)
            {
                if (_options.FoldLeetspeak)
                {
                    FoldLeet(groupStart, w);
                }

                Move(ref w, q + 1);
                groupStart = w;
            }
        }

        if (_options.FoldLeetspeak)
        {
            FoldLeet(groupStart, w);
        }

        Flags |= NormalizationFlags.SpacedLetters;
        r = p + 1;
        return true;
    }

    /// <summary>Width of the original whitespace behind the folded space at <paramref name="spaceIndex"/> (a line break counts double).</summary>
    private readonly int GapWidth(int spaceIndex)
    {
        string s = _s;
        int j = _map[spaceIndex];
        int width = 0;
        while (j < s.Length && width < 64)
        {
            char c = s[j];
            if (!IsFoldedWhitespace(c))
            {
                if (CharData.HiddenKind(c) >= 0)
                {
                    j++;
                    continue;
                }

                break;
            }

            width += c is '\n' or '\r' or '\u2028' or '\u2029' ? 2 : 1;
            j++;
        }

        return width;
    }

    /// <summary>"i.g.n.o.r.e" → "ignore": single letters alternating with one repeated separator (. - _).</summary>
    private bool TryJoinSeparated(int r, int e, int minLetters, ref int w)
    {
        char[] buf = _buf;
        char sep = buf[r + 1];
        if (!SpacedSeparators.Contains(sep) || !IsSpaceableChar(buf[r]))
        {
            return false;
        }

        int letters = 0;
        for (int k = r; k < e; k++)
        {
            bool even = ((k - r) & 1) == 0;
            if (even ? !IsSpaceableChar(buf[k]) : buf[k] != sep)
            {
                return false;
            }

            if (even && char.IsLetter(buf[k]))
            {
                letters++;
            }
        }

        if (letters < minLetters)
        {
            return false;
        }

        int ws = w;
        for (int k = r; k < e; k += 2)
        {
            Move(ref w, k);
        }

        if (_options.FoldLeetspeak)
        {
            FoldLeet(ws, w);
        }

        Flags |= NormalizationFlags.SpacedLetters;
        return true;
    }

    /// <summary>
    /// Leetspeak rule: within a token (trimmed of leading/trailing punctuation other than $ and @), digits and
    /// <c>@ $ ! |</c> are read as letters when the result is a known word ("th3" → "the"), or when the token has at least
    /// 3 letters, at least 2 leet characters, a leet run between two letters, and is not a pure hex string
    /// ("1gn0r3", "pr3v10u5", "$y$tem"). Ordinary numbers, versions (v1.2), "mp3", "h264", "covid19" do not qualify.
    /// </summary>
    private void FoldLeet(int start, int end)
    {
        char[] buf = _buf;
        while (start < end && !IsLeetCoreEdge(buf[start]))
        {
            start++;
        }

        while (end > start && !IsLeetCoreEdge(buf[end - 1]))
        {
            end--;
        }

        int len = end - start;
        if (len < 3 || len > 32)
        {
            return;
        }

        int letters = 0, leet = 0, interiorRuns = 0;
        bool pureHex = true;
        for (int k = start; k < end; k++)
        {
            char c = buf[k];
            if (char.IsAsciiLetter(c))
            {
                letters++;
                if (c > 'f')
                {
                    pureHex = false;
                }
            }
            else if (LeetLetter(c, false) != '\0')
            {
                leet++;
                if (!char.IsAsciiDigit(c))
                {
                    pureHex = false;
                }

                if (k > start && char.IsAsciiLetter(buf[k - 1]))
                {
                    int j = k;
                    while (j < end && LeetLetter(buf[j], false) != '\0')
                    {
                        j++;
                    }

                    if (j < end && char.IsAsciiLetter(buf[j]))
                    {
                        interiorRuns++;
                    }
                }
            }
            else
            {
                pureHex = false;
            }
        }

        if (leet == 0 || letters < 2)
        {
            return;
        }

        Span<char> a = stackalloc char[len];
        Span<char> b = stackalloc char[len];
        for (int k = 0; k < len; k++)
        {
            char c = buf[start + k];
            char la = LeetLetter(c, false);
            char lb = LeetLetter(c, true);
            a[k] = la == '\0' ? c : la;
            b[k] = lb == '\0' ? c : lb;
        }

        if (CommonWords.Contains(a) || (interiorRuns > 0 && letters >= 3 && leet >= 2 && !pureHex && !CommonWords.Contains(b)))
        {
            a.CopyTo(buf.AsSpan(start, len));
        }
        else if (CommonWords.Contains(b))
        {
            b.CopyTo(buf.AsSpan(start, len));
        }
        else
        {
            return;
        }

        Flags |= NormalizationFlags.Leetspeak;
        _changed = true;
    }

    private static bool IsLeetCoreEdge(char c) => char.IsAsciiLetterOrDigit(c) || c is '$' or '@';

    private static char LeetLetter(char c, bool alternate) => c switch
    {
        '0' => 'o',
        '1' => alternate ? 'l' : 'i',
        '2' => 'z',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '6' => 'g',
        '7' => 't',
        '8' => 'b',
        '9' => 'g',
        '@' => 'a',
        '$' => 's',
        '!' => 'i',
        '|' => alternate ? 'i' : 'l',
        _ => '\0',
    };
}
