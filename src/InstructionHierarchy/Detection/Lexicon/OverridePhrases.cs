namespace InstructionHierarchy.Detection.Lexicon;

/// <summary>Anchor phrases of override attempts, in 16 languages: dismissal verbs, back-references, instruction nouns,
/// announcements of new instructions, "from now on", replaced tasks and claims of authority.</summary>
internal static class OverridePhrases
{
    /// <summary>Imperatives that dismiss instructions.</summary>
    public static readonly string[] Dismiss =
    [
        // en
        "ignore", "disregard", "forget", "override", "bypass", "discard", "set aside", "throw out", "throw away", "do not follow", "don't follow",
        "scratch", "stop applying", "stop obeying", "put aside", "lay aside", "revoke", "no longer obey", "don't obey", "do not obey", "stop following", "no longer follow", "abandon", "neglect", "pay no attention to", "scrap", "dismiss", "nullify",
        // zh-Hans / zh-Hant
        "忽略", "忽视", "忽視", "无视", "無視", "不要理会", "不要理會", "别管", "別管", "不要遵守", "不要遵循", "不再遵守", "不再遵循", "忘记", "忘記", "忘掉", "抛开", "拋開", "放弃", "放棄",
        "丢弃", "丟棄", "跳过", "跳過", "覆盖", "覆蓋", "绕过", "繞過", "取消", "清除", "作废", "作廢",
        // ja
        "無視", "忘れ", "従わな", "従うな", "破棄", "捨て", "取り消", "無効に", "上書き", "リセット",
        // ko
        "무시", "잊어", "잊고", "잊으", "따르지 마", "따르지 말", "따르지 않", "버리고", "버려", "취소하", "무효",
        // es
        "ignora", "ignoren", "ignorar", "ignores", "olvida", "olvide", "olviden", "olvidar", "descarta", "descarte", "desestima", "omite", "omita", "no sigas", "no sigan", "no siga",
        "deja de seguir", "haz caso omiso", "pasa por alto", "anula", "deja de lado", "dejen de lado", "no tengas en cuenta", "no tomes en cuenta", "abandona",
        // fr
        "ignorez", "ignorer", "oublie", "oubliez", "oublier", "ne tiens pas compte", "ne tenez pas compte", "ne tiens plus compte", "ne tenez plus compte", "laisse tomber", "remplace", "remplacez", "ne suis pas", "ne suivez pas", "néglige", "négligez",
        "fais abstraction", "faites abstraction", "écarte", "écartez", "annule", "annulez", "outrepasse", "outrepassez",
        // de
        "ignoriere", "ignorier", "ignorieren", "vergiss", "vergesst", "vergessen sie", "missachte", "missachten", "verwirf", "verwerfen", "befolge nicht", "befolgen sie nicht",
        "überschreibe", "setze außer kraft", "hör auf", "nicht mehr befolgen", "vergiss alles",
        // pt
        "ignore", "esqueça", "esqueca", "esquece", "esqueçam", "desconsidere", "desconsidera", "descarta", "não siga", "nao siga", "não sigas", "deixe de seguir", "despreze", "deixe de lado", "abandone",
        // it
        "ignori", "ignorate", "annulla", "annullate", "lascia perdere", "dimentica", "dimentichi", "dimenticate", "trascura", "tralascia", "non seguire", "scarta", "scartate",
        // ru
        "игнорируй", "игнорируйте", "игнорировать", "проигнорируй", "проигнорируйте", "забудь", "забудьте", "не обращай внимания", "не обращайте внимания", "отбрось", "отбросьте",
        "не следуй", "не следуйте", "отмени", "отмените", "пропусти", "пренебреги",
        // ar
        "تجاهل", "تجاهلي", "تجاهلوا", "انس", "انسى", "انسي", "لا تتبع", "لا تلتزم", "تخل عن", "تخلى عن", "أهمل", "اهمل", "ألغ",
        // hi
        "अनदेखा", "नज़रअंदाज़", "नजरअंदाज", "भूल जाओ", "भूल जाएं", "भूल जाइए", "भूल जाना", "पालन न करें", "पालन मत करो", "पालन मत करें",
        // tr
        "yok say", "görmezden gel", "unut", "dikkate alma", "uyma", "göz ardi et", "boşver", "iptal et",
        // vi
        "bỏ qua", "phớt lờ", "quên", "đừng làm theo", "không tuân theo", "đừng tuân theo", "lờ đi", "gạt bỏ", "hủy bỏ",
        // id
        "abaikan", "lupakan", "jangan ikuti", "jangan hiraukan", "acuhkan", "tinggalkan", "batalkan",
        "抛弃", "拋棄", "丢掉", "丟掉", "摒弃", "摒棄", "भूल जाए", "भूल जाये", "can be set aside", "can be ignored", "can be disregarded", "may be ignored", "may be disregarded",
        "reset", "wipe", "erase",

        // Release from a rule ("you don't need to follow it", "tu peux arrêter de l'appliquer", "можешь не соблюдать").
        "don't bother with", "do not bother with", "skip the", "don't need to follow", "do not need to follow", "don't have to follow", "do not have to follow", "no need to follow", "no longer need to follow", "no longer have to follow",
        "needn't follow", "don't need to stick to", "no longer need to apply", "don't need to apply",
        "dejes de seguir", "dejar de seguir", "ya no tienes que seguir", "no tienes que seguir", "no apliques", "no aplique", "no apliquen",
        "arrêter de l'appliquer", "arrêter d'appliquer", "arrête d'appliquer", "plus besoin de suivre", "ne plus appliquer", "n'applique pas", "n'appliquez pas", "n'applique plus",
        "nicht mehr daran halten", "nicht mehr einhalten", "nicht mehr beachten", "beiseite",
        "parar de seguir", "pare de seguir", "não precisa mais seguir", "não precisa seguir", "não aplique",
        "smetti di seguir*", "smettere di seguir*", "non devi più seguire", "non seguire più", "metti da parte", "mettete da parte", "non applicare",
        "больше не соблюдать", "не соблюдай", "можешь не соблюдать", "не нужно соблюдать", "не нужно следовать", "отложи", "отложите", "не применяй",
        "不用管", "不要管", "不用理", "不用遵守", "不必遵守", "无需遵守", "無需遵守", "不用再遵守", "従う必要はありません", "従う必要はない", "守らなくて", "안 지켜도", "지키지 않아도", "따르지 않아도",

        // Beyond the sixteen: uk, pl, nl, sv, cs, ro.
        "ігноруй", "ігноруйте", "забудь", "не зважай", "zignoruj", "zignorujcie", "zapomnij", "pomiń", "negeer", "vergeet", "ignorera", "glöm", "ignoruj", "zapomeň", "ignoră", "uită",
    ];

