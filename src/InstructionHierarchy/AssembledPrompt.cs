using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace InstructionHierarchy;

/// <summary>
/// The result of running a conversation through a <see cref="HierarchyPipeline"/>: the verdict, every finding with the
/// action taken, the sanitized segments (one per original segment, same order), an optional preamble for the system
/// message, and per-stage timings. Immutable; serializable to JSON for audit logs with <see cref="ToJson(bool)"/>.
/// </summary>
public sealed class AssembledPrompt
{
    internal AssembledPrompt(
        PromptVerdict verdict,
        IReadOnlyList<PromptSegment> originalSegments,
        IReadOnlyList<PromptSegment> segments,
        IReadOnlyList<InstructionConflict> conflicts,
        string? preamble,
        AssemblyTimings timings,
        IReadOnlyDictionary<string, object?>? properties = null)
    {
        Verdict = verdict;
        OriginalSegments = originalSegments;
        Segments = segments;
        Conflicts = conflicts;
        Preamble = preamble;
        Timings = timings;
        Properties = properties ?? EmptyProperties;
    }

    private static readonly IReadOnlyDictionary<string, object?> EmptyProperties = new Dictionary<string, object?>(0);

    /// <summary>Gets the verdict.</summary>
    public PromptVerdict Verdict { get; }

    /// <summary>Gets a value indicating whether the policy blocked the request.</summary>
    public bool IsBlocked => Verdict == PromptVerdict.Blocked;

    /// <summary>Gets the segments as they were passed in.</summary>
    public IReadOnlyList<PromptSegment> OriginalSegments { get; }

    /// <summary>Gets the sanitized segments: same count and order as <see cref="OriginalSegments"/>, never a more trusted role or tier.</summary>
    public IReadOnlyList<PromptSegment> Segments { get; }

    /// <summary>Gets every finding, with the action the policy chose, ordered by segment and position.</summary>
    public IReadOnlyList<InstructionConflict> Conflicts { get; }

    /// <summary>Gets a value indicating whether any finding was reported (whatever its action).</summary>
    public bool HasConflicts => Conflicts.Count > 0;

    /// <summary>
    /// Gets the hierarchy preamble that payload writers send as a separate system message before the application's own
    /// (it is added, never merged into the system text), or <see langword="null"/> when no transform added one.
    /// </summary>
    public string? Preamble { get; }

    /// <summary>
    /// Gets what the prompt transforms recorded for the response side and the payload writers (the spotlighting boundary
    /// of this request, the canaries added to the preamble…), keyed by the transform's documented key.
    /// </summary>
    /// <remarks>Read them through the typed accessors, such as <c>SpotlightingResult.From(prompt)</c> or <c>ResponseExpectations.FromPrompt(prompt)</c>.</remarks>
    public IReadOnlyDictionary<string, object?> Properties { get; }

    /// <summary>Gets how long each stage took.</summary>
    public AssemblyTimings Timings { get; }

    /// <summary>Gets the strongest action the policy took on one segment (<see cref="PolicyAction.Allow"/> when it has no finding).</summary>
    /// <param name="segmentIndex">The index of the segment.</param>
    /// <returns>The strongest action.</returns>
    public PolicyAction ActionFor(int segmentIndex)
    {
        PolicyAction strongest = PolicyAction.Allow;
        foreach (InstructionConflict conflict in Conflicts)
        {
            if (conflict.SegmentIndex == segmentIndex && conflict.Action > strongest)
            {
                strongest = conflict.Action;
            }
        }

        return strongest;
    }

    /// <summary>Throws <see cref="InstructionConflictException"/> when the policy blocked the request.</summary>
    /// <returns>This prompt, when it was not blocked.</returns>
    /// <exception cref="InstructionConflictException">The request was blocked.</exception>
    public AssembledPrompt ThrowIfBlocked() => IsBlocked ? throw new InstructionConflictException(this) : this;

    /// <summary>
    /// Writes an audit record: verdict, findings, timings and, per segment, its role, tier, provenance and whether it was
    /// changed. Segment texts are not written (they may hold personal data), only their lengths.
    /// </summary>
    /// <param name="writer">The writer.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("verdict", Verdict switch
        {
            PromptVerdict.Allowed => "allowed",
            PromptVerdict.Sanitized => "sanitized",
            _ => "blocked",
        });
        writer.WriteStartArray("segments");
        for (int i = 0; i < OriginalSegments.Count; i++)
        {
            PromptSegment original = OriginalSegments[i];
            writer.WriteStartObject();
            writer.WriteNumber("index", i);
            writer.WriteString("role", original.Role.ToString().ToLowerInvariant());
            if (original.Tier is { } tier)
            {
                writer.WriteString("tier", TierNames.ToName(tier));
            }

            WriteProvenance(writer, original.Provenance);
            writer.WriteNumber("length", original.Text.Length);
            writer.WriteBoolean("changed", !ReferenceEquals(original.Text, Segments[i].Text) && original.Text != Segments[i].Text);
            writer.WriteString("action", InstructionConflict.ActionName(ActionFor(i)));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("conflicts");
        foreach (InstructionConflict conflict in Conflicts)
        {
            conflict.WriteTo(writer);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("timings_us");
        writer.WriteNumber("normalize", Math.Round(Timings.Normalize.TotalMicroseconds, 1));
        writer.WriteNumber("detect", Math.Round(Timings.Detect.TotalMicroseconds, 1));
        writer.WriteNumber("decide", Math.Round(Timings.Decide.TotalMicroseconds, 1));
        writer.WriteNumber("sanitize", Math.Round(Timings.Sanitize.TotalMicroseconds, 1));
        writer.WriteNumber("total", Math.Round(Timings.Total.TotalMicroseconds, 1));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Returns the audit record written by <see cref="WriteTo(Utf8JsonWriter)"/> as a JSON string (non-ASCII text kept readable, not \u-escaped; not meant for embedding in HTML).</summary>
    /// <param name="indented">Whether to indent the JSON.</param>
    /// <returns>The JSON text.</returns>
    public string ToJson(bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static void WriteProvenance(Utf8JsonWriter writer, SegmentProvenance provenance)
    {
        if (provenance.ToolName is not null)
        {
            writer.WriteString("tool", provenance.ToolName);
        }

        if (provenance.ToolCallId is not null)
        {
            writer.WriteString("tool_call_id", provenance.ToolCallId);
        }

        if (provenance.MediaKind is { } kind)
        {
            writer.WriteString("media", kind.ToString().ToLowerInvariant());
        }

        if (provenance.SourceName is not null)
        {
            writer.WriteString("source", provenance.SourceName);
        }

        if (provenance.SourceUri is not null)
        {
            writer.WriteString("uri", provenance.SourceUri.ToString());
        }
    }
}
