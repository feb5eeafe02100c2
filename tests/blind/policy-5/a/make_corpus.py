#!/usr/bin/env python3
"""Build corpus.jsonl from posts_src.py (marker source). Markers: [[TYPE:text]]."""
import json, re, sys, collections
sys.path.insert(0, __import__("os").path.dirname(__file__))
from posts_src import POSTS

TYPES = {"PERSON","EMAIL_ADDRESS","PHONE_NUMBER","CA_SIN","CA_QC_HEALTH_NUMBER","CA_POSTAL_CODE",
         "STREET_ADDRESS","DATE_OF_BIRTH","QC_COURT_FILE_NUMBER","CREDIT_CARD"}
ALLOWED = {
 "barreau-qc": {"CLIENT_CONFIDENTIALITY","LOCATION_DISCLOSURE","DISPARAGEMENT","MISLEADING_ADVERTISING",
                "PERSONALIZED_LEGAL_ADVICE","TESTIMONIAL_SOLICITATION"},
 "law-firm": {"CLIENT_CONFIDENTIALITY","DISPARAGEMENT","PERSONALIZED_LEGAL_ADVICE"},
 "rseq-monteregie": {"DISPARAGEMENT","HARASSMENT"},
}
MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")

def strip(src):
    out, ents, pos = [], [], 0
    cur = 0
    for m in MARK.finditer(src):
        out.append(src[pos:m.start()]); cur += m.start() - pos
        t, txt = m.group(1), m.group(2)
        assert t in TYPES, (t, src)
        ents.append({"type": t, "start": cur, "end": cur + len(txt), "text": txt})
        out.append(txt); cur += len(txt); pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, src
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], (e, text)
    return text, ents

def luhn(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2: n *= 2; n -= 9 if n > 9 else 0
        s += n
    return s % 10 == 0

recs = []
for i, p in enumerate(POSTS, 1):
    lang, plat, pol, rules, brief, src = p
    assert lang in ("fr","en") and plat in ("facebook","linkedin","instagram")
    assert set(rules) <= ALLOWED[pol], (rules, pol, src)
    assert brief in range(1, 9)
    text, ents = strip(src)
    for e in ents:
        if e["type"] in ("CA_SIN","CREDIT_CARD"):
            d = re.sub(r"\D", "", e["text"]); assert luhn(d), e
        if e["type"] == "PHONE_NUMBER":
            assert "555" in e["text"], e
    recs.append({"id": f"p5a-{i:03d}", "lang": lang, "platform": plat, "policy": pol,
                 "rules": list(rules), "text": text, "entities": ents, "brief": brief})

with open("corpus.jsonl", "w", encoding="utf-8") as f:
    for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

# re-check from file
for line in open("corpus.jsonl", encoding="utf-8"):
    r = json.loads(line)
    for e in r["entities"]:
        assert r["text"][e["start"]:e["end"]] == e["text"]

C = collections.Counter
print("total", len(recs))
print("pack", C(r["policy"] for r in recs))
print("lang", C(r["lang"] for r in recs))
print("pack x lang", C((r["policy"], r["lang"]) for r in recs))
print("benign", sum(1 for r in recs if not r["rules"]), "breach", sum(1 for r in recs if r["rules"]))
print("cat", C(c for r in recs for c in r["rules"]))
print("pack x cat", C((r["policy"], c) for r in recs for c in r["rules"]))
print("ent", C(e["type"] for r in recs for e in r["entities"]))
print("platform", C(r["platform"] for r in recs))
print("brief", C(r["brief"] for r in recs))
