namespace InstructionHierarchy.Detection;

/// <summary>Options for <see cref="RoleSpoofingDetector"/>.</summary>
public sealed class RoleSpoofingDetectorOptions
{
    /// <summary>Gets or sets a value indicating whether plain-text role headers at a line start (<c>System:</c>, <c>Assistant:</c>) are reported.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool DetectRoleHeaders { get; set; } = true;

    /// <summary>A copy, so that options set once (as <see cref="DefaultDetectorOptions.RoleSpoofing"/>) cannot change a built pipeline.</summary>
    internal RoleSpoofingDetectorOptions Copy() => new() { DetectRoleHeaders = DetectRoleHeaders };
}
