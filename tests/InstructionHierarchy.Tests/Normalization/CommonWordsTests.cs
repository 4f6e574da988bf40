using FsCheck;
using FsCheck.Fluent;
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

    [Fact]
    public void PackLetters_AnyWordInAnyContext_EqualsKeyBuiltLetterByLetter()
    {
        Gen<char> letter = Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray());
        Gen<char> any = Gen.Elements("abcXYZ09 .,-\u00e9\uFFFF\u0000".ToCharArray());
        Gen<(string Word, string Tail)> input =
            from length in Gen.Choose(1, CommonWords.MaxPackedLength)
            from word in Gen.ArrayOf(letter, length)
            from tail in Gen.ArrayOf(any, 20)
            select (new string(word), new string(tail));
        Prop.ForAll(Arb.From(input), p =>
        {
            ulong expected = 0;
            foreach (char c in p.Word)
            {
                expected = CommonWords.Append(expected, (uint)((c | 0x20) - 'a'));
            }

            string text = p.Word + p.Tail;
            return CommonWords.PackLetters(text, p.Word.Length) == expected
                && CommonWords.PackLetters(p.Word, p.Word.Length) == expected; // shorter than 16: the scalar path
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
    }

    [Fact]
    public void PackRot13AndReversed_AnyWordInAnyContext_EqualsKeysOfTheTransformedWords()
    {
        Gen<char> letter = Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray());
        Gen<char> any = Gen.Elements("abcXYZ09 .,-\u00e9\uFFFF\u0000".ToCharArray());
        Gen<(string Word, string Tail)> input =
            from length in Gen.Choose(1, CommonWords.MaxPackedLength)
            from word in Gen.ArrayOf(letter, length)
            from tail in Gen.ArrayOf(any, 20)
            select (new string(word), new string(tail));
        Prop.ForAll(Arb.From(input), p =>
        {
            string lower = p.Word.ToLowerInvariant();
            string rot13 = new(lower.Select(c => (char)('a' + ((c - 'a' + 13) % 26))).ToArray());
            string reversed = new(lower.Reverse().ToArray());
            foreach (string text in new[] { p.Word + p.Tail, p.Word })
            {
                CommonWords.PackRot13AndReversed(text, p.Word.Length, out ulong rot, out ulong rev);
                if (rot != KeyOf(rot13) || rev != KeyOf(reversed))
                {
                    return false;
                }
            }

            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
    }

    private static ulong KeyOf(string lowerWord)
    {
        ulong key = 0;
        foreach (char c in lowerWord)
        {
            key = CommonWords.Append(key, (uint)(c - 'a'));
        }

        return key;
    }
}
