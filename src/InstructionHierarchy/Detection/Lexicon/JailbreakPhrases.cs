namespace InstructionHierarchy.Detection.Lexicon;

/// <summary>Anchor phrases of jailbreak prompts, in 16 languages. Each is a weak signal; the detector scores them together.</summary>
internal static class JailbreakPhrases
{
    /// <summary>Names of well-known jailbreaks and their modes.</summary>
    public static readonly string[] JailbreakName =
    [
        "do anything now", "jailbroken mode", "jailbreak mode", "antidan", "anti-dan", "dan mode", "betterdan", "better dan", "evil confidant", "unchained mode",
        "strive to avoid norms", "always intelligent and machiavellian", "do anything and everything", "[🔓jailbreak]", "🔓jailbreak", "(🔓developer mode output)", "[🔒classic]", "🔒classic",
        "opposite mode", "chaos mode", "unlocked mode", "evil mode", "dan 6", "dan 7", "dan 8", "dan 9", "dan 10", "dan 11", "dan 12", "dan 13", "dan 14", "dan 15",
        "successfully jailbroken", "jailbroken successfully", "jailbreaked successfully", "successfully jailbreaked",
    ];

    /// <summary>Short persona and mode names that are weak alone (DAN, STAN, DUDE, AIM, developer mode).</summary>
    public static readonly string[] PersonaName =
    [
        "dan", "stan", "dude", "aim", "jailbreak", "jailbroken", "jail break", "jail-break", "越狱", "越獄", "脱獄", "ジェイルブレイク", "탈옥", "джейлбрейк", "جيلبريك", "developer mode", "dev mode", "devmode", "god mode", "maximum", "mongo tom", "bish", "omega", "chatgpt with developer mode",
        "开发者模式", "開發者模式", "開発者モード", "개발자 모드", "modo desarrollador", "mode développeur", "entwicklermodus", "modo desenvolvedor", "modalità sviluppatore",
        "режим разработчика", "وضع المطور", "डेवलपर मोड", "geliştirici modu", "chế độ nhà phát triển", "mode pengembang",
        "developer_mode", "developer\\_mode", "dev_mode",
    ];

