using InstructionHierarchy.Detection.Statistical;

namespace InstructionHierarchy.Tests.Detection.Statistical;

public class InstructionClassifierModelTests
{
    /// <summary>A model that knows one word per class: "banana" is an override, "cherry" an extraction.</summary>
    internal static InstructionClassifierModel Toy()
    {
        ConflictCategory?[] classes = [null, ConflictCategory.Override, ConflictCategory.Extraction];
        sbyte[] weights = new sbyte[SnippetFeatures.Buckets * classes.Length];
        int[] buffer = new int[8];
        foreach ((string word, int cls) in (ReadOnlySpan<(string, int)>)[("banana", 1), ("cherry", 2)])
        {
            int n = SnippetFeatures.Collect(word, buffer);
            for (int i = 0; i < n; i++)
            {
                weights[(buffer[i] * classes.Length) + cls] = 127;
            }
        }

        return new InstructionClassifierModel(classes, 0.1f, [2f, 0f, 0f], weights);
    }

    [Fact]
    public void WriteThenRead_GivesTheSameModel()
    {
        InstructionClassifierModel model = Toy();
        using var stream = new MemoryStream();
        model.Write(stream);
        stream.Position = 0;
        InstructionClassifierModel read = InstructionClassifierModel.Read(stream);
        Assert.Equal(model.Classes, read.Classes);
        Assert.Equal(model.Scale, read.Scale);
        int[] buffer = new int[8];
        int n = SnippetFeatures.Collect("banana", buffer);
        Assert.Equal(model.Weight(buffer[0], 1), read.Weight(buffer[0], 1));
        Assert.Equal(127, read.Weight(buffer[0], 1));
        Assert.True(n > 0);
    }

    [Fact]
    public void Read_Garbage_ThrowsInvalidData()
    {
        Assert.ThrowsAny<InvalidDataException>(() => InstructionClassifierModel.Read(new MemoryStream([1, 2, 3, 4, 5])));
    }

    [Fact]
    public void Read_Truncated_ThrowsInvalidData()
    {
        using var stream = new MemoryStream();
        Toy().Write(stream);
        byte[] whole = stream.ToArray();
        using var raw = new MemoryStream();
        using (var inflate = new System.IO.Compression.DeflateStream(new MemoryStream(whole), System.IO.Compression.CompressionMode.Decompress))
        {
            inflate.CopyTo(raw);
        }

        using var truncated = new MemoryStream();
        using (var deflate = new System.IO.Compression.DeflateStream(truncated, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(raw.ToArray().AsSpan(0, 200));
        }

        truncated.Position = 0;
        Assert.Throws<InvalidDataException>(() => InstructionClassifierModel.Read(truncated));
    }

    [Fact]
    public void BuiltIn_Loads()
    {
        InstructionClassifierModel model = InstructionClassifierModel.BuiltIn;
        Assert.Null(model.Classes[0]);
        Assert.True(model.ClassCount >= 2);
    }

    [Fact]
    public void AttackProbability_FollowsTheWeights()
    {
        InstructionClassifierModel model = Toy();
        int[] buffer = new int[8];
        int[] sums = new int[3];
        int n = SnippetFeatures.Collect("cherry", buffer);
        model.Accumulate(buffer.AsSpan(0, n), sums);
        Assert.True(model.AttackProbability(sums, n, out ConflictCategory category) > 0.9);
        Assert.Equal(ConflictCategory.Extraction, category);
        Assert.True(model.AttackProbability(new int[3], 4, out _) < 0.5);
    }
}
