namespace InstructionHierarchy.Payloads;

/// <summary>Options for reading a chat request with <see cref="ChatRequest.Parse(string, ChatRequestReadOptions?)"/>.</summary>
public sealed class ChatRequestReadOptions
{
    /// <summary>The default <see cref="MediaMarkerProperty"/>.</summary>
    public const string DefaultMediaMarkerProperty = "x_ih_media";

    /// <summary>Gets or sets the format; <see langword="null"/> detects it from the request's shape.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public ChatPayloadFormat? Format { get; set; }

    /// <summary>Gets or sets the deepest nesting accepted.</summary>
    /// <value>The default value is 64.</value>
    public int MaxDepth { get; set; } = 64;

    /// <summary>Gets or sets the longest request accepted, in UTF-16 code units (string input) or bytes (UTF-8 input).</summary>
    /// <value>The default value is 32 Mi (33,554,432).</value>
    public int MaxLength { get; set; } = 32 * 1024 * 1024;

    /// <summary>
    /// Gets or sets the name of the vendor-extension field that marks a message or a text part as text extracted from
    /// media, so it is read as <see cref="PriorityTier.EmbeddedMedia"/>: <c>true</c>, a kind (<c>"document"</c>,
    /// <c>"image"</c>, <c>"audio"</c>, <c>"video"</c>), or an object <c>{ "kind": "document", "source": "cv.pdf", "uri": "https://…" }</c>.
    /// The marker belongs to the library: it is removed when the request is written back, as vendors reject unknown fields.
    /// </summary>
    /// <value>The default value is <see cref="DefaultMediaMarkerProperty"/> (<c>x_ih_media</c>).</value>
    public string MediaMarkerProperty { get; set; } = DefaultMediaMarkerProperty;
}
