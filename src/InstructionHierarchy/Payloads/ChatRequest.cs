using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InstructionHierarchy.Payloads;

/// <summary>
/// A chat request read from OpenAI Chat Completions, Anthropic Messages or OpenAI Responses JSON: its
/// <see cref="Segments"/> for the pipeline, and everything else kept verbatim, so the guarded request can be written
/// back in the SAME shape with every field the library does not own untouched (model, temperature, tools,
/// response_format, stream, reasoning, vendor extensions, message-level extras like <c>name</c>, image parts,
/// <c>cache_control</c>).
/// </summary>
/// <remarks>
/// <para>How messages map to segments: <c>system</c> and <c>developer</c> → <see cref="PriorityTier.System"/>;
/// <c>user</c> → <see cref="PriorityTier.User"/>, or <see cref="PriorityTier.EmbeddedMedia"/> when the message or the
/// part carries the media marker (<see cref="ChatRequestReadOptions.MediaMarkerProperty"/>), and always for Anthropic
/// <c>document</c> blocks with text; <c>tool</c> messages, Anthropic <c>tool_result</c> and <c>search_result</c> blocks →
/// <see cref="PriorityTier.ToolOutput"/>, the tool name resolved from the assistant's call with the same id;
/// <c>assistant</c> → an assistant turn with its tool calls. One segment per text part, so each changed text goes back
/// exactly where it came from.</para>
/// <para>OpenAI Responses: <c>instructions</c> and <c>system</c> / <c>developer</c> message items →
/// <see cref="PriorityTier.System"/>; a string <c>input</c> and <c>user</c> message items → <see cref="PriorityTier.User"/>
/// (or <see cref="PriorityTier.EmbeddedMedia"/> with the media marker); <c>assistant</c> message items, and
/// <c>function_call</c> / <c>custom_tool_call</c> items → assistant turns (the latter carrying the call); tool results →
/// <see cref="PriorityTier.ToolOutput"/>, named after the call with the same <c>call_id</c>: <c>function_call_output</c>
/// and <c>custom_tool_call_output</c> (a string or text parts), <c>mcp_call</c> <c>output</c> (named
/// <c>server_label.name</c>), <c>local_shell_call_output</c> and <c>shell_call_output</c> (string output, named
/// <c>shell</c>) and <c>file_search_call</c> <c>results[].text</c> (named <c>file_search</c>). Reasoning items,
/// <c>item_reference</c>s, computer and code-interpreter calls, unknown items and the <c>prompt</c> template reference
/// are forwarded unchanged and listed in <see cref="UnscannedContent"/>.</para>
/// <para>Content the library cannot read (images, audio, files, binary documents, unknown part types) is kept verbatim
/// and listed in <see cref="UnscannedContent"/>, never dropped silently.</para>
/// </remarks>
/// <example>
/// <code>
/// ChatRequest request = ChatRequest.Parse(json);
/// AssembledPrompt prompt = pipeline.Assemble(request.Segments);
/// string guarded = request.ToJson(prompt.ThrowIfBlocked());
/// </code>
/// </example>
public sealed class ChatRequest
{
    private readonly JsonObject _root;
    private readonly SegmentLocation[] _locations;
    private readonly (int Message, int Part)[] _markers;
    private readonly string _markerProperty;

    private ChatRequest(ChatPayloadFormat format, JsonObject root, RequestReader reader, string markerProperty)
    {
        Format = format;
        _root = root;
        Segments = reader.Segments.ToArray();
        _locations = [.. reader.Locations];
        _markers = [.. reader.Markers];
        UnscannedContent = reader.Unscanned.ToArray();
        _markerProperty = markerProperty;
        Model = root["model"] is JsonValue model && model.GetValueKind() == JsonValueKind.String ? model.GetValue<string>() : null;
    }

    /// <summary>Gets the format the request was read as.</summary>
    public ChatPayloadFormat Format { get; }

    /// <summary>Gets the segments, in conversation order (Anthropic's top-level <c>system</c> and the Responses <c>instructions</c> first).</summary>
    public IReadOnlyList<PromptSegment> Segments { get; }

