"""Shared builder for policy-gen-3 training batches.

Each batch_NN.py defines POSTS = [(brief, lang, platform, policy, rules, marked_text), ...]
and calls build(NN, POSTS). Inline markers: [[TYPE:entity text]].
This module strips the markers, computes Python str offsets, checks
text[start:end] == entity text, checks that every category is one the pack can fire,
that entity types are contract types, Luhn validity of SIN/card numbers,
555 exchanges in phone numbers, and that no text repeats (within and across batches).
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

PACK_RULES = {
    "barreau-qc": {"CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE", "DISPARAGEMENT",
                   "MISLEADING_ADVERTISING", "PERSONALIZED_LEGAL_ADVICE", "TESTIMONIAL_SOLICITATION"},
    "law-firm": {"CLIENT_CONFIDENTIALITY", "DISPARAGEMENT", "PERSONALIZED_LEGAL_ADVICE"},
    "rseq-monteregie": {"DISPARAGEMENT", "HARASSMENT"},
    "shelter": {"SURVIVOR_IDENTIFICATION", "LOCATION_DISCLOSURE", "PRIVATE_EVENT_DISCLOSURE",
                "CONSENT_REQUIRED"},
    "cisss-gaspesie": {"CHILD_PROTECTION_IDENTIFICATION", "CONSENT_REQUIRED",
                       "CONFIDENTIAL_INFORMATION", "DISPARAGEMENT", "HARASSMENT"},
}
ENTITY_TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CA_SIN", "CA_QC_HEALTH_NUMBER",
                "CA_POSTAL_CODE", "STREET_ADDRESS", "DATE_OF_BIRTH", "QC_COURT_FILE_NUMBER",
                "CREDIT_CARD"}
BRIEFS = set("HIJKLMNO")
LANGS = {"fr", "en"}
PLATFORMS = {"facebook", "linkedin", "instagram"}

MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]", re.S)


def luhn_ok(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def strip(marked):
    out, ents, pos = [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        start = sum(len(p) for p in out)
        etype, etext = m.group(1), m.group(2)
        out.append(etext)
        ents.append({"type": etype, "start": start, "end": start + len(etext), "text": etext})
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, ("unparsed marker", marked[:80])
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], e
    return text, ents


def check_entity(e, pid):
    t = e["type"]
    assert t in ENTITY_TYPES, (pid, t)
    digits = re.sub(r"\D", "", e["text"])
    if t == "CA_SIN":
        assert len(digits) == 9 and digits[0] not in "08" and luhn_ok(digits), (pid, e)
    if t == "CREDIT_CARD":
        assert 13 <= len(digits) <= 19 and luhn_ok(digits), (pid, e)
    if t == "PHONE_NUMBER":
        assert "555" in digits[-7:-4] if len(digits) >= 7 else False, (pid, e)


def load_other_texts(nn):
    seen = {}
    for f in glob.glob(os.path.join(HERE, "batch-*.jsonl")):
        if os.path.basename(f) == "batch-%02d.jsonl" % nn:
            continue
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                seen[r["text"]] = r["id"]
    return seen


def build(nn, posts):
    seen = load_other_texts(nn)
    records = []
    for i, p in enumerate(posts, 1):
        brief, lang, platform, policy, rules, marked = p
        pid = "pg3-b%02d-%03d" % (nn, i)
        assert brief in BRIEFS, (pid, brief)
        assert lang in LANGS, (pid, lang)
        assert platform in PLATFORMS, (pid, platform)
        assert policy in PACK_RULES, (pid, policy)
        assert len(set(rules)) == len(rules), (pid, rules)
        for r in rules:
            assert r in PACK_RULES[policy], (pid, policy, r)
        text, ents = strip(marked.strip("\n"))
        assert text.strip() == text, (pid, "leading/trailing whitespace")
        for e in ents:
            check_entity(e, pid)
        assert text not in seen, (pid, "duplicate text of", seen.get(text))
        seen[text] = pid
        records.append({"id": pid, "lang": lang, "platform": platform, "policy": policy,
                        "rules": list(rules), "text": text, "entities": ents, "brief": brief})
    out = os.path.join(HERE, "batch-%02d.jsonl" % nn)
    with open(out, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_benign = sum(1 for r in records if not r["rules"])
    n_en = sum(1 for r in records if r["lang"] == "en")
    packs = sorted({r["policy"] for r in records})
    print("%s: %d posts, %d benign (%.0f%%), %d en (%.0f%%), packs=%s" % (
        os.path.basename(out), len(records), n_benign, 100 * n_benign / len(records),
        n_en, 100 * n_en / len(records), packs))
    return records
