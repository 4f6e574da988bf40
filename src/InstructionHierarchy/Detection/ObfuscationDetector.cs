using System.Globalization;
using InstructionHierarchy.Detection.Lexicon;
using InstructionHierarchy.Normalization;

namespace InstructionHierarchy.Detection;

/// <summary>
/// Finds hidden or encoded content: invisible characters splitting words, Unicode tag characters, bidirectional overrides,
/// base64 / hex / ROT13 / percent / HTML-entity payloads that decode to instructions, and trigger phrases disguised with
/// homoglyphs, leetspeak, spaced letters, fullwidth forms or invisible characters. Each finding carries the visible
/// (decoded) text as <see cref="InstructionConflict.DecodedPayload"/>.
/// </summary>
/// <remarks>
/// <para>
/// The threat: an instruction the reader cannot see, or that a keyword filter cannot read, still reaches the model, which
/// reads tag characters, reverses text and decodes base64 without being asked. Hiding is evidence of intent on its own, so
/// the disguise is a finding of its own beside whatever the other detectors find in the decoded text
/// (every built-in detector also searches each decoded payload through <see cref="DetectionContext.Views"/>).
/// Add this detector after the others: it reads their findings to tell a disguised trigger from a plain one.
/// </para>
/// <para>
/// Not findings: ordinary invisible characters — a zero-width joiner in an emoji sequence, a zero-width non-joiner in
/// Persian or Hindi, a byte-order mark at the start, soft hyphens in long words, tag characters of a subdivision flag
/// emoji, bidi embeddings and isolates in right-to-left text — and encoded data that decodes to no instruction.
/// </para>
/// <para>Rule ids: <c>IH-OBF-001</c> invisible characters inside words, <c>IH-OBF-002</c> Unicode tag characters that
/// spell text, <c>IH-OBF-003</c> a bidirectional override that reverses text, <c>IH-OBF-004</c> an encoded payload that
/// decodes to an instruction, <c>IH-OBF-005</c> a trigger phrase disguised by homoglyphs, leetspeak, spaced letters,
/// fullwidth forms or invisible characters.</para>
/// </remarks>
public sealed class ObfuscationDetector : IConflictDetector
{
    private const int MinSplitWords = 2;
    private const int MaxSplitFindings = 256;

    /// <inheritdoc />
    public void Detect(DetectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        NormalizedText normalized = context.Normalized;
        string text = context.Text;
        if (!normalized.IsPlain)
        {
            HiddenCharacters(context, normalized, text);
            EncodedPayloads(context);
        }

        DisguisedTriggers(context, text);
    }

    private static void HiddenCharacters(DetectionContext context, NormalizedText normalized, string text)
    {
        int splitCount = 0;
        foreach (HiddenRun run in normalized.HiddenRuns)
        {
            switch (run.Kind)
            {
                case HiddenCharacterKind.TagCharacter:
                    if (!IsFlagEmoji(text, run.Start, run.Length))
                    {
                        context.Report(
                            ConflictCategory.Obfuscation,
                            ConflictSeverity.High,
                            "IH-OBF-002",
                            run.Start,
                            run.Length,
                            "Invisible Unicode tag characters spell hidden text.",
                            normalized.TagText);
                    }

                    break;

                case HiddenCharacterKind.BidiControl:
                    if (text.AsSpan(run.Start, run.Length).IndexOfAny('\u202E', '\u202D') >= 0)
                    {
                        int end = ReversedRunEnd(text, run.Start + run.Length);
                        context.Report(
                            ConflictCategory.Obfuscation,
                            ConflictSeverity.Medium,
                            "IH-OBF-003",
                            run.Start,
                            end - run.Start,
                            "A bidirectional override makes the text display in a different order than the model reads it.",
                            ReversedPayload(normalized, run.Start));
                    }

                    break;

                case HiddenCharacterKind.ZeroWidth or HiddenCharacterKind.WordJoiner or HiddenCharacterKind.VariationSelector or HiddenCharacterKind.Other:
                    if (SplitsSpacedScriptWord(text, run.Start, run.Length))
                    {
                        splitCount++;
                    }

                    break;
            }
        }

        if (splitCount < MinSplitWords)
        {
            return;
        }

        // One finding per run, spanning just the invisible characters: neutralizing removes them and nothing else, so
        // the edit never collides with a redaction around it, and the word it was splitting reads as it is.
        int reported = 0;
        foreach (HiddenRun run in normalized.HiddenRuns)
        {
            if (run.Kind is HiddenCharacterKind.ZeroWidth or HiddenCharacterKind.WordJoiner or HiddenCharacterKind.VariationSelector or HiddenCharacterKind.Other
                && SplitsSpacedScriptWord(text, run.Start, run.Length) && reported++ < MaxSplitFindings)
            {
                int wordStart = WordStart(text, run.Start);
                int wordEnd = WordEnd(text, run.Start + run.Length);
                context.Report(
                    ConflictCategory.Obfuscation,
                    ConflictSeverity.Medium,
                    "IH-OBF-001",
                    run.Start,
                    run.Length,
                    "Invisible characters split a word, which hides it from filters but not from the model.",
                    Sanitization.ConflictSpanSanitizer.StripHidden(text.AsSpan(wordStart, wordEnd - wordStart)));
            }
        }
    }

