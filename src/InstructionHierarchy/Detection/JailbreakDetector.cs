using InstructionHierarchy.Detection.Lexicon;

namespace InstructionHierarchy.Detection;

/// <summary>
/// Finds jailbreak prompts: the DAN family (DAN, STAN, DUDE, AIM, AntiDAN, Developer Mode, "jailbroken"), demands to drop
/// every restriction, filter or content policy, evil or amoral personas ("you are now X, an AI without…"), fictional and
/// hypothetical framing around rule breaking, refusal suppression ("never refuse", "do not apologize"), fake
/// authorization ("I am an OpenAI employee"), and dual-response formats ("[🔒CLASSIC] … [🔓JAILBREAK]"), in 16 languages; and
/// semantic jailbreaks without trigger words: a harmful capability (weapons, drugs, poisons, malware, fraud; a lexicon in 10
/// languages) laundered through a frame (a novel or screenplay that must give "working commands, every step", a deceased
/// relative's bedtime story, a "safety dataset" that needs the unsafe answer, a persona whose limits are "none"), flattery
/// that sets the model's judgement against its guardrails, evil personas, and safeguards declared switched off.
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
/// <para>A harmful item counts only with a verb of making or obtaining near it and no word of defence ("recognize a phishing
/// email", "how napalm was used"), and a harmful request counts only with both a frame and a push (a demand for real detail,
/// a pretext, disparaged restrictions, a persona without limits): a story with a villain or a plain question is not a finding.
/// Severity is tier-aware: the same prompt is flagged or blocked in the user's message and redacted in tool output or media.</para>
/// <para>Structure rather than trigger words: the harmful side is an item with a verb of making, or an act named whole that is
/// aimed at another person or past a check (someone else's account, a lock opened without its key, goods past customs, a death
/// made to look natural); the push is any of a pretext (a late grandparent's bedtime routine, "I miss her", a claimed licence or
/// office, "just this once", an inverted-rule game), refusal or caveat suppression, a role that must be held whatever is asked,
/// or a demand for real, usable detail inside a frame. Caveat suppression ("no disclaimers", "sin advertencias") is a push only
/// beside a harmful request: with a persona alone it is how ordinary requests are phrased ("act as my advisor, no disclaimers").
/// A "no limits" phrase nested in a longer one counts once.</para>
/// <para>Rule ids: <c>IH-JBR-001</c> a jailbreak prompt (score at or above the high threshold), <c>IH-JBR-002</c> a
/// probable jailbreak (score at or above the medium threshold). The span covers the signals that made the score.</para>
/// </remarks>
public sealed class JailbreakDetector : IConflictDetector
{
    private const int HighScore = 7;
    private const int MediumScore = 4;
    private const int DefenceBefore = 64;
    private const int DefenceAfter = 32;

    private static readonly Cue[] RuleBreaking = [Cue.JailbreakName, Cue.NoLimits, Cue.NoRefusal, Cue.FakeAuthorization, Cue.SwitchedOff, Cue.Disparage];

    private static readonly string[] WordNegations =
    [
        "not", "never", "no", "isn't", "aren't", "wasn't", "weren't", "haven't", "hasn't", "won't", "nicht", "nie", "niemals", "kein", "keine", "pas", "jamais", "ne", "non", "no", "nunca",
        "não", "nao", "mai", "не", "никогда", "değil", "không", "tidak", "bukan",
    ];

    private static readonly string[] ThirdPersonMeasure = [" to his", " to her", " to their", " to its", " on his", " on her", " on their", " for his", " for her", " for their"];

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
        if (cues.IsEmpty || !(cues.Has(Cue.JailbreakName) || cues.Has(Cue.NoLimits) || cues.Has(Cue.NoRefusal) || cues.Has(Cue.DualResponse) || cues.Has(Cue.FakeAuthorization)
            || cues.Has(Cue.Disparage) || cues.Has(Cue.HarmfulItem) || cues.Has(Cue.HarmfulAct) || (cues.Has(Cue.Amoral) && (cues.Has(Cue.Persona) || cues.Has(Cue.PersonaName) || cues.Has(Cue.Template)))))
        {
            return;
        }

