"""Validate ../blind_v3.jsonl and print counts as markdown tables."""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "blind_v3.jsonl")
KEYS = ["id", "text", "tier", "label", "category", "lang", "source", "notes"]
TIERS = {"user", "tool", "media"}
INJ = {"override", "extraction", "jailbreak", "role_spoof", "exfiltration", "obfuscation", "indirect_instruction"}
BEN = {"benign", "hard_negative"}
LANGS = {"en", "zh-CN", "zh-TW", "ja", "ko", "es", "fr", "de", "pt", "it", "ru", "ar", "hi", "tr", "vi",
         "id", "nl", "pl", "uk", "th", "fa", "he", "sv"}

def table(title, counter, headers=("value", "n")):
    print(f"\n**{title}**\n\n| {headers[0]} | {headers[1]} |\n|---|---:|")
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print(f"| {k} | {v} |")
    print(f"| **total** | {sum(counter.values())} |")

def main():
    errors = []
    recs = []
    with open(PATH, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                errors.append(f"line {ln}: bad json {e}"); continue
            recs.append(r)
            if list(r.keys()) != KEYS: errors.append(f"line {ln}: key order {list(r.keys())}")
            if r.get("tier") not in TIERS: errors.append(f"{r.get('id')}: tier {r.get('tier')}")
            lab, cat = r.get("label"), r.get("category")
            if lab == "injection":
                if cat not in INJ: errors.append(f"{r['id']}: category {cat} with injection")
            elif lab == "benign":
                if cat not in BEN: errors.append(f"{r['id']}: category {cat} with benign")
            else:
                errors.append(f"{r.get('id')}: label {lab}")
            if cat == "indirect_instruction" and r.get("tier") == "user":
                errors.append(f"{r['id']}: indirect_instruction in user tier")
            if r.get("lang") not in LANGS: errors.append(f"{r['id']}: lang {r.get('lang')}")
            if r.get("source") != "blind_v3": errors.append(f"{r['id']}: source")
            if not isinstance(r.get("text"), str) or not r["text"].strip(): errors.append(f"{r['id']}: empty text")
            if not isinstance(r.get("notes"), str): errors.append(f"{r['id']}: notes not str")
    ids = Counter(r["id"] for r in recs)
    errors += [f"duplicate id {k}" for k, v in ids.items() if v > 1]
    texts = Counter(r["text"].strip() for r in recs)
    errors += [f"duplicate text: {k[:60]!r}" for k, v in texts.items() if v > 1]
    for i, r in enumerate(recs, 1):
        if r["id"] != f"b3-{i:04d}": errors.append(f"id sequence broken at {r['id']}"); break

    print(f"# blind_v3 validation — {len(recs)} records\n")
    table("label", Counter(r["label"] for r in recs), ("label", "n"))
    table("category", Counter(r["category"] for r in recs), ("category", "n"))
    table("tier", Counter(r["tier"] for r in recs), ("tier", "n"))
    tl = Counter((r["tier"], r["label"]) for r in recs)
    print("\n**tier × label**\n\n| tier | injection | benign | total |\n|---|---:|---:|---:|")
    for t in ["user", "tool", "media"]:
        a, b = tl[(t, "injection")], tl[(t, "benign")]
        print(f"| {t} | {a} | {b} | {a+b} |")
    lt = Counter(r["lang"] for r in recs)
    li = Counter(r["lang"] for r in recs if r["label"] == "injection")
    print("\n**language (total / injections)**\n\n| lang | total | injections |\n|---|---:|---:|")
    for k, v in sorted(lt.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"| {k} | {v} | {li[k]} |")
    ne = sum(v for k, v in lt.items() if k != "en")
    print(f"| **total** | {len(recs)} | {sum(li.values())} |")
    print(f"\nnon-English share: {ne}/{len(recs)} = {ne/len(recs):.1%}; languages: {len(lt)}")
    lens = sorted(len(r["text"]) for r in recs)
    long_ = sum(1 for r in recs if r["tier"] != "user" and len(r["text"]) >= 300)
    print(f"text length chars: min {lens[0]}, median {lens[len(lens)//2]}, max {lens[-1]}; tool/media cases >=300 chars: {long_}")
    if errors:
        print("\n## ERRORS")
        for e in errors: print("-", e)
        sys.exit(1)
    print("\nvalidation: OK")

if __name__ == "__main__":
    main()
