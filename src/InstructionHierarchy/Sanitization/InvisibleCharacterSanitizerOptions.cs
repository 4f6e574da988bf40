namespace InstructionHierarchy.Sanitization;

/// <summary>Options of the <see cref="InvisibleCharacterSanitizer"/>: which tiers and which findings make it strip a whole segment.</summary>
public sealed class InvisibleCharacterSanitizerOptions
{
    /// <summary>Gets the tiers whose segments are stripped.</summary>
    /// <value>The default value is <see cref="PriorityTier.ToolOutput"/> and <see cref="PriorityTier.EmbeddedMedia"/>.</value>
    public ISet<PriorityTier> Tiers { get; } = new HashSet<PriorityTier> { PriorityTier.ToolOutput, PriorityTier.EmbeddedMedia };

    /// <summary>
    /// Gets the categories of finding that trigger stripping when the policy chose <see cref="PolicyAction.Neutralize"/> or
    /// <see cref="PolicyAction.Redact"/> for them. Empty means any category.
    /// </summary>
    /// <value>The default value is <see cref="ConflictCategory.Obfuscation"/>.</value>
    public ISet<ConflictCategory> Categories { get; } = new HashSet<ConflictCategory> { ConflictCategory.Obfuscation };
}
