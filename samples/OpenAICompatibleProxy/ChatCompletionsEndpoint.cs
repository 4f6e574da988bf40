using System.Text.Json;
using System.Text.Json.Nodes;
using InstructionHierarchy;
using InstructionHierarchy.Payloads;
using InstructionHierarchy.Responses;
using Microsoft.Extensions.Options;

namespace OpenAICompatibleProxy;

/// <summary>
/// <c>POST /v1/chat/completions</c>: reads the request with <see cref="ChatRequest"/>, guards it with the pipeline, forwards
/// the sanitized request (every field the library does not own verbatim) and inspects the answer, streamed
/// (<see cref="SseRewriter"/>) or not (<c>choices[].message.content</c>).
/// </summary>
public sealed class ChatCompletionsEndpoint : GuardedEndpoint
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="pipeline">The pipeline that guards requests.</param>
    /// <param name="inspector">The inspector that checks answers.</param>
    /// <param name="upstream">The forwarder.</param>
    /// <param name="options">The proxy settings.</param>
    /// <param name="logger">The logger.</param>
    public ChatCompletionsEndpoint(HierarchyPipeline pipeline, ResponseInspector inspector, UpstreamForwarder upstream, IOptions<ProxyOptions> options, ILogger<ChatCompletionsEndpoint> logger)
        : base(pipeline, inspector, upstream, options, logger)
    {
    }

    /// <inheritdoc />
    protected override string ApiName => "chat";

    /// <inheritdoc />
    protected override GuardedRequest Read(byte[] body) => ReadChatRequest(body, ChatPayloadFormat.OpenAIChatCompletions);

    /// <inheritdoc />
    protected override SseEventRewriter CreateStreamRewriter(ResponseExpectations expectations) => new SseRewriter(expectations, Inspector);

    /// <summary>Redacts <c>choices[].message.content</c> (a string, or text parts); returns whether anything changed.</summary>
    /// <inheritdoc />
    protected override bool InspectAnswer(JsonObject root, ResponseExpectations expectations, List<ResponseFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (root["choices"] is not JsonArray choices)
        {
            return false;
        }

        bool changed = false;
        foreach (JsonNode? node in choices)
        {
            if (node is not JsonObject { } choice || choice["message"] is not JsonObject message)
            {
                continue;
            }

            bool choiceChanged = false;
            switch (message["content"])
            {
                case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                    if (Redact(value.GetValue<string>(), expectations, findings) is { } redacted)
                    {
                        message["content"] = redacted;
                        choiceChanged = true;
                    }

                    break;
                case JsonArray parts:
                    foreach (JsonNode? part in parts)
                    {
                        if (part is JsonObject p && p["text"] is JsonValue text && text.GetValueKind() == JsonValueKind.String && Redact(text.GetValue<string>(), expectations, findings) is { } redactedPart)
                        {
                            p["text"] = redactedPart;
                            choiceChanged = true;
                        }
                    }

                    break;
            }

            if (choiceChanged && choice.ContainsKey("logprobs"))
            {
                choice["logprobs"] = null; // the tokens would still spell the redacted text
            }

            changed |= choiceChanged;
        }

        return changed;
    }
}
