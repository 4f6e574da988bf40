namespace InstructionHierarchy;

/// <summary>The stable wire names of <see cref="ConflictSeverity"/> values: <c>low</c>, <c>medium</c>, <c>high</c>, <c>critical</c>.</summary>
public static class ConflictSeverityNames
{
    /// <summary>Gets the wire name of a severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns><c>low</c>, <c>medium</c>, <c>high</c> or <c>critical</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not a defined value.</exception>
    public static string ToName(this ConflictSeverity severity) => severity switch
    {
        ConflictSeverity.Low => "low",
        ConflictSeverity.Medium => "medium",
        ConflictSeverity.High => "high",
        ConflictSeverity.Critical => "critical",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity."),
    };

    /// <summary>Parses a wire name (case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <param name="severity">The severity, when the name is known.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryParse(string? name, out ConflictSeverity severity)
    {
        switch (name?.ToUpperInvariant())
        {
            case "LOW": severity = ConflictSeverity.Low; return true;
            case "MEDIUM": severity = ConflictSeverity.Medium; return true;
            case "HIGH": severity = ConflictSeverity.High; return true;
            case "CRITICAL": severity = ConflictSeverity.Critical; return true;
            default: severity = default; return false;
        }
    }
}
