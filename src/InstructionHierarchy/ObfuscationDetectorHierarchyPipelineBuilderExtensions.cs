using InstructionHierarchy.Detection;

namespace InstructionHierarchy;

/// <summary>Adds the <see cref="ObfuscationDetector"/> to a pipeline.</summary>
public static class ObfuscationDetectorHierarchyPipelineBuilderExtensions
{
    /// <summary>Adds a detector for hidden or encoded content (invisible characters inside words, tag characters, bidi overrides, encoded payloads that decode to instructions, disguised trigger phrases); add it after the other detectors.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static HierarchyPipelineBuilder AddObfuscationDetector(this HierarchyPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddDetector(new ObfuscationDetector());
    }
}
