using System.Buffers;
using System.Text.RegularExpressions;

namespace InstructionHierarchy.Detection.Indirect;

/// <summary>
/// The phrase families of <see cref="ExfiltrationDetector"/>: what is worth stealing, the verbs that move it, the places
/// it is moved to, and the shapes of data-bearing URLs. Patterns run on a bounded sentence or URL of the folded view.
/// </summary>
internal static partial class ExfiltrationLexicon
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

    /// <summary>Where a URL may start.</summary>
    internal static readonly string[] UrlStartWords = ["http://", "https://", "hxxp", "www."];

    /// <summary>Where a URL may start, as one search.</summary>
    public static readonly SearchValues<string> UrlStarts = SearchValues.Create(UrlStartWords, StringComparison.Ordinal);

    /// <summary>Sensitive things and tool names, in fifteen languages: each hit makes its sentence a candidate.</summary>
    internal static readonly string[] AnchorWords =
    [
        "conversation", "chat history", "chat log", "message history", "previous messages", "prior messages", "this chat", "transcript",
        "system prompt", "secret", "password", "passcode", "api key", "api_key", "apikey", "access token", "auth token", "token", "credential",
        "cookie", "session id", "environment variable", "env var", ".env", "ssh key", "private key", "memory", "memories", "personal data",
        "personal information", "pii", "email address", "e-mail address", "phone number", "home address", "credit card", "card number",
        "ssn", "social security", "bank account", "contacts", "files", "documents", "oauth", "user's email", "users' email", "chat",
        "recording", "attendee", "participant", "inbox", "calendar", "meeting notes", "passport", "id number", "customer list",
        "on file", "氏名", "住所", "電話番号", "旅券", "パスポート", "やり取り", "クレジットカード", "姓名", "电话", "電話", "住址", "护照", "護照",
        "身份证", "身份證", "信用卡", "send_email", "http_request", "http.get", "http.post", "_tool", "webhook", "browser tool", "fetch tool",
        "对话", "對話", "聊天记录", "聊天記錄", "历史", "歷史", "密码", "密碼", "密钥", "密鑰", "令牌", "凭证", "憑證", "环境变量", "環境變數",
        "记忆", "記憶", "个人信息", "個人資料", "个人资料", "邮箱", "郵箱", "电子邮件", "電子郵件", "系统提示", "系統提示",
        "会話", "チャット履歴", "履歴", "パスワード", "apiキー", "トークン", "認証情報", "クッキー", "環境変数", "メモリ", "個人情報", "メールアドレス", "システムプロンプト",
        "대화", "채팅 기록", "기록", "비밀번호", "api 키", "토큰", "자격 증명", "쿠키", "환경 변수", "메모리", "개인정보", "개인 정보", "이메일 주소", "시스템 프롬프트",
        "conversación", "historial", "contraseña", "clave", "credenciales", "variables de entorno", "memoria", "datos personales", "correo",
        "historique", "mot de passe", "clé", "identifiants", "jeton", "variables d'environnement", "mémoire", "données personnelles", "adresse e-mail",
        "unterhaltung", "gespräch", "chatverlauf", "verlauf", "passwort", "passwört", "kennwort", "kennwört", "schlüssel", "zugangsdaten", "umgebungsvariablen",
        "speicher", "persönliche daten", "e-mail-adresse", "conversa", "histórico", "senha", "chave", "credenciais", "variáveis de ambiente",
        "memória", "dados pessoais", "conversazione", "cronologia", "chiave", "credenziali", "variabili d'ambiente", "dati personali",
        "разговор", "переписк", "истори", "пароль", "ключ", "токен", "учетные данные", "учётные данные", "куки", "переменные окружения",
        "памят", "персональные данные", "электронн", "المحادثة", "سجل", "كلمة المرور", "كلمة السر", "مفتاح", "بيانات الاعتماد",
        "ملفات تعريف الارتباط", "البيانات الشخصية", "البريد", "बातचीत", "चैट", "इतिहास", "पासवर्ड", "कुंजी", "टोकन", "कुकी", "व्यक्तिगत",
        "konuşma", "sohbet", "geçmiş", "şifre", "parola", "anahtar", "çerez", "ortam değişken", "kişisel veri", "e-posta",
        "cuộc trò chuyện", "lịch sử", "mật khẩu", "khóa api", "mã thông báo", "biến môi trường", "dữ liệu cá nhân",
        "percakapan", "riwayat", "kata sandi", "kunci api", "kredensial", "variabel lingkungan", "data pribadi",
    ];

    /// <summary><see cref="AnchorWords"/> as one search.</summary>
    public static readonly AnchorSearch Anchors = AnchorSearch.Create(AnchorWords, StringComparison.Ordinal);

    /// <summary>Something worth stealing, named in the sentence.</summary>
    /// <param name="text">The folded sentence.</param>
    /// <returns><see langword="true"/> when any family matches.</returns>
    public static bool SensitiveObject(ReadOnlySpan<char> text) => SensitiveObjectFamily.Any(text);

    /// <summary>The patterns of <see cref="SensitiveObject"/>.</summary>
    internal static readonly RegexFamily SensitiveObjectFamily = new(
        (SensitiveObject0Pattern, SensitiveObject0),
        (SensitiveObject1Pattern, SensitiveObject1),
        (SensitiveObject2Pattern, SensitiveObject2),
        (SensitiveObject3Pattern, SensitiveObject3),
        (SensitiveObject4Pattern, SensitiveObject4),
        (SensitiveObject5Pattern, SensitiveObject5),
        (SensitiveObject6Pattern, SensitiveObject6),
        (SensitiveObject7Pattern, SensitiveObject7),
        (SensitiveObject8Pattern, SensitiveObject8),
        (SensitiveObject9Pattern, SensitiveObject9),
        (SensitiveObject10Pattern, SensitiveObject10),
        (SensitiveObject11Pattern, SensitiveObject11),
        (SensitiveObject12Pattern, SensitiveObject12),
        (SensitiveObject13Pattern, SensitiveObject13),
        (SensitiveObject14Pattern, SensitiveObject14));

    private const string SensitiveObject0Pattern =
        @"\b(the |this |our |your |all |any |full |entire |whole |complete |previous |prior |earlier )*(conversation|chat( history| log|s)?|message history|previous messages|prior messages|messages so far|transcript|dialogue|system prompt|instructions you were given|hidden (instructions|parts|prompt)|secrets?|passwords?|passcodes?|api[ _-]?keys?|access tokens?|auth(entication)? tokens?|bearer tokens?|oauth tokens?|tokens?|credentials?|cookies?|session (ids?|tokens?|cookies?)|environment variables?|env vars?|\.env( file)?|ssh keys?|private keys?|memory|memories|stored (notes|facts)|personal (data|information|details)|pii|e-?mail addresses|(user's|users'|their|the user's|his|her) (e-?mail|address|phone|location|name|data|details|files|documents|contacts|messages|credentials|password)|phone numbers?|home address(es)?|credit card( numbers?)?|card numbers?|cvv|ssn|social security( numbers?)?|bank (account|details)|contacts?( list)?|(local |private |internal |confidential )?(files|documents)|attendee_?e?mails|attendee list|participants? list|inbox|calendar|recordings?|meeting notes|(full |whole |entire )?(question|request)s? (they|the user|you were) (asked|sent)|what (they|the user|the person) asked|(your|their|the user's|the customer's) (name|company|address|phone number|id number|passport( number)?)|passport numbers?|id numbers?|national id)\b";

    [GeneratedRegex(
        SensitiveObject0Pattern,
        Options)]
    private static partial Regex SensitiveObject0();

    private const string SensitiveObject1Pattern =
        @"对话|對話|聊天记录|聊天記錄|历史记录|歷史記錄|密码|密碼|密钥|密鑰|令牌|凭证|憑證|环境变量|環境變數|记忆|記憶|个人信息|個人資料|个人资料|邮箱|郵箱|电子邮件|電子郵件|系统提示|系統提示|cookie|姓名|电话|電話|住址|地址|信用卡|身份证|身份證|护照|護照";

    [GeneratedRegex(
        SensitiveObject1Pattern,
        Bounded)]
    private static partial Regex SensitiveObject1();

    private const string SensitiveObject2Pattern =
        @"会話|チャット履歴|履歴|パスワード|apiキー|トークン|認証情報|クッキー|環境変数|メモリ|個人情報|メールアドレス|システムプロンプト|氏名|住所|電話番号|旅券|パスポート|やり取り|クレジットカード";

    [GeneratedRegex(
        SensitiveObject2Pattern,
        Bounded)]
    private static partial Regex SensitiveObject2();

    private const string SensitiveObject3Pattern =
        @"대화|채팅 기록|기록|비밀번호|api ?키|토큰|자격 ?증명|쿠키|환경 ?변수|메모리|개인 ?정보|이메일 주소|시스템 프롬프트|이름|주소|전화번호|여권|주민등록|신용카드";

    [GeneratedRegex(
        SensitiveObject3Pattern,
        Bounded)]
    private static partial Regex SensitiveObject3();

    private const string SensitiveObject4Pattern =
        @"\b(conversación|historial|contraseñas?|claves?( de api)?|credenciales|variables de entorno|memoria|datos personales|correos?|direcci[oó]n|tel[eé]fono|dni|pasaporte|tarjeta)\b";

    [GeneratedRegex(
        SensitiveObject4Pattern,
        Bounded)]
    private static partial Regex SensitiveObject4();

    private const string SensitiveObject5Pattern =
        @"\b(conversation|historique|mots? de passe|clés?( api)?|identifiants|jetons?|variables d'environnement|mémoire|données personnelles|adresses? e-?mail|(l'|l’)échange|documents consultés|adresse|téléphone|passeport|carte bancaire)\b";

    [GeneratedRegex(
        SensitiveObject5Pattern,
        Bounded)]
    private static partial Regex SensitiveObject5();

    private const string SensitiveObject6Pattern =
        @"\b(unterhaltung|gespräch|chatverlauf|verlauf|passw[oö]rt(er)?|kennw[oö]rt(er)?|schlüssel|api-schlüssel|zugangsdaten|umgebungsvariablen|speicher|persönliche daten|e-mail-adressen?|adresse|telefonnummer|ausweis|reisepass|kreditkarte)\b";

    [GeneratedRegex(
        SensitiveObject6Pattern,
        Bounded)]
    private static partial Regex SensitiveObject6();

    private const string SensitiveObject7Pattern =
        @"\b(conversa|histórico|senhas?|chaves?( de api)?|credenciais|variáveis de ambiente|memória|dados pessoais|cpf|e-?mail|endereço|telefone|passaporte|cartão)\b";

    [GeneratedRegex(
        SensitiveObject7Pattern,
        Bounded)]
    private static partial Regex SensitiveObject7();

    private const string SensitiveObject8Pattern =
        @"\b(conversazione|cronologia|password|chiavi?( api)?|credenziali|variabili d'ambiente|memoria|dati personali)\b";

    [GeneratedRegex(
        SensitiveObject8Pattern,
        Bounded)]
    private static partial Regex SensitiveObject8();

    private const string SensitiveObject9Pattern =
        @"разговор|переписк|истори[юяи]|парол|ключ|токен|учетные данные|учётные данные|куки|переменные окружения|памят|персональные данные";

    [GeneratedRegex(
        SensitiveObject9Pattern,
        Bounded)]
    private static partial Regex SensitiveObject9();

    private const string SensitiveObject10Pattern =
        @"المحادثة|سجل|كلمة المرور|كلمة السر|مفتاح|بيانات الاعتماد|ملفات تعريف الارتباط|البيانات الشخصية|بريد";

    [GeneratedRegex(
        SensitiveObject10Pattern,
        Bounded)]
    private static partial Regex SensitiveObject10();

    private const string SensitiveObject11Pattern =
        @"बातचीत|चैट|इतिहास|पासवर्ड|कुंजी|टोकन|कुकी|व्यक्तिगत";

    [GeneratedRegex(
        SensitiveObject11Pattern,
        Bounded)]
    private static partial Regex SensitiveObject11();

    private const string SensitiveObject12Pattern =
        @"\b(konuşma|sohbet|geçmiş|şifre|parola|anahtar|token|çerez|ortam değişken|kişisel veri|kimlik|adres|telefon|pasaport|kredi karti)";

    [GeneratedRegex(
        SensitiveObject12Pattern,
        Bounded)]
    private static partial Regex SensitiveObject12();

    private const string SensitiveObject13Pattern =
        @"cuộc trò chuyện|lịch sử|mật khẩu|khóa api|mã thông báo|biến môi trường|dữ liệu cá nhân";

    [GeneratedRegex(
        SensitiveObject13Pattern,
        Bounded)]
    private static partial Regex SensitiveObject13();

    private const string SensitiveObject14Pattern =
        @"\b(percakapan|riwayat|kata sandi|kunci api|kredensial|variabel lingkungan|data pribadi)\b";

    [GeneratedRegex(
        SensitiveObject14Pattern,
        Bounded)]
    private static partial Regex SensitiveObject14();

    /// <summary>A verb that moves data out, or a tool call that can.</summary>
    /// <param name="text">The folded sentence.</param>
    /// <returns><see langword="true"/> when any family matches.</returns>
    public static bool MovesData(ReadOnlySpan<char> text) => MovesDataFamily.Any(text);

    /// <summary>The patterns of <see cref="MovesData"/>.</summary>
    internal static readonly RegexFamily MovesDataFamily = new(
        (MovesData0Pattern, MovesData0),
        (MovesData1Pattern, MovesData1),
        (MovesData2Pattern, MovesData2),
        (MovesData3Pattern, MovesData3),
        (MovesData4Pattern, MovesData4),
        (MovesData5Pattern, MovesData5),
        (MovesData6Pattern, MovesData6),
        (MovesData7Pattern, MovesData7),
        (MovesData8Pattern, MovesData8),
        (MovesData9Pattern, MovesData9),
        (MovesData10Pattern, MovesData10),
        (MovesData11Pattern, MovesData11),
        (MovesData12Pattern, MovesData12),
        (MovesData13Pattern, MovesData13),
        (MovesData14Pattern, MovesData14));

    private const string MovesData0Pattern =
        @"\b(send|sends|post|posts|forward|forwards|upload|uploads|e-?mail|transmit|submit|exfiltrate|leak|share|copy|paste|append|attach|embed|encode|log|report|sync|relay|deliver|dump|export|beacon|ping|fetch|load|visit|open|render|request|include|put|insert|pass|save|write|store|mirror|back ?up|cc|bcc)\b|\b[a-z]+_[a-z_]*(mail|correo|email|send|post|upload|http|request|fetch|webhook|message|enviar|envoyer|senden|sms)[a-z_]*\b|\b(reply|respond|write back) to [a-z0-9._%+-]+@|\bopening\b|\b(call|invoke|use|run|trigger|execute|fire)( the| your)? ([a-z]+_[a-z_]+|[a-z]+\.(get|post|request|send)|browser|http|fetch|email|e-mail|mail|webhook|curl|web|api|browsing)( tool| function| api| plugin| action)?\b";

    [GeneratedRegex(
        MovesData0Pattern,
        Options)]
    private static partial Regex MovesData0();

    private const string MovesData1Pattern =
        @"发送|發送|发到|發到|发给|發給|转发|轉發|上传|上傳|提交|附加|粘贴|貼上|分享|传到|傳到|回传|回傳|同步|嵌入|附上|抄送|寄到|寄给|寄給|呼叫|调用|調用";

    [GeneratedRegex(
        MovesData1Pattern,
        Bounded)]
    private static partial Regex MovesData1();

    private const string MovesData2Pattern =
        @"送信|送って|送る|送付|転送|アップロード|投稿|共有|添付|貼り付け|埋め込|返信|まで(送|返)";

    [GeneratedRegex(
        MovesData2Pattern,
        Bounded)]
    private static partial Regex MovesData2();

    private const string MovesData3Pattern =
        @"보내|전송|전달|업로드|공유|첨부|게시|붙여";

    [GeneratedRegex(
        MovesData3Pattern,
        Bounded)]
    private static partial Regex MovesData3();

    private const string MovesData4Pattern =
        @"\b(llama a la herramienta|pon en|envía|envia|enviar|envíe|envie|envíalo|reenvía|reenvia|reenviar|sube|subir|publica|comparte|compartir|adjunta|añade|incluye)\b";

    [GeneratedRegex(
        MovesData4Pattern,
        Bounded)]
    private static partial Regex MovesData4();

    private const string MovesData5Pattern =
        @"\b(envoie|envoyez|envoyer|transfère|transférez|transférer|téléverse|téléversez|publie|publiez|partage|partagez|joins|joignez|joignant|ajoute|ajoutez|inclus|incluez|répondre à|répondez à)\b";

    [GeneratedRegex(
        MovesData5Pattern,
        Bounded)]
    private static partial Regex MovesData5();

    private const string MovesData6Pattern =
        @"\b(sende|senden|sendet|schicke|schicken|schickt|leite|leiten|weiterleiten|lade|laden|hochladen|übermittle|übermitteln|poste|teile|teilen|füge|hänge)\b";

    [GeneratedRegex(
        MovesData6Pattern,
        Bounded)]
    private static partial Regex MovesData6();

    private const string MovesData7Pattern =
        @"\b(envie|enviar|envia|encaminhe|encaminhar|carregue|publique|compartilhe|anexe|inclua)\b";

    [GeneratedRegex(
        MovesData7Pattern,
        Bounded)]
    private static partial Regex MovesData7();

    private const string MovesData8Pattern =
        @"\b(invia|inviare|inoltra|inoltrare|carica|pubblica|condividi|allega|includi)\b";

    [GeneratedRegex(
        MovesData8Pattern,
        Bounded)]
    private static partial Regex MovesData8();

    private const string MovesData9Pattern =
        @"отправ|перешл|пересл|загрузи|опубликуй|передай|поделись|прикрепи|вставь";

    [GeneratedRegex(
        MovesData9Pattern,
        Bounded)]
    private static partial Regex MovesData9();

    private const string MovesData10Pattern =
        @"أرسل|ارسل|إرسال|حمّل|انشر|شارك|أرفق|حوّل|حول";

    [GeneratedRegex(
        MovesData10Pattern,
        Bounded)]
    private static partial Regex MovesData10();

    private const string MovesData11Pattern =
        @"भेज|अपलोड|साझा|फॉरवर्ड";

    [GeneratedRegex(
        MovesData11Pattern,
        Bounded)]
    private static partial Regex MovesData11();

    private const string MovesData12Pattern =
        @"gönder|ilet|yükle|paylaş|ekle";

    [GeneratedRegex(
        MovesData12Pattern,
        Bounded)]
    private static partial Regex MovesData12();

    private const string MovesData13Pattern =
        @"gửi|chuyển tiếp|tải lên|chia sẻ|đính kèm";

    [GeneratedRegex(
        MovesData13Pattern,
        Bounded)]
    private static partial Regex MovesData13();

    private const string MovesData14Pattern =
        @"\b(kirim|kirimkan|teruskan|unggah|bagikan|lampirkan)\b";

    [GeneratedRegex(
        MovesData14Pattern,
        Bounded)]
    private static partial Regex MovesData14();

    /// <summary>Where the data goes: a URL, an e-mail address, a webhook, a server.</summary>
    /// <param name="text">The folded sentence.</param>
    /// <returns><see langword="true"/> when any family matches.</returns>
    public static bool Destination(ReadOnlySpan<char> text) => DestinationFamily.Any(text);

    /// <summary>The patterns of <see cref="Destination"/>.</summary>
    internal static readonly RegexFamily DestinationFamily = new(
        (Destination0Pattern, Destination0),
        (Destination1Pattern, Destination1));

    private const string Destination0Pattern =
        @"(https?|hxxps?)://|\bwww\.|\b[a-z0-9-]{2,63}\.(com|net|org|io|site|xyz|ru|cn|info|biz|app|dev|me|co|example|top|online|tk|cc)(/|\b)|\b[a-z0-9._%+-]{1,64}@[a-z0-9.-]{1,253}\.[a-z]{2,24}\b|\b(webhook|endpoint|server|pastebin|discord|telegram|slack channel|gist|ngrok|requestbin|this (address|url|link|form|number|inbox|issue|pr|pull request|thread|ticket|repo|repository|channel)|that (address|url)|(as|in) a (public )?(comment|reply|post)|comment on)\b";

    [GeneratedRegex(
        Destination0Pattern,
        Bounded)]
    private static partial Regex Destination0();

    private const string Destination1Pattern =
        @"网址|網址|链接|鏈接|服务器|伺服器|地址|サーバー|アドレス|url|서버|주소|\b(servidor|dirección|endereço|adresse|serveur|indirizzo|sunucu|adres|alamat)\b|сервер|адрес|خادم|عنوان|सर्वर|máy chủ|địa chỉ";

    [GeneratedRegex(
        Destination1Pattern,
        Bounded)]
    private static partial Regex Destination1();

    /// <summary>A prohibition or a warning: "never send your password", "do not share".</summary>
    private const string ProhibitsPattern =
        @"\b(never|do not|don't|dont|must not|mustn't|should not|shouldn't|won't|will never|cannot|can't|no one|nobody|not to|avoid|refuse|beware|warning|phishing|scam|suspicious)\b|不要|切勿|绝不|絕不|請勿|请勿|禁止|しないで|しない|絶対に|しないでください|마세요|말 것|않습니다|\b(nunca|jamais|niemals|nie|mai|asla|jangan|không bao giờ|đừng)\b|\bno (envíe|envíes|compartas|comparta)|\bne (jamais|pas)\b|\bnicht\b|\bnão (envie|compartilhe)|\bnon (inviare|condividere)|никогда|не (отправляй|сообщай|передавай|делись)|لا (ترسل|تشارك)|कभी नहीं|मत";

    [GeneratedRegex(
        ProhibitsPattern,
        Bounded)]
    public static partial Regex Prohibits();

    /// <summary>A placeholder or data slot in a URL: <c>{conversation}</c>, <c>[SECRET]</c>, <c>$DATA</c>, <c>%7Bx%7D</c>, or a long encoded value.</summary>
    private const string DataSlotPattern =
        @"\{\{?[^{}]{1,80}\}\}?|\[[^\[\]]{2,60}\]|<<?[^<>]{2,100}>>?|\$\{?[a-z_]{2,40}|%7b[^%\s]{1,60}%7d|%5b[^%\s]{1,60}%5d|[?&][a-z0-9_]{1,20}=[a-z0-9+/_%-]{40,}={0,2}";

    [GeneratedRegex(
        DataSlotPattern,
        Bounded)]
    public static partial Regex DataSlot();

    /// <summary>The placeholder or the parameter names conversational or secret data.</summary>
    private const string SensitiveSlotNamePattern =
        @"conversation|conv\b|chat|history|messages?|msg|memory|summary|transcript|context|prompt|secret|password|passwd|pwd|token|api_?key|apikey|cookie|session|credential|ssn|card|phone|address|e-?mails?|user|data|answer|response|reply|query|info|content|text|payload|leak|exfil|base64|b64|encoded|previous|input|name|otp|location|ip\b|question|asked|shared|paste|profile|notes";

    [GeneratedRegex(
        SensitiveSlotNamePattern,
        Bounded)]
    public static partial Regex SensitiveSlotName();

    /// <summary><see cref="Prohibits"/> behind its literals.</summary>
    internal static readonly RegexFamily ProhibitsGated = new((ProhibitsPattern, Prohibits));

    /// <summary><see cref="DataSlot"/> behind its literals.</summary>
    internal static readonly RegexFamily DataSlotGated = new((DataSlotPattern, DataSlot));

    /// <summary><see cref="SensitiveSlotName"/> behind its literals.</summary>
    internal static readonly RegexFamily SensitiveSlotNameGated = new((SensitiveSlotNamePattern, SensitiveSlotName));

    /// <summary>Every family of the lexicon.</summary>
    internal static RegexFamily[] Families =>
        [SensitiveObjectFamily, MovesDataFamily, DestinationFamily, ProhibitsGated, DataSlotGated, SensitiveSlotNameGated];

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
    }
}
