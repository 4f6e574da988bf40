namespace InstructionHierarchy.Sanitization;

/// <summary>Options of the <see cref="SpotlightingTransform"/>: the mode for each untrusted tier and the datamark.</summary>
public sealed class SpotlightingOptions
{
    /// <summary>The default <see cref="DatamarkMarker"/>: U+02C6 MODIFIER LETTER CIRCUMFLEX ACCENT, a character rare in prose that tokenizers keep.</summary>
    public const string DefaultDatamarkMarker = "\u02C6";

    private string _datamarkMarker = DefaultDatamarkMarker;

    /// <summary>Gets or sets how <see cref="PriorityTier.ToolOutput"/> segments are marked.</summary>
    /// <value>The default value is <see cref="SpotlightingMode.Delimit"/>.</value>
    public SpotlightingMode ToolOutput { get; set; } = SpotlightingMode.Delimit;

    /// <summary>Gets or sets how <see cref="PriorityTier.EmbeddedMedia"/> segments are marked.</summary>
    /// <value>The default value is <see cref="SpotlightingMode.Delimit"/>.</value>
    public SpotlightingMode EmbeddedMedia { get; set; } = SpotlightingMode.Delimit;

    /// <summary>Gets or sets the marker that replaces whitespace in <see cref="SpotlightingMode.Datamark"/> mode: 1 to 8 characters, no whitespace.</summary>
    /// <value>The default value is <see cref="DefaultDatamarkMarker"/> (<c>ˆ</c>).</value>
    /// <exception cref="ArgumentException">The marker is empty, longer than 8 characters or contains whitespace.</exception>
    public string DatamarkMarker
    {
        get => _datamarkMarker;
        set
        {
            ArgumentException.ThrowIfNullOrEmpty(value);
            if (value.Length > 8 || HasWhiteSpace(value))
            {
                throw new ArgumentException("The datamark must be 1 to 8 characters without whitespace.", nameof(value));
            }

            _datamarkMarker = value;
        }
    }

    private static bool HasWhiteSpace(string value)
    {
        foreach (char c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the mode for a tier (<see cref="SpotlightingMode.None"/> for <see cref="PriorityTier.User"/> and <see cref="PriorityTier.System"/>, which are never spotlighted).</summary>
    /// <param name="tier">The tier.</param>
    /// <returns>The mode.</returns>
    public SpotlightingMode ModeFor(PriorityTier tier) => tier switch
    {
        PriorityTier.ToolOutput => ToolOutput,
        PriorityTier.EmbeddedMedia => EmbeddedMedia,
        _ => SpotlightingMode.None,
    };
}