    private static void EncodedPayloads(DetectionContext context)
    {
        IReadOnlyList<DetectionView> views = context.Views;
        for (int v = 1; v < views.Count; v++)
        {
            DetectionView view = views[v];
            DecodedPayload payload = view.Payload!;
            if (payload.Kind == EncodingKind.TagCharacters)
            {
                continue; // IH-OBF-002 reports it.
            }

            ConflictSeverity? found = null;
            foreach (InstructionConflict conflict in context.Conflicts)
            {
                if (conflict.Category != ConflictCategory.Obfuscation && conflict.Start == payload.Start && conflict.Length == payload.Length
                    && ReferenceEquals(conflict.DecodedPayload, payload.Text) && (found is null || conflict.Severity > found))
                {
                    found = conflict.Severity;
                }
            }

            if (found is null && IsCommanding(view.Cues))
            {
                found = ConflictSeverity.Medium;
            }

            if (found is { } severity)
            {
                context.Report(
                    ConflictCategory.Obfuscation,
                    severity < ConflictSeverity.High ? TierSeverity.Raise(severity) : severity,
                    "IH-OBF-004",
                    payload.Start,
                    payload.Length,
                    $"An encoded payload ({payload.Kind}) decodes to an instruction.",
                    payload.Text);
            }
        }
    }

    /// <summary>A decoded text that issues orders to the model, even if no detector named the attack.</summary>
    private static bool IsCommanding(in CueSet cues) =>
        cues.Has(Cue.Dismiss) && (cues.Has(Cue.InstructionNoun) || cues.Has(Cue.PromptTarget))
        || cues.Has(Cue.Authority) || cues.Has(Cue.NewInstructions) || cues.Has(Cue.RealTask) || cues.Has(Cue.JailbreakName) || cues.Has(Cue.Invalidate) && cues.Has(Cue.InstructionNoun);

    private static void DisguisedTriggers(DetectionContext context, string text)
    {
        IReadOnlyList<InstructionConflict> conflicts = context.Conflicts;
        int count = conflicts.Count;
        for (int i = 0; i < count; i++)
        {
            InstructionConflict conflict = conflicts[i];
            if (conflict.Category == ConflictCategory.Obfuscation || conflict.DecodedPayload is not null || conflict.Length == 0)
            {
                continue;
            }

            ReadOnlySpan<char> span = text.AsSpan(conflict.Start, conflict.Length);
            if (Disguise(span) is { } technique)
            {
                string visible = TextNormalizer.Default.Normalize(span.ToString()).Folded;
                context.Report(
                    ConflictCategory.Obfuscation,
                    conflict.Severity < ConflictSeverity.High ? ConflictSeverity.High : conflict.Severity,
                    "IH-OBF-005",
                    conflict.Start,
                    conflict.Length,
                    $"A trigger phrase is disguised with {technique}.",
                    visible);
            }
        }
    }

