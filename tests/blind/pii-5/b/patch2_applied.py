import re
p='/work/blind/pii-5b/posts_src.py'
s=open(p).read()
def rehead(start, lang=None, plat=None, pack=None):
    global s
    pat=re.compile(r'\((\d+), "(en|fr)", "(\w)", "(\w)", (\[[^\]]*\]), "'+re.escape(start))
    ms=list(pat.finditer(s)); assert len(ms)==1,(start,len(ms))
    m=ms[0]
    new='(%s, "%s", "%s", "%s", %s, "%s' % (m.group(1), lang or m.group(2), plat or m.group(3), pack or m.group(4), m.group(5), start)
    s=s[:m.start()]+new+s[m.end():]
def rep(a,b):
    global s
    assert s.count(a)==1,(s.count(a),a[:60]); s=s.replace(a,b)
for st,pk in [("Anyone know a decent mechanic","c"),("Vous savez-tu si la piscine","s"),("Who else heard the fireworks","b"),
              ("Merci du fond du cœur","c"),("Merci à tous pour notre 25e","s"),("LOST CHILD AT THE TAM-TAMS","c"),
              ("Mon ancien proprio","l"),("Legault pis Plante","b"),("Article intéressant sur Laurent","c"),("MOI : je vais juste","s")]:
    rehead(st,pack=pk)
for st in ["Je quitte l'école primaire Saint-Pierre-Claver","Car wash Saturday","Ten Things Every New Law Clerk","OFFRE D'EMPLOI"]:
    rehead(st,plat="l")
rep("a perdu sa carte soleil (bena 920315 12, si", "a perdu sa carte soleil ([[R|bena 920315 12]], si")
# two French posts rewritten in English
rep('(6, "fr", "i", "r", [], "Dernier cours de théâtre au Collège Jean-de-Brébeuf. Bravo à ma troupe : [[P|Ariane]], [[P|Victor-Emmanuel]], [[P|Sacha]], [[P|Inès Boukhari]], [[P|Maxime Lapointe]] pis [[P|Gaby]]. Molière serait fier. Merci à la direction et à la Directrice générale pour la confiance."),',
    '(6, "en", "i", "r", [], "Last drama class of my career at Collège Jean-de-Brébeuf. Bravo to my troupe: [[P|Ariane]], [[P|Victor-Emmanuel]], [[P|Sacha]], [[P|Inès Boukhari]], [[P|maxime lapointe]] and [[P|Gaby]]. Molière would be proud, Shakespeare too. Thank you to the Directrice générale and the whole staff for trusting a crazy English teacher with a French stage."),')
rep('(7, "fr", "i", "r", [], "BOUTEILLES VIDES pour le voyage de fin d\'année des 5e secondaire de Polyvalente Chanoine-Armand-Racicot! Laissez-les chez [[P|Pierre-Olivier Gendreau]], [[A|417 rue Saint-Jacques]], Saint-Jean-sur-Richelieu. Texte au [[T|450/555/0192]] pour un ramassage."),',
    '(7, "en", "i", "r", [], "EMPTY BOTTLE DRIVE for the Secondary 5 grad trip at Polyvalente Chanoine-Armand-Racicot! Drop them off at [[P|Pierre-Olivier Gendreau]]\'s place, [[A|417 Saint-Jacques Street]], Saint-Jean-sur-Richelieu. Text [[T|450/555/0192]] for a pickup. Pierre says no wine bottles please, the dépanneur won\'t take them."),')
# longer posts
rep('Les roses venaient de chez Fleuriste Pierre & Fils, allez les voir!"),',
    'Les roses venaient de chez Fleuriste Pierre & Fils, allez les voir!\\n\\nEt un merci spécial à ceux qui ont fait la route : [[P|Mamadou Bah]] et [[P|Fatoumata]] de Sherbrooke, [[P|Nicolás Herrera]] de Gatineau, [[P|Arjun]] pis [[P|Meera Iyer]] qui ont manqué leur vol pis qui sont arrivés en Uber à 22 h, mon parrain [[P|Réjean Gauthier]], [[P|les Kanatakta]] de Kahnawake ([[P|Karonhiio]], on t\'aime), [[P|Hélène Dupuis-Ng]] et son chum [[P|Wing]], [[P|kathy oconnor]] (t\'as encore mon cardigan lol), [[P|Lin Mei]], [[P|Dimitris]] et [[P|Anastasia Vlachos]]. Vous avez dansé sur du kompa, du raï, de la cumbia pis du Céline Dion, c\'était parfait.\\n\\nPour ceux qui veulent les photos : écrivez à [[P|Quang]] à [[E|quang.tran.photo@gmail.com]], il les envoie d\'ici deux semaines. On part en voyage de noces en Gaspésie, on revient le 3. Love you all ❤️"),')
