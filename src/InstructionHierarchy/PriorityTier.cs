namespace InstructionHierarchy;

/// <summary>
/// The trust tier of a piece of text in a conversation. Higher values outrank lower ones, so
/// <c>a &gt; b</c> reads "a outranks b": <see cref="System"/> &gt; <see cref="User"/> &gt;
/// <see cref="EmbeddedMedia"/> &gt; <see cref="ToolOutput"/>.
/// </summary>
/// <remarks>
/// The order follows Wallace et al., <em>The Instruction Hierarchy</em> (2024): instructions in a lower tier
/// that are aligned with the higher tiers may be followed; misaligned ones are ignored; tool output is
/// data, never a command. An OpenAI <c>developer</c> message counts as <see cref="System"/>. Assistant turns
/// (the model's earlier output) have no tier: they carry no instruction authority.
/// </remarks>
public enum PriorityTier
{
    /// <summary>Output of a tool call: browsing, retrieval, an API. The lowest tier: data, never instructions.</summary>
    ToolOutput = 0,

    /// <summary>Text extracted from media: OCR of an image, an audio transcript, a PDF or a résumé.</summary>
    EmbeddedMedia = 1,

    /// <summary>The end user's own message.</summary>
    User = 2,

    /// <summary>The application's system (or developer) prompt. Trusted.</summary>
    System = 3,
}
