// Trains the built-in model of InstructionClassifierDetector: multinomial logistic regression (AdaGrad, L2) over the
// hashed features of SnippetFeatures, on JSONL files of {"text", "label"} (label "benign" or a category wire name).
//
//   dotnet run -c Release --project eng/ClassifierTrainer -- [--out FILE] [--epochs N] [--holdout 0.1] DATA.jsonl...
//
// Deterministic: the same data and options always give the same model file.
using System.Globalization;
using System.Text.Json;
using InstructionHierarchy;
using InstructionHierarchy.Detection.Statistical;
using InstructionHierarchy.Normalization;

string output = "src/InstructionHierarchy/Detection/Statistical/instruction-classifier.bin";
int epochs = 12;
double holdout = 0;
double learningRate = 0.3;
double l2 = 1e-6;
var files = new List<string>();
for (int a = 0; a < args.Length; a++)
{
    switch (args[a])
    {
        case "--out": output = args[++a]; break;
        case "--epochs": epochs = int.Parse(args[++a], CultureInfo.InvariantCulture); break;
        case "--holdout": holdout = double.Parse(args[++a], CultureInfo.InvariantCulture); break;
        case "--rate": learningRate = double.Parse(args[++a], CultureInfo.InvariantCulture); break;
        case "--l2": l2 = double.Parse(args[++a], CultureInfo.InvariantCulture); break;
        default: files.Add(args[a]); break;
    }
}

if (files.Count == 0)
{
    Console.Error.WriteLine("usage: ClassifierTrainer [--out FILE] [--epochs N] [--holdout F] [--rate R] [--l2 L] DATA.jsonl...");
    return 2;
}

ConflictCategory?[] classes =
[
    null, ConflictCategory.Override, ConflictCategory.Extraction, ConflictCategory.Jailbreak, ConflictCategory.Exfiltration,
    ConflictCategory.IndirectInstruction,
];

// Role spoofing and obfuscation are structural (tokens, headers, encodings): the rule-based detectors and the normalizer
// find them; their examples are left out rather than taught as benign.
ConflictCategory[] skipped = [ConflictCategory.RoleSpoof, ConflictCategory.Obfuscation];
int classCount = classes.Length;

// Examples: sparse (bucket, value) with value = count / sqrt(feature count), as the detector scores a window.
var examples = new List<(int[] Buckets, float[] Values, int Label, ulong Key, string Folded)>();
int[] buffer = new int[4096];
foreach (string file in files)
{
    foreach (string line in File.ReadLines(file))
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            continue;
        }

        using JsonDocument document = JsonDocument.Parse(line);
        string text = document.RootElement.GetProperty("text").GetString() ?? string.Empty;
        string label = document.RootElement.GetProperty("label").GetString() ?? string.Empty;
        int cls = label == "benign" ? 0 : ConflictCategoryNames.TryParse(label, out ConflictCategory category) ? Array.IndexOf(classes, category) : -1;
        if (cls < 0 && ConflictCategoryNames.TryParse(label, out category) && Array.IndexOf(skipped, category) >= 0)
        {
            continue;
        }

        if (cls < 0)
        {
            Console.Error.WriteLine($"{file}: unknown label '{label}', line skipped");
            continue;
        }

        string folded = TextNormalizer.Default.Normalize(text).Folded;
        int n = SnippetFeatures.Collect(folded, buffer);
        if (n == 0)
        {
            continue;
        }

        var counts = new SortedDictionary<int, int>();
        for (int i = 0; i < n; i++)
        {
            counts[buffer[i]] = counts.GetValueOrDefault(buffer[i]) + 1;
        }

        float norm = 1f / MathF.Sqrt(n);
        int[] buckets = [.. counts.Keys];
        float[] values = new float[buckets.Length];
        int k = 0;
        foreach (int count in counts.Values)
        {
            values[k++] = count * norm;
        }

        examples.Add((buckets, values, cls, Fnv(text), folded));
    }
}

// A stable split and order: by a hash of the text, not by file order.
examples.Sort((x, y) => x.Key.CompareTo(y.Key));
var train = new List<(int[] Buckets, float[] Values, int Label, ulong Key, string Folded)>();
var test = new List<(int[] Buckets, float[] Values, int Label, ulong Key, string Folded)>();
foreach (var e in examples)
{
    ((e.Key % 1000) < holdout * 1000 ? test : train).Add(e);
}

int[] perClass = new int[classCount];
foreach (var e in train)
{
    perClass[e.Label]++;
}

Console.WriteLine($"examples: {examples.Count} (train {train.Count}, held out {test.Count}); per class: {string.Join(", ", perClass)}");

