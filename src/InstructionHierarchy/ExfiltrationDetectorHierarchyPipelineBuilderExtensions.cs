using InstructionHierarchy.Detection;

namespace InstructionHierarchy;

/// <summary>Adds the <see cref="ExfiltrationDetector"/> to a pipeline.</summary>
public static class ExfiltrationDetectorHierarchyPipelineBuilderExtensions
{
    /// <summary>
    /// Adds a detector for data exfiltration: markdown images and links whose URL carries conversation data, instructions
    /// to send secrets or the conversation to a URL, address or tool, and code that reads and sends sensitive data.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static HierarchyPipelineBuilder AddExfiltrationDetector(this HierarchyPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddDetector(new ExfiltrationDetector());
    }
}
