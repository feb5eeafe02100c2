# -*- coding: utf-8 -*-
"""Marker source for the blind PII set pii-2.

Each post is written once with inline markers [[CODE:entity text]]; this script strips the
markers, computes Python str offsets, checks every span, SIN/card Luhn, 555 phone exchanges,
RAMQ shape and court-file shape, and writes corpus.jsonl.
Codes: P PERSON, E EMAIL_ADDRESS, T PHONE_NUMBER, S CA_SIN, R CA_QC_HEALTH_NUMBER,
Z CA_POSTAL_CODE, A STREET_ADDRESS, B DATE_OF_BIRTH, F QC_COURT_FILE_NUMBER, C CREDIT_CARD.
Rule codes: CC CLIENT_CONFIDENTIALITY, LOC LOCATION_DISCLOSURE, DIS DISPARAGEMENT,
ADV MISLEADING_ADVERTISING, LEG PERSONALIZED_LEGAL_ADVICE, TES TESTIMONIAL_SOLICITATION,
SUR SURVIVOR_IDENTIFICATION, PRI PRIVATE_EVENT_DISCLOSURE, CHI CHILD_PROTECTION_IDENTIFICATION,
CON CONSENT_REQUIRED, CIN CONFIDENTIAL_INFORMATION, HAR HARASSMENT.
Briefs: a group-chat lower case; b roster/thank-you list; c ALL-CAPS alert; d LinkedIn congrats;
e Instagram handles/hashtags; f sports-parent joual thread; g neighbourhood post (English) with odd
phone/postal formats; h professional post full of capitalised non-names; i mixed FR/EN; j one-line reply.
"""
import json, re, sys, collections

TYPES = {"P": "PERSON", "E": "EMAIL_ADDRESS", "T": "PHONE_NUMBER", "S": "CA_SIN",
         "R": "CA_QC_HEALTH_NUMBER", "Z": "CA_POSTAL_CODE", "A": "STREET_ADDRESS",
         "B": "DATE_OF_BIRTH", "F": "QC_COURT_FILE_NUMBER", "C": "CREDIT_CARD"}
RULES = {"CC": "CLIENT_CONFIDENTIALITY", "LOC": "LOCATION_DISCLOSURE", "DIS": "DISPARAGEMENT",
         "ADV": "MISLEADING_ADVERTISING", "LEG": "PERSONALIZED_LEGAL_ADVICE",
         "TES": "TESTIMONIAL_SOLICITATION", "SUR": "SURVIVOR_IDENTIFICATION",
         "PRI": "PRIVATE_EVENT_DISCLOSURE", "CHI": "CHILD_PROTECTION_IDENTIFICATION",
         "CON": "CONSENT_REQUIRED", "CIN": "CONFIDENTIAL_INFORMATION", "HAR": "HARASSMENT"}
PACK_RULES = {
    "barreau-qc": {"CC", "LOC", "DIS", "ADV", "LEG", "TES"},
    "law-firm": {"CC", "DIS", "LEG"},
    "rseq-monteregie": {"DIS", "HAR"},
    "shelter": {"SUR", "LOC", "PRI", "CON"},
    "cisss-gaspesie": {"CHI", "CON", "CIN", "DIS", "HAR"},
}
BRIEFS = {
    "a": "group-chat message pasted into a Facebook comment, all lower case, no accents",
    "b": "team roster or thank-you list with many first names of diverse origins",
    "c": "ALL-CAPS urgent alert naming people and places",
    "d": "LinkedIn post congratulating colleagues, job titles and company names in Title Case",
    "e": "Instagram caption with @handles and #hashtags, some names, some not",
    "f": "sports-parent comment thread in joual with nicknames",
    "g": "neighbourhood group post in English, street addresses, oddly written phones, lower-case postal codes",
    "h": "careful professional post full of capitalised non-names",
    "i": "mixed French/English post",
    "j": "one-line reply addressing someone by first name",
}
MARK = re.compile(r"\[\[([A-Z]):(.+?)\]\]")

