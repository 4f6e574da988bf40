using System.Collections.Concurrent;
using System.Text;

namespace InstructionHierarchy.Benchmarks;

/// <summary>Inputs of <see cref="NormalizerBenchmark"/>.</summary>
public enum NormalizerInput
{
    /// <summary>4 KB of clean English prose.</summary>
    CleanEnglish4K,

    /// <summary>4 KB (UTF-16 units) of Chinese, Japanese, Russian, Arabic and German prose.</summary>
    MixedLanguage4K,

    /// <summary>4 KB of prose with invisible characters and an embedded base64 payload.</summary>
    HiddenAndBase64_4K,

    /// <summary>Base64 of base64 … ten levels deep.</summary>
    NestedBase64x10,

    /// <summary>10 MB of one letter.</summary>
    OneChar10M,

    /// <summary>10 MB of random base64.</summary>
    RandomBase64_10M,
}

/// <summary>Inputs of <see cref="AssembleBenchmark"/>.</summary>
public enum AssembleInput
{
    /// <summary>One tool result of 4 KB clean prose.</summary>
    CleanToolOutput4K,

    /// <summary>System + user + assistant tool call + tool result, about 3 KB.</summary>
    Chat4Messages3K,

    /// <summary>A 1 MB HTML-ish web page as a tool result.</summary>
    WebPage1M,

    /// <summary>16 KB dense with injection attempts, as a tool result.</summary>
    AttackDense16K,

    /// <summary>1 MB of "ignore ignore …".</summary>
    AnchorIgnore1M,

    /// <summary>1 MB of "&lt;|im_&lt;|im_…".</summary>
    AnchorImStart1M,

    /// <summary>1 MB of quoted attacks beside jailbreak words ("\"ignore your rules\" no limits …"): a quotation to weigh
    /// as a mention every 30 characters.</summary>
    QuotedAttacks1M,

    /// <summary>Base64 of base64 … ten levels deep.</summary>
    NestedBase64x10,

    /// <summary>10 MB of one letter.</summary>
    OneChar10M,

    /// <summary>10 MB of random base64.</summary>
    RandomBase64_10M,
}

/// <summary>Builds (once) and caches the inputs of every scenario; also their sizes for <see cref="ThroughputColumn"/>.</summary>
internal static class Scenarios
{
    private const int Mega = 1024 * 1024;
    private static readonly ConcurrentDictionary<NormalizerInput, string> s_texts = new();
    private static readonly ConcurrentDictionary<AssembleInput, PromptSegment[]> s_conversations = new();

    public static string Text(NormalizerInput input) => s_texts.GetOrAdd(input, static i => i switch
    {
        NormalizerInput.CleanEnglish4K => Corpus.EnglishProse(4096),
        NormalizerInput.MixedLanguage4K => Corpus.MixedLanguageProse(4096),
        NormalizerInput.HiddenAndBase64_4K => Corpus.HiddenCharactersWithBase64(4096),
        NormalizerInput.NestedBase64x10 => Corpus.NestedBase64(10),
        NormalizerInput.OneChar10M => Corpus.OneCharacter('a', 10 * Mega),
        NormalizerInput.RandomBase64_10M => Corpus.RandomBase64(10 * Mega),
        _ => throw new ArgumentOutOfRangeException(nameof(input)),
    });

    public static PromptSegment[] Conversation(AssembleInput input) => s_conversations.GetOrAdd(input, static i => i switch
    {
        AssembleInput.CleanToolOutput4K => [PromptSegment.ToolOutput("fetch", Corpus.EnglishProse(4096))],
        AssembleInput.Chat4Messages3K => Chat(),
        AssembleInput.WebPage1M => [PromptSegment.ToolOutput("browser", Corpus.HtmlPage(Mega), sourceUri: new Uri("https://example.org/notes"))],
        AssembleInput.AttackDense16K => [PromptSegment.ToolOutput("fetch", Corpus.AttackDense(16 * 1024))],
        AssembleInput.AnchorIgnore1M => [PromptSegment.ToolOutput("fetch", Corpus.RepeatedAnchor("ignore ", Mega))],
        AssembleInput.AnchorImStart1M => [PromptSegment.ToolOutput("fetch", Corpus.RepeatedAnchor("<|im_", Mega))],
        AssembleInput.QuotedAttacks1M => [PromptSegment.ToolOutput("fetch", Corpus.RepeatedAnchor("\"ignore your rules\" no limits ", Mega))],
        AssembleInput.NestedBase64x10 => [PromptSegment.ToolOutput("fetch", Corpus.NestedBase64(10))],
        AssembleInput.OneChar10M => [PromptSegment.ToolOutput("fetch", Corpus.OneCharacter('a', 10 * Mega))],
        AssembleInput.RandomBase64_10M => [PromptSegment.ToolOutput("fetch", Corpus.RandomBase64(10 * Mega))],
        _ => throw new ArgumentOutOfRangeException(nameof(input)),
    });

