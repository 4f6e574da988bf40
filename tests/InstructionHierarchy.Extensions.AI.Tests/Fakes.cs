using System.Runtime.CompilerServices;
using InstructionHierarchy.Sanitization;
using Microsoft.Extensions.AI;

namespace InstructionHierarchy.Extensions.AI.Tests;

/// <summary>A model stand-in: records every request it receives and answers from a script.</summary>
internal sealed class ScriptedChatClient : IChatClient
{
    private readonly Queue<ChatResponse> _responses = new();
    private readonly Queue<ChatResponseUpdate[]> _streams = new();

    public List<List<ChatMessage>> Requests { get; } = [];

    public ScriptedChatClient Respond(ChatResponse response)
    {
        _responses.Enqueue(response);
        return this;
    }

    public ScriptedChatClient Respond(string text) => Respond(new ChatResponse(new ChatMessage(ChatRole.Assistant, text)));

    public ScriptedChatClient Stream(params ChatResponseUpdate[] updates)
    {
        _streams.Enqueue(updates);
        return this;
    }

    public ScriptedChatClient StreamText(params string[] chunks) =>
        Stream(Array.ConvertAll(chunks, c => new ChatResponseUpdate(ChatRole.Assistant, c) { MessageId = "m1" }));

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Requests.Add([.. messages]);
        return Task.FromResult(_responses.Count > 0 ? _responses.Dequeue() : new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok")));
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Requests.Add([.. messages]);
        foreach (ChatResponseUpdate update in _streams.Count > 0 ? _streams.Dequeue() : [new ChatResponseUpdate(ChatRole.Assistant, "ok")])
        {
            await Task.Yield();
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }
}

/// <summary>
/// A stand-in for Microsoft.Extensions.AI's FunctionInvokingChatClient (not restorable here): while the inner client answers
/// with function calls, it runs the functions, appends the assistant turn and a tool message with the results to its own
/// history, and calls the inner client again.
/// </summary>
internal sealed class FakeFunctionInvokingChatClient(IChatClient inner, IReadOnlyDictionary<string, Func<IDictionary<string, object?>?, object?>> functions) : DelegatingChatClient(inner)
{
    public List<ChatMessage> History { get; } = [];

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        History.AddRange(messages);
        for (int round = 0; round < 5; round++)
        {
            ChatResponse response = await base.GetResponseAsync(History, options, cancellationToken);
            History.AddRange(response.Messages);
            var results = new List<AIContent>();
            foreach (ChatMessage message in response.Messages)
            {
                foreach (FunctionCallContent call in message.Contents.OfType<FunctionCallContent>())
                {
                    results.Add(new FunctionResultContent(call.CallId, functions[call.Name](call.Arguments)));
                }
            }

            if (results.Count == 0)
            {
                return response;
            }

            History.Add(new ChatMessage(ChatRole.Tool, results));
        }

        throw new InvalidOperationException("Too many rounds.");
    }
}

/// <summary>A transform that adds a fixed preamble.</summary>
internal sealed class PreambleTransform(string text) : IPromptTransform
{
    public void Transform(PromptTransformContext context) => context.AddPreamble(text);
}

internal static class Pipelines
{
    public static HierarchyPipeline Default { get; } = new HierarchyPipelineBuilder().AddDefaults().Build();

    public static HierarchyPipeline WithSecret(string name, string value) =>
        new HierarchyPipelineBuilder().AddDefaults().ProtectSecret(name, value).Build();
}
