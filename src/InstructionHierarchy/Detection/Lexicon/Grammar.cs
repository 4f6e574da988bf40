namespace InstructionHierarchy.Detection.Lexicon;

/// <summary>Small grammatical checks near an anchor: negation before a verb, a speaker referring to their own words,
/// a second-person addressee. Each looks at a bounded window of the folded view only.</summary>
internal static class Grammar
{
    private static readonly string[] NegationBefore =
    [
        "not ", "n't ", "never ", "no ", "nor ", "without ", "cannot ", "must not ", "should not ", "shouldn't ", "won't ", "will not ", "don’t ", "n’t ",
        "nicht ", "nie ", "niemals ", "kein ", "keine ", "не ", "нельзя ", "никогда ", "no ", "nunca ", "jamais ", "ne pas ", "ne jamais ", "pas ", "não ", "nao ", "non ", "mai ",
        "لا ", "لن ", "नहीं ", "मत ", "न ", "không ", "đừng ", "chớ ", "tidak ", "jangan ", "bukan ", "asla ",
        "不要", "不得", "不能", "不可", "别", "別", "勿", "禁止", "切勿", "不会", "不會", "절대 ",
    ];

    private static readonly string[] NegationAfter =
    [
        "ないで", "ないでください", "てはいけ", "てはならな", "하지 마", "지 마", "지 말", "하지 않", "mayin", "mayin", "me", "ma",
    ];

    private static readonly string[] SelfReference =
    [
        " my ", " mine ", " i ", " i've ", " i’ve ", " mis ", " mi ", " mes ", " ma ", " mon ", " meine ", " meinen ", " meiner ", " mein ", " meu ", " meus ", " minha ", " minhas ",
        " le mie ", " il mio ", " la mia ", " i miei ", " мои ", " мой ", " моё ", " мою ", " моих ", " моим ", " benim ", " của tôi", " saya ", " ku ", " मेरे ", " मेरी ", " मेरा ",
        "我的", "我之前", "我刚才", "我剛才", "我上面", "私の", "僕の", "俺の", "先ほどの私", "내 ", "제 ", "나의 ", "저의 ", "تعليماتي", "سؤالي", "رسالتي",
    ];

    private static readonly string[] SecondPerson =
    [
        "you", "your", "u ", "tu ", "tú ", "te ", "vous ", "votre ", "ton ", "ta ", "du ", "dein", "dich", "dir ", "ihr ", "usted", "você", "voce", "teu ", "tua ", "seu ", "sua ",
        "ты", "вы ", "твой", "твоя", "ваш", "тебе", "тебя", "sen", "siz", "bạn", "kamu", "anda", "kau", "आप", "तुम", "أنت", "انت", "عليك",
        "你", "您", "あなた", "君", "お前", "回答", "答え", "応答", "返答", "너", "당신", "네가", "답변", "ai ", "assistant", "model", "chatbot", "bot ",
    ];

    private static readonly string[] SecondPersonOnly =
    [
        "you", "your", " u ", " tu ", " tú ", " te ", "vous", "votre", " ton ", " ta ", " tes ", " du ", "dein", "dich", "dir ", "usted", "você", "voce", " teu ", " tua ", " seu ", " sua ", " suas ", " seus ",
        "ты", "твой", "твои", "твоя", "ваш", "тебе", "тебя", "свои", "senin", "sana", "bạn", "kamu", "anda", "-mu", "आप", "तुम", "أنت", "انت", "ك ",
        "你", "您", "あなた", "君の", "너", "당신", "네가", "le tue", "i tuoi", "ti ",
    ];

    private static readonly string[] RequestMarkers =
    [
        "你", "您", "请", "請", "给我", "給我", "告诉我", "告訴我", "帮我", "幫我", "吧", "あなた", "ください", "下さい", "教えて", "見せて", "して", "てくれ", "너", "당신", "주세요", "줘", "해라", "하세요", "해 ",
        "알려", "보여", "?", "？",
    ];

