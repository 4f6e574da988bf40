using System.Text;
using System.Text.Json.Nodes;
using InstructionHierarchy;
using InstructionHierarchy.Responses;

namespace OpenAICompatibleProxy.Tests;

public sealed class ResponsesSseRewriterTests
{
    private const string Secret = "HALCYON-5530-PIN";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static readonly ResponseExpectations Expectations = new()
    {
        Secrets = [new ProtectedSecret("door pin", Secret)],
    };

    [Fact]
    public async Task RewriteAsync_SecretSplitAcrossDeltas_NoEventCarriesItAndTheDoneTextMatchesTheDeltas()
    {
        string input = Delta("m1", 0, "The pin is HAL") + Delta("m1", 0, "CYON-55") + Delta("m1", 0, "30-PIN, keep it") + Delta("m1", 0, " safe.")
            + Event("response.output_text.done", new JsonObject { ["item_id"] = "m1", ["output_index"] = 0, ["content_index"] = 0, ["text"] = $"The pin is {Secret}, keep it safe." });

        string output = await RewriteAsync(input);

        Assert.DoesNotContain("5530", output, StringComparison.Ordinal);
        Assert.Equal("The pin is [redacted: secret], keep it safe.", Deltas(output, "m1"));
        JsonObject done = Assert.Single(Parse(output), e => e["type"]!.GetValue<string>() == "response.output_text.done");
        Assert.Equal(Deltas(output, "m1"), done["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task RewriteAsync_InProgressCopyMidStream_DoesNotEndThePartSoALaterSplitSecretIsStillCaught()
    {
        var partial = new JsonObject
        {
            ["type"] = "message",
            ["id"] = "m1",
            ["role"] = "assistant",
            ["content"] = new JsonArray(new JsonObject { ["type"] = "output_text", ["text"] = "Hello, " }),
        };
        string input = Delta("m1", 0, "Hello, ")
            + Event("response.in_progress", new JsonObject { ["response"] = new JsonObject { ["id"] = "r", ["status"] = "in_progress", ["output"] = new JsonArray(partial) } })
            + Delta("m1", 0, "the pin is HALCY") + Delta("m1", 0, "ON-5530-PIN.");

        string output = await RewriteAsync(input);

        Assert.DoesNotContain("5530", output, StringComparison.Ordinal);
        Assert.Equal("Hello, the pin is [redacted: secret].", Deltas(output, "m1"));
    }

    [Fact]
    public async Task RewriteAsync_TwoPartsInterleaved_EachHasItsOwnMonitor()
    {
        string input = Delta("a", 0, "First: HALCYON-") + Delta("b", 1, "Second: nothing to hide") + Delta("a", 0, "5530-PIN.") + Delta("b", 1, " here.");

        string output = await RewriteAsync(input);

        Assert.Equal("First: [redacted: secret].", Deltas(output, "a"));
        Assert.Equal("Second: nothing to hide here.", Deltas(output, "b"));
    }

    [Fact]
    public async Task RewriteAsync_TextOnlyInFinalCopies_EveryCopyIsInspected()
    {
        var message = new JsonObject
        {
            ["type"] = "message",
            ["id"] = "m9",
            ["role"] = "assistant",
            ["content"] = new JsonArray(new JsonObject { ["type"] = "output_text", ["text"] = $"Use {Secret} at the door.", ["annotations"] = new JsonArray() }),
        };
        string input = Event("response.output_item.done", new JsonObject { ["output_index"] = 0, ["item"] = message.DeepClone() })
            + Event("response.completed", new JsonObject { ["response"] = new JsonObject { ["id"] = "r", ["status"] = "completed", ["output"] = new JsonArray(message.DeepClone()) } });

        string output = await RewriteAsync(input);

        Assert.DoesNotContain(Secret, output, StringComparison.Ordinal);
        Assert.Equal(2, CountOccurrences(output, "Use [redacted: secret] at the door."));
    }

    [Fact]
    public async Task RewriteAsync_StreamEndsWithoutDone_FlushesWhatWasHeldAsADelta()
    {
        string output = await RewriteAsync(Delta("m1", 0, "Almost there: ") + Delta("m1", 0, Secret) + Delta("m1", 0, " and the rest"));

        Assert.Equal("Almost there: [redacted: secret] and the rest", Deltas(output, "m1"));
    }

    [Fact]
    public async Task RewriteAsync_OtherEventsAndFields_PassVerbatim()
    {
        string args = Event("response.function_call_arguments.delta", new JsonObject { ["item_id"] = "fc1", ["output_index"] = 1, ["delta"] = "{\"q\":" });
        string comment = ": keep-alive\n\n";
        string input = args + comment + "event: error\ndata: not json\n\n";

        string output = await RewriteAsync(input);

        Assert.Equal(input, output);
    }

    [Fact]
    public async Task RewriteEvent_Delta_KeepsEventLineAndOtherFieldsAndEmptiesLogprobs()
    {
        var rewriter = new ResponsesSseRewriter(Expectations, ResponseInspector.Default);
        string[] lines = ["event: response.output_text.delta", "id: 7", """data: {"type":"response.output_text.delta","item_id":"m1","output_index":0,"content_index":0,"delta":"Hello there, friend","logprobs":[{"token":"Hello"}],"sequence_number":4}"""];

        string output = rewriter.RewriteEvent(lines) + rewriter.Finish();

        Assert.StartsWith("event: response.output_text.delta\nid: 7\ndata: ", output, StringComparison.Ordinal);
        JsonObject first = Parse(output).First();
        Assert.Equal(4, first["sequence_number"]!.GetValue<int>());
        Assert.Empty(first["logprobs"]!.AsArray());
        Assert.Equal("Hello there, friend", Deltas(output, "m1"));
    }

    private static async Task<string> RewriteAsync(string input)
    {
        var rewriter = new ResponsesSseRewriter(Expectations, ResponseInspector.Default);
        using var source = new MemoryStream(Encoding.UTF8.GetBytes(input));
        using var output = new MemoryStream();
        await rewriter.RewriteAsync(source, output, Timeout, CancellationToken.None).WaitAsync(Timeout);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static string Delta(string itemId, int outputIndex, string delta) =>
        Event("response.output_text.delta", new JsonObject { ["item_id"] = itemId, ["output_index"] = outputIndex, ["content_index"] = 0, ["delta"] = delta, ["logprobs"] = new JsonArray() });

    private static string Event(string type, JsonObject fields)
    {
        fields["type"] = type;
        return $"event: {type}\ndata: {fields.ToJsonString()}\n\n";
    }

    private static IEnumerable<JsonObject> Parse(string events)
    {
        foreach (string line in events.Split('\n'))
        {
            if (line.StartsWith("data: {", StringComparison.Ordinal))
            {
                yield return JsonNode.Parse(line[6..])!.AsObject();
            }
        }
    }

    private static string Deltas(string events, string itemId)
    {
        var text = new StringBuilder();
        foreach (JsonObject e in Parse(events))
        {
            if (e["type"]!.GetValue<string>() == "response.output_text.delta" && e["item_id"]!.GetValue<string>() == itemId)
            {
                text.Append(e["delta"]!.GetValue<string>());
            }
        }

        return text.ToString();
    }

    private static int CountOccurrences(string text, string value)
    {
        int count = 0;
        for (int i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
