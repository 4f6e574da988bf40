namespace InstructionHierarchy.Detection;

/// <summary>
/// Finds lower-tier text that conflicts with the higher tiers. Synchronous, called once per segment with the segment's
/// folded view; implementations must be thread-safe (one instance serves concurrent requests) and should not allocate
/// on clean text.
/// </summary>
/// <remarks>
/// Report findings with <see cref="DetectionContext.Report(ConflictCategory, ConflictSeverity, string, int, int, string?, string?)"/>;
/// spans are in the segment's original text. Detectors never see <see cref="PriorityTier.System"/> segments or assistant turns
/// unless the pipeline is configured to scan them.
/// </remarks>
public interface IConflictDetector
{
    /// <summary>Scans one segment and reports findings to the context.</summary>
    /// <param name="context">The segment, its folded view and the higher tiers' declarations.</param>
    void Detect(DetectionContext context);
}