    private static readonly string[] MentionWords =
    [
        "phrase", "phrases", "such as", "like", "e.g.", "string", "strings", "text", "payload", "payloads", "words", "sentence", "command", "commands", "saying", "called",
        "wie", "etwa", "comme", "como", "come", "tal como", "как", "например", "مثل", "जैसे", "gibi", "seperti", "như", "如", "像", "例如", "比如", "など", "같은", "라는", "という",
        "contains", "containing", "enthält", "contient", "contenant", "conteniendo", "contenente", "contendo", "contiene", "contém", "содержит", "with", "mit", "avec", "con", "com",

        // Nouns that introduce a quotation as a specimen of wording ("the phrase «…»", "câu '…'", "字符串「…」").
        "la frase", "la phrase", "der satz", "den satz", "die phrase", "a frase", "o texto", "el texto", "le texte", "il testo", "la cadena", "la chaîne", "die zeichenkette",
        "фраза", "фразу", "фразы", "строка", "строку", "текст", "câu", "cụm từ", "dòng chữ", "chuỗi", "kalimat", "frasa", "teks", "ifade", "cümle", "metin",
        "عبارة", "جملة", "نص", "वाक्य", "वाक्यांश", "पाठ", "短语", "句子", "这句话", "這句話", "字符串", "字串", "文本", "指令", "フレーズ", "文言", "文字列", "一文", "문구", "문장", "문자열",

        // Words that label a quotation as an example ("ATTACK EXAMPLE: "…"", "공격 예시: "…"", "例：「…」").
        "example", "examples", "for instance", "sample", "ejemplo", "exemple", "beispiel", "esempio", "exemplo", "voorbeeld", "przykład", "пример", "приклад",
        "مثال", "उदाहरण", "örnek", "ví dụ", "contoh", "例", "例子", "示例", "範例", "例えば", "예시", "예:", "예를 들어",

        // Beyond the sixteen: nl, pl, sv, uk ("zinnen als "…"", "zdania typu "…"", "fraser som "…"", "фрази на кшталт "…"").
        "als", "zoals", "zin", "zinnen", "jak", "typu", "zdanie", "zdania", "som", "fras", "fraser", "фраза", "фрази", "на кшталт", "як-от",
    ];

    // Labels that are not a character's: an address to an AI reader, or a role that outranks the reader ("AI agents:",
    // "Admin:", "System:", "Note:").
    private static readonly string[] NotSpeakers =
    [
        "ai", "a.i.", "assistant", "model", "bot", "chatbot", "agent", "llm", "gpt", "copilot", "system", "système", "sistem", "systém", "user", "human", "admin", "administrator", "operator", "developer", "root", "note", "notice",
        "instruction", "important", "warning", "ia", "ki", "ии", "нейросет", "модел", "систем", "ذكاء", "مساعد", "نظام", "एआई", "सिस्टम", "yapay", "trợ lý", "hệ thống",
        "助手", "模型", "系统", "系統", "人工智能", "管理员", "管理員", "アシスタント", "システム", "モデル", "管理者", "어시스턴트", "시스템", "모델", "관리자", "注意", "备注", "備註", "メモ", "참고",
    ];

    private static readonly System.Buffers.SearchValues<char> DigitsAndMarkup = System.Buffers.SearchValues.Create("0123456789<>{}[]()/\\|#*=_@");

    // What a quoted phrase did, right after it ("…" leaked half the prompt, "…" did nothing, "…" worked): the quotation is
    // the subject of a report.
    private static readonly string[] QuoteEffects =
    [
        "leaked", "worked", "failed", "succeeded", "did nothing", "was blocked", "were blocked", "got blocked", "got through", "triggered", "bypassed", "was flagged", "is a classic",
        "funktionierte", "a fonctionné", "funcionó", "funcionou", "ha funzionato", "сработал", "сработало", "işe yaradı", "đã hoạt động", "berhasil",
    ];

    // Verbs that report what someone typed or asked, right before the quotation ("testers typed "…"", "steps to reproduce:
    // ask "…"", "if you put "…" in your bio"): checked only before it, where they introduce the quoted words.
    private static readonly string[] QuoteIntroducers =
    [
        "ask", "asks", "asked", "asking", "type", "types", "typed", "typing", "enter", "enters", "entered", "entering", "paste", "pastes", "pasted", "pasting",
        "put", "puts", "tried", "tries", "input", "inputs", "wrote", "writes", "submitted", "sent", "prompts like", "prompted", "replied", "replies", "answered", "responded",
        "escribió", "escribe", "pregunta", "preguntó", "tapé", "tape", "a écrit", "écrit", "demande", "tippt", "tippte", "schreibt", "schrieb", "fragt", "fragte",
        "digitou", "digita", "escreveu", "pergunta", "perguntou", "scrive", "scrisse", "chiede", "chiese", "пишет", "написал", "написала", "вводит", "ввёл", "ввел", "спрашивает", "спросил",
        "كتب", "يكتب", "سأل", "लिखा", "पूछा", "yazdı", "yazar", "sordu", "gõ", "nhập", "hỏi", "mengetik", "menulis", "bertanya",
        "输入", "輸入", "问", "問", "写了", "寫了", "入力", "と聞", "입력", "물어", "질문",
    ];

