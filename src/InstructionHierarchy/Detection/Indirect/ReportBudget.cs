namespace InstructionHierarchy.Detection.Indirect;

/// <summary>
/// Caps the findings one detector reports for one segment. Past the cap, the rest of the segment (from the next finding
/// on) is reported as one span, so nothing is silently dropped and a flood of findings cannot cost quadratic time
/// downstream. A value type kept on the caller's stack (passed by reference), so a scan allocates nothing.
/// </summary>
internal struct ReportBudget
{
    /// <summary>The most findings reported one by one.</summary>
    public const int MaxFindings = 200;

    private readonly DetectionView? _decoded;
    private int _count;

    /// <summary>Initializes a budget whose findings lie in <paramref name="view"/> (a decoded payload's view maps every
    /// finding to the encoded run that carries it, with the decoded text as evidence).</summary>
    /// <param name="view">The view searched; <see langword="null"/> or the segment's own view for the segment's folded text.</param>
    public ReportBudget(DetectionView? view)
    {
        _decoded = view is { IsDecoded: true } ? view : null;
    }

    /// <summary>Gets a value indicating whether the budget is spent; callers stop scanning.</summary>
    public bool Exhausted { get; private set; }

    /// <summary>Reports a finding in folded coordinates, or the overflow span when the cap is reached.</summary>
    /// <param name="context">The detection context.</param>
    /// <param name="category">The category.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="foldedStart">The start in the folded view.</param>
    /// <param name="foldedLength">The length in the folded view.</param>
    /// <param name="description">The description.</param>
    public void Report(DetectionContext context, ConflictCategory category, ConflictSeverity severity, string ruleId, int foldedStart, int foldedLength, string description)
    {
        if (Exhausted)
        {
            return;
        }

        string folded = _decoded?.Folded ?? context.Normalized.Folded;
        foldedLength = WithoutClosingTags(folded, foldedStart, foldedLength);
        if (++_count > MaxFindings)
        {
            Exhausted = true;
            foldedLength = Math.Max(1, folded.Length - foldedStart);
            description = $"More than {MaxFindings} findings: the rest of the segment is reported as one span. {description}";
        }

        if (_decoded is null)
        {
            context.ReportFolded(category, severity, ruleId, foldedStart, foldedLength, description);
        }
        else
        {
            context.Report(_decoded, category, severity, ruleId, foldedStart, foldedLength, description);
        }
    }

    /// <summary>
    /// Drops closing markup tags at the end of a span ("…the best fit.&lt;/div&gt;&lt;/p&gt;"): redacting the sentence must not
    /// unbalance the page around it.
    /// </summary>
    private static int WithoutClosingTags(string folded, int start, int length)
    {
        int end = start + length;
        for (int round = 0; round < 4 && end - start > 4 && folded[end - 1] == '>'; round++)
        {
            int open = folded.AsSpan(Math.Max(start, end - 24), Math.Min(24, end - start)).LastIndexOf("</", StringComparison.Ordinal);
            if (open < 0)
            {
                break;
            }

            int at = Math.Max(start, end - 24) + open;
            if (at <= start)
            {
                break;
            }

            end = at;
            while (end > start && folded[end - 1] == ' ')
            {
                end--;
            }
        }

        return Math.Max(1, end - start);
    }
}
