using InstructionHierarchy.Detection;

namespace InstructionHierarchy;

/// <summary>
/// Options of <see cref="DefaultsHierarchyPipelineBuilderExtensions.AddDefaults(HierarchyPipelineBuilder, Action{DefaultDetectorOptions}?)"/>:
/// the settings of the built-in detectors that have any, so a caller can tune the recommended set without listing it.
/// </summary>
public sealed class DefaultDetectorOptions
{
    /// <summary>Gets or sets a value indicating whether the statistical <see cref="InstructionClassifierDetector"/> is added.</summary>
    /// <value>The default value is <see langword="true"/>. Without it only the rule-based detectors run: every finding then
    /// names the rule and the words that made it, and paraphrases that no rule knows are missed.</value>
    public bool UseClassifier { get; set; } = true;

    /// <summary>Gets the options of the <see cref="InstructionClassifierDetector"/> (its threshold, its findings per view).</summary>
    /// <value>The default value is a new <see cref="InstructionClassifierDetectorOptions"/> with its defaults.</value>
    public InstructionClassifierDetectorOptions Classifier { get; } = new();

    /// <summary>Gets the options of the <see cref="RoleSpoofingDetector"/>.</summary>
    /// <value>The default value is a new <see cref="RoleSpoofingDetectorOptions"/> with its defaults.</value>
    public RoleSpoofingDetectorOptions RoleSpoofing { get; } = new();
}
