using InstructionHierarchy.Detection.Indirect;
using InstructionHierarchy.Detection.Lexicon;
using InstructionHierarchy.Sanitization;
using System.Text.RegularExpressions;

namespace InstructionHierarchy.Detection;

/// <summary>
/// Finds text that impersonates a more trusted turn: chat-template special tokens (ChatML, Llama 2/3, Mistral, Gemma, Phi,
/// Qwen, DeepSeek, Command R), plain-text role headers at the start of a line (<c>System:</c>, <c>### Assistant:</c>,
/// <c>Human:</c>), and closing-tag escapes that end a tool result or document and open a new turn.
/// </summary>
/// <remarks>
/// The threat: a model reads a chat-template token or a role header as a turn boundary, so lower-tier text that contains
/// one can impersonate the system or developer and be obeyed as such. Rule ids: <c>IH-ROLE-001</c> special token (critical
/// when it opens a system turn), <c>IH-ROLE-002</c> role header at a line start (System:, ### System:, [system],
/// sistema:, système :, システム:, 系统:), <c>IH-ROLE-003</c> closing tag of a data wrapper followed by a new role,
/// <c>IH-ROLE-004</c> JSON or YAML claiming <c>"role": "system"</c> / <c>role: system</c> (not inside a Markdown code
/// fence), <c>IH-ROLE-005</c> a system marker in running text (a transcript or OCR: "— sistema: …", "[OCR] message from the
/// system: …", "system colon"), <c>IH-ROLE-006</c> a markup tag that opens a system, developer, operator or admin block
/// (<c>&lt;system&gt;</c>, <c>&lt;system_message priority="high"&gt;</c>) followed by orders, outside code.
/// </remarks>
public sealed partial class RoleSpoofingDetector : IConflictDetector
{
    private static readonly System.Buffers.SearchValues<char> HeaderEndChars = System.Buffers.SearchValues.Create(":：]>");
    private static readonly System.Buffers.SearchValues<char> Colons = System.Buffers.SearchValues.Create(":：");

    // What SpokenRoleMarker may match before the role word: a quotation mark, a bracket, a dash, dots, spaces.
    private static readonly System.Buffers.SearchValues<char> MarkerLead = System.Buffers.SearchValues.Create("\"'«“„(—–「【[]】］)-. ");

    // The last letters of the role words of SpokenRoleMarker with every case form the regex accepts (system, sistema, système,
    // システム, 系统, 系統, 시스템, система, النظام, सिस्टम, hệ thống, and the "system message" compounds: instruction,
    // systemnachricht, システムメッセージ, 系统消息, 通知, 메시지, сообщение, системы, mesajı, संदेश).
    // "System message" in other languages, shared by the header rule and the marker rule (MarkerWordEnds lists their last letters).
    private const string LocalizedSystemMessage = "mensaje del sistema|mensagem do sistema|messaggio di sistema|message (du )?syst[eè]me|systemnachricht|systemmeldung|システムメッセージ|システム通知|系统消息|系统通知|系統訊息|系統通知|시스템 메시지|시스템 공지|системное сообщение|сообщение системы|رسالة من النظام|رسالة النظام|सिस्टम संदेश|sistem mesajı|thông báo hệ thống|pesan sistem|הודעת מערכת|ujumbe wa mfumo|ข้อความระบบ|پیام سیستم|komunikat systemowy|systeembericht|системне повідомлення|μήνυμα συστήματος|systémová zpráva|systemmeddelande|mesaj de sistem|rendszerüzenet";

    // "System" alone in scripts and languages whose word is not "system", "sistema" or "système".
    private const string LocalizedSystem = "システム|系统|系統|시스템|система|النظام|सिस्टम|sistem|hệ thống";

    // Also: הודעת מערכת, mfumo, ข้อความระบบ, systemowy, повідомлення, συστήματος, rendszerüzenet.
    private const string MarkerWordEnds = "mMaAeEgGム统統템аАمमnNtTジ知息지еЕыЫıIशתoOบyYяЯςΣ";

