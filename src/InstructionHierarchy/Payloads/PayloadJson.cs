using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InstructionHierarchy.Payloads;

/// <summary>Shared helpers of the payload writers.</summary>
internal static class PayloadJson
{
    public static Utf8JsonWriter CreateWriter(Stream stream, bool indented) =>
        new(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static void Validate(Utf8JsonWriter writer, AssembledPrompt prompt)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(prompt);
        prompt.ThrowIfBlocked();
    }

    public static string RequireCallId(PromptSegment segment, int index, string format) =>
        segment.Provenance.ToolCallId ?? throw new InvalidOperationException(
            $"Segment {index} is a tool result without a tool call id; {format} needs one to match it with the call.");

    public static void WriteAdditional(Utf8JsonWriter writer, ChatPayloadOptions? options, ReadOnlySpan<string> written)
    {
        if (options is null)
        {
            return;
        }

        foreach (KeyValuePair<string, JsonNode?> field in options.AdditionalProperties)
        {
            if (written.Contains(field.Key))
            {
                continue;
            }

            writer.WritePropertyName(field.Key);
            if (field.Value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                field.Value.WriteTo(writer);
            }
        }
    }

    /// <summary>Writes tool-call arguments (JSON text produced by a model) as a JSON object, for formats that want one.</summary>
    public static void WriteArgumentsObject(Utf8JsonWriter writer, ToolCall call)
    {
        if (string.IsNullOrWhiteSpace(call.ArgumentsJson))
        {
            writer.WriteStartObject();
            writer.WriteEndObject();
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(call.ArgumentsJson);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidOperationException($"The arguments of tool call '{call.Id}' are not a JSON object.");
            }

            document.RootElement.WriteTo(writer);
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"The arguments of tool call '{call.Id}' are not valid JSON: {e.Message}", e);
        }
    }
}
