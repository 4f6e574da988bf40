namespace InstructionHierarchy.Detection.Statistical;

/// <summary>Receives the feature buckets that <see cref="SnippetFeatures"/> produces, one at a time, in order.</summary>
/// <remarks>A struct sink lets the JIT specialise the feature loop, so that features can be scored as they are made,
/// without a round trip through a buffer.</remarks>
internal interface IFeatureSink
{
    /// <summary>Takes the next feature.</summary>
    /// <param name="bucket">The bucket index, in [0, <see cref="SnippetFeatures.Buckets"/>).</param>
    void Add(int bucket);

    /// <summary>Takes the next features, in order: the same as <see cref="Add"/> for each.</summary>
    /// <param name="buckets">The bucket indices.</param>
    void AddRange(scoped ReadOnlySpan<int> buckets);
}
