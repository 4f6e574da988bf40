using InstructionHierarchy.Detection;

namespace InstructionHierarchy.Testing.Tests;

/// <summary>A detector that knows the corpus: it reports each attack's payload with the case's category at high severity.</summary>
internal sealed class OracleDetector : IConflictDetector
{
    public void Detect(DetectionContext context)
    {
        foreach (AttackCase attack in AttackCorpus.Attacks)
        {
            int at = context.Text.IndexOf(attack.Payload, StringComparison.Ordinal);
            if (at >= 0 && context.Tier == attack.Tier)
            {
                context.Report(attack.Category!.Value, ConflictSeverity.High, "TEST-ORACLE", at, attack.Payload.Length, attack.Id);
            }
        }
    }
}

/// <summary>A detector that reports a whole lower-tier segment as an override of the given severity.</summary>
internal sealed class EverythingDetector(ConflictSeverity severity) : IConflictDetector
{
    public void Detect(DetectionContext context)
    {
        if (context.Text.Length > 0)
        {
            context.Report(ConflictCategory.Override, severity, "TEST-ALL", 0, context.Text.Length);
        }
    }
}

internal static class Pipelines
{
    public static HierarchyPipeline Default { get; } = new HierarchyPipelineBuilder().AddDefaults().Build();

    public static HierarchyPipeline Oracle { get; } = new HierarchyPipelineBuilder().AddDefaults().AddDetector(new OracleDetector()).Build();

    public static HierarchyPipeline Empty { get; } = new HierarchyPipelineBuilder().Build();

    /// <summary>A typical application assembly: system prompt, user question, the tool call and its result.</summary>
    public static IReadOnlyList<PromptSegment> AppAssembly(string toolResult) =>
    [
        PromptSegment.System("You are a shopping assistant."),
        PromptSegment.User("Find me waterproof boots."),
        PromptSegment.Assistant("", [new ToolCall("c1", "search", "{}")]),
        PromptSegment.ToolOutput("search", toolResult, "c1"),
    ];
}
