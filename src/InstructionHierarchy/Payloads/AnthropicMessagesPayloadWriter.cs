using System.Text;
using System.Text.Json;

namespace InstructionHierarchy.Payloads;

/// <summary>
/// Writes an <see cref="AssembledPrompt"/> as an Anthropic Messages request body: the preamble and every system or
/// developer segment as top-level <c>system</c> text blocks (preamble first), then <c>user</c> / <c>assistant</c> messages
/// of content blocks, consecutive segments of the same role merged into one message as Anthropic requires.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Tool results become <c>tool_result</c> blocks (placed first in their user message, as Anthropic requires); an
/// assistant's tool calls become <c>tool_use</c> blocks whose <c>input</c> is the call's argument object.</item>
/// <item>Media text is wrapped as Anthropic recommends for documents:
/// <c>&lt;documents&gt;&lt;document index="1"&gt;&lt;source&gt;…&lt;/source&gt;&lt;document_content&gt;…&lt;/document_content&gt;&lt;/document&gt;&lt;/documents&gt;</c>,
/// consecutive media in one wrapper, numbered across the request. A wrapper tag inside the content is escaped
/// (<c>&lt;</c> becomes <c>&amp;lt;</c>), so the content cannot close its document.</item>
/// <item>A system segment found later in the conversation is still sent in <c>system</c>: Anthropic has no other place for it.</item>
/// </list>
/// </remarks>
public sealed class AnthropicMessagesPayloadWriter : IChatPayloadWriter
{
    /// <summary>The <c>max_tokens</c> written when <see cref="ChatPayloadOptions.MaxTokens"/> is not set (Anthropic requires the field).</summary>
    public const int DefaultMaxTokens = 4096;

    private static readonly string[] OwnFields = ["model", "max_tokens", "system", "messages"];
    private static readonly string[] WrapperTags = ["documents", "document", "document_content", "source"];

    /// <summary>Gets the shared instance.</summary>
    public static AnthropicMessagesPayloadWriter Default { get; } = new();

    /// <inheritdoc />
    public ChatPayloadFormat Format => ChatPayloadFormat.AnthropicMessages;

