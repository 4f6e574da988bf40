using System.Buffers;

namespace InstructionHierarchy.Detection.Lexicon;

/// <summary>A growable list of <see cref="CueHit"/> backed by <see cref="ArrayPool{T}"/>, so scanning allocates nothing in steady state.</summary>
internal struct CueHitBuffer
{
    private CueHit[]? _items;
    private int _count;

    /// <summary>Gets the hits found so far.</summary>
    public readonly ReadOnlySpan<CueHit> Items => _items is null ? [] : _items.AsSpan(0, _count);

    /// <summary>Gets the number of hits found so far.</summary>
    public readonly int Count => _count;

    /// <summary>Appends a hit.</summary>
    /// <param name="hit">The hit.</param>
    public void Add(CueHit hit)
    {
        if (_items is null)
        {
            _items = ArrayPool<CueHit>.Shared.Rent(32);
        }
        else if (_count == _items.Length)
        {
            CueHit[] larger = ArrayPool<CueHit>.Shared.Rent(_items.Length * 2);
            _items.AsSpan(0, _count).CopyTo(larger);
            ArrayPool<CueHit>.Shared.Return(_items);
            _items = larger;
        }

        _items[_count++] = hit;
    }

    /// <summary>Sorts the hits from <paramref name="from"/> to the end.</summary>
    /// <param name="from">The first hit to sort.</param>
    /// <param name="comparison">The order.</param>
    public readonly void SortTail(int from, Comparison<CueHit> comparison) => _items.AsSpan(from, _count - from).Sort(comparison);

    /// <summary>Returns the storage to the pool; the buffer is empty afterwards.</summary>
    public void Release()
    {
        if (_items is not null)
        {
            ArrayPool<CueHit>.Shared.Return(_items);
            _items = null;
        }

        _count = 0;
    }
}
