namespace InstructionHierarchy.Extensions.AI.Responses;

/// <summary>
/// Inspects the text of one answer in order. Streaming: every chunk goes through <see cref="Append"/>, which returns what
/// is safe to show now and holds back a bounded tail that could still turn into a leak; <see cref="Flush"/> releases the
/// tail at the end of a message. Non-streaming: <see cref="Append"/> the whole text, then <see cref="Flush"/>.
/// Not thread-safe: one session serves one answer.
/// </summary>
internal interface IResponseCheckSession
{
    /// <summary>Gets how many leaks were redacted so far.</summary>
    int Redactions { get; }

    /// <summary>Adds text and returns the part that can be released (already redacted).</summary>
    /// <param name="text">The next chunk of the answer.</param>
    /// <returns>The text to release now; may be empty.</returns>
    string Append(string text);

    /// <summary>Releases everything held back (redacted) and starts over, at the end of a message or stream.</summary>
    /// <returns>The held-back text; may be empty.</returns>
    string Flush();
}
