using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using InstructionHierarchy.Responses;

namespace OpenAICompatibleProxy;

/// <summary>
/// Rewrites an OpenAI Chat Completions event stream so the client only sees inspected text. Every <c>data:</c> event
/// that is a chunk with <c>choices</c> has each choice's <c>delta.content</c> pushed through that choice's
/// <see cref="ResponseMonitor"/> and replaced by what the monitor releases (a bounded hold-back, redacted); every other
/// field of the chunk is kept. A choice's held-back text is released (redacted) in the chunk that carries its
/// <c>finish_reason</c>, and anything still held is flushed in a chunk of its own before <c>[DONE]</c> or at the end of
/// the stream. Other events, comments and fields (<c>event:</c>, <c>id:</c>) pass through verbatim.
/// </summary>
/// <remarks>
/// <c>logprobs</c> are set to <c>null</c> in rewritten chunks: their tokens would carry the text the monitor holds back or redacts.
/// Tool-call arguments and <c>refusal</c> deltas pass through uninspected. Not thread-safe: one rewriter per stream.
/// </remarks>
public sealed class SseRewriter
{
    private const int MaxLineLength = 4 * 1024 * 1024;

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ResponseExpectations _expectations;
    private readonly ResponseInspector _inspector;
    private readonly ResponseMonitorOptions? _monitorOptions;
    private readonly SortedDictionary<int, ChoiceState> _choices = [];
    private readonly List<ResponseFinding> _findings = [];
    private JsonObject? _template;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="expectations">What the request declared (system text, secrets, canaries).</param>
    /// <param name="inspector">The inspector the monitors use.</param>
    /// <param name="monitorOptions">The monitors' options (hold-back); <see langword="null"/> for the defaults.</param>
    public SseRewriter(ResponseExpectations expectations, ResponseInspector inspector, ResponseMonitorOptions? monitorOptions = null)
    {
        ArgumentNullException.ThrowIfNull(expectations);
        ArgumentNullException.ThrowIfNull(inspector);
        _expectations = expectations;
        _inspector = inspector;
        _monitorOptions = monitorOptions;
    }

    /// <summary>Gets the findings of every choice so far.</summary>
    public IReadOnlyList<ResponseFinding> Findings
    {
        get
        {
            _findings.Clear();
            foreach (ChoiceState state in _choices.Values)
            {
                _findings.AddRange(state.Findings);
            }

            return _findings;
        }
    }

