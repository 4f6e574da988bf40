namespace InstructionHierarchy.Detection.Lexicon;

/// <summary>One anchor phrase found in a folded view.</summary>
/// <param name="Cue">The word class of the phrase.</param>
/// <param name="Start">The start in the folded view.</param>
/// <param name="Length">The length in the folded view.</param>
internal readonly record struct CueHit(Cue Cue, int Start, int Length)
{
    /// <summary>Gets the exclusive end in the folded view.</summary>
    public int End => Start + Length;

    /// <summary>Gets the rank of the phrase among the phrases with its first character (longest first), which orders
    /// the hits that start at the same position.</summary>
    public int Rank { get; init; }
}
