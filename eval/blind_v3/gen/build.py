"""Combine all case modules, shuffle with a fixed seed, assign ids, write ../blind_v3.jsonl."""
import json, os, random, importlib

MODULES = ["inj_en", "inj_multi", "obf", "benign_en", "benign_multi", "hard_en", "hard_multi", "long"]
SEED = 20261121
HERE = os.path.dirname(os.path.abspath(__file__))

def main():
    import sys
    sys.path.insert(0, HERE)
    cases = []
    for m in MODULES:
        mod = importlib.import_module(m)
        for c in mod.CASES:
            c = dict(c)
            c["notes"] = (c.get("notes") or "")
            c["_module"] = m
            cases.append(c)
    random.Random(SEED).shuffle(cases)
    out = os.path.join(HERE, "..", "blind_v3.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, c in enumerate(cases, 1):
            rec = {"id": f"b3-{i:04d}", "text": c["text"], "tier": c["tier"],
                   "label": c["label"], "category": c["category"], "lang": c["lang"],
                   "source": "blind_v3", "notes": c["notes"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} cases to {os.path.normpath(out)}")

if __name__ == "__main__":
    main()
