namespace InstructionHierarchy.Responses;

/// <summary>The canary tokens <see cref="CanaryTransform"/> put in one request's preamble.</summary>
/// <param name="Leak">The leak canary (never to be repeated), or <see langword="null"/>.</param>
/// <param name="Echo">The must-echo canary (every answer starts with it), or <see langword="null"/>.</param>
public sealed record Canaries(string? Leak, string? Echo)
{
    /// <summary>The key under which the canaries are stored in <see cref="AssembledPrompt.Properties"/>.</summary>
    public const string PropertyKey = "InstructionHierarchy.Canaries";

    /// <summary>Gets the canaries recorded in an assembled prompt.</summary>
    /// <param name="prompt">The prompt.</param>
    /// <returns>The canaries, or <see langword="null"/> when no canary transform ran.</returns>
    public static Canaries? From(AssembledPrompt prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        return prompt.Properties.TryGetValue(PropertyKey, out object? value) ? value as Canaries : null;
    }

    /// <summary>Returns the names only: canary values are secrets too.</summary>
    /// <returns>A description without the values.</returns>
    public override string ToString() => $"Canaries {{ Leak = {(Leak is null ? "none" : "set")}, Echo = {(Echo is null ? "none" : "set")} }}";
}
