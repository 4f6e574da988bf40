using InstructionHierarchy.Tests;

namespace InstructionHierarchy.Testing.Tests;

public class PublicApiTests
{
    [Fact]
    public void PublicApi_IsApproved() => Snapshot.Match(PublicApi.Describe(typeof(HierarchyAssert).Assembly), suffix: "Testing");
}
