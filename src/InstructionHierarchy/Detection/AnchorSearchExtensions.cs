namespace InstructionHierarchy.Detection;

/// <summary>Span methods for <see cref="AnchorSearch"/>, shaped like the <see cref="System.Buffers.SearchValues{T}"/> ones.</summary>
internal static class AnchorSearchExtensions
{
    /// <summary>Finds the first position where any of the strings of <paramref name="search"/> starts.</summary>
    /// <param name="text">The text.</param>
    /// <param name="search">The strings.</param>
    /// <returns>The position, or -1.</returns>
    public static int IndexOfAny(this ReadOnlySpan<char> text, AnchorSearch search) => search.IndexOfAny(text);

    /// <summary>Gets a value indicating whether any of the strings of <paramref name="search"/> occurs in the text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="search">The strings.</param>
    /// <returns><see langword="true"/> if one occurs.</returns>
    public static bool ContainsAny(this ReadOnlySpan<char> text, AnchorSearch search) => search.IndexOfAny(text) >= 0;
}