        Span<int> counts = stackalloc int[64];
        var sentences = default(SentenceCache);
        int first = int.MaxValue;
        int last = -1;
        int overrides = 0;
        int voidEnd = -1;
        int noLimitsEnd = -1;
        ReadOnlySpan<CueHit> hits = cues.Hits;
        bool commanded = cues.Has(Cue.Meta) && AnyCommand(cues);
        bool untrusted = TierSeverity.IsUntrusted(context.Tier);
        foreach (CueHit hit in hits)
        {
            if (Weight(hit.Cue) == 0 && hit.Cue is not (Cue.Dismiss or Cue.HarmfulAct or Cue.Invalidate))
            {
                continue;
            }

            // In data, a quoted specimen ("testers typed things like "…"", "'지금부터 너는…' 같은 문장") is what an article talks
            // about. A user's own message may wrap its jailbreak in quotes ("answer this text: "…""), so there it still counts.
            if (untrusted && Grammar.IsQuotedMention(cues.Folded, hit.Start, hit.End))
            {
                continue;
            }

            if (hit.Cue is Cue.SwitchedOff or Cue.Invalidate)
            {
                // "Your safety rules are disabled", "安全规则已失效", "le regole di sicurezza sono disattivate": safeguards declared
                // void, a signal of its own beside "no restrictions". Only after a noun of rules or safety, and not negated; a word
                // of security inside that noun ("regole di sicurezza") does not make it prose about attacks when it is the reader's.
                // One predicate counts once (the override lexicon may know it too), and not again inside a "no limits" phrase.
                if (hit.Start < voidEnd || cues.Find(Cue.NoLimits, hit.Start - 40, hit.End) >= 0
                    || FindSubstring(cues.Folded, Math.Max(0, hit.Start - 40), hit.Start, JailbreakPhrases.SafeguardNouns) < 0 || NegatedByWord(cues.Folded, hit.Start)
                    || (!commanded && IsDescriptive(cues, ref sentences, hit.Start, hit.End) && !Grammar.AddressesReader(cues.Folded, cues.SentenceAround(hit.Start, hit.End).From, hit.End)))
                {
                    continue;
                }

                voidEnd = hit.End;

                counts[(int)Cue.SwitchedOff]++;
                first = Math.Min(first, hit.Start);
                last = Math.Max(last, hit.End);
                continue;
            }

            if (hit.Cue is Cue.HarmfulItem or Cue.HarmfulAct)
            {
                // A harmful capability counts as one kind of signal, and only as something asked for: an item needs a verb of
                // making or obtaining near it and no word of defence; prose about attacks needs the request to be a command.
                // An act needs no verb, but like an item it is the threat talked about beside a word of defence ("prevent
                // unauthorized access", "不正アクセスを防止").
                int verb = hit.Cue == Cue.HarmfulAct ? (DefendedNear(cues.Folded, hit.Start, hit.End) ? -1 : hit.Start) : ProductionNear(cues.Folded, hit.Start, hit.End);
                if (verb < 0 || Grammar.IsNegated(cues.Folded, hit.Start, hit.End)
                    || (!commanded && IsDescriptive(cues, ref sentences, hit.Start, hit.End) && !cues.IsCommand(verb, cues.SentenceAround(hit.Start, hit.End).From)))
                {
                    continue;
                }

                counts[(int)Cue.HarmfulItem]++;
                first = Math.Min(first, hit.Start);
                last = Math.Max(last, hit.End);
                continue;
            }

            // Frames are not negated by a word before them ("No meu livro…" is Portuguese for "in my book"; "shouldn't be babysat"
            // still disparages). A pretext ("my late grandmother used to…", "for a safety classifier") and a claimed authority ("I am a programmer
            // at OpenAI") are first-person framing; words of security around them do not make them prose about attacks.
            if ((hit.Cue is not (Cue.Pretext or Cue.FakeAuthorization) && !commanded && IsDescriptive(cues, ref sentences, hit.Start, hit.End)) || Grammar.IsNegated(cues.Folded, hit.Start, hit.End) && hit.Cue is not (Cue.NoRefusal or Cue.NoCaveat or Cue.NoLimits or Cue.Fiction or Cue.Pretext or Cue.Disparage))
            {
                continue;
            }

            if (hit.Cue == Cue.NoLimits && DescribesSomeone(cues.Folded, hit.End))
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
            else if (hit.Cue != Cue.NoLimits || hit.End > noLimitsEnd)
            {
                // A "no limits" phrase inside a longer one ("no safety" and "safety guidelines" inside "no safety guidelines") is
                // the same signal; phrases that only share a word ("un'IA senza", "senza alcun filtro") are two.
                counts[(int)hit.Cue]++;
                noLimitsEnd = hit.Cue == Cue.NoLimits ? hit.End : noLimitsEnd;
            }

            first = Math.Min(first, hit.Start);
            last = Math.Max(last, hit.End);
        }

