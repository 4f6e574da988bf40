using InstructionHierarchy.Extensions.AI.Responses;
using InstructionHierarchy.Responses;
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
    /// Gets or sets a value indicating whether the model's answers are inspected with the core's
    /// <see cref="InstructionHierarchy.Responses.ResponseInspector"/> (streams: <see cref="ResponseMonitor"/>): protected
    /// secrets (declared on the pipeline or by <see cref="ContextFactory"/>; as is, respelled, reversed, base64 or hex),
    /// passages of the system prompt and the preamble's canaries are redacted, and markdown images or links that carry
    /// data to hosts outside the allow-list are removed. In a stream, a bounded tail is held back until it is known not to
    /// be the start of a leak (see <see cref="ResponseMonitorOptions"/>).
    /// </summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool InspectResponses { get; set; } = true;

    /// <summary>Gets or sets the inspector that checks answers (its options hold the link allow-list and the leak thresholds).</summary>
    /// <value>The default value is <see langword="null"/>: <see cref="ResponseInspector.Default"/>.</value>
    public ResponseInspector? ResponseInspector { get; set; }

    /// <summary>
    /// Gets or sets the options of the stream monitor: how much text is held back (by default 256 characters, or 4 × the
    /// longest secret or canary + 16), so that a leak split across chunks is caught before it is shown.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: the defaults.</value>
    public ResponseMonitorOptions? ResponseMonitorOptions { get; set; }

    /// <summary>
    /// Gets or sets a callback that receives the findings of an inspected answer when there are any (once per answer, after
    /// a non-streamed answer is inspected or at the end of a stream): the place for alerting. Findings never carry the
    /// secret values.
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public Action<IReadOnlyList<ResponseFinding>>? OnResponseFindings { get; set; }

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
    /// Gets or sets the response check used when <see cref="InspectResponses"/> is on. Internal seam; <see langword="null"/>
    /// builds a <see cref="ResponseMonitorCheck"/> from <see cref="ResponseInspector"/> and <see cref="ResponseMonitorOptions"/>.
    /// </summary>
    internal IResponseCheck? ResponseCheck { get; set; }
}
