using System.Diagnostics;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace OpenAICompatibleProxy;

/// <summary>
/// Sends requests to the upstream OpenAI-compatible server and copies its answers back. End-to-end headers are forwarded
/// (<c>Authorization</c>, <c>OpenAI-Organization</c>, <c>OpenAI-Project</c>, <c>User-Agent</c>…, never logged); hop-by-hop
/// headers, <c>Host</c> and <c>Accept-Encoding</c> are not (the proxy decompresses so that it can read answers).
/// </summary>
public sealed partial class UpstreamForwarder : IDisposable
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Proxy-Connection", "Proxy-Authenticate", "Proxy-Authorization", "TE", "Trailer",
        "Transfer-Encoding", "Upgrade", "Host", "Content-Length", "Accept-Encoding", "Expect",
    };

    private readonly HttpClient _client;
    private readonly string _baseUrl;
    private readonly string? _apiKey;
    private readonly ILogger<UpstreamForwarder> _logger;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="upstream">The upstream settings.</param>
    /// <param name="proxy">The proxy settings (for the timeout).</param>
    /// <param name="logger">The logger.</param>
    public UpstreamForwarder(IOptions<UpstreamOptions> upstream, IOptions<ProxyOptions> proxy, ILogger<UpstreamForwarder> logger)
    {
        ArgumentNullException.ThrowIfNull(upstream);
        ArgumentNullException.ThrowIfNull(proxy);
        Uri baseUrl = upstream.Value.BaseUrl ?? throw new InvalidOperationException("Set Upstream:BaseUrl, e.g. --Upstream:BaseUrl http://127.0.0.1:11434/v1");
        _baseUrl = baseUrl.AbsoluteUri.TrimEnd('/');
        _apiKey = string.IsNullOrEmpty(upstream.Value.ApiKey) ? null : upstream.Value.ApiKey;
        _logger = logger;
        Timeout = TimeSpan.FromSeconds(Math.Max(1, proxy.Value.UpstreamTimeoutSeconds));
        _client = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = System.Net.DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectTimeout = Timeout,
        })
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan, // per request, see Timeout
        };
    }

    /// <summary>Gets how long the upstream may take to send its response headers (or, in a stream, the next event).</summary>
    public TimeSpan Timeout { get; }

    /// <summary>Creates the upstream request for an incoming one: same method, path below <c>/v1</c>, query and end-to-end headers.</summary>
    /// <param name="incoming">The client's request.</param>
    /// <param name="content">The body to send, or <see langword="null"/>.</param>
    /// <param name="bodyIsVerbatim">Whether <paramref name="content"/> is the client's body as sent, so its <c>Content-*</c> headers (encoding, language) still describe it.</param>
    /// <returns>The request.</returns>
    public HttpRequestMessage CreateRequest(HttpRequest incoming, HttpContent? content, bool bodyIsVerbatim)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        string path = incoming.Path.Value ?? "/";
        string rest = path.StartsWith("/v1", StringComparison.OrdinalIgnoreCase) ? path[3..] : path;
        var request = new HttpRequestMessage(new HttpMethod(incoming.Method), new Uri(_baseUrl + rest + incoming.QueryString.Value))
        {
            Content = content,
            Version = System.Net.HttpVersion.Version11,
        };

        foreach (KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> header in incoming.Headers)
        {
            if (HopByHop.Contains(header.Key) || (_apiKey is not null && header.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (header.Key.StartsWith("Content-", StringComparison.OrdinalIgnoreCase))
            {
                if (content is not null && bodyIsVerbatim && !header.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
                {
                    content.Headers.TryAddWithoutValidation(header.Key, (IEnumerable<string>)header.Value);
                }

                continue;
            }

            request.Headers.TryAddWithoutValidation(header.Key, (IEnumerable<string>)header.Value);
        }

        if (content is not null && incoming.ContentType is { } type && content.Headers.ContentType is null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", type);
        }

        if (_apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _apiKey);
        }

        return request;
    }

    /// <summary>Sends a request and returns once the response headers arrived (the body is read by the caller).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call (the client went away, or the timeout elapsed).</param>
    /// <returns>The response.</returns>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);

    /// <summary>Copies the status and end-to-end headers of an upstream response to the client's response.</summary>
    /// <param name="upstream">The upstream response.</param>
    /// <param name="response">The client's response, not started.</param>
    /// <param name="keepContentLength">Whether the body is copied unchanged, so its length holds.</param>
    public static void CopyResponseHead(HttpResponseMessage upstream, HttpResponse response, bool keepContentLength)
    {
        ArgumentNullException.ThrowIfNull(upstream);
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode = (int)upstream.StatusCode;
        foreach (KeyValuePair<string, IEnumerable<string>> header in upstream.Headers)
        {
            if (!HopByHop.Contains(header.Key))
            {
                response.Headers[header.Key] = header.Value.ToArray();
            }
        }

        foreach (KeyValuePair<string, IEnumerable<string>> header in upstream.Content.Headers)
        {
            if (header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                if (keepContentLength)
                {
                    response.ContentLength = upstream.Content.Headers.ContentLength;
                }
            }
            else if (!header.Key.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                response.Headers[header.Key] = header.Value.ToArray();
            }
        }
    }

    /// <summary>Forwards any other <c>/v1/*</c> request unchanged (method, path, query, headers, body streamed both ways).</summary>
    /// <param name="context">The HTTP context.</param>
    /// <returns>A task that completes when the response is written.</returns>
    public async Task PassThroughAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        long started = Stopwatch.GetTimestamp();
        HttpRequest incoming = context.Request;
        bool hasBody = incoming.ContentLength > 0 || incoming.Headers.TransferEncoding.Count > 0;
        using HttpRequestMessage request = CreateRequest(incoming, hasBody ? new StreamContent(incoming.Body) : null, bodyIsVerbatim: true);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(Timeout);
        HttpResponseMessage upstream;
        try
        {
            upstream = await SendAsync(request, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !context.RequestAborted.IsCancellationRequested)
        {
            await WriteUpstreamFailureAsync(context, e).ConfigureAwait(false);
            return;
        }

        using (upstream)
        {
            CopyResponseHead(upstream, context.Response, keepContentLength: true);
            await using Stream body = await upstream.Content.ReadAsStreamAsync(context.RequestAborted).ConfigureAwait(false);
            await body.CopyToAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
        }

        LogPassThrough(_logger, incoming.Method, incoming.Path.Value ?? "/", context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>Answers 504 (timeout) or 502 (unreachable, failed) in the OpenAI error shape.</summary>
    /// <param name="context">The HTTP context.</param>
    /// <param name="error">What went wrong.</param>
    /// <returns>A task that completes when the response is written.</returns>
    public Task WriteUpstreamFailureAsync(HttpContext context, Exception error)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(error);
        bool timedOut = error is OperationCanceledException;
        LogUpstreamFailed(_logger, timedOut ? "timeout" : "unreachable", error.GetType().Name);
        return timedOut
            ? OpenAIError.WriteAsync(context.Response, StatusCodes.Status504GatewayTimeout, $"The upstream did not answer within {Timeout.TotalSeconds:0} seconds.", OpenAIError.UpstreamType, "upstream_timeout")
            : OpenAIError.WriteAsync(context.Response, StatusCodes.Status502BadGateway, "The upstream could not be reached.", OpenAIError.UpstreamType, "upstream_unreachable");
    }

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();

    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Passed through {Method} {Path}: {Status} in {ElapsedMs:0} ms")]
    private static partial void LogPassThrough(ILogger logger, string method, string path, int status, double elapsedMs);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Upstream failed ({Reason}): {ErrorType}")]
    private static partial void LogUpstreamFailed(ILogger logger, string reason, string errorType);
}
