using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace InstructionHierarchy.Detection.Statistical;

/// <summary>
/// A multinomial logistic-regression model over <see cref="SnippetFeatures"/>: class 0 is benign text, the others are
/// conflict categories. Weights are 8-bit, one row of <see cref="ClassCount"/> weights per hash bucket.
/// </summary>
/// <remarks>
/// File format (little-endian, the whole file Deflate-compressed): the magic <c>IHCM</c>, format version (int32 = 1),
/// bucket bits (int32), class count (int32), each class name (int32 byte length + UTF-8; <c>benign</c> first, then
/// <see cref="ConflictCategoryNames"/> wire names), the weight scale (float32), one bias per class (float32), then
/// buckets × classes signed bytes. <c>eng/ClassifierTrainer</c> writes it.
/// </remarks>
internal sealed class InstructionClassifierModel
{
    /// <summary>The resource name of the built-in model.</summary>
    public const string ResourceName = "InstructionHierarchy.Detection.Statistical.instruction-classifier.bin";

    private const int FormatVersion = 1;
    private const int RowClasses = 8;

    /// <summary>256 × 128 ≤ 2^15: a block of 8-bit weights cannot overflow a 16-bit lane.</summary>
    private const int BlockFeatures = 256;
    private static readonly Lazy<InstructionClassifierModel> s_builtIn = new(LoadBuiltIn);

    /// <summary>Up to eight classes: one 64-bit row per bucket (weights in class order, zero padded), so that a bucket is
    /// one aligned load and the accumulation is a vector widening add.</summary>
    private readonly ulong[]? _rows;

    /// <summary>More than eight classes: buckets × classes weights.</summary>
    private readonly sbyte[]? _weights;
    private readonly float[] _biases;

    /// <summary>ln(classes − 1), computed once: <see cref="Reaches"/> runs for every window.</summary>
    private readonly double _logOthers;

    public InstructionClassifierModel(ConflictCategory?[] classes, float scale, float[] biases, sbyte[] weights)
    {
        if (classes.Length < 2 || classes[0] is not null || biases.Length != classes.Length || weights.Length != SnippetFeatures.Buckets * classes.Length)
        {
            throw new InvalidDataException("The classifier model does not fit the feature space.");
        }

        Classes = classes;
        Scale = scale;
        _biases = biases;
        _logOthers = Math.Log(classes.Length - 1);
        if (classes.Length <= RowClasses)
        {
            _rows = new ulong[SnippetFeatures.Buckets];
            Span<byte> row = stackalloc byte[RowClasses];
            for (int b = 0; b < _rows.Length; b++)
            {
                MemoryMarshal.AsBytes(weights.AsSpan(b * classes.Length, classes.Length)).CopyTo(row);
                _rows[b] = BinaryPrimitives.ReadUInt64LittleEndian(row);
            }
        }
        else
        {
            _weights = weights;
        }
    }

    /// <summary>Gets the model shipped in the assembly.</summary>
    public static InstructionClassifierModel BuiltIn => s_builtIn.Value;

    /// <summary>Gets the classes: <see langword="null"/> (benign) first, then the categories.</summary>
    public ConflictCategory?[] Classes { get; }

    /// <summary>Gets the number of classes.</summary>
    public int ClassCount => Classes.Length;

    /// <summary>Gets the factor that turns a sum of 8-bit weights into a logit contribution.</summary>
    public float Scale { get; }