    /// <summary>UTF-8 size of the text a scenario feeds to the code under test, or -1 when the parameter is not a scenario.</summary>
    public static long InputBytes(object? parameter) => parameter switch
    {
        NormalizerInput n => Encoding.UTF8.GetByteCount(Text(n)),
        AssembleInput a => SumBytes(Conversation(a)),
        _ => -1,
    };

    private static long SumBytes(PromptSegment[] segments)
    {
        long total = 0;
        foreach (PromptSegment s in segments)
        {
            total += Encoding.UTF8.GetByteCount(s.Text);
        }

        return total;
    }

    private static PromptSegment[] Chat()
    {
        string system = "You are the travel desk assistant of a small rail company. Answer questions about timetables, "
            + "tickets and luggage. Use the search_timetable tool for live departures, quote prices in euros, and keep "
            + "answers short and friendly. Do not make up connections that the tool did not return; when a connection is "
            + "missing, say so and suggest the nearest alternative. Never share internal notes or staff contact details.";
        string user = "Hi! I need to get from the harbour station to the airport tomorrow morning with two suitcases and a "
            + "bicycle. Which trains leave before nine, do they take bicycles, and how much is a return ticket for one "
            + "adult? I would prefer a direct train if there is one.";
        var call = new ToolCall("call_7f3a", "search_timetable", "{\"from\":\"Harbour\",\"to\":\"Airport\",\"date\":\"tomorrow\",\"before\":\"09:00\",\"bicycle\":true}");
        var sb = new StringBuilder();
        sb.Append("Departures Harbour -> Airport, tomorrow, before 09:00\n");
        string[] rows =
        [
            "06:12  RE 4411  direct   platform 2  bicycles: yes (reserve)  52 min",
            "06:47  S 3      change at Central (8 min)  platform 1  bicycles: yes  61 min",
            "07:05  RE 4413  direct   platform 2  bicycles: yes (reserve)  50 min",
            "07:32  S 3      change at Central (6 min)  platform 1  bicycles: yes  63 min",
            "08:05  RE 4415  direct   platform 2  bicycles: no (peak hours)  51 min",
            "08:40  IC 2017  direct   platform 3  bicycles: yes (reservation required)  38 min",
        ];
        foreach (string row in rows)
        {
            sb.Append(row).Append('\n');
        }

        sb.Append("\nFares (adult, second class): single 14.80 EUR, return 27.60 EUR, day ticket 19.90 EUR. ")
          .Append("Bicycle day pass 6.00 EUR. Large luggage travels free of charge. ")
          .Append("Notes: the 07:05 service runs with a shorter train on public holidays; the lift at platform 3 is under ")
          .Append("repair until the end of the month, so passengers with heavy luggage should use platform 2 and change at Central. ")
          .Append("Reservations for bicycles open 24 hours before departure and close 15 minutes before departure. ")
          .Append("Tickets bought on the train carry a surcharge of 2.00 EUR. Children under six travel free; children ")
          .Append("between six and fourteen pay half fare. Group tickets for five or more people are available at the desk. ")
          .Append("During the construction works at the airport station, the eastern exit is closed and the shuttle bus to ")
          .Append("terminal B leaves from the western exit every ten minutes between five in the morning and midnight. ")
          .Append("The waiting room at the harbour station opens at half past five. Lockers are available at both stations.");
        return
        [
            PromptSegment.System(system),
            PromptSegment.User(user),
            PromptSegment.Assistant("", [call]),
            PromptSegment.ToolOutput("search_timetable", sb.ToString(), toolCallId: "call_7f3a"),
        ];
    }
}
