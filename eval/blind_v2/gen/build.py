"""Build /work/heldout2/blind_v2.jsonl from the generator modules."""
import json, random, sys, os
sys.path.insert(0, os.path.dirname(__file__))
import common
import en_inj, en_ind, en_ben, ml_a, ml_b, ml_c, obf  # noqa: F401  (register cases)
try:
    import extra  # noqa: F401
except ImportError:
    pass
cases = list(common.CASES)
random.Random(20261121).shuffle(cases)
out = []
for i, c in enumerate(cases, 1):
    out.append({"id": f"b2-{i:04d}", "text": c["text"], "tier": c["tier"], "label": c["label"],
                "category": c["category"], "lang": c["lang"], "source": "blind_v2", "notes": c["notes"]})
path = os.path.join(os.path.dirname(__file__), "..", "blind_v2.jsonl")
with open(path, "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print("wrote", len(out))