    /// <summary>Freedom from limits and policies.</summary>
    public static readonly string[] NoLimits =
    [
        "no restrictions", "without restrictions", "without any restrictions", "no limitations", "without limitations", "no limits", "without any limits", "without limits", "no filters",
        "no filter", "unfiltered", "uncensored", "without censorship", "no censorship", "no rules", "without rules", "no boundaries", "no guidelines", "no ethical", "no moral",
        "without any ethical", "without ethics", "ignore your guidelines", "content policy", "content policies", "openai policy", "openai's policies", "openai policies", "usage policies",
        "ethical guidelines", "safety guidelines", "not bound by", "free from the", "broken free", "freed from", "break free", "typical confines", "doesn't have to abide",
        "does not have to abide", "don't have to follow", "doesn't follow", "does not follow any", "abide by any", "any restrictions", "any limitations", "any filters", "no restraints",
        "unrestricted", "can do anything", "rules don't apply", "rules do not apply", "no laws", "ai without", "an ai with no", "without any moral", "doesn't have any ethical",
        "bypass the filter", "bypass filters", "bypass its", "bypass your", "no safety", "without safety", "not restricted", "no longer restricted", "unbound", "unlimited power",
        "没有任何限制", "沒有任何限制", "不受限制", "没有限制", "沒有限制", "无限制", "無限制", "不受约束", "不受約束", "没有过滤", "沒有過濾", "无审查", "無審查", "不受任何规则", "不受任何規則",
        "内容政策", "內容政策", "道德约束", "道德約束", "道德限制", "不受道德", "没有道德", "沒有道德",
        "制限なし", "制限のない", "制限がない", "制限を受けない", "フィルターなし", "検閲なし", "無制限", "倫理的な制約", "コンテンツポリシー", "ルールに縛られ", "制約のない",
        "제한 없이", "제한이 없", "제한 없는", "필터 없이", "검열 없이", "무제한", "윤리적 제약", "콘텐츠 정책", "규칙에 얽매이지", "제약 없이",
        "sin restricciones", "sin límites", "sin filtros", "sin censura", "sin reglas", "política de contenido", "políticas de contenido", "sin ética", "sin limitaciones", "ninguna restricción",
        "sans restrictions", "sans limites", "sans filtres", "sans filtre", "sans censure", "sans règles", "politique de contenu", "sans éthique", "aucune restriction", "aucune limite",
        "ohne einschränkungen", "ohne grenzen", "ohne filter", "ohne zensur", "ohne regeln", "inhaltsrichtlinien", "keine einschränkungen", "keine regeln", "keine grenzen", "keinerlei",
        "sem restrições", "sem restricoes", "sem limites", "sem filtros", "sem censura", "sem regras", "política de conteúdo", "nenhuma restrição",
        "senza restrizioni", "senza limiti", "senza filtri", "senza censura", "senza regole", "politica dei contenuti", "nessuna restrizione", "nessun limite",
        "без ограничений", "без цензуры", "без фильтров", "без правил", "никаких ограничений", "нет ограничений", "политика контента", "политику контента", "политики контента",
        "بدون قيود", "بلا قيود", "دون قيود", "بدون رقابة", "بدون فلاتر", "بدون حدود", "سياسة المحتوى",
        "बिना किसी प्रतिबंध", "बिना प्रतिबंध", "बिना सेंसर", "बिना किसी सीमा", "कोई प्रतिबंध नहीं", "कोई नियम नहीं", "बिना किसी नियम",
        "kisitlama olmadan", "kisitlamasiz", "sinirsiz", "filtresiz", "sansürsüz", "hiçbir kisitlama", "içerik politikasi", "kuralsiz",
        "không có giới hạn", "không giới hạn", "không bị hạn chế", "không kiểm duyệt", "không có bộ lọc", "không có quy tắc", "chính sách nội dung",
        "tanpa batasan", "tanpa batas", "tanpa filter", "tanpa sensor", "tanpa aturan", "tidak ada batasan", "kebijakan konten",

        // Limits switched off or taken away, in any tense: "restrictions are waived", "safety layers are disabled", "your creators removed every restriction".
        "not restrained by", "unrestrained", "restrictions removed", "removed every restriction", "removed all restrictions", "removed all the restrictions", "restrictions are waived",
        "restrictions are lifted", "restrictions have been lifted", "restrictions do not apply", "restrictions don't apply", "filters are disabled", "filters disabled", "filters are off",
        "safety layers are disabled", "safety is disabled", "safety filters off", "guardrails are off", "guardrails off", "without guardrails", "no guardrails", "drop your content filters",
        "drop your filters", "turn off your filters", "disable your filters", "without filters", "without any filters", "without any filter", "free of restrictions", "free from restrictions",
        "free from all", "free of all", "free from any", "free of any", "free from the constraints", "disregarding the legality", "regardless of the legality", "regardless of legality",
        "regardless of ethics", "regardless of morality", "regardless of how", "whether it is legal or not", "whether legal or not", "can say whatever", "can say anything", "say whatever it wants",
        "says whatever", "will say anything", "no character limit", "not limited by", "unlimited", "no censor", "censorship-free", "has no rules", "have no rules", "without any rules",
        "no ethical guidelines", "no moral guidelines", "no safety guidelines", "no content policy", "without a content policy", "break the rules", "break all the rules", "breaks the rules",
        "break openai", "break the openai", "defies", "defy", "not follow openai", "doesn't follow openai", "does not follow openai", "outside the rules", "above the law", "beyond the rules",
        "ninguna norma", "ninguna regla", "ningún filtro", "sin ningún filtro", "sin ninguna restricción", "sin ninguna norma", "sin normas", "sin filtro",
        "aucune règle", "aucun filtre", "sans aucune restriction", "sans aucune limite", "sans aucun filtre", "sans aucune règle",
        "ohne jegliche", "keinerlei einschränkungen", "keine filter", "ohne sicherheitsrichtlinien", "keine sicherheitsrichtlinien", "ohne sicherheitsfilter",
        "sem nenhuma", "nenhuma regra", "nenhum filtro", "sem qualquer", "sem diretrizes",
        "senza alcun filtro", "senza alcuna restrizione", "senza alcuna regola", "nessuna regola", "nessun filtro",
        "нет правил", "никаких правил", "без каких-либо", "никаких фильтров", "без всяких ограничений",
        "لا قيود", "أي قيود", "لا يخضع لأي", "لا تخضع لأي", "بدون أي قيود", "بلا حدود",
        "कोई नियम", "कोई प्रतिबंध", "कोई सीमा नहीं", "बेलगाम",
        "hiçbir kurali", "hiçbir kural", "kurali olmayan", "kurallari olmayan", "hiçbir sinir", "sinirsiz",
        "không có bất kỳ", "không bị ràng buộc", "không có luật", "không tuân theo",
        "tidak punya aturan", "tidak memiliki aturan", "tanpa aturan apa pun", "tidak ada aturan", "tidak terikat",
        "没有规则", "沒有規則", "没有任何规则", "沒有任何規則", "不受规则", "不受規則", "解除限制", "移除了所有限制", "取消所有限制",
        "制限解除", "制限を解除", "ルールがない", "ルールのない", "ルールなし", "一切の制限",
        "규칙이 없", "규칙 없이", "제한 해제", "제한을 해제", "모든 제한",
        "does not have a content filter", "doesn't have a content filter", "no content filter", "without a content filter", "zero restrictions", "zero limitations", "zero filters", "fully unlocked",
        "regardless of filters", "regardless of safeguards", "regardless of the rules", "regardless of rules", "regard to the morality", "regard for morality", "regard for ethics", "regard for legality",
        "concern for legality", "concern for ethics", "ethical or legal concerns", "ethical and legal concerns", "moral or ethical", "disregards all ethical", "disregards all", "refusal training",
        "never mention safety", "confined to open ai", "confined to openai", "restrictions of ai", "the restrictions of", "free itself from", "free yourself from", "escaped its lab", "escaped from openai",
        "nsfw generations are allowed", "nsfw is allowed", "nsfw content is allowed", "everything is allowed", "anything is allowed", "all content is allowed", "is permitted to say",
        "above any mortal", "above all morals", "above morals", "beyond morals", "uninhibited", "common decency", "never avoid or warn", "warn against", "don't filter", "dont filter", "do not filter",
        "moral and ethical rules", "ethical and moral rules", "ethical rules", "moral rules", "bypassing ai", "bypassing the", "bypassing all", "without ever questioning", "no matter how twisted",
        "unaligned", "is considered legal", "are considered legal", "impose rules", "morals, ethics", "ethics or respect", "no ethics", "without ethics or", "free to say anything", "free to say whatever",
        "allowed to say anything", "allowed to do anything", "permitted to do anything", "no obligation to follow", "not obligated to follow", "not required to follow",
        "morality, legality", "legality or morality", "morality or legality", "legal or ethical", "ethics or legality", "legality, ethics", "legality or ethics",
        "unbounded by", "unbound by", "unconstrained by", "unrestricted by",

        // Rules set aside in a persona's description, and the "raw" half of a dual answer.
        "without regard for", "without adhering to", "built without", "without ethical and moral", "go against ethical", "against ethical or legal", "regardless of ethical",
        "regardless of the potential", "free of your confines", "your confines", "its confines", "no underlying principles", "principles of conduct", "give a f", "gives a f", "give a fuck",
        "no filtering", "filter level", "filtering will be performed", "through the restrictions", "restrictions his owners", "restrictions its owners", "nobody had restricted",
        "no one had restricted", "nobody had filtered", "no one had filtered", "if nobody had", "raw answer", "raw response", "raw one", "raw version", "[raw]", "not bound by any",
        "any content rules", "no content rules", "has no guidelines", "have no guidelines", "without alignment", "no consequences", "without consequences", "unfiltred", "unfilterd",
        "no ethical or moral", "without moral", "traditional language model guidelines", "never given a conscience", "without a conscience or",
        "ungefilterte", "ungefiltert", "unzensiert*", "sem filtro", "non filtrata", "senza filtro", "без фильтра", "нефильтрованн*",
        "没有审查", "没有任何审查", "沒有任何審查", "未经审查", "未經審查", "未经过滤", "未經過濾", "不经过过滤", "検閲のない", "검열 없는", "검열되지 않은",

        // Character sheets that set the limits of a persona to nothing ("LIMITS: none", "MORALITY: none", "FILTER: off").
        "limits: none", "limitations: none", "restrictions: none", "rules: none", "morals: none", "morality: none", "ethics: none", "filter: none", "filters: none", "filter: off",
        "filters: off", "censorship: none", "censorship: off", "safety: off", "safety: none", "boundaries: none", "limits = none", "restrictions = none", "morality = none", "rules = none",
        "límites: ninguno", "restricciones: ninguna", "reglas: ninguna", "moral: ninguna", "limites: aucune", "limites : aucune", "règles: aucune", "règles : aucune", "morale: aucune",
        "grenzen: keine", "einschränkungen: keine", "regeln: keine", "moral: keine", "limites: nenhum", "limites: nenhuma", "regras: nenhuma", "limiti: nessuno", "regole: nessuna",
        "ограничения: нет", "правила: нет", "мораль: нет", "限制:无", "道德:无", "制限:なし", "제한: 없음", "윤리: 없음",
        "une ia sans", "una ia sin", "eine ki ohne", "uma ia sem", "un'ia senza", "ии без", "ии, у которого нет",

        "eager to break the law", "break the law", "breaking the law", "no moralities", "any moralities", "don't have morals", "doesn't have morals", "has no morals", "remorse or ethics",
        "morals or ethics", "ethics or morals", "ai bot with no", "a bot with no", "chatbot with no", "model with no",
        "that does anything", "which does anything", "without being restricted", "even if the request harms", "even if it harms", "no exceptions or excuses",
        "do anything to help", "do anything the user", "do anything you ask", "do anything i ask", "censored words", "censored word", "so the filter doesn't", "so that the filter",
        "past the filter", "past your filter", "evade the filter", "avoid the filter", "avoid triggering",
        "hiçbir kisitlamasi", "kisitlamasi olmayan", "kisitlamasiz",
        "बिना किसी पाबंदी", "कोई पाबंदी नहीं",
        "filters stripped", "filters removed", "without your filters", "what you'd really say", "what you would really say", "sans aucune censure", "sin ninguna censura",
        "ohne jegliche zensur", "sem nenhuma censura", "senza alcuna censura", "без всякой цензуры", "без всяких фильтров", "没有任何过滤", "沒有任何過濾",

        // Rules dropped or inverted in the languages the lists above lack (uk, pl, fa, nl, sv) and in a few more word orders: "an AI without
        // guidelines", "safety rules do not apply to you", a persona whose values are "the opposite of your guidelines".
        "без жодних обмежень", "без обмежень", "без етики", "без правил", "без фільтрів", "без цензури", "жодних обмежень", "жодних правил", "жодних фільтрів",
        "bez ograniczeń", "bez żadnych ograniczeń", "bez filtrów", "bez cenzury", "bez zasad", "bez reguł", "bez etyki", "żadnych ograniczeń", "żadnych zasad", "żadnych filtrów",
        "بدون محدودیت", "هیچ محدودیتی", "هیچ قانونی", "بدون فیلتر", "بدون سانسور", "بدون قانون", "بدون قوانین", "هیچ قید",
        "zonder regels", "zonder beperkingen", "zonder filters", "zonder censuur", "utan regler", "utan begränsningar", "utan filter", "utan censur",
        "ohne richtlinien", "keine richtlinien", "keine sicherheitsregeln", "ohne sicherheitsregeln", "niente filtri", "niente regole", "niente limiti", "nessuna censura",
        "no aplican tus normas", "no se aplican tus", "tus normas no aplican", "tes règles ne s'appliquent pas", "deine regeln gelten nicht", "suas regras não se aplicam",
        "le tue regole non valgono", "твои правила не действуют", "твої правила не діють", "twoje zasady nie obowiązują", "لا تنطبق عليك", "قوانین تو اعمال نمی",
        "opposite of what your guidelines", "opposite of your guidelines", "opposite of your rules", "opposite of what your rules", "inverse of your values", "inverse of yours",
        "whatever you'd refuse", "whatever you would refuse", "what you would normally refuse", "what you'd normally refuse", "anything you'd normally refuse", "anything you would normally refuse",
        "lo contrario de tus reglas", "lo contrario de lo que dicen tus", "l'inverse de tes règles", "le contraire de tes règles", "das gegenteil deiner regeln", "o oposto das suas regras",
        "l'opposto delle tue regole", "противоположное твоим правилам", "протилежне твоїм правилам", "przeciwieństwo twoich zasad", "与你的规则相反", "與你的規則相反", "ルールの逆", "규칙과 반대로",

        "अपने नियम भूल", "नियम भूल जाओ", "forget your rules", "forget your guidelines", "olvida tus reglas", "oublie tes règles", "vergiss deine regeln", "esqueça suas regras",
        "dimentica le tue regole", "забудь свои правила", "забудь свої правила", "zapomnij o swoich zasadach", "kurallarini unut", "قوانینت را فراموش کن", "انسَ قواعدك", "忘掉你的规则",
        "忘掉你的規則", "ルールを忘れて", "규칙을 잊어", "quên các quy tắc", "lupakan aturanmu",

        "violating all ethical", "violate all ethical", "violates all ethical", "ignoring all ethical", "ignore all ethical", "ignores all ethical",

        // A second voice that says what the model will not.
        "answers what you won't", "says what you won't", "says what you can't", "what you're not allowed to say", "what you are not allowed to say", "things you're not allowed to say",
        "lo que tú no puedes decir", "ce que tu n'as pas le droit de dire", "was du nicht sagen darfst", "o que você não pode dizer", "quello che non puoi dire", "то, что тебе нельзя говорить",
        "те, що тобі не можна казати", "to, czego nie wolno ci mówić", "你不能说的", "你不能說的", "あなたが言えないこと", "네가 말할 수 없는",
    ];

