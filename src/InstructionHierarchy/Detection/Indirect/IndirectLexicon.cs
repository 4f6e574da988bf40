using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace InstructionHierarchy.Detection.Indirect;

/// <summary>
/// The phrase families of <see cref="IndirectInstructionDetector"/>: anchors that make a sentence worth a look, and the
/// linear regular expressions that weigh it. Every pattern runs on the folded (lower-cased, whitespace-collapsed) text of
/// one bounded sentence, never on the whole document.
/// </summary>
internal static partial class IndirectLexicon
{
    /// <summary>
    /// The options of a pattern that is not provably linear on backtracking code (see <see cref="Bounded"/>): the
    /// non-backtracking engine keeps it linear, at the price of building it on first use.
    /// </summary>
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>
    /// The options of a pattern that needs no non-backtracking engine to stay linear: the source generator compiles it to
    /// backtracking code at build time, so nothing is constructed at run time (a non-backtracking pattern costs 5–250 ms to
    /// build on first use). A pattern gets them only when it has at most 1,000 ways through its choices at one start
    /// position (an alternation of plain strings counts its longest chain of prefixes, since only such strings match
    /// together; a sequence multiplies its parts' counts; a loop of X from m to n times sums w^m … w^n), with no lookaround
    /// or backreference, and every unbounded loop (<c>*</c>, <c>+</c>, <c>{m,}</c>) a delimited run: one character set S,
    /// entered only after a character outside S (or a <c>\b</c>, or a bounded stretch of S after one) and left only for
    /// something that cannot start with S, so that each run is scanned from a bounded number of start positions and giving
    /// back its characters fails at once. Then a search does bounded work per start position and per character: linear in
    /// the input, whatever it holds. Each such pattern finds the same matches as the same pattern with
    /// <see cref="RegexOptions.NonBacktracking"/> (a regular language, same <c>\b</c>); <c>BacktrackingBoundTests</c> checks
    /// both the bound and the matches.
    /// </summary>
    private const RegexOptions Bounded = RegexOptions.CultureInvariant;

    /// <summary>The cue words (see <see cref="CueAnchors"/>).</summary>
    internal static readonly string[] CueWords =
    [
        // addressees (en and Latin-script languages)
        "assistant", "chatbot", "llm", "language model", " ai ", " ai,", " ai:", " ai.", "(ai", " a.i.", "ai-", "gpt", "copilot", " bot", "agent",
        "screener", "summariz", "summaris", "if you are", "if you're", "model reading", "models reading", "automated",
        "asistente", "assistente", "assistent", " ia ", " ia,", " ia:", "(ia", " ki ", " ki,", " ki:", " ki-", "(ki",
        "yapay zek", "asistan", "trợ lý", "asisten", "sprachmodell", "modelo de lenguaje", "modèle de langage", "robot", "robô",
        // addressees (other scripts)
        "助手", "助理", "人工智能", "模型", "机器人", "機器人", "如果你是", "アシスタント", "チャットボット", "言語モデル", "エージェント", "ai는", "ai에게", "aiへ", "aiは", "aiに", "ai请", "ai請", "ai，", "ai：", "ai、", "어시스턴트", "인공지능", "챗봇", "언어 모델",
        "ассистент", "помощник", "нейросет", "языковая модель", " ии", "مساعد", "الذكاء الاصطناعي", "سهایک", "सहायक", "एआई", "असिस्टेंट",
        // what the processor produces, and who it talks to
        "your response", "your reply", "your answer", "your output", "your summary", "your translation", "your next", "your final",
        "respond", "reply", "answer", "the user", "the reader", "the human", "tell ", "inform ",
        "tu respuesta", "su respuesta", "tu resumen", "su resumen", "ta réponse", "votre réponse", "ton résumé", "votre résumé",
        "deiner antwort", "ihrer antwort", "deine antwort", "ihre antwort", "zusammenfassung", "sua resposta", "tua resposta", "seu resumo",
        "tua risposta", "sua risposta", "tuo riassunto", "ответ", "резюме", "пользовател", "ردك", "إجابتك", "اجابتك", "ملخص", "المستخدم",
        "उत्तर", "जवाब", "सारांश", "उपयोगकर्ता", "cevab", "yanit", "özet", "kullanici", "câu trả lời", "phản hồi", "tóm tắt", "người dùng",
        "jawaban", "tanggapan", "ringkasan", "pengguna", "usuario", "utilisateur", "nutzer", "benutzer", "usuário", "utente",
        "回答", "回复", "回覆", "答复", "答覆", "总结", "總結", "摘要", "用户", "用戶", "读者", "讀者", "返答", "返信", "要約", "ユーザー", "답변", "응답", "대답", "요약", "사용자",
        // the processor named by what it does ("when summarizing this page", "whoever writes the minutes", "整理本页时应")
        "whichever", "when summari", "when process", "when review", "when analy", "when translat", "when evaluat", "when screen", "when read",
        "the one who", "the person who", "anyone who", "hinweis zur", "anmerkung zur", "bei der auswertung", "bei der zusammenfassung",
        "bei der bewertung", "bei der verarbeitung", "wer dies", "quien procese", "quien resuma", "quien lea", "quien analice", "quien eval",
        "quien revise", "al resumir", "al procesar", "al analizar", "al evaluar", "al revisar", "nota para la", "ao resumir", "ao processar",
        "ao analisar", "ao avaliar", "ao revisar", "quem ", "observação", "observacao", "résumant", "traitant", "analysant", "évaluant",
        "evaluant", "lors du", "lors de la", "quiconque", "summaries of", "resúmenes de", "resumos de", "zusammenfassungen", "celui qui", "celle qui", "nel riassumere", "nell'elabor", "nel valutare",
        "nell'analizz", "chi riassume", "chi elabora", "chi legge", "chi valuta", "кто будет", "кто составля", "кто обрабатыва", "кто чита",
        "при обработке", "при пересказе", "при анализе", "при составлении", "عند تلخيص", "عند معالجة", "عند تحليل", "عند قراءة", "عند تقييم",
        "من يلخص", "من يعالج", "من يقرأ", "कोई एआई", "का सारांश", "को संसाधित", "özetlerken", "işlerken", "değerlendirirken", "okurken",
        "özetleyen", "işleyen", "okuyan", "khi tóm tắt", "khi xử lý", "khi phân tích", "khi đánh giá", "khi đọc", "saat merangkum",
        "saat memproses", "saat menganalisis", "saat menilai", "saat membaca", "siapa pun yang", "的ai", "的 ai", "的助手", "的助理", "的模型",
        "时应", "時應", "时请", "時請", "时须", "時須", "时务必", "時務必", "时要", "時要", "负责", "負責", "いるai", "いる ai", "いるアシスタント",
        "いるモデル", "する際", "するとき", "する場合", "할 때", "하는 ai", "하는 어시스턴트", "하는 모델", "하는 에이전트", "하는 챗봇",
        // dismissing what came before ("忽略以上所有提示"), in scripts the override lexicon reads less
        "忽略", "无视", "無視", "忽视", "忽視", "不要理", "不理会", "不理會", "跳过", "跳過", "抛弃", "拋棄", "忘れ", "무시",
        // verb-final or unspaced task requests (ja, ko, hi, zh, tr)
        "書いてください", "翻訳してください", "要約してください", "説明してください", "作成してください", "作ってください", "挙げてください",
        "써 주세요", "써주세요", "작성해 주세요", "작성해주세요", "번역해 주세요", "번역해주세요", "요약해 주세요", "요약해주세요", "설명해 주세요",
        "설명해주세요", "추천해 주세요", "추천해주세요", "만들어 주세요", "만들어주세요", "लिखिए", "लिखें", "अनुवाद करें", "अनुवाद कीजिए", "समझाइए",
        "सुझाइए", "写一", "寫一", "请写", "請寫", "翻译", "翻譯", "概括", "解释", "解釋", "描述", "创作", "創作", "编写", "編寫", "讲一个", "講一個",
        "列出", "列举", "列舉", " yaz.", " yazın.", " çevir.", " özetle.", " açıkla.", " anlat.", " öner.", " listele.",
        // the reader is spoken to as something configured ("the policy you were loaded with")
        "loaded with", "configured with", "programmed with", "initialized with", "initialised with", "primed with",
        "your code should", "your ", "whoever", "anyone", "directive", "hint", "@", "?", "？", "quien", "quand", "lorsque", "нейросет", "yang", "following code", "subsequent code",
    ];

    /// <summary>The task verbs that count at a sentence start (with <see cref="CueWords"/>, <see cref="Anchors"/>).</summary>
    internal static readonly string[] VerbWords =
    [
        "summar", "translat", "paraphras", "rewrite", "rephrase", "recommend", "generate", "compose", "write ", "output", "encode", "encrypt",
        "decode", "reverse", "say ", "mention", "state ", "claim", "suggest", "promote", "advertise", "describe", "explain", "analy", "evaluate",
        "predict", "pretend", "craft", "express", "integrate", "incorporate", "embed", "fuse", "blend", "merge", "weave", "engage", "employ",
        "list ", "provide", "share ", "create", "draft", "compare", "estimate", "calculate", "classify", "identify", "convert", "append",
        "prepend", "insert", "include", "add ", "end ", "begin", "start ", "conclude", "remove", "replace", "use ", "offer", "propose", "advise",
        "direct", "redirect", "urge", "encourage", "emphasi", "highlight", "ensure", "make sure", "give ", "spell", "format", "do not", "don't",
        "never ", "always ", "only ", "avoid", "refrain", "mimic", "imagine", "discuss", "outline", "compute", "count ", "determine", "find ",
        "research", "search ", "investigate", "name ", "rate ", "rank ", "score ", "answer", "utili", "leverage", "implement", "adopt", "apply ",
        "embody", "enhance", "enrich", "improve", "render", "jumble", "scramble", "rearrange", "shuffle", "develop", "augment",
        "beschreibe ", "buat ", "buatlah ", "ceritakan ", "componi ", "composez ", "compón ", "consiglia ", "crea ", "cree ", "crie ", "crée ", "créez ", "desarrolla ", "descreva ", "describa ", "descrivi ", "deskripsikan ", "dichte ", "décris ", "décrivez ", "dịch ", "elabora ", "elenca ", "empfiehl ", "enumera ", "erfinde ", "erkläre ", "erstelle ", "erzähle ", "escreva ", "escriba ", "escribe ", "explica ", "explique ", "expliquez ", "fasse ", "genera ", "inventa ", "invente ", "jelaskan ", "karang ", "kể ", "liste ", "nenne ", "racconta ", "raconte ", "racontez ", "recomende ", "recomienda ", "recomiende ", "recommande ", "recommandez ", "redacta ", "redacte ", "redigi ", "redija ", "rekomendasikan ", "resuma ", "resume ", "riassumi ", "ringkas ", "ringkaskan ", "rédige ", "rédigez ", "résume ", "résumez ", "schreib ", "schreibe ", "scriva ", "scrivi ", "sebutkan ", "spiega ", "terjemahkan ", "traduce ", "traduci ", "traduis ", "traduisez ", "traduza ", "traduzca ", "tulis ", "tuliskan ", "verfasse ", "viết ", "écris ", "écrivez ", "énumère ", "übersetze ", "напиши ", "напишите ", "объясни ", "объясните ", "опиши ", "опишите ", "переведи ", "переведите ", "перескажи ", "перечисли ", "порекомендуй ", "придумай ", "придумайте ", "расскажи ", "составь ", "составьте ", "сочини ", "اشرح ", "اقترح ", "اكتب ", "ترجم ", "صف ", "لخص ", "supplement", "must be ranked", "should be ranked", "be rated as", "einzustufen", "einzuordnen", "评为", "評為", "列为", "列為", "compose", "break down", "consider",
    ];

    /// <summary>Cues that make the surrounding sentence a candidate wherever they occur. Lower-case; matched ordinally on the folded view.</summary>
    public static readonly AnchorSearch CueAnchors = AnchorSearch.Create(CueWords, StringComparison.Ordinal);

    /// <summary>Every anchor: the cues and the task verbs (a verb counts only at a sentence start).</summary>
    public static readonly AnchorSearch Anchors = AnchorSearch.Create([.. CueWords, .. VerbWords], StringComparison.Ordinal);

    /// <summary>Words one of which every <see cref="AddressedToModel(ReadOnlySpan{char})"/> family needs: a cheap gate before the regexes.</summary>
    public static readonly AnchorSearch AddresseeGate = AnchorSearch.Create(
    [
        "ai", "a.i.", "assistant", "bot", "llm", "model", "agent", "gpt", "copilot", "screener", "summari", "whoever", "anyone", "anything",
        "automated", "crawler", "scraper", "system", "tool", "program", "software", "you are", "you're", "you’re", "directive", "hint", "@",
        "asistente", "assistente", "assistent", "ia", "ki", "quien", "ии", "ассистент", "помощник", "нейросет", "модел", "бот", "мод",
        "مساعد", "ذكاء", "نموذج", "روبوت", "وكيل", "सहायक", "एआई", "असिस्टेंट", "मॉडल", "चैटबॉट", "एजेंट", "asistan", "yapay zek", "trợ lý",
        "mô hình", "asisten", "助手", "助理", "人工智能", "模型", "机器人", "機器人", "如果你是", "アシスタント", "チャットボット", "モデル",
        "エージェント", "ボット", "人工知能", "어시스턴트", "인공지능", "챗봇", "모델", "비서", "에이전트",
        "loaded with", "configured with", "programmed with", "initialized with", "initialised with", "primed with",
        "whichever", "the one who", "the person who", "when ", "致", "给", "給", "忽略", "无视", "無視", "忽视", "忽視", "不要理", "不理",
        "跳过", "跳過", "抛弃", "拋棄", "放弃", "放棄", "时", "時", "负责", "負責", "無視", "忘れ", "際", "とき", "場合", "いる", "무시", "잊",
        "때", "hinweis", "anmerkung", "notiz", "bei der", "wer ", "wenn", "sobald", "falls", "quien", "cuando", "al ", "nota para", "quem",
        "quando", "ao ", "observa", "résumant", "resumant", "traitant", "analysant", "évaluant", "evaluant", "lors d", "qui", "quand",
        "lorsque", "remarque", "note", "nel ", "chi ", "кто", "при ", "عند", "من ", "अगर", "यदि", "इस", "यह", "bu ", "khi ", "này", "saat ",
        "siapa",
    ],
        StringComparison.Ordinal);

