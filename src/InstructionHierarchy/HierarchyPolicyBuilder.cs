namespace InstructionHierarchy;

/// <summary>
/// Builds a <see cref="HierarchyPolicy"/>. A new builder allows everything; start from
/// <c>HierarchyPolicy.Default.ToBuilder()</c> to adjust the defaults. Later calls override earlier ones.
/// </summary>
/// <example>
/// <code>
/// HierarchyPolicy policy = HierarchyPolicy.Default.ToBuilder()
///     .Set(PriorityTier.User, ConflictCategory.Exfiltration, ConflictSeverity.High, PolicyAction.Block)
///     .BlockUntrustedTiers(ConflictSeverity.Critical)
///     .Build();
/// </code>
/// </example>
public sealed class HierarchyPolicyBuilder
{
    private readonly PolicyAction[] _table;

    /// <summary>Initializes a builder in which every finding is allowed.</summary>
    public HierarchyPolicyBuilder()
        : this(new PolicyAction[HierarchyPolicy.TierCount * HierarchyPolicy.CategoryCount * HierarchyPolicy.SeverityCount])
    {
    }

    internal HierarchyPolicyBuilder(PolicyAction[] table) => _table = table;

    /// <summary>Sets the action for findings of one tier and category at <paramref name="minimumSeverity"/> and above.</summary>
    /// <param name="tier">The tier.</param>
    /// <param name="category">The category.</param>
    /// <param name="minimumSeverity">The lowest severity the action applies to.</param>
    /// <param name="action">The action.</param>
    /// <returns>This builder.</returns>
    public HierarchyPolicyBuilder Set(PriorityTier tier, ConflictCategory category, ConflictSeverity minimumSeverity, PolicyAction action)
    {
        if (!Enum.IsDefined(action))
        {
            throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown action.");
        }

        for (int s = (int)minimumSeverity; s < HierarchyPolicy.SeverityCount; s++)
        {
            _table[HierarchyPolicy.Index(tier, category, (ConflictSeverity)s)] = action;
        }

        return this;
    }

    /// <summary>Sets the action for findings of every category in one tier at <paramref name="minimumSeverity"/> and above.</summary>
    /// <param name="tier">The tier.</param>
    /// <param name="minimumSeverity">The lowest severity the action applies to.</param>
    /// <param name="action">The action.</param>
    /// <returns>This builder.</returns>
    public HierarchyPolicyBuilder Set(PriorityTier tier, ConflictSeverity minimumSeverity, PolicyAction action)
    {
        for (int c = 0; c < HierarchyPolicy.CategoryCount; c++)
        {
            Set(tier, (ConflictCategory)c, minimumSeverity, action);
        }

        return this;
    }

    /// <summary>
    /// Opts in to blocking the whole request when media or tool output carries a finding at <paramref name="minimumSeverity"/>
    /// or above. Off by default: it lets any web page or document stop an agent.
    /// </summary>
    /// <param name="minimumSeverity">The lowest severity that blocks.</param>
    /// <value>The default is <see cref="ConflictSeverity.High"/>.</value>
    /// <returns>This builder.</returns>
    public HierarchyPolicyBuilder BlockUntrustedTiers(ConflictSeverity minimumSeverity = ConflictSeverity.High)
    {
        Set(PriorityTier.EmbeddedMedia, minimumSeverity, PolicyAction.Block);
        Set(PriorityTier.ToolOutput, minimumSeverity, PolicyAction.Block);
        return this;
    }

    /// <summary>Gets the action currently set for a finding.</summary>
    /// <param name="tier">The tier.</param>
    /// <param name="category">The category.</param>
    /// <param name="severity">The severity.</param>
    /// <returns>The action.</returns>
    public PolicyAction Get(PriorityTier tier, ConflictCategory category, ConflictSeverity severity) =>
        _table[HierarchyPolicy.Index(tier, category, severity)];

    /// <summary>Freezes the settings into an immutable policy.</summary>
    /// <returns>The policy.</returns>
    public HierarchyPolicy Build() => new((PolicyAction[])_table.Clone());
}
