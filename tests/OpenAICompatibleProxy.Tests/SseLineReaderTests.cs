using System.Text;

namespace OpenAICompatibleProxy.Tests;

public sealed class SseLineReaderTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task ReadLineAsync_MixedLineEndings_SplitsOnLfCrLfAndCr()
    {
        Assert.Equal(["a", "b", "", "c", "d", "é€😀"], await ReadAllAsync("a\nb\r\n\r\nc\rd\né€😀", 64));
    }

    [Fact]
    public async Task ReadLineAsync_CrLfAndMultiByteCharactersAcrossReads_AreReadWhole()
    {
        string text = new string('x', 8191) + "\r\n" + new string('y', 8190) + "€\n";

        Assert.Equal([new string('x', 8191), new string('y', 8190) + "€"], await ReadAllAsync(text, 100_000, chunkSize: 8192));
    }

    [Fact]
    public async Task ReadLineAsync_LineOverTheLimit_ThrowsInvalidData()
    {
        var reader = new SseLineReader(new MemoryStream(Encoding.UTF8.GetBytes(new string('z', 100) + "\n")), 50);

        await Assert.ThrowsAsync<InvalidDataException>(() => reader.ReadLineAsync(CancellationToken.None).AsTask().WaitAsync(Timeout));
    }

    private static async Task<List<string>> ReadAllAsync(string text, int maxLine, int chunkSize = 3)
    {
        var reader = new SseLineReader(new TrickleStream(Encoding.UTF8.GetBytes(text), chunkSize), maxLine);
        var lines = new List<string>();
        while (await reader.ReadLineAsync(CancellationToken.None).AsTask().WaitAsync(Timeout) is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>Returns at most a few bytes per read, so line ends and UTF-8 sequences fall across reads.</summary>
    private sealed class TrickleStream(byte[] data, int chunkSize) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunkSize));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunkSize)], cancellationToken);
    }
}
