using InstructionHierarchy.Normalization;

namespace InstructionHierarchy.Tests.Normalization;

public class CommonWordsTests
{
    [Theory]
    [InlineData("the")]
    [InlineData("ignore")]
    [InlineData("instructions")] // 12 letters: the longest packed key
    [InlineData("administrator")] // 13 letters: the long-word path
    [InlineData("jailbreak")]
    public void Contains_ListedWord_True(string word) => Assert.True(CommonWords.Contains(word));

    [Theory]
    [InlineData("a")] // one letter: never a hit
    [InlineData("")]
    [InlineData("Ignore")] // lower case only
    [InlineData("ignor")]
    [InlineData("ignores")]
    [InlineData("xq")]
    [InlineData("administrators")]
    [InlineData("th3")]
    [InlineData("abcdefghijklmnopq")] // 17 letters
    public void Contains_OtherWord_False(string word) => Assert.False(CommonWords.Contains(word));

    [Fact]
    public void ContainsKey_PackedWhileReading_AgreesWithContains()
    {
        foreach (string word in new[] { "the", "ignore", "password", "instructions", "zz", "qwertyuiopas" })
        {
            ulong key = 0;
            foreach (char c in word)
            {
                key = CommonWords.Append(key, (uint)(c - 'a'));
            }

            Assert.Equal(CommonWords.Contains(word), CommonWords.ContainsKey(key));
        }
    }
}
