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
