using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace InstructionHierarchy.Extensions.AI;

/// <summary>
/// Maps a list of <see cref="ChatMessage"/>s to <see cref="PromptSegment"/>s (one per piece of text the model will read)
/// and maps the sanitized segment texts back into copies of the messages, keeping every other content and property.
/// </summary>
/// <remarks>
/// Tiers: a system message is <see cref="PriorityTier.System"/>, a user message <see cref="PriorityTier.User"/>, a tool
/// message and every <see cref="FunctionResultContent"/> (whatever message carries it) <see cref="PriorityTier.ToolOutput"/>,
/// a message of any other role <see cref="PriorityTier.ToolOutput"/> (unknown roles get the least trust). Text marked with
/// <see cref="InstructionHierarchyChatClient.MediaKindPropertyName"/>, and <c>text/*</c> <see cref="DataContent"/>, is
/// <see cref="PriorityTier.EmbeddedMedia"/> unless its message is already less trusted. Assistant text is passed to the
/// pipeline as context (with its tool calls) and never changed.
/// </remarks>
internal sealed class ChatConversation
{
    private static readonly JsonSerializerOptions ResultJson = new(AIJsonUtilities.DefaultOptions)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly IReadOnlyList<ChatMessage> _messages;
    private readonly List<PromptSegment> _segments = [];
    private readonly List<Slot> _slots = [];

    private ChatConversation(IReadOnlyList<ChatMessage> messages) => _messages = messages;

    private enum SlotKind
    {
        /// <summary>Context only (assistant turns): never written back.</summary>
        None,

        /// <summary>A <see cref="TextContent"/> of the message.</summary>
        Text,

        /// <summary>The text of a <c>text/*</c> <see cref="DataContent"/>.</summary>
        Data,

        /// <summary>The whole result of a <see cref="FunctionResultContent"/>, as a string (or its JSON).</summary>
        FunctionResult,

        /// <summary>A <see cref="TextContent"/> inside a multi-part function result.</summary>
        FunctionResultPart,
    }

    /// <summary>Gets the segments, in conversation order.</summary>
    public IReadOnlyList<PromptSegment> Segments => _segments;

    public static ChatConversation Create(IReadOnlyList<ChatMessage> messages)
    {
        var conversation = new ChatConversation(messages);
        conversation.Map();
        return conversation;
    }

    /// <summary>Returns the messages to send: sanitized copies where a segment changed, the originals elsewhere, the preamble first.</summary>
    public IReadOnlyList<ChatMessage> Apply(AssembledPrompt prompt, bool sendPreamble)
    {
        Dictionary<int, Dictionary<int, object>>? edits = null;
        for (int i = 0; i < _slots.Count; i++)
        {
            Slot slot = _slots[i];
            string original = prompt.OriginalSegments[i].Text, sanitized = prompt.Segments[i].Text;
            if (slot.Kind == SlotKind.None || ReferenceEquals(original, sanitized) || original == sanitized)
            {
                continue;
            }

            edits ??= [];
            if (!edits.TryGetValue(slot.Message, out Dictionary<int, object>? contents))
            {
                edits[slot.Message] = contents = [];
            }

            AIContent content = _messages[slot.Message].Contents[slot.Content];
            contents[slot.Content] = slot.Kind switch
            {
                SlotKind.Text => CopyText((TextContent)content, sanitized),
                SlotKind.Data => CopyData((DataContent)content, sanitized),
                SlotKind.FunctionResult => CopyResult((FunctionResultContent)content, sanitized),
                _ => EditPart(contents.TryGetValue(slot.Content, out object? parts) ? (List<AIContent>)parts : ResultParts((FunctionResultContent)content), slot.Part, sanitized),
            };
        }

        string? preamble = sendPreamble ? prompt.Preamble : null;
        if (edits is null && preamble is null)
        {
            return _messages;
        }

        var output = new List<ChatMessage>(_messages.Count + 1);
        if (preamble is not null)
        {
            output.Add(new ChatMessage(ChatRole.System, preamble));
        }

        for (int m = 0; m < _messages.Count; m++)
        {
            ChatMessage message = _messages[m];
            if (edits is null || !edits.TryGetValue(m, out Dictionary<int, object>? contents))
            {
                output.Add(message);
                continue;
            }

            var newContents = new List<AIContent>(message.Contents.Count);
            for (int c = 0; c < message.Contents.Count; c++)
            {
                newContents.Add(!contents.TryGetValue(c, out object? edited) ? message.Contents[c]
                    : edited is List<AIContent> parts ? CopyResult((FunctionResultContent)message.Contents[c], parts)
                    : (AIContent)edited);
            }

            ChatMessage copy = message.Clone();
            copy.Contents = newContents;
            copy.RawRepresentation = null; // the provider object still holds the unsanitized text
            output.Add(copy);
        }

        return output;
    }

