using System.Text;

namespace InstructionHierarchy.Sanitization;

/// <summary>
/// What <see cref="SpotlightingTransform"/> did to one request: the random boundary, the markers that open and close every
/// block, the datamark, the mode used for each tier and which segments were spotlighted. The hierarchy preamble describes
/// it to the model; read it from an assembled prompt with <see cref="From(AssembledPrompt)"/>.
/// </summary>
public sealed class SpotlightingResult
{
    /// <summary>The key under which the result is stored in <see cref="PromptTransformContext.Properties"/> and <see cref="AssembledPrompt.Properties"/>.</summary>
    public const string PropertyKey = "InstructionHierarchy.Spotlighting";

    /// <summary>What replaces a copy of the boundary found inside untrusted content.</summary>
    public const string EscapedBoundary = "[boundary removed]";

    private readonly SpotlightingMode[] _modes = new SpotlightingMode[4];
    private readonly List<int> _segments = [];

    internal SpotlightingResult(string boundary, string datamarkMarker)
    {
        Boundary = boundary;
        OpenMarker = $"<<<DATA {boundary}>>>";
        CloseMarker = $"<<<END DATA {boundary}>>>";
        DatamarkMarker = datamarkMarker;
    }

    /// <summary>Gets the random boundary of this request: 16 Crockford base32 characters in four hyphenated groups (80 random bits).</summary>
    public string Boundary { get; }

    /// <summary>Gets the line that opens every block: <c>&lt;&lt;&lt;DATA {boundary}&gt;&gt;&gt;</c>.</summary>
    public string OpenMarker { get; }

    /// <summary>Gets the line that closes every block: <c>&lt;&lt;&lt;END DATA {boundary}&gt;&gt;&gt;</c>.</summary>
    public string CloseMarker { get; }

    /// <summary>Gets the marker that replaced whitespace in <see cref="SpotlightingMode.Datamark"/> blocks.</summary>
    public string DatamarkMarker { get; }

    /// <summary>Gets the indices of the segments that are spotlighted.</summary>
    public IReadOnlyList<int> SegmentIndices => _segments;

    /// <summary>Gets the modes used in this request, each once, in the order <see cref="SpotlightingMode.Delimit"/>, <see cref="SpotlightingMode.Datamark"/>, <see cref="SpotlightingMode.Encode"/>.</summary>
    public IReadOnlyList<SpotlightingMode> ModesInUse
    {
        get
        {
            var modes = new List<SpotlightingMode>(3);
            foreach (SpotlightingMode mode in (ReadOnlySpan<SpotlightingMode>)[SpotlightingMode.Delimit, SpotlightingMode.Datamark, SpotlightingMode.Encode])
            {
                if (Array.IndexOf(_modes, mode) >= 0)
                {
                    modes.Add(mode);
                }
            }

            return modes;
        }
    }

    /// <summary>Gets the result recorded in an assembled prompt.</summary>
    /// <param name="prompt">The prompt.</param>
    /// <returns>The result, or <see langword="null"/> when nothing was spotlighted.</returns>
    public static SpotlightingResult? From(AssembledPrompt prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        return prompt.Properties.TryGetValue(PropertyKey, out object? value) ? value as SpotlightingResult : null;
    }

    /// <summary>Gets the result recorded so far by a transform that ran earlier on the same request.</summary>
    /// <param name="context">The transform context.</param>
    /// <returns>The result, or <see langword="null"/> when nothing was spotlighted.</returns>
    public static SpotlightingResult? From(PromptTransformContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Properties.TryGetValue(PropertyKey, out object? value) ? value as SpotlightingResult : null;
    }

    /// <summary>Gets the mode used for the segments of a tier in this request.</summary>
    /// <param name="tier">The tier.</param>
    /// <returns>The mode, or <see cref="SpotlightingMode.None"/> when no segment of that tier was spotlighted.</returns>
    public SpotlightingMode ModeFor(PriorityTier tier) => (uint)tier < (uint)_modes.Length ? _modes[(int)tier] : SpotlightingMode.None;

    /// <summary>
    /// Gets a value indicating whether a text is exactly one block of this request: the open marker, a line break, content
    /// that holds no copy of the boundary, a line break, the close marker. Such text is not spotlighted again.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> for a complete block of this request.</returns>
    public bool IsBlock(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int head = OpenMarker.Length + 1;
        int tail = CloseMarker.Length + 1;
        if (text.Length < head + tail
            || !text.AsSpan().StartsWith(OpenMarker, StringComparison.Ordinal) || text[OpenMarker.Length] != '\n'
            || !text.AsSpan().EndsWith(CloseMarker, StringComparison.Ordinal) || text[^tail] != '\n')
        {
            return false;
        }

        return text.AsSpan(head, text.Length - head - tail).IndexOf(Boundary, StringComparison.OrdinalIgnoreCase) < 0;
    }

    /// <summary>Spotlights one text with a mode: escapes any copy of the boundary, applies the mode and encloses the result in a block.</summary>
    /// <param name="text">The untrusted text.</param>
    /// <param name="mode">The mode (<see cref="SpotlightingMode.None"/> returns the text unchanged).</param>
    /// <returns>The block.</returns>
    public string Spotlight(string text, SpotlightingMode mode)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (mode == SpotlightingMode.None)
        {
            return text;
        }

        string body = mode switch
        {
            SpotlightingMode.Encode => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)),
            SpotlightingMode.Datamark => Datamark(EscapeBoundary(text), DatamarkMarker),
            _ => EscapeBoundary(text),
        };
        return string.Concat(OpenMarker, "\n", body, "\n", CloseMarker);
    }

    internal void Record(int segmentIndex, PriorityTier tier, SpotlightingMode mode)
    {
        _segments.Add(segmentIndex);
        _modes[(int)tier] = mode;
    }

    private string EscapeBoundary(string text)
    {
        int at = text.IndexOf(Boundary, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        int position = 0;
        while (at >= 0)
        {
            builder.Append(text, position, at - position).Append(EscapedBoundary);
            position = at + Boundary.Length;
            at = text.IndexOf(Boundary, position, StringComparison.OrdinalIgnoreCase);
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    private static string Datamark(string text, string marker)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            if (c is not '\n' and not '\r' && char.IsWhiteSpace(c))
            {
                builder.Append(marker);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
