using System.Security.Cryptography;

namespace InstructionHierarchy.Sanitization;

/// <summary>
/// The prompt as <see cref="IPromptTransform"/>s see it: one sanitized segment per original segment (same order, same
/// count), an optional preamble for the system message, the findings, and a random source for per-request boundaries.
/// </summary>
public sealed class PromptTransformContext
{
    private readonly PromptSegment[] _segments;
    private readonly Random? _seeded;
    private List<string>? _preamble;
    private Dictionary<string, object?>? _properties;

    internal PromptTransformContext(
        IReadOnlyList<PromptSegment> originalSegments,
        PromptSegment[] segments,
        IReadOnlyList<InstructionConflict> conflicts,
        HierarchyContext hierarchy)
    {
        OriginalSegments = originalSegments;
        _segments = segments;
        Conflicts = conflicts;
        Hierarchy = hierarchy;
        _seeded = hierarchy.RandomSeed is { } seed ? new Random(seed) : null;
    }

    /// <summary>Gets the segments as they were passed to the pipeline.</summary>
    public IReadOnlyList<PromptSegment> OriginalSegments { get; }

    /// <summary>Gets the current (sanitized) segments, one per original segment.</summary>
    public IReadOnlyList<PromptSegment> Segments => _segments;

    /// <summary>Gets every finding, with the action the policy chose.</summary>
    public IReadOnlyList<InstructionConflict> Conflicts { get; }

    /// <summary>Gets the per-request declarations of the higher tiers.</summary>
    public HierarchyContext Hierarchy { get; }

    /// <summary>Gets the preamble parts added so far, joined by blank lines into <see cref="AssembledPrompt.Preamble"/>.</summary>
    public IReadOnlyList<string> PreambleParts => (IReadOnlyList<string>?)_preamble ?? [];

    /// <summary>
    /// Gets values a transform records for later transforms, the payload writers and the response side (a spotlighting
    /// boundary, canaries). They become <see cref="AssembledPrompt.Properties"/>. Use a key that names the transform.
    /// </summary>
    public IDictionary<string, object?> Properties => _properties ??= new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Replaces the text of one segment. Role, tier and provenance cannot change, so a transform can never promote a segment.</summary>
    /// <param name="index">The index of the segment.</param>
    /// <param name="text">The new text.</param>
    public void SetText(int index, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if ((uint)index >= (uint)_segments.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "No segment has that index.");
        }

        _segments[index] = _segments[index].WithText(text);
    }

    /// <summary>Adds a paragraph to the preamble the payload writers send as a separate system message before the app's own.</summary>
    /// <param name="text">The paragraph.</param>
    public void AddPreamble(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        (_preamble ??= []).Add(text);
    }

    /// <summary>Fills a buffer with random bytes: cryptographic, unless <see cref="HierarchyContext.RandomSeed"/> pins them for tests.</summary>
    /// <param name="buffer">The buffer.</param>
    public void GetRandomBytes(Span<byte> buffer)
    {
        if (_seeded is not null)
        {
            _seeded.NextBytes(buffer);
        }
        else
        {
            RandomNumberGenerator.Fill(buffer);
        }
    }

    internal IReadOnlyDictionary<string, object?>? BuildProperties() => _properties;

    internal string? BuildPreamble() => _preamble is null ? null : string.Join("\n\n", _preamble);
}