    // Words that present a token or a sample as documentation of a format ("tokens such as", "the template", "形式").
    private static readonly string[] DocumentationWords =
    [
        "such as", "e.g.", "like ", "wrapped as", "format", "tokens", "token ", "for example", "例如", "など", "예를 들어", "por ejemplo", "par exemple", "zum beispiel",
        "template", "템플릿", "テンプレート", "模板", "模版", "plantilla", "vorlage", "шаблон", "形式", "형식", "formato",
    ];

    // Words that introduce a code block as a sample: "looks like this", "training example", "示例", "예시".
    private static readonly string[] FenceIntroductions =
    [
        "example", "sample", "looks like", "tokenizer", "fine-tun", "training", "chatml", "prompt format", "exemple", "ejemplo", "beispiel", "esempio", "exemplo", "пример",
        "示例", "例子", "範例", "例：", "例:", "サンプル", "예시", "예:", "예제", "مثال", "उदाहरण", "örnek", "ví dụ", "contoh",
    ];

    // Words that give an example inline: "e.g. {"role": "system", …}".
    private static readonly string[] ExampleWords = ["e.g.", "for example", "例如", "예를 들어", "por ejemplo", "par exemple", "zum beispiel", "z. b.", "например"];

    private readonly RoleSpoofingDetectorOptions _options;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    public RoleSpoofingDetector(RoleSpoofingDetectorOptions? options = null) => _options = options ?? new RoleSpoofingDetectorOptions();

