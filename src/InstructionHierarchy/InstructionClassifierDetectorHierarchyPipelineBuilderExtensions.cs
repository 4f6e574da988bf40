using InstructionHierarchy.Detection;

namespace InstructionHierarchy;

/// <summary>Adds the <see cref="InstructionClassifierDetector"/> to a pipeline.</summary>
public static class InstructionClassifierDetectorHierarchyPipelineBuilderExtensions
{
    /// <summary>Adds the statistical detector of paraphrased instructions (a small multilingual linear model; see <see cref="InstructionClassifierDetector"/>).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static HierarchyPipelineBuilder AddInstructionClassifier(this HierarchyPipelineBuilder builder, InstructionClassifierDetectorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddDetector(new InstructionClassifierDetector(options));
    }
}
