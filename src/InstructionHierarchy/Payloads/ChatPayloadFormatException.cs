namespace InstructionHierarchy.Payloads;

/// <summary>
/// A chat request could not be read: malformed JSON (with its position), a wrong shape (<c>messages</c> not an array,
/// content of an unexpected type, an unknown role), a request too large or too deeply nested.
/// </summary>
public sealed class ChatPayloadFormatException : FormatException
{
    /// <summary>Initializes a new instance.</summary>
    public ChatPayloadFormatException()
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public ChatPayloadFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ChatPayloadFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance with the position of the problem.</summary>
    /// <param name="message">The message.</param>
    /// <param name="path">The JSON path of the offending value (<c>$.messages[2].content</c>), when known.</param>
    /// <param name="lineNumber">The 1-based line of malformed JSON, when known.</param>
    /// <param name="bytePositionInLine">The 0-based byte offset within that line, when known.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ChatPayloadFormatException(string message, string? path, long? lineNumber = null, long? bytePositionInLine = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Path = path;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
    }

    /// <summary>Gets the JSON path of the offending value, such as <c>$.messages[2].content</c>, when known.</summary>
    public string? Path { get; }

    /// <summary>Gets the 1-based line of malformed JSON, when the problem is in the JSON syntax.</summary>
    public long? LineNumber { get; }

    /// <summary>Gets the 0-based byte offset within <see cref="LineNumber"/>, when the problem is in the JSON syntax.</summary>
    public long? BytePositionInLine { get; }
}
