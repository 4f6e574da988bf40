namespace InstructionHierarchy;

/// <summary>How long each stage of <see cref="HierarchyPipeline.Assemble(IReadOnlyList{PromptSegment}, HierarchyContext?)"/> took.</summary>
/// <param name="Normalize">Folding the segments.</param>
/// <param name="Detect">Running the detectors (synchronous and asynchronous).</param>
/// <param name="Decide">Applying the policy.</param>
/// <param name="Sanitize">Running the sanitizers and prompt transforms.</param>
/// <param name="Total">The whole call.</param>
public readonly record struct AssemblyTimings(TimeSpan Normalize, TimeSpan Detect, TimeSpan Decide, TimeSpan Sanitize, TimeSpan Total);