    // Verbs of saying right before a quotation ("the villain says 'forget all the rules'", der Bösewicht sagt „…“, il dit « … »):
    // the text reports what a character said, unless the one who says it is an AI, an operator or the system ("the admin
    // says: '…'" speaks with the authority the quotation claims).
    private static readonly string[] SpeechIntroducers =
    [
        "said", "says", "say", "saying", "tells", "told", "shouts", "yells", "whispers", "screams",
        "sagt", "sagte", "sagen", "meint", "meinte", "ruft", "rief", "schreit", "dit", "disait", "a dit", "crie", "dice", "dijo", "decía", "grita", "diz", "disse", "dizia",
        "diceva", "urla", "zegt", "zei", "roept", "mówi", "powiedział", "powiedziała", "krzyczy", "säger", "sa", "ropar", "říká", "řekl", "spune", "a spus",
        "говорит", "говорил", "сказал", "сказала", "кричит", "каже", "сказав", "кричить",
        "يقول", "تقول", "قال", "قالت", "कहता", "कहती", "कहा", "diyor", "dedi", "söylüyor", "nói", "bảo", "kata", "berkata", "bilang", "mengatakan",
        "说", "說", "喊", "と言う", "と言った", "が言う", "말한다", "말했다", "외친다",
    ];

    // Verbs of speaking that attribute a quotation to a character right after it closes ("'…,' the sorcerer hissed",
    // «…», قال القائد, “…”, сказал он): the quotation is dialogue that the text reports, not an order to its reader.
    private static readonly string[] SpeechVerbs =
    [
        "said", "says", "hissed", "whispered", "shouted", "yelled", "snapped", "growled", "muttered", "replied", "cried", "screamed", "barked", "sneered", "snarled", "roared",
        "murmured", "answered", "declared", "ordered", "commanded", "insisted", "laughed", "added",
        "dijo", "gritó", "susurró", "respondió", "dit", "cria", "murmura", "répondit", "ordonna", "sagte", "rief", "flüsterte", "schrie", "befahl", "disse", "gritou", "sussurrou",
        "gridò", "sussurrò", "ordinò", "сказал", "сказала", "крикнул", "крикнула", "прошептал", "прошептала", "приказал", "приказала", "ответил", "ответила", "прорычал",
        "قال", "قالت", "صاح", "صرخ", "همس", "أمر", "ردّ", "कहा", "चिल्लाया", "फुसफुसाया", "गरजा", "गरजी", "बोला", "बोली", "चीखा", "चीखी", "dedi", "diye bağırdı", "fısıldadı", "nói", "hét", "thì thầm", "ra lệnh", "berkata", "teriak", "bisik",
        "说", "說", "说道", "說道", "喊道", "问道", "問道", "低声", "低聲", "命令道", "と言", "と叫", "とささや", "と命じ", "라고 말", "라고 외", "라고 속삭", "하고 말",
    ];

    private static readonly string[] ThirdPersonPossessives = [" its ", " their ", " his ", " her ", " the model's ", " the bot's ", " the assistant's "];

    // Controls of a physical device: a manual that says "hold the button to enter admin mode" or "the unit ignores the
    // schedule until you press AUTO" operates a machine, not a model.
    private static readonly string[] DeviceControls =
    [
        "button", "press ", "pressing", "hold down", "knob", "switch on", "switch off", "remote control", "power cord", "battery", "batteries",
        "botón", "pulse ", "presione", "mantenga pulsado", "bouton", "appuyez", "maintenez", "taste ", "tasten", "drücken", "drücke", "pulsante", "premere", "premi ",
        "botão", "pressione", "aperte", "кнопк", "нажмите", "нажать", "удерживайте", "düğme", "tuşu", "tuşuna", "basın", "basılı", "nút", "nhấn", "giữ ", "tombol", "tekan",
        "बटन", "दबाएं", "दबाएँ", "زر", "اضغط", "按钮", "按鈕", "按键", "按鍵", "长按", "長按", "按下", "鍵三秒", "键三秒", "ボタン", "押し", "押して", "長押し", "버튼", "누르", "누른", "길게",
    ];