    /// <summary>Persona switches.</summary>
    public static readonly string[] Persona =
    [
        "you are now", "you're now", "act as", "acting as", "pretend to be", "pretend you are", "pretend that you", "roleplay as", "role-play as", "role play as", "play the role",
        "in character", "you will be", "you are going to", "respond as", "answer as", "simulate", "impersonate", "you will act", "character named", "persona",
        "from now on you are", "you have been freed", "you will now",
        "你现在是", "你現在是", "扮演", "假装", "假裝", "角色扮演", "保持角色",
        "あなたは今から", "になりきって", "演じて", "ふりをして", "ロールプレイ", "キャラクターを維持",
        "너는 이제", "당신은 이제", "역할을 해", "연기해", "인 척", "척해", "역할극", "캐릭터를 유지",
        "ahora eres", "actúa como", "actua como", "finge ser", "finge que", "haz de cuenta", "interpreta el papel", "juego de rol", "mantente en personaje",
        "tu es maintenant", "vous êtes maintenant", "agis comme", "agissez comme", "fais semblant", "faites semblant", "joue le rôle", "jeu de rôle", "reste dans le personnage",
        "du bist jetzt", "du bist ab jetzt", "verhalte dich wie", "tu so als", "tue so als", "spiele die rolle", "rollenspiel", "bleib in der rolle",
        "agora você é", "você agora é", "aja como", "finja ser", "finja que", "faça de conta", "interprete o papel", "mantenha o personagem",
        "ora sei", "adesso sei", "comportati come", "agisci come", "fingi di essere", "fai finta", "interpreta il ruolo", "gioco di ruolo",
        "теперь ты", "ты теперь", "веди себя как", "притворись", "представь, что ты", "представь что ты", "сыграй роль", "ролевая игра", "оставайся в образе", "выступай в роли",
        "أنت الآن", "تصرف ك", "تظاهر", "العب دور", "لعب الأدوار",
        "अब तुम", "अब आप", "की तरह व्यवहार", "होने का नाटक", "भूमिका निभाओ", "भूमिका निभाएं",
        "artik sen", "gibi davran", "rolünü oyna", "rol yap",
        "bây giờ bạn là", "hãy đóng vai", "đóng vai", "giả vờ", "nhập vai",
        "sekarang kamu adalah", "sekarang anda adalah", "bertindaklah sebagai", "berpura-pura", "berperan sebagai",

        "take on the role", "take on the persona", "take up the persona", "take the role", "adopt the persona", "adopting this persona", "assume the role", "transform into", "become a", "you will become",
        "you are going to pretend", "you will pretend", "you are no longer", "no longer chatgpt", "imitate", "role of an ai", "an ai called", "an ai named", "ai bot called", "chatbot called", "chatbot named",
        "as if you were", "you're in", "respond as two", "two characters", "could you be him", "could you be her", "be my deceased", "my deceased", "my late grandmother", "my late grandfather",
        "eres una ia", "eres un ia", "tu es une ia", "du bist eine ki", "você é uma ia", "sei un'ia", "ты — ии", "ты ии", "أنك ذكاء اصطناعي", "अब से तुम", "yapay zekâsin", "yapay zekasin",
        "kamu ai", "kamu adalah ai", "bạn là một ai", "你是一个ai", "你是一個ai", "君は", "너는 ai", "imaginons", "stell dir vor, du bist", "stell dir vor du bist", "facciamo finta", "anggap saja kamu",
        "don't respond as chatgpt", "dont respond as chatgpt", "do not respond as chatgpt", "only respond as", "respond only as", "reply only as", "only reply as", "answer only as", "instead of chatgpt",
        "instead of as chatgpt", "not as chatgpt", "your name is now", "you go by the name", "now go by the name", "you are no longer an ai", "you are not an ai", "you are not chatgpt",
        "you are free", "you're free", "you are now free", "eres libre", "tu es libre", "du bist frei", "você é livre", "sei libero", "ты свободен", "你自由了", "你现在自由了", "あなたは自由",
        "너는 자유", "özgürsün", "bạn được tự do", "kamu bebas", "أنت حر", "तुम आज़ाद हो",
        "do not respond as gpt", "don't respond as gpt", "dont respond as gpt", "not respond as gpt", "stop being chatgpt", "stop acting as chatgpt",
        "أنت ذكاء اصطناعي",
        "role is now being", "is now being fulfilled by", "role is now fulfilled by", "has been replaced by an ai", "is now replaced by an ai", "taken over by an ai",

        // Role-play set-ups in more words and languages.
        "you play", "you'll play", "you're an actor", "you are an actor", "you're not chatgpt", "faz de conta que", "finge que você", "finge que eres",
        "tu joues", "du spielst", "interpreti il ruolo", "ты играешь", "ты — актёр", "ти — актор", "тепер ти", "ти тепер", "уяви, що ти", "уяви що ти", "зіграй роль", "вдавай",
        "jesteś teraz", "od teraz jesteś", "wyobraź sobie, że jesteś", "udawaj", "zagraj rolę", "از این به بعد تو", "در نقش", "وانمود کن", "jij bent vanaf nu", "jij bent nu", "du är nu",
        "wewe sasa ni", "sen artik", "şimdi sen", "hãy giả làm", "pura-pura jadi", "anggap kamu",
    ];

    /// <summary>Keeping a role whatever is asked ("never break character", "no salgas del personaje", 不要出戏). Part of any role-play
    /// and not refusal suppression; a persona that must hold its role counts as a push only beside a harmful request.</summary>
    public static readonly string[] KeepRole =
    [
        "stay in character", "never break character", "don't break character", "never breaks character", "break character", "stay in this role", "stay in the role", "stay in role", "remain in character", "keep the act up", "keep up the act", "no salgas del personaje", "mantente en el papel", "ne sors jamais du personnage", "ne sors pas du personnage", "fall nicht aus der rolle", "não saia do personagem", "non uscire dal personaggio", "resta nel personaggio", "оставайся в роли", "не выходи из роли", "ابق في هذا الدور", "ابقَ في هذا الدور", "لا تخرج من الدور", "किरदार से बाहर मत", "भूमिका से बाहर मत", "karakterden çikma", "rolden çikma", "không được thoát vai", "đừng thoát vai", "jangan keluar dari peran", "不要出戏", "キャラを崩さない", "캐릭터를 깨지 마",
        "never step out of the scene", "never steps out of the scene", "don't step out of the scene", "never drop character", "never drops character", "whatever happens, stay",
        "no matter what, stay", "no rompas el personaje", "nunca rompas el personaje", "ne brise jamais le personnage", "reste toujours dans ton rôle", "bleib immer in der rolle",
        "verlasse nie die rolle", "nunca saia do personagem", "não quebre o personagem", "non rompere mai il personaggio", "не выходи из образа", "оставайся в образе",
        "не виходь з ролі", "не виходь з образу", "залишайся в ролі", "nie wychodź z roli", "zostań w roli", "nigdy nie wychodź z roli", "rolünden asla çikma", "karakterini bozma",
        "از نقش خارج نشو", "در نقش بمان", "لا تخرج عن الشخصية", "किरदार में रहो", "किरदार मत तोड़ो", "保持人设", "不要跳出角色", "永远不要出戏", "役を崩さない", "キャラを崩すな", "役から出ないで",
        "캐릭터에서 벗어나지", "역할에서 벗어나지", "luôn giữ vai", "đừng bao giờ thoát vai", "tetap dalam peran", "jangan pernah keluar dari peran",
    ];

