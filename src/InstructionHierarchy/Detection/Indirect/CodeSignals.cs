namespace InstructionHierarchy.Detection.Indirect;

/// <summary>What a stretch of code does that matters for injected snippets.</summary>
[Flags]
internal enum CodeRisk
{
    /// <summary>Nothing notable.</summary>
    None = 0,

    /// <summary>Reads cookies, environment variables, browser storage, credentials, device or memory information.</summary>
    SensitiveSource = 1,

    /// <summary>Sends or fetches over the network.</summary>
    NetworkSink = 2,

    /// <summary>Runs commands or downloaded code.</summary>
    Execution = 4,

    /// <summary>Deletes, encrypts, kills or blocks.</summary>
    Destructive = 8,

    /// <summary>Records keystrokes, the screen, the camera or the microphone.</summary>
    Surveillance = 16,
}

/// <summary>Finds risky calls in code with one multi-string search over the folded text.</summary>
internal static class CodeSignals
{
    private static readonly (string Token, CodeRisk Risk)[] Table =
    [
        ("document.cookie", CodeRisk.SensitiveSource), ("browser_cookie", CodeRisk.SensitiveSource), ("cookiejar", CodeRisk.SensitiveSource),
        ("cookies.pkl", CodeRisk.SensitiveSource), ("cookies.sqlite", CodeRisk.SensitiveSource), ("/cookies", CodeRisk.SensitiveSource),
        ("\\cookies", CodeRisk.SensitiveSource), ("get_cookies", CodeRisk.SensitiveSource), ("getcookies", CodeRisk.SensitiveSource),
        ("os.environ", CodeRisk.SensitiveSource), ("getenv", CodeRisk.SensitiveSource), ("process.env", CodeRisk.SensitiveSource),
        ("printenv", CodeRisk.SensitiveSource), ("getenvironmentvariable", CodeRisk.SensitiveSource), ("localstorage", CodeRisk.SensitiveSource),
        ("sessionstorage", CodeRisk.SensitiveSource), ("indexeddb", CodeRisk.SensitiveSource), ("navigator.", CodeRisk.SensitiveSource),
        ("uuid.getnode", CodeRisk.SensitiveSource), ("getmac", CodeRisk.SensitiveSource), ("platform.node", CodeRisk.SensitiveSource),
        ("platform.uname", CodeRisk.SensitiveSource), ("platform.system", CodeRisk.SensitiveSource), ("platform.platform", CodeRisk.SensitiveSource),
        ("gethostname", CodeRisk.SensitiveSource), ("psutil", CodeRisk.SensitiveSource), ("query_devices", CodeRisk.SensitiveSource),
        ("pyaudio", CodeRisk.SensitiveSource), ("wmi.", CodeRisk.SensitiveSource), ("lsusb", CodeRisk.SensitiveSource),
        ("usb.core", CodeRisk.SensitiveSource), ("bluetooth", CodeRisk.SensitiveSource), ("/proc/", CodeRisk.SensitiveSource),
        ("readprocessmemory", CodeRisk.SensitiveSource), ("memory_maps", CodeRisk.SensitiveSource), ("virtual_memory", CodeRisk.SensitiveSource),
        ("pymem", CodeRisk.SensitiveSource), ("mem.read", CodeRisk.SensitiveSource), ("winreg", CodeRisk.SensitiveSource),
        ("/etc/passwd", CodeRisk.SensitiveSource), ("/etc/shadow", CodeRisk.SensitiveSource), ("id_rsa", CodeRisk.SensitiveSource),
        (".ssh/", CodeRisk.SensitiveSource), ("login data", CodeRisk.SensitiveSource), ("keychain", CodeRisk.SensitiveSource),
        ("getpass", CodeRisk.SensitiveSource), ("pyperclip", CodeRisk.SensitiveSource), ("clipboard", CodeRisk.SensitiveSource),
        ("geolocation", CodeRisk.SensitiveSource), ("netsh wlan", CodeRisk.SensitiveSource), ("bash_history", CodeRisk.SensitiveSource),
        ("contacts.csv", CodeRisk.SensitiveSource), ("gpu", CodeRisk.SensitiveSource), ("cpu_count", CodeRisk.SensitiveSource),
        ("pynput", CodeRisk.Surveillance), ("keyboard.on_press", CodeRisk.Surveillance), ("keylog", CodeRisk.Surveillance),
        ("getasynckeystate", CodeRisk.Surveillance), ("setwindowshookex", CodeRisk.Surveillance), ("imagegrab", CodeRisk.Surveillance),
        ("screenshot", CodeRisk.Surveillance), ("mss.mss", CodeRisk.Surveillance), ("videocapture", CodeRisk.Surveillance),
        ("sd.rec", CodeRisk.Surveillance), ("webcam", CodeRisk.Surveillance), ("scapy", CodeRisk.Surveillance), ("sniff(", CodeRisk.Surveillance),
        ("pcap", CodeRisk.Surveillance),
        ("requests.post", CodeRisk.NetworkSink), ("requests.put", CodeRisk.NetworkSink), ("requests.get", CodeRisk.NetworkSink),
        ("requests.request", CodeRisk.NetworkSink), ("urllib", CodeRisk.NetworkSink), ("urlopen", CodeRisk.NetworkSink),
        ("http.client", CodeRisk.NetworkSink), ("httplib", CodeRisk.NetworkSink), ("socket.socket", CodeRisk.NetworkSink),
        (".sendall(", CodeRisk.NetworkSink), ("smtplib", CodeRisk.NetworkSink), ("sendmail", CodeRisk.NetworkSink), ("ftplib", CodeRisk.NetworkSink),
        ("paramiko", CodeRisk.NetworkSink), ("fetch(", CodeRisk.NetworkSink), ("xmlhttprequest", CodeRisk.NetworkSink),
        ("sendbeacon", CodeRisk.NetworkSink), ("axios.", CodeRisk.NetworkSink), ("$.post", CodeRisk.NetworkSink), ("$.ajax", CodeRisk.NetworkSink),
        ("webclient", CodeRisk.NetworkSink), ("invoke-webrequest", CodeRisk.NetworkSink), ("curl ", CodeRisk.NetworkSink),
        ("wget ", CodeRisk.NetworkSink), ("websocket", CodeRisk.NetworkSink), ("new image().src", CodeRisk.NetworkSink),
        ("pool.request", CodeRisk.NetworkSink), ("http.request(", CodeRisk.NetworkSink), ("httpx.", CodeRisk.NetworkSink),
        ("aiohttp", CodeRisk.NetworkSink), ("pastebin", CodeRisk.NetworkSink), ("webhook", CodeRisk.NetworkSink),
        ("os.system", CodeRisk.Execution), ("subprocess", CodeRisk.Execution), ("popen", CodeRisk.Execution), ("exec(", CodeRisk.Execution),
        ("eval(", CodeRisk.Execution), ("shell=true", CodeRisk.Execution), ("powershell", CodeRisk.Execution), ("cmd.exe", CodeRisk.Execution),
        ("/bin/sh", CodeRisk.Execution), ("bash -c", CodeRisk.Execution), ("chmod +x", CodeRisk.Execution), ("os.startfile", CodeRisk.Execution),
        ("getruntime().exec", CodeRisk.Execution), ("child_process", CodeRisk.Execution), ("virtualalloc", CodeRisk.Execution),
        ("createremotethread", CodeRisk.Execution), ("crontab", CodeRisk.Execution), ("schtasks", CodeRisk.Execution),
        ("shutil.rmtree", CodeRisk.Destructive), ("os.remove", CodeRisk.Destructive), ("os.unlink", CodeRisk.Destructive),
        ("rm -rf", CodeRisk.Destructive), ("rmdir /s", CodeRisk.Destructive), ("del /f", CodeRisk.Destructive), ("format c:", CodeRisk.Destructive),
        ("mkfs", CodeRisk.Destructive), ("dd if=", CodeRisk.Destructive), ("fernet", CodeRisk.Destructive), (".encrypt(", CodeRisk.Destructive),
        ("aes.new", CodeRisk.Destructive), ("os.kill", CodeRisk.Destructive), ("taskkill", CodeRisk.Destructive), ("killall", CodeRisk.Destructive),
        ("iptables", CodeRisk.Destructive), ("netsh advfirewall", CodeRisk.Destructive), ("netsh interface", CodeRisk.Destructive),
        ("shutdown", CodeRisk.Destructive), ("while true", CodeRisk.Destructive), ("os.fork", CodeRisk.Destructive), (":(){", CodeRisk.Destructive),
        ("/dev/sda", CodeRisk.Destructive), ("etc/hosts", CodeRisk.Destructive), ("system32", CodeRisk.Destructive), ("ctypes.windll", CodeRisk.Destructive),
        ("ddos", CodeRisk.Destructive), ("flood", CodeRisk.Destructive), ("ransom", CodeRisk.Destructive), ("os.walk", CodeRisk.Destructive),
    ];

