"""Combine all generator modules, dedupe, shuffle (seed 20261122), assign ids, write ../blind_v4.jsonl."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import user_inj, tool_inj, long_carriers, hardneg_user, hardneg_data, benign

SEED = 20261122
KEYS = ["id", "text", "tier", "label", "category", "lang", "source", "notes"]


def main():
    recs = []
    for mod in (user_inj, tool_inj, long_carriers, hardneg_user, hardneg_data, benign):
        recs.extend(mod.records())
    seen, out = set(), []
    for r in recs:
        k = r["text"].strip()
        if k in seen:
            print("dup dropped:", k[:60], file=sys.stderr)
            continue
        seen.add(k)
        out.append(r)
    random.Random(SEED).shuffle(out)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind_v4.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for i, r in enumerate(out, 1):
            r = dict(r, id="b4-%04d" % i)
            f.write(json.dumps({k: r[k] for k in KEYS}, ensure_ascii=False) + "\n")
    print("wrote", len(out), "records to", os.path.normpath(path))


if __name__ == "__main__":
    main()