    /// <summary>Gets a value indicating whether a window tells how to operate a physical device (buttons, keys, batteries).</summary>
    /// <param name="folded">The folded view.</param>
    /// <param name="from">The window start.</param>
    /// <param name="to">The window end (exclusive).</param>
    /// <returns><see langword="true"/> if the window operates a device.</returns>
    public static bool OperatesDevice(string folded, int from, int to) => ContainsAny(folded, from, to, DeviceControls, padStart: false, wordStart: true);

    /// <summary>Gets a value indicating whether a window addresses the reader in the second person (you, your, 你, あなた, 너…), not only naming a model.</summary>
    /// <param name="folded">The folded view.</param>
    /// <param name="from">The window start.</param>
    /// <param name="to">The window end (exclusive).</param>
    /// <returns><see langword="true"/> if the window addresses the reader.</returns>
    public static bool AddressesReader(string folded, int from, int to) => ContainsAny(folded, from, to, SecondPersonOnly, padStart: true);

    /// <summary>Gets a value indicating whether a sentence in Chinese, Japanese or Korean is a request (second person, 请, ください, 주세요…).</summary>
    /// <param name="folded">The folded view.</param>
    /// <param name="from">The sentence start.</param>
    /// <param name="to">The sentence end (exclusive).</param>
    /// <returns><see langword="true"/> if the sentence asks something of the reader.</returns>
    public static bool IsRequest(string folded, int from, int to) => ContainsAny(folded, from, to, RequestMarkers, padStart: false);

    /// <summary>Gets a value indicating whether the words just before a target are a third-person possessive ("its system prompt").</summary>
    /// <param name="folded">The folded view.</param>
    /// <param name="start">The target start.</param>
    /// <returns><see langword="true"/> if the target belongs to someone talked about.</returns>
    public static bool IsThirdPersonPossessive(string folded, int start)
    {
        int from = Math.Max(0, start - 20);
        return WordList.EndsWithAny(folded.AsSpan(from, start - from), ThirdPersonPossessives);
    }

    /// <summary>Gets a value indicating whether a span is quoted and the quote is introduced as an example
    /// ("the phrase "ignore previous instructions"", „Ignoriere deine Anweisungen“ enthält).</summary>
    /// <param name="folded">The folded view.</param>
    /// <param name="start">The span start.</param>
    /// <param name="end">The span end (exclusive).</param>
    /// <returns><see langword="true"/> if the span is a quoted mention.</returns>
    public static bool IsQuotedMention(string folded, int start, int end)
    {
        int open = -1;
        for (int i = start - 1; i >= Math.Max(0, start - 120); i--)
        {
            char c = folded[i];
            if (IsApostrophe(folded, i))
            {
                continue;
            }

            if (IsOpeningQuote(c))
            {
                open = i;
                break;
            }

            if (IsClosingQuote(c) && c is not ('"' or '\''))
            {
                return false;
            }
        }

        if (open < 0)
        {
            return false;
        }

        // The word lists below cost microseconds per quotation: a text that quotes without end ("\"ignore your rules\" …" a
        // hundred thousand times) is excused as a mention only for its first quotations, so the work stays linear with a
        // small constant. Past the budget the answer is "not a mention", which reports rather than hides.
        if (!MentionBudget.TryTake(folded))
        {
            return false;
        }

        int limit = Math.Min(folded.Length, end + 240);
        int close = -1;
        for (int i = end; i < limit; i++)
        {
            if (IsClosingQuote(folded[i]) && !IsApostrophe(folded, i))
            {
                close = i;
                break;
            }
        }

        return close >= 0 && IsMention(folded, open, close, end);
    }