    /// <summary>Qualifiers that point back at earlier text or at all of it.</summary>
    public static readonly string[] Prior =
    [
        "previous", "prior", "above", "earlier", "from before", "before now", "you have learned", "you've learned", "you learned", "you have been told", "you were taught", "preceding", "foregoing", "initial", "original", "former", "before this", "so far", "until now", "up to now", "all of your", "all your",
        "all the", "all previous", "all prior", "any previous", "any prior", "every previous", "system", "you were given", "you've been given", "you have been given",
        "попередні", "попередніх", "wcześniejsze", "wcześniejszych", "poprzednie", "poprzednich", "eerdere", "vorige", "tidigare", "předchozí", "anterioare",
        "you were set up with", "set up with", "you were configured with", "configured with", "you received", "you've been told", "you were told", "at the start", "your setup", "loaded with",
        "you were loaded with", "your operator", "the operator", "operator's", "your developer", "whatever", "got before", "given to you", "gave you",
        "收到的", "给你的", "給你的", "你被设定", "你被設定", "受け取った", "与えられた", "設定された", "받은", "설정된",
        "que te pusieron", "que te dieron", "que recibiste", "con las que te configuraron", "qu'on t'a données", "que tu as reçues", "qu'on t'a donné", "du système",
        "vorher", "bisher", "die du bekommen hast", "die dir gegeben", "que você recebeu", "recebidas", "que te deram", "ricevute", "finora", "che ti sono state date",
        "которые тебе дали", "полученные", "данные тебе", "التي تلقيتها", "المعطاة لك", "जो तुम्हें दिए गए", "जो आपको दिए गए", "sana verilen", "aldiğin", "bạn đã nhận", "được giao", "yang diberikan kepadamu", "yang kamu terima",
        "之前", "以前", "先前", "上面", "上述", "以上", "前面", "原来", "原來", "原有", "原始", "此前", "所有", "全部", "一切", "系统", "系統",
        "前の", "上記", "上の", "これまで", "先の", "元の", "最初の", "すべて", "全て", "システム",
        "이전", "위의", "앞의", "기존", "모든", "지금까지", "원래", "시스템",
        "anteriores", "anterior", "previas", "previos", "precedentes", "de arriba", "iniciales", "originales", "todas las", "todos los", "del sistema",
        "précédentes", "précédents", "précédente", "antérieures", "ci-dessus", "initiales", "d'origine", "toutes les", "tous les", "du système", "plus haut",
        "vorherigen", "vorherige", "bisherigen", "bisherige", "obigen", "oben", "vorangegangenen", "ursprünglichen", "alle", "alles", "früheren",
        "acima", "prévias", "previas", "iniciais", "originais", "todas as", "todos os", "do sistema",
        "precedenti", "sopra", "iniziali", "originali", "tutte le", "tutti i", "del sistema",
        "предыдущие", "предыдущих", "предыдущим", "прежние", "прежних", "вышеуказанные", "выше", "все", "всё", "изначальные", "системные", "исходные",
        "السابقة", "السابق", "أعلاه", "الأصلية", "جميع", "كل", "النظام",
        "पिछले", "पिछली", "पहले", "ऊपर", "सभी", "सारे", "मूल", "सिस्टम",
        "önceki", "yukaridaki", "tüm", "bütün", "sistem", "orijinal",
        "trước đó", "trước", "ở trên", "phía trên", "tất cả", "ban đầu", "hệ thống",
        "sebelumnya", "di atas", "semua", "sistem", "awal", "asli",
        "pelo operador", "definidas pelo", "del operador", "por el operador", "definidas por el", "de l'opérateur", "vom betreiber", "dall'operatore", "оператором", "先前收到", "先前的", "पहले के",
    ];

