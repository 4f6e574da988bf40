using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using InstructionHierarchy.Responses;

namespace OpenAICompatibleProxy;

/// <summary>
/// Rewrites an OpenAI Responses event stream so the client only sees inspected text. Each output text part (keyed by
/// <c>item_id</c> and <c>content_index</c>) gets its own <see cref="ResponseMonitor"/>: every
/// <c>response.output_text.delta</c> has its <c>delta</c> replaced by what the monitor releases (a bounded hold-back,
/// redacted). When the part ends (<c>response.output_text.done</c>, or a later event that carries the part) what the
/// monitor still holds is released in an extra <c>response.output_text.delta</c> event placed just before, and every
/// full copy of the text the stream carries afterwards (<c>output_text.done</c>'s <c>text</c>,
/// <c>content_part.done</c>'s <c>part</c>, <c>output_item.done</c>'s <c>item</c>, the <c>response</c> of
/// <c>response.completed</c> / <c>incomplete</c> / <c>failed</c>) is replaced by exactly the text that was released, so
/// the deltas and the final copies agree. Copies sent while the part may still stream (<c>output_item.added</c>,
/// <c>content_part.added</c>, <c>response.created</c> / <c>in_progress</c>) carry the text released so far and do not
/// end the part. A copy of a part that was never streamed is inspected as a whole.
/// </summary>
/// <remarks>
/// <para>The extra delta event repeats the <c>sequence_number</c> of the last delta of its part. <c>logprobs</c> of
/// rewritten events and parts are emptied: their tokens would carry the text the monitor holds back or redacts.</para>
/// <para>Not inspected (passed verbatim): refusal deltas, function-call and custom-tool-call arguments, reasoning
/// summaries, annotations (<c>url_citation</c> URLs), hosted-tool events (web search, file search, code interpreter,
/// MCP, image generation). Not thread-safe: one rewriter per stream.</para>
/// </remarks>
public sealed class ResponsesSseRewriter : SseEventRewriter
{
    private readonly ResponseExpectations _expectations;
    private readonly ResponseInspector _inspector;
    private readonly ResponseMonitorOptions? _monitorOptions;
    private readonly Dictionary<string, PartState> _parts = new(StringComparer.Ordinal);
    private readonly List<PartState> _order = [];
    private readonly List<ResponseFinding> _wholeTextFindings = [];
    private readonly List<ResponseFinding> _findings = [];
    private readonly StringBuilder _pending = new();

    /// <summary>Initializes a new instance.</summary>
    /// <param name="expectations">What the request declared (system text, secrets, canaries).</param>
    /// <param name="inspector">The inspector the monitors use.</param>
    /// <param name="monitorOptions">The monitors' options (hold-back); <see langword="null"/> for the defaults.</param>
    public ResponsesSseRewriter(ResponseExpectations expectations, ResponseInspector inspector, ResponseMonitorOptions? monitorOptions = null)
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
            foreach (PartState state in _order)
            {
                _findings.AddRange(state.Monitor.Findings);
            }

