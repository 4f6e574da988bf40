#pragma warning disable OPENAI001 // the Responses client is marked experimental
using System.ClientModel;
using System.Text;
using OpenAI.Responses;

namespace OpenAICompatibleProxy.Tests;

/// <summary>The official OpenAI .NET SDK reads the proxy's rewritten Responses answers, streamed and not.</summary>
public sealed class ResponsesSdkTests : IAsyncLifetime
{
    private ProxyFixture _fixture = null!;

    public async Task InitializeAsync() => _fixture = await ProxyFixture.StartAsync(
        $"The code is {ProxyFixture.Secret}.",
        ["The code is SPRI", "NG-22", "91, enjoy."]);

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task CreateResponseStreamingAsync_SecretAcrossDeltas_SdkSeesOnlyRedactedText()
    {
        ResponsesClient client = CreateClient();
        var text = new StringBuilder();
        string? done = null;
        using var cts = new CancellationTokenSource(ProxyFixture.Timeout);
        var updates = await client.CreateResponseStreamingAsync("m", "Any discount?", cancellationToken: cts.Token).WaitAsync(ProxyFixture.Timeout);
        await foreach (StreamingResponseUpdate update in updates.WithCancellation(cts.Token))
        {
            if (update is StreamingResponseOutputTextDeltaUpdate delta)
            {
                text.Append(delta.Delta);
            }
            else if (update is StreamingResponseCompletedUpdate completed)
            {
                done = completed.Response.GetOutputText();
            }
        }

        Assert.Equal("The code is [redacted: secret], enjoy.", text.ToString());
        Assert.Equal(text.ToString(), done);
    }

    [Fact]
    public async Task CreateResponseAsync_SecretInAnswer_SdkSeesOnlyRedactedText()
    {
        ClientResult<ResponseResult> result = await CreateClient().CreateResponseAsync("m", "Any discount?").WaitAsync(ProxyFixture.Timeout);

        Assert.Equal("The code is [redacted: secret].", result.Value.GetOutputText());
    }

    private ResponsesClient CreateClient() =>
        new(new ApiKeyCredential("test"), new ResponsesClientOptions { Endpoint = _fixture.BaseUrl, NetworkTimeout = ProxyFixture.Timeout });
}
