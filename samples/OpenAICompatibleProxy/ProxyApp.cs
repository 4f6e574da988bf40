using InstructionHierarchy;
using InstructionHierarchy.Payloads;
using InstructionHierarchy.Responses;
using Microsoft.Extensions.Options;

namespace OpenAICompatibleProxy;

/// <summary>Composes the proxy: configuration, the guard pipeline, the response inspector, the forwarder and the routes.</summary>
public static class ProxyApp
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
        configure?.Invoke(builder);

        WebApplication app = builder.Build();
        app.MapPost("/v1/chat/completions", context => context.RequestServices.GetRequiredService<ChatCompletionsEndpoint>().HandleAsync(context));
        app.Map("/v1/{**rest}", context => context.RequestServices.GetRequiredService<UpstreamForwarder>().PassThroughAsync(context));
        return app;
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
        });
    }

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
