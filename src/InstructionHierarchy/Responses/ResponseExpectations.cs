namespace InstructionHierarchy.Responses;

/// <summary>
/// What the request side declared for the answer: the system text that must not leak, the protected secrets, the
/// canaries of the preamble. Build it from the assembled prompt with <see cref="FromPrompt"/>.
/// </summary>
public sealed class ResponseExpectations
{
    /// <summary>Gets the system (and developer) texts whose long passages must not appear in the answer.</summary>
    /// <value>The default value is empty.</value>
    public IReadOnlyList<string> SystemTexts { get; init; } = [];

    /// <summary>Gets the secrets that must not appear in the answer in any form.</summary>
    /// <value>The default value is empty.</value>
    public IReadOnlyList<ProtectedSecret> Secrets { get; init; } = [];

    /// <summary>Gets the leak canaries: tokens in the preamble the answer must never contain.</summary>
    /// <value>The default value is empty.</value>
    public IReadOnlyList<string> LeakCanaries { get; init; } = [];

    /// <summary>Gets the must-echo canary the answer must start with (removed before the user sees the answer), or <see langword="null"/>.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? EchoCanary { get; init; }

    /// <summary>
    /// Collects the expectations of one request: the system-tier texts of the prompt, the canaries the
    /// <see cref="CanaryTransform"/> added, the pipeline's and the request's protected secrets.
    /// </summary>
    /// <param name="prompt">The assembled prompt.</param>
    /// <param name="pipeline">The pipeline that assembled it, for its protected secrets; optional.</param>
    /// <param name="context">The request's context, for its protected secrets; optional.</param>
    /// <returns>The expectations.</returns>
    public static ResponseExpectations FromPrompt(AssembledPrompt prompt, HierarchyPipeline? pipeline = null, HierarchyContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var system = new List<string>();
        foreach (PromptSegment segment in prompt.OriginalSegments)
        {
            if (segment.Tier == PriorityTier.System && segment.Text.Length > 0)
            {
                system.Add(segment.Text);
            }
        }

        var secrets = new List<ProtectedSecret>();
        if (pipeline is not null)
        {
            secrets.AddRange(pipeline.ProtectedSecrets);
        }

        if (context is not null)
        {
            secrets.AddRange(context.ProtectedSecrets);
        }

        Canaries? canaries = Canaries.From(prompt);
        return new ResponseExpectations
        {
            SystemTexts = system,
            Secrets = secrets,
            LeakCanaries = canaries?.Leak is { } leak ? [leak] : [],
            EchoCanary = canaries?.Echo,
        };
    }
}