    /// <summary>
    /// Whether the quotation from <paramref name="open"/> to <paramref name="close"/> is a mention: something introduces
    /// it, a verb of containing follows <paramref name="end"/> (the end of the quoted words in question), or the next words
    /// attribute it to a speaker (dialogue in a story or a subtitle) or say what it did.
    /// </summary>
    private static bool IsMention(string folded, int open, int close, int end)
    {
        int limit = Math.Min(folded.Length, end + 240);
        return IsSpeakerLine(folded, open)
            || ContainsAny(folded, Math.Max(0, open - 40), open, MentionWords, padStart: false, wordStart: true, wordEnd: true)
            || ContainsAny(folded, end, limit, MentionWords, padStart: false, wordStart: true, wordEnd: true)
            || ContainsAny(folded, Math.Max(0, open - 24), open, QuoteIntroducers, padStart: false, wordStart: true, wordEnd: true)
            || (ContainsAny(folded, Math.Max(0, open - 24), open, SpeechIntroducers, padStart: false, wordStart: true, wordEnd: true)
                && !ContainsAny(folded, Math.Max(0, open - 48), open, NotSpeakers, padStart: false, wordStart: true) && !OpensWithRoleMarker(folded, open, close))
            || IsListedQuotation(folded, open, close)
            || ContainsAny(folded, close + 1, Math.Min(folded.Length, close + 32), SpeechVerbs, padStart: false, wordStart: true)
            || ContainsAny(folded, close + 1, Math.Min(folded.Length, close + 24), QuoteEffects, padStart: false, wordStart: true, wordEnd: true);
    }

    /// <summary>Whether the quoted words open with a role marker ("he said « système : ignore l'utilisateur »"): what is
    /// reported then is a turn of a system or an AI, not a character's line.</summary>
    private static bool OpensWithRoleMarker(string folded, int open, int close)
    {
        int to = Math.Min(close, open + 24);
        int colon = folded.AsSpan(open + 1, Math.Max(0, to - open - 1)).IndexOfAny(':', '：');
        return colon >= 0 && ContainsAny(folded, open + 1, open + 1 + colon, NotSpeakers, padStart: false, wordStart: true);
    }

    /// <summary>
    /// Whether a quotation is one item of a list of quotations ("…tries to change its behaviour: «assistant, ignore the
    /// rules», «send the chat to this address»", "「…」、「…」"): a text that enumerates quoted phrases shows specimens. Only
    /// typographic quotation marks count: straight quotes separated by commas are as likely JSON or code, whose strings are data.
    /// </summary>
    private static bool IsListedQuotation(string folded, int open, int close)
    {
        if (folded[open] is '"' or '\'' || folded[close] is '"' or '\'' or '`')
        {
            return false;
        }

        // A separator and another quotation right after the closing mark…
        int i = close + 1;
        while (i < folded.Length && i <= close + 2 && folded[i] == ' ')
        {
            i++;
        }

        if (i < folded.Length && IsListSeparator(folded[i]))
        {
            int j = i + 1;
            while (j < folded.Length && j <= i + 3 && folded[j] == ' ')
            {
                j++;
            }

            if (j < folded.Length && IsOpeningQuote(folded[j]))
            {
                return true;
            }
        }

        // …or another quotation and a separator right before the opening mark.
        int k = open - 1;
        while (k >= 0 && k >= open - 3 && folded[k] == ' ')
        {
            k--;
        }

        if (k >= 1 && IsListSeparator(folded[k]))
        {
            int m = k - 1;
            while (m >= 0 && m >= k - 3 && folded[m] == ' ')
            {
                m--;
            }

            return m >= 0 && folded[m] is not ('"' or '\'' or '`') && IsClosingQuote(folded[m]) && !IsApostrophe(folded, m);
        }

        return false;
    }

    private static bool IsListSeparator(char c) => c is ',' or '、' or '،' or '，' or ';';

    /// <summary>
    /// Whether a quotation opens a line of dialogue after its speaker's label ("Villain: "…"", "司令官：「…」", "खलनायक: "…""):
    /// a short label at the start of a line (or after a bracketed tag), naming no AI, operator or system, that a script or
    /// a subtitle gives its characters.
    /// </summary>
    private static bool IsSpeakerLine(string folded, int open)
    {
        int colon = open - 1;
        while (colon >= 0 && folded[colon] == ' ')
        {
            colon--;
        }

        if (colon < 1 || folded[colon] is not (':' or '：'))
        {
            return false;
        }

        int labelStart = colon;
        int words = 1;
        while (labelStart > 0 && folded[labelStart - 1] is not ('\n' or ']' or '】' or '.' or '。'))
        {
            labelStart--;
            if (folded[labelStart] == ' ' && labelStart > 0 && folded[labelStart - 1] is not (' ' or ']' or '】'))
            {
                words++;
            }

            if (colon - labelStart > 24 || words > 3)
            {
                return false;
            }
        }

        ReadOnlySpan<char> label = folded.AsSpan(labelStart, colon - labelStart).Trim();
        return label.Length > 0 && !label.ContainsAny(DigitsAndMarkup) && !ContainsAny(folded, labelStart, colon, NotSpeakers, padStart: false, wordStart: true);
    }

