namespace InstructionHierarchy;

/// <summary>Where text of the <see cref="PriorityTier.EmbeddedMedia"/> tier was extracted from.</summary>
public enum MediaKind
{
    /// <summary>Unknown or unspecified media.</summary>
    Unknown = 0,

    /// <summary>Text recognized in an image (OCR, captions, alt text).</summary>
    Image = 1,

    /// <summary>A transcript of audio.</summary>
    Audio = 2,

    /// <summary>A transcript or captions of video.</summary>
    Video = 3,

    /// <summary>Text extracted from a document (PDF, Word, résumé, spreadsheet).</summary>
    Document = 4,
}
