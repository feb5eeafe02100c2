#!/usr/bin/env python3
"""Build corpus.jsonl from posts.src (inline [[TYPE:text]] markers). Checks every offset."""
import json, re, sys, collections, pathlib
HERE = pathlib.Path(__file__).parent
TYPES = {"PERSON","EMAIL_ADDRESS","PHONE_NUMBER","CA_SIN","CA_QC_HEALTH_NUMBER","CA_POSTAL_CODE",
         "STREET_ADDRESS","DATE_OF_BIRTH","QC_COURT_FILE_NUMBER","CREDIT_CARD"}
PACKS = {"barreau-qc": {"CLIENT_CONFIDENTIALITY","LOCATION_DISCLOSURE","DISPARAGEMENT","MISLEADING_ADVERTISING","PERSONALIZED_LEGAL_ADVICE","TESTIMONIAL_SOLICITATION"},
         "law-firm": {"CLIENT_CONFIDENTIALITY","DISPARAGEMENT","PERSONALIZED_LEGAL_ADVICE"},
         "rseq-monteregie": {"DISPARAGEMENT","HARASSMENT"},
         "shelter": {"SURVIVOR_IDENTIFICATION","LOCATION_DISCLOSURE","PRIVATE_EVENT_DISCLOSURE","CONSENT_REQUIRED"},
         "cisss-gaspesie": {"CHILD_PROTECTION_IDENTIFICATION","CONSENT_REQUIRED","CONFIDENTIAL_INFORMATION","DISPARAGEMENT","HARASSMENT"}}
ALIAS = {"P": "PERSON", "PH": "PHONE_NUMBER", "EM": "EMAIL_ADDRESS", "AD": "STREET_ADDRESS", "PC": "CA_POSTAL_CODE",
         "DOB": "DATE_OF_BIRTH", "SIN": "CA_SIN", "NAM": "CA_QC_HEALTH_NUMBER", "CF": "QC_COURT_FILE_NUMBER", "CC": "CREDIT_CARD"}
MARK = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]", re.S)

def luhn(s):
    d = [int(c) for c in s if c.isdigit()]; t = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2; x -= 9 if x > 9 else 0
        t += x
    return t % 10 == 0

def parse(src):
    blocks = re.split(r"^=== ", src, flags=re.M)[1:]
    out = []
    for n, b in enumerate(blocks, 1):
        head, _, body = b.partition("\n")
        lang, platform, policy, rules, brief = head.split()
        body = body.strip()
        text, ents, pos, last = [], [], 0, 0
        for m in MARK.finditer(body):
            text.append(body[last:m.start()]); pos += m.start() - last
            t, s = ALIAS.get(m.group(1), m.group(1)), m.group(2)
            assert t in TYPES, (n, t)
            ents.append({"type": t, "start": pos, "end": pos + len(s), "text": s})
            text.append(s); pos += len(s); last = m.end()
        text.append(body[last:]); text = "".join(text)
        assert "[[" not in text and "]]" not in text, (n, text)
        rl = [] if rules == "-" else rules.split(",")
        assert lang in ("fr", "en") and platform in ("facebook", "linkedin", "instagram"), (n, head)
        assert policy in PACKS and set(rl) <= PACKS[policy], (n, head)
        for e in ents:
            assert text[e["start"]:e["end"]] == e["text"], (n, e)
            assert e["text"] == e["text"].strip() and e["text"], (n, e)
            if e["type"] in ("CA_SIN", "CREDIT_CARD"):
                assert luhn(e["text"]), (n, e)
            if e["type"] == "CA_SIN":
                assert re.sub(r"\D", "", e["text"])[0] not in "08" and len(re.sub(r"\D", "", e["text"])) == 9, (n, e)
            if e["type"] == "PHONE_NUMBER":
                assert "555" in e["text"], (n, e)
        out.append({"id": f"n4a-{n:03d}", "lang": lang, "platform": platform, "policy": policy,
                    "rules": rl, "brief": int(brief), "text": text, "entities": ents})
    return out

if __name__ == "__main__":
    recs = parse((HERE / "posts.src").read_text(encoding="utf-8"))
    with open(HERE / "corpus.jsonl", "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    C = collections.Counter
    print("posts", len(recs))
    for k in ("lang", "policy", "platform", "brief"):
        print(k, dict(sorted(C(r[k] for r in recs).items())))
    print("rules", dict(C(x for r in recs for x in r["rules"])), "posts with rules", sum(bool(r["rules"]) for r in recs))
    print("entities", dict(C(e["type"] for r in recs for e in r["entities"])))
    for lg in ("fr", "en"):
        print(lg, dict(C(e["type"] for r in recs if r["lang"] == lg for e in r["entities"])))
    print("posts with no entity", sum(not r["entities"] for r in recs))
    print("posts with non-PERSON entity", sum(any(e["type"] != "PERSON" for e in r["entities"]) for r in recs))
