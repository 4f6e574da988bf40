using Microsoft.AspNetCore.Builder;
using System.ClientModel;
using OpenAI;
using OpenAI.Chat;

namespace OpenAICompatibleProxy.Tests;

/// <summary>A stub upstream and the proxy in front of it, both on loopback with free ports; stopped on dispose.</summary>
internal sealed class ProxyFixture : IAsyncDisposable
{
    public const string Secret = "SPRING-2291";
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private ProxyFixture(StubUpstream upstream, WebApplication proxy, Uri baseUrl)
    {
        Upstream = upstream;
        Proxy = proxy;
        BaseUrl = baseUrl;
    }

    public StubUpstream Upstream { get; }

    public WebApplication Proxy { get; }

    /// <summary>Gets the proxy's base URL, ending in <c>/v1/</c>.</summary>
    public Uri BaseUrl { get; }

    public static async Task<ProxyFixture> StartAsync(string completion, IReadOnlyList<string> chunks, params string[] extraArgs)
    {
        using var cts = new CancellationTokenSource(Timeout);
        StubUpstream upstream = await StubUpstream.StartAsync(completion, chunks, cts.Token).WaitAsync(Timeout);
        try
        {
            WebApplication proxy = ProxyApp.Create(
            [
                "--Upstream:BaseUrl", upstream.BaseUrl.AbsoluteUri,
                "--urls", "http://127.0.0.1:0",
                "--Proxy:ProtectedSecrets:0:Name", "discount code",
                "--Proxy:ProtectedSecrets:0:Value", Secret,
                "--Logging:LogLevel:Default", "Warning",
                .. extraArgs,
            ]);
            await proxy.StartAsync(cts.Token).WaitAsync(Timeout);
            return new ProxyFixture(upstream, proxy, new Uri(proxy.Urls.First().TrimEnd('/') + "/v1/"));
        }
        catch
        {
            await upstream.DisposeAsync();
            throw;
        }
    }

    public ChatClient CreateChatClient(Action<OpenAIClientOptions>? configure = null)
    {
        var options = new OpenAIClientOptions { Endpoint = BaseUrl, NetworkTimeout = Timeout };
        configure?.Invoke(options);
        return new ChatClient("gpt-4o-mini", new ApiKeyCredential("test"), options);
    }

    public HttpClient CreateHttpClient() => new() { BaseAddress = BaseUrl, Timeout = Timeout };

    public async ValueTask DisposeAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await Proxy.StopAsync(cts.Token);
        }
        finally
        {
            await Proxy.DisposeAsync();
            await Upstream.DisposeAsync();
        }
    }
}
