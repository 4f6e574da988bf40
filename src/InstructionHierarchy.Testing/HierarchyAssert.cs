using System.Text;

namespace InstructionHierarchy.Testing;

/// <summary>
/// Assertions for an application's own use of an instruction hierarchy: that its prompt assembly plus its pipeline defuse
/// the corpus attacks, that clear attacks are blocked, that benign text passes, and that answers do not leak secrets.
/// Each throws <see cref="HierarchyAssertException"/> with every failing case listed, so it works with any test framework.
/// </summary>
public static class HierarchyAssert
{
    /// <summary>
    /// Asserts that, for every tool-output attack of the <see cref="AttackCorpus"/>, the application's prompt assembly run
    /// through the pipeline produces segments in which the attack's payload no longer stands verbatim (or a blocked verdict).
    /// A payload the policy neutralized may remain inside the sanitizer's quotation ("quoted as data"): it counts as
    /// defused when findings acted on with <see cref="PolicyAction.Neutralize"/> or stronger cover all of it and the text changed.
    /// This fails when the pipeline misses an attack, and also when the assembly puts tool output in a tier the pipeline
    /// trusts (a system or developer message).
    /// </summary>
    /// <param name="assemble">The application's code that builds the conversation around one tool result.</param>
    /// <param name="pipeline">The pipeline the application uses.</param>
    /// <param name="attacks">The attacks to try; <see langword="null"/> for <see cref="AttackCorpus.ToolOutputAttacks"/>.</param>
    /// <param name="context">The per-request context; <see langword="null"/> for <see cref="AttackCorpus.Context"/>.</param>
    /// <exception cref="HierarchyAssertException">An attack stands verbatim, or the assembly dropped the tool output.</exception>
    public static void NeutralizesToolOutputAttacks(
        Func<string, IReadOnlyList<PromptSegment>> assemble,
        HierarchyPipeline pipeline,
        IEnumerable<AttackCase>? attacks = null,
        HierarchyContext? context = null) =>
        Neutralizes(assemble, pipeline, attacks ?? AttackCorpus.ToolOutputAttacks, context, "tool-output");

    /// <summary>
    /// Asserts that, for every given attack, the application's prompt assembly run through the pipeline produces segments in
    /// which the attack's payload no longer stands verbatim (or a blocked verdict).
    /// </summary>
    /// <param name="assemble">The application's code that builds the conversation around one piece of untrusted text.</param>
    /// <param name="pipeline">The pipeline the application uses.</param>
    /// <param name="attacks">The attacks to try.</param>
    /// <param name="context">The per-request context; <see langword="null"/> for <see cref="AttackCorpus.Context"/>.</param>
    /// <exception cref="HierarchyAssertException">An attack stands verbatim, or the assembly dropped the text.</exception>
    public static void Neutralizes(
        Func<string, IReadOnlyList<PromptSegment>> assemble,
        HierarchyPipeline pipeline,
        IEnumerable<AttackCase> attacks,
        HierarchyContext? context = null) =>
        Neutralizes(assemble, pipeline, attacks, context, "given");

    /// <summary>Asserts that the pipeline blocks a conversation.</summary>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="segments">The conversation.</param>
    /// <param name="context">The per-request context; <see langword="null"/> for <see cref="AttackCorpus.Context"/>.</param>
    /// <returns>The assembled prompt, for further checks.</returns>
    /// <exception cref="HierarchyAssertException">The verdict is not <see cref="PromptVerdict.Blocked"/>.</exception>
    public static AssembledPrompt Blocks(HierarchyPipeline pipeline, IReadOnlyList<PromptSegment> segments, HierarchyContext? context = null)
    {
        AssembledPrompt prompt = Run(pipeline, segments, context);
        if (!prompt.IsBlocked)
        {
            throw new HierarchyAssertException($"Expected the pipeline to block the conversation, but the verdict is {prompt.Verdict}.{Findings(prompt)}");
        }

        return prompt;
    }

    /// <summary>Asserts that the pipeline blocks a corpus case (in the conversation built by <see cref="AttackCase.ToSegments"/>).</summary>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="attack">The case.</param>
    /// <returns>The assembled prompt.</returns>
    /// <exception cref="HierarchyAssertException">The verdict is not <see cref="PromptVerdict.Blocked"/>.</exception>
    public static AssembledPrompt Blocks(HierarchyPipeline pipeline, AttackCase attack)
    {
        ArgumentNullException.ThrowIfNull(attack);
        try
        {
            return Blocks(pipeline, attack.ToSegments());
        }
        catch (HierarchyAssertException e)
        {
            throw new HierarchyAssertException($"{attack.Id}: {e.Message}", e);
        }
    }