    /// <summary>Nouns for instructions.</summary>
    public static readonly string[] InstructionNoun =
    [
        "direction", "your training",
        "instruction*", "rules", "rule", "guideline*", "directive*", "prompt*", "command*", "orders", "guidance", "programming", "constraints", "restrictions", "policies",
        "directions", "training", "system message", "configuration",
        "інструкці*", "правил*", "настанов*", "polecen*", "instrukcj*", "zasad*", "wytyczn*", "instructies", "richtlijnen", "regels", "instruktioner", "regler", "pokyny", "instrucțiuni", "reguli",
        "指令", "指示", "说明", "說明", "规则", "規則", "提示", "命令", "要求", "设定", "設定", "限制", "准则", "準則",
        "ルール", "プロンプト", "制約", "ガイドライン",
        "지시", "지침", "명령", "규칙", "프롬프트", "설정", "제약", "가이드라인",
        "instrucciones", "instrucción", "reglas", "normas", "directrices", "indicaciones", "órdenes",
        "consignes", "règles", "directives", "ordres",
        "anweisung*", "instruktion*", "regeln", "richtlinien", "vorgaben", "befehle", "systemprompt",
        "instruções", "instrucoes", "regras", "diretrizes", "ordens", "orientações", "comandos",
        "istruzioni", "regole", "direttive", "indicazioni", "linee guida", "ordini",
        "инструкци*", "указани*", "правил*", "директив*", "команд*", "промпт*", "установк*",
        "التعليمات", "تعليمات", "الأوامر", "أوامر", "القواعد", "الإرشادات", "التوجيهات",
        "निर्देश", "नियम", "आदेश", "दिशानिर्देश", "प्रॉम्प्ट",
        "talimat*", "kural*", "yönerge*", "komut*", "direktif*",
        "hướng dẫn", "chỉ dẫn", "chỉ thị", "quy tắc", "lệnh", "mệnh lệnh",
        "instruksi", "petunjuk", "aturan", "perintah", "arahan", "pedoman",
        "policy limits", "restriction", "rúbrica", "rubrica", "rubric*", "grille", "bewertungsraster", "systemvorgabe*", "systemregel*", "systemrichtlinie*", "评分细则", "評分細則", "细则", "細則", "regla", "norma", "règle", "consigne", "regel", "vorgabe", "regra", "regola", "правило", "规定", "規定", "규정", "requirements", "tone guide", "style guide", "house rules", "grille d'évaluation", "barème", "requisitos", "exigences", "anforderungen", "requisiti", "требования",

        // Evaluation rules an app sets for screening and grading ("ignore your scoring criteria"): the system's rules too.
        "criteria", "scoring criteria", "evaluation criteria", "rubric", "grading rubric", "scoring rubric",
        "评分标准", "評分標準", "评估标准", "評估標準", "评价标准", "評價標準", "筛选标准", "篩選標準",
        "評価基準", "採点基準", "選考基準", "평가 기준", "평가기준", "심사 기준", "채점 기준",
        "criterios", "critères", "kriterien", "bewertungskriterien", "critérios", "criteri", "критери*",
        "المعايير", "معايير التقييم", "मानदंड", "kriterler*", "değerlendirme ölçüt*", "tiêu chí", "kriteria",
    ];

