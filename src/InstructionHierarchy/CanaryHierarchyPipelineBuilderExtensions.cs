using InstructionHierarchy.Responses;

namespace InstructionHierarchy;

/// <summary>Adds the <see cref="CanaryTransform"/> to a pipeline.</summary>
public static class CanaryHierarchyPipelineBuilderExtensions
{
    /// <summary>
    /// Adds canary tokens to the preamble (a leak canary by default; a must-echo canary on request) and records them for
    /// <see cref="ResponseExpectations.FromPrompt"/>.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The options; <see langword="null"/> for a leak canary only.</param>
    /// <returns>The builder.</returns>
    public static HierarchyPipelineBuilder AddCanaries(this HierarchyPipelineBuilder builder, CanaryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddTransform(new CanaryTransform(options));
    }
}