    /// <inheritdoc />
    public void Write(Utf8JsonWriter writer, AssembledPrompt prompt, ChatPayloadOptions? options = null)
    {
        PayloadJson.Validate(writer, prompt);
        List<Message> messages = Plan(prompt);
        writer.WriteStartObject();
        if (options?.Model is { } model)
        {
            writer.WriteString("model", model);
        }

        writer.WriteNumber("max_tokens", options?.MaxTokens ?? DefaultMaxTokens);
        WriteSystem(writer, prompt);
        writer.WriteStartArray("messages");
        foreach (Message message in messages)
        {
            writer.WriteStartObject();
            writer.WriteString("role", message.Role);
            writer.WriteStartArray("content");
            foreach (Block block in message.OrderedBlocks())
            {
                block.Write(writer);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        PayloadJson.WriteAdditional(writer, options, OwnFields);
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Escapes the document wrapper's own tags inside content, so content cannot close its document.</summary>
    /// <param name="text">The document content.</param>
    /// <returns>The text with every <c>&lt;</c> that starts a wrapper tag written as <c>&amp;lt;</c>.</returns>
    internal static string EscapeWrapperTags(string text)
    {
        if (!text.Contains('<', StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '<' && StartsWrapperTag(text.AsSpan(i + 1)))
            {
                builder.Append("&lt;");
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    private static bool StartsWrapperTag(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart();
        if (rest.StartsWith("/"))
        {
            rest = rest[1..].TrimStart();
        }

        foreach (string tag in WrapperTags)
        {
            if (rest.StartsWith(tag, StringComparison.OrdinalIgnoreCase)
                && (rest.Length == tag.Length || !(char.IsLetterOrDigit(rest[tag.Length]) || rest[tag.Length] == '_')))
            {
                return true;
            }
        }

        return false;
    }

    private static void WriteSystem(Utf8JsonWriter writer, AssembledPrompt prompt)
    {
        bool any = prompt.Preamble is not null;
        foreach (PromptSegment segment in prompt.Segments)
        {
            any |= segment.Role is PromptRole.System or PromptRole.Developer;
        }

        if (!any)
        {
            return;
        }

        writer.WriteStartArray("system");
        if (prompt.Preamble is { } preamble)
        {
            WriteText(writer, preamble);
        }

        foreach (PromptSegment segment in prompt.Segments)
        {
            if (segment.Role is PromptRole.System or PromptRole.Developer)
            {
                WriteText(writer, segment.Text);
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteText(Utf8JsonWriter writer, string text)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "text");
        writer.WriteString("text", text);
        writer.WriteEndObject();
    }

    private static List<Message> Plan(AssembledPrompt prompt)
    {
        var messages = new List<Message>();
        int documentIndex = 0;
        for (int i = 0; i < prompt.Segments.Count; i++)
        {
            PromptSegment segment = prompt.Segments[i];
            if (segment.Role is PromptRole.System or PromptRole.Developer)
            {
                continue;
            }

            string role = segment.Role == PromptRole.Assistant ? "assistant" : "user";
            Message message = messages.Count > 0 && messages[^1].Role == role ? messages[^1] : Add(messages, role);
            switch (segment.Role)
            {
                case PromptRole.Assistant:
                    if (segment.Text.Length > 0 || segment.ToolCalls.Count == 0)
                    {
                        message.Blocks.Add(new TextBlock(segment.Text));
                    }

                    foreach (ToolCall call in segment.ToolCalls)
                    {
                        message.Blocks.Add(new ToolUseBlock(call));
                    }

                    break;
                case PromptRole.Tool:
                    message.Blocks.Add(new ToolResultBlock(PayloadJson.RequireCallId(segment, i, "Anthropic Messages"), segment.Text));
                    break;
                default:
                    if (segment.Tier == PriorityTier.EmbeddedMedia)
                    {
                        if (message.Blocks.Count == 0 || message.Blocks[^1] is not DocumentsBlock documents)
                        {
                            documents = new DocumentsBlock();
                            message.Blocks.Add(documents);
                        }

                        documents.Add(++documentIndex, segment);
                    }
                    else
                    {
                        message.Blocks.Add(new TextBlock(segment.Text));
                    }

                    break;
            }
        }

        return messages;
    }

    private static Message Add(List<Message> messages, string role)
    {
        var message = new Message(role);
        messages.Add(message);
        return message;
    }

    private sealed class Message(string role)
    {
        public string Role { get; } = role;

        public List<Block> Blocks { get; } = [];

        /// <summary>Tool results first (Anthropic rejects a user message where text precedes them), otherwise in order.</summary>
        public IEnumerable<Block> OrderedBlocks()
        {
            foreach (Block block in Blocks)
            {
                if (block is ToolResultBlock)
                {
                    yield return block;
                }
            }

            foreach (Block block in Blocks)
            {
                if (block is not ToolResultBlock)
                {
                    yield return block;
                }
            }
        }
    }

    private abstract class Block
    {
        public abstract void Write(Utf8JsonWriter writer);
    }

    private sealed class TextBlock(string text) : Block
    {
        public override void Write(Utf8JsonWriter writer) => WriteText(writer, text);
    }

    private sealed class ToolUseBlock(ToolCall call) : Block
    {
        public override void Write(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteString("type", "tool_use");
            writer.WriteString("id", call.Id);
            writer.WriteString("name", call.Name);
            writer.WritePropertyName("input");
            PayloadJson.WriteArgumentsObject(writer, call);
            writer.WriteEndObject();
        }
    }

    private sealed class ToolResultBlock(string id, string text) : Block
    {
        public override void Write(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteString("type", "tool_result");
            writer.WriteString("tool_use_id", id);
            writer.WriteString("content", text);
            writer.WriteEndObject();
        }
    }

    private sealed class DocumentsBlock : Block
    {
        private readonly StringBuilder _text = new("<documents>");

        public void Add(int index, PromptSegment segment)
        {
            SegmentProvenance source = segment.Provenance;
            string name = source.SourceName ?? source.SourceUri?.ToString() ?? (source.MediaKind ?? MediaKind.Unknown).ToString().ToLowerInvariant();
            _text.Append("\n<document index=\"").Append(index).Append("\">\n<source>").Append(EscapeWrapperTags(name))
                .Append("</source>\n<document_content>\n").Append(EscapeWrapperTags(segment.Text))
                .Append("\n</document_content>\n</document>");
        }

        public override void Write(Utf8JsonWriter writer) => WriteText(writer, _text.ToString() + "\n</documents>");
    }
}
