namespace InstructionHierarchy.Responses;

/// <summary>One problem found in a model's answer.</summary>
public sealed record ResponseFinding
{
    /// <summary>Gets what was found.</summary>
    public required ResponseFindingKind Kind { get; init; }

    /// <summary>Gets the start of the span in the answer (for a stream: in the whole answer so far, after the echo canary was removed).</summary>
    public required int Start { get; init; }

    /// <summary>Gets the length of the span (0 for <see cref="ResponseFindingKind.MissingEchoCanary"/>).</summary>
    public required int Length { get; init; }

    /// <summary>Gets the severity.</summary>
    public required ConflictSeverity Severity { get; init; }

    /// <summary>Gets a short piece of evidence. Never the secret or canary value itself: for those, the name and the variant found.</summary>
    public required string Evidence { get; init; }

    /// <summary>Gets a human-readable description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the exclusive end of the span.</summary>
    public int End => Start + Length;
}
