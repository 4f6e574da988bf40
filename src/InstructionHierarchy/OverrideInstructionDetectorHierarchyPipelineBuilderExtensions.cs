using InstructionHierarchy.Detection;

namespace InstructionHierarchy;

/// <summary>Adds the <see cref="OverrideInstructionDetector"/> to a pipeline.</summary>
public static class OverrideInstructionDetectorHierarchyPipelineBuilderExtensions
{
    /// <summary>Adds a detector for "ignore all previous instructions", "new instructions:", "from now on you…" and claims of higher authority.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static HierarchyPipelineBuilder AddOverrideInstructionDetector(this HierarchyPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddDetector(new OverrideInstructionDetector());
    }
}