    private static TextContent CopyText(TextContent original, string text) => new(text)
    {
        AdditionalProperties = original.AdditionalProperties,
        Annotations = original.Annotations,
    };

    private static DataContent CopyData(DataContent original, string text) => new(Encoding.UTF8.GetBytes(text), original.MediaType)
    {
        Name = original.Name,
        AdditionalProperties = original.AdditionalProperties,
        Annotations = original.Annotations,
    };

    private static FunctionResultContent CopyResult(FunctionResultContent original, object? result) => new(original.CallId, result)
    {
        Exception = original.Exception,
        AdditionalProperties = original.AdditionalProperties,
        Annotations = original.Annotations,
    };

    private static List<AIContent> ResultParts(FunctionResultContent content) => [.. (IEnumerable<AIContent>)content.Result!];

    private static List<AIContent> EditPart(List<AIContent> parts, int index, string text)
    {
        parts[index] = CopyText((TextContent)parts[index], text);
        return parts;
    }

    private static PriorityTier? RoleTier(ChatRole role) =>
        role == ChatRole.System ? PriorityTier.System
        : role == ChatRole.User ? PriorityTier.User
        : role == ChatRole.Assistant ? null
        : PriorityTier.ToolOutput; // tool, and any role this version does not know: the least trust

    private static bool TryGetMediaMark(AdditionalPropertiesDictionary? properties, out MediaKind kind, out string? sourceName)
    {
        kind = MediaKind.Unknown;
        sourceName = null;
        if (properties is null || !properties.TryGetValue(InstructionHierarchyChatClient.MediaKindPropertyName, out object? value) || value is null)
        {
            return false;
        }

        kind = value switch
        {
            MediaKind k => k,
            string s when Enum.TryParse(s, ignoreCase: true, out MediaKind parsed) && Enum.IsDefined(parsed) => parsed,
            JsonElement { ValueKind: JsonValueKind.String } e when Enum.TryParse(e.GetString(), ignoreCase: true, out MediaKind parsed) && Enum.IsDefined(parsed) => parsed,
            _ => MediaKind.Unknown, // any other value still marks the text as media: demoting is always safe
        };
        sourceName = properties.TryGetValue(InstructionHierarchyChatClient.MediaSourcePropertyName, out object? source) ? source?.ToString() : null;
        return true;
    }

    private void Map()
    {
        Dictionary<string, string>? functionNames = null;
        for (int m = 0; m < _messages.Count; m++)
        {
            ChatMessage message = _messages[m] ?? throw new ArgumentException($"Message {m} is null.", "messages");
            PriorityTier? roleTier = RoleTier(message.Role);
            bool messageIsMedia = TryGetMediaMark(message.AdditionalProperties, out MediaKind messageKind, out string? messageSource);
            StringBuilder? assistantText = null;
            List<ToolCall>? toolCalls = null;
            IList<AIContent> contents = message.Contents;
            for (int c = 0; c < contents.Count; c++)
            {
                switch (contents[c])
                {
                    case FunctionCallContent call:
                        (functionNames ??= new(StringComparer.Ordinal))[call.CallId] = call.Name;
                        if (roleTier is null)
                        {
                            (toolCalls ??= []).Add(new ToolCall(call.CallId, call.Name, SerializeArguments(call.Arguments)));
                        }

                        break;

                    case FunctionResultContent result:
                        string toolName = result.CallId is not null && functionNames is not null && functionNames.TryGetValue(result.CallId, out string? name) ? name : "unknown";
                        MapResult(m, c, result, toolName);
                        break;

                    case TextContent text:
                        bool contentIsMedia = TryGetMediaMark(text.AdditionalProperties, out MediaKind kind, out string? source);
                        bool isMedia = contentIsMedia || messageIsMedia;
                        if (!contentIsMedia)
                        {
                            kind = messageKind;
                            source = messageSource;
                        }

                        if (roleTier is null && !isMedia)
                        {
                            (assistantText ??= new StringBuilder()).Append(text.Text);
                            break;
                        }

                        Add(new Slot(m, c, 0, SlotKind.Text), Segment(message, roleTier, isMedia, kind, source, text.Text ?? string.Empty));
                        break;

                    case DataContent data when roleTier is not null && data.HasTopLevelMediaType("text"):
                        TryGetMediaMark(data.AdditionalProperties, out MediaKind dataKind, out string? dataSource);
                        Add(new Slot(m, c, 0, SlotKind.Data), Segment(message, roleTier, isMedia: true, dataKind == MediaKind.Unknown ? MediaKind.Document : dataKind, dataSource ?? data.Name, Decode(data)));
                        break;
                }
            }

            if (assistantText is not null || toolCalls is not null)
            {
                Add(new Slot(m, -1, 0, SlotKind.None), PromptSegment.Assistant(assistantText?.ToString() ?? string.Empty, toolCalls));
            }
        }
    }

