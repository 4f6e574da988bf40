using System.Text.Json.Nodes;

namespace InstructionHierarchy.Payloads;

/// <summary>Options of the <see cref="IChatPayloadWriter"/>s: the model, the output limit, extra request fields and layout.</summary>
public sealed class ChatPayloadOptions
{
    /// <summary>Gets or sets the model name, written as <c>model</c> (omitted when <see langword="null"/>).</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? Model { get; set; }

    /// <summary>
    /// Gets or sets the output token limit: <c>max_tokens</c> (Chat Completions, Anthropic) or <c>max_output_tokens</c>
    /// (Responses). Anthropic requires one: its writer falls back to <see cref="AnthropicMessagesPayloadWriter.DefaultMaxTokens"/>.
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public int? MaxTokens { get; set; }

    /// <summary>Gets or sets a value indicating whether the JSON is indented (for <see cref="ChatPayloadWriterExtensions.WriteToString"/>).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool Indented { get; set; }

    /// <summary>
    /// Gets extra top-level fields written after the writer's own, in insertion order (<c>temperature</c>, <c>tools</c>,
    /// <c>response_format</c>, <c>stream</c>, vendor extensions). A field the writer already wrote is not written twice:
    /// the writer's own wins.
    /// </summary>
    /// <value>The default value is empty.</value>
    public IDictionary<string, JsonNode?> AdditionalProperties { get; } = new OrderedDictionary<string, JsonNode?>(StringComparer.Ordinal);
}
