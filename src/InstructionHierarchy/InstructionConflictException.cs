namespace InstructionHierarchy;

/// <summary>Thrown by <see cref="AssembledPrompt.ThrowIfBlocked"/> when the policy blocked a request.</summary>
public sealed class InstructionConflictException : Exception
{
    /// <summary>Initializes a new instance for a blocked prompt.</summary>
    /// <param name="prompt">The blocked prompt.</param>
    public InstructionConflictException(AssembledPrompt prompt)
        : base(CreateMessage(prompt))
    {
        Prompt = prompt;
    }

    /// <summary>Initializes a new instance with a message.</summary>
    public InstructionConflictException()
        : this("The instruction hierarchy policy blocked the request.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public InstructionConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The inner exception.</param>
    public InstructionConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the blocked prompt, with its findings; <see langword="null"/> when the exception was created from a message only.</summary>
    public AssembledPrompt? Prompt { get; }

    /// <summary>Gets the findings that made the policy block the request.</summary>
    public IReadOnlyList<InstructionConflict> Conflicts => Prompt?.Conflicts ?? [];

    private static string CreateMessage(AssembledPrompt prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        foreach (InstructionConflict conflict in prompt.Conflicts)
        {
            if (conflict.Action == PolicyAction.Block)
            {
                return $"The instruction hierarchy policy blocked the request: {conflict.Category.ToName()} ({conflict.Severity}) in the {TierNames.ToName(conflict.Tier)} tier, rule {conflict.RuleId}.";
            }
        }

        return "The instruction hierarchy policy blocked the request.";
    }
}
