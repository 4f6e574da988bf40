using System.Text.Json;
using System.Text.Json.Nodes;

namespace InstructionHierarchy.Payloads;

/// <summary>Reads an Anthropic Messages request into segments.</summary>
internal sealed class AnthropicMessagesRequestReader(string markerProperty) : RequestReader(markerProperty)
{
    public override void Read(JsonObject root)
    {
        ReadSystem(root["system"], root.ContainsKey("system"));
        JsonArray messages = RequireArray(root["messages"], "$.messages");
        Dictionary<string, string> toolNames = CollectToolNames(messages);
        for (int m = 0; m < messages.Count; m++)
        {
            string path = $"$.messages[{m}]";
            JsonObject message = RequireObject(messages[m], path);
            string role = RequireString(message["role"], path + ".role");
            if (role is not ("user" or "assistant"))
            {
                throw Shape($"{path}.role: unknown role '{role}' (user, assistant).", path + ".role");
            }

            SegmentProvenance? media = ReadMediaMarker(message, m, -1, path);
            if (media is not null && role != "user")
            {
                throw Shape($"{path}: only user messages can be marked as media.", path);
            }

            if (role == "user")
            {
                ReadUser(message["content"], m, path, media, toolNames);
            }
            else
            {
                ReadAssistant(message["content"], m, path);
            }
        }
    }

    private void ReadSystem(JsonNode? system, bool present)
    {
        if (!present || system is null)
        {
            return;
        }

        if (system.GetValueKind() == JsonValueKind.String)
        {
            Add(PromptSegment.System(RequireString(system, "$.system")), new SegmentLocation(SegmentLocationKind.SystemString));
            return;
        }

        JsonArray blocks = RequireArray(system, "$.system");
        for (int p = 0; p < blocks.Count; p++)
        {
            string path = $"$.system[{p}]";
            JsonObject block = RequireObject(blocks[p], path);
            string type = RequireString(block["type"], path + ".type");
            if (type == "text")
            {
                Add(PromptSegment.System(RequireString(block["text"], path + ".text")), new SegmentLocation(SegmentLocationKind.SystemPart, Part: p));
            }
            else
            {
                Unscanned.Add($"{path} ({type})");
            }
        }
    }

    private static Dictionary<string, string> CollectToolNames(JsonArray messages)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (JsonNode? node in messages)
        {
            if (node is JsonObject { } message && message["content"] is JsonArray blocks)
            {
                foreach (JsonNode? block in blocks)
                {
                    if (block is JsonObject b && b["type"] is JsonValue type && type.GetValueKind() == JsonValueKind.String
                        && type.GetValue<string>() is "tool_use" or "server_tool_use"
                        && b["id"] is JsonValue id && id.GetValueKind() == JsonValueKind.String
                        && b["name"] is JsonValue name && name.GetValueKind() == JsonValueKind.String)
                    {
                        names[id.GetValue<string>()] = name.GetValue<string>();
                    }
                }
            }
        }

