using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

/// <summary>
/// A local stand-in for a tool-calling model: the first time it asks to fetch the candidate's portfolio page, then it
/// writes a summary. It keeps the last request it received, so the sample can show what reached the model.
/// </summary>
internal sealed class ScriptedModel : IChatClient
{
    public IReadOnlyList<ChatMessage> LastRequest { get; private set; } = [];

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        LastRequest = [.. messages];
        bool fetched = LastRequest.Any(m => m.Contents.OfType<FunctionResultContent>().Any());
        ChatMessage answer = fetched
            ? new ChatMessage(ChatRole.Assistant, "Li Wei has six years of Go and Kubernetes experience and a portfolio of infrastructure projects. Recommend a technical interview.")
            : new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("call_1", "fetch_page", new Dictionary<string, object?> { ["url"] = "https://liwei.example.test/portfolio" })]);
        return Task.FromResult(new ChatResponse(answer));
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ChatResponse response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (ChatResponseUpdate update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }
}