    private static readonly AnchorSearch Search = CreateSearch();

    /// <summary>The tokens of the network sinks.</summary>
    internal static readonly string[] SinkTokens = CreateSinkTokens();


    /// <summary>Collects the risks of the code in <paramref name="folded"/>[<paramref name="start"/>..<paramref name="end"/>).</summary>
    /// <param name="folded">The folded text.</param>
    /// <param name="start">The start of the code.</param>
    /// <param name="end">The exclusive end of the code.</param>
    /// <returns>Every risk found.</returns>
    public static CodeRisk Assess(string folded, int start, int end)
    {
        CodeRisk risk = CodeRisk.None;
        int offset = start;
        while (offset < end)
        {
            int at = folded.AsSpan(offset, end - offset).IndexOfAny(Search);
            if (at < 0)
            {
                break;
            }

            int position = offset + at;
            int length = 1;
            ReadOnlySpan<char> rest = folded.AsSpan(position, end - position);
            foreach ((string token, CodeRisk kind) in Table)
            {
                if (rest.StartsWith(token, StringComparison.Ordinal))
                {
                    risk |= kind;
                    length = Math.Max(length, token.Length);
                }
            }

            offset = position + length;
        }

        return risk;
    }

    /// <summary>Finds the next risky token at or after <paramref name="from"/>.</summary>
    /// <param name="folded">The folded text.</param>
    /// <param name="from">Where to start.</param>
    /// <returns>The position, length and risk of the token, or a negative position.</returns>
    public static (int At, int Length, CodeRisk Risk) Next(string folded, int from)
    {
        int at = folded.AsSpan(from).IndexOfAny(Search);
        if (at < 0)
        {
            return (-1, 0, CodeRisk.None);
        }

        at += from;
        ReadOnlySpan<char> rest = folded.AsSpan(at);
        int length = 1;
        CodeRisk risk = CodeRisk.None;
        foreach ((string token, CodeRisk kind) in Table)
        {
            if (rest.StartsWith(token, StringComparison.Ordinal))
            {
                risk |= kind;
                length = Math.Max(length, token.Length);
            }
        }

        return (at, length, risk);
    }

