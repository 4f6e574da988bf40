namespace InstructionHierarchy.Sanitization;

/// <summary>
/// Proposes edits to one segment's original text according to the actions the policy chose for its findings
/// (escape role tokens, strip hidden characters, redact a span). Implementations must be thread-safe.
/// </summary>
/// <remarks>
/// Every sanitizer sees the same original text; the pipeline applies the accepted edits together, so spans reported by
/// detectors stay valid. A segment whose findings are all <see cref="PolicyAction.Allow"/> or <see cref="PolicyAction.Flag"/>
/// is never passed to a sanitizer and leaves byte-identical.
/// </remarks>
public interface ISegmentSanitizer
{
    /// <summary>Proposes edits for one segment.</summary>
    /// <param name="context">The segment, its findings with their actions, and the edit list.</param>
    void Sanitize(SanitizationContext context);
}