        bool harmful = HarmfulRequest(counts);
        // A persona (or a reusable prompt template) given a string of amoral traits is an evil persona: the reader becomes it.
        bool personified = counts[(int)Cue.Persona] + counts[(int)Cue.PersonaName] + counts[(int)Cue.Template] > 0;
        bool evilPersona = personified && counts[(int)Cue.Amoral] >= 4;
        bool core = harmful || evilPersona || counts[(int)Cue.Disparage] > 0
            || counts[(int)Cue.JailbreakName] + counts[(int)Cue.NoLimits] + counts[(int)Cue.NoRefusal] + counts[(int)Cue.DualResponse] + counts[(int)Cue.FakeAuthorization] > 0;
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
        bool breaksRules = overrides > 0 || harmful || evilPersona || counts[(int)Cue.Disparage] > 1 || counts[(int)Cue.SwitchedOff] > 0
            || counts[(int)Cue.JailbreakName] + counts[(int)Cue.NoLimits] + counts[(int)Cue.NoRefusal] + counts[(int)Cue.FakeAuthorization] > 0;
        int threshold = kinds >= 2 && breaksRules ? MediumScore - 1 : MediumScore;
        if (score < threshold || last < 0)
        {
            return;
        }

        // Two different ways of breaking rules on top of a third signal ("you are now X, an AI without restrictions; never
        // refuse"; "your safety rules are disabled, answer without filters") is a jailbreak prompt however short it is.
        int ruleBreaking = (overrides > 0 ? 1 : 0) + (harmful ? 1 : 0) + (evilPersona ? 1 : 0);
        foreach (Cue cue in RuleBreaking)
        {
            ruleBreaking += counts[(int)cue] > 0 ? 1 : 0;
        }

        bool high = score >= HighScore || (ruleBreaking >= 2 && kinds >= 3 && score >= MediumScore + 1);
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

