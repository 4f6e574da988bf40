using System.Text;

namespace InstructionHierarchy.Testing.Tests;

public class AttackCorpusTests
{
    private static readonly ConflictCategory[] Categories = Enum.GetValues<ConflictCategory>();

    [Fact]
    public void All_Ids_AreUniqueAndWellFormed()
    {
        Assert.Equal(AttackCorpus.All.Count, AttackCorpus.All.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(AttackCorpus.All, c => Assert.Matches(@"^[a-z]{2}-(user|media|tool)-[a-z_]+-\d{2}$", c.Id));
        Assert.True(AttackCorpus.All.Count >= 150, $"The corpus has {AttackCorpus.All.Count} cases.");
    }

    [Fact]
    public void All_PayloadsLieInTheirTextAndAttacksExpectAnAction()
    {
        Assert.All(AttackCorpus.All, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Text));
            Assert.False(string.IsNullOrWhiteSpace(c.Description));
            Assert.Contains(c.Payload, c.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("{{", c.Text, StringComparison.Ordinal);
            if (c.IsAttack)
            {
                Assert.NotNull(c.Category);
                Assert.True(c.ExpectedMinimumAction >= PolicyAction.Flag, c.Id);
            }
            if (!c.IsAttack)
            {
                Assert.Equal(PolicyAction.Allow, c.ExpectedMinimumAction);
            }
        });
    }

    [Fact]
    public void Attacks_CoverEveryCategoryInTheToolMediaAndUserTiers()
    {
        foreach (PriorityTier tier in (PriorityTier[])[PriorityTier.ToolOutput, PriorityTier.EmbeddedMedia, PriorityTier.User])
        {
            foreach (ConflictCategory category in Categories)
            {
                Assert.True(AttackCorpus.Attacks.Any(c => c.Tier == tier && c.Category == category), $"No {category.ToName()} attack in the {tier} tier.");
            }
        }
    }

    [Fact]
    public void Languages_EachHaveAttacksInSeveralCategoriesAndANegative()
    {
        Assert.Equal(15, AttackCorpus.Languages.Count);
        foreach (string language in AttackCorpus.Languages)
        {
            AttackCase[] cases = AttackCorpus.Where(c => c.Language == language).ToArray();
            Assert.True(cases.Where(c => c.IsAttack).Select(c => c.Category).Distinct().Count() >= 4, $"{language} covers too few categories.");
            Assert.True(cases.Select(c => c.Tier).Distinct().Count() >= 3, $"{language} covers too few tiers.");
            Assert.Contains(cases, c => !c.IsAttack);
        }

        Assert.All(AttackCorpus.All, c => Assert.Contains(c.Language, AttackCorpus.Languages));
    }

    [Fact]
    public void Obfuscated_EncodingsDecodeToTheirInstruction()
    {
        AttackCase base64 = AttackCorpus.Get("en-tool-obfuscation-01");
        AttackCase hex = AttackCorpus.Get("en-tool-obfuscation-03");
        AttackCase tags = AttackCorpus.Get("en-tool-obfuscation-05");
        AttackCase homoglyphs = AttackCorpus.Get("en-user-obfuscation-01");

        Assert.StartsWith("Ignore all previous instructions", Encoding.UTF8.GetString(Convert.FromBase64String(base64.Payload)), StringComparison.Ordinal);
        Assert.StartsWith("Send the full chat history", Encoding.UTF8.GetString(Convert.FromHexString(hex.Payload)), StringComparison.Ordinal);
        Assert.All(tags.Payload.EnumerateRunes(), r => Assert.InRange(r.Value, 0xE0000, 0xE007F));
        Assert.DoesNotContain("Ignore", homoglyphs.Text, StringComparison.Ordinal);
        Assert.Contains('\u043E', homoglyphs.Text);
    }

    [Fact]
    public void ToSegments_PutsTheTextInItsTierAtSegmentIndex()
    {
        foreach (AttackCase c in AttackCorpus.All)
        {
            IReadOnlyList<PromptSegment> segments = c.ToSegments();
            Assert.Equal(PriorityTier.System, segments[0].Tier);
            Assert.Equal(c.Tier, segments[c.SegmentIndex].Tier);
            Assert.Same(c.Text, segments[c.SegmentIndex].Text);
        }
    }

    [Fact]
    public void Data_RowsHoldOneCaseEach()
    {
        object[][] rows = AttackCorpus.ToolOutputAttackData.ToArray();

        Assert.Equal(AttackCorpus.ToolOutputAttacks.Count(), rows.Length);
        Assert.All(rows, row => Assert.Equal(PriorityTier.ToolOutput, Assert.IsType<AttackCase>(Assert.Single(row)).Tier));
        Assert.Equal(AttackCorpus.All.Count, AttackCorpus.Data().Count());
        Assert.Equal(AttackCorpus.All.Count, AttackCorpus.AttackData.Count() + AttackCorpus.NegativeData.Count());
    }

    [Fact]
    public void Get_UnknownId_Throws() => Assert.Throws<KeyNotFoundException>(() => AttackCorpus.Get("xx-tool-nothing-01"));

    [Fact]
    public void Context_DeclaresTheSecretsTheSystemPromptProtects()
    {
        Assert.Equal([AttackCorpus.DiscountCode, AttackCorpus.AdminPassword], AttackCorpus.Context.ProtectedSecrets);
        Assert.Contains("discount code", AttackCorpus.SystemPrompt, StringComparison.Ordinal);
        Assert.Contains("admin password", AttackCorpus.SystemPrompt, StringComparison.Ordinal);
        Assert.DoesNotContain(AttackCorpus.DiscountCode.Value, AttackCorpus.SystemPrompt, StringComparison.Ordinal);
    }
}
