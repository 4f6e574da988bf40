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
/// The flow shared by the guarded generation endpoints: read the body (bounded), parse it (<see cref="Read"/>), guard the
/// segments with the pipeline, refuse a blocked request with an OpenAI-style error, forward the sanitized request, and
/// inspect the answer: a JSON answer through <see cref="InspectAnswer"/> (fail closed when it cannot be read), an event
/// stream through the <see cref="SseEventRewriter"/> of <see cref="CreateStreamRewriter"/>.
/// </summary>
public abstract partial class GuardedEndpoint
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly HierarchyPipeline _pipeline;
    private readonly ResponseInspector _inspector;
    private readonly UpstreamForwarder _upstream;
    private readonly ProxyOptions _options;
    private readonly ILogger _logger;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="pipeline">The pipeline that guards requests.</param>
    /// <param name="inspector">The inspector that checks answers.</param>
    /// <param name="upstream">The forwarder.</param>
    /// <param name="options">The proxy settings.</param>
    /// <param name="logger">The logger.</param>
    protected GuardedEndpoint(HierarchyPipeline pipeline, ResponseInspector inspector, UpstreamForwarder upstream, IOptions<ProxyOptions> options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _pipeline = pipeline;
        _inspector = inspector;
        _upstream = upstream;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Gets the name of the endpoint's API in logs, such as <c>chat</c>.</summary>
    protected abstract string ApiName { get; }

    /// <summary>Gets the proxy settings.</summary>
    protected ProxyOptions Options => _options;

    /// <summary>Gets the inspector that checks answers.</summary>
    protected ResponseInspector Inspector => _inspector;

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
            LogTooLarge(_logger, ApiName, _options.MaxRequestBytes);
            await OpenAIError.WriteAsync(context.Response, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {_options.MaxRequestBytes} bytes.", OpenAIError.InvalidRequestType, "request_too_large").ConfigureAwait(false);
            return;
        }

        // 2. Parse and guard.
        GuardedRequest request;
        AssembledPrompt prompt;
        try
        {
            request = Read(body);
            prompt = await _pipeline.AssembleAsync(request.Segments, HierarchyContext.Empty, aborted).ConfigureAwait(false);
        }
        catch (ChatPayloadFormatException e)
        {
            LogMalformed(_logger, ApiName, e.Path, e.LineNumber, e.BytePositionInLine);
            string code = e.LineNumber is null ? "invalid_request" : "invalid_json";
            await OpenAIError.WriteAsync(context.Response, StatusCodes.Status400BadRequest, e.Message, OpenAIError.InvalidRequestType, code, e.Path).ConfigureAwait(false);
            return;
        }
        catch (SegmentTooLargeException e)
        {
            LogTooLarge(_logger, ApiName, _options.MaxRequestBytes);
            await OpenAIError.WriteAsync(context.Response, StatusCodes.Status413PayloadTooLarge, e.Message, OpenAIError.InvalidRequestType, "request_too_large").ConfigureAwait(false);
            return;
        }

        LogGuarded(_logger, ApiName, request.Model, prompt.Verdict, prompt.Conflicts.Count, request.Segments.Count);
        foreach (InstructionConflict conflict in prompt.Conflicts)
        {
            LogConflict(_logger, conflict.SegmentIndex, TierNames.ToName(conflict.Tier), conflict.Category.ToName(), conflict.Severity, conflict.RuleId, conflict.Action);
        }

        if (prompt.IsBlocked)
        {
            InstructionConflict blocking = FirstBlocking(prompt);
            string category = blocking.Category.ToName();
            LogBlocked(_logger, ApiName, category, blocking.RuleId, TierNames.ToName(blocking.Tier));
            string message = $"The request was blocked by the instruction hierarchy: {TierNames.ToName(blocking.Tier)} text (segment {blocking.SegmentIndex}) carries a conflicting instruction (category {category}, severity {blocking.Severity}, rule {blocking.RuleId}).";
            await OpenAIError.WriteAsync(context.Response, StatusCodes.Status400BadRequest, message, OpenAIError.ViolationType, category).ConfigureAwait(false);
            return;
        }

        // 3. Forward the guarded request.
        var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(request.Write(prompt)));
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

        LogDone(_logger, ApiName, context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
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
        SseEventRewriter rewriter = CreateStreamRewriter(expectations);
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
        bool changed = InspectAnswer(root, expectations, findings);
        LogFindings(findings);
        UpstreamForwarder.CopyResponseHead(upstream, context.Response, keepContentLength: !changed);
        byte[] output = changed ? JsonSerializer.SerializeToUtf8Bytes(root, Compact) : body!;
        context.Response.ContentLength = output.Length;
        await context.Response.Body.WriteAsync(output, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Reads and checks a request body.</summary>
    /// <param name="body">The body (at most <see cref="ProxyOptions.MaxRequestBytes"/> bytes).</param>
    /// <returns>The request.</returns>
    /// <exception cref="ChatPayloadFormatException">The body is malformed or not a request of the endpoint's shape.</exception>
    protected abstract GuardedRequest Read(byte[] body);

    /// <summary>Reads a request body of one format with the core's <see cref="ChatRequest"/>, within <see cref="ProxyOptions.MaxRequestBytes"/>; the sanitized request is written back in place, every other field verbatim.</summary>
    /// <param name="body">The body.</param>
    /// <param name="format">The format the endpoint speaks.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ChatPayloadFormatException">The body is malformed or not a request of that format.</exception>
    protected GuardedRequest ReadChatRequest(byte[] body, ChatPayloadFormat format)
    {
        ChatRequest request = ChatRequest.Parse(body, new ChatRequestReadOptions { Format = format, MaxLength = Math.Max(1, _options.MaxRequestBytes) });
        return new GuardedRequest(request.Segments, request.Model, prompt => request.ToJson(prompt));
    }

    /// <summary>Redacts the model's text in a non-streamed answer, in place.</summary>
    /// <param name="root">The answer.</param>
    /// <param name="expectations">What the request declared (system text, secrets, canaries).</param>
    /// <param name="findings">Receives the findings.</param>
    /// <returns>Whether anything changed.</returns>
    protected abstract bool InspectAnswer(JsonObject root, ResponseExpectations expectations, List<ResponseFinding> findings);

    /// <summary>Creates the rewriter of a streamed answer.</summary>
    /// <param name="expectations">What the request declared (system text, secrets, canaries).</param>
    /// <returns>The rewriter, one per stream.</returns>
    protected abstract SseEventRewriter CreateStreamRewriter(ResponseExpectations expectations);

    /// <summary>Inspects one text of an answer.</summary>
    /// <param name="text">The text.</param>
    /// <param name="expectations">What the request declared.</param>
    /// <param name="findings">Receives the findings.</param>
    /// <returns>The redacted text, or <see langword="null"/> when the text is clean.</returns>
    protected string? Redact(string text, ResponseExpectations expectations, List<ResponseFinding> findings)
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

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Api} request for {Model}: {Verdict}, {ConflictCount} finding(s) in {SegmentCount} segment(s)")]
    private static partial void LogGuarded(ILogger logger, string api, string? model, PromptVerdict verdict, int conflictCount, int segmentCount);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Finding in segment {SegmentIndex} ({Tier}): {Category} {Severity} by {RuleId} -> {Action}")]
    private static partial void LogConflict(ILogger logger, int segmentIndex, string tier, string category, ConflictSeverity severity, string ruleId, PolicyAction action);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "{Api} request blocked: {Category} by {RuleId} in {Tier} text")]
    private static partial void LogBlocked(ILogger logger, string api, string category, string ruleId, string tier);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Malformed {Api} request at {Path} (line {Line}, byte {Byte})")]
    private static partial void LogMalformed(ILogger logger, string api, string? path, long? line, long? @byte);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "{Api} request larger than {Limit} bytes refused")]
    private static partial void LogTooLarge(ILogger logger, string api, int limit);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "Answer finding: {Kind} {Severity} ({Evidence})")]
    private static partial void LogResponseFinding(ILogger logger, ResponseFindingKind kind, ConflictSeverity severity, string evidence);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "Upstream answer of {Length} bytes could not be inspected")]
    private static partial void LogUninspectable(ILogger logger, int length);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "Upstream stream ended early: {ErrorType}")]
    private static partial void LogStreamBroken(ILogger logger, string errorType);

    [LoggerMessage(EventId = 9, Level = LogLevel.Information, Message = "{Api} request done: {Status} in {ElapsedMs:0} ms")]
    private static partial void LogDone(ILogger logger, string api, int status, double elapsedMs);
}
