using System.Globalization;
using System.Text;
using System.Text.Json;
using InstructionHierarchy.Payloads;

namespace InstructionHierarchy.Cli;

/// <summary><c>ihguard scan</c>: scans one text of a tier, or a chat request (OpenAI Chat Completions or Anthropic Messages).</summary>
internal static class ScanCommand
{
    private static readonly string[] Header = ["SEG", "TIER", "SEVERITY", "CATEGORY", "RULE", "SPAN", "ACTION", "EVIDENCE"];

    public static int Run(string? file, string? chatFile, string tierName, OutputFormat format, DetectorSettings settings, TextWriter stdout)
    {
        if (!TierNames.TryParse(tierName, out PriorityTier tier))
        {
            throw new CliException($"unknown tier '{tierName}' (use user, tool, media or system)");
        }

        if (chatFile is not null && file is not null)
        {
            throw new CliException("give either --chat FILE or a text FILE, not both");
        }

        HierarchyPipeline pipeline = Pipelines.CreateDefault(settings);
        IReadOnlyList<PromptSegment> segments = chatFile is not null
            ? ReadChat(chatFile)
            : [Segment(tier, InputFiles.ReadText(file))];

        AssembledPrompt prompt = pipeline.Assemble(segments);
        stdout.Write(format == OutputFormat.Json ? RenderJson(prompt) : RenderTable(prompt));

        foreach (InstructionConflict conflict in prompt.Conflicts)
        {
            if (conflict.Action != PolicyAction.Allow)
            {
                return ExitCodes.Conflicts;
            }
        }

        return ExitCodes.Ok;
    }

    internal static PromptSegment Segment(PriorityTier tier, string text) => tier switch
    {
        PriorityTier.System => PromptSegment.System(text),
        PriorityTier.User => PromptSegment.User(text),
        PriorityTier.EmbeddedMedia => PromptSegment.Media(MediaKind.Unknown, text),
        _ => PromptSegment.ToolOutput("tool", text),
    };

    /// <summary>
    /// Reads an OpenAI Chat Completions or Anthropic Messages request (the format is detected from its shape) with the
    /// core's <see cref="ChatRequest"/>: one segment per text part, media markers, tool names resolved from the calls. A
    /// bare <c>messages</c> array is read as a request with those messages.
    /// </summary>
    private static IReadOnlyList<PromptSegment> ReadChat(string path)
    {
        string json = InputFiles.ReadText(path);
        bool bareArray = json.AsSpan().TrimStart().StartsWith("[");
        try
        {
            return ChatRequest.Parse(bareArray ? "{\"messages\":\n" + json + "\n}" : json).Segments;
        }
        catch (ChatPayloadFormatException ex)
        {
            if (ex.LineNumber is not { } line)
            {
                throw new CliException($"{path}: {ex.Message}");
            }

            string detail = ex.Message[(ex.Message.IndexOf(':', StringComparison.Ordinal) + 1)..].TrimStart();
            throw new CliException($"{path}: invalid JSON at line {(bareArray ? line - 1 : line)}, byte {ex.BytePositionInLine + 1}: {detail}");
        }
    }

    private static string RenderJson(AssembledPrompt prompt) => JsonOutput.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("verdict", prompt.Verdict.ToString().ToLowerInvariant());
        writer.WriteStartArray("conflicts");
        foreach (InstructionConflict conflict in prompt.Conflicts)
        {
            conflict.WriteTo(writer);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("sanitized");
        for (int i = 0; i < prompt.Segments.Count; i++)
        {
            if (!ReferenceEquals(prompt.Segments[i], prompt.OriginalSegments[i]))
            {
                writer.WriteStartObject();
                writer.WriteNumber("segment", i);
                writer.WriteString("text", prompt.Segments[i].Text);
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
        writer.WriteNumber("total_us", Math.Round(prompt.Timings.Total.TotalMicroseconds, 1));
        writer.WriteEndObject();
    }) + Environment.NewLine;

    private static string RenderTable(AssembledPrompt prompt)
    {
        var output = new StringBuilder();
        output.Append(CultureInfo.InvariantCulture, $"verdict: {prompt.Verdict.ToString().ToLowerInvariant()}, {prompt.Conflicts.Count} finding(s), {prompt.Timings.Total.TotalMicroseconds:F1} µs").AppendLine();
        if (prompt.Conflicts.Count == 0)
        {
            return output.ToString();
        }

        var rows = new List<string[]> { Header };
        foreach (InstructionConflict c in prompt.Conflicts)
        {
            string evidence = c.Evidence.Length > 100 ? string.Concat(c.Evidence.AsSpan(0, 99), "…") : c.Evidence;
            rows.Add(
            [
                c.SegmentIndex.ToString(CultureInfo.InvariantCulture),
                TierNames.ToName(c.Tier),
                c.Severity.ToName(),
                c.Category.ToName(),
                c.RuleId,
                $"{c.Start}+{c.Length}",
                c.Action.ToName(),
                evidence,
            ]);
        }

        Table.Render(output, rows);
        for (int i = 0; i < prompt.Segments.Count; i++)
        {
            if (!ReferenceEquals(prompt.Segments[i], prompt.OriginalSegments[i]))
            {
                output.Append(CultureInfo.InvariantCulture, $"--- segment {i} sanitized:").AppendLine().AppendLine(prompt.Segments[i].Text);
            }
        }

        return output.ToString();
    }
}
