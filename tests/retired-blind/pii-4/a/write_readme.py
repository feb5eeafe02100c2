import json, collections, pathlib
H = pathlib.Path(__file__).parent
R = [json.loads(l) for l in open(H / "corpus.jsonl", encoding="utf-8")]
C = collections.Counter
t = (H / "README.tmpl").read_text(encoding="utf-8")
t = t.replace("{STATS}", (H / "stats.txt").read_text(encoding="utf-8").strip())
t = t.replace("{PL}", ", ".join(f"{p}/{l} {n}" for (p, l), n in sorted(C((r["policy"], r["lang"]) for r in R).items())))
t = t.replace("{PFL}", ", ".join(f"{p}/{l} {n}" for (p, l), n in sorted(C((r["platform"], r["lang"]) for r in R).items())))
(H / "README.md").write_text(t, encoding="utf-8")
