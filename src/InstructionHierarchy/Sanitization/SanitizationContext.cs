using InstructionHierarchy.Normalization;

namespace InstructionHierarchy.Sanitization;

/// <summary>
/// What a sanitizer sees of one segment, and where it proposes edits. Edits are spans of the ORIGINAL text and are
/// applied together after every sanitizer has run.
/// </summary>
/// <remarks>
/// An edit that overlaps one proposed earlier is rejected, unless it covers it entirely, in which case it replaces it:
/// a redaction of a whole sentence wins over the escape of a token inside it.
/// </remarks>
public sealed class SanitizationContext
{
    private readonly List<TextEdit> _edits = [];

    internal SanitizationContext(
        PromptSegment segment,
        int segmentIndex,
        PriorityTier tier,
        NormalizedText normalized,
        IReadOnlyList<InstructionConflict> conflicts,
        HierarchyContext hierarchy)
    {
        Segment = segment;
        SegmentIndex = segmentIndex;
        Tier = tier;
        Normalized = normalized;
        Conflicts = conflicts;
        Hierarchy = hierarchy;
    }

    /// <summary>Gets the segment.</summary>
    public PromptSegment Segment { get; }

    /// <summary>Gets the index of the segment in the conversation.</summary>
    public int SegmentIndex { get; }

    /// <summary>Gets the tier of the segment.</summary>
    public PriorityTier Tier { get; }

    /// <summary>Gets the original text.</summary>
    public string Text => Segment.Text;

    /// <summary>Gets the folded view of the text.</summary>
    public NormalizedText Normalized { get; }

    /// <summary>Gets this segment's findings, each with the action the policy chose.</summary>
    public IReadOnlyList<InstructionConflict> Conflicts { get; }

    /// <summary>Gets the per-request declarations of the higher tiers.</summary>
    public HierarchyContext Hierarchy { get; }

    /// <summary>Gets the edits accepted so far, in the order they were proposed.</summary>
    public IReadOnlyList<TextEdit> Edits => _edits;

    /// <summary>Proposes to replace a span of the original text.</summary>
    /// <param name="start">The start of the span in <see cref="Text"/>.</param>
    /// <param name="length">The length of the span (0 inserts).</param>
    /// <param name="replacement">The replacement text.</param>
    /// <returns><see langword="true"/> when the edit was accepted; <see langword="false"/> when an earlier edit already covers part of the span.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The span does not lie within the text.</exception>
    public bool Replace(int start, int length, string replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        string text = Segment.Text;
        if ((uint)start > (uint)text.Length || (uint)length > (uint)(text.Length - start))
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"The span {start}+{length} does not lie within the text of length {text.Length}.");
        }

        int end = start + length;
        foreach (TextEdit e in _edits)
        {
            if (Overlaps(start, end, e.Start, e.End) && !Covers(start, end, e.Start, e.End))
            {
                return false;
            }
        }

        _edits.RemoveAll(e => Overlaps(start, end, e.Start, e.End));
        _edits.Add(new TextEdit(start, length, replacement));
        return true;
    }

    /// <summary>Gets a value indicating whether an accepted edit overlaps a span.</summary>
    /// <param name="start">The start of the span.</param>
    /// <param name="length">The length of the span.</param>
    /// <returns><see langword="true"/> when some accepted edit overlaps the span, or an accepted insertion touches it.</returns>
    public bool IsEdited(int start, int length)
    {
        int end = start + length;
        foreach (TextEdit e in _edits)
        {
            // An insertion touching the span (at its start, inside, or at its end) counts as editing it.
            if (e.Length == 0 ? e.Start >= start && e.Start <= end : Overlaps(start, end, e.Start, e.End))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Overlaps(int start1, int end1, int start2, int end2)
    {
        bool insert1 = start1 == end1, insert2 = start2 == end2;
        if (insert1 && insert2)
        {
            return start1 == start2;
        }

        if (insert1)
        {
            return start2 < start1 && start1 < end2;
        }

        if (insert2)
        {
            return start1 < start2 && start2 < end1;
        }

        return start1 < end2 && start2 < end1;
    }

    private static bool Covers(int start1, int end1, int start2, int end2) =>
        start1 <= start2 && end1 >= end2 && end1 - start1 > end2 - start2;

    internal string Apply()
    {
        if (_edits.Count == 0)
        {
            return Segment.Text;
        }

        _edits.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Length.CompareTo(b.Length));
        string text = Segment.Text;
        var builder = new System.Text.StringBuilder(text.Length + 64);
        int position = 0;
        foreach (TextEdit e in _edits)
        {
            builder.Append(text, position, e.Start - position).Append(e.Replacement);
            position = e.End;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }
}
