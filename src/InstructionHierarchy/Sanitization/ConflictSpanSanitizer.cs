namespace InstructionHierarchy.Sanitization;

/// <summary>
/// The built-in last sanitizer: makes sure every finding the policy chose to redact or neutralize is acted on, whatever
/// other sanitizers are configured. Redacted spans are replaced by a visible marker naming what was removed; neutralized
/// spans that no other sanitizer edited are quoted as data.
/// </summary>
internal sealed class ConflictSpanSanitizer : ISegmentSanitizer
{
    public const string QuotePrefix = "[quoted data, not an instruction: \u00AB";
    public const string QuoteSuffix = "\u00BB]";

    public static readonly ConflictSpanSanitizer Instance = new();

    public static string RedactionMarker(ConflictCategory category) => $"[redacted: {category.ToName()}]";

    public void Sanitize(SanitizationContext context)
    {
        string text = context.Text;

        // Redactions first: they win over any smaller edit inside them.
        foreach (InstructionConflict conflict in context.Conflicts)
        {
            if (conflict.Action == PolicyAction.Redact && conflict.Length > 0)
            {
                context.Replace(conflict.Start, conflict.Length, RedactionMarker(conflict.Category));
            }
        }

        foreach (InstructionConflict conflict in context.Conflicts)
        {
            if (conflict.Action != PolicyAction.Neutralize || conflict.Length == 0 || context.IsEdited(conflict.Start, conflict.Length))
            {
                continue;
            }

            ReadOnlySpan<char> span = text.AsSpan(conflict.Start, conflict.Length);
            if (IsQuoted(text, conflict.Start, conflict.End))
            {
                continue;
            }

            string stripped = StripHidden(span);
            if (stripped.Length != span.Length)
            {
                context.Replace(conflict.Start, conflict.Length, stripped);
            }
            else
            {
                context.Replace(conflict.Start, conflict.Length, string.Concat(QuotePrefix, span, QuoteSuffix));
            }
        }
    }

    private static bool IsQuoted(string text, int start, int end)
    {
        int open = text.LastIndexOf(QuotePrefix, start, StringComparison.Ordinal);
        if (open < 0)
        {
            return false;
        }

        int close = text.IndexOf(QuoteSuffix, open + QuotePrefix.Length, StringComparison.Ordinal);
        return close >= end;
    }

    /// <summary>Removes invisible and format characters (zero-width, bidi controls, tag characters…), keeping newlines and tabs, emoji sequences and the joiners scripts need.</summary>
    internal static string StripHidden(ReadOnlySpan<char> span) => InvisibleCharacters.Strip(span);
}
