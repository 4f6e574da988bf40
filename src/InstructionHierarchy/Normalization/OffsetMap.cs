using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace InstructionHierarchy.Normalization;

/// <summary>
/// Maps each character of a folded view to the index of the original character it came from. Folding mostly copies
/// runs of text (lower-casing keeps positions; only collapsed whitespace, removed characters and expansions shift them),
/// so the map is kept as runs — (folded start, original start) pairs, found by binary search — unless the text is so
/// changed that the runs would take more room than one index per character.
/// </summary>
internal sealed class OffsetMap
{
    private readonly int[]? _full;
    private readonly int[] _runs; // (folded start, original start) pairs, by folded start

    private OffsetMap(int[]? full, int[] runs)
    {
        _full = full;
        _runs = runs;
    }

    /// <summary>Gets the number of runs (0 when the map is kept one index per character).</summary>
    public int RunCount => _full is null ? _runs.Length / 2 : 0;

    /// <summary>Gets the original index of the folded character at <paramref name="foldedIndex"/>.</summary>
    /// <param name="foldedIndex">An index of the folded view (in range).</param>
    /// <returns>The index in the original text.</returns>
    public int this[int foldedIndex]
    {
        get
        {
            if (_full is not null)
            {
                return _full[foldedIndex];
            }

            // The last run that starts at or before the index.
            int[] runs = _runs;
            int lo = 0;
            int hi = (runs.Length / 2) - 1;
            while (lo < hi)
            {
                int mid = (lo + hi + 1) >>> 1;
                if (runs[2 * mid] <= foldedIndex)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return runs[(2 * lo) + 1] + (foldedIndex - runs[2 * lo]);
        }
    }

    /// <summary>Whether the original index never decreases along the folded view (folding reads the text left to right, so it
    /// always holds; callers that rely on it check, once per text: the answer takes a pass over the map).</summary>
    /// <returns><see langword="true"/> when the map is in order.</returns>
    public bool IsInOrder()
    {
        int[]? full = _full;
        int[] runs = _runs;
        if (full is not null)
        {
            for (int i = 1; i < full.Length; i++)
            {
                if (full[i] < full[i - 1])
                {
                    return false;
                }
            }

            return true;
        }

        // Along a run the index grows by one; the first index of a run must not fall below the last one of the run before.
        for (int k = 2; k < runs.Length; k += 2)
        {
            if (runs[k + 1] < runs[k - 1] + (runs[k] - runs[k - 2] - 1))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Builds the map from one original index per folded character.</summary>
    /// <param name="map">The original index of each folded character.</param>
    /// <returns>The map.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static OffsetMap Create(ReadOnlySpan<int> map)
    {
        // One pass collects the run starts; from half as many runs as entries the dense form is smaller: stop there.
        int limit = (map.Length + 1) / 2;
        int[] starts = ArrayPool<int>.Shared.Rent(Math.Max(limit, 1));
        try
        {
            int runs = 0;
            for (int i = 0; i < map.Length && runs < limit; i = RunEnd(map, i))
            {
                starts[runs++] = i;
            }

            if (runs >= limit)
            {
                return new OffsetMap(map.ToArray(), []);
            }

            int[] pairs = new int[runs * 2];
            for (int k = 0; k < runs; k++)
            {
                pairs[2 * k] = starts[k];
                pairs[(2 * k) + 1] = map[starts[k]];
            }

            return new OffsetMap(null, pairs);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(starts);
        }
    }

    /// <summary>Builds the map in its run form when the map has fewer than <paramref name="maxRuns"/> runs (and fewer than
    /// <see cref="Create"/> would keep as runs); otherwise returns <see langword="null"/> after at most
    /// <paramref name="maxRuns"/> runs' worth of scanning. The map it returns is the one <see cref="Create"/> returns.</summary>
    /// <param name="map">The original index of each folded character.</param>
    /// <param name="maxRuns">The most runs to keep.</param>
    /// <returns>The map, or <see langword="null"/>.</returns>
    public static OffsetMap? TryCreateRuns(ReadOnlySpan<int> map, int maxRuns)
    {
        int limit = Math.Min(maxRuns, (map.Length + 1) / 2);
        Span<int> starts = stackalloc int[Math.Max(limit, 1)];
        int runs = 0;
        for (int i = 0; i < map.Length && runs < limit; i = RunEnd(map, i))
        {
            starts[runs++] = i;
        }

        if (runs >= limit)
        {
            return null;
        }

        int[] pairs = new int[runs * 2];
        for (int k = 0; k < runs; k++)
        {
            pairs[2 * k] = starts[k];
            pairs[(2 * k) + 1] = map[starts[k]];
        }

        return new OffsetMap(null, pairs);
    }

    /// <summary>The end of the run that starts at <paramref name="start"/>: the first index past it whose entry is not
    /// one more than the entry before it.</summary>
    internal static int RunEnd(ReadOnlySpan<int> map, int start)
    {
        int shift = map[start] - start; // constant along a run
        int i = start + 1;
        if (Vector256.IsHardwareAccelerated)
        {
            ref int first = ref MemoryMarshal.GetReference(map);
            Vector256<int> expected = Vector256<int>.Indices + Vector256.Create(shift);
            Vector256<int> step = Vector256.Create(Vector256<int>.Count);
            expected += Vector256.Create(i);
            while (i <= map.Length - Vector256<int>.Count)
            {
                Vector256<int> actual = Vector256.LoadUnsafe(ref first, (nuint)i);
                uint differs = (~Vector256.Equals(actual, expected)).ExtractMostSignificantBits();
                if (differs != 0)
                {
                    return i + System.Numerics.BitOperations.TrailingZeroCount(differs);
                }

                i += Vector256<int>.Count;
                expected += step;
            }
        }

        while (i < map.Length && map[i] - i == shift)
        {
            i++;
        }

        return i;
    }
}
