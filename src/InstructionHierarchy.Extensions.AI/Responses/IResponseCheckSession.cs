using InstructionHierarchy.Responses;

namespace InstructionHierarchy.Extensions.AI.Responses;

/// <summary>
/// Inspects the text of one answer. Streaming: every chunk goes through <see cref="Append"/>, which returns what is safe
/// to show now and holds back a bounded tail that could still turn into a leak; <see cref="Flush"/> releases the tail at
/// the end of a message. Non-streaming: <see cref="Inspect"/> each complete text.
/// Not thread-safe: one session serves one answer.
/// </summary>
internal interface IResponseCheckSession
{
    /// <summary>Gets the findings so far (positions are relative to the text they were found in).</summary>
    IReadOnlyList<ResponseFinding> Findings { get; }

    /// <summary>Adds streamed text and returns the part that can be released (already redacted).</summary>
    /// <param name="text">The next chunk of the answer.</param>
    /// <returns>The text to release now; may be empty.</returns>
    string Append(string text);

    /// <summary>Releases everything held back (redacted) and starts over, at the end of a message or stream, or before non-text content.</summary>
    /// <returns>The held-back text; may be empty.</returns>
    string Flush();

    /// <summary>Inspects one complete text (a non-streamed answer's text content).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The redacted text (the same instance when nothing was found).</returns>
    string Inspect(string text);
}
