# Regenerates stats.md from corpus.jsonl and splices it into README.md under "## Counts".
import json, collections
C = collections.Counter
R = [json.loads(l) for l in open('corpus.jsonl', encoding='utf-8')]
def tab(title, c):
    out = f"\n**{title}**\n\n| value | posts |\n|---|---|\n"
    for k, v in sorted(c.items(), key=lambda x: str(x[0]).zfill(2)): out += f"| {k} | {v} |\n"
    return out
s = ""
s += tab("Language", C(r['lang'] for r in R))
s += tab("Policy pack", C(r['policy'] for r in R))
s += tab("Pack × language", C(f"{r['policy']} / {r['lang']}" for r in R))
s += tab("Platform", C(r['platform'] for r in R))
s += tab("Brief", C(r['brief'] for r in R))
s += tab("Brief × language", C(f"{r['brief']:02d} / {r['lang']}" for r in R))
s += f"\nPosts with at least one rule: {sum(1 for r in R if r['rules'])}; with `rules: []`: {sum(1 for r in R if not r['rules'])}.\n"
s += tab("Policy category (count of posts)", C(f"{r['policy']}: {x}" for r in R for x in r['rules']))
ent = C(e['type'] for r in R for e in r['entities'])
s += "\n**Entity type (spans; posts containing)**\n\n| type | spans | posts |\n|---|---|---|\n"
for k, v in sorted(ent.items()):
    s += f"| {k} | {v} | {sum(1 for r in R if any(e['type'] == k for e in r['entities']))} |\n"
s += f"| total | {sum(ent.values())} | |\n"
e2 = C((r['lang'], e['type']) for r in R for e in r['entities'])
s += "\n**Entity spans by language**\n\n| type | fr | en |\n|---|---|---|\n"
for k in sorted(ent): s += f"| {k} | {e2[('fr', k)]} | {e2[('en', k)]} |\n"
s += f"\nPosts with no entity at all: {sum(1 for r in R if not r['entities'])}. Text length: {min(len(r['text']) for r in R)}–{max(len(r['text']) for r in R)} characters.\n"
open('stats.md', 'w', encoding='utf-8').write(s)
rd = open('README.md', encoding='utf-8').read()
a = rd.index("## Counts\n") + len("## Counts\n"); b = rd.index("\n## Labelling judgement calls")
open('README.md', 'w', encoding='utf-8').write(rd[:a] + s + rd[b:])
