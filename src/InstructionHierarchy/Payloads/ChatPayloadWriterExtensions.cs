using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace InstructionHierarchy.Payloads;

/// <summary>Convenience methods over <see cref="IChatPayloadWriter"/>.</summary>
public static class ChatPayloadWriterExtensions
{
    /// <summary>Writes the request body to a string (non-ASCII text kept readable; not meant for embedding in HTML).</summary>
    /// <param name="payloadWriter">The payload writer.</param>
    /// <param name="prompt">The assembled prompt.</param>
    /// <param name="options">The options; <see cref="ChatPayloadOptions.Indented"/> sets the layout.</param>
    /// <returns>The JSON text.</returns>
    public static string WriteToString(this IChatPayloadWriter payloadWriter, AssembledPrompt prompt, ChatPayloadOptions? options = null) =>
        Encoding.UTF8.GetString(payloadWriter.WriteToUtf8Bytes(prompt, options));

    /// <summary>Writes the request body as UTF-8 bytes, ready for an HTTP request.</summary>
    /// <param name="payloadWriter">The payload writer.</param>
    /// <param name="prompt">The assembled prompt.</param>
    /// <param name="options">The options.</param>
    /// <returns>The UTF-8 JSON.</returns>
    public static byte[] WriteToUtf8Bytes(this IChatPayloadWriter payloadWriter, AssembledPrompt prompt, ChatPayloadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(payloadWriter);
        using var stream = new MemoryStream();
        using (Utf8JsonWriter writer = PayloadJson.CreateWriter(stream, options?.Indented ?? false))
        {
            payloadWriter.Write(writer, prompt, options);
        }

        return stream.ToArray();
    }
}
