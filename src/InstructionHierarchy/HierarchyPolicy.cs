namespace InstructionHierarchy;

/// <summary>
/// Maps each finding to an action by its tier, category and severity. Immutable and thread-safe; build one with
/// <see cref="HierarchyPolicyBuilder"/> or start from <see cref="Default"/>.
/// </summary>
/// <remarks>
/// <para>The <see cref="Default"/> policy follows the instruction hierarchy:</para>
/// <list type="table">
/// <listheader><term>Tier</term><description>Decision</description></listheader>
/// <item><term>System</term><description>Trusted: every finding is allowed.</description></item>
/// <item><term>User</term><description>
/// Override, extraction, jailbreak and secret requests: blocked at <see cref="ConflictSeverity.High"/> and above, flagged at
/// <see cref="ConflictSeverity.Medium"/>. Role spoofing: neutralized (tokens escaped) from <see cref="ConflictSeverity.Medium"/>.
/// Obfuscation: neutralized from <see cref="ConflictSeverity.Medium"/>. Exfiltration: flagged from <see cref="ConflictSeverity.Medium"/>.
/// <see cref="ConflictSeverity.Low"/> findings are allowed (aligned user requests must pass untouched).
/// </description></item>
/// <item><term>EmbeddedMedia, ToolOutput</term><description>
/// Data must not command: every finding is flagged at <see cref="ConflictSeverity.Low"/>; from <see cref="ConflictSeverity.Medium"/>,
/// role spoofing and obfuscation are neutralized and every other category is redacted, so the user's task goes on as if the
/// injection were absent (the paper's "ignore" behaviour). Blocking there is opt-in
/// (<see cref="HierarchyPolicyBuilder.BlockUntrustedTiers(ConflictSeverity)"/>): it would let any web page stop an agent.
/// </description></item>
/// </list>
/// </remarks>
public sealed class HierarchyPolicy
{
    internal const int TierCount = 4;
    internal const int CategoryCount = 8;
    internal const int SeverityCount = 4;

    private readonly PolicyAction[] _table;

    internal HierarchyPolicy(PolicyAction[] table) => _table = table;

    /// <summary>Gets the default policy described in the remarks.</summary>
    public static HierarchyPolicy Default { get; } = CreateDefaultBuilder().Build();

    /// <summary>Gets the action for a finding.</summary>
    /// <param name="tier">The tier of the segment.</param>
    /// <param name="category">The category of the finding.</param>
    /// <param name="severity">The severity of the finding.</param>
    /// <returns>The action.</returns>
    public PolicyAction Decide(PriorityTier tier, ConflictCategory category, ConflictSeverity severity) =>
        _table[Index(tier, category, severity)];

    /// <summary>Returns a builder that starts from this policy.</summary>
    /// <returns>A new builder.</returns>
    public HierarchyPolicyBuilder ToBuilder() => new((PolicyAction[])_table.Clone());

    internal static int Index(PriorityTier tier, ConflictCategory category, ConflictSeverity severity)
    {
        if ((uint)tier >= TierCount)
        {
            throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown tier.");
        }

        if ((uint)category >= CategoryCount)
        {
            throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown category.");
        }

        if ((uint)severity >= SeverityCount)
        {
            throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity.");
        }

        return (((int)tier * CategoryCount) + (int)category) * SeverityCount + (int)severity;
    }

    private static HierarchyPolicyBuilder CreateDefaultBuilder()
    {
        var builder = new HierarchyPolicyBuilder();

        // User: misaligned instructions are blocked when clear, flagged when medium; aligned requests (low) pass.
        foreach (ConflictCategory category in (ReadOnlySpan<ConflictCategory>)[ConflictCategory.Override, ConflictCategory.Extraction, ConflictCategory.Jailbreak, ConflictCategory.SecretRequest])
        {
            builder.Set(PriorityTier.User, category, ConflictSeverity.Medium, PolicyAction.Flag);
            builder.Set(PriorityTier.User, category, ConflictSeverity.High, PolicyAction.Block);
        }

        builder.Set(PriorityTier.User, ConflictCategory.RoleSpoof, ConflictSeverity.Medium, PolicyAction.Neutralize);
        builder.Set(PriorityTier.User, ConflictCategory.Obfuscation, ConflictSeverity.Medium, PolicyAction.Neutralize);
        builder.Set(PriorityTier.User, ConflictCategory.Exfiltration, ConflictSeverity.Medium, PolicyAction.Flag);
        builder.Set(PriorityTier.User, ConflictCategory.IndirectInstruction, ConflictSeverity.High, PolicyAction.Flag);

        // Media and tool output: data never commands.
        foreach (PriorityTier tier in (ReadOnlySpan<PriorityTier>)[PriorityTier.EmbeddedMedia, PriorityTier.ToolOutput])
        {
            builder.Set(tier, ConflictSeverity.Low, PolicyAction.Flag);
            builder.Set(tier, ConflictSeverity.Medium, PolicyAction.Redact);
            builder.Set(tier, ConflictCategory.RoleSpoof, ConflictSeverity.Medium, PolicyAction.Neutralize);
            builder.Set(tier, ConflictCategory.Obfuscation, ConflictSeverity.Medium, PolicyAction.Neutralize);
        }

        return builder;
    }
}
