using System.Text.Json;
using System.Text.Json.Nodes;

namespace InstructionHierarchy.Payloads;

/// <summary>
/// Reads an OpenAI Responses request (<c>POST /v1/responses</c>) into segments: <c>instructions</c>, a string
/// <c>input</c>, and the <c>input</c> items (messages, tool calls and the tool results the library can read).
/// </summary>
internal sealed class OpenAIResponsesRequestReader(string markerProperty) : RequestReader(markerProperty)
{
    private readonly Dictionary<string, string> _toolNames = new(StringComparer.Ordinal);

    public override void Read(JsonObject root)
    {
        if (OptionalString(root["instructions"], "$.instructions") is { } instructions)
        {
            Add(PromptSegment.System(instructions), new SegmentLocation(SegmentLocationKind.Instructions));
        }

        if (root["prompt"] is not null)
        {
            Unscanned.Add("$.prompt (prompt template)");
        }

        JsonNode? input = root["input"];
        switch (input?.GetValueKind())
        {
            case null or JsonValueKind.Null:
                return;
            case JsonValueKind.String:
                Add(PromptSegment.User(RequireString(input, "$.input")), new SegmentLocation(SegmentLocationKind.InputString));
                return;
            case JsonValueKind.Array:
                var items = (JsonArray)input!;
                CollectToolNames(items);
                for (int i = 0; i < items.Count; i++)
                {
                    string path = $"$.input[{i}]";
                    ReadItem(RequireObject(items[i], path), i, path);
                }

                return;
            default:
                throw Shape($"$.input must be a string or an array of items, not {KindOf(input)}.", "$.input");
        }
    }

    private static string? TypeOf(JsonObject item, string path) => OptionalString(item["type"], path + ".type");

    private void CollectToolNames(JsonArray items)
    {
        for (int i = 0; i < items.Count; i++)
        {
            string path = $"$.input[{i}]";
            if (items[i] is JsonObject item && TypeOf(item, path) is "function_call" or "custom_tool_call"
                && OptionalString(item["call_id"], path + ".call_id") is { } id && OptionalString(item["name"], path + ".name") is { } name)
            {
                _toolNames[id] = name;
            }
        }
    }

    private void ReadItem(JsonObject item, int i, string path)
    {
        string? type = TypeOf(item, path);
        if (type is null && item.ContainsKey("role"))
        {
            type = "message"; // an EasyInputMessage: { "role": …, "content": … } without a type
        }

        if (type != "message" && item.ContainsKey(MarkerProperty))
        {
            throw Shape($"{path}: only user messages can be marked as media, not '{type ?? "untyped item"}' items.", path);
        }

        switch (type)
        {
            case "message":
                ReadMessage(item, i, path);
                break;
            case "function_call" or "custom_tool_call":
                string callId = RequireString(item["call_id"], path + ".call_id");
                string name = RequireString(item["name"], path + ".name");
                string argumentsField = type == "function_call" ? "arguments" : "input";
                string arguments = OptionalString(item[argumentsField], $"{path}.{argumentsField}") ?? string.Empty;
                Add(PromptSegment.Assistant(string.Empty, [new ToolCall(callId, name, arguments)]), new SegmentLocation(SegmentLocationKind.CallItem, i));
                break;
            case "function_call_output" or "custom_tool_call_output":
                string? outputId = OptionalString(item["call_id"], path + ".call_id");
                string tool = outputId is not null && _toolNames.TryGetValue(outputId, out string? known) ? known : "unknown";
                ReadToolOutput(item, i, path, tool, outputId);
                break;
            case "mcp_call":
                string server = OptionalString(item["server_label"], path + ".server_label") ?? "mcp";
                string mcpTool = $"{server}.{OptionalString(item["name"], path + ".name") ?? "tool"}";
                if (OptionalString(item["output"], path + ".output") is { } mcpOutput)
                {
                    Add(PromptSegment.ToolOutput(mcpTool, mcpOutput, OptionalString(item["id"], path + ".id")), new SegmentLocation(SegmentLocationKind.OutputString, i));
                }

                break;
            case "local_shell_call_output" or "shell_call_output":
                if (item["output"] is JsonValue shellOutput && shellOutput.GetValueKind() == JsonValueKind.String)
                {
                    Add(PromptSegment.ToolOutput("shell", RequireString(shellOutput, path + ".output"), OptionalString(item["call_id"], path + ".call_id")), new SegmentLocation(SegmentLocationKind.OutputString, i));
                }
                else if (item["output"] is not null)
                {
                    Unscanned.Add($"{path}.output ({type})");
                }

                break;
            case "file_search_call":
                if (item["results"] is { } resultsNode)
                {
                    JsonArray results = RequireArray(resultsNode, path + ".results");
                    for (int r = 0; r < results.Count; r++)
                    {
                        string resultPath = $"{path}.results[{r}]";
                        JsonObject result = RequireObject(results[r], resultPath);
                        if (OptionalString(result["text"], resultPath + ".text") is { } found)
                        {
                            Add(PromptSegment.ToolOutput("file_search", found), new SegmentLocation(SegmentLocationKind.ResultPart, i, r));
                        }
                    }
                }

                break;
            default:
                Unscanned.Add($"{path} ({type ?? "untyped item"})");
                break;
        }
    }

