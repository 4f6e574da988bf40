namespace InstructionHierarchy.Extensions.AI;

/// <summary>What <see cref="InstructionHierarchyChatClient"/> does when the policy blocks a request.</summary>
public enum BlockedRequestBehavior
{
    /// <summary>Throw <see cref="InstructionConflictException"/>, carrying the blocked <see cref="AssembledPrompt"/> and its findings.</summary>
    Throw = 0,

    /// <summary>
    /// Do not call the model; answer with <see cref="InstructionHierarchyChatClientOptions.RefusalText"/> as an assistant message
    /// whose finish reason is <c>ContentFilter</c>.
    /// </summary>
    Refuse = 1,
}
