namespace InstructionHierarchy.Cli;

internal static class ExitCodes
{
    /// <summary>No conflict (scan), or success.</summary>
    public const int Ok = 0;

    /// <summary>Conflicts were found (scan).</summary>
    public const int Conflicts = 1;

    /// <summary>Usage or input error.</summary>
    public const int InputError = 2;

    /// <summary>The policy blocked the request (sanitize).</summary>
    public const int Blocked = 3;
}
