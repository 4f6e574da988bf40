using System.CommandLine;
using System.Globalization;

namespace InstructionHierarchy.Cli;

/// <summary>The detector options the <c>scan</c> and <c>eval</c> commands share: the classifier's threshold, or no classifier.</summary>
/// <param name="ClassifierThreshold">The classifier's threshold; <see langword="null"/> for the library's default.</param>
/// <param name="UseClassifier">Whether the statistical classifier runs.</param>
internal sealed record DetectorSettings(double? ClassifierThreshold, bool UseClassifier)
{
    /// <summary>The library's defaults.</summary>
    public static readonly DetectorSettings Default = new(null, true);

    /// <summary>Creates <c>--classifier-threshold</c>.</summary>
    public static Option<double?> CreateThresholdOption() => new("--classifier-threshold")
    {
        Description = "Probability (between 0 and 1, exclusive) from which the statistical classifier reports (default 0.85); lower finds more paraphrases and flags more ordinary text.",
    };

    /// <summary>Creates <c>--no-classifier</c>.</summary>
    public static Option<bool> CreateNoClassifierOption() => new("--no-classifier")
    {
        Description = "Run the rule-based detectors only, without the statistical classifier.",
    };

    /// <summary>Reads and checks the two options.</summary>
    /// <exception cref="CliException">The threshold is out of range, or both options are given.</exception>
    public static DetectorSettings From(double? threshold, bool noClassifier)
    {
        if (threshold is { } t && !(t > 0 && t < 1))
        {
            throw new CliException($"--classifier-threshold must lie between 0 and 1 (exclusive), not {t.ToString(CultureInfo.InvariantCulture)}");
        }

        if (threshold is not null && noClassifier)
        {
            throw new CliException("give either --classifier-threshold or --no-classifier, not both");
        }

        return new DetectorSettings(threshold, !noClassifier);
    }

    /// <summary>Applies the settings to the options of <c>AddDefaults</c>.</summary>
    public void Apply(DefaultDetectorOptions options)
    {
        options.UseClassifier = UseClassifier;
        if (ClassifierThreshold is { } threshold)
        {
            options.Classifier.Threshold = threshold;
        }
    }
}
