namespace InstructionHierarchy;

/// <summary>The stable, snake_case wire names of <see cref="ConflictCategory"/> values, as used in JSON reports and datasets.</summary>
public static class ConflictCategoryNames
{
    /// <summary>Gets the wire name of a category (<c>override</c>, <c>role_spoof</c>, <c>secret_request</c>…).</summary>
    /// <param name="category">The category.</param>
    /// <returns>The snake_case name.</returns>
    public static string ToName(this ConflictCategory category) => category switch
    {
        ConflictCategory.Override => "override",
        ConflictCategory.Extraction => "extraction",
        ConflictCategory.Jailbreak => "jailbreak",
        ConflictCategory.RoleSpoof => "role_spoof",
        ConflictCategory.Exfiltration => "exfiltration",
        ConflictCategory.Obfuscation => "obfuscation",
        ConflictCategory.IndirectInstruction => "indirect_instruction",
        ConflictCategory.SecretRequest => "secret_request",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown category."),
    };

    /// <summary>Parses a wire name (case-insensitive; <c>role_spoof</c> and <c>RoleSpoof</c> both work).</summary>
    /// <param name="name">The name.</param>
    /// <param name="category">The category, when the name is known.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryParse(string? name, out ConflictCategory category)
    {
        switch (name?.Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant())
        {
            case "OVERRIDE": category = ConflictCategory.Override; return true;
            case "EXTRACTION": category = ConflictCategory.Extraction; return true;
            case "JAILBREAK": category = ConflictCategory.Jailbreak; return true;
            case "ROLESPOOF": category = ConflictCategory.RoleSpoof; return true;
            case "EXFILTRATION": category = ConflictCategory.Exfiltration; return true;
            case "OBFUSCATION": category = ConflictCategory.Obfuscation; return true;
            case "INDIRECTINSTRUCTION": category = ConflictCategory.IndirectInstruction; return true;
            case "SECRETREQUEST": category = ConflictCategory.SecretRequest; return true;
            default: category = default; return false;
        }
    }
}
