using InstructionHierarchy.Sanitization;

namespace InstructionHierarchy;

/// <summary>Adds the <see cref="SpotlightingTransform"/> to a pipeline.</summary>
public static class SpotlightingHierarchyPipelineBuilderExtensions
{
    /// <summary>
    /// Spotlights tool output and media: each such segment is enclosed in a block with a per-request random boundary, and
    /// optionally datamarked or base64-encoded. Always placed before a hierarchy preamble, whatever the call order, so
    /// the preamble can describe the blocks.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The options; <see langword="null"/> to delimit tool output and media.</param>
    /// <returns>The builder.</returns>
    public static HierarchyPipelineBuilder AddSpotlighting(this HierarchyPipelineBuilder builder, SpotlightingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var transform = new SpotlightingTransform(options);
        for (int i = 0; i < builder.Transforms.Count; i++)
        {
            if (builder.Transforms[i] is HierarchyPreambleTransform)
            {
                builder.Transforms.Insert(i, transform);
                return builder;
            }
        }

        return builder.AddTransform(transform);
    }

    /// <summary>Spotlights tool output and media with options set by a callback.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Sets the options, starting from the defaults.</param>
    /// <returns>The builder.</returns>
    public static HierarchyPipelineBuilder AddSpotlighting(this HierarchyPipelineBuilder builder, Action<SpotlightingOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new SpotlightingOptions();
        configure(options);
        return builder.AddSpotlighting(options);
    }
}
