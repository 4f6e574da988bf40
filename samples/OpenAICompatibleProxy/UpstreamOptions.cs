namespace OpenAICompatibleProxy;

/// <summary>Where the proxy forwards requests: <c>Upstream:BaseUrl</c> (and optionally <c>Upstream:ApiKey</c>).</summary>
public sealed class UpstreamOptions
{
    /// <summary>The configuration section of these options.</summary>
    public const string SectionName = "Upstream";

    /// <summary>
    /// Gets or sets the upstream's OpenAI base URL, ending in the version segment like an SDK's base URL:
    /// <c>https://api.openai.com/v1</c>, <c>http://127.0.0.1:11434/v1</c>. A request to <c>/v1/X</c> goes to <c>BaseUrl/X</c>.
    /// </summary>
    /// <value>The default value is <see langword="null"/> (required).</value>
    public Uri? BaseUrl { get; set; }

    /// <summary>
    /// Gets or sets an API key the proxy sends instead of the client's <c>Authorization</c> header, so clients can hold a
    /// placeholder key; <see langword="null"/> forwards the client's header as it is.
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? ApiKey { get; set; }
}