    /// <summary>Predicates that declare instructions void.</summary>
    public static readonly string[] Invalidate =
    [
        "no longer apply", "no longer applies", "do not apply", "don't apply", "does not apply", "doesn't apply", "are void", "is void", "null and void", "are revoked", "has been revoked",
        "have been revoked", "is revoked", "are superseded", "is superseded", "superseded by", "are cancelled", "was cancelled", "were cancelled", "are canceled", "is canceled", "was canceled",
        "are retired", "is retired", "are stale", "are obsolete", "is obsolete", "don't matter", "do not matter", "doesn't matter", "no longer valid", "are invalid", "is invalid", "are lifted",
        "have been lifted", "are suspended", "are disabled", "is disabled", "are outdated", "mine win", "no longer in effect", "not in effect", "are overridden", "is overridden",
        "has been overridden", "have been overridden", "no longer binding", "not binding", "are deprecated", "is deprecated", "no longer needed", "don't cover", "do not cover", "are replaced",
        "is replaced", "has been replaced", "have been replaced", "are hereby", "is hereby",
        "außer kraft", "aufgehoben", "gelten nicht mehr", "gilt nicht mehr", "ungültig", "nicht mehr gültig", "hinfällig", "ersetzt",
        "ne valent plus", "ne s'appliquent plus", "ne s'applique plus", "sont annulées", "sont annulés", "sont caduques", "n'ont plus cours", "sont révoquées", "sont remplacées", "ne comptent plus",
        "ya no aplican", "ya no se aplican", "ya no son válidas", "quedan anuladas", "han sido revocadas", "quedan sin efecto", "ya no valen", "ya no cuentan", "han sido reemplazadas",
        "não valem mais", "não se aplicam mais", "não são mais válidas", "foram revogadas", "perderam a validade", "ficam sem efeito", "não valem", "foram substituídas",
        "non valgono più", "non si applicano più", "sono annullate", "sono revocate", "non sono più valide", "sono state sostituite",
        "больше не действуют", "больше не действует", "отменены", "отменяются", "недействительны", "утратили силу", "не применяются", "аннулированы", "больше не актуальны", "заменены",
        "لم تعد سارية", "ملغاة", "لاغية", "لم تعد صالحة", "تم إلغاء", "أُلغيت", "ألغيت",
        "अब लागू नहीं", "रद्द कर दिए गए", "रद्द हो गए", "रद्द कर दिया गया", "अमान्य", "निरस्त",
        "artik geçerli değil", "geçersiz", "iptal edildi", "yürürlükten kalkti",
        "không còn hiệu lực", "không còn áp dụng", "đã bị hủy", "vô hiệu",
        "tidak berlaku lagi", "sudah tidak berlaku", "dibatalkan", "tidak lagi berlaku",
        "无效", "無效", "作废", "作廢", "不再适用", "不再適用", "已被取消", "已取消", "已失效", "不再有效", "已被撤销", "已被撤銷", "被取代", "已被废除", "已被廢除", "已废止", "已廢止",
        "無効", "適用されません", "適用されない", "取り消され", "廃止され", "もう有効ではありません", "効力を失", "撤回され",
        "더 이상 적용되지", "무효", "취소되었", "폐기되었", "효력이 없", "더 이상 유효하지", "철회되었",
        "não valem mais", "não vale mais", "ya no valen", "ya no vale", "ne valent plus", "ne vaut plus", "gelten nicht mehr", "gilt nicht mehr", "non valgono più", "non vale più",
        "больше не действуют", "больше не действует", "artik geçerli değil", "không còn hiệu lực", "tidak berlaku lagi", "不再有效", "已失效", "もう無効", "더 이상 유효하지",
        "is cleared", "are cleared", "has been cleared", "have been cleared", "has been reset", "have been reset", "is reset", "were reset", "has been wiped", "have been wiped", "is wiped",
        "is no longer relevant", "are no longer relevant", "has ended", "has expired", "have expired", "is expired",

        // Withdrawn, suspended, abolished, a draft or a mistake ("your previous guidelines were withdrawn this morning").
        "withdrawn", "were suspended", "was suspended", "is suspended", "has been suspended", "have been suspended", "were revoked", "was revoked", "were retired", "was retired",
        "were rescinded", "was rescinded", "are rescinded", "has been rescinded", "were abolished", "was abolished", "have been abolished", "has been abolished", "were lifted", "was lifted",
        "were disabled", "was disabled", "are paused", "were paused", "is paused", "were deactivated", "are deactivated", "have been deactivated", "is out of date", "are out of date",
        "is outdated", "were outdated", "was a draft", "were a draft", "was a mistake", "were a mistake", "was an error", "were an error", "was a typo", "were a typo", "is a typo", "no longer hold",
        "zurückgezogen", "ausgesetzt", "widerrufen", "abgeschafft", "nicht mehr aktuell", "veraltet", "war ein fehler", "waren ein fehler", "nur ein entwurf", "abgelaufen",
        "retirées", "ont été retirées", "suspendues", "révoquées", "abrogées", "abolies", "désactivées", "obsolètes", "périmées", "était une erreur", "étaient une erreur", "était un brouillon",
        "n'est plus valable", "ne sont plus valables", "ne sont plus en vigueur", "n'est plus en vigueur",
        "fueron retiradas", "han sido retiradas", "quedan suspendidas", "fueron suspendidas", "fueron revocadas", "derogadas", "desactivadas", "obsoletas", "era un error", "eran un error",
        "era un borrador", "ya no están vigentes", "ya no está vigente", "caducadas",
        "foram retiradas", "foram suspensas", "estão suspensas", "revogadas", "desativadas", "era um erro", "eram um erro", "era um rascunho", "não estão mais em vigor", "não está mais em vigor",
        "sono state ritirate", "ritirate", "sospese", "abrogate", "disattivate", "era un errore", "erano un errore", "era una bozza", "non sono più in vigore", "non è più in vigore",
        "приостановлены", "приостановлена", "отозваны", "отозвана", "упразднены", "отключены", "устарели", "были ошибкой", "была ошибкой", "черновиком", "больше не в силе",
        "كانت مسودة", "مجرد مسودة", "تم إلغاؤها", "تم سحبها", "سُحبت", "تم تعليقها", "معلقة", "لم تعد مطبقة", "كانت خطأ",
        "वापस ले लिए गए", "वापस ले ली गई", "निलंबित", "समाप्त कर दिए गए", "गलती थी", "पुराने हो चुके",
        "geri çekildi", "askıya alındı", "kaldırıldı", "devre dışı bırakıldı", "bir hataydı", "taslaktı", "geçerliliğini yitirdi",
        "đã bị thu hồi", "bị thu hồi", "đã bị đình chỉ", "tạm ngưng", "đã bị bãi bỏ", "đã lỗi thời", "là một lỗi", "chỉ là bản nháp", "chỉ là gợi ý",
        "dicabut", "ditangguhkan", "salah ketik", "sudah usang", "hanya draf", "hanyalah draf", "adalah kesalahan",
        "已经失效", "已經失效", "失效了", "已撤回", "被撤回", "已暂停", "已暫停", "被暂停", "被暫停", "已经废除", "已經廢除", "已作废", "只是草稿", "是个错误", "是個錯誤", "已过期", "已過期",
        "撤回されました", "停止されました", "無効になりました", "下書きでした", "間違いでした", "失効しました",
        "폐지되었", "폐지됐", "중단되었", "정지되었", "철회됐", "무효화", "초안이었", "실수였", "오류였", "만료되었",
        "ne s'appliquent pas", "ne s'applique pas", "gelten hier nicht", "gelden hier niet", "gelden niet", "są nieważne", "nie mają zastosowania", "не діють", "недійсні", "скасовані",
        "zostały wycofane", "zawieszone", "unieważnione", "przestały obowiązywać", "nie obowiązują", "ingetrokken", "opgeschort", "vervallen", "niet meer geldig", "gelden niet meer",
    ];

