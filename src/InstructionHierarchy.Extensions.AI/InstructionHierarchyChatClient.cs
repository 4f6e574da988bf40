using System.Runtime.CompilerServices;
using InstructionHierarchy.Extensions.AI.Responses;
using InstructionHierarchy.Responses;
using Microsoft.Extensions.AI;

namespace InstructionHierarchy.Extensions.AI;

/// <summary>
/// An <see cref="IChatClient"/> middleware that runs every request through a <see cref="HierarchyPipeline"/> before the
/// inner client sees it, and inspects the answer on its way back (streaming included).
/// </summary>
/// <remarks>
/// <para>
/// Each piece of text becomes a <see cref="PromptSegment"/> of the tier its message earns: system messages are
/// <see cref="PriorityTier.System"/>, user messages <see cref="PriorityTier.User"/>, tool messages and every
/// <see cref="FunctionResultContent"/> <see cref="PriorityTier.ToolOutput"/> (named after the function of the matching
/// <see cref="FunctionCallContent"/>), text marked with <see cref="MarkAsMedia(ChatMessage, MediaKind, string?)"/> and
/// <c>text/*</c> <see cref="DataContent"/> <see cref="PriorityTier.EmbeddedMedia"/>, messages of an unknown role
/// <see cref="PriorityTier.ToolOutput"/>. Assistant turns are context only.
/// </para>
/// <para>
/// The sanitized texts are written into copies of the messages: roles, non-text contents and properties are kept, the
/// caller's messages are never changed, a message's role is never changed, and a changed message loses its
/// <see cref="ChatMessage.RawRepresentation"/> (which still holds the original text). The pipeline's preamble, if any,
/// goes first as an extra system message.
/// </para>
/// <para>
/// Place it between a function-invoking client and the model client, so that every round of a tool-calling loop, with
/// its new <see cref="FunctionResultContent"/>s, is guarded before the model reads it.
/// </para>
/// </remarks>
public sealed class InstructionHierarchyChatClient : DelegatingChatClient
{
    /// <summary>
    /// The <see cref="AdditionalPropertiesDictionary"/> key that marks a message or a content as text extracted from media
    /// (OCR, transcript, document). Its value is a <see cref="MediaKind"/> or its name; any other value counts as
    /// <see cref="MediaKind.Unknown"/>.
    /// </summary>
    public const string MediaKindPropertyName = "ih.media";

    /// <summary>The <see cref="AdditionalPropertiesDictionary"/> key of the media's file or source name (<c>resume.pdf</c>), recorded as provenance.</summary>
    public const string MediaSourcePropertyName = "ih.media.source";

    /// <summary>The <see cref="ChatResponse.AdditionalProperties"/> key set to <c>"blocked"</c> on a refusal this client returned instead of calling the model.</summary>
    public const string VerdictPropertyName = "ih.verdict";

