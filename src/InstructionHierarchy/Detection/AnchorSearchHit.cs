namespace InstructionHierarchy.Detection;

/// <summary>A position where strings of an <see cref="AnchorSearch"/> start, with the union of their tags.</summary>
/// <param name="Position">The position in the searched text.</param>
/// <param name="Tags">The union of the tags of the strings that start there (never 0).</param>
internal readonly record struct AnchorSearchHit(int Position, ulong Tags);