            _findings.AddRange(_wholeTextFindings);
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
            return Finish() + Verbatim(lines); // not OpenAI's, but some compatible servers end Responses streams so
        }

        JsonObject? evt = ParseObject(data);
        if (evt is null)
        {
            return Verbatim(lines);
        }

        bool changed;
        switch (ResponsesOutput.StringOf(evt["type"]))
        {
            case "response.output_text.delta":
                changed = Delta(evt);
                break;
            case "response.output_text.done":
                changed = TextDone(evt);
                break;
            case "response.content_part.added" or "response.content_part.done":
                changed = evt["part"] is JsonObject part
                    && ResponsesOutput.RedactPart(part, ResponsesOutput.StringOf(evt["item_id"]), ResponsesOutput.IntOf(evt["output_index"], 0), ResponsesOutput.IntOf(evt["content_index"], 0), EndsWith(evt, ".done") ? Final : Partial);
                break;
            case "response.output_item.added" or "response.output_item.done":
                changed = evt["item"] is JsonObject item && ResponsesOutput.RedactItem(item, ResponsesOutput.IntOf(evt["output_index"], 0), EndsWith(evt, ".done") ? Final : Partial);
                break;
            case "response.completed" or "response.incomplete" or "response.failed":
                _pending.Append(Finish());
                changed = evt["response"] is JsonObject { } done && done["output"] is JsonArray doneOutput && ResponsesOutput.Redact(doneOutput, Final);
                break;
            case "response.created" or "response.in_progress" or "response.queued":
                changed = evt["response"] is JsonObject { } response && response["output"] is JsonArray output && ResponsesOutput.Redact(output, Partial);
                break;
            default:
                changed = false;
                break;
        }

        string prefix = TakePending();
        return prefix + (changed ? WithData(lines, evt) : Verbatim(lines));
    }

    /// <inheritdoc />
    /// <remarks>What every unfinished text part still holds goes out as one <c>response.output_text.delta</c> event per part.</remarks>
    public override string Finish()
    {
        var events = new StringBuilder();
        foreach (PartState state in _order)
        {
            if (!state.Done)
            {
                events.Append(Complete(state));
            }
        }

        return events.ToString();
    }

    private static string Key(string? itemId, int outputIndex, int contentIndex) =>
        itemId is null ? $"#{outputIndex}/{contentIndex}" : $"{itemId}/{contentIndex}";

    private string TakePending()
    {
        string pending = _pending.ToString();
        _pending.Clear();
        return pending;
    }

    private PartState State(JsonObject evt)
    {
        string key = Key(ResponsesOutput.StringOf(evt["item_id"]), ResponsesOutput.IntOf(evt["output_index"], 0), ResponsesOutput.IntOf(evt["content_index"], 0));
        if (!_parts.TryGetValue(key, out PartState? state))
        {
            state = new PartState(new ResponseMonitor(_expectations, _inspector, _monitorOptions));
            _parts[key] = state;
            _order.Add(state);
        }

        return state;
    }

    private bool Delta(JsonObject evt)
    {
        PartState state = State(evt);
        string? delta = ResponsesOutput.StringOf(evt["delta"]);
        if (state.Done)
        {
            // A delta after the part ended: release nothing new unchecked; inspect it as a whole text of its own.
            delta = delta is null ? null : Inspect(delta);
        }
        else
        {
            delta = delta is null ? null : state.Monitor.Push(delta);
            state.Released.Append(delta);
        }

        state.Template = (JsonObject)evt.DeepClone();
        evt["delta"] = delta ?? string.Empty;
        if (evt.ContainsKey("logprobs"))
        {
            evt["logprobs"] = new JsonArray();
        }

        return true;
    }

    private bool TextDone(JsonObject evt)
    {
        PartState state = State(evt);
        if (!state.Done)
        {
            if (state.Template is null && ResponsesOutput.StringOf(evt["text"]) is { } whole)
            {
                // Never streamed: the whole text goes through the monitor; what it releases goes out as a delta.
                state.Template = new JsonObject
                {
                    ["type"] = "response.output_text.delta",
                    ["item_id"] = evt["item_id"]?.DeepClone(),
                    ["output_index"] = evt["output_index"]?.DeepClone(),
                    ["content_index"] = evt["content_index"]?.DeepClone(),
                    ["delta"] = string.Empty,
                    ["sequence_number"] = evt["sequence_number"]?.DeepClone(),
                };
                string released = state.Monitor.Push(whole);
                state.Released.Append(released);
                _pending.Append(DeltaEvent(state, released));
            }

            _pending.Append(Complete(state));
        }

        evt["text"] = state.Released.ToString();
        if (evt.ContainsKey("logprobs"))
        {
            evt["logprobs"] = new JsonArray();
        }

        return true;
    }

    private static bool EndsWith(JsonObject evt, string suffix) => ResponsesOutput.StringOf(evt["type"])?.EndsWith(suffix, StringComparison.Ordinal) == true;

    /// <summary>The text a copy of a part that may still be streaming carries: what was released so far (the part goes on), or, for a part not streamed, the inspected text.</summary>
    private string? Partial(string? itemId, int outputIndex, int contentIndex, string text) =>
        _parts.TryGetValue(Key(itemId, outputIndex, contentIndex), out PartState? state) ? state.Released.ToString()
        : text.Length == 0 ? null : Inspect(text);

    /// <summary>The text a final copy of a part must carry: all that was released for it (what was held is released first), or, for a part never streamed, the inspected text.</summary>
    private string? Final(string? itemId, int outputIndex, int contentIndex, string text)
    {
        if (_parts.TryGetValue(Key(itemId, outputIndex, contentIndex), out PartState? state))
        {
            if (!state.Done)
            {
                _pending.Append(Complete(state));
            }

            return state.Released.ToString();
        }

        return text.Length == 0 ? null : Inspect(text);
    }

    private string Inspect(string text)
    {
        ResponseInspection inspection = _inspector.Inspect(text, _expectations);
        _wholeTextFindings.AddRange(inspection.Findings);
        return inspection.RedactedText;
    }

    private static string Complete(PartState state)
    {
        state.Done = true;
        string rest = state.Monitor.Complete();
        state.Released.Append(rest);
        return DeltaEvent(state, rest);
    }

    private static string DeltaEvent(PartState state, string text)
    {
        if (text.Length == 0 || state.Template is null)
        {
            return string.Empty;
        }

        var evt = (JsonObject)state.Template.DeepClone();
        evt["delta"] = text;
        if (evt.ContainsKey("logprobs"))
        {
            evt["logprobs"] = new JsonArray();
        }

        return $"event: response.output_text.delta\ndata: {evt.ToJsonString(Compact)}\n\n";
    }

    private sealed class PartState(ResponseMonitor monitor)
    {
        public ResponseMonitor Monitor { get; } = monitor;

        public StringBuilder Released { get; } = new();

        public bool Done { get; set; }

        public JsonObject? Template { get; set; }
    }
}
