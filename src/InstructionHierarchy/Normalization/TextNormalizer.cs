namespace InstructionHierarchy.Normalization;

/// <summary>
/// Produces the folded view of a segment that detectors search, with a map back to the original text.
/// </summary>
public sealed class TextNormalizer
{
    /// <summary>Gets the shared default normalizer.</summary>
    public static TextNormalizer Default { get; } = new();

    private readonly char _space = ' ';

    /// <summary>Normalizes a text. Never throws on any string.</summary>
    /// <param name="text">The original text.</param>
    /// <returns>The folded view.</returns>
    public NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        char[] folded = new char[text.Length];
        int[] map = new int[text.Length];
        int n = 0;
        bool pendingSpace = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = n > 0;
                continue;
            }

            if (pendingSpace)
            {
                folded[n] = _space;
                map[n++] = i - 1;
                pendingSpace = false;
            }

            folded[n] = char.ToLowerInvariant(c);
            map[n++] = i;
        }

        return new NormalizedText(text, new string(folded, 0, n), map);
    }
}
