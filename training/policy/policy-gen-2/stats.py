"""Regenerates the counts section of README.md from the batch-NN.jsonl files."""
import json, glob, collections, re, os
here = os.path.dirname(os.path.abspath(__file__))
recs = []
files = sorted(glob.glob(os.path.join(here, "batch-*.jsonl")))
for f in files:
    for line in open(f, encoding="utf-8"):
        recs.append(json.loads(line))
C = collections.Counter
n = len(recs)
out = []
out.append("Files: " + ", ".join(os.path.basename(f) for f in files) + f" — **{n} posts**\n")
def table(title, cnt, unit="posts"):
    out.append(f"\n### {title}\n\n| value | {unit} |\n|---|---|")
    for k, v in sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0])):
        out.append(f"| {k} | {v} |")
table("Language", C(r["lang"] for r in recs))
table("Platform", C(r["platform"] for r in recs))
table("Brief", C(r["brief"] for r in recs))
benign = sum(1 for r in recs if not r["rules"])
out.append(f"\nBenign posts (`rules: []`): {benign} ({100*benign/n:.0f} %). Posts with 2+ categories: {sum(1 for r in recs if len(r['rules'])>1)}.\n")
out.append("\n### Pack × language × category (a post counts once per category; `(benign)` = no category)\n\n| pack | lang | category | posts |\n|---|---|---|---|")
c = C()
for r in recs:
    for cat in (r["rules"] or ["(benign)"]):
        c[(r["policy"], r["lang"], cat)] += 1
for k in sorted(c):
    out.append(f"| {k[0]} | {k[1]} | {k[2]} | {c[k]} |")
table("Category (all packs)", C(cat for r in recs for cat in r["rules"]))
table("Pack", C(r["policy"] for r in recs))
table("Entity type (labelled spans)", C(e["type"] for r in recs for e in r["entities"]), "spans")
L = [len(r["text"]) for r in recs]
out.append(f"\nText length: min {min(L)}, median {sorted(L)[n//2]}, max {max(L)} characters.\n")
body = "\n".join(out)
p = os.path.join(here, "README.md")
s = open(p, encoding="utf-8").read()
s = re.sub(r"<!-- COUNTS -->.*<!-- /COUNTS -->", "<!-- COUNTS -->\n" + body.replace("\\", "\\\\") + "\n<!-- /COUNTS -->", s, flags=re.S)
open(p, "w", encoding="utf-8").write(s)
print(body[:600])
