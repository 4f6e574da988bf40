using System.Text.Json;
using System.Text.Json.Nodes;

namespace InstructionHierarchy.Payloads;

/// <summary>Reads an OpenAI Chat Completions request into segments.</summary>
internal sealed class OpenAIChatRequestReader(string markerProperty) : RequestReader(markerProperty)
{
    public override void Read(JsonObject root)
    {
        JsonArray messages = RequireArray(root["messages"], "$.messages");
        Dictionary<string, string> toolNames = CollectToolNames(messages);
        for (int m = 0; m < messages.Count; m++)
        {
            string path = $"$.messages[{m}]";
            JsonObject message = RequireObject(messages[m], path);
            string role = RequireString(message["role"], path + ".role");
            SegmentProvenance? media = ReadMediaMarker(message, m, -1, path);
            if (media is not null && role != "user")
            {
                throw Shape($"{path}: only user messages can be marked as media, not '{role}'.", path);
            }

            string? name = OptionalString(message["name"], path + ".name");
            switch (role)
            {
                case "system":
                case "developer":
                case "user":
                    ReadContent(message, m, path, (text, partMedia) =>
                        role == "user" ? (partMedia ?? media) is { } mark ? MediaSegment(text, mark) : PromptSegment.User(text, name)
                        : new PromptSegment(role == "system" ? PromptRole.System : PromptRole.Developer, PriorityTier.System, text, name: name),
                        allowPartMedia: role == "user");
                    break;
                case "assistant":
                    ReadAssistant(message, m, path, name);
                    break;
                case "tool":
                case "function":
                    string? id = role == "tool" ? OptionalString(message["tool_call_id"], path + ".tool_call_id") : null;
                    string tool = role == "function" ? name ?? "function" : id is not null && toolNames.TryGetValue(id, out string? n) ? n : "unknown";
                    ReadContent(message, m, path, (text, _) => PromptSegment.ToolOutput(tool, text, id), allowPartMedia: false);
                    break;
                default:
                    throw Shape($"{path}.role: unknown role '{role}' (system, developer, user, assistant, tool).", path + ".role");
            }
        }
    }

    private static Dictionary<string, string> CollectToolNames(JsonArray messages)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int m = 0; m < messages.Count; m++)
        {
            if (messages[m] is JsonObject message && message["tool_calls"] is JsonArray calls)
            {
                for (int c = 0; c < calls.Count; c++)
                {
                    string path = $"$.messages[{m}].tool_calls[{c}]";
                    JsonObject call = RequireObject(calls[c], path);
                    string? id = OptionalString(call["id"], path + ".id");
                    if (id is not null && call["function"] is JsonObject function && OptionalString(function["name"], path + ".function.name") is { } name)
                    {
                        names[id] = name;
                    }
                }
            }
        }

        return names;
    }

    private void ReadContent(JsonObject message, int m, string path, Func<string, SegmentProvenance?, PromptSegment> create, bool allowPartMedia)
    {
        JsonNode? content = message["content"];
        switch (content?.GetValueKind())
        {
            case null or JsonValueKind.Null:
                Add(create(string.Empty, null), new SegmentLocation(SegmentLocationKind.None, m));
                return;
            case JsonValueKind.String:
                Add(create(RequireString(content, path + ".content"), null), new SegmentLocation(SegmentLocationKind.ContentString, m));
                return;
            case JsonValueKind.Array:
                var parts = (JsonArray)content!;
                for (int p = 0; p < parts.Count; p++)
                {
                    string partPath = $"{path}.content[{p}]";
                    JsonObject part = RequireObject(parts[p], partPath);
                    string type = RequireString(part["type"], partPath + ".type");
                    SegmentProvenance? partMedia = ReadMediaMarker(part, m, p, partPath);
                    if (partMedia is not null && !allowPartMedia)
                    {
                        throw Shape($"{partPath}: only parts of user messages can be marked as media.", partPath);
                    }

                    if (type == "text")
                    {
                        Add(create(RequireString(part["text"], partPath + ".text"), partMedia), new SegmentLocation(SegmentLocationKind.ContentPart, m, p));
                    }
                    else
                    {
                        Unscanned.Add($"{partPath} ({type})");
                    }
                }

                return;
            default:
                throw Shape($"{path}.content must be a string, an array of parts or null, not {KindOf(content)}.", path + ".content");
        }
    }

    private void ReadAssistant(JsonObject message, int m, string path, string? name)
    {
        var calls = new List<ToolCall>();
        if (message["tool_calls"] is { } toolCalls)
        {
            JsonArray array = RequireArray(toolCalls, path + ".tool_calls");
            for (int c = 0; c < array.Count; c++)
            {
                string callPath = $"{path}.tool_calls[{c}]";
                JsonObject call = RequireObject(array[c], callPath);
                string id = RequireString(call["id"], callPath + ".id");
                if (call["function"] is JsonObject function)
                {
                    calls.Add(new ToolCall(id, RequireString(function["name"], callPath + ".function.name"), OptionalString(function["arguments"], callPath + ".function.arguments") ?? string.Empty));
                }
                else
                {
                    Unscanned.Add($"{callPath} ({OptionalString(call["type"], callPath + ".type") ?? "call"})");
                }
            }
        }

        int first = Segments.Count;
        ReadContent(message, m, path, (text, _) => new PromptSegment(PromptRole.Assistant, null, text, name: name), allowPartMedia: false);
        if (Segments.Count == first)
        {
            Add(new PromptSegment(PromptRole.Assistant, null, string.Empty, name: name), new SegmentLocation(SegmentLocationKind.None, m));
        }

        if (calls.Count > 0)
        {
            // The calls ride on the first segment of the turn.
            PromptSegment head = Segments[first];
            Segments[first] = new PromptSegment(PromptRole.Assistant, null, head.Text, head.Provenance, head.Name, calls);
        }
    }
}
