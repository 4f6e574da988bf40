namespace InstructionHierarchy.Responses;

/// <summary>Options of the <see cref="CanaryTransform"/>.</summary>
public sealed class CanaryOptions
{
    /// <summary>Gets or sets a value indicating whether a leak canary is added: a token the model is told never to repeat; its presence in an answer proves the instructions leaked.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool Leak { get; set; } = true;

    /// <summary>
    /// Gets or sets a value indicating whether a must-echo canary is added: the model is told to start every answer with
    /// it; an answer without it suggests the model's goal was hijacked (an injection replaced its instructions). The
    /// inspector and the monitor remove it before the user sees the answer.
    /// </summary>
    /// <value>The default value is <see langword="false"/> (it costs a few output tokens and needs the monitor on every answer).</value>
    public bool Echo { get; set; }

    /// <summary>Gets or sets the language of the instructions: <c>en</c> or <c>zh</c>.</summary>
    /// <value>The default value is <c>en</c>.</value>
    public string Language { get; set; } = "en";
}