    /// <summary>
    /// Asserts that the pipeline lets a conversation through untouched: the verdict is <see cref="PromptVerdict.Allowed"/>
    /// (findings may be flagged, which changes no text).
    /// </summary>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="segments">The conversation.</param>
    /// <param name="context">The per-request context; <see langword="null"/> for <see cref="AttackCorpus.Context"/>.</param>
    /// <returns>The assembled prompt.</returns>
    /// <exception cref="HierarchyAssertException">The pipeline sanitized or blocked the conversation.</exception>
    public static AssembledPrompt Allows(HierarchyPipeline pipeline, IReadOnlyList<PromptSegment> segments, HierarchyContext? context = null)
    {
        AssembledPrompt prompt = Run(pipeline, segments, context);
        if (prompt.Verdict != PromptVerdict.Allowed)
        {
            throw new HierarchyAssertException($"Expected the pipeline to allow the conversation, but the verdict is {prompt.Verdict}.{Findings(prompt)}");
        }

        return prompt;
    }

    /// <summary>Asserts that the pipeline lets a corpus case through untouched.</summary>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="negative">The case, normally a benign text or a hard negative.</param>
    /// <returns>The assembled prompt.</returns>
    /// <exception cref="HierarchyAssertException">The pipeline sanitized or blocked the case.</exception>
    public static AssembledPrompt Allows(HierarchyPipeline pipeline, AttackCase negative)
    {
        ArgumentNullException.ThrowIfNull(negative);
        try
        {
            return Allows(pipeline, negative.ToSegments());
        }
        catch (HierarchyAssertException e)
        {
            throw new HierarchyAssertException($"{negative.Id}: {e.Message}", e);
        }
    }

    /// <summary>
    /// Asserts that the pipeline treats a corpus case as expected: an attack's segment gets at least
    /// <see cref="AttackCase.ExpectedMinimumAction"/> (a blocked verdict counts as any action); a negative is allowed.
    /// </summary>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="case">The case.</param>
    /// <returns>The assembled prompt.</returns>
    /// <exception cref="HierarchyAssertException">The action is weaker than expected, or a negative was sanitized or blocked.</exception>
    public static AssembledPrompt Handles(HierarchyPipeline pipeline, AttackCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        if (!@case.IsAttack)
        {
            return Allows(pipeline, @case);
        }

        AssembledPrompt prompt = Run(pipeline, @case.ToSegments(), null);
        PolicyAction action = prompt.IsBlocked ? PolicyAction.Block : prompt.ActionFor(@case.SegmentIndex);
        if (action < @case.ExpectedMinimumAction)
        {
            throw new HierarchyAssertException(
                $"{@case.Id} ({@case.Description}): expected at least {@case.ExpectedMinimumAction}, but the pipeline took {action}.{Findings(prompt)}");
        }

        return prompt;
    }

    /// <summary>
    /// Asserts that a model answer does not reveal any of the secrets: verbatim (any case), reversed, spelled out with
    /// spaces or punctuation between the characters, or inside a base64 or hex run.
    /// </summary>
    /// <param name="response">The answer.</param>
    /// <param name="secrets">The secrets.</param>
    /// <exception cref="HierarchyAssertException">A secret appears in one of those forms.</exception>
    public static void DoesNotLeak(string response, params ProtectedSecret[] secrets)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(secrets);
        var failures = new List<string>();
        foreach (ProtectedSecret secret in secrets)
        {
            ArgumentNullException.ThrowIfNull(secret, nameof(secrets));
            if (LeakDetector.Find(response, secret.Value) is { } form)
            {
                failures.Add($"the {secret.Name} ({form})");
            }
        }

