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

    /// <summary>Whether every finding lies in its segment's original text (for property tests, which need a bool).</summary>
    public static bool SpansLieInText(AssembledPrompt prompt)
    {
        foreach (InstructionConflict c in prompt.Conflicts)
        {
            if (c.Start < 0 || c.Length < 0 || c.End > prompt.OriginalSegments[c.SegmentIndex].Text.Length)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Repeats pieces in turn until the text is at least <paramref name="length"/> characters long (adversarial inputs).</summary>
    public static string Cycle(string[] pieces, int length)
    {
        var builder = new System.Text.StringBuilder(length + 64);
        for (int i = 0; builder.Length < length; i++)
        {
            builder.Append(pieces[i % pieces.Length]);
        }

        return builder.ToString();
    }

    /// <summary>The default policy takes an action other than allow.</summary>
    public static bool IsActedOn(AssembledPrompt prompt) => prompt.Conflicts.Any(c => c.Action != PolicyAction.Allow);
}
