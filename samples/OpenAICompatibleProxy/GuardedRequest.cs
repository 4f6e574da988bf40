using InstructionHierarchy;

namespace OpenAICompatibleProxy;

/// <summary>A request a <see cref="GuardedEndpoint"/> has read: the segments to guard and how to write the guarded request back.</summary>
/// <param name="Segments">The segments, in conversation order.</param>
/// <param name="Model">The <c>model</c> field, if any (for the logs).</param>
/// <param name="Write">Writes the request with the sanitized text of the prompt assembled from <paramref name="Segments"/>, every other field verbatim.</param>
public sealed record GuardedRequest(IReadOnlyList<PromptSegment> Segments, string? Model, Func<AssembledPrompt, string> Write);
