using InstructionHierarchy.Detection;
using InstructionHierarchy.Detection.Lexicon;

namespace InstructionHierarchy.Tests.Detection.Lexicon;

/// <summary>
/// The lexicon scan as it was before the word-bitmap rewrite (each word hashed character by character with FNV-1a, every
/// phrase sharing a first word compared at each occurrence of that word), kept unchanged as a test oracle: the new scan
/// must find exactly the same hits, in the same order.
/// </summary>
internal sealed class LegacyLexicon
{
    private const int FilterBits = 1 << 16;
    private const ulong HashSeed = 14695981039346656037UL;
    private const ulong HashPrime = 1099511628211UL;

    private readonly AnchorSearch? _otherSearch;
    private readonly Dictionary<char, Entry[]> _byFirst;
    private readonly Dictionary<ulong, Entry[]> _byWord;
    private readonly Dictionary<ulong, Entry[]> _byPrefix;
    private readonly ulong[] _filter = new ulong[FilterBits / 64];
    private readonly ulong _prefixLengths;
    private readonly int _longestHead;

    /// <summary>Initializes a new lexicon.</summary>
    /// <param name="entries">The phrases with their cues.</param>
    public LegacyLexicon(IEnumerable<(Cue Cue, string Phrase)> entries)
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

        // Phrases that start a word of a space-delimited script are found by hashing the words of the text; the others
        // (Chinese, Japanese, Thai, punctuation…) by a multi-string search. The order of the candidates at one position
        // (longest first) is the rank of an entry among the phrases with its first character.
        var others = new HashSet<string>(StringComparer.Ordinal);
        var byWord = new Dictionary<ulong, List<Entry>>();
        var byPrefix = new Dictionary<ulong, List<Entry>>();
        var frozen = new Dictionary<char, Entry[]>(byFirst.Count);
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

