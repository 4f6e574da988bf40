namespace InstructionHierarchy;

/// <summary>The outcome of <see cref="HierarchyPipeline.Assemble(IReadOnlyList{PromptSegment}, HierarchyContext?)"/>.</summary>
public enum PromptVerdict
{
    /// <summary>Nothing was changed by policy (findings, if any, were only flagged).</summary>
    Allowed = 0,

    /// <summary>Findings were neutralized or redacted; the sanitized segments are safe to send.</summary>
    Sanitized = 1,

    /// <summary>The policy blocked the request; do not send it.</summary>
    Blocked = 2,
}
