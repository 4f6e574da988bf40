using System.Text;

namespace InstructionHierarchy.Cli;

internal static class Table
{
    /// <summary>Renders rows as left-aligned columns separated by two spaces; the first row is the header.</summary>
    public static void Render(StringBuilder output, List<string[]> rows)
    {
        int columns = rows[0].Length;
        int[] widths = new int[columns];
        foreach (string[] row in rows)
        {
            for (int c = 0; c < columns - 1; c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        foreach (string[] row in rows)
        {
            for (int c = 0; c < columns; c++)
            {
                output.Append(c < columns - 1 ? row[c].PadRight(widths[c] + 2) : row[c]);
            }

            output.AppendLine();
        }
    }
}
