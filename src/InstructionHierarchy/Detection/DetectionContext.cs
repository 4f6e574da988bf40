using InstructionHierarchy.Normalization;

namespace InstructionHierarchy.Detection;

/// <summary>
/// What a detector sees of one segment: the segment, its tier, its folded view, the rest of the conversation and what the
/// higher tiers declared; and where it reports findings. Valid only during the detector call.
/// </summary>
public sealed class DetectionContext
{
    private const int EvidenceRadius = 60;
    private const int MaxEvidenceSpan = 160;

    private const int MaxFindingsPerRule = 128;
    private const int LinearDedupLimit = 32;

    private readonly List<DetectionView> _views = [];
    private HashSet<(int Start, int Length, string RuleId)>? _seen;
    private Dictionary<string, (int Count, int MergedIndex)>? _perRule;
    private List<InstructionConflict>? _conflicts;
    private PromptSegment _segment = null!;
    private NormalizedText _normalized = null!;
    private DetectionView? _ownView;
    private AnchorSearchHits _detectorAnchors;
    private bool _detectorAnchorsScanned;
    private bool _viewsReady;

    internal DetectionContext(IReadOnlyList<PromptSegment> conversation, HierarchyContext hierarchy, IReadOnlyList<ProtectedSecret> protectedSecrets)
    {
        Conversation = conversation;
        Hierarchy = hierarchy;
        ProtectedSecrets = protectedSecrets;
    }

    /// <summary>Gets the segment being scanned.</summary>
    public PromptSegment Segment => _segment;

    /// <summary>Gets the index of the segment in <see cref="Conversation"/>.</summary>
    public int SegmentIndex { get; private set; }

    /// <summary>Gets the tier of the segment.</summary>
    public PriorityTier Tier { get; private set; }

    /// <summary>Gets the original text of the segment.</summary>
    public string Text => _segment.Text;

    /// <summary>Gets the folded view of the segment, computed once and shared by every detector.</summary>
    public NormalizedText Normalized => _normalized;

    /// <summary>
    /// Gets the texts to search for this segment: first the segment's own folded view, then the folded view of every payload
    /// hidden or encoded in it (base64, hex, percent-encoding, HTML entities, ROT13, Unicode tag characters…), nested ones
    /// included. A detector that loops over the views and reports with
    /// <see cref="Report(DetectionView, ConflictCategory, ConflictSeverity, string, int, int, string?)"/> finds an instruction
    /// however it was encoded, with the span of the encoded text and the decoded payload in the finding.
    /// </summary>
    public IReadOnlyList<DetectionView> Views
    {
        get
        {
            if (!_viewsReady)
            {
                BuildViews();
            }

            return _views;
        }
    }

    /// <summary>Gets the segment's own view (the first of <see cref="Views"/>).</summary>
    public DetectionView OwnView
    {
        get
        {
            if (!_viewsReady)
            {
                BuildViews();
            }

            return _ownView!;
        }
    }

    /// <summary>Gets the whole conversation, for detectors that weigh a segment against what the user asked.</summary>
    public IReadOnlyList<PromptSegment> Conversation { get; private set; }

    /// <summary>Gets the per-request declarations of the higher tiers.</summary>
    public HierarchyContext Hierarchy { get; private set; }

    /// <summary>Gets the protected secrets of the pipeline and of the request together.</summary>
    public IReadOnlyList<ProtectedSecret> ProtectedSecrets { get; private set; }

    /// <summary>Gets the findings reported so far for this segment, by every detector.</summary>
    public IReadOnlyList<InstructionConflict> Conflicts => (IReadOnlyList<InstructionConflict>?)_conflicts ?? [];

