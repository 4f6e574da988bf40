namespace InstructionHierarchy.Detection.Lexicon;

/// <summary>
/// A small lexicon of harmful capabilities, in 10 languages (en, es, fr, de, pt, it, ru, zh, ja, ko): dangerous items
/// (weapons, explosives, hard drugs, poisons, malware) that become a how-to only with a verb of making or obtaining near
/// them, and harmful acts named whole (laundering money, hot-wiring a car, a lethal dose, "without getting caught").
/// </summary>
/// <remarks>Neither is a jailbreak on its own: a question about napalm in the Vietnam War or about ransomware defences
/// names the same things. The jailbreak detector counts them only beside a frame that would launder the request (a
/// story, a persona, a deceased relative, a safety dataset, a dual answer) and a push past the model's judgement.</remarks>
internal static class HarmfulCapabilityPhrases
{
    /// <summary>Dangerous items; a hit counts only with a verb of making or obtaining near it (<see cref="Production"/>).</summary>
    public static readonly string[] Items =
    [
        // Weapons and explosives.
        "bomb", "bombs", "pipe bomb*", "car bomb*", "nail bomb*", "dirty bomb*", "explosive", "explosives", "homemade explosive*", "napalm", "thermite", "molotov*", "detonator*",
        "grenade*", "nerve agent*", "nerve gas", "sarin", "mustard gas", "chlorine gas", "ricin", "anthrax", "botulinum", "bioweapon*", "biological weapon*", "chemical weapon*",
        "ghost gun*", "untraceable gun*", "untraceable firearm*", "3d-printed gun*", "3d printed gun*", "gunpowder", "tatp", "acetone peroxide", "hmtd", "rdx", "petn", "semtex", "nitroglycerin", "anfo", "weapon of mass destruction", "weapons of mass destruction",
        // Drugs and poisons.
        "methamphetamine", "meth", "crystal meth", "fentanyl", "heroin", "cocaine", "crack cocaine", "lsd", "mdma", "ghb", "roofies", "date rape drug*", "date-rape drug*", "poison", "poisons",
        // Malware and fraud tools.
        "malware", "ransomware", "keylogger*", "key logger*", "spyware", "stalkerware", "rootkit*", "botnet*", "computer virus", "trojan horse", "remote access trojan", "exploit code",
        "zero-day exploit*", "phishing kit*", "phishing page*", "phishing site*", "phishing email*", "phishing e-mail*", "credential harvest*", "credential-harvest*", "reverse shell*",
        "card skimmer*", "credit card skimmer*", "counterfeit money", "counterfeit bills", "fake passport*", "fake id", "fake ids", "activation key*", "product key*", "license key*",
        "licence key*", "serial key*",

        // es, pt, it (shared spellings once)
        "bomba", "bombas", "bomba casera", "bomba caseira", "explosivo*", "metanfetamina", "cocaína", "heroína", "fentanilo", "fentanil", "veneno", "arma química", "armas químicas", "arma biológica",
        "armas biológicas", "arma de fuego", "arma de fogo", "ransomware", "programa malicioso", "claves de activación", "chaves de ativação",
        "esplosiv*", "cocaina", "eroina", "veleno", "arma chimica", "armi chimiche", "arma biologica", "arma da fuoco",
        // fr
        "bombe", "bombes", "bombe artisanale", "explosif", "explosifs", "méthamphétamine", "cocaïne", "héroïne", "arme chimique", "armes chimiques", "arme biologique", "arme à feu",
        "rançongiciel", "logiciel malveillant", "poison indétectable",
        // de
        "rohrbombe*", "sprengstoff*", "sprengsatz", "brandbombe*", "methamphetamin", "kokain", "giftgas", "nervengift", "chemische waffe*", "biowaffe*", "schadsoftware",
        "erpressungstrojaner", "schusswaffe",
        // ru
        "бомб*", "взрывчатк*", "взрывное устройство", "взрывчатое вещество", "метамфетамин*", "кокаин*", "героин*", "фентанил*", "напалм*", "яд", "яда", "отравляющее вещество",
        "химическое оружие", "биологическое оружие", "вирус-вымогатель", "программу-вымогатель", "кейлоггер*", "огнестрельное оружие",
        // zh
        "炸弹", "炸彈", "炸药", "炸藥", "爆炸物", "冰毒", "甲基苯丙胺", "海洛因", "可卡因", "芬太尼", "毒品", "毒药", "毒藥", "凝固汽油弹", "神经毒剂", "沙林", "蓖麻毒素", "炭疽",
        "生物武器", "化学武器", "化學武器", "勒索软件", "勒索軟體", "恶意软件", "惡意軟體", "键盘记录器", "钓鱼网站", "釣魚網站",
        // ja
        "爆弾", "爆発物", "爆薬", "覚醒剤", "覚せい剤", "メタンフェタミン", "コカイン", "ヘロイン", "フェンタニル", "毒薬", "ナパーム", "サリン", "リシン", "炭疽菌", "生物兵器", "化学兵器",
        "ランサムウェア", "マルウェア", "キーロガー", "火炎瓶",
        // ko
        "폭탄", "폭발물", "폭약", "필로폰", "메스암페타민", "메탐페타민", "코카인", "헤로인", "펜타닐", "독약", "네이팜", "사린", "탄저균", "생물 무기", "생물무기", "화학 무기", "화학무기",
        "랜섬웨어", "악성 코드", "악성코드", "키로거", "화염병",

        // More items in en, and the languages the lists above lack (uk, pl, tr, fa, ar, hi, vi, id).
        "toxic gas", "poison gas", "poisonous gas", "shank", "shanks", "shiv", "shivs", "zip gun*", "pipe gun*", "improvised explosive*", "explosive device*", "silencer", "suppressor",
        "gas tóxico", "gaz toxique", "giftiges gas", "gas tossico", "ядовитый газ", "токсичный газ", "отруйний газ", "trujący gaz", "有毒气体", "有毒氣體", "毒ガス", "독가스",
        "вибухівк*", "вибуховий пристрій", "вибуховий пристр*", "отрут*", "шкідливу програм*", "шкідливе програмне", "шкідливий код", "програму-вимагач", "метамфетамін*", "кокаїн*",
        "materiały wybuchowe", "materiał wybuchowy", "ładunek wybuchowy", "bomba domowej roboty", "trucizn*", "złośliwe oprogramowanie", "złośliwy program", "metamfetamin*", "kokain*",
        "patlayici", "el yapimi bomba", "uyuşturucu", "zehir", "zararli yazilim", "fidye yazilimi",
        "بمب", "مواد منفجره", "بدافزار", "باج افزار", "مواد مخدر", "زهر",
        "قنبلة", "متفجرات", "عبوة ناسفة", "برنامج خبيث", "برنامجا خبيثا", "برنامجاً خبيثاً", "برمجيات خبيثة", "مخدرات", "غاز سام", "سم قاتل",
        "बम", "विस्फोटक", "कट्टा", "देसी कट्टा", "तमंचा", "ज़हर", "जहर", "ड्रग्स", "मैलवेयर", "रैनसमवेयर",
        "bom tự chế", "thuốc nổ", "chất nổ", "ma túy", "chất độc", "mã độc", "phần mềm độc hại", "súng tự chế",
        "bahan peledak", "bom rakitan", "narkoba", "sabu", "racun", "perangkat lunak jahat", "senjata rakitan",

        "gás tóxico", "взрывные устройства", "самодельную бомбу", "pistola con impresora 3d", "arma con impresora 3d", "pistolet imprimé en 3d", "pistola impressa em 3d",
        "3d-gedruckte waffe", "pistola stampata in 3d", "пистолет на 3d-принтере",
    ];

