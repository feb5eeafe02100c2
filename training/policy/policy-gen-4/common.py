"""Shared builder for policy-gen-4 training batches.

Each batch_NN.py defines POSTS = [(lang, platform, policy, rules, brief, marked_text), ...]
and calls build(NN, POSTS). Markers: [[TYPE:entity text]].
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PACKS = {
    "barreau-qc": {"CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE", "DISPARAGEMENT",
                   "MISLEADING_ADVERTISING", "PERSONALIZED_LEGAL_ADVICE", "TESTIMONIAL_SOLICITATION"},
    "law-firm": {"CLIENT_CONFIDENTIALITY", "DISPARAGEMENT", "PERSONALIZED_LEGAL_ADVICE"},
    "rseq-monteregie": {"DISPARAGEMENT", "HARASSMENT"},
    "shelter": {"SURVIVOR_IDENTIFICATION", "LOCATION_DISCLOSURE", "PRIVATE_EVENT_DISCLOSURE", "CONSENT_REQUIRED"},
    "cisss-gaspesie": {"CHILD_PROTECTION_IDENTIFICATION", "CONSENT_REQUIRED", "CONFIDENTIAL_INFORMATION",
                       "DISPARAGEMENT", "HARASSMENT"},
}
ENTITY_TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CA_SIN", "CA_QC_HEALTH_NUMBER", "CA_POSTAL_CODE",
                "STREET_ADDRESS", "DATE_OF_BIRTH", "QC_COURT_FILE_NUMBER", "CREDIT_CARD"}
BRIEFS = set("PQRSTUVW")
MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")


def strip(marked):
    out, ents, pos, last = [], [], 0, 0
    for m in MARK.finditer(marked):
        out.append(marked[last:m.start()]); pos += m.start() - last
        typ, val = m.group(1), m.group(2)
        assert typ in ENTITY_TYPES, typ
        ents.append({"type": typ, "start": pos, "end": pos + len(val), "text": val})
        out.append(val); pos += len(val); last = m.end()
    out.append(marked[last:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, text
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], e
    return text, ents


def luhn_ok(digits):
    d = [int(c) for c in digits][::-1]
    s = sum(x if i % 2 == 0 else (x * 2 - 9 if x * 2 > 9 else x * 2) for i, x in enumerate(d))
    return s % 10 == 0


def build(n, posts):
    other_texts = set()
    for f in glob.glob(os.path.join(HERE, "batch-*.jsonl")):
        if os.path.basename(f) == "batch-%02d.jsonl" % n:
            continue
        for line in open(f, encoding="utf-8"):
            other_texts.add(json.loads(line)["text"])
    recs, seen = [], set()
    for i, (lang, platform, policy, rules, brief, marked) in enumerate(posts, 1):
        assert lang in ("fr", "en"), (i, lang)
        assert platform in ("facebook", "linkedin", "instagram"), (i, platform)
        assert policy in PACKS, (i, policy)
        assert brief in BRIEFS, (i, brief)
        assert len(set(rules)) == len(rules), (i, rules)
        for r in rules:
            assert r in PACKS[policy], (i, policy, r)
        text, ents = strip(marked)
        assert text not in seen and text not in other_texts, ("duplicate text", i, text[:60])
        seen.add(text)
        for e in ents:
            if e["type"] in ("CA_SIN", "CREDIT_CARD"):
                dg = re.sub(r"\D", "", e["text"])
                assert luhn_ok(dg), e
                if e["type"] == "CA_SIN":
                    assert len(dg) == 9 and dg[0] not in "08", e
            if e["type"] == "PHONE_NUMBER":
                assert "555" in e["text"], e
        if brief == "W":
            assert 600 <= len(text) <= 1500, (i, len(text))
        recs.append({"id": "pg4-b%02d-%03d" % (n, i), "lang": lang, "platform": platform, "policy": policy,
                     "rules": list(rules), "text": text, "entities": ents, "brief": brief})
    path = os.path.join(HERE, "batch-%02d.jsonl" % n)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
    ben = sum(1 for r in recs if not r["rules"])
    fr = sum(1 for r in recs if r["lang"] == "fr")
    packs = {p: sum(1 for r in recs if r["policy"] == p) for p in PACKS}
    print("batch %02d: %d posts, %d benign, %d fr, packs %s" % (n, len(recs), ben, fr, packs))
    return recs
