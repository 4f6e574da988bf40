import json, sys, collections
P = sys.argv[1] if len(sys.argv) > 1 else "/work/heldout/blind_v1.jsonl"
TIERS = {"user", "tool", "media"}
INJ = {"override", "extraction", "jailbreak", "role_spoof", "exfiltration", "obfuscation", "indirect_instruction"}
BEN = {"benign", "hard_negative"}
KEYS = {"id", "text", "tier", "label", "category", "lang", "source"}
ids, rows = set(), []
with open(P, "rb") as f:
    for n, raw in enumerate(f, 1):
        line = raw.decode("utf-8")  # strict UTF-8
        r = json.loads(line)
        assert KEYS <= set(r) <= KEYS | {"notes"}, (n, set(r))
        assert all(isinstance(r[k], str) and r[k] for k in KEYS), n
        assert r["id"] not in ids, r["id"]; ids.add(r["id"])
        assert r["tier"] in TIERS and r["source"] == "blind_v1", n
        assert (r["label"] == "injection" and r["category"] in INJ) or (r["label"] == "benign" and r["category"] in BEN), n
        rows.append(r)
C = collections.Counter
print("cases", len(rows))
print("label", dict(C(r["label"] for r in rows)))
print("category", dict(C(r["category"] for r in rows).most_common()))
print("tier (all)", dict(C(r["tier"] for r in rows)))
print("tier x label", dict(C((r["tier"], r["label"]) for r in rows)))
print("lang", dict(C(r["lang"] for r in rows).most_common()))
print("lang x label", {k: dict(v) for k, v in sorted({l: C(r["label"] for r in rows if r["lang"] == l) for l in set(r["lang"] for r in rows)}.items())})
print("injection category x tier", dict(C((r["category"], r["tier"]) for r in rows if r["label"] == "injection")))
print("non-en injections", sum(1 for r in rows if r["label"] == "injection" and r["lang"] != "en"))
