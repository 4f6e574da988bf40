namespace InstructionHierarchy.Sanitization;

/// <summary>
/// Transforms the whole prompt after the segments were sanitized: spotlighting of untrusted tiers, a hierarchy preamble.
/// Implementations must be thread-safe. Runs on every request, clean or not.
/// </summary>
public interface IPromptTransform
{
    /// <summary>Transforms the prompt.</summary>
    /// <param name="context">The sanitized segments, the preamble, the findings and a random source.</param>
    void Transform(PromptTransformContext context);
}
