using System.Text;
using System.Text.Json;

namespace InstructionHierarchy.Payloads;

/// <summary>
/// Guards a chat request end to end: reads OpenAI Chat Completions, Anthropic Messages or OpenAI Responses JSON (auto-detected), runs the
/// pipeline, and writes the sanitized request back in the same format (every untouched field verbatim) or in another.
/// This is what <c>ihguard sanitize</c> and an HTTP proxy do.
/// </summary>
/// <example>
/// <code>
/// ChatGuardResult result = ChatRequestGuard.Sanitize(requestJson, ChatRequestGuard.CreateDefaultPipeline());
/// if (result.IsBlocked) { /* 400 with result.Prompt.Conflicts */ }
/// else { /* forward result.Json */ }
/// </code>
/// </example>
public static class ChatRequestGuard
{
    /// <summary>
    /// Creates the pipeline <c>ihguard sanitize</c> uses: the built-in detectors and sanitizers, invisible-character
    /// stripping, spotlighting of tool output and media (delimited), and the hierarchy preamble.
    /// </summary>
    /// <param name="configure">Further changes to the builder (secrets, policy, spotlighting modes), applied last.</param>
    /// <returns>The pipeline.</returns>
    public static HierarchyPipeline CreateDefaultPipeline(Action<HierarchyPipelineBuilder>? configure = null)
    {
        HierarchyPipelineBuilder builder = new HierarchyPipelineBuilder()
            .AddDefaults()
            .AddInvisibleCharacterSanitizer()
            .AddSpotlighting()
            .AddHierarchyPreamble();
        configure?.Invoke(builder);
        return builder.Build();
    }

    /// <summary>Reads, guards and writes back one chat request.</summary>
    /// <param name="json">The request body.</param>
    /// <param name="pipeline">The pipeline (synchronous detectors only; see <see cref="SanitizeAsync"/>).</param>
    /// <param name="options">The output format, context and read options.</param>
    /// <returns>The result: the verdict and findings, and the sanitized JSON unless blocked.</returns>
    /// <exception cref="ChatPayloadFormatException">The request could not be read.</exception>
    /// <exception cref="InvalidOperationException">The request cannot be written in <see cref="ChatGuardOptions.OutputFormat"/> (see <see cref="ChatRequest.ConvertTo"/>).</exception>
    public static ChatGuardResult Sanitize(string json, HierarchyPipeline pipeline, ChatGuardOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        options ??= new ChatGuardOptions();
        ChatRequest request = ChatRequest.Parse(json, options.Read);
        return Finish(request, pipeline.Assemble(request.Segments, options.Context), options);
    }

    /// <summary>Reads, guards (with asynchronous detectors too) and writes back one chat request.</summary>
    /// <param name="json">The request body.</param>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="options">The output format, context and read options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ChatPayloadFormatException">The request could not be read.</exception>
    /// <exception cref="InvalidOperationException">The request cannot be written in <see cref="ChatGuardOptions.OutputFormat"/> (see <see cref="ChatRequest.ConvertTo"/>).</exception>
    public static async ValueTask<ChatGuardResult> SanitizeAsync(string json, HierarchyPipeline pipeline, ChatGuardOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        options ??= new ChatGuardOptions();
        ChatRequest request = ChatRequest.Parse(json, options.Read);
        AssembledPrompt prompt = await pipeline.AssembleAsync(request.Segments, options.Context, cancellationToken).ConfigureAwait(false);
        return Finish(request, prompt, options);
    }

    private static ChatGuardResult Finish(ChatRequest request, AssembledPrompt prompt, ChatGuardOptions options)
    {
        ChatPayloadFormat format = options.OutputFormat ?? request.Format;
        if (prompt.IsBlocked)
        {
            return new ChatGuardResult(request, prompt, null, format, []);
        }

        using var stream = new MemoryStream();
        IReadOnlyList<string> lost;
        using (Utf8JsonWriter writer = PayloadJson.CreateWriter(stream, options.Indented))
        {
            lost = request.ConvertTo(writer, prompt, format);
        }

        return new ChatGuardResult(request, prompt, Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length), format, lost);
    }
}
