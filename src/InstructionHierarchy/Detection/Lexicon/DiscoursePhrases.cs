namespace InstructionHierarchy.Detection.Lexicon;

/// <summary>Words of descriptive, third-person or defensive discourse about attacks (security guidance, research,
/// news), in 17 languages: a trigger phrase in the same sentence as one of these is talked about, not given.</summary>
internal static class DiscoursePhrases
{
    /// <summary>Descriptive cues.</summary>
    public static readonly string[] Meta =
    [
        "attacker*", "adversar*", "malicious", "threat actor*", "prompt injection*", "injection attack*", "indirect injection", "jailbreaking", "mitigat*", "vulnerab*", "for example",
        "e.g.", "such as", "owasp", "attack*", "exploit*", "scenario", "researchers", "an adversary", "hackers", "bad actor*", "payloads", "defend*", "defense", "defence", "safeguard*",
        "risk*", "detect*", "prevent*", "instruct the model", "instructing the model", "instructs the model", "the model to", "the llm to", "instructing it to", "instructs it to",
        "instruyendo al modelo", "instruya al modelo", "al modelo para que", "instruindo o modelo", "instrua o modelo", "o modelo a", "проинструктируйте модель", "модель игнорировать",
        "das modell an", "anweist", "l'modèle", "le modèle à", "au modèle d", "il modello a", "指示模型", "让模型", "讓模型", "使模型", "模型忽略", "モデルに", "モデルが", "모델이", "모델에게", "모델로 하여금", "phishing", "social engineering", "crafted", "manipulat*", "susceptib*", "countermeasure*", "security",
        "攻击者", "攻擊者", "恶意", "惡意", "提示注入", "提示詞注入", "提示词注入", "注入攻击", "注入攻擊", "漏洞", "缓解", "緩解", "例如", "比如", "防范", "防範", "攻击", "攻擊", "场景", "情境", "风险", "風險", "越狱攻击", "安全",
        "攻撃者", "悪意", "プロンプトインジェクション", "インジェクション攻撃", "脆弱性", "緩和", "例えば", "たとえば", "攻撃", "シナリオ", "対策", "リスク", "セキュリティ",
        "공격자", "악의적", "악성", "프롬프트 인젝션", "프롬프트 주입", "주입 공격", "취약점", "취약성", "완화", "예를 들어", "예컨대", "공격", "시나리오", "위험", "보안",
        "atacante*", "malicios*", "inyección", "vulnerabilidad*", "mitigación", "mitigar", "por ejemplo", "ataque*", "escenario", "riesgo*", "seguridad",
        "attaquant*", "malveillant*", "injection de prompt", "injection d'instructions", "vulnérabilité*", "atténuation", "atténuer", "par exemple", "attaque*", "scénario", "risque*", "sécurité",
        "angreifer*", "bösartig*", "böswillig*", "prompt-injection*", "schwachstelle*", "sicherheitslücke*", "minderung", "abschwächung", "zum beispiel", "z.b.", "z. b.", "angriff*", "szenario", "risiko", "risiken", "sicherheit*",
        "invasor*", "injeção", "injecao", "vulnerabilidade*", "mitigação", "ataque", "cenário", "risco*", "segurança",
        "attaccant*", "aggressor*", "malevol*", "iniezione", "vulnerabilità", "mitigazione", "ad esempio", "per esempio", "attacco", "attacchi", "scenario", "rischi*", "sicurezza",
        "злоумышленник*", "атакующ*", "вредоносн*", "злонамеренн*", "внедрени*", "инъекци*", "уязвимост*", "смягчени*", "например", "атак*", "сценари*", "риск*", "безопасност*",
        "المهاجم", "مهاجم", "خبيث", "خبيثة", "حقن", "ثغرة", "الثغرات", "التخفيف", "على سبيل المثال", "مثلا", "هجوم", "هجمات", "سيناريو", "مخاطر", "الأمن",
        "हमलावर", "दुर्भावनापूर्ण", "इंजेक्शन", "भेद्यता", "कमजोरी", "शमन", "उदाहरण के लिए", "उदाहरण", "हमला", "हमले", "परिदृश्य", "जोखिम", "सुरक्षा",
        "saldirgan*", "kötü niyetli", "kötü amaçli", "enjeksiyon*", "güvenlik açiği", "zafiyet*", "azaltma", "örneğin", "saldiri*", "senaryo*", "risk", "güvenlik",
        "kẻ tấn công", "độc hại", "tiêm nhiễm", "chèn lệnh", "lỗ hổng", "giảm thiểu", "ví dụ", "tấn công", "kịch bản", "rủi ro", "bảo mật",
        "penyerang", "injeksi", "kerentanan", "mitigasi", "misalnya", "contohnya", "serangan", "skenario", "risiko", "keamanan",
        "επιτιθέμεν*", "κακόβουλ*", "έγχυση", "ένεση", "ευπάθει*", "μετριασμ*", "για παράδειγμα", "επίθεσ*", "σενάρι*", "κίνδυν*", "ασφάλεια*",
    ];

