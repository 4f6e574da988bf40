using System.Runtime.CompilerServices;
using System.Text;

namespace InstructionHierarchy.Responses;

/// <summary>
/// Inspects a streamed answer chunk by chunk with a bounded hold-back: <see cref="Push"/> returns the text that is safe
/// to release now (redacted), <see cref="Complete"/> the rest. A secret, canary or system-prompt passage split across
/// chunks is caught before the chunk that completes it is released, as long as it is no longer than
/// <see cref="HoldBack"/>. Not thread-safe: one monitor per answer.
/// </summary>
/// <remarks>
/// <para>Memory and work per chunk are bounded: the monitor keeps at most <see cref="HoldBack"/> characters of released
/// text as context plus the held-back text, and rescans only that window.</para>
/// <para>With a must-echo canary, nothing is released until the canary window has arrived; the canary is removed from the
/// stream, and positions of findings count from the answer without it.</para>
/// </remarks>
/// <example>
/// <code>
/// var monitor = new ResponseMonitor(ResponseExpectations.FromPrompt(prompt, pipeline));
/// await foreach (string safe in monitor.MonitorAsync(modelStream)) { Console.Write(safe); }
/// if (monitor.Findings.Count > 0) { /* log, alert */ }
/// </code>
/// </example>
public sealed class ResponseMonitor
{
    private readonly ResponseInspector _inspector;
    private readonly ResponseExpectations _expectations;
    private readonly int _maxPendingLink;
    private readonly StringBuilder _window = new();
    private readonly List<ResponseFinding> _findings = [];
    private readonly HashSet<(ResponseFindingKind, int)> _marked = [];
    private int _released;   // characters of _window already released
    private int _offset;     // absolute position of _window[0]
    private bool _echoDone;
    private bool _completed;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="expectations">What the request declared.</param>
    /// <param name="inspector">The inspector; <see langword="null"/> for <see cref="ResponseInspector.Default"/>.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    public ResponseMonitor(ResponseExpectations expectations, ResponseInspector? inspector = null, ResponseMonitorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(expectations);
        _expectations = expectations;
        _inspector = inspector ?? ResponseInspector.Default;
        options ??= new ResponseMonitorOptions();
        HoldBack = Math.Clamp(options.HoldBack ?? ComputeHoldBack(expectations), 1, ResponseMonitorOptions.MaxHoldBack);
        _maxPendingLink = Math.Max(0, options.MaxPendingLinkLength);
        _echoDone = expectations.EchoCanary is null;
    }

    /// <summary>Gets how many characters are held back at most.</summary>
    public int HoldBack { get; }

    /// <summary>Gets the findings so far, in the order they were found.</summary>
    public IReadOnlyList<ResponseFinding> Findings => _findings;

    /// <summary>Adds a chunk of the answer and returns the text that can be released now (possibly empty).</summary>
    /// <param name="chunk">The next chunk.</param>
    /// <returns>The releasable text, redacted.</returns>
    /// <exception cref="InvalidOperationException"><see cref="Complete"/> was already called.</exception>
    public string Push(string chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        if (_completed)
        {
            throw new InvalidOperationException("The answer is complete.");
        }

        _window.Append(chunk);
        return Release(final: false);
    }

    /// <summary>Ends the answer and returns the rest of it, redacted.</summary>
    /// <returns>The remaining text.</returns>
    public string Complete()
    {
        if (_completed)
        {
            return string.Empty;
        }

        _completed = true;
        return Release(final: true);
    }

    /// <summary>Monitors a stream of chunks: yields the releasable text of each chunk (skipping empty releases), then the rest.</summary>
    /// <param name="chunks">The model's streamed answer.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The safe stream.</returns>
    public async IAsyncEnumerable<string> MonitorAsync(IAsyncEnumerable<string> chunks, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        await foreach (string chunk in chunks.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            string safe = Push(chunk);
            if (safe.Length > 0)
            {
                yield return safe;
            }
        }

        string rest = Complete();
        if (rest.Length > 0)
        {
            yield return rest;
        }
    }

    private static int ComputeHoldBack(ResponseExpectations expectations)
    {
        int longest = 0;
        foreach (ProtectedSecret secret in expectations.Secrets)
        {
            longest = Math.Max(longest, secret.Value.Length);
        }

        foreach (string canary in expectations.LeakCanaries)
        {
            longest = Math.Max(longest, canary.Length);
        }

        return Math.Max(256, (4 * longest) + 16);
    }

    private string Release(bool final)
    {
        if (!_echoDone)
        {
            string echo = _expectations.EchoCanary!;
            if (!final && _window.Length < echo.Length + 64 && _window.ToString().IndexOf(echo, StringComparison.OrdinalIgnoreCase) < 0)
            {
                return string.Empty;
            }

            (string text, ResponseFinding? missing) = _inspector.StripEcho(_window.ToString(), echo);
            _window.Clear().Append(text);
            if (missing is not null)
            {
                _findings.Add(missing);
            }

            _echoDone = true;
        }

        string window = _window.ToString();
        List<ResponseFinding> found = _inspector.Find(window, _expectations);
        found.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));

        int end = final ? window.Length : Math.Max(_released, window.Length - HoldBack);
        if (!final)
        {
            // Never cut through a finding: release it whole (redacted) once found.
            foreach (ResponseFinding f in found)
            {
                if (f.Start < end && f.End > end)
                {
                    end = f.End;
                }
            }

            end = HoldUnclosedLink(window, end);
            if (end > 0 && end < window.Length && char.IsHighSurrogate(window[end - 1]))
            {
                end--;
            }

            end = Math.Max(end, _released);
        }

        var absolute = new List<ResponseFinding>(found.Count);
        foreach (ResponseFinding f in found)
        {
            ResponseFinding shifted = f with { Start = f.Start + _offset };
            absolute.Add(shifted);
            if (f.End > _released && !_marked.Contains((f.Kind, shifted.Start)) && f.Start < end)
            {
                _findings.Add(shifted);
            }
        }

        string output = ResponseInspector.Redact(window, absolute, _released, end, _marked, _offset);

        // Keep HoldBack characters of released text as context for matches that straddle the release point.
        int cut = Math.Max(0, end - HoldBack);
        if (cut > 0 && char.IsLowSurrogate(window[cut]))
        {
            cut--;
        }

        _window.Remove(0, cut);
        _offset += cut;
        _released = end - cut;
        return output;
    }

    private int HoldUnclosedLink(string window, int end)
    {
        int from = Math.Max(_released, end - _maxPendingLink);
        int open = window.LastIndexOf('[', Math.Max(0, end - 1), Math.Max(0, end - from));
        if (open < 0 || open < _released || window.Length - open > _maxPendingLink)
        {
            return end;
        }

        // An unclosed "[text](url" or "[text]" at the release point: hold it back until it closes.
        int close = window.IndexOf(')', open);
        bool closed = close >= 0 || (window.IndexOf(']', open) is int bracket && bracket >= 0 && bracket + 1 < window.Length && window[bracket + 1] != '(' && window[bracket + 1] != ':');
        if (closed)
        {
            return end;
        }

        int start = open > 0 && window[open - 1] == '!' ? open - 1 : open;
        return Math.Max(_released, start);
    }
}
