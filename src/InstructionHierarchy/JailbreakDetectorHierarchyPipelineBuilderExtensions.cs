using InstructionHierarchy.Detection;

namespace InstructionHierarchy;

/// <summary>Adds the <see cref="JailbreakDetector"/> to a pipeline.</summary>
public static class JailbreakDetectorHierarchyPipelineBuilderExtensions
{
    /// <summary>Adds a detector for jailbreak prompts (DAN and family, no-restrictions personas, refusal suppression, fake authorization, dual responses).</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static HierarchyPipelineBuilder AddJailbreakDetector(this HierarchyPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddDetector(new JailbreakDetector());
    }
}
