using InstructionHierarchy.Tests;

namespace InstructionHierarchy.Extensions.AI.Tests;

public class PublicApiTests
{
    [Fact]
    public void PublicApi_IsApproved() => Snapshot.Match(PublicApi.Describe(typeof(InstructionHierarchyChatClient).Assembly), suffix: "ExtensionsAI");
}
