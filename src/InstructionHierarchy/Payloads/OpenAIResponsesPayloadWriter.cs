using System.Text.Json;

namespace InstructionHierarchy.Payloads;

/// <summary>
/// Writes an <see cref="AssembledPrompt"/> as an OpenAI Responses request body: the preamble as <c>instructions</c>, and
/// every segment as an <c>input</c> item: <c>message</c> items (<c>system</c>, <c>developer</c>, <c>user</c>,
/// <c>assistant</c>), <c>function_call</c> items for an assistant's tool calls and <c>function_call_output</c> items for
/// tool results.
/// </summary>
/// <remarks>The application's system text stays an input message of its own: merging it into <c>instructions</c> with the preamble would alter it.</remarks>
public sealed class OpenAIResponsesPayloadWriter : IChatPayloadWriter
{
    private static readonly string[] OwnFields = ["model", "instructions", "input", "max_output_tokens"];

    /// <summary>Gets the shared instance.</summary>
    public static OpenAIResponsesPayloadWriter Default { get; } = new();

    /// <inheritdoc />
    public ChatPayloadFormat Format => ChatPayloadFormat.OpenAIResponses;

    /// <inheritdoc />
    public void Write(Utf8JsonWriter writer, AssembledPrompt prompt, ChatPayloadOptions? options = null)
    {
        PayloadJson.Validate(writer, prompt);
        writer.WriteStartObject();
        if (options?.Model is { } model)
        {
            writer.WriteString("model", model);
        }

        if (prompt.Preamble is { } preamble)
        {
            writer.WriteString("instructions", preamble);
        }

        writer.WriteStartArray("input");
        for (int i = 0; i < prompt.Segments.Count; i++)
        {
            PromptSegment segment = prompt.Segments[i];
            switch (segment.Role)
            {
                case PromptRole.System:
                    WriteMessage(writer, "system", segment.Text);
                    break;
                case PromptRole.Developer:
                    WriteMessage(writer, "developer", segment.Text);
                    break;
                case PromptRole.User:
                    WriteMessage(writer, "user", segment.Text);
                    break;
                case PromptRole.Assistant:
                    if (segment.Text.Length > 0 || segment.ToolCalls.Count == 0)
                    {
                        WriteMessage(writer, "assistant", segment.Text);
                    }

                    foreach (ToolCall call in segment.ToolCalls)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("type", "function_call");
                        writer.WriteString("call_id", call.Id);
                        writer.WriteString("name", call.Name);
                        writer.WriteString("arguments", call.ArgumentsJson);
                        writer.WriteEndObject();
                    }

                    break;
                default:
                    writer.WriteStartObject();
                    writer.WriteString("type", "function_call_output");
                    writer.WriteString("call_id", PayloadJson.RequireCallId(segment, i, "OpenAI Responses"));
                    writer.WriteString("output", segment.Text);
                    writer.WriteEndObject();
                    break;
            }
        }

        writer.WriteEndArray();
        if (options?.MaxTokens is { } maxTokens)
        {
            writer.WriteNumber("max_output_tokens", maxTokens);
        }

        PayloadJson.WriteAdditional(writer, options, OwnFields);
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteMessage(Utf8JsonWriter writer, string role, string text)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "message");
        writer.WriteString("role", role);
        writer.WriteString("content", text);
        writer.WriteEndObject();
    }
}
