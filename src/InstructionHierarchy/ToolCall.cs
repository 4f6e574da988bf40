namespace InstructionHierarchy;

/// <summary>A tool call requested by an assistant turn.</summary>
/// <param name="Id">The call id that the tool result refers back to.</param>
/// <param name="Name">The name of the function or tool.</param>
/// <param name="ArgumentsJson">The arguments, as the JSON text the model produced.</param>
public sealed record ToolCall(string Id, string Name, string ArgumentsJson);
