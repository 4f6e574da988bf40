using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.AI;

/// <summary>
/// A local stand-in for a model: it answers with a listing of the messages it received, so the sanitized request is
/// visible. Streaming answers come in small chunks, the way a real model streams.
/// </summary>
internal sealed class EchoChatClient : IChatClient
{
    /// <summary>Gets a listing of the last request, exactly as the model received it (before the middleware inspects the answer).</summary>
    public string LastRequest { get; private set; } = string.Empty;

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        LastRequest = Describe(messages);
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, LastRequest)));
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string last = messages.Last().Text;
        for (int i = 0; i < last.Length; i += 4)
        {
            await Task.Delay(1, cancellationToken);
            yield return new ChatResponseUpdate(ChatRole.Assistant, last.Substring(i, Math.Min(4, last.Length - i))) { MessageId = "echo-1" };
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }

    private static string Describe(IEnumerable<ChatMessage> messages)
    {
        var builder = new StringBuilder("The model received:");
        foreach (ChatMessage message in messages)
        {
            foreach (AIContent content in message.Contents)
            {
                string text = content switch
                {
                    TextContent t => t.Text,
                    FunctionCallContent call => $"(calls {call.Name}, id {call.CallId})",
                    FunctionResultContent result => $"(result of {result.CallId}) {result.Result}",
                    _ => $"({content.GetType().Name})",
                };
                builder.Append("\n  [").Append(message.Role).Append("] ").Append(text);
            }
        }

        return builder.ToString();
    }
}
