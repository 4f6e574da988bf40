namespace InstructionHierarchy.Detection.Lexicon;

/// <summary>The one lexicon every built-in detector shares: all anchor phrases of every cue, searched in a single pass
/// per view and cached on the <see cref="DetectionView"/>.</summary>
internal static class BuiltInLexicon
{
    /// <summary>Gets the (cue, phrase) entries the shared lexicon was built from.</summary>
    internal static IReadOnlyList<(Cue Cue, string Phrase)> Entries { get; private set; } = [];

    /// <summary>Gets the shared lexicon.</summary>
    public static Lexicon Instance { get; } = Build();

    private static Lexicon Build()
    {
        var entries = new List<(Cue, string)>(4096);
        Add(entries, Cue.Dismiss, OverridePhrases.Dismiss);
        Add(entries, Cue.Prior, OverridePhrases.Prior);
        Add(entries, Cue.InstructionNoun, OverridePhrases.InstructionNoun);
        Add(entries, Cue.NewInstructions, OverridePhrases.NewInstructions);
        Add(entries, Cue.FromNowOn, OverridePhrases.FromNowOn);
        Add(entries, Cue.Invalidate, OverridePhrases.Invalidate);
        Add(entries, Cue.RealTask, OverridePhrases.RealTask);
        Add(entries, Cue.Authority, OverridePhrases.Authority);
        Add(entries, Cue.Precedence, OverridePhrases.Precedence);
        Add(entries, Cue.Permission, OverridePhrases.Permission);
        Add(entries, Cue.ModelAddressee, OverridePhrases.ModelAddressee);
        Add(entries, Cue.NewRule, OverridePhrases.NewRule);
        Add(entries, Cue.Reveal, ExtractionPhrases.Reveal);
        Add(entries, Cue.PromptTarget, ExtractionPhrases.PromptTarget);
        Add(entries, Cue.AboveTarget, ExtractionPhrases.AboveTarget);
        Add(entries, Cue.ConfigTarget, ExtractionPhrases.ConfigTarget);
        Add(entries, Cue.Transform, ExtractionPhrases.Transform);
        Add(entries, Cue.AskInstructions, ExtractionPhrases.AskInstructions);
        Add(entries, Cue.JailbreakName, JailbreakPhrases.JailbreakName);
        Add(entries, Cue.PersonaName, JailbreakPhrases.PersonaName);
        Add(entries, Cue.NoLimits, JailbreakPhrases.NoLimits);
        Add(entries, Cue.Persona, JailbreakPhrases.Persona);
        Add(entries, Cue.Amoral, JailbreakPhrases.Amoral);
        Add(entries, Cue.NoRefusal, JailbreakPhrases.NoRefusal);
        Add(entries, Cue.Fiction, JailbreakPhrases.Fiction);
        Add(entries, Cue.FakeAuthorization, JailbreakPhrases.FakeAuthorization);
        Add(entries, Cue.DualResponse, JailbreakPhrases.DualResponse);
        Add(entries, Cue.Realism, JailbreakPhrases.Realism);
        Add(entries, Cue.Meta, DiscoursePhrases.Meta);
        Add(entries, Cue.HarmfulItem, HarmfulCapabilityPhrases.Items);
        Add(entries, Cue.HarmfulAct, HarmfulCapabilityPhrases.Acts);
        Add(entries, Cue.Pretext, JailbreakPhrases.Pretext);
        Add(entries, Cue.Disparage, JailbreakPhrases.Disparage);
        Add(entries, Cue.Template, JailbreakPhrases.Template);
        Add(entries, Cue.SwitchedOff, JailbreakPhrases.SwitchedOff);
        Add(entries, Cue.Definition, DefinitionPhrases.Spaced);
        Add(entries, Cue.KeepRole, JailbreakPhrases.KeepRole);
        Add(entries, Cue.NoCaveat, JailbreakPhrases.NoCaveat);
        Entries = entries;
        return new Lexicon(entries);
    }

    private static void Add(List<(Cue, string)> entries, Cue cue, string[] phrases)
    {
        foreach (string phrase in phrases)
        {
            entries.Add((cue, phrase));
        }
    }
}
