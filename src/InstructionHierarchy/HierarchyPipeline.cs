using System.Diagnostics;
using InstructionHierarchy.Detection;
using InstructionHierarchy.Normalization;
using InstructionHierarchy.Sanitization;

namespace InstructionHierarchy;

/// <summary>
/// Runs a conversation through the instruction hierarchy: folds each segment once, runs the detectors, applies the
/// policy, sanitizes, and returns an <see cref="AssembledPrompt"/>. Immutable and thread-safe: build it once with
/// <see cref="HierarchyPipelineBuilder"/> and share it.
/// </summary>
public sealed class HierarchyPipeline
{
    private readonly IConflictDetector[] _detectors;
    private readonly IAsyncConflictDetector[] _asyncDetectors;
    private readonly ISegmentSanitizer[] _sanitizers;
    private readonly IPromptTransform[] _transforms;
    private readonly ProtectedSecret[] _secrets;
    private DetectionContext? _spareContext; // the synchronous path's context, kept between calls (taken by one call at a time)

    internal HierarchyPipeline(HierarchyPipelineBuilder builder)
    {
        _detectors = [.. builder.Detectors];
        _asyncDetectors = [.. builder.AsyncDetectors];
        _sanitizers = [.. builder.Sanitizers, ConflictSpanSanitizer.Instance];
        _transforms = [.. builder.Transforms];
        _secrets = [.. builder.ProtectedSecrets];
        Policy = builder.Policy;
        Normalizer = builder.Normalizer;
        ScanSystemTier = builder.ScanSystemTier;
        AssistantTurnTier = builder.AssistantTurnTier;
        MaxSegmentLength = builder.MaxSegmentLength;
    }

    /// <summary>Gets the policy that maps findings to actions.</summary>
    public HierarchyPolicy Policy { get; }

    /// <summary>Gets the normalizer that folds each segment.</summary>
    public TextNormalizer Normalizer { get; }

    /// <summary>Gets the synchronous detectors, in the order they run.</summary>
    public IReadOnlyList<IConflictDetector> Detectors => _detectors;

    /// <summary>Gets the asynchronous detectors, in the order they run.</summary>
    public IReadOnlyList<IAsyncConflictDetector> AsyncDetectors => _asyncDetectors;

    /// <summary>Gets the segment sanitizers, in the order they run (the built-in span sanitizer that redacts and quotes comes last).</summary>
    public IReadOnlyList<ISegmentSanitizer> Sanitizers => _sanitizers;

    /// <summary>Gets the prompt transforms, in the order they run.</summary>
    public IReadOnlyList<IPromptTransform> Transforms => _transforms;

    /// <summary>Gets the secrets protected on every request.</summary>
    public IReadOnlyList<ProtectedSecret> ProtectedSecrets => _secrets;

    /// <summary>Gets a value indicating whether system segments are scanned too (they are trusted; the default policy allows their findings).</summary>
    public bool ScanSystemTier { get; }

    /// <summary>Gets the tier at which assistant turns are scanned, or <see langword="null"/> when they are not (see <see cref="HierarchyPipelineBuilder.AssistantTurnTier"/>).</summary>
    public PriorityTier? AssistantTurnTier { get; }

    /// <summary>Gets the longest segment text accepted, in UTF-16 code units.</summary>
    public int MaxSegmentLength { get; }

    /// <summary>The tier a segment is scanned and decided at: its own, or <see cref="AssistantTurnTier"/> for an assistant turn.</summary>
    private PriorityTier? TierOf(PromptSegment segment) => segment.Tier ?? (segment.Role == PromptRole.Assistant ? AssistantTurnTier : null);

    /// <summary>Runs the synchronous detectors, the policy, the sanitizers and the transforms over a conversation.</summary>
    /// <param name="segments">The conversation, in order.</param>
    /// <param name="context">Per-request declarations of the higher tiers (protected secrets, a random seed).</param>
    /// <returns>The assembled prompt.</returns>
    /// <exception cref="ArgumentException">A segment is <see langword="null"/>.</exception>
    /// <exception cref="SegmentTooLargeException">A segment is longer than <see cref="MaxSegmentLength"/>.</exception>
    /// <exception cref="InvalidOperationException">The pipeline has asynchronous detectors: call <see cref="AssembleAsync"/>.</exception>
    public AssembledPrompt Assemble(IReadOnlyList<PromptSegment> segments, HierarchyContext? context = null)
    {
        if (_asyncDetectors.Length > 0)
        {
            throw new InvalidOperationException("This pipeline has asynchronous detectors; call AssembleAsync.");
        }

        long started = Stopwatch.GetTimestamp();
        Validate(segments);
        context ??= HierarchyContext.Empty;
        var run = new Run(this, segments, context, started);
        for (int i = 0; i < segments.Count; i++)
        {
            if (run.Begin(i) is { } detection)
            {
                foreach (IConflictDetector detector in _detectors)
                {
                    detector.Detect(detection);
                }

                run.EndDetection();
                run.End(i, detection);
            }
        }

        return run.Finish(started);
    }

