using InstructionHierarchy;
using InstructionHierarchy.Detection;
using InstructionHierarchy.Sanitization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers a <see cref="HierarchyPipeline"/> in a service collection.</summary>
public static class InstructionHierarchyServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="HierarchyPipeline"/> configured by <paramref name="configure"/>. Detectors, sanitizers
    /// and transforms registered in the container (<see cref="IConflictDetector"/>, <see cref="IAsyncConflictDetector"/>,
    /// <see cref="ISegmentSanitizer"/>, <see cref="IPromptTransform"/>) are added after the configured ones, and a registered
    /// <see cref="HierarchyPolicy"/> replaces the default policy.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the pipeline.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddInstructionHierarchy(this IServiceCollection services, Action<HierarchyPipelineBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddInstructionHierarchy(configure is null ? null : (_, builder) => configure(builder));
    }

    /// <summary>
    /// Registers a singleton <see cref="HierarchyPipeline"/> configured by <paramref name="configure"/>, which can resolve
    /// services (options, secrets from configuration). See <see cref="AddInstructionHierarchy(IServiceCollection, Action{HierarchyPipelineBuilder}?)"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the pipeline.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddInstructionHierarchy(this IServiceCollection services, Action<IServiceProvider, HierarchyPipelineBuilder>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(provider =>
        {
            var builder = new HierarchyPipelineBuilder();
            if (provider.GetService<HierarchyPolicy>() is { } policy)
            {
                builder.UsePolicy(policy);
            }

            configure?.Invoke(provider, builder);
            foreach (IConflictDetector detector in provider.GetServices<IConflictDetector>())
            {
                builder.AddDetector(detector);
            }

            foreach (IAsyncConflictDetector detector in provider.GetServices<IAsyncConflictDetector>())
            {
                builder.AddDetector(detector);
            }

            foreach (ISegmentSanitizer sanitizer in provider.GetServices<ISegmentSanitizer>())
            {
                builder.AddSanitizer(sanitizer);
            }

            foreach (IPromptTransform transform in provider.GetServices<IPromptTransform>())
            {
                builder.AddTransform(transform);
            }

            return builder.Build();
        });
        return services;
    }
}
