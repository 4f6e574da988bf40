using System.CommandLine;
using System.CommandLine.Parsing;

namespace InstructionHierarchy.Cli;

/// <summary>The <c>ihguard</c> command line. Exit codes: 0 no conflict / success, 1 conflicts, 2 usage or input error, 3 blocked.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        RootCommand root = Build(stdout, stderr);
        ParseResult result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            stderr.WriteLine($"ihguard: {result.Errors[0].Message} (see 'ihguard --help')");
            return ExitCodes.InputError;
        }

        try
        {
            return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (CliException ex)
        {
            stderr.WriteLine($"ihguard: {ex.Message}");
            return ExitCodes.InputError;
        }
        catch (SegmentTooLargeException ex)
        {
            stderr.WriteLine($"ihguard: {ex.Message}");
            return ExitCodes.InputError;
        }
    }

    private static RootCommand Build(TextWriter stdout, TextWriter stderr)
    {
        var format = new Option<OutputFormat>("--format")
        {
            Description = "Output format: table or json.",
            DefaultValueFactory = _ => OutputFormat.Table,
        };

        var tier = new Option<string>("--tier")
        {
            Description = "The tier of the text: user, tool, media or system.",
            DefaultValueFactory = _ => "user",
        };
        var chat = new Option<string?>("--chat") { Description = "Scan a chat request (JSON file: OpenAI Chat Completions or Anthropic Messages, detected) instead of one text." };
        var file = new Argument<string?>("FILE")
        {
            Description = "The text file to scan; '-' or nothing reads standard input.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var threshold = DetectorSettings.CreateThresholdOption();
        var noClassifier = DetectorSettings.CreateNoClassifierOption();
        var scan = new Command("scan", "Scan text (or a chat request) for instructions that conflict with higher tiers. Exit code 0: no conflict, 1: conflicts, 2: usage or input error.")
        {
            tier, chat, format, threshold, noClassifier, file,
        };
        scan.SetAction(parse => ScanCommand.Run(
            parse.GetValue(file), parse.GetValue(chat), parse.GetValue(tier)!, parse.GetValue(format), DetectorSettings.From(parse.GetValue(threshold), parse.GetValue(noClassifier)), stdout));

        var files = new Argument<string[]>("FILES")
        {
            Description = "JSONL files: labeled cases {id, text, tier, label, category, lang} and/or conversations {id, messages, expect, protect}.",
            Arity = ArgumentArity.OneOrMore,
        };
        var predictions = new Option<string?>("--predictions") { Description = "Write one JSON line per case: {id, flagged, categories, severity, us}." };
        var eval = new Command("eval", "Measure detection quality and speed on labeled JSONL datasets with the default policy.")
        {
            format, predictions, threshold, noClassifier, files,
        };
        eval.SetAction(parse => EvalCommand.Run(
            parse.GetValue(files)!, parse.GetValue(format), parse.GetValue(predictions), DetectorSettings.From(parse.GetValue(threshold), parse.GetValue(noClassifier)), stdout));

        return new RootCommand("ihguard — instruction-hierarchy guard: find lower-tier text that tries to override, extract, jailbreak, spoof roles or exfiltrate.")
        {
            scan,
            eval,
            SanitizeCommand.Create(stdout, stderr),
        };
    }
}
