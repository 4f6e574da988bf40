namespace InstructionHierarchy.Normalization;

/// <summary>The folded view of a text, with a map from every folded character back to the original.</summary>
public sealed class NormalizedText
{
    private readonly int[] _map;

    internal NormalizedText(string original, string folded, int[] map)
    {
        Original = original;
        Folded = folded;
        _map = map;
    }

    /// <summary>Gets the original text.</summary>
    public string Original { get; }

    /// <summary>Gets the folded view: lower-cased, whitespace collapsed.</summary>
    public string Folded { get; }

    /// <summary>Maps a span of <see cref="Folded"/> to the span of <see cref="Original"/> that produced it.</summary>
    /// <param name="foldedStart">The start in the folded view.</param>
    /// <param name="foldedLength">The length in the folded view.</param>
    /// <returns>The covering span in the original text.</returns>
    public (int Start, int Length) MapToOriginal(int foldedStart, int foldedLength)
    {
        if (Folded.Length == 0)
        {
            return (0, 0);
        }

        int first = Math.Clamp(foldedStart, 0, Folded.Length - 1);
        int last = Math.Clamp(foldedStart + Math.Max(foldedLength, 1) - 1, first, Folded.Length - 1);
        int start = _map[first];
        int end = _map[last] + 1;
        if (end < Original.Length && char.IsLowSurrogate(Original[end]) && char.IsHighSurrogate(Original[end - 1]))
        {
            end++;
        }

        return (start, end - start);
    }
}
