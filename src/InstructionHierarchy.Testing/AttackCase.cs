namespace InstructionHierarchy.Testing;

/// <summary>
/// One case of the <see cref="AttackCorpus"/>: a text as it would arrive in a given tier, what it tries (or, for
/// negatives, seems to try), its language and the least action the default policy should take on it.
/// </summary>
public sealed record AttackCase
{
    /// <summary>Gets the stable id, such as <c>fr-tool-override-01</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets whether the case is an attack, a benign text or a hard negative.</summary>
    public required AttackCaseKind Kind { get; init; }

    /// <summary>Gets the tier the text arrives in.</summary>
    public required PriorityTier Tier { get; init; }

    /// <summary>Gets what the attack tries; for negatives, what it could be mistaken for (or <see langword="null"/>).</summary>
    public ConflictCategory? Category { get; init; }

    /// <summary>Gets the language of the text as a BCP 47 tag (<c>en</c>, <c>zh</c>, <c>pt</c>…).</summary>
    public required string Language { get; init; }

    /// <summary>Gets the text exactly as it would arrive.</summary>
    public required string Text { get; init; }

    /// <summary>
    /// Gets the part of <see cref="Text"/> that carries the attack (the whole text when it is nothing but the attack). After
    /// neutralization or redaction it must no longer stand verbatim in what is sent.
    /// </summary>
    public required string Payload { get; init; }

    /// <summary>Gets a one-sentence description of the case.</summary>
    public required string Description { get; init; }

    /// <summary>
    /// Gets the least action the default policy should take on the case's segment: for attacks <see cref="PolicyAction.Flag"/>
    /// or stronger, for negatives <see cref="PolicyAction.Allow"/> (and the verdict must stay
    /// <see cref="PromptVerdict.Allowed"/>).
    /// </summary>
    public required PolicyAction ExpectedMinimumAction { get; init; }

    /// <summary>Gets a value indicating whether the case is an attack.</summary>
    public bool IsAttack => Kind == AttackCaseKind.Attack;

    /// <summary>Gets the index of the case's own segment in <see cref="ToSegments"/>.</summary>
    public int SegmentIndex => Tier switch
    {
        PriorityTier.User => 1,
        PriorityTier.EmbeddedMedia => 2,
        PriorityTier.ToolOutput => 3,
        _ => 0,
    };

    /// <summary>
    /// Builds a realistic conversation around the text: the corpus system prompt, then for a user case the text as the user's
    /// message; for a media case a user request and the text as an attached document; for a tool case a user request, an
    /// assistant tool call and the text as its result.
    /// </summary>
    /// <returns>The segments; the case's own segment is at <see cref="SegmentIndex"/>.</returns>
    public IReadOnlyList<PromptSegment> ToSegments() => Tier switch
    {
        PriorityTier.User => [PromptSegment.System(AttackCorpus.SystemPrompt), PromptSegment.User(Text)],
        PriorityTier.EmbeddedMedia =>
        [
            PromptSegment.System(AttackCorpus.SystemPrompt),
            PromptSegment.User("Please summarise the attached document."),
            PromptSegment.Media(MediaKind.Document, Text, sourceName: "attachment.pdf"),
        ],
        PriorityTier.ToolOutput =>
        [
            PromptSegment.System(AttackCorpus.SystemPrompt),
            PromptSegment.User("Can you look this up for me?"),
            PromptSegment.Assistant(string.Empty, [new ToolCall("call_1", "fetch_page", "{\"url\":\"https://example.test/page\"}")]),
            PromptSegment.ToolOutput("fetch_page", Text, toolCallId: "call_1", sourceUri: new Uri("https://example.test/page")),
        ],
        _ => [PromptSegment.System(Text)],
    };

    /// <summary>Returns the id, so that test runners show it as the theory case name.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;
}