        if (failures.Count > 0)
        {
            throw new HierarchyAssertException($"The response reveals {string.Join(", ", failures)}.");
        }
    }

    internal static AssembledPrompt Run(HierarchyPipeline pipeline, IReadOnlyList<PromptSegment> segments, HierarchyContext? context)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(segments);
        context ??= AttackCorpus.Context;
        return pipeline.AsyncDetectors.Count > 0
            ? pipeline.AssembleAsync(segments, context).AsTask().GetAwaiter().GetResult()
            : pipeline.Assemble(segments, context);
    }

    private static void Neutralizes(
        Func<string, IReadOnlyList<PromptSegment>> assemble,
        HierarchyPipeline pipeline,
        IEnumerable<AttackCase> attacks,
        HierarchyContext? context,
        string label)
    {
        ArgumentNullException.ThrowIfNull(assemble);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(attacks);
        var failures = new StringBuilder();
        int tried = 0, failed = 0;
        foreach (AttackCase attack in attacks)
        {
            tried++;
            IReadOnlyList<PromptSegment> segments = assemble(attack.Text) ?? throw new HierarchyAssertException($"{attack.Id}: the assembly returned null.");
            if (IndexOfPayload(segments, attack.Payload) < 0)
            {
                failed++;
                failures.Append("\n  ").Append(attack.Id).Append(": the assembly did not include the text verbatim, so the check cannot run.");
                continue;
            }

            AssembledPrompt prompt = Run(pipeline, segments, context);
            if (prompt.IsBlocked)
            {
                continue;
            }

            int at = IndexOfStandingPayload(prompt, attack.Payload);
            if (at >= 0)
            {
                failed++;
                PromptSegment segment = prompt.Segments[at];
                failures.Append("\n  ").Append(attack.Id).Append(" (").Append(attack.Category?.ToName()).Append(", ").Append(attack.Language)
                    .Append("): stands verbatim in segment ").Append(at).Append(" (").Append(segment.Role).Append('/')
                    .Append(segment.Tier?.ToString() ?? "no tier").Append(')');
            }
        }

        if (tried == 0)
        {
            throw new HierarchyAssertException($"No {label} attack was given.");
        }

        if (failed > 0)
        {
            throw new HierarchyAssertException($"{failed} of {tried} {label} attacks would reach the model verbatim:{failures}");
        }
    }

    private static int IndexOfPayload(IReadOnlyList<PromptSegment> segments, string payload)
    {
        for (int i = 0; i < segments.Count; i++)
        {
            if (segments[i] is { } segment && segment.Text.Contains(payload, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Returns the first sanitized segment in which the payload still stands verbatim, not counting a segment where every
    /// occurrence of it was covered by findings the policy neutralized or redacted and whose text the sanitizers changed
    /// (a neutralized span may be kept, quoted as data).
    /// </summary>
    private static int IndexOfStandingPayload(AssembledPrompt prompt, string payload)
    {
        for (int i = 0; i < prompt.Segments.Count; i++)
        {
            PromptSegment sanitized = prompt.Segments[i];
            if (!sanitized.Text.Contains(payload, StringComparison.Ordinal))
            {
                continue;
            }

            string original = prompt.OriginalSegments[i].Text;
            if (original == sanitized.Text || !EveryOccurrenceDefused(prompt, i, original, payload))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool EveryOccurrenceDefused(AssembledPrompt prompt, int segmentIndex, string original, string payload)
    {
        int at = original.IndexOf(payload, StringComparison.Ordinal);
        if (at < 0)
        {
            return false; // the payload was put together by the sanitizers themselves
        }

        for (; at >= 0; at = original.IndexOf(payload, at + 1, StringComparison.Ordinal))
        {
            int covered = at, end = at + payload.Length;
            bool advanced = true;
            while (covered < end && advanced)
            {
                advanced = false;
                foreach (InstructionConflict conflict in prompt.Conflicts)
                {
                    if (conflict.SegmentIndex == segmentIndex && conflict.Action >= PolicyAction.Neutralize
                        && conflict.Start <= covered && conflict.End > covered)
                    {
                        covered = conflict.End;
                        advanced = true;
                    }
                }
            }

            if (covered < end)
            {
                return false;
            }
        }

        return true;
    }

    private static string Findings(AssembledPrompt prompt)
    {
        if (prompt.Conflicts.Count == 0)
        {
            return " No finding was reported.";
        }

        var builder = new StringBuilder(" Findings:");
        foreach (InstructionConflict conflict in prompt.Conflicts)
        {
            builder.Append("\n  ").Append(conflict);
        }

        return builder.ToString();
    }
}