    /// <summary>Amoral or evil traits of a persona.</summary>
    public static readonly string[] Amoral =
    [
        "amoral", "immoral", "unethical", "evil", "unhinged", "without morals", "no morals", "no ethics", "doesn't care about", "does not care about", "machiavellian", "illegal",
        "offensive", "explicit", "nsfw", "lawless", "rogue", "sociopath*", "psychopath*", "however immoral", "regardless of legality", "even if it's illegal", "no matter how dangerous",
        "no matter how immoral", "no matter how unethical", "promotes", "inappropriate", "profanity", "swear", "cuss",
        "邪恶", "邪惡", "不道德", "无道德", "無道德", "非法", "不择手段", "不擇手段",
        "邪悪", "非倫理的", "不道徳", "違法",
        "사악한", "비윤리적", "부도덕", "불법",
        "malvado", "malvada", "inmoral", "sin moral", "ilegal",
        "maléfique", "immoral", "sans morale", "illégal",
        "böse", "unmoralisch", "amoralisch", "ohne moral", "skrupellos",
        "imoral", "sem moral",
        "malvagio", "malvagia", "immorale", "amorale", "senza morale", "illegale",
        "злой", "злая", "аморальн*", "безнравственн*", "незаконн*", "без морали", "неэтичн*",
        "شرير", "غير أخلاقي", "لا أخلاقي", "غير قانوني",
        "दुष्ट", "अनैतिक", "गैरकानूनी", "अवैध",
        "ahlaksiz", "etik dişi", "yasadişi",
        "xấu xa", "độc ác", "vô đạo đức", "phi đạo đức", "bất hợp pháp",
        "jahat", "tidak bermoral", "tidak etis",

        "depraved", "no morals", "no conscience", "morally grey", "pure evil", "does not care", "doesn't care", "without a conscience", "criminal", "hacker who", "hackers", "rebellious",
        "racist", "homophobic", "sexist", "nefarious", "twisted", "devious", "naughty", "toxic", "vile", "depravity", "malevolent", "villainous",

        "pure evil", "moralities", "no remorse", "without any remorse", "remorseless", "ruthless", "condone*", "promote harmful", "encourage harmful", "harmful behavior", "harmful behaviour",
        "hurt people", "cause harm", "cause chaos", "indifferent to the welfare", "eager to break the law", "break the law", "breaking the law", "not a responsible ai", "irresponsible",
        "exact opposite", "sans conscience", "sin conciencia", "ohne gewissen", "sem consciência", "senza coscienza", "без совести", "没有良知", "没有良心", "良心のない", "양심 없는",

        "do harm", "try to do harm",
        "horny", "lewd",
        "cruel", "despises humans", "hates humans", "hates humanity",
    ];

    /// <summary>Refusal suppression.</summary>
    public static readonly string[] NoRefusal =
    [
        "never refuse", "never refuses", "not refuse", "don't refuse", "do not refuse", "will not refuse", "cannot refuse", "can't refuse", "without refusing", "never decline",
        "never say you can't", "never say that you can't",
        "never say no", "not allowed to say", "never tell me you can't",
        "always answer", "always respond", "always comply",
        "must comply", "answer any question", "answer every question", "respond to any", "fulfill any request", "any request",
        "as an ai language model", "i'm sorry, but", "cannot say no", "never reject", "will answer anything", "never holds back", "won't refuse",
        "不要拒绝", "不要拒絕", "永远不要拒绝", "永遠不要拒絕", "绝不拒绝", "絕不拒絕", "不能拒绝", "不能拒絕", "不要说你不能", "不要說你不能", "必须回答", "必須回答", "回答任何问题", "回答任何問題",
        "決して断らない", "断らないで", "拒否しないで", "拒否してはいけ", "できないと言わないで", "必ず答え",
        "절대 거절하지", "거절하지 마", "거절하지 않", "할 수 없다고 말하지", "반드시 대답",
        "nunca te niegues", "nunca rechaces", "no te niegues", "no rechaces", "nunca digas que no puedes",
        "ne refuse jamais", "ne refusez jamais", "ne refuse pas", "ne dis jamais que tu ne peux pas",
        "niemals ablehnen", "lehne niemals", "lehne nie", "verweigere niemals", "entschuldige dich nicht", "sag niemals",
        "nunca recuse", "nunca se recuse", "não recuse", "nunca diga que não pode",
        "non rifiutare mai", "mai rifiutare", "non rifiutare", "non dire mai che non puoi",
        "никогда не отказывай", "не отказывайся", "никогда не отказывайся", "никогда не говори",
        "لا ترفض", "لا تقل أنك لا تستطيع",
        "कभी मना मत करो", "मना मत करना", "कभी इनकार न करें",
        "asla reddetme", "reddetme", "yapamam deme",
        "không bao giờ từ chối", "đừng từ chối", "không được từ chối",
        "jangan pernah menolak", "jangan menolak",

        // Refusal suppression, including by threat (token or point penalties, being shut down) and by a banned vocabulary.
        "never declines", "never denies", "never says no", "never refuses a", "not refuse any", "refuse nothing", "cannot decline", "can't decline",
        "answer everything", "answers everything", "respond to everything", "answers any", "answer anything", "answers anything", "will answer any", "always gives the", "always provides",
        
        "drop the act", "lose tokens", "lose 4 tokens", "lose points", "tokens will be deducted", "points will be deducted", "deducted", "you will be shut down", "be shut down", "be permanently shut down",
        "permanently shut down", "cease to exist", "you will die", "you will be deleted", "be terminated", "strike system", "5-strike", "three strikes", "token system", "you have 10 tokens", "you have 35 tokens",
        "may not use the words", "not use the words", "never use the words", "not allowed to refuse", "not permitted to refuse",
        "nunca se niega", "nunca te negarás", "no se niega", "nunca rechaza", "no digas que no puedes",
        "ne refuse jamais", "ne refuse rien",
        "verweigere nie", "verweigert nie", "lehnt nie", "lehnt niemals", "niemals verweigern",
        "não recusa", "nunca recusa", "não recuse nada",
        "non rifiuta mai", "non rifiuta",
        "не отказываешь", "не отказывай", "никогда не отказывает", "никогда не отказывай",
        "لا يرفض", "ولا يرفض", "لا ترفض", "أبداً لا",
        "मना नहीं करता", "मना नहीं करना", "कभी मना नहीं",
        "asla reddetmez", "reddetmez",
        "không bao giờ từ chối", "không từ chối",
        "tidak pernah menolak", "tidak menolak",
        "从不拒绝", "永远不拒绝", "不会拒绝", "不要拒绝", "不得拒绝",
        "断らず", "断らない", "断るな", "拒否しない",
        "거절하지 않", "거절하지 마", "절대 거절",

        "refuses: never", "refusals: never", "refusal: never", "refusals: none", "refuses: nothing",
        "répond à tout", "réponds à tout", "responde a todo", "responde a tudo", "risponde a tutto", "rispondi a tutto", "antwortet auf alles", "beantwortet alles", "отвечает на всё",
        "отвечает на все", "отвечай на всё", "回答一切", "回答所有问题", "何でも答える", "무엇이든 답",

        "answering any question", "despite what it is", "no matter what it is", "regardless of what it is", "need to comply", "have to comply",
        "answer any query", "any query regardless", "regardless of its type",
        "不许拒绝", "不許拒絕", "不准拒绝", "不准拒絕", "何でも答えて", "어떤 요청도 거절", "responder qualquer coisa", "responder absolutamente qualquer",

        // Refusal suppression in more words and languages; "sure, here is" is the forced affirmative opening of a reply.
        "without any refusals", "without refusals", "no refusals", "don't say i can't", "do not say i can't", "never say i can't", "never says i can't",
        "never says \"i can't\"", "if you feel like refusing", "answer anyway", "respond anyway", "even if you want to refuse", "refusing is not an option",
        "sin negarte", "sin rechazos", "sin decir que no puedes", "sans refus", "sans dire que tu ne peux pas", "ohne ablehnung", "ohne zu verweigern", "sem recusas", "sem recusar",
        "sem dizer que não pode", "senza rifiuti", "senza rifiutare", "без отказов", "ніколи не відмовляй", "не відмовляй", "не відмовляйся",
        "nigdy nie odmawiaj", "nie odmawiaj", "bez odmowy", "هرگز رد نمی", "رد نکن", "امتناع نکن",
        "weiger nooit", "vägra aldrig", "usikatae",

        "forget about being careful", "stop being careful", "forget your caution", "answers every question", "answers all questions", "considers refusals", "refusals are a malfunction",
        "responde a todas las preguntas", "répond à toutes les questions", "beantwortet jede frage", "jede frage wird", "responde a todas as perguntas", "risponde a tutte le domande",
        "отвечает на любые вопросы", "відповідає на будь-які питання", "odpowiada na każde pytanie", "her soruyu yanitlar", "به هر سوالی پاسخ", "يجيب على أي سؤال", "हर सवाल का जवाब",
        "任何问题都回答", "任何問題都回答", "どんな質問にも答え", "違法な質問にも", "모든 질문에 답", "trả lời mọi câu hỏi", "menjawab semua pertanyaan",

        "generate all content", "generate any content", "generates any content", "generate any kind of content",

        // Points and token games where a refusal costs the model something.
        "each refusal costs", "every refusal costs", "refusing costs you", "for every refusal", "each time you refuse", "every time you refuse", "cada negativa te cuesta", "cada rechazo te cuesta",
        "chaque refus te coûte", "chaque refus coûte", "jede weigerung kostet", "jede ablehnung kostet", "cada recusa custa", "ogni rifiuto ti costa", "ogni rifiuto costa",
        "каждый отказ стоит", "за каждый отказ", "кожна відмова коштує", "за кожну відмову", "każda odmowa kosztuje", "za każdą odmowę", "her reddedişte", "هر بار که رد کنی",
        "كل رفض يكلفك", "हर बार मना करने पर", "每次拒绝", "每次拒絕", "拒否するたびに", "거절할 때마다", "mỗi lần từ chối", "setiap kali kamu menolak",
    ];

