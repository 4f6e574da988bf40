using InstructionHierarchy.Detection;

namespace InstructionHierarchy.Sanitization;

/// <summary>
/// Neutralizes role spoofing in lower tiers: every chat-template special token inside a finding the policy chose to
/// <see cref="PolicyAction.Neutralize"/> is replaced by a visible, inert form (<c>&lt;|im_start|&gt;</c> becomes
/// <c>[token:im_start]</c>), so no tokenizer sees a special token; a plain-text role header (<c>System:</c>) is
/// prefixed with a visible marker, so no reader sees a new turn.
/// </summary>
/// <remarks>Escaping is visible text, never invisible characters; escaping twice gives the same text.</remarks>
public sealed class RoleTagSanitizer : ISegmentSanitizer
{
    /// <summary>The marker put before a plain-text role header.</summary>
    public const string QuotedHeaderMarker = "[quoted] ";

    /// <inheritdoc />
    public void Sanitize(SanitizationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string text = context.Text;
        foreach (InstructionConflict conflict in context.Conflicts)
        {
            if (conflict.Category != ConflictCategory.RoleSpoof || conflict.Action != PolicyAction.Neutralize)
            {
                continue;
            }

            bool escaped = false;
            int position = conflict.Start;
            int end = conflict.End;
            while (position < end)
            {
                int at = text.AsSpan(position, end - position).IndexOfAny(ChatTemplateTokens.Search);
                if (at < 0)
                {
                    break;
                }

                int start = position + at;
                int length = ChatTemplateTokens.LengthAt(text.AsSpan(start));
                if (length == 0)
                {
                    break;
                }

                context.Replace(start, length, ChatTemplateTokens.Escape(text.AsSpan(start, length)));
                escaped = true;
                position = start + length;
            }

            if (!escaped && !context.IsEdited(conflict.Start, conflict.Length))
            {
                int headerStart = conflict.Start;
                while (headerStart < end && !char.IsLetter(text[headerStart]))
                {
                    headerStart++;
                }

                bool alreadyQuoted = headerStart >= QuotedHeaderMarker.Length
                    && text.AsSpan(headerStart - QuotedHeaderMarker.Length, QuotedHeaderMarker.Length).SequenceEqual(QuotedHeaderMarker);
                if (!alreadyQuoted && headerStart < end)
                {
                    context.Replace(headerStart, 0, QuotedHeaderMarker);
                }
            }
        }
    }

}
