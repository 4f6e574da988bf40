using System.Text.Json;

namespace OpenAICompatibleProxy;

/// <summary>Writes errors in the OpenAI shape, <c>{"error": {"message", "type", "param", "code"}}</c>, which every OpenAI SDK surfaces.</summary>
public static class OpenAIError
{
    /// <summary>The <c>type</c> of a request the instruction hierarchy blocked.</summary>
    public const string ViolationType = "instruction_hierarchy_violation";

    /// <summary>The <c>type</c> of a request that could not be read.</summary>
    public const string InvalidRequestType = "invalid_request_error";

    /// <summary>The <c>type</c> of an upstream that failed, timed out or answered something the proxy could not inspect.</summary>
    public const string UpstreamType = "upstream_error";

    /// <summary>Writes an error response.</summary>
    /// <param name="response">The response, not started.</param>
    /// <param name="status">The HTTP status.</param>
    /// <param name="message">The human-readable message.</param>
    /// <param name="type">The error type.</param>
    /// <param name="code">The machine-readable code, if any.</param>
    /// <param name="param">The offending parameter (a JSON path), if any.</param>
    /// <returns>A task that completes when the body is written.</returns>
    public static async Task WriteAsync(HttpResponse response, int status, string message, string type, string? code = null, string? param = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode = status;
        response.ContentType = "application/json";
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("error");
            writer.WriteString("message", message);
            writer.WriteString("type", type);
            WriteNullable(writer, "param", param);
            WriteNullable(writer, "code", code);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        response.ContentLength = buffer.Length;
        await response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), response.HttpContext.RequestAborted).ConfigureAwait(false);
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
