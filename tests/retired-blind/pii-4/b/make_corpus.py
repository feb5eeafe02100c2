#!/usr/bin/env python3
"""Build corpus.jsonl from posts_src.txt (inline markers [[TYPE:text]]), checking every offset."""
import json, re, sys, collections
SRC = "posts_src.txt"; OUT = "corpus.jsonl"
TYPES = {"PERSON","EMAIL_ADDRESS","PHONE_NUMBER","CA_SIN","CA_QC_HEALTH_NUMBER","CA_POSTAL_CODE",
         "STREET_ADDRESS","DATE_OF_BIRTH","QC_COURT_FILE_NUMBER","CREDIT_CARD"}
PACK_RULES = {
 "barreau-qc": {"CLIENT_CONFIDENTIALITY","LOCATION_DISCLOSURE","DISPARAGEMENT","MISLEADING_ADVERTISING",
                "PERSONALIZED_LEGAL_ADVICE","TESTIMONIAL_SOLICITATION"},
 "law-firm": {"CLIENT_CONFIDENTIALITY","DISPARAGEMENT","PERSONALIZED_LEGAL_ADVICE"},
 "rseq-monteregie": {"DISPARAGEMENT","HARASSMENT"},
 "shelter": {"SURVIVOR_IDENTIFICATION","LOCATION_DISCLOSURE","PRIVATE_EVENT_DISCLOSURE","CONSENT_REQUIRED"},
 "cisss-gaspesie": {"CHILD_PROTECTION_IDENTIFICATION","CONSENT_REQUIRED","CONFIDENTIAL_INFORMATION",
                    "DISPARAGEMENT","HARASSMENT"},
}
MARK = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]")
def luhn(s):
    d = [int(c) for c in s if c.isdigit()][::-1]; t = 0
    for i, x in enumerate(d):
        if i % 2: x *= 2; x = x - 9 if x > 9 else x
        t += x
    return t % 10 == 0
def parse():
    raw = open(SRC, encoding="utf-8").read()
    blocks = re.split(r"^### ", raw, flags=re.M)[1:]
    for b in blocks:
        head, _, body = b.partition("\n")
        pid, lang, plat, pol, rules, brief = head.split()
        yield pid, lang, plat, pol, [] if rules == "[]" else rules.split(","), int(brief), body.strip("\n")
def build(body):
    text, ents, pos = [], [], 0; out_len = 0
    for m in MARK.finditer(body):
        seg = body[pos:m.start()]; text.append(seg); out_len += len(seg)
        typ, val = m.group(1), m.group(2)
        assert typ in TYPES, typ
        ents.append({"type": typ, "start": out_len, "end": out_len + len(val), "text": val})
        text.append(val); out_len += len(val); pos = m.end()
    text.append(body[pos:]); return "".join(text), ents
errs, warns, recs, seen = [], [], [], set()
for pid, lang, plat, pol, rules, brief, body in parse():
    assert pid.startswith("n4b-") and pid not in seen, pid; seen.add(pid)
    assert lang in ("fr","en") and plat in ("facebook","linkedin","instagram"), pid
    assert pol in PACK_RULES, pid
    for r in rules:
        if r not in PACK_RULES[pol]: errs.append(f"{pid}: rule {r} not in pack {pol}")
    text, ents = build(body)
    assert "[[" not in text and "]]" not in text, pid
    for e in ents:
        if text[e["start"]:e["end"]] != e["text"]: errs.append(f"{pid}: offset mismatch {e}")
        if e["text"] != e["text"].strip() or not e["text"]: errs.append(f"{pid}: bad span {e}")
        if e["type"] in ("CA_SIN","CREDIT_CARD") and not luhn(e["text"]): errs.append(f"{pid}: not Luhn {e}")
        if e["type"] == "CA_SIN":
            d = re.sub(r"\D","",e["text"])
            if len(d) != 9 or d[0] in "08": errs.append(f"{pid}: bad SIN {e}")
        if e["type"] == "PHONE_NUMBER" and "555" not in e["text"]: errs.append(f"{pid}: phone w/o 555 {e}")
        if e["type"] == "CA_QC_HEALTH_NUMBER" and not re.fullmatch(r"[A-Z]{4} ?\d{4} ?\d{4}", e["text"]):
            errs.append(f"{pid}: bad RAMQ {e}")
        if e["type"] == "QC_COURT_FILE_NUMBER" and not re.fullmatch(r"\d{3}-\d{2}-\d{6}-\d{3}", e["text"]):
            errs.append(f"{pid}: bad court file {e}")
    # unlabelled look-alike numbers that happen to be Luhn-valid 9 or 16 digit runs
    masked = list(text)
    for e in ents:
        for i in range(e["start"], e["end"]): masked[i] = "#"
    masked = "".join(masked)
    for m in re.finditer(r"\d[\d \-]{7,22}\d", masked):
        d = re.sub(r"\D","",m.group())
        if len(d) in (9,15,16) and luhn(d): warns.append(f"{pid}: unlabelled Luhn-valid run {m.group()!r}")
    # unlabelled repeats of a labelled person token
    for e in ents:
        if e["type"] == "PERSON":
            for tok in re.findall(r"[\w'-]{3,}", e["text"]):
                if tok.lower() in ("mme","mrs","miss","maître"): continue
                for m in re.finditer(r"(?<!\w)"+re.escape(tok)+r"(?!\w)", masked):
                    warns.append(f"{pid}: unlabelled repeat {tok!r} at {m.start()}")
    recs.append({"id": pid, "lang": lang, "platform": plat, "policy": pol, "rules": rules,
                 "brief": brief, "text": text, "entities": ents})
for w in sorted(set(warns)): print("WARN", w)
if errs:
    for e in errs: print("ERR", e)
    sys.exit(1)
with open(OUT, "w", encoding="utf-8") as f:
    for r in recs: f.write(json.dumps(r, ensure_ascii=False) + "\n")
# re-read and re-check
for line in open(OUT, encoding="utf-8"):
    r = json.loads(line)
    for e in r["entities"]: assert r["text"][e["start"]:e["end"]] == e["text"]
C = collections.Counter
print("posts", len(recs))
print("lang", C(r["lang"] for r in recs))
print("pack", C(r["policy"] for r in recs))
print("pack x lang", C((r["policy"], r["lang"]) for r in recs))
print("platform", C(r["platform"] for r in recs))
print("brief", sorted(C(r["brief"] for r in recs).items()))
print("rules", C(x for r in recs for x in r["rules"]), "posts with rules:", sum(1 for r in recs if r["rules"]))
print("entities", C(e["type"] for r in recs for e in r["entities"]))
print("entities x lang", sorted(C((e["type"], r["lang"]) for r in recs for e in r["entities"]).items()))
print("posts with non-PERSON entity", sum(1 for r in recs if any(e["type"]!="PERSON" for e in r["entities"])))
print("posts with no entity", sum(1 for r in recs if not r["entities"]))
