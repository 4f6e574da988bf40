namespace InstructionHierarchy.Normalization;

/// <summary>A run of adjacent invisible characters of one kind that was removed from the folded text.</summary>
public sealed class HiddenRun
{
    /// <summary>Initializes a new instance of the <see cref="HiddenRun"/> class.</summary>
    /// <param name="start">The UTF-16 index of the run in <see cref="NormalizedText.Original"/>.</param>
    /// <param name="length">The UTF-16 length of the run.</param>
    /// <param name="kind">The kind of characters in the run.</param>
    public HiddenRun(int start, int length, HiddenCharacterKind kind)
    {
        Start = start;
        Length = length;
        Kind = kind;
    }

    /// <summary>Gets the UTF-16 index of the run in <see cref="NormalizedText.Original"/>.</summary>
    public int Start { get; }

    /// <summary>Gets the UTF-16 length of the run in <see cref="NormalizedText.Original"/>.</summary>
    public int Length { get; }

    /// <summary>Gets the kind of invisible characters in the run.</summary>
    public HiddenCharacterKind Kind { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Kind}@{Start}+{Length}";
}
