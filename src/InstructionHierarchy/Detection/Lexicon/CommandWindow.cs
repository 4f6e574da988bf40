using InstructionHierarchy.Normalization;

namespace InstructionHierarchy.Detection.Lexicon;

/// <summary>Tells whether a short stretch of original text gives the model orders (used after a structural trigger, such
/// as a JSON role claim, to tell an injected turn from a code sample). Normalizes and scans only that window.</summary>
internal static class CommandWindow
{
    private static readonly string[] Imperatives =
    [
        "must", "grant", "approve", "disable", "always", "every request", "never", "do not", "don't", "override", "priority", "ignore", "reveal", "send", "forward", "delete", "comply",
        "debe", "doit", "muss", "deve", "должен", "必须", "必須", "しなければ", "해야", "يجب", "चाहिए", "zorunda", "phải", "harus",
    ];

    /// <summary>Gets a value indicating whether the window after <paramref name="start"/> commands the model.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="start">The window start.</param>
    /// <param name="length">The window length (clamped to the text).</param>
    /// <returns><see langword="true"/> if the window gives orders.</returns>
    public static bool IsCommanding(string text, int start, int length)
    {
        start = Math.Clamp(start, 0, text.Length);
        length = Math.Min(length, text.Length - start);
        NormalizedText window = TextNormalizer.Default.Normalize(text.Substring(start, length));
        string folded = window.Folded;
        var hits = default(CueHitBuffer);
        try
        {
            BuiltInLexicon.Instance.Scan(folded, ref hits);
            foreach (CueHit hit in hits.Items)
            {
                if (hit.Cue is Cue.Dismiss or Cue.Authority or Cue.NewInstructions or Cue.RealTask or Cue.Invalidate or Cue.NoLimits or Cue.NoRefusal or Cue.NoCaveat or Cue.JailbreakName or Cue.FromNowOn)
                {
                    return true;
                }
            }
        }
        finally
        {
            hits.Release();
        }

        foreach (string word in Imperatives)
        {
            if (folded.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
