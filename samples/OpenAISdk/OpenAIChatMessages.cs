using InstructionHierarchy;
using OpenAI.Chat;

/// <summary>Converts guarded segments to the official OpenAI .NET SDK's chat message types.</summary>
internal static class OpenAIChatMessages
{
    /// <summary>
    /// Converts an assembled prompt: its preamble (if any) first as a system message, then one message per sanitized segment,
    /// each with the role its tier allows (media text goes as a user message, tool output as a tool message).
    /// </summary>
    public static List<ChatMessage> From(AssembledPrompt prompt)
    {
        prompt.ThrowIfBlocked();
        var messages = new List<ChatMessage>(prompt.Segments.Count + 1);
        if (prompt.Preamble is { } preamble)
        {
            messages.Add(new SystemChatMessage(preamble));
        }

        foreach (PromptSegment segment in prompt.Segments)
        {
            messages.Add(segment.Role switch
            {
                PromptRole.System => new SystemChatMessage(segment.Text),
#pragma warning disable OPENAI001 // DeveloperChatMessage is marked experimental in the SDK; OpenAI's developer role is our System tier.
                PromptRole.Developer => new DeveloperChatMessage(segment.Text),
#pragma warning restore OPENAI001
                PromptRole.User => new UserChatMessage(segment.Text) { ParticipantName = segment.Name },
                PromptRole.Assistant => Assistant(segment),
                PromptRole.Tool => new ToolChatMessage(segment.Provenance.ToolCallId ?? throw new InvalidOperationException("A tool result needs its tool call id."), segment.Text),
                _ => throw new InvalidOperationException($"Unknown role {segment.Role}."),
            });
        }

        return messages;
    }

    private static AssistantChatMessage Assistant(PromptSegment segment)
    {
        if (segment.ToolCalls.Count == 0)
        {
            return new AssistantChatMessage(segment.Text);
        }

        var calls = new List<ChatToolCall>(segment.ToolCalls.Count);
        foreach (ToolCall call in segment.ToolCalls)
        {
            calls.Add(ChatToolCall.CreateFunctionToolCall(call.Id, call.Name, BinaryData.FromString(call.ArgumentsJson)));
        }

        var message = new AssistantChatMessage(calls);
        if (segment.Text.Length > 0)
        {
            message.Content.Add(ChatMessageContentPart.CreateTextPart(segment.Text));
        }

        return message;
    }
}
