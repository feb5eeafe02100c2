import json,re
for r in map(json.loads,open('corpus.jsonl')):
    t=r['text']; spans=[(e['start'],e['end']) for e in r['entities']]
    toks=set()
    for e in r['entities']:
        if e['type']=='PERSON':
            for w in re.findall(r"[A-Za-zÀ-ÿ'-]{3,}",e['text']):
                if w.lower() not in ('and','et','mme','the'): toks.add(w)
    for w in toks:
        for m in re.finditer(re.escape(w),t,re.I):
            if not any(a<=m.start()<b for a,b in spans):
                print(r['id'],w,'|',t[max(0,m.start()-30):m.end()+30].replace('\n',' '))
