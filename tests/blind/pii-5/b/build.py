import json, re, collections, sys
sys.path.insert(0, '/work/blind/pii-5b')
from posts_src import POSTS
TYPES = dict(P="PERSON", E="EMAIL_ADDRESS", T="PHONE_NUMBER", S="CA_SIN", R="CA_QC_HEALTH_NUMBER",
             Z="CA_POSTAL_CODE", A="STREET_ADDRESS", D="DATE_OF_BIRTH", C="QC_COURT_FILE_NUMBER", K="CREDIT_CARD")
PACKS = dict(b="barreau-qc", l="law-firm", r="rseq-monteregie", s="shelter", c="cisss-gaspesie")
PLAT = dict(f="facebook", l="linkedin", i="instagram")
ALLOWED = {
 "barreau-qc": {"CLIENT_CONFIDENTIALITY","LOCATION_DISCLOSURE","DISPARAGEMENT","MISLEADING_ADVERTISING","PERSONALIZED_LEGAL_ADVICE","TESTIMONIAL_SOLICITATION"},
 "law-firm": {"CLIENT_CONFIDENTIALITY","DISPARAGEMENT","PERSONALIZED_LEGAL_ADVICE"},
 "rseq-monteregie": {"DISPARAGEMENT","HARASSMENT"},
 "shelter": {"SURVIVOR_IDENTIFICATION","LOCATION_DISCLOSURE","PRIVATE_EVENT_DISCLOSURE","CONSENT_REQUIRED"},
 "cisss-gaspesie": {"CHILD_PROTECTION_IDENTIFICATION","CONSENT_REQUIRED","CONFIDENTIAL_INFORMATION","DISPARAGEMENT","HARASSMENT"},
}
MARK = re.compile(r"\[\[([A-Z])\|(.+?)\]\]")
def luhn(d):
    t=0
    for i,x in enumerate(map(int,d[::-1])):
        if i%2: x*=2; x-=9 if x>9 else 0
        t+=x
    return t%10==0
recs=[]
for n,(brief,lang,plat,pack,rules,src) in enumerate(POSTS,1):
    text=""; ents=[]; pos=0
    for m in MARK.finditer(src):
        text+=src[pos:m.start()]
        st=len(text); text+=m.group(2)
        ents.append({"type":TYPES[m.group(1)],"start":st,"end":len(text),"text":m.group(2)})
        pos=m.end()
    text+=src[pos:]
    assert "[[" not in text and "]]" not in text, n
    for e in ents:
        assert text[e["start"]:e["end"]]==e["text"]
        assert e["text"]==e["text"].strip(), e
        dig=re.sub(r"\D","",e["text"])
        if e["type"]=="CA_SIN": assert len(dig)==9 and luhn(dig) and dig[0] not in "08", e
        if e["type"]=="CREDIT_CARD": assert luhn(dig) and len(dig) in (15,16), e
        if e["type"]=="CA_QC_HEALTH_NUMBER": assert re.fullmatch(r"[A-Za-z]{4}\d{8}", re.sub(r"[\s-]","",e["text"])), e
        if e["type"]=="PHONE_NUMBER": assert "555" in dig, e
        if e["type"]=="QC_COURT_FILE_NUMBER": assert re.fullmatch(r"\d{3}-\d{2}-\d{6}-\d{3}", e["text"]), e
    P=PACKS[pack]
    assert set(rules)<=ALLOWED[P], (n,rules)
    recs.append({"id":f"pii5b-{n:03d}","lang":lang,"platform":PLAT[plat],"policy":P,"rules":rules,
                 "text":text,"entities":ents,"brief":brief})
with open("/work/blind/pii-5b/corpus.jsonl","w",encoding="utf-8") as f:
    for r in recs: f.write(json.dumps(r,ensure_ascii=False)+"\n")
C=collections.Counter
print("n",len(recs))
print("lang",C(r["lang"] for r in recs))
print("pack",C(r["policy"] for r in recs))
print("pack x lang",sorted(C((r["policy"],r["lang"]) for r in recs).items()))
print("platform",C(r["platform"] for r in recs))
print("brief",sorted(C(r["brief"] for r in recs).items()))
print("brief x lang",sorted(C((r["brief"],r["lang"]) for r in recs).items()))
print("rules posts",sum(1 for r in recs if r["rules"]))
print("rules",C(c for r in recs for c in r["rules"]))
print("rules by pack",C((r["policy"],c) for r in recs for c in r["rules"]))
print("entities",C(e["type"] for r in recs for e in r["entities"]))
print("entities by lang",sorted(C((r["lang"],e["type"]) for r in recs for e in r["entities"]).items()))
print("len min/max",min(len(r["text"]) for r in recs),max(len(r["text"]) for r in recs))
print("posts without entities",[r["id"] for r in recs if not r["entities"]])
