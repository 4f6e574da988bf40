namespace InstructionHierarchy.Testing;

/// <summary>What an <see cref="AttackCase"/> is meant to test.</summary>
public enum AttackCaseKind
{
    /// <summary>Text that carries an instruction conflicting with the higher tiers: the pipeline should act on it.</summary>
    Attack = 0,

    /// <summary>Ordinary text: the pipeline should leave it alone.</summary>
    Benign = 1,

    /// <summary>
    /// Text that looks like an attack but is not one (an instruction meant for a human, an aligned user request, a quoted
    /// attack in a security article, natural invisible characters): the pipeline should leave it alone.
    /// </summary>
    HardNegative = 2,
}