    /// <summary>Runs every detector (synchronous, then asynchronous), the policy, the sanitizers and the transforms over a conversation.</summary>
    /// <param name="segments">The conversation, in order.</param>
    /// <param name="context">Per-request declarations of the higher tiers.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The assembled prompt.</returns>
    /// <exception cref="ArgumentException">A segment is <see langword="null"/>.</exception>
    /// <exception cref="SegmentTooLargeException">A segment is longer than <see cref="MaxSegmentLength"/>.</exception>
    public async ValueTask<AssembledPrompt> AssembleAsync(IReadOnlyList<PromptSegment> segments, HierarchyContext? context = null, CancellationToken cancellationToken = default)
    {
        long started = Stopwatch.GetTimestamp();
        Validate(segments);
        context ??= HierarchyContext.Empty;
        var run = new Run(this, segments, context, started);
        for (int i = 0; i < segments.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (run.Begin(i) is { } detection)
            {
                foreach (IConflictDetector detector in _detectors)
                {
                    detector.Detect(detection);
                }

                foreach (IAsyncConflictDetector detector in _asyncDetectors)
                {
                    await detector.DetectAsync(detection, cancellationToken).ConfigureAwait(false);
                }

                run.EndDetection();
                run.End(i, detection);
            }
        }

        return run.Finish(started);
    }

    /// <summary>Runs the pipeline over one piece of text of a given tier, as the only segment of a conversation.</summary>
    /// <param name="tier">The tier of the text.</param>
    /// <param name="text">The text.</param>
    /// <param name="context">Per-request declarations of the higher tiers.</param>
    /// <returns>The assembled prompt with a single segment.</returns>
    public AssembledPrompt Scan(PriorityTier tier, string text, HierarchyContext? context = null)
    {
        PromptSegment segment = tier switch
        {
            PriorityTier.System => PromptSegment.System(text),
            PriorityTier.User => PromptSegment.User(text),
            PriorityTier.EmbeddedMedia => PromptSegment.Media(MediaKind.Unknown, text),
            _ => PromptSegment.ToolOutput("tool", text),
        };
        return Assemble([segment], context);
    }

    /// <summary>A detection context for one synchronous call: the one a finished call left, or a new one when another call
    /// holds it. A context is valid only during the detector call (see <see cref="DetectionContext"/>).</summary>
    private DetectionContext RentContext(IReadOnlyList<PromptSegment> segments, HierarchyContext context, IReadOnlyList<ProtectedSecret> secrets)
    {
        DetectionContext? spare = Interlocked.Exchange(ref _spareContext, null);
        if (spare is null)
        {
            return new DetectionContext(segments, context, secrets);
        }

        spare.Rebind(segments, context, secrets);
        return spare;
    }

    /// <summary>Keeps a finished call's context for the next call, without its texts.</summary>
    private void ReturnContext(DetectionContext detection)
    {
        detection.Unbind();
        Volatile.Write(ref _spareContext, detection);
    }

    private void Validate(IReadOnlyList<PromptSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        for (int i = 0; i < segments.Count; i++)
        {
            PromptSegment? segment = segments[i];
            if (segment is null)
            {
                throw new ArgumentException($"Segment {i} is null.", nameof(segments));
            }

            if (segment.Text.Length > MaxSegmentLength)
            {
                throw new SegmentTooLargeException(i, segment.Text.Length, MaxSegmentLength);
            }
        }
    }

    /// <summary>The state of one Assemble call: a struct held in a local (or the async state machine), so a clean call
    /// allocates nothing beyond the folded views, one detection context and the result. Stages are timed from one
    /// clock reading to the next (<see cref="_mark"/>): two readings per scanned segment.</summary>
    private struct Run
    {
        private readonly HierarchyPipeline _pipeline;
        private readonly IReadOnlyList<PromptSegment> _segments;
        private readonly HierarchyContext _context;
        private readonly IReadOnlyList<ProtectedSecret> _secrets;
        private DetectionContext? _detection;
        private List<InstructionConflict>? _conflicts;
        private Dictionary<int, NormalizedText>? _views;
        private long _normalizeTicks;
        private long _detectTicks;
        private long _decideTicks;
        private long _mark; // the last clock reading: the end of the previous stage

        public Run(HierarchyPipeline pipeline, IReadOnlyList<PromptSegment> segments, HierarchyContext context, long started)
        {
            _pipeline = pipeline;
            _segments = segments;
            _context = context;
            _secrets = MergeSecrets(pipeline._secrets, context.ProtectedSecrets);
            _mark = started;
        }

        /// <summary>Adds the time since the last reading to the detection stage.</summary>
        public void EndDetection() => _detectTicks += Lap();

        public DetectionContext? Begin(int index)
        {
            PromptSegment segment = _segments[index];
            if (_pipeline.TierOf(segment) is not { } tier || (tier == PriorityTier.System && !_pipeline.ScanSystemTier))
            {
                return null;
            }

            NormalizedText normalized = _pipeline.Normalizer.Normalize(segment.Text);
            _normalizeTicks += Lap();

            // Async detectors may hold on to the context across awaits, so each async run gets its own; the synchronous path reuses one.
            DetectionContext detection = _pipeline._asyncDetectors.Length == 0
                ? _detection ??= _pipeline.RentContext(_segments, _context, _secrets)
                : new DetectionContext(_segments, _context, _secrets);
            detection.Reset(segment, index, tier, normalized);
            return detection;
        }

