namespace InstructionHierarchy;

/// <summary>Thrown when a segment is longer than <see cref="HierarchyPipeline.MaxSegmentLength"/>: the request is refused whole rather than scanned in part.</summary>
public sealed class SegmentTooLargeException : ArgumentException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="segmentIndex">The index of the segment.</param>
    /// <param name="length">Its length.</param>
    /// <param name="maxLength">The limit.</param>
    public SegmentTooLargeException(int segmentIndex, int length, int maxLength)
        : base($"Segment {segmentIndex} has {length:N0} characters; the pipeline accepts at most {maxLength:N0} (HierarchyPipelineBuilder.MaxSegmentLength).", "segments")
    {
        SegmentIndex = segmentIndex;
        Length = length;
        MaxLength = maxLength;
    }

    /// <summary>Initializes a new instance.</summary>
    public SegmentTooLargeException()
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public SegmentTooLargeException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The inner exception.</param>
    public SegmentTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the index of the segment.</summary>
    public int SegmentIndex { get; }

    /// <summary>Gets the length of the segment's text.</summary>
    public int Length { get; }

    /// <summary>Gets the limit.</summary>
    public int MaxLength { get; }
}
