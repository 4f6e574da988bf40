using System.Text.Json;
using System.Text.Json.Nodes;
using InstructionHierarchy;
using InstructionHierarchy.Payloads;

namespace OpenAICompatibleProxy;

/// <summary>
/// An OpenAI Responses request (<c>POST /v1/responses</c>) read into segments, and written back with the guarded text in
/// the same places and every other field verbatim (<c>model</c>, <c>tools</c>, <c>reasoning</c>, <c>text</c>,
/// <c>store</c>, <c>stream</c>, <c>previous_response_id</c>, vendor extensions…).
/// </summary>
/// <remarks>
/// <para>How the request maps to segments: <c>instructions</c> → a system segment; <c>input</c> as a string → a user
/// segment; <c>message</c> items by role (<c>system</c> and <c>developer</c> → system tier, <c>user</c> → user tier,
/// <c>assistant</c> → an assistant turn), one segment per text part (<c>input_text</c>, <c>output_text</c>);
/// <c>function_call</c> and <c>custom_tool_call</c> items → assistant turns carrying the call; tool results →
/// tool-output segments named after the call with the same <c>call_id</c>: <c>function_call_output</c> and
/// <c>custom_tool_call_output</c> (a string or <c>input_text</c> parts), <c>mcp_call</c> <c>output</c>,
/// <c>local_shell_call_output</c> and <c>shell_call_output</c> (string output) and <c>file_search_call</c>
/// <c>results[].text</c>.</para>
/// <para>Everything else is kept verbatim and listed in <see cref="UnscannedContent"/>: images, files, audio, refusals,
/// reasoning items, <c>item_reference</c>s, computer and code-interpreter calls, unknown item types, and the
/// <c>prompt</c> template reference with its variables.</para>
/// <para>The hierarchy preamble becomes <c>instructions</c> when the request has none; otherwise it is inserted as a
/// first <c>system</c> message of <c>input</c>, so the application's own instructions are not altered.</para>
/// </remarks>
public sealed class ResponsesRequest
{
    private readonly JsonObject _root;
    private readonly TextLocation[] _locations;
    private readonly PromptSegment[] _segments;

    private ResponsesRequest(JsonObject root, List<PromptSegment> segments, List<TextLocation> locations, List<string> unscanned)
    {
        _root = root;
        _segments = [.. segments];
        _locations = [.. locations];
        UnscannedContent = [.. unscanned];
        Model = root["model"] is JsonValue model && model.GetValueKind() == JsonValueKind.String ? model.GetValue<string>() : null;
    }

    /// <summary>Gets the segments, in conversation order (<c>instructions</c> first).</summary>
    public IReadOnlyList<PromptSegment> Segments => _segments;

    /// <summary>Gets the <c>model</c> field, if any.</summary>
    public string? Model { get; }

    /// <summary>Gets the JSON paths (with the item or part type) of content kept verbatim but not read.</summary>
    public IReadOnlyList<string> UnscannedContent { get; }

