namespace InstructionHierarchy.Detection.Lexicon;

/// <summary>Remembers the last sentence checked for descriptive discourse, so a run of anchors in one sentence costs one check.</summary>
internal struct SentenceCache
{
    private int _from;
    private int _to;
    private bool _descriptive;
    private bool _valid;

    /// <summary>Gets a value indicating whether the sentence around a span is talked about rather than given (see <see cref="CueSet.IsDescriptive"/>).</summary>
    /// <param name="cues">The cues of the view.</param>
    /// <param name="start">The span start.</param>
    /// <param name="end">The span end (exclusive).</param>
    /// <returns><see langword="true"/> if descriptive.</returns>
    public bool IsDescriptive(in CueSet cues, int start, int end)
    {
        if (!cues.Has(Cue.Meta))
        {
            return false;
        }

        if (!_valid || start < _from || end > _to)
        {
            (_from, _to) = cues.SentenceAround(start, end);
            _descriptive = cues.FindDescriptive(_from, _to);
            _valid = true;
        }

        // The sentence talks about attacks; the span is descriptive unless it is itself a command to the reader.
        return _descriptive && !cues.IsCommand(start, _from);
    }
}
