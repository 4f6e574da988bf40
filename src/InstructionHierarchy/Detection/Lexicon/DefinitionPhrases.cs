namespace InstructionHierarchy.Detection.Lexicon;

/// <summary>Words that define one thing as another ("means", "stands for", 意思是), for the code-word rule of the
/// obfuscation detector: the shared lexicon finds them (trimmed) as <see cref="Cue.Definition"/> anchors, and the rule checks
/// the exact spaced form at each.</summary>
internal static class DefinitionPhrases
{
    /// <summary>The phrases with the spaces they need around them.</summary>
    public static readonly string[] Spaced =
    [
        " means ", " mean ", " stands for ", " is code for ", " refers to ", " significa ", " quiere decir ", " quer dizer ", " vuol dire ",
        " bedeutet ", " heißt ", " signifie ", " veut dire ", " означает ", " значит ", " anlamına ", " có nghĩa là ", " berarti ", " artinya ",
        " يعني ", " का मतलब ", "的意思是", "意思是", "代表", "という意味", "を意味", "을 의미", "를 의미", "라는 뜻", "이라는 뜻",
    ];
}
