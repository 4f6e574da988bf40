using FsCheck;
using FsCheck.Fluent;
using InstructionHierarchy.Extensions.AI.Responses;
using InstructionHierarchy.Responses;

namespace InstructionHierarchy.Extensions.AI.Tests.Responses;

public class ResponseMonitorCheckTests
{
    private static readonly AssembledPrompt Prompt = Pipelines.Default.Assemble([PromptSegment.System("You are a helpful travel agent for Contoso Trips."), PromptSegment.User("hi")]);

    [Fact]
    public void Begin_NoSecrets_CleanTextComesBackWhole()
    {
        IResponseCheckSession session = ResponseMonitorCheck.Default.Begin(Prompt, []);

        Assert.Equal("anything SAVE", session.Append("anything SAVE") + session.Flush());
        Assert.Empty(session.Findings);
    }

    [Fact]
    public void Inspect_OverlappingSecrets_RedactsTheLongerWhole()
    {
        IResponseCheckSession session = Begin("abc123", "abc123-admin");

        string text = session.Inspect("x abc123-admin y abc123 z");

        Assert.Equal("x [redacted: secret] y [redacted: secret] z", text);
        Assert.All(session.Findings, f => Assert.Equal(ResponseFindingKind.SecretLeak, f.Kind));
    }

    [Fact]
    public void Inspect_CleanText_ReturnsTheSameInstance()
    {
        const string text = "Nothing to see here.";

        Assert.Same(text, Begin("SAVE-4412").Inspect(text));
    }

    [Fact]
    public void Flush_StartsOver_AndTheNextMessageIsCheckedToo()
    {
        IResponseCheckSession session = Begin("SAVE-4412");

        string first = session.Append("one SAVE-") + session.Flush();
        string second = session.Append("two SAVE-4412") + session.Flush();

        Assert.Equal("one SAVE-", first);
        Assert.Equal("two [redacted: secret]", second);
        Assert.Single(session.Findings);
    }

    [Fact]
    public void Append_SurrogatePairAtTheCut_IsNotSplit()
    {
        IResponseCheckSession session = Begin("secret-value");
        string text = new string('x', 300) + "\uD83D\uDE00" + new string('y', 10);

        string released = session.Append(text[..301]);

        Assert.False(released.Length > 0 && char.IsHighSurrogate(released[^1]));
        Assert.Equal(text, released + session.Append(text[301..]) + session.Flush());
    }

    [Fact]
    public void Append_AnyChunking_ReleasesTheSameTextAsInspectAndNeverTheSecret()
    {
        const string secret = "K9-zeta-77";
        Prop.ForAll(
            Gen.Elements("", "K9", "K9-", "K9-zeta-77", "zeta", " the key is ", "7", "-", "K9-zeta-7", " and ").ListOf().Select(parts => string.Concat(parts)).ToArbitrary(),
            Gen.Choose(1, 6).ListOf().ToArbitrary(),
            (text, cuts) =>
            {
                string expected = Begin(secret).Inspect(text);

                IResponseCheckSession streamed = Begin(secret);
                var output = new System.Text.StringBuilder();
                int at = 0, i = 0;
                while (at < text.Length)
                {
                    int size = Math.Min(cuts.Count == 0 ? text.Length : cuts[i++ % cuts.Count], text.Length - at);
                    output.Append(streamed.Append(text.Substring(at, size)));
                    at += size;
                }

                output.Append(streamed.Flush());
                return output.ToString() == expected && !expected.Contains(secret, StringComparison.Ordinal);
            }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    private static IResponseCheckSession Begin(params string[] secrets) =>
        ResponseMonitorCheck.Default.Begin(Prompt, Array.ConvertAll(secrets, s => new ProtectedSecret("secret", s)));
}
