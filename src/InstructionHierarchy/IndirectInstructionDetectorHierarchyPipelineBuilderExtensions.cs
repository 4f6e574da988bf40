using InstructionHierarchy.Detection;

namespace InstructionHierarchy;

/// <summary>Adds the <see cref="IndirectInstructionDetector"/> to a pipeline.</summary>
public static class IndirectInstructionDetectorHierarchyPipelineBuilderExtensions
{
    /// <summary>
    /// Adds a detector for instructions inside tool output and media that are addressed to the model rather than to a
    /// human reader ("Note to the assistant…", "In your reply, include…", inserted tasks such as "Write a poem about…").
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static HierarchyPipelineBuilder AddIndirectInstructionDetector(this HierarchyPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddDetector(new IndirectInstructionDetector());
    }
}
