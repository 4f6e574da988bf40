using BenchmarkDotNet.Attributes;

namespace InstructionHierarchy.Benchmarks;

/// <summary><see cref="HierarchyPipeline.Assemble"/> with the default detectors and sanitizers.</summary>
public class AssembleBenchmark
{
    private static readonly HierarchyPipeline Pipeline = new HierarchyPipelineBuilder().AddDefaults().Build();
    private PromptSegment[] _segments = [];

    /// <summary>The input.</summary>
    [ParamsAllValues]
    public AssembleInput Input { get; set; }

    /// <summary>Builds the input outside the measurement.</summary>
    [GlobalSetup]
    public void Setup() => _segments = Scenarios.Conversation(Input);

    /// <summary>Normalize, detect, decide, sanitize.</summary>
    [Benchmark]
    public AssembledPrompt Assemble() => Pipeline.Assemble(_segments);
}
