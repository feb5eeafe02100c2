import json, re, collections, sys
sys.path.insert(0, '.')
from posts_src import POSTS
TYPES = {"P":"PERSON","E":"EMAIL_ADDRESS","T":"PHONE_NUMBER","S":"CA_SIN","R":"CA_QC_HEALTH_NUMBER",
         "Z":"CA_POSTAL_CODE","A":"STREET_ADDRESS","D":"DATE_OF_BIRTH","C":"QC_COURT_FILE_NUMBER","CC":"CREDIT_CARD"}
PACKS = {"B":"barreau-qc","L":"law-firm","R":"rseq-monteregie","S":"shelter","C":"cisss-gaspesie"}
ALLOWED = {"barreau-qc":{"CLIENT_CONFIDENTIALITY","LOCATION_DISCLOSURE","DISPARAGEMENT","MISLEADING_ADVERTISING","PERSONALIZED_LEGAL_ADVICE","TESTIMONIAL_SOLICITATION"},
 "law-firm":{"CLIENT_CONFIDENTIALITY","DISPARAGEMENT","PERSONALIZED_LEGAL_ADVICE"},
 "rseq-monteregie":{"DISPARAGEMENT","HARASSMENT"},
 "shelter":{"SURVIVOR_IDENTIFICATION","LOCATION_DISCLOSURE","PRIVATE_EVENT_DISCLOSURE","CONSENT_REQUIRED"},
 "cisss-gaspesie":{"CHILD_PROTECTION_IDENTIFICATION","CONSENT_REQUIRED","CONFIDENTIAL_INFORMATION","DISPARAGEMENT","HARASSMENT"}}
MARK = re.compile(r"\[\[(CC|P|E|T|S|R|Z|A|D|C):(.+?)\]\]", re.S)
def luhn(s):
    d=[int(c) for c in s if c.isdigit()]; t=0
    for i,x in enumerate(reversed(d)):
        if i%2: x*=2; x-=9 if x>9 else 0
        t+=x
    return t%10==0
out=[]
for n,(brief,lang,plat,pack,rules,src) in enumerate(POSTS,1):
    pol=PACKS[pack]; assert set(rules)<=ALLOWED[pol], (n,rules)
    assert lang in ("fr","en") and plat in ("facebook","linkedin","instagram")
    text=""; ents=[]; pos=0
    for m in MARK.finditer(src):
        text+=src[pos:m.start()]; s=len(text); v=m.group(2); text+=v
        ents.append({"type":TYPES[m.group(1)],"start":s,"end":len(text),"text":v}); pos=m.end()
    text+=src[pos:]
    assert "[[" not in text and "]]" not in text, n
    for e in ents:
        assert text[e["start"]:e["end"]]==e["text"]
        assert e["text"]==e["text"].strip(), (n,e)
        if e["type"] in ("CA_SIN","CREDIT_CARD"):
            assert luhn(e["text"]), (n,e)
        if e["type"]=="CA_SIN":
            assert e["text"][0] not in "08"
        if e["type"]=="PHONE_NUMBER":
            assert "555" in re.sub(r"\D","",e["text"]), (n,e)
        if e["type"]=="CA_QC_HEALTH_NUMBER":
            c=re.sub(r"[\s-]","",e["text"]); assert re.fullmatch(r"[A-Za-z]{4}\d{8}",c),(n,e)
    out.append({"id":f"p11b-{n:03d}","lang":lang,"platform":plat,"policy":pol,"rules":rules,
                "brief":brief,"text":text,"entities":ents})
with open("corpus.jsonl","w",encoding="utf-8") as f:
    for r in out: f.write(json.dumps(r,ensure_ascii=False)+"\n")
# re-read and re-check
recs=[json.loads(l) for l in open("corpus.jsonl",encoding="utf-8")]
for r in recs:
    for e in r["entities"]: assert r["text"][e["start"]:e["end"]]==e["text"]
C=collections.Counter
print("n",len(recs))
print("lang",C(r["lang"] for r in recs))
print("brief",sorted(C(r["brief"] for r in recs).items()))
print("brief x lang",sorted(C((r["brief"],r["lang"]) for r in recs).items()))
print("pack",C(r["policy"] for r in recs))
print("pack x lang",sorted(C((r["policy"],r["lang"]) for r in recs).items()))
print("platform",C(r["platform"] for r in recs))
print("with rules",sum(1 for r in recs if r["rules"]))
print("rules",C(x for r in recs for x in r["rules"]))
print("entities",C(e["type"] for r in recs for e in r["entities"]))
print("no-entity posts",sum(1 for r in recs if not r["entities"]))
print("len min/max",min(len(r["text"]) for r in recs),max(len(r["text"]) for r in recs))
