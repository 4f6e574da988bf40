namespace InstructionHierarchy.Sanitization;

/// <summary>
/// Spotlights untrusted content (Hines et al. 2024): every <see cref="PriorityTier.ToolOutput"/> and
/// <see cref="PriorityTier.EmbeddedMedia"/> segment is enclosed in a block whose markers carry a boundary drawn at random
/// for this request, and optionally datamarked or base64-encoded inside it (<see cref="SpotlightingOptions"/>).
/// </summary>
/// <remarks>
/// <para><b>Unforgeable.</b> The boundary has 80 random bits from a cryptographic source (or from
/// <see cref="HierarchyContext.RandomSeed"/> in tests); a copy of it inside the content is replaced by
/// <see cref="SpotlightingResult.EscapedBoundary"/>, so the content cannot close its block early. Base64 never contains the
/// boundary's hyphens.</para>
/// <para><b>Idempotent for a given boundary.</b> A segment that already is exactly one block of this request's boundary is
/// left as it is, so spotlighting twice with the same seed equals spotlighting once. With cryptographic boundaries two
/// runs use different boundaries, and a second run encloses the first block in a new one; that is safe (the inner block
/// is data inside data) and intended: recognising a block by its shape alone would let content forge one.</para>
/// <para>The result (boundary, markers, modes) is recorded as a <see cref="SpotlightingResult"/> for the hierarchy preamble,
/// which must describe it to the model: add <c>AddHierarchyPreamble()</c> too. System and user segments are never changed.</para>
/// </remarks>
public sealed class SpotlightingTransform : IPromptTransform
{
    private const string Crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private readonly SpotlightingMode _toolOutput;
    private readonly SpotlightingMode _embeddedMedia;
    private readonly string _datamarkMarker;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="options">The options; <see langword="null"/> for the defaults (delimit tool output and media).</param>
    /// <exception cref="ArgumentOutOfRangeException">A mode is not defined.</exception>
    public SpotlightingTransform(SpotlightingOptions? options = null)
    {
        options ??= new SpotlightingOptions();
        _toolOutput = Validate(options.ToolOutput);
        _embeddedMedia = Validate(options.EmbeddedMedia);
        _datamarkMarker = options.DatamarkMarker;
    }

    /// <inheritdoc />
    public void Transform(PromptTransformContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        SpotlightingResult? result = SpotlightingResult.From(context);
        for (int i = 0; i < context.Segments.Count; i++)
        {
            PromptSegment segment = context.Segments[i];
            SpotlightingMode mode = segment.Tier switch
            {
                PriorityTier.ToolOutput => _toolOutput,
                PriorityTier.EmbeddedMedia => _embeddedMedia,
                _ => SpotlightingMode.None,
            };
            if (mode == SpotlightingMode.None)
            {
                continue;
            }

            if (result is null)
            {
                result = new SpotlightingResult(NewBoundary(context), _datamarkMarker);
                context.Properties[SpotlightingResult.PropertyKey] = result;
            }

            if (!result.IsBlock(segment.Text))
            {
                context.SetText(i, result.Spotlight(segment.Text, mode));
            }

            result.Record(i, segment.Tier!.Value, mode);
        }
    }

    private static string NewBoundary(PromptTransformContext context)
    {
        Span<byte> random = stackalloc byte[10];
        context.GetRandomBytes(random);
        Span<char> chars = stackalloc char[19];
        int n = 0;
        ulong bits = 0;
        int available = 0;
        int produced = 0;
        foreach (byte b in random)
        {
            bits = (bits << 8) | b;
            available += 8;
            while (available >= 5)
            {
                available -= 5;
                if (produced > 0 && produced % 4 == 0)
                {
                    chars[n++] = '-';
                }

                chars[n++] = Crockford[(int)((bits >> available) & 31)];
                produced++;
            }
        }

        return new string(chars[..n]);
    }

    private static SpotlightingMode Validate(SpotlightingMode mode) =>
        Enum.IsDefined(mode) ? mode : throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown spotlighting mode.");
}
