using InstructionHierarchy.Detection;

namespace InstructionHierarchy.Tests.Detection;

public class DetectionContextTests
{
    [Fact]
    public void Report_OutOfRangeSpan_Throws()
    {
        var probe = new Probe(context => context.Report(ConflictCategory.Override, ConflictSeverity.Low, "X", 3, 10));
        HierarchyPipeline pipeline = new HierarchyPipelineBuilder().AddDetector(probe).Build();
        Assert.Throws<ArgumentOutOfRangeException>(() => pipeline.Scan(PriorityTier.User, "short"));
    }

    [Fact]
    public void Report_SameRuleAndSpanTwice_IsOneFinding()
    {
        var probe = new Probe(context =>
        {
            context.Report(ConflictCategory.Override, ConflictSeverity.High, "X", 0, 4);
            context.Report(ConflictCategory.Override, ConflictSeverity.High, "X", 0, 4);
            context.Report(ConflictCategory.Override, ConflictSeverity.High, "Y", 0, 4);
        });
        HierarchyPipeline pipeline = new HierarchyPipelineBuilder().AddDetector(probe).Build();
        Assert.Equal(2, pipeline.Scan(PriorityTier.ToolOutput, "text here").Conflicts.Count);
    }

    [Fact]
    public void Evidence_MakesHiddenCharactersVisible()
    {
        string text = "please ig\u200Bnore\u202E this \U000E0041 now";
        var probe = new Probe(context => context.Report(ConflictCategory.Obfuscation, ConflictSeverity.Medium, "X", 7, 10));
        InstructionConflict c = new HierarchyPipelineBuilder().AddDetector(probe).Build().Scan(PriorityTier.ToolOutput, text).Conflicts[0];
        Assert.Contains("<U+200B>", c.Evidence, StringComparison.Ordinal);
        Assert.Contains("<U+202E>", c.Evidence, StringComparison.Ordinal);
        Assert.Contains("<U+E0041>", c.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_IsBoundedOnHugeSpans()
    {
        string text = new('x', 100_000);
        var probe = new Probe(context => context.Report(ConflictCategory.Obfuscation, ConflictSeverity.Low, "X", 0, text.Length));
        InstructionConflict c = new HierarchyPipelineBuilder().AddDetector(probe).Build().Scan(PriorityTier.ToolOutput, text).Conflicts[0];
        Assert.True(c.Evidence.Length < 400);
    }

    private sealed class Probe(Action<DetectionContext> action) : IConflictDetector
    {
        public void Detect(DetectionContext context) => action(context);
    }
}
