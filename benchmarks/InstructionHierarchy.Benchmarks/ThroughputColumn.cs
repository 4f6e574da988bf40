using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Parameters;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace InstructionHierarchy.Benchmarks;

/// <summary>
/// Adds the input size and the throughput (UTF-8 megabytes, 10^6 bytes, of input per second, from the mean) to the
/// summary, for benchmarks whose <c>Input</c> parameter is a scenario of <see cref="Scenarios"/>.
/// </summary>
internal sealed class ThroughputColumn : IColumn
{
    public static readonly IColumn InputSize = new ThroughputColumn("Input size", "UTF-8 size of the input", isSize: true);
    public static readonly IColumn MegabytesPerSecond = new ThroughputColumn("MB/s", "UTF-8 megabytes (10^6 bytes) of input per second, from the mean", isSize: false);

    private readonly bool _isSize;

    private ThroughputColumn(string name, string legend, bool isSize)
    {
        ColumnName = name;
        Legend = legend;
        _isSize = isSize;
    }

    public string Id => nameof(ThroughputColumn) + "." + ColumnName;

    public string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => _isSize ? 0 : 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend { get; }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        long bytes = -1;
        foreach (ParameterInstance p in benchmarkCase.Parameters.Items)
        {
            if (p.Name == "Input")
            {
                bytes = Scenarios.InputBytes(p.Value);
            }
        }

        if (bytes < 0)
        {
            return "-";
        }

        if (_isSize)
        {
            return bytes >= 1_000_000 ? $"{bytes / 1e6:0.0} MB" : $"{bytes / 1e3:0.0} KB";
        }

        double? meanNs = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (meanNs is not > 0)
        {
            return "NA";
        }

        double mbPerSecond = bytes / (meanNs.Value / 1e9) / 1e6;
        return mbPerSecond >= 100 ? mbPerSecond.ToString("0", style.CultureInfo) : mbPerSecond.ToString("0.0", style.CultureInfo);
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public override string ToString() => ColumnName;
}
