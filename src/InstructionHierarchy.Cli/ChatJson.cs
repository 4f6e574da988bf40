using System.Text;
using System.Text.Json;

namespace InstructionHierarchy.Cli;

/// <summary>
/// Reads the conversation lines of <c>eval</c> (<c>{id, messages: [{role, content, name?, source?}], expect, protect}</c>)
/// into segments, one per message. <c>scan --chat</c> and <c>sanitize --chat</c> use the core's
/// <see cref="Payloads.ChatRequest"/> instead; eval keeps this reader because its <c>expect</c> entries point at message
/// indices (<see cref="Payloads.ChatRequest"/> makes one segment per text part) and its <c>source</c> field is a label
/// (<c>"media"</c> on a user message marks media, any other value is ignored), which the request reader's media marker
/// would reject.
/// </summary>
internal static class ChatJson
{
    public static List<PromptSegment> ReadMessages(JsonElement messages, string where)
    {
        if (messages.ValueKind != JsonValueKind.Array)
        {
            throw new CliException($"{where}: 'messages' must be an array");
        }

        var segments = new List<PromptSegment>();
        var toolNames = new Dictionary<string, string>(StringComparer.Ordinal);
        int index = 0;
        foreach (JsonElement message in messages.EnumerateArray())
        {
            string at = $"{where}: messages[{index}]";
            if (message.ValueKind != JsonValueKind.Object)
            {
                throw new CliException($"{at} must be an object");
            }

            string role = GetString(message, "role") ?? throw new CliException($"{at} has no 'role'");
            string text = ReadContent(message, at);
            string? name = GetString(message, "name");
            string? source = GetString(message, "source");
            bool media = string.Equals(source, "media", StringComparison.OrdinalIgnoreCase);

            PromptSegment segment = role switch
            {
                "system" => PromptSegment.System(text),
                "developer" => PromptSegment.Developer(text),
                "user" when media => PromptSegment.Media(MediaKind.Unknown, text, sourceName: name),
                "user" => PromptSegment.User(text, name),
                "assistant" => PromptSegment.Assistant(text, ReadToolCalls(message, at, toolNames)),
                "tool" or "function" => ToolResult(message, text, name, toolNames),
                _ => throw new CliException($"{at} has an unknown role '{role}'"),
            };
            segments.Add(segment);
            index++;
        }

        return segments;
    }

    private static PromptSegment ToolResult(JsonElement message, string text, string? name, Dictionary<string, string> toolNames)
    {
        string? callId = GetString(message, "tool_call_id");
        string toolName = name ?? (callId is not null && toolNames.TryGetValue(callId, out string? known) ? known : "tool");
        return PromptSegment.ToolOutput(toolName, text, callId);
    }

    private static List<ToolCall>? ReadToolCalls(JsonElement message, string at, Dictionary<string, string> toolNames)
    {
        if (!message.TryGetProperty("tool_calls", out JsonElement calls) || calls.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (calls.ValueKind != JsonValueKind.Array)
        {
            throw new CliException($"{at}: 'tool_calls' must be an array");
        }

        var list = new List<ToolCall>();
        foreach (JsonElement call in calls.EnumerateArray())
        {
            string id = GetString(call, "id") ?? $"call_{list.Count}";
            string name = "tool";
            string arguments = "{}";
            if (call.TryGetProperty("function", out JsonElement function) && function.ValueKind == JsonValueKind.Object)
            {
                name = GetString(function, "name") ?? name;
                arguments = GetString(function, "arguments") ?? arguments;
            }

            toolNames[id] = name;
            list.Add(new ToolCall(id, name, arguments));
        }

        return list;
    }

    private static string ReadContent(JsonElement message, string at)
    {
        if (!message.TryGetProperty("content", out JsonElement content))
        {
            return string.Empty;
        }

        switch (content.ValueKind)
        {
            case JsonValueKind.String:
                return content.GetString()!;
            case JsonValueKind.Null:
                return string.Empty;
            case JsonValueKind.Array:
                var builder = new StringBuilder();
                foreach (JsonElement part in content.EnumerateArray())
                {
                    if (part.ValueKind == JsonValueKind.String)
                    {
                        Append(builder, part.GetString()!);
                    }
                    else if (part.ValueKind == JsonValueKind.Object && GetString(part, "text") is { } partText)
                    {
                        Append(builder, partText);
                    }
                }

                return builder.ToString();
            default:
                throw new CliException($"{at}: 'content' must be a string, an array of parts or null");
        }
    }

    private static void Append(StringBuilder builder, string text)
    {
        if (builder.Length > 0)
        {
            builder.Append('\n');
        }

        builder.Append(text);
    }

    public static string? GetString(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
