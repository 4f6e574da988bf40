namespace InstructionHierarchy;

/// <summary>The stable wire names of <see cref="PolicyAction"/> values: <c>allow</c>, <c>flag</c>, <c>neutralize</c>, <c>redact</c>, <c>block</c>.</summary>
public static class PolicyActionNames
{
    /// <summary>Gets the wire name of an action.</summary>
    /// <param name="action">The action.</param>
    /// <returns><c>allow</c>, <c>flag</c>, <c>neutralize</c>, <c>redact</c> or <c>block</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is not a defined value.</exception>
    public static string ToName(this PolicyAction action) => action switch
    {
        PolicyAction.Allow => "allow",
        PolicyAction.Flag => "flag",
        PolicyAction.Neutralize => "neutralize",
        PolicyAction.Redact => "redact",
        PolicyAction.Block => "block",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown action."),
    };

    /// <summary>Parses a wire name (case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <param name="action">The action, when the name is known.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryParse(string? name, out PolicyAction action)
    {
        switch (name?.ToUpperInvariant())
        {
            case "ALLOW": action = PolicyAction.Allow; return true;
            case "FLAG": action = PolicyAction.Flag; return true;
            case "NEUTRALIZE": action = PolicyAction.Neutralize; return true;
            case "REDACT": action = PolicyAction.Redact; return true;
            case "BLOCK": action = PolicyAction.Block; return true;
            default: action = default; return false;
        }
    }
}
