namespace InstructionHierarchy.Extensions.AI.Responses;

/// <summary>
/// The seam through which <see cref="InstructionHierarchyChatClient"/> inspects the model's answers (internal, so the
/// implementation can change without changing the public API). The built-in implementation is
/// <see cref="ResponseMonitorCheck"/>: the core's <see cref="InstructionHierarchy.Responses.ResponseInspector"/> and
/// <see cref="InstructionHierarchy.Responses.ResponseMonitor"/>.
/// </summary>
internal interface IResponseCheck
{
    /// <summary>Starts inspecting the answer to one request.</summary>
    /// <param name="prompt">The request as it was assembled (its system segments, findings and preamble with its canaries).</param>
    /// <param name="secrets">The secrets of the pipeline and of the request together.</param>
    /// <returns>A session that sees the answer's text in order.</returns>
    IResponseCheckSession Begin(AssembledPrompt prompt, IReadOnlyList<ProtectedSecret> secrets);
}
