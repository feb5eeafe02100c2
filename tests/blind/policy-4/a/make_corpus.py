"""Build corpus.jsonl from posts_src.py: strip [[TYPE:text]] markers, compute offsets, check them."""
import json, re, sys, collections
sys.path.insert(0, __import__("os").path.dirname(__file__))
from posts_src import POSTS

TYPES = {"PERSON","EMAIL_ADDRESS","PHONE_NUMBER","CA_SIN","CA_QC_HEALTH_NUMBER","CA_POSTAL_CODE",
         "STREET_ADDRESS","DATE_OF_BIRTH","QC_COURT_FILE_NUMBER","CREDIT_CARD"}
PACK = {"barreau-qc": {"CLIENT_CONFIDENTIALITY","LOCATION_DISCLOSURE","DISPARAGEMENT","MISLEADING_ADVERTISING",
                       "PERSONALIZED_LEGAL_ADVICE","TESTIMONIAL_SOLICITATION"},
        "law-firm": {"CLIENT_CONFIDENTIALITY","DISPARAGEMENT","PERSONALIZED_LEGAL_ADVICE"},
        "rseq-monteregie": {"DISPARAGEMENT","HARASSMENT"}}
MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")

def strip(src):
    out, ents, pos = [], [], 0
    for m in MARK.finditer(src):
        out.append(src[pos:m.start()])
        start = sum(len(s) for s in out)
        t, val = m.group(1), m.group(2)
        assert t in TYPES, t
        out.append(val)
        ents.append({"type": t, "start": start, "end": start + len(val), "text": val})
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, text
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], e
    return text, ents

recs = []
for i, (lang, plat, pol, rules, brief, src) in enumerate(POSTS, 1):
    assert lang in ("fr","en") and plat in ("facebook","linkedin","instagram")
    assert set(rules) <= PACK[pol], (i, rules)
    assert 1 <= brief <= 13
    text, ents = strip(src)
    assert 10 <= len(text) <= 2500, (i, len(text))
    recs.append({"id": f"p4a-{i:03d}", "lang": lang, "platform": plat, "policy": pol,
                 "rules": sorted(set(rules)), "text": text, "entities": ents, "brief": brief})
assert len({r["text"] for r in recs}) == len(recs)
with open("corpus.jsonl", "w", encoding="utf-8") as f:
    for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
# re-read and re-check
for line in open("corpus.jsonl", encoding="utf-8"):
    r = json.loads(line)
    for e in r["entities"]:
        assert r["text"][e["start"]:e["end"]] == e["text"]

C = collections.Counter
print("posts", len(recs))
print("pack", C(r["policy"] for r in recs))
print("lang", C(r["lang"] for r in recs))
print("platform", C(r["platform"] for r in recs))
print("benign", sum(not r["rules"] for r in recs), C(r["policy"] for r in recs if not r["rules"]))
print("rules", C((r["policy"], c) for r in recs for c in r["rules"]))
print("entities", C(e["type"] for r in recs for e in r["entities"]))
print("brief", sorted(C(r["brief"] for r in recs).items()))
L = [len(r["text"]) for r in recs]
print("len<80", sum(l < 80 for l in L), "len>600", sum(l > 600 for l in L), "min", min(L), "max", max(L))
