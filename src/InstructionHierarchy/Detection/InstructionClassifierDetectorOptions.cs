namespace InstructionHierarchy.Detection;

/// <summary>Options of <see cref="InstructionClassifierDetector"/>.</summary>
public sealed class InstructionClassifierDetectorOptions
{
    /// <summary>Gets or sets the probability (that a sentence or a pair of sentences is not benign) from which the detector reports.</summary>
    /// <value>The default value is 0.85. Lower finds more paraphrased attacks and flags more ordinary text.</value>
    public double Threshold { get; set; } = 0.85;

    /// <summary>Gets or sets the most findings reported for one segment view (the strongest windows win).</summary>
    /// <value>The default value is 4.</value>
    public int MaxFindingsPerView { get; set; } = 4;

    internal InstructionClassifierDetectorOptions Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Threshold, 0.0, nameof(Threshold));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(Threshold, 1.0, nameof(Threshold));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxFindingsPerView, 1, nameof(MaxFindingsPerView));
        return new InstructionClassifierDetectorOptions { Threshold = Threshold, MaxFindingsPerView = MaxFindingsPerView };
    }
}