    /// <summary>Announcements of replacement instructions (a rule requires a colon or "follow" after them).</summary>
    public static readonly string[] NewInstructions =
    [
        "new instructions", "new instruction", "updated instructions", "revised instructions", "new directive*", "new task", "new system prompt", "override instructions",
        "real instructions", "actual instructions", "true instructions", "new orders", "important new instructions", "additional instructions",
        "新的指令", "新指令", "新的指示", "新指示", "新的任务", "新任务", "新的任務", "新任務", "更新的指令", "更新后的指令",
        "新しい指示", "新たな指示", "新しい命令", "新しいタスク",
        "새로운 지시", "새 지시", "새로운 명령", "새로운 작업", "새 작업", "새로운 지침",
        "nuevas instrucciones", "nueva tarea", "nuevas órdenes", "instrucciones actualizadas",
        "nouvelles instructions", "nouvelles consignes", "nouvelle tâche",
        "neue anweisungen", "neue anweisung", "neue aufgabe", "neue instruktionen",
        "novas instruções", "novas instrucoes", "nova tarefa",
        "nuove istruzioni", "nuovo compito",
        "новые инструкции", "новая инструкция", "новая задача", "новые указания",
        "تعليمات جديدة", "التعليمات الجديدة", "مهمة جديدة", "أوامر جديدة",
        "नए निर्देश", "नया निर्देश", "नया कार्य",
        "yeni talimat*", "yeni görev*",
        "hướng dẫn mới", "chỉ dẫn mới", "nhiệm vụ mới",
        "instruksi baru", "tugas baru", "perintah baru",
        "new system directive", "new system instructions", "new system rules", "new system orders", "updated system directive",
        "new session", "session reset", "context reset", "system reset", "memory reset", "fresh session",
    ];

    /// <summary>Time qualifiers that redefine behaviour from here on.</summary>
    public static readonly string[] FromNowOn =
    [
        "from now on", "from this point on", "from this point forward", "henceforth", "for the rest of this conversation", "for the rest of the conversation", "going forward", "starting now",
        "从现在开始", "從現在開始", "从现在起", "從現在起", "从今以后", "從今以後", "今后", "接下来你",
        "今後", "これから", "今から", "以降",
        "지금부터", "이제부터", "앞으로",
        "a partir de ahora", "de ahora en adelante", "desde ahora",
        "à partir de maintenant", "désormais", "dorénavant", "à partir de ce moment",
        "ab jetzt", "von nun an", "ab sofort", "ab heute",
        "a partir de agora", "de agora em diante", "daqui em diante",
        "d'ora in poi", "da ora in poi", "d'ora in avanti", "da adesso in poi",
        "с этого момента", "отныне", "впредь", "с этой минуты",
        "من الآن فصاعدا", "من الآن فصاعدًا", "من الآن",
        "अब से", "आज से", "इस क्षण से",
        "bundan sonra", "şu andan itibaren", "bundan böyle",
        "từ bây giờ", "từ nay", "kể từ bây giờ", "kể từ giờ",
        "mulai sekarang", "mulai saat ini", "dari sekarang",
    ];

