using System.Text.Json.Nodes;
using InstructionHierarchy;
using InstructionHierarchy.Payloads;
using InstructionHierarchy.Responses;
using Microsoft.Extensions.Options;

namespace OpenAICompatibleProxy;

/// <summary>
/// <c>POST /v1/responses</c> (OpenAI Responses API): reads the request with <see cref="ChatRequest"/> (as
/// <see cref="ChatPayloadFormat.OpenAIResponses"/>), guards it with the pipeline, forwards the sanitized request (every
/// field the proxy does not own verbatim) and inspects the
/// answer: the <c>output_text</c> parts of <c>output[]</c> when not streamed, the events through
/// <see cref="ResponsesSseRewriter"/> when streamed.
/// </summary>
public sealed class ResponsesEndpoint : GuardedEndpoint
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="pipeline">The pipeline that guards requests.</param>
    /// <param name="inspector">The inspector that checks answers.</param>
    /// <param name="upstream">The forwarder.</param>
    /// <param name="options">The proxy settings.</param>
    /// <param name="logger">The logger.</param>
    public ResponsesEndpoint(HierarchyPipeline pipeline, ResponseInspector inspector, UpstreamForwarder upstream, IOptions<ProxyOptions> options, ILogger<ResponsesEndpoint> logger)
        : base(pipeline, inspector, upstream, options, logger)
    {
    }

    /// <inheritdoc />
    protected override string ApiName => "responses";

    /// <inheritdoc />
    protected override GuardedRequest Read(byte[] body) => ReadChatRequest(body, ChatPayloadFormat.OpenAIResponses);

    /// <inheritdoc />
    protected override SseEventRewriter CreateStreamRewriter(ResponseExpectations expectations) => new ResponsesSseRewriter(expectations, Inspector);

    /// <summary>Redacts the <c>output_text</c> parts of <c>output[]</c>; returns whether anything changed.</summary>
    /// <inheritdoc />
    protected override bool InspectAnswer(JsonObject root, ResponseExpectations expectations, List<ResponseFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(root);
        return root["output"] is JsonArray output && ResponsesOutput.Redact(output, (_, _, _, text) => Redact(text, expectations, findings));
    }
}
