using System.Text;

namespace InstructionHierarchy.Extensions.AI.Responses;

/// <summary>
/// The minimal built-in response check: every occurrence of a protected secret's value, verbatim (ordinal), is replaced
/// by <see cref="RedactionMarker"/>, also when a stream splits the value across chunks. Only a tail that is a proper prefix
/// of some secret is held back, so clean text streams through with no delay and the hold-back is bounded by the longest
/// secret.
/// </summary>
/// <remarks>
/// Deliberately small: it does not look for reversed, spaced or encoded secrets, the system prompt, canaries or
/// exfiltration links. It sits behind <see cref="IResponseCheck"/> so that the core's response monitor can replace it.
/// </remarks>
internal sealed class ProtectedSecretResponseCheck : IResponseCheck
{
    /// <summary>The text that replaces a leaked secret value.</summary>
    public const string RedactionMarker = "[redacted: secret]";

    public static readonly ProtectedSecretResponseCheck Instance = new();

    private static readonly IResponseCheckSession Nothing = new PassThroughSession();

    public IResponseCheckSession Begin(AssembledPrompt prompt, IReadOnlyList<ProtectedSecret> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        if (secrets.Count == 0)
        {
            return Nothing;
        }

        var values = new List<string>(secrets.Count);
        foreach (ProtectedSecret secret in secrets)
        {
            if (!values.Contains(secret.Value))
            {
                values.Add(secret.Value);
            }
        }

        // Longest first, so that a secret that contains another is redacted whole.
        values.Sort(static (a, b) => b.Length.CompareTo(a.Length));
        return new Session([.. values]);
    }

    private sealed class PassThroughSession : IResponseCheckSession
    {
        public int Redactions => 0;

        public string Append(string text) => text;

        public string Flush() => string.Empty;
    }

    private sealed class Session(string[] values) : IResponseCheckSession
    {
        private string _pending = string.Empty;

        public int Redactions { get; private set; }

        public string Append(string text)
        {
            ArgumentNullException.ThrowIfNull(text);
            if (text.Length == 0)
            {
                return string.Empty;
            }

            string buffer = Redact(_pending.Length == 0 ? text : string.Concat(_pending, text));
            int hold = HeldTailLength(buffer);
            int cut = buffer.Length - hold;
            if (cut > 0 && cut < buffer.Length && char.IsHighSurrogate(buffer[cut - 1]))
            {
                cut--; // never split a surrogate pair
            }

            _pending = buffer[cut..];
            return buffer[..cut];
        }

        public string Flush()
        {
            string rest = _pending;
            _pending = string.Empty;
            return rest;
        }

        private string Redact(string text)
        {
            StringBuilder? builder = null;
            string current = text;
            foreach (string value in values)
            {
                int at = current.IndexOf(value, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                builder ??= new StringBuilder(current.Length);
                builder.Clear();
                int from = 0;
                while (at >= 0)
                {
                    builder.Append(current, from, at - from).Append(RedactionMarker);
                    Redactions++;
                    from = at + value.Length;
                    at = current.IndexOf(value, from, StringComparison.Ordinal);
                }

                builder.Append(current, from, current.Length - from);
                current = builder.ToString();
            }

            return current;
        }

        /// <summary>The length of the longest tail of <paramref name="text"/> that is a proper prefix of a secret value.</summary>
        private int HeldTailLength(string text)
        {
            ReadOnlySpan<char> span = text;
            int longest = 0;
            foreach (string value in values)
            {
                for (int k = Math.Min(value.Length - 1, span.Length); k > longest; k--)
                {
                    if (span[^k..].SequenceEqual(value.AsSpan(0, k)))
                    {
                        longest = k;
                        break;
                    }
                }
            }

            return longest;
        }
    }
}