    private void ReadMessage(JsonObject item, int i, string path)
    {
        string role = RequireString(item["role"], path + ".role");
        SegmentProvenance? media = ReadMediaMarker(item, i, -1, path);
        if (media is not null && role != "user")
        {
            throw Shape($"{path}: only user messages can be marked as media, not '{role}'.", path);
        }

        Func<string, SegmentProvenance?, PromptSegment> create = role switch
        {
            "system" => (text, _) => PromptSegment.System(text),
            "developer" => (text, _) => PromptSegment.Developer(text),
            "user" => (text, partMedia) => (partMedia ?? media) is { } mark ? MediaSegment(text, mark) : PromptSegment.User(text),
            "assistant" => (text, _) => PromptSegment.Assistant(text),
            _ => throw Shape($"{path}.role: unknown role '{role}' (system, developer, user, assistant).", path + ".role"),
        };

        JsonNode? content = item["content"];
        switch (content?.GetValueKind())
        {
            case null or JsonValueKind.Null:
                return;
            case JsonValueKind.String:
                Add(create(RequireString(content, path + ".content"), null), new SegmentLocation(SegmentLocationKind.ContentString, i));
                return;
            case JsonValueKind.Array:
                ReadParts((JsonArray)content!, i, path + ".content", SegmentLocationKind.ContentPart, create, allowPartMedia: role == "user");
                return;
            default:
                throw Shape($"{path}.content must be a string or an array of parts, not {KindOf(content)}.", path + ".content");
        }
    }

    private void ReadToolOutput(JsonObject item, int i, string path, string tool, string? callId)
    {
        JsonNode? output = item["output"];
        switch (output?.GetValueKind())
        {
            case null or JsonValueKind.Null:
                return;
            case JsonValueKind.String:
                Add(PromptSegment.ToolOutput(tool, RequireString(output, path + ".output"), callId), new SegmentLocation(SegmentLocationKind.OutputString, i));
                return;
            case JsonValueKind.Array:
                ReadParts((JsonArray)output!, i, path + ".output", SegmentLocationKind.OutputPart, (text, _) => PromptSegment.ToolOutput(tool, text, callId), allowPartMedia: false);
                return;
            default:
                throw Shape($"{path}.output must be a string or an array of parts, not {KindOf(output)}.", path + ".output");
        }
    }

    private void ReadParts(JsonArray parts, int i, string path, SegmentLocationKind kind, Func<string, SegmentProvenance?, PromptSegment> create, bool allowPartMedia)
    {
        for (int p = 0; p < parts.Count; p++)
        {
            string partPath = $"{path}[{p}]";
            JsonObject part = RequireObject(parts[p], partPath);
            string type = RequireString(part["type"], partPath + ".type");
            SegmentProvenance? partMedia = null;
            if (allowPartMedia)
            {
                partMedia = ReadMediaMarker(part, i, p, partPath);
            }
            else if (part.ContainsKey(MarkerProperty))
            {
                throw Shape($"{partPath}: only parts of user messages can be marked as media.", partPath);
            }

            if (type is "input_text" or "output_text" or "text")
            {
                Add(create(RequireString(part["text"], partPath + ".text"), partMedia), new SegmentLocation(kind, i, p));
            }
            else
            {
                Unscanned.Add($"{partPath} ({type})");
            }
        }
    }
}