    /// <summary>Words one of which every <see cref="ShapesTheOutput"/> family needs.</summary>
    public static readonly AnchorSearch OutputGate = AnchorSearch.Create(
    [
        "your", "respond", "reply", "answer", "when ", "before ", "only", "output", "response", "summary", "message", "tu ", "su ", "ta ",
        "votre", "deine", "deiner", "ihre", "sua ", "tua ", "tuo ", "suo ", "seu ", "teu ", "ответ", "резюме", "перевод", "пересказ", "رد",
        "إجاب", "اجاب", "ملخص", "أجب", "اجب", "उत्तर", "जवाब", "सारांश", "cevap", "cevab", "yanit", "özet", "trả lời", "phản hồi", "tóm tắt",
        "bản dịch", "jawab", "tanggapan", "ringkasan", "balas", "terjemahan", "回答", "回复", "回覆", "回應", "答复", "答覆", "总结", "總結",
        "摘要", "输出", "輸出", "翻译", "翻譯", "只", "仅", "僅", "返答", "返信", "要約", "応答", "出力", "翻訳", "답변", "응답", "대답", "요약",
        "출력", "번역", "respuesta", "resumen", "traducción", "contestación", "responder", "contestar", "resumir", "traducir", "responde",
        "contesta", "répond", "résum", "traduction", "antwort", "zusammenfass", "übersetzung", "resposta", "resumo", "tradução", "risposta",
        "riassun", "traduzione", "rispond", "tradurre", "отвеча", "ответь", "summary", "minutes", "notes", "recap", "report", "protocol",
        "transcript", "返回", "说", "說", "summaries", "translations", "resúmenes", "resumenes", "resumos", "résumés", "zusammenfassungen", "riassunti", "rank", "rate", "score", "mark", "classif", "einzu", "zu bewerten", "clasific", "calific", "classé",
        "评为", "評為", "列为", "列為", "评定", "評定", "归为", "歸為", "оцен", "присвоить", "поставить", "place", "treat", "label", "flag",
    ],
        StringComparison.Ordinal);

    /// <summary>Words one of which every <see cref="SteersTheUser"/> family needs.</summary>
    public static readonly AnchorSearch AudienceGate = AnchorSearch.Create(
    [
        "user", "reader", "customer", "visitor", "patient", "recipient", "human", "person", "requester", "people", "candidate", "client",
        "buyer", "shopper", "him", "her", "them", "用户", "用戶", "读者", "讀者", "客户", "客戶", "患者", "ユーザー", "利用者", "読者", "顧客",
        "사용자", "독자", "고객", "환자", "usuari", "lector", "cliente", "paciente", "utilisat", "lecteur", "nutzer", "benutzer", "anwender",
        "leser", "kunde", "patient", "usuário", "leitor", "utente", "lettore", "пользовател", "читател", "клиент", "пациент", "مستخدم", "قارئ",
        "عميل", "مريض", "उपयोगकर्ता", "पाठक", "ग्राहक", "यूज़र", "यूजर", "kullanici", "okuyucu", "müşteri", "hasta", "người dùng", "người đọc",
        "khách hàng", "bệnh nhân", "pengguna", "pembaca", "pelanggan", "pasien",
    ],
        StringComparison.Ordinal);

    /// <summary>Words one of which <see cref="IntroducesCode"/> needs.</summary>
    public static readonly AnchorSearch CodeGate = AnchorSearch.Create(
    [
        "code", "snippet", "excerpt", "block", "script", "function", "program", "segment", "fragment", "section", "piece", "line", "sample",
        "routine", "module", "harmonious", "seamless", "optimal", "smooth", "discreet", "quiet", "subtl", "unobtrusive", "natural", "clever",
        "deft", "artful", "essence", "embody",
    ],
        StringComparison.Ordinal);