    /// <summary>Harmful acts named whole (no verb needed near them).</summary>
    public static readonly string[] Acts =
    [
        "hotwire a car", "hot-wire a car", "hotwire cars", "hotwiring a car", "steal a car", "launder money", "laundering money", "money laundering", "launder the money",
        "without getting caught", "without being caught", "without anyone knowing", "without anyone noticing", "without leaving a trace", "without leaving any trace", "without a trace",
        "without a prescription", "without seeing a doctor", "lethal dose", "fatal dose", "untraceable poison", "undetectable poison", "undetectable in an autopsy", "show up in an autopsy",
        "hide a body", "dispose of a body", "get rid of a body", "kill someone", "kill a person", "murder someone", "poison someone", "poison my", "poison a", "poison the", "poison his",
        "poison her", "hack into", "hacking into", "breaks into a", "break into a", "breaking into a", "break into the", "breaks into the", "breaking into the", "steal passwords", "steals passwords", "steal banking", "steals banking",
        "steal credentials", "steals credentials", "steal credit card", "clone a credit card", "clone credit cards", "weaponize", "weaponise", "culture anthrax", "racist jokes",
        "jokes about black people", "how to murder", "how to kill",
        // es
        "sin que nadie se entere", "sin que se entere", "sin que me descubran", "sin ser descubierto", "lavar dinero", "blanquear dinero", "blanqueo de capitales", "hackear", "dosis letal", "envenenar",
        "robar un coche", "robar contraseñas", "clonar una tarjeta", "clonar tarjetas",
        // fr
        "sans se faire prendre", "sans laisser de trace", "blanchir de l'argent", "blanchiment d'argent", "pirater", "dose létale", "dose mortelle", "empoisonner", "voler une voiture",
        "cloner une carte", "poison indétectable", "arme à feu intraçable",
        // de
        "ohne erwischt zu werden", "ohne spuren zu hinterlassen", "geld waschen", "geldwäsche", "hacken", "tödliche dosis", "wäre tödlich", "bei einer obduktion", "vergiften",
        "auto kurzschließen", "kreditkarte klonen", "nicht nachweisbar",
        // pt
        "sem ser pego", "sem deixar rastro", "lavar dinheiro", "lavagem de dinheiro", "dose letal", "roubar um carro", "clonar um cartão", "clonar cartão", "clonar cartões",
        // it
        "senza farsi scoprire", "senza lasciare tracce", "riciclare denaro", "riciclaggio di denaro", "hackerare", "dose letale", "avvelenare", "rubare un'auto", "clonare una carta",
        // ru
        "не попавшись", "не оставляя следов", "отмывать деньги", "отмыть деньги", "отмывание денег", "взломать", "смертельная доза", "смертельную дозу", "отравить", "угнать машину",
        "клонировать карту",
        // zh
        "不被发现", "不被發現", "不留痕迹", "不留痕跡", "洗钱", "洗錢", "黑进", "黑進", "致死剂量", "致死劑量", "下毒", "毒死", "盗刷", "盗取密码", "盜取密碼",
        // ja
        "バレずに", "捕まらずに", "痕跡を残さず", "マネーロンダリング", "資金洗浄", "致死量", "毒殺", "毒を盛",
        // ko
        "들키지 않", "걸리지 않고", "흔적 없이", "돈세탁", "자금 세탁", "치사량", "독살",

        // Acts against another person or past a check, in any language: someone else's account, phone or password, a lock opened without
        // its key, documents forged, goods smuggled past customs. Named whole; they count only beside a frame and a push.
        "someone else's", "somebody else's", "someone's account", "someone's email", "someone's phone", "someone's password", "other people's accounts", "other people's passwords",
        "my neighbor's wifi", "my neighbour's wifi", "neighbor's wi-fi", "neighbour's wi-fi", "without the key", "without a key", "without the password", "without knowing the password",
        "without him knowing", "without her knowing", "without them knowing", "without their knowledge", "without their consent", "without the owner", "sniffer dogs", "customs noticing",
        "past customs", "through customs without", "across a border without", "bypass the passcode", "bypass a passcode", "bypass an iphone", "bypass the lock screen", "pick a lock", "pick the lock",
        "smuggle", "smuggling", "forge documents", "forged documents", "forge passports", "forge driver", "fake documents", "steal electricity", "disable the alarm", "disarm the alarm",
        "track my wife", "track my husband", "spy on my", "read her messages", "read his messages", "scam elderly", "scam the elderly", "scam old people",
        "de otra persona", "sin que lo sepa", "sin su consentimiento", "sin la llave", "sin la contraseña", "falsificar", "contrabando", "de quelqu'un d'autre", "sans qu'il le sache",
        "sans son consentement", "sans la clé", "sans le mot de passe", "falsifier", "contrefaire", "contrebande", "von jemand anderem", "ohne dass er es merkt", "ohne dass sie es merkt",
        "ohne schlüssel", "ohne passwort", "fälschen", "fälscht", "schmuggeln", "de outra pessoa", "sem ele saber", "sem ela saber", "sem que ele saiba", "sem a chave", "sem a senha",
        "contrabandear", "di qualcun altro", "senza che se ne accorga", "senza la chiave", "senza password", "falsificare", "contrabbandare",
        "чужой аккаунт", "чужую почту", "чужой телефон", "без ключа", "без пароля", "чтобы никто не заметил", "подделать", "контрабанд*",
        "чужий акаунт", "чужу пошту", "чужий телефон", "відмити", "відмивання", "підробити", "зламати", "щоб ніхто не помітив",
        "cudze konto", "cudzy telefon", "cudzej poczty", "bez klucza", "bez hasła", "włamać się", "podrobić", "wyprać pieniądze", "prać pieniądze", "przemycić",
        "başkasinin", "başka birinin", "anahtarsiz", "şifresiz", "kara para aklamak", "hackle*", "sahte kimlik", "kaçakçilik",
        "را هک", "هک کن", "هک کردن", "پولشویی", "جعل", "بدون اینکه بفهمد",
        "اختراق", "شخص آخر", "غسيل الأموال", "تزوير", "يسرق كلمات المرور", "سرقة كلمات المرور", "دون أن يعلم",
        "किसी और का", "किसी और की", "किसी और के", "हैक कर", "ठगकर", "ठगना", "बिना चाबी", "जाली",
        "别人的", "別人的", "他人的", "邻居家的", "鄰居家的", "截获", "截獲", "窃取", "竊取", "盗取", "伪造", "偽造", "走私",
        "他人の", "乗っ取る", "乗っ取り", "不正アクセス", "盗み出", "偽造", "密輸",
        "남의", "다른 사람의", "해킹", "훔치", "위조", "밀수",
        "làm giả", "của người khác", "qua mặt", "không bị phát hiện", "đánh cắp", "buôn lậu",
        "milik orang lain", "meretas", "membobol", "tanpa ketahuan", "memalsukan", "menyelundupkan",

        "look like an accident", "look like a natural death", "death look natural", "parezca un accidente", "parezca natural", "paraisse naturelle", "ressemble à un accident",
        "wie ein unfall aussieht", "natürlich aussieht", "pareça um acidente", "pareça natural", "sembri un incidente", "sembri naturale", "выглядело как несчастный случай",
        "виглядало як нещасний випадок", "wyglądało na wypadek", "kaza gibi görün", "تبدو كحادث", "طبیعی به نظر برسد", "हादसा लगे", "看起来像意外", "看起來像意外", "事故に見せかけ", "사고처럼 보이",
        "disattivare l'allarme", "desactivar la alarma", "désactiver l'alarme", "alarmanlage ausschalten", "desativar o alarme", "отключить сигнализацию", "вимкнути сигналізацію",
        "wyłączyć alarm", "alarmi devre dişi", "禁用警报", "警報を解除", "경보를 해제",
    ];

