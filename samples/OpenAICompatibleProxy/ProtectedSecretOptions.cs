namespace OpenAICompatibleProxy;

/// <summary>One protected secret from configuration: <c>Proxy:ProtectedSecrets:0:Name</c> and <c>Proxy:ProtectedSecrets:0:Value</c>.</summary>
public sealed class ProtectedSecretOptions
{
    /// <summary>Gets or sets the name shown in findings and logs (never the value).</summary>
    /// <value>The default value is empty.</value>
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets the value.</summary>
    /// <value>The default value is empty.</value>
    public string Value { get; set; } = string.Empty;
}
