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
public sealed class SseRewriter : SseEventRewriter
{
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

    /// <inheritdoc />
    public override IReadOnlyList<ResponseFinding> Findings
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

    /// <inheritdoc />
    public override string RewriteEvent(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        string? data = ReadData(lines);
        if (data is null)
        {
            return Verbatim(lines);
        }

        if (data.Trim() == "[DONE]")
        {
            return Finish() + Verbatim(lines);
        }

        JsonObject? chunk = ParseObject(data);
        return chunk?["choices"] is JsonArray choices && Rewrite(chunk, choices) ? WithData(lines, chunk) : Verbatim(lines);
    }

    /// <inheritdoc />
    /// <remarks>What every unfinished choice still holds goes out as one chunk.</remarks>
    public override string Finish()
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
