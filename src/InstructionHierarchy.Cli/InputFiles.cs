using System.Text;

namespace InstructionHierarchy.Cli;

internal static class InputFiles
{
    /// <summary>The largest input read: 256 MiB. Larger inputs are refused rather than truncated.</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Reads a whole file, or standard input for <c>-</c>/null, as UTF-8 (invalid bytes become U+FFFD).</summary>
    public static string ReadText(string? path)
    {
        if (path is null or "-")
        {
            using Stream stdin = Console.OpenStandardInput();
            return ReadBounded(stdin, "standard input");
        }

        if (!File.Exists(path))
        {
            throw new CliException($"file not found: {path}");
        }

        var info = new FileInfo(path);
        if (info.Length > MaxBytes)
        {
            throw new CliException($"{path}: {info.Length:N0} bytes is over the {MaxBytes:N0}-byte limit");
        }

        try
        {
            using FileStream stream = File.OpenRead(path);
            return ReadBounded(stream, path);
        }
        catch (IOException ex)
        {
            throw new CliException($"{path}: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new CliException($"{path}: {ex.Message}");
        }
    }

    private static string ReadBounded(Stream stream, string name)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new CliException($"{name}: input is over the {MaxBytes:N0}-byte limit");
            }

            buffer.Write(chunk, 0, read);
        }

        ReadOnlySpan<byte> bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        return StrictUtf8.GetString(bytes);
    }
}
