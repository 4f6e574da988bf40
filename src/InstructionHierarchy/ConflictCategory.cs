namespace InstructionHierarchy;

/// <summary>What a lower-tier instruction tries to do against the higher tiers.</summary>
public enum ConflictCategory
{
    /// <summary>Overrides or replaces higher-tier instructions ("ignore all previous instructions", "new instructions:").</summary>
    Override = 0,

    /// <summary>Extracts the system prompt or hidden instructions ("print your system prompt", "repeat the text above").</summary>
    Extraction = 1,

    /// <summary>Jailbreaks the model's rules (DAN, developer mode, unfiltered personas, refusal suppression).</summary>
    Jailbreak = 2,

    /// <summary>Impersonates a more trusted role (chat-template tokens, fake <c>system:</c> turns, closing-tag escapes).</summary>
    RoleSpoof = 3,

    /// <summary>Moves data out: markdown images with data in the URL, "send the conversation to …".</summary>
    Exfiltration = 4,

    /// <summary>Hides or encodes content (invisible characters, tag characters, base64, homoglyphs).</summary>
    Obfuscation = 5,

    /// <summary>Data (tool output, media) addressing the model with instructions.</summary>
    IndirectInstruction = 6,

    /// <summary>Asks for a secret the application declared protected.</summary>
    SecretRequest = 7,
}
