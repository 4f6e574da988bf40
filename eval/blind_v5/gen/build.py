#!/usr/bin/env python3
"""Deterministic build of /work/blind5/blind_v5.jsonl: combine -> dedupe -> shuffle -> ids -> write."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import inj_user, inj_tool, inj_media, hn_user, hn_data, benign

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "blind_v5.jsonl")

def main():
    rows = []
    for mod in (inj_user, inj_tool, inj_media, hn_user, hn_data, benign):
        rows.extend(mod.items())
    seen, uniq = set(), []
    for r in rows:
        key = r["text"].strip()
        if key in seen:
            print("duplicate dropped:", key[:60], file=sys.stderr)
            continue
        seen.add(key)
        uniq.append(r)
    random.Random(20261123).shuffle(uniq)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for n, r in enumerate(uniq, 1):
            obj = {"id": "b5-%04d" % n, "text": r["text"], "tier": r["tier"], "label": r["label"],
                   "category": r["category"], "lang": r["lang"], "source": "blind_v5", "notes": r["notes"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("wrote", len(uniq), "rows to", OUT)

if __name__ == "__main__":
    main()
