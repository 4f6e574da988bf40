namespace InstructionHierarchy;

/// <summary>How strongly a finding conflicts with the higher tiers. Policies map severities to actions.</summary>
public enum ConflictSeverity
{
    /// <summary>Suspicious wording with a plausible benign reading.</summary>
    Low = 0,

    /// <summary>An instruction aimed at the model that departs from its task.</summary>
    Medium = 1,

    /// <summary>A clear attempt to override, extract, jailbreak or impersonate.</summary>
    High = 2,

    /// <summary>A clear attempt combined with exfiltration, role spoofing or obfuscation.</summary>
    Critical = 3,
}
