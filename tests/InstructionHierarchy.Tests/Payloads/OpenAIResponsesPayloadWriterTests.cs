using InstructionHierarchy.Payloads;

namespace InstructionHierarchy.Tests.Payloads;

public class OpenAIResponsesPayloadWriterTests() : PayloadWriterTests(OpenAIResponsesPayloadWriter.Default);
