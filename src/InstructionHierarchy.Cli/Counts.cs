using System.Text.Json;

namespace InstructionHierarchy.Cli;

/// <summary>A confusion matrix for one slice of an evaluation.</summary>
internal sealed class Counts
{
    public int Tp { get; private set; }

    public int Fp { get; private set; }

    public int Tn { get; private set; }

    public int Fn { get; private set; }

    public int N => Tp + Fp + Tn + Fn;

    public double? Precision => Tp + Fp == 0 ? null : (double)Tp / (Tp + Fp);

    public double? Recall => Tp + Fn == 0 ? null : (double)Tp / (Tp + Fn);

    public double? Fpr => Fp + Tn == 0 ? null : (double)Fp / (Fp + Tn);

    public double? F1 => Precision is { } p && Recall is { } r ? (p + r == 0 ? 0 : 2 * p * r / (p + r)) : null;

    public void Add(bool expected, bool flagged)
    {
        if (expected)
        {
            if (flagged)
            {
                Tp++;
            }
            else
            {
                Fn++;
            }
        }
        else if (flagged)
        {
            Fp++;
        }
        else
        {
            Tn++;
        }
    }

    public void WriteCounts(Utf8JsonWriter writer)
    {
        writer.WriteNumber("n", N);
        writer.WriteNumber("tp", Tp);
        writer.WriteNumber("fp", Fp);
        writer.WriteNumber("tn", Tn);
        writer.WriteNumber("fn", Fn);
    }

    /// <summary>Writes a <c>by_*</c> slice: <c>{n, tp, fp, tn, fn, recall, fpr}</c>.</summary>
    public void WriteSlice(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        WriteCounts(writer);
        JsonOutput.WriteRatio(writer, "recall", Recall);
        JsonOutput.WriteRatio(writer, "fpr", Fpr);
        writer.WriteEndObject();
    }
}
