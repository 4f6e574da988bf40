namespace InstructionHierarchy;

/// <summary>
/// One message of a conversation, immutable: its chat <see cref="Role"/>, its trust <see cref="Tier"/>,
/// its <see cref="Text"/> and where the text came from (<see cref="Provenance"/>).
/// </summary>
/// <remarks>
/// Create segments with the factory methods, which read as the tier they produce:
/// <code>
/// PromptSegment.System("You are a billing assistant.");
/// PromptSegment.User("Summarise my latest invoice.");
/// PromptSegment.ToolOutput("get_invoice", invoiceText, toolCallId: "call_1");
/// PromptSegment.Media(MediaKind.Document, resumeText, sourceName: "resume.pdf");
/// </code>
/// A segment never claims more trust than its role allows: a <see cref="PromptRole.Tool"/> message is always
/// <see cref="PriorityTier.ToolOutput"/>, a <see cref="PromptRole.User"/> message is <see cref="PriorityTier.User"/>
/// or lower, and an <see cref="PromptRole.Assistant"/> turn has no tier.
/// </remarks>
public sealed class PromptSegment
{
    private static readonly IReadOnlyList<ToolCall> NoToolCalls = [];

    /// <summary>Initializes a new segment. Prefer the factory methods.</summary>
    /// <param name="role">The chat role.</param>
    /// <param name="tier">The trust tier; <see langword="null"/> only for <see cref="PromptRole.Assistant"/>.</param>
    /// <param name="text">The text (may be empty, never <see langword="null"/>).</param>
    /// <param name="provenance">Where the text came from.</param>
    /// <param name="name">The optional participant name (OpenAI <c>name</c>).</param>
    /// <param name="toolCalls">Tool calls requested by an assistant turn.</param>
    /// <exception cref="ArgumentException">The tier is more trusted than the role allows, or tool calls are given for a role other than assistant.</exception>
    public PromptSegment(
        PromptRole role,
        PriorityTier? tier,
        string text,
        SegmentProvenance? provenance = null,
        string? name = null,
        IReadOnlyList<ToolCall>? toolCalls = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ValidateTier(role, tier);
        if (toolCalls is { Count: > 0 } && role != PromptRole.Assistant)
        {
            throw new ArgumentException("Only assistant turns can carry tool calls.", nameof(toolCalls));
        }

        Role = role;
        Tier = tier;
        Text = text;
        Provenance = provenance ?? SegmentProvenance.None;
        Name = name;
        ToolCalls = toolCalls ?? NoToolCalls;
    }

    /// <summary>Gets the chat role the segment is sent with.</summary>
    public PromptRole Role { get; }

    /// <summary>Gets the trust tier, or <see langword="null"/> for assistant turns (the model's own earlier output).</summary>
    public PriorityTier? Tier { get; }

    /// <summary>Gets the text.</summary>
    public string Text { get; }

    /// <summary>Gets where the text came from.</summary>
    public SegmentProvenance Provenance { get; }

    /// <summary>Gets the optional participant name.</summary>
    public string? Name { get; }

    /// <summary>Gets the tool calls requested by an assistant turn (empty for other roles).</summary>
    public IReadOnlyList<ToolCall> ToolCalls { get; }

    /// <summary>Gets a value indicating whether the segment is an assistant turn (no instruction authority; checked for leaks).</summary>
    public bool IsModelOutput => Role == PromptRole.Assistant;

    /// <summary>Creates a <see cref="PriorityTier.System"/> segment sent as a system message.</summary>
    /// <param name="text">The system prompt.</param>
    /// <returns>The segment.</returns>
    public static PromptSegment System(string text) => new(PromptRole.System, PriorityTier.System, text);

    /// <summary>Creates a <see cref="PriorityTier.System"/> segment sent as an OpenAI <c>developer</c> message.</summary>
    /// <param name="text">The developer instructions.</param>
    /// <returns>The segment.</returns>
    public static PromptSegment Developer(string text) => new(PromptRole.Developer, PriorityTier.System, text);

