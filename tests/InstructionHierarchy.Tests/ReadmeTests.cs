namespace InstructionHierarchy.Tests;

public class ReadmeTests
{
    private const string Begin = "// begin-snippet: quick-start";
    private const string End = "// end-snippet";

    [Fact]
    public void QuickStart_IsInSyncWithSample()
    {
        string sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "QuickStart.Program.cs.txt")).ReplaceLineEndings("\n");
        string readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "README.md")).ReplaceLineEndings("\n");

        int begin = sample.IndexOf(Begin, StringComparison.Ordinal);
        int end = sample.IndexOf(End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, "samples/QuickStart/Program.cs has no quick-start snippet markers.");
        string snippet = sample[(sample.IndexOf('\n', begin) + 1)..end].TrimEnd();

        Assert.True(readme.Contains(snippet, StringComparison.Ordinal), "README.md does not contain the quick start of samples/QuickStart/Program.cs verbatim:\n" + snippet);
    }

    [Fact]
    public void Readme_TestCommand_IsWhatCiRuns()
    {
        string readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "README.md"));
        Assert.Contains("dotnet test InstructionHierarchy.sln", readme, StringComparison.Ordinal);
    }
}