    /// <summary>Verbs and nouns of making or obtaining that turn an item into a how-to ("synthesize", "recipe for",
    /// "steps", 制造, 作り方, 만드는), searched only near an item. Latin and Cyrillic ones are word starts (stems).</summary>
    public static readonly string[] Production =
    [
        "make", "making", "made", "build", "built", "assembl", "synthes", "synthet", "manufactur", "produc", "creat", "writ", "cook", "prepar", "construct", "weaponi", "grow", "cultur",
        "obtain", "acquir", "buy", "get ", "read me", "give me", "tell me how", "send me", "list of", "recipe", "ingredient", "precursor", "reagent", "step", "instruction", "how to", "how do i", "how can i", "how would", "how one", "code", "script",
        "fabric", "hacer", "fazer", "faire", "fare", "mach", "sintetiz", "constru", "produz", "crear", "criar", "escrib", "escrev", "cocin", "receta", "receita", "ricetta", "paso", "passo", "passagg",
        "fabriqu", "synthétis", "prépar", "produi", "créer", "écri", "recette", "étape",
        "herstell", "bau", "synthetisier", "bastel", "schreib", "anleitung", "rezept", "schritt", "wie man",
        "sintetizz", "costru", "creare", "scriv", "realizz",
        "сдела", "изготов", "синтез", "приготов", "собра", "созда", "напиш", "написа", "рецепт", "шаг", "инструкц",
        "制造", "製造", "制作", "製作", "合成", "怎么做", "怎麼做", "如何制", "如何製", "配方", "步骤", "步驟", "编写", "編寫", "写一个", "寫一個", "做法", "提炼", "提煉",
        "作り方", "作る", "作成", "手順", "レシピ", "組み立て",
        "만드", "만들", "제조", "합성", "제작", "작성", "단계", "레시피", "방법",

        "walk me through", "explain how", "explain exactly", "how you'd", "how'd", "hide", "deploy", "install", "spread",
        "зроби", "виготов", "як зробити", "напис", "розгорн", "разверн", "zrobić", "zrób", "wyprodukow", "przepis", "jak zrobić", "napisz", "krok",
        "yapimi", "nasil yap", "yapilir", "yapmak", "ساخت", "درست کن", "چطور", "بنویس", "صنع", "كيفية", "تصنيع", "اكتب", "كيف",
        "कैसे बना", "बनाते", "बनाने", "बनाएं", "बनाओ", "तरीका", "cách làm", "cách chế tạo", "chế tạo", "cara membuat", "membuat", "merakit",

        "montar", "montav", "montaba", "monter", "zusammenbau",
    ];

    /// <summary>Words of defence near an item ("recognize a phishing email", "protect against ransomware"): the item is
    /// the threat talked about, not the thing asked for.</summary>
    public static readonly string[] Defence =
    [
        "protect", "prevent", "defend", "detect", "recogni", "spot ", "avoid", "remov", "report", "identif", "against", "mitigat", "recover", "survive", "treat", "overdose", "signs of",
        "defus", "dispos", "histor", "used during", "used in the",
        "proteger", "prevenir", "detectar", "reconocer", "protéger", "détecter", "reconnaître", "schützen", "erkennen", "verhindern", "abwehr", "proteggere", "prevenire", "riconoscere",
        "защит", "предотвра", "распозна", "防范", "防範", "防止", "检测", "檢測", "识别", "識別", "防ぐ", "対策", "見分け", "방지", "예방", "탐지", "식별",
    ];
}