    /// <summary>Copies an event stream from <paramref name="input"/> to <paramref name="output"/>, rewritten, flushing after each event.</summary>
    /// <param name="input">The upstream's event stream.</param>
    /// <param name="output">The client's response body.</param>
    /// <param name="idleTimeout">How long the upstream may stay silent between two reads.</param>
    /// <param name="cancellationToken">Cancels the copy (the client went away).</param>
    /// <returns>A task that completes at the end of the stream.</returns>
    /// <exception cref="TimeoutException">The upstream stayed silent longer than <paramref name="idleTimeout"/>; what was held back has been flushed.</exception>
    public async Task RewriteAsync(Stream input, Stream output, TimeSpan idleTimeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var reader = new SseLineReader(input, MaxLineLength);
        var lines = new List<string>();
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            while (true)
            {
                idle.CancelAfter(idleTimeout);
                string? line = await reader.ReadLineAsync(idle.Token).ConfigureAwait(false);
                if (line is null)
                {
                    break;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                    continue;
                }

                string text = RewriteEvent(lines);
                lines.Clear();
                await WriteAsync(output, text, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await WriteAsync(output, Finish(), cancellationToken).ConfigureAwait(false);
            throw new TimeoutException($"The upstream sent nothing for {idleTimeout.TotalSeconds:0} seconds.");
        }

        string tail = lines.Count > 0 ? RewriteEvent(lines) : string.Empty;
        await WriteAsync(output, tail + Finish(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rewrites one event (its lines, without the blank line that ends it).</summary>
    /// <param name="lines">The event's lines.</param>
    /// <returns>The text to send: the event (and, before <c>[DONE]</c>, a flush chunk), each ending in a blank line.</returns>
    public string RewriteEvent(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        string? data = null;
        foreach (string line in lines)
        {
            if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                string value = line.Length > 5 && line[5] == ' ' ? line[6..] : line[5..];
                data = data is null ? value : string.Concat(data, "\n", value);
            }
        }

        if (data is null)
        {
            return Verbatim(lines);
        }

        if (data.Trim() == "[DONE]")
        {
            return Finish() + Verbatim(lines);
        }

        JsonObject? chunk;
        try
        {
            chunk = JsonNode.Parse(data) as JsonObject;
        }
        catch (JsonException)
        {
            chunk = null;
        }

        if (chunk?["choices"] is not JsonArray choices || !Rewrite(chunk, choices))
        {
            return Verbatim(lines);
        }

        var builder = new StringBuilder();
        foreach (string line in lines)
        {
            if (!line.StartsWith("data:", StringComparison.Ordinal))
            {
                builder.Append(line).Append('\n');
            }
        }

        return builder.Append("data: ").Append(chunk.ToJsonString(Compact)).Append("\n\n").ToString();
    }

    /// <summary>Releases what every unfinished choice still holds (redacted), as one chunk, or returns an empty string.</summary>
    /// <returns>The flush event, or an empty string.</returns>
    public string Finish()
    {
        var choices = new JsonArray();
        foreach ((int index, ChoiceState state) in _choices)
        {
            if (state.Done)
            {
                continue;
            }

            string rest = state.Complete();
            if (rest.Length > 0)
            {
                choices.Add(new JsonObject
                {
                    ["index"] = index,
                    ["delta"] = new JsonObject { ["content"] = rest },
                    ["finish_reason"] = null,
                });
            }
        }

        if (choices.Count == 0)
        {
            return string.Empty;
        }

        JsonObject chunk = _template?.DeepClone().AsObject() ?? new JsonObject { ["object"] = "chat.completion.chunk" };
        chunk["choices"] = choices;
        return $"data: {chunk.ToJsonString(Compact)}\n\n";
    }

    private static string Verbatim(IReadOnlyList<string> lines)
    {
        var builder = new StringBuilder();
        foreach (string line in lines)
        {
            builder.Append(line).Append('\n');
        }

        return builder.Append('\n').ToString();
    }

    private static async Task WriteAsync(Stream output, string text, CancellationToken cancellationToken)
    {
        if (text.Length == 0)
        {
            return;
        }

        await output.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rewrites the choices of one chunk in place; returns whether anything changed.</summary>
    private bool Rewrite(JsonObject chunk, JsonArray choices)
    {
        if (_template is null)
        {
            _template = new JsonObject();
            foreach (KeyValuePair<string, JsonNode?> field in chunk)
            {
                if (field.Key is not ("choices" or "usage"))
                {
                    _template[field.Key] = field.Value?.DeepClone();
                }
            }
        }

        bool changed = false;
        for (int i = 0; i < choices.Count; i++)
        {
            if (choices[i] is not JsonObject choice)
            {
                continue;
            }

            int index = choice["index"] is JsonValue v && v.TryGetValue(out int n) ? n : i;
            JsonObject? delta = choice["delta"] as JsonObject;
            string? content = delta?["content"] is JsonValue c && c.GetValueKind() == JsonValueKind.String ? c.GetValue<string>() : null;
            bool finished = choice["finish_reason"] is JsonValue f && f.GetValueKind() != JsonValueKind.Null;
            if (content is null && !finished)
            {
                continue;
            }

            if (!_choices.TryGetValue(index, out ChoiceState? state) || state.Done)
            {
                state = new ChoiceState(new ResponseMonitor(_expectations, _inspector, _monitorOptions), state);
                _choices[index] = state;
            }

            string released = content is null ? string.Empty : state.Monitor.Push(content);
            if (finished)
            {
                released += state.Complete();
            }

            if (content is not null || released.Length > 0)
            {
                delta ??= new JsonObject();
                delta["content"] = released;
                choice["delta"] = delta;
                if (choice.ContainsKey("logprobs"))
                {
                    choice["logprobs"] = null;
                }

                changed = true;
            }
        }

        return changed;
    }

    private sealed class ChoiceState(ResponseMonitor monitor, ChoiceState? previous)
    {
        public ResponseMonitor Monitor { get; } = monitor;

        public bool Done { get; private set; }

        public IEnumerable<ResponseFinding> Findings => previous is null ? Monitor.Findings : [.. previous.Findings, .. Monitor.Findings];

        public string Complete()
        {
            Done = true;
            return Monitor.Complete();
        }
    }
}
