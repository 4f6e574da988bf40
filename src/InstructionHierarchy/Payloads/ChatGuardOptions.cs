namespace InstructionHierarchy.Payloads;

/// <summary>Options of <see cref="ChatRequestGuard.Sanitize(string, HierarchyPipeline, ChatGuardOptions?)"/>.</summary>
public sealed class ChatGuardOptions
{
    /// <summary>Gets or sets the format of the output; <see langword="null"/> keeps the input's.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public ChatPayloadFormat? OutputFormat { get; set; }

    /// <summary>Gets or sets the per-request context (protected secrets, a random seed for reproducible boundaries).</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public HierarchyContext? Context { get; set; }

    /// <summary>Gets or sets a value indicating whether the output JSON is indented.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool Indented { get; set; }

    /// <summary>Gets or sets how the input is read (format, limits, media marker).</summary>
    /// <value>The default value is <see langword="null"/> (auto-detection, default limits).</value>
    public ChatRequestReadOptions? Read { get; set; }
}
