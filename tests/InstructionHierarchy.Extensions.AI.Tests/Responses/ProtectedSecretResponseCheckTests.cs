using FsCheck;
using FsCheck.Fluent;
using InstructionHierarchy.Extensions.AI.Responses;

namespace InstructionHierarchy.Extensions.AI.Tests.Responses;

public class ProtectedSecretResponseCheckTests
{
    private static readonly AssembledPrompt Prompt = Pipelines.Default.Assemble([PromptSegment.User("hi")]);

    [Fact]
    public void Begin_NoSecrets_PassesTextThrough()
    {
        IResponseCheckSession session = ProtectedSecretResponseCheck.Instance.Begin(Prompt, []);

        Assert.Equal("anything SAVE", session.Append("anything SAVE"));
        Assert.Equal("", session.Flush());
    }

    [Fact]
    public void Append_OverlappingSecrets_RedactsTheLongerWhole()
    {
        IResponseCheckSession session = Begin("abc123", "abc123-admin");

        string text = session.Append("x abc123-admin y abc123 z") + session.Flush();

        Assert.Equal("x [redacted: secret] y [redacted: secret] z", text);
        Assert.Equal(2, session.Redactions);
    }

    [Fact]
    public void Append_TailThatCouldStartASecret_IsHeldOnlyAsLongAsNeeded()
    {
        IResponseCheckSession session = Begin("SAVE-4412");

        Assert.Equal("a ", session.Append("a SAV"));
        Assert.Equal("SAVE-1", session.Append("E-1"));
        Assert.Equal("", session.Flush());
    }

    [Fact]
    public void Append_SurrogatePairAtTheCut_IsNotSplit()
    {
        IResponseCheckSession session = Begin("\uDC00secret");

        string released = session.Append("x \uD83D\uDC00");

        Assert.False(released.Length > 0 && char.IsHighSurrogate(released[^1]));
        Assert.Equal("x \uD83D\uDC00", released + session.Flush());
    }

    [Fact]
    public void Append_AnyChunking_ReleasesTheSameTextAsOneShotAndNeverAPrefixOfTheSecretAtTheEnd()
    {
        const string secret = "K9-zeta-77";
        Prop.ForAll(
            Gen.Elements("", "K9", "K9-", "K9-zeta-77", "zeta", " the key is ", "7", "-", "K9-zeta-7").ListOf().Select(parts => string.Concat(parts)).ToArbitrary(),
            Gen.Choose(1, 6).ListOf().ToArbitrary(),
            (text, cuts) =>
            {
                IResponseCheckSession oneShot = Begin(secret);
                string expected = oneShot.Append(text) + oneShot.Flush();

                IResponseCheckSession streamed = Begin(secret);
                var output = new System.Text.StringBuilder();
                int at = 0, i = 0;
                while (at < text.Length)
                {
                    int size = Math.Min(cuts.Count == 0 ? text.Length : cuts[i++ % cuts.Count], text.Length - at);
                    string released = streamed.Append(text.Substring(at, size));
                    output.Append(released);
                    at += size;
                }

                output.Append(streamed.Flush());
                return output.ToString() == expected && !expected.Contains(secret, StringComparison.Ordinal);
            }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    private static IResponseCheckSession Begin(params string[] secrets) =>
        ProtectedSecretResponseCheck.Instance.Begin(Prompt, Array.ConvertAll(secrets, s => new ProtectedSecret("secret", s)));
}
