using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenAICompatibleProxy;

/// <summary>
/// A stand-in for an OpenAI-compatible server on loopback, for the self-test and the integration tests: it records every
/// request it receives and answers <c>POST …/chat/completions</c> and <c>POST …/responses</c> with a canned answer, or,
/// when the request asks for <c>"stream": true</c>, with the canned chunks as an event stream (Chat Completions chunks, or
/// the Responses API's typed events); <c>GET …/models</c> lists one model.
/// </summary>
public sealed class StubUpstream : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private StubUpstream(WebApplication app, string completion, IReadOnlyList<string> chunks)
    {
        _app = app;
        Completion = completion;
        Chunks = chunks;
    }

    /// <summary>Gets the base URL to give the proxy, such as <c>http://127.0.0.1:5123/v1</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Gets the text of the non-streamed answer.</summary>
    public string Completion { get; }

    /// <summary>Gets the text of each chunk of the streamed answer.</summary>
    public IReadOnlyList<string> Chunks { get; }

    /// <summary>Gets the requests received so far, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Starts a stub on <c>127.0.0.1</c> with a free port.</summary>
    /// <param name="completion">The text of the non-streamed answer.</param>
    /// <param name="chunks">The text of each chunk of the streamed answer.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The started stub.</returns>
    public static async Task<StubUpstream> StartAsync(string completion, IReadOnlyList<string> chunks, CancellationToken cancellationToken = default)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(StubUpstream).Assembly.GetName().Name, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        WebApplication app = builder.Build();
        var stub = new StubUpstream(app, completion, chunks);
        app.Run(stub.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        stub.BaseUrl = new Uri(app.Urls.First().TrimEnd('/') + "/v1");
        return stub;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        string body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> header in context.Request.Headers)
        {
            headers[header.Key] = header.Value.ToString();
        }

        _requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path + context.Request.QueryString, context.Request.ContentType, body, headers));
        string path = context.Request.Path.Value ?? string.Empty;
        if (HttpMethods.IsPost(context.Request.Method) && path.EndsWith("/chat/completions", StringComparison.Ordinal))
        {
            JsonNode? request = JsonNode.Parse(body);
            string model = request?["model"]?.GetValue<string>() ?? "stub-model";
            if (request?["stream"] is JsonValue stream && stream.GetValueKind() == JsonValueKind.True)
            {
                await StreamAsync(context, model).ConfigureAwait(false);
            }
            else
            {
                await context.Response.WriteAsJsonAsync(Completed(model), context.RequestAborted).ConfigureAwait(false);
            }

            return;
        }

        if (HttpMethods.IsPost(context.Request.Method) && path.EndsWith("/responses", StringComparison.Ordinal))
        {
            JsonNode? request = JsonNode.Parse(body);
            string model = request?["model"]?.GetValue<string>() ?? "stub-model";
            if (request?["stream"] is JsonValue stream && stream.GetValueKind() == JsonValueKind.True)
            {
                await StreamResponseAsync(context, model).ConfigureAwait(false);
            }
            else
            {
                await context.Response.WriteAsJsonAsync(Response(model, "completed", Message(Completion, "completed")), context.RequestAborted).ConfigureAwait(false);
            }

            return;
        }

        if (HttpMethods.IsGet(context.Request.Method) && path.EndsWith("/models", StringComparison.Ordinal))
        {
            context.Response.Headers["x-stub"] = "models";
            await context.Response.WriteAsJsonAsync(new JsonObject { ["object"] = "list", ["data"] = new JsonArray(new JsonObject { ["id"] = "stub-model", ["object"] = "model", ["created"] = 1, ["owned_by"] = "stub" }) }, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        await context.Response.WriteAsJsonAsync(new JsonObject { ["error"] = new JsonObject { ["message"] = $"No route {path}", ["type"] = "invalid_request_error" } }, context.RequestAborted).ConfigureAwait(false);
    }

    private JsonObject Completed(string model) => new()
    {
        ["id"] = "chatcmpl-stub",
        ["object"] = "chat.completion",
        ["created"] = 1_700_000_000,
        ["model"] = model,
        ["system_fingerprint"] = "fp_stub",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = Completion, ["refusal"] = null },
            ["logprobs"] = null,
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 10, ["total_tokens"] = 20 },
    };

    private async Task StreamAsync(HttpContext context, string model)
    {
        context.Response.ContentType = "text/event-stream";
        JsonObject Chunk(JsonObject delta, string? finish) => new()
        {
            ["id"] = "chatcmpl-stub",
            ["object"] = "chat.completion.chunk",
            ["created"] = 1_700_000_000,
            ["model"] = model,
            ["system_fingerprint"] = "fp_stub",
            ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["logprobs"] = null, ["finish_reason"] = finish }),
        };

        async Task Send(string data)
        {
            await context.Response.WriteAsync($"data: {data}\n\n", context.RequestAborted).ConfigureAwait(false);
            await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
        }

        await Send(Chunk(new JsonObject { ["role"] = "assistant", ["content"] = string.Empty }, null).ToJsonString()).ConfigureAwait(false);
        foreach (string text in Chunks)
        {
            await Send(Chunk(new JsonObject { ["content"] = text }, null).ToJsonString()).ConfigureAwait(false);
        }

        await Send(Chunk(new JsonObject(), "stop").ToJsonString()).ConfigureAwait(false);
        await Send("[DONE]").ConfigureAwait(false);
    }

    private static JsonObject Message(string? text, string status) => new()
    {
        ["type"] = "message",
        ["id"] = "msg_stub",
        ["status"] = status,
        ["role"] = "assistant",
        ["content"] = text is null ? new JsonArray() : new JsonArray(OutputText(text)),
    };

    private static JsonObject OutputText(string text) => new() { ["type"] = "output_text", ["text"] = text, ["annotations"] = new JsonArray(), ["logprobs"] = new JsonArray() };

    private static JsonObject Response(string model, string status, JsonObject? message) => new()
    {
        ["id"] = "resp_stub",
        ["object"] = "response",
        ["created_at"] = 1_700_000_000,
        ["status"] = status,
        ["model"] = model,
        ["output"] = message is null ? new JsonArray() : new JsonArray(message),
        ["usage"] = status == "completed" ? new JsonObject { ["input_tokens"] = 10, ["output_tokens"] = 10, ["total_tokens"] = 20 } : null,
    };

    /// <summary>The Responses API's event stream: created, item and part added, one delta per chunk, the text, part and item done, completed.</summary>
    private async Task StreamResponseAsync(HttpContext context, string model)
    {
        context.Response.ContentType = "text/event-stream";
        int sequence = 0;
        async Task Send(string type, JsonObject fields)
        {
            fields["type"] = type;
            fields["sequence_number"] = sequence++;
            await context.Response.WriteAsync($"event: {type}\ndata: {fields.ToJsonString()}\n\n", context.RequestAborted).ConfigureAwait(false);
            await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
        }

        JsonObject Part() => new() { ["item_id"] = "msg_stub", ["output_index"] = 0, ["content_index"] = 0 };
        string text = string.Concat(Chunks);
        await Send("response.created", new JsonObject { ["response"] = Response(model, "in_progress", null) }).ConfigureAwait(false);
        await Send("response.output_item.added", new JsonObject { ["output_index"] = 0, ["item"] = Message(null, "in_progress") }).ConfigureAwait(false);
        JsonObject added = Part();
        added["part"] = OutputText(string.Empty);
        await Send("response.content_part.added", added).ConfigureAwait(false);
        foreach (string chunk in Chunks)
        {
            JsonObject delta = Part();
            delta["delta"] = chunk;
            delta["logprobs"] = new JsonArray();
            await Send("response.output_text.delta", delta).ConfigureAwait(false);
        }

        JsonObject textDone = Part();
        textDone["text"] = text;
        textDone["logprobs"] = new JsonArray();
        await Send("response.output_text.done", textDone).ConfigureAwait(false);
        JsonObject partDone = Part();
        partDone["part"] = OutputText(text);
        await Send("response.content_part.done", partDone).ConfigureAwait(false);
        await Send("response.output_item.done", new JsonObject { ["output_index"] = 0, ["item"] = Message(text, "completed") }).ConfigureAwait(false);
        await Send("response.completed", new JsonObject { ["response"] = Response(model, "completed", Message(text, "completed")) }).ConfigureAwait(false);
    }
}
