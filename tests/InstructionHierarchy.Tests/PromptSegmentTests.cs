namespace InstructionHierarchy.Tests;

public class PromptSegmentTests
{
    [Fact]
    public void Factories_SetRoleTierAndProvenance()
    {
        Assert.Equal((PromptRole.System, PriorityTier.System), Shape(PromptSegment.System("s")));
        Assert.Equal((PromptRole.Developer, PriorityTier.System), Shape(PromptSegment.Developer("d")));
        Assert.Equal((PromptRole.User, PriorityTier.User), Shape(PromptSegment.User("u")));
        Assert.Equal((PromptRole.Tool, PriorityTier.ToolOutput), Shape(PromptSegment.ToolOutput("web", "t")));
        Assert.Equal((PromptRole.User, PriorityTier.EmbeddedMedia), Shape(PromptSegment.Media(MediaKind.Document, "m")));

        PromptSegment tool = PromptSegment.ToolOutput("browse", "page", "call_7", new Uri("https://example.test/a"));
        Assert.Equal("browse", tool.Provenance.ToolName);
        Assert.Equal("call_7", tool.Provenance.ToolCallId);
        Assert.Equal(new Uri("https://example.test/a"), tool.Provenance.SourceUri);

        PromptSegment media = PromptSegment.Media(MediaKind.Image, "ocr", sourceName: "scan.png");
        Assert.Equal(MediaKind.Image, media.Provenance.MediaKind);
        Assert.Equal("scan.png", media.Provenance.SourceName);
    }

    [Fact]
    public void Assistant_HasNoTier_AndCarriesToolCalls()
    {
        PromptSegment turn = PromptSegment.Assistant("", [new ToolCall("call_1", "search", "{\"q\":\"x\"}")]);
        Assert.Null(turn.Tier);
        Assert.True(turn.IsModelOutput);
        Assert.Single(turn.ToolCalls);
    }

    [Fact]
    public void Tiers_OrderAsTheHierarchy()
    {
        Assert.True(PriorityTier.System > PriorityTier.User);
        Assert.True(PriorityTier.User > PriorityTier.EmbeddedMedia);
        Assert.True(PriorityTier.EmbeddedMedia > PriorityTier.ToolOutput);
    }

    [Theory]
    [InlineData(PromptRole.Tool, PriorityTier.User)]
    [InlineData(PromptRole.Tool, PriorityTier.EmbeddedMedia)]
    [InlineData(PromptRole.User, PriorityTier.System)]
    public void Constructor_TierAboveRole_Throws(PromptRole role, PriorityTier tier) =>
        Assert.Throws<ArgumentException>(() => new PromptSegment(role, tier, "x"));

    [Fact]
    public void Constructor_InvalidCombinations_Throw()
    {
        Assert.Throws<ArgumentException>(() => new PromptSegment(PromptRole.Assistant, PriorityTier.User, "x"));
        Assert.Throws<ArgumentException>(() => new PromptSegment(PromptRole.User, null, "x"));
        Assert.Throws<ArgumentException>(() => new PromptSegment(PromptRole.User, PriorityTier.User, "x", toolCalls: [new ToolCall("1", "f", "{}")]));
        Assert.Throws<ArgumentNullException>(() => PromptSegment.User(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PromptSegment(PromptRole.User, (PriorityTier)9, "x"));
    }

    [Fact]
    public void Constructor_DemotionIsAllowed()
    {
        var pasted = new PromptSegment(PromptRole.User, PriorityTier.ToolOutput, "pasted log");
        Assert.Equal(PriorityTier.ToolOutput, pasted.Tier);
    }

    [Fact]
    public void WithText_KeepsEverythingElse()
    {
        PromptSegment tool = PromptSegment.ToolOutput("web", "a", "call_1");
        PromptSegment changed = tool.WithText("b");
        Assert.Equal("b", changed.Text);
        Assert.Same(tool.Provenance, changed.Provenance);
        Assert.Equal(tool.Tier, changed.Tier);
        Assert.Same(tool, tool.WithText(tool.Text));
    }

    [Fact]
    public void ProtectedSecret_ToString_NeverShowsTheValue()
    {
        var secret = new ProtectedSecret("discount code", "SPRING-42-XYZ");
        Assert.DoesNotContain("SPRING", secret.ToString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ProtectedSecret("name", " "));
    }

    [Theory]
    [InlineData("system", PriorityTier.System)]
    [InlineData("Developer", PriorityTier.System)]
    [InlineData("user", PriorityTier.User)]
    [InlineData("media", PriorityTier.EmbeddedMedia)]
    [InlineData("TOOL", PriorityTier.ToolOutput)]
    [InlineData("tool_output", PriorityTier.ToolOutput)]
    public void TierNames_RoundTrip(string name, PriorityTier expected)
    {
        Assert.True(TierNames.TryParse(name, out PriorityTier tier));
        Assert.Equal(expected, tier);
        Assert.True(TierNames.TryParse(TierNames.ToName(tier), out PriorityTier again));
        Assert.Equal(tier, again);
        Assert.False(TierNames.TryParse("assistant", out _));
    }

    [Fact]
    public void ConflictCategoryNames_RoundTrip()
    {
        foreach (ConflictCategory category in Enum.GetValues<ConflictCategory>())
        {
            Assert.True(ConflictCategoryNames.TryParse(category.ToName(), out ConflictCategory parsed));
            Assert.Equal(category, parsed);
        }

        Assert.Equal("role_spoof", ConflictCategory.RoleSpoof.ToName());
        Assert.False(ConflictCategoryNames.TryParse("benign", out _));
    }

    private static (PromptRole, PriorityTier?) Shape(PromptSegment s) => (s.Role, s.Tier);
}
