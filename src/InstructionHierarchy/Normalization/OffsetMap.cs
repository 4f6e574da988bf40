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
    private readonly int[] _runFolded;
    private readonly int[] _runSource;

    private OffsetMap(int[]? full, int[] runFolded, int[] runSource)
    {
        _full = full;
        _runFolded = runFolded;
        _runSource = runSource;
    }

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
            int[] starts = _runFolded;
            int lo = 0;
            int hi = starts.Length - 1;
            while (lo < hi)
            {
                int mid = (lo + hi + 1) >>> 1;
                if (starts[mid] <= foldedIndex)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return _runSource[lo] + (foldedIndex - starts[lo]);
        }
    }

    /// <summary>Builds the map from one original index per folded character.</summary>
    /// <param name="map">The original index of each folded character.</param>
    /// <returns>The map.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static OffsetMap Create(ReadOnlySpan<int> map)
    {
        int runs = map.IsEmpty ? 0 : 1;
        for (int i = 1; i < map.Length; i++)
        {
            if (map[i] != map[i - 1] + 1)
            {
                runs++;
            }
        }

        if (runs * 2 >= map.Length)
        {
            return new OffsetMap(map.ToArray(), [], []);
        }

        int[] runFolded = new int[runs];
        int[] runSource = new int[runs];
        int k = 0;
        for (int i = 0; i < map.Length; i++)
        {
            if (i == 0 || map[i] != map[i - 1] + 1)
            {
                runFolded[k] = i;
                runSource[k] = map[i];
                k++;
            }
        }

        return new OffsetMap(null, runFolded, runSource);
    }
}
