using System.Text.Json;

namespace InstructionHierarchy;

/// <summary>
/// A finding: lower-tier text that carries an instruction conflicting with the higher tiers, located by a
/// span in the segment's ORIGINAL text, with the action the policy chose for it.
/// </summary>
public sealed record InstructionConflict
{
    /// <summary>Gets the index of the segment in the conversation as it was passed to the pipeline.</summary>
    public required int SegmentIndex { get; init; }

    /// <summary>Gets the tier of that segment.</summary>
    public required PriorityTier Tier { get; init; }

    /// <summary>Gets the start of the span in the segment's original text (UTF-16 code units).</summary>
    public required int Start { get; init; }

    /// <summary>Gets the length of the span in the segment's original text (UTF-16 code units).</summary>
    public required int Length { get; init; }

    /// <summary>Gets what the instruction tries to do.</summary>
    public required ConflictCategory Category { get; init; }

    /// <summary>Gets how strongly it conflicts.</summary>
    public required ConflictSeverity Severity { get; init; }

    /// <summary>Gets the id of the rule that found it, such as <c>IH-OVR-001</c>: stable, for allow-lists and audit queries.</summary>
    public required string RuleId { get; init; }

    /// <summary>Gets an excerpt of the original text around the finding (bounded in length, control characters made visible).</summary>
    public required string Evidence { get; init; }

    /// <summary>Gets a one-sentence explanation.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the decoded text when the finding lies inside an encoded or hidden payload (base64, tag characters…).</summary>
    public string? DecodedPayload { get; init; }

    /// <summary>Gets the action the policy chose. <see cref="PolicyAction.Flag"/> until a policy has decided.</summary>
    public PolicyAction Action { get; init; } = PolicyAction.Flag;

    /// <summary>Gets the exclusive end of the span (<see cref="Start"/> + <see cref="Length"/>).</summary>
    public int End => Start + Length;

    /// <summary>Writes the finding as a JSON object (snake_case names, stable for audit logs).</summary>
    /// <param name="writer">The writer.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("segment", SegmentIndex);
        writer.WriteString("tier", TierNames.ToName(Tier));
        writer.WriteNumber("start", Start);
        writer.WriteNumber("length", Length);
        writer.WriteString("category", Category.ToName());
        writer.WriteString("severity", SeverityName(Severity));
        writer.WriteString("rule", RuleId);
        writer.WriteString("action", ActionName(Action));
        writer.WriteString("evidence", Evidence);
        if (Description is not null)
        {
            writer.WriteString("description", Description);
        }

        if (DecodedPayload is not null)
        {
            writer.WriteString("decoded", DecodedPayload);
        }

        writer.WriteEndObject();
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"[{Severity}] {Category.ToName()} in segment {SegmentIndex} ({Tier}) at {Start}+{Length} by {RuleId} -> {Action}: {Evidence}";

    internal static string SeverityName(ConflictSeverity severity) =>
        Enum.IsDefined(severity) ? severity.ToName() : severity.ToString();

    internal static string ActionName(PolicyAction action) =>
        Enum.IsDefined(action) ? action.ToName() : action.ToString();
}
