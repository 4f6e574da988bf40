using System.Text;

namespace OpenAICompatibleProxy;

/// <summary>
/// Reads the lines of a server-sent event stream (UTF-8; lines end in LF, CRLF or CR) with a bound on the length of a
/// line, so a hostile or broken upstream cannot make the proxy buffer without limit.
/// </summary>
public sealed class SseLineReader
{
    private readonly Stream _stream;
    private readonly int _maxLineLength;
    private readonly Decoder _decoder = new UTF8Encoding(false, false).GetDecoder();
    private readonly byte[] _bytes = new byte[8192];
    private readonly char[] _chars = new char[Encoding.UTF8.GetMaxCharCount(8192)];
    private readonly StringBuilder _line = new();
    private int _position;
    private int _count;
    private bool _skipLf;
    private bool _eof;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="stream">The event stream.</param>
    /// <param name="maxLineLength">The longest line accepted, in characters.</param>
    public SseLineReader(Stream stream, int maxLineLength)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineLength, 1);
        _stream = stream;
        _maxLineLength = maxLineLength;
    }

    /// <summary>Reads the next line, without its terminator.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The line, or <see langword="null"/> at the end of the stream.</returns>
    /// <exception cref="InvalidDataException">A line is longer than the limit.</exception>
    public async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            while (_position < _count)
            {
                char c = _chars[_position++];
                if (_skipLf)
                {
                    _skipLf = false;
                    if (c == '\n')
                    {
                        continue;
                    }
                }

                if (c is '\n' or '\r')
                {
                    _skipLf = c == '\r';
                    string line = _line.ToString();
                    _line.Clear();
                    return line;
                }

                if (_line.Length >= _maxLineLength)
                {
                    throw new InvalidDataException($"An event-stream line is longer than {_maxLineLength} characters.");
                }

                _line.Append(c);
            }

            if (_eof)
            {
                if (_line.Length == 0)
                {
                    return null;
                }

                string last = _line.ToString();
                _line.Clear();
                return last;
            }

            int read = await _stream.ReadAsync(_bytes, cancellationToken).ConfigureAwait(false);
            _eof = read == 0;
            _count = _decoder.GetChars(_bytes, 0, read, _chars, 0, flush: _eof);
            _position = 0;
        }
    }
}
