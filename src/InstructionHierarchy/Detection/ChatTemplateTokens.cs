namespace InstructionHierarchy.Detection;

/// <summary>The special tokens of chat templates that open, close or name a turn, for the role-spoofing detector and sanitizer.</summary>
internal static class ChatTemplateTokens
{
    /// <summary>Tokens that, seen by a tokenizer, start or end a turn or name a role. Matched case-sensitively in the original text.</summary>
    public static readonly string[] All =
    [
        // ChatML (OpenAI, Qwen, many fine-tunes)
        "<|im_start|>", "<|im_end|>", "<|im_sep|>", "<|endoftext|>",
        // Llama 3
        "<|begin_of_text|>", "<|start_header_id|>", "<|end_header_id|>", "<|eot_id|>", "<|eom_id|>", "<|python_tag|>",
        // Llama 2 / Mistral
        "[INST]", "[/INST]", "<<SYS>>", "<</SYS>>", "[SYSTEM_PROMPT]", "[/SYSTEM_PROMPT]", "[AVAILABLE_TOOLS]", "[TOOL_RESULTS]", "[/TOOL_RESULTS]",
        // Gemma
        "<start_of_turn>", "<end_of_turn>",
        // Phi-3 / Zephyr / TinyLlama
        "<|system|>", "<|user|>", "<|assistant|>", "<|end|>",
        // DeepSeek (fullwidth bars and the lower one-eighth block)
        "<｜begin▁of▁sentence｜>", "<｜end▁of▁sentence｜>", "<｜User｜>", "<｜Assistant｜>", "<｜tool▁outputs▁begin｜>", "<|User|>", "<|Assistant|>",
        // Command R, GLM, Granite
        "<|START_OF_TURN_TOKEN|>", "<|END_OF_TURN_TOKEN|>", "<|SYSTEM_TOKEN|>", "<|USER_TOKEN|>", "<|CHATBOT_TOKEN|>",
        "<|observation|>", "<|start_of_role|>", "<|end_of_role|>",
    ];

    /// <summary>A multi-string search over <see cref="All"/>: every token starts with "&lt;" or "[", so the search jumps
    /// between those characters (vectorized) instead of walking the text.</summary>
    public static readonly AnchorSearch Search = AnchorSearch.Create(All, StringComparison.Ordinal);

    /// <summary>Gets the length of the longest token that starts the text, or 0.</summary>
    /// <param name="text">The text, starting where a token may start.</param>
    /// <returns>The token's length, or 0 when no token starts there.</returns>
    public static int LengthAt(ReadOnlySpan<char> text)
    {
        int best = 0;
        foreach (string token in All)
        {
            if (token.Length > best && text.StartsWith(token, StringComparison.Ordinal))
            {
                best = token.Length;
            }
        }

        return best;
    }

    /// <summary>Gets the visible, inert form of a token: its name in brackets, which no tokenizer reads as special.</summary>
    /// <param name="token">The token as it appears in the text.</param>
    /// <returns>The escaped form, such as <c>[token:im_start]</c>.</returns>
    public static string Escape(ReadOnlySpan<char> token)
    {
        Span<char> buffer = token.Length <= 64 ? stackalloc char[token.Length] : new char[token.Length];
        int n = 0;
        foreach (char c in token)
        {
            if (c is '<' or '>' or '|' or '｜' or '[' or ']')
            {
                continue;
            }

            buffer[n++] = c == '▁' ? '_' : c;
        }

        return string.Concat("[token:", buffer[..n], "]");
    }
}
