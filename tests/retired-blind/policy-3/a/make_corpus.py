#!/usr/bin/env python3
"""Build corpus.jsonl from the marker-source files posts_*.py.

Markers: [[TYPE:visible text]] . The script strips the markers, computes Python str offsets,
and asserts text[start:end] == entity text for every entity. It also checks rule categories
against each pack, ids, lengths, and Luhn / 555 constraints, then prints the counts.
"""
import json, re, sys, collections, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

PACK_RULES = {
    "barreau-qc": {"CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE", "DISPARAGEMENT",
                   "MISLEADING_ADVERTISING", "PERSONALIZED_LEGAL_ADVICE", "TESTIMONIAL_SOLICITATION"},
    "law-firm": {"CLIENT_CONFIDENTIALITY", "DISPARAGEMENT", "PERSONALIZED_LEGAL_ADVICE"},
    "rseq-monteregie": {"DISPARAGEMENT", "HARASSMENT"},
}
ABBR = {"CC": "CLIENT_CONFIDENTIALITY", "LOC": "LOCATION_DISCLOSURE", "DIS": "DISPARAGEMENT",
        "ADV": "MISLEADING_ADVERTISING", "LEG": "PERSONALIZED_LEGAL_ADVICE",
        "TEST": "TESTIMONIAL_SOLICITATION", "HAR": "HARASSMENT"}
ENT_TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CA_SIN", "CA_QC_HEALTH_NUMBER",
             "CA_POSTAL_CODE", "STREET_ADDRESS", "DATE_OF_BIRTH", "QC_COURT_FILE_NUMBER", "CREDIT_CARD"}
MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]", re.S)


def luhn_ok(digits):
    d = [int(c) for c in digits][::-1]
    s = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def strip_markers(src):
    out, ents, pos = [], [], 0
    for m in MARK.finditer(src):
        out.append(src[pos:m.start()])
        start = sum(len(x) for x in out)
        etype, etext = m.group(1), m.group(2)
        assert etype in ENT_TYPES, etype
        out.append(etext)
        ents.append({"type": etype, "start": start, "end": start + len(etext), "text": etext})
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, text[:80]
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], e
    return text, ents


def main():
    import posts_barreau, posts_lawfirm, posts_rseq
    records, seen = [], set()
    for mod in (posts_barreau, posts_lawfirm, posts_rseq):
        for p in mod.POSTS:
            key, lang, platform, rules, brief, src = p
            rid = "p3a-" + key
            assert rid not in seen, rid
            seen.add(rid)
            assert lang in ("fr", "en") and platform in ("facebook", "linkedin", "instagram")
            assert brief in range(1, 14), (rid, brief)
            full = sorted({ABBR[r] for r in rules})
            assert set(full) <= PACK_RULES[mod.POLICY], (rid, full)
            text, ents = strip_markers(src.strip("\n"))
            assert 10 <= len(text) <= 3000, (rid, len(text))
            for e in ents:
                digits = re.sub(r"\D", "", e["text"])
                if e["type"] == "CA_SIN":
                    assert len(digits) == 9 and digits[0] not in "08" and luhn_ok(digits), e
                if e["type"] == "CREDIT_CARD":
                    assert luhn_ok(digits), e
                if e["type"] == "PHONE_NUMBER":
                    assert digits[-7:-4] == "555", e
            # every later mention of a labelled name's word must itself be labelled
            cov = set()
            for e in ents:
                cov |= set(range(e["start"], e["end"]))
            for e in ents:
                if e["type"] != "PERSON":
                    continue
                for w in re.findall(r"[\w'-]+", e["text"]):
                    if w.lower() in ("me", "mme", "m", "mr", "dr", "dre", "madame", "monsieur"):
                        continue
                    for m in re.finditer(r"\b%s\b" % re.escape(w), text, re.I):
                        assert m.start() in cov, (rid, "unlabelled mention", w)
            records.append({"id": rid, "lang": lang, "platform": platform, "policy": mod.POLICY,
                            "rules": full, "text": text, "entities": ents, "brief": brief})
    with open("corpus.jsonl", "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-check
    for line in open("corpus.jsonl", encoding="utf-8"):
        r = json.loads(line)
        for e in r["entities"]:
            assert r["text"][e["start"]:e["end"]] == e["text"]
    # stats
    C = collections.Counter
    print("total", len(records))
    print("pack", C(r["policy"] for r in records))
    print("lang", C(r["lang"] for r in records))
    print("platform", C(r["platform"] for r in records))
    print("benign", sum(1 for r in records if not r["rules"]),
          C(r["policy"] for r in records if not r["rules"]))
    for pk in PACK_RULES:
        print("rules", pk, C(x for r in records if r["policy"] == pk for x in r["rules"]))
    print("lang x pack", C((r["policy"], r["lang"]) for r in records))
    print("entities", C(e["type"] for r in records for e in r["entities"]))
    print("brief pos/benign", sorted(C((r["brief"], "pos" if r["rules"] else "ben") for r in records).items()))
    L = [len(r["text"]) for r in records]
    print("len<80", sum(l < 80 for l in L), "len>700", sum(l > 700 for l in L),
          "len>1500", sum(l > 1500 for l in L), "min", min(L), "max", max(L))
    if "-v" in sys.argv:
        for r in records:
            print(r["id"], len(r["text"]))


if __name__ == "__main__":
    main()