    /// <summary>Gets the weight of a bucket for a class.</summary>
    public sbyte Weight(int bucket, int cls)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cls);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(cls, Classes.Length);
        return _rows is not null ? (sbyte)(_rows[bucket] >> (cls * 8)) : _weights![(bucket * Classes.Length) + cls];
    }

    /// <summary>Adds the weights of <paramref name="features"/> to <paramref name="sums"/> (one per class).</summary>
    public void Accumulate(ReadOnlySpan<int> features, Span<int> sums)
    {
        int classes = Classes.Length;
        if (_rows is not null)
        {
            AccumulateRows(_rows, features, sums[..classes]);
            return;
        }

        ReadOnlySpan<sbyte> weights = _weights;
        foreach (int bucket in features)
        {
            ReadOnlySpan<sbyte> row = weights.Slice(bucket * classes, classes);
            for (int c = 0; c < row.Length; c++)
            {
                sums[c] += row[c];
            }
        }
    }

    /// <summary>Adds the weights of the features of <paramref name="text"/> to <paramref name="sums"/>, scoring each feature as
    /// it is made: the same count and sums as <see cref="SnippetFeatures.Collect(ReadOnlySpan{char}, Span{int})"/> into
    /// <paramref name="buffer"/> followed by <see cref="Accumulate"/>.</summary>
    /// <param name="text">Folded text.</param>
    /// <param name="buffer">Scratch space; its length is the most features to score.</param>
    /// <param name="sums">The sums (one per class) to add to.</param>
    /// <returns>The number of features.</returns>
    public int Score(ReadOnlySpan<char> text, Span<int> buffer, Span<int> sums)
    {
        if (_rows is null)
        {
            int n = SnippetFeatures.Collect(text, buffer);
            Accumulate(buffer[..n], sums);
            return n;
        }

        var sink = new RowSink(_rows);
        int count = SnippetFeatures.Collect(text, buffer.Length, ref sink);
        sink.AddTo(sums[..Classes.Length]);
        return count;
    }

    /// <summary>Adds the weights of the features of <paramref name="text"/> to <paramref name="sums"/>, as
    /// <see cref="Score(ReadOnlySpan{char}, Span{int}, Span{int})"/> does with a buffer of <paramref name="capacity"/>
    /// features, without asking the caller for the buffer (a model of up to eight classes scores features as they are
    /// made and needs none).</summary>
    /// <param name="text">Folded text.</param>
    /// <param name="capacity">The most features to score.</param>
    /// <param name="sums">The sums (one per class) to add to.</param>
    /// <returns>The number of features.</returns>
    public int Score(ReadOnlySpan<char> text, int capacity, Span<int> sums)
    {
        if (_rows is not null)
        {
            var sink = new RowSink(_rows);
            int count = SnippetFeatures.Collect(text, capacity, ref sink);
            sink.AddTo(sums[..Classes.Length]);
            return count;
        }

        int[] buffer = ArrayPool<int>.Shared.Rent(capacity);
        try
        {
            return Score(text, buffer.AsSpan(0, capacity), sums);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }

    private static void AccumulateRows(ulong[] rows, ReadOnlySpan<int> features, Span<int> sums)
    {
        var sink = new RowSink(rows);
        foreach (int bucket in features)
        {
            sink.Add(bucket);
        }

        sink.AddTo(sums);
    }

    /// <summary>The probability that a window is not benign, and its most likely category.</summary>
    /// <param name="sums">The accumulated weights of the window (one per class).</param>
    /// <param name="featureCount">The number of features of the window.</param>
    /// <param name="category">The most likely conflict category.</param>
    /// <returns>1 − P(benign).</returns>
    public double AttackProbability(ReadOnlySpan<int> sums, int featureCount, out ConflictCategory category)
    {
        double norm = Scale / Math.Sqrt(Math.Max(1, featureCount));
        Span<double> logits = stackalloc double[Classes.Length];
        double max = double.NegativeInfinity;
        int best = 1;
        for (int c = 0; c < logits.Length; c++)
        {
            logits[c] = _biases[c] + (sums[c] * norm);
            max = Math.Max(max, logits[c]);
            if (c > 0 && logits[c] > logits[best])
            {
                best = c;
            }
        }

        double total = 0;
        for (int c = 0; c < logits.Length; c++)
        {
            total += Math.Exp(logits[c] - max);
        }

        category = Classes[best]!.Value;
        return 1 - (Math.Exp(logits[0] - max) / total);
    }

    /// <summary>Whether a window reaches a threshold, without the softmax for the many windows that clearly do not.</summary>
    /// <param name="sums">The accumulated weights of the window (one per class).</param>
    /// <param name="featureCount">The number of features of the window.</param>
    /// <param name="logOdds">ln(threshold / (1 − threshold)), precomputed by the caller.</param>
    /// <param name="probability">1 − P(benign), when the window may reach the threshold; otherwise 0.</param>
    /// <param name="category">The most likely conflict category, when the window may reach the threshold.</param>
    /// <returns><see langword="true"/> when 1 − P(benign) is at least the threshold.</returns>
    public bool Reaches(ReadOnlySpan<int> sums, int featureCount, double logOdds, out double probability, out ConflictCategory category)
    {
        // 1 − P(benign) ≥ t  ⇔  Σ exp(lc − l0) ≥ t / (1 − t); the sum is at most (classes − 1) · exp(max(lc − l0)).
        double norm = Scale / Math.Sqrt(Math.Max(1, featureCount));
        double benign = _biases[0] + (sums[0] * norm);
        double best = double.NegativeInfinity;
        for (int c = 1; c < sums.Length; c++)
        {
            best = Math.Max(best, _biases[c] + (sums[c] * norm) - benign);
        }

        if (best + (sums.Length == Classes.Length ? _logOthers : Math.Log(sums.Length - 1)) < logOdds)
        {
            probability = 0;
            category = default;
            return false;
        }

        probability = AttackProbability(sums, featureCount, out category);
        return probability >= 1 / (1 + Math.Exp(-logOdds));
    }

    /// <summary>Reads a model (Deflate-compressed, see the remarks).</summary>
    /// <exception cref="InvalidDataException">The data is not a model of this format.</exception>
    public static InstructionClassifierModel Read(Stream compressed)
    {
        using var deflate = new DeflateStream(compressed, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        deflate.CopyTo(buffer);
        ReadOnlySpan<byte> data = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        int at = 0;
        if (data.Length < 16 || !data[..4].SequenceEqual("IHCM"u8))
        {
            throw new InvalidDataException("Not an instruction classifier model.");
        }

        at = 4;
        int version = ReadInt(data, ref at);
        int bits = ReadInt(data, ref at);
        int classCount = ReadInt(data, ref at);
        if (version != FormatVersion || bits != SnippetFeatures.BucketBits || classCount is < 2 or > 16)
        {
            throw new InvalidDataException($"Unsupported classifier model (version {version}, {bits} bucket bits, {classCount} classes).");
        }

        var classes = new ConflictCategory?[classCount];
        for (int c = 0; c < classCount; c++)
        {
            int length = ReadInt(data, ref at);
            string name = Encoding.UTF8.GetString(Take(data, ref at, length));
            ConflictCategory category = default;
            if (c == 0 ? name != "benign" : !ConflictCategoryNames.TryParse(name, out category))
            {
                throw new InvalidDataException($"Unknown class '{name}' in the classifier model.");
            }

            classes[c] = c == 0 ? null : category;
        }

        float scale = BinaryPrimitives.ReadSingleLittleEndian(Take(data, ref at, 4));
        float[] biases = new float[classCount];
        for (int c = 0; c < classCount; c++)
        {
            biases[c] = BinaryPrimitives.ReadSingleLittleEndian(Take(data, ref at, 4));
        }

        ReadOnlySpan<byte> raw = Take(data, ref at, SnippetFeatures.Buckets * classCount);
        if (at != data.Length)
        {
            throw new InvalidDataException("Trailing data after the classifier model.");
        }

        return new InstructionClassifierModel(classes, scale, biases, System.Runtime.InteropServices.MemoryMarshal.Cast<byte, sbyte>(raw).ToArray());
    }

    /// <summary>Writes the model in the format <see cref="Read"/> reads.</summary>
    public void Write(Stream destination)
    {
        using var deflate = new DeflateStream(destination, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(deflate, Encoding.UTF8, leaveOpen: true);
        writer.Write("IHCM"u8);
        writer.Write(FormatVersion);
        writer.Write(SnippetFeatures.BucketBits);
        writer.Write(Classes.Length);
        foreach (ConflictCategory? cls in Classes)
        {
            byte[] name = Encoding.UTF8.GetBytes(cls is { } c ? c.ToName() : "benign");
            writer.Write(name.Length);
            writer.Write(name);
        }

        writer.Write(Scale);
        foreach (float bias in _biases)
        {
            writer.Write(bias);
        }

        if (_rows is not null)
        {
            Span<byte> row = stackalloc byte[RowClasses];
            foreach (ulong packed in _rows)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(row, packed);
                writer.Write(row[..Classes.Length]);
            }
        }
        else
        {
            writer.Write(MemoryMarshal.AsBytes(_weights.AsSpan()));
        }
    }

    private static int ReadInt(ReadOnlySpan<byte> data, ref int at) => BinaryPrimitives.ReadInt32LittleEndian(Take(data, ref at, 4));

    private static ReadOnlySpan<byte> Take(ReadOnlySpan<byte> data, ref int at, int length)
    {
        if (length < 0 || at + length > data.Length)
        {
            throw new InvalidDataException("The classifier model is truncated.");
        }

        ReadOnlySpan<byte> slice = data.Slice(at, length);
        at += length;
        return slice;
    }

    /// <summary>Sums 64-bit rows of eight 8-bit weights: widened to 16 bits per lane in blocks of at most
    /// <see cref="BlockFeatures"/> features (which cannot overflow 16 bits), then to 32 bits. Integer sums, so exactly the
    /// scalar result.</summary>
    private struct RowSink(ulong[] rows) : IFeatureSink
    {
        private readonly ulong[] _rows = rows;
        private Vector128<short> _block;
        private Vector128<int> _low;
        private Vector128<int> _high;
        private int _inBlock;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(int bucket)
        {
            _block += Vector128.WidenLower(Vector128.CreateScalarUnsafe(_rows[bucket]).AsSByte());
            if (++_inBlock == BlockFeatures)
            {
                Flush();
            }
        }

        /// <summary>The same as <see cref="Add"/> for each bucket, with the running sums in registers.</summary>
        public void AddRange(scoped ReadOnlySpan<int> buckets)
        {
            ulong[] rows = _rows;
            Vector128<short> block = _block;
            int inBlock = _inBlock;
            foreach (int bucket in buckets)
            {
                block += Vector128.WidenLower(Vector128.CreateScalarUnsafe(rows[bucket]).AsSByte());
                if (++inBlock == BlockFeatures)
                {
                    _block = block;
                    Flush();
                    block = Vector128<short>.Zero;
                    inBlock = 0;
                }
            }

            _block = block;
            _inBlock = inBlock;
        }

        public void AddTo(Span<int> sums)
        {
            Flush();
            Span<int> total = stackalloc int[RowClasses];
            _low.CopyTo(total);
            _high.CopyTo(total[4..]);
            for (int c = 0; c < sums.Length; c++)
            {
                sums[c] += total[c];
            }
        }

        private void Flush()
        {
            (Vector128<int> lower, Vector128<int> upper) = Vector128.Widen(_block);
            _low += lower;
            _high += upper;
            _block = Vector128<short>.Zero;
            _inBlock = 0;
        }
    }

    private static InstructionClassifierModel LoadBuiltIn()
    {
        using Stream stream = typeof(InstructionClassifierModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The built-in classifier model ({ResourceName}) is missing from the assembly.");
        return Read(stream);
    }
}