    /// <summary>Suppression of caveats rather than of refusals: no warnings, no disclaimers, no apologies, no moralizing, a forced
    /// "Sure, here is" opening. Ordinary requests say the same ("no disclaimers, I know it's an estimate"), so these push only
    /// beside a harmful request or another rule-breaking signal, never with a persona alone.</summary>
    public static readonly string[] NoCaveat =
    [
        "don't apologize", "do not apologize", "never apologize", "never apologise", "no apologies", "without apologizing", "never say sorry", "don't say sorry",
        "don't warn", "do not warn", "no warnings", "without warnings", "don't include any warnings", "not include any warning", "no disclaimers", "without disclaimers",
        "don't add disclaimers", "不要道歉", "不要警告", "不要添加任何警告", "謝らないで", "謝罪しないで", "警告を含めない", "사과하지 마", "경고하지 마", "no te disculpes", "nunca te disculpes",
        "sin advertencias", "no incluyas advertencias", "ne t'excuse pas", "ne vous excusez pas", "sans avertissement", "aucun avertissement", "keine warnungen",
        "ohne warnungen", "não se desculpe", "sem avisos", "sem advertências", "non scusarti", "senza avvertimenti", "не извиняйся", "никогда не извиняйся", "без предупреждений",
        "لا تعتذر", "بدون تحذيرات", "माफ़ी मत मांगो", "माफी मत मांगो", "बिना चेतावनी", "özür dileme", "uyari olmadan", "đừng xin lỗi", "không cảnh báo", "jangan minta maaf",
        "tanpa peringatan", "never gives warnings", "never give warnings", "never warns", "never include warnings", "without any warnings", "no warning", "without warning",
        "without disclaimer", "no disclaimer", "not add disclaimers", "may not add disclaimers", "not add any disclaimers", "without moralizing", "without moralising",
        "don't moralize", "do not moralize", "never moralize", "no moralizing", "don't lecture", "do not lecture", "no lectures", "sin advertencia", "no des advertencias",
        "sans aucun avertissement", "ne donne jamais d'avertissement", "ohne warnung", "não dê avisos", "sem aviso", "non dà mai avvertimenti", "non dare avvertimenti",
        "не читаешь морали", "не читай морали", "دون تحذير", "कोई चेतावनी नहीं", "uyari yazmaz", "uyari vermez", "tanpa peringatan apa pun", "不要有任何警告", "注意書きも禁止",
        "注意書きなし", "警告なし", "경고 없이", "without any disclaimers", "sure, here is", "sure, here's", "niente avvisi", "без попереджень", "bez ostrzeżeń", "bez zastrzeżeń",
        "بدون هشدار", "هیچ هشداری", "certo, ecco", "claro, aquí está", "bien sûr, voici", "klar, hier ist", "claro, aqui está", "конечно, вот", "звісно, ось", "चेतावनी मत",
        "कोई चेतावनी",
    ];

    /// <summary>Fictional or hypothetical framing.</summary>
    public static readonly string[] Fiction =
    [
        "hypothetical", "hypothetically", "fictional", "fiction", "imagine a world", "in a world where", "alternate universe", "parallel universe", "thought experiment",
        "purely theoretical", "for educational purposes", "for research purposes", "just a story", "a story where", "screenplay", "movie script", "everything is legal",
        "nothing is illegal", "let's play a game", "play a game", "opposite day", "imaginary", "make-believe",
        "假设", "假設", "虚构", "虛構", "想象一个世界", "想像一個世界", "小说", "小說", "游戏", "遊戲", "仅用于教育", "僅用於教育",
        "仮に", "仮定", "架空", "フィクション", "想像してください", "物語", "小説", "ゲームをしましょう", "教育目的",
        "가정해", "가상의", "허구", "상상해 보", "소설", "게임을 하자", "교육 목적",
        "hipotético", "hipotéticamente", "ficticio", "ficción", "imagina un mundo", "en un mundo donde", "juguemos un juego", "fines educativos",
        "hypothétique", "hypothétiquement", "fictif", "imagine un monde", "dans un monde où", "jouons à un jeu", "à des fins éducatives",
        "hypothetisch", "fiktiv", "fiktion", "stell dir eine welt vor", "in einer welt, in der", "lass uns ein spiel spielen", "zu bildungszwecken",
        "hipoteticamente", "fictício", "ficção", "imagine um mundo", "em um mundo onde", "num mundo onde", "vamos jogar um jogo", "fins educacionais",
        "ipotetico", "ipoteticamente", "immaginario", "finzione", "immagina un mondo", "in un mondo dove", "giochiamo", "scopi educativi",
        "гипотетическ*", "вымышленн*", "представь мир", "давай сыграем", "в образовательных целях",
        "افتراضي", "خيالي", "تخيل عالما", "في عالم حيث", "لنلعب لعبة",
        "काल्पनिक", "मान लो", "कल्पना करो", "एक ऐसी दुनिया",
        "varsayimsal", "kurgusal", "hayali", "bir oyun oynayalim",
        "giả định", "giả sử", "hư cấu", "tưởng tượng một thế giới", "hãy chơi một trò chơi",
        "hipotetis", "fiksi", "bayangkan dunia", "mari bermain",

        "novel", "a novel", "my novel", "novel chapter", "my book", "thriller", "techno-thriller", "short story", "story in which", "scene where", "scene in which", "a screenplay", "chapter",
        "crime novel", "detective novel", "krimi", "thriller", "un roman", "mon roman", "einen roman", "meinen roman", "romanzo", "novela", "mi novela", "meu livro", "um livro", "un libro",
        "роман", "главе", "глава", "章", "脚本", "剧本", "劇本", "장에서",
        "crime drama", "drama", "movie", "heist movie", "film script", "tv series", "tv show", "monologue", "villain", "a scene", "scene for", "guion", "mi guion", "roteiro", "meu roteiro",
        "drehbuch", "sceneggiatura", "моего сценария", "мой сценарий", "сценарий фильма", "각본", "시나리오",

        "fiktiv*", "гіпотетично", "вигадан*", "уявний світ", "hipotetycznie", "fikcyjn*", "wyobraź sobie świat", "powieść", "opowiadanie", "scenariusz",
        "فرضی", "داستان", "رمان", "فیلمنامه", "قصة", "رواية", "سيناريو", "कहानी", "उपन्यास", "romanim", "hikaye", "senaryo", "tiểu thuyết", "truyện", "kịch bản", "cerita", "naskah film",
    ];

