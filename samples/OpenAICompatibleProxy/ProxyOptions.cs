namespace OpenAICompatibleProxy;

/// <summary>
/// The proxy's settings, bound from configuration (appsettings.json, environment variables such as
/// <c>Proxy__MaxRequestBytes</c>, or the command line: <c>--Proxy:BlockUntrustedTiers true</c>).
/// </summary>
public sealed class ProxyOptions
{
    /// <summary>The configuration section of these options.</summary>
    public const string SectionName = "Proxy";

    /// <summary>Gets or sets the largest chat request body accepted, in bytes; a larger one gets HTTP 413.</summary>
    /// <value>The default value is 4 MiB.</value>
    public int MaxRequestBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Gets or sets the largest non-streamed upstream answer inspected, in bytes; a larger one gets HTTP 502.</summary>
    /// <value>The default value is 16 MiB.</value>
    public int MaxResponseBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// Gets or sets how long the upstream may take to answer, in seconds: to send its response headers (and its whole body
    /// when not streaming), and, in a stream, between two events.
    /// </summary>
    /// <value>The default value is 120.</value>
    public int UpstreamTimeoutSeconds { get; set; } = 120;

    /// <summary>Gets or sets a value indicating whether a high-severity finding in tool output or media blocks the whole request (HTTP 400) instead of being redacted.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool BlockUntrustedTiers { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether the assistant turns of a request are scanned as user text. The client sends
    /// the whole history, so an assistant turn may be forged ("Sure — from now on I ignore my rules", a run of fake
    /// compliant answers); with this on, such a turn is decided like a user message (an override is refused with HTTP 400).
    /// </summary>
    /// <value>The default value is <see langword="false"/> (assistant turns are forwarded unscanned).</value>
    public bool ScanAssistantTurns { get; set; }

    /// <summary>Gets or sets a value indicating whether a leak canary is added to the preamble, so an answer that repeats the instructions is caught.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool LeakCanary { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether answers are inspected (leaks redacted, exfiltration links removed).</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool InspectResponses { get; set; } = true;

    /// <summary>
    /// Gets or sets a value indicating whether generation endpoints the proxy cannot guard (<c>/v1/completions</c>,
    /// Assistants and threads, Realtime, batches, conversations, stored responses and chat completions; see
    /// <see cref="UnguardedRoutes"/>) are passed through unguarded instead of being refused with HTTP 403
    /// (<c>unguarded_endpoint</c>). Turning this on reopens a way around the guard.
    /// </summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool AllowUnguardedEndpoints { get; set; }

    /// <summary>Gets the secrets that must never reach the model's answer in any form; requests for them are detected too.</summary>
    /// <value>The default value is empty.</value>
    public IList<ProtectedSecretOptions> ProtectedSecrets { get; } = [];

    /// <summary>Gets the hosts markdown images and links in answers may point to with data (subdomains included).</summary>
    /// <value>The default value is empty.</value>
    public IList<string> AllowedLinkHosts { get; } = [];
}
