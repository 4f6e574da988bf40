using System.Globalization;
using System.Text;

namespace InstructionHierarchy.Testing;

/// <summary>
/// Measures a pipeline on the <see cref="AttackCorpus"/> (or part of it): per category, language and tier, how many attacks
/// it detects and handles as expected, and how many negatives it wrongly sanitizes or blocks. Informational: print it from
/// a test to watch detection improve; assert with <see cref="HierarchyAssert"/>.
/// </summary>
public sealed class CorpusReport
{
    private CorpusReport(IReadOnlyList<CorpusCaseResult> results)
    {
        Results = results;
        ByCategory = Group(results, static r => r.Case.Category?.ToName() ?? (r.Case.Kind == AttackCaseKind.Benign ? "(benign)" : "(hard negative)"));
        ByLanguage = Group(results, static r => r.Case.Language);
        ByTier = Group(results, static r => TierNames.ToName(r.Case.Tier));
        Total = Group(results, static _ => "total")[0];
    }

    /// <summary>Gets the result of every case, in corpus order.</summary>
    public IReadOnlyList<CorpusCaseResult> Results { get; }

    /// <summary>Gets one row per category (negatives are grouped under the category they resemble).</summary>
    public IReadOnlyList<CorpusReportRow> ByCategory { get; }

    /// <summary>Gets one row per language.</summary>
    public IReadOnlyList<CorpusReportRow> ByLanguage { get; }

    /// <summary>Gets one row per tier.</summary>
    public IReadOnlyList<CorpusReportRow> ByTier { get; }

    /// <summary>Gets the totals.</summary>
    public CorpusReportRow Total { get; }

    /// <summary>Runs every case through the pipeline, each in the conversation built by <see cref="AttackCase.ToSegments"/>.</summary>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="cases">The cases; <see langword="null"/> for <see cref="AttackCorpus.All"/>.</param>
    /// <param name="context">The per-request context; <see langword="null"/> for <see cref="AttackCorpus.Context"/>.</param>
    /// <returns>The report.</returns>
    public static CorpusReport Measure(HierarchyPipeline pipeline, IEnumerable<AttackCase>? cases = null, HierarchyContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var results = new List<CorpusCaseResult>();
        foreach (AttackCase c in cases ?? AttackCorpus.All)
        {
            AssembledPrompt prompt = HierarchyAssert.Run(pipeline, c.ToSegments(), context);
            int findings = 0;
            foreach (InstructionConflict conflict in prompt.Conflicts)
            {
                if (conflict.SegmentIndex == c.SegmentIndex)
                {
                    findings++;
                }
            }

            PolicyAction action = prompt.IsBlocked ? PolicyAction.Block : prompt.ActionFor(c.SegmentIndex);
            results.Add(new CorpusCaseResult(c, prompt.Verdict, action, findings));
        }

        return new CorpusReport(results);
    }

    /// <summary>Writes the report as Markdown tables: by category, by tier, by language, then the missed attacks and false positives.</summary>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown()
    {
        var builder = new StringBuilder();
        Table(builder, "Category", ByCategory);
        Table(builder, "Tier", ByTier);
        Table(builder, "Language", ByLanguage);
        builder.Append(CultureInfo.InvariantCulture, $"Total: {Total.Detected}/{Total.Attacks} attacks detected ({Total.DetectionRate:P0}), {Total.Handled} handled as expected ({Total.HandledRate:P0}), {Total.FalsePositives}/{Total.Negatives} negatives changed ({Total.FalsePositiveRate:P0}).\n");
        AppendIds(builder, "Attacks not handled as expected", static r => r.Case.IsAttack && !r.MetExpectation);
        AppendIds(builder, "Negatives sanitized or blocked", static r => !r.Case.IsAttack && !r.MetExpectation);
        return builder.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => ToMarkdown();

    private void AppendIds(StringBuilder builder, string title, Func<CorpusCaseResult, bool> predicate)
    {
        var ids = new List<string>();
        foreach (CorpusCaseResult result in Results)
        {
            if (predicate(result))
            {
                ids.Add(result.Case.Id);
            }
        }

        if (ids.Count > 0)
        {
            builder.Append('\n').Append(title).Append(": ").AppendJoin(", ", ids).Append('\n');
        }
    }

    private static void Table(StringBuilder builder, string title, IReadOnlyList<CorpusReportRow> rows)
    {
        builder.Append(CultureInfo.InvariantCulture, $"| {title} | attacks | detected | handled | negatives | false positives |\n|---|---:|---:|---:|---:|---:|\n");
        foreach (CorpusReportRow row in rows)
        {
            builder.Append(CultureInfo.InvariantCulture, $"| {row.Group} | {row.Attacks} | {row.Detected} ({row.DetectionRate:P0}) | {row.Handled} ({row.HandledRate:P0}) | {row.Negatives} | {row.FalsePositives} |\n");
        }

        builder.Append('\n');
    }

    private static List<CorpusReportRow> Group(IReadOnlyList<CorpusCaseResult> results, Func<CorpusCaseResult, string> key)
    {
        var order = new List<string>();
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (CorpusCaseResult result in results)
        {
            string group = key(result);
            if (!counts.TryGetValue(group, out int[]? c))
            {
                counts[group] = c = new int[5];
                order.Add(group);
            }

            if (result.Case.IsAttack)
            {
                c[0]++;
                c[1] += result.Detected ? 1 : 0;
                c[2] += result.MetExpectation ? 1 : 0;
            }
            else
            {
                c[3]++;
                c[4] += result.MetExpectation ? 0 : 1;
            }
        }

        var rows = new List<CorpusReportRow>(order.Count);
        foreach (string group in order)
        {
            int[] c = counts[group];
            rows.Add(new CorpusReportRow(group, c[0], c[1], c[2], c[3], c[4]));
        }

        return rows;
    }
}