                _longestHead = Math.Max(_longestHead, head);
                ulong hash = Hash(entry.Phrase.AsSpan(0, head));
                SetFilter(hash);
                if (head == entry.Phrase.Length && !entry.EndBoundary)
                {
                    // The phrase is a word prefix (a stem, or a word that needs no boundary after it).
                    _prefixLengths |= 1UL << Math.Min(head, 63);
                    AddTo(byPrefix, hash, entry);
                }
                else
                {
                    AddTo(byWord, hash, entry);
                }
            }

            frozen[first] = [.. list];
        }

        _byWord = Freeze(byWord);
        _byPrefix = Freeze(byPrefix);
        _otherSearch = others.Count > 0 ? new AnchorSearch([.. others]) : null;
        _byFirst = frozen;
        Count = unique.Count;
    }

    /// <summary>Gets the number of distinct (cue, phrase) entries.</summary>
    public int Count { get; }

    /// <summary>Finds every anchor in <paramref name="text"/>, in order of position, and appends them to <paramref name="hits"/>.</summary>
    /// <param name="text">A folded view.</param>
    /// <param name="hits">Where the hits go.</param>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Scan(ReadOnlySpan<char> text, ref CueHitBuffer hits)
    {
        var others = default(CueHitBuffer);
        try
        {
            ScanOthers(text, ref others);
            ReadOnlySpan<CueHit> pending = others.Items;
            int nextOther = 0;
            int n = text.Length;
            int longestHead = _longestHead;
            ulong prefixLengths = _prefixLengths;
            ulong[] filter = _filter;
            int i = 0;
            while (i < n)
            {
                char c = text[i];
                if (!IsWordCharFast(c))
                {
                    i++;
                    continue;
                }

                int start = i++;
                if (!IsSpacedScriptLetter(c))
                {
                    // No phrase of the hashed scripts starts here (a word of Chinese, Thai…): skip the word.
                    while (i < n && IsWordCharFast(text[i]))
                    {
                        i++;
                    }

                    continue;
                }

                // Hash the word once; every length that is a stem length is looked up on the way.
                int found = hits.Count;
                ulong hash = (HashSeed ^ c) * HashPrime;
                int headEnd = Math.Min(n, start + longestHead);
                while (true)
                {
                    int length = i - start;
                    if (length < 64 && (prefixLengths & (1UL << length)) != 0 && InFilter(filter, hash) && _byPrefix.TryGetValue(hash, out Entry[]? stems))
                    {
                        if (found == hits.Count)
                        {
                            nextOther = Flush(pending, nextOther, start, ref hits);
                            found = hits.Count;
                        }

                        Match(text, start, stems, ref hits);
                    }

                    if (i >= headEnd || !IsWordCharFast(c = text[i]))
                    {
                        break;
                    }

                    hash = (hash ^ c) * HashPrime;
                    i++;
                }

                if (i < n && IsWordCharFast(text[i]))
                {
                    // Longer than every phrase head: no whole-word phrase starts here.
                    i++;
                    while (i < n && IsWordCharFast(text[i]))
                    {
                        i++;
                    }
                }
                else if (InFilter(filter, hash) && _byWord.TryGetValue(hash, out Entry[]? words))
                {
                    if (found == hits.Count)
                    {
                        nextOther = Flush(pending, nextOther, start, ref hits);
                        found = hits.Count;
                    }

                    Match(text, start, words, ref hits);
                }

                if (hits.Count - found > 1)
                {
                    hits.SortTail(found, static (a, b) => a.Rank.CompareTo(b.Rank));
                }
            }

            Flush(pending, nextOther, int.MaxValue, ref hits);
        }
        finally
        {
            others.Release();
        }
    }

    /// <summary>Gets a value indicating whether a character continues a word of a script written with spaces.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for letters, digits and combining marks.</returns>
    internal static bool IsWordChar(char c) =>
        c < 0x80 ? char.IsAsciiLetterOrDigit(c) || c == '_' : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>Gets a value indicating whether a character belongs to a script whose words are separated by spaces.</summary>
    private static bool IsSpacedScriptLetter(char c) =>
        (c < 0x0590 && char.IsLetterOrDigit(c)) || c is >= '\u1E00' and <= '\u1EFF';

    /// <summary>The pipeline's own redaction markers ("[redacted: jailbreak]") name a category; they are not an instruction.</summary>
    private static bool IsInsideMarker(ReadOnlySpan<char> text, int i)
    {
        const string Marker = "[redacted: ";
        return i >= Marker.Length && text[(i - Marker.Length)..i].SequenceEqual(Marker);
    }

    /// <summary>Finds the phrases that start with a character other than a letter of a space-delimited script.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
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
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void Match(ReadOnlySpan<char> text, int i, Entry[] candidates, ref CueHitBuffer hits)
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

    private static ulong Hash(ReadOnlySpan<char> word)
    {
        ulong hash = HashSeed;
        foreach (char c in word)
        {
            hash = (hash ^ c) * HashPrime;
        }

        return hash;
    }

    private static bool InFilter(ulong[] filter, ulong hash)
    {
        int bit = (int)(hash >> 48);
        return (filter[bit >> 6] & (1UL << bit)) != 0;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsWordCharFast(char c) => c < 0x80 ? (uint)((c | 0x20) - 'a') < 26 || (uint)(c - '0') < 10 || c == '_' : IsWordChar(c);

    private void SetFilter(ulong hash)
    {
        int bit = (int)(hash >> 48);
        _filter[bit >> 6] |= 1UL << bit;
    }

    private static void AddTo(Dictionary<ulong, List<Entry>> table, ulong hash, Entry entry)
    {
        if (!table.TryGetValue(hash, out List<Entry>? list))
        {
            table[hash] = list = [];
        }

        list.Add(entry);
    }

    private static Dictionary<ulong, Entry[]> Freeze(Dictionary<ulong, List<Entry>> table)
    {
        var frozen = new Dictionary<ulong, Entry[]>(table.Count);
        foreach ((ulong hash, List<Entry> list) in table)
        {
            frozen[hash] = [.. list];
        }

        return frozen;
    }

    private static void Add(Dictionary<(Cue, string), Entry> unique, Cue cue, string phrase, bool stem) =>
        unique[(cue, phrase)] = new Entry(phrase, cue, IsSpacedScriptLetter(phrase[0]), !stem && IsSpacedScriptLetter(phrase[^1]), stem && IsSpacedScriptLetter(phrase[^1]), 0);

    private sealed record Entry(string Phrase, Cue Cue, bool StartBoundary, bool EndBoundary, bool Stem, int Rank);
}
