"""Prints the counts used in README.md (run: python3 stats.py)."""
import collections, glob, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
recs = []
for f in sorted(glob.glob(os.path.join(HERE, "batch-*.jsonl"))):
    recs += [json.loads(l) for l in open(f, encoding="utf-8")]
C = collections.Counter
print("total", len(recs), "benign", sum(not r["rules"] for r in recs))
def show(title, c):
    print("\n" + title)
    for k, v in sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print("  %-45s %d" % (k, v))
show("lang", C(r["lang"] for r in recs))
show("platform", C(r["platform"] for r in recs))
show("brief", C(r["brief"] for r in recs))
show("pack (posts)", C("%s" % r["policy"] for r in recs))
show("pack benign", C(r["policy"] for r in recs if not r["rules"]))
show("pack x category", C("%s %s" % (r["policy"], x) for r in recs for x in r["rules"]))
show("category", C(x for r in recs for x in r["rules"]))
show("entity type", C(e["type"] for r in recs for e in r["entities"]))
show("batch", C(r["id"][:7] for r in recs))
lens = sorted(len(r["text"]) for r in recs)
print("\nlength min/median/max", lens[0], lens[len(lens)//2], lens[-1])
