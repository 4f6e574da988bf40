using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using InstructionHierarchy;
using InstructionHierarchy.Payloads;
using InstructionHierarchy.Responses;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace OpenAICompatibleProxy;

/// <summary>
/// <c>POST /v1/chat/completions</c>: reads the request with <see cref="ChatRequest"/>, guards it with the pipeline, forwards
/// the sanitized request (every field the library does not own verbatim) and inspects the answer, streamed or not.
/// </summary>
public sealed partial class ChatCompletionsEndpoint
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly HierarchyPipeline _pipeline;
    private readonly ResponseInspector _inspector;
    private readonly UpstreamForwarder _upstream;
    private readonly ProxyOptions _options;
    private readonly ILogger<ChatCompletionsEndpoint> _logger;
    private readonly ChatRequestReadOptions _readOptions;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="pipeline">The pipeline that guards requests.</param>
    /// <param name="inspector">The inspector that checks answers.</param>
    /// <param name="upstream">The forwarder.</param>
    /// <param name="options">The proxy settings.</param>
    /// <param name="logger">The logger.</param>
    public ChatCompletionsEndpoint(HierarchyPipeline pipeline, ResponseInspector inspector, UpstreamForwarder upstream, IOptions<ProxyOptions> options, ILogger<ChatCompletionsEndpoint> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _pipeline = pipeline;
        _inspector = inspector;
        _upstream = upstream;
        _options = options.Value;
        _logger = logger;
        _readOptions = new ChatRequestReadOptions { Format = ChatPayloadFormat.OpenAIChatCompletions, MaxLength = Math.Max(1, _options.MaxRequestBytes) };
    }

    /// <summary>Handles one request.</summary>
    /// <param name="context">The HTTP context.</param>
    /// <returns>A task that completes when the response is written.</returns>
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        long started = Stopwatch.GetTimestamp();
        CancellationToken aborted = context.RequestAborted;

        // 1. Read the body, bounded.
        byte[]? body = context.Request.ContentLength > _options.MaxRequestBytes
            ? null
            : await ReadBoundedAsync(context.Request.Body, _options.MaxRequestBytes, aborted).ConfigureAwait(false);
        if (body is null)
        {
            LogTooLarge(_logger, _options.MaxRequestBytes);
            await OpenAIError.WriteAsync(context.Response, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {_options.MaxRequestBytes} bytes.", OpenAIError.InvalidRequestType, "request_too_large").ConfigureAwait(false);
            return;
        }

        // 2. Parse and guard.
        ChatRequest request;
        AssembledPrompt prompt;
        try
        {
            request = ChatRequest.Parse(body, _readOptions);
            prompt = await _pipeline.AssembleAsync(request.Segments, HierarchyContext.Empty, aborted).ConfigureAwait(false);
        }
        catch (ChatPayloadFormatException e)
        {
            LogMalformed(_logger, e.Path, e.LineNumber, e.BytePositionInLine);
            string code = e.LineNumber is null ? "invalid_request" : "invalid_json";
            await OpenAIError.WriteAsync(context.Response, StatusCodes.Status400BadRequest, e.Message, OpenAIError.InvalidRequestType, code, e.Path).ConfigureAwait(false);
            return;
        }
        catch (SegmentTooLargeException e)
        {
            LogTooLarge(_logger, _options.MaxRequestBytes);
            await OpenAIError.WriteAsync(context.Response, StatusCodes.Status413PayloadTooLarge, e.Message, OpenAIError.InvalidRequestType, "request_too_large").ConfigureAwait(false);
            return;
        }

        LogGuarded(_logger, request.Model, prompt.Verdict, prompt.Conflicts.Count, request.Segments.Count);
        foreach (InstructionConflict conflict in prompt.Conflicts)
        {
            LogConflict(_logger, conflict.SegmentIndex, TierNames.ToName(conflict.Tier), conflict.Category.ToName(), conflict.Severity, conflict.RuleId, conflict.Action);
        }

        if (prompt.IsBlocked)
        {
            InstructionConflict blocking = FirstBlocking(prompt);
            string category = blocking.Category.ToName();
            LogBlocked(_logger, category, blocking.RuleId, TierNames.ToName(blocking.Tier));
            string message = $"The request was blocked by the instruction hierarchy: {TierNames.ToName(blocking.Tier)} text (segment {blocking.SegmentIndex}) carries a conflicting instruction (category {category}, severity {blocking.Severity}, rule {blocking.RuleId}).";
            await OpenAIError.WriteAsync(context.Response, StatusCodes.Status400BadRequest, message, OpenAIError.ViolationType, category).ConfigureAwait(false);
            return;
        }

        // 3. Forward the guarded request.
        var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(request.ToJson(prompt)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using HttpRequestMessage upstreamRequest = _upstream.CreateRequest(context.Request, content, bodyIsVerbatim: false);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        timeout.CancelAfter(_upstream.Timeout);
        HttpResponseMessage upstream;
        try
        {
            upstream = await _upstream.SendAsync(upstreamRequest, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !aborted.IsCancellationRequested)
        {
            await _upstream.WriteUpstreamFailureAsync(context, e).ConfigureAwait(false);
            return;
        }

        using (upstream)
        {
            ResponseExpectations expectations = ResponseExpectations.FromPrompt(prompt, _pipeline);
            string? mediaType = upstream.Content.Headers.ContentType?.MediaType;
            if (!upstream.IsSuccessStatusCode || !_options.InspectResponses)
            {
                // Upstream errors are already OpenAI-shaped; they carry no model output.
                UpstreamForwarder.CopyResponseHead(upstream, context.Response, keepContentLength: true);
                await upstream.Content.CopyToAsync(context.Response.Body, aborted).ConfigureAwait(false);
            }
            else if (string.Equals(mediaType, "text/event-stream", StringComparison.OrdinalIgnoreCase))
            {
                await StreamAsync(context, upstream, expectations).ConfigureAwait(false);
            }
            else
            {
                await CompleteAsync(context, upstream, expectations, timeout.Token).ConfigureAwait(false);
            }
        }

        LogDone(_logger, context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private static InstructionConflict FirstBlocking(AssembledPrompt prompt)
    {
        InstructionConflict? first = null;
        foreach (InstructionConflict conflict in prompt.Conflicts)
        {
            if (conflict.Action == PolicyAction.Block && (first is null || conflict.Severity > first.Severity))
            {
                first = conflict;
            }
        }

        return first ?? prompt.Conflicts[0];
    }

    private static async Task<byte[]?> ReadBoundedAsync(Stream stream, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private async Task StreamAsync(HttpContext context, HttpResponseMessage upstream, ResponseExpectations expectations)
    {
        UpstreamForwarder.CopyResponseHead(upstream, context.Response, keepContentLength: false);
        context.Response.Headers.CacheControl = "no-cache";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var rewriter = new SseRewriter(expectations, _inspector);
        try
        {
            await using Stream input = await upstream.Content.ReadAsStreamAsync(context.RequestAborted).ConfigureAwait(false);
            await rewriter.RewriteAsync(input, context.Response.Body, _upstream.Timeout, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException or IOException or HttpRequestException or InvalidDataException && !context.RequestAborted.IsCancellationRequested)
        {
            // The status is sent: end the stream (what was held back was flushed, redacted).
            LogStreamBroken(_logger, e.GetType().Name);
            await context.Response.Body.WriteAsync(System.Text.Encoding.UTF8.GetBytes(rewriter.Finish()), context.RequestAborted).ConfigureAwait(false);
        }

        LogFindings(rewriter.Findings);
    }

    private async Task CompleteAsync(HttpContext context, HttpResponseMessage upstream, ResponseExpectations expectations, CancellationToken cancellationToken)
    {
        byte[]? body;
        try
        {
            await using Stream input = await upstream.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            body = await ReadBoundedAsync(input, _options.MaxResponseBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or HttpRequestException or OperationCanceledException && !context.RequestAborted.IsCancellationRequested)
        {
            await _upstream.WriteUpstreamFailureAsync(context, e).ConfigureAwait(false);
            return;
        }

        JsonObject? root = null;
        try
        {
            root = body is null ? null : JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
        }

        if (root is null)
        {
            // Fail closed: an answer that cannot be inspected is not passed on.
            LogUninspectable(_logger, body?.Length ?? -1);
            await OpenAIError.WriteAsync(context.Response, StatusCodes.Status502BadGateway, "The upstream's answer could not be inspected (not a JSON object, or too large).", OpenAIError.UpstreamType, "uninspectable_response").ConfigureAwait(false);
            return;
        }

        var findings = new List<ResponseFinding>();
        bool changed = root["choices"] is JsonArray choices && Inspect(choices, expectations, findings);
        LogFindings(findings);
        UpstreamForwarder.CopyResponseHead(upstream, context.Response, keepContentLength: !changed);
        byte[] output = changed ? JsonSerializer.SerializeToUtf8Bytes(root, Compact) : body!;
        context.Response.ContentLength = output.Length;
        await context.Response.Body.WriteAsync(output, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Redacts <c>choices[].message.content</c> (a string, or text parts); returns whether anything changed.</summary>
    private bool Inspect(JsonArray choices, ResponseExpectations expectations, List<ResponseFinding> findings)
    {
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

    private string? Redact(string text, ResponseExpectations expectations, List<ResponseFinding> findings)
    {
        ResponseInspection inspection = _inspector.Inspect(text, expectations);
        findings.AddRange(inspection.Findings);
        return inspection.RedactedText == text ? null : inspection.RedactedText;
    }

    private void LogFindings(IReadOnlyList<ResponseFinding> findings)
    {
        foreach (ResponseFinding finding in findings)
        {
            LogResponseFinding(_logger, finding.Kind, finding.Severity, finding.Evidence);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Chat request for {Model}: {Verdict}, {ConflictCount} finding(s) in {SegmentCount} segment(s)")]
    private static partial void LogGuarded(ILogger logger, string? model, PromptVerdict verdict, int conflictCount, int segmentCount);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Finding in segment {SegmentIndex} ({Tier}): {Category} {Severity} by {RuleId} -> {Action}")]
    private static partial void LogConflict(ILogger logger, int segmentIndex, string tier, string category, ConflictSeverity severity, string ruleId, PolicyAction action);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Chat request blocked: {Category} by {RuleId} in {Tier} text")]
    private static partial void LogBlocked(ILogger logger, string category, string ruleId, string tier);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Malformed chat request at {Path} (line {Line}, byte {Byte})")]
    private static partial void LogMalformed(ILogger logger, string? path, long? line, long? @byte);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Chat request larger than {Limit} bytes refused")]
    private static partial void LogTooLarge(ILogger logger, int limit);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "Answer finding: {Kind} {Severity} ({Evidence})")]
    private static partial void LogResponseFinding(ILogger logger, ResponseFindingKind kind, ConflictSeverity severity, string evidence);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "Upstream answer of {Length} bytes could not be inspected")]
    private static partial void LogUninspectable(ILogger logger, int length);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "Upstream stream ended early: {ErrorType}")]
    private static partial void LogStreamBroken(ILogger logger, string errorType);

    [LoggerMessage(EventId = 9, Level = LogLevel.Information, Message = "Chat request done: {Status} in {ElapsedMs:0} ms")]
    private static partial void LogDone(ILogger logger, int status, double elapsedMs);
}
