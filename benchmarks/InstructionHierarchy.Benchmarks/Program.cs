using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using InstructionHierarchy.Benchmarks;

// Usage (from the repository root):
//   dotnet run -c Release --project benchmarks/InstructionHierarchy.Benchmarks -- --smoke
//       runs every benchmark method once per input, in-process, and exits non-zero on failure (seconds; fit for CI).
//   dotnet run -c Release --project benchmarks/InstructionHierarchy.Benchmarks -- --filter '*' --job short
//       the numbers committed under benchmarks/results (a few minutes on 2 cores).
//   dotnet run -c Release --project benchmarks/InstructionHierarchy.Benchmarks -- --filter '*Normalizer*' --job short
//       one class; add --anyCategories or --list flat to see the cases.
if (args.Contains("--smoke"))
{
    return Smoke.Run(Console.Out);
}

IConfig config = DefaultConfig.Instance
    .AddDiagnoser(MemoryDiagnoser.Default)
    .AddColumn(ThroughputColumn.InputSize, ThroughputColumn.MegabytesPerSecond);

if (!args.Contains("--job") && !args.Contains("-j"))
{
    // Short by default: the benchmark machine is shared. Ask for --job medium or long on a quiet machine.
    config = config.AddJob(Job.ShortRun);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
return 0;