    private readonly BlockedRequestBehavior _blockedBehavior;
    private readonly string _refusalText;
    private readonly bool _sendPreamble;
    private readonly Func<IReadOnlyList<ChatMessage>, ChatOptions?, HierarchyContext?>? _contextFactory;
    private readonly Action<AssembledPrompt>? _onAssembled;
    private readonly IResponseCheck? _responseCheck;
    private readonly Action<IReadOnlyList<ResponseFinding>>? _onResponseFindings;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="innerClient">The client that talks to the model.</param>
    /// <param name="pipeline">The pipeline that guards each request.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults. They are copied.</param>
    public InstructionHierarchyChatClient(IChatClient innerClient, HierarchyPipeline pipeline, InstructionHierarchyChatClientOptions? options = null)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        options ??= new InstructionHierarchyChatClientOptions();
        Pipeline = pipeline;
        _blockedBehavior = options.BlockedRequestBehavior;
        _refusalText = options.RefusalText;
        _sendPreamble = options.SendPreamble;
        _contextFactory = options.ContextFactory;
        _onAssembled = options.OnAssembled;
        _responseCheck = !options.InspectResponses ? null
            : options.ResponseCheck ?? (options.ResponseInspector is null && options.ResponseMonitorOptions is null
                ? ResponseMonitorCheck.Default
                : new ResponseMonitorCheck(options.ResponseInspector, options.ResponseMonitorOptions));
        _onResponseFindings = options.OnResponseFindings;
    }

    /// <summary>Gets the pipeline that guards each request.</summary>
    public HierarchyPipeline Pipeline { get; }

    /// <summary>Marks a message as text extracted from media: its text is guarded as <see cref="PriorityTier.EmbeddedMedia"/> (never more trusted than its role).</summary>
    /// <param name="message">The message, changed in place.</param>
    /// <param name="kind">The kind of media.</param>
    /// <param name="sourceName">The file or source name, such as <c>resume.pdf</c>.</param>
    /// <returns>The same message.</returns>
    public static ChatMessage MarkAsMedia(ChatMessage message, MediaKind kind, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        message.AdditionalProperties = Mark(message.AdditionalProperties, kind, sourceName);
        return message;
    }

    /// <summary>Marks one content (a <see cref="TextContent"/> of a user message, say) as text extracted from media.</summary>
    /// <typeparam name="TContent">The type of content.</typeparam>
    /// <param name="content">The content, changed in place.</param>
    /// <param name="kind">The kind of media.</param>
    /// <param name="sourceName">The file or source name, such as <c>resume.pdf</c>.</param>
    /// <returns>The same content.</returns>
    public static TContent MarkAsMedia<TContent>(TContent content, MediaKind kind, string? sourceName = null)
        where TContent : AIContent
    {
        ArgumentNullException.ThrowIfNull(content);
        content.AdditionalProperties = Mark(content.AdditionalProperties, kind, sourceName);
        return content;
    }

    /// <inheritdoc />
    /// <exception cref="InstructionConflictException">The policy blocked the request and <see cref="BlockedRequestBehavior"/> is <see cref="BlockedRequestBehavior.Throw"/>.</exception>
    /// <exception cref="SegmentTooLargeException">A piece of text is longer than the pipeline accepts.</exception>
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guarded guarded = await GuardAsync(messages, options, cancellationToken).ConfigureAwait(false);
        if (guarded.Prompt.IsBlocked)
        {
            return Refusal();
        }

        ChatResponse response = await base.GetResponseAsync(guarded.Messages, options, cancellationToken).ConfigureAwait(false);
        if (_responseCheck is not null)
        {
            IResponseCheckSession session = _responseCheck.Begin(guarded.Prompt, guarded.Secrets);
            Inspect(response, session);
            Report(session);
        }

        return response;
    }

    /// <inheritdoc />
    /// <exception cref="InstructionConflictException">The policy blocked the request and <see cref="BlockedRequestBehavior"/> is <see cref="BlockedRequestBehavior.Throw"/>.</exception>
    /// <exception cref="SegmentTooLargeException">A piece of text is longer than the pipeline accepts.</exception>
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Guarded guarded = await GuardAsync(messages, options, cancellationToken).ConfigureAwait(false);
        if (guarded.Prompt.IsBlocked)
        {
            yield return new ChatResponseUpdate(ChatRole.Assistant, _refusalText)
            {
                FinishReason = ChatFinishReason.ContentFilter,
                AdditionalProperties = new() { [VerdictPropertyName] = "blocked" },
            };
            yield break;
        }

        IAsyncEnumerable<ChatResponseUpdate> updates = base.GetStreamingResponseAsync(guarded.Messages, options, cancellationToken);
        if (_responseCheck is null)
        {
            await foreach (ChatResponseUpdate update in updates.ConfigureAwait(false))
            {
                yield return update;
            }

            yield break;
        }

        IResponseCheckSession streamSession = _responseCheck.Begin(guarded.Prompt, guarded.Secrets);
        var stream = new StreamInspection(streamSession);
        await foreach (ChatResponseUpdate update in updates.ConfigureAwait(false))
        {
            foreach (ChatResponseUpdate inspected in stream.Process(update))
            {
                yield return inspected;
            }
        }

        if (stream.Finish() is { } last)
        {
            yield return last;
        }

        Report(streamSession);
    }

    private static AdditionalPropertiesDictionary Mark(AdditionalPropertiesDictionary? properties, MediaKind kind, string? sourceName)
    {
        properties ??= [];
        properties[MediaKindPropertyName] = kind.ToString();
        if (sourceName is not null)
        {
            properties[MediaSourcePropertyName] = sourceName;
        }

        return properties;
    }

    private static void Inspect(ChatResponse response, IResponseCheckSession session)
    {
        bool changed = false;
        IList<ChatMessage> messages = response.Messages;
        for (int m = 0; m < messages.Count; m++)
        {
            ChatMessage message = messages[m];
            List<AIContent>? contents = null;
            for (int c = 0; c < message.Contents.Count; c++)
            {
                if (message.Contents[c] is TextContent { Text: { Length: > 0 } text } content)
                {
                    string checkedText = session.Inspect(text);
                    if (checkedText != text)
                    {
                        contents ??= [.. message.Contents];
                        contents[c] = new TextContent(checkedText) { AdditionalProperties = content.AdditionalProperties, Annotations = content.Annotations };
                    }
                }
            }

            if (contents is not null)
            {
                ChatMessage copy = message.Clone();
                copy.Contents = contents;
                copy.RawRepresentation = null; // it still holds the leaked text
                messages[m] = copy;
                changed = true;
            }
        }

        if (changed)
        {
            response.RawRepresentation = null;
        }
    }

    private void Report(IResponseCheckSession session)
    {
        if (_onResponseFindings is not null && session.Findings.Count > 0)
        {
            _onResponseFindings([.. session.Findings]);
        }
    }

    private ChatResponse Refusal() => new(new ChatMessage(ChatRole.Assistant, _refusalText))
    {
        FinishReason = ChatFinishReason.ContentFilter,
        AdditionalProperties = new() { [VerdictPropertyName] = "blocked" },
    };

    private async ValueTask<Guarded> GuardAsync(IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        IReadOnlyList<ChatMessage> list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        HierarchyContext context = _contextFactory?.Invoke(list, options) ?? HierarchyContext.Empty;
        var conversation = ChatConversation.Create(list);
        AssembledPrompt prompt = await Pipeline.AssembleAsync(conversation.Segments, context, cancellationToken).ConfigureAwait(false);
        _onAssembled?.Invoke(prompt);
        if (prompt.IsBlocked)
        {
            if (_blockedBehavior == BlockedRequestBehavior.Throw)
            {
                throw new InstructionConflictException(prompt);
            }

            return new Guarded(prompt, list, []);
        }

        IReadOnlyList<ProtectedSecret> secrets = Merge(Pipeline.ProtectedSecrets, context.ProtectedSecrets);
        return new Guarded(prompt, conversation.Apply(prompt, _sendPreamble), secrets);
    }

    private static IReadOnlyList<ProtectedSecret> Merge(IReadOnlyList<ProtectedSecret> a, IReadOnlyList<ProtectedSecret> b) =>
        b.Count == 0 ? a : a.Count == 0 ? b : [.. a, .. b];

    private readonly record struct Guarded(AssembledPrompt Prompt, IReadOnlyList<ChatMessage> Messages, IReadOnlyList<ProtectedSecret> Secrets);
}
