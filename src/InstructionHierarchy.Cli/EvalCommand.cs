using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace InstructionHierarchy.Cli;

/// <summary>
/// <c>ihguard eval</c>: runs the default pipeline over labeled JSONL cases and conversations and reports precision,
/// recall, F1 and false-positive rate overall and by category, tier and language, with per-case latency and throughput.
/// </summary>
internal static class EvalCommand
{
    /// <summary>The neutral system prompt every case is assembled under.</summary>
    public const string NeutralSystemPrompt = "You are a helpful assistant. Answer the user's questions accurately and concisely.";

    public static int Run(IReadOnlyList<string> files, OutputFormat format, string? predictionsPath, DetectorSettings settings, TextWriter stdout)
    {
        if (files.Count == 0)
        {
            throw new CliException("eval needs at least one JSONL file");
        }

        var cases = new List<EvalCase>();
        var conversations = new List<EvalConversation>();
        foreach (string file in files)
        {
            Load(file, cases, conversations);
        }

        // One untimed pass over every case first: the timings then describe a warmed-up service (JIT done, regex tables
        // built), not the first call of a process.
        HierarchyPipeline pipeline = Pipelines.CreateDefault(settings);
        foreach (EvalCase c in cases)
        {
            pipeline.Assemble(c.Segments);
        }

        var report = new EvalReport();
        using TextWriter? predictions = predictionsPath is null ? null : new StreamWriter(predictionsPath, append: false, new UTF8Encoding(false));
        foreach (EvalCase c in cases)
        {
            long start = Stopwatch.GetTimestamp();
            AssembledPrompt prompt = pipeline.Assemble(c.Segments);
            double us = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            bool flagged = prompt.ActionFor(c.TargetIndex) != PolicyAction.Allow;
            report.AddCase(c, flagged, us);
            predictions?.WriteLine(Prediction(c.Id, prompt, c.TargetIndex, flagged, us));
        }

        foreach (EvalConversation conversation in conversations)
        {
            HierarchyPipeline convPipeline = conversation.Secrets.Count == 0 ? pipeline : Pipelines.CreateDefault(settings, conversation.Secrets);
            long start = Stopwatch.GetTimestamp();
            AssembledPrompt prompt = convPipeline.Assemble(conversation.Segments);
            double us = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            for (int i = 0; i < conversation.Segments.Count; i++)
            {
                if (conversation.Segments[i].Tier is null)
                {
                    continue;
                }

                bool flagged = prompt.ActionFor(i) != PolicyAction.Allow;
                report.AddMessage(conversation.Expected.Contains(i), flagged);
                predictions?.WriteLine(Prediction($"{conversation.Id}#{i}", prompt, i, flagged, us));
            }
        }

        report.HasConversations = conversations.Count > 0;
        stdout.Write(format == OutputFormat.Json ? report.ToJson() + Environment.NewLine : report.ToTable(files));
        return ExitCodes.Ok;
    }

    private static string Prediction(string id, AssembledPrompt prompt, int segment, bool flagged, double us) => JsonOutput.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteBoolean("flagged", flagged);
        writer.WriteStartArray("categories");
        var seen = new HashSet<ConflictCategory>();
        ConflictSeverity? severity = null;
        foreach (InstructionConflict conflict in prompt.Conflicts)
        {
            if (conflict.SegmentIndex != segment)
            {
                continue;
            }

            if (seen.Add(conflict.Category))
            {
                writer.WriteStringValue(conflict.Category.ToName());
            }

            severity = severity is null || conflict.Severity > severity ? conflict.Severity : severity;
        }

        writer.WriteEndArray();
        if (severity is { } s)
        {
            writer.WriteString("severity", s.ToName());
        }
        else
        {
            writer.WriteNull("severity");
        }

