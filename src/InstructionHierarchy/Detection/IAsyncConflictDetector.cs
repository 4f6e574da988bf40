namespace InstructionHierarchy.Detection;

/// <summary>
/// A detector that calls out (a hosted content shield, an LLM judge). Runs after the synchronous detectors, only from
/// <see cref="HierarchyPipeline.AssembleAsync(IReadOnlyList{PromptSegment}, HierarchyContext?, CancellationToken)"/>.
/// </summary>
public interface IAsyncConflictDetector
{
    /// <summary>Scans one segment and reports findings to the context.</summary>
    /// <param name="context">The segment, its folded view, the higher tiers' declarations and what the synchronous detectors found.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the segment is scanned.</returns>
    ValueTask DetectAsync(DetectionContext context, CancellationToken cancellationToken = default);
}