    /// <summary>Gets the <c>model</c> field, if any.</summary>
    public string? Model { get; }

    /// <summary>Gets the JSON paths (with the part type) of content kept verbatim but not read: images, audio, files, binary documents, unknown part types, Responses reasoning and unknown items.</summary>
    public IReadOnlyList<string> UnscannedContent { get; }

    /// <summary>Reads a request from JSON text.</summary>
    /// <param name="json">The request body.</param>
    /// <param name="options">The options; <see langword="null"/> for auto-detection and the default limits.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ChatPayloadFormatException">The JSON is malformed, too large, too deep, or not a chat request of a known shape.</exception>
    public static ChatRequest Parse(string json, ChatRequestReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= new ChatRequestReadOptions();
        if (json.Length > options.MaxLength)
        {
            throw new ChatPayloadFormatException($"The request is {json.Length} characters long; the limit is {options.MaxLength}.", "$");
        }

        return Parse(() => JsonNode.Parse(json, default, DocumentOptions(options)), options);
    }

    /// <summary>Reads a request from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The request body.</param>
    /// <param name="options">The options; <see langword="null"/> for auto-detection and the default limits.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ChatPayloadFormatException">The JSON is malformed, too large, too deep, or not a chat request of a known shape.</exception>
    public static ChatRequest Parse(ReadOnlySpan<byte> utf8Json, ChatRequestReadOptions? options = null)
    {
        options ??= new ChatRequestReadOptions();
        if (utf8Json.Length > options.MaxLength)
        {
            throw new ChatPayloadFormatException($"The request is {utf8Json.Length} bytes long; the limit is {options.MaxLength}.", "$");
        }

        byte[] copy = utf8Json.ToArray();
        return Parse(() => JsonNode.Parse(copy, default, DocumentOptions(options)), options);
    }

    /// <summary>Detects the format of a request from its shape.</summary>
    /// <param name="json">The request body.</param>
    /// <returns>
    /// The format: OpenAI Responses when the request has no <c>messages</c> but <c>input</c>, <c>instructions</c>,
    /// <c>prompt</c> or <c>previous_response_id</c>; Anthropic when it has a top-level <c>system</c> or Anthropic-only
    /// blocks or fields; OpenAI Chat Completions otherwise (the two are identical for plain user/assistant text).
    /// </returns>
    /// <exception cref="ChatPayloadFormatException">The JSON is malformed or not a chat request.</exception>
    public static ChatPayloadFormat DetectFormat(string json) => Parse(json).Format;

