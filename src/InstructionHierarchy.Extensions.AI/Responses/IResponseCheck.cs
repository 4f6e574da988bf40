namespace InstructionHierarchy.Extensions.AI.Responses;

/// <summary>
/// The seam through which <see cref="InstructionHierarchyChatClient"/> inspects the model's answers. Internal on purpose:
/// <see cref="ProtectedSecretResponseCheck"/> is a minimal first implementation, to be replaced by the core's response
/// monitor (system-prompt leaks, canaries, encoded secrets, exfiltration links) without changing the public API.
/// </summary>
internal interface IResponseCheck
{
    /// <summary>Starts inspecting the answer to one request.</summary>
    /// <param name="prompt">The request as it was assembled (its system segments, findings and preamble).</param>
    /// <param name="secrets">The secrets of the pipeline and of the request together.</param>
    /// <returns>A session that sees the answer's text in order.</returns>
    IResponseCheckSession Begin(AssembledPrompt prompt, IReadOnlyList<ProtectedSecret> secrets);
}
