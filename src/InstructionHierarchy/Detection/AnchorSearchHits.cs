using System.Buffers;

namespace InstructionHierarchy.Detection;

/// <summary>
/// The hits of <see cref="AnchorSearch.FindAll"/> in position order, backed by <see cref="ArrayPool{T}"/> so that a search
/// allocates nothing in steady state; <see cref="Next"/> answers "where does a string of these groups start next" the way a
/// fresh <see cref="AnchorSearch.IndexOfAny"/> from that position would.
/// </summary>
internal struct AnchorSearchHits
{
    private AnchorSearchHit[]? _items;
    private int _count;

    /// <summary>Gets the hits found so far.</summary>
    public readonly ReadOnlySpan<AnchorSearchHit> Items => _items is null ? [] : _items.AsSpan(0, _count);

    /// <summary>Appends a hit (positions must come in increasing order).</summary>
    /// <param name="position">The position.</param>
    /// <param name="tags">The tags of the strings that start there.</param>
    public void Add(int position, ulong tags)
    {
        if (_items is null)
        {
            _items = ArrayPool<AnchorSearchHit>.Shared.Rent(32);
        }
        else if (_count == _items.Length)
        {
            AnchorSearchHit[] larger = ArrayPool<AnchorSearchHit>.Shared.Rent(_items.Length * 2);
            _items.AsSpan(0, _count).CopyTo(larger);
            ArrayPool<AnchorSearchHit>.Shared.Return(_items);
            _items = larger;
        }

        _items[_count++] = new AnchorSearchHit(position, tags);
    }

    /// <summary>The first position at or after <paramref name="from"/> where a string with a tag in <paramref name="tags"/> starts.</summary>
    /// <param name="from">The first position to consider.</param>
    /// <param name="tags">The tags to look for.</param>
    /// <returns>The position, or -1.</returns>
    public readonly int Next(int from, ulong tags)
    {
        ReadOnlySpan<AnchorSearchHit> items = Items;

        // Binary search for the first hit at or after the position, then a walk to one with a wanted tag.
        int low = 0;
        int high = items.Length;
        while (low < high)
        {
            int mid = (int)((uint)(low + high) >> 1);
            if (items[mid].Position < from)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        for (int i = low; i < items.Length; i++)
        {
            if ((items[i].Tags & tags) != 0)
            {
                return items[i].Position;
            }
        }

        return -1;
    }

    /// <summary>Returns the storage to the pool; the buffer is empty afterwards.</summary>
    public void Release()
    {
        if (_items is not null)
        {
            ArrayPool<AnchorSearchHit>.Shared.Return(_items);
            _items = null;
        }

        _count = 0;
    }
}
