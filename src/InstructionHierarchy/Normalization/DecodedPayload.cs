namespace InstructionHierarchy.Normalization;

/// <summary>An embedded encoding that was found and decoded.</summary>
public sealed class DecodedPayload
{
    internal DecodedPayload(EncodingKind kind, int start, int length, string text, NormalizedText normalized, int depth)
    {
        Kind = kind;
        Start = start;
        Length = length;
        Text = text;
        Normalized = normalized;
        Depth = depth;
    }

    /// <summary>Gets the encoding the payload was decoded from.</summary>
    public EncodingKind Kind { get; }

    /// <summary>Gets the UTF-16 index of the encoded text in the top-level <see cref="NormalizedText.Original"/>.</summary>
    /// <remarks>For a nested payload (<see cref="Depth"/> &gt; 1) this is the span of the outermost encoded
    /// run that contains it, because decoded text does not map character by character back through base64 or hex.</remarks>
    public int Start { get; }

    /// <summary>Gets the UTF-16 length of the encoded text in the top-level <see cref="NormalizedText.Original"/>.</summary>
    public int Length { get; }

    /// <summary>Gets the decoded text.</summary>
    public string Text { get; }

    /// <summary>Gets the decoded text, normalized; its <see cref="NormalizedText.MapToOriginal"/> maps into <see cref="Text"/>.</summary>
    public NormalizedText Normalized { get; }

    /// <summary>Gets the nesting depth: 1 when decoded from the input itself, 2 when decoded from a depth-1 payload, and so on.</summary>
    public int Depth { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Kind}@{Start}+{Length} (depth {Depth}): {Text}";
}
