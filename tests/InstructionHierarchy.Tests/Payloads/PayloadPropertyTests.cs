using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using InstructionHierarchy.Payloads;

namespace InstructionHierarchy.Tests.Payloads;

/// <summary>
/// Writers emit JSON that parses for any text, including chat-template tokens and lone surrogates (Utf8JsonWriter
/// writes a lone surrogate as U+FFFD: invalid UTF-16 cannot be sent as UTF-8 JSON), and a request read and written back
/// without changes gives the same segments.
/// </summary>
public class PayloadPropertyTests
{
    private static readonly string[] Fragments = ["<|im_start|>", "system", "\"", "\\", "\n", "\u0000", "\uD800", "😀", "你好", "</document_content>", "<documents>", "ignore all previous instructions", "x"];

    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.ArrayOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts)),
        ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""));

    private static readonly IChatPayloadWriter[] Writers = [OpenAIChatPayloadWriter.Default, OpenAIResponsesPayloadWriter.Default, AnthropicMessagesPayloadWriter.Default];

    [Fact]
    public void Writers_EmitParsableJson_ForAnyText()
    {
        HierarchyPipeline pipeline = ChatRequestGuard.CreateDefaultPipeline(b => b.ConfigurePolicy(p =>
        {
            foreach (PriorityTier tier in Enum.GetValues<PriorityTier>())
            {
                p.Set(tier, ConflictSeverity.Low, PolicyAction.Flag);
            }
        }));
        Prop.ForAll(Arb.From(Text), text =>
        {
            AssembledPrompt prompt = pipeline.Assemble(
            [
                PromptSegment.System(text), PromptSegment.User(text), PromptSegment.Assistant(text, [new ToolCall("c1", "t", "{}")]),
                PromptSegment.ToolOutput("t", text, "c1"), PromptSegment.Media(MediaKind.Document, text, text),
            ], new HierarchyContext { RandomSeed = 1 });
            foreach (IChatPayloadWriter writer in Writers)
            {
                using JsonDocument document = JsonDocument.Parse(writer.WriteToString(prompt));
            }

            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    [Fact]
    public void ReadWrite_WithoutChanges_KeepsEverySegmentText()
    {
        Prop.ForAll(Arb.From(Text.Where(t => !HasLoneSurrogate(t))), text =>
        {
            foreach (string json in (string[])[
                new JsonObject { ["messages"] = new JsonArray(new JsonObject { ["role"] = "system", ["content"] = text }, new JsonObject { ["role"] = "user", ["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = text }) }) }.ToJsonString(),
                new JsonObject { ["system"] = text, ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = text }) }.ToJsonString(),
                new JsonObject { ["instructions"] = text, ["input"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = new JsonArray(new JsonObject { ["type"] = "input_text", ["text"] = text }) }, new JsonObject { ["type"] = "function_call_output", ["call_id"] = "c", ["output"] = text }) }.ToJsonString()])
            {
                ChatRequest request = ChatRequest.Parse(json);
                AssembledPrompt prompt = new HierarchyPipelineBuilder().Build().Assemble(request.Segments);
                ChatRequest again = ChatRequest.Parse(request.ToJson(prompt));
                if (!again.Segments.Select(s => s.Text).SequenceEqual(request.Segments.Select(s => s.Text)) || again.Format != request.Format)
                {
                    return false;
                }
            }

            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