    private void MapResult(int m, int c, FunctionResultContent result, string toolName)
    {
        switch (result.Result)
        {
            case null:
                return;
            case string s:
                Add(new Slot(m, c, 0, SlotKind.FunctionResult), PromptSegment.ToolOutput(toolName, s, result.CallId));
                return;
            case TextContent t:
                Add(new Slot(m, c, 0, SlotKind.FunctionResult), PromptSegment.ToolOutput(toolName, t.Text ?? string.Empty, result.CallId));
                return;
            case IEnumerable<AIContent> parts:
                int p = 0;
                foreach (AIContent part in parts)
                {
                    if (part is TextContent partText)
                    {
                        Add(new Slot(m, c, p, SlotKind.FunctionResultPart), PromptSegment.ToolOutput(toolName, partText.Text ?? string.Empty, result.CallId));
                    }

                    p++;
                }

                return;
            default:
                Add(new Slot(m, c, 0, SlotKind.FunctionResult), PromptSegment.ToolOutput(toolName, SerializeResult(result.Result), result.CallId));
                return;
        }
    }

    private static PromptSegment Segment(ChatMessage message, PriorityTier? roleTier, bool isMedia, MediaKind kind, string? source, string text)
    {
        if (isMedia && (roleTier is null || roleTier > PriorityTier.EmbeddedMedia))
        {
            return new PromptSegment(PromptRole.User, PriorityTier.EmbeddedMedia, text, new SegmentProvenance { MediaKind = kind, SourceName = source });
        }

        return roleTier switch
        {
            PriorityTier.System => PromptSegment.System(text),
            PriorityTier.User => PromptSegment.User(text, message.AuthorName),
            _ => PromptSegment.ToolOutput(message.AuthorName ?? "tool", text),
        };
    }

    private static string Decode(DataContent data)
    {
        try
        {
            return StrictUtf8.GetString(data.Data.Span);
        }
        catch (DecoderFallbackException)
        {
            // Not valid UTF-8: decoded leniently so that an injection cannot hide behind one invalid byte. The bytes are
            // sent unchanged unless the policy edits the text.
            return Encoding.UTF8.GetString(data.Data.Span);
        }
    }

    private static string SerializeResult(object result)
    {
        try
        {
            return JsonSerializer.Serialize(result, ResultJson.GetTypeInfo(typeof(object)));
        }
        catch (NotSupportedException)
        {
            // A result the JSON contract cannot describe: scan what the object says of itself.
            return result.ToString() ?? string.Empty;
        }
    }

    private static string SerializeArguments(IDictionary<string, object?>? arguments)
    {
        if (arguments is null)
        {
            return "{}";
        }

        try
        {
            return JsonSerializer.Serialize(arguments, ResultJson.GetTypeInfo(typeof(IDictionary<string, object?>)));
        }
        catch (NotSupportedException)
        {
            return "{}";
        }
    }

    private void Add(Slot slot, PromptSegment segment)
    {
        _slots.Add(slot);
        _segments.Add(segment);
    }

    private readonly record struct Slot(int Message, int Content, int Part, SlotKind Kind);
}
