using System.Text.Json;

namespace InstructionHierarchy.Payloads;

/// <summary>
/// Writes an <see cref="AssembledPrompt"/> as an OpenAI Chat Completions request body: the preamble as its own first
/// <c>system</c> message, then one message per segment (<c>system</c>, <c>developer</c>, <c>user</c> with its <c>name</c>,
/// <c>assistant</c> with <c>tool_calls</c>, <c>tool</c> with <c>tool_call_id</c>). Media text is sent as a <c>user</c> message.
/// </summary>
/// <example>
/// <code>
/// string body = OpenAIChatPayloadWriter.Default.WriteToString(prompt, new ChatPayloadOptions { Model = "gpt-4o" });
/// </code>
/// </example>
public sealed class OpenAIChatPayloadWriter : IChatPayloadWriter
{
    private static readonly string[] OwnFields = ["model", "messages", "max_tokens"];

    /// <summary>Gets the shared instance.</summary>
    public static OpenAIChatPayloadWriter Default { get; } = new();

    /// <inheritdoc />
    public ChatPayloadFormat Format => ChatPayloadFormat.OpenAIChatCompletions;

    /// <inheritdoc />
    public void Write(Utf8JsonWriter writer, AssembledPrompt prompt, ChatPayloadOptions? options = null)
    {
        PayloadJson.Validate(writer, prompt);
        writer.WriteStartObject();
        if (options?.Model is { } model)
        {
            writer.WriteString("model", model);
        }

        writer.WriteStartArray("messages");
        if (prompt.Preamble is { } preamble)
        {
            WriteMessage(writer, "system", preamble);
        }

        for (int i = 0; i < prompt.Segments.Count; i++)
        {
            PromptSegment segment = prompt.Segments[i];
            switch (segment.Role)
            {
                case PromptRole.System:
                    WriteMessage(writer, "system", segment.Text, segment.Name);
                    break;
                case PromptRole.Developer:
                    WriteMessage(writer, "developer", segment.Text, segment.Name);
                    break;
                case PromptRole.User:
                    WriteMessage(writer, "user", segment.Text, segment.Name);
                    break;
                case PromptRole.Assistant:
                    WriteAssistant(writer, segment);
                    break;
                default:
                    writer.WriteStartObject();
                    writer.WriteString("role", "tool");
                    writer.WriteString("tool_call_id", PayloadJson.RequireCallId(segment, i, "OpenAI Chat Completions"));
                    writer.WriteString("content", segment.Text);
                    writer.WriteEndObject();
                    break;
            }
        }

        writer.WriteEndArray();
        if (options?.MaxTokens is { } maxTokens)
        {
            writer.WriteNumber("max_tokens", maxTokens);
        }

        PayloadJson.WriteAdditional(writer, options, OwnFields);
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteMessage(Utf8JsonWriter writer, string role, string text, string? name = null)
    {
        writer.WriteStartObject();
        writer.WriteString("role", role);
        writer.WriteString("content", text);
        if (name is not null)
        {
            writer.WriteString("name", name);
        }

        writer.WriteEndObject();
    }

    private static void WriteAssistant(Utf8JsonWriter writer, PromptSegment segment)
    {
        writer.WriteStartObject();
        writer.WriteString("role", "assistant");
        if (segment.Text.Length == 0 && segment.ToolCalls.Count > 0)
        {
            writer.WriteNull("content");
        }
        else
        {
            writer.WriteString("content", segment.Text);
        }

        if (segment.Name is not null)
        {
            writer.WriteString("name", segment.Name);
        }

        if (segment.ToolCalls.Count > 0)
        {
            writer.WriteStartArray("tool_calls");
            foreach (ToolCall call in segment.ToolCalls)
            {
                writer.WriteStartObject();
                writer.WriteString("id", call.Id);
                writer.WriteString("type", "function");
                writer.WriteStartObject("function");
                writer.WriteString("name", call.Name);
                writer.WriteString("arguments", call.ArgumentsJson);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