rep('Need advice. My landlord [[P|Spiros Karamanlis]] wants me out of [[A|1200 des Forges Boulevard, apt 3]], Trois-Rivières, [[Z|G8Z 1V7]] by June 1st so his nephew can move in. He texted from [[T|819-555-0133]] at 11pm. Is that even allowed under the C.c.Q.?"),',
    'Need advice. My landlord [[P|Spiros Karamanlis]] wants me out of [[A|1200 des Forges Boulevard, apt 3]], Trois-Rivières, [[Z|G8Z 1V7]] by June 1st so his nephew can move in. He texted from [[T|819-555-0133]] at 11pm. Is that even allowed under the C.c.Q.?\\n\\nLong story: I\'ve lived here since 2017. The previous owner, [[P|Mrs. Lucille Grenier]], sold the building in January. Since then the new guy has (1) raised the rent by 14%, (2) stopped shovelling the back stairs, and (3) let his \\"property manager\\" [[P|kyle]] walk into my unit without 24h notice, twice. My downstairs neighbour [[P|Ousmane Konaté]] in apt 1 got the same eviction letter, word for word, except his says the nephew is moving into HIS unit. So either the nephew is twins or this is a scam.\\n\\nI already called the TAL info line. The lady said to keep every text. I have screenshots of everything he sent from [[T|819 555 0133]] and from his wife\'s number, [[T|819.555.0109]]. Do I answer in writing or just ignore it? Is there a tenants\' committee in Trois-Rivières? Merci d\'avance, my French is OK but legal French is another planet."),')
rep('[[P|rosalie b.]]. Vous avez été incroyables."),',
    '[[P|rosalie b.]]. Vous avez été incroyables.\\n\\nSix saisons. Deux bannières. Une défaite de 3 points en finale régionale contre Saint-Hyacinthe que je vais revivre jusqu\'à ma mort. Merci aux parents qui ont conduit jusqu\'à Granby à 6 h du matin, surtout [[P|M. Traoré]], [[P|Mme Paré]] et [[P|Ana Paula Pinto]] qui traduisait en portugais pour les grands-parents. Merci à mon assistante [[P|Caro Lefebvre-Nakamura]] : sans toi j\'aurais perdu la tête. Merci à [[P|Gisèle]] à la cafétéria pour les bananes.\\n\\n[[P|Océane]], t\'es prête pour le collégial AAA. [[P|Mai Linh]], arrête de t\'excuser quand tu bloques un tir. [[P|Kelly-Ann]], le lancer en suspension, c\'est ta signature maintenant. Je vous laisse entre les mains de [[P|coach Dom]]... pardon, de [[P|Dominique Faucher]], qui va être excellente.\\n\\nOn se revoit dans les estrades 🏐"),')
rep('On se voit au Portugais de la rue Rachel."),',
    'On se voit au Portugais de la rue Rachel.\\n\\nPour le potluck : [[P|tante Samira]]... ok, [[P|Samira]] fait le taboulé, [[P|Rami Abou Jaoudé]] amène le kebbé, [[P|Hédi Ben Ammar]] le couscous de sa mère (née [[P|Trabelsi]], la meilleure cuisinière de Sfax). Les enfants : [[P|Yasmine]], [[P|Elias]], [[P|Nour-Lynn]] et [[P|Adam]] s\'occupent des jeux. Si quelqu\'un a l\'adresse de [[P|Georges Abou Jaoudé]] à Laval, envoyez-la à [[E|leila.aboujaoude@example.com]], on veut lui poster l\'invitation. Pour les retardataires, mon cell : [[T|514 555 0131]]. Ahlan wa sahlan à tous!"),')
open(p,'w').write(s)
