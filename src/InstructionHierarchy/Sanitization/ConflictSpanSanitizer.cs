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

    /// <summary>Removes invisible and format characters (zero-width, bidi controls, tag characters…), keeping newlines and tabs.</summary>
    internal static string StripHidden(ReadOnlySpan<char> span)
    {
        var builder = new System.Text.StringBuilder(span.Length);
        for (int i = 0; i < span.Length; i++)
        {
            char c = span[i];
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                int codePoint = char.ConvertToUtf32(c, span[i + 1]);
                if (!IsHidden(codePoint))
                {
                    builder.Append(c).Append(span[i + 1]);
                }

                i++;
                continue;
            }

            if (!IsHidden(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsHidden(int codePoint) =>
        codePoint is (>= 0x200B and <= 0x200F) or (>= 0x202A and <= 0x202E) or (>= 0x2060 and <= 0x2069) or 0xFEFF or 0x00AD or 0x180E
            or (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0000 and <= 0xE007F) or (>= 0xE0100 and <= 0xE01EF);
}
