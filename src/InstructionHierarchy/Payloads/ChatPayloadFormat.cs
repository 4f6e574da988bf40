namespace InstructionHierarchy.Payloads;

/// <summary>A chat request format the payload writers and readers know.</summary>
public enum ChatPayloadFormat
{
    /// <summary>OpenAI Chat Completions (<c>POST /v1/chat/completions</c>): <c>messages</c> with <c>system</c>, <c>developer</c>, <c>user</c>, <c>assistant</c> and <c>tool</c> roles. Also spoken by most OpenAI-compatible servers.</summary>
    OpenAIChatCompletions = 0,

    /// <summary>Anthropic Messages (<c>POST /v1/messages</c>): a top-level <c>system</c> and alternating <c>user</c> / <c>assistant</c> messages of content blocks.</summary>
    AnthropicMessages = 1,

    /// <summary>OpenAI Responses (<c>POST /v1/responses</c>): <c>instructions</c> and <c>input</c> items.</summary>
    OpenAIResponses = 2,
}
