using InstructionHierarchy;
using InstructionHierarchy.Payloads;
using InstructionHierarchy.Responses;
using Microsoft.Extensions.Options;

namespace OpenAICompatibleProxy;

/// <summary>Composes the proxy: configuration, the guard pipeline, the response inspector, the forwarder and the routes.</summary>
public static partial class ProxyApp
{
    /// <summary>Creates the proxy application (not started).</summary>
    /// <param name="args">Command-line arguments: <c>--Upstream:BaseUrl</c>, <c>--urls</c>, <c>--Proxy:…</c>.</param>
    /// <param name="configure">Further changes to the builder (logging, services), applied before it is built.</param>
    /// <returns>The application; call <c>RunAsync</c> or <c>StartAsync</c>.</returns>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(ProxyApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });

        builder.Services.AddOptions<UpstreamOptions>()
            .Bind(builder.Configuration.GetSection(UpstreamOptions.SectionName))
            .Validate(o => o.BaseUrl is { IsAbsoluteUri: true } u && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps), "Upstream:BaseUrl must be an absolute http(s) URL such as http://127.0.0.1:11434/v1.")
            .ValidateOnStart();
        builder.Services.AddOptions<ProxyOptions>()
            .Bind(builder.Configuration.GetSection(ProxyOptions.SectionName))
            .Validate(o => o.MaxRequestBytes > 0 && o.MaxResponseBytes > 0 && o.UpstreamTimeoutSeconds > 0, "Proxy:MaxRequestBytes, Proxy:MaxResponseBytes and Proxy:UpstreamTimeoutSeconds must be positive.")
            .Validate(o => o.ProtectedSecrets.All(s => s.Name.Length > 0 && s.Value.Length > 0), "Every Proxy:ProtectedSecrets entry needs a Name and a Value.")
            .ValidateOnStart();

        builder.Services.AddSingleton(services => CreatePipeline(services.GetRequiredService<IOptions<ProxyOptions>>().Value));
        builder.Services.AddSingleton(services => CreateInspector(services.GetRequiredService<IOptions<ProxyOptions>>().Value));
        builder.Services.AddSingleton<UpstreamForwarder>();
        builder.Services.AddSingleton<ChatCompletionsEndpoint>();
        builder.Services.AddSingleton<ResponsesEndpoint>();
        configure?.Invoke(builder);

        WebApplication app = builder.Build();
        app.MapPost("/v1/chat/completions", context => context.RequestServices.GetRequiredService<ChatCompletionsEndpoint>().HandleAsync(context));
        app.MapPost("/v1/responses", context => context.RequestServices.GetRequiredService<ResponsesEndpoint>().HandleAsync(context));
        app.Map("/v1/{**rest}", PassThroughAsync);
        return app;
    }

    /// <summary>
    /// Forwards any other <c>/v1/…</c> request unchanged, unless it is a generation route the proxy cannot guard
    /// (<see cref="UnguardedRoutes.IsRefused"/>) and <see cref="ProxyOptions.AllowUnguardedEndpoints"/> is off: then it
    /// answers 403 in the OpenAI error shape (<c>code: "unguarded_endpoint"</c>) and the upstream is not called.
    /// </summary>
    /// <param name="context">The HTTP context.</param>
    /// <returns>A task that completes when the response is written.</returns>
    public static Task PassThroughAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        IServiceProvider services = context.RequestServices;
        string path = context.Request.Path.Value ?? "/";
        if (UnguardedRoutes.IsRefused(path))
        {
            ILogger logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ProxyApp));
            if (!services.GetRequiredService<IOptions<ProxyOptions>>().Value.AllowUnguardedEndpoints)
            {
                LogRefused(logger, context.Request.Method, path);
                return OpenAIError.WriteAsync(
                    context.Response,
                    StatusCodes.Status403Forbidden,
                    $"{context.Request.Method} {path} is not guarded by the instruction hierarchy proxy and is refused. Use POST /v1/chat/completions or POST /v1/responses, or set Proxy:AllowUnguardedEndpoints to true to pass it through unguarded.",
                    OpenAIError.InvalidRequestType,
                    "unguarded_endpoint");
            }

            LogUnguarded(logger, context.Request.Method, path);
        }

        return services.GetRequiredService<UpstreamForwarder>().PassThroughAsync(context);
    }

    /// <summary>
    /// Creates the guard pipeline: <see cref="ChatRequestGuard.CreateDefaultPipeline"/> (built-in detectors and sanitizers,
    /// invisible-character stripping, spotlighting of tool output and media, the hierarchy preamble), plus a leak canary,
    /// the configured secrets and, on request, blocking of untrusted tiers.
    /// </summary>
    /// <param name="options">The proxy settings.</param>
    /// <returns>The pipeline.</returns>
    public static HierarchyPipeline CreatePipeline(ProxyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ChatRequestGuard.CreateDefaultPipeline(builder =>
        {
            foreach (ProtectedSecretOptions secret in options.ProtectedSecrets)
            {
                builder.ProtectSecret(secret.Name, secret.Value);
            }

            if (options.LeakCanary)
            {
                builder.AddCanaries();
            }

            if (options.BlockUntrustedTiers)
            {
                builder.ConfigurePolicy(policy => policy.BlockUntrustedTiers());
            }

            if (options.ScanAssistantTurns)
            {
                builder.AssistantTurnTier = PriorityTier.User;
            }
        });
    }

    [LoggerMessage(EventId = 200, Level = LogLevel.Warning, Message = "Refused unguarded endpoint {Method} {Path} (Proxy:AllowUnguardedEndpoints is off)")]
    private static partial void LogRefused(ILogger logger, string method, string path);

    [LoggerMessage(EventId = 201, Level = LogLevel.Warning, Message = "Passing unguarded endpoint {Method} {Path} through (Proxy:AllowUnguardedEndpoints is on)")]
    private static partial void LogUnguarded(ILogger logger, string method, string path);

    /// <summary>Creates the response inspector with the configured link allow-list.</summary>
    /// <param name="options">The proxy settings.</param>
    /// <returns>The inspector.</returns>
    public static ResponseInspector CreateInspector(ProxyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var inspectorOptions = new ResponseInspectorOptions();
        foreach (string host in options.AllowedLinkHosts)
        {
            inspectorOptions.AllowedHosts.Add(host);
        }

        return new ResponseInspector(inspectorOptions);
    }
}
