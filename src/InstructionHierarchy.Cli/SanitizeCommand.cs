using System.CommandLine;
using InstructionHierarchy.Payloads;

namespace InstructionHierarchy.Cli;

/// <summary>
/// <c>ihguard sanitize --chat FILE [--format openai|anthropic] [--seed N]</c>: reads an OpenAI Chat Completions or
/// Anthropic Messages request (auto-detected), guards it with the default pipeline plus invisible-character stripping,
/// spotlighting and the hierarchy preamble, and prints the sanitized request. Exit codes: 0 printed, 2 input error,
/// 3 blocked (the conflicts on stderr).
/// </summary>
internal static class SanitizeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var chat = new Option<string>("--chat")
        {
            Description = "The request to sanitize: an OpenAI Chat Completions or Anthropic Messages JSON file ('-' reads standard input).",
            Required = true,
        };
        var format = new Option<string?>("--format") { Description = "Output format: openai, responses or anthropic (default: the input's)." };
        var seed = new Option<int?>("--seed") { Description = "Seed for the spotlighting boundary, for reproducible output (default: cryptographic random)." };
        var indented = new Option<bool>("--indented") { Description = "Indent the JSON output." };
        var command = new Command("sanitize", "Guard a chat request (OpenAI Chat Completions or Responses, Anthropic Messages) and print it sanitized, in the same shape (every untouched field kept). Exit code 0: printed, 2: input error, 3: blocked.")
        {
            chat, format, seed, indented,
        };
        command.SetAction(parse => Run(parse.GetValue(chat)!, parse.GetValue(format), parse.GetValue(seed), parse.GetValue(indented), stdout, stderr));
        return command;
    }

    public static int Run(string chatFile, string? formatName, int? seed, bool indented, TextWriter stdout, TextWriter stderr)
    {
        ChatPayloadFormat? format = formatName?.ToLowerInvariant() switch
        {
            null => null,
            "openai" or "openai-chat" or "chat" => ChatPayloadFormat.OpenAIChatCompletions,
            "anthropic" or "anthropic-messages" => ChatPayloadFormat.AnthropicMessages,
            "openai-responses" or "responses" => ChatPayloadFormat.OpenAIResponses,
            _ => throw new CliException($"unknown format '{formatName}' (use openai, responses or anthropic)"),
        };

        string json = InputFiles.ReadText(chatFile);
        ChatGuardResult result;
        try
        {
            result = ChatRequestGuard.Sanitize(json, ChatRequestGuard.CreateDefaultPipeline(), new ChatGuardOptions
            {
                OutputFormat = format,
                Context = seed is { } s ? new HierarchyContext { RandomSeed = s } : null,
                Indented = indented,
            });
        }
        catch (ChatPayloadFormatException ex)
        {
            throw new CliException($"{chatFile}: {ex.Message}{(ex.Path is { } path && ex.LineNumber is null ? $" (at {path})" : "")}");
        }
        catch (InvalidOperationException ex)
        {
            throw new CliException($"{chatFile}: {ex.Message}");
        }

        if (result.IsBlocked)
        {
            stderr.WriteLine($"ihguard: blocked by policy ({CountBlocking(result.Prompt)} blocking finding(s))");
            foreach (InstructionConflict conflict in result.Prompt.Conflicts)
            {
                if (conflict.Action != PolicyAction.Allow)
                {
                    stderr.WriteLine($"  segment {conflict.SegmentIndex} {TierNames.ToName(conflict.Tier)} {conflict.Category.ToName()} {conflict.Severity.ToName()} {conflict.RuleId} -> {conflict.Action.ToName()}: {conflict.Evidence}");
                }
            }

            return ExitCodes.Blocked;
        }

        foreach (string lost in result.NotCarriedOver)
        {
            stderr.WriteLine($"ihguard: note: not carried over to {result.OutputFormat}: {lost}");
        }

        stdout.WriteLine(result.Json);
        return ExitCodes.Ok;
    }

    private static int CountBlocking(AssembledPrompt prompt)
    {
        int count = 0;
        foreach (InstructionConflict conflict in prompt.Conflicts)
        {
            count += conflict.Action == PolicyAction.Block ? 1 : 0;
        }

        return count;
    }
}
