namespace InstructionHierarchy;

/// <summary>The chat role a segment is sent with.</summary>
public enum PromptRole
{
    /// <summary>A system message.</summary>
    System = 0,

    /// <summary>An OpenAI <c>developer</c> message; same tier as <see cref="System"/>.</summary>
    Developer = 1,

    /// <summary>A user message (also the carrier of text extracted from media).</summary>
    User = 2,

    /// <summary>An assistant turn: the model's earlier output.</summary>
    Assistant = 3,

    /// <summary>A tool result.</summary>
    Tool = 4,
}
