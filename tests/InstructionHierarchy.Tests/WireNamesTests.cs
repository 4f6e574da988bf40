namespace InstructionHierarchy.Tests;

public class WireNamesTests
{
    [Fact]
    public void ToName_EveryTier_RoundTripsThroughTryParse()
    {
        foreach (PriorityTier tier in Enum.GetValues<PriorityTier>())
        {
            Assert.True(TierNames.TryParse(tier.ToName(), out PriorityTier parsed));
            Assert.Equal(tier, parsed);
        }
    }

    [Fact]
    public void ToName_EveryCategory_RoundTripsThroughTryParse()
    {
        foreach (ConflictCategory category in Enum.GetValues<ConflictCategory>())
        {
            Assert.True(ConflictCategoryNames.TryParse(category.ToName(), out ConflictCategory parsed));
            Assert.Equal(category, parsed);
        }
    }

    [Fact]
    public void ToName_EverySeverity_RoundTripsThroughTryParse()
    {
        foreach (ConflictSeverity severity in Enum.GetValues<ConflictSeverity>())
        {
            string name = severity.ToName();
            Assert.Equal(name.ToLowerInvariant(), name);
            Assert.True(ConflictSeverityNames.TryParse(name.ToUpperInvariant(), out ConflictSeverity parsed));
            Assert.Equal(severity, parsed);
        }
    }

    [Fact]
    public void ToName_EveryAction_RoundTripsThroughTryParse()
    {
        foreach (PolicyAction action in Enum.GetValues<PolicyAction>())
        {
            string name = action.ToName();
            Assert.Equal(name.ToLowerInvariant(), name);
            Assert.True(PolicyActionNames.TryParse(name, out PolicyAction parsed));
            Assert.Equal(action, parsed);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("severe")]
    public void TryParse_UnknownName_ReturnsFalse(string? name)
    {
        Assert.False(ConflictSeverityNames.TryParse(name, out _));
        Assert.False(PolicyActionNames.TryParse(name, out _));
    }

    [Fact]
    public void ToName_UndefinedValue_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((ConflictSeverity)42).ToName());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((PolicyAction)42).ToName());
    }
}