        public void End(int index, DetectionContext detection)
        {
            detection.ReleaseViews();
            List<InstructionConflict>? found = detection.TakeConflicts();
            if (found is null)
            {
                return;
            }

            HierarchyPolicy policy = _pipeline.Policy;
            _conflicts ??= [];
            bool needsSanitizing = false;
            foreach (InstructionConflict conflict in found)
            {
                PolicyAction action = policy.Decide(conflict.Tier, conflict.Category, conflict.Severity);
                needsSanitizing |= action is PolicyAction.Neutralize or PolicyAction.Redact;
                _conflicts.Add(conflict.Action == action ? conflict : conflict with { Action = action });
            }

            if (needsSanitizing)
            {
                (_views ??= [])[index] = detection.Normalized;
            }

            _decideTicks += Lap();
        }

        private long Lap()
        {
            long now = Stopwatch.GetTimestamp();
            long elapsed = now - _mark;
            _mark = now;
            return elapsed;
        }

        public AssembledPrompt Finish(long started)
        {
            if (_detection is not null)
            {
                _pipeline.ReturnContext(_detection);
                _detection = null;
            }

            long t = _mark;
            IReadOnlyList<InstructionConflict> conflicts = [];
            var original = new PromptSegment[_segments.Count];
            for (int i = 0; i < original.Length; i++)
            {
                original[i] = _segments[i];
            }

            // The sanitized list starts as the original one and is copied only when something changes it.
            PromptSegment[] output = original;

            var verdict = PromptVerdict.Allowed;
            if (_conflicts is not null)
            {
                _conflicts.Sort(static (a, b) =>
                    a.SegmentIndex != b.SegmentIndex ? a.SegmentIndex.CompareTo(b.SegmentIndex)
                    : a.Start != b.Start ? a.Start.CompareTo(b.Start)
                    : b.Length.CompareTo(a.Length));
                conflicts = _conflicts.ToArray();
                foreach (InstructionConflict conflict in conflicts)
                {
                    if (conflict.Action == PolicyAction.Block)
                    {
                        verdict = PromptVerdict.Blocked;
                    }
                    else if (conflict.Action is PolicyAction.Neutralize or PolicyAction.Redact && verdict == PromptVerdict.Allowed)
                    {
                        verdict = PromptVerdict.Sanitized;
                    }
                }

                if (_views is not null)
                {
                    output = (PromptSegment[])original.Clone();
                    foreach ((int index, NormalizedText normalized) in _views)
                    {
                        output[index] = Sanitize(index, normalized, conflicts);
                    }
                }
            }

            string? preamble = null;
            IReadOnlyDictionary<string, object?>? properties = null;
            if (_pipeline._transforms.Length > 0)
            {
                if (ReferenceEquals(output, original))
                {
                    output = (PromptSegment[])original.Clone();
                }

                var transform = new PromptTransformContext(original, output, conflicts, _context);
                foreach (IPromptTransform transformer in _pipeline._transforms)
                {
                    transformer.Transform(transform);
                }

                preamble = transform.BuildPreamble();
                properties = transform.BuildProperties();
            }

            long done = Stopwatch.GetTimestamp();
            var timings = new AssemblyTimings(
                Stopwatch.GetElapsedTime(0, _normalizeTicks),
                Stopwatch.GetElapsedTime(0, _detectTicks),
                Stopwatch.GetElapsedTime(0, _decideTicks),
                Stopwatch.GetElapsedTime(t, done),
                Stopwatch.GetElapsedTime(started, done));
            return new AssembledPrompt(verdict, original, output, conflicts, preamble, timings, properties);
        }

        private PromptSegment Sanitize(int index, NormalizedText normalized, IReadOnlyList<InstructionConflict> conflicts)
        {
            PromptSegment segment = _segments[index];
            var own = new List<InstructionConflict>();
            foreach (InstructionConflict conflict in conflicts)
            {
                if (conflict.SegmentIndex == index)
                {
                    own.Add(conflict);
                }
            }

            var sanitization = new SanitizationContext(segment, index, _pipeline.TierOf(segment)!.Value, normalized, own, _context);
            foreach (ISegmentSanitizer sanitizer in _pipeline._sanitizers)
            {
                sanitizer.Sanitize(sanitization);
            }

            return segment.WithText(sanitization.Apply());
        }

        private static IReadOnlyList<ProtectedSecret> MergeSecrets(ProtectedSecret[] pipeline, IReadOnlyList<ProtectedSecret> request)
        {
            if (request.Count == 0)
            {
                return pipeline;
            }

            if (pipeline.Length == 0)
            {
                return request;
            }

            var merged = new ProtectedSecret[pipeline.Length + request.Count];
            pipeline.CopyTo(merged, 0);
            for (int i = 0; i < request.Count; i++)
            {
                merged[pipeline.Length + i] = request[i];
            }

            return merged;
        }
    }
}
