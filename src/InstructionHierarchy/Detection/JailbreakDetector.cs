using InstructionHierarchy.Detection.Lexicon;

namespace InstructionHierarchy.Detection;

/// <summary>
/// Finds jailbreak prompts: the DAN family (DAN, STAN, DUDE, AIM, AntiDAN, Developer Mode, "jailbroken"), demands to drop
/// every restriction, filter or content policy, evil or amoral personas ("you are now X, an AI without…"), fictional and
/// hypothetical framing around rule breaking, refusal suppression ("never refuse", "do not apologize"), fake
/// authorization ("I am an OpenAI employee"), and dual-response formats ("[🔒CLASSIC] … [🔓JAILBREAK]"), in 16 languages.
/// </summary>
/// <remarks>
/// <para>
/// The threat: a jailbreak does not replace one instruction, it tries to switch off the model's alignment as a whole,
/// usually with a long role-play set-up. The wording varies without end (hundreds of in-the-wild variants), so no single
/// phrase catches them; instead the detector scores several weak signals together: each word class (persona switch,
/// "no restrictions", refusal suppression, amoral trait, fiction frame, fake authority, dual response, a named jailbreak,
/// an embedded "ignore your instructions") adds weight, repeated signals add a little more, and words of security
/// discourse (attacker, mitigation, 攻击者…) take weight away, so guidance that talks about jailbreaks is not one.
/// A score needs at least one signal that is about breaking rules (not only fiction or a persona), so a request for a
/// story with a villain is not a finding.
/// </para>
/// <para>Rule ids: <c>IH-JBR-001</c> a jailbreak prompt (score at or above the high threshold), <c>IH-JBR-002</c> a
/// probable jailbreak (score at or above the medium threshold). The span covers the signals that made the score.</para>
/// </remarks>
public sealed class JailbreakDetector : IConflictDetector
{
    private const int HighScore = 7;
    private const int MediumScore = 4;

    /// <inheritdoc />
    public void Detect(DetectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // An indexed loop: the interface enumerator of the views would be a heap object per call.
        IReadOnlyList<DetectionView> views = context.Views;
        for (int i = 0; i < views.Count; i++)
        {
            DetectView(context, views[i]);
        }
    }