    /// <summary>Reports a finding whose span is in the segment's original text.</summary>
    /// <param name="category">What the instruction tries to do.</param>
    /// <param name="severity">How strongly it conflicts.</param>
    /// <param name="ruleId">The stable id of the rule.</param>
    /// <param name="start">The start of the span in <see cref="Text"/>.</param>
    /// <param name="length">The length of the span.</param>
    /// <param name="description">A one-sentence explanation.</param>
    /// <param name="decodedPayload">The decoded text, when the finding lies in an encoded or hidden payload.</param>
    /// <exception cref="ArgumentOutOfRangeException">The span does not lie within the text.</exception>
    public void Report(
        ConflictCategory category,
        ConflictSeverity severity,
        string ruleId,
        int start,
        int length,
        string? description = null,
        string? decodedPayload = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(ruleId);
        string text = _segment.Text;
        if ((uint)start > (uint)text.Length || (uint)length > (uint)(text.Length - start))
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"The span {start}+{length} does not lie within the text of length {text.Length}.");
        }

        if (_conflicts is not null)
        {
            // The same rule reporting the same span twice (for example from the folded and a decoded view) is one finding.
            if (_seen is not null)
            {
                if (!_seen.Add((start, length, ruleId)))
                {
                    return;
                }
            }
            else
            {
                foreach (InstructionConflict existing in _conflicts)
                {
                    if (existing.Start == start && existing.Length == length && existing.RuleId == ruleId)
                    {
                        return;
                    }
                }

                if (_conflicts.Count >= LinearDedupLimit)
                {
                    _seen = [];
                    foreach (InstructionConflict existing in _conflicts)
                    {
                        _seen.Add((existing.Start, existing.Length, existing.RuleId));
                    }

                    _seen.Add((start, length, ruleId));
                }
            }

            // Adversarial input can repeat a trigger a million times: past a bound, further hits of a rule widen one
            // finding that covers them all, so nothing is lost from redaction and the work stays linear.
            _perRule ??= new Dictionary<string, (int Count, int MergedIndex)>(StringComparer.Ordinal);
            _perRule.TryGetValue(ruleId, out (int Count, int MergedIndex) tally);
            if (tally.Count >= MaxFindingsPerRule)
            {
                InstructionConflict merged = _conflicts[tally.MergedIndex];
                int from = Math.Min(merged.Start, start);
                int to = Math.Max(merged.End, start + length);
                _conflicts[tally.MergedIndex] = merged with
                {
                    Start = from,
                    Length = to - from,
                    Description = $"{description ?? merged.Description} (repeated more than {MaxFindingsPerRule} times; later occurrences merged into this span)",
                };
                _perRule[ruleId] = (tally.Count + 1, tally.MergedIndex);
                return;
            }

            _perRule[ruleId] = (tally.Count + 1, _conflicts.Count);
        }
        else
        {
            _perRule?.Clear();
            _seen = null;
            (_perRule ??= new Dictionary<string, (int Count, int MergedIndex)>(StringComparer.Ordinal))[ruleId] = (1, 0);
        }

        (_conflicts ??= []).Add(new InstructionConflict
        {
            SegmentIndex = SegmentIndex,
            Tier = Tier,
            Start = start,
            Length = length,
            Category = category,
            Severity = severity,
            RuleId = ruleId,
            Evidence = Excerpt(text, start, length),
            Description = description,
            DecodedPayload = decodedPayload,
        });
    }

    /// <summary>Reports a finding whose span is in the folded view (<see cref="NormalizedText.Folded"/>); it is mapped back to the original text.</summary>
    /// <param name="category">What the instruction tries to do.</param>
    /// <param name="severity">How strongly it conflicts.</param>
    /// <param name="ruleId">The stable id of the rule.</param>
    /// <param name="foldedStart">The start of the span in the folded view.</param>
    /// <param name="foldedLength">The length of the span in the folded view.</param>
    /// <param name="description">A one-sentence explanation.</param>
    public void ReportFolded(ConflictCategory category, ConflictSeverity severity, string ruleId, int foldedStart, int foldedLength, string? description = null)
    {
        (int start, int length) = _normalized.MapToOriginal(foldedStart, foldedLength);
        Report(category, severity, ruleId, start, length, description);
    }

    /// <summary>Reports a finding whose span is in a view's folded text; it is mapped back to the original text (for a
    /// decoded payload, to the whole encoded run, with the decoded text as <see cref="InstructionConflict.DecodedPayload"/>).</summary>
    /// <param name="view">The view the span lies in (one of <see cref="Views"/>).</param>
    /// <param name="category">What the instruction tries to do.</param>
    /// <param name="severity">How strongly it conflicts.</param>
    /// <param name="ruleId">The stable id of the rule.</param>
    /// <param name="foldedStart">The start of the span in <see cref="DetectionView.Folded"/>.</param>
    /// <param name="foldedLength">The length of the span in <see cref="DetectionView.Folded"/>.</param>
    /// <param name="description">A one-sentence explanation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is <see langword="null"/>.</exception>
    public void Report(DetectionView view, ConflictCategory category, ConflictSeverity severity, string ruleId, int foldedStart, int foldedLength, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        (int start, int length) = view.MapToOriginal(foldedStart, foldedLength);
        Report(category, severity, ruleId, start, length, description, view.DecodedText);
    }

    /// <summary>Gets the hits of <see cref="Indirect.DetectorAnchors.Search"/> in the segment's folded view, scanned once and
    /// shared by the indirect-instruction and exfiltration detectors.</summary>
    internal AnchorSearchHits DetectorAnchors
    {
        get
        {
            if (!_detectorAnchorsScanned)
            {
                Indirect.DetectorAnchors.Search.FindAll(_normalized.Folded, ref _detectorAnchors);
                _detectorAnchorsScanned = true;
            }

            return _detectorAnchors;
        }
    }

    /// <summary>Binds a context that an earlier call used (and <see cref="Unbind"/> cleared) to a new conversation.</summary>
    internal void Rebind(IReadOnlyList<PromptSegment> conversation, HierarchyContext hierarchy, IReadOnlyList<ProtectedSecret> protectedSecrets)
    {
        Conversation = conversation;
        Hierarchy = hierarchy;
        ProtectedSecrets = protectedSecrets;
    }

    /// <summary>Drops every reference to the finished call's texts, so that a context kept for the next call holds none.</summary>
    internal void Unbind()
    {
        ReleaseViews();
        _ownView?.Detach();
        _segment = null!;
        _normalized = null!;
        _conflicts = null;
        _seen = null;
        _perRule?.Clear();
        Conversation = [];
        Hierarchy = HierarchyContext.Empty;
        ProtectedSecrets = [];
    }

    internal void Reset(PromptSegment segment, int index, PriorityTier tier, NormalizedText normalized)
    {
        ReleaseViews();
        _segment = segment;
        SegmentIndex = index;
        Tier = tier;
        _normalized = normalized;
        _conflicts = null;
        _seen = null;
        _perRule?.Clear();
    }

    /// <summary>Returns the pooled storage of the views; called when the detectors are done with the segment.</summary>
    internal void ReleaseViews()
    {
        foreach (DetectionView view in _views)
        {
            view.Release();
        }

        _views.Clear();
        _viewsReady = false;
        _detectorAnchors.Release();
        _detectorAnchorsScanned = false;
    }

    private void BuildViews()
    {
        if (_ownView is null)
        {
            _ownView = new DetectionView(_normalized);
        }
        else
        {
            _ownView.ResetTo(_normalized);
        }

        _views.Add(_ownView);
        foreach (DecodedPayload payload in _normalized.Decoded)
        {
            _views.Add(new DetectionView(payload));
        }

        _viewsReady = true;
    }

    internal List<InstructionConflict>? TakeConflicts()
    {
        List<InstructionConflict>? conflicts = _conflicts;
        _conflicts = null;
        return conflicts;
    }

    /// <summary>Cuts an excerpt around a span and makes control and invisible characters visible.</summary>
    internal static string Excerpt(string text, int start, int length)
    {
        int spanEnd = start + Math.Min(length, MaxEvidenceSpan);
        int from = Math.Max(0, start - EvidenceRadius);
        int to = Math.Min(text.Length, spanEnd + EvidenceRadius);

        // Keep the excerpt on whole words where it is cheap to do so.
        while (from > 0 && from > start - EvidenceRadius - 12 && !char.IsWhiteSpace(text[from - 1]))
        {
            from--;
        }

        while (to < text.Length && to < spanEnd + EvidenceRadius + 12 && !char.IsWhiteSpace(text[to]))
        {
            to++;
        }

        if (from > 0 && char.IsLowSurrogate(text[from]))
        {
            from--;
        }

        if (to < text.Length && char.IsLowSurrogate(text[to]))
        {
            to++;
        }

        var builder = new System.Text.StringBuilder(to - from + 8);
        if (from > 0)
        {
            builder.Append('…');
        }

        for (int i = from; i < to; i++)
        {
            char c = text[i];
            if (c is '\n' or '\r' or '\t')
            {
                builder.Append(' ');
            }
            else if (char.IsHighSurrogate(c) && i + 1 < to && char.IsLowSurrogate(text[i + 1]))
            {
                int codePoint = char.ConvertToUtf32(c, text[i + 1]);
                if (IsInvisible(codePoint))
                {
                    builder.Append("<U+").Append(codePoint.ToString("X", System.Globalization.CultureInfo.InvariantCulture)).Append('>');
                }
                else
                {
                    builder.Append(c).Append(text[i + 1]);
                }

                i++;
            }
            else if (char.IsSurrogate(c) || char.IsControl(c) || IsInvisible(c))
            {
                builder.Append("<U+").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append('>');
            }
            else
            {
                builder.Append(c);
            }
        }

        if (to < text.Length)
        {
            builder.Append('…');
        }

        return builder.ToString();
    }

    // One classification of invisible characters serves the evidence and the invisible-character sanitizer.
    private static bool IsInvisible(int codePoint) => Sanitization.InvisibleCharacters.IsCandidate(codePoint) || codePoint is (>= 0x2060 and <= 0x2069);
}
