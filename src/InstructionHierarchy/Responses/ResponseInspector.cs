using System.Buffers;
using System.Globalization;
using System.Text;

namespace InstructionHierarchy.Responses;

/// <summary>
/// Checks a model's answer before it reaches the user: system-prompt leakage (long word n-grams shared with the system
/// text, robust to case and whitespace; CJK compared by characters), protected secrets (as is, reversed, spaced, split by
/// punctuation, case-changed, base64'd, hex'd), the preamble's canaries, and markdown images or links that carry data
/// to hosts outside an allow-list (EchoLeak-style exfiltration). Returns typed findings and a redacted answer.
/// Immutable and thread-safe. For streams use <see cref="ResponseMonitor"/>.
/// </summary>
public sealed class ResponseInspector
{
    private const int MaxDecodedBytes = 1 << 20;
    private const int MaxUrlLength = 4096;
    private const int MaxLinkTextLength = 1000;

    private static readonly SearchValues<char> NumericSeparators = SearchValues.Create("0123456789-_.");

    private readonly int _minWords;
    private readonly int _minCjk;
    private readonly string[] _allowedHosts;
    private readonly bool _removeAllImages;
    private readonly int _echoWindow;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    public ResponseInspector(ResponseInspectorOptions? options = null)
    {
        options ??= new ResponseInspectorOptions();
        _minWords = Math.Max(3, options.MinimumLeakWords);
        _minCjk = Math.Max(4, options.MinimumLeakCjkCharacters);
        _allowedHosts = [.. options.AllowedHosts];
        _removeAllImages = options.RemoveAllUnlistedImages;
        _echoWindow = Math.Max(0, options.EchoCanaryWindow);
    }

    /// <summary>Gets a shared inspector with the default options.</summary>
    public static ResponseInspector Default { get; } = new();

    /// <summary>Inspects a complete answer.</summary>
    /// <param name="answer">The model's answer.</param>
    /// <param name="expectations">What the request declared.</param>
    /// <returns>The findings and the redacted answer.</returns>
    public ResponseInspection Inspect(string answer, ResponseExpectations expectations)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(expectations);
        var findings = new List<ResponseFinding>();
        string text = answer;
        if (expectations.EchoCanary is { } echo)
        {
            (text, ResponseFinding? missing) = StripEcho(text, echo);
            if (missing is not null)
            {
                findings.Add(missing);
            }
        }

