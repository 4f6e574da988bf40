using System.Text.Json;

namespace InstructionHierarchy.Payloads;

/// <summary>
/// Writes an <see cref="AssembledPrompt"/> as the JSON body of a chat request of one vendor format, with
/// <see cref="Utf8JsonWriter"/> (no reflection; trimming and AOT safe). Implementations are stateless and thread-safe.
/// </summary>
/// <remarks>
/// Writers send the sanitized <see cref="AssembledPrompt.Segments"/>, never the originals, and the
/// <see cref="AssembledPrompt.Preamble"/> as its own system text before the application's (never merged into it). A
/// segment is never sent with a more trusted role than it came with. To keep every field of an incoming request
/// (tools, images, vendor extensions), read it with <see cref="ChatRequest"/> and write it back with
/// <see cref="ChatRequest.WriteTo(Utf8JsonWriter, AssembledPrompt)"/> instead.
/// </remarks>
public interface IChatPayloadWriter
{
    /// <summary>Gets the format this writer produces.</summary>
    ChatPayloadFormat Format { get; }

    /// <summary>Writes the request body.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="prompt">The assembled prompt.</param>
    /// <param name="options">The model, limits and extra fields; <see langword="null"/> for none.</param>
    /// <exception cref="InstructionConflictException">The policy blocked the prompt: it must not be sent.</exception>
    /// <exception cref="InvalidOperationException">The prompt cannot be expressed in this format (a tool result without a call id).</exception>
    void Write(Utf8JsonWriter writer, AssembledPrompt prompt, ChatPayloadOptions? options = null);
}
