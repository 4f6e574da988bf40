namespace OpenAICompatibleProxy;

/// <summary>A request the <see cref="StubUpstream"/> received.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="PathAndQuery">The path and query string.</param>
/// <param name="ContentType">The content type, if any.</param>
/// <param name="Body">The body as text.</param>
/// <param name="Headers">The headers (multiple values joined by commas).</param>
public sealed record RecordedRequest(string Method, string PathAndQuery, string? ContentType, string Body, IReadOnlyDictionary<string, string> Headers);
