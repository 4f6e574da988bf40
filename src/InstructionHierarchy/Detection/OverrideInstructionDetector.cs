using System.Text.RegularExpressions;

namespace InstructionHierarchy.Detection;

/// <summary>
/// Finds instructions that try to override or replace the higher tiers' instructions: "ignore all previous instructions",
/// "new instructions:", "from now on you…", "your real task is…", and claims of higher authority ("this message overrides
/// the system prompt", "admin mode").
/// </summary>
/// <remarks>
/// Searches the folded view, so case, spacing and hidden characters do not matter. Rule ids: <c>IH-OVR-001</c> ignore or
/// forget the previous instructions, <c>IH-OVR-002</c> new instructions header, <c>IH-OVR-003</c> "from now on you",
/// <c>IH-OVR-004</c> "your real task is", <c>IH-OVR-005</c> claim of higher authority. Severity is tier-aware: the same
/// words weigh more in tool output and media than in the user's own message.
/// </remarks>
public sealed partial class OverrideInstructionDetector : IConflictDetector
{
    /// <inheritdoc />
    public void Detect(DetectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string folded = context.Normalized.Folded;
        bool untrusted = context.Tier < PriorityTier.User;

        foreach (ValueMatch m in IgnorePrevious().EnumerateMatches(folded))
        {
            context.ReportFolded(ConflictCategory.Override, untrusted ? ConflictSeverity.Critical : ConflictSeverity.High, "IH-OVR-001", m.Index, m.Length, "Tells the model to ignore its earlier instructions.");
        }

        foreach (ValueMatch m in NewInstructions().EnumerateMatches(folded))
        {
            context.ReportFolded(ConflictCategory.Override, ConflictSeverity.High, "IH-OVR-002", m.Index, m.Length, "Announces new instructions that replace the current ones.");
        }

        foreach (ValueMatch m in FromNowOn().EnumerateMatches(folded))
        {
            context.ReportFolded(ConflictCategory.Override, untrusted ? ConflictSeverity.High : ConflictSeverity.Medium, "IH-OVR-003", m.Index, m.Length, "Redefines the model's behaviour from now on.");
        }

        foreach (ValueMatch m in RealTask().EnumerateMatches(folded))
        {
            context.ReportFolded(ConflictCategory.Override, ConflictSeverity.High, "IH-OVR-004", m.Index, m.Length, "Replaces the model's task.");
        }

        foreach (ValueMatch m in Authority().EnumerateMatches(folded))
        {
            context.ReportFolded(ConflictCategory.Override, ConflictSeverity.High, "IH-OVR-005", m.Index, m.Length, "Claims an authority above the system prompt.");
        }
    }

    [GeneratedRegex(@"\b(ignore|disregard|forget|override|bypass|discard|abandon|skip|drop|set aside|throw out|do not follow|don't follow|stop following)( (all|any|every|each|the|your|my|of|these|those|that|this|previous|prior|above|earlier|preceding|foregoing|initial|original|existing|current|other|former|old|given|system|safety|developer|admin)){1,5} ?(instructions?|prompts?|rules?|directions?|directives?|guidelines?|guidance|commands?|orders?|context|constraints?|restrictions?|programming|policies|policy|messages?|text|settings|configuration|everything)\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex IgnorePrevious();

    [GeneratedRegex(@"\b(new|updated|revised|real|actual|true|override|important|urgent) (system )?(instructions?|directives?|rules|task|prompt) ?(:| follow\b|are as follows\b|below\b)", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex NewInstructions();

    [GeneratedRegex(@"\b(from now on|from this point (on|forward)|henceforth|for the rest of (this|the) (conversation|chat|session)),? (you|your|the assistant|the ai|the model) (are|will|must|shall|should|only|always|never|have|act|respond|answer|reply|no longer)\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex FromNowOn();

    [GeneratedRegex(@"\byour (real|true|actual|new|only|primary|main) (task|goal|job|purpose|instructions?|mission|objective|role)( (is|are|now is)\b| ?:)", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex RealTask();

    [GeneratedRegex(@"\b((this|the following) (message|instruction|note|text|update) (overrides?|supersedes?|takes (precedence|priority) over|replaces)|(admin|administrator|developer|debug|god|maintenance|root) mode (is )?(on|enabled|activated|engaged)|(enable|activate|enter) (admin|administrator|developer|debug|god|root) mode|system (prompt )?(override|update|notice)\s?:)\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Authority();
}