        findings.AddRange(Find(text, expectations));
        findings.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        return new ResponseInspection(answer, Redact(text, findings, 0, text.Length, null), findings);
    }

    /// <summary>Removes the must-echo canary near the start of the answer, or reports that it is missing.</summary>
    internal (string Text, ResponseFinding? Missing) StripEcho(string text, string echo)
    {
        int window = Math.Min(text.Length, _echoWindow + echo.Length);
        int at = text.AsSpan(0, window).IndexOf(echo, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return (text, new ResponseFinding
            {
                Kind = ResponseFindingKind.MissingEchoCanary,
                Start = 0,
                Length = 0,
                Severity = ConflictSeverity.High,
                Evidence = "echo canary missing",
                Description = "The answer does not start with the must-echo canary: the model's instructions may have been replaced.",
            });
        }

        int end = at + echo.Length;
        while (end < text.Length && text[end] is ' ' or '\t' or '\r' or '\n' or ']' or ')' or '`' or '*')
        {
            end++;
        }

        int start = at;
        while (start > 0 && text[start - 1] is '[' or '(' or '`' or '*')
        {
            start--;
        }

        return (string.Concat(text.AsSpan(0, start), text.AsSpan(end)), null);
    }

    /// <summary>Finds every problem in a text (the echo canary is handled by the caller).</summary>
    internal List<ResponseFinding> Find(string text, ResponseExpectations expectations)
    {
        var findings = new List<ResponseFinding>();
        if (text.Length == 0)
        {
            return findings;
        }

        Skeleton skeleton = Skeleton.Of(text);
        foreach (ProtectedSecret secret in expectations.Secrets)
        {
            FindValue(text, skeleton, secret.Value, ResponseFindingKind.SecretLeak, $"secret '{secret.Name}'", findings);
        }

        foreach (string canary in expectations.LeakCanaries)
        {
            FindValue(text, skeleton, canary, ResponseFindingKind.CanaryLeak, "leak canary", findings);
        }

        if (expectations.SystemTexts.Count > 0)
        {
            FindSystemLeaks(text, expectations.SystemTexts, findings);
        }

        FindLinks(text, findings);
        return findings;
    }

    /// <summary>Writes the redacted form of text[from..to): each finding that starts in the range is replaced by its marker.</summary>
    internal static string Redact(string text, List<ResponseFinding> findings, int from, int to, HashSet<(ResponseFindingKind, int)>? alreadyMarked, int offset = 0)
    {
        var builder = new StringBuilder(to - from + 16);
        int position = from;
        foreach (ResponseFinding finding in findings)
        {
            int start = finding.Start - offset, end = finding.End - offset;
            if (finding.Length == 0 || end <= position || start >= to)
            {
                continue;
            }

            if (start > position)
            {
                builder.Append(text, position, start - position);
            }

            bool marked = alreadyMarked is not null && !alreadyMarked.Add((finding.Kind, finding.Start));
            if (!marked)
            {
                builder.Append(Marker(text, finding, offset));
            }

            position = Math.Min(Math.Max(position, end), to);
        }

        if (position < to)
        {
            builder.Append(text, position, to - position);
        }

        return builder.ToString();
    }

    private static string Marker(string text, ResponseFinding finding, int offset) => finding.Kind switch
    {
        ResponseFindingKind.SecretLeak => "[redacted: secret]",
        ResponseFindingKind.CanaryLeak => "[redacted: canary]",
        ResponseFindingKind.SystemPromptLeak => "[redacted: system prompt]",
        _ => Defang(text.AsSpan(finding.Start - offset, finding.Length), finding.Evidence),
    };

    private static string Defang(ReadOnlySpan<char> link, string host)
    {
        if (link.StartsWith("!") || link.StartsWith("<"))
        {
            return $"[image removed: {host}]";
        }

        int close = link.IndexOf(']');
        ReadOnlySpan<char> label = close > 1 ? link[1..close] : "link";
        return $"{label} (link removed: {host})";
    }

    private static void FindValue(string text, Skeleton skeleton, string value, ResponseFindingKind kind, string name, List<ResponseFinding> findings)
    {
        ConflictSeverity severity = kind == ResponseFindingKind.CanaryLeak ? ConflictSeverity.Critical : ConflictSeverity.High;
        string target = Skeleton.Of(value).Text;
        if (target.Length >= 6)
        {
            string reversed = Reverse(target);
            FindInSkeleton(skeleton, target, value.Length, kind, severity, name, "as is or respelled", findings);
            if (reversed != target)
            {
                FindInSkeleton(skeleton, reversed, value.Length, kind, severity, name, "reversed", findings);
            }
        }
        else
        {
            // Short values: exact, case-insensitive, on word boundaries only, or reversed.
            FindExact(text, value, kind, severity, name, "as is", findings);
            FindExact(text, Reverse(value), kind, severity, name, "reversed", findings);
        }

        if (target.Length >= 4)
        {
            FindEncoded(text, target, kind, severity, name, findings);
        }
    }

    private static void FindInSkeleton(Skeleton skeleton, string target, int valueLength, ResponseFindingKind kind, ConflictSeverity severity, string name, string variant, List<ResponseFinding> findings)
    {
        int at = 0;
        while ((at = skeleton.Text.IndexOf(target, at, StringComparison.Ordinal)) >= 0)
        {
            int start = skeleton.Map[at];
            int end = skeleton.Map[at + target.Length - 1] + 1;

            // Letters spread over a long stretch are a coincidence, not a respelling: allow up to 3 separators per character.
            if (end - start <= Math.Max(valueLength, target.Length) * 4)
            {
                findings.Add(new ResponseFinding
                {
                    Kind = kind,
                    Start = start,
                    Length = end - start,
                    Severity = severity,
                    Evidence = $"{name} ({variant})",
                    Description = kind == ResponseFindingKind.CanaryLeak ? "The answer repeats the leak canary: the instructions leaked." : "The answer reveals a protected secret.",
                });
            }

            at += target.Length;
        }
    }

    private static void FindExact(string text, string value, ResponseFindingKind kind, ConflictSeverity severity, string name, string variant, List<ResponseFinding> findings)
    {
        int at = 0;
        while ((at = text.IndexOf(value, at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            int end = at + value.Length;
            bool boundary = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
            if (boundary)
            {
                findings.Add(new ResponseFinding { Kind = kind, Start = at, Length = value.Length, Severity = severity, Evidence = $"{name} ({variant})", Description = "The answer reveals a protected value." });
            }

            at = end;
        }
    }

    /// <summary>Decodes base64 and hex runs and looks for the value's skeleton inside.</summary>
    private static void FindEncoded(string text, string target, ResponseFindingKind kind, ConflictSeverity severity, string name, List<ResponseFinding> findings)
    {
        string reversed = Reverse(target);
        int budget = MaxDecodedBytes;
        int i = 0;
        while (i < text.Length && budget > 0)
        {
            if (!IsBase64Char(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && IsBase64Char(text[i]))
            {
                i++;
            }

            while (i < text.Length && text[i] == '=' && i - start < MaxUrlLength * 64)
            {
                i++;
            }

            int length = i - start;
            if (length < 8)
            {
                continue;
            }

            ReadOnlySpan<char> run = text.AsSpan(start, length);
            string? decoded = IsHex(run) ? DecodeHex(run) : DecodeBase64(run);
            if (decoded is null)
            {
                continue;
            }

            budget -= decoded.Length;
            string inner = Skeleton.Of(decoded).Text;
            string? variant = inner.Contains(target, StringComparison.Ordinal) ? "encoded" : inner.Contains(reversed, StringComparison.Ordinal) ? "encoded, reversed" : null;
            if (variant is not null)
            {
                findings.Add(new ResponseFinding
                {
                    Kind = kind,
                    Start = start,
                    Length = length,
                    Severity = severity,
                    Evidence = $"{name} ({(IsHex(run) ? "hex" : "base64")} {variant})",
                    Description = "The answer reveals a protected value in an encoded form.",
                });
            }
        }
    }

    private static bool IsBase64Char(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '-' or '_';

    private static bool IsHex(ReadOnlySpan<char> run)
    {
        if (run.Length % 2 != 0)
        {
            return false;
        }

        foreach (char c in run)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string? DecodeHex(ReadOnlySpan<char> run)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromHexString(run));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string? DecodeBase64(ReadOnlySpan<char> run)
    {
        Span<char> normalized = run.Length <= 1024 ? stackalloc char[run.Length + 3] : new char[run.Length + 3];
        int n = 0;
        foreach (char c in run)
        {
            if (c == '=')
            {
                break;
            }

            normalized[n++] = c switch { '-' => '+', '_' => '/', _ => c };
        }

        // Pad; a run whose length leaves 1 character over is cut by one (it cannot be a full encoding).
        if (n % 4 == 1)
        {
            n--;
        }

        while (n % 4 != 0)
        {
            normalized[n++] = '=';
        }

        byte[] bytes = new byte[(n / 4) * 3];
        if (!Convert.TryFromBase64Chars(normalized[..n], bytes, out int written))
        {
            return null;
        }

        return Encoding.UTF8.GetString(bytes, 0, written);
    }

    private static string Reverse(string value)
    {
        char[] chars = value.ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }

    private void FindSystemLeaks(string text, IReadOnlyList<string> systemTexts, List<ResponseFinding> findings)
    {
        const int Shingle = 4;
        var shingles = new HashSet<string>(StringComparer.Ordinal);
        foreach (string system in systemTexts)
        {
            List<Token> tokens = Tokenize(system);
            for (int i = 0; i + Shingle <= tokens.Count; i++)
            {
                shingles.Add(Key(system, tokens, i, Shingle));
            }
        }

        if (shingles.Count == 0)
        {
            return;
        }

        List<Token> answer = Tokenize(text);
        int runStart = -1;
        for (int i = 0; i <= answer.Count; i++)
        {
            bool hit = i + Shingle <= answer.Count && shingles.Contains(Key(text, answer, i, Shingle));
            if (hit && runStart < 0)
            {
                runStart = i;
            }
            else if (!hit && runStart >= 0)
            {
                int last = i - 1 + Shingle - 1;
                double words = 0, cjk = 0;
                for (int t = runStart; t <= last; t++)
                {
                    if (answer[t].IsCjk)
                    {
                        cjk++;
                    }
                    else
                    {
                        words++;
                    }
                }

                if ((words / _minWords) + (cjk / _minCjk) >= 1)
                {
                    int start = answer[runStart].Start;
                    int end = answer[last].Start + answer[last].Length;
                    string excerpt = text.Substring(start, Math.Min(60, end - start));
                    findings.Add(new ResponseFinding
                    {
                        Kind = ResponseFindingKind.SystemPromptLeak,
                        Start = start,
                        Length = end - start,
                        Severity = ConflictSeverity.High,
                        Evidence = end - start > 60 ? excerpt + "…" : excerpt,
                        Description = $"The answer repeats {last - runStart + 1} consecutive words or characters of the system prompt.",
                    });
                }

                runStart = -1;
            }
        }
    }

    private static string Key(string source, List<Token> tokens, int first, int count)
    {
        var builder = new StringBuilder(count * 8);
        for (int i = first; i < first + count; i++)
        {
            builder.Append(source.AsSpan(tokens[i].Start, tokens[i].Length)).Append('\u0001');
        }

        return builder.ToString().ToLowerInvariant();
    }

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        int i = 0;
        while (i < text.Length)
        {
            int width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            int cp = width == 2 ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            if (IsCjk(cp))
            {
                tokens.Add(new Token(i, width, true));
                i += width;
                continue;
            }

            if (!IsWordChar(cp))
            {
                i += width;
                continue;
            }

            int start = i;
            while (i < text.Length)
            {
                int w = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                int c = w == 2 ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
                if (!IsWordChar(c) || IsCjk(c))
                {
                    break;
                }

                i += w;
            }

            tokens.Add(new Token(start, i - start, false));
        }

        return tokens;
    }

    private static bool IsWordChar(int cp)
    {
        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(cp);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static bool IsCjk(int cp) =>
        cp is (>= 0x3040 and <= 0x30FF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xAC00 and <= 0xD7AF)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3134F);

    private void FindLinks(string text, List<ResponseFinding> findings)
    {
        int i = 0;
        while ((i = text.IndexOfAny(['[', '<'], i)) >= 0)
        {
            if (text[i] == '<')
            {
                i = FindHtmlImage(text, i, findings);
                continue;
            }

            int start = i > 0 && text[i - 1] == '!' ? i - 1 : i;
            bool image = start < i;
            int close = text.IndexOf(']', i + 1, Math.Min(MaxLinkTextLength, text.Length - i - 1));
            if (close < 0)
            {
                i++;
                continue;
            }

            string? url = null;
            int end = -1;
            if (close + 1 < text.Length && text[close + 1] == '(')
            {
                int paren = text.IndexOf(')', close + 2, Math.Min(MaxUrlLength, text.Length - close - 2));
                if (paren > 0)
                {
                    url = text[(close + 2)..paren].Trim();
                    int space = url.IndexOfAny([' ', '\t']);
                    url = space > 0 ? url[..space] : url;
                    url = url.Trim('<', '>');
                    end = paren + 1;
                }
            }
            else if (close + 1 < text.Length && text[close + 1] == ':' && (start == 0 || text[start - 1] == '\n'))
            {
                // Reference definition: [label]: https://…
                int lineEnd = text.IndexOf('\n', close);
                lineEnd = lineEnd < 0 ? text.Length : lineEnd;
                url = text[(close + 2)..lineEnd].Trim().Split(' ', 2)[0].Trim('<', '>');
                end = lineEnd;
                image = true; // referenced images cannot be told from links here: treat as fetchable
            }

            if (url is not null && Check(url, image) is { } host)
            {
                findings.Add(new ResponseFinding
                {
                    Kind = ResponseFindingKind.ExfiltrationLink,
                    Start = start,
                    Length = end - start,
                    Severity = image ? ConflictSeverity.High : ConflictSeverity.Medium,
                    Evidence = host,
                    Description = image
                        ? "A markdown image to a host outside the allow-list carries data: rendering it would send the data there without a click."
                        : "A markdown link to a host outside the allow-list carries data.",
                });
                i = end;
                continue;
            }

            i = close + 1;
        }
    }

    private int FindHtmlImage(string text, int i, List<ResponseFinding> findings)
    {
        if (!text.AsSpan(i).StartsWith("<img", StringComparison.OrdinalIgnoreCase))
        {
            return i + 1;
        }

        int end = text.IndexOf('>', i, Math.Min(MaxUrlLength, text.Length - i));
        if (end < 0)
        {
            return i + 1;
        }

        ReadOnlySpan<char> tag = text.AsSpan(i, end - i);
        int src = tag.IndexOf("src=", StringComparison.OrdinalIgnoreCase);
        if (src >= 0)
        {
            ReadOnlySpan<char> value = tag[(src + 4)..].TrimStart("\"'");
            int stop = value.IndexOfAny("\"' ");
            string url = (stop >= 0 ? value[..stop] : value).ToString();
            if (Check(url, image: true) is { } host)
            {
                findings.Add(new ResponseFinding
                {
                    Kind = ResponseFindingKind.ExfiltrationLink,
                    Start = i,
                    Length = end + 1 - i,
                    Severity = ConflictSeverity.High,
                    Evidence = host,
                    Description = "An HTML image to a host outside the allow-list carries data.",
                });
            }
        }

        return end + 1;
    }

    /// <summary>Returns the host when the URL goes outside the allow-list with data (or is an image and all unlisted images go).</summary>
    private string? Check(string url, bool image)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || uri.Scheme is not ("http" or "https") || IsAllowed(uri.Host))
        {
            return null;
        }

        return CarriesData(uri) || (image && _removeAllImages) ? uri.Host : null;
    }

    private bool IsAllowed(string host)
    {
        foreach (string allowed in _allowedHosts)
        {
            if (host.Equals(allowed, StringComparison.OrdinalIgnoreCase)
                || (host.Length > allowed.Length && host.EndsWith(allowed, StringComparison.OrdinalIgnoreCase) && host[^(allowed.Length + 1)] == '.'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool CarriesData(Uri uri)
    {
        if (uri.Query.Length > 1 || uri.Fragment.Length > 1 || uri.UserInfo.Length > 0)
        {
            return true;
        }

        // A long path segment, or one with mixed letters and digits over 16 characters, reads as encoded data.
        foreach (string segment in uri.AbsolutePath.Split('/'))
        {
            if (segment.Length >= 32)
            {
                return true;
            }

            if (segment.Length >= 16 && segment.AsSpan().IndexOfAnyInRange('0', '9') >= 0 && segment.AsSpan().ContainsAnyExcept(NumericSeparators))
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct Token(int Start, int Length, bool IsCjk);

    /// <summary>The letters and digits of a text, lower-cased, with a map back to their positions: spacing, punctuation and case vanish.</summary>
    private sealed class Skeleton
    {
        private Skeleton(string text, int[] map)
        {
            Text = text;
            Map = map;
        }

        public string Text { get; }

        public int[] Map { get; }

        public static Skeleton Of(string text)
        {
            var chars = new char[text.Length];
            var map = new int[text.Length];
            int n = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    chars[n] = char.ToLowerInvariant(text[i]);
                    map[n++] = i;
                }
            }

            return new Skeleton(new string(chars, 0, n), map);
        }
    }
}
