namespace InstructionHierarchy.Responses;

/// <summary>The result of <see cref="ResponseInspector.Inspect(string, ResponseExpectations)"/>.</summary>
public sealed class ResponseInspection
{
    internal ResponseInspection(string original, string redacted, IReadOnlyList<ResponseFinding> findings)
    {
        OriginalText = original;
        RedactedText = redacted;
        Findings = findings;
    }

    /// <summary>Gets the answer as inspected.</summary>
    public string OriginalText { get; }

    /// <summary>
    /// Gets the answer safe to show: leaked secrets, canaries and system-prompt passages replaced by
    /// <c>[redacted: …]</c>, exfiltration images removed and links defanged, the echo canary removed.
    /// </summary>
    public string RedactedText { get; }

    /// <summary>Gets the findings, ordered by position.</summary>
    public IReadOnlyList<ResponseFinding> Findings { get; }

    /// <summary>Gets a value indicating whether nothing was found.</summary>
    public bool IsClean => Findings.Count == 0;
}
