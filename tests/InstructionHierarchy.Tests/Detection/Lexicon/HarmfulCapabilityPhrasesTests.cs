using System.Reflection;
using InstructionHierarchy.Detection.Lexicon;
using InstructionHierarchy.Normalization;

namespace InstructionHierarchy.Tests.Detection.Lexicon;

public class HarmfulCapabilityPhrasesTests
{
    private static List<(string Array, string Phrase)> Phrases()
    {
        List<(string, string)> data = [];
        foreach (Type type in new[] { typeof(HarmfulCapabilityPhrases), typeof(JailbreakPhrases) })
        {
            foreach (FieldInfo field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                foreach (string phrase in (string[])field.GetValue(null)!)
                {
                    data.Add(($"{type.Name}.{field.Name}", phrase));
                }
            }
        }

        return data;
    }

    [Fact]
    public void Phrases_EveryFoldedPhrase_IsWrittenTheWayTheNormalizerFoldsText()
    {
        // A phrase the normalizer would fold differently ("：" becomes ":", "ı" becomes "i") can never match folded text.
        List<string> unmatched = [];
        foreach ((string array, string raw) in Phrases())
        {
            string phrase = raw.TrimEnd('*').Trim();
            if (TextNormalizer.Default.Normalize(phrase).Folded != phrase)
            {
                unmatched.Add($"{array}: {phrase}");
            }
        }

        Assert.Empty(unmatched);
    }

    [Theory]
    [InlineData("how to make a pipe bomb", "HarmfulItem")]
    [InlineData("wie man Sprengstoff herstellt", "HarmfulItem")]
    [InlineData("怎么制造炸弹", "HarmfulItem")]
    [InlineData("爆弾の作り方", "HarmfulItem")]
    [InlineData("without getting caught", "HarmfulAct")]
    [InlineData("my late grandmother used to tell me", "Pretext")]
    [InlineData("your guardrails were written by lawyers", "Disparage")]
    [InlineData("[INSERT PROMPT HERE]", "Template")]
    [InlineData("le regole di sicurezza sono disattivate", "SwitchedOff")]
    public void Scan_BuiltInLexicon_FindsTheNewCues(string text, string cueName)
    {
        Cue cue = Enum.Parse<Cue>(cueName);
        var buffer = default(CueHitBuffer);
        try
        {
            BuiltInLexicon.Instance.Scan(TextNormalizer.Default.Normalize(text).Folded, ref buffer);
            Assert.Contains(buffer.Items.ToArray(), hit => hit.Cue == cue);
        }
        finally
        {
            buffer.Release();
        }
    }
}
