using InstructionHierarchy.Payloads;

namespace InstructionHierarchy.Tests.Payloads;

public class AnthropicMessagesPayloadWriterTests() : PayloadWriterTests(AnthropicMessagesPayloadWriter.Default);