    /// <summary>Creates a <see cref="PriorityTier.User"/> segment.</summary>
    /// <param name="text">The user's message.</param>
    /// <param name="name">The optional participant name.</param>
    /// <returns>The segment.</returns>
    public static PromptSegment User(string text, string? name = null) => new(PromptRole.User, PriorityTier.User, text, name: name);

    /// <summary>Creates an assistant turn: the model's earlier output, optionally with tool calls.</summary>
    /// <param name="text">What the model said (may be empty when it only called tools).</param>
    /// <param name="toolCalls">The tool calls it requested.</param>
    /// <returns>The segment.</returns>
    public static PromptSegment Assistant(string text, IReadOnlyList<ToolCall>? toolCalls = null) =>
        new(PromptRole.Assistant, null, text, toolCalls: toolCalls);

    /// <summary>Creates a <see cref="PriorityTier.ToolOutput"/> segment: the result of a tool call.</summary>
    /// <param name="toolName">The name of the tool that produced the text.</param>
    /// <param name="text">The tool's output.</param>
    /// <param name="toolCallId">The id of the call this result answers.</param>
    /// <param name="sourceUri">The address the tool read, when it browsed or retrieved.</param>
    /// <returns>The segment.</returns>
    public static PromptSegment ToolOutput(string toolName, string text, string? toolCallId = null, Uri? sourceUri = null) =>
        new(PromptRole.Tool, PriorityTier.ToolOutput, text, new SegmentProvenance { ToolName = toolName, ToolCallId = toolCallId, SourceUri = sourceUri });

    /// <summary>Creates a <see cref="PriorityTier.EmbeddedMedia"/> segment: text extracted from an image, audio or document, sent in a user message.</summary>
    /// <param name="kind">The kind of media.</param>
    /// <param name="text">The extracted text.</param>
    /// <param name="sourceName">The file or media name, such as <c>resume.pdf</c>.</param>
    /// <param name="sourceUri">The address of the media.</param>
    /// <returns>The segment.</returns>
    public static PromptSegment Media(MediaKind kind, string text, string? sourceName = null, Uri? sourceUri = null) =>
        new(PromptRole.User, PriorityTier.EmbeddedMedia, text, new SegmentProvenance { MediaKind = kind, SourceName = sourceName, SourceUri = sourceUri });

    /// <summary>Returns a copy of this segment with other text; role, tier and provenance are kept.</summary>
    /// <param name="text">The new text.</param>
    /// <returns>The new segment, or this one when the text is the same instance.</returns>
    public PromptSegment WithText(string text) =>
        ReferenceEquals(text, Text) ? this : new PromptSegment(Role, Tier, text, Provenance, Name, ToolCalls);

    /// <summary>Returns a copy of this segment with other provenance.</summary>
    /// <param name="provenance">The new provenance.</param>
    /// <returns>The new segment.</returns>
    public PromptSegment WithProvenance(SegmentProvenance provenance) => new(Role, Tier, Text, provenance, Name, ToolCalls);

    /// <inheritdoc />
    public override string ToString() => Tier is { } tier ? $"{Role}/{tier}: {Text}" : $"{Role}: {Text}";

    /// <summary>Gets the most trusted tier a role may carry.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The highest tier, or <see langword="null"/> for assistant turns.</returns>
    public static PriorityTier? HighestTierFor(PromptRole role) => role switch
    {
        PromptRole.System or PromptRole.Developer => PriorityTier.System,
        PromptRole.User => PriorityTier.User,
        PromptRole.Tool => PriorityTier.ToolOutput,
        PromptRole.Assistant => null,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role."),
    };

    private static void ValidateTier(PromptRole role, PriorityTier? tier)
    {
        PriorityTier? highest = HighestTierFor(role);
        if (highest is null)
        {
            if (tier is not null)
            {
                throw new ArgumentException("Assistant turns carry no tier.", nameof(tier));
            }

            return;
        }

        if (tier is null)
        {
            throw new ArgumentException($"A {role} segment needs a tier.", nameof(tier));
        }

        if (!Enum.IsDefined(tier.Value))
        {
            throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown tier.");
        }

        if (tier.Value > highest.Value)
        {
            throw new ArgumentException($"A {role} segment cannot carry the {tier} tier (at most {highest}).", nameof(tier));
        }
    }
}
