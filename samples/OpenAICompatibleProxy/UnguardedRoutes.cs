namespace OpenAICompatibleProxy;

/// <summary>
/// Decides which <c>/v1/…</c> routes the proxy refuses when they reach the pass-through: the ones that put text in front of
/// a model, or hand back a model's text, without going through a guarded endpoint.
/// </summary>
/// <remarks>
/// <para>Refused (all methods, and every route below them): <c>completions</c> and <c>engines/*/completions</c> (legacy
/// prompts), <c>edits</c>, <c>assistants</c> and <c>threads</c> (instructions, messages, runs and their output),
/// <c>realtime</c> (sessions, calls, client secrets), <c>batches</c> (run request files nobody guarded),
/// <c>conversations</c> (items stored for later responses), <c>responses/…</c> (stored responses, their input items,
/// background polling) and <c>chat/completions</c> by any other method or spelling than the guarded
/// <c>POST /v1/chat/completions</c> (stored completions and their messages). A path that spells a guarded route in a
/// way the router did not match (<c>/v1//responses</c>, a <c>%2F</c>) is refused too, so an upstream that normalizes
/// paths cannot be reached around the guard.</para>
/// <para>Passed through: <c>models</c>, <c>files</c>, <c>uploads</c>, <c>embeddings</c>, <c>moderations</c>,
/// <c>images</c>, <c>audio</c>, <c>vector_stores</c>, <c>fine_tuning</c>, <c>evals</c>, <c>containers</c> and
/// anything else.</para>
/// </remarks>
public static class UnguardedRoutes
{
    private static readonly string[] RefusedFirstSegments =
    [
        "completions", "edits", "assistants", "threads", "realtime", "batches", "conversations", "responses",
    ];

    /// <summary>Returns whether a request path under <c>/v1</c> is a generation route that the pass-through must refuse.</summary>
    /// <param name="path">The request path, such as <c>/v1/completions</c>.</param>
    /// <returns><see langword="true"/> when the route carries prompts or model output past the guard.</returns>
    public static bool IsRefused(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string[] segments = path.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase)
            .Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        int first = segments.Length > 0 && segments[0].Equals("v1", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        if (segments.Length <= first)
        {
            return false;
        }

        string head = segments[first];
        foreach (string refused in RefusedFirstSegments)
        {
            if (head.Equals(refused, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // chat/completions reaches the pass-through only by another method or a spelling the router did not match.
        if (head.Equals("chat", StringComparison.OrdinalIgnoreCase) && segments.Length > first + 1 && segments[first + 1].Equals("completions", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // engines/{id}/completions (legacy).
        return head.Equals("engines", StringComparison.OrdinalIgnoreCase) && Array.Exists(segments, s => s.Equals("completions", StringComparison.OrdinalIgnoreCase));
    }
}
