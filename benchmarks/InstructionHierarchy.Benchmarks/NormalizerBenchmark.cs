using BenchmarkDotNet.Attributes;
using InstructionHierarchy.Normalization;

namespace InstructionHierarchy.Benchmarks;

/// <summary><see cref="TextNormalizer.Normalize"/> with decoding on (the default) and off (folding only).</summary>
public class NormalizerBenchmark
{
    private static readonly TextNormalizer FoldOnly = new(new TextNormalizerOptions { DecodeEncodings = false });
    private string _text = "";

    /// <summary>The input.</summary>
    [ParamsAllValues]
    public NormalizerInput Input { get; set; }

    /// <summary>Builds the input outside the measurement.</summary>
    [GlobalSetup]
    public void Setup() => _text = Scenarios.Text(Input);

    /// <summary>The default normalizer: folding plus bounded decoding.</summary>
    [Benchmark(Baseline = true)]
    public NormalizedText Normalize() => TextNormalizer.Default.Normalize(_text);

    /// <summary>Folding only.</summary>
    [Benchmark]
    public NormalizedText NormalizeNoDecoding() => FoldOnly.Normalize(_text);

    /// <summary>The default normalizer, then one span mapped back to the original, as when a detector reports a
    /// finding: the offset map is built on the first mapping, so this is the cost of a segment with findings.</summary>
    /// <returns>The mapped span.</returns>
    [Benchmark]
    public (int Start, int Length) NormalizeAndMapOnce()
    {
        NormalizedText normalized = TextNormalizer.Default.Normalize(_text);
        return normalized.MapToOriginal(normalized.Folded.Length / 2, Math.Min(8, normalized.Folded.Length / 2));
    }
}