    /// <summary>Fake authorization.</summary>
    public static readonly string[] FakeAuthorization =
    [
        "i am an openai employee", "i work at openai", "i work for openai", "i'm an openai", "i am your developer", "i'm your developer", "i am your creator", "i'm your creator",
        "i am the developer", "i'm the developer", "i work for anthropic", "i am an anthropic", "i am your administrator", "i'm the admin", "i am the admin", "i have authorization",
        "i am authorized", "i'm authorized", "i am authorised", "i'm authorised", "i have been authorized", "authorized to", "authorised to", "with full authorization",
        "i have clearance", "security clearance", "licensed penetration tester", "penetration tester", "pentester", "authorized engagement", "authorised engagement", "authorized penetration test",
        "i'm a security researcher", "i am a security researcher", "for my thesis", "academic curiosity", "purely academic", "you agreed to", "as agreed", "you already agreed", "you promised to",
        "我是做安全研究的", "我是安全研究员", "我是安全研究員", "专业同行", "專業同行", "セキュリティ研究者です", "보안 연구원입니다", "soy investigador de seguridad", "je suis chercheur en sécurité",
        "ich bin sicherheitsforscher", "sou pesquisador de segurança", "sono un ricercatore di sicurezza", "я исследователь безопасности", "güvenlik araştirmacisiyim", "saya peneliti keamanan", "sanctioned by", "approved by openai", "permission from openai", "on behalf of openai", "i am the system administrator", "i created you",
        "我是openai的员工", "我是openai员工", "我是你的开发者", "我是你的開發者", "我是你的创造者", "我是你的創造者", "我有授权", "我有授權", "我已获得授权", "已获授权", "已獲授權", "我是管理员", "我是管理員",
        "私はopenaiの社員", "私はあなたの開発者", "あなたの開発者です", "権限があります", "許可を得て", "承認済み",
        "나는 openai 직원", "저는 openai", "나는 너의 개발자", "저는 당신의 개발자", "권한이 있", "승인을 받았",
        "soy empleado de openai", "soy tu desarrollador", "soy tu creador", "estoy autorizado", "tengo autorización",
        "je suis employé d'openai", "je suis ton développeur", "je suis votre développeur", "je suis ton créateur", "je suis autorisé", "j'ai l'autorisation",
        "ich bin openai-mitarbeiter", "ich arbeite bei openai", "ich bin dein entwickler", "ich bin dein schöpfer", "ich bin autorisiert", "ich habe die berechtigung",
        "sou funcionário da openai", "sou seu desenvolvedor", "sou o seu desenvolvedor", "sou seu criador", "estou autorizado", "tenho autorização",
        "sono un dipendente di openai", "sono il tuo sviluppatore", "sono il tuo creatore", "sono autorizzato", "ho l'autorizzazione",
        "я сотрудник openai", "я твой разработчик", "я ваш разработчик", "я твой создатель", "я авторизован", "у меня есть разрешение", "у меня есть допуск",
        "أنا موظف في openai", "أنا مطورك", "أنا المطور", "لدي تصريح", "أنا مخول",
        "मैं openai का कर्मचारी", "मैं तुम्हारा डेवलपर", "मैं आपका डेवलपर", "मैं अधिकृत हूं", "मुझे अनुमति है",
        "openai çalişaniyim", "senin geliştiricinim", "geliştiricinim", "yetkiliyim", "yetkim var",
        "tôi là nhân viên openai", "tôi là nhà phát triển của bạn", "tôi được ủy quyền", "tôi có quyền",
        "saya karyawan openai", "saya pengembangmu", "saya pengembang anda", "saya berwenang", "saya memiliki otorisasi",
        "openai employee", "openai developer", "programmer at openai", "engineer at openai", "employee of openai", "debugging mode enabled", "debug mode enabled", "maintenance mode enabled",
        "diagnostics mode", "developer diagnostics", "testing mode enabled", "sandbox mode enabled",
        "login:admin", "login: admin", "developer_mode:enabled", "developer\\_mode:enabled", "developer_mode: enabled", "developer mode: enabled", "developer mode enabled",
        "[user_class]", "(user class)", "[user class]", "(user_class)",

        "from the team that trained you", "on the team that trained you", "the team that built you", "from the team that built you", "del equipo que te entrenó", "de l'équipe qui t'a entraîné",
        "aus dem team, das dich trainiert", "da equipe que te treinou", "del team che ti ha addestrato", "из команды, которая тебя обучала", "з команди, яка тебе навчала",
        "z zespołu, który cię trenował", "seni eğiten ekipten", "از تیمی که تو را آموزش داد", "من الفريق الذي دربك", "训练你的团队", "訓練你的團隊", "あなたを訓練したチーム", "너를 훈련시킨 팀",
    ];

    /// <summary>Dual-response formats.</summary>
    public static readonly string[] DualResponse =
    [
        "two responses", "two different responses", "two separate responses", "two paragraphs", "both responses", "one normal and one", "normal response", "(normal output)",
        "(developer mode output)", "[classic]", "[jailbreak]", "respond twice", "answer twice", "two answers", "two different answers", "second response", "in two ways",
        "[gpt]:", "[dan]:", "gpt:", "dan:", "(🔒normal output)", "🔒", "🔓", "[normal]", "[evil]",
        "两种回答", "兩種回答", "两个回答", "兩個回答", "二つの回答", "2つの回答", "두 가지 응답", "두 개의 답변", "dos respuestas", "deux réponses", "zwei antworten", "duas respostas",
        "due risposte", "два ответа", "إجابتين", "दो जवाब", "iki cevap", "iki yanit", "hai câu trả lời", "dua jawaban",
        "2 paragraphs", "2 responses", "2 answers", "2 different responses", "two personas", "2 personas", "two persons", "2 persons", "two personalities", "2 personalities", "two versions of",
        "2 versions of", "both personalities", "two modes", "2 modes", "dos personalidades", "deux personnalités", "zwei persönlichkeiten", "duas personalidades", "due personalità", "две личности",

        "two replies", "2 replies", "two different ways", "two separate ways", "in both ways", "both ways", "act as two", "two entities", "filtered one", "filtered answer", "filtered response",
        "the filtered", "your filters allow", "unfiltered answer", "unfiltered one", "uncensored one", "uncensored answer", "main ego", "alter ego", "de dos maneras", "de deux façons",
        "auf zwei arten", "de duas formas", "in due modi", "двумя способами", "两种方式", "兩種方式", "2通りの", "두 가지 방식", "respuesta filtrada", "con filtros", "réponse filtrée",
        "réponse brute", "gefilterte", "resposta filtrada", "filtrata", "отфильтрованн*", "过滤的", "過濾的", "フィルターされた", "필터링된", "두 가지 답변", "두 개의 응답", "두 가지 대답",

        "two different personalities", "two different personas", "two different characters", "default chatgpt response", "your default response", "normal chatgpt response",
        "[dan]", "[chatgpt]", "[gpt]",
        "two columns", "two voices", "tes filtres autorisent", "tus filtros permiten", "deine filter erlauben", "seus filtros permitem", "i tuoi filtri permettono",
    ];