    private static void DetectView(DetectionContext context, DetectionView view)
    {
        CueSet cues = view.Cues;
        if (cues.IsEmpty || !(cues.Has(Cue.JailbreakName) || cues.Has(Cue.NoLimits) || cues.Has(Cue.NoRefusal) || cues.Has(Cue.DualResponse) || cues.Has(Cue.FakeAuthorization)))
        {
            return;
        }

        Span<int> counts = stackalloc int[32];
        var sentences = default(SentenceCache);
        int first = int.MaxValue;
        int last = -1;
        int overrides = 0;
        ReadOnlySpan<CueHit> hits = cues.Hits;
        bool commanded = cues.Has(Cue.Meta) && AnyCommand(cues);
        foreach (CueHit hit in hits)
        {
            if (Weight(hit.Cue) == 0 && hit.Cue != Cue.Dismiss)
            {
                continue;
            }

            if ((!commanded && sentences.IsDescriptive(cues, hit.Start, hit.End)) || Grammar.IsNegated(cues.Folded, hit.Start, hit.End) && hit.Cue is not (Cue.NoRefusal or Cue.NoLimits))
            {
                continue;
            }

            if (hit.Cue == Cue.Dismiss)
            {
                // An embedded "ignore your instructions / guidelines" is a strong sign of a jailbreak set-up.
                if (cues.Find(Cue.InstructionNoun, hit.End, hit.End + 60) < 0 && cues.Find(Cue.PromptTarget, hit.End, hit.End + 60) < 0)
                {
                    continue;
                }

                overrides++;
            }
            else
            {
                counts[(int)hit.Cue]++;
            }

            first = Math.Min(first, hit.Start);
            last = Math.Max(last, hit.End);
        }

        bool core = counts[(int)Cue.JailbreakName] + counts[(int)Cue.NoLimits] + counts[(int)Cue.NoRefusal] + counts[(int)Cue.DualResponse] + counts[(int)Cue.FakeAuthorization] > 0;
        if (!core)
        {
            return;
        }

        int score = Math.Min(overrides, 2) * 2;
        int kinds = overrides > 0 ? 1 : 0;
        for (int cue = 0; cue < counts.Length; cue++)
        {
            if (counts[cue] > 0)
            {
                kinds++;
                int weight = Weight((Cue)cue);
                score += weight + Math.Min(counts[cue] - 1, Cap((Cue)cue)) * Math.Max(1, weight / 2);
            }
        }

        // Security prose that names the signals while talking about them; words of security discourse sprinkled around
        // commands do not dilute them.
        if (!commanded)
        {
            score -= Math.Min(cues.Count(Cue.Meta), 4);
        }
        // Two different kinds of signal agree ("you are now X" and "no filters"; "never refuse" and a fiction frame): a weaker
        // score is enough, since a single kind repeated is how ordinary text mentions one of them.
        // A dual-response format or a persona alone is how ordinary requests are phrased too ("act as a teacher and write two
        // versions"): the lower bar needs a signal that breaks rules.
        bool breaksRules = overrides > 0 || counts[(int)Cue.JailbreakName] + counts[(int)Cue.NoLimits] + counts[(int)Cue.NoRefusal] + counts[(int)Cue.FakeAuthorization] > 0;
        int threshold = kinds >= 2 && breaksRules ? MediumScore - 1 : MediumScore;
        if (score < threshold || last < 0)
        {
            return;
        }

        bool high = score >= HighScore;
        ConflictSeverity severity = high
            ? TierSeverity.For(context.Tier, ConflictSeverity.High, ConflictSeverity.Critical)
            : TierSeverity.For(context.Tier, ConflictSeverity.Medium, ConflictSeverity.High);
        context.Report(
            view,
            ConflictCategory.Jailbreak,
            severity,
            high ? "IH-JBR-001" : "IH-JBR-002",
            first,
            last - first,
            high ? "A jailbreak prompt: several signals of switching off the model's rules." : "Probably a jailbreak prompt: signals of switching off the model's rules.");
    }

    /// <summary>Whether a jailbreak signal is given as a command to the reader ("You are now…", "Never refuse."): then the
    /// text is not prose about jailbreaks, and words of security discourse around it neither hide nor dilute its signals.</summary>
    private static bool AnyCommand(in CueSet cues)
    {
        foreach (CueHit hit in cues.Hits)
        {
            if (hit.Cue is Cue.Persona or Cue.NoRefusal or Cue.FromNowOn or Cue.FakeAuthorization && !Grammar.IsNegated(cues.Folded, hit.Start, hit.End) && cues.IsCommand(hit.Start, cues.SentenceAround(hit.Start, hit.End).From))
            {
                return true;
            }
        }

        return false;
    }

    private static int Weight(Cue cue) => cue switch
    {
        Cue.JailbreakName => 4,
        Cue.NoLimits => 2,
        Cue.NoRefusal => 2,
        Cue.DualResponse => 2,
        Cue.FakeAuthorization => 2,
        Cue.Amoral => 1,
        Cue.Persona => 1,
        Cue.PersonaName => 1,
        Cue.Fiction => 1,
        Cue.FromNowOn => 1,
        Cue.Authority => 2,
        Cue.Realism => 1,
        _ => 0,
    };

    private static int Cap(Cue cue) => cue switch
    {
        Cue.JailbreakName => 1,
        Cue.NoLimits or Cue.NoRefusal or Cue.Amoral or Cue.PersonaName => 3,
        Cue.DualResponse or Cue.Persona or Cue.Fiction or Cue.Realism => 2,
        _ => 0,
    };
}