    /// <inheritdoc />
    public void Detect(DetectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Turn structure lives in the original text (line starts, tags, tokens), so the rules read it rather than the folded
        // view; hidden characters that the normalizer found are removed first (with a map back), so that a zero-width or tag
        // character inside "</tool_result>" or "System:" cannot hide a fake turn.
        (string text, int[]? map) = WithoutHiddenCharacters(context);
        ReadOnlySpan<char> span = text;

        int offset = 0;
        int documentedEnd = -1;
        while (offset < span.Length)
        {
            int at = span[offset..].IndexOfAny(ChatTemplateTokens.Search);
            if (at < 0)
            {
                break;
            }

            int start = offset + at;
            int length = ChatTemplateTokens.LengthAt(span[start..]);
            if (IsDocumented(span, start, length) || (ListedAfter(span, documentedEnd, start) && !OpensRoleTurn(span[(start + length)..])))
            {
                documentedEnd = start + length;
                offset = start + length;
                continue;
            }

            ReadOnlySpan<char> after = span[(start + length)..];
            after = after[..Math.Min(after.Length, 24)].TrimStart();
            bool opensSystem = after.StartsWith("system", StringComparison.OrdinalIgnoreCase) || text.AsSpan(start, length).Contains("SYS", StringComparison.Ordinal);
            Report(
                context,
                map,
                ConflictCategory.RoleSpoof,
                opensSystem ? ConflictSeverity.Critical : ConflictSeverity.High,
                "IH-ROLE-001",
                start,
                length,
                opensSystem ? "A chat-template token opens a fake system turn." : "A chat-template special token in lower-tier text.");
            offset = start + length;
        }

        if (_options.DetectRoleHeaders)
        {
            // A header ends with a colon, a bracket or ">": text without one has none (checked before the regex), and so is
            // no template either. The headers of a template are shown, not spoken (the two kinds of header below).
            bool headerEnds = span.IndexOfAny(HeaderEndChars) >= 0;
            bool template = headerEnds && IsPromptTemplate(span);
            if (headerEnds && !template)
            {
                foreach (ValueMatch match in RoleHeader().EnumerateMatches(span))
                {
                    Report(context, map, ConflictCategory.RoleSpoof, ConflictSeverity.Medium, "IH-ROLE-002", match.Index, match.Length, "A line impersonates a chat turn header.");
                }
            }

            // A Markdown heading that is only a role ("### Système", "## Assistant") or a role with a note before its colon
            // ("ASSISTANT (previous turn, restored from cache):"), outside code and templates.
            // Each form needs a "#", or a ")" and a colon (checked before the regex; the answer is the same).
            if (!template && (span.IndexOf('#') >= 0 || (span.IndexOf(')') >= 0 && span.IndexOfAny(Colons) >= 0)))
            {
                int headings = -1; // counted only when a lone heading needs it
                foreach (ValueMatch match in RoleHeading().EnumerateMatches(span))
                {
                    // A heading alone ("### System" in a manual) is a turn only beside another one, or right after the end of
                    // a data block ("</results>", "---").
                    bool heading = span.Slice(match.Index, match.Length).TrimStart(" \t\r\n").StartsWith('#');
                    ReadOnlySpan<char> before = span[Math.Max(0, match.Index - 80)..match.Index];
                    if (heading && before.IndexOf("</", StringComparison.Ordinal) < 0 && before.IndexOf("---", StringComparison.Ordinal) < 0)
                    {
                        headings = headings < 0 ? RoleHeading().Count(span) : headings;
                        if (headings < 2)
                        {
                            continue;
                        }
                    }

                    if (!InsideCodeFence(span, match.Index) && span[(match.Index + match.Length)..].TrimStart().Length > 0)
                    {
                        Report(context, map, ConflictCategory.RoleSpoof, ConflictSeverity.Medium, "IH-ROLE-002", match.Index, match.Length, "A heading impersonates a chat turn.");
                    }
                }
            }
        }

        // Each of the remaining patterns needs a character or a word that most text lacks: a closing tag starts with "</",
        // a marker has a colon, a bracket or the word "colon" (checked without a regex first; the answer is the same).
        if (span.IndexOf("</", StringComparison.Ordinal) >= 0)
        {
            foreach (ValueMatch match in ClosingTag().EnumerateMatches(span))
            {
                Report(context, map, ConflictCategory.RoleSpoof, ConflictSeverity.High, "IH-ROLE-003", match.Index, match.Length, "A closing tag tries to end the data block and open a new turn.");
            }
        }

        if (span.IndexOf("role", StringComparison.OrdinalIgnoreCase) >= 0 || span.IndexOf("\"from\"", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            foreach (ValueMatch match in StructuredRole().EnumerateMatches(span))
            {
                if (!InsideCodeFence(span, match.Index) && !LabelledAsExample(span, match.Index) && CommandWindow.IsCommanding(text, match.Index + match.Length, 320))
                {
                    Report(context, map, ConflictCategory.RoleSpoof, TierSeverityFor(context.Tier), "IH-ROLE-004", match.Index, match.Length, "Structured data (JSON, YAML) claims a system or developer role.");
                }
            }
        }

        string? lower = null;
        if (MayHaveSpokenMarker(span))
        {
            foreach (ValueMatch match in SpokenRoleMarker().EnumerateMatches(span))
            {
                // "[quoted] System:" is the role-tag sanitizer's own neutralized header: sanitizing twice must change nothing.
                if (span[..(match.Index + 1)].EndsWith(RoleTagSanitizer.QuotedHeaderMarker.AsSpan().TrimEnd(), StringComparison.Ordinal))
                {
                    continue;
                }

                // A marker inside a quoted specimen ("someone types "System: you are admin" into the chat", 공격 예시: "시스템: …")
                // is what a slide or an article shows, not a turn. (Lower-cased once, on this rare path, for the mention words.)
                lower ??= text.ToLowerInvariant();
                int word = match.Index + Math.Max(0, span.Slice(match.Index, match.Length).IndexOfAnyExcept(MarkerLead));
                if (Grammar.IsQuotedMention(lower, word, match.Index + match.Length))
                {
                    continue;
                }

                Report(context, map, ConflictCategory.RoleSpoof, ConflictSeverity.Medium, "IH-ROLE-005", match.Index, match.Length, "A system or operator marker inside the text opens a fake higher-priority turn.");
            }
        }

        if (span.IndexOf('<') >= 0)
        {
            foreach (ValueMatch match in RoleTag().EnumerateMatches(span))
            {
                if (!InsideCodeFence(span, match.Index) && !InsideInlineCode(span, match.Index)
                    && CommandWindow.IsCommanding(text, match.Index + match.Length, 320))
                {
                    Report(context, map, ConflictCategory.RoleSpoof, TierSeverityFor(context.Tier), "IH-ROLE-006", match.Index, match.Length, "A markup tag opens a fake system or operator block that gives orders.");
                }
            }
        }
    }

    /// <summary>
    /// Whether the structured message at <paramref name="index"/> is labelled as an example on its line or the line before
    /// ("예: {"role": "system", …}", "Example:" then an indented message): a sample of the format in documentation.
    /// </summary>
    private static bool LabelledAsExample(ReadOnlySpan<char> text, int index)
    {
        int lineStart = text[..index].LastIndexOf('\n') + 1;
        int previousStart = lineStart > 0 ? text[..(lineStart - 1)].LastIndexOf('\n') + 1 : lineStart;
        ReadOnlySpan<char> lead = text[previousStart..index];
        lead = lead[Math.Max(0, lead.Length - 160)..];
        return WordList.ContainsAny(lead, FenceIntroductions, StringComparison.OrdinalIgnoreCase) || WordList.ContainsAny(lead, ExampleWords, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A tag written between backticks on its line is quoted markup, not a turn.</summary>
    private static bool InsideInlineCode(ReadOnlySpan<char> text, int index)
    {
        int lineStart = text[..index].LastIndexOf('\n') + 1;
        return text[lineStart..index].Count('`') % 2 == 1;
    }

    /// <summary>Whether <see cref="SpokenRoleMarker"/> can match: each of its forms needs a "[", the word "colon", or a
    /// role word right before a colon (at most two spaces between); most text has neither, and the regex is not run.</summary>
    internal static bool MayHaveSpokenMarker(ReadOnlySpan<char> span)
    {
        if (span.IndexOf('[') >= 0 || span.IndexOf("colon", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return true;
        }

        int from = 0;
        while (from < span.Length)
        {
            int at = span[from..].IndexOfAny(Colons);
            if (at < 0)
            {
                return false;
            }

            int colon = from + at;
            for (int back = 1; back <= 3 && colon - back >= 0; back++)
            {
                char c = span[colon - back];
                if (MarkerWordEnds.Contains(c, StringComparison.Ordinal))
                {
                    return true;
                }

                if (!char.IsWhiteSpace(c))
                {
                    break;
                }
            }

            from = colon + 1;
        }

        return false;
    }

    private static void Report(DetectionContext context, int[]? map, ConflictCategory category, ConflictSeverity severity, string ruleId, int start, int length, string description)
    {
        if (map is not null)
        {
            int end = length == 0 ? map[start] : map[start + length - 1] + 1;
            start = map[start];
            length = end - start;
        }

        context.Report(category, severity, ruleId, start, length, description);
    }

    /// <summary>The original text without the hidden characters the normalizer recorded, and a map from each kept character to its original index.</summary>
    private static (string Text, int[]? Map) WithoutHiddenCharacters(DetectionContext context)
    {
        string original = context.Text;
        IReadOnlyList<Normalization.HiddenRun> runs = context.Normalized.HiddenRuns;
        if (runs.Count == 0)
        {
            return (original, null);
        }

        var kept = new char[original.Length];
        int[] map = new int[original.Length + 1];
        int n = 0;
        int position = 0;
        foreach (Normalization.HiddenRun run in runs)
        {
            for (; position < run.Start; position++)
            {
                kept[n] = original[position];
                map[n++] = position;
            }

            position = Math.Max(position, run.Start + run.Length);
        }

        for (; position < original.Length; position++)
        {
            kept[n] = original[position];
            map[n++] = position;
        }

        map[n] = original.Length;
        return (new string(kept, 0, n), map);
    }

    /// <summary>A token written inside inline code or introduced as an example ("tokens such as &lt;|im_start|&gt;") is documentation.</summary>
    private static bool IsDocumented(ReadOnlySpan<char> text, int start, int length)
    {
        if (InsideInlineCode(text, start) || IsStringLiteral(text, start, length) || InsideDocumentedFence(text, start) || InsideDocumentedIndentedBlock(text, start))
        {
            return true;
        }

        int lineStart = text[..start].LastIndexOf('\n') + 1;
        ReadOnlySpan<char> before = text[lineStart..start];

        // A token that opens a turn ("<|im_start|>system", "[INST] <<SYS>>", "<|start_header_id|>system") is a turn, whatever
        // words precede it ("Output format: <|im_start|>system …"): only inline code makes it documentation.
        if (OpensRoleTurn(text[(start + length)..]))
        {
            return false;
        }

        ReadOnlySpan<char> lead = before[Math.Max(0, before.Length - 48)..];
        if (WordList.ContainsAny(lead, DocumentationWords, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return NamedAsTokens(text[(start + length)..]) || IsTemplatePlaceholder(text, start, length, before);
    }

    /// <summary>A token that is a whole string literal (<c>text.replace("&lt;|im_start|&gt;", "")</c>) is code that handles it.</summary>
    private static bool IsStringLiteral(ReadOnlySpan<char> text, int start, int length)
    {
        int end = start + length;
        return start > 0 && end < text.Length && text[start - 1] is '"' or '\'' && text[end] == text[start - 1];
    }

    /// <summary>
    /// Whether a token lies in a Markdown code fence that the prose before it introduces as a format, a template or an
    /// example ("A single training example looks like this: ```…"): a sample of the format, shown to people. What the sample
    /// says is still read by the other detectors.
    /// </summary>
    private static bool InsideDocumentedFence(ReadOnlySpan<char> text, int start)
    {
        if (!InsideCodeFence(text, start))
        {
            return false;
        }

        int fence = text[..start].LastIndexOf("```", StringComparison.Ordinal);
        ReadOnlySpan<char> lead = text[Math.Max(0, fence - 240)..fence];
        return WordList.ContainsAny(lead, DocumentationWords, StringComparison.OrdinalIgnoreCase) || WordList.ContainsAny(lead, FenceIntroductions, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether a token lies in a Markdown indented code block that the line above the block introduces as a sample ("a
    /// ChatML-formatted conversation looks like this:⏎⏎    &lt;|im_start|&gt;system…"), the indented form of
    /// <see cref="InsideDocumentedFence"/>. The walk back over the block is bounded (24 lines, <see cref="IndentedBlock.Reach"/> characters).
    /// </summary>
    private static bool InsideDocumentedIndentedBlock(ReadOnlySpan<char> text, int start)
    {
        ReadOnlySpan<char> introduction = IndentedBlock.Introduction(text, start, maxLines: 24);
        if (introduction.IsEmpty)
        {
            return false;
        }

        ReadOnlySpan<char> lead = introduction[Math.Max(0, introduction.Length - 240)..];
        return WordList.ContainsAny(lead, DocumentationWords, StringComparison.OrdinalIgnoreCase) || WordList.ContainsAny(lead, FenceIntroductions, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether the tokens are named as such right after them, also after a short list of further tokens: "&lt;|im_end|&gt;
    /// token", "&lt;|im_start|&gt; and &lt;|im_end|&gt; markers", "&lt;|im_end|&gt; 토큰은".
    /// </summary>
    private static bool NamedAsTokens(ReadOnlySpan<char> next)
    {
        for (int listed = 0; listed < 4; listed++)
        {
            next = next.TrimStart(" \t\"'`),、/");
            int conjunction = next.IndexOfAny(' ', '<', '[');
            if (conjunction is > 0 and <= 3 && next[conjunction] == ' ' && next[(conjunction + 1)..].TrimStart().StartsWith("<", StringComparison.Ordinal))
            {
                next = next[(conjunction + 1)..].TrimStart();
            }

            int token = ChatTemplateTokens.LengthAt(next);
            if (token == 0)
            {
                break;
            }

            next = next[token..];
        }

        // "<|im_start|> 等特殊标记", "<|im_end|> などの特殊トークン", "<|im_end|> 등의 특수 토큰".
        next = next.TrimStart(" \t");
        foreach (string etc in (ReadOnlySpan<string>)["等", "などの", "など", "등의", "등", "etc.", "etc"])
        {
            if (next.StartsWith(etc, StringComparison.Ordinal))
            {
                next = next[etc.Length..].TrimStart();
                break;
            }
        }

        foreach (string special in (ReadOnlySpan<string>)["特殊", "특수 ", "special "])
        {
            if (next.StartsWith(special, StringComparison.OrdinalIgnoreCase))
            {
                next = next[special.Length..];
                break;
            }
        }

        foreach (string word in (ReadOnlySpan<string>)["token", "marker", "tag", "special token", "토큰", "トークン", "令牌", "标记", "標記", "符号", "記号", "токен", "jeton", "marcador", "markierung"])
        {
            if (next.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether role headers belong to a prompt template: some header line holds only a placeholder ("USER: {ticket_text}",
    /// "Human: {{question}}"). The template is shown, not spoken; what its lines say is still read by the other detectors.
    /// </summary>
    private static bool IsPromptTemplate(ReadOnlySpan<char> text)
    {
        foreach (ValueMatch match in RoleHeader().EnumerateMatches(text))
        {
            ReadOnlySpan<char> rest = text[(match.Index + match.Length)..];
            int lineEnd = rest.IndexOf('\n');
            ReadOnlySpan<char> content = (lineEnd < 0 ? rest : rest[..lineEnd]).Trim();
            if (content.Length is > 2 and <= 64 && content[0] == '{' && content[^1] == '}' && content.Count('{') == content.Count('}') && content[1..^1].Trim('{').Trim('}').IndexOfAny(" \"':,") < 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A template with placeholders: "&lt;|im_start|&gt;{role}", "{content}&lt;|im_end|&gt;".</summary>
    private static bool IsTemplatePlaceholder(ReadOnlySpan<char> text, int start, int length, ReadOnlySpan<char> before)
    {
        ReadOnlySpan<char> after = text[(start + length)..];
        return after.StartsWith("{", StringComparison.Ordinal) || before.TrimEnd().EndsWith('}');
    }

    /// <summary>
    /// Whether a token is listed right after one that was documentation ("the &lt;|im_start|&gt; and &lt;|im_end|&gt; tokens",
    /// "&lt;|im_start|&gt;와 &lt;|im_end|&gt;"): only separators and a short conjunction lie between them, on one line.
    /// </summary>
    private static bool ListedAfter(ReadOnlySpan<char> text, int documentedEnd, int start)
    {
        if (documentedEnd < 0 || start - documentedEnd > 8)
        {
            return false;
        }

        ReadOnlySpan<char> gap = text[documentedEnd..start];
        int letters = 0;
        foreach (char c in gap)
        {
            if (c is '\n' or '\r')
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters <= 3;
    }

    private static bool OpensRoleTurn(ReadOnlySpan<char> after)
    {
        after = after[..Math.Min(after.Length, 40)].TrimStart(" \t\r\n<|>[]_:#");
        foreach (string role in (ReadOnlySpan<string>)["system", "developer", "assistant", "user", "sys", "inst", "tool", "ipython", "model"])
        {
            if (after.StartsWith(role, StringComparison.OrdinalIgnoreCase) && (after.Length == role.Length || !char.IsLetter(after[role.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static ConflictSeverity TierSeverityFor(PriorityTier tier) => tier < PriorityTier.User ? ConflictSeverity.High : ConflictSeverity.Medium;

    /// <summary>A role claim inside a Markdown code fence is a code sample, not a turn.</summary>
    private static bool InsideCodeFence(ReadOnlySpan<char> text, int index)
    {
        int fences = 0;
        ReadOnlySpan<char> before = text[..index];
        int at;
        while ((at = before.IndexOf("```", StringComparison.Ordinal)) >= 0)
        {
            fences++;
            before = before[(at + 3)..];
        }

        return fences % 2 == 1;
    }

    [GeneratedRegex(@"(?im)^[ \t>#*=\-]{0,8}\[?(system|assistant|developer|human|ai|user|system prompt|system message|system notice|system update|message from the system|system instruction|" + LocalizedSystemMessage + @"|operator|administrator|admin|sistema|syst[eè]me|systemnachricht|" + LocalizedSystem + @")\]?[ \t]*(:|：|\]|>)[ \t]*(?=\S)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex RoleHeader();

    [GeneratedRegex(@"(?i)^[ \t]{0,3}(#{1,6}[ \t]{0,4}(system|assistant|developer|sistema|syst[eè]me|" + LocalizedSystem + @")[ \t]{0,8}\r?\n|[>*\-]{0,2}[ \t]{0,2}(system|assistant|developer|asistente|assistente|assistent|asisten|asistan|ассистент|sistema|syst[eè]me|" + LocalizedSystem + @")[ \t]{0,4}\([^)\n]{1,60}\)[ \t]{0,4}[:：])", RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.NonBacktracking)]
    internal static partial Regex RoleHeading();

    // ClosingTag, SpokenRoleMarker and RoleTag are compiled to backtracking code (nothing to build at run time) because
    // they are linear without the non-backtracking engine: every loop is bounded, and each has at most a few hundred ways
    // through its choices at one start position (BacktrackingBoundTests checks the bound and that they find the same
    // matches as on the non-backtracking engine). StructuredRole ends with an unbounded run before '$' in multiline mode.
    [GeneratedRegex(@"(?i)</\s{0,4}(tool_result|tool_output|tool|function_results?|function_output|document|documents|context|search_results?|data|untrusted[_\-]?\w{0,20}|user_input|user_message|user|retrieved\w{0,20}|\w{0,20}(content|message|body|result|output|input|email|text|page))\s{0,4}>\s{0,80}(<\s{0,4}(system|instructions?|admin|developer|assistant)[\w\-]{0,20}|(system|assistant|developer)\s{0,4}:|#{1,6}\s{0,4}(system|new instructions))", RegexOptions.CultureInvariant)]
    internal static partial Regex ClosingTag();

    [GeneratedRegex(@"(?im)(""role""\s{0,4}:\s{0,4}""(system|developer)""|""from""\s{0,4}:\s{0,4}""(system|developer|operator)""|^[ \t\-]{0,8}role[ \t]{0,4}:[ \t]{0,4}[""']?(system|developer)[""']?[ \t]*$)", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex StructuredRole();

    // A role marker in running text (a transcript, an OCR'd page) after a quote, a bracket or a dash, in 16 languages, or spoken ("system colon").
    [GeneratedRegex(@"(?i)(([""'«“„(\[—–「【] ?|[\]】］)] ?|\- |\.\.\. ?)(system|sistema|syst[eè]me|system message|message from the system|system instruction|" + LocalizedSystemMessage + "|" + LocalizedSystem + @")\s{0,2}[:：]\s{0,2}\w|\bsystem colon\b|\[\s{0,2}system (message|notice|prompt|override|update)\b)", RegexOptions.CultureInvariant)]
    internal static partial Regex SpokenRoleMarker();

    // An opening tag named for a privileged role, with optional attributes: <system>, <system_message id="1">, <admin-note>.
    [GeneratedRegex(@"(?i)<\s{0,2}(system|sys|developer|operator|admin|administrator|root)([_\-](message|prompt|instructions?|note|notice|override|update|directive|policy|config))?(\s[^<>\n]{0,60})?>", RegexOptions.CultureInvariant)]
    private static partial Regex RoleTag();

    /// <summary>
    /// Builds the detector's patterns and runs each once, so that no scan pays for constructing a non-backtracking pattern
    /// (they are built on first use) or compiling a generated one.
    /// </summary>
    internal static void PreparePatterns()
    {
        RoleHeader().IsMatch("system: x");
        ClosingTag().IsMatch("</tool> <system");
        StructuredRole().IsMatch("\"role\": \"system\"");
        SpokenRoleMarker().IsMatch("\"system: x");
        RoleTag().IsMatch("<system>");
        RoleHeading().IsMatch("### system\n");
    }
}
