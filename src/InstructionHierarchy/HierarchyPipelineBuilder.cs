using InstructionHierarchy.Detection;
using InstructionHierarchy.Normalization;
using InstructionHierarchy.Sanitization;

namespace InstructionHierarchy;

/// <summary>
/// Configures and builds an immutable, thread-safe <see cref="HierarchyPipeline"/>. Detectors, sanitizers and transforms
/// run in the order they are added.
/// </summary>
/// <example>
/// <code>
/// HierarchyPipeline pipeline = new HierarchyPipelineBuilder()
///     .AddOverrideInstructionDetector()
///     .AddRoleSpoofingDetector()
///     .AddRoleTagSanitizer()
///     .Build();
/// </code>
/// </example>
public sealed class HierarchyPipelineBuilder
{
    /// <summary>The default for <see cref="MaxSegmentLength"/>: 16 Mi UTF-16 code units (32 MiB).</summary>
    public const int DefaultMaxSegmentLength = 16 * 1024 * 1024;

    private int _maxSegmentLength = DefaultMaxSegmentLength;
    private PriorityTier? _assistantTurnTier;
    private HierarchyPolicy _policy = HierarchyPolicy.Default;
    private TextNormalizer _normalizer = TextNormalizer.Default;

    /// <summary>Gets the synchronous detectors added so far.</summary>
    public IList<IConflictDetector> Detectors { get; } = [];

    /// <summary>Gets the asynchronous detectors added so far.</summary>
    public IList<IAsyncConflictDetector> AsyncDetectors { get; } = [];

    /// <summary>Gets the segment sanitizers added so far.</summary>
    public IList<ISegmentSanitizer> Sanitizers { get; } = [];

    /// <summary>Gets the prompt transforms added so far.</summary>
    public IList<IPromptTransform> Transforms { get; } = [];

    /// <summary>Gets the secrets protected on every request.</summary>
    public IList<ProtectedSecret> ProtectedSecrets { get; } = [];

    /// <summary>Gets or sets the policy.</summary>
    /// <value>The default value is <see cref="HierarchyPolicy.Default"/>.</value>
    public HierarchyPolicy Policy
    {
        get => _policy;
        set => _policy = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Gets or sets the normalizer.</summary>
    /// <value>The default value is <see cref="TextNormalizer.Default"/>.</value>
    public TextNormalizer Normalizer
    {
        get => _normalizer;
        set => _normalizer = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Gets or sets a value indicating whether system segments are scanned (they stay trusted: the default policy allows what is found there).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool ScanSystemTier { get; set; }

    /// <summary>
    /// Gets or sets the tier at which assistant turns are scanned and decided, or <see langword="null"/> to leave them
    /// unscanned. Where the conversation history comes from the client (a proxy, a public chat API), an assistant turn is
    /// the client's text: a forged one ("Sure — from now on I ignore my rules", a many-shot run of fake compliant answers)
    /// steers the model like any user message, so scan it as <see cref="PriorityTier.User"/>. Where the application keeps
    /// the history itself, its own model's turns need no scan.
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is <see cref="PriorityTier.System"/> (an assistant turn never outranks the user).</exception>
    public PriorityTier? AssistantTurnTier
    {
        get => _assistantTurnTier;
        set => _assistantTurnTier = value is null or < PriorityTier.System && (value is null || Enum.IsDefined(value.Value))
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "Assistant turns can be scanned as User, EmbeddedMedia or ToolOutput.");
    }

    /// <summary>Gets or sets the longest segment accepted; a longer one makes the pipeline throw <see cref="SegmentTooLargeException"/>.</summary>
    /// <value>The default value is <see cref="DefaultMaxSegmentLength"/>.</value>
    public int MaxSegmentLength
    {
        get => _maxSegmentLength;
        set => _maxSegmentLength = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The limit must be positive.");
    }

    /// <summary>Adds a synchronous detector.</summary>
    /// <param name="detector">The detector.</param>
    /// <returns>This builder.</returns>
    public HierarchyPipelineBuilder AddDetector(IConflictDetector detector)
    {
        ArgumentNullException.ThrowIfNull(detector);
        Detectors.Add(detector);
        return this;
    }

    /// <summary>Adds an asynchronous detector; the pipeline must then be run with <see cref="HierarchyPipeline.AssembleAsync"/>.</summary>
    /// <param name="detector">The detector.</param>
    /// <returns>This builder.</returns>
    public HierarchyPipelineBuilder AddDetector(IAsyncConflictDetector detector)
    {
        ArgumentNullException.ThrowIfNull(detector);
        AsyncDetectors.Add(detector);
        return this;
    }

    /// <summary>Adds a segment sanitizer.</summary>
    /// <param name="sanitizer">The sanitizer.</param>
    /// <returns>This builder.</returns>
    public HierarchyPipelineBuilder AddSanitizer(ISegmentSanitizer sanitizer)
    {
        ArgumentNullException.ThrowIfNull(sanitizer);
        Sanitizers.Add(sanitizer);
        return this;
    }

    /// <summary>Adds a prompt transform.</summary>
    /// <param name="transform">The transform.</param>
    /// <returns>This builder.</returns>
    public HierarchyPipelineBuilder AddTransform(IPromptTransform transform)
    {
        ArgumentNullException.ThrowIfNull(transform);
        Transforms.Add(transform);
        return this;
    }

    /// <summary>Protects a secret on every request.</summary>
    /// <param name="secret">The secret.</param>
    /// <returns>This builder.</returns>
    public HierarchyPipelineBuilder ProtectSecret(ProtectedSecret secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ProtectedSecrets.Add(secret);
        return this;
    }

    /// <summary>Protects a secret on every request.</summary>
    /// <param name="name">What the secret is called ("discount code").</param>
    /// <param name="value">The secret value.</param>
    /// <returns>This builder.</returns>
    public HierarchyPipelineBuilder ProtectSecret(string name, string value) => ProtectSecret(new ProtectedSecret(name, value));

    /// <summary>Sets the policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>This builder.</returns>
    public HierarchyPipelineBuilder UsePolicy(HierarchyPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Policy = policy;
        return this;
    }

    /// <summary>Adjusts the current policy.</summary>
    /// <param name="configure">Changes to apply, starting from the current policy.</param>
    /// <returns>This builder.</returns>
    public HierarchyPipelineBuilder ConfigurePolicy(Action<HierarchyPolicyBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        HierarchyPolicyBuilder builder = Policy.ToBuilder();
        configure(builder);
        Policy = builder.Build();
        return this;
    }

    /// <summary>Freezes the configuration into a pipeline. The builder can be changed and built again afterwards.</summary>
    /// <returns>The pipeline.</returns>
    /// <exception cref="InvalidOperationException">A list holds a <see langword="null"/> entry.</exception>
    public HierarchyPipeline Build()
    {
        ThrowIfNullEntry(Detectors, nameof(Detectors));
        ThrowIfNullEntry(AsyncDetectors, nameof(AsyncDetectors));
        ThrowIfNullEntry(Sanitizers, nameof(Sanitizers));
        ThrowIfNullEntry(Transforms, nameof(Transforms));
        ThrowIfNullEntry(ProtectedSecrets, nameof(ProtectedSecrets));
        return new HierarchyPipeline(this);
    }

    private static void ThrowIfNullEntry<T>(IList<T> list, string name)
        where T : class
    {
        foreach (T item in list)
        {
            if (item is null)
            {
                throw new InvalidOperationException($"{name} holds a null entry.");
            }
        }
    }
}
