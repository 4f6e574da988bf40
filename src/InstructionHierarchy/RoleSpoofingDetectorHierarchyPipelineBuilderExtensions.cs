using InstructionHierarchy.Detection;

namespace InstructionHierarchy;

/// <summary>Adds the <see cref="RoleSpoofingDetector"/> to a pipeline.</summary>
public static class RoleSpoofingDetectorHierarchyPipelineBuilderExtensions
{
    /// <summary>Adds a detector for chat-template tokens, fake role headers and closing-tag escapes in lower tiers.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <returns>The builder.</returns>
    public static HierarchyPipelineBuilder AddRoleSpoofingDetector(this HierarchyPipelineBuilder builder, RoleSpoofingDetectorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddDetector(new RoleSpoofingDetector(options));
    }
}
