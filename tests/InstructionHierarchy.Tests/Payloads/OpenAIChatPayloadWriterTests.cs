using InstructionHierarchy.Payloads;

namespace InstructionHierarchy.Tests.Payloads;

public class OpenAIChatPayloadWriterTests() : PayloadWriterTests(OpenAIChatPayloadWriter.Default);
