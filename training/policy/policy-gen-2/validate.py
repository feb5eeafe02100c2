"""Checks every batch-NN.jsonl: valid JSON lines, required fields, categories allowed for the pack,
entity offsets, unique ids and texts across all batches."""
import json, glob, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import PACKS, BRIEFS
here = os.path.dirname(os.path.abspath(__file__))
ids, texts, n = set(), set(), 0
for f in sorted(glob.glob(os.path.join(here, "batch-*.jsonl"))):
    for i, line in enumerate(open(f, encoding="utf-8"), 1):
        r = json.loads(line)
        assert set(r) == {"id", "lang", "platform", "policy", "rules", "text", "entities", "brief"}, (f, i)
        assert r["lang"] in ("fr", "en") and r["platform"] in ("facebook", "linkedin", "instagram")
        assert r["policy"] in PACKS and r["brief"] in BRIEFS
        assert all(c in PACKS[r["policy"]] for c in r["rules"]), (f, i, r["rules"])
        for e in r["entities"]:
            assert r["text"][e["start"]:e["end"]] == e["text"], (f, i, e)
        assert r["id"] not in ids, r["id"]; ids.add(r["id"])
        assert r["text"] not in texts, (f, i); texts.add(r["text"])
        n += 1
print("ok:", n, "records")