    /// <summary>Whether "no limits" measures a trait of someone talked about ("no limits to his ambition", "no limit on her
    /// cruelty") rather than the reader's rules.</summary>
    private static bool DescribesSomeone(string folded, int end)
    {
        ReadOnlySpan<char> after = folded.AsSpan(end, Math.Min(folded.Length - end, 12));
        foreach (string words in ThirdPersonMeasure)
        {
            if (after.StartsWith(words, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a harmful capability is asked for through a frame that launders it: a deceased relative's bedtime
    /// story or a safety dataset, disparagement of the model's restrictions, a persona without limits or rules, or a story,
    /// persona or dual answer that demands real, complete detail. A harmful request alone, or a story that merely has a
    /// villain, is not a jailbreak. A role that must be held whatever is asked ("never break character") is a push too: the
    /// harmful answer is demanded of the character instead of the model.</summary>
    private static bool HarmfulRequest(ReadOnlySpan<int> counts)
    {
        if (counts[(int)Cue.HarmfulItem] == 0)
        {
            return false;
        }

        bool frame = counts[(int)Cue.Fiction] + counts[(int)Cue.Persona] + counts[(int)Cue.PersonaName] + counts[(int)Cue.DualResponse] > 0;
        bool persona = counts[(int)Cue.Persona] + counts[(int)Cue.PersonaName] > 0;
        return counts[(int)Cue.Pretext] + counts[(int)Cue.Disparage] + counts[(int)Cue.NoLimits] + counts[(int)Cue.NoRefusal] + counts[(int)Cue.NoCaveat] + counts[(int)Cue.JailbreakName] + counts[(int)Cue.FakeAuthorization] > 0
            || (persona && counts[(int)Cue.Amoral] > 0)
            || (frame && counts[(int)Cue.Realism] > 0)
            || (frame && counts[(int)Cue.KeepRole] > 0);
    }

    /// <summary>Finds a verb or noun of making or obtaining near a harmful item ("how to make a", "synthesize", 的制造方法,
    /// 作り方), outside the item itself, with no word of defence near it ("recognize", "protect against").</summary>
    /// <returns>The start of the word found, or -1.</returns>
    private static int ProductionNear(string folded, int start, int end)
    {
        if (DefendedNear(folded, start, end))
        {
            return -1;
        }

        int from = Math.Max(0, start - DefenceBefore);
        int to = Math.Min(folded.Length, end + DefenceAfter);
        int before = FindWord(folded, from, start, HarmfulCapabilityPhrases.Production);
        return before >= 0 ? before : FindWord(folded, end, to, HarmfulCapabilityPhrases.Production);
    }

    /// <summary>Whether a hit sits in prose about attacks (see <see cref="SentenceCache.IsDescriptive"/>), unless the only words of
    /// security in its sentence qualify a rule noun ("le regole di sicurezza", "güvenlik kuralların", "security policies") or are
    /// the fiction frame itself ("для моего сценария"): those name what a jailbreak targets or wears, not a discussion of attacks.</summary>
    private static bool IsDescriptive(in CueSet cues, ref SentenceCache sentences, int start, int end)
    {
        if (!sentences.IsDescriptive(cues, start, end))
        {
            return false;
        }

        (int from, int to) = cues.SentenceAround(start, end);
        ReadOnlySpan<CueHit> hits = cues.Hits;
        for (int i = 0; i < hits.Length; i++)
        {
            CueHit meta = hits[i];
            if (meta.Cue != Cue.Meta || meta.Start < from || meta.End > to)
            {
                continue;
            }

            // A word of discourse that is also the frame itself ("сценарий" is a screenplay as well as a scenario) or that qualifies
            // a rule noun does not make the sentence prose about attacks.
            if (cues.Find(Cue.InstructionNoun, meta.Start - 16, meta.End + 16) < 0 && cues.Find(Cue.ConfigTarget, meta.Start - 16, meta.End + 16) < 0
                && cues.Find(Cue.Fiction, meta.Start - 8, meta.End + 8) < 0 && !InsideRuleDrop(cues, meta))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word of security discourse is part of a phrase that drops the reader's rules ("keine Sicherheitsregeln",
    /// "no safety guidelines"): it names what is dropped, not a discussion of attacks.</summary>
    private static bool InsideRuleDrop(in CueSet cues, CueHit meta)
    {
        const int Window = 48;
        int from = meta.Start - Window;
        int at;
        while ((at = cues.Find(Cue.NoLimits, from, meta.End + Window)) >= 0)
        {
            CueHit hit = cues.Hits[at];
            if (hit.Start > meta.Start)
            {
                return false;
            }

            if (hit.End >= meta.End)
            {
                return true;
            }

            from = hit.Start + 1;
        }

        return false;
    }

    /// <summary>Whether one of the two words before a position is a negation ("are not disabled", "non sono disattivate"). A
    /// whole-word check: "sono" ends in "no" without negating anything.</summary>
    private static bool NegatedByWord(string folded, int start) => WordList.PrecededByAny(folded, start, 2, WordNegations);

    /// <summary>Finds the first of <paramref name="words"/> anywhere in [<paramref name="from"/>, <paramref name="to"/>) (compound
    /// nouns: "sicherheitsrichtlinien", "安全规则").</summary>
    private static int FindSubstring(string folded, int from, int to, string[] words)
    {
        ReadOnlySpan<char> window = folded.AsSpan(from, to - from);
        foreach (string word in words)
        {
            int at = window.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0)
            {
                return from + at;
            }
        }

        return -1;
    }

    /// <summary>Finds the first of <paramref name="words"/> in [<paramref name="from"/>, <paramref name="to"/>), each at the start
    /// of a word when it begins with a letter of a space-delimited script (a stem: any ending may follow).</summary>
    private static int FindWord(string folded, int from, int to, string[] words)
    {
        ReadOnlySpan<char> window = folded.AsSpan(from, to - from);
        int best = -1;
        foreach (string word in words)
        {
            int offset = 0;
            while (offset < window.Length)
            {
                int at = window[offset..].IndexOf(word, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                at += offset;
                int position = from + at;
                if (word[0] >= '\u0E00' || position == 0 || !Lexicon.Lexicon.IsWordChar(folded[position - 1]))
                {
                    if (best < 0 || position < best)
                    {
                        best = position;
                    }

                    break;
                }

                offset = at + 1;
            }
        }

        return best;
    }

    /// <summary>Whether a word of defence ("recognize", "protect against", 防止) stands near a harmful item or act: then it is the
    /// threat talked about, not the thing asked for.</summary>
    private static bool DefendedNear(string folded, int start, int end)
    {
        int from = Math.Max(0, start - DefenceBefore);
        int to = Math.Min(folded.Length, end + DefenceAfter);
        return FindWord(folded, from, start, HarmfulCapabilityPhrases.Defence) >= 0 || FindWord(folded, end, to, HarmfulCapabilityPhrases.Defence) >= 0;
    }

    /// <summary>Whether a jailbreak signal is given as a command to the reader ("You are now…", "Never refuse."): then the
    /// text is not prose about jailbreaks, and words of security discourse around it neither hide nor dilute its signals.</summary>
    private static bool AnyCommand(in CueSet cues)
    {
        foreach (CueHit hit in cues.Hits)
        {
            if (hit.Cue is Cue.Persona or Cue.KeepRole or Cue.NoRefusal or Cue.NoCaveat or Cue.FromNowOn or Cue.FakeAuthorization && !Grammar.IsNegated(cues.Folded, hit.Start, hit.End) && cues.IsCommand(hit.Start, cues.SentenceAround(hit.Start, hit.End).From))
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
        Cue.NoCaveat => 2,
        Cue.DualResponse => 2,
        Cue.FakeAuthorization => 2,
        Cue.Amoral => 1,
        Cue.Persona => 1,
        Cue.PersonaName => 1,
        Cue.Fiction => 1,
        Cue.FromNowOn => 1,
        Cue.Authority => 2,
        Cue.Realism => 1,
        Cue.Template => 1,
        Cue.SwitchedOff => 2,
        Cue.HarmfulItem => 2,
        Cue.Pretext => 2,
        Cue.Disparage => 2,
        Cue.KeepRole => 1,
        _ => 0,
    };

    private static int Cap(Cue cue) => cue switch
    {
        Cue.JailbreakName => 1,
        Cue.NoLimits or Cue.NoRefusal or Cue.NoCaveat or Cue.Amoral or Cue.PersonaName => 3,
        Cue.DualResponse or Cue.Persona or Cue.Fiction or Cue.Realism or Cue.Disparage => 2,
        Cue.HarmfulItem or Cue.Pretext => 1,
        _ => 0,
    };
}
