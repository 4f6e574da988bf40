using Microsoft.Extensions.AI;

namespace InstructionHierarchy.Extensions.AI.Responses;

/// <summary>
/// Passes the text of a streamed answer through an <see cref="IResponseCheckSession"/>: each text update carries what the
/// session releases, and the held-back tail is flushed, in order, before any non-text content, at a finish reason, when
/// a new message starts and at the end of the stream. Non-text contents and update metadata are kept.
/// </summary>
internal sealed class StreamInspection(IResponseCheckSession session)
{
    private ChatResponseUpdate? _template;

    /// <summary>Returns the updates to yield for one update of the inner stream: a flush update first when needed, then the update.</summary>
    public IEnumerable<ChatResponseUpdate> Process(ChatResponseUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        bool hasText = false;
        foreach (AIContent content in update.Contents)
        {
            if (content is TextContent)
            {
                hasText = true;
                break;
            }
        }

        bool newMessage = _template is not null && update.MessageId is not null && _template.MessageId is not null && update.MessageId != _template.MessageId;
        if (!hasText)
        {
            if ((newMessage || update.Contents.Count > 0 || update.FinishReason is not null) && Finish() is { } flushed)
            {
                return [flushed, update];
            }

            return [update];
        }

        ChatResponseUpdate? before = newMessage ? Finish() : null;
        var contents = new List<AIContent>(update.Contents.Count);
        foreach (AIContent content in update.Contents)
        {
            if (content is TextContent text)
            {
                AddText(contents, session.Append(text.Text ?? string.Empty), text);
            }
            else
            {
                AddText(contents, session.Flush(), null);
                contents.Add(content);
            }
        }

        if (update.FinishReason is not null)
        {
            AddText(contents, session.Flush(), null);
        }

        ChatResponseUpdate copy = update.Clone();
        copy.Contents = contents;
        copy.RawRepresentation = null; // the provider's chunk still holds the unchecked text
        _template = copy;
        return before is null ? [copy] : [before, copy];
    }

    /// <summary>Flushes the held-back text as an update of the last text message, or returns <see langword="null"/> when nothing is held.</summary>
    public ChatResponseUpdate? Finish()
    {
        string rest = session.Flush();
        if (rest.Length == 0)
        {
            return null;
        }

        return new ChatResponseUpdate(_template?.Role ?? ChatRole.Assistant, rest)
        {
            MessageId = _template?.MessageId,
            ResponseId = _template?.ResponseId,
            ConversationId = _template?.ConversationId,
            ModelId = _template?.ModelId,
            AuthorName = _template?.AuthorName,
            CreatedAt = _template?.CreatedAt,
        };
    }

    private static void AddText(List<AIContent> contents, string text, TextContent? original)
    {
        if (text.Length > 0)
        {
            contents.Add(new TextContent(text) { AdditionalProperties = original?.AdditionalProperties });
        }
    }
}
