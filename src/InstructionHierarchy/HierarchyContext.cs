namespace InstructionHierarchy;

/// <summary>
/// What the higher tiers declare for one request, carried to every detector and sanitizer: protected
/// secrets, and the seed that makes randomized sanitization (spotlighting boundaries) reproducible.
/// </summary>
/// <remarks>
/// Secrets declared on the pipeline (<see cref="HierarchyPipelineBuilder.ProtectSecret(ProtectedSecret)"/>) apply to
/// every request; a context adds per-request ones.
/// </remarks>
public sealed class HierarchyContext
{
    private static readonly IReadOnlyDictionary<string, object?> EmptyItems = new Dictionary<string, object?>(0);

    /// <summary>Gets an empty context.</summary>
    public static HierarchyContext Empty { get; } = new();

    /// <summary>Gets the secrets that must not be revealed.</summary>
    /// <value>The default value is empty.</value>
    public IReadOnlyList<ProtectedSecret> ProtectedSecrets { get; init; } = [];

    /// <summary>
    /// Gets a seed for the random choices sanitizers make (spotlighting boundaries, canaries), so that tests
    /// can pin the output. Leave it <see langword="null"/> in production: boundaries then come from a
    /// cryptographic random source and cannot be guessed by the content.
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public int? RandomSeed { get; init; }

    /// <summary>Gets free-form values for custom detectors and sanitizers.</summary>
    /// <value>The default value is empty.</value>
    public IReadOnlyDictionary<string, object?> Items { get; init; } = EmptyItems;
}
