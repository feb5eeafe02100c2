import json, glob, collections
recs = []
for f in sorted(glob.glob("batch-*.jsonl")):
    recs += [json.loads(l) for l in open(f, encoding="utf-8")]
C = collections.Counter
def show(title, c):
    print("\n" + title)
    for k, v in sorted(c.items(), key=lambda kv: str(kv[0])): print("  %s: %d" % (k, v))
print("total", len(recs), "benign", sum(1 for r in recs if not r["rules"]))
show("lang", C(r["lang"] for r in recs))
show("platform", C(r["platform"] for r in recs))
show("brief", C(r["brief"] for r in recs))
show("pack (posts / benign)", C((r["policy"], "benign" if not r["rules"] else "positive") for r in recs))
show("pack x category", C((r["policy"], x) for r in recs for x in r["rules"]))
show("category (all packs)", C(x for r in recs for x in r["rules"]))
show("lang x benign", C((r["lang"], bool(r["rules"])) for r in recs))
show("entity types", C(e["type"] for r in recs for e in r["entities"]))
show("multi-label posts", C(len(r["rules"]) for r in recs))
