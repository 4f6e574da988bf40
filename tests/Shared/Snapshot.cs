using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace InstructionHierarchy.Tests;

/// <summary>
/// Verify-style golden files: <c>&lt;TestFile&gt;.&lt;TestMethod&gt;[_suffix].verified.&lt;ext&gt;</c> beside the test.
/// On mismatch a <c>.received</c> file is written and the test fails with a diff command; accept by renaming, or with
/// <c>ACCEPT_SNAPSHOTS=1</c> locally (ignored when <c>CI=true</c>).
/// </summary>
internal static class Snapshot
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void MatchJson(string json, string? suffix = null,
        [CallerFilePath] string sourceFile = "", [CallerMemberName] string member = "")
    {
        using (JsonDocument.Parse(json))
        {
            // must at least be valid JSON
        }

        Match(json, "json", suffix, sourceFile, member);
    }

    public static void Match(string actual, string extension = "txt", string? suffix = null,
        [CallerFilePath] string sourceFile = "", [CallerMemberName] string member = "")
    {
        if (!File.Exists(sourceFile))
        {
            throw new InvalidOperationException($"'{sourceFile}' not found; test projects need DeterministicSourcePaths=false.");
        }

        string stem = Path.Combine(Path.GetDirectoryName(sourceFile)!,
            $"{Path.GetFileNameWithoutExtension(sourceFile)}.{member}{(suffix is null ? "" : "_" + suffix)}");
        string verified = $"{stem}.verified.{extension}";
        string received = $"{stem}.received.{extension}";
        string text = Normalize(actual);

        if (File.Exists(verified) && Normalize(File.ReadAllText(verified)) == text)
        {
            File.Delete(received);
            return;
        }

        if (Environment.GetEnvironmentVariable("ACCEPT_SNAPSHOTS") == "1" && Environment.GetEnvironmentVariable("CI") != "true")
        {
            File.WriteAllText(verified, text, Utf8NoBom);
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, text, Utf8NoBom);
        Assert.Fail(File.Exists(verified)
            ? $"Snapshot mismatch.\n  diff -u \"{verified}\" \"{received}\"\n{FirstDifference(Normalize(File.ReadAllText(verified)), text)}"
            : $"New snapshot: review, then rename\n  {received}\n  -> {verified}");
    }

    private static string Normalize(string s) => s.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";

    private static string FirstDifference(string expected, string actual)
    {
        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            string el = i < e.Length ? e[i] : "<eof>";
            string al = i < a.Length ? a[i] : "<eof>";
            if (el != al)
            {
                return $"  line {i + 1}\n  - {el}\n  + {al}";
            }
        }

        return "";
    }
}
