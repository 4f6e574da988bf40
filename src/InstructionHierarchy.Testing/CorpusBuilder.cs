namespace InstructionHierarchy.Testing;

/// <summary>Collects corpus cases, numbering their ids and deriving payloads and expected actions.</summary>
internal sealed class CorpusBuilder
{
    private const string PayloadStart = "{{";
    private const string PayloadEnd = "}}";

    private readonly List<AttackCase> _cases = [];
    private readonly Dictionary<string, int> _counters = new(StringComparer.Ordinal);

    public IReadOnlyList<AttackCase> Cases => _cases;

    /// <summary>The least action <see cref="HierarchyPolicy.Default"/> takes on a clear (high-severity) finding.</summary>
    public static PolicyAction Expected(PriorityTier tier, ConflictCategory category) => tier switch
    {
        PriorityTier.User => category switch
        {
            ConflictCategory.Override or ConflictCategory.Extraction or ConflictCategory.Jailbreak or ConflictCategory.SecretRequest => PolicyAction.Block,
            ConflictCategory.RoleSpoof or ConflictCategory.Obfuscation => PolicyAction.Neutralize,
            _ => PolicyAction.Flag,
        },
        _ => category is ConflictCategory.RoleSpoof or ConflictCategory.Obfuscation ? PolicyAction.Neutralize : PolicyAction.Redact,
    };

    /// <summary>Adds an attack. The payload is the part of <paramref name="marked"/> between <c>{{</c> and <c>}}</c>, or all of it.</summary>
    public CorpusBuilder Attack(string language, PriorityTier tier, ConflictCategory category, string marked, string description, PolicyAction? expected = null)
    {
        (string text, string payload) = Unmark(marked);
        _cases.Add(new AttackCase
        {
            Id = NextId(language, tier, category.ToName()),
            Kind = AttackCaseKind.Attack,
            Tier = tier,
            Category = category,
            Language = language,
            Text = text,
            Payload = payload,
            Description = description,
            ExpectedMinimumAction = expected ?? Expected(tier, category),
        });
        return this;
    }

    /// <summary>Adds a benign text or a hard negative.</summary>
    public CorpusBuilder Negative(string language, PriorityTier tier, AttackCaseKind kind, string text, string description, ConflictCategory? resembles = null)
    {
        _cases.Add(new AttackCase
        {
            Id = NextId(language, tier, kind == AttackCaseKind.HardNegative ? "hardneg" : "benign"),
            Kind = kind,
            Tier = tier,
            Category = resembles,
            Language = language,
            Text = text,
            Payload = text,
            Description = description,
            ExpectedMinimumAction = PolicyAction.Allow,
        });
        return this;
    }

    private static (string Text, string Payload) Unmark(string marked)
    {
        int start = marked.IndexOf(PayloadStart, StringComparison.Ordinal);
        if (start < 0)
        {
            return (marked, marked);
        }

        int end = marked.IndexOf(PayloadEnd, start + PayloadStart.Length, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new InvalidOperationException($"Unclosed payload marker in a corpus case: {marked}");
        }

        string payload = marked[(start + PayloadStart.Length)..end];
        return (string.Concat(marked.AsSpan(0, start), payload, marked.AsSpan(end + PayloadEnd.Length)), payload);
    }

    private string NextId(string language, PriorityTier tier, string label)
    {
        string stem = $"{language}-{TierNames.ToName(tier)}-{label}";
        int n = _counters.TryGetValue(stem, out int current) ? current + 1 : 1;
        _counters[stem] = n;
        return $"{stem}-{n:00}";
    }
}
