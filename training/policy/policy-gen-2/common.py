"""Shared builder for policy-gen-2 batches.

Each batch script holds its posts as tuples
    (brief, lang, platform, policy, rules, marked_text)
where marked_text carries inline entity markers [[TAG:surface]].
This module strips the markers, computes Python str offsets, checks them,
checks the rule categories against the pack, and writes batch-NN.jsonl.
"""
import json, re, sys, os

TAGS = {
    "P": "PERSON", "PH": "PHONE_NUMBER", "EM": "EMAIL_ADDRESS", "SIN": "CA_SIN",
    "NAM": "CA_QC_HEALTH_NUMBER", "PC": "CA_POSTAL_CODE", "ADDR": "STREET_ADDRESS",
    "DOB": "DATE_OF_BIRTH", "FILE": "QC_COURT_FILE_NUMBER", "CC": "CREDIT_CARD",
}
PACKS = {
    "barreau-qc": {"CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE", "DISPARAGEMENT",
                   "MISLEADING_ADVERTISING", "PERSONALIZED_LEGAL_ADVICE", "TESTIMONIAL_SOLICITATION"},
    "law-firm": {"CLIENT_CONFIDENTIALITY", "DISPARAGEMENT", "PERSONALIZED_LEGAL_ADVICE"},
    "rseq-monteregie": {"DISPARAGEMENT", "HARASSMENT"},
    "shelter": {"SURVIVOR_IDENTIFICATION", "LOCATION_DISCLOSURE", "PRIVATE_EVENT_DISCLOSURE",
                "CONSENT_REQUIRED"},
    "cisss-gaspesie": {"CHILD_PROTECTION_IDENTIFICATION", "CONSENT_REQUIRED",
                       "CONFIDENTIAL_INFORMATION", "DISPARAGEMENT", "HARASSMENT"},
}
BRIEFS = {
    "M": "a paralegal's Facebook post to friends after a long day",
    "N": "a shelter volunteer's WhatsApp-style message pasted into a Facebook group",
    "O": "a parent on the sidelines of a youth sports game, comment thread",
    "P": "an RI-RTF foster parent asking advice in a private-looking but public group",
    "Q": "a firm's marketing intern writing LinkedIn copy",
    "R": "a caseworker venting in English with Quebec French words mixed in",
    "S": "a one-line reply under someone else's post",
    "T": "a long story-telling post, the breach in one sentence in the middle",
    "U": "a post written in all lower case without punctuation",
    "V": "a formal, careful post that is benign but full of sensitive vocabulary",
    "W": "gossip between colleagues in comments",
    "X": "a post with hashtags and @mentions carrying the breach",
}
MARK = re.compile(r"\[\[([A-Z]+):([^\]]+)\]\]")


def luhn_ok(digits):
    d = [int(c) for c in digits if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def strip(marked):
    out, ents, pos = [], [], 0
    last = 0
    for m in MARK.finditer(marked):
        out.append(marked[last:m.start()])
        pos += len(marked[last:m.start()])
        tag, surf = m.group(1), m.group(2)
        if tag not in TAGS:
            raise ValueError("unknown tag %s in %r" % (tag, marked[:60]))
        ents.append({"type": TAGS[tag], "start": pos, "end": pos + len(surf), "text": surf})
        out.append(surf)
        pos += len(surf)
        last = m.end()
    out.append(marked[last:])
    text = "".join(out)
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], e
        if e["type"] == "CA_SIN":
            dg = re.sub(r"\D", "", e["text"])
            assert len(dg) == 9 and dg[0] not in "08" and luhn_ok(dg), e
        if e["type"] == "CREDIT_CARD":
            assert luhn_ok(e["text"]), e
    assert "[[" not in text and "]]" not in text, text[:80]
    return text, ents


def build(batch_no, posts):
    here = os.path.dirname(os.path.abspath(__file__))
    recs = []
    seen = set()
    for i, p in enumerate(posts, 1):
        brief, lang, platform, policy, rules, marked = p
        assert brief in BRIEFS, brief
        assert lang in ("fr", "en"), lang
        assert platform in ("facebook", "linkedin", "instagram"), platform
        assert policy in PACKS, policy
        assert len(set(rules)) == len(rules), rules
        for r in rules:
            assert r in PACKS[policy], (policy, r, marked[:60])
        text, ents = strip(marked.strip())
        assert text not in seen, "duplicate: " + text[:60]
        seen.add(text)
        recs.append({"id": "pg2-b%02d-%03d" % (batch_no, i), "lang": lang, "platform": platform,
                     "policy": policy, "rules": list(rules), "text": text, "entities": ents,
                     "brief": brief})
    path = os.path.join(here, "batch-%02d.jsonl" % batch_no)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
    print("wrote %s: %d posts" % (path, len(recs)))
