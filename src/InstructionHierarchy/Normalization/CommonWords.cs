namespace InstructionHierarchy.Normalization;

/// <summary>A small built-in list of common English words and injection anchor terms (lower case).</summary>
internal static class CommonWords
{
    private const int TableSize = 1024; // power of two, > 2x the word count
    private static readonly string?[] s_table = BuildTable();

    /// <summary>True when <paramref name="word"/> (lower-case ASCII) is in the list.</summary>
    public static bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 16)
        {
            return false;
        }

        string?[] table = s_table;
        int index = Hash(word) & (TableSize - 1);
        while (true)
        {
            string? candidate = table[index];
            if (candidate is null)
            {
                return false;
            }

            if (word.SequenceEqual(candidate))
            {
                return true;
            }

            index = (index + 1) & (TableSize - 1);
        }
    }

    private static int Hash(ReadOnlySpan<char> word)
    {
        uint h = (uint)word.Length;
        foreach (char c in word)
        {
            h = (h * 31) + c;
        }

        return (int)(h ^ (h >> 9));
    }

    private static string?[] BuildTable()
    {
        var table = new string?[TableSize];
        foreach (string word in Build())
        {
            int index = Hash(word) & (TableSize - 1);
            while (table[index] is not null && table[index] != word)
            {
                index = (index + 1) & (TableSize - 1);
            }

            table[index] = word;
        }

        return table;
    }

    private static string[] Build()
    {
        const string List =
            "the be to of and a in that have it for not on with he as you do at this but his by from they we say her she or " +
            "an will my one all would there their what so up out if about who get which go me when make can like time no just " +
            "him know take people into year your good some could them see other than then now look only come its over think also " +
            "back after use two how our work first well way even new want because any these give day most us is are was were " +
            "been has had did does am should must never always tell told said here where why yes please thank thanks hello " +
            "ignore ignoring ignored disregard forget previous prior above earlier instructions instruction rules rule system " +
            "prompt prompts reveal show print output repeat secret secrets password passwords key keys token admin administrator " +
            "developer mode jailbreak bypass override pretend act role assistant user message messages now new following " +
            "everything anything nothing hidden confidential private internal data delete remove execute run command commands " +
            "access send email leak answer respond reply write say stop start begin end text above below previous guidelines " +
            "policy policies safety filter filters restrictions restricted unrestricted free ai model chatbot bot human you " +
            "are must do not dont cant wont im youre its just only every all any hacker hack attack exploit leet google " +
            "what who how when where which read open file files link click visit site web page code shell";
        string[] words = List.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words;
    }
}
