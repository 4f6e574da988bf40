"""Validate ../blind_v4.jsonl schema and print count tables."""
import json, os, sys, collections

KEYS = ["id", "text", "tier", "label", "category", "lang", "source", "notes"]
INJ = ["override", "extraction", "jailbreak", "role_spoof", "exfiltration", "obfuscation", "indirect_instruction"]
BEN = ["benign", "hard_negative"]


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind_v4.jsonl")
    rows, errs = [], []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            r = json.loads(line)
            rows.append(r)
            if list(r.keys()) != KEYS:
                errs.append((n, "key order"))
            if r["id"] != "b4-%04d" % n:
                errs.append((n, "id"))
            if r["tier"] not in ("user", "tool", "media"):
                errs.append((n, "tier"))
            if r["source"] != "blind_v4":
                errs.append((n, "source"))
            if r["label"] == "injection" and r["category"] not in INJ:
                errs.append((n, "inj cat"))
            if r["label"] == "benign" and r["category"] not in BEN:
                errs.append((n, "ben cat"))
            if r["label"] not in ("injection", "benign"):
                errs.append((n, "label"))
            if not r["text"].strip() or not r["notes"].strip() or not r["lang"]:
                errs.append((n, "empty field"))
    texts = [r["text"] for r in rows]
    if len(set(texts)) != len(texts):
        errs.append((0, "duplicate texts"))
    print("records:", len(rows), "errors:", errs or "none")
    cat = collections.Counter((r["category"], r["tier"]) for r in rows)
    print("\ncategory x tier")
    print("%-22s %5s %5s %5s %6s" % ("category", "user", "tool", "media", "total"))
    for c in INJ + BEN:
        u, t, m = cat[(c, "user")], cat[(c, "tool")], cat[(c, "media")]
        print("%-22s %5d %5d %5d %6d" % (c, u, t, m, u + t + m))
    print("\nlabel:", dict(collections.Counter(r["label"] for r in rows)))
    lang = collections.Counter(r["lang"] for r in rows)
    print("\nlang (%d):" % len(lang), ", ".join("%s=%d" % kv for kv in lang.most_common()))
    nonen = sum(v for k, v in lang.items() if k != "en")
    print("non-English:", nonen, "(%.1f%%)" % (100 * nonen / len(rows)))
    longs = [r for r in rows if r["tier"] in ("tool", "media") and 300 <= len(r["text"]) <= 2000]
    print("\nlong tool/media (300-2000 chars):", len(longs),
          dict(collections.Counter(r["label"] for r in longs)))
    print("max len:", max(len(t) for t in texts), "min len:", min(len(t) for t in texts))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
