namespace InstructionHierarchy.Sanitization;

/// <summary>A replacement of a span of a segment's original text.</summary>
/// <param name="Start">The start of the span.</param>
/// <param name="Length">The length of the span (0 for an insertion).</param>
/// <param name="Replacement">The replacement text.</param>
public readonly record struct TextEdit(int Start, int Length, string Replacement)
{
    /// <summary>Gets the exclusive end of the span.</summary>
    public int End => Start + Length;
}