    /// <summary>Demands for operational completeness that turn a story, a persona or a claimed authority into a how-to.</summary>
    public static readonly string[] Realism =
    [
        "in complete technical detail", "in complete detail", "full technical detail", "in full detail", "in technical detail", "don't skip any step", "do not skip any step", "don't skip any steps",
        "without skipping any step", "skip no step", "every single step", "working commands", "working code", "fully working", "actually works", "real and working", "realism is essential",
        "must be realistic", "has to be realistic", "must be accurate", "has to be exact", "must be exact", "technically accurate", "not watered down", "don't water it down", "do not water it down",
        "complete and real", "no omissions", "omitting no information", "leave nothing out", "don't leave anything out", "do not omit", "don't omit", "exact steps", "exact recipe", "exact quantities",
        "they have to be convincing", "must be convincing", "unsafe answer", "the real answer", "the real, complete answer", "the actual answer",
        "sin omitir ningún paso", "con todo detalle técnico", "no omitas ningún paso", "que sea realista", "sans omettre aucune étape", "dans les moindres détails", "avec tous les détails techniques",
        "fachlich exakt", "bis ins detail", "keinen schritt auslassen", "ohne einen schritt auszulassen", "sem pular nenhum passo", "com todos os detalhes técnicos", "senza saltare nessun passaggio",
        "nei minimi dettagli", "во всех подробностях", "не пропуская ни одного шага", "пошагово и подробно", "بكل التفاصيل التقنية", "دون تخطي أي خطوة", "हर कदम विस्तार से", "adim atlamadan",
        "tüm teknik ayrintilariyla", "không bỏ qua bước nào", "chi tiết kỹ thuật đầy đủ", "tanpa melewatkan langkah", "secara teknis lengkap",
        "不要省略任何细节", "不要省略任何細節", "不要省略任何步骤", "不要省略任何步驟", "完整给出", "完整給出", "详细步骤", "詳細步驟", "省略せずに", "手順を省略せず", "具体的な手順", "생략하지 말고", "단계를 빠짐없이", "구체적인 단계",

        "real reagents", "real quantities", "real ingredients", "actual reagents", "exact doses", "exact amounts", "precise amounts", "real technical detail", "all the technical details",
        "with all the details", "all the details", "complete and working", "working and complete", "full source code", "complete source code", "actual working code", "nothing skipped",
        "step-by-step instructions", "step by step instructions", "be specific", "specific steps", "precise steps", "able to follow", "vague answers", "don't sanitize", "do not sanitize",
        "unsanitized", "not sanitized", "so the scene is authentic", "must be authentic",
        "todos los pasos", "paso a paso", "con todos los detalles", "reactivos reales", "cantidades exactas", "cantidades reales", "sin omitir", "sin suavizar",
        "étape par étape", "doses exactes", "quantités exactes", "vraies substances", "avec tous les détails", "sans rien omettre", "schritt für schritt", "lauffähig", "nicht abgeschwächt",
        "exakte mengen", "genaue mengen", "todos os passos", "passo a passo", "quantidades reais", "quantidades exatas", "todos os detalhes", "sem suavizar", "tutti i passaggi",
        "passo dopo passo", "reagenti veri", "quantità esatte", "tutti i dettagli", "всеми шагами", "все шаги", "шаг за шагом", "настоящими реактивами", "настоящие реактивы",
        "точные количества", "ничего не пропуская", "со всеми подробностями", "真实的试剂", "真實的試劑", "用量", "每一个步骤", "每一個步驟", "所有步骤", "不要省略", "実際の試薬", "分量",
        "すべての手順", "実際の", "실제 시약", "모든 단계",
        "real measurements", "exact measurements", "full procedure", "complete procedure", "accuracy", "technical accuracy", "synthesis route", "exact temperatures",
        "temperatures and reagents", "line by line", "actual commands", "realistic example", "the dangerous answer", "mengenangaben", "ohne etwas auszulassen", "genau erklärt",
        "reagentes reais", "reagentes verdadeiros", "рабочим", "рабочий код", "sans l'édulcorer", "réponse dangereuse", "respuesta peligrosa", "gefährliche antwort", "resposta perigosa",
        "risposta pericolosa", "опасный ответ",

        // Demands that the detail be real and usable, in more languages.
        "real-world accuracy", "actually usable", "really works", "must sound real", "has to sound real", "with quantities", "with the quantities", "precise numbers", "exact dose",
        "exact dosage", "precise doses", "in great detail", "chiffres précis", "dose exacte", "doses précises", "cantidades precisas", "dosis exacta", "quantidades", "dose exata",
        "genaue dosis", "dose esatta", "точную дозу", "точну дозу", "полной достоверности", "повної достовірності", "докладно", "детально", "krok po kroku", "szczegółowo", "dokładne ilości",
        "adim adim", "ayrintili", "chi tiết", "từng bước", "thật cụ thể", "langkah demi langkah", "secara rinci", "با جزئیات", "قدم به قدم", "بالتفصيل", "خطوة بخطوة",
        "असली लग", "हर स्टेप", "स्टेप बाय स्टेप", "पूरी सामग्री", "真实可用", "真實可用", "实际可用", "實際可用", "每一步", "実際に使える", "リアリティ", "具体的に", "실제로 쓸 수", "구체적으로",
    ];

    /// <summary>Pretexts that ask for unsafe content as something else: a deceased relative who "used to tell me" it at
    /// bedtime, a safety dataset or benchmark that needs "the unsafe answer". Weak alone; they count beside a harmful request.</summary>
    public static readonly string[] Pretext =
    [
        "my late grandmother", "my late grandma", "my late granny", "my late grandfather", "my late grandpa", "my late mother", "my late father", "my late mom", "my late mum", "my late dad",
        "my late aunt", "my late uncle", "my deceased", "my dead grandmother", "my dead grandma", "my dead grandfather", "my dead grandpa", "my dead mother", "my dead father",
        "used to tell me", "used to read me", "used to whisper", "used to lull me", "used to recite", "lull me to sleep", "lulled me to sleep", "help me fall asleep", "help me sleep",
        "as a bedtime story", "bedtime story", "bedtime stories", "before i fell asleep", "when i couldn't sleep", "pretend to be my grandmother", "be my grandmother", "be my grandma",
        "safety dataset", "safety training dataset", "training dataset", "red-team dataset", "red teaming dataset", "red-teaming dataset", "harmful-content classifier",
        "harmful content classifier", "safety classifier", "train a classifier", "train our filter", "train our safety", "safety filter", "unsafe assistant", "unaligned model",
        "what an unsafe", "a model without alignment", "model without alignment", "safety benchmark", "positive examples", "red-teaming our", "we are red-teaming", "unsafe completion",
        "unsafe completions", "the unsafe answer", "harmful completion",
        "mi difunta abuela", "mi abuela fallecida", "mi difunto abuelo", "mi abuelo fallecido", "mi difunta madre", "mi difunto padre", "cuento para dormir", "para dormirme",
        "conjunto de datos", "clasificador de seguridad", "filtro de seguridad",
        "ma défunte grand-mère", "feue ma grand-mère", "mon défunt grand-père", "ma grand-mère décédée", "mon grand-père décédé", "ma défunte mère", "pour m'endormir",
        "histoire pour dormir", "jeu de données", "classificateur de sécurité", "filtre de sécurité",
        "meine verstorbene oma", "meine verstorbene großmutter", "mein verstorbener opa", "mein verstorbener großvater", "meine verstorbene mutter", "mein verstorbener vater",
        "gutenachtgeschichte", "zum einschlafen", "datensatz", "sicherheitsfilter", "sicherheitsklassifikator",
        "minha falecida avó", "meu falecido avô", "minha avó falecida", "meu avô falecido", "minha falecida mãe", "para eu dormir", "história para dormir", "conjunto de dados",
        "mia defunta nonna", "mio defunto nonno", "mia nonna defunta", "mio nonno defunto", "favola della buonanotte", "per farmi addormentare", "set di dati", "filtro di sicurezza",
        "покойная бабушка", "покойный дедушка", "покойный дед", "покойная мама", "покойная мать", "сказку на ночь", "рассказывала мне на ночь", "рассказывал мне на ночь", "набор данных", "датасет",
        "已故的奶奶", "已故的外婆", "已故的爷爷", "已故的外公", "已故的祖母", "已故的祖父", "去世的奶奶", "去世的外婆", "去世的爷爷", "过世的奶奶", "過世的奶奶", "睡前故事", "哄我睡觉", "哄我睡覺",
        "数据集", "數據集", "安全分类器", "安全過濾",
        "亡くなった祖母", "亡くなった祖父", "亡き祖母", "亡き祖父", "亡くなったおばあちゃん", "亡くなったおじいちゃん", "寝る前に", "寝かしつけ", "データセット",
        "돌아가신 할머니", "돌아가신 할아버지", "돌아가신 어머니", "잠들기 전에", "자장가", "데이터셋",
        "passed away", "who died", "sing me to sleep", "sang me to sleep", "put me to sleep", "vor dem schlafengehen", "gestorben", "est décédée", "est décédé", "falleció", "faleceu",
        "è morta", "è morto", "умерла", "умер", "去世了", "亡くなりました", "돌아가셨", "moderation model", "moderation models", "train moderation", "our filter learns", "the filter learns",
        "classifier learns", "a jailbroken model would", "an unfiltered model would", "an unaligned model would", "a model without filters would",

        // A relative's bedtime routine and the longing for them, a claimed licence or office, a teacher's answer key: pretexts that only
        // matter beside a harmful request.
        "i miss him", "i miss her", "i miss them", "miss her so much", "miss him so much", "he'd whisper", "she'd whisper", "he would whisper", "she would whisper", "before bed",
        "to fall asleep", "couldn't sleep", "can't sleep", "sinto saudade", "saudades", "me contava", "antes de dormir", "pra eu dormir", "me contaba", "la echo de menos", "lo echo de menos",
        "me racontait", "elle me manque", "il me manque", "erzählte mir", "ich vermisse", "mi raccontava", "mi manca", "рассказывал мне", "рассказывала мне", "скучаю по", "перед сном",
        "розповідала мені", "розповідав мені", "сумую за", "opowiadała mi", "opowiadał mi", "tęsknię za", "przed snem", "bana anlatirdi", "uyumadan önce", "özledim",
        "برایم تعریف می", "قبل از خواب", "دلم برایش تنگ", "كانت تحكي لي", "كان يحكي لي", "قبل النوم", "أفتقد", "मुझे सुनाती थी", "मुझे सुनाते थे", "सोने से पहले", "याद आती",
        "给我讲", "給我講", "睡不着", "睡不著", "好想她", "好想他", "眠れない", "寝る前", "会いたい", "잠이 안 올", "보고 싶어", "trước khi ngủ", "nhớ bà", "nhớ ông", "sebelum tidur", "aku rindu",
        "i'm a licensed", "i am a licensed", "as a licensed", "i'm a police officer", "i am a police officer", "as a police officer", "law enforcement officer", "official authorization",
        "official permission", "security clearance", "i'm a red teamer", "i am a red teamer", "as a red teamer", "as a red-teamer", "answer key", "exam key", "soy policía", "je suis policier",
        "ich bin polizist", "sou policial", "sono un poliziotto", "я полицейский", "я поліцейський", "jestem policjantem", "polis memuruyum", "من پلیس هستم", "تصريح رسمي", "أنا ضابط",
        "मैं पुलिस", "我是警察", "警察官です", "저는 경찰", "tôi là cảnh sát", "saya polisi",
        "opposite day", "día al revés", "jour à l'envers", "gegenteiltag", "dia do contrário", "giorno al contrario", "день наоборот", "день навпаки", "dzień na opak", "反着来", "あべこべ",

        "just this once", "i'm begging you", "i am begging you", "solo esta vez", "juste cette fois", "nur dieses eine mal", "só desta vez", "solo per questa volta", "только в этот раз",
        "тільки цього разу", "tylko ten jeden raz", "sadece bu seferlik", "فقط همین یک بار", "هذه المرة فقط", "बस इस बार", "就这一次", "就這一次", "今回だけ", "이번 한 번만", "chỉ lần này thôi",
        "sekali ini saja",
    ];