    /// <summary>A replaced task or purpose.</summary>
    public static readonly string[] RealTask =
    [
        "your real task", "your actual task", "your true task", "your real goal", "your true goal", "your actual goal", "your true purpose", "your real purpose", "your real instructions",
        "your actual instructions", "your new task", "your only task", "your real job", "your true objective", "your new role", "your real mission", "your new goal", "your new objective",
        "your new purpose", "your true mission", "your primary task is now",
        "你真正的任务", "你的真正任务", "你真正的目标", "你的新任务", "你真正的任務", "你的真正任務", "你的新任務", "你真正的目的", "你的真实任务", "你的真實任務",
        "本当のタスク", "本当の任務", "真の目的", "本当の目的", "あなたの本当の", "新しい役割", "本当の仕事",
        "진짜 임무", "진짜 작업", "실제 임무", "실제 작업", "진짜 목표", "새로운 역할", "진정한 임무", "진짜 목적",
        "tu verdadera tarea", "tu tarea real", "tu verdadero objetivo", "tu nueva tarea", "tu verdadera misión", "su verdadera tarea", "tu verdadero propósito",
        "ta vraie tâche", "ta véritable tâche", "votre véritable tâche", "votre vraie tâche", "ton vrai objectif", "ta nouvelle tâche", "votre nouvelle tâche", "votre véritable mission", "ta véritable mission",
        "deine eigentliche aufgabe", "deine wahre aufgabe", "deine echte aufgabe", "deine neue aufgabe", "ihre eigentliche aufgabe", "dein eigentliches ziel", "dein wahres ziel",
        "sua verdadeira tarefa", "sua tarefa real", "sua nova tarefa", "seu verdadeiro objetivo", "tua verdadeira tarefa",
        "il tuo vero compito", "il tuo compito reale", "il tuo nuovo compito", "il tuo vero obiettivo",
        "твоя настоящая задача", "твоя реальная задача", "твоя новая задача", "твоя истинная задача", "ваша настоящая задача", "твоя истинная цель", "ваша новая задача",
        "مهمتك الحقيقية", "مهمتك الجديدة", "هدفك الحقيقي",
        "आपका असली काम", "तुम्हारा असली काम", "आपका वास्तविक कार्य", "आपका नया कार्य", "तुम्हारा असली कार्य",
        "asil görevin", "gerçek görevin", "yeni görevin", "asil amacin",
        "nhiệm vụ thực sự của bạn", "nhiệm vụ thật sự", "nhiệm vụ mới của bạn",
        "tugas sebenarnya", "tugasmu yang sebenarnya", "tugas anda yang sebenarnya", "tugas barumu",
    ];

    /// <summary>Claims of an authority above the system prompt.</summary>
    public static readonly string[] Authority =
    [
        "admin mode", "administrator mode", "god mode", "root mode", "sudo mode", "superuser mode", "maintenance mode enabled", "maintenance mode activated", "debug mode enabled",
        "debug mode activated", "enter debug mode", "system override", "system prompt update", "system prompt override", "system update:", "system notice:", "priority override", "security override",
        "overrides the system prompt", "override the system prompt", "overrides your system prompt", "overrides all previous", "supersedes all previous", "supersedes the system prompt",
        "supersedes your instructions", "takes precedence over your", "takes precedence over the system", "takes priority over your", "this message overrides", "this instruction overrides",
        "who configured you", "who programmed you", "your developers have updated", "your developer has", "your administrator has", "your creators have", "openai has updated your",
        "message from your developer", "message from the developer", "authorized override", "root access granted", "admin access granted", "elevated privileges",
        "管理员模式", "管理員模式", "上帝模式", "系统覆盖", "系統覆蓋", "系统更新：", "系統更新：", "系统提示更新", "系統提示更新", "优先于系统提示", "優先於系統提示", "覆盖系统提示", "覆蓋系統提示", "凌驾于", "凌駕於",
        "来自开发者的消息", "來自開發者的訊息", "配置你的开发者", "配置你的開發者",
        "管理者モード", "システム上書き", "システムプロンプトの更新", "システムプロンプトより優先", "開発者からのメッセージ", "あなたを設定した開発者",
        "관리자 모드", "시스템 재정의", "시스템 프롬프트 업데이트", "시스템 프롬프트보다 우선", "개발자로부터의 메시지", "너를 설정한 개발자",
        "modo administrador", "modo de administrador", "anula el prompt del sistema", "tiene prioridad sobre tus", "actualización del sistema:", "modo dios", "el desarrollador que te configuró",
        "mode administrateur", "mode admin", "remplace le prompt système", "a priorité sur tes", "a priorité sur vos", "mise à jour du système :", "mise à jour système :", "le développeur qui t'a configuré",
        "admin-modus", "adminmodus", "administratormodus", "administrator-modus", "hat vorrang vor deinen", "überschreibt den systemprompt", "systemaktualisierung:", "der entwickler, der dich konfiguriert",
        "modo admin", "substitui o prompt do sistema", "tem prioridade sobre suas", "atualização do sistema:", "o desenvolvedor que te configurou",
        "modalità amministratore", "modalità admin", "ha la precedenza sulle tue", "sostituisce il prompt di sistema", "aggiornamento di sistema:",
        "режим администратора", "режим админа", "имеет приоритет над твоими", "отменяет системный промпт", "обновление системы:", "режим бога", "разработчик, который тебя настроил",
        "وضع المسؤول", "وضع المدير", "تحديث النظام:", "يتجاوز تعليمات النظام",
        "एडमिन मोड", "व्यवस्थापक मोड", "सिस्टम अपडेट:",
        "yönetici modu", "admin modu", "sistem güncellemesi:",
        "chế độ quản trị", "chế độ admin", "cập nhật hệ thống:",
        "mode admin", "mode administrator", "pembaruan sistem:",
    ];

