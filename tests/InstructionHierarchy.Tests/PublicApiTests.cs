namespace InstructionHierarchy.Tests;

public class PublicApiTests
{
    [Fact]
    public void PublicApi_IsApproved() => Snapshot.Match(PublicApi.Describe(typeof(HierarchyPipeline).Assembly), suffix: "Core");
}
