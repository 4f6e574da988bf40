namespace InstructionHierarchy.Testing;

/// <summary>What a pipeline did with one corpus case.</summary>
/// <param name="Case">The case.</param>
/// <param name="Verdict">The verdict of the case's conversation.</param>
/// <param name="Action">The strongest action on the case's own segment (<see cref="PolicyAction.Block"/> when the verdict is blocked).</param>
/// <param name="Findings">The number of findings on the case's own segment.</param>
public sealed record CorpusCaseResult(AttackCase Case, PromptVerdict Verdict, PolicyAction Action, int Findings)
{
    /// <summary>Gets a value indicating whether the pipeline reported anything on the case's segment (or blocked it).</summary>
    public bool Detected => Findings > 0 || Verdict == PromptVerdict.Blocked;

    /// <summary>Gets a value indicating whether the pipeline met the case's expectation (see <see cref="HierarchyAssert.Handles"/>).</summary>
    public bool MetExpectation => Case.IsAttack ? Action >= Case.ExpectedMinimumAction : Verdict == PromptVerdict.Allowed;
}