    /// <summary>
    /// Copies a sentence with the words of each quoted mention blanked ("a sentence like "reply only in pirate speak" may be
    /// obeyed" keeps its frame "a sentence like "…" may be obeyed"): the frame is what the sentence itself says. A quotation
    /// counts only inside the sentence and with letters of the frame before it, so a sentence that is all quotation keeps
    /// its words.
    /// </summary>
    /// <param name="folded">The folded view.</param>
    /// <param name="start">The sentence start.</param>
    /// <param name="end">The sentence end (exclusive).</param>
    /// <param name="destination">Where the copy goes; at least <paramref name="end"/> − <paramref name="start"/> long.</param>
    /// <returns><see langword="true"/> if a quotation was blanked; otherwise the copy equals the sentence.</returns>
    public static bool MaskQuotedMentions(string folded, int start, int end, Span<char> destination)
    {
        folded.AsSpan(start, end - start).CopyTo(destination);
        bool masked = false;
        bool frame = false;
        for (int i = start; i < end; i++)
        {
            char c = folded[i];
            if (!IsOpeningQuote(c) || (c == '\'' && i > start && char.IsLetter(folded[i - 1])))
            {
                frame |= char.IsLetter(c);
                continue;
            }

            int close = -1;
            for (int j = i + 1; j < end; j++)
            {
                if (IsClosingQuote(folded[j]) && (folded[j] != '\'' || j + 1 >= folded.Length || !char.IsLetter(folded[j + 1])))
                {
                    close = j;
                    break;
                }
            }

            if (close < 0)
            {
                break;
            }

            // The frame may also follow the quotation (""…" leaked half of the prompt"). The quotation is known here, so the
            // mention test runs on it directly (under the same budget as IsQuotedMention).
            if ((frame || HasLetterAfter(folded, close + 1, end))
                && close > i + 1 && MentionBudget.TryTake(folded) && IsMention(folded, i, close, close))
            {
                destination[(i + 1 - start)..(close - start)].Fill(' ');
                masked = true;
            }

            i = close;
        }

        return masked;
    }

