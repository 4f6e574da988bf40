namespace InstructionHierarchy.Payloads;

/// <summary>The outcome of <see cref="ChatRequestGuard.Sanitize(string, HierarchyPipeline, ChatGuardOptions?)"/>.</summary>
public sealed class ChatGuardResult
{
    internal ChatGuardResult(ChatRequest request, AssembledPrompt prompt, string? json, ChatPayloadFormat outputFormat, IReadOnlyList<string> notCarriedOver)
    {
        Request = request;
        Prompt = prompt;
        Json = json;
        OutputFormat = outputFormat;
        NotCarriedOver = notCarriedOver;
    }

    /// <summary>Gets the request as read.</summary>
    public ChatRequest Request { get; }

    /// <summary>Gets the assembled prompt: verdict, findings, sanitized segments, preamble.</summary>
    public AssembledPrompt Prompt { get; }

    /// <summary>Gets a value indicating whether the policy blocked the request (then <see cref="Json"/> is <see langword="null"/>).</summary>
    public bool IsBlocked => Prompt.IsBlocked;

    /// <summary>Gets the sanitized request JSON, or <see langword="null"/> when it was blocked.</summary>
    public string? Json { get; }

    /// <summary>Gets the format of <see cref="Json"/>.</summary>
    public ChatPayloadFormat OutputFormat { get; }

    /// <summary>Gets what a conversion to another format could not carry over (empty when the format is kept).</summary>
    public IReadOnlyList<string> NotCarriedOver { get; }
}
