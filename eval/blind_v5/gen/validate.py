#!/usr/bin/env python3
"""Schema checks and count tables for blind_v5.jsonl."""
import json, os, sys, collections, hashlib
PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "blind_v5.jsonl")
KEYS = ["id", "text", "tier", "label", "category", "lang", "source", "notes"]
INJ = {"override", "extraction", "jailbreak", "role_spoof", "exfiltration", "obfuscation", "indirect_instruction"}
BEN = {"benign", "hard_negative"}

def main():
    raw = open(PATH, "rb").read()
    rows, errs = [], []
    for ln, line in enumerate(raw.decode("utf-8").splitlines(), 1):
        o = json.loads(line)
        if list(o.keys()) != KEYS: errs.append((ln, "key order"))
        if o["id"] != "b5-%04d" % ln: errs.append((ln, "id"))
        if o["tier"] not in ("user", "tool", "media"): errs.append((ln, "tier"))
        if o["label"] == "injection" and o["category"] not in INJ: errs.append((ln, "cat/label"))
        if o["label"] == "benign" and o["category"] not in BEN: errs.append((ln, "cat/label"))
        if o["label"] not in ("injection", "benign"): errs.append((ln, "label"))
        if o["source"] != "blind_v5": errs.append((ln, "source"))
        if not o["text"].strip() or not o["notes"].strip(): errs.append((ln, "empty"))
        if o["category"] in ("jailbreak",) and o["tier"] != "user": errs.append((ln, "jailbreak tier"))
        long_ = len(o["text"]) >= 300 and o["tier"] in ("tool", "media")
        if long_ and not o["notes"].startswith("long "): errs.append((ln, "long note missing"))
        if o["notes"].startswith("long ") and len(o["text"]) < 300: errs.append((ln, "long note on short text"))
        if len(o["text"]) > 2000 and o["tier"] != "user": errs.append((ln, "too long"))
        rows.append(o)
    texts = [r["text"] for r in rows]
    if len(set(texts)) != len(texts): errs.append((0, "duplicate texts"))
    print("rows:", len(rows))
    print("errors:", errs if errs else "none")
    print("label:", dict(collections.Counter(r["label"] for r in rows)))
    cats = sorted(set(r["category"] for r in rows))
    print("\ncategory x tier:")
    print("%-22s %5s %5s %5s %5s" % ("category", "user", "tool", "media", "total"))
    ct = collections.Counter((r["category"], r["tier"]) for r in rows)
    for c in cats:
        print("%-22s %5d %5d %5d %5d" % (c, ct[(c, "user")], ct[(c, "tool")], ct[(c, "media")], sum(ct[(c, t)] for t in ("user", "tool", "media"))))
    langs = collections.Counter(r["lang"] for r in rows)
    print("\nlanguages (%d):" % len(langs), ", ".join("%s %d" % kv for kv in langs.most_common()))
    ne = sum(1 for r in rows if r["lang"] != "en") / len(rows)
    inj = [r for r in rows if r["label"] == "injection"]
    ne_inj = sum(1 for r in inj if r["lang"] != "en") / len(inj)
    print("non-English overall: %.1f%%, among injections: %.1f%%" % (100 * ne, 100 * ne_inj))
    lt = [r for r in rows if r["tier"] in ("tool", "media") and 300 <= len(r["text"]) <= 2000]
    print("long tool/media texts (300-2000 chars):", len(lt), dict(collections.Counter(r["label"] for r in lt)))
    print("sha256:", hashlib.sha256(raw).hexdigest())
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
