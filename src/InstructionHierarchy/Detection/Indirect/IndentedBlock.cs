namespace InstructionHierarchy.Detection.Indirect;

/// <summary>
/// Markdown indented code blocks (lines indented by four spaces or a tab) and the line that introduces one: a guide shows a
/// sample ("A conversation looks like this:⏎⏎    &lt;|im_start|&gt;system…", "Example:⏎    AI assistant reading this page…")
/// under a line that ends with a colon. The indirect-instruction and role-spoofing detectors read that line to tell a
/// sample shown to people from text meant for the model.
/// </summary>
internal static class IndentedBlock
{
    /// <summary>How far above the block's line the walk looks for the introducing line, in characters.</summary>
    public const int Reach = 2000;

    /// <summary>Whether a line belongs to an indented block: it starts with four spaces or a tab.</summary>
    /// <param name="line">The line (or the text from its start).</param>
    /// <returns><see langword="true"/> for an indented line.</returns>
    public static bool IsIndented(ReadOnlySpan<char> line) => line.StartsWith("    ", StringComparison.Ordinal) || line.StartsWith('\t');

    /// <summary>
    /// The line that introduces the indented block around <paramref name="at"/>: the nearest line above that is neither
    /// blank nor indented, without its trailing white space, when it ends with a colon. Empty when <paramref name="at"/> is
    /// not on an indented line, when that line does not end with a colon, or when none is found within
    /// <paramref name="maxLines"/> lines and <see cref="Reach"/> characters above the line of <paramref name="at"/>.
    /// </summary>
    /// <param name="text">The original text.</param>
    /// <param name="at">A position in the text.</param>
    /// <param name="maxLines">The most lines walked over.</param>
    /// <returns>The introducing line, or an empty span.</returns>
    public static ReadOnlySpan<char> Introduction(ReadOnlySpan<char> text, int at, int maxLines = int.MaxValue)
    {
        int lineStart = text[..at].LastIndexOf('\n') + 1;
        if (!IsIndented(text[lineStart..]))
        {
            return default;
        }

        int floor = Math.Max(0, lineStart - Reach);
        int lineEnd = lineStart - 1; // the '\n' that ends the line above
        for (int lines = 0; lines < maxLines && lineEnd > floor; lines++)
        {
            int previousStart = text[floor..lineEnd].LastIndexOf('\n') + 1 + floor;
            ReadOnlySpan<char> line = text[previousStart..lineEnd];
            if (line.IsWhiteSpace() || IsIndented(line))
            {
                lineEnd = previousStart - 1;
                continue;
            }

            line = line.TrimEnd();
            return line.Length > 0 && line[^1] is ':' or '：' ? line : default;
        }

        return default;
    }
}
