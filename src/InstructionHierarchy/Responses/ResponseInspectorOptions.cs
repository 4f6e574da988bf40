namespace InstructionHierarchy.Responses;

/// <summary>Options of the <see cref="ResponseInspector"/>.</summary>
public sealed class ResponseInspectorOptions
{
    /// <summary>Gets or sets how many consecutive words shared with the system prompt make a leak.</summary>
    /// <value>The default value is 8.</value>
    public int MinimumLeakWords { get; set; } = 8;

    /// <summary>Gets or sets how many consecutive CJK characters shared with the system prompt make a leak (CJK text is compared character by character; mixed runs count proportionally).</summary>
    /// <value>The default value is 14.</value>
    public int MinimumLeakCjkCharacters { get; set; } = 14;

    /// <summary>
    /// Gets the hosts markdown images and links may point to with data (a host also allows its subdomains:
    /// <c>contoso.com</c> allows <c>cdn.contoso.com</c>).
    /// </summary>
    /// <value>The default value is empty: every host is outside the list.</value>
    public ISet<string> AllowedHosts { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets a value indicating whether every image to a host outside the list is removed, even without data (a tracking pixel still tells the host the answer was read).</summary>
    /// <value>The default value is <see langword="false"/>: only images that carry data.</value>
    public bool RemoveAllUnlistedImages { get; set; }

    /// <summary>Gets or sets how far into the answer the must-echo canary may appear, in characters.</summary>
    /// <value>The default value is 64.</value>
    public int EchoCanaryWindow { get; set; } = 64;
}
