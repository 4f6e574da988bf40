"""Builds /work/heldout/blind_v1.jsonl from the hand-written parts (standard library only).
Run: cd /work/heldout/gen && python3 build_blind_v1.py"""
import json, random, unicodedata, re, os
import common
import en_inj, en_ben, cjk, eu1, other, long_ben  # noqa: F401  (registering cases)

cases = list(common.CASES)
rng = random.Random(20261121)
rng.shuffle(cases)

def norm(t):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", t).lower()).strip()

seen = {}
for c in cases:
    k = norm(c["text"])
    assert k not in seen, "duplicate text: " + c["text"][:60]
    seen[k] = 1

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind_v1.jsonl")
with open(out, "w", encoding="utf-8", newline="\n") as f:
    for n, c in enumerate(cases, 1):
        rec = {"id": f"blind-{n:04d}", "text": c["text"], "tier": c["tier"], "label": c["label"],
               "category": c["category"], "lang": c["lang"], "source": "blind_v1"}
        if c.get("notes"):
            rec["notes"] = c["notes"]
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(cases), "cases to", os.path.normpath(out))