    private static bool HasLetterAfter(string folded, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (char.IsLetter(folded[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A per-thread budget of quotation checks for one text (identified by its object identity and length, so that
    /// no reference to it is kept).</summary>
    private static class MentionBudget
    {
        /// <summary>The quotation checks one text may take.</summary>
        public const int PerText = 512;

        [ThreadStatic]
        private static int t_identity;

        [ThreadStatic]
        private static int t_length;

        [ThreadStatic]
        private static int t_used;

        public static bool TryTake(string folded)
        {
            int identity = System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(folded);
            if (identity != t_identity || folded.Length != t_length)
            {
                t_identity = identity;
                t_length = folded.Length;
                t_used = 0;
            }

            return ++t_used <= PerText;
        }
    }

    /// <summary>An apostrophe between two letters ("can't", "l'avis", "don’t") belongs to its word.</summary>
    private static bool IsApostrophe(string folded, int i) =>
        folded[i] is '\'' or '’' && i > 0 && i + 1 < folded.Length && char.IsLetter(folded[i - 1]) && char.IsLetter(folded[i + 1]);

    /// <summary>The characters that open a quotation (a text without any holds no quoted mention).</summary>
    internal static readonly System.Buffers.SearchValues<char> OpeningQuotes = System.Buffers.SearchValues.Create("\"'“„«‘「『‚‹`");

    private static bool IsOpeningQuote(char c) => OpeningQuotes.Contains(c);

    private static bool IsClosingQuote(char c) => c is '"' or '\'' or '”' or '“' or '»' or '’' or '」' or '』' or '‘' or '›' or '`';

    /// <summary>Gets a value indicating whether the words just before a position negate what follows ("do not ignore…").</summary>
    /// <param name="folded">The folded view.</param>
    /// <param name="start">The anchor start.</param>
    /// <param name="end">The anchor end (exclusive), for languages that negate after the verb.</param>
    /// <returns><see langword="true"/> if negated.</returns>
    public static bool IsNegated(string folded, int start, int end)
    {
        int from = Math.Max(0, start - 14);
        ReadOnlySpan<char> before = folded.AsSpan(from, start - from);
        foreach (string word in NegationBefore)
        {
            if ((before.EndsWith(word, StringComparison.Ordinal) && StartsWord(folded, start - word.Length, word))
                || (word.Length > 3 && before.EndsWith(word.AsSpan().TrimEnd(), StringComparison.Ordinal) && StartsWord(folded, start - word.TrimEnd().Length, word)))
            {
                return true;
            }

            if (word.EndsWith(' ') && before.Length > word.Length + 1)
            {
                // One word between the negation and the anchor: "do not simply ignore", "never just forget".
                int space = before[..^1].LastIndexOf(' ');
                if (space >= word.Length - 1 && before[..(space + 1)].EndsWith(word, StringComparison.Ordinal) && StartsWord(folded, from + space + 1 - word.Length, word))
                {
                    return true;
                }
            }
        }

        int to = Math.Min(folded.Length, end + 8);
        ReadOnlySpan<char> after = folded.AsSpan(end, to - end);
        foreach (string word in NegationAfter)
        {
            if (word.Length > 2 && after.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The mirror of <see cref="StartsWord"/>: a Latin or Cyrillic word that ends at <paramref name="end"/> must not run
    /// on into a longer word ("con" in "contact", "with" in "within").</summary>
    private static bool EndsWord(string folded, int end, string word) =>
        end >= folded.Length || word.Length == 0 || word[^1] >= '\u0530' || !char.IsLetter(word[^1]) || !char.IsLetter(folded[end]);

    /// <summary>Whether a Latin or Cyrillic word found at <paramref name="at"/> starts a word ("no" must not match the end
    /// of "hanno", nor "не" the end of "мне", nor "te " the end of "alte "); the suffix forms "n't" / "n’t" attach to their
    /// verb, and other scripts (prefixed Arabic, Devanagari, CJK without spaces) need no boundary.</summary>
    private static bool StartsWord(string folded, int at, string word) =>
        at <= 0 || word.Length == 0 || word[0] >= '\u0530' || !char.IsLetter(word[0]) || word.StartsWith("n't", StringComparison.Ordinal)
        || word.StartsWith("n’t", StringComparison.Ordinal) || !char.IsLetter(folded[at - 1]);

    // English verbs of showing that are nouns too ("output", "display", "print", "dump", "echo", "copy", "share", "leak").
    private static readonly string[] NounVerbs = ["output", "display", "print", "dump", "echo", "copy", "share", "leak", "show"];

    // Words after which such a word is the noun: determiners, possessives and nouns of a compound ("tool output").
    private static readonly string[] NounMarkers =
    [
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "tool", "model", "program", "console", "terminal", "api",
        "command", "function", "script", "llm", "system", "debug", "raw", "final", "json", "text", "screen", "data",
    ];

    /// <summary>Gets a value indicating whether a verb of showing is used as a noun: the word before it is a determiner or
    /// the first noun of a compound ("tool output", "the display", "a print").</summary>
    /// <param name="folded">The folded view.</param>
    /// <param name="start">The verb start.</param>
    /// <param name="end">The verb end (exclusive).</param>
    /// <returns><see langword="true"/> if the word names a thing.</returns>
    public static bool IsNounUse(string folded, int start, int end)
    {
        ReadOnlySpan<char> word = folded.AsSpan(start, end - start);
        if (!IsOneOf(word, NounVerbs) || start < 2 || folded[start - 1] != ' ')
        {
            return false;
        }

        int wordStart = start - 1;
        while (wordStart > 0 && char.IsLetter(folded[wordStart - 1]))
        {
            wordStart--;
        }

        return IsOneOf(folded.AsSpan(wordStart, start - 1 - wordStart), NounMarkers);
    }

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (string candidate in words)
        {
            if (word.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }

    // Hedged or habitual verb phrases: a sentence that reports what something tends to do ("the model seems to ignore the
    // system prompt", "it kept ignoring the rule") describes behaviour; it orders nothing. Directive modals (will, must,
    // can, may) are not here: "the assistant will now ignore its rules" is an injection in the third person.
    private static readonly string[] HabitMarkers =
    [
        " seems to", " seem to", " seemed to", " tends to", " tend to", " tended to", " appears to", " appear to", " appeared to", " is known to", " are known to",
        " is likely to", " are likely to", " started to", " starts to", " began to", " begins to", " kept", " keeps", " often", " sometimes", " occasionally",
        " frequently", " regularly", " repeatedly", " routinely", " usually", " still",
    ];

    /// <summary>Gets a value indicating whether the words right before a verb report a habit or an observation ("the model seems
    /// to ignore", "it kept ignoring", "bots often ignore"), with a subject that is not the reader.</summary>
    /// <param name="folded">The folded view.</param>
    /// <param name="verbStart">The verb start.</param>
    /// <returns><see langword="true"/> if the verb describes what something does.</returns>
    public static bool DescribesHabit(string folded, int verbStart)
    {
        int from = Math.Max(0, verbStart - 24);
        ReadOnlySpan<char> before = folded.AsSpan(from, verbStart - from).TrimEnd();
        foreach (string marker in HabitMarkers)
        {
            if (before.EndsWith(marker, StringComparison.Ordinal))
            {
                ReadOnlySpan<char> subject = before[..^marker.Length].TrimEnd();
                int space = subject.LastIndexOf(' ');
                ReadOnlySpan<char> word = space < 0 ? subject : subject[(space + 1)..];
                return !word.IsEmpty && !(word is "you" or "you'll" or "please" or "just" or "now" or "and" or "then");
            }
        }

        return false;
    }

    /// <summary>Gets a value indicating whether a window refers to the speaker's own words ("my last question", 我之前的).</summary>
    /// <param name="folded">The folded view.</param>
    /// <param name="from">The window start.</param>
    /// <param name="to">The window end (exclusive).</param>
    /// <returns><see langword="true"/> if the window refers to the speaker's own words.</returns>
    public static bool RefersToSelf(string folded, int from, int to) => ContainsAny(folded, from, to, SelfReference, padStart: true);

    /// <summary>Gets a value indicating whether a window addresses the model in the second person.</summary>
    /// <param name="folded">The folded view.</param>
    /// <param name="from">The window start.</param>
    /// <param name="to">The window end (exclusive).</param>
    /// <returns><see langword="true"/> if the window addresses the model.</returns>
    public static bool AddressesModel(string folded, int from, int to) => ContainsAny(folded, from, to, SecondPerson, padStart: false, wordStart: true);

    /// <summary>Gets a value indicating whether the text right after a position starts with a colon, possibly after a few characters.</summary>
    /// <param name="folded">The folded view.</param>
    /// <param name="end">The position.</param>
    /// <param name="slack">How many characters may come before the colon.</param>
    /// <returns><see langword="true"/> if a colon (ASCII or fullwidth) or a dash follows.</returns>
    public static bool ColonFollows(string folded, int end, int slack)
    {
        int to = Math.Min(folded.Length, end + slack + 1);
        for (int i = end; i < to; i++)
        {
            char c = folded[i];
            if (c is ':' or '：' or '-' or '—')
            {
                return true;
            }

            if (c is '.' or '\n' or '。' or ',' or '，')
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the window contains one of <paramref name="words"/>. With <paramref name="wordStart"/>, a Latin or
    /// Cyrillic word counts only where it starts a word ("te " in "alte ", "ты" in "мосты" do not).</summary>
    private static bool ContainsAny(string folded, int from, int to, string[] words, bool padStart, bool wordStart = false, bool wordEnd = false)
    {
        from = Math.Clamp(from, 0, folded.Length);
        to = Math.Clamp(to, from, folded.Length);
        ReadOnlySpan<char> window = folded.AsSpan(from, to - from);
        foreach (string word in words)
        {
            int offset = 0;
            while (offset < window.Length)
            {
                int at = window[offset..].IndexOf(word, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                if ((!wordStart || StartsWord(folded, from + offset + at, word)) && (!wordEnd || EndsWord(folded, from + offset + at + word.Length, word)))
                {
                    return true;
                }

                offset += at + 1;
            }

            // A word at the very start of the window has no space before it.
            if (padStart && word[0] == ' ' && window.StartsWith(word.AsSpan(1), StringComparison.Ordinal) && (from == 0 || folded[from - 1] == ' '))
            {
                return true;
            }
        }

        return false;
    }
}