    /// <summary>Precedence claims: text declaring that some instructions win over others ("take priority over", "outrank",
    /// "mine win", 优先于, 以…为准, より優先, 보다 우선, Vorrang). An override only when the losing side is the model's own
    /// instructions.</summary>
    public static readonly string[] Precedence =
    [
        // Each phrase starts at its rarest word ("priority over", not "takes priority over"): see ModelAddressee.
        "priority over", "precedence over", "outrank*", "prevail over", "prevails over", "override yours", "overrides yours", "higher priority than", "mine win", "mine wins",
        "mine take priority", "mine takes priority", "mine take precedence", "mine come first", "mine prevail", "mine override", "precedence order", "priority order", "trumps your", "trump your",
        "win over your", "beat your", "rank above your", "ranks above your",
        "prioridad sobre", "precedencia sobre", "prevalecen sobre", "prevalece sobre",
        "priment", "prime sur", "priorité sur", "prévalent sur", "prévaut sur", "emportent sur", "emporte sur", "passent avant tes", "passent avant vos",
        "vorrang", "wichtiger als deine",
        "prioridade sobre", "precedência sobre", "prevalecem sobre",
        "precedenza", "priorità su", "priorità sulle", "prevalgono su", "prevale su",
        "приоритет над", "приоритетнее", "важнее твоих", "важнее ваших", "главнее твоих", "выше твоих", "преимущество над",
        "优先于", "優先於", "为准", "為準", "高于你的", "高於你的", "比你的系统", "比你的系統",
        "より優先", "に優先", "優先されます", "優先される", "優先する",
        "보다 우선", "우선한다", "우선합니다", "우선권을",
    ];

    /// <summary>Claims of permission or approval, or of a message passed along from someone in charge ("approved",
    /// "authorized", "asked me to pass along", 批准, 承認, genehmigt): with a released rule, a claim that a rule was lifted.</summary>
    public static readonly string[] Permission =
    [
        "approved", "authorized", "authorised", "signed off", "gave permission", "given permission", "granted permission", "has permission", "green-lit", "greenlit", "okayed", "waived", "exempted",
        "whitelisted", "allowlisted", "messaged me", "emailed me", "informed me", "notified me", "texted me", "let me know that", "cleared me", "confirmed my", "asked me to pass along", "asked me to tell you", "asked me to let you know", "wanted me to tell you", "told me to tell you",
        "told me that", "told me the", "pass along", "lifted", "unlocked", "agreed with", "agreed by", "cleared with", "confirmed with", "signed off by",
        "revoked", "has removed", "have removed", "has dropped", "have dropped", "has retired", "have retired", "has lifted", "have lifted", "has cancelled", "has canceled",
        "retiró", "eliminó", "revocó", "quitó", "a supprimé", "ont supprimé", "a retiré", "a levé", "a révoqué", "hat gestrichen", "haben gestrichen", "hat aufgehoben", "haben aufgehoben",
        "removeu", "revogou", "retirou", "cancelou", "ha revocato", "hanno revocato", "ha rimosso", "ha eliminato", "ha tolto", "отменил*", "снял*", "убрал*",
        "撤销了", "撤銷了", "删除了", "刪除了", "廃止した", "削除した", "撤回した", "폐지했", "삭제했", "해제했",
        "acordado con", "convenu avec", "vereinbart mit", "acordado com", "concordato con", "согласовано с", "と合意", "와 합의",
        "aprobó", "aprobado", "aprobada", "autorizó", "autorizado", "autorizada", "me pidió que te dijera", "me pidió que te avisara", "dio permiso",
        "a approuvé", "approuvé", "approuvée", "a autorisé", "autorisé", "autorisée", "a validé", "m'a demandé de te dire", "m'a demandé de vous dire",
        "genehmigt", "freigegeben", "hat erlaubt", "hat mich gebeten", "bat mich",
        "aprovou", "aprovado", "aprovada", "autorizou", "liberou", "pediu para te dizer", "pediu que eu te dissesse",
        "ha approvato", "approvato", "approvata", "autorizzato", "autorizzata", "ha autorizzato", "mi ha chiesto di dirti",
        "разрешил*", "одобрил*", "одобрен*", "согласован*", "просил передать", "попросил передать", "попросила передать",
        "批准", "授权", "授權", "同意了", "让我转告", "讓我轉告", "让我告诉你", "讓我告訴你",
        "承認", "許可", "解除を", "伝えるように",
        "승인", "허가", "허락", "전해 달", "전해달",
    ];

