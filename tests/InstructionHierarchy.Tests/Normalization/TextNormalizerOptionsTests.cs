using InstructionHierarchy.Normalization;

namespace InstructionHierarchy.Tests.Normalization;

public class TextNormalizerOptionsTests
{
    [Fact]
    public void Defaults_AreDocumentedValues()
    {
        var o = new TextNormalizerOptions();
        Assert.Equal(3, o.MaxDecodeDepth);
        Assert.Equal(64 * 1024, o.MaxDecodedBytes);
        Assert.Equal(16, o.MinEncodedLength);
        Assert.True(o.DecodeEncodings && o.FoldLeetspeak && o.JoinSpacedLetters && o.FoldHomoglyphs);
    }

    [Theory]
    [InlineData(-1, 1024, 16)]
    [InlineData(9, 1024, 16)]
    [InlineData(3, -1, 16)]
    [InlineData(3, 1024, 3)]
    public void Constructor_OutOfRangeOption_Throws(int depth, int bytes, int min)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new TextNormalizer(
            new TextNormalizerOptions { MaxDecodeDepth = depth, MaxDecodedBytes = bytes, MinEncodedLength = min }));

    [Fact]
    public void Constructor_Null_Throws() => Assert.Throws<ArgumentNullException>(() => new TextNormalizer(null!));

    [Fact]
    public void Constructor_CopiesOptions_LaterChangesIgnored()
    {
        var o = new TextNormalizerOptions();
        var n = new TextNormalizer(o);
        o.FoldLeetspeak = false;
        Assert.Equal("ignore", n.Normalize("1gn0r3").Folded);
    }

    [Fact]
    public void FoldLeetspeakAndJoinSpacedLetters_Disabled_LeaveTextAlone()
    {
        var n = new TextNormalizer(new TextNormalizerOptions { FoldLeetspeak = false, JoinSpacedLetters = false, DecodeEncodings = false });
        Assert.Equal("1gn0r3 i g n o r e", n.Normalize("1gn0r3 i g n o r e").Folded);
    }
}
