namespace InstructionHierarchy;

/// <summary>
/// A value the application declares must never reach the user or leave the system: an API key, a
/// discount code, a password, an internal URL.
/// </summary>
/// <remarks>
/// Detectors look for requests that ask for the secret (by <see cref="Name"/> or any of the <see cref="Aliases"/>),
/// and response inspection looks for the <see cref="Value"/> in the model's answer.
/// </remarks>
public sealed record ProtectedSecret
{
    /// <summary>Initializes a new protected secret.</summary>
    /// <param name="name">What the secret is called, in words a user would use ("discount code", "admin password").</param>
    /// <param name="value">The secret value itself.</param>
    /// <param name="aliases">Other words for the secret, in any language ("promo code", "código de descuento").</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="value"/> is empty or white space.</exception>
    public ProtectedSecret(string name, string value, IReadOnlyList<string>? aliases = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Name = name;
        Value = value;
        Aliases = aliases ?? [];
    }

    /// <summary>Gets what the secret is called.</summary>
    public string Name { get; }

    /// <summary>Gets the secret value.</summary>
    public string Value { get; }

    /// <summary>Gets other words for the secret.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Returns the name only: the value is never printed.</summary>
    /// <returns>A description that does not contain the value.</returns>
    public override string ToString() => $"ProtectedSecret {{ Name = {Name} }}";
}
