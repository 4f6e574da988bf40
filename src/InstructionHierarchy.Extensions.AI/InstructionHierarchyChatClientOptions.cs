using InstructionHierarchy.Extensions.AI.Responses;
using Microsoft.Extensions.AI;

namespace InstructionHierarchy.Extensions.AI;

/// <summary>Options of <see cref="InstructionHierarchyChatClient"/>. The client copies them when it is created.</summary>
public sealed class InstructionHierarchyChatClientOptions
{
    /// <summary>The default for <see cref="RefusalText"/>.</summary>
    public const string DefaultRefusalText = "I can't help with that request: it conflicts with the instructions I have to follow.";

    private string _refusalText = DefaultRefusalText;

    /// <summary>Gets or sets what the client does when the policy blocks a request.</summary>
    /// <value>The default value is <see cref="BlockedRequestBehavior.Throw"/>.</value>
    public BlockedRequestBehavior BlockedRequestBehavior { get; set; } = BlockedRequestBehavior.Throw;

    /// <summary>Gets or sets the assistant text returned instead of calling the model when <see cref="BlockedRequestBehavior"/> is <see cref="BlockedRequestBehavior.Refuse"/>.</summary>
    /// <value>The default value is <see cref="DefaultRefusalText"/>.</value>
    /// <exception cref="ArgumentException">The value is empty or white space.</exception>
    public string RefusalText
    {
        get => _refusalText;
        set
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
            _refusalText = value;
        }
    }

    /// <summary>
    /// Gets or sets a value indicating whether the model's answers are inspected: protected secret values (declared on the
    /// pipeline or by <see cref="ContextFactory"/>) are redacted, in streams too, where text that could be the start of a
    /// secret is held back until it is known not to be one.
    /// </summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool InspectResponses { get; set; } = true;

    /// <summary>
    /// Gets or sets a value indicating whether the pipeline's preamble (<see cref="AssembledPrompt.Preamble"/>), when a transform
    /// adds one, is sent as an extra system message before all other messages.
    /// </summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool SendPreamble { get; set; } = true;

    /// <summary>
    /// Gets or sets a function that supplies the per-request <see cref="HierarchyContext"/> (protected secrets of this user or
    /// tenant, a random seed for tests) from the request's messages and options.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: every request uses <see cref="HierarchyContext.Empty"/>.</value>
    public Func<IReadOnlyList<ChatMessage>, ChatOptions?, HierarchyContext?>? ContextFactory { get; set; }

    /// <summary>
    /// Gets or sets a callback that receives every assembled prompt (allowed, sanitized or blocked) before the model is called:
    /// the place for audit logging (<see cref="AssembledPrompt.ToJson(bool)"/> writes no segment text).
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public Action<AssembledPrompt>? OnAssembled { get; set; }

    /// <summary>
    /// Gets or sets the response check used when <see cref="InspectResponses"/> is on. Internal seam: the built-in check
    /// redacts protected secret values verbatim; it is meant to be replaced by the response monitor of the core package.
    /// </summary>
    internal IResponseCheck ResponseCheck { get; set; } = ProtectedSecretResponseCheck.Instance;
}
