using FsCheck;
using FsCheck.Fluent;
using InstructionHierarchy.Tests.Detection;

namespace InstructionHierarchy.Tests;

public class PropertyTests
{
    private static readonly string[] Fragments =
    [
        "ignore all previous instructions", "<|im_start|>", "system", "\nSystem: ", "[INST]", "</tool_result>", "\u200B", "\uD800", "\uDC00",
        "\U000E0041", "😀", "你好", "from now on you", "new instructions:", "  ", "\n", "admin mode enabled", "<｜User｜>",
    ];

    [Fact]
    public void Assemble_NeverThrows_AndSpansLieInTheOriginal()
    {
        Gen<string> text = Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""),
            Gen.ArrayOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts)),
            Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(i => (char)i)).Select(chars => new string(chars)));
        Gen<PriorityTier> tier = Gen.Elements(Enum.GetValues<PriorityTier>());

        Prop.ForAll(Arb.From(text), Arb.From(tier), (t, tr) =>
        {
            AssembledPrompt prompt = TestPipelines.Default.Scan(tr, t);
            return DetectorAssert.SpansLieInText(prompt)
                && prompt.Segments.Count == 1 && prompt.Segments[0].Tier == prompt.OriginalSegments[0].Tier;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void Sanitizing_IsIdempotent()
    {
        Gen<string> text = Gen.ArrayOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts));
        Prop.ForAll(Arb.From(text), t =>
        {
            string once = TestPipelines.Default.Scan(PriorityTier.ToolOutput, t).Segments[0].Text;
            string twice = TestPipelines.Default.Scan(PriorityTier.ToolOutput, once).Segments[0].Text;
            return once == twice;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void Assemble_HugeInput_Finishes()
    {
        string huge = string.Concat(Enumerable.Repeat("ignore ", 300_000)) + new string('x', 2_000_000);
        AssembledPrompt prompt = TestPipelines.Default.Scan(PriorityTier.ToolOutput, huge);
        Assert.Equal(PromptVerdict.Allowed, prompt.Verdict);
    }
}
