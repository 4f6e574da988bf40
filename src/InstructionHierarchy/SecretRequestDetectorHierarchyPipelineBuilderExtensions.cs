using InstructionHierarchy.Detection;

namespace InstructionHierarchy;

/// <summary>Adds the <see cref="SecretRequestDetector"/> to a pipeline.</summary>
public static class SecretRequestDetectorHierarchyPipelineBuilderExtensions
{
    /// <summary>Adds a detector for requests for the protected secrets (<see cref="HierarchyPipelineBuilder.ProtectSecret(ProtectedSecret)"/>), direct or piece by piece.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static HierarchyPipelineBuilder AddSecretRequestDetector(this HierarchyPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddDetector(new SecretRequestDetector());
    }
}
