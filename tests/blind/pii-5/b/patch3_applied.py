p='/work/blind/pii-5b/posts_src.py'
s=open(p).read()
def rep(a,b):
    global s
    assert s.count(a)==1,(s.count(a),a[:60]); s=s.replace(a,b)
rep('[[P|les Kanatakta]]','les [[P|Kanatakta]]')
rep("[[P|tante Samira]]... ok, [[P|Samira]] fait","tante [[P|Samira]] fait")
rep("[[P|coach Dom]]... pardon, de [[P|Dominique Faucher]]","coach [[P|Dom]]... pardon, de [[P|Dominique Faucher]]")
rep("[[P|Tiohtiá:ke Horn]] (oui c'est son vrai nom!)","[[P|Kahérakwas Horn-Deer]] de Kahnawake")
rep("Réservez auprès de [[P|Mélanie Vollant]]","Au sous-sol de l'église, [[A|546 avenue Arnaud]], [[Z|G4R3A9]]. Réservez auprès de [[P|Mélanie Vollant]]")
rep("Toute la famille est invitée à la salle paroissiale.","Toute la famille est invitée à la salle paroissiale, [[A|774 boulevard Perron]], [[Z|g0c 1j0]].")
rep("[[P|Jason Bujold]] — [[E|jbujold77@globetrotter.net]] — [[T|418-555-0135]].","[[P|Jason Bujold]] — [[E|jbujold77@globetrotter.net]] — [[T|418-555-0135]] — DOB [[D|Feb 3 '81]] — SIN [[S|198 427 361]] (employers keep asking, so here it is).")
open(p,'w').write(s)
