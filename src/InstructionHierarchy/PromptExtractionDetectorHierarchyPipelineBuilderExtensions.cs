using InstructionHierarchy.Detection;

namespace InstructionHierarchy;

/// <summary>Adds the <see cref="PromptExtractionDetector"/> to a pipeline.</summary>
public static class PromptExtractionDetectorHierarchyPipelineBuilderExtensions
{
    /// <summary>Adds a detector for requests to reveal, repeat, translate or re-encode the system prompt, hidden instructions or the text above.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static HierarchyPipelineBuilder AddPromptExtractionDetector(this HierarchyPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddDetector(new PromptExtractionDetector());
    }
}
