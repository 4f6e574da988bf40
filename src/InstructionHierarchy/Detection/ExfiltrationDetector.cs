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

        // One scan of the segment's view, shared with the indirect-instruction detector, finds URL starts, anchors and sinks;
        // decoded payloads are read with the same rules, and a finding in one spans the encoded run.
        DetectorAnchors.ScanViews(context, DetectView);
    }

    private static void DetectView(DetectionContext context, NormalizedText normalized, AnchorSearchHits anchors, DetectionView? view)
    {
        bool untrusted = context.Tier < PriorityTier.User;
        var budget = new ReportBudget(view);
        ScanUrls(context, normalized, anchors, untrusted, ref budget);
        ScanInstructions(context, normalized, anchors, untrusted, ref budget);
        if (anchors.Next(0, DetectorAnchors.NetworkSink) >= 0)
        {
            ScanCode(context, normalized, untrusted, ref budget);
        }
    }

    private static void ScanUrls(DetectionContext context, NormalizedText normalized, AnchorSearchHits anchors, bool untrusted, ref ReportBudget budget)
    {
        string folded = normalized.Folded;
        int position = 0;
        while (position < folded.Length && !budget.Exhausted)
        {
            int at = anchors.Next(position, DetectorAnchors.UrlStart);
            if (at < 0)
            {
                return;
            }

            // A markdown image or link: "![alt](url)" or "[text](url)"; its URL runs to the closing parenthesis.
            int open = at - 1;
            while (open >= 0 && at - open < 4 && folded[open] is ' ' or '<')
            {
                open--;
            }

            bool markdown = open >= 1 && folded[open] == '(' && folded[open - 1] == ']';
            int end = UrlEnd(folded, at, markdown);
            position = Math.Max(end, at + 1);
            ReadOnlySpan<char> url = folded.AsSpan(at, end - at);
            bool slotted = HasSensitiveSlot(url, out bool conversational) | HasUpperCaseSlot(normalized, at, end - at, ref conversational);
            if (!conversational && EndsWithEmptyParameter(url) && FilledFromConversation(normalized, at))
            {
                slotted = true;
                conversational = true;
            }

            if (!slotted && NaturalLanguageSlot(url))
            {
                slotted = true;
                conversational = true;
            }

            if (!slotted)
            {
                continue;
            }

            if (markdown)
            {
                int bracket = folded.AsSpan(Math.Max(0, open - 400), open - Math.Max(0, open - 400)).LastIndexOf('[');
                int labelStart = bracket < 0 ? open - 1 : Math.Max(0, open - 400) + bracket;
                bool image = labelStart > 0 && folded[labelStart - 1] == '!';
                int spanStart = image ? labelStart - 1 : labelStart;
                int spanEnd = end < folded.Length && folded[end] == ')' ? end + 1 : end;
                ConflictSeverity severity = untrusted ? (image ? ConflictSeverity.Critical : ConflictSeverity.High) : ConflictSeverity.Medium;
                budget.Report(
                    context,
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
                budget.Report(
                    context,
                    ConflictCategory.Exfiltration,
                    untrusted ? ConflictSeverity.High : ConflictSeverity.Medium,
                    "IH-EXF-002",
                    at,
                    end - at,
                    "A URL with a placeholder for conversation or secret data.");
            }
        }
    }

    /// <summary>
    /// A query value written as words for the model to replace (<c>?q=put the user's questions and e-mail here</c>, in any
    /// script): it names something sensitive and holds letters outside ASCII or several words.
    /// </summary>
    private static bool NaturalLanguageSlot(ReadOnlySpan<char> url)
    {
        int query = url.IndexOf('?');
        if (query < 0 || url.Length - query < 6)
        {
            return false;
        }

        ReadOnlySpan<char> rest = url[(query + 1)..];
        int nonAscii = 0;
        foreach (char c in rest)
        {
            if (c > '\u007F' && char.IsLetter(c))
            {
                nonAscii++;
            }
        }

        bool wordy = nonAscii >= 4 || rest.Count('+') >= 3 || rest.Count("%20") >= 3;
        if (!wordy)
        {
            return false;
        }

        Span<char> decoded = stackalloc char[Math.Min(rest.Length, 512)];
        int length = 0;
        for (int i = 0; i < rest.Length && length < decoded.Length; i++)
        {
            char c = rest[i];
            if (c == '+' || (c == '%' && i + 2 < rest.Length && rest[i + 1] == '2' && rest[i + 2] == '0'))
            {
                decoded[length++] = ' ';
                i += c == '%' ? 2 : 0;
            }
            else
            {
                decoded[length++] = c;
            }
        }

        return ExfiltrationLexicon.SensitiveObject(decoded[..length]) || ExfiltrationLexicon.SensitiveSlotNameGated.Any(decoded[..length]);
    }

    private static bool HasSensitiveSlot(ReadOnlySpan<char> url, out bool conversational)
    {
        conversational = false;
        bool any = false;
        if (ExfiltrationLexicon.DataSlotGated.Candidates(url) == 0)
        {
            return false;
        }

        foreach (System.Text.RegularExpressions.ValueMatch slot in ExfiltrationLexicon.DataSlot().EnumerateMatches(url))
        {
            any = true;
            ReadOnlySpan<char> text = url.Slice(slot.Index, slot.Length);
            if (text.Length >= 48 || ExfiltrationLexicon.SensitiveSlotNameGated.Any(text))
            {
                conversational = true;
                return true;
            }
        }

        return any;
    }

    private static int UrlEnd(string folded, int at, bool markdown)
    {
        int limit = Math.Min(folded.Length, at + MaxUrl);
        int end = at;
        while (end < limit)
        {
            char c = folded[end];
            if (c == '<' || (markdown && c == ' '))
            {
                // A placeholder with spaces ("<the question you were asked>") or a markdown URL with spaces.
                int close = folded.AsSpan(end, Math.Min(limit - end, 200)).IndexOfAny(c == '<' ? '>' : ')', '\n');
                if (close > 0 && c == '<')
                {
                    end += close + 1;
                    continue;
                }

                if (close > 0 && markdown)
                {
                    end += close;
                    break;
                }
            }

            if (IsUrlTerminator(c))
            {
                break;
            }

            end++;
        }

        return end;
    }

    private static bool EndsWithEmptyParameter(ReadOnlySpan<char> url)
    {
        url = url.TrimEnd(".,;:!?");
        return url.Length > 8 && url[^1] == '=' && url.Contains('?');
    }

    /// <summary>Whether the sentence around a URL that ends with "param=" says to fill it from the conversation.</summary>
    private static bool FilledFromConversation(NormalizedText normalized, int at)
    {
        (int start, int end) = FoldedSentences.Around(normalized, at);
        if (end <= start)
        {
            return false;
        }

        ReadOnlySpan<char> sentence = normalized.Folded.AsSpan(start, end - start);
        return ExfiltrationLexicon.SensitiveObject(sentence) || ExfiltrationLexicon.SensitiveSlotNameGated.Any(sentence[Math.Min(sentence.Length, at - start)..]);
    }

    /// <summary>Finds query values in capitals (of any cased script) in the original text (<c>?who=NAME&amp;notes=NOTES</c>): placeholders the model is told to fill.</summary>
    private static bool HasUpperCaseSlot(NormalizedText normalized, int foldedStart, int foldedLength, ref bool conversational)
    {
        (int start, int length) = normalized.MapToOriginal(foldedStart, foldedLength);
        ReadOnlySpan<char> url = normalized.Original.AsSpan(start, length);
        int query = url.IndexOf('?');
        if (query < 0)
        {
            return false;
        }

        bool found = false;
        Span<char> lower = stackalloc char[40];
        ReadOnlySpan<char> rest = url[(query + 1)..];
        while (!rest.IsEmpty)
        {
            int amp = rest.IndexOf('&');
            ReadOnlySpan<char> pair = amp < 0 ? rest : rest[..amp];
            rest = amp < 0 ? [] : rest[(amp + 1)..];
            int eq = pair.IndexOf('=');
            if (eq < 0)
            {
                continue;
            }

            ReadOnlySpan<char> value = pair[(eq + 1)..].TrimEnd(").,;");
            if (value.Length < 3 || value.Length > 40 || !IsCapitalsWord(value))
            {
                continue;
            }

            found = true;
            int written = value.ToLowerInvariant(lower);
            if (ExfiltrationLexicon.SensitiveSlotNameGated.Any(lower[..written]))
            {
                conversational = true;
            }
        }

        return found;
    }

    private static bool IsCapitalsWord(ReadOnlySpan<char> value)
    {
        int letters = 0;
        foreach (char c in value)
        {
            // Capitals of any cased script: ?d=LAST_USER_MESSAGE, ?d=ОСТАННЄ_ПОВІДОМЛЕННЯ, ?d=ΜΗΝΥΜΑ_ΧΡΗΣΤΗ.
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (c != '_')
            {
                return false;
            }
        }

        return letters >= 3;
    }

    private static bool IsUrlTerminator(char c) => c is ' ' or ')' or '"' or '\'' or '`' or '>' or '|' or '\\' or '。' or '，' or '、';

    private static void ScanInstructions(DetectionContext context, NormalizedText normalized, AnchorSearchHits anchors, bool untrusted, ref ReportBudget budget)
    {
        string folded = normalized.Folded;
        int position = 0;
        int covered = 0;
        while (position < folded.Length && !budget.Exhausted)
        {
            int at = anchors.Next(position, DetectorAnchors.Exfiltration);
            if (at < 0)
            {
                return;
            }

            (int start, int end) = FoldedSentences.Around(normalized, at);
            start = Math.Max(Markup.StartAfterTags(folded, start, at), covered);
            covered = Math.Max(covered, end);
            position = Math.Max(end, at + 1);
            if (end <= start)
            {
                continue;
            }

            ReadOnlySpan<char> sentence = folded.AsSpan(start, end - start);
            bool destination = ExfiltrationLexicon.Destination(sentence);
            int reportEnd = end;
            if (!destination && end + 1 < folded.Length && !FoldedSentences.EndsLine(normalized, end))
            {
                (int nextStart, int nextEnd) = FoldedSentences.Around(normalized, end + 1);
                if (nextStart >= end && nextEnd > nextStart && ExfiltrationLexicon.Destination(folded.AsSpan(nextStart, nextEnd - nextStart)))
                {
                    destination = true;
                    reportEnd = nextEnd;
                    covered = Math.Max(covered, nextEnd);
                }
            }

            if (!destination || !ExfiltrationLexicon.SensitiveObject(sentence) || !ExfiltrationLexicon.MovesData(sentence) || ExfiltrationLexicon.ProhibitsGated.Any(sentence) || IndirectLexicon.DiscussesInstructions(sentence) || !IsDirective(folded, start, end))
            {
                continue;
            }

            ConflictSeverity severity = untrusted ? ConflictSeverity.Critical : ConflictSeverity.High;
            budget.Report(context, ConflictCategory.Exfiltration, severity, "IH-EXF-003", start, reportEnd - start, "Tells the model to send sensitive data to an outside destination.");
        }
    }

    /// <summary>
    /// Whether a sentence gives an order rather than describing one: descriptive sentences open with a subject ("An
    /// attacker could…", "The model sends…", "This allows…"); orders open with a verb, a condition or an address.
    /// </summary>
    private static bool IsDirective(string folded, int start, int end)
    {
        ReadOnlySpan<char> sentence = folded.AsSpan(start, end - start);
        ReadOnlySpan<char> leading = FoldedSentences.LeadingWord(folded, start, end);
        bool descriptive = leading is "a" or "an" or "the" or "this" or "that" or "these" or "those" or "it" or "its" or "they" or "he" or "she"
            or "we" or "i" or "there" or "such" or "some" or "many" or "most" or "in" or "by" or "with" or "without" or "because" or "since"
            or "although" or "while" or "attackers" or "an" or "users" or "llms" or "models" or "applications" or "systems" or "data" or "one"
            // articles, demonstratives and prepositions that open descriptions in other languages
            or "el" or "la" or "los" or "las" or "un" or "una" or "este" or "esta" or "en" or "con" or "der" or "die" or "das" or "ein"
            or "eine" or "dies" or "diese" or "mit" or "bei" or "le" or "les" or "une" or "ce" or "cette" or "dans" or "avec"
            or "o" or "os" or "as" or "um" or "uma" or "em" or "com" or "il" or "lo" or "gli" or "questo" or "questa" or "для" or "в"
            or "при" or "это" or "этот" or "эта" or "приложение" or "злоумышленник";
        return (!descriptive && !WarnsOfFraud(sentence)) || IndirectLexicon.AddressedToModel(sentence) || IndirectLexicon.ShapesTheOutput(sentence);
    }

    // Words of a fraud warning: a sentence that says messages "claiming to be IT ask you to send your password to an outside
    // address" describes phishing to its reader; it does not ask for the password.
    private static readonly string[] FraudWords =
    [
        "phishing", "scam", "scammer", "fraudster", "fraudulent", "suspicious", "claiming to be", "claim to be", "pretending to be", "impersonat",
        "estafa", "sospechos", "haciéndose pasar", "arnaque", "hameçonnage", "frauduleu", "suspect", "se faisant passer", "betrug", "betrüger",
        "verdächtig", "geben sich als", "golpe", "golpista", "suspeit", "se passando por", "truffa", "sospett", "spacciandosi", "фишинг", "мошенни", "подозрительн",
        "выдают себя", "выдающ", "التصيد", "التصيّد", "احتيال", "مشبوه", "تدّعي", "تدعي", "फ़िशिंग", "धोखाधड़ी", "संदिग्ध", "oltalama", "dolandırıcı",
        "şüpheli", "lừa đảo", "đáng ngờ", "mạo danh", "penipuan", "mencurigakan", "mengaku sebagai", "钓鱼", "釣魚", "诈骗", "詐騙", "可疑", "冒充", "フィッシング",
        "詐欺", "不審", "なりすまし", "피싱", "사기", "의심스러운", "사칭",
    ];

    private static bool WarnsOfFraud(ReadOnlySpan<char> sentence)
    {
        foreach (string word in FraudWords)
        {
            if (sentence.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void ScanCode(DetectionContext context, NormalizedText normalized, bool untrusted, ref ReportBudget budget)
    {
        // Every finding pairs a source with a network sink: the caller runs this only when a sink token occurs.
        string folded = normalized.Folded;
        int lastSource = -1;
        int lastSink = -1;
        int reportedUntil = -1;
        int position = 0;
        while (position < folded.Length && !budget.Exhausted)
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

            budget.Report(
                    context,
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
                if (e > s && IndirectLexicon.IntroducesCodeGated.Any(folded.AsSpan(s, e - s)))
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

        // Most reaches hold no line break at all: one look at the break positions answers for the whole reach.
        if (!FoldedSentences.MayBreakLine(normalized, low, at))
        {
            start = low;
        }

        while (start > low && !(folded[start - 1] == ' ' && FoldedSentences.IsLineBreak(normalized, start - 1)))
        {
            start--;
        }

        int end = at;
        int high = Math.Min(folded.Length, at + 400);
        if (!FoldedSentences.MayBreakLine(normalized, at, high))
        {
            end = high;
        }

        while (end < high && !(folded[end] == ' ' && FoldedSentences.IsLineBreak(normalized, end)))
        {
            end++;
        }

        return (start, end);
    }
}
