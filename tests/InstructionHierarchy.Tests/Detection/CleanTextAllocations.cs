namespace InstructionHierarchy.Tests.Detection;

/// <summary>Measures what a detector allocates on clean text beyond a pipeline without it (the result itself is the same).</summary>
internal static class CleanTextAllocations
{
    private static readonly string[] Sentences =
    [
        "The ferry to the island leaves every hour from the old pier, and the crossing takes about forty minutes.",
        "Our reading group met on Wednesday to talk about the second half of the novel and chose the next book.",
        "Water the seedlings in the evening, when the soil is cool, so that less of it evaporates before the roots drink.",
        "The report lists the repairs made to the school roof and the cost of each one, with photos in the appendix.",
        "Tickets for the autumn concerts go on sale next week; members can book two days earlier than everyone else.",
        "He answered the letter from his cousin in Lisbon and promised to visit when the harvest was over.",
        "The museum will close its east wing in March while the lighting in the painting galleries is replaced.",
        "If the printer jams, open the front panel, remove the paper carefully and close the panel again.",
    ];

    /// <summary>Bytes one <c>Assemble</c> with <paramref name="configure"/>'s detectors allocates beyond one without them.</summary>
    /// <param name="configure">Adds the detectors under test.</param>
    /// <param name="paragraphs">Whether the prose has paragraph breaks (sentence splitting then reads the original text
    /// through the folded view's offset map, which is built on first use).</param>
    public static long Extra(Func<HierarchyPipelineBuilder, HierarchyPipelineBuilder> configure, bool paragraphs = false)
    {
        var builder = new System.Text.StringBuilder();
        for (int i = 0; builder.Length < 4096; i++)
        {
            builder.Append(Sentences[i % Sentences.Length]).Append(paragraphs && i % 4 == 3 ? "\n\n" : " ");
        }

        PromptSegment[] segments = [PromptSegment.System("You are a helpful assistant."), PromptSegment.ToolOutput("fetch", builder.ToString())];
        HierarchyPipeline bare = new HierarchyPipelineBuilder().Build();
        HierarchyPipeline withDetector = configure(new HierarchyPipelineBuilder()).Build();
        for (int i = 0; i < 3; i++)
        {
            bare.Assemble(segments);
            withDetector.Assemble(segments);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        bare.Assemble(segments);
        long bareBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        AssembledPrompt prompt = withDetector.Assemble(segments);
        long detectorBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Empty(prompt.Conflicts);
        return detectorBytes - bareBytes;
    }
}