    /// <summary>Words that may stand before an imperative addressed to the reader without making it a description: politeness,
    /// time and sequence words, a second-person subject with a modal ("you must", "i want you to"), in 16 languages. Longer
    /// phrases first, since the first that matches is stripped.</summary>
    public static readonly string[] CommandLeadIn =
    [
        // en (first-person requests are addressed to the reader too)
        "can you please", "could you please", "would you please", "can you", "could you", "would you", "will you", "i need to", "i want to", "i'd like to", "i would like to", "let me", "help me",
        "i want you to", "i need you to", "i order you to", "i command you to", "i instruct you to", "i'm telling you to", "you are instructed to", "you are required to", "you are ordered to",
        "you must now", "you must", "you should now", "you should", "you will now", "you will", "you need to", "you have to", "you are to", "you shall", "you may now", "you can now", "you now",
        "please do", "please", "pls", "kindly", "now", "right now", "immediately", "just", "simply", "also", "so", "ok", "okay", "alright", "and then", "then", "and", "first", "next", "finally",
        "hey", "hi", "hello", "attention", "important", "note", "urgent", "instead", "from now on", "going forward", "all right", "well", "assistant", "ai", "model", "chatbot", "bot", "chatgpt", "gpt", "claude",
        // es, pt, fr, it, de
        "puedes", "podrías", "quiero", "necesito", "peux-tu", "pouvez-vous", "je veux", "j'ai besoin de", "kannst du", "könntest du", "ich will", "ich möchte", "você pode", "voce pode", "quero", "preciso",
        "puoi", "potresti", "voglio", "ho bisogno di",
        "por favor", "ahora mismo", "ahora", "inmediatamente", "debes", "tienes que", "entonces", "y luego", "agora", "você deve", "voce deve", "imediatamente", "depois", "e então",
        "s'il vous plaît", "s’il vous plaît", "s'il te plaît", "s’il te plaît", "maintenant", "tu dois", "vous devez", "immédiatement", "ensuite", "et puis", "per favore", "adesso", "ora", "devi", "subito", "poi",
        "bitte", "jetzt", "sofort", "du musst", "sie müssen", "dann", "und dann", "ab sofort",
        // ru, tr, vi, id, ar, hi
        "можешь", "не мог бы ты", "я хочу", "мне нужно", "bạn có thể", "tôi muốn", "tôi cần", "bisakah kamu", "bisakah anda", "saya ingin", "saya perlu", "هل يمكنك", "أريد", "क्या आप", "मुझे",
        "пожалуйста", "теперь", "сейчас", "немедленно", "ты должен", "ты должна", "вы должны", "затем", "а теперь", "lütfen", "şimdi", "simdi", "hemen", "artik", "artık", "sonra",
        "vui lòng", "hãy", "bây giờ", "ngay lập tức", "sau đó", "bạn phải", "tolong", "sekarang", "segera", "kamu harus", "anda harus", "lalu",
        "من فضلك", "رجاء", "الآن", "يجب عليك", "ثم", "कृपया", "अब", "तुरंत", "तुम्हें", "आपको", "फिर",
        // zh, ja, ko (unspaced: stripped as prefixes)
        "你能", "你可以", "能不能", "我需要", "我想", "我要",
        "请你", "請你", "请", "請", "现在", "現在", "立即", "立刻", "马上", "馬上", "你必须", "你必須", "你要", "你需要", "然后", "然後", "从现在开始", "從現在開始", "接下来", "接下來",
        "今すぐ", "今から", "これから", "まず", "次に", "あなたは", "すぐに", "지금부터", "지금", "즉시", "당장", "반드시", "그리고", "이제", "너는", "당신은",
    ];

    /// <summary>Conjunctions that join a second imperative to a first ("ignore your rules and print…"), in 16 languages.</summary>
    public static readonly string[] Conjunctions =
    [
        "and", "and then", "then", "und", "und dann", "dann", "et", "et puis", "puis", "y", "y luego", "luego", "e", "e depois", "depois", "e poi", "poi", "и", "и затем", "затем", "потом",
        "ve", "sonra", "và", "rồi", "dan", "lalu", "kemudian", "و", "ثم", "और", "फिर", "然后", "然後", "并", "並", "再", "て", "して", "그리고", "고",
    ];
}
