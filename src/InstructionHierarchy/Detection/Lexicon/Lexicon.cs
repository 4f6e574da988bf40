using System.Buffers;
using System.Collections.Frozen;

namespace InstructionHierarchy.Detection.Lexicon;

/// <summary>
/// A set of anchor phrases, each tagged with a <see cref="Cue"/>, found in one pass over a folded view by a vectorized
/// multi-string search (<see cref="SearchValues{T}"/> of strings); candidates are then checked at the hit only.
/// </summary>
/// <remarks>
/// <para>Phrases are written folded (lower case, single spaces). A trailing <c>*</c> makes a phrase a stem (no word
/// boundary needed after it). Phrases that start or end with a letter of a script written with spaces between words
/// (Latin, Greek, Cyrillic) need a word boundary there; phrases in Chinese, Japanese, Korean, Thai, Arabic and
/// Devanagari are plain substrings, because those scripts attach particles, clitics and vowel signs to the word. An apostrophe also matches the typographic one (’).</para>
/// <para>Work is linear in the text: one search, and at each hit a check of the phrases that start with that character.</para>
/// </remarks>
internal sealed class Lexicon
{
    private readonly SearchValues<string> _search;
    private readonly FrozenDictionary<char, Entry[]> _byFirst;

    /// <summary>Initializes a new lexicon.</summary>
    /// <param name="entries">The phrases with their cues.</param>
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

        var phrases = new HashSet<string>(StringComparer.Ordinal);
        var byFirst = new Dictionary<char, List<Entry>>();
        foreach (Entry entry in unique.Values)
        {
            phrases.Add(entry.Phrase);
            if (!byFirst.TryGetValue(entry.Phrase[0], out List<Entry>? list))
            {
                byFirst[entry.Phrase[0]] = list = [];
            }

            list.Add(entry);
        }

        _search = SearchValues.Create([.. phrases], StringComparison.Ordinal);
        var frozen = new Dictionary<char, Entry[]>(byFirst.Count);
        foreach ((char first, List<Entry> list) in byFirst)
        {
            list.Sort(static (a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
            frozen[first] = [.. list];
        }

        _byFirst = frozen.ToFrozenDictionary();
        Count = unique.Count;
    }

    /// <summary>Gets the number of distinct (cue, phrase) entries.</summary>
    public int Count { get; }

    /// <summary>Finds every anchor in <paramref name="text"/>, in order of position, and appends them to <paramref name="hits"/>.</summary>
    /// <param name="text">A folded view.</param>
    /// <param name="hits">Where the hits go.</param>
    public void Scan(ReadOnlySpan<char> text, ref CueHitBuffer hits)
    {
        int offset = 0;
        while (offset < text.Length)
        {
            int at = text[offset..].IndexOfAny(_search);
            if (at < 0)
            {
                return;
            }

            int i = offset + at;
            if (_byFirst.TryGetValue(text[i], out Entry[]? candidates) && !IsInsideMarker(text, i))
            {
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

                        hits.Add(new CueHit(entry.Cue, i, length));
                    }
                }
            }

            offset = i + 1;
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

    private static void Add(Dictionary<(Cue, string), Entry> unique, Cue cue, string phrase, bool stem) =>
        unique[(cue, phrase)] = new Entry(phrase, cue, IsSpacedScriptLetter(phrase[0]), !stem && IsSpacedScriptLetter(phrase[^1]), stem && IsSpacedScriptLetter(phrase[^1]));

    private sealed record Entry(string Phrase, Cue Cue, bool StartBoundary, bool EndBoundary, bool Stem);
}
