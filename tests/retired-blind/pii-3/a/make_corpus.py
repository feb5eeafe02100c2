#!/usr/bin/env python3
"""Build corpus.jsonl from posts_marked.py (posts written with inline markers).

Marker syntax inside a post: [[TAG:entity text]]  where TAG is one of the keys of TAGS.
The script strips the markers, computes Python str offsets (code points), and asserts
text[start:end] == entity text for every entity, plus format checks (Luhn, 555, NAM, etc.).
"""
import json, re, sys, collections, pathlib

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from posts_marked import POSTS  # noqa: E402

TAGS = {
    "P": "PERSON", "E": "EMAIL_ADDRESS", "T": "PHONE_NUMBER", "SIN": "CA_SIN",
    "NAM": "CA_QC_HEALTH_NUMBER", "PC": "CA_POSTAL_CODE", "A": "STREET_ADDRESS",
    "DOB": "DATE_OF_BIRTH", "CF": "QC_COURT_FILE_NUMBER", "CC": "CREDIT_CARD",
}
PACK_RULES = {
    "barreau-qc": {"CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE", "DISPARAGEMENT",
                   "MISLEADING_ADVERTISING", "PERSONALIZED_LEGAL_ADVICE", "TESTIMONIAL_SOLICITATION"},
    "law-firm": {"CLIENT_CONFIDENTIALITY", "DISPARAGEMENT", "PERSONALIZED_LEGAL_ADVICE"},
    "rseq-monteregie": {"DISPARAGEMENT", "HARASSMENT"},
    "shelter": {"SURVIVOR_IDENTIFICATION", "LOCATION_DISCLOSURE", "PRIVATE_EVENT_DISCLOSURE", "CONSENT_REQUIRED"},
    "cisss-gaspesie": {"CHILD_PROTECTION_IDENTIFICATION", "CONSENT_REQUIRED", "CONFIDENTIAL_INFORMATION",
                       "DISPARAGEMENT", "HARASSMENT"},
}
MARK = re.compile(r"\[\[([A-Z]+):(.+?)\]\]", re.S)


def luhn(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def check_entity(etype, s, pid):
    digits = re.sub(r"\D", "", s)
    if etype == "CA_SIN":
        assert len(digits) == 9 and digits[0] not in "08" and luhn(digits), (pid, s)
    elif etype == "CREDIT_CARD":
        assert 13 <= len(digits) <= 19 and luhn(digits), (pid, s)
    elif etype == "PHONE_NUMBER":
        d = digits[1:] if len(digits) == 11 and digits[0] == "1" else digits
        assert len(d) == 10 and d[3:6] == "555", (pid, s)
    elif etype == "CA_QC_HEALTH_NUMBER":
        assert re.fullmatch(r"[A-Z]{4} ?\d{4} ?\d{4}", s), (pid, s)
    elif etype == "QC_COURT_FILE_NUMBER":
        assert re.fullmatch(r"\d{3}-\d{2}-\d{6}-\d{3}", s), (pid, s)
    elif etype == "CA_POSTAL_CODE":
        assert re.fullmatch(r"[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d", s), (pid, s)
    elif etype == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", s), (pid, s)
    elif etype == "STREET_ADDRESS":
        assert re.match(r"\d", s), (pid, s)
    assert s == s.strip() and s, (pid, repr(s))


def build(marked, pid):
    out, ents, pos = [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        chunk = marked[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        tag, etext = m.group(1), m.group(2)
        assert tag in TAGS, (pid, tag)
        out.append(etext)
        ents.append({"type": TAGS[tag], "start": length, "end": length + len(etext), "text": etext})
        length += len(etext)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, (pid, text)
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], (pid, e)
        check_entity(e["type"], e["text"], pid)
    return text, ents


def main():
    records = []
    seen = set()
    for i, (brief, lang, platform, policy, rules, marked) in enumerate(POSTS, 1):
        pid = f"n3a-{i:03d}"
        assert lang in ("fr", "en"), pid
        assert platform in ("facebook", "linkedin", "instagram"), pid
        assert policy in PACK_RULES, pid
        assert set(rules) <= PACK_RULES[policy], (pid, rules)
        assert 1 <= brief <= 12, pid
        text, ents = build(marked.strip("\n"), pid)
        assert text not in seen, pid
        seen.add(text)
        records.append({"id": pid, "lang": lang, "platform": platform, "policy": policy,
                        "rules": list(rules), "text": text, "entities": ents, "brief": brief})
    with open(HERE / "corpus.jsonl", "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-check
    n = 0
    with open(HERE / "corpus.jsonl", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            for e in r["entities"]:
                assert r["text"][e["start"]:e["end"]] == e["text"]
            n += 1
    # stats
    C = collections.Counter
    print("posts", n)
    print("lang", dict(C(r["lang"] for r in records)))
    print("policy", dict(C(r["policy"] for r in records)))
    print("platform", dict(C(r["platform"] for r in records)))
    print("brief", dict(sorted(C(r["brief"] for r in records).items())))
    print("rules", dict(C(x for r in records for x in r["rules"])), "posts with rules:",
          sum(1 for r in records if r["rules"]))
    print("entities", dict(C(e["type"] for r in records for e in r["entities"])))
    for lang in ("fr", "en"):
        print(" ", lang, dict(C(e["type"] for r in records if r["lang"] == lang for e in r["entities"])))
    print("posts with non-PERSON entities:",
          sum(1 for r in records if any(e["type"] != "PERSON" for e in r["entities"])))
    print("posts with no entity:", sum(1 for r in records if not r["entities"]))


if __name__ == "__main__":
    main()
