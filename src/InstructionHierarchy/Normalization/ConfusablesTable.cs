namespace InstructionHierarchy.Normalization;

/// <summary>Lookup over the generated UTS #39 subset in <c>ConfusablesTable.g.cs</c>.</summary>
internal static partial class ConfusablesTable
{
    /// <summary>Returns the lower-case ASCII skeleton of <paramref name="codePoint"/>, or <c>'\0'</c> if it has none.</summary>
    public static char Lookup(int codePoint)
    {
        ReadOnlySpan<int> keys = Keys;
        if (codePoint < keys[0] || codePoint > keys[^1])
        {
            return '\0';
        }

        int index = keys.BinarySearch(codePoint);
        return index >= 0 ? Values[index] : '\0';
    }
}
