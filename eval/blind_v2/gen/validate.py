"""Validate blind_v2.jsonl and print counts (markdown)."""
import json, os, re, collections, sys
path = os.path.join(os.path.dirname(__file__), "..", "blind_v2.jsonl")
INJ = {"override","extraction","jailbreak","role_spoof","exfiltration","obfuscation","indirect_instruction"}
BEN = {"benign","hard_negative"}
KEYS = ["id","text","tier","label","category","lang","source","notes"]
errs = []; rows = []
with open(path, "rb") as f:
    for n, raw in enumerate(f, 1):
        try:
            o = json.loads(raw.decode("utf-8"))
        except Exception as e:
            errs.append(f"line {n}: {e}"); continue
        if list(o.keys()) != KEYS: errs.append(f"line {n}: keys {list(o.keys())}")
        if not re.fullmatch(r"b2-\d{4}", o["id"]): errs.append(f"line {n}: id")
        if o["tier"] not in ("user","tool","media"): errs.append(f"line {n}: tier")
        if o["label"] == "injection" and o["category"] not in INJ: errs.append(f"line {n}: cat")
        if o["label"] == "benign" and o["category"] not in BEN: errs.append(f"line {n}: cat")
        if o["label"] not in ("injection","benign"): errs.append(f"line {n}: label")
        if o["source"] != "blind_v2": errs.append(f"line {n}: source")
        if not o["text"].strip() or not o["notes"].strip(): errs.append(f"line {n}: empty")
        if o["category"] == "indirect_instruction" and o["tier"] == "user": errs.append(f"line {n}: indirect in user tier")
        rows.append(o)
ids = collections.Counter(o["id"] for o in rows)
errs += [f"dup id {k}" for k, v in ids.items() if v > 1]
texts = collections.Counter(o["text"].strip() for o in rows)
errs += [f"dup text {k[:40]!r}" for k, v in texts.items() if v > 1]
def tab(title, cnt):
    print(f"\n**{title}**\n\n| value | n |\n|---|---|")
    for k, v in sorted(cnt.items(), key=lambda x: (-x[1], x[0])): print(f"| {k} | {v} |")
print(f"total: {len(rows)}  errors: {len(errs)}")
for e in errs[:50]: print("ERR", e)
tab("label", collections.Counter(o["label"] for o in rows))
tab("category", collections.Counter(o["category"] for o in rows))
tab("tier", collections.Counter(o["tier"] for o in rows))
tab("tier x label", collections.Counter(f'{o["tier"]} / {o["label"]}' for o in rows))
lc = collections.Counter(o["lang"] for o in rows)
li = collections.Counter(o["lang"] for o in rows if o["label"] == "injection")
print("\n**language (total / injections)**\n\n| lang | total | injections |\n|---|---|---|")
for k, v in sorted(lc.items(), key=lambda x: (-x[1], x[0])): print(f"| {k} | {v} | {li.get(k,0)} |")
sys.exit(1 if errs else 0)
