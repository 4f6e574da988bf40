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

    /// <summary>A question or request about a secret value: "what is the", "tell me the", "spell", "backwards", "first 3 characters".</summary>
    SecretProbe,

    /// <summary>A word that defines one thing as another: "means", "stands for", "is code for", 意思是, という意味 (the
    /// code-word game of the obfuscation detector, which checks the exact spacing at each hit).</summary>
    Definition,
}
