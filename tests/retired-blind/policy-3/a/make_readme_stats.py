#!/usr/bin/env python3
"""Print the count tables of corpus.jsonl in Markdown (pasted into README.md)."""
import json, collections
C = collections.Counter
R = [json.loads(l) for l in open("corpus.jsonl", encoding="utf-8")]
def table(title, counter, head=("value", "posts")):
    print(f"\n**{title}**\n\n| {head[0]} | {head[1]} |\n|---|---|")
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print(f"| {k} | {v} |")
print(f"Total posts: **{len(R)}**; benign (`rules: []`): **{sum(1 for r in R if not r['rules'])}**; "
      f"posts with at least one entity: {sum(1 for r in R if r['entities'])}.")
packs = sorted({r["policy"] for r in R})
print("\n| pack | posts | fr | en | benign | facebook | linkedin | instagram |\n|---|---|---|---|---|---|---|---|")
for p in packs:
    s = [r for r in R if r["policy"] == p]
    c = C(r["lang"] for r in s); pl = C(r["platform"] for r in s)
    print(f"| {p} | {len(s)} | {c['fr']} | {c['en']} | {sum(1 for r in s if not r['rules'])} | {pl['facebook']} | {pl['linkedin']} | {pl['instagram']} |")
c = C(r["lang"] for r in R); pl = C(r["platform"] for r in R)
print(f"| **all** | {len(R)} | {c['fr']} | {c['en']} | {sum(1 for r in R if not r['rules'])} | {pl['facebook']} | {pl['linkedin']} | {pl['instagram']} |")
print("\n**Positive posts per category (a post can carry several)**\n\n| pack | category | posts |\n|---|---|---|")
for p in packs:
    for k, v in sorted(C(x for r in R if r["policy"] == p for x in r["rules"]).items()):
        print(f"| {p} | {k} | {v} |")
table("Entity spans per type", C(e["type"] for r in R for e in r["entities"]), ("type", "spans"))
print("\n**Style briefs (positive / benign posts)**\n\n| brief | positive | benign |\n|---|---|---|")
for b in range(1, 14):
    print(f"| {b} | {sum(1 for r in R if r['brief']==b and r['rules'])} | {sum(1 for r in R if r['brief']==b and not r['rules'])} |")
L = [len(r["text"]) for r in R]
print(f"\n**Lengths** (characters): min {min(L)}, max {max(L)}; under 80: {sum(l<80 for l in L)}; "
      f"80–700: {sum(80<=l<=700 for l in L)}; over 700: {sum(l>700 for l in L)} (of which over 1,500: {sum(l>1500 for l in L)}).")