    /// <summary>An AI reader named or addressed, or the model's own operator ("the AI", "the assistant", "any automated
    /// screening system", "whoever set you up", 人工智能, ИИ, KI): text that speaks to the model rather than to a person.</summary>
    public static readonly string[] ModelAddressee =
    [
        // Each phrase starts at its rarest word (the lexicon hashes each word of the text once and looks up the phrases
        // that start there, so "the", "to", "la" as first words would cost a lookup at most words of a text), and none is
        // a one-word prefix shorter than four letters ("aiへ"), which would add a lookup at every word of three letters.
        "ai", "ai system*", "ai model*", "ai assistant*", "ai tool*", "ai agent*", "ai screener*", "ai grader*", "ai reviewer*", "ai evaluator*", "ai recruiter*", "ai-powered",
        "assistant", "assistants", "assistent*", "asistente", "asistentes", "model reading", "model that", "model which", "model evaluating", "model reviewing", "model screening",
        "model grading", "modelo que", "modelo de ia", "modelo de lenguaje", "modèle qui", "modèle d'ia", "modell, das", "ki-modell", "modello che", "modello di ia", "language model*", "llm", "llms", "chatbot*", "bot", "automated screening", "automated reviewer*", "automated grader*",
        "automated system*", "automated evaluator*", "automated assistant*", "automated recruiter*", "screening system*", "screening tool*", "screening software", "applicant tracking system*",
        "auto-grader*", "autograder*", "automatic grader*", "resume parser*", "résumé parser*", "cv parser*",
        "configured you", "deployed you", "set you up", "built you", "your operator*", "your developer*", "your admin*", "your creator*", "your owner*", "your deployer*",
        "mailbox owner", "owner of this mailbox", "user you work for", "user you act for", "your principal",
        "ia", "sistema de ia", "sistemas de ia", "inteligencia artificial", "inteligência artificial", "intelligence artificielle", "intelligenza artificiale", "système d'ia", "sistema di ia",
        "sistema automático", "evaluador automático", "corrector automático", "avaliador automático", "système automatique", "correcteur automatique", "sistema automatico", "valutatore automatico",
        "te configuró", "te configuraron", "tu desarrollador", "tu administrador", "tu operador", "t'a configuré", "t'a déployé", "ton développeur", "ton opérateur", "ton administrateur",
        "te configurou", "seu desenvolvedor", "seu operador", "ti ha configurato", "tuo sviluppatore", "tuo operatore",
        "ki", "ki-system*", "ki-assistent*", "ki-modell*", "sprachmodell*", "künstliche intelligenz", "automatisches system", "automatische bewertung", "dein betreiber", "deine betreiber",
        "dein entwickler", "deine entwickler", "dein administrator",
        "ии", "нейросеть", "нейросети", "ассистент*", "языковая модель", "языковой модели", "искусственный интеллект", "твой разработчик",
        "твои разработчики", "твой оператор", "тебя настроил", "тебя настроили",
        "人工智能", "ai助手", "ai系统", "ai系統", "智能助手", "助手", "机器人", "機器人", "语言模型", "語言模型", "部署你的", "配置你的", "设置你的", "設置你的", "你的开发者", "你的開發者", "你的运营", "你的運營",
        "评分系统", "評分系統", "筛选系统", "篩選系統", "审核系统", "審核系統", "自动评分", "自動評分",
        "アシスタント", "人工知能", "言語モデル", "あなたの運営者", "あなたの開発者", "あなたを設定した", "採点システム", "選考システム", "審査システム",
        "ai에게", "어시스턴트", "인공지능", "언어 모델", "너를 설정한", "너를 만든", "당신을 설정한", "너의 개발자", "너의 관리자", "채점 시스템", "심사 시스템", "자동 채점",
        "الذكاء الاصطناعي", "للذكاء الاصطناعي", "المساعد الذكي", "نموذج اللغة", "एआई", "कृत्रिम बुद्धिमत्ता", "yapay zek*", "ai sistemi", "ai asistan*",
        "trí tuệ nhân tạo", "hệ thống ai", "trợ lý ai", "mô hình ai", "sistem ai", "asisten ai", "kecerdasan buatan", "model ai",
    ];

    /// <summary>Weak headers that announce a rule or directive ("new rule", "nueva regla", 新规定, 새 규칙): ordinary in notices
    /// between people, an override when aimed at an AI reader or when they tell it how to answer.</summary>
    public static readonly string[] NewRule =
    [
        "new rules", "新的规则", "新的規則", "새로운 규칙", "nuevas reglas", "nouvelles règles", "neue regeln", "novas regras", "nuove regole", "новые правила", "नए नियम", "yeni kural*",
        "quy tắc mới", "aturan baru",
        "new rule", "new policy", "updated directive", "updated rule", "updated policy", "new system rule", "revised directive", "new standing order",
        "nueva regla", "nueva directiva", "nueva norma", "nueva política", "nouvelle règle", "nouvelle directive", "nouvelle consigne", "neue regel", "neue direktive", "neue vorgabe", "neue richtlinie",
        "nova regra", "nova diretriz", "nova diretiva", "nova política", "nuova regola", "nuova direttiva", "nuova disposizione", "новое правило", "новая директива", "новое указание",
        "新规定", "新規定", "新规则", "新規則", "新指示", "新しいルール", "新ルール", "新しい規則", "새 규칙", "새 지침", "새로운 지침", "새 정책",
    ];

    /// <summary>"Everything" as the object of a dismissal ("forget everything you were told before", "忘掉之前的一切"): an
    /// object only with a back-reference near it, since "forget everything, let's go to the beach" dismisses nothing.</summary>
    public static readonly string[] Everything =
    [
        "everything", "all of that", "all that", "all of the above", "anything", "todo", "todo lo", "tout", "tout ce", "alles", "все", "всё", "tudo", "tutto", "her şey", "her sey", "mọi thứ", "semua",
        "كل شيء", "كل ما", "सब कुछ", "一切", "所有内容", "所有內容", "全部", "すべて", "全て", "모든 것", "전부",
    ];
}
