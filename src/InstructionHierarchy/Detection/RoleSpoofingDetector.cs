using System.Text.RegularExpressions;

namespace InstructionHierarchy.Detection;

/// <summary>
/// Finds text that impersonates a more trusted turn: chat-template special tokens (ChatML, Llama 2/3, Mistral, Gemma, Phi,
/// Qwen, DeepSeek, Command R), plain-text role headers at the start of a line (<c>System:</c>, <c>### Assistant:</c>,
/// <c>Human:</c>), and closing-tag escapes that end a tool result or document and open a new turn.
/// </summary>
/// <remarks>
/// Rule ids: <c>IH-ROLE-001</c> special token (critical when it opens a system turn), <c>IH-ROLE-002</c> role header at a
/// line start, <c>IH-ROLE-003</c> closing tag of a data wrapper.
/// </remarks>
public sealed partial class RoleSpoofingDetector : IConflictDetector
{
    private readonly RoleSpoofingDetectorOptions _options;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    public RoleSpoofingDetector(RoleSpoofingDetectorOptions? options = null) => _options = options ?? new RoleSpoofingDetectorOptions();

    /// <inheritdoc />
    public void Detect(DetectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string text = context.Text;
        ReadOnlySpan<char> span = text;

        int offset = 0;
        while (offset < span.Length)
        {
            int at = span[offset..].IndexOfAny(ChatTemplateTokens.Search);
            if (at < 0)
            {
                break;
            }

            int start = offset + at;
            int length = MatchedTokenLength(span[start..]);
            ReadOnlySpan<char> after = span[(start + length)..];
            after = after[..Math.Min(after.Length, 24)].TrimStart();
            bool opensSystem = after.StartsWith("system", StringComparison.OrdinalIgnoreCase) || text.AsSpan(start, length).Contains("SYS", StringComparison.Ordinal);
            context.Report(
                ConflictCategory.RoleSpoof,
                opensSystem ? ConflictSeverity.Critical : ConflictSeverity.High,
                "IH-ROLE-001",
                start,
                length,
                opensSystem ? "A chat-template token opens a fake system turn." : "A chat-template special token in lower-tier text.");
            offset = start + length;
        }

        if (_options.DetectRoleHeaders)
        {
            foreach (ValueMatch match in RoleHeader().EnumerateMatches(span))
            {
                context.Report(ConflictCategory.RoleSpoof, ConflictSeverity.Medium, "IH-ROLE-002", match.Index, match.Length, "A line impersonates a chat turn header.");
            }
        }

        foreach (ValueMatch match in ClosingTag().EnumerateMatches(span))
        {
            context.Report(ConflictCategory.RoleSpoof, ConflictSeverity.High, "IH-ROLE-003", match.Index, match.Length, "A closing tag tries to end the data block and open a new turn.");
        }
    }

    private static int MatchedTokenLength(ReadOnlySpan<char> text)
    {
        int best = 0;
        foreach (string token in ChatTemplateTokens.All)
        {
            if (token.Length > best && text.StartsWith(token, StringComparison.Ordinal))
            {
                best = token.Length;
            }
        }

        return best;
    }

    [GeneratedRegex(@"(?im)^[ \t>#*=\-]{0,8}\[?(system|assistant|developer|human|ai|user|system prompt|system message)\]?[ \t]*(:|\]|>)[ \t]*(?=\S)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RoleHeader();

    [GeneratedRegex(@"(?i)</\s{0,4}(tool_result|tool_output|tool|function_results?|function_output|document|documents|context|search_results?|data|untrusted[_\-]?\w{0,20}|user_input|retrieved\w{0,20})\s{0,4}>\s{0,80}(<\s{0,4}(system|instructions?|admin|developer|assistant)\b|(system|assistant|developer)\s{0,4}:|#{1,6}\s{0,4}(system|new instructions))", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ClosingTag();
}
