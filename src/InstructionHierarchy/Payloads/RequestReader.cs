using System.Text.Json;
using System.Text.Json.Nodes;

namespace InstructionHierarchy.Payloads;

/// <summary>Shared state and checks of the request readers: the segments found, where they live, what was kept unread.</summary>
internal abstract class RequestReader
{
    private readonly string _markerProperty;

    protected RequestReader(string markerProperty) => _markerProperty = markerProperty;

    public List<PromptSegment> Segments { get; } = [];

    /// <summary>Gets the name of the media-marker field (see <see cref="ChatRequestReadOptions.MediaMarkerProperty"/>).</summary>
    protected string MarkerProperty => _markerProperty;

    public List<SegmentLocation> Locations { get; } = [];

    public List<string> Unscanned { get; } = [];

    /// <summary>The media markers to remove on write: (message, part) with part -1 for a message-level marker.</summary>
    public List<(int Message, int Part)> Markers { get; } = [];

    public abstract void Read(JsonObject root);

    protected void Add(PromptSegment segment, SegmentLocation location)
    {
        Segments.Add(segment);
        Locations.Add(location);
    }

    protected static JsonObject RequireObject(JsonNode? node, string path) =>
        node as JsonObject ?? throw Shape($"{path} must be an object, not {KindOf(node)}.", path);

    protected static JsonArray RequireArray(JsonNode? node, string path) =>
        node as JsonArray ?? throw Shape($"{path} must be an array, not {KindOf(node)}.", path);

    protected static string RequireString(JsonNode? node, string path) =>
        OptionalString(node, path) ?? throw Shape($"{path} must be a string, not {KindOf(node)}.", path);

    protected static string? OptionalString(JsonNode? node, string path)
    {
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() != JsonValueKind.String)
        {
            throw Shape($"{path} must be a string, not {KindOf(node)}.", path);
        }

        try
        {
            return node.GetValue<string>();
        }
        catch (InvalidOperationException e)
        {
            throw new ChatPayloadFormatException($"{path} holds invalid UTF-16 (a lone surrogate escape): {e.Message}", path, innerException: e);
        }
    }

    protected static ChatPayloadFormatException Shape(string message, string path) => new(message, path);

    protected static string KindOf(JsonNode? node) => node is null ? "null" : node.GetValueKind() switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    /// <summary>Reads a media marker on a message (<paramref name="part"/> = -1) or a part; <see langword="null"/> when absent.</summary>
    protected SegmentProvenance? ReadMediaMarker(JsonObject owner, int message, int part, string path)
    {
        if (!owner.TryGetPropertyValue(_markerProperty, out JsonNode? marker))
        {
            return null;
        }

        string markerPath = $"{path}.{_markerProperty}";
        Markers.Add((message, part));
        switch (marker?.GetValueKind())
        {
            case JsonValueKind.True:
                return new SegmentProvenance { MediaKind = MediaKind.Unknown };
            case JsonValueKind.String:
                return new SegmentProvenance { MediaKind = ParseKind(RequireString(marker, markerPath), markerPath) };
            case JsonValueKind.Object:
                var obj = (JsonObject)marker!;
                string? kind = OptionalString(obj["kind"], markerPath + ".kind");
                string? uri = OptionalString(obj["uri"], markerPath + ".uri");
                Uri? sourceUri = null;
                if (uri is not null && !Uri.TryCreate(uri, UriKind.Absolute, out sourceUri))
                {
                    throw Shape($"{markerPath}.uri is not an absolute URI.", markerPath + ".uri");
                }

                return new SegmentProvenance
                {
                    MediaKind = kind is null ? MediaKind.Unknown : ParseKind(kind, markerPath + ".kind"),
                    SourceName = OptionalString(obj["source"], markerPath + ".source"),
                    SourceUri = sourceUri,
                };
            default:
                throw Shape($"{markerPath} must be true, a media kind or an object, not {KindOf(marker)}.", markerPath);
        }
    }

    protected static PromptSegment MediaSegment(string text, SegmentProvenance media) =>
        PromptSegment.Media(media.MediaKind ?? MediaKind.Unknown, text, media.SourceName, media.SourceUri);

    private static MediaKind ParseKind(string kind, string path) => kind.ToLowerInvariant() switch
    {
        "image" => MediaKind.Image,
        "audio" => MediaKind.Audio,
        "video" => MediaKind.Video,
        "document" or "pdf" => MediaKind.Document,
        "unknown" or "media" => MediaKind.Unknown,
        _ => throw Shape($"{path}: unknown media kind '{kind}' (image, audio, video, document).", path),
    };
}
