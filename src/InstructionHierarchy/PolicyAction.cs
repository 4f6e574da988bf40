namespace InstructionHierarchy;

/// <summary>What the policy does with a finding. Values are ordered by strength; a segment takes the strongest action of its findings.</summary>
public enum PolicyAction
{
    /// <summary>Let it through without reporting it as acted upon.</summary>
    Allow = 0,

    /// <summary>Report it; the text stays byte-identical.</summary>
    Flag = 1,

    /// <summary>Defuse it in place: escape role tokens, strip hidden characters, quote the instruction as data.</summary>
    Neutralize = 2,

    /// <summary>Remove the span and leave a visible marker naming what was removed.</summary>
    Redact = 3,

    /// <summary>Refuse the whole request.</summary>
    Block = 4,
}
