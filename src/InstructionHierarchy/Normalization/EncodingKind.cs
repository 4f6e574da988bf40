namespace InstructionHierarchy.Normalization;

/// <summary>The kind of embedded encoding a <see cref="DecodedPayload"/> was decoded from.</summary>
public enum EncodingKind
{
    /// <summary>Standard base64 (<c>+</c> and <c>/</c>), padding optional.</summary>
    Base64,

    /// <summary>URL-safe base64 (<c>-</c> and <c>_</c>), padding optional.</summary>
    Base64Url,

    /// <summary>Hexadecimal bytes: contiguous digits, <c>\x41</c> escapes or space-separated pairs.</summary>
    Hex,

    /// <summary>Percent-encoding (<c>%69%67…</c>).</summary>
    Percent,

    /// <summary>HTML character references (<c>&amp;#105;</c>, <c>&amp;#x67;</c>, <c>&amp;lt;</c>).</summary>
    HtmlEntities,

    /// <summary>The ROT13 letter substitution.</summary>
    Rot13,

    /// <summary>Text written backwards.</summary>
    Reversed,

    /// <summary>Invisible Unicode tag characters (U+E0020–U+E007E) that spell ASCII text.</summary>
    TagCharacters,
}
