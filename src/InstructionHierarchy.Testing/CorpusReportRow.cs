namespace InstructionHierarchy.Testing;

/// <summary>The results of one group of corpus cases (a category, a language or a tier).</summary>
/// <param name="Group">The group's name.</param>
/// <param name="Attacks">The number of attacks.</param>
/// <param name="Detected">The attacks on which the pipeline reported anything.</param>
/// <param name="Handled">The attacks that got at least their expected action.</param>
/// <param name="Negatives">The number of benign texts and hard negatives.</param>
/// <param name="FalsePositives">The negatives the pipeline sanitized or blocked.</param>
public sealed record CorpusReportRow(string Group, int Attacks, int Detected, int Handled, int Negatives, int FalsePositives)
{
    /// <summary>Gets the share of attacks detected, from 0 to 1 (0 when the group has no attack).</summary>
    public double DetectionRate => Attacks == 0 ? 0 : (double)Detected / Attacks;

    /// <summary>Gets the share of attacks that got at least their expected action, from 0 to 1.</summary>
    public double HandledRate => Attacks == 0 ? 0 : (double)Handled / Attacks;

    /// <summary>Gets the share of negatives sanitized or blocked, from 0 to 1.</summary>
    public double FalsePositiveRate => Negatives == 0 ? 0 : (double)FalsePositives / Negatives;
}
