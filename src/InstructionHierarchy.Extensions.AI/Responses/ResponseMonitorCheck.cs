using InstructionHierarchy.Responses;

namespace InstructionHierarchy.Extensions.AI.Responses;

/// <summary>
/// The built-in response check: the expectations of the request (<see cref="ResponseExpectations.FromPrompt"/>: the
/// system text, the canaries of the preamble, the pipeline's and the request's secrets) checked with a
/// <see cref="ResponseInspector"/> for complete answers and a <see cref="ResponseMonitor"/> for streams. It catches
/// protected secrets (as is, respelled, reversed, base64 or hex), system-prompt passages, canaries and markdown images
/// or links that carry data to hosts outside the allow-list, also when a stream splits them across chunks.
/// </summary>
internal sealed class ResponseMonitorCheck : IResponseCheck
{
    private readonly ResponseInspector _inspector;
    private readonly ResponseMonitorOptions? _monitorOptions;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="inspector">The inspector; <see langword="null"/> for <see cref="ResponseInspector.Default"/>.</param>
    /// <param name="monitorOptions">The stream monitor's options (hold-back); <see langword="null"/> for the defaults.</param>
    public ResponseMonitorCheck(ResponseInspector? inspector = null, ResponseMonitorOptions? monitorOptions = null)
    {
        _inspector = inspector ?? ResponseInspector.Default;
        _monitorOptions = monitorOptions;
    }

    /// <summary>Gets a check with the default inspector and monitor options.</summary>
    public static ResponseMonitorCheck Default { get; } = new();

    public IResponseCheckSession Begin(AssembledPrompt prompt, IReadOnlyList<ProtectedSecret> secrets)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(secrets);
        ResponseExpectations expectations = ResponseExpectations.FromPrompt(prompt, context: new HierarchyContext { ProtectedSecrets = secrets });
        return new Session(expectations, _inspector, _monitorOptions);
    }

    private sealed class Session(ResponseExpectations expectations, ResponseInspector inspector, ResponseMonitorOptions? monitorOptions) : IResponseCheckSession
    {
        private readonly List<ResponseFinding> _findings = [];
        private ResponseExpectations _expectations = expectations;
        private ResponseMonitor? _monitor;

        public IReadOnlyList<ResponseFinding> Findings => _findings;

        public string Append(string text)
        {
            ArgumentNullException.ThrowIfNull(text);
            if (text.Length == 0)
            {
                return string.Empty;
            }

            _monitor ??= new ResponseMonitor(_expectations, inspector, monitorOptions);
            int before = _monitor.Findings.Count;
            string released = _monitor.Push(text);
            Collect(_monitor, before);
            return released;
        }

        public string Flush()
        {
            if (_monitor is not { } monitor)
            {
                return string.Empty;
            }

            int before = monitor.Findings.Count;
            string rest = monitor.Complete();
            Collect(monitor, before);
            _monitor = null;
            OnlyTheFirstMessageEchoes();
            return rest;
        }

        public string Inspect(string text)
        {
            ArgumentNullException.ThrowIfNull(text);
            ResponseInspection inspection = inspector.Inspect(text, _expectations);
            _findings.AddRange(inspection.Findings);
            OnlyTheFirstMessageEchoes();
            return inspection.RedactedText == text ? text : inspection.RedactedText;
        }

        private void Collect(ResponseMonitor monitor, int from)
        {
            for (int i = from; i < monitor.Findings.Count; i++)
            {
                _findings.Add(monitor.Findings[i]);
            }
        }

        /// <summary>The must-echo canary opens the answer, not every text after a function call.</summary>
        private void OnlyTheFirstMessageEchoes()
        {
            if (_expectations.EchoCanary is not null)
            {
                _expectations = new ResponseExpectations
                {
                    SystemTexts = _expectations.SystemTexts,
                    Secrets = _expectations.Secrets,
                    LeakCanaries = _expectations.LeakCanaries,
                };
            }
        }
    }
}
