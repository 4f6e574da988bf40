using InstructionHierarchy;
using InstructionHierarchy.Extensions.AI;

namespace Microsoft.Extensions.AI;

/// <summary>Adds <see cref="InstructionHierarchyChatClient"/> to an <see cref="IChatClient"/> chain.</summary>
public static class InstructionHierarchyChatClientExtensions
{
    /// <summary>
    /// Wraps a client in an <see cref="InstructionHierarchyChatClient"/>. With Microsoft.Extensions.AI's builder, place it
    /// inside function invocation so that every tool round is guarded:
    /// <c>builder.UseFunctionInvocation().Use(inner =&gt; inner.WithInstructionHierarchy(pipeline))</c>.
    /// </summary>
    /// <param name="innerClient">The client that talks to the model.</param>
    /// <param name="pipeline">The pipeline that guards each request.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <returns>The guarding client.</returns>
    public static InstructionHierarchyChatClient WithInstructionHierarchy(this IChatClient innerClient, HierarchyPipeline pipeline, InstructionHierarchyChatClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(innerClient);
        return new InstructionHierarchyChatClient(innerClient, pipeline, options);
    }

    /// <summary>Wraps a client in an <see cref="InstructionHierarchyChatClient"/>, configuring its options.</summary>
    /// <param name="innerClient">The client that talks to the model.</param>
    /// <param name="pipeline">The pipeline that guards each request.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The guarding client.</returns>
    public static InstructionHierarchyChatClient WithInstructionHierarchy(this IChatClient innerClient, HierarchyPipeline pipeline, Action<InstructionHierarchyChatClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new InstructionHierarchyChatClientOptions();
        configure(options);
        return innerClient.WithInstructionHierarchy(pipeline, options);
    }
}
