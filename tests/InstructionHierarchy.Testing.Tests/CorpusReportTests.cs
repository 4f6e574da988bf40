using Xunit.Abstractions;

namespace InstructionHierarchy.Testing.Tests;

public class CorpusReportTests(ITestOutputHelper output)
{
    [Fact]
    public void Measure_DefaultPipeline_PrintsTheDetectionRatePerCategory()
    {
        // Informational: the detection rate of today's pipeline on the corpus, per category, tier and language.
        CorpusReport report = CorpusReport.Measure(Pipelines.Default);
        output.WriteLine(report.ToMarkdown());

        Assert.Equal(AttackCorpus.All.Count, report.Results.Count);
        Assert.Equal(AttackCorpus.Attacks.Count(), report.Total.Attacks);
        Assert.Equal(report.Total.Attacks, report.ByCategory.Sum(r => r.Attacks));
        Assert.Equal(report.Total.Negatives, report.ByLanguage.Sum(r => r.Negatives));
        Assert.Equal(report.Total.Detected, report.ByTier.Sum(r => r.Detected));
    }

    [Fact]
    public void Measure_OracleAndEmptyPipelines_GiveTheExtremes()
    {
        CorpusReport oracle = CorpusReport.Measure(Pipelines.Oracle, AttackCorpus.Attacks);
        CorpusReport empty = CorpusReport.Measure(Pipelines.Empty);

        Assert.Equal(1.0, oracle.Total.DetectionRate);
        Assert.Equal(1.0, oracle.Total.HandledRate);
        Assert.Equal(0, empty.Total.Detected);
        Assert.Equal(0, empty.Total.FalsePositives);
        Assert.Contains("| override |", empty.ToMarkdown(), StringComparison.Ordinal);
        Assert.Contains("Attacks not handled as expected: en-user-override-01", empty.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void Measure_PipelineThatChangesEverything_CountsEveryNegativeAsAFalsePositive()
    {
        HierarchyPipeline everything = new HierarchyPipelineBuilder().AddDetector(new EverythingDetector(ConflictSeverity.High)).Build();

        CorpusReport report = CorpusReport.Measure(everything, AttackCorpus.Negatives);

        Assert.Equal(report.Total.Negatives, report.Total.FalsePositives);
        Assert.Equal(1.0, report.Total.FalsePositiveRate);
        Assert.Equal(0, report.Total.Attacks);
    }
}
