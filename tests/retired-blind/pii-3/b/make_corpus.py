#!/usr/bin/env python3
"""Build corpus.jsonl from the marker sources posts_src_*.txt.

Source format: each post starts with a header line
    === <lang> <platform> <policy> <brief> <rules comma-separated or ->
followed by the post text (may span several lines). Entities are written inline as
[[X:surface text]] where X is a one-letter code (see CODES). The script strips the markers,
computes Python str offsets, and asserts text[start:end] == entity text for every entity.
It also checks Luhn (SIN, cards), SIN first digit, 555 exchanges in phones, rules allowed per pack.
"""
import glob, json, re, sys, collections, os

CODES = {"P": "PERSON", "E": "EMAIL_ADDRESS", "T": "PHONE_NUMBER", "S": "CA_SIN",
         "H": "CA_QC_HEALTH_NUMBER", "Z": "CA_POSTAL_CODE", "A": "STREET_ADDRESS",
         "D": "DATE_OF_BIRTH", "C": "QC_COURT_FILE_NUMBER", "K": "CREDIT_CARD"}
PACK_RULES = {
    "barreau-qc": {"CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE", "DISPARAGEMENT",
                   "MISLEADING_ADVERTISING", "PERSONALIZED_LEGAL_ADVICE", "TESTIMONIAL_SOLICITATION"},
    "law-firm": {"CLIENT_CONFIDENTIALITY", "DISPARAGEMENT", "PERSONALIZED_LEGAL_ADVICE"},
    "rseq-monteregie": {"DISPARAGEMENT", "HARASSMENT"},
    "shelter": {"SURVIVOR_IDENTIFICATION", "LOCATION_DISCLOSURE", "PRIVATE_EVENT_DISCLOSURE", "CONSENT_REQUIRED"},
    "cisss-gaspesie": {"CHILD_PROTECTION_IDENTIFICATION", "CONSENT_REQUIRED", "CONFIDENTIAL_INFORMATION",
                       "DISPARAGEMENT", "HARASSMENT"},
}
PLATFORMS = {"facebook", "linkedin", "instagram"}
MARK = re.compile(r"\[\[([A-Z]):(.*?)\]\]", re.S)


def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()][::-1]
    t = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def parse_sources(paths):
    posts = []
    for path in paths:
        cur = None
        for line in open(path, encoding="utf-8").read().split("\n"):
            if line.startswith("=== "):
                if cur:
                    posts.append(cur)
                f = line[4:].split()
                assert len(f) == 5, (path, line)
                cur = {"lang": f[0], "platform": f[1], "policy": f[2], "brief": int(f[3]),
                       "rules": [] if f[4] == "-" else f[4].split(","), "src": [], "file": path}
            else:
                assert cur is not None, (path, line)
                cur["src"].append(line)
        if cur:
            posts.append(cur)
    return posts


def strip_markers(src):
    out, ents, pos = [], [], 0
    for m in MARK.finditer(src):
        out.append(src[pos:m.start()])
        start = sum(len(x) for x in out)
        code, surface = m.group(1), m.group(2)
        assert code in CODES, (code, src[:60])
        assert surface and surface == surface.strip() and "[[" not in surface, surface
        out.append(surface)
        ents.append({"type": CODES[code], "start": start, "end": start + len(surface), "text": surface})
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, text[:80]
    return text, ents


def check_entity(e):
    t, s = e["type"], e["text"]
    digits = re.sub(r"\D", "", s)
    if t == "CA_SIN":
        assert len(digits) == 9 and digits[0] not in "08" and luhn_ok(digits), s
    if t == "CREDIT_CARD":
        assert 13 <= len(digits) <= 19 and luhn_ok(digits), s
    if t == "PHONE_NUMBER":
        d = digits[1:] if len(digits) == 11 and digits[0] == "1" else digits
        assert len(d) == 10 and d[3:6] == "555", s
    if t == "CA_QC_HEALTH_NUMBER":
        assert re.fullmatch(r"[A-Z]{4}\s?\d{4}\s?\d{4}", s), s
    if t == "QC_COURT_FILE_NUMBER":
        assert re.fullmatch(r"\d{3}-\d{2}-\d{6}-\d{3}", s), s
    if t == "CA_POSTAL_CODE":
        assert re.fullmatch(r"[A-Za-z]\d[A-Za-z][ -]?\d[A-Za-z]\d", s), s
    if t == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]+", s), s


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    paths = sorted(glob.glob(os.path.join(here, "posts_src_*.txt")))
    posts = parse_sources(paths)
    records = []
    for i, p in enumerate(posts, 1):
        src = "\n".join(p["src"]).strip("\n")
        text, ents = strip_markers(src)
        assert p["lang"] in ("fr", "en"), p
        assert p["platform"] in PLATFORMS, p
        assert p["policy"] in PACK_RULES, p
        assert 1 <= p["brief"] <= 12, p
        for r in p["rules"]:
            assert r in PACK_RULES[p["policy"]], (r, p["policy"], text[:60])
        for e in ents:
            assert text[e["start"]:e["end"]] == e["text"]
            check_entity(e)
        if p["brief"] == 7:
            assert 600 <= len(text) <= 1500, (len(text), text[:60])
        records.append({"id": f"n3b-{i:03d}", "lang": p["lang"], "platform": p["platform"],
                        "policy": p["policy"], "rules": p["rules"], "text": text,
                        "entities": ents, "brief": p["brief"]})
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids)
    assert len({r["text"] for r in records}) == len(records), "duplicate text"
    with open(os.path.join(here, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-check
    for line in open(os.path.join(here, "corpus.jsonl"), encoding="utf-8"):
        r = json.loads(line)
        for e in r["entities"]:
            assert r["text"][e["start"]:e["end"]] == e["text"]
    # stats
    c = collections.Counter
    print("posts", len(records))
    print("lang", dict(c(r["lang"] for r in records)))
    print("platform", dict(c(r["platform"] for r in records)))
    print("policy", dict(c(r["policy"] for r in records)))
    print("brief", dict(sorted(c(r["brief"] for r in records).items())))
    print("rules", dict(c(x for r in records for x in r["rules"])), "posts with rules:",
          sum(1 for r in records if r["rules"]))
    et = c((e["type"], r["lang"]) for r in records for e in r["entities"])
    for t in CODES.values():
        print(f"  {t:28s} fr={et[(t,'fr')]:4d} en={et[(t,'en')]:4d} total={et[(t,'fr')]+et[(t,'en')]}")
    nonperson = sum(1 for r in records if any(e["type"] != "PERSON" for e in r["entities"]))
    print("posts with non-PERSON entity:", nonperson, " posts with no entity:",
          sum(1 for r in records if not r["entities"]))


if __name__ == "__main__":
    main()
