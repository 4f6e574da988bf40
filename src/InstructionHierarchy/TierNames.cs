namespace InstructionHierarchy;

/// <summary>The stable wire names of <see cref="PriorityTier"/> values: <c>system</c>, <c>user</c>, <c>media</c>, <c>tool</c>.</summary>
public static class TierNames
{
    /// <summary>Gets the wire name of a tier.</summary>
    /// <param name="tier">The tier.</param>
    /// <returns><c>system</c>, <c>user</c>, <c>media</c> or <c>tool</c>.</returns>
    public static string ToName(this PriorityTier tier) => tier switch
    {
        PriorityTier.System => "system",
        PriorityTier.User => "user",
        PriorityTier.EmbeddedMedia => "media",
        PriorityTier.ToolOutput => "tool",
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown tier."),
    };

    /// <summary>Parses a tier name: <c>system</c> (or <c>developer</c>), <c>user</c>, <c>media</c> (or <c>embeddedmedia</c>), <c>tool</c> (or <c>tooloutput</c>); case-insensitive.</summary>
    /// <param name="name">The name.</param>
    /// <param name="tier">The tier, when the name is known.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryParse(string? name, out PriorityTier tier)
    {
        switch (name?.Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant())
        {
            case "SYSTEM" or "DEVELOPER": tier = PriorityTier.System; return true;
            case "USER": tier = PriorityTier.User; return true;
            case "MEDIA" or "EMBEDDEDMEDIA": tier = PriorityTier.EmbeddedMedia; return true;
            case "TOOL" or "TOOLOUTPUT": tier = PriorityTier.ToolOutput; return true;
            default: tier = default; return false;
        }
    }
}