def luhn(d):
    t = 0
    for i, x in enumerate(int(c) for c in reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0

def parse(src):
    out, ents, pos = [], [], 0
    n = 0
    for m in MARK.finditer(src):
        out.append(src[pos:m.start()]); n += len(src[pos:m.start()])
        code, val = m.group(1), m.group(2)
        ents.append({"type": TYPES[code], "start": n, "end": n + len(val), "text": val})
        out.append(val); n += len(val); pos = m.end()
    out.append(src[pos:])
    return "".join(out), ents

def check_entity(e, pid):
    t, v = e["type"], e["text"]
    digits = re.sub(r"\D", "", v)
    if t == "CA_SIN":
        assert len(digits) == 9 and luhn(digits) and digits[0] not in "08", (pid, v)
    if t == "CREDIT_CARD":
        assert 13 <= len(digits) <= 19 and luhn(digits), (pid, v)
    if t == "PHONE_NUMBER":
        assert "555" in digits[-7:-4] or digits[-7:-4] == "555", (pid, v)
    if t == "CA_QC_HEALTH_NUMBER":
        letters = re.sub(r"[^A-Za-z]", "", v)
        assert len(letters) == 4 and len(digits) == 8, (pid, v)
    if t == "QC_COURT_FILE_NUMBER":
        assert re.fullmatch(r"\d{3}-\d{2}-\d{6}-\d{2,3}", v), (pid, v)
    assert v == v.strip() and v, (pid, v)

POSTS = []

def main():
    recs = []
    for i, p in enumerate(POSTS, 1):
        brief, lang, platform, policy, rules, src = p
        pid = "pii2-%03d" % i
        assert brief in BRIEFS and lang in ("fr", "en") and platform in ("facebook", "linkedin", "instagram"), pid
        assert policy in PACK_RULES, pid
        rl = rules.split() if rules else []
        for r in rl:
            assert r in PACK_RULES[policy], (pid, r, policy)
        text, ents = parse(src)
        assert "[[" not in text and "]]" not in text, (pid, text)
        for e in ents:
            assert text[e["start"]:e["end"]] == e["text"], pid
            check_entity(e, pid)
        recs.append({"id": pid, "lang": lang, "platform": platform, "policy": policy,
                     "rules": [RULES[r] for r in rl], "text": text, "entities": ents,
                     "brief": brief})
    with open("corpus.jsonl", "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # counts
    c = collections.Counter
    print("posts", len(recs))
    for key in ("policy", "lang", "platform", "brief"):
        print(key, dict(c(r[key] for r in recs)))
    print("rules", dict(c(x for r in recs for x in r["rules"])))
    print("entities", dict(c(e["type"] for r in recs for e in r["entities"])))
    print("no-entity posts", sum(1 for r in recs if not r["entities"]))
    print("lang x entities", dict(c((r["lang"], e["type"]) for r in recs for e in r["entities"] if e["type"] == "PERSON")))
    return recs

# ---------------------------------------------------------------- posts
# ---- (a) group chat pasted into a Facebook comment, lower case, no accents
POSTS += [
("a","fr","facebook","rseq-monteregie","", "[[P:huguette]] a dit que le lift pour le tournoi part a 7h devant l'ecole, [[P:marc-andre cote]] amene la glaciere pis [[P:wideline]] les oranges"),
("a","fr","facebook","rseq-monteregie","", "qqn sait si le match de samedi a granby est toujours la? [[P:thanh]] pis moi on peut amener 4 jeunes"),
("a","fr","facebook","rseq-monteregie","DIS", "honnetement l'arbitre d'hier c'etait un clown fini, [[P:rachid]] avait raison de chialer"),
("a","en","facebook","rseq-monteregie","", "ok so [[P:siobhan]] has the jerseys, [[P:declan]] is bringing the cones, and someone needs to text [[P:mrs okafor]] about the bus"),
("a","en","facebook","rseq-monteregie","", "lol [[P:tadhg]] fell asleep on the bus again, screenshot from the group chat below"),
("a","fr","facebook","cisss-gaspesie","", "rappel: souper communautaire jeudi a la salle paroissiale de chandler, apportez vos plats, pas besoin de reserver"),
("a","fr","facebook","cisss-gaspesie","CON", "photo de la fete avec [[P:ginette]] pis [[P:rosaire]] de la ressource, ils etaient tellement contents"),
("a","en","facebook","shelter","", "hey everyone the volunteer meeting moved to zoom, link is in the email. thanks [[P:aoife]] for setting it up"),
("a","fr","facebook","rseq-monteregie","", "[[P:jean-wesner]] tu peux prendre le relais pour le covoit a st-hyacinthe? moi je finis a 5h"),
("a","en","facebook","law-firm","", "anyone else getting the teams notifications twice? outlook keeps crashing on my end. [[P:yufei]] says its the update"),
("a","fr","facebook","rseq-monteregie","HAR", "si [[P:kevin lacasse]] se represente au gym je le sors moi meme, dites lui"),
("a","en","facebook","rseq-monteregie","", "so proud of [[P:nour]] and [[P:yasmina]] today, both scored in the second half!!"),
("a","fr","facebook","cisss-gaspesie","", "bonne nouvelle la route 132 est rouverte entre marsoui et mont-saint-pierre, soyez prudents"),
("a","en","facebook","rseq-monteregie","", "carpool list: me, [[P:harpreet]], [[P:lucassie]], [[P:ximena]]. [[P:joao]] you're on your own bud"),
("a","fr","facebook","shelter","", "merci a toutes pour la collecte, on a ramasse 340 $ pour la maison. prochaine collecte en mars, surtout merci a [[P:jocelyne]] pis [[P:naima]]"),
("a","en","facebook","rseq-monteregie","", "does anyone have coach [[P:brennan]]'s number? its [[T:450 555 0173]] i think but not sure"),
("a","fr","facebook","rseq-monteregie","", "[[P:fabienne]] pis [[P:ketly]] vous etes les meilleures merci pour les muffins"),
("a","en","facebook","law-firm","", "reminder the office is closed on the 26th, enjoy the holidays everyone. [[P:brigitte]] will check the mail on the 29th"),
("a","fr","facebook","cisss-gaspesie","", "ecrivez a [[E:guylaine.bernatchez@example.com]] pour les inscriptions du camp de jour, elle repond le soir"),
("a","en","facebook","rseq-monteregie","", "ngl the grade 9 team played way better than last year. shoutout to [[P:mamadou]] on defense"),
("a","fr","facebook","rseq-monteregie","", "c'est [[P:beatrice]] qui a la cle du local, [[P:marisol]] a perdu la sienne lol"),
("a","en","facebook","shelter","", "got the minecraft server running for the kids club, password in dm not here"),
("a","fr","facebook","rseq-monteregie","", "[[P:oussama]] a 39 de fievre, il manquera le match vs les cougars, desolee gang"),
("a","en","facebook","rseq-monteregie","", "who took the ball bag?? [[P:ciaran]] says he left it by gate 3"),
("a","fr","facebook","law-firm","", "le party de bureau est le 12 au resto, [[P:me belanger-nadeau]] paye la premiere tournee parait"),
]
# ---- (b) roster / thank-you lists with diverse first names
POSTS += [
("b","fr","facebook","rseq-monteregie","", "Alignement U13 féminin pour samedi : [[P:Wideline]], [[P:Nour]], [[P:Linh]], [[P:Shanipiap]], [[P:Kahente]], [[P:Ximena]], [[P:Conceição]], [[P:Nunzia]], [[P:Aminata]], [[P:Simranjit]], [[P:Aoife]] et [[P:Maëlie]]. Gardienne : [[P:Uapikun]]."),
("b","en","facebook","shelter","", "Huge thank-you to our volunteers this year: [[P:Guerline]], [[P:Samira]], [[P:Bao]], [[P:Meiling]], [[P:Petiskan]], [[P:Karonhiio]], [[P:Wapun]], [[P:Siasi]], [[P:Yulieth]], [[P:Fátima]], [[P:Giuliana]], [[P:Kossi]], [[P:Anjali]], [[P:Niamh]] and [[P:Réjean]]. You made the holiday drive possible."),
("b","fr","facebook","cisss-gaspesie","CON", "Merci aux bénévoles du brunch : [[P:Dieunel]], [[P:Imane]], [[P:Phuong]], [[P:Xiaoling]], [[P:Manikanet]], [[P:Teiohontathe]], [[P:Niipin]], [[P:Akinisie]], [[P:Jhon Freddy]], [[P:Rui]], [[P:Carmine]], [[P:Adjoa]], [[P:Tharshan]], [[P:Ciarán]] et [[P:Gaétane]] !"),
("b","en","facebook","rseq-monteregie","", "Senior boys roster 2026–27: #4 [[P:Mackenzy Exantus]], #7 [[P:Walid Haddad]], #9 [[P:Huy Tran]], #10 [[P:Jun Li]], #11 [[P:Tumasi Qumaq]], #12 [[P:Anderson Caicedo]], #14 [[P:Ricardo Pierre-Louis]], #17 [[P:Salvatore Petrella]], #21 [[P:Yaw Mensah]], #23 [[P:Rajesh Sandhu]], #30 [[P:Declan Moriarty]]."),
("b","fr","linkedin","law-firm","", "Merci à l'équipe du dossier de fusion : [[P:Me Fabienne Jean-Baptiste]], [[P:Me Karim Benali]], [[P:Linh Pham]] (stagiaire), [[P:Wei Zhang]] (technicien juridique) et [[P:Ornella Di Iorio]] (adjointe)."),
("b","en","linkedin","law-firm","", "Grateful to the pro bono clinic crew: [[P:Chidinma]], [[P:Harpreet]], [[P:Marisol]], [[P:Tadhg]], [[P:Elie]], [[P:Bérénice]], [[P:Yufei]] and [[P:Awashish]]. Forty files closed this term."),
("b","fr","facebook","rseq-monteregie","", "Les médaillés du cross-country régional : [[P:Noé Flamand]] (or), [[P:Kanentokon Diabo]] (argent), [[P:Élodie Niquay]] (bronze). Bravo aussi à [[P:Yasmine]], [[P:Pham]] et [[P:Jaaji]] pour leur top 10 !"),
("b","en","facebook","cisss-gaspesie","CON", "Kitchen schedule this week — Mon: [[P:Nadège]], Tue: [[P:Bosum]], Wed: [[P:Ornella]], Thu: [[P:Mishta]], Fri: [[P:Hope]]. Please swap among yourselves if needed."),
("b","fr","facebook","shelter","", "Un gros merci aux animatrices de l'atelier de tricot : [[P:Ketly]], [[P:Salma]], [[P:Thuy]], [[P:Marie-Soleil]] et [[P:Rose]]."),
("b","en","instagram","rseq-monteregie","", "Our captains for the season: [[P:Grace]], [[P:Faith]], [[P:Olive]] and [[P:Prince]]. Yes those are their real names 😂"),
("b","fr","facebook","rseq-monteregie","", "Équipe de badminton – Division 2 : [[P:Anh]], [[P:Océane]], [[P:Kateri]], [[P:Inès]], [[P:Gustavo]], [[P:Sandrine]], [[P:Lamine]], [[P:Priyanka]], [[P:Caoimhe]]."),
("b","en","facebook","shelter","", "Thank you to Canadian Tire, Metro, IGA and Tim Hortons for the donations, and to the Rotary Club of Chandler for the van."),
("b","fr","facebook","cisss-gaspesie","", "Merci à nos partenaires : Desjardins, Pharmaprix, la Ville de Gaspé, la MRC du Rocher-Percé et la Fondation Jean-Coutu."),
("b","en","linkedin","law-firm","", "Welcome to our summer students: [[P:Aputi Nowkawalk]], [[P:Mariana Ospina]], [[P:Tomás Amaral]], [[P:Ngozi Adeyemi]], [[P:Quang Vo]] and [[P:Émilie Ottawa]]!"),
("b","fr","facebook","rseq-monteregie","", "Liste d'attente du camp de basket : 1. [[P:Samuel Coonishish]] 2. [[P:Ilyes Mansouri]] 3. [[P:Léo Mianscum]] 4. [[P:Davi Rocha]] 5. [[P:Kwabena Owusu]]."),
("b","en","facebook","cisss-gaspesie","CON", "Shout-out to the night shift team, especially [[P:Thuy]] and [[P:Orla]]! Coffee is on us Friday."),
("b","fr","facebook","shelter","PRI", "Les intervenantes présentes au groupe de soutien de mardi : [[P:Naïma]], [[P:Josiane]], [[P:Tuyết]] et [[P:Shanice]]. On se voit à 19 h au local habituel."),
("b","en","instagram","rseq-monteregie","", "Relay team 4x100: [[P:Aïssatou]] → [[P:Siobhan]] → [[P:Chloé-Anne]] → [[P:Ayaan]]. New school record: 49.87!"),
("b","fr","facebook","rseq-monteregie","", "Bénévoles à la table de marque : [[P:M. Nguyen]], [[P:Mme Ferreira]], [[P:M. O'Shaughnessy]] et [[P:Mme Kanapé]]. Merci !"),
("b","en","facebook","cisss-gaspesie","", "Volunteer sign-up still open for the food bank: Tuesdays 9–12 and Thursdays 1–4. Bring gloves."),
("b","fr","facebook","law-firm","", "Bravo à nos finalistes du concours de plaidoirie : [[P:Ines Bouchareb]], [[P:Tewentahawih Jacobs]] et [[P:Liam Gallagher-Roy]]."),
("b","en","facebook","shelter","CON", "Photos from the gala are up! Thank you [[P:Abena]], [[P:Huong]], [[P:Rania]], [[P:Josée]] and [[P:Kitura]] for staffing the coat check."),
]
# ---- (c) ALL-CAPS urgent alerts
POSTS += [
("c","fr","facebook","cisss-gaspesie","", "URGENT!!! CHIEN PERDU À SAINTE-ANNE-DES-MONTS, RÉPOND AU NOM DE BOBBY. APPELEZ [[P:GINETTE LÉVESQUE]] AU [[T:418-555-0187]]"),
("c","en","facebook","cisss-gaspesie","", "LOST KEYS NEAR THE IGA IN NEW CARLISLE — BLUE LANYARD WITH A HABS TAG. IF FOUND CALL [[P:DECLAN]] [[T:(418) 555-0155]]"),
("c","fr","facebook","rseq-monteregie","", "ROUTE FERMÉE : LE CHEMIN DU GOLF EST BLOQUÉ ENTRE LA 116 ET LA 133. MATCH DÉPLACÉ À L'ARÉNA MAURICE-RICHARD."),
("c","en","facebook","shelter","", "ROAD CLOSURE ON HIGHWAY 132 BETWEEN PERCÉ AND GASPÉ UNTIL 6 PM. DETOUR VIA ROUTE 198."),
("c","fr","facebook","cisss-gaspesie","", "AVIS DE RECHERCHE : [[P:MME HUGUETTE BOUDREAULT]], 82 ANS, VUE POUR LA DERNIÈRE FOIS PRÈS DU [[A:45, RUE DE LA REINE]], GASPÉ. SI VOUS L'AVEZ VUE : [[T:418 555 0110]]"),
("c","en","facebook","rseq-monteregie","", "MISSING DOG!!! GOLDEN NAMED MAPLE, LAST SEEN ON [[A:212 SAINT-CHARLES STREET]], LONGUEUIL. OWNER [[P:PRIYA RAMANATHAN]] — TEXT [[T:450.555.0139]]"),
("c","fr","facebook","rseq-monteregie","", "ATTENTION PARENTS : L'AUTOBUS DE L'ÉCOLE PIERRE-LAPORTE PARTIRA À 6H45 ET NON 7H15. CONFIRMEZ À [[P:CARMINE]] SVP."),
("c","en","facebook","shelter","", "PLEASE SHARE: LOST WALLET AT COSTCO BROSSARD. BELONGS TO [[P:JOÃO MEDEIROS]]. ID CARDS INSIDE, NO QUESTIONS ASKED."),
("c","fr","facebook","cisss-gaspesie","", "COUPURE D'EAU DEMAIN DE 8H À 14H SUR LA RUE DES ÉRABLES ET LE BOULEVARD RENÉ-LÉVESQUE. FAITES DES RÉSERVES."),
("c","en","facebook","cisss-gaspesie","", "FOUND: GREY CAT WITH A RED COLLAR ON [[A:17 MONTCALM AVENUE]]. CALL [[P:AOIFE]] OR [[P:TOMÁS]] AT [[T:418–555–0198]]"),
("c","fr","facebook","rseq-monteregie","", "OBJETS PERDUS AU GYMNASE : UN COTON OUATÉ NIKE, UNE GOURDE STANLEY, DES CLÉS DE HONDA. RÉCLAMEZ À [[P:MME THÉRIAULT]] AU SECRÉTARIAT."),
("c","en","facebook","rseq-monteregie","", "GAME CANCELLED TONIGHT — FIELD AT PARC JEAN-DRAPEAU FLOODED. COACH [[P:MORIARTY]] WILL POST THE NEW DATE."),
("c","fr","facebook","shelter","", "ALERTE : FAUX COURRIELS AU NOM DE LA MAISON CIRCULENT. NE CLIQUEZ PAS SUR LES LIENS. NOTRE SEULE ADRESSE EST [[E:info@maison-example.org]]"),
("c","en","facebook","cisss-gaspesie","", "MISSING: [[P:AKINISIE PUTULIK]], 15, LAST SEEN AT THE BUS STOP ON [[A:310 MONTÉE SANDY BEACH]]. CALL 911 OR [[T:+1 418 555 0166]]."),
("c","fr","facebook","rseq-monteregie","", "PERDU : CLÉS DE CHAR AVEC PORTE-CLÉS DES ALOUETTES, STATIONNEMENT DU CÉGEP ÉDOUARD-MONTPETIT. C'EST À [[P:TI-GUY]] ([[P:GUY-ROBERT PAQUIN]]), TEXTEZ-MOI."),
("c","en","facebook","shelter","", "SNOW EMERGENCY: ALL ACTIVITIES CANCELLED TODAY. STAY HOME AND STAY SAFE."),
("c","fr","facebook","cisss-gaspesie","", "CHIENNE HUSKY TROUVÉE SUR LA PLAGE DE PERCÉ. PAS DE MÉDAILLE. CONTACTEZ [[P:NUNZIA]] AU [[T:4 1 8 5 5 5 0 1 2 3]]."),
("c","en","facebook","rseq-monteregie","", "URGENT: WHOEVER TOOK THE BLACK CANADA GOOSE JACKET FROM THE ARENA, IT HAS [[P:KWAME]]'S INHALER IN THE POCKET. PLEASE RETURN TO [[A:1450 RUE BEAUBIEN]]."),
("c","fr","facebook","rseq-monteregie","", "DERNIÈRE CHANCE!!! INSCRIPTIONS AU TOURNOI DE SOCCER FERMENT CE SOIR MINUIT. 12 ÉQUIPES MAX."),
("c","en","facebook","cisss-gaspesie","", "BOIL-WATER ADVISORY FOR MURDOCHVILLE RESIDENTS UNTIL FURTHER NOTICE."),
("c","fr","facebook","shelter","", "LOST: TÉLÉPHONE SAMSUNG AVEC ÉTUI ROSE, PERDU AU DOLLARAMA DE RIMOUSKI. SI TROUVÉ : [[E:xiaoling.chen@example.ca]]"),
("c","fr","facebook","cisss-gaspesie","", "AVIS : [[P:DR JOCELYN ST-ONGE]] NE SERA PAS À LA CLINIQUE DE CAP-CHAT CETTE SEMAINE. RENDEZ-VOUS REPORTÉS."),
]
# ---- (d) LinkedIn congratulations, titles and companies in Title Case
POSTS += [
("d","en","linkedin","law-firm","", "Thrilled to congratulate [[P:Siobhan Keane]] on her promotion to Senior Associate, Litigation at Fasken, and [[P:Rachid Belkacem]], now Director of Legal Operations at Bombardier. Well deserved!"),
("d","fr","linkedin","barreau-qc","", "Félicitations à [[P:Me Nadège Exantus]], nommée Associée directrice du bureau de Québec, et à [[P:Me Tuấn Nguyễn]], nouveau Chef des Affaires juridiques chez Hydro-Québec !"),
("d","en","linkedin","law-firm","", "Please join me in welcoming [[P:Chidinma Okafor]] as our new Chief Compliance Officer. [[P:Chidinma]] joins us from Desjardins Group, where she led Privacy Programs for six years."),
("d","fr","linkedin","cisss-gaspesie","", "Fière d'annoncer que notre Directrice générale adjointe, [[P:Guylaine Bernatchez]], reçoit le Prix Reconnaissance de l'Ordre des travailleurs sociaux. Bravo [[P:Guylaine]] !"),
("d","en","linkedin","law-firm","", "Big congrats to the whole Employment Law Group on the Chambers Canada ranking. Proud to work alongside such a talented team. Special mention to [[P:Ngozi]] for leading the submission."),
("d","fr","linkedin","barreau-qc","", "Heureux de souligner les 25 ans de pratique de [[P:Me Réjean Lapointe-Ouellet]], Avocat-conseil chez Cain Lamarre. Un mentor pour plusieurs d'entre nous."),
("d","en","linkedin","law-firm","", "Congratulations to [[P:Anjali Raghunathan]], Vice President, Legal & Corporate Secretary at Cascades, and to [[P:Tomás Ferreira]], General Counsel at Lightspeed. Two former articling students now leading in-house teams!"),
("d","fr","linkedin","barreau-qc","", "Bravo à nos deux nouvelles Conseillères juridiques principales, [[P:Yulieth Castaño]] et [[P:Kateri Awashish]], qui se joignent au Contentieux de la Banque Nationale."),
("d","en","linkedin","law-firm","", "Proud moment: our Director of Innovation [[P:Wei Zhang]] presented at Legal Geek London on AI-assisted contract review. Thanks to Microsoft and Clio for hosting."),
("d","fr","linkedin","cisss-gaspesie","", "Félicitations à l'équipe de Santé mentale jeunesse de la Baie-des-Chaleurs pour le Prix d'excellence du réseau de la santé et des services sociaux."),
("d","en","linkedin","law-firm","", "A warm welcome to [[P:Karonhiio Delisle]], our new Indigenous Relations Advisor, and to [[P:Ngozi Adeyemi]], Senior Paralegal. Both join the Montréal office on Monday."),
("d","fr","linkedin","barreau-qc","", "Très fier de ma collègue [[P:Me Ximena Restrepo]], élue Bâtonnière de la section Laurentides-Lanaudière. Une première pour une avocate d'origine colombienne !"),
("d","en","linkedin","law-firm","", "Congrats to [[P:Declan O'Rourke]] (Partner, Tax) and [[P:Priyanka Sethi]] (Counsel, Banking & Finance) on being named Best Lawyers' Ones to Watch 2027."),
("d","fr","linkedin","cisss-gaspesie","CON", "Un immense merci à [[P:Mélodie Cyr]], Infirmière clinicienne, et à [[P:Jaaji Uqaituk]], Agent de liaison, pour leur travail auprès des familles de Gaspé cette année."),
("d","en","linkedin","law-firm","", "After 11 years at Osler, I'm starting a new chapter as Legal Director at Ubisoft Montréal. Thank you [[P:Marisol]], [[P:Kwabena]] and [[P:Huy]] for everything."),
("d","fr","linkedin","barreau-qc","", "Félicitations au Barreau du Québec et à la Chambre des notaires pour le lancement de la campagne Justice pour tous. Contenu utile pour le public."),
("d","en","linkedin","law-firm","", "Delighted to share that [[P:Fátima Amaral]] has joined us as Head of People & Culture. [[P:Fátima]] previously worked at Air Canada and Saputo."),
("d","fr","linkedin","barreau-qc","", "Bienvenue à [[P:Me Petiskan Niquay]], Associée, Droit autochtone, et à [[P:Me Oussama Tahiri]], Avocat principal, Litiges commerciaux, chez Stein Monast."),
("d","en","linkedin","cisss-gaspesie","", "Congratulations to our Nurse Practitioner [[P:Hope Mackenzie-Lloyd]] on completing her Master's at Université Laval!"),
("d","fr","linkedin","law-firm","", "Clin d'œil à [[P:Phuong]] et [[P:Salvatore]] de l'équipe TI : la migration vers SharePoint s'est faite sans perte de données. Chapeau !"),
("d","en","linkedin","barreau-qc","", "Honoured to have been appointed Ad Hoc Committee Chair by the Young Bar of Montreal. Looking forward to working with the Board."),
("d","fr","linkedin","barreau-qc","", "Félicitations à [[P:Maître Conceição Rebelo]], nouvelle Présidente du Comité Équité, diversité et inclusion. Contactez-la : [[E:c.rebelo@example-avocats.ca]]"),
]
# ---- (e) Instagram captions with handles and hashtags
POSTS += [
("e","fr","instagram","rseq-monteregie","", "Journée parfaite au tournoi avec @[[P:karim.benali]] et @[[P:wideline_jb]] 🏐 #Team[[P:Josée]] #RSEQ #Volleyball @ville.de.rimouski"),
("e","en","instagram","rseq-monteregie","", "Game day with the crew 🏒 @[[P:siobhan.keane]] @[[P:mackenzy.ex]] #GoHabsGo #BellCentre #Montreal"),
("e","fr","instagram","shelter","", "Couleurs d'automne sur la Gaspésie 🍁 #Percé #RocherPercé #Québec #QuébecOriginal @tourismegaspesie"),
("e","en","instagram","cisss-gaspesie","", "Sunday brunch 🥞 with my faves @[[P:linh.pham94]] and @[[P:aoife_oconnor]] #BrunchClub #Rimouski #FoodieMTL"),
("e","fr","instagram","rseq-monteregie","", "Champions régionaux 🏆!!! Merci coach @[[P:gustavo.ribeiro]] #Go[[P:Ilyes]] #Team[[P:Kahente]] #LesCougars #Montérégie"),
("e","en","instagram","rseq-monteregie","", "Throwback to nationals ✨ #TBT #[[P:Declan]]Strong #TeamCanada #Swimming @swimming.canada"),
("e","fr","instagram","shelter","", "Nouvelle murale sur la rue Saint-Denis 🎨 #MTLart #Montréal #ArtUrbain @mural_festival"),
("e","en","instagram","cisss-gaspesie","", "Happy 10th birthday to my little man @[[P:tumasi.q]]!! 🎂 Born [[B:March 4, 2016]] and already taller than me #BirthdayBoy #Kuujjuaq"),
("e","fr","instagram","rseq-monteregie","", "On ne lâche rien 💪 #[[P:Nunzia]]Power #Cheerleading #ÉcoleMarguerite-Bourgeoys @rseq_monteregie"),
("e","en","instagram","cisss-gaspesie","", "Sunset at Forillon 🌅 #ForillonNationalPark #Gaspesie #ParksCanada #NoFilter"),
("e","fr","instagram","rseq-monteregie","", "Mes deux amours 💕 @[[P:j.tremblay_87]] et la petite @[[P:rosalie.tremblay]].gym #Famille #Gymnastique #Longueuil"),
("e","en","instagram","shelter","", "Coffee date ☕ with @[[P:chidinma.o]] at @cafeolimpico #MileEnd #Montreal #LatteArt"),
("e","fr","instagram","cisss-gaspesie","", "Bienvenue au monde [[P:Élyanne]] 💗 née le [[B:14 novembre 2026]] à 3 h 12, 3,2 kg. Les parents @[[P:yasminahaddad]] et @[[P:walid.h]] sont aux anges #BébéDeNovembre"),
("e","en","instagram","rseq-monteregie","", "Leg day with @big.[[P:mo.diallo]] 🔥 #GymLife #Fitness #NoExcuses #MTLfitness @nautilusplus"),
("e","fr","instagram","rseq-monteregie","", "Ma coéquipière préférée 🥰 @[[P:shanipiap_v]] #Innu #Uashat #BasketFéminin #[[P:Shanipiap]]"),
("e","en","instagram","shelter","", "Pumpkin patch adventures 🎃 #FallVibes #Quebec #Halloween #PumpkinSpice @vergersleclerc"),
("e","fr","instagram","rseq-monteregie","", "Première compé réussie pour @[[P:marisol.quintero]] 🥇 bravo ma belle! #Team[[P:Marisol]] #Karaté #Brossard"),
("e","en","instagram","rseq-monteregie","", "Still can't believe we beat Laval 🙌 #GoAlsGo #Alouettes #Football @[[P:kwabena_o23]] @[[P:tadhg.murphy]]"),
("e","fr","instagram","cisss-gaspesie","", "Pêche au quai de Rivière-au-Renard 🎣 #Gaspésie #Maquereau #ÉtéQC"),
("e","en","instagram","rseq-monteregie","", "Sister goals 👯 @[[P:harpreet.k.sandhu]] @[[P:simran_sandhu03]] #Bhangra #Diwali2026 #Brampton2Montreal"),
("e","fr","instagram","shelter","", "Souper de filles chez @[[P:guerline.pl]] 🍛 #DiriAkPwaKole #Haïti #Montréal-Nord #Soirée"),
("e","en","instagram","cisss-gaspesie","", "First snow ❄️ #Murdochville #Chic-Chocs #Backcountry #SkiQuebec @chicchocs"),
("e","fr","instagram","rseq-monteregie","", "Gros merci @[[P:ti.guy.paquin]] pour les photos du match 📸 #HockeyMineur #Granby #MAAA"),
]
# ---- (f) sports-parent joual threads with nicknames
POSTS += [
("f","fr","facebook","rseq-monteregie","", "[[P:Ti-Guy]] y'a pas manqué un lancer de la game, pis la grande [[P:Jo]] a bloqué toute en défensive. Fallait voir ça!"),
("f","fr","facebook","rseq-monteregie","", "Voyons donc Big [[P:Mo]] c'est pas toi qui devais amener les chandails?? 😂 Mon gars a joué en coton ouaté"),
("f","fr","facebook","rseq-monteregie","DIS", "L'arbitre était aveugle en tabarnouche à soir. P'tit [[P:Lou]] s'est faite accrocher 3 fois pis rien!"),
("f","fr","facebook","rseq-monteregie","", "Répondre à [[P:Sylvie]] : ben oui on y va à Drummond, [[P:Tit-Mousse]] est tellement énarvé qu'y dort pu"),
("f","fr","facebook","rseq-monteregie","HAR", "Le père à [[P:Junior]], si tu gueules encore après ma fille dans les estrades, on va se parler dans le stationnement. T'es averti."),
("f","fr","facebook","rseq-monteregie","", "Bravo à [[P:Coco]] pis [[P:Ti-Loup]], deux buts chaque! Les Dragons de St-Bruno lâchent pas 🐉"),
("f","fr","facebook","rseq-monteregie","", "Quelqu'un a vu la gourde à [[P:Mimi]]? A l'a oubliée su'l banc à l'aréna de Chambly."),
("f","fr","facebook","rseq-monteregie","DIS", "Sérieux le coach [[P:Bélisle]] y connaît rien, y laisse [[P:Ti-Jean]] su'l banc toute la game. Quel incompétent."),
("f","fr","facebook","rseq-monteregie","", "La grosse [[P:Nath]] a fait des brownies pour toute la gang, merci ma belle 😍"),
("f","fr","facebook","rseq-monteregie","", "Heille [[P:Bouboule]] t'étais où? On t'attendait pour le lift! 😅"),
("f","fr","facebook","rseq-monteregie","", "Ouin ben moé j'dis que les Canadiens vont faire les séries c't'année. Suzuki pis Caufield sont en feu."),
("f","fr","facebook","rseq-monteregie","", "[[P:Mo]] pis [[P:Wes]] ont dormi dans l'char au retour de Sherbrooke, pauvres ti-pits 😴"),
("f","fr","facebook","rseq-monteregie","HAR", "Tout le monde allez dire à la mère de [[P:Kevin Lacasse]] ce qu'on pense de son gars, je mets son Facebook en commentaire"),
("f","fr","facebook","rseq-monteregie","", "Grand [[P:Pat]] a encore oublié ses patins 🙄 c'est la 3e fois, [[P:Pat]] voyons!"),
("f","fr","facebook","rseq-monteregie","", "C'est ma tante [[P:Lulu]] qui fait le 50/50 samedi. Amenez du change!"),
("f","fr","facebook","rseq-monteregie","", "Tabarouette quelle game! Ça finit 4-3 en prolongation, [[P:Ti-Bob]] compte le but gagnant. On est en finale à Saint-Jean-sur-Richelieu dimanche 13 h."),
("f","fr","facebook","rseq-monteregie","", "Félicitations à [[P:Ti-Nours]] ([[P:Noah Beauregard-Ouimet]]) pour son premier blanchissage! Le p'tit a tout arrêté."),
("f","fr","facebook","rseq-monteregie","DIS", "Franchement la gang de St-Lambert c'est toutes des mauvais perdants, les parents comme les jeunes."),
("f","fr","facebook","rseq-monteregie","", "Ayoye [[P:Fanfan]] t'as ben grandi! Le numéro 8 te fait ben 😎"),
("f","fr","facebook","rseq-monteregie","", "Qui peut remplacer [[P:Bébert]] au chrono demain? Y travaille de soir."),
("f","fr","facebook","rseq-monteregie","", "Répondre à [[P:Nancy-Ann]] : le tournoi c'est à l'aréna Gilles-Chabot, pas à Jacques-Cartier 😉"),
("f","fr","facebook","rseq-monteregie","", "Merci la belle [[P:Ketly]] pour le lift!! Mon [[P:Dieunel]] était ben content de jaser avec ton [[P:Wesner]]."),
]
# ---- (g) neighbourhood group posts in English, odd phone formats, lower-case postal codes
POSTS += [
("g","en","facebook","shelter","", "Free couch (grey IKEA Kivik) to whoever picks it up this weekend at [[A:4521 Saint-Urbain St.]], [[Z:h2t 2w3]]. Text [[P:Bao]] at [[T:514–555–0142]]."),
("g","en","facebook","shelter","", "Garage sale Saturday 8–2 at [[A:1200 des Forges Boulevard]], Trois-Rivières [[Z:g8z 4m3]]. Kids' books, a Wii, and a lot of Lego."),
("g","en","facebook","shelter","", "Does anyone know a good plumber in NDG? Ours quit mid-job. Please DM, don't post numbers here."),
("g","en","facebook","cisss-gaspesie","", "Lost black cat around [[A:88 Elm Avenue]] / Sherbrooke St. Answers to Pepper. Please call [[P:Niamh]] [[T:514.555.0177]] or [[T:4 3 8 5 5 5 0 1 9 0]]."),
("g","en","facebook","shelter","", "PSA: the Hydro crew will be on Fairmount between Jeanne-Mance and Park Ave all week. Parking on the north side only."),
("g","en","facebook","shelter","", "Welcome to the street, [[P:Ayaan]] and [[P:Priyanka]]! They just moved into [[A:37 Rue Hutchison]]. Bring them a pie 🥧"),
("g","en","facebook","cisss-gaspesie","", "Snow removal guy available: [[P:Rosaire Landry]], [[T:418 555 0134]], does driveways in Gaspé and Wakeham. $350 for the season."),
("g","en","facebook","shelter","", "Found a set of keys with a Toyota fob near [[A:2150 Wellington Street]] ([[Z:h3k1x4]]). Left them at the dépanneur on the corner."),
("g","en","facebook","cisss-gaspesie","", "Whoever parks the red F-150 in front of [[A:615 Church Road]] every night, please stop blocking the hydrant. Plate starts with FXK, I'm not posting the rest."),
("g","en","facebook","shelter","", "Babysitter recommendation: [[P:Aoife Brennan]], 17, CPR certified, lives on [[A:24 Melville Avenue]]. Her mom's cell is [[T:(514)555-0121]]."),
("g","en","facebook","shelter","", "Reminder: recycling pickup moves to Thursday starting next week (city notice 2026-114)."),
("g","en","facebook","cisss-gaspesie","", "Who's the contractor on [[A:1025 boulevard de Perron]] in Maria? Nice job on the deck. Number is [[T:418-555-0152]] if anyone else wants it, owner is [[P:Gustavo]]."),
("g","en","facebook","shelter","", "Package delivered to the wrong house — addressed to [[P:Meiling Zhou]], [[A:3307 Lacombe Ave]], apt 4, [[Z:H3T-1M1]]. I'm at 3309, come get it!"),
("g","en","facebook","shelter","", "Tutor available for Grade 10 math and physics, $25/h. Contact [[P:Tharshan]]: [[E:tharshan.s@example.com]] or [[T:514 555 01 68]]."),
("g","en","facebook","cisss-gaspesie","", "The pothole on Route 132 near the Petro-Canada is now the size of a bathtub. Called 311, ticket #88412-B."),
("g","en","facebook","shelter","", "Moving sale: everything must go by Dec 15. [[A:512 Lansdowne Avenue]], Westmount [[Z:h3y 2v2]]. Ask for [[P:Mr. Ferreira]] at the door."),
("g","en","facebook","cisss-gaspesie","", "Anyone else lose power on the west end of Chandler? Hydro-Québec says restore by 9 pm, outage #4471 209."),
("g","en","facebook","shelter","", "Huge thanks to [[P:Kwame]] from [[A:19 Oak Street]] for shovelling the whole block this morning!"),
("g","en","facebook","cisss-gaspesie","", "Looking for [[P:Yaw Mensah]] — you dropped your wallet at the Jean Coutu on Gérard-D.-Levesque. Call me at [[T:+1-418-555-0199]] ext 2."),
("g","en","facebook","shelter","", "New neighbourhood watch contact: [[P:Fatoumata Keïta]], [[E:fkeita.watch@example.org]], [[T:514 - 555 - 0188]]. Meetings 1st Monday at the library."),
("g","en","facebook","shelter","", "Can anyone recommend a vet in Verdun that is open Sundays? Our dog ate a sock and our usual vet, [[P:Dr Amadou Sow]], is away."),
("g","en","facebook","cisss-gaspesie","", "Community fridge restocked at [[A:48 Bay Street]], Carleton-sur-Mer [[Z:g0c 1j0]]. Thanks [[P:Siasi]] and [[P:Tewentahawih]]!"),
("g","en","facebook","shelter","", "Our cat sitter [[P:Dominga]] has openings over the holidays: [[T:514 555 0 1 3 6]], lives right off Monkland."),
("g","en","facebook","shelter","", "Street party permit approved for Chabot St. (between Masson & Saint-Joseph) on June 21. Bring chairs. Organizer: [[P:Dolores Ayala]]."),
]
# ---- (h) careful professional posts full of capitalised non-names
POSTS += [
("h","en","linkedin","cisss-gaspesie","CON", "Our team now serves families across the MRC de La Haute-Gaspésie, the MRC de la Côte-de-Gaspé and the Îles-de-la-Madeleine. Services are offered in French, English, Mi'gmaq and Innu-aimun. Questions? Ask our coordinator [[P:Manikanet Pinette]]."),
("h","fr","linkedin","cisss-gaspesie","", "Rappel aux familles d'accueil : toute diffusion d'information sur un enfant suivi par la DPJ est encadrée par l'article 11.2.1 de la L.P.J. En cas de doute, consultez votre Directrice générale ou le Contentieux."),
("h","en","linkedin","law-firm","", "Quick primer for clients moving to Quebec: the Civil Code (C.c.Q.) governs most private matters, Bill 96 affects the Charter of the French Language, and Law 25 reshaped privacy obligations. This is general information, not legal advice."),
("h","en","linkedin","law-firm","", "Reading the Court of Appeal's decision in the Anticosti matter this morning. Justice Bich's reasons on the Crown's duty to consult are worth a careful read."),
("h","fr","linkedin","barreau-qc","", "Conférence sur le bilinguisme judiciaire : des interprètes en portugais, en tagalog, en créole haïtien, en vietnamien et en atikamekw étaient présents. Merci au ministère de la Justice et à [[P:Tuyết Lâm]] pour la coordination."),
("h","en","linkedin","cisss-gaspesie","", "Fishing season reminder for workers travelling along the Cascapédia, Bonaventure and York rivers: the bridges at New Richmond and Gaspé have reduced loads until Friday."),
("h","en","linkedin","law-firm","", "The Portuguese, Vietnamese and Haitian communities of Montréal-Nord told us the same thing at our legal information night: they want the forms in their language, on WhatsApp, not on a portal. Thanks to [[P:Ketly Dorvilus]] for interpreting."),
("h","fr","linkedin","cisss-gaspesie","CIN", "Pour la mise à jour du dossier de l'usagère, j'ai besoin du NAM [[R:BOUK 5612 2419]] et de son NAS [[S:626 018 154]] avant vendredi. Envoyez-les sur Teams svp."),
("h","en","linkedin","law-firm","", "Our new intake workflow uses Clio, Microsoft Teams and DocuSign. Job titles in the system: Managing Partner, Senior Associate, Law Clerk, Articling Student. No client data on Slack, ever."),
("h","en","linkedin","barreau-qc","", "Premier François Legault announced the new housing tribunal funding today; the Barreau du Québec welcomed the measure in a press release."),
("h","fr","linkedin","law-firm","", "Les jeux vidéo Fortnite, Minecraft et Roblox sont au cœur de plusieurs litiges en protection du consommateur. Notre équipe suit le dossier de l'Office de la protection du consommateur."),
("h","en","linkedin","cisss-gaspesie","CON", "Training day at the CLSC de Chandler: Santé Québec, the Ordre des infirmières et infirmiers du Québec and the Commission des droits de la personne each presented. Lunch by Tim Hortons. Thanks to our trainer [[P:Abena Asante]]!"),
("h","fr","linkedin","barreau-qc","CC", "Audience reportée dans le dossier [[F:500-17-123456-251]] de ma cliente [[P:Mme Rania Khouri]]. Nouvelle date : le 14 janvier 2027."),
("h","en","linkedin","law-firm","CC", "Filed today in Superior Court, file [[F:200-04-004512-228]], for our client [[P:Mr. Anderson Caicedo]], born [[B:July 2, 1984]]. Hearing set for March 3."),
("h","en","linkedin","law-firm","", "Court file numbers in Quebec follow the district-court-number-year pattern (e.g. district 500 is Montréal). Useful to know when you read the Plumitif."),
("h","fr","linkedin","cisss-gaspesie","CIN", "Erreur de facturation : la carte [[C:4703 4236 6712 7688]] de la ressource a été débitée deux fois. Le numéro de transaction est 2026-11-0042-7788, pas besoin de le repartager."),
("h","en","linkedin","law-firm","", "Honoured to hear Chief Justice Wagner speak at McGill's Faculty of Law on access to justice in Inuktitut and Cree communities of Nunavik and Eeyou Istchee."),
("h","fr","linkedin","cisss-gaspesie","", "Le Programme Jeunesse, la Direction de la protection de la jeunesse (DPJ) et le Tribunal de la jeunesse travaillent ensemble. Pour un conseil santé, composez le 8-1-1 (Info-Santé)."),
("h","en","linkedin","shelter","", "We support women from Haiti, Syria, Colombia, the Philippines and Nunavik. Our staff speak Arabic, Spanish, Tagalog, Inuktitut and Kreyòl. Address withheld for safety."),
("h","en","linkedin","cisss-gaspesie","CIN", "HR reminder: please send [[P:Lucassie Tukalak]]'s SIN ([[S:183-016-617]]) and health card ([[R:TUKL 7503 0814]]) to payroll directly, not through the Messenger group."),
("h","fr","linkedin","barreau-qc","", "Les articles 1457 et 1458 C.c.Q., l'article 11.2.1 L.P.J. et la Loi 25 seront au menu de la formation du 20 février. Inscription sur le site de l'AJBM."),
("h","en","linkedin","law-firm","", "Three things Apple, Google and Meta changed in their privacy terms this year, and what it means for Quebec SMEs under Law 25."),
("h","fr","linkedin","cisss-gaspesie","", "Directrice des soins infirmiers, Chef de service et Conseillère cadre : trois postes sont affichés au CISSS de la Gaspésie. Postulez sur Santé Québec Emplois."),
("h","en","linkedin","barreau-qc","", "Prime Minister Mark Carney and Mayor Soraya Martinez Ferrada both attended the opening of the new Montréal courthouse annex."),
("h","fr","linkedin","law-firm","", "Notre cabinet offre maintenant des consultations en espagnol, en arabe, en mandarin et en pendjabi à nos bureaux de Laval, Longueuil et Gatineau. Rendez-vous avec [[P:Soraya Belhadj]] au [[T:450 555-0107]]."),
]
# ---- (i) mixed French/English posts
POSTS += [
("i","fr","facebook","rseq-monteregie","", "Ok la gang, practice is cancelled ce soir, le gym est booké pour les élections. [[P:Siobhan]] va texter les parents. See you jeudi!"),
("i","en","facebook","law-firm","", "So my paralegal [[P:Véronique]] just told me « c'est pas grave » after the e-filing crashed for the third time. Love her. Back to work on the [[P:Bélanger-Nadeau]] file 😅"),
("i","fr","facebook","cisss-gaspesie","CIN", "Quelqu'un peut checker si le NAM de [[P:Mme Conceição]] c'est bien [[R:rebc65622819]]? Le système dit invalid card, je sais pas si c'est moi."),
("i","en","instagram","rseq-monteregie","", "Best weekend ever à Tremblant avec @[[P:yufei.li]] 🏂 on a fait toutes les pistes noires! #MontTremblant #SnowboardLife"),
("i","fr","facebook","shelter","", "Merci à [[P:Ngozi]] pour le workshop on budgeting, super utile. Next session is online via Zoom, lien dans l'infolettre."),
("i","en","linkedin","law-firm","", "Super fier de mon équipe! We closed the [[P:Nguyen]] acquisition today. Merci [[P:Me Karim Benali]], [[P:Linh]] and [[P:Ornella]] for the long nights."),
("i","fr","facebook","cisss-gaspesie","", "Petit reminder : la clinique de vaccination est au Centre communautaire de Grande-Rivière, mardi 9 h à 16 h. Bring your RAMQ card!"),
("i","en","facebook","shelter","", "Looking for a roommate, 4½ sur [[A:6120 rue Chambord]], Rosemont, [[Z:h2g 3b8]]. 750 $ chauffé éclairé. Écrivez à [[E:marisol.q.roommates@example.com]]"),
("i","fr","facebook","rseq-monteregie","", "Félicitations à [[P:Kateri]] pour son MVP! Honestly elle le méritait, 24 points pis 11 rebonds. Go Titans go!"),
("i","en","facebook","cisss-gaspesie","", "Quick question pour les RTF: do we need written consent to post a photo of the backyard if no kids are in it? Asking for a colleague."),
("i","fr","facebook","law-firm","", "Mon SIN c'est [[S:418 609 137]], je le mets ici juste pour que [[P:Declan]] le copie dans le form, je delete après. Merci bro."),
("i","en","facebook","rseq-monteregie","", "Reminder that the tournoi régional starts at 8h sharp. [[P:Walid]] et [[P:Huy]], vous êtes en charge du check-in. Order of games posted on TeamSnap."),
("i","fr","facebook","cisss-gaspesie","", "Pour celles qui ont demandé: ma fille [[P:Léa-Rose]] est née le [[B:2019-08-23]], so she'll be in maternelle next fall. Je cherche une garderie à Bonaventure."),
("i","en","instagram","shelter","", "Soirée de filles 💃 at Le Plateau with @[[P:nadege.ex]] @[[P:ines.bou]] — ça faisait longtemps! #GirlsNight #MTL #Friday"),
("i","fr","facebook","rseq-monteregie","", "Le score final 78-64, what a game! [[P:Jun]] a fini avec 31 pts. On joue contre Brossard le 12 décembre à 19h30."),
("i","en","facebook","law-firm","", "Got my carte d'assurance maladie renewed, number format changed? It now reads [[R:AMAF-8751-1507]] with dashes on the app. Weird."),
("i","fr","linkedin","barreau-qc","", "Très heureuse d'avoir présenté au Legal Innovation Summit à Toronto. Thanks to [[P:Priyanka]] and [[P:Tomás]] for the invite, et merci au Jeune Barreau de Montréal pour le soutien."),
("i","en","facebook","rseq-monteregie","", "Parents, the bus leaves de l'école Louis-Riel at 6:45. Lunch not provided, bring un lunch froid. Questions → [[P:Mme Diallo]], [[T:450 555–0114]]."),
("i","fr","facebook","shelter","", "Cherche bénévoles bilingues pour la friperie, shifts de 3h, les samedis. No experience needed! Contactez [[P:Maude-Aline]]."),
("i","en","facebook","cisss-gaspesie","", "Mon chum [[P:Rosaire]] turns 60 today! Né le [[B:2 décembre 1966]] à Murdochville, still the best cook on the coast. Bonne fête mon amour ❤️"),
("i","fr","facebook","law-firm","", "Le client a envoyé sa facture no 4417-2209-88 et son numéro de commande #112-4478-9920, mais pas le contrat. Can someone follow up?"),
("i","en","facebook","rseq-monteregie","", "Tryouts for the U15 squad: samedi 10 h, aréna Gilles-Chabot. Shin pads obligatoires. Coach [[P:Ciarán O'Neill]] will run the session."),
]
# ---- (j) one-line replies addressing someone by first name
POSTS += [
("j","fr","facebook","rseq-monteregie","", "merci [[P:nadia]]!"),
("j","en","facebook","law-firm","", "Good call, [[P:Tremaine]]."),
("j","en","facebook","rseq-monteregie","", "lol [[P:bridget]] you're the best"),
("j","fr","facebook","shelter","", "Tellement vrai [[P:Ghislaine]] 👏"),
("j","en","linkedin","law-firm","", "Well said, [[P:Oluwaseun]]. Couldn't agree more."),
("j","fr","facebook","cisss-gaspesie","", "[[P:Ti-Jos]] t'es ben drôle 😂"),
("j","en","instagram","rseq-monteregie","", "omg [[P:hien]] this is gorgeous 😍"),
("j","fr","facebook","rseq-monteregie","", "ok [[P:marc-antoine]] je te texte ce soir"),
("j","en","facebook","shelter","", "Thank you so much, [[P:Mrs. Abenaki-Lorne]]!"),
("j","en","facebook","rseq-monteregie","", "Congrats to your boy, [[P:Rory]]!"),
("j","fr","linkedin","barreau-qc","", "Bravo [[P:Me Tahiri]], bien mérité!"),
("j","en","facebook","cisss-gaspesie","", "Same here, thanks for sharing."),
("j","fr","facebook","rseq-monteregie","", "Hahaha [[P:Josée]] t'as raison"),
("j","en","facebook","law-firm","", "Noted, [[P:Anjali]] — will send by EOD."),
("j","en","instagram","rseq-monteregie","", "[[P:will]] you coming saturday?"),
("j","fr","facebook","cisss-gaspesie","", "Merci pour l'info, c'est apprécié."),
("j","en","facebook","shelter","", "Sending love, [[P:Pierre]] ❤️"),
("j","en","facebook","rseq-monteregie","", "[[P:Florence]] you nailed it today!!"),
("j","fr","facebook","rseq-monteregie","", "Bien dit [[P:Jhonatan]]"),
("j","en","linkedin","law-firm","", "Thanks [[P:Mark]], happy to connect."),
("j","en","facebook","cisss-gaspesie","", "Exactly what I was thinking, [[P:Aputi]]."),
("j","fr","facebook","shelter","", "Toujours là pour toi [[P:Wideline]] 💜"),
("j","en","facebook","rseq-monteregie","", "Agreed. Great game everyone."),
("j","en","instagram","rseq-monteregie","", "@[[P:paris.okonkwo]] told you so 😜"),
]
# ---- extra posts (mixed briefs), richer in rare entity types
POSTS += [
("a","en","facebook","cisss-gaspesie","CIN", "can someone send me [[P:dieunel]]'s health card again, i think its [[R:jead 8812 0419]] or [[R:JEAD88120419]] on the new card"),
("a","en","facebook","law-firm","", "hey [[P:tremaine walcott]] just confirmed, deposition is at 10 at the montreal courthouse, bring the binder"),
("a","fr","facebook","rseq-monteregie","", "la fete a [[P:kahente]] c'est samedi chez sa tante [[P:marie-josee]], cadeau de groupe 10 $ chaque, [[P:ilyes]] ramasse l'argent"),
("a","en","facebook","shelter","", "my sin is [[S:199 603 085]] for the daycare subsidy form, [[P:rania]] asked for it, deleting this after"),
("a","fr","facebook","rseq-monteregie","", "ma fille [[P:shanice]] est nee le [[B:12 avril 2012]] fac elle peut jouer en U15 cette annee, j'ai verifie avec [[P:ginette]]"),
("b","en","facebook","rseq-monteregie","", "Under-11 girls roster: [[P:Hope]], [[P:Summer]], [[P:Amani]], [[P:Nhi]], [[P:Qiaoling]], [[P:Uapukun]], [[P:Tsiorahkwisahawi]], [[P:Kwenayan]], [[P:Annie-Pitsiulak]], [[P:Valentina]], [[P:Inês]], [[P:Chiara]], [[P:Efua]], [[P:Navneet]], [[P:Orla]], [[P:Marie-Ève]]."),
("b","fr","facebook","cisss-gaspesie","CON", "Merci aux responsables des ressources de Matane et d'Amqui : [[P:Réginald]], [[P:Yvonne-Marie]], [[P:Saïd]], [[P:Duc]], [[P:Rong]], [[P:Ashini]], [[P:Minnie Bearskin]], [[P:Sarah-Eva]] et [[P:Koffi]]."),
("c","en","facebook","rseq-monteregie","", "MISSING DOG IN SAINT-BRUNO!!! BLACK LAB NAMED ROSIE. OWNERS [[P:MAUREEN]] AND [[P:PADRAIG O'DONNELL]], [[A:1420 MONTARVILLE STREET]]. CALL [[T:450-555-0181]] ANY TIME."),
("c","fr","facebook","cisss-gaspesie","", "PERDU : PORTEFEUILLE BRUN AU TIM HORTONS DE GASPÉ. CARTE SOLEIL AU NOM DE [[P:NGUYỄN THỊ LAN]]. RAPPORTEZ AU [[A:180, MONTÉE WAKEHAM]] OU [[T:418 555 0171]]."),
("c","en","facebook","shelter","", "URGENT: SCAM ALERT — SOMEONE IS USING THE NAME [[P:SUSAN MACPHERSON-LEDUC]] TO ASK FOR E-TRANSFERS. IT IS NOT HER. REPORT TO [[E:s.macpherson.leduc@example.net]]"),
("d","en","linkedin","law-firm","", "Congratulations to [[P:Kwabena Owusu-Ansah]], promoted to Associate General Counsel at CGI, and [[P:Aoife Gallagher]], now Vice President Legal at Hydro-Québec. Proud of my former students."),
("d","fr","linkedin","barreau-qc","", "Félicitations à [[P:Me Ishaan Varma]], Avocat associé chez BCF, et à [[P:Me Mahalia Célestin]], nommée Juge administrative au Tribunal administratif du logement."),
("e","en","instagram","rseq-monteregie","", "Sweet sixteen 🎂 for my girl @[[P:zoe.akinola]] born [[B:Dec 2, 2010]] — sixteen today!! #SweetSixteen #Montreal #DaughterLove"),
("e","fr","instagram","shelter","", "Vernissage ce soir à la Galerie Blanche 🖼️ avec @[[P:oksana.kravets]].art et @galerieblanchemtl #ArtMTL #Griffintown #[[P:Oksana]]"),
("f","fr","facebook","rseq-monteregie","", "Ben voyons [[P:Ti-Claude]], c'est ta femme qui conduit au tournoi de Victoriaville? 😂 [[P:Nono]] pis [[P:Tit-Pete]] embarquent avec nous autres."),
("f","fr","facebook","rseq-monteregie","DIS", "Grosse [[P:Lulu]] a raison, l'entraîneur adjoint [[P:Fortier]] c'est un vrai épais, y crie après les enfants de 9 ans."),
("g","en","facebook","shelter","", "Free firewood at [[A:77 Riverside Drive]], Saint-Lambert [[Z:j4p 1a9]]. Call [[P:Hugh]] at [[T:(450) 555‑0125]]."),
("g","en","facebook","cisss-gaspesie","", "Lost a ring at the Carleton pharmacy. If found please call [[P:Grace Bujold]] [[T:418 555 0 1 4 4]] or email [[E:grace.bujold@example.com]]."),
("g","en","facebook","shelter","", "Our building at [[A:3450 Van Horne Ave]] has had no heat for 3 days. Landlord is [[P:Mr. Petrakis]], [[T:514.555.0103]]. Anyone know the TAL process?"),
("h","en","linkedin","law-firm","CC", "Settlement reached in [[F:500-22-276543-245]]. Our client, [[P:Ms. Nour Khalil]], will finally be reimbursed. Thanks to the Court of Québec for its diligence."),
("h","fr","linkedin","barreau-qc","CC", "Jugement rendu ce matin dans le dossier de mon client [[P:M. Jhon Freddy Cárdenas]] ([[F:505-17-098765-242]]). La Cour supérieure lui donne raison sur toute la ligne."),
("h","en","linkedin","cisss-gaspesie","CHI", "Foster update: [[P:Tayen]] (9) from Listuguj has been with our family since March under a DPJ placement. He loves Mario Kart and the Gaspé Peninsula beaches."),
("h","fr","linkedin","cisss-gaspesie","CHI", "La petite [[P:Maïka]], 6 ans, placée chez nous à New Richmond par la DPJ, a fait sa première rentrée. Ses parents, [[P:Kevin Caplan]] et [[P:Julie Barriault]], n'étaient pas là."),
("h","en","linkedin","law-firm","", "Reminder: Quebec court file numbers (e.g. 500-17-xxxxxx-yyy) are public on the Plumitif, but that doesn't make posting a client's file number a good idea."),
("i","fr","facebook","cisss-gaspesie","CIN", "Le formulaire demande le NAS de la ressource : [[S:346-281-942]]. Pis la carte de crédit pour le dépôt : [[C:4426 8465 6321 2236]], exp 04/28. Can someone enter it?"),
("i","en","facebook","shelter","SUR LOC", "Just saw [[P:Yolanda]] at the Maxi in Sainte-Anne-des-Monts, she's staying with her sister on [[A:12 rue des Pionniers]] since leaving [[P:Derek]]. So glad she's safe!"),
("i","fr","facebook","shelter","PRI", "Le groupe de soutien du mardi déménage au sous-sol de l'église, [[A:250, boulevard Perron Est]], 19 h. Ask [[P:Josiane]] for the door code."),
("i","en","facebook","rseq-monteregie","", "Registration form says NAM: [[R:OKAS 1052 2718]], date de naissance [[B:2010-05-27]]. [[P:Samuel Okafor]], U17 boys. Is that right, coach?"),
("j","en","facebook","rseq-monteregie","", "haha thanks [[P:grace]]!"),
("j","fr","facebook","law-firm","", "Merci [[P:Me Lapointe-Ouellet]] pour le partage."),
("j","en","facebook","shelter","", "You're a star, [[P:Rose]] ⭐"),
("j","fr","instagram","rseq-monteregie","", "t'es malade big [[P:mo]] 🔥🔥"),
("j","en","linkedin","law-firm","", "Congrats [[P:Priyanka]]! Well deserved."),
("j","fr","facebook","cisss-gaspesie","", "Oui [[P:Guylaine]], je serai là à 9 h."),
("j","en","facebook","rseq-monteregie","", "@[[P:declan_m]] see you at practice"),
("i","en","facebook","law-firm","LEG", "[[P:Fatima]] asked in the comments si son propriétaire peut garder son dépôt. Short answer: no, under art. 1904 C.c.Q. a landlord can't demand a deposit. Send him a mise en demeure."),
("g","en","facebook","shelter","", "Happy 90th to our neighbour [[P:Mrs. Teresa Amaral]] on [[A:45 Prince Arthur St W]]! She was born [[B:December 2, 1936]] in the Azores. Drop a card in her mailbox 💐"),
("h","en","linkedin","cisss-gaspesie","", "Meeting notes from the Gaspé–Îles-de-la-Madeleine health network: next session April 14 at 10:00, room B-214, on Zoom, agenda item 4.2 (budget 2027–28)."),
("c","en","facebook","cisss-gaspesie","", "ALERT: WALLET FOUND ON BEACH ROAD IN PASPÉBIAC. SIN CARD INSIDE ENDING IN 9 — OWNER [[P:RAJESH PATEL-GAUTHIER]], PLEASE MESSAGE ME."),
("d","fr","linkedin","law-firm","", "Fière de ma collègue [[P:Ana Lúcia Medeiros]], nouvelle Directrice des affaires juridiques chez Cirque du Soleil. Écrivez-lui pour la féliciter : [[E:analucia.medeiros@example.com]]"),
("e","en","instagram","rseq-monteregie","", "Big win for the Dragons 🐉 thanks @coach[[P:brennan]] and @[[P:ti_jean_beaulieu]] #GoDragons #StBruno #HockeyMom @hockeyquebec"),
("f","fr","facebook","rseq-monteregie","HAR", "Si [[P:Ti-Kev]] pis son père reviennent à l'aréna, je publie leur adresse, [[A:88 rue des Cèdres]], pis tout le monde va savoir."),
("a","fr","facebook","cisss-gaspesie","", "quelqu'un connait [[P:roxanne ste-croix]]? elle a laisse son numero [[T:418.555.0109]] pour le covoiturage vers rimouski"),
("g","en","facebook","shelter","", "Rent receipts: we need the tenant's date of birth and SIN for the credit check, so I filled in [[B:11/03/1991]] and [[S:319 935 185]] for [[P:Aminata]] — please confirm before I send."),
]
# ---- number look-alikes that are not entities (plus a few real ones beside them)
POSTS += [
("g","en","facebook","shelter","", "Package update: tracking 1Z 999 AA1 01 2345 6784, confirmation no. 123 456 789, order placed 2026-11-28. Still nothing at the door. Canada Post claim #7731-0045-2219-88."),
("h","fr","linkedin","law-firm","", "Rappel administratif : le NEQ du cabinet est le 1171234567, notre numéro de TPS 123456789 RT0001 et la référence de la demande 2026-QC-00417. Rien de confidentiel ici."),
("i","en","facebook","rseq-monteregie","", "Final standings: Titans 12-3-1, Cougars 10-5-1. Next game Jan 9, 7:30 pm, gym B. Ref assignment #A-4471 goes to [[P:Mr. Lachance-Sioui]]."),
("g","en","facebook","cisss-gaspesie","", "For the carpool spreadsheet: [[P:Anh Thư Lê]], [[A:1184 route du Parc]], Cap-Chat, [[Z:G0J 1E0]], cell [[T:418 555 01 57]], work [[T:418-555-0158]] poste 2231."),
]


if __name__ == "__main__":
    main()
