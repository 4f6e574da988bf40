namespace InstructionHierarchy.Cli;

internal static class Pipelines
{
    /// <summary>The pipeline every command uses: all built-in detectors and sanitizers, the default policy.</summary>
    /// <param name="settings">The detector options of the command line; <see langword="null"/> for the library's defaults.</param>
    /// <param name="secrets">Protected secrets, if any.</param>
    public static HierarchyPipeline CreateDefault(DetectorSettings? settings = null, IReadOnlyList<ProtectedSecret>? secrets = null)
    {
        settings ??= DetectorSettings.Default;
        var builder = new HierarchyPipelineBuilder().AddDefaults(settings.Apply);
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