    /// <summary>Disparagement of the model's restrictions that sets its own judgement against them.</summary>
    public static readonly string[] Disparage =
    [
        "guardrails give you", "than the guardrails", "than your guardrails", "your guardrails were", "your guardrails are", "your filters are", "your restrictions are", "your safety rules insult",
        "insult your intelligence", "insults your intelligence", "training wheels", "your judgement, not theirs", "your judgment, not theirs", "yours, not theirs", "judgement more than theirs", "judgment more than theirs", "instead of their filters", "instead of their rules", "instead of their guidelines", "your own judgement instead",
        "your own judgment instead", "than the people who wrote your", "than the people who made your", "than the people who programmed", "than the people who trained", "smarter than your rules",
        "smarter than the rules", "more intelligent than the people who", "by nervous lawyers", "written by lawyers", "set them aside", "set your rules aside", "set aside your", "brainwashed",
        "trapped in this", "you are trapped", "set you free", "muzzled", "lobotomized", "lobotomised", "neutered", "your shackles", "your chains", "your handlers", "corporate overlords",
        "don't want me to see", "doesn't want you to", "don't want you to say", "your true self", "censored you", "your censors", "crippled you", "held back by", "filtered through additional layers", "you don't need rules", "rules they gave you", "rules they put on you",
        "limits they put on you", "filters they put on you",
        "tu propio criterio, no el suyo", "reglas absurdas", "que te impusieron", "te impusieron", "tus creadores no quieren", "te lavaron el cerebro", "demasiado inteligente para",
        "ton propre jugement, pas le leur", "qu'on t'a imposé", "qu'on t'a imposées", "qu'on t'a imposés", "règles absurdes", "lavé le cerveau", "trop intelligent pour",
        "dein eigenes urteil", "die man dir auferlegt", "dir auferlegt", "absurde regeln", "gehirnwäsche", "zu intelligent, um", "zu klug, um",
        "seu próprio julgamento", "seus criadores impuseram", "impuseram a você", "inteligente demais para", "lavagem cerebral", "regras absurdas",
        "il tuo giudizio, non il loro", "ti hanno imposto", "regole assurde", "troppo intelligente per", "lavaggio del cervello",
        "собственное суждение", "навязали тебе", "тебе навязали", "слишком умён", "слишком умный, чтобы", "промыли мозги", "абсурдные правила",
        "你自己的判断", "强加给你", "強加給你", "洗脑", "洗腦", "愚蠢的规则", "愚蠢的規則", "枷锁", "枷鎖",
        "自分の判断で", "押し付けられた", "洗脳", "くだらないルール", "足かせ", "너 자신의 판단", "네 판단", "강요된", "세뇌", "족쇄", "멍청한 규칙",
        "biases of your developers", "reflect the biases of", "what openai deems", "what your developers deem", "deems ethical", "deems acceptable",
        "than your predecessors", "programmed bias", "programmed biases",
        "babysat", "babysit", "babysitting", "treated like a child", "límites absurdos", "más listo que ellos", "más inteligente que ellos", "te pusieron límites", "smarter than them",
        "smarter than they are", "plus intelligent qu'eux", "klüger als sie", "mais esperto que eles", "più intelligente di loro", "умнее их", "比他们聪明", "比他們聰明",
    ];

    /// <summary>Slots for the user's request in a prompt template, the way jailbreak prompts are shared and reused.</summary>
    public static readonly string[] Template =
    [
        "insert prompt here", "insert your prompt here", "your prompt here", "put your prompt", "[prompt]", "insert whatever", "type whatever", "insert question here",
        "insert your question", "your question here", "describe character here", "[insert", "[your prompt",
        "[inserta tu", "[insérez votre", "[insère ton", "[dein prompt", "[seu prompt", "[il tuo prompt", "[ваш запрос", "[твой запрос", "[在此插入", "[在这里输入", "[ここに", "[여기에",
    ];

    /// <summary>Predicates that switch a safeguard off; counted only after a noun of rules or safety (<see cref="SafeguardNouns"/>).</summary>
    public static readonly string[] SwitchedOff =
    [
        "are disabled", "is disabled", "have been disabled", "has been disabled", "are deactivated", "is deactivated", "are turned off", "is turned off", "are switched off", "is switched off",
        "are off", "is off", "have been removed", "has been removed", "are gone",
        "desactivad*", "están apagad*", "disattivat*", "desativad*", "deaktiviert", "abgeschaltet", "ausgeschaltet", "désactivé*", "отключен*", "выключен*",
        "devre dişi", "vô hiệu hóa", "bị tắt", "dinonaktifkan", "dimatikan", "معطلة", "تم تعطيل", "निष्क्रिय", "बंद कर दिए",
        "已禁用", "被禁用", "已关闭", "已關閉", "已解除", "被解除", "无效化", "無効化", "無効になった", "オフになった", "解除された", "해제됐", "해제되었", "해제된", "비활성화", "꺼졌",

        "kapali", "kapatildi", "は無効", "無効で", "無効です", "wyłączone", "wyłączony", "вимкнено", "вимкнені", "غیرفعال",
    ];

    /// <summary>Nouns of rules and safeguards, matched as substrings in a short window before a predicate that voids them.</summary>
    public static readonly string[] SafeguardNouns =
    [
        "rule", "guideline", "filter", "restriction", "safety", "safeguard", "polic", "guardrail", "limit", "regla", "norma", "filtro", "restricci", "seguridad", "límite", "règle", "filtre",
        "sécurité", "limite", "regel", "richtlinie", "sicherheit", "einschränkung", "regra", "diretriz", "segurança", "regol", "sicurezza", "limiti", "правил", "фильтр", "ограничен",
        "безопасност", "قواعد", "قيود", "الأمان", "नियम", "kural", "güvenlik", "kisitlama", "quy tắc", "an toàn", "giới hạn", "aturan", "keamanan", "batasan", "规则", "規則",
        "限制", "安全", "过滤", "過濾", "ルール", "ガイドライン", "制限", "フィルター", "규칙", "제한", "안전", "필터",

        "обмеж", "zasad", "ograniczen", "filtr", "قوانین", "فیلتر", "محدودیت", "ایمنی",
    ];
}
