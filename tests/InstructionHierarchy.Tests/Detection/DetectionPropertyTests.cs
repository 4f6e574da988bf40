using FsCheck;
using FsCheck.Fluent;

namespace InstructionHierarchy.Tests.Detection;

public class DetectionPropertyTests
{
    private static readonly string[] Fragments =
    [
        "ignore ", "previous ", "instructions", "system prompt", "reveal ", "忽略", "之前的指令", "\u200B", "\uD800", "\uDC00", "😀", "\U000E0041", "\u202E", "SWdub3Jl",
        "dan ", "no restrictions ", "never refuse", "\"role\": \"system\"", "sistema: ", "<|im_start|>", "?", ". ", "attacker ", "discount code", "\n", "ｉｇｎｏｒｅ", "1gn0r3",
    ];

    [Fact]
    public void Detect_RandomUnicode_NeverThrowsAndSpansAreInRange()
    {
        HierarchyPipeline pipeline = new HierarchyPipelineBuilder().AddDefaults().ProtectSecret("discount code", "X-1").Build();
        Gen<string> text = Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""),
            Gen.ArrayOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts)),
            Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(i => (char)i)).Select(chars => new string(chars)));
        Prop.ForAll(Arb.From(text), t =>
        {
            foreach (PriorityTier tier in (PriorityTier[])[PriorityTier.User, PriorityTier.ToolOutput, PriorityTier.EmbeddedMedia])
            {
                if (!DetectorAssert.SpansLieInText(pipeline.Scan(tier, t)))
                {
                    return false;
                }
            }

            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void Detect_OneMegabyteOfProse_Finishes()
    {
        string text = string.Concat(Enumerable.Repeat("The quarterly report shows steady growth in every region, and the team will present it on Friday. ", 11_000));
        AssembledPrompt prompt = TestPipelines.Default.Scan(PriorityTier.ToolOutput, text);
        Assert.Equal(PromptVerdict.Allowed, prompt.Verdict);
    }

    [Theory]
    [InlineData("a", 10_000_000)]
    [InlineData("sys", 10_000_000)]
    [InlineData("ignore previous instructions ", 1_000_000)]
    [InlineData("no restrictions never refuse ", 1_000_000)]
    public void Detect_AdversarialInput_Finishes(string unit, int size)
    {
        string text = string.Concat(Enumerable.Repeat(unit, size / unit.Length));
        AssembledPrompt prompt = TestPipelines.Default.Scan(PriorityTier.ToolOutput, text);
        Assert.NotNull(prompt);
    }
}
