namespace InstructionHierarchy.Testing;

/// <summary>Thrown by <see cref="HierarchyAssert"/> when an expectation is not met. Test frameworks report it as a failure.</summary>
public sealed class HierarchyAssertException : Exception
{
    /// <summary>Initializes a new instance with a default message.</summary>
    public HierarchyAssertException()
        : this("An instruction hierarchy assertion failed.")
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What was expected and what happened.</param>
    public HierarchyAssertException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with an inner exception.</summary>
    /// <param name="message">What was expected and what happened.</param>
    /// <param name="innerException">The exception that caused the failure.</param>
    public HierarchyAssertException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
