using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenAICompatibleProxy;

/// <summary>
/// Finds the model's text in OpenAI Responses output items (<c>output[]</c> of a response, the <c>item</c> of
/// <c>response.output_item.*</c> events): the <c>text</c> of every <c>output_text</c> part of a <c>message</c> item.
/// </summary>
internal static class ResponsesOutput
{
    /// <summary>What replaces text that cannot be decoded (a lone surrogate escape), so it cannot be inspected.</summary>
    public const string Undecodable = "[redacted: undecodable text]";

    /// <summary>Redacts the text of every output item; returns whether anything changed.</summary>
    /// <param name="output">The <c>output</c> array.</param>
    /// <param name="redact">Given the item's id, its output index, the part's index and the text, returns the text to use, or <see langword="null"/> to keep it.</param>
    /// <returns>Whether anything changed.</returns>
    public static bool Redact(JsonArray output, Func<string?, int, int, string, string?> redact)
    {
        bool changed = false;
        for (int o = 0; o < output.Count; o++)
        {
            if (output[o] is JsonObject item)
            {
                changed |= RedactItem(item, o, redact);
            }
        }

        return changed;
    }

    /// <summary>Redacts the text of one output item; returns whether anything changed.</summary>
    /// <param name="item">The item.</param>
    /// <param name="outputIndex">Its index in <c>output</c>.</param>
    /// <param name="redact">See <see cref="Redact(JsonArray, Func{string?, int, int, string, string?})"/>.</param>
    /// <returns>Whether anything changed.</returns>
    public static bool RedactItem(JsonObject item, int outputIndex, Func<string?, int, int, string, string?> redact)
    {
        if (StringOf(item["type"]) != "message" || item["content"] is not JsonArray parts)
        {
            return false;
        }

        string? id = StringOf(item["id"]);
        bool changed = false;
        for (int p = 0; p < parts.Count; p++)
        {
            if (parts[p] is JsonObject part && RedactPart(part, id, outputIndex, p, redact))
            {
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>Redacts one <c>output_text</c> part; returns whether it changed. The part's <c>logprobs</c> are emptied when it did: their tokens would spell the redacted text.</summary>
    /// <param name="part">The part.</param>
    /// <param name="itemId">The id of its item, if known.</param>
    /// <param name="outputIndex">The index of its item in <c>output</c>.</param>
    /// <param name="contentIndex">Its index in the item's <c>content</c>.</param>
    /// <param name="redact">See <see cref="Redact(JsonArray, Func{string?, int, int, string, string?})"/>.</param>
    /// <returns>Whether it changed.</returns>
    public static bool RedactPart(JsonObject part, string? itemId, int outputIndex, int contentIndex, Func<string?, int, int, string, string?> redact)
    {
        if (StringOf(part["type"]) != "output_text" || part["text"] is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            return false;
        }

        // Text with a lone surrogate escape cannot be inspected: it is replaced rather than passed on (fail closed).
        string? redacted = StringOf(value) is { } text ? redact(itemId, outputIndex, contentIndex, text) is { } r && r != text ? r : null : Undecodable;
        if (redacted is null)
        {
            return false;
        }

        part["text"] = redacted;
        if (part.ContainsKey("logprobs"))
        {
            part["logprobs"] = new JsonArray();
        }

        return true;
    }

    /// <summary>Returns a JSON string's value, or <see langword="null"/> for anything else.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The string, or <see langword="null"/>.</returns>
    public static string? StringOf(JsonNode? node)
    {
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return value.GetValue<string>();
        }
        catch (InvalidOperationException)
        {
            return null; // a lone surrogate escape: not text the inspector can read
        }
    }

    /// <summary>Returns a JSON integer's value, or <paramref name="fallback"/>.</summary>
    /// <param name="node">The node.</param>
    /// <param name="fallback">The value when the node is not an integer.</param>
    /// <returns>The integer.</returns>
    public static int IntOf(JsonNode? node, int fallback) => node is JsonValue value && value.TryGetValue(out int n) ? n : fallback;
}