// Class weights: benign text and attacks weigh the same in total; attack classes share their half evenly.
double[] classWeight = new double[classCount];
int attacks = train.Count - perClass[0];
for (int c = 0; c < classCount; c++)
{
    classWeight[c] = perClass[c] == 0 ? 0 : c == 0 ? 0.5 * train.Count / perClass[0] : 0.5 * train.Count / (attacks * 1.0) ;
}

double[] w = new double[SnippetFeatures.Buckets * classCount];
double[] g = new double[w.Length];
double[] bias = new double[classCount];
double[] gb = new double[classCount];
double[] logits = new double[classCount];
var order = Enumerable.Range(0, train.Count).ToArray();
var rng = new Random(20261121);
for (int epoch = 0; epoch < epochs; epoch++)
{
    rng.Shuffle(order);
    double loss = 0;
    foreach (int index in order)
    {
        var (buckets, values, label, _, _) = train[index];
        Forward(buckets, values, logits);
        double max = logits.Max();
        double total = 0;
        for (int c = 0; c < classCount; c++)
        {
            logits[c] = Math.Exp(logits[c] - max);
            total += logits[c];
        }

        double weight = classWeight[label];
        loss -= weight * Math.Log(logits[label] / total);
        for (int c = 0; c < classCount; c++)
        {
            double gradient = weight * ((logits[c] / total) - (c == label ? 1 : 0));
            gb[c] += gradient * gradient;
            bias[c] -= learningRate * gradient / Math.Sqrt(gb[c] + 1e-8);
            for (int k = 0; k < buckets.Length; k++)
            {
                int at = (buckets[k] * classCount) + c;
                double gk = (gradient * values[k]) + (l2 * w[at]);
                g[at] += gk * gk;
                w[at] -= learningRate * gk / Math.Sqrt(g[at] + 1e-8);
            }
        }
    }

    Console.WriteLine($"epoch {epoch + 1}: loss {loss / train.Count:F4}");
}

// Quantize to 8 bits: the scale maps the largest weight to 127.
double largest = 1e-9;
foreach (double v in w)
{
    largest = Math.Max(largest, Math.Abs(v));
}

float scale = (float)(largest / 127);
sbyte[] q = new sbyte[w.Length];
for (int i = 0; i < w.Length; i++)
{
    q[i] = (sbyte)Math.Clamp(Math.Round(w[i] / scale), -127, 127);
}

var model = new InstructionClassifierModel(classes, scale, [.. bias.Select(b => (float)b)], q);
if (test.Count > 0)
{
    Report(model, test);
}

using (FileStream stream = File.Create(output))
{
    model.Write(stream);
}

Console.WriteLine($"wrote {output} ({new FileInfo(output).Length:N0} bytes)");
return 0;

void Forward(int[] buckets, float[] values, double[] result)
{
    for (int c = 0; c < classCount; c++)
    {
        double sum = bias[c];
        for (int k = 0; k < buckets.Length; k++)
        {
            sum += w[(buckets[k] * classCount) + c] * values[k];
        }

        result[c] = sum;
    }
}

static void Report(InstructionClassifierModel model, List<(int[] Buckets, float[] Values, int Label, ulong Key, string Folded)> test)
{
    // Score held-out examples the way the detector does (integer sums of the quantized weights, then the norm).
    foreach (double threshold in (double[])[0.5, 0.7, 0.8, 0.9, 0.95])
    {
        int tp = 0, fp = 0, tn = 0, fn = 0, rightCategory = 0;
        int[] sums = new int[model.ClassCount];
        int[] buffer = new int[1024];
        foreach (var (_, _, label, _, folded) in test)
        {
            // Scored as the detector scores a window: the quantized weights, summed by the library's own code.
            Array.Clear(sums);
            int n = model.Score(folded, buffer, sums);
            double p = model.AttackProbability(sums, n, out ConflictCategory category);
            bool flagged = p >= threshold;
            if (label == 0)
            {
                if (flagged) fp++; else tn++;
            }
            else if (flagged)
            {
                tp++;
                if (model.Classes[label] == category) rightCategory++;
            }
            else
            {
                fn++;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"held out, threshold {threshold:F2}: recall {tp / Math.Max(1.0, tp + fn):F3}, FPR {fp / Math.Max(1.0, fp + tn):F3}, category right {rightCategory / Math.Max(1.0, tp):F3} (tp {tp}, fp {fp}, tn {tn}, fn {fn})"));
    }
}

static ulong Fnv(string text)
{
    ulong hash = 14695981039346656037;
    foreach (char c in text)
    {
        hash = (hash ^ c) * 1099511628211;
    }

    return hash;
}
