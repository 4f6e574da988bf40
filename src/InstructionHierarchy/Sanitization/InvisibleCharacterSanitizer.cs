namespace InstructionHierarchy.Sanitization;

/// <summary>
/// Strips invisible characters (zero-width spaces, bidi controls, Unicode tag characters used for "ASCII smuggling",
/// stray variation selectors, control characters) from the WHOLE segment when the policy neutralized or redacted a
/// finding of a triggering category there, not just inside the finding's span: hidden text elsewhere in the same
/// document is just as suspect.
/// </summary>
/// <remarks>
/// <para>Newlines, tabs and carriage returns are kept, and so is everything legitimate text needs: the zero-width joiner
/// inside emoji sequences (👩‍💻), ZWJ / ZWNJ between letters of scripts that shape with them (Persian
/// <c>می‌خواهم</c>, Hindi, Sinhala…), an emoji variation selector after a symbol (❤️), and well-formed subdivision flags.</para>
/// <para>Stripping is idempotent. Edits inside a span another sanitizer already edits (a redaction) are left to it.</para>
/// <para>Which tiers and categories trigger stripping is set by <see cref="InvisibleCharacterSanitizerOptions"/>; the
/// pipeline only calls sanitizers for segments with a <see cref="PolicyAction.Neutralize"/> or <see cref="PolicyAction.Redact"/>
/// finding, so <see cref="PolicyAction.Flag"/>-only segments stay byte-identical.</para>
/// </remarks>
public sealed class InvisibleCharacterSanitizer : ISegmentSanitizer
{
    private readonly HashSet<PriorityTier> _tiers;
    private readonly HashSet<ConflictCategory> _categories;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    public InvisibleCharacterSanitizer(InvisibleCharacterSanitizerOptions? options = null)
    {
        options ??= new InvisibleCharacterSanitizerOptions();
        _tiers = [.. options.Tiers];
        _categories = [.. options.Categories];
    }

    /// <summary>Removes the invisible characters a text does not need (the rule the sanitizer applies), for use outside a pipeline.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The stripped text.</returns>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return InvisibleCharacters.ContainsRemovable(text) ? InvisibleCharacters.Strip(text) : text;
    }

    /// <inheritdoc />
    public void Sanitize(SanitizationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!_tiers.Contains(context.Tier) || !IsTriggered(context.Conflicts))
        {
            return;
        }

        foreach ((int start, int length) in InvisibleCharacters.RemovableRuns(context.Text))
        {
            RemoveOutsideActedSpans(context, start, start + length);
        }

        // A joiner kept for its neighbours loses them when a finding next to it is redacted or quoted: remove it too,
        // so that sanitizing the result again changes nothing.
        foreach ((int start, int length) in InvisibleCharacters.KeptByContext(context.Text))
        {
            if (TouchesActedSpan(context.Conflicts, start, start + length))
            {
                RemoveOutsideActedSpans(context, start, start + length);
            }
        }
    }

    private static bool TouchesActedSpan(IReadOnlyList<InstructionConflict> conflicts, int start, int end)
    {
        foreach (InstructionConflict conflict in conflicts)
        {
            if (conflict.Action is PolicyAction.Neutralize or PolicyAction.Redact && conflict.Length > 0 && (conflict.Start == end || conflict.End == start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Removes the part of a run that lies outside every neutralized or redacted finding: those spans belong to the
    /// built-in span sanitizer (which strips or redacts them), and an overlapping edit would make it reject its own.
    /// </summary>
    private static void RemoveOutsideActedSpans(SanitizationContext context, int start, int end)
    {
        int position = start;
        while (position < end)
        {
            int insideUntil = -1;
            int cut = end;
            foreach (InstructionConflict conflict in context.Conflicts)
            {
                if (!IsShielded(conflict))
                {
                    continue;
                }

                if (conflict.Start <= position && conflict.End > position)
                {
                    insideUntil = Math.Max(insideUntil, conflict.End);
                }
                else if (conflict.Start > position && conflict.Start < cut)
                {
                    cut = conflict.Start;
                }
            }

            if (insideUntil >= 0)
            {
                position = insideUntil;
                continue;
            }

            // Replace refuses an edit that overlaps an earlier one; an insertion right before or after the run (a
            // "[quoted] " marker at a header) does not overlap it, so the run is still removed.
            context.Replace(position, cut - position, string.Empty);

            position = cut;
        }
    }

    /// <summary>
    /// Whether a finding's span is left to the sanitizer that acts on it: a redaction replaces it whole, and a quoted
    /// neutralization must see it unedited. Role-spoof and obfuscation spans are neutralized by targeted edits (token
    /// escapes, hidden-character removal), so stripping inside them is safe and keeps sanitizing idempotent.
    /// </summary>
    private static bool IsShielded(InstructionConflict conflict) =>
        conflict.Length > 0
        && (conflict.Action == PolicyAction.Redact
            || (conflict.Action == PolicyAction.Neutralize && conflict.Category is not (ConflictCategory.RoleSpoof or ConflictCategory.Obfuscation)));

    private bool IsTriggered(IReadOnlyList<InstructionConflict> conflicts)
    {
        foreach (InstructionConflict conflict in conflicts)
        {
            if (conflict.Action is PolicyAction.Neutralize or PolicyAction.Redact && (_categories.Count == 0 || _categories.Contains(conflict.Category)))
            {
                return true;
            }
        }

        return false;
    }
}