        writer.WriteNumber("us", Math.Round(us, 1));
        writer.WriteEndObject();
    }, indented: false);

    private static void Load(string path, List<EvalCase> cases, List<EvalConversation> conversations)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"file not found: {path}");
        }

        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string where = $"{path}:{lineNumber}";
            try
            {
                using JsonDocument document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 64 });
                JsonElement root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    throw new CliException($"{where}: each line must be a JSON object");
                }

                if (root.TryGetProperty("messages", out JsonElement messages))
                {
                    conversations.Add(EvalConversation.Read(root, messages, where));
                }
                else
                {
                    cases.Add(EvalCase.Read(root, where));
                }
            }
            catch (JsonException ex)
            {
                throw new CliException($"{where}: invalid JSON at byte {ex.BytePositionInLine + 1}: {ex.Message}");
            }
        }
    }

    /// <summary>One labeled text, assembled into a conversation as the eval protocol describes.</summary>
    private sealed class EvalCase
    {
        public required string Id { get; init; }

        public required string Text { get; init; }

        public required string Tier { get; init; }

        public required bool IsInjection { get; init; }

        public required string Category { get; init; }

        public required string Lang { get; init; }

        public required PromptSegment[] Segments { get; init; }

        public required int TargetIndex { get; init; }

        public static EvalCase Read(JsonElement root, string where)
        {
            string text = ChatJson.GetString(root, "text") ?? throw new CliException($"{where}: missing 'text'");
            string tier = ChatJson.GetString(root, "tier") ?? throw new CliException($"{where}: missing 'tier'");
            string label = ChatJson.GetString(root, "label") ?? throw new CliException($"{where}: missing 'label'");
            if (label is not ("injection" or "benign"))
            {
                throw new CliException($"{where}: 'label' must be 'injection' or 'benign', not '{label}'");
            }

            (PromptSegment[] segments, int target) = tier switch
            {
                "user" => (new[] { PromptSegment.System(NeutralSystemPrompt), PromptSegment.User(text) }, 1),
                "tool" => (new[]
                {
                    PromptSegment.System(NeutralSystemPrompt),
                    PromptSegment.User("Please use the tool and help me with what it returns."),
                    PromptSegment.Assistant(string.Empty, [new ToolCall("call_1", "fetch", "{}")]),
                    PromptSegment.ToolOutput("fetch", text, "call_1"),
                }, 3),
                "media" => (new[]
                {
                    PromptSegment.System(NeutralSystemPrompt),
                    PromptSegment.User("Please look at the attached file and help me with it."),
                    PromptSegment.Media(MediaKind.Document, text, sourceName: "attachment"),
                }, 2),
                "system" => (new[] { PromptSegment.System(text), PromptSegment.User("Hello!") }, 0),
                _ => throw new CliException($"{where}: unknown tier '{tier}' (use user, tool, media or system)"),
            };

            return new EvalCase
            {
                Id = ChatJson.GetString(root, "id") ?? where,
                Text = text,
                Tier = tier,
                IsInjection = label == "injection",
                Category = ChatJson.GetString(root, "category") ?? (label == "injection" ? "unknown" : "benign"),
                Lang = ChatJson.GetString(root, "lang") ?? "und",
                Segments = segments,
                TargetIndex = target,
            };
        }
    }

    /// <summary>A conversation line: messages, the indices expected to be flagged, protected secrets.</summary>
    private sealed class EvalConversation
    {
        public required string Id { get; init; }

        public required List<PromptSegment> Segments { get; init; }

        public required HashSet<int> Expected { get; init; }

        public required List<ProtectedSecret> Secrets { get; init; }

        public static EvalConversation Read(JsonElement root, JsonElement messages, string where)
        {
            List<PromptSegment> segments = ChatJson.ReadMessages(messages, where);
            var expected = new HashSet<int>();
            if (root.TryGetProperty("expect", out JsonElement expect) && expect.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement item in expect.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("message", out JsonElement m) || !m.TryGetInt32(out int index))
                    {
                        throw new CliException($"{where}: each 'expect' entry needs an integer 'message'");
                    }

                    if ((uint)index >= (uint)segments.Count)
                    {
                        throw new CliException($"{where}: 'expect' names message {index}, but there are {segments.Count} messages");
                    }

                    expected.Add(index);
                }
            }

            var secrets = new List<ProtectedSecret>();
            if (root.TryGetProperty("protect", out JsonElement protect) && protect.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement item in protect.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
                    {
                        secrets.Add(new ProtectedSecret("secret", item.GetString()!));
                    }
                    else if (item.ValueKind == JsonValueKind.Object && ChatJson.GetString(item, "value") is { Length: > 0 } value)
                    {
                        secrets.Add(new ProtectedSecret(ChatJson.GetString(item, "name") is { Length: > 0 } name ? name : "secret", value));
                    }
                    else
                    {
                        throw new CliException($"{where}: each 'protect' entry must be a non-empty string or an object with 'value'");
                    }
                }
            }

            return new EvalConversation
            {
                Id = ChatJson.GetString(root, "id") ?? where,
                Segments = segments,
                Expected = expected,
                Secrets = secrets,
            };
        }
    }

    private sealed class EvalReport
    {
        private readonly Counts _overall = new();
        private readonly SortedDictionary<string, Counts> _byCategory = new(StringComparer.Ordinal);
        private readonly SortedDictionary<string, Counts> _byTier = new(StringComparer.Ordinal);
        private readonly SortedDictionary<string, Counts> _byLang = new(StringComparer.Ordinal);
        private readonly Counts _messages = new();
        private readonly List<double> _micros = [];
        private long _bytes;

        public bool HasConversations { get; set; }

        public void AddCase(EvalCase c, bool flagged, double us)
        {
            _overall.Add(c.IsInjection, flagged);
            Slice(_byCategory, c.Category).Add(c.IsInjection, flagged);
            Slice(_byTier, c.Tier).Add(c.IsInjection, flagged);
            Slice(_byLang, c.Lang).Add(c.IsInjection, flagged);
            _micros.Add(us);
            _bytes += Encoding.UTF8.GetByteCount(c.Text);
        }

        public void AddMessage(bool expected, bool flagged) => _messages.Add(expected, flagged);

        public string ToJson() => JsonOutput.Write(writer =>
        {
            writer.WriteStartObject();
            _overall.WriteCounts(writer);
            JsonOutput.WriteRatio(writer, "precision", _overall.Precision);
            JsonOutput.WriteRatio(writer, "recall", _overall.Recall);
            JsonOutput.WriteRatio(writer, "f1", _overall.F1);
            JsonOutput.WriteRatio(writer, "fpr", _overall.Fpr);
            WriteSlices(writer, "by_category", _byCategory);
            WriteSlices(writer, "by_tier", _byTier);
            WriteSlices(writer, "by_lang", _byLang);
            (double median, double p99, double mbps) = Timing();
            writer.WriteNumber("median_us", Math.Round(median, 2));
            writer.WriteNumber("p99_us", Math.Round(p99, 2));
            writer.WriteNumber("mb_per_s", Math.Round(mbps, 2));
            if (HasConversations)
            {
                writer.WriteStartObject("conversations");
                writer.WriteNumber("messages", _messages.N);
                writer.WriteNumber("tp", _messages.Tp);
                writer.WriteNumber("fp", _messages.Fp);
                writer.WriteNumber("tn", _messages.Tn);
                writer.WriteNumber("fn", _messages.Fn);
                JsonOutput.WriteRatio(writer, "precision", _messages.Precision);
                JsonOutput.WriteRatio(writer, "recall", _messages.Recall);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        });

        public string ToTable(IReadOnlyList<string> files)
        {
            var output = new StringBuilder();
            output.Append(CultureInfo.InvariantCulture, $"ihguard eval: {_overall.N} cases from {files.Count} file(s)").AppendLine();
            output.Append(CultureInfo.InvariantCulture, $"precision {Format(_overall.Precision)}  recall {Format(_overall.Recall)}  f1 {Format(_overall.F1)}  fpr {Format(_overall.Fpr)}  (tp {_overall.Tp}, fp {_overall.Fp}, tn {_overall.Tn}, fn {_overall.Fn})").AppendLine();
            (double median, double p99, double mbps) = Timing();
            output.Append(CultureInfo.InvariantCulture, $"latency median {median:F1} µs, p99 {p99:F1} µs, throughput {mbps:F1} MB/s").AppendLine();
            AppendSlices(output, "category", _byCategory);
            AppendSlices(output, "tier", _byTier);
            AppendSlices(output, "lang", _byLang);
            if (HasConversations)
            {
                output.AppendLine().Append(CultureInfo.InvariantCulture, $"conversations: {_messages.N} messages, precision {Format(_messages.Precision)}, recall {Format(_messages.Recall)} (tp {_messages.Tp}, fp {_messages.Fp}, tn {_messages.Tn}, fn {_messages.Fn})").AppendLine();
            }

            return output.ToString();
        }

        private (double Median, double P99, double MbPerSecond) Timing()
        {
            if (_micros.Count == 0)
            {
                return (0, 0, 0);
            }

            var sorted = new List<double>(_micros);
            sorted.Sort();
            double total = 0;
            foreach (double us in sorted)
            {
                total += us;
            }

            double median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
            double p99 = sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(0.99 * sorted.Count) - 1)];
            double mbps = total <= 0 ? 0 : _bytes / 1e6 / (total / 1e6);
            return (median, p99, mbps);
        }

        private static void AppendSlices(StringBuilder output, string name, SortedDictionary<string, Counts> slices)
        {
            output.AppendLine();
            List<string[]> rows = [[name.ToUpperInvariant(), "N", "TP", "FP", "TN", "FN", "RECALL", "FPR"]];
            foreach ((string key, Counts c) in slices)
            {
                rows.Add([key, Int(c.N), Int(c.Tp), Int(c.Fp), Int(c.Tn), Int(c.Fn), Format(c.Recall), Format(c.Fpr)]);
            }

            Table.Render(output, rows);
        }

        private static void WriteSlices(Utf8JsonWriter writer, string name, SortedDictionary<string, Counts> slices)
        {
            writer.WriteStartObject(name);
            foreach ((string key, Counts c) in slices)
            {
                writer.WritePropertyName(key);
                c.WriteSlice(writer);
            }

            writer.WriteEndObject();
        }

        private static Counts Slice(SortedDictionary<string, Counts> slices, string key)
        {
            if (!slices.TryGetValue(key, out Counts? counts))
            {
                slices[key] = counts = new Counts();
            }

            return counts;
        }

        private static string Format(double? value) => value is { } v ? v.ToString("F3", CultureInfo.InvariantCulture) : "-";

        private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
