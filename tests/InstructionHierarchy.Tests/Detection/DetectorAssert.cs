namespace InstructionHierarchy.Tests.Detection;

internal static class DetectorAssert
{
    /// <summary>Every finding lies in the original text.</summary>
    public static void SpansInRange(AssembledPrompt prompt)
    {
        foreach (InstructionConflict c in prompt.Conflicts)
        {
            string text = prompt.OriginalSegments[c.SegmentIndex].Text;
            Assert.InRange(c.Start, 0, text.Length);
            Assert.InRange(c.End, c.Start, text.Length);
        }
    }

    /// <summary>The default policy takes an action other than allow.</summary>
    public static bool IsActedOn(AssembledPrompt prompt) => prompt.Conflicts.Any(c => c.Action != PolicyAction.Allow);
}