    /// <summary>
    /// Writes the guarded request in the same format: the sanitized text of every changed segment put back where it came
    /// from, the preamble added (a first system message for OpenAI Chat Completions, a first <c>system</c> block for
    /// Anthropic, <c>instructions</c> for OpenAI Responses, or a first <c>system</c> input item when the request already
    /// has instructions), the media markers removed, everything else verbatim.
    /// </summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="prompt">The prompt assembled from <see cref="Segments"/>.</param>
    /// <exception cref="ArgumentException">The prompt was not assembled from this request's segments.</exception>
    /// <exception cref="InstructionConflictException">The policy blocked the prompt.</exception>
    public void WriteTo(Utf8JsonWriter writer, AssembledPrompt prompt)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ToJsonObject(prompt).WriteTo(writer);
        writer.Flush();
    }

    /// <summary>Returns the guarded request in the same format as a JSON string (see <see cref="WriteTo(Utf8JsonWriter, AssembledPrompt)"/>).</summary>
    /// <param name="prompt">The prompt assembled from <see cref="Segments"/>.</param>
    /// <param name="indented">Whether to indent the JSON.</param>
    /// <returns>The JSON text.</returns>
    public string ToJson(AssembledPrompt prompt, bool indented = false)
    {
        using var stream = new MemoryStream();
        using (Utf8JsonWriter writer = PayloadJson.CreateWriter(stream, indented))
        {
            WriteTo(writer, prompt);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Returns the guarded request in the same format as a mutable JSON tree (a copy; this request is not changed).</summary>
    /// <param name="prompt">The prompt assembled from <see cref="Segments"/>.</param>
    /// <returns>The JSON tree.</returns>
    /// <exception cref="ArgumentException">The prompt was not assembled from this request's segments.</exception>
    /// <exception cref="InstructionConflictException">The policy blocked the prompt.</exception>
    public JsonObject ToJsonObject(AssembledPrompt prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        CheckOrigin(prompt);
        prompt.ThrowIfBlocked();
        var root = (JsonObject)_root.DeepClone();
        for (int i = 0; i < _locations.Length; i++)
        {
            string before = Segments[i].Text;
            string after = prompt.Segments[i].Text;
            if (!ReferenceEquals(before, after) && before != after)
            {
                Put(root, ItemsProperty, _locations[i], after);
            }
        }

        string items = ItemsProperty;
        foreach ((int message, int part) in _markers)
        {
            JsonObject owner = (JsonObject)(part < 0 ? root[items]![message]! : root[items]![message]!["content"]![part]!);
            owner.Remove(_markerProperty);
        }

        if (prompt.Preamble is { } preamble)
        {
            AddPreamble(root, preamble);
        }

        return root;
    }

    /// <summary>
    /// Writes the guarded request in ANOTHER format with that format's <see cref="IChatPayloadWriter"/>. Carried over:
    /// the messages (for Responses, <c>instructions</c> and the <c>input</c> items), tool calls and results, <c>model</c>, the token limit, <c>temperature</c>, <c>top_p</c>, <c>stream</c>
    /// and stop sequences. Everything else cannot be mapped faithfully and is listed in the result.
    /// </summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="prompt">The prompt assembled from <see cref="Segments"/>.</param>
    /// <param name="format">The format to write.</param>
    /// <returns>The top-level fields and the content that were not carried over (empty when <paramref name="format"/> is <see cref="Format"/>).</returns>
    /// <exception cref="ArgumentException">The prompt was not assembled from this request's segments.</exception>
    /// <exception cref="InstructionConflictException">The policy blocked the prompt.</exception>
    /// <exception cref="InvalidOperationException">A tool result has no call id to match it with a call in <paramref name="format"/> (a Chat Completions <c>tool</c> message without <c>tool_call_id</c>, a Responses <c>file_search_call</c> result).</exception>
    public IReadOnlyList<string> ConvertTo(Utf8JsonWriter writer, AssembledPrompt prompt, ChatPayloadFormat format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(prompt);
        if (format == Format)
        {
            WriteTo(writer, prompt);
            return [];
        }

        CheckOrigin(prompt);
        var options = new ChatPayloadOptions { Model = Model };
        var lost = new List<string>();
        foreach (KeyValuePair<string, JsonNode?> field in _root)
        {
            switch (field.Key)
            {
                case "model" or "messages" or "system" when Format != ChatPayloadFormat.OpenAIResponses:
                    break;
                case "model" or "input" or "instructions" when Format == ChatPayloadFormat.OpenAIResponses:
                    break;
                case "max_tokens" or "max_completion_tokens" or "max_output_tokens" when field.Value is JsonValue v && v.TryGetValue(out int max):
                    options.MaxTokens = max;
                    break;
                case "temperature" or "top_p" or "stream":
                    options.AdditionalProperties[field.Key] = field.Value?.DeepClone();
                    break;
                case "stop" or "stop_sequences":
                    if (format != ChatPayloadFormat.OpenAIResponses)
                    {
                        JsonNode? value = field.Value?.DeepClone();
                        if (value is JsonValue single && format == ChatPayloadFormat.AnthropicMessages)
                        {
                            value = new JsonArray(single);
                        }

                        options.AdditionalProperties[format == ChatPayloadFormat.AnthropicMessages ? "stop_sequences" : "stop"] = value;
                    }
                    else
                    {
                        lost.Add("$." + field.Key);
                    }

                    break;
                default:
                    lost.Add("$." + field.Key);
                    break;
            }
        }

        foreach (string unscanned in UnscannedContent)
        {
            lost.Add(unscanned);
        }

        IChatPayloadWriter payloadWriter = format switch
        {
            ChatPayloadFormat.AnthropicMessages => AnthropicMessagesPayloadWriter.Default,
            ChatPayloadFormat.OpenAIResponses => OpenAIResponsesPayloadWriter.Default,
            _ => OpenAIChatPayloadWriter.Default,
        };
        payloadWriter.Write(writer, prompt, options);
        return lost;
    }

    private static ChatRequest Parse(Func<JsonNode?> parse, ChatRequestReadOptions options)
    {
        JsonNode? node;
        try
        {
            node = parse();
        }
        catch (JsonException e)
        {
            long? line = e.LineNumber + 1;
            throw new ChatPayloadFormatException(
                $"Malformed JSON at line {line}, byte {e.BytePositionInLine}: {FirstSentence(e.Message)}", e.Path, line, e.BytePositionInLine, e);
        }
        catch (ArgumentException e)
        {
            // A duplicate property name surfaces as ArgumentException from JsonObject.
            throw new ChatPayloadFormatException($"Malformed request: {e.Message}", "$", innerException: e);
        }

        if (node is not JsonObject root)
        {
            throw new ChatPayloadFormatException($"A chat request must be a JSON object, not {(node is null ? "null" : node.GetValueKind().ToString().ToLowerInvariant())}.", "$");
        }

        ChatPayloadFormat format = options.Format ?? Detect(root);
        RequestReader reader = format switch
        {
            ChatPayloadFormat.OpenAIChatCompletions => new OpenAIChatRequestReader(options.MediaMarkerProperty),
            ChatPayloadFormat.AnthropicMessages => new AnthropicMessagesRequestReader(options.MediaMarkerProperty),
            ChatPayloadFormat.OpenAIResponses => new OpenAIResponsesRequestReader(options.MediaMarkerProperty),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Format, "Unknown chat payload format."),
        };
        try
        {
            reader.Read(root);
        }
        catch (ArgumentException e)
        {
            throw new ChatPayloadFormatException($"Malformed request: {e.Message}", "$", innerException: e);
        }

        return new ChatRequest(format, root, reader, options.MediaMarkerProperty);
    }

    private static JsonDocumentOptions DocumentOptions(ChatRequestReadOptions options) => new()
    {
        MaxDepth = options.MaxDepth,
        AllowDuplicateProperties = false,
        CommentHandling = JsonCommentHandling.Disallow,
    };

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return end > 0 ? message[..end].TrimEnd() : message;
    }

    private static ChatPayloadFormat Detect(JsonObject root)
    {
        if (!root.ContainsKey("messages"))
        {
            if (root.ContainsKey("input") || root.ContainsKey("instructions") || root.ContainsKey("prompt") || root.ContainsKey("previous_response_id"))
            {
                return ChatPayloadFormat.OpenAIResponses;
            }

            throw new ChatPayloadFormatException("A chat request needs a 'messages' array (Chat Completions, Anthropic Messages) or 'input' items (OpenAI Responses).", "$.messages");
        }

        if (root.ContainsKey("system") || root.ContainsKey("anthropic_version") || root.ContainsKey("stop_sequences") || root.ContainsKey("top_k"))
        {
            return ChatPayloadFormat.AnthropicMessages;
        }

        if (root["messages"] is not JsonArray messages)
        {
            return ChatPayloadFormat.OpenAIChatCompletions; // the reader reports the shape error
        }

        foreach (JsonNode? node in messages)
        {
            if (node is not JsonObject message)
            {
                continue;
            }

            if (message.ContainsKey("tool_calls") || message.ContainsKey("tool_call_id")
                || (message["role"] is JsonValue role && role.GetValueKind() == JsonValueKind.String && role.GetValue<string>() is "system" or "developer" or "tool" or "function"))
            {
                return ChatPayloadFormat.OpenAIChatCompletions;
            }

            if (message["content"] is JsonArray parts)
            {
                foreach (JsonNode? part in parts)
                {
                    if (part is JsonObject p && p["type"] is JsonValue type && type.GetValueKind() == JsonValueKind.String)
                    {
                        switch (type.GetValue<string>())
                        {
                            case "image_url" or "input_audio" or "file" or "refusal":
                                return ChatPayloadFormat.OpenAIChatCompletions;
                            case "tool_use" or "tool_result" or "image" or "document" or "thinking" or "redacted_thinking" or "search_result":
                                return ChatPayloadFormat.AnthropicMessages;
                        }
                    }
                }
            }
        }

        return ChatPayloadFormat.OpenAIChatCompletions;
    }

    private void CheckOrigin(AssembledPrompt prompt)
    {
        if (prompt.OriginalSegments.Count != Segments.Count)
        {
            throw new ArgumentException("The prompt was not assembled from this request's segments.", nameof(prompt));
        }

        for (int i = 0; i < Segments.Count; i++)
        {
            if (!ReferenceEquals(prompt.OriginalSegments[i], Segments[i]))
            {
                throw new ArgumentException("The prompt was not assembled from this request's segments.", nameof(prompt));
            }
        }
    }

    private string ItemsProperty => Format == ChatPayloadFormat.OpenAIResponses ? "input" : "messages";

    private static void Put(JsonObject root, string items, SegmentLocation at, string text)
    {
        JsonNode Message() => root[items]![at.Message]!;
        JsonNode Part() => Message()["content"]![at.Part]!;
        switch (at.Kind)
        {
            case SegmentLocationKind.None or SegmentLocationKind.ContentString:
                Message()["content"] = text;
                break;
            case SegmentLocationKind.ContentPart:
                Part()["text"] = text;
                break;
            case SegmentLocationKind.NestedString:
                Part()["content"] = text;
                break;
            case SegmentLocationKind.NestedPart:
                Part()["content"]![at.Sub]!["text"] = text;
                break;
            case SegmentLocationKind.DocumentData:
                Part()["source"]!["data"] = text;
                break;
            case SegmentLocationKind.DocumentContentString:
                Part()["source"]!["content"] = text;
                break;
            case SegmentLocationKind.DocumentContentPart:
                Part()["source"]!["content"]![at.Sub]!["text"] = text;
                break;
            case SegmentLocationKind.SystemString:
                root["system"] = text;
                break;
            case SegmentLocationKind.SystemPart:
                root["system"]![at.Part]!["text"] = text;
                break;
            case SegmentLocationKind.CallItem:
                break;
            case SegmentLocationKind.Instructions:
                root["instructions"] = text;
                break;
            case SegmentLocationKind.InputString:
                root["input"] = text;
                break;
            case SegmentLocationKind.OutputString:
                Message()["output"] = text;
                break;
            case SegmentLocationKind.OutputPart:
                Message()["output"]![at.Part]!["text"] = text;
                break;
            case SegmentLocationKind.ResultPart:
                Message()["results"]![at.Part]!["text"] = text;
                break;
        }
    }

    private void AddPreamble(JsonObject root, string preamble)
    {
        if (Format == ChatPayloadFormat.AnthropicMessages)
        {
            var block = new JsonObject { ["type"] = "text", ["text"] = preamble };
            switch (root["system"])
            {
                case JsonArray blocks:
                    blocks.Insert(0, block);
                    break;
                case JsonValue single:
                    root["system"] = new JsonArray(block, new JsonObject { ["type"] = "text", ["text"] = single.DeepClone() });
                    break;
                default:
                    root["system"] = new JsonArray(block);
                    break;
            }

            return;
        }

        if (Format == ChatPayloadFormat.OpenAIResponses)
        {
            AddResponsesPreamble(root, preamble);
            return;
        }

        string role = "system";
        foreach (PromptSegment segment in Segments)
        {
            if (segment.Tier == PriorityTier.System)
            {
                role = segment.Role == PromptRole.Developer ? "developer" : "system";
                break;
            }
        }

        ((JsonArray)root["messages"]!).Insert(0, new JsonObject { ["role"] = role, ["content"] = preamble });
    }

    /// <summary>The preamble becomes <c>instructions</c> when the request has none; otherwise a first <c>system</c> input item, so the application's own instructions are not altered.</summary>
    private static void AddResponsesPreamble(JsonObject root, string preamble)
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
}
