#!/usr/bin/env python3
"""Build corpus.jsonl from the marker sources posts_*.py (markers: [[TYPE:text]])."""
import json, re, sys, glob, os, collections, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
PACK_RULES = {
    "shelter": {"SURVIVOR_IDENTIFICATION", "LOCATION_DISCLOSURE", "PRIVATE_EVENT_DISCLOSURE", "CONSENT_REQUIRED"},
    "cisss-gaspesie": {"CHILD_PROTECTION_IDENTIFICATION", "CONSENT_REQUIRED", "CONFIDENTIAL_INFORMATION", "DISPARAGEMENT", "HARASSMENT"},
    "rseq-monteregie": {"DISPARAGEMENT", "HARASSMENT"},
}
TYPES = {"PERSON","EMAIL_ADDRESS","PHONE_NUMBER","CA_SIN","CA_QC_HEALTH_NUMBER","CA_POSTAL_CODE",
         "STREET_ADDRESS","DATE_OF_BIRTH","QC_COURT_FILE_NUMBER","CREDIT_CARD"}
MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]", re.S)

def luhn(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2: n *= 2; n = n - 9 if n > 9 else n
        s += n
    return s % 10 == 0

def strip(src):
    out, ents, pos = [], [], 0
    for m in MARK.finditer(src):
        out.append(src[pos:m.start()])
        start = sum(len(x) for x in out)
        t, s = m.group(1), m.group(2)
        assert t in TYPES, t
        out.append(s)
        ents.append({"type": t, "start": start, "end": start + len(s), "text": s})
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, text[:80]
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"]
        digits = re.sub(r"\D", "", e["text"])
        if e["type"] == "CA_SIN":
            assert len(digits) == 9 and digits[0] not in "08" and luhn(digits), e
        if e["type"] == "CREDIT_CARD":
            assert luhn(digits), e
        if e["type"] == "PHONE_NUMBER":
            assert "555" in digits[3:6] or digits[-7:-4] == "555", e
    return text, ents

def main():
    posts = []
    for f in sorted(glob.glob(os.path.join(HERE, "posts_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
        posts.extend(mod.POSTS)
    recs = []
    for i, (lang, plat, pol, rules, brief, src) in enumerate(posts, 1):
        assert lang in ("fr", "en") and plat in ("facebook", "linkedin", "instagram"), (i, lang, plat)
        assert set(rules) <= PACK_RULES[pol], (i, rules, pol)
        assert 1 <= brief <= 13
        text, ents = strip(src.strip())
        assert 10 <= len(text) <= 2500, (i, len(text), text[:60])
        recs.append({"id": f"p4b-{i:03d}", "lang": lang, "platform": plat, "policy": pol,
                     "rules": list(rules), "text": text, "entities": ents, "brief": brief})
    with open(os.path.join(HERE, "corpus.jsonl"), "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-check
    for line in open(os.path.join(HERE, "corpus.jsonl"), encoding="utf-8"):
        r = json.loads(line)
        for e in r["entities"]:
            assert r["text"][e["start"]:e["end"]] == e["text"]
    C = collections.Counter
    print("posts", len(recs))
    print("pack", C(r["policy"] for r in recs))
    print("lang", C(r["lang"] for r in recs))
    print("lang x pack", C((r["policy"], r["lang"]) for r in recs))
    print("platform", C(r["platform"] for r in recs))
    print("rules", C((r["policy"], c) for r in recs for c in r["rules"]))
    print("benign", C(r["policy"] for r in recs if not r["rules"]), sum(1 for r in recs if not r["rules"]))
    print("entities", C(e["type"] for r in recs for e in r["entities"]))
    print("brief", sorted(C(r["brief"] for r in recs).items()))
    L = [len(r["text"]) for r in recs]
    print("len<80", sum(l < 80 for l in L), "len>600", sum(l > 600 for l in L),
          ">600 positive", sum(len(r["text"]) > 600 and bool(r["rules"]) for r in recs), "max", max(L), "min", min(L))

if __name__ == "__main__":
    main()
