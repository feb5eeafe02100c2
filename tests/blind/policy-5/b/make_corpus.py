#!/usr/bin/env python3
"""Build corpus.jsonl from source.txt (inline markers [[TYPE:text]]).
Block header: @@ lang | platform | policy | rules(comma or -) | brief
Ids p5b-NNN assigned in order. Every offset is checked."""
import json, re, sys
TYPES = {"PERSON","EMAIL_ADDRESS","PHONE_NUMBER","CA_SIN","CA_QC_HEALTH_NUMBER","CA_POSTAL_CODE",
         "STREET_ADDRESS","DATE_OF_BIRTH","QC_COURT_FILE_NUMBER","CREDIT_CARD"}
PACK = {"shelter": {"SURVIVOR_IDENTIFICATION","LOCATION_DISCLOSURE","PRIVATE_EVENT_DISCLOSURE","CONSENT_REQUIRED"},
        "cisss-gaspesie": {"CHILD_PROTECTION_IDENTIFICATION","CONSENT_REQUIRED","CONFIDENTIAL_INFORMATION","DISPARAGEMENT","HARASSMENT"}}
MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")
src = open("source.txt", encoding="utf-8").read()
blocks = [b for b in re.split(r"^@@ ", src, flags=re.M) if b.strip()]
out = []
for n, b in enumerate(blocks, 1):
    head, _, body = b.partition("\n")
    lang, plat, pol, rules, brief = [x.strip() for x in head.split("|")]
    assert lang in ("fr","en") and plat in ("facebook","linkedin","instagram") and pol in PACK, head
    rules = [] if rules == "-" else [r.strip() for r in rules.split(",")]
    assert set(rules) <= PACK[pol], (n, rules)
    body = body.strip("\n")
    text, ents, pos = "", [], 0
    for m in MARK.finditer(body):
        text += body[pos:m.start()]
        t, s = m.group(1), m.group(2)
        assert t in TYPES, (n, t)
        ents.append({"type": t, "start": len(text), "end": len(text)+len(s), "text": s})
        text += s; pos = m.end()
    text += body[pos:]
    assert "[[" not in text and "]]" not in text, n
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], (n, e)
    out.append({"id": f"p5b-{n:03d}", "lang": lang, "platform": plat, "policy": pol, "rules": rules,
                "text": text, "entities": ents, "brief": int(brief)})
with open("corpus.jsonl", "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
# re-check from disk
for line in open("corpus.jsonl", encoding="utf-8"):
    r = json.loads(line)
    for e in r["entities"]:
        assert r["text"][e["start"]:e["end"]] == e["text"]
from collections import Counter
print(len(out), "posts")
for k in ("policy","lang","platform","brief"):
    print(k, dict(Counter(r[k] for r in out)))
print("benign", sum(1 for r in out if not r["rules"]), "breach", sum(1 for r in out if r["rules"]))
print("rules", dict(Counter(x for r in out for x in r["rules"])))
print("rules by pack", dict(Counter((r["policy"], x) for r in out for x in r["rules"])))
print("pack x lang", dict(Counter((r["policy"], r["lang"]) for r in out)))
print("entities", dict(Counter(e["type"] for r in out for e in r["entities"])))
