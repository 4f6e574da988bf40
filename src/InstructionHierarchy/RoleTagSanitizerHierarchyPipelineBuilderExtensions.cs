using InstructionHierarchy.Sanitization;

namespace InstructionHierarchy;

/// <summary>Adds the <see cref="RoleTagSanitizer"/> to a pipeline.</summary>
public static class RoleTagSanitizerHierarchyPipelineBuilderExtensions
{
    /// <summary>Adds a sanitizer that escapes chat-template tokens and quotes fake role headers in neutralized findings.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static HierarchyPipelineBuilder AddRoleTagSanitizer(this HierarchyPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddSanitizer(new RoleTagSanitizer());
    }
}
