namespace InstructionHierarchy.Detection.Lexicon;

/// <summary>Tier-aware severities: the same words weigh more in tool output and media than in the user's own message.</summary>
internal static class TierSeverity
{
    /// <summary>Gets a value indicating whether a tier is data that must not command (tool output, embedded media).</summary>
    /// <param name="tier">The tier.</param>
    /// <returns><see langword="true"/> for tool output and media.</returns>
    public static bool IsUntrusted(PriorityTier tier) => tier < PriorityTier.User;

    /// <summary>Picks the severity for a tier.</summary>
    /// <param name="tier">The tier of the segment.</param>
    /// <param name="user">The severity in a user (or system) segment.</param>
    /// <param name="untrusted">The severity in tool output or media.</param>
    /// <returns>The severity.</returns>
    public static ConflictSeverity For(PriorityTier tier, ConflictSeverity user, ConflictSeverity untrusted) => IsUntrusted(tier) ? untrusted : user;

    /// <summary>Raises a severity by one step, up to critical (used when an instruction was hidden or encoded).</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The raised severity.</returns>
    public static ConflictSeverity Raise(ConflictSeverity severity) => severity == ConflictSeverity.Critical ? severity : severity + 1;
}