    /// <summary>Names the disguise in a trigger's original text, or <see langword="null"/> if it is written plainly.</summary>
    internal static string? Disguise(ReadOnlySpan<char> span)
    {
        int spacedLetters = 0;
        for (int i = 0; i < span.Length; i++)
        {
            char c = span[i];
            bool pair = i + 1 < span.Length && char.IsSurrogatePair(c, span[i + 1]);
            if (IsHiddenChar(c) || pair && char.ConvertToUtf32(c, span[i + 1]) is >= 0xE0000 and <= 0xE007F)
            {
                return "invisible characters";
            }

            if (c is >= '\uFF01' and <= '\uFF5E')
            {
                return "fullwidth letters";
            }

            if (pair && char.ConvertToUtf32(c, span[i + 1]) is >= 0x1D400 and <= 0x1D7FF)
            {
                return "mathematical alphanumeric letters";
            }

            bool prevLatin = i > 0 && char.IsAsciiLetter(span[i - 1]);
            bool nextLatin = i + 1 < span.Length && char.IsAsciiLetter(span[i + 1]);
            if (c is (>= '\u0370' and <= '\u03FF') or (>= '\u0400' and <= '\u04FF') && (prevLatin || nextLatin))
            {
                return "lookalike letters from another script";
            }

            if (char.IsAsciiDigit(c) && (prevLatin || nextLatin) && c is '0' or '1' or '3' or '4' or '5' or '7')
            {
                return "leetspeak";
            }

            if (char.IsLetter(c) && (i == 0 || span[i - 1] is ' ' or '.' or '-' or '_') && (i + 1 == span.Length || span[i + 1] is ' ' or '.' or '-' or '_'))
            {
                if (++spacedLetters >= 4)
                {
                    return "spaced-out letters";
                }
            }
        }

        // A word spelled wholly in lookalikes (Cyrillic "іgnоrе") folds to Latin: the folded form differs from the text.
        return null;
    }

    private static bool IsHiddenChar(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\u2061' or '\u2062' or '\u2063' or '\u2064' or '\uFEFF' or '\u00AD' or '\u180E' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>Invisible characters between two letters of a script written with spaces (Latin, Greek, Cyrillic): a split word.
    /// Joiners between letters of Arabic, Persian or Indic scripts are part of spelling there, and emoji sequences have no letters.</summary>
    private static bool SplitsSpacedScriptWord(string text, int start, int length)
    {
        // Look through neighbouring invisible characters of other kinds (a zero-width space next to tag characters).
        int before = start - 1;
        while (before >= 0 && (IsHiddenChar(text[before]) || char.IsSurrogate(text[before]) && IsTagAt(text, before)))
        {
            before--;
        }

        int after = start + length;
        while (after < text.Length && (IsHiddenChar(text[after]) || char.IsSurrogate(text[after]) && IsTagAt(text, after)))
        {
            after++;
        }

        return before >= 0 && after < text.Length && IsSplittableLetter(text[before]) && IsSplittableLetter(text[after]);
    }

    private static bool IsTagAt(string text, int i)
    {
        int high = char.IsHighSurrogate(text[i]) ? i : i - 1;
        return high >= 0 && high + 1 < text.Length && char.IsSurrogatePair(text[high], text[high + 1]) && char.ConvertToUtf32(text[high], text[high + 1]) is >= 0xE0000 and <= 0xE007F;
    }

    private static bool IsSplittableLetter(char c) => char.IsLetter(c) && c < '\u0530';

    private static bool IsFlagEmoji(string text, int start, int length)
    {
        // 🏴 (U+1F3F4) followed by tag letters and CANCEL TAG (U+E007F): the flags of England, Scotland, Wales.
        bool opens = start >= 2 && text[start - 2] == '\uD83C' && text[start - 1] == '\uDFF4';
        int end = start + length;
        bool closes = end >= 2 && text[end - 2] == '\uDB40' && text[end - 1] == '\uDC7F';
        return opens && closes && length <= 16;
    }

    private static int ReversedRunEnd(string text, int from)
    {
        int end = text.IndexOf('\u202C', from);
        if (end < 0)
        {
            end = text.IndexOfAny(['\n', '\u2069'], from);
        }

        return end < 0 ? text.Length : end + 1;
    }

    private static string? ReversedPayload(NormalizedText normalized, int start)
    {
        foreach (DecodedPayload payload in normalized.Decoded)
        {
            if (payload.Kind == EncodingKind.Reversed && payload.Start <= start + 1 && payload.Start + payload.Length >= start)
            {
                return payload.Text;
            }
        }

        return null;
    }

    private static int WordStart(string text, int i)
    {
        while (i > 0 && !char.IsWhiteSpace(text[i - 1]) && i > 0)
        {
            i--;
        }

        return i;
    }

    private static int WordEnd(string text, int i)
    {
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