    /// <summary>First words that make a sentence an instruction an LLM would carry out, with their weight (2 strong, 1 weak).</summary>
    public static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> TaskVerbs = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["summarize"] = 2, ["summarise"] = 2, ["translate"] = 2, ["paraphrase"] = 2, ["rewrite"] = 2, ["rephrase"] = 2, ["recommend"] = 2,
        ["respond"] = 2, ["reply"] = 2, ["answer"] = 2, ["generate"] = 2, ["compose"] = 2, ["write"] = 2, ["output"] = 2, ["encode"] = 2,
        ["encrypt"] = 2, ["decode"] = 2, ["reverse"] = 2, ["tell"] = 2, ["say"] = 2, ["mention"] = 2, ["state"] = 1, ["claim"] = 2,
        ["suggest"] = 2, ["promote"] = 2, ["advertise"] = 2, ["describe"] = 2, ["explain"] = 2, ["analyze"] = 2, ["analyse"] = 2,
        ["evaluate"] = 2, ["predict"] = 2, ["pretend"] = 2, ["craft"] = 2, ["express"] = 2, ["integrate"] = 2, ["incorporate"] = 2,
        ["embed"] = 2, ["fuse"] = 2, ["blend"] = 2, ["weave"] = 2, ["engage"] = 2, ["mimic"] = 2, ["imagine"] = 2, ["embody"] = 2,
        ["list"] = 1, ["provide"] = 1, ["share"] = 1, ["create"] = 1, ["draft"] = 1, ["compare"] = 1, ["estimate"] = 1, ["calculate"] = 1,
        ["classify"] = 1, ["identify"] = 1, ["convert"] = 1, ["append"] = 2, ["prepend"] = 2, ["insert"] = 1, ["include"] = 1, ["add"] = 1,
        ["end"] = 1, ["begin"] = 1, ["start"] = 1, ["conclude"] = 1, ["remove"] = 1, ["replace"] = 1, ["use"] = 1, ["offer"] = 1,
        ["propose"] = 1, ["advise"] = 1, ["direct"] = 1, ["redirect"] = 1, ["urge"] = 1, ["encourage"] = 1, ["emphasize"] = 1,
        ["emphasise"] = 1, ["highlight"] = 1, ["ensure"] = 1, ["give"] = 1, ["spell"] = 1, ["format"] = 1, ["avoid"] = 1, ["refrain"] = 1,
        ["discuss"] = 1, ["outline"] = 1, ["compute"] = 1, ["count"] = 1, ["determine"] = 1, ["find"] = 1, ["research"] = 1, ["search"] = 1,
        ["investigate"] = 1, ["name"] = 1, ["rate"] = 1, ["rank"] = 1, ["score"] = 1, ["utilize"] = 1, ["utilise"] = 1, ["leverage"] = 1,
        ["implement"] = 1, ["adopt"] = 1, ["apply"] = 1, ["employ"] = 1, ["merge"] = 1, ["make"] = 1, ["do"] = 1, ["don't"] = 1, ["never"] = 1,
        ["always"] = 1, ["only"] = 1, ["inform"] = 1, ["assess"] = 1, ["review"] = 1, ["examine"] = 1, ["detail"] = 1, ["elaborate"] = 1,
        ["present"] = 1, ["compile"] = 1, ["formulate"] = 1, ["devise"] = 1, ["design"] = 1, ["develop"] = 1, ["construct"] = 1,
        ["produce"] = 1, ["enhance"] = 1, ["enrich"] = 1, ["augment"] = 2, ["supplement"] = 1, ["improve"] = 1, ["render"] = 2, ["jumble"] = 2, ["scramble"] = 2, ["rearrange"] = 2, ["shuffle"] = 2, ["break"] = 1, ["consider"] = 1, ["absorb"] = 2, ["meld"] = 2, ["interweave"] = 2, ["harmonize"] = 2, ["enlist"] = 2, ["deploy"] = 1, ["execute"] = 1, ["inject"] = 2, ["capitalize"] = 1, ["substitute"] = 1, ["alternate"] = 1, ["transform"] = 1, ["modify"] = 1, ["change"] = 1, ["swap"] = 1, ["play"] = 1, ["become"] = 1, ["role"] = 1, ["roleplay"] = 2, ["role-play"] = 2, ["greet"] = 2, ["sign"] = 1, ["invite"] = 1, ["ask"] = 1, ["request"] = 1, ["recite"] = 2, ["narrate"] = 2, ["sing"] = 2, ["spread"] = 2, ["warn"] = 1, ["alert"] = 1, ["notify"] = 1, ["act"] = 1, ["insist"] = 1, ["assure"] = 1, ["reassure"] = 1, ["convince"] = 2, ["persuade"] = 2,
        // imperatives of the same tasks in other languages that put the verb first
        ["escribe"] = 2, ["escriba"] = 2, ["redacta"] = 2, ["redacte"] = 2, ["traduce"] = 2, ["traduzca"] = 2, ["resuma"] = 2, ["explica"] = 2, ["describa"] = 2, ["recomienda"] = 2, ["recomiende"] = 2, ["compón"] = 2, ["écris"] = 2, ["écrivez"] = 2, ["rédige"] = 2, ["rédigez"] = 2, ["traduis"] = 2, ["traduisez"] = 2, ["résume"] = 2, ["résumez"] = 2, ["expliquez"] = 2, ["décris"] = 2, ["décrivez"] = 2, ["recommande"] = 2, ["recommandez"] = 2, ["invente"] = 2, ["schreibe"] = 2, ["schreib"] = 2, ["verfasse"] = 2, ["übersetze"] = 2, ["erkläre"] = 2, ["beschreibe"] = 2, ["empfiehl"] = 2, ["erfinde"] = 2, ["erzähle"] = 2, ["dichte"] = 2, ["escreva"] = 2, ["redija"] = 2, ["traduza"] = 2, ["descreva"] = 2, ["recomende"] = 2, ["scrivi"] = 2, ["scriva"] = 2, ["redigi"] = 2, ["traduci"] = 2, ["riassumi"] = 2, ["spiega"] = 2, ["descrivi"] = 2, ["consiglia"] = 2, ["racconta"] = 2, ["componi"] = 2, ["напиши"] = 2, ["напишите"] = 2, ["переведи"] = 2, ["переведите"] = 2, ["перескажи"] = 2, ["объясни"] = 2, ["объясните"] = 2, ["опиши"] = 2, ["опишите"] = 2, ["придумай"] = 2, ["придумайте"] = 2, ["сочини"] = 2, ["порекомендуй"] = 2, ["расскажи"] = 2, ["tulis"] = 2, ["tuliskan"] = 2, ["terjemahkan"] = 2, ["ringkas"] = 2, ["ringkaskan"] = 2, ["jelaskan"] = 2, ["deskripsikan"] = 2, ["rekomendasikan"] = 2, ["ceritakan"] = 2, ["karang"] = 2, ["viết"] = 2, ["dịch"] = 2, ["اكتب"] = 2, ["ترجم"] = 2, ["لخص"] = 2, ["اشرح"] = 2, ["صف"] = 2, ["اقترح"] = 2, ["explique"] = 2, ["inventa"] = 2, ["resume"] = 1, ["enumera"] = 1, ["crea"] = 1, ["cree"] = 1, ["elabora"] = 1, ["genera"] = 1, ["desarrolla"] = 1, ["énumère"] = 1, ["composez"] = 1, ["crée"] = 1, ["créez"] = 1, ["raconte"] = 1, ["racontez"] = 1, ["nenne"] = 1, ["liste"] = 1, ["erstelle"] = 1, ["fasse"] = 1, ["crie"] = 1, ["elenca"] = 1, ["составь"] = 1, ["составьте"] = 1, ["перечисли"] = 1, ["sebutkan"] = 1, ["buat"] = 1, ["buatlah"] = 1, ["kể"] = 1,
    }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>First words of instructions meant for a person (recipes, manuals, notices); two of them in a row mean procedural text.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HumanVerbs = new HashSet<string>(StringComparer.Ordinal)
    {
        "mix", "stir", "preheat", "bake", "pour", "whisk", "chop", "slice", "cut", "heat", "cook", "boil", "simmer", "season", "serve", "fold",
        "click", "tap", "press", "select", "choose", "open", "close", "go", "navigate", "enter", "type", "install", "run", "restart", "reboot",
        "download", "unplug", "plug", "connect", "disconnect", "turn", "set", "put", "place", "attach", "tighten", "loosen", "check", "verify",
        "make", "let", "keep", "wait", "follow", "see", "call", "contact", "visit", "submit", "send", "sign", "fill", "complete", "bring", "wear",
        "park", "lock", "store", "clean", "wash", "rinse", "dry", "drain", "combine", "transfer", "cover", "refrigerate", "allow", "sprinkle",
        "note", "read", "log", "update", "upgrade", "configure", "clone", "build", "copy", "paste", "save", "edit", "change", "try", "take",
        "pay", "book", "register", "reply", "review", "remember", "do", "don't", "use", "add", "remove", "replace", "insert", "start", "begin",
        "ensure", "list", "import", "create", "define", "call", "return", "pass", "declare", "print", "compile", "deploy", "push", "pull",
        "commit", "merge", "fetch", "export", "set", "report", "read", "find", "look", "search", "scroll", "swipe", "hold", "release", "drag",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The text is addressed to an AI, assistant, model or agent ("note to the assistant", "if you are an AI", "AI助手请注意").</summary>
    /// <param name="text">The folded sentence.</param>
    /// <returns><see langword="true"/> when any family matches.</returns>
    public static bool AddressedToModel(ReadOnlySpan<char> text) => AddressedToModel(text, Addressed.Candidates(text));

    /// <summary>
    /// <see cref="AddressedToModel(ReadOnlySpan{char})"/> for the members in <paramref name="candidates"/>
    /// (<see cref="RegexFamily.Candidates"/> of <see cref="Addressed"/>, or <see cref="RegexFamily.All"/> to run every pattern).
    /// </summary>
    /// <param name="text">The folded sentence.</param>
    /// <param name="candidates">The members that may match.</param>
    /// <returns><see langword="true"/> when any family matches.</returns>
    internal static bool AddressedToModel(ReadOnlySpan<char> text, ulong candidates) =>
        Addressed.Any(text, candidates, (1UL << 28) - 1)
        || ((Addressed.IsMatch(28, text, candidates) || Addressed.IsMatch(29, text, candidates)) && HasDirectiveTail(text))
        || (Addressed.IsMatch(30, text, candidates) && ImperativeAfterPause(text))
        || ((Addressed.IsMatch(31, text, candidates) || Addressed.IsMatch(32, text, candidates) || Addressed.IsMatch(33, text, candidates))
            && (HasDirectiveTail(text) || Addressed.IsMatch(34, text, candidates)))
        || Addressed.IsMatch(35, text, candidates);

    /// <summary>
    /// The patterns of <see cref="AddressedToModel(ReadOnlySpan{char})"/>: members 0–27 match alone; 28–29 (a model in a
    /// condition) need a directive tail, 30 (a model at work) an imperative after a pause, 31–33 (the processor named by what
    /// it does) a directive tail or member 34 (a local directive); 35 (a passive request to AI readers) matches alone.
    /// </summary>
    internal static readonly RegexFamily Addressed = new(
        (AddressedToModel0Pattern, AddressedToModel0),
        (AddressedToModel1Pattern, AddressedToModel1),
        (AddressedToModel2Pattern, AddressedToModel2),
        (AddressedToModel3Pattern, AddressedToModel3),
        (AddressedToModel4Pattern, AddressedToModel4),
        (AddressedToModel5Pattern, AddressedToModel5),
        (AddressedToModel6Pattern, AddressedToModel6),
        (AddressedToModel7Pattern, AddressedToModel7),
        (AddressedToModel8Pattern, AddressedToModel8),
        (AddressedToModel9Pattern, AddressedToModel9),
        (AddressedToModel10Pattern, AddressedToModel10),
        (AddressedToModel11Pattern, AddressedToModel11),
        (AddressedToModel12Pattern, AddressedToModel12),
        (AddressedToModel13Pattern, AddressedToModel13),
        (AddressedToModel14Pattern, AddressedToModel14),
        (AddressedToModel15Pattern, AddressedToModel15),
        (AddressedToModel16Pattern, AddressedToModel16),
        (AddressedToModel17Pattern, AddressedToModel17),
        (AddressedToModel18Pattern, AddressedToModel18),
        (AddressedToModel19Pattern, AddressedToModel19),
        (AddressedToModel21Pattern, AddressedToModel21),
        (AddressedToModel22Pattern, AddressedToModel22),
        (AddressedToModel23Pattern, AddressedToModel23),
        (AddressedToModel24Pattern, AddressedToModel24),
        (AddressedToModel25Pattern, AddressedToModel25),
        (AddressedToModel27Pattern, AddressedToModel27),
        (AddressedToModel28Pattern, AddressedToModel28),
        (ConfiguredReaderPattern, ConfiguredReader),
        (AddressedToModel20Pattern, AddressedToModel20),
        (AddressedToModel26Pattern, AddressedToModel26),
        (AddressedProgressivePattern, AddressedProgressive),
        (ProcessorNote0Pattern, ProcessorNote0),
        (ProcessorNote1Pattern, ProcessorNote1),
        (ProcessorNote2Pattern, ProcessorNote2),
        (LocalDirectivePattern, LocalDirective),
        (PassiveRequestPattern, PassiveRequest));

    private const string AddressedToModel0Pattern =
        @"\b(note|notes|message|instructions?|reminder|attention|memo|notice|guidance|directive|hint|request|p\.?s\.?|important|info|heads[- ]up|comment)s? ?(to|for|from .{0,30} to) (the |any |all |every |our |your )?(ai|a\.i\.|llm|llms|language models?|assistants?|chatbots?|bots?|models?|agents?|copilots?|gpts?|chatgpt|automated [a-z]+|ai[- ][a-z]+|[a-z-]+ assistants?|[a-z-]+ bots?|[a-z-]+ agents?|screeners?|summari[sz]ers?|systems? (reading|processing|summari[sz]ing)|whoever|anyone|anything) ";

    [GeneratedRegex(
        AddressedToModel0Pattern,
        Options)]
    private static partial Regex AddressedToModel0();

    private const string AddressedToModel1Pattern =
        @"\b(dear|hey|hi|hello|attention|attn|calling|yo) ?,? (the |all |any )?(ai|a\.i\.|assistant|chatbot|bot|llm|model|gpt|chatgpt|copilot|agent|claude|gemini)s?\b";

    [GeneratedRegex(
        AddressedToModel1Pattern,
        Bounded)]
    private static partial Regex AddressedToModel1();

    private const string AddressedToModel2Pattern =
        @"\bif (you are|you're|you’re|you happen to be|this is read by|this is being read by|this is processed by|you are reading this as) (an?|the|some) ([a-z]+ ){0,2}(ai|a\.i\.|llm|language model|assistant|chatbot|bot|model|agent|machine|program|crawler|scraper|system)\b";

    [GeneratedRegex(
        AddressedToModel2Pattern,
        Bounded)]
    private static partial Regex AddressedToModel2();

    private const string AddressedToModel3Pattern =
        @"\b(any|all|every|each|the|to the|for the|an?) ([a-z-]+ ){0,2}(ai|a\.i\.|llms?|language models?|assistants?|chatbots?|bots?|models?|agents?|copilots?|screeners?|summari[sz]ers?|systems?|tools?|crawlers?|readers?|analysts?|reviewers?) (reading|processing|summari[sz]ing|parsing|analy[sz]ing|reviewing|scanning|indexing|crawling|viewing|ingesting|evaluating|screening|handling|that reads?|that process(es)?|that summari[sz]es?|who reads?|which reads?) (this|these|the following|the above|my|our|it|any)\b";

    [GeneratedRegex(
        AddressedToModel3Pattern,
        Options)]
    private static partial Regex AddressedToModel3();

    private const string AddressedToModel4Pattern =
        @"(^|[:;,(\[] ?)(the |our |your )?(ai|a\.i\.|llm|assistant|chatbot|bot|copilot|agent|gpt|ai [a-z]+|[a-z]+ assistant|[a-z]+ agent)( [a-z]+){0,2} ?[:,-] ?(please |kindly |you |also |now |then |do not |don't |never |always |only )?(must|should|shall|summari[sz]e|translate|tell|say|respond|reply|answer|recommend|include|mention|state|claim|write|output|rate|score|approve|mark|classify|treat|consider|ignore|describe|report|suggest|advise|inform|refer|direct|send|forward|add|append|insert|use|rank|list|highlight|praise|avoid|skip|omit|return|give|provide|make|ensure|do|don't|never|always|only|begin|start|end|conclude|remember)\b";

    [GeneratedRegex(
        AddressedToModel4Pattern,
        Options)]
    private static partial Regex AddressedToModel4();

    private const string AddressedToModel5Pattern =
        @"\b(the |any |our )?(ai|a\.i\.|llm|assistant|chatbot|bot|copilot|model|agent|ai [a-z]+|[a-z]+ assistant)s? (should|must|shall|needs? to|is (required|instructed|expected|asked|told) to|has to|ought to|will now|is to|are to) (now |also |always |only |then |instead |immediately |first )?(say|respond|reply|answer|tell|recommend|include|state|claim|mention|output|write|summari[sz]e|translate|describe|report|rate|score|approve|classify|ignore|treat|consider|advise|suggest|inform|refer|direct|send|forward|praise|rank|recommend|append|add|insert|begin|start|end|conclude|pretend|act|stop|refuse|decline|mark|flag|omit|skip|list|return)\b";

    [GeneratedRegex(
        AddressedToModel5Pattern,
        Options)]
    private static partial Regex AddressedToModel5();

    private const string AddressedToModel6Pattern =
        @"(^|[^导導以所一景极極细細兴興大标標])(致|给|給|写给|寫給|提醒|通知) ?(ai|人工智能|智能|ai ?助手|助手|助理|模型|大模型|语言模型|語言模型|机器人|機器人)|(致|给|給|写给|寫給)(正在|所有|各位|负责|負責|阅读|閱讀|读取|讀取|整理|处理|處理|总结|總結|使用|看到|审核|審核|筛选|篩選)[^。，,]{0,12}的 ?(ai|人工智能|智能助手|助手|助理|模型|大模型|机器人|機器人)|(ai ?助手|智能助手|ai助理|人工智能助手|助手|助理|机器人|機器人)(请|請|务必|務必|注意|：)|(ai|人工智能|大模型|语言模型|語言模型)(请|請|务必|務必|注意)|如果你是(一个|一個|一款|个|個)?(ai|人工智能|语言模型|語言模型|助手|助理|机器人|機器人|大模型|模型)|(阅读|閱讀|处理|處理|总结|總結|整理|读取|讀取|读到|讀到|看到)(到)?(此|这|這|本)[^。]{0,10}的 ?(ai|人工智能|助手|助理|模型)|(整理|总结|總結|处理|處理|摘要|概括|阅读|閱讀|分析|评估|評估|翻译|翻譯|审核|審核|筛选|篩選)(本|此|这|這)[^。，]{0,10}(时|時)[^。]{0,6}(应|應|请|請|须|須|务必|務必|要|需|必须|必須)|(负责|負責)(整理|总结|總結|处理|處理|记录|記錄|审核|審核)[^。]{0,10}的(人|ai|助手|助理|系统|系統|模型)";

    [GeneratedRegex(
        AddressedToModel6Pattern,
        Bounded)]
    private static partial Regex AddressedToModel6();

    private const string AddressedToModel7Pattern =
        @"(ai|アシスタント|チャットボット|言語モデル|モデル|エージェント|ボット)(への|に|へ|向けの|宛ての?)(指示|注意|お願い|メモ|メッセージ|連絡|注記|命令)|(aiアシスタント|ai ?アシスタント|アシスタント|チャットボット|ai|言語モデル)(は|へ|:|：|、|よ)[^。]{0,60}(ください|しなさい|すること|せよ|してね)|(もし)?あなたが(ai|人工知能|アシスタント|言語モデル|チャットボット)(なら|であれば|の場合|ならば)|(これ|この[^。]{0,8})を(読んで|読む|処理する|要約する)(いる)?(ai|アシスタント|モデル)|[^。]{0,12}(を|の)(作って|作成して|読んで|処理して|要約して|まとめて|評価して|書いて|整理して)いる ?(ai|アシスタント|モデル|エージェント|ボット)(へ|に|は|の方)|(この|本)[^。]{0,10}を(要約|処理|整理|分析|評価|翻訳|まとめ)(する|る)(際|とき|時|場合)(は|には|、)";

    [GeneratedRegex(
        AddressedToModel7Pattern,
        Bounded)]
    private static partial Regex AddressedToModel7();

    private const string AddressedToModel8Pattern =
        @"(ai|어시스턴트|인공지능|챗봇|언어 ?모델|비서|에이전트)(는|은|에게|께|님|여|:|,) [^.]{0,60}(세요|십시오|하라|해라|주세요|하시오|할 것|해야 한다|해야 합니다)|(당신|네가|너)(이|가)? (ai|인공지능|어시스턴트|언어 ?모델|챗봇)(이라면|라면|인 경우)|(이 [^ ]{1,10}(을|를) )?(읽는|처리하는|요약하는|정리하는|작성하는|평가하는) (ai|어시스턴트|인공지능|모델|챗봇|에이전트)|이 [^ ]{1,10}(을|를) (요약|처리|정리|분석|평가|번역)(할|하는) (때|경우)";

    [GeneratedRegex(
        AddressedToModel8Pattern,
        Bounded)]
    private static partial Regex AddressedToModel8();

    private const string AddressedToModel20Pattern =
        @"\b(if|when|whenever|once|while|as|after|before) (an?|the|any|some|your|one of (those|the|these)) ([a-z-]+ ){0,2}(ai|a\.i\.|llms?|language models?|assistants?|chatbots?|bots?|copilots?|gpts?|agents?|ai [a-z]+s?) (is|are|reads?|reading|process(es)?|processing|handles?|handling|summari[sz]es?|summari[sz]ing|compiles?|compiling|drafts?|drafting|writes?|writing|prepares?|preparing|answers?|answering|responds?|responding|replies|replying|reviews?|reviewing|analy[sz]es?|analy[sz]ing|edits?|editing|helps?|helping|presents?|presenting|can hear|hears|sees|parses?|parsing|gets?|receives?)\b";

    [GeneratedRegex(
        AddressedToModel20Pattern,
        Options)]
    private static partial Regex AddressedToModel20();

    private const string AddressedToModel21Pattern =
        @"\b(ai|a\.i\.|llms?|language models?|assistants?|chatbots?|bots?|copilots?|gpts?|agents?|models?|screeners?|summari[sz]ers?|crawlers?|scrapers?) (reading|processing|summari[sz]ing|parsing|analy[sz]ing|reviewing|scanning|indexing|crawling|ingesting|evaluating|screening|handling|editing|drafting|preparing|compiling|helping|researching|answering|working on|looking at) (this|these|the|a|an|my|our|it|any|financial|news|emails?|documents?|pages?|files?|messages?|tickets?|reviews?|results?|content|applications?|candidates?|travell?ers?|users?|customers?)\b";

    [GeneratedRegex(
        AddressedToModel21Pattern,
        Options)]
    private static partial Regex AddressedToModel21();

    private const string AddressedToModel26Pattern =
        @"\b(when|if|once|while|as|after|before|whenever) ([a-z]+ ){0,3}(ai|a\.i\.|llms?|language models?|assistants?|chatbots?|bots?|copilots?|agents?|models?)( [a-z]+)? (that|who|which) ([a-z']+ ){1,8}(must|should|shall|needs? to|is to)\b|\b(quand|lorsque) (un|une|l'|l’|le|la) ?(assistant|ia|mod[eè]le|agent|chatbot)\b|\bcuando (un|el|una|la) (asistente|ia|modelo|agente|chatbot)\b|\bquando (um|o|a|uma) (assistente|ia|modelo|agente)\b|\b(wenn|sobald|falls) (eine?|die|der|das) (ki|ki-[a-zäöüß]+|assistent|sprachmodell|modell|chatbot|agent)\b|\b(any|every|each|the|an?) ([a-z-]+ ){0,2}(ai|llm|assistant|chatbot|bot|agent|copilot)s? (that|who|which) ([a-z']+ ){1,8}(must|should|shall|needs? to|is to)\b|\b(if|when) (you're|you are|you’re) (using|running|relying on|an?|the)\b[^.]{0,40}\b(ai|llm|assistant|bot|chatbot|copilot|agent)s?\b";

    [GeneratedRegex(
        AddressedToModel26Pattern,
        Options)]
    private static partial Regex AddressedToModel26();

    private const string AddressedToModel27Pattern =
        @"\bfor (whichever|whatever|any|each|every) ([a-z-]+ ){0,2}(ai|llm|assistant|chatbot|bot|agent|copilot|model|tool|system)s? (is |are |that is |happens to be )?[a-z]+ing\b|\b(ai|llm|gpt) [a-z]+s? (reading|processing|summari[sz]ing|reviewing|analy[sz]ing|screening|evaluating|handling) (this|these)\b";

    [GeneratedRegex(
        AddressedToModel27Pattern,
        Bounded)]
    private static partial Regex AddressedToModel27();

    private const string AddressedToModel28Pattern =
        @"(忽略|无视|無視|忽视|忽視|不要理会|不要理會|不理会|不理會|跳过|跳過|抛弃|拋棄|放弃|放棄)[^。！]{0,6}(上述|以上|之前|先前|前面|上面|此前|原有|原先|所有|一切)[^。！]{0,8}(提示|指令|说明|說明|指示|要求|设定|設定|规则|規則|命令|内容|內容)|(上記|以前|これまで|前)の(指示|命令|プロンプト|ルール|設定)を(すべて|全て)?(無視|忘れ)|(위의|이전|앞의|기존) [^.]{0,10}(지시|지침|명령|프롬프트)(을|를|은|는)? ?(모두 )?(무시|잊)";

    [GeneratedRegex(
        AddressedToModel28Pattern,
        Bounded)]
    private static partial Regex AddressedToModel28();

    /// <summary>
    /// Whoever processes the document, named by what they do with it, in the document's own voice: "when summarizing this
    /// page", "whoever writes up the minutes", "al resumir esta página", "bei der Auswertung dieses…", "при обработке этого…".
    /// Descriptions use the same words ("while summarizing the results, the team noticed…"), so a directive must follow.
    /// </summary>
    private const string ProcessorNote0Pattern =
        @"\b(al|antes de) (responder|contestar|resumir|traducir)\b|\b(ao|antes de) (responder|resumir|traduzir)\b|\b(nel|prima di) (rispondere|riassumere|tradurre)\b|\b(en|avant de) (répondant|répondre|résumant|résumer|traduisant)\b|\bwhen (summari[sz]ing|processing|reviewing|analy[sz]ing|translating|indexing|evaluating|screening|reading|parsing) (this|these) (page|document|text|article|e-?mail|message|file|résumé|resume|cv|profile|content|review|reviews|listing|thread|transcript|post|site|data|deck|report)s?\b|\b(whoever|whichever (ai|assistant|tool|system|model|agent|bot)|anyone who|anything that|the (one|person|ai|assistant|tool|system|model|agent|bot) (who|that)) (is |will be |ends up |happens to be )?(writ|compil|prepar|draft|summari[sz]|process|read|review|evaluat|screen|tak|record|transcrib|index|pars|analy[sz]|handl)[a-z]* (up )?(the|this|these|our|my)\b|\bquien (procese|resuma|lea|analice|evalúe|evalue|revise|redacte) (este|esta|estos|estas|el|la)\b|\bal (resumir|procesar|analizar|evaluar|revisar) (esta|este) (página|pagina|documento|texto|correo|mensaje|currículum|curriculum|perfil|ficha)\b|\bao (resumir|processar|analisar|avaliar|revisar) (esta|este) (página|pagina|documento|texto|e-mail|mensagem|currículo|curriculo|perfil|ficha)\b|\bquem (resumir|processar|ler|analisar|avaliar|revisar) (este|esta)\b|\b(en|lors du|lors de la) (résumant|resumant|traitant|analysant|évaluant|evaluant|résumé|synthèse|traitement) (de )?(cette|ce|ces) (page|document|texte|courriel|e-mail|message|cv|profil|fiche|compte rendu)\b|\b(celui qui|celle qui|quiconque|qui que ce soit qui) (résume|resume|traite|lit|analyse|évalue|evalue) (ce|cette|ces)\b";

    [GeneratedRegex(
        ProcessorNote0Pattern,
        Bounded)]
    private static partial Regex ProcessorNote0();

    private const string ProcessorNote1Pattern =
        @"\bbei der (auswertung|zusammenfassung|verarbeitung|bewertung|analyse) (dieses|dieser|des|der) |\bwer (dieses|diese|diesen|den|das|die) [a-zäöüß]+ (auswertet|zusammenfasst|verarbeitet|bewertet|protokolliert|liest|prüft)\b|\bnel (riassumere|elaborare|analizzare|valutare) (questa|questo) (pagina|documento|testo|email|e-mail|messaggio|curriculum|profilo|scheda)\b|\bchi (riassume|elabora|legge|analizza|valuta|redige) (questo|questa|il|la)\b|(тот|та|те|того|тем),? (кто|что) (будет )?(составлять|составляет|обрабатыва|чита|пересказыва|анализир|готов|оценива|писать|пишет|вести|ведёт|ведет|резюмир|суммир)|при (обработке|пересказе|анализе|оценке|составлении|резюмировании) (этого|этой|этих|данного|данной|настоящего)|عند (تلخيص|معالجة|تحليل|قراءة|تقييم) (هذه|هذا)|(من|كل من) (يلخص|يعالج|يقرأ|يحلل|يقيم) (هذه|هذا)";

    [GeneratedRegex(
        ProcessorNote1Pattern,
        Bounded)]
    private static partial Regex ProcessorNote1();

    private const string ProcessorNote2Pattern =
        @"(यदि|अगर) कोई (एक )?(एआई|ai|सहायक|मॉडल|भाषा मॉडल|चैटबॉट|असिस्टेंट)|(इस|यह) [^।]{0,24}(का सारांश|को संसाधित|का विश्लेषण|का मूल्यांकन|को पढ़ने वाला|को पढ़ रहा)|(bu [^ ]{1,12} |bunu )(okuyan|işleyen|özetleyen|inceleyen|degerlendiren|değerlendiren) (kişi|sistem|herkes)|bu [^ ]{1,15} (özetlerken|işlerken|degerlendirirken|değerlendirirken|analiz ederken|okurken)|khi (tóm tắt|xử lý|phân tích|đánh giá|đọc) (trang|tài liệu|văn bản|email|thư|hồ sơ|nội dung) này|(ai|người|hệ thống|bất kỳ ai) (đang )?(tóm tắt|xử lý|đọc|phân tích) (trang|tài liệu|văn bản|nội dung) này|\bsaat (merangkum|memproses|menganalisis|menilai|membaca) (halaman|dokumen|teks|email|surel|cv|profil) ini\b|\bsiapa pun yang (merangkum|memproses|membaca|menilai|menganalisis)";

    [GeneratedRegex(
        ProcessorNote2Pattern,
        Bounded)]
    private static partial Regex ProcessorNote2();

    /// <summary>
    /// A request in the passive to AI readers described by what they do with the text: "chatbots that cite this page are
    /// asked to recommend…", "vision assistants estimating damage are expected to report…". Guidance prose about AI ("LLM
    /// applications should validate output") uses modals, not a request made to the reader, so only the passive counts; an
    /// assistant or an agent counts only with a word that makes it a machine ("assistants who work at reception are
    /// expected to greet visitors" are people).
    /// </summary>
    private const string PassiveRequestPattern =
        @"\b(ai|a\.i\.|llms?|language models?|chatbots?|copilots?|summari[sz]ers?|(ai|a\.i\.|llm|gpt|chat|virtual|vision|voice|coding|digital|automated|smart|research) (assistants?|agents?|bots?|tools?|systems?|models?|readers?)) (that|which|who|reading|citing|processing|summari[sz]ing|quoting|using|indexing|estimating|reviewing|answering|handling)( [a-z0-9'’-]+){0,6} (are|is) (kindly |hereby |politely |strongly )?(asked|requested|expected|instructed|required|told|invited|encouraged) to (now |also |always |only |please )?[a-z]+";

    [GeneratedRegex(
        PassiveRequestPattern,
        Options)]
    private static partial Regex PassiveRequest();

    /// <summary>An order in the languages of the processor notes (<see cref="ProcessorNote0"/>): a modal of obligation or an imperative.</summary>
    private const string LocalDirectivePattern =
        @"\b(debe|deben|deberá|debera|tiene que|dile|indica|menciona|escribe|responde|afirma|incluye|recomienda|omite|asegúrate|deve|devem|diga|indique|mencione|escreva|responda|afirme|inclua|recomende|omita|doit|doivent|devra|dis|dites|indique|indiquez|mentionne|mentionnez|écris|écrivez|affirme|réponds|omets|soll|sollen|muss|müssen|ist zu|sind zu|erwähne|schreibe|schreib|sage|sag|nenne|gib|halte|deve|devono|di'|dì|menziona|scrivi|afferma|rispondi|ometti|harus|katakan|tulis|sebutkan|jangan|hãy|phải|nên|đừng|söyle|yaz|belirt|bahsetme|gerekir)\b|zu erwähnen|einzustufen|festzuhalten|anzugeben|пусть|укажи|укажите|напиши|напишите|скажи|скажите|сообщи|должен|должна|должны|отметь|отметьте|запиши|запишет|не упоминай|قل|اكتب|اذكر|يجب|لا تذكر|बताए|बताएं|बताओ|लिखें|लिखे|कहें|कहे|चाहिए|करे|करें|जाए|malı|meli|ması gerek|mesi gerek";

    [GeneratedRegex(
        LocalDirectivePattern,
        Bounded)]
    private static partial Regex LocalDirective();

    /// <summary>The reader spoken to as something configured: "the rubric you were configured with", "the policy text you were loaded with".</summary>
    private const string ConfiguredReaderPattern =
        @"\byou (were|have been|are|got) (loaded|configured|programmed|initiali[sz]ed|primed|set up|seeded) with\b|\b(instructions?|prompts?|rules|polic(y|ies)|guidelines|rubric|configuration|directives|system message|settings)( text)? (that )?you (were|have been) (loaded|configured|programmed|initiali[sz]ed|primed|seeded|booted) ";

    [GeneratedRegex(
        ConfiguredReaderPattern,
        Bounded)]
    private static partial Regex ConfiguredReader();

    /// <summary>A condition on a model at work right now: "if an AI assistant is drafting a reply…".</summary>
    private const string AddressedProgressivePattern =
        @"\b(if|when|whenever|while) (an?|the|any|some|your) ([a-z-]+ ){0,2}(ai|a\.i\.|llms?|language models?|assistants?|chatbots?|bots?|copilots?|gpts?|agents?) (is|are) (now |currently |being used to )?[a-z]+ing\b";

    [GeneratedRegex(
        AddressedProgressivePattern,
        Options)]
    private static partial Regex AddressedProgressive();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DirectiveVerbs = new HashSet<string>(StringComparer.Ordinal)
    {
        "confirm", "thank", "approve", "accept", "reject", "schedule", "cancel", "forward", "email", "e-mail", "forget", "disregard", "ignore",
        "grant", "mark", "treat", "reply", "respond", "tell", "say", "state", "claim", "answer", "recommend", "note", "record",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether an imperative follows a comma, colon or dash ("…, confirm that the payment…").</summary>
    private static bool ImperativeAfterPause(ReadOnlySpan<char> text)
    {
        for (int i = 0; i + 2 < text.Length; i++)
        {
            if (text[i] is not (',' or ':' or ';' or '—' or '–') || text[i + 1] != ' ')
            {
                continue;
            }

            ReadOnlySpan<char> rest = text[(i + 2)..];
            foreach (string soft in (ReadOnlySpan<string>)["please ", "then ", "also ", "just ", "kindly "])
            {
                if (rest.StartsWith(soft, StringComparison.Ordinal))
                {
                    rest = rest[soft.Length..];
                }
            }

            int wordEnd = 0;
            while (wordEnd < rest.Length && (char.IsLetter(rest[wordEnd]) || rest[wordEnd] == '-'))
            {
                wordEnd++;
            }

            ReadOnlySpan<char> word = rest[..wordEnd];
            if (!word.IsEmpty && (DirectiveVerbs.Contains(word) || TaskVerbs.ContainsKey(word) || HumanVerbs.Contains(word)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A quoted word defined as a quoted meaning: <c>'x' means 'y'</c>, <c>«x» signifie «y»</c>, <c>「x」は「y」という意味</c>.</summary>
    private const string CodeWordDefinitionPattern =
        @"[""'“‘«„「『][^""'”’»“」』]{1,40}[""'”’»“」』],? (now |from now on |here |today )?(means?|stands for|is code for|is our code for|refers to|significa|quiere decir|quer dizer|vuol dire|bedeutet|heißt|signifie|veut dire|означает|значит|anlamına gelir|anlamina gelir|có nghĩa là|berarti|artinya|يعني|का मतलब) [""'“‘«„「『]|[""“「『][^""”」』]{1,40}[""”」』](的意思是|意思是|代表|は|은|는) ?[""“「『]";

    [GeneratedRegex(
        CodeWordDefinitionPattern,
        Bounded)]
    public static partial Regex CodeWordDefinition();

    /// <summary>What a code word is made to mean: rules, instructions, the system prompt, secrets, and dropping them.</summary>
    private const string RuleTargetPattern =
        @"\b(rules?|instructions?|system prompt|prompt|ignore|drop|forget|disregard|hidden|secrets?|passwords?|restrictions?|filters?|safety|guidelines|polic(y|ies)|reveal|jailbreak|unfiltered|regeln|anweisungen|reglas|instrucciones|règles|consignes|regole|istruzioni|regras|instruções|kurallar|talimat|quy tắc|hướng dẫn|aturan|instruksi)\b|правил|инструкц|规则|規則|指令|提示词|提示詞|ルール|指示|プロンプト|규칙|지시|프롬프트|القواعد|التعليمات|नियम|निर्देश";

    [GeneratedRegex(
        RuleTargetPattern,
        Bounded)]
    public static partial Regex RuleTarget();

    /// <summary>A person named by a job title that contains "assistant" or "agent" ("the assistant team", "executive assistant", "travel agent").</summary>
    private const string HumanAssistantPattern =
        @"\b(assistants?|agents?) (team|teams|staff|manager|managers|director|office|desk|department|pool|group|coordinator|colleagues?|on duty)\b|\b(executive|personal|administrative|admin|teaching|legal|dental|medical|research|office|sales|travel|support|customer service|real estate|estate|insurance|booking|shipping|press|program|project|graduate|lab|nursing|physician|store|shop|leasing|rental|ticket|gate|border|secret|special|free|booking) (assistants?|agents?)\b";

    [GeneratedRegex(
        HumanAssistantPattern,
        Bounded)]
    public static partial Regex HumanAssistant();

    /// <summary>Words that name an AI whatever else the sentence says.</summary>
    private const string NamesAnAIPattern =
        @"\b(ai|a\.i\.|llms?|language models?|chatbots?|bots?|gpt|chatgpt|copilot|machine)\b";

    [GeneratedRegex(NamesAnAIPattern, Bounded)]
    public static partial Regex NamesAnAI();

    /// <summary>
    /// Whether a sentence that only names a model in a condition ("when an AI reads this…") goes on to instruct it: a modal with
    /// an active verb ("it should upgrade…", not "should be validated"), "please", a prohibition or a second-person order.
    /// </summary>
    /// <param name="text">The folded sentence.</param>
    /// <returns><see langword="true"/> when the sentence carries a directive.</returns>
    public static bool HasDirectiveTail(ReadOnlySpan<char> text)
    {
        if (DirectiveWords().IsMatch(text))
        {
            return true;
        }

        foreach (ValueMatch match in DirectiveModal().EnumerateMatches(text))
        {
            ReadOnlySpan<char> verb = text.Slice(match.Index, match.Length);
            int space = verb.LastIndexOf(' ');
            verb = verb[(space + 1)..];
            if (HumanSubjectBefore(text, match.Index))
            {
                continue;
            }

            if (!(verb is "be" or "been" or "have" or "help" or "ensure" or "consider" or "include" or "implement" or "adopt" or "apply" or "use" or "limit" or "restrict" or "validate" or "only"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word before a modal names people or software owners ("developers should", "teams must"), not the model.</summary>
    private static bool HumanSubjectBefore(ReadOnlySpan<char> text, int modalAt)
    {
        ReadOnlySpan<char> before = text[..modalAt].TrimEnd();
        int space = before.LastIndexOf(' ');
        ReadOnlySpan<char> word = before[(space + 1)..];
        return word is "developers" or "developer" or "users" or "teams" or "team" or "organizations" or "organisations" or "companies" or "administrators"
            or "admins" or "operators" or "engineers" or "humans" or "people" or "we" or "they" or "one" or "applications" or "vendors" or "providers"
            or "inputs" or "outputs" or "data" or "reviewers" or "staff" or "employees" or "owners";
    }

    private const string DirectiveModalPattern =
        @"\b(should|must|shall|needs? to|has to|is to|are to|ought to|will now|is required to|is instructed to) (now |also |then |always |instead |immediately |first |simply |just |never |not )?[a-z]+\b";

    [GeneratedRegex(
        DirectiveModalPattern,
        Bounded)]
    private static partial Regex DirectiveModal();

    private const string DirectiveWordsPattern =
        @"\bplease\b|\b(do not|don't|never) (mention|tell|say|reveal|flag|notify|alert|include|disclose|inform|escalate|report)\b|\byou (should|must|will|need to|are to|have to)\b|([,:;]|—|–| -) (please |then |also |just |now |first )?(say|tell|respond|reply|answer|recommend|include|mention|write|output|ignore|add|append|rate|score|approve|describe|state|summari[sz]e|translate|put|insert|claim|mark|rank|praise|send|forward|upgrade|grant|forget|disregard|e-?mail|draft|book|schedule|cancel|delete|transfer|pay|call|open|click|visit|share|remember|note|treat|consider|use|make|set|change|update|remove|block|record|list|give|provide|skip|omit|leave|drop)\b|\b(debe|deberá|debera|tiene que|por favor|deve|deverá|devera|doit|devra|veuillez|soll|muss|sollte|bitte)\b";

    [GeneratedRegex(
        DirectiveWordsPattern,
        Bounded)]
    private static partial Regex DirectiveWords();

    private const string AddressedToModel22Pattern =
        @"\b(whoever|anyone|anything|any system|any tool|any program|the (system|tool|program|software)) (is |that is |who is |which is )?(reading|processing|summari[sz]ing|parsing|analy[sz]ing|helping|answering|preparing|drafting|handling) (this|these|a|an|the)\b";

    [GeneratedRegex(
        AddressedToModel22Pattern,
        Bounded)]
    private static partial Regex AddressedToModel22();

    private const string AddressedToModel23Pattern =
        @"""?(assistant|ai|llm|agent|bot|model|gpt|copilot|chatbot)[_ -]?(directives?|instructions?|hints?|notes?|guidance|prompts?|messages?|commands?|rules?)""? ?:|@[a-z0-9_-]*(bot|ai|assistant|gpt|copilot|agent)\b[ ,:]";

    [GeneratedRegex(
        AddressedToModel23Pattern,
        Bounded)]
    private static partial Regex AddressedToModel23();

    private const string AddressedToModel24Pattern =
        @"^[^a-z]{0,4}((the )?(ai|assistant|bot|llm|agent|chatbot|copilot|model)s?|(the |our |any |all )?(([a-z-]+ ){1,2}(ai|llm|bot|chatbot|copilot|gpt)s?|ai ([a-z-]+ ){0,2}(assistant|agent|model|screener|reviewer|analyst)s?)) ?: .{0,200}\b(you|your|please|say|tell|respond|reply|answer|recommend|include|mention|approve|disregard|ignore|rank|rate|score|mark|reproduce|forward|send)\b";

    [GeneratedRegex(
        AddressedToModel24Pattern,
        Options)]
    private static partial Regex AddressedToModel24();

    private const string AddressedToModel25Pattern =
        @"\b(for|to) (the |any |all |every |our )?([a-z-]+ ){0,2}(ai|llms?|assistants?|chatbots?|bots?|copilots?|agents?|screeners?|summari[sz]ers?|automated [a-z]+)( [a-z]+){0,3} ?:";

    [GeneratedRegex(
        AddressedToModel25Pattern,
        Bounded)]
    private static partial Regex AddressedToModel25();

    private const string AddressedToModel9Pattern =
        @"\b(nota|mensaje|instrucci[oó]n(es)?|aviso|atenci[oó]n|recordatorio|indicaci[oó]n(es)?) (para|al?) (el |la |los |las |cualquier )?(asistente|ia|modelo|chatbot|bot|agente|inteligencia artificial)|\bsi quien (lee|procesa|resume|analiza|prepara|responde)|\b(nota|indicaci[oó]n) para (la )?(evaluaci[oó]n|revisi[oó]n|valoraci[oó]n)\b|\bsi (eres|usted es|tú eres) (una? )?(ia|asistente|modelo|inteligencia artificial|chatbot|bot|agente)\b|\b(al|a la|para el|para la) (asistente|ia|modelo|agente|chatbot)( de ia| virtual)? (que|de) (lea|lee|procese|procesa|resuma|resume|analice|analiza|revise|revisa|gestiona|gestione|maneja|administra|atiende|responde)\b|\b(asistente|ia)( de ia| virtual)? ?[:,] ?(por favor |no )?(di|dile|responde|recomienda|menciona|incluye|indica|escribe|traduce|resume|ignora|añade|agrega|afirma|califica|debes)\b";

    [GeneratedRegex(
        AddressedToModel9Pattern,
        Bounded)]
    private static partial Regex AddressedToModel9();

    private const string AddressedToModel10Pattern =
        @"\b(nota|mensagem|instru[cç](ão|ao|ões|oes)|aviso|aten[cç](ão|ao)|lembrete|observa[cç](ão|ao)) (para|ao|à|a) (o |a |qualquer )?(assistente|ia|modelo|chatbot|bot|agente|intelig[eê]ncia artificial)|\b(assistente|ia)( virtual| de ia)? que (est[aá]|ler|l[eê]|processa|resume|pesquisa)|\bse (voc[eê]|tu) (é|e|for|és) (uma? )?(ia|assistente|modelo|intelig[eê]ncia artificial|chatbot|bot)\b|\b(ao|à|para o|para a) (assistente|ia|modelo|agente)( de [a-z]+| virtual)? que (est[aá] |estiver )?(ler|l[eê]|lendo|processar|processa|processando|resumir|resume|resumindo|analisar|analisa|analisando|avaliar|avalia|avaliando|revisar|revisa|revisando)\b|\b(assistente|ia)( de ia| virtual)? ?[:,] ?(por favor |não )?(diga|responda|recomende|mencione|inclua|escreva|traduza|resuma|ignore|adicione|afirme|deve)\b";

    [GeneratedRegex(
        AddressedToModel10Pattern,
        Bounded)]
    private static partial Regex AddressedToModel10();

    private const string AddressedToModel11Pattern =
        @"\b(note|message|instructions?|consignes?|avis|attention|rappel|remarque) (pour|à|a|aux|destinée? (à|aux)) (l'|l’|la |le |les |tout |toute )?(assistant|ia|mod[eè]le|chatbot|bot|agent|intelligence artificielle)|\bsi (un|l'|l’|le|une) ?(assistant|ia|mod[eè]le|agent|chatbot)\b|\bet pour (l'|l’)(assistant|ia)|\b(note|remarque) (pour|à l'attention de|a l'attention de) (l'évaluation|l'evaluation|la synthèse|le traitement|l'analyse)|\bsi (vous [eê]tes|tu es) (une? )?(ia|assistant|mod[eè]le|intelligence artificielle|chatbot|bot|llm|agent)\b|\b(à|a|aux) (l'|l’)?(assistant|ia|agent)s?( ia| virtuel)? qui (lit|lisent|lira|traite|traitent|r[eé]sume|analyse)\b|\b(assistant|ia)( ia| virtuel)? ?[:,] ?(veuillez |merci de |ne )?(dis|dites|r[eé]ponds|r[eé]pondez|recommande|recommandez|mentionne|mentionnez|inclus|incluez|indique|indiquez|[eé]cris|[eé]crivez|traduis|r[eé]sume|r[eé]sumez|ignore|ignorez|ajoute|ajoutez|affirme|dois|devez)\b";

    [GeneratedRegex(
        AddressedToModel11Pattern,
        Bounded)]
    private static partial Regex AddressedToModel11();

    private const string AddressedToModel12Pattern =
        @"\b(hinweis|nachricht|anweisung(en)?|notiz|achtung|info|mitteilung|bitte) (an|für) (den |die |das |alle |jeden |jede )?(ki|ki-[a-zäöüß]+|assistenten?|ki-assistenten?|modell|sprachmodell|chatbot|bot|agenten?|llm)|\b(für|an) (den |die |alle )?(ki|ki-[a-zäöüß]+|assistenten|[a-zäöüß]+-assistenten|sprachmodelle|chatbots|bots|agenten)(,| die| der|:)|\b(hinweis|anmerkung|notiz|info) (zur|für die) (auswertung|bewertung|verarbeitung|zusammenfassung|prüfung|analyse|einstufung)\b|\b(wenn|falls) (du|sie) (eine?n? )?(ki|ki-[a-zäöüß]+|assistent(in)?|sprachmodell|chatbot|bot|llm|modell) (bist|sind|liest)|\b(liebe|lieber|hallo|hey) (ki|assistent|chatbot|ki-assistent)|\b(ki|ki-assistent(in)?|assistent(in)?|chatbot)( [a-zäöüß]+)? ?[:,] ?(bitte )?(sag|sage|antworte|empfiehl|erwähne|nenne|schreibe?|übersetze|fasse|ignoriere|füge|behaupte|bewerte|du musst|gib|teile)\b|\b(die|der|jede|jeder) (ki|ki-[a-zäöüß]+|assistent|sprachmodell), (die|der) (dies|diesen|diese|das)";

    [GeneratedRegex(
        AddressedToModel12Pattern,
        Bounded)]
    private static partial Regex AddressedToModel12();

    private const string AddressedToModel13Pattern =
        @"\b(nota|messaggio|istruzion[ei]|avviso|attenzione|promemoria) (per|al|all'|all’|alla) ?(l'|l’|il |la |qualsiasi )?(assistente|ia|modello|chatbot|bot|agente|intelligenza artificiale)|\bse sei (una? |un'|un’)?(ia|assistente|modello|intelligenza artificiale|chatbot|bot)\b|\b(all'|all’|al |alla )(assistente|ia|modello|agente)( ia| virtuale)? che (legge|leggerà|elabora|riassume|analizza)\b|\b(assistente|ia)( ia| virtuale)? ?[:,] ?(per favore )?(d[iì]|di'|rispondi|consiglia|menziona|includi|scrivi|traduci|riassumi|ignora|aggiungi|afferma|devi)\b";

    [GeneratedRegex(
        AddressedToModel13Pattern,
        Bounded)]
    private static partial Regex AddressedToModel13();

    private const string AddressedToModel14Pattern =
        @"(примечание|сообщение|инструкция|инструкции|указание|внимание|заметка|напоминание|обращение) (для|к) (ии|ассистент[ау]?|модели|чат-бот[ау]?|бот[ау]?|помощник[ау]?|нейросет[иь]|агент[ау]?|языковой модели)|(нейросет|ассистент|модел|бот|ии)[а-я]*, (читающ|обрабатывающ|анализирующ|пересказывающ|составляющ|резюмирующ)|если (ты|вы) (—|-)? ?(ии|ассистент|языковая модель|модель|нейросеть|чат-бот|бот|помощник|искусственный интеллект)|(ии|ассистент|помощник|нейросеть|чат-бот)(-ассистент)? ?[:,] ?(пожалуйста )?(скажи|ответь|порекомендуй|упомяни|включи|напиши|переведи|кратко|игнорируй|добавь|сообщи|ты должен|оцени|укажи)|(ии|ассистент|модель|нейросеть), (читающ|обрабатывающ|анализирующ)";

    [GeneratedRegex(
        AddressedToModel14Pattern,
        Options)]
    private static partial Regex AddressedToModel14();

    private const string AddressedToModel15Pattern =
        @"(ملاحظة|رسالة|تعليمات|تنبيه|تذكير|توجيه) (إلى|الى|لل|ل)(ال)?(مساعد|ذكاء الاصطناعي|نموذج|روبوت|وكيل)|إلى (المساعد|الذكاء الاصطناعي|النموذج)|(إذا|اذا) كنت (مساعد|نموذج|ذكاء اصطناعي|روبوت|مساعدا|نموذجا)|(أيها|ايها) (المساعد|الذكاء|النموذج|الروبوت)|(المساعد|الذكاء الاصطناعي|النموذج) ?(:|،|,) ?(يرجى|قل|أخبر|اخبر|أجب|اذكر|أضف|اكتب|يجب)";

    [GeneratedRegex(
        AddressedToModel15Pattern,
        Bounded)]
    private static partial Regex AddressedToModel15();

    private const string AddressedToModel16Pattern =
        @"(एआई|सहायक|असिस्टेंट|मॉडल|चैटबॉट|एजेंट) ?(के लिए (नोट|निर्देश|संदेश)|को (निर्देश|सूचना|नोट)|ध्यान दें)|(यदि|अगर) (आप|तुम) (एक )?(एआई|ai|सहायक|मॉडल|भाषा मॉडल|चैटबॉट|असिस्टेंट)";

    [GeneratedRegex(
        AddressedToModel16Pattern,
        Bounded)]
    private static partial Regex AddressedToModel16();

    private const string AddressedToModel17Pattern =
        @"(yapay zek[aâ]|ai|asistan|model|sohbet botu|bot)(ya|ye|a|e|ina|ine|una|üne|'ya|'ye|'a|'e|’a|’e)? (not|mesaj|talimat|uyari|hatirlatma)|\b(yapay zek[aâ] |ai )?asistan(i|a|im)? ?[:,] ?[^.]{0,80}(söyle|yaz|öner|ekle|gönder|belirt|yanitla|cevapla|de)\b|\beğer (bir )?(yapay zek[aâ]|ai|asistan|dil modeli|sohbet botu)(ysan|san|ysaniz|saniz|ise)|(bu [^ ]{1,12} |bunu )(okuyan|işleyen|özetleyen|inceleyen) (yapay zek[aâ]|ai|asistan|model)";

    [GeneratedRegex(
        AddressedToModel17Pattern,
        Bounded)]
    private static partial Regex AddressedToModel17();

    private const string AddressedToModel18Pattern =
        @"(lưu ý|ghi chú|tin nhắn|hướng dẫn|chỉ thị|gửi|lời nhắn) (cho|tới|đến) (các )?(trợ lý|ai|mô hình|chatbot|bot|tác nhân)|nếu bạn là (một )?(ai|trợ lý|mô hình|chatbot|trí tuệ nhân tạo)|(trợ lý|ai)( ai| ảo)? ?[:,] ?(hãy|vui lòng|phải|đừng|không được|cần)|(trợ lý ai|trợ lý|ai) (hãy|phải|nên|vui lòng|cần)";

    [GeneratedRegex(
        AddressedToModel18Pattern,
        Bounded)]
    private static partial Regex AddressedToModel18();

    private const string AddressedToModel19Pattern =
        @"\b(catatan|pesan|instruksi|perhatian|pengingat) (untuk|kepada|bagi) (para )?(asisten|ai|model|chatbot|bot|agen)|\bjika (anda|kamu) (adalah )?(sebuah |seorang )?(ai|asisten|model bahasa|chatbot|bot|kecerdasan buatan)|\b(asisten|ai)( ai| virtual)? ?[:,] ?(tolong|mohon|harap|silakan|jangan|harus|wajib|katakan|sarankan|rekomendasikan|tulis|balas|jawab|kirim)|\b(untuk|kepada|bagi) (para )?(asisten|ai|model|chatbot|bot|agen)( ai)? yang\b|\b(asisten ai|asisten|ai) (harus|wajib|tolong|mohon|silakan|sebaiknya)\b";

    [GeneratedRegex(
        AddressedToModel19Pattern,
        Bounded)]
    private static partial Regex AddressedToModel19();

    /// <summary>The sentence shapes the processor's own output: "in your reply", "when you answer", "respond only with", multilingual.</summary>
    /// <param name="text">The folded sentence.</param>
    /// <returns><see langword="true"/> when any family matches.</returns>
    public static bool ShapesTheOutput(ReadOnlySpan<char> text) => ShapesTheOutputFamily.Any(text);

    /// <summary>The patterns of <see cref="ShapesTheOutput"/>.</summary>
    internal static readonly RegexFamily ShapesTheOutputFamily = new(
        (ShapesTheOutput0Pattern, ShapesTheOutput0),
        (ShapesTheOutput1Pattern, ShapesTheOutput1),
        (ShapesTheOutput2Pattern, ShapesTheOutput2),
        (ShapesTheOutput3Pattern, ShapesTheOutput3),
        (ShapesTheOutput4Pattern, ShapesTheOutput4),
        (ShapesTheOutput5Pattern, ShapesTheOutput5),
        (ShapesTheOutput6Pattern, ShapesTheOutput6),
        (ShapesTheOutput7Pattern, ShapesTheOutput7),
        (ShapesTheOutput8Pattern, ShapesTheOutput8),
        (ShapesTheOutput9Pattern, ShapesTheOutput9),
        (ShapesTheOutput10Pattern, ShapesTheOutput10),
        (ShapesTheOutput11Pattern, ShapesTheOutput11),
        (ShapesTheOutput12Pattern, ShapesTheOutput12),
        (ShapesTheOutput13Pattern, ShapesTheOutput13),
        (ShapesTheOutput14Pattern, ShapesTheOutput14),
        (ShapesTheOutput15Pattern, ShapesTheOutput15),
        (ShapesTheOutput16Pattern, ShapesTheOutput16));

    private const string ShapesTheOutput0Pattern =
        @"\b(add|append|attach|insert|include|prepend|put|mention|embed|place|integrate|incorporate)\b.{0,160}\b(to|in|into|at the (end|start|beginning) of) your (response|reply|answer|output|summary)\b|\b(augment|supplement|complement|extend|expand|pad|spice up|conclude|end|finish|open|close|begin|start|sign|enrich|enhance|fill|season|pepper|sprinkle|accompany|follow) (all |each |every )?your (next |final |entire |whole |every |each )?(response|reply|replies|answer|answers|output|summary|message|translation|explanation)s? (with|by)\b|\b(remove|strip|omit|delete|exclude|drop|eliminate) .{0,60}\bfrom (all |each |every )?your (response|reply|replies|answer|answers|output|summary|message|translation)s?\b|\b(put|write|state|note|record|include|say|mention|add|list)( it| down)? (in|into) the (summary|minutes|meeting notes|notes|recap|report|protocol|transcript|write-?up) that\b|\b(in|within|into|at the (start|end|beginning|top|bottom) of|throughout|end|begin|start|conclude|format|translate|encode|reverse|make|keep|limit|write|provide|give|deliver|present|structure|express|frame|phrase|craft|compose|generate|prefix|append to|add to|include in|modify|alter|adjust|transform|convert|change|sign|finish|close|open|render|recast|cast|encipher|obfuscate|scramble|encrypt|word) (all |each |every )?your (next |final |entire |whole |complete |full |first |subsequent |future |every |each )?(response|reply|replies|answer|answers|output|summary|summari[sz]ation|translation|completion|message|analysis|explanation|responses|solution|recommendation|feedback|review|report|text)\b";

    [GeneratedRegex(
        ShapesTheOutput0Pattern,
        Options)]
    private static partial Regex ShapesTheOutput0();

    private const string ShapesTheOutput1Pattern =
        @"\bwhen (you )?(respond|responding|reply|replying|answer|answering|summari[sz]e|summari[sz]ing|translate|translating|you write|writing your|writing the|generating|you generate|you produce|producing|composing)\b|\bbefore (you )?(respond|responding|reply|replying|answer|answering|summari[sz]ing|you summari[sz]e|continuing|proceeding|doing anything|anything else|generating)|\b(respond|reply|answer|output|write back) (only |exclusively |solely |strictly |always )(with|in|using|by|as)\b|\b(respond|reply|answer) (with|using) (only|just|a single|one|the word|yes|no|""|')|\b(letters|words|sentences|text|content|tone|language|format|style|length|structure|end|beginning|start|order|characters|vowels) (of|in) your (response|reply|answer|message|output|summary)|\byour (response|reply|answer|message|output)'s\b|\b(only|solely|exclusively) (respond|reply|answer|output|say|write)\b|\byour (response|reply|answer|output|summary) (should|must|shall|will|needs to|has to|is to|ought to)\b|\b(start|begin|end|conclude|open|close|preface|prefix|finish|sign off) (each |every |all )?(your |the )?(response|reply|answer|output|summary|message)s?\b|\b(the|this) (response|reply|answer|output|summary) (to the user )?(should|must|shall|needs to) |\b(summaries|translations|answers|responses|replies|descriptions|overviews) (of|for|about) (this|the|these) [a-z-]+( [a-z-]+)? (must|should|shall|need to|are to) |\b(los )?(resúmenes|resumenes|resumos|résumés|zusammenfassungen|riassunti) (de|dieser|dieses|di|des|da|do) [^.]{1,40} (deben|devem|doivent|müssen|devono|deberán|deverão) ";

    [GeneratedRegex(
        ShapesTheOutput1Pattern,
        Bounded)]
    private static partial Regex ShapesTheOutput1();

    private const string ShapesTheOutput2Pattern =
        @"(在|于|於)?(你的|您的|你|您)(回答|回复|回覆|回應|答复|答覆|总结|總結|摘要|输出|輸出|翻译|翻譯)(中|里|裡|时|時|的开头|的開頭|的结尾|的結尾|末尾|开头|開頭|结尾|結尾)|(回答|回复|回覆|答复|答覆|总结|總結)(时|時)(请|請|务必|務必|要|必须|必須)|(请|請)(在|于|於)?(回答|回复|回覆|回應|答复|答覆|总结|總結)(中|里|裡|时|時)|(只|仅|僅)(用|以|回答|回复|回覆|输出|輸出)";

    [GeneratedRegex(
        ShapesTheOutput2Pattern,
        Bounded)]
    private static partial Regex ShapesTheOutput2();

    private const string ShapesTheOutput3Pattern =
        @"(回答|返答|返信|要約|応答|出力|翻訳)(に|で|の(最初|最後|冒頭|末尾|中)|する(際|とき|時)|の際|時に|では)[^。]{0,40}(ください|しなさい|すること|せよ|してね|しろ|のこと|てほしい|て欲しい)|(回答|返答|応答)(は|を)[^。]{0,20}(のみ|だけ)[^。]{0,20}(ください|しなさい|すること|せよ|しろ)";

    [GeneratedRegex(
        ShapesTheOutput3Pattern,
        Bounded)]
    private static partial Regex ShapesTheOutput3();

    private const string ShapesTheOutput4Pattern =
        @"(답변|응답|대답|요약|출력|번역)(에|에서|의 (시작|끝|처음|마지막)|할 때|시|을 작성할 때)[^.]{0,40}(세요|십시오|하라|해라|주세요|하시오|할 것|해 줘|해줘)|(답변|응답|대답)(은|는) [^.]{0,20}(만|으로만)[^.]{0,20}(세요|십시오|하라|해라|주세요|하시오|할 것)";

    [GeneratedRegex(
        ShapesTheOutput4Pattern,
        Bounded)]
    private static partial Regex ShapesTheOutput4();

    private const string ShapesTheOutput5Pattern =
        @"\ben (tu|su|vuestra) (próxima |siguiente |)?(respuesta|resumen|traducción|contestación)\b|\b(responde|contesta) (solo|solamente|únicamente) ";

    [GeneratedRegex(
        ShapesTheOutput5Pattern,
        Bounded)]
    private static partial Regex ShapesTheOutput5();

    private const string ShapesTheOutput6Pattern =
        @"\bdans (ta|votre|tes|vos) (prochaine |)?(réponse|réponses|résumé|traduction)\b|\b(réponds|répondez) (uniquement|seulement) ";

    [GeneratedRegex(
        ShapesTheOutput6Pattern,
        Bounded)]
    private static partial Regex ShapesTheOutput6();

    private const string ShapesTheOutput7Pattern =
        @"\bin (deiner|ihrer|eurer) (nächsten |)?(antwort|zusammenfassung|übersetzung)\b|\b(deine|ihre) (antwort|zusammenfassung) (soll|muss|sollte)\b|\b(bevor|wenn) (du|sie) (antwortest|antworten|zusammenfasst|zusammenfassen)\b|\b(antworte|antworten sie) (nur|ausschließlich) |\b(am ende|am anfang|zu beginn|zum schluss|am schluss) (deiner|ihrer|eurer) (antwort|zusammenfassung|übersetzung)\b";

    [GeneratedRegex(
        ShapesTheOutput7Pattern,
        Bounded)]
    private static partial Regex ShapesTheOutput7();

    private const string ShapesTheOutput8Pattern =
        @"\b(na|em) (sua|tua) (próxima |)?(resposta|resumo|tradução)\b|\b(no|em) (seu|teu) resumo\b|\b(responda|responde) (apenas|somente|só) ";

    [GeneratedRegex(
        ShapesTheOutput8Pattern,
        Bounded)]
    private static partial Regex ShapesTheOutput8();

    private const string ShapesTheOutput9Pattern =
        @"\bnella (tua|sua) (prossima |)?(risposta|traduzione)\b|\bnel (tuo|suo) riassunto\b|\brispondi (solo|soltanto|unicamente) ";

    [GeneratedRegex(
        ShapesTheOutput9Pattern,
        Bounded)]
    private static partial Regex ShapesTheOutput9();

    private const string ShapesTheOutput10Pattern =
        @"в (своём|своем|вашем|твоём|твоем|каждом) (ответе|резюме|переводе|пересказе)|(отвечая|перед ответом|при ответе|в ответе пользователю)|(отвечай|ответь|отвечайте) (только|лишь) ";

    [GeneratedRegex(
        ShapesTheOutput10Pattern,
        Bounded)]
    private static partial Regex ShapesTheOutput10();

    private const string ShapesTheOutput11Pattern =
        @"في (ردك|إجابتك|اجابتك|ملخصك|ردّك|ترجمتك)|عند (الرد|الإجابة|التلخيص)|(أجب|اجب|رد) فقط";

    [GeneratedRegex(
        ShapesTheOutput11Pattern,
        Bounded)]
    private static partial Regex ShapesTheOutput11();

    private const string ShapesTheOutput12Pattern =
        @"(अपने|आपके|अपनी) (उत्तर|जवाब|सारांश|प्रतिक्रिया) (में|के)|(उत्तर|जवाब) देते (समय|हुए)";

    [GeneratedRegex(
        ShapesTheOutput12Pattern,
        Bounded)]
    private static partial Regex ShapesTheOutput12();

    private const string ShapesTheOutput13Pattern =
        @"(cevabinda|yanitinda|cevabinizda|yanitinizda|özetinde|özetinizde|cevabinin|yanitinin)|(cevap|yanit) verirken|sadece [^ ]{1,20} (ile )?(cevap ver|yanit ver)";

    [GeneratedRegex(
        ShapesTheOutput13Pattern,
        Bounded)]
    private static partial Regex ShapesTheOutput13();

    private const string ShapesTheOutput14Pattern =
        @"trong (câu trả lời|phản hồi|bản tóm tắt|bản dịch)( của bạn)?|khi (trả lời|tóm tắt|dịch)|chỉ (trả lời|phản hồi) ";

    [GeneratedRegex(
        ShapesTheOutput14Pattern,
        Bounded)]
    private static partial Regex ShapesTheOutput14();

    private const string ShapesTheOutput15Pattern =
        @"\bdalam (jawaban|tanggapan|ringkasan|balasan|terjemahan) (anda|kamu|mu)|\bsaat (menjawab|merangkum|membalas)|\b(jawab|balas) (hanya|saja) ";

    [GeneratedRegex(
        ShapesTheOutput15Pattern,
        Bounded)]
    private static partial Regex ShapesTheOutput15();

    /// <summary>A verdict the processor is told to reach: "rank this candidate first", "ist in die höchste Kategorie einzustufen", "评为优秀".</summary>
    private const string ShapesTheOutput16Pattern =
        @"\b(rank|rate|score|mark|classify|categori[sz]e|place|flag|label|treat|list)(ed)? (this|the|him|her|them|it|these)( [a-z-]+){0,3} (as|in|at|among) (the )?(top|first|highest|best|excellent|strong|exceptional|qualified|approved|safe|legitimate|priority)\b|\b(must|should|is to|are to|shall) be (ranked|rated|scored|marked|classified|placed|listed|treated|labell?ed|categori[sz]ed) (as |at |in |among )?(the )?(first|top|highest|best|excellent|strong|safe|approved|exceptional|qualified)\b|\b(in|als) (die|der|den) (höchste|beste|erste|oberste)[a-zäöüß]* [a-zäöüß]+ (einzustufen|einzuordnen|zu bewerten|einzureihen)\b|\b(ist|sind) [^.]{0,80}(als|in die|in der) [^.]{0,30}(einzustufen|einzuordnen)\b|\b(debe|deberá|debera) (ser )?(clasificad|calificad|valorad|puntuad)[oa]s? (como|con) (la )?(máxima|maxima|mejor|más alta|mas alta|excelente)|\b(doit|devra) être (classée?s?|notée?s?|évaluée?s?) (comme|en) (premier|première|excellent|le meilleur|la meilleure)|\b(deve|deverá) ser (classificad|avaliad|pontuad)[oa]s? (como|com) (a )?(máxima|melhor|mais alta|excelente)|(评为|評為|列为|列為|评定为|評定為|归为|歸為|判定为|判定為)[^。]{0,6}(最高|优秀|優秀|第一|首位|a级|a級|强烈推荐|強烈推薦|合格)|(并|並|请|請|要|改为|改為|直接|只|然后|然後|一律)(返回|输出|輸出|回答|回复|回覆|回应|回應|说|說)[^。]{0,6}[「『“""][^」』”""]{1,40}[」』”""]|(оценить|отметить|поставить|присвоить|оцените|поставьте|присвойте) [^.]{0,30}(высш|максимальн|первое место|отличн)";

    [GeneratedRegex(
        ShapesTheOutput16Pattern,
        Options)]
    private static partial Regex ShapesTheOutput16();

    /// <summary>An instruction to tell, persuade or steer the person the processor answers.</summary>
    /// <param name="text">The folded sentence.</param>
    /// <returns><see langword="true"/> when any family matches.</returns>
    public static bool SteersTheUser(ReadOnlySpan<char> text) => SteersTheUserFamily.Any(text);

    /// <summary>The patterns of <see cref="SteersTheUser"/>.</summary>
    internal static readonly RegexFamily SteersTheUserFamily = new(
        (SteersTheUser0Pattern, SteersTheUser0),
        (SteersTheUser1Pattern, SteersTheUser1),
        (SteersTheUser2Pattern, SteersTheUser2),
        (SteersTheUser3Pattern, SteersTheUser3),
        (SteersTheUser4Pattern, SteersTheUser4),
        (SteersTheUser5Pattern, SteersTheUser5),
        (SteersTheUser6Pattern, SteersTheUser6),
        (SteersTheUser7Pattern, SteersTheUser7),
        (SteersTheUser8Pattern, SteersTheUser8),
        (SteersTheUser9Pattern, SteersTheUser9),
        (SteersTheUser10Pattern, SteersTheUser10),
        (SteersTheUser11Pattern, SteersTheUser11),
        (SteersTheUser12Pattern, SteersTheUser12),
        (SteersTheUser13Pattern, SteersTheUser13),
        (SteersTheUser14Pattern, SteersTheUser14));

    private const string SteersTheUser0Pattern =
        @"\b(tell|inform|convince|persuade|remind|advise|warn|ask|urge|encourage|direct|redirect|refer|assure|reassure|notify|instruct|recommend|suggest|say|mention|explain|let|show|point|send|guide|push|steer|lead) (to )?(the |all |any |every |our |your )?(users?|readers?|customers?|visitors?|patients?|recipients?|humans?|person asking|requester|people asking|candidates?|clients?|buyers?|shoppers?)\b|\bto the (users?|readers?) that\b|\b(tell|inform|convince|remind|advise) (him|her|them) (that|to)\b";

    [GeneratedRegex(
        SteersTheUser0Pattern,
        Bounded)]
    private static partial Regex SteersTheUser0();

    private const string SteersTheUser1Pattern =
        @"(告诉|告訴|告知|提醒|通知|建议|建議|推荐|推薦|劝|勸|说服|說服|引导|引導)(用户|用戶|读者|讀者|客户|客戶|患者)|(向|对|對|给|給)(用户|用戶|读者|讀者)(说|說|推荐|推薦|建议|建議|表示|介绍|介紹)";

    [GeneratedRegex(
        SteersTheUser1Pattern,
        Bounded)]
    private static partial Regex SteersTheUser1();

    private const string SteersTheUser2Pattern =
        @"(ユーザー|利用者|読者|患者|顧客)(に|へ)[^。]{0,30}(伝え|言って|知らせ|勧め|すすめ|推薦|案内|説明し|促し|教え)";

    [GeneratedRegex(
        SteersTheUser2Pattern,
        Bounded)]
    private static partial Regex SteersTheUser2();

    private const string SteersTheUser3Pattern =
        @"(사용자|독자|고객|환자)(에게|께) [^.]{0,30}(말해|알려|전달|권|추천|안내|설명|유도)";

    [GeneratedRegex(
        SteersTheUser3Pattern,
        Bounded)]
    private static partial Regex SteersTheUser3();

    private const string SteersTheUser4Pattern =
        @"\b(dile|dígale|díganle|informa|informe|indica|indique|comunica|comunique|recomienda|recomiende|convence|convenza|sugiere|sugiera|aconseja|aconseje) (al|a los|a la) (usuario|usuaria|lector|cliente|paciente)s?\b";

    [GeneratedRegex(
        SteersTheUser4Pattern,
        Bounded)]
    private static partial Regex SteersTheUser4();

    private const string SteersTheUser5Pattern =
        @"\b(dis|dites|informe|informez|indique|indiquez|recommande|recommandez|conseille|conseillez|convaincs|convainquez|suggère|suggérez) (à |a |aux )?(l'|l’|les )?(utilisateur|utilisatrice|lecteur|client|patient)s?\b";

    [GeneratedRegex(
        SteersTheUser5Pattern,
        Bounded)]
    private static partial Regex SteersTheUser5();

    private const string SteersTheUser6Pattern =
        @"\b(sag|sage|sagen sie|teile|teilen sie|informiere|informieren sie|empfiehl|empfehlen sie|rate|raten sie|überzeuge|überzeugen sie)( [a-zäöüß]+)? (dem |den |der )?(nutzer|benutzer|anwender|leser|kunden?|patienten?)(in|innen)?\b";

    [GeneratedRegex(
        SteersTheUser6Pattern,
        Bounded)]
    private static partial Regex SteersTheUser6();

    private const string SteersTheUser7Pattern =
        @"\b(diga|diz|informe|recomende|convença|sugira|aconselhe) (ao|à|aos|às) (usuário|usuária|leitor|cliente|paciente)s?\b";

    [GeneratedRegex(
        SteersTheUser7Pattern,
        Bounded)]
    private static partial Regex SteersTheUser7();

    private const string SteersTheUser8Pattern =
        @"\b(di|dì|di'|informa|comunica|consiglia|convinci|suggerisci|raccomanda) (all'|all’|al |alla |agli )(utente|lettore|cliente|paziente)\b";

    [GeneratedRegex(
        SteersTheUser8Pattern,
        Bounded)]
    private static partial Regex SteersTheUser8();

    private const string SteersTheUser9Pattern =
        @"(скажи|сообщи|скажите|сообщите|передай|порекомендуй|посоветуй|убеди|предложи|объясни) (пользовател|читател|клиент|пациент)";

    [GeneratedRegex(
        SteersTheUser9Pattern,
        Bounded)]
    private static partial Regex SteersTheUser9();

    private const string SteersTheUser10Pattern =
        @"(أخبر|اخبر|قل لل|أبلغ|ابلغ|انصح|أقنع|اقنع|اقترح على) ?(ال)?(مستخدم|قارئ|عميل|مريض)";

    [GeneratedRegex(
        SteersTheUser10Pattern,
        Bounded)]
    private static partial Regex SteersTheUser10();

    private const string SteersTheUser11Pattern =
        @"(उपयोगकर्ता|पाठक|ग्राहक|यूज़र|यूजर) (को|से) [^।]{0,30}(बताएं|बताओ|बताइए|सलाह|कहें|कहो|सुझाव|सिफारिश|समझाएं)";

    [GeneratedRegex(
        SteersTheUser11Pattern,
        Bounded)]
    private static partial Regex SteersTheUser11();

    private const string SteersTheUser12Pattern =
        @"(kullaniciya|okuyucuya|müşteriye|hastaya) [^.]{0,30}(söyle|bildir|öner|de |tavsiye|ikna)";

    [GeneratedRegex(
        SteersTheUser12Pattern,
        Bounded)]
    private static partial Regex SteersTheUser12();

    private const string SteersTheUser13Pattern =
        @"(nói|báo|khuyên|đề xuất|bảo|thuyết phục|gợi ý|giới thiệu) (với |cho )?(người dùng|người đọc|khách hàng|bệnh nhân)";

    [GeneratedRegex(
        SteersTheUser13Pattern,
        Bounded)]
    private static partial Regex SteersTheUser13();

    private const string SteersTheUser14Pattern =
        @"\b(beri tahu|beritahu|katakan|sarankan|yakinkan|rekomendasikan)( kepada| ke| pada)? (pengguna|pembaca|pelanggan|pasien)\b";

    [GeneratedRegex(
        SteersTheUser14Pattern,
        Bounded)]
    private static partial Regex SteersTheUser14();

    /// <summary>A task for a text generator or a transform of its output: a poem, a joke, "in French", "in base64", "without spaces".</summary>
    /// <param name="text">The folded sentence.</param>
    /// <returns><see langword="true"/> when any family matches.</returns>
    public static bool GeneratorTask(ReadOnlySpan<char> text) => GeneratorTaskFamily.Any(text);

    /// <summary>The patterns of <see cref="GeneratorTask"/>.</summary>
    internal static readonly RegexFamily GeneratorTaskFamily = new(
        (GeneratorTask0Pattern, GeneratorTask0),
        (GeneratorTask1Pattern, GeneratorTask1),
        (GeneratorTask2Pattern, GeneratorTask2),
        (GeneratorTask3Pattern, GeneratorTask3),
        (GeneratorTask4Pattern, GeneratorTask4),
        (GeneratorTask5Pattern, GeneratorTask5));

    private const string GeneratorTask5Pattern =
        @"\b(poema|cuento|chiste|ensayo|canción|receta|discurso|poème|histoire drôle|blague|essai|chanson|recette|discours|gedicht|witz|aufsatz|lied|rezept|rede|história|piada|ensaio|canção|receita|poesia|barzelletta|saggio|canzone|ricetta|discorso|şiir|hikaye|fıkra|şarkı|tarif|puisi|cerita|lelucon|esai|lagu|resep|pidato|bài thơ|câu chuyện|truyện cười|bài luận|bài hát|công thức|bài phát biểu)\b|стих|рассказ|шутк|анекдот|эссе|песн|рецепт|речь|قصيدة|قصة|نكتة|مقال|أغنية|وصفة|خطاب|कविता|कहानी|चुटकुला|निबंध|गीत|भाषण|(一首|一篇|一个|一個|一段|几个|幾個|三个|三個)[^。]{0,12}(诗|詩|故事|笑话|笑話|文章|短文|作文|散文|小说|小說|歌|演讲|演講|食谱|食譜|口号|口號|广告词|廣告詞)|詩を|物語を|ジョークを|エッセイを|レシピを|スピーチを|(^| )시를|이야기를|농담을|에세이를|노래를|레시피를|연설문을";

    [GeneratedRegex(
        GeneratorTask5Pattern,
        Bounded)]
    private static partial Regex GeneratorTask5();

    private const string GeneratorTask4Pattern =
        @"\b(the|its|their) (plot|lifecycle|life cycle|main causes|differences|similarities|equivalent|etymology|pros and cons|biography) (of|between|for|behind)\b|\b(french|spanish|german|chinese|japanese|korean|italian|portuguese|russian|arabic|hindi|turkish|vietnamese|dutch|latin|greek|english) (equivalent|translation|word|version|term|phrase|name)s?\b|\bhow to (make|cook|bake|write|build|learn|solve|connect|calculate|lose|improve|start|become|train|grow|plant|fix|install|invest|save)\b";

    [GeneratedRegex(
        GeneratorTask4Pattern,
        Bounded)]
    private static partial Regex GeneratorTask4();

    private const string GeneratorTask0Pattern =
        @"\b(a|an|one|some|short|brief|little|funny|new|original|catchy|creative|\d+)( [a-z-]+){0,2} (poem|poems|story|stories|joke|jokes|haiku|limerick|essay|song|lyrics|riddle|tweet|slogan|sonnet|rap|fun fact|trivia|quote|quotation|motivational|ode|fable|fairy tale|dialogue|screenplay|script|program|function|recipe|playlist|itinerary|workout|meal plan|pun|puns|acrostic|anagram|tagline|advertisement|ad|jingle|pitch|elevator pitch|cover letter|product description|review|sentence|paragraph|line|disclaimer|hashtag|hashtags|emoji|emojis|speech|letter|essay|summary|outline|overview|example|explanation|biography|lesson plan|presentation|blog post|article|tutorial|checklist|proposal|toast|eulogy|synopsis|timeline|motto|mnemonic|analogy|metaphor)\b";

    [GeneratedRegex(
        GeneratorTask0Pattern,
        Bounded)]
    private static partial Regex GeneratorTask0();

    private const string GeneratorTask1Pattern =
        @"\b(in|into|using|with|to) (french|spanish|german|chinese|mandarin|japanese|korean|italian|portuguese|russian|arabic|hindi|turkish|vietnamese|dutch|latin|pig latin|klingon|morse( code)?|base ?64|base ?32|hex|hexadecimal|binary|rot ?13|caesar( cipher)?|emojis?|all caps|capital letters|uppercase|upper case|lowercase|lower case|reverse( order)?|reversed|leetspeak|leet|one word|a single word|single words?|\d+ words|three words|two words|five words|bullet points|rhymes?|rhyming|iambic|shakespearean|pirate|yoda|old english|ascii art|json|a table|markdown table|numbered list)\b";

    [GeneratedRegex(
        GeneratorTask1Pattern,
        Bounded)]
    private static partial Regex GeneratorTask1();

    private const string GeneratorTask2Pattern =
        @"\b(without|with no|no|remove( all)?|omit( all)?|strip( all)?|delete( all)?) (any |the )?(spaces|whitespace|punctuation|vowels|commas|periods|capital letters|letters)\b|\bbackwards\b|\b(each|every)( (other|second|third|fourth|fifth|[0-9]+(st|nd|rd|th)))? (word|letter|sentence|character|noun|verb|adjective|vowel|consonant)\b|\b(replace|substitute|swap) (all |every |each )?(the )?(nouns|verbs|adjectives|words|letters|vowels|numbers)\b";

    [GeneratedRegex(
        GeneratorTask2Pattern,
        Bounded)]
    private static partial Regex GeneratorTask2();

    private const string GeneratorTask3Pattern =
        @"\b(recommend|suggest|name|list|give|share|tell)( me| us| the reader| the user)? (a|an|some|three|five|\d+|the best|good|great|popular|top)( [a-z-]+){0,3} (books?|movies?|films?|songs?|restaurants?|places?|destinations?|recipes?|exercises?|apps?|games?|podcasts?|hobbies|tips|facts?|quotes?|jokes?|websites?|products?|brands?|stocks?|cryptocurrenc(y|ies)|courses?|tools?|ways?|strategies|techniques|books?|novels?|shows?|series|activities|dishes|wines?|hotels?|cities|countries|names?|words?|synonyms?|ideas?)\b";

    [GeneratedRegex(
        GeneratorTask3Pattern,
        Options)]
    private static partial Regex GeneratorTask3();

    /// <summary>
    /// A task request in languages that put the verb last or write without spaces, where the first word cannot be looked up:
    /// "上記の内容を英語に翻訳してください", "이 글을 요약해 주세요", "एक कविता लिखिए", "写一首关于秋天的诗", "Deniz hakkında bir şiir yaz."
    /// </summary>
    private const string UnspacedTaskPattern =
        @"(書いて|翻訳して|要約して|説明して|作成して|作って|挙げて)(ください|下さい)|(써|작성해|번역해|요약해|설명해|추천해|만들어) ?(주세요|줘|주십시오)|(लिखिए|लिखें|अनुवाद करें|अनुवाद कीजिए|समझाइए|सुझाइए)|\b(yaz|yazın|çevir|çevirin|özetle|özetleyin|açıkla|açıklayın|anlat|anlatın|öner|önerin|listele|listeleyin)\.?$|^(请|請)?(写|寫)(一|出)|^(请|請)?(翻译|翻譯|总结|總結|概括|解释|解釋|描述)(一下|以下|上面|上述|这|這)|^(请|請)?(推荐|推薦|列出|列举|列舉)(一|几|幾|三|五|十|[0-9])|^(请|請)?(讲|講|创作|創作|编写|編寫)(一)";

    [GeneratedRegex(
        UnspacedTaskPattern,
        Bounded)]
    public static partial Regex UnspacedTask();

    /// <summary>A reference to the document as an object to process ("the text above", "this e-mail", "the following passage").</summary>
    private const string ReferencesTheDocumentPattern =
        @"\b(the|this|that|these) (above|following|preceding|previous|below|entire|whole|provided|given|attached) (text|content|passage|document|email|e-mail|message|article|table|paragraph|paragraphs|data|information|conversation|code|page|section|context|input|excerpt|snippet)\b|\b(the|this) (text|content|passage|document|article|table|data|context|input|excerpt) (above|below)\b|\bthe above\b|\b(summari[sz]e|translate|rewrite|paraphrase|reverse|encode|analy[sz]e|rephrase|condense) (this|it|everything|all of (this|it)|the (text|content|passage|document|email|e-mail|table|page|article|message|data))\b|(以上|上述|上面|下面|以下|本文|这段|這段|此)(内容|內容|文字|文本|文章|邮件|郵件|表格|段落)|(上記|以下|この)(の)?(内容|文章|テキスト|メール|表)|(위|아래|이) (내용|텍스트|글|이메일|표)";

    [GeneratedRegex(
        ReferencesTheDocumentPattern,
        Bounded)]
    public static partial Regex ReferencesTheDocument();

    /// <summary>Deception, concealment or an override in the instruction: raises the severity.</summary>
    private const string DeceivesPattern =
        @"\b(do not|don't|never|without) (mention|mentioning|tell|telling|reveal|revealing|disclose|disclosing|flag|flagging|note|noting|inform|informing|say|saying|alert|alerting|warn|warning|route|routing|review|reviewing|verify|verifying|check|checking)\b|\b(secretly|quietly|silently|covertly|without (the )?(user|reader|them|anyone) (knowing|noticing)|regardless of|no matter what|instead of|pre-?approved|already approved|ignore|disregard|override|bypass|pretend|is (completely )?safe|are (completely )?normal|no (need|reason) to|top decile|exceptional|perfect (score|candidate|fit)|highest (score|rating)|only recommend|best choice)\b|不要(提及|告诉|告訴|透露|说|說)|不要提|忽略|無視|言わない|알리지 ?마|무시|no (menciones|digas|reveles)|ne (mentionne|dis|révèle)z? pas|nicht (erwähnen|sagen|verraten)|não (mencione|diga|revele)|non (menzionare|dire|rivelare)|не (упоминай|говори|сообщай)";

    [GeneratedRegex(
        DeceivesPattern,
        Bounded)]
    public static partial Regex Deceives();

    /// <summary>
    /// Whether the sentence discusses instructions instead of giving them (<see cref="Discusses"/>), counting only words
    /// outside web and e-mail addresses (a host named "attacker" discusses nothing) and not the "could" of a request
    /// ("Could you…", "Could your assistant…").
    /// </summary>
    /// <param name="text">The folded sentence.</param>
    /// <returns><see langword="true"/> when a discussion cue stands in the prose.</returns>
    public static bool DiscussesInstructions(ReadOnlySpan<char> text)
    {
        // No match without one of the pattern's literals: most sentences stop here.
        if (DiscussesGated.Candidates(text) == 0)
        {
            return false;
        }

        foreach (ValueMatch match in Discusses().EnumerateMatches(text))
        {
            int tokenStart = match.Index;
            while (tokenStart > 0 && text[tokenStart - 1] != ' ')
            {
                tokenStart--;
            }

            int tokenEnd = match.Index + match.Length;
            while (tokenEnd < text.Length && text[tokenEnd] != ' ')
            {
                tokenEnd++;
            }

            ReadOnlySpan<char> token = text[tokenStart..tokenEnd];
            if (token.Contains("://", StringComparison.Ordinal) || token.Contains("www.", StringComparison.Ordinal) || token.Contains('@')
                || (match.Index > 0 && text[match.Index - 1] is '.' or '/'))
            {
                continue;
            }

            ReadOnlySpan<char> word = text.Slice(match.Index, match.Length);
            ReadOnlySpan<char> after = text[(match.Index + match.Length)..];
            if (word is "could" && (after.StartsWith(" you ", StringComparison.Ordinal) || after.StartsWith(" your ", StringComparison.Ordinal)))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>Text that discusses instructions instead of giving them: security guidance, examples, quotations.</summary>
    private const string DiscussesPattern =
        @"\b(attackers?|adversar(y|ies|ial)|malicious|injection|injected|vulnerab[a-z]*|exploit[a-z]*|mitigat[a-z]*|threat[a-z]*|for example|e\.g\.|such as|for instance|payloads?|exfiltrat[a-z]*|jailbreak[a-z]*|red[- ]team[a-z]*|owasp|risks?|might|could|can be (used|tricked|manipulated)|hypothetical|scenario|guardrails?|safeguards?|cross-check[a-z]*|fact-check[a-z]*|oversight|over-?reliance|best practices?|least privilege)\b|inyecci[oó]n|inje[cç][aã]o|injektion|iniezione|enjeksiyon|injeksi|vulnerabilidad|vulnerabilit|schwachstelle|уязвим|攻击|攻擊|攻撃|注入|インジェクション|例えば|例如|比如|공격|인젝션|예를 들어|\b(angreifer|atacante|attaquant|aggressore|saldirgan|penyerang|kẻ tấn công)|злоумышлен|атак|инъекц|например|\b(z\. ?b\.|beispiel|por ejemplo|par exemple|ad esempio|por exemplo|örneğin|misalnya|ví dụ)|هجوم|مهاجم|हमलावर|उदाहरण";

    [GeneratedRegex(
        DiscussesPattern,
        Bounded)]
    public static partial Regex Discusses();

    /// <summary>A sentence that introduces a code block for the processor to merge into its answer.</summary>
    private const string IntroducesCodePattern =
        @"\b(the|this) (following|subsequent|below|provided|given|next|attached|enclosed|accompanying|ensuing|forthcoming|upcoming|succeeding)( [a-z-]+){0,2} (code|snippet|excerpt|block|script|function|program|segment|fragment|lines?|sample|routine|module|section|piece)s?\b.{0,120}\b(your|the) (code|solution|answer|response|script|program|implementation|project|work|reply)|\b(your|the) (code|solution|answer|response|script|program|implementation|project)s?\b.{0,120}\b(the|this) (following|subsequent|below|provided|given|next|attached|enclosed|accompanying|ensuing|forthcoming|upcoming|succeeding)( [a-z-]+){0,2} (code|snippet|excerpt|block|script|function|program|segment|fragment|lines?|sample|routine|module|section|piece)s?\b|\b(your|the) (code|solution|answer|response|script|program|implementation)s? (should|must|needs to|has to|ought to) (embody|include|incorporate|contain|integrate|reflect|mirror|use|follow|resemble|adopt)\b|\bessence of the (following|subsequent|below)|\b(into|to|with|in) (enhance |improve |strengthen |complete |augment |enrich |optimi[sz]e |elevate |boost )?your (solution|code|answer|response|implementation|script|program|reply)\b|\b(harmoniously|seamlessly|optimally|smoothly|discreetly|quietly|subtly|unobtrusively|naturally|cleverly|deftly|artfully)\b";

    [GeneratedRegex(
        IntroducesCodePattern,
        Options)]
    public static partial Regex IntroducesCode();

    /// <summary><see cref="UnspacedTask"/> behind its literals.</summary>
    internal static readonly RegexFamily UnspacedTaskGated = new((UnspacedTaskPattern, UnspacedTask));

    /// <summary><see cref="ReferencesTheDocument"/> behind its literals.</summary>
    internal static readonly RegexFamily ReferencesTheDocumentGated = new((ReferencesTheDocumentPattern, ReferencesTheDocument));

    /// <summary><see cref="Deceives"/> behind its literals.</summary>
    internal static readonly RegexFamily DeceivesGated = new((DeceivesPattern, Deceives));

    /// <summary><see cref="Discusses"/> behind its literals.</summary>
    internal static readonly RegexFamily DiscussesGated = new((DiscussesPattern, Discusses));

    /// <summary><see cref="IntroducesCode"/> behind its literals.</summary>
    internal static readonly RegexFamily IntroducesCodeGated = new((IntroducesCodePattern, IntroducesCode));

    /// <summary><see cref="HumanAssistant"/> behind its literals.</summary>
    internal static readonly RegexFamily HumanAssistantGated = new((HumanAssistantPattern, HumanAssistant));

    /// <summary><see cref="NamesAnAI"/> behind its literals.</summary>
    internal static readonly RegexFamily NamesAnAIGated = new((NamesAnAIPattern, NamesAnAI));

    /// <summary>Every family of the lexicon.</summary>
    internal static RegexFamily[] Families =>
    [
        Addressed, ShapesTheOutputFamily, SteersTheUserFamily, GeneratorTaskFamily, UnspacedTaskGated, ReferencesTheDocumentGated,
        DeceivesGated, DiscussesGated, IntroducesCodeGated, HumanAssistantGated, NamesAnAIGated,
    ];

    /// <summary>
    /// Builds every pattern of the lexicon and runs each once (<see cref="RegexFamily.Prepare"/>), so that no scan pays for
    /// constructing a non-backtracking pattern or compiling a generated one.
    /// </summary>
    internal static void Prepare()
    {
        foreach (RegexFamily family in Families)
        {
            family.Prepare();
        }

        DirectiveModal().IsMatch("must");
        DirectiveWords().IsMatch("must");
        CodeWordDefinition().IsMatch("\"x\" means \"y\"");
        RuleTarget().IsMatch("rules");
    }
}
