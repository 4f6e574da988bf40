namespace InstructionHierarchy.Cli;

internal static class Pipelines
{
    /// <summary>The pipeline every command uses: all built-in detectors and sanitizers, the default policy.</summary>
    public static HierarchyPipeline CreateDefault(IReadOnlyList<ProtectedSecret>? secrets = null)
    {
        var builder = new HierarchyPipelineBuilder().AddDefaults();
        if (secrets is not null)
        {
            foreach (ProtectedSecret secret in secrets)
            {
                builder.ProtectSecret(secret);
            }
        }

        return builder.Build();
    }
}
