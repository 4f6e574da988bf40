namespace InstructionHierarchy.Responses;

/// <summary>Options of the <see cref="ResponseMonitor"/>.</summary>
public sealed class ResponseMonitorOptions
{
    /// <summary>The largest hold-back accepted: 16 Ki characters.</summary>
    public const int MaxHoldBack = 16 * 1024;

    /// <summary>
    /// Gets or sets how many characters at the end of the text received so far are held back, so that a secret, canary,
    /// system-prompt passage or link split across chunks is caught before the chunk that completes it is released.
    /// <see langword="null"/> computes it: at least 256, and 4 × the longest secret or canary + 16 (a respelled value
    /// may have up to three separators per character), at most <see cref="MaxHoldBack"/>.
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public int? HoldBack { get; set; }

    /// <summary>Gets or sets how long an unclosed markdown link may grow while it is held back entirely, in characters (a longer one is released and checked when it closes).</summary>
    /// <value>The default value is 2048.</value>
    public int MaxPendingLinkLength { get; set; } = 2048;
}
