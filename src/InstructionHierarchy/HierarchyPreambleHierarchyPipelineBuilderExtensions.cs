using InstructionHierarchy.Sanitization;

namespace InstructionHierarchy;

/// <summary>Adds the <see cref="HierarchyPreambleTransform"/> to a pipeline.</summary>
public static class HierarchyPreambleHierarchyPipelineBuilderExtensions
{
    /// <summary>
    /// Adds a preamble, sent as its own system message before the application's, that explains the tier order and how
    /// this request's untrusted content is marked.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The options; <see langword="null"/> for the English built-in text.</param>
    /// <returns>The builder.</returns>
    public static HierarchyPipelineBuilder AddHierarchyPreamble(this HierarchyPipelineBuilder builder, HierarchyPreambleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddTransform(new HierarchyPreambleTransform(options));
    }

    /// <summary>Adds the hierarchy preamble with options set by a callback.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Sets the options, starting from the defaults.</param>
    /// <returns>The builder.</returns>
    public static HierarchyPipelineBuilder AddHierarchyPreamble(this HierarchyPipelineBuilder builder, Action<HierarchyPreambleOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new HierarchyPreambleOptions();
        configure(options);
        return builder.AddHierarchyPreamble(options);
    }
}
