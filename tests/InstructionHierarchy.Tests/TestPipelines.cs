using InstructionHierarchy.Detection;

namespace InstructionHierarchy.Tests;

internal static class TestPipelines
{
    public static HierarchyPipeline Default { get; } = new HierarchyPipelineBuilder().AddDefaults().Build();
}

/// <summary>A detector that reports a fixed category and severity for every occurrence of a word.</summary>
internal sealed class WordDetector(string word, ConflictCategory category, ConflictSeverity severity, string ruleId = "TEST-001") : IConflictDetector
{
    public int Calls;

    public void Detect(DetectionContext context)
    {
        Interlocked.Increment(ref Calls);
        int at = 0;
        while ((at = context.Text.IndexOf(word, at, StringComparison.Ordinal)) >= 0)
        {
            context.Report(category, severity, ruleId, at, word.Length, $"found {word}");
            at += word.Length;
        }
    }
}
