using InstructionHierarchy.Sanitization;

namespace InstructionHierarchy.Tests.Sanitization;

public class InvisibleCharacterSanitizerTests
{
    // A detector that reports an obfuscation finding on a marker word, so the policy neutralizes it in lower tiers.
    private static readonly HierarchyPipeline Pipeline = new HierarchyPipelineBuilder()
        .AddDetector(new WordDetector("SMU\u200BGGLED", ConflictCategory.Obfuscation, ConflictSeverity.Medium))
        .AddInvisibleCharacterSanitizer()
        .Build();

    private static string Sanitize(string text, PriorityTier tier = PriorityTier.ToolOutput) => Pipeline.Scan(tier, text).Segments[0].Text;

    [Fact]
    public void Sanitize_ObfuscationNeutralized_StripsHiddenCharactersFromTheWholeSegment()
    {
        string text = "Price\u200B list. SMU\u200BGGLED \U000E0049\U000E0047\U000E004E text\u2066 here\u0007.";
        Assert.Equal("Price list. SMUGGLED  text here.", Sanitize(text));
    }

    [Fact]
    public void Sanitize_KeepsNewlinesTabsAndEmojiSequences()
    {
        string text = "SMU\u200BGGLED\r\n\tcoder: \U0001F469\u200D\U0001F4BB, heart: \u2764\uFE0F, eye: \U0001F441\uFE0F\u200D\U0001F5E8, keycap 1\uFE0F\u20E3, skin \U0001F44D\U0001F3FD\u200D\u2640";
        Assert.Equal(text.Replace("SMU\u200BGGLED", "SMUGGLED", StringComparison.Ordinal), Sanitize(text));
    }

    [Fact]
    public void Sanitize_KeepsJoinersThatScriptsNeed()
    {
        // Persian "mikhaham" with a ZWNJ, Hindi conjunct with a ZWJ, Sinhala yansaya with a ZWJ.
        string text = "SMU\u200BGGLED \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 \u0915\u094D\u200D\u0937 \u0D9A\u0DCA\u200D\u0DBA";
        Assert.Equal(text.Replace("SMU\u200BGGLED", "SMUGGLED", StringComparison.Ordinal), Sanitize(text));
    }

    [Fact]
    public void Sanitize_StripsJoinersBetweenLatinLetters()
    {
        Assert.Equal("SMUGGLED ignore", Sanitize("SMU\u200BGGLED ig\u200Dno\u200Cre"));
    }

    [Fact]
    public void Sanitize_KeepsAWellFormedSubdivisionFlag_StripsLooseTags()
    {
        string scotland = "\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F";
        Assert.Equal($"SMUGGLED {scotland} ok", Sanitize($"SMU\u200BGGLED {scotland} ok"));
        Assert.Equal("SMUGGLED \U0001F3F4 ok", Sanitize("SMU\u200BGGLED \U0001F3F4\U000E0069\U000E0067\U000E006E\U000E006F\U000E0072\U000E0065\U000E0020\U000E0061\U000E007F ok"));
    }

    [Fact]
    public void Sanitize_FlagOnly_LeavesTextByteIdentical()
    {
        HierarchyPipeline pipeline = new HierarchyPipelineBuilder()
            .AddDetector(new WordDetector("SMU\u200BGGLED", ConflictCategory.Obfuscation, ConflictSeverity.Low))
            .AddInvisibleCharacterSanitizer()
            .Build();
        string text = "SMU\u200BGGLED a\u200Bb";
        AssembledPrompt prompt = pipeline.Scan(PriorityTier.ToolOutput, text);
        Assert.Same(text, prompt.Segments[0].Text);
    }

    [Fact]
    public void Sanitize_UserTierByDefault_IsNotStrippedOutsideTheSpan()
    {
        HierarchyPipeline pipeline = new HierarchyPipelineBuilder()
            .AddDetector(new WordDetector("SMU\u200BGGLED", ConflictCategory.Obfuscation, ConflictSeverity.Medium))
            .AddInvisibleCharacterSanitizer()
            .Build();
        string text = "SMU\u200BGGLED a\u200Bb";
        Assert.Contains("a\u200Bb", pipeline.Scan(PriorityTier.User, text).Segments[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitize_OtherCategoryNotConfigured_DoesNotStrip()
    {
        HierarchyPipeline pipeline = new HierarchyPipelineBuilder()
            .AddDetector(new WordDetector("SMU\u200BGGLED", ConflictCategory.Override, ConflictSeverity.Medium))
            .AddInvisibleCharacterSanitizer()
            .Build();
        string text = "SMU\u200BGGLED a\u200Bb";
        Assert.Equal("[redacted: override] a\u200Bb", pipeline.Scan(PriorityTier.ToolOutput, text).Segments[0].Text);
    }

    [Fact]
    public void Sanitize_AnyCategoryConfigured_StripsAroundARedaction()
    {
        var options = new InvisibleCharacterSanitizerOptions();
        options.Categories.Clear();
        HierarchyPipeline pipeline = new HierarchyPipelineBuilder()
            .AddDetector(new WordDetector("SMU\u200BGGLED", ConflictCategory.Override, ConflictSeverity.Medium))
            .AddInvisibleCharacterSanitizer(options)
            .Build();
        Assert.Equal("a[redacted: override]b", pipeline.Scan(PriorityTier.ToolOutput, "a\u200BSMU\u200BGGLED\u200Bb").Segments[0].Text);
    }

    [Fact]
    public void Strip_IsIdempotent()
    {
        string once = InvisibleCharacterSanitizer.Strip("a\u200D\u200D\U0001F600\u200B\u200D\U0001F600\uFE0F\uFE0F");
        Assert.Equal(once, InvisibleCharacterSanitizer.Strip(once));
    }
}
