namespace InstructionHierarchy;

/// <summary>Where a segment's text came from: the tool, the call, the file or the address.</summary>
/// <remarks>Provenance is carried into findings and payloads so that an audit log can name the source of an injection.</remarks>
public sealed record SegmentProvenance
{
    /// <summary>Gets the name of the tool that produced the text, for <see cref="PriorityTier.ToolOutput"/> segments.</summary>
    public string? ToolName { get; init; }

    /// <summary>Gets the id of the tool call this text answers (OpenAI <c>tool_call_id</c>, Anthropic <c>tool_use_id</c>).</summary>
    public string? ToolCallId { get; init; }

    /// <summary>Gets the kind of media the text was extracted from, for <see cref="PriorityTier.EmbeddedMedia"/> segments.</summary>
    public MediaKind? MediaKind { get; init; }

    /// <summary>Gets a human-readable source name, such as a file name (<c>resume.pdf</c>) or a document title.</summary>
    public string? SourceName { get; init; }

    /// <summary>Gets the address the text was read from, such as a web page.</summary>
    public Uri? SourceUri { get; init; }

    /// <summary>Gets an empty provenance.</summary>
    public static SegmentProvenance None { get; } = new();
}
