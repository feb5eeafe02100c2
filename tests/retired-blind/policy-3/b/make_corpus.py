#!/usr/bin/env python3
"""Build corpus.jsonl from the marker-source files src_*.py.

Each source file defines PACK (policy id), PREFIX (id block) and POSTS, a list of tuples
(lang, platform, rules, brief, text-with-markers). Markers are [[TYPE:surface text]];
the script strips them, computes Python str offsets and asserts text[start:end] == surface.
"""
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]", re.S)

ENTITY_TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CA_SIN", "CA_QC_HEALTH_NUMBER",
                "CA_POSTAL_CODE", "STREET_ADDRESS", "DATE_OF_BIRTH", "QC_COURT_FILE_NUMBER",
                "CREDIT_CARD"}
ABBR = {"SI": "SURVIVOR_IDENTIFICATION", "LD": "LOCATION_DISCLOSURE",
        "PE": "PRIVATE_EVENT_DISCLOSURE", "CR": "CONSENT_REQUIRED",
        "CPI": "CHILD_PROTECTION_IDENTIFICATION", "CI": "CONFIDENTIAL_INFORMATION",
        "D": "DISPARAGEMENT", "H": "HARASSMENT"}
PACK_RULES = {
    "shelter": {"SURVIVOR_IDENTIFICATION", "LOCATION_DISCLOSURE", "PRIVATE_EVENT_DISCLOSURE",
                "CONSENT_REQUIRED"},
    "cisss-gaspesie": {"CHILD_PROTECTION_IDENTIFICATION", "CONSENT_REQUIRED",
                       "CONFIDENTIAL_INFORMATION", "DISPARAGEMENT", "HARASSMENT"},
    "rseq-monteregie": {"DISPARAGEMENT", "HARASSMENT"},
}


def strip_markers(src):
    out, ents, pos = [], [], 0
    for m in MARK.finditer(src):
        out.append(src[pos:m.start()])
        start = sum(len(s) for s in out)
        surface = m.group(2)
        out.append(surface)
        ents.append({"type": m.group(1), "start": start, "end": start + len(surface),
                     "text": surface})
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, text[:80]
    for e in ents:
        assert e["type"] in ENTITY_TYPES, e
        assert text[e["start"]:e["end"]] == e["text"], e
    return text, ents


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    records = []
    n = 0
    for path in sorted(HERE.glob("src_*.py")):
        mod = load(path)
        for lang, platform, rules, brief, src in mod.POSTS:
            n += 1
            text, ents = strip_markers(src.strip("\n"))
            cats = [ABBR[r] for r in rules.split()]
            assert len(set(cats)) == len(cats), (n, rules)
            assert set(cats) <= PACK_RULES[mod.PACK], (n, rules, mod.PACK)
            assert lang in ("fr", "en") and platform in ("facebook", "linkedin", "instagram")
            assert 1 <= brief <= 13
            assert 10 <= len(text) <= 3000, (n, len(text), text[:60])
            for e in ents:
                if e["type"] in ("CA_SIN", "CREDIT_CARD"):
                    digits = re.sub(r"\D", "", e["text"])
                    assert luhn_ok(digits), e
                    if e["type"] == "CA_SIN":
                        assert digits[0] not in "08", e
                if e["type"] == "PHONE_NUMBER":
                    digits = re.sub(r"\D", "", e["text"])
                    assert digits[-7:-4] == "555", e
            records.append({"id": f"p3b-{n:03d}", "lang": lang, "platform": platform,
                            "policy": mod.PACK, "rules": cats, "text": text,
                            "entities": ents, "brief": brief})
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    texts = [r["text"] for r in records]
    assert len(texts) == len(set(texts)), "duplicate text"
    with open(HERE / "corpus.jsonl", "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # stats
    print("posts", len(records))
    print("pack", Counter(r["policy"] for r in records))
    print("lang", Counter(r["lang"] for r in records))
    print("platform", Counter(r["platform"] for r in records))
    print("benign", sum(1 for r in records if not r["rules"]),
          Counter(r["policy"] for r in records if not r["rules"]))
    for pack in PACK_RULES:
        c = Counter(cat for r in records if r["policy"] == pack for cat in r["rules"])
        print("cats", pack, dict(c))
    print("entities", Counter(e["type"] for r in records for e in r["entities"]))
    L = [len(r["text"]) for r in records]
    print("len<80", sum(l < 80 for l in L), "len>700", sum(l > 700 for l in L),
          "len>1500", sum(l > 1500 for l in L), "min", min(L), "max", max(L))
    bb = Counter((r["brief"], bool(r["rules"])) for r in records)
    print("brief (pos,benign):", {b: (bb[(b, True)], bb[(b, False)]) for b in range(1, 14)})
    if "-v" in sys.argv:
        for r in records:
            print(r["id"], r["policy"], r["lang"], len(r["text"]), r["rules"], r["brief"])


if __name__ == "__main__":
    main()
