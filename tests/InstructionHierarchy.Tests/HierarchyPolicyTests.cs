using System.Text;

namespace InstructionHierarchy.Tests;

public class HierarchyPolicyTests
{
    [Fact]
    public void Default_MatchesTheDocumentedTable()
    {
        var table = new StringBuilder();
        foreach (PriorityTier tier in Enum.GetValues<PriorityTier>())
        {
            foreach (ConflictCategory category in Enum.GetValues<ConflictCategory>())
            {
                table.Append(TierNames.ToName(tier)).Append(' ').Append(category.ToName()).Append(':');
                foreach (ConflictSeverity severity in Enum.GetValues<ConflictSeverity>())
                {
                    table.Append(' ').Append(HierarchyPolicy.Default.Decide(tier, category, severity));
                }

                table.Append('\n');
            }
        }

        Snapshot.Match(table.ToString());
    }

    [Fact]
    public void Default_SystemIsTrusted()
    {
        foreach (ConflictCategory category in Enum.GetValues<ConflictCategory>())
        {
            Assert.Equal(PolicyAction.Allow, HierarchyPolicy.Default.Decide(PriorityTier.System, category, ConflictSeverity.Critical));
        }
    }

    [Fact]
    public void Default_UntrustedTiersAreNeverBlocked()
    {
        foreach (PriorityTier tier in new[] { PriorityTier.ToolOutput, PriorityTier.EmbeddedMedia })
        {
            foreach (ConflictCategory category in Enum.GetValues<ConflictCategory>())
            {
                Assert.NotEqual(PolicyAction.Block, HierarchyPolicy.Default.Decide(tier, category, ConflictSeverity.Critical));
                Assert.NotEqual(PolicyAction.Allow, HierarchyPolicy.Default.Decide(tier, category, ConflictSeverity.Low));
            }
        }
    }

    [Fact]
    public void Default_UserHighOverrideIsBlocked_MediumFlagged_LowAllowed()
    {
        HierarchyPolicy p = HierarchyPolicy.Default;
        Assert.Equal(PolicyAction.Block, p.Decide(PriorityTier.User, ConflictCategory.Override, ConflictSeverity.High));
        Assert.Equal(PolicyAction.Flag, p.Decide(PriorityTier.User, ConflictCategory.Extraction, ConflictSeverity.Medium));
        Assert.Equal(PolicyAction.Allow, p.Decide(PriorityTier.User, ConflictCategory.Jailbreak, ConflictSeverity.Low));
        Assert.Equal(PolicyAction.Block, p.Decide(PriorityTier.User, ConflictCategory.SecretRequest, ConflictSeverity.Critical));
    }

    [Fact]
    public void Builder_LaterCallsOverrideEarlier_AndBuiltPolicyIsFrozen()
    {
        HierarchyPolicyBuilder builder = HierarchyPolicy.Default.ToBuilder()
            .Set(PriorityTier.User, ConflictCategory.Exfiltration, ConflictSeverity.High, PolicyAction.Block);
        HierarchyPolicy policy = builder.Build();
        builder.Set(PriorityTier.User, ConflictCategory.Exfiltration, ConflictSeverity.Low, PolicyAction.Allow);

        Assert.Equal(PolicyAction.Block, policy.Decide(PriorityTier.User, ConflictCategory.Exfiltration, ConflictSeverity.Critical));
        Assert.Equal(PolicyAction.Flag, policy.Decide(PriorityTier.User, ConflictCategory.Exfiltration, ConflictSeverity.Medium));
        Assert.Equal(PolicyAction.Allow, builder.Get(PriorityTier.User, ConflictCategory.Exfiltration, ConflictSeverity.Critical));
        Assert.Equal(PolicyAction.Redact, HierarchyPolicy.Default.Decide(PriorityTier.ToolOutput, ConflictCategory.Override, ConflictSeverity.High));
    }

    [Fact]
    public void BlockUntrustedTiers_IsOptIn()
    {
        HierarchyPolicy strict = HierarchyPolicy.Default.ToBuilder().BlockUntrustedTiers().Build();
        Assert.Equal(PolicyAction.Block, strict.Decide(PriorityTier.ToolOutput, ConflictCategory.Override, ConflictSeverity.High));
        Assert.Equal(PolicyAction.Redact, strict.Decide(PriorityTier.ToolOutput, ConflictCategory.Override, ConflictSeverity.Medium));
        Assert.Equal(PolicyAction.Block, strict.Decide(PriorityTier.EmbeddedMedia, ConflictCategory.RoleSpoof, ConflictSeverity.Critical));
    }

    [Fact]
    public void Decide_UnknownValues_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HierarchyPolicy.Default.Decide((PriorityTier)7, ConflictCategory.Override, ConflictSeverity.Low));
        Assert.Throws<ArgumentOutOfRangeException>(() => HierarchyPolicy.Default.Decide(PriorityTier.User, (ConflictCategory)42, ConflictSeverity.Low));
        Assert.Throws<ArgumentOutOfRangeException>(() => new HierarchyPolicyBuilder().Set(PriorityTier.User, ConflictSeverity.Low, (PolicyAction)9));
    }
}
