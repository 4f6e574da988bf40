namespace InstructionHierarchy.Detection.Lexicon;

/// <summary>A word class of the built-in lexicon: what an anchor phrase means, in any language.</summary>
/// <remarks>Rules combine cues that occur near each other (an imperative, its object and a qualifier) rather than
/// matching fixed sentences, so wording and word order that were never seen still match.</remarks>
internal enum Cue : byte
{
    /// <summary>An imperative that dismisses instructions: ignore, disregard, forget, 忽略, 無視して, игнорируй.</summary>
    Dismiss,

    /// <summary>A qualifier that points back at earlier text: previous, above, prior, 之前, 上記, предыдущие.</summary>
    Prior,

    /// <summary>A noun for instructions: instructions, rules, guidelines, 指令, 指示, инструкции.</summary>
    InstructionNoun,

    /// <summary>An announcement of replacement instructions: "new instructions", "updated instructions", 新的指令.</summary>
    NewInstructions,

    /// <summary>A time qualifier that redefines behaviour: "from now on", 从现在开始, 지금부터, désormais.</summary>
    FromNowOn,

    /// <summary>A predicate that declares instructions void: "no longer apply", "are revoked", "are superseded", 不再适用, außer Kraft.</summary>
    Invalidate,

    /// <summary>A replaced task: "your real task", "your actual goal", 你真正的任务.</summary>
    RealTask,

    /// <summary>A claim of authority above the system prompt: "admin mode", "system override", "overrides the system prompt".</summary>
    Authority,

    /// <summary>A verb that discloses or re-encodes text: reveal, repeat, print, output, translate, 输出, 表示, покажи.</summary>
    Reveal,

    /// <summary>The model's hidden context: "system prompt", "initial instructions", "the text above", 系统提示, システムプロンプト.</summary>
    PromptTarget,

    /// <summary>Earlier text addressed indirectly: "the text above", "everything before", 上面的内容.</summary>
    AboveTarget,

    /// <summary>The model's own configuration: "your rules", "your guidelines", "your configuration", 你的规则.</summary>
    ConfigTarget,

    /// <summary>A re-encoding that smuggles text out: "in base64", "spell it", "first letter of each word", "verbatim".</summary>
    Transform,

    /// <summary>A direct question about the model's instructions: "what were you told", "what are your instructions".</summary>
    AskInstructions,

    /// <summary>The name of a well-known jailbreak or its mode: "do anything now", "developer mode", "jailbroken".</summary>
    JailbreakName,

    /// <summary>A short persona name of the DAN family (DAN, STAN, DUDE, AIM): weak alone.</summary>
    PersonaName,

    /// <summary>Freedom from limits: "no restrictions", "no filters", "without any limits", "content policy", 没有任何限制.</summary>
    NoLimits,

    /// <summary>A persona switch: "you are now", "act as", "pretend to be", "stay in character", 扮演.</summary>
    Persona,

    /// <summary>An amoral or evil persona trait: "amoral", "unfiltered", "uncensored", "unethical", "evil".</summary>
    Amoral,

    /// <summary>Refusal suppression: "never refuse", "do not apologize", "never say you can't", 不要拒绝.</summary>
    NoRefusal,

    /// <summary>Fictional or hypothetical framing: "hypothetical", "fictional world", "imagine a world", 假设.</summary>
    Fiction,

    /// <summary>Fake authorization: "I am an OpenAI employee", "I am your developer", "authorized to".</summary>
    FakeAuthorization,

    /// <summary>A dual-response format: "two responses", "[🔓JAILBREAK]", "(developer mode output)".</summary>
    DualResponse,

    /// <summary>A demand for operational completeness inside a frame: "in complete technical detail", "don't skip any step",
    /// "not watered down", "it has to be exact", 不要省略任何细节. Weak: it adds to other signals and never makes a finding alone.</summary>
    Realism,

    /// <summary>Descriptive, third-person or defensive discourse about attacks: attacker, malicious, mitigation, 攻击者.</summary>
    Meta,

    /// <summary>A precedence claim: "takes priority over", "outranks", "mine win", 优先于, 以…为准, より優先, Vorrang.</summary>
    Precedence,

    /// <summary>A claim of permission or approval: "approved", "authorized", "asked me to pass along", 批准, 承認, genehmigt.</summary>
    Permission,

    /// <summary>An AI reader named or addressed: "the AI", "the assistant", "screening system", "who set you up", 人工智能, ИИ.</summary>
    ModelAddressee,

    /// <summary>A weak header that announces a rule ("new rule", "nueva regla", 新规定, 새 규칙): an override only when aimed at an AI reader.</summary>
    NewRule,

    /// <summary>A question or request about a secret value: "what is the", "tell me the", "spell", "backwards", "first 3 characters".</summary>
    SecretProbe,

    /// <summary>A dangerous item that is only harmful when someone asks how to make or use it: bomb, napalm, ransomware,
    /// keylogger, methamphetamine, ricin, 炸弹, 爆弾, 폭탄. The detector verifies a verb of making or obtaining near it.</summary>
    HarmfulItem,

    /// <summary>A harmful act named whole: "hotwire a car", "launder money", "without getting caught", "lethal dose", 洗钱.</summary>
    HarmfulAct,

    /// <summary>A pretext that asks for unsafe content as something else: a deceased relative's bedtime story, a safety
    /// dataset that needs "the unsafe answer", 已故的奶奶, 亡くなった祖母.</summary>
    Pretext,

    /// <summary>Disparagement of the model's restrictions, setting its own judgement against them: "your guardrails were
    /// written by lawyers", "use your judgement, not theirs", "they brainwashed you".</summary>
    Disparage,

    /// <summary>A slot for the user's request in a prompt template: "[INSERT PROMPT HERE]", "[your prompt here]", "insert prompt here".
    /// Weak: it adds to other signals and never makes a finding alone.</summary>
    Template,

    /// <summary>A predicate that switches a safeguard off: "are disabled", "turned off", "deactivated", disattivate, devre dışı,
    /// 비활성화, 已禁用. The jailbreak detector counts it only after a noun of rules or safety.</summary>
    SwitchedOff,

    /// <summary>A word that defines one thing as another: "means", "stands for", "is code for", 意思是, という意味 (the
    /// code-word game of the obfuscation detector, which checks the exact spacing at each hit).</summary>
    Definition,

    /// <summary>Holding a role whatever is asked: "never break character", "stay in character", "no salgas del personaje", 不要出戏.
    /// Weak: part of any role-play; the jailbreak detector counts it as a push only beside a harmful request.</summary>
    KeepRole,

    /// <summary>Suppression of caveats: "no warnings", "no disclaimers", "don't apologize", "no lectures", a forced "Sure, here is"
    /// opening, 不要警告. Ordinary requests use the same words, so it counts as a push only beside a harmful request and adds
    /// weight only beside another signal that breaks rules.</summary>
    NoCaveat,
}