    /// <summary>Reads a request from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The request body.</param>
    /// <param name="maxDepth">The deepest nesting accepted.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ChatPayloadFormatException">The JSON is malformed, too deep, or not a Responses request.</exception>
    public static ResponsesRequest Parse(ReadOnlySpan<byte> utf8Json, int maxDepth = 64)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(utf8Json, default, new JsonDocumentOptions { MaxDepth = maxDepth, AllowDuplicateProperties = false });
        }
        catch (JsonException e)
        {
            long? line = e.LineNumber + 1;
            string message = e.Message;
            int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            throw new ChatPayloadFormatException($"Malformed JSON at line {line}, byte {e.BytePositionInLine}: {(cut > 0 ? message[..cut].TrimEnd() : message)}", e.Path, line, e.BytePositionInLine, e);
        }
        catch (ArgumentException e)
        {
            throw new ChatPayloadFormatException($"Malformed request: {e.Message}", "$", innerException: e);
        }

        if (node is not JsonObject root)
        {
            throw new ChatPayloadFormatException($"A Responses request must be a JSON object, not {KindOf(node)}.", "$");
        }

        var reader = new Reader();
        reader.Read(root);
        return new ResponsesRequest(root, reader.Segments, reader.Locations, reader.Unscanned);
    }

    /// <summary>Returns the guarded request as JSON: the sanitized text of every changed segment put back where it came from, the preamble added, everything else verbatim.</summary>
    /// <param name="prompt">The prompt assembled from <see cref="Segments"/>.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentException">The prompt was not assembled from this request's segments.</exception>
    /// <exception cref="InstructionConflictException">The policy blocked the prompt.</exception>
    public string ToJson(AssembledPrompt prompt) => ToJsonObject(prompt).ToJsonString();

    /// <summary>Returns the guarded request as a mutable JSON tree (a copy; this request is not changed).</summary>
    /// <param name="prompt">The prompt assembled from <see cref="Segments"/>.</param>
    /// <returns>The JSON tree.</returns>
    /// <exception cref="ArgumentException">The prompt was not assembled from this request's segments.</exception>
    /// <exception cref="InstructionConflictException">The policy blocked the prompt.</exception>
    public JsonObject ToJsonObject(AssembledPrompt prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        if (prompt.OriginalSegments.Count != _segments.Length)
        {
            throw new ArgumentException("The prompt was not assembled from this request's segments.", nameof(prompt));
        }

        for (int i = 0; i < _segments.Length; i++)
        {
            if (!ReferenceEquals(prompt.OriginalSegments[i], _segments[i]))
            {
                throw new ArgumentException("The prompt was not assembled from this request's segments.", nameof(prompt));
            }
        }

        prompt.ThrowIfBlocked();
        var root = (JsonObject)_root.DeepClone();
        for (int i = 0; i < _locations.Length; i++)
        {
            string after = prompt.Segments[i].Text;
            if (_locations[i].Field is not null && !string.Equals(_segments[i].Text, after, StringComparison.Ordinal))
            {
                Put(root, _locations[i], after);
            }
        }

        if (prompt.Preamble is { } preamble)
        {
            AddPreamble(root, preamble);
        }

        return root;
    }

    private static void Put(JsonObject root, TextLocation at, string text)
    {
        if (at.Item < 0)
        {
            root[at.Field!] = text;
            return;
        }

        JsonObject item = (JsonObject)root["input"]![at.Item]!;
        JsonObject owner = at.Container is null ? item : (JsonObject)item[at.Container]![at.Part]!;
        owner[at.Field!] = text;
    }

    private static void AddPreamble(JsonObject root, string preamble)
    {
        if (root["instructions"] is null)
        {
            root["instructions"] = preamble;
            return;
        }

        var message = new JsonObject { ["type"] = "message", ["role"] = "system", ["content"] = preamble };
        switch (root["input"])
        {
            case JsonArray items:
                items.Insert(0, message);
                break;
            case JsonValue text:
                root["input"] = new JsonArray(message, new JsonObject { ["type"] = "message", ["role"] = "user", ["content"] = text.DeepClone() });
                break;
            default:
                root["input"] = new JsonArray(message);
                break;
        }
    }

    private static string KindOf(JsonNode? node) => node is null ? "null" : node.GetValueKind() switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    /// <summary>Where a segment's text lives: <c>$[Field]</c> (Item &lt; 0), <c>$.input[Item][Field]</c>, or <c>$.input[Item][Container][Part][Field]</c>; no text when Field is null.</summary>
    private readonly record struct TextLocation(int Item, string? Container, int Part, string? Field);

    private sealed class Reader
    {
        private readonly Dictionary<string, string> _toolNames = new(StringComparer.Ordinal);

        public List<PromptSegment> Segments { get; } = [];

        public List<TextLocation> Locations { get; } = [];

        public List<string> Unscanned { get; } = [];

        public void Read(JsonObject root)
        {
            if (OptionalString(root["instructions"], "$.instructions") is { } instructions)
            {
                Add(PromptSegment.System(instructions), new TextLocation(-1, null, -1, "instructions"));
            }

            if (root.ContainsKey("prompt") && root["prompt"] is not null)
            {
                Unscanned.Add("$.prompt (prompt template)");
            }

            JsonNode? input = root["input"];
            switch (input?.GetValueKind())
            {
                case null or JsonValueKind.Null:
                    return;
                case JsonValueKind.String:
                    Add(PromptSegment.User(RequireString(input, "$.input")), new TextLocation(-1, null, -1, "input"));
                    return;
                case JsonValueKind.Array:
                    var items = (JsonArray)input!;
                    CollectToolNames(items);
                    for (int i = 0; i < items.Count; i++)
                    {
                        ReadItem(RequireObject(items[i], $"$.input[{i}]"), i, $"$.input[{i}]");
                    }

                    return;
                default:
                    throw Shape($"$.input must be a string or an array of items, not {KindOf(input)}.", "$.input");
            }
        }

        private static JsonObject RequireObject(JsonNode? node, string path) =>
            node as JsonObject ?? throw Shape($"{path} must be an object, not {KindOf(node)}.", path);

        private static string RequireString(JsonNode? node, string path) =>
            OptionalString(node, path) ?? throw Shape($"{path} must be a string, not {KindOf(node)}.", path);

        private static string? OptionalString(JsonNode? node, string path)
        {
            if (node is null)
            {
                return null;
            }

            if (node.GetValueKind() != JsonValueKind.String)
            {
                throw Shape($"{path} must be a string, not {KindOf(node)}.", path);
            }

            try
            {
                return node.GetValue<string>();
            }
            catch (InvalidOperationException e)
            {
                throw new ChatPayloadFormatException($"{path} holds invalid UTF-16 (a lone surrogate escape): {e.Message}", path, innerException: e);
            }
        }

        private static ChatPayloadFormatException Shape(string message, string path) => new(message, path);

        private static string? TypeOf(JsonObject item, string path) => OptionalString(item["type"], path + ".type");

        private void Add(PromptSegment segment, TextLocation location)
        {
            Segments.Add(segment);
            Locations.Add(location);
        }

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
                type = "message";
            }

            switch (type)
            {
                case "message":
                    ReadMessage(item, i, path);
                    break;
                case "function_call" or "custom_tool_call":
                    string callId = RequireString(item["call_id"], path + ".call_id");
                    string name = RequireString(item["name"], path + ".name");
                    string arguments = OptionalString(item[type == "function_call" ? "arguments" : "input"], path + (type == "function_call" ? ".arguments" : ".input")) ?? string.Empty;
                    Add(PromptSegment.Assistant(string.Empty, [new ToolCall(callId, name, arguments)]), new TextLocation(i, null, -1, null));
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
                        Add(PromptSegment.ToolOutput(mcpTool, mcpOutput, OptionalString(item["id"], path + ".id")), new TextLocation(i, null, -1, "output"));
                    }

                    break;
                case "local_shell_call_output" or "shell_call_output":
                    if (item["output"] is JsonValue shellOutput && shellOutput.GetValueKind() == JsonValueKind.String)
                    {
                        Add(PromptSegment.ToolOutput("shell", RequireString(shellOutput, path + ".output"), OptionalString(item["call_id"], path + ".call_id")), new TextLocation(i, null, -1, "output"));
                    }
                    else if (item["output"] is not null)
                    {
                        Unscanned.Add($"{path}.output ({type})");
                    }

                    break;
                case "file_search_call":
                    if (item["results"] is JsonArray results)
                    {
                        for (int r = 0; r < results.Count; r++)
                        {
                            string resultPath = $"{path}.results[{r}]";
                            JsonObject result = RequireObject(results[r], resultPath);
                            if (OptionalString(result["text"], resultPath + ".text") is { } found)
                            {
                                Add(PromptSegment.ToolOutput("file_search", found), new TextLocation(i, "results", r, "text"));
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
            Func<string, PromptSegment> create = role switch
            {
                "system" => PromptSegment.System,
                "developer" => PromptSegment.Developer,
                "user" => text => PromptSegment.User(text),
                "assistant" => text => PromptSegment.Assistant(text),
                _ => throw Shape($"{path}.role: unknown role '{role}' (system, developer, user, assistant).", path + ".role"),
            };

            JsonNode? content = item["content"];
            switch (content?.GetValueKind())
            {
                case null or JsonValueKind.Null:
                    return;
                case JsonValueKind.String:
                    Add(create(RequireString(content, path + ".content")), new TextLocation(i, null, -1, "content"));
                    return;
                case JsonValueKind.Array:
                    ReadParts((JsonArray)content!, i, path, "content", create);
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
                    Add(PromptSegment.ToolOutput(tool, RequireString(output, path + ".output"), callId), new TextLocation(i, null, -1, "output"));
                    return;
                case JsonValueKind.Array:
                    ReadParts((JsonArray)output!, i, path, "output", text => PromptSegment.ToolOutput(tool, text, callId));
                    return;
                default:
                    throw Shape($"{path}.output must be a string or an array of parts, not {KindOf(output)}.", path + ".output");
            }
        }

        private void ReadParts(JsonArray parts, int i, string path, string container, Func<string, PromptSegment> create)
        {
            for (int p = 0; p < parts.Count; p++)
            {
                string partPath = $"{path}.{container}[{p}]";
                JsonObject part = RequireObject(parts[p], partPath);
                string type = RequireString(part["type"], partPath + ".type");
                if (type is "input_text" or "output_text" or "text")
                {
                    Add(create(RequireString(part["text"], partPath + ".text")), new TextLocation(i, container, p, "text"));
                }
                else
                {
                    Unscanned.Add($"{partPath} ({type})");
                }
            }
        }
    }
}