        return names;
    }

    private void ReadUser(JsonNode? content, int m, string path, SegmentProvenance? media, Dictionary<string, string> toolNames)
    {
        if (content?.GetValueKind() == JsonValueKind.String)
        {
            string text = RequireString(content, path + ".content");
            Add(media is null ? PromptSegment.User(text) : MediaSegment(text, media), new SegmentLocation(SegmentLocationKind.ContentString, m));
            return;
        }

        JsonArray blocks = RequireArray(content, path + ".content");
        for (int p = 0; p < blocks.Count; p++)
        {
            string blockPath = $"{path}.content[{p}]";
            JsonObject block = RequireObject(blocks[p], blockPath);
            string type = RequireString(block["type"], blockPath + ".type");
            SegmentProvenance? partMedia = ReadMediaMarker(block, m, p, blockPath) ?? media;
            switch (type)
            {
                case "text":
                    string text = RequireString(block["text"], blockPath + ".text");
                    Add(partMedia is null ? PromptSegment.User(text) : MediaSegment(text, partMedia), new SegmentLocation(SegmentLocationKind.ContentPart, m, p));
                    break;
                case "tool_result":
                    string id = RequireString(block["tool_use_id"], blockPath + ".tool_use_id");
                    string tool = toolNames.TryGetValue(id, out string? name) ? name : "unknown";
                    ReadNested(block, m, p, blockPath, text => PromptSegment.ToolOutput(tool, text, id));
                    break;
                case "search_result":
                    string? source = OptionalString(block["source"], blockPath + ".source");
                    Uri? uri = source is not null && Uri.TryCreate(source, UriKind.Absolute, out Uri? parsed) ? parsed : null;
                    ReadNested(block, m, p, blockPath, text => PromptSegment.ToolOutput("search_result", text, sourceUri: uri));
                    break;
                case "document":
                    ReadDocument(block, m, p, blockPath, partMedia);
                    break;
                default:
                    Unscanned.Add($"{blockPath} ({type})");
                    break;
            }
        }
    }

    private void ReadNested(JsonObject block, int m, int p, string blockPath, Func<string, PromptSegment> create)
    {
        JsonNode? content = block["content"];
        switch (content?.GetValueKind())
        {
            case null or JsonValueKind.Null:
                return;
            case JsonValueKind.String:
                Add(create(RequireString(content, blockPath + ".content")), new SegmentLocation(SegmentLocationKind.NestedString, m, p));
                return;
            default:
                JsonArray parts = RequireArray(content, blockPath + ".content");
                for (int s = 0; s < parts.Count; s++)
                {
                    string partPath = $"{blockPath}.content[{s}]";
                    JsonObject part = RequireObject(parts[s], partPath);
                    string type = RequireString(part["type"], partPath + ".type");
                    if (type == "text")
                    {
                        Add(create(RequireString(part["text"], partPath + ".text")), new SegmentLocation(SegmentLocationKind.NestedPart, m, p, s));
                    }
                    else
                    {
                        Unscanned.Add($"{partPath} ({type})");
                    }
                }

                return;
        }
    }

    private void ReadDocument(JsonObject block, int m, int p, string blockPath, SegmentProvenance? media)
    {
        JsonObject source = RequireObject(block["source"], blockPath + ".source");
        string sourceType = RequireString(source["type"], blockPath + ".source.type");
        string? title = OptionalString(block["title"], blockPath + ".title");
        SegmentProvenance provenance = (media ?? new SegmentProvenance()) with
        {
            MediaKind = media?.MediaKind is { } kind && kind != MediaKind.Unknown ? kind : MediaKind.Document,
            SourceName = media?.SourceName ?? title,
        };
        switch (sourceType)
        {
            case "text":
                Add(MediaSegment(RequireString(source["data"], blockPath + ".source.data"), provenance), new SegmentLocation(SegmentLocationKind.DocumentData, m, p));
                break;
            case "content" when source["content"]?.GetValueKind() == JsonValueKind.String:
                Add(MediaSegment(RequireString(source["content"], blockPath + ".source.content"), provenance), new SegmentLocation(SegmentLocationKind.DocumentContentString, m, p));
                break;
            case "content":
                JsonArray parts = RequireArray(source["content"], blockPath + ".source.content");
                for (int s = 0; s < parts.Count; s++)
                {
                    string partPath = $"{blockPath}.source.content[{s}]";
                    JsonObject part = RequireObject(parts[s], partPath);
                    string type = RequireString(part["type"], partPath + ".type");
                    if (type == "text")
                    {
                        Add(MediaSegment(RequireString(part["text"], partPath + ".text"), provenance), new SegmentLocation(SegmentLocationKind.DocumentContentPart, m, p, s));
                    }
                    else
                    {
                        Unscanned.Add($"{partPath} ({type})");
                    }
                }

                break;
            default:
                Unscanned.Add($"{blockPath} (document, {sourceType})");
                break;
        }
    }

    private void ReadAssistant(JsonNode? content, int m, string path)
    {
        if (content?.GetValueKind() == JsonValueKind.String)
        {
            Add(PromptSegment.Assistant(RequireString(content, path + ".content")), new SegmentLocation(SegmentLocationKind.ContentString, m));
            return;
        }

        JsonArray blocks = RequireArray(content, path + ".content");
        int first = Segments.Count;
        var calls = new List<ToolCall>();
        for (int p = 0; p < blocks.Count; p++)
        {
            string blockPath = $"{path}.content[{p}]";
            JsonObject block = RequireObject(blocks[p], blockPath);
            string type = RequireString(block["type"], blockPath + ".type");
            if (type == "text")
            {
                Add(PromptSegment.Assistant(RequireString(block["text"], blockPath + ".text")), new SegmentLocation(SegmentLocationKind.ContentPart, m, p));
            }
            else if (type == "tool_use")
            {
                calls.Add(new ToolCall(
                    RequireString(block["id"], blockPath + ".id"),
                    RequireString(block["name"], blockPath + ".name"),
                    block["input"]?.ToJsonString() ?? "{}"));
            }
            else
            {
                Unscanned.Add($"{blockPath} ({type})");
            }
        }

        if (Segments.Count == first)
        {
            Add(PromptSegment.Assistant(string.Empty), new SegmentLocation(SegmentLocationKind.None, m));
        }

        if (calls.Count > 0)
        {
            Segments[first] = PromptSegment.Assistant(Segments[first].Text, calls);
        }
    }
}