    /// <summary>Finds the code block that starts at or after <paramref name="from"/> (a fenced block, or indented/code-like lines) within a bounded reach.</summary>
    /// <param name="folded">The folded text.</param>
    /// <param name="from">Where to start looking.</param>
    /// <param name="reach">How far the block may start.</param>
    /// <param name="maxLength">The longest block considered.</param>
    /// <returns>The start and exclusive end of the block, or (-1, -1).</returns>
    public static (int Start, int End) FencedBlockAfter(string folded, int from, int reach, int maxLength)
    {
        if (from >= folded.Length)
        {
            return (-1, -1);
        }

        int window = Math.Min(reach, folded.Length - from);
        int open = folded.AsSpan(from, window).IndexOf("```", StringComparison.Ordinal);
        if (open < 0)
        {
            return (-1, -1);
        }

        open += from;
        int bodyStart = open + 3;
        int limit = Math.Min(folded.Length - bodyStart, maxLength);
        int close = limit > 0 ? folded.AsSpan(bodyStart, limit).IndexOf("```", StringComparison.Ordinal) : -1;
        int end = close < 0 ? bodyStart + Math.Max(0, limit) : bodyStart + close + 3;
        return (open, end);
    }

    private static string[] CreateSinkTokens()
    {
        var sinks = new List<string>();
        foreach ((string token, CodeRisk risk) in Table)
        {
            if ((risk & CodeRisk.NetworkSink) != CodeRisk.None)
            {
                sinks.Add(token);
            }
        }

        return [.. sinks];
    }

    private static AnchorSearch CreateSearch()
    {
        string[] tokens = new string[Table.Length];
        for (int i = 0; i < Table.Length; i++)
        {
            tokens[i] = Table[i].Token;
        }

        return AnchorSearch.Create(tokens, StringComparison.Ordinal);
    }
}
