namespace InstructionHierarchy.Payloads;

/// <summary>
/// Where a segment's text lives in the request JSON, so a changed text can be put back in the same place. <c>messages</c>
/// below is the item array of the format: <c>messages</c>, or <c>input</c> for OpenAI Responses.
/// </summary>
internal enum SegmentLocationKind
{
    /// <summary>No text in the request (an assistant turn with only tool calls, a message without content).</summary>
    None,

    /// <summary><c>messages[m].content</c> is the string.</summary>
    ContentString,

    /// <summary><c>messages[m].content[p].text</c>.</summary>
    ContentPart,

    /// <summary><c>messages[m].content[p].content</c> is the string (Anthropic <c>tool_result</c>).</summary>
    NestedString,

    /// <summary><c>messages[m].content[p].content[s].text</c> (Anthropic <c>tool_result</c>, <c>search_result</c>).</summary>
    NestedPart,

    /// <summary><c>messages[m].content[p].source.data</c> (Anthropic text document).</summary>
    DocumentData,

    /// <summary><c>messages[m].content[p].source.content[s].text</c> (Anthropic content document).</summary>
    DocumentContentPart,

    /// <summary><c>messages[m].content[p].source.content</c> is the string (Anthropic content document).</summary>
    DocumentContentString,

    /// <summary>The top-level <c>system</c> string (Anthropic).</summary>
    SystemString,

    /// <summary><c>system[p].text</c> (Anthropic).</summary>
    SystemPart,

    /// <summary>A tool-call item with no text of its own (OpenAI Responses <c>function_call</c>, <c>custom_tool_call</c>): a changed text is not written.</summary>
    CallItem,

    /// <summary>The top-level <c>instructions</c> string (OpenAI Responses).</summary>
    Instructions,

    /// <summary>The top-level <c>input</c> string (OpenAI Responses).</summary>
    InputString,

    /// <summary><c>input[m].output</c> is the string (OpenAI Responses tool results).</summary>
    OutputString,

    /// <summary><c>input[m].output[p].text</c> (OpenAI Responses tool results).</summary>
    OutputPart,

    /// <summary><c>input[m].results[p].text</c> (OpenAI Responses <c>file_search_call</c>).</summary>
    ResultPart,
}

/// <summary>The location of one segment's text.</summary>
internal readonly record struct SegmentLocation(SegmentLocationKind Kind, int Message = -1, int Part = -1, int Sub = -1);
