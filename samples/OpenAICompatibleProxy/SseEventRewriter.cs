using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using InstructionHierarchy.Responses;

namespace OpenAICompatibleProxy;

/// <summary>
/// The event-stream plumbing shared by the answer rewriters: reads the upstream's server-sent events with a bounded line
/// length and an idle timeout, hands each event (its lines, without the blank line that ends it) to
/// <see cref="RewriteEvent"/>, writes and flushes what comes back, and at the end of the stream (or when the upstream
/// stalls) writes what <see cref="Finish"/> releases. A derived class knows one API's events.
/// </summary>
/// <remarks>Not thread-safe: one rewriter per stream.</remarks>
public abstract class SseEventRewriter
{
    /// <summary>The longest event-stream line accepted, in characters.</summary>
    public const int MaxLineLength = 4 * 1024 * 1024;

    /// <summary>Serializes rewritten JSON compactly, without escaping non-ASCII text.</summary>
    protected static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Gets the findings so far.</summary>
    public abstract IReadOnlyList<ResponseFinding> Findings { get; }

    /// <summary>Copies an event stream from <paramref name="input"/> to <paramref name="output"/>, rewritten, flushing after each event.</summary>
    /// <param name="input">The upstream's event stream.</param>
    /// <param name="output">The client's response body.</param>
    /// <param name="idleTimeout">How long the upstream may stay silent between two reads.</param>
    /// <param name="cancellationToken">Cancels the copy (the client went away).</param>
    /// <returns>A task that completes at the end of the stream.</returns>
    /// <exception cref="TimeoutException">The upstream stayed silent longer than <paramref name="idleTimeout"/>; what was held back has been flushed.</exception>
    public async Task RewriteAsync(Stream input, Stream output, TimeSpan idleTimeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var reader = new SseLineReader(input, MaxLineLength);
        var lines = new List<string>();
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            while (true)
            {
                idle.CancelAfter(idleTimeout);
                string? line = await reader.ReadLineAsync(idle.Token).ConfigureAwait(false);
                if (line is null)
                {
                    break;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                    continue;
                }

                string text = RewriteEvent(lines);
                lines.Clear();
                await WriteAsync(output, text, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await WriteAsync(output, Finish(), cancellationToken).ConfigureAwait(false);
            throw new TimeoutException($"The upstream sent nothing for {idleTimeout.TotalSeconds:0} seconds.");
        }

        string tail = lines.Count > 0 ? RewriteEvent(lines) : string.Empty;
        await WriteAsync(output, tail + Finish(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rewrites one event (its lines, without the blank line that ends it).</summary>
    /// <param name="lines">The event's lines.</param>
    /// <returns>The text to send: zero or more events, each ending in a blank line.</returns>
    public abstract string RewriteEvent(IReadOnlyList<string> lines);

    /// <summary>Releases what is still held back (redacted), as events, or returns an empty string.</summary>
    /// <returns>The events, or an empty string.</returns>
    public abstract string Finish();

    /// <summary>Joins the <c>data:</c> lines of an event (the SSE rule: one optional space after the colon, lines joined by LF).</summary>
    /// <param name="lines">The event's lines.</param>
    /// <returns>The data, or <see langword="null"/> when the event has none.</returns>
    protected static string? ReadData(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        string? data = null;
        foreach (string line in lines)
        {
            if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                string value = line.Length > 5 && line[5] == ' ' ? line[6..] : line[5..];
                data = data is null ? value : string.Concat(data, "\n", value);
            }
        }

        return data;
    }

    /// <summary>Parses event data as a JSON object.</summary>
    /// <param name="data">The data.</param>
    /// <returns>The object, or <see langword="null"/> when the data is not a JSON object.</returns>
    protected static JsonObject? ParseObject(string data)
    {
        try
        {
            return JsonNode.Parse(data) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Returns an event as it came.</summary>
    /// <param name="lines">The event's lines.</param>
    /// <returns>The event, ending in a blank line.</returns>
    protected static string Verbatim(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var builder = new StringBuilder();
        foreach (string line in lines)
        {
            builder.Append(line).Append('\n');
        }

        return builder.Append('\n').ToString();
    }

    /// <summary>Returns an event with its data replaced by <paramref name="data"/> and its other lines (<c>event:</c>, <c>id:</c>, comments) kept.</summary>
    /// <param name="lines">The event's lines.</param>
    /// <param name="data">The new data.</param>
    /// <returns>The event, ending in a blank line.</returns>
    protected static string WithData(IReadOnlyList<string> lines, JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(data);
        var builder = new StringBuilder();
        foreach (string line in lines)
        {
            if (!line.StartsWith("data:", StringComparison.Ordinal))
            {
                builder.Append(line).Append('\n');
            }
        }

        return builder.Append("data: ").Append(data.ToJsonString(Compact)).Append("\n\n").ToString();
    }

    private static async Task WriteAsync(Stream output, string text, CancellationToken cancellationToken)
    {
        if (text.Length == 0)
        {
            return;
        }

        await output.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
