#!/usr/bin/env python3
"""Marker source for the blind PII set pii-1 (Garde-fou).

Each post is written once, with inline markers [[TYPE:text]]; this script strips the markers,
computes Python-str offsets, asserts text[start:end] == entity text, checks the formats
(Luhn for SIN/cards, 555 exchange for phones, RAMQ shape, court-number shape), and writes
corpus.jsonl (UTF-8, ensure_ascii=False).

Run:  python3 make_corpus.py
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

ENT = {
    "P": "PERSON", "EMAIL": "EMAIL_ADDRESS", "PHONE": "PHONE_NUMBER", "SIN": "CA_SIN",
    "RAMQ": "CA_QC_HEALTH_NUMBER", "POSTAL": "CA_POSTAL_CODE", "ADDR": "STREET_ADDRESS",
    "DOB": "DATE_OF_BIRTH", "COURT": "QC_COURT_FILE_NUMBER", "CARD": "CREDIT_CARD",
}
RULE = {
    "CONF": "CLIENT_CONFIDENTIALITY", "LOC": "LOCATION_DISCLOSURE", "DISP": "DISPARAGEMENT",
    "ADV": "MISLEADING_ADVERTISING", "LEGAL": "PERSONALIZED_LEGAL_ADVICE",
    "TEST": "TESTIMONIAL_SOLICITATION", "SURV": "SURVIVOR_IDENTIFICATION",
    "EVENT": "PRIVATE_EVENT_DISCLOSURE", "CHILD": "CHILD_PROTECTION_IDENTIFICATION",
    "CONSENT": "CONSENT_REQUIRED", "HARASS": "HARASSMENT", "INFO": "CONFIDENTIAL_INFORMATION",
}
PACK = {"bq": "barreau-qc", "lf": "law-firm", "rs": "rseq-monteregie", "sh": "shelter",
        "cg": "cisss-gaspesie"}
PACK_RULES = {
    "barreau-qc": {"CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE", "DISPARAGEMENT",
                   "MISLEADING_ADVERTISING", "PERSONALIZED_LEGAL_ADVICE", "TESTIMONIAL_SOLICITATION"},
    "law-firm": {"CLIENT_CONFIDENTIALITY", "DISPARAGEMENT", "PERSONALIZED_LEGAL_ADVICE"},
    "rseq-monteregie": {"DISPARAGEMENT", "HARASSMENT"},
    "shelter": {"SURVIVOR_IDENTIFICATION", "LOCATION_DISCLOSURE", "PRIVATE_EVENT_DISCLOSURE",
                "CONSENT_REQUIRED"},
    "cisss-gaspesie": {"CHILD_PROTECTION_IDENTIFICATION", "CONSENT_REQUIRED",
                       "CONFIDENTIAL_INFORMATION", "DISPARAGEMENT", "HARASSMENT"},
}
PLAT = {"fb": "facebook", "li": "linkedin", "ig": "instagram"}

BRIEFS = {
    "lowercase-texting": "fast phone typing, everything in lower case, few accents, names typed lower case",
    "caps-alert": "urgent notice or rant partly or wholly in CAPITALS, names inside the capitals",
    "nickname-gossip": "small-town gossip and team chatter with nicknames (Ti-Jean, la grande Jo, Ti-Guy) and first names alone",
    "community-names-no-cue": "names from communities living in Quebec (Irish, Haitian, Arab, Vietnamese, Chinese, Innu, Atikamekw, Mohawk, Latin-American, Portuguese, Italian, West-African, South-Asian) dropped with no cue word",
    "handles-and-emails": "@mentions, handles built from names, e-mail addresses, tags",
    "capitalised-non-names": "many capitalised words that are not private names: places, regions, islands, languages, brands, games, titles, legal abbreviations, capitalised common words; often no entity at all",
    "messy-contact-details": "phones with en dashes, dots, spaces, spaced-out digits, +1 forms; French and English addresses; postal codes in odd forms",
    "ids-numbers-and-lookalikes": "RAMQ, SIN, court files, birth dates in many forms, next to numbers that are not entities (invoices, jerseys, prices, years, door codes)",
    "polished-linkedin": "polished professional post, long, titles and organisations capitalised",
    "instagram-caption": "short caption with hashtags and emoji",
    "long-vent": "long emotional post (~1,000-1,500 characters) mixing many details",
    "one-line-reply": "one-line reply in a comment thread",
    "joual-typos": "Quebec colloquial French (joual) or sloppy English with typos and missing accents",
    "public-figures-and-named-places": "public figures named neutrally, streets, parks, schools and arenas named after people, next to private persons",
}

POSTS = []


def P(lang, plat, pol, rules, brief, text):
    POSTS.append((lang, plat, pol, rules, brief, text))


MARK = re.compile(r"\[\[([A-Z]+):(.+?)\]\]", re.S)


def strip_markers(src):
    out, ents, pos = [], [], 0
    for m in MARK.finditer(src):
        out.append(src[pos:m.start()])
        start = sum(len(x) for x in out)
        typ, val = m.group(1), m.group(2)
        assert typ in ENT, f"unknown entity marker {typ} in {src[:60]!r}"
        out.append(val)
        ents.append({"type": ENT[typ], "start": start, "end": start + len(val), "text": val})
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, f"stray marker in {text[:80]!r}"
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], e
    return text, ents


def luhn(s):
    t = 0
    for i, c in enumerate(reversed(s)):
        x = int(c)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def check_entity(e, where):
    t, v = e["type"], e["text"]
    d = re.sub(r"\D", "", v)
    assert v == v.strip(), (where, v)
    if t == "CA_SIN":
        assert len(d) == 9 and d[0] not in "08" and luhn(d), (where, v)
    elif t == "CREDIT_CARD":
        assert 13 <= len(d) <= 19 and luhn(d), (where, v)
    elif t == "PHONE_NUMBER":
        if len(d) == 11:
            assert d[0] == "1", (where, v)
            d = d[1:]
        assert len(d) == 10 and d[3:6] == "555", (where, v)
    elif t == "CA_QC_HEALTH_NUMBER":
        a = re.sub(r"[^A-Za-z0-9]", "", v)
        assert re.fullmatch(r"[A-Za-z]{4}\d{8}", a), (where, v)
    elif t == "QC_COURT_FILE_NUMBER":
        assert len(d) == 14, (where, v)
    elif t == "CA_POSTAL_CODE":
        a = re.sub(r"[^A-Za-z0-9]", "", v)
        assert re.fullmatch(r"[A-Za-z]\d[A-Za-z]\d[A-Za-z]\d", a), (where, v)
    elif t == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", v), (where, v)
    elif t == "STREET_ADDRESS":
        assert re.match(r"\d", v) or re.search(r"\d", v), (where, v)


# --- posts -----------------------------------------------------------------------------------
# P(lang, platform, pack, "RULE RULE", brief, text-with-markers)
# ===== batch 1: French =====
P("fr", "fb", "cg", "CHILD", "lowercase-texting", """
ok fait que le petit a [[P:huguette]] est encore revenu en famille d'accueil a matane hier soir, la dpj l'a replacé chez nous pour 3 semaines. il a 9 ans pis il dort pas. si qqn a des conseils pour les nuits, [[P:marc-andre cote]] m'a dit d'essayer la lampe veilleuse mais ça marche pas
""")
P("fr", "fb", "rs", "DISP", "lowercase-texting", """
franchement [[P:jo tremblay]] comme arbitre samedi a la polyvalente de chambly c'etait une joke. 3 penalites sur nos gars pis rien sur les autres. retourne a l'ecole mon [[P:jo]]
""")
P("fr", "fb", "cg", "CONSENT", "caps-alert", """
URGENT!!! LA RESSOURCE DE [[P:GINETTE LAVOIE]] A SAINTE-ANNE-DES-MONTS CHERCHE UNE REMPLAÇANTE POUR LA FIN DE SEMAINE. APPELEZ-MOI AU [[PHONE:418–555–0173]] AVANT 17H. MERCI GASPÉSIE ❤️
""")
P("fr", "fb", "rs", "", "nickname-gossip", """
Big game à soir au centre sportif de Saint-Hubert 🏀 [[P:Ti-Jean]] revient de sa blessure pis la grande [[P:Jo]] va être au centre. Venez crier fort, les Rebelles ont besoin de vous!
""")
P("fr", "fb", "rs", "DISP HARASS", "nickname-gossip", """
Y paraît que [[P:Ti-Guy]] le coach des cadets a pogné les nerfs dans le vestiaire pis qu'il a lancé une chaise. Tout le monde le sait à Granby, c'est pas la première fois. Partagez pour que les parents sachent c'est qui 😡
""")
P("fr", "ig", "sh", "CONSENT", "community-names-no-cue", """
Merci à toute l'équipe de jour 💜 [[P:Nadège Pierre-Louis]], [[P:Yasmina Benali]] et [[P:Thi Lan Nguyen]] ont repeint la salle commune en un samedi. Photo de groupe ci-dessous!
""")
P("fr", "fb", "cg", "", "capitalised-non-names", """
Rappel pour les RTF de la MRC de la Haute-Gaspésie : la formation sur la L.P.J. et le C.c.Q. est reportée au printemps. La Directrice générale adjointe confirmera la date. Santé, Sécurité et Bien-être restent les trois thèmes. Bonne semaine à Gaspé, Cap-Chat et aux Îles-de-la-Madeleine!
""")
P("fr", "li", "bq", "", "capitalised-non-names", """
Justice, Équité, Accès : trois mots qui guideront notre colloque annuel à Laval. Inscription ouverte aux membres du Barreau de Laurentides-Lanaudière et de Montréal. Conférence d'ouverture sur l'art. 2858 C.c.Q. et la preuve numérique. Au plaisir de vous y voir!
""")
P("fr", "fb", "sh", "", "capitalised-non-names", """
Nos ateliers reprennent en septembre! Offerts en français, en anglais, en créole, en espagnol et maintenant en arabe. Merci à Jean Coutu et au IGA du coin pour les dons de produits d'hygiène 🙏
""")
P("fr", "fb", "bq", "CONF LOC", "messy-contact-details", """
Client rencontré ce matin au [[ADDR:1234, rue Principale]] à Saint-Jérôme pour son dossier de garde. Si jamais [[P:M. Olivier Gauthier]] voit ça : vos documents sont prêts, rappelez au [[PHONE:450.555.0138]].
""")
P("fr", "fb", "cg", "CHILD", "ids-numbers-and-lookalikes", """
Besoin d'aide : [[P:Maëlle]], née le [[DOB:3 mars 2016]], arrive chez nous en RTF lundi. Sa carte d'assurance maladie ([[RAMQ:BOUM 6603 0312]]) est restée chez sa mère à Gaspé. Quelqu'un peut aller la chercher?
""")
P("fr", "fb", "lf", "CONF", "ids-numbers-and-lookalikes", """
Dossier [[COURT:500-17-012345-231]] : audition remise au 14 novembre 2025. Je le note ici pour [[P:Me Karine Ouellet]] qui n'a pas accès au portail. Le client, [[P:Denis Bergeron]], est au courant.
""")
P("fr", "fb", "rs", "", "public-figures-and-named-places", """
Photo souvenir : nos juniors devant le Centre Bell avant le match du Canadien. Nick Suzuki a même salué de la main 😍 Merci à [[P:Mélanie]] pour les billets! Départ du bus à 16 h, coin Papineau et Sherbrooke.
""")
P("fr", "fb", "rs", "DISP", "joual-typos", """
cte gang la de [[P:Kevin Lalonde]] pis [[P:Steve Bolduc]], des parents de hockey mineur qui crie apres des kids de 12 ans... vous etes pathetiques les gars, allez vous calmer au Tim Hortons
""")
P("fr", "ig", "sh", "", "instagram-caption", """
Marche du 6 décembre à Rimouski 🕯️ Merci à toutes celles qui étaient là. #PlusJamais #Polytechnique #Rimouski #ViolenceFaiteAuxFemmes
""")
P("fr", "fb", "cg", "DISP CONSENT", "community-names-no-cue", """
J'en reviens pas de l'intervenante qu'on nous a envoyée cette semaine. [[P:Mme Chantal Wabanonik]] est arrivée en retard trois fois, elle ne connaît rien aux jeunes. Le CISSS nous prend pour des valises.
""")
P("fr", "fb", "lf", "LEGAL", "one-line-reply", """
@[[P:lea_bouchard]] dans ton cas, envoie une mise en demeure avant le 30, sinon tu perds ton recours contre le proprio.
""")
P("fr", "ig", "rs", "", "one-line-reply", """
Bravo [[P:Mathis]]!! 🥇 T'as tout donné en finale
""")
P("fr", "ig", "rs", "", "handles-and-emails", """
Nouvelle recrue chez les Faucons 🦅 Bienvenue @[[P:sophie.gagnon]] et @[[P:marcandre.cote]]! On se voit à l'entraînement mardi, gymnase de l'école Jacques-Rousseau.
""")
P("fr", "fb", "bq", "TEST", "handles-and-emails", """
Vous avez été satisfaits de nos services? Laissez-nous 5 étoiles sur Google! 🌟 Questions : [[EMAIL:julie.roy@cabinetroy-avocats.ca]] ou [[PHONE:+1 819 555 0147]].
""")
P("fr", "fb", "sh", "SURV LOC", "long-vent", """
Je sais pas si j'ai le droit d'écrire ça ici mais j'ai besoin que ça sorte. Ça fait 4 mois que [[P:Rosalie]] est arrivée à la maison avec ses deux petits, en plein milieu de la nuit, avec juste un sac d'épicerie de Canadian Tire plein de vêtements. Elle venait de [[ADDR:45, rue des Érables]] à Mont-Laurier, son chum l'avait enfermée dehors en janvier. Aujourd'hui elle a signé le bail de son nouvel appart et elle a pleuré dans mes bras. Les enfants ont fait un dessin pour toute l'équipe. Je suis tellement fière d'elle. C'est pour ces moments-là que je fais ce travail, même quand c'est dur, même quand on manque de tout, même quand le téléphone sonne à 3 h du matin. Merci à [[P:Lucie]] qui a fait la nuit avec moi cette fois-là. ❤️
""")
P("fr", "li", "lf", "", "polished-linkedin", """
Fière d'annoncer que je me joins à l'équipe de Montréal à titre de Senior Associate, groupe Litige commercial. Merci à mes mentors des dernières années et à toute l'équipe de Québec. Au plaisir de poursuivre le travail avec vous!

[[P:Amélie Vo-Dang]], avocate
[[EMAIL:avodang@cabinet-exemple.ca]]
""")
P("fr", "fb", "cg", "", "capitalised-non-names", """
Quelqu'un sait si le Jean Coutu de Sainte-Anne-des-Monts est ouvert le 24 juin? Pis le Canadian Tire de Gaspé? Merci d'avance!
""")
P("fr", "fb", "rs", "", "capitalised-non-names", """
Tournoi de Fortnite et de Minecraft au Cégep Édouard-Montpetit vendredi soir 🎮 Les profs d'éducation physique vont être là aussi. Entrée libre, pizza offerte par Pizza Salvatoré.
""")
P("fr", "fb", "sh", "EVENT", "nickname-gossip", """
Rappel aux filles du groupe du mardi : on se voit à 19 h, même place, sous-sol de l'église Sainte-Rose. [[P:Ti-Lou]] apporte le café, [[P:Dédé]] les biscuits. Personne d'autre ne doit savoir l'adresse svp.
""")
P("fr", "fb", "cg", "CHILD", "caps-alert", """
ALERTE : SI VOUS VOYEZ [[P:JAYDEN PAUL-ÉMILE]], 12 ANS, PLACÉ EN FAMILLE D'ACCUEIL À NEW RICHMOND, APPELEZ LE [[PHONE:581 555 0122]]. IL EST PARTI À PIED VERS CARLETON-SUR-MER.
""")
P("fr", "fb", "rs", "HARASS", "joual-typos", """
Si [[P:Wilfried Kouassi]] remet les pieds su'l terrain de Boucherville samedi, y va en manger une. Je niaise pas. Son numéro c'est le [[PHONE:5 1 4 5 5 5 0 1 8 4]] si vous voulez lui dire ce que vous en pensez.
""")
P("fr", "li", "bq", "ADV", "polished-linkedin", """
Divorce? Garde d'enfants? Avec notre équipe, c'est GAGNÉ D'AVANCE ou remboursé! 💯 Cliquez ici, vous ne croirez pas ce que le Code civil vous permet. Cabinet situé au [[ADDR:2100, boulevard Curé-Labelle]], Laval, [[POSTAL:H7T 1R3]].
""")
P("fr", "fb", "sh", "", "public-figures-and-named-places", """
Collecte de fonds au parc Jean-Drapeau dimanche! Départ de la course à 10 h près du pont Jacques-Cartier. Céline Dion a partagé notre affiche, on n'en revient pas 😭 Info : [[P:Chloé Gendreau-Ashini]], [[PHONE:514 555 0170]].
""")
P("fr", "fb", "cg", "INFO", "ids-numbers-and-lookalikes", """
Pour les collègues de l'unité de Maria (Baie-des-Chaleurs) : le code de porte a changé, c'est 4512#. Facture no 2024-00871 payée par le CISSS. Pas de lien avec la tarification de 1 299,99 $ dont on parlait.
""")
P("fr", "fb", "lf", "CONF", "community-names-no-cue", """
Grosse journée au palais de justice de Longueuil. [[P:Mohammed Al-Khatib]] a finalement eu gain de cause contre son ancien employeur, 18 mois de procédures. [[P:Fatou Diallo]] et moi on célèbre ça ce soir!
""")
P("fr", "fb", "rs", "", "community-names-no-cue", """
Félicitations à [[P:Kateri Jacobs]] de Kahnawake, [[P:Noé Ottawa]] de Manawan et [[P:Shanice Bellefleur]] d'Uashat, sélectionnées pour les Jeux du Québec en athlétisme! 🏃‍♀️
""")
P("fr", "fb", "bq", "LEGAL", "one-line-reply", """
[[P:nathalie]] dans ta situation la clause de non-concurrence est probablement nulle, signe rien pis conteste.
""")
P("fr", "ig", "sh", "", "instagram-caption", """
Nouvelle murale dans la cour 🎨 Espoir, Courage, Liberté. #Hope #MaisonDHébergement #Outaouais
""")
P("fr", "fb", "cg", "CONSENT", "lowercase-texting", """
merci a [[P:sylvie bernatchez]] pis a [[P:raymond]] du cisss pour leur aide avec le dossier de la ressource cette semaine, vous etes des anges 👼 photo du party de noel en commentaire
""")
P("fr", "fb", "rs", "DISP", "caps-alert", """
L'ENTRAÎNEUR [[P:DANIEL FORTIN]] EST LE PIRE COACH DE LA LIGUE. POINT FINAL. DEMANDEZ À N'IMPORTE QUEL PARENT DE L'ÉCOLE MGR-A.-M.-PARENT.
""")
P("fr", "li", "lf", "", "ids-numbers-and-lookalikes", """
Petit rappel fiscal : les feuillets T4 et Relevé 1 doivent être remis avant le 28 février 2026. Le formulaire TP-1015.3 se trouve sur le site de Revenu Québec. Rien de personnel, juste du général!
""")
P("fr", "fb", "cg", "CHILD", "nickname-gossip", """
On a reçu la petite de [[P:Manon Thibodeau]] pis [[P:Ti-Pit Leblanc]] hier, placée par la DPJ. Six ans, Chandler. Elle parle pas encore beaucoup mais elle a ri au souper 🥹
""")
# ===== batch 2: English =====
P("en", "fb", "lf", "CONF", "lowercase-texting", """
just left court w/ [[P:declan o'brien]], his landlord case finally settled. 2 yrs of this lol. drinks on me at the pub on st-laurent tonight
""")
P("en", "fb", "rs", "DISP", "lowercase-texting", """
ngl the ref tonight was a clown. [[P:ryan mcgill]] you should be embarrassed, my 11 yo calls better offside than you
""")
P("en", "fb", "cg", "CHILD", "caps-alert", """
PLEASE SHARE!!! [[P:TYLER KANE-DEER]] (14) DID NOT COME BACK TO HIS FOSTER HOME IN GASPÉ LAST NIGHT. LAST SEEN AT THE TIM HORTONS ON MONTÉE WAKEHAM. CALL [[PHONE:418-555-0190]]
""")
P("en", "ig", "rs", "", "nickname-gossip", """
Huge W for the Royals 🏒 Big [[P:Sully]] had two goals and [[P:Mikey]] stopped 31 shots. [[P:Paddy]] says pizza's on him if we make the final in Brossard!
""")
P("en", "fb", "rs", "", "nickname-gossip", """
Heard [[P:Ti-Guy]] is finally retiring from reffing after 30 years 😢 the Saint-Lambert arena won't be the same. legend.
""")
P("en", "ig", "sh", "CONSENT", "community-names-no-cue", """
So grateful for our volunteers this week 💛 [[P:Siobhan Kelly]], [[P:Guerline Saint-Fleur]], [[P:Huong Tran]] and [[P:Aaliyah Haddad]] sorted three tons of donations. Pic from the basement 📸
""")
P("en", "fb", "cg", "", "capitalised-non-names", """
Reminder for foster families in the Gaspé region: interpreters are available in Portuguese, Tagalog, Vietnamese, Spanish and Mohawk. Ask your Senior Advisor or the Director of Youth Protection office. Sessions held in Gaspé, Chandler and on the Magdalen Islands.
""")
P("en", "li", "lf", "", "capitalised-non-names", """
Hope everyone had a restful break. Grace under pressure is what litigation asks of us daily. Thrilled to start 2026 as Senior Associate in our Montreal Litigation group, with files in Laval, Mont-Tremblant and Quebec City. Onward!
""")
P("en", "fb", "rs", "", "capitalised-non-names", """
Fortnite night at the Saint-Bruno library is cancelled, Minecraft club still on Thursday. Snacks from Costco and Canadian Tire gift cards for the winners 🎮 Ask [[P:Connor]] at the front desk.
""")
P("en", "fb", "lf", "CONF", "messy-contact-details", """
Moving day for a client who just won her eviction appeal: new place is [[ADDR:1200 des Forges Boulevard]], Trois-Rivières [[POSTAL:G8Z 1V1]]. Helpers welcome, text me at [[PHONE:819–555–0161]].
""")
P("en", "fb", "sh", "SURV LOC", "messy-contact-details", """
If anyone sees a grey Silverado parked near [[ADDR:45 Maple Street]] in Huntingdon again, please call us at [[PHONE:(450) 555-0102]] right away. One of our residents used to live there and he's been driving by.
""")
P("en", "fb", "bq", "CONF", "ids-numbers-and-lookalikes", """
Hearing in [[COURT:500-04-023456-221]] moved to March 3, 2026. [[P:Mr. Walsh]] please confirm you got my email. Invoice #INV-44871 is separate, don't pay it twice.
""")
P("en", "fb", "cg", "CHILD", "ids-numbers-and-lookalikes", """
Need a ride to the clinic in Maria for our foster boy [[P:Liam]] (DOB [[DOB:2014-06-23]]), his health card is [[RAMQ:trem-1406-2319]]. Appointment at 9:40, room 112.
""")
P("en", "fb", "rs", "", "public-figures-and-named-places", """
Field trip! Our U13 team toured the Bell Centre and saw Cole Caufield's jersey #22 up close. Then lunch at Jean-Talon Market and a walk down Papineau Ave. What a day 🙌 Thanks Coach [[P:Danielle Ng]] for organizing!
""")
P("en", "fb", "lf", "", "public-figures-and-named-places", """
Worth reading: Justice Kasirer's reasons for the Supreme Court on contractual good faith. Premier Legault also commented on the ruling yesterday. Good discussion for our Thursday lunch-and-learn on René-Lévesque Blvd.
""")
P("en", "fb", "rs", "DISP HARASS", "joual-typos", """
evry1 knows [[P:brandon levesque]] cheats at every tournamnt, dont let him near ur kids team. spread the word b4 the regionals in Valleyfield
""")
P("en", "ig", "sh", "", "instagram-caption", """
Purple lights on the house tonight 💜 Hope, Healing, Home. #DVAwareness #Montreal #Hope
""")
P("en", "ig", "rs", "", "instagram-caption", """
Champs!!! 🏆 #GoRoyals #[[P:Jacob]]Strong #Chateauguay
""")
P("en", "fb", "cg", "CONSENT", "handles-and-emails", """
Shoutout to @[[P:kim.mcgrath]] and @[[P:d.okafor]]_93 from the CISSS team for the training on Monday! Slides at [[EMAIL:kim.mcgrath@cisss-exemple.ca]] if you missed them.
""")
P("en", "li", "bq", "TEST", "handles-and-emails", """
Clients: if we helped you with your condo dispute, we'd love a 5-star review on Google or LinkedIn! Message [[EMAIL:s.odonnell@firm-example.com]] and we'll send you the link.
""")
P("en", "fb", "lf", "LEGAL", "one-line-reply", """
[[P:Priya]], based on what you wrote, you have 3 years to sue him for the deposit. Don't sign the release.
""")
P("en", "ig", "rs", "", "one-line-reply", """
Congrats [[P:Ahmed]]!! 🔥
""")
P("en", "fb", "rs", "", "one-line-reply", """
[[P:Grace]] will be at practice Tuesday? Hope so, we need a goalie 😅
""")
P("en", "li", "lf", "", "polished-linkedin", """
After nine wonderful years at the Montreal office, I'm moving on to a new role as Director of Legal Operations in Toronto. Thank you to my mentors, my clients and especially my assistant [[P:Marisol Gutiérrez]], who kept the ship afloat through every trial. You can still reach me at [[EMAIL:j.tremblay_87@example.com]] 😄

[[P:Jonathan Tremblay]]
""")
P("en", "fb", "sh", "EVENT", "nickname-gossip", """
Ladies from Wednesday group: we're meeting at the community hall on Lakeshore Rd this week, 7 pm. [[P:Bunny]] is bringing the muffins. Please don't share the location outside the group.
""")
P("en", "fb", "cg", "DISP CONSENT", "community-names-no-cue", """
Honestly [[P:Giuseppe Rinaldi]] and [[P:Maria do Carmo Medeiros]] are the laziest caseworkers I've ever dealt with. Three weeks without a callback. CISSS, do better.
""")
P("en", "fb", "lf", "CONF", "community-names-no-cue", """
Big win in the Superior Court this morning for [[P:Nguyen Van Minh]] and [[P:Chen Xiaoling]], the co-owners of the dépanneur on Jarry. Three years fighting that lease. 🥂
""")
P("en", "ig", "rs", "", "community-names-no-cue", """
Shoutout to our MVPs this season: [[P:Tehoronhiathe Diabo]], [[P:Kwame Mensah]], [[P:Sofía Ramírez]] and [[P:Arjun Patel]] 🙌 See you all at the banquet.
""")
P("en", "fb", "cg", "CHILD INFO CONSENT", "long-vent", """
I need to vent and I don't know where else to do it. We've been a foster family in the Gaspé region for six years. Last month the agency placed a little boy with us, [[P:Noah]], seven years old, born [[DOB:January 14, 2019]]. His mom [[P:Crystal Metallic]] shows up at the school in Carleton every other day even though the court order says supervised visits only. Yesterday she came to our house at [[ADDR:212 Perron Boulevard West]] and banged on the door for twenty minutes while [[P:Noah]] hid in the bathroom. I called the worker, [[P:Ms. Lavigne]], three times, voicemail every time. Her direct line is [[PHONE:418 555 0133]] ext. 4 if anyone else has better luck. The internal incident report says "no immediate risk". NO IMMEDIATE RISK. I'm attaching the report so you can see for yourselves. I'm so tired. We love this kid. We just want him to feel safe for once. If you're a foster parent and you've been through this, please message me, I don't know what to do anymore.
""")
P("en", "fb", "bq", "DISP", "caps-alert", """
JUDGE OR NOT, [[P:HAROLD BRENNAN]] HAS NO BUSINESS TREATING OPPOSING COUNSEL LIKE THAT. WORST MEDIATOR IN LAVAL. I SAID WHAT I SAID.
""")
P("en", "fb", "rs", "DISP", "caps-alert", """
SHAME ON COACH [[P:TERRY MACDONALD]]!! BENCHING A 13 YEAR OLD FOR THE WHOLE GAME IN SOREL-TRACY. PATHETIC.
""")
P("en", "li", "lf", "", "messy-contact-details", """
Our Laval office is moving! New address from Jan 5: [[ADDR:3030 Le Carrefour Blvd, Suite 700]], Laval QC [[POSTAL:h7t2p5]]. Main line stays [[PHONE:+1-450-555-0100]].
""")
P("en", "ig", "cg", "CONSENT", "lowercase-texting", """
lunch w the best team in chandler 🥪 [[P:marie-pier]], [[P:jen]] and big [[P:tony]] 😂
""")
P("en", "fb", "sh", "", "capitalised-non-names", """
Our Hope Fund campaign ends Friday. Thanks to Metro, IGA, Jean Coutu and Tim Hortons in Sherbrooke for matching donations. The Executive Director will announce the total at the Town Hall. Cheques can be mailed to [[ADDR:90 Queen Street]], Sherbrooke [[POSTAL:J1M 1J5]].
""")
P("en", "fb", "bq", "LEGAL", "joual-typos", """
[[P:sandra]] ur ex cant just move to ontario with the kids without a court order, file an emergency motion tomorow at the courthouse on Notre-Dame, trust me ive done 100s of these
""")
P("en", "li", "lf", "", "ids-numbers-and-lookalikes", """
Quick tip: your 2025 T4 and RL-1 slips should be in by Feb 28. Box 14 vs box A is the usual mix-up. Flight AC 8765 back from Calgary landed at 23:05, sorry for the delay on the webinar recording!
""")
P("en", "fb", "rs", "HARASS", "handles-and-emails", """
@[[P:jess.thibault]]04 everyone's seen your stupid posts about our goalie. keep it up and we'll show up at your school. [[EMAIL:jess.thibault04@gmail.com]] is all over the group chat now 👀
""")
P("en", "fb", "cg", "", "public-figures-and-named-places", """
Ribbon cutting Saturday at the new wing of the Cégep de la Gaspésie et des Îles, named after Gérard-D.-Levesque. The Minister of Health and the Mayor of Gaspé will be there. Free hot dogs from Provigo! 🌭
""")
# ===== batch 3: French =====
P("fr", "fb", "cg", "CHILD", "lowercase-texting", """
qqn connait une bonne orthophoniste a gaspe? le petit [[P:kaiden]] qu'on a en famille d'accueil depuis juin a 5 ans pis y dit juste 20 mots. sa mere [[P:cindy boulay]] veut rien savoir
""")
P("fr", "fb", "rs", "", "lowercase-texting", """
merci [[P:stephane]] pour le lift ce matin pour le tournoi a saint-jean-sur-richelieu 🙏 les filles ont gagne 3 matchs sur 4
""")
P("fr", "fb", "bq", "CONF", "lowercase-texting", """
journee de fou au palais de st-jerome, ma cliente [[P:genevieve pelletier]] a enfin son jugement de divorce. 4 ans!! champagne ce soir
""")
P("fr", "fb", "lf", "DISP", "lowercase-texting", """
[[P:me beaulieu]] de l'autre bord etait encore en retard de 40 min ce matin, la juge a meme pas reagi. quel clown
""")
P("fr", "fb", "sh", "", "capitalised-non-names", """
Grâce à vous, la campagne Espoir a dépassé son objectif! Merci à Desjardins, à Hydro-Québec, au Provigo de Sainte-Agathe et à la MRC des Laurentides. La Présidente du conseil d'administration vous remercie.
""")
P("fr", "fb", "cg", "", "capitalised-non-names", """
Grace à la Fondation du CISSS, les familles d'accueil de la Baie-des-Chaleurs et de la Côte-de-Gaspé recevront un panier de Noël. Distribution au CLSC de Paspébiac et au CLSC de Grande-Vallée.
""")
P("fr", "li", "bq", "", "capitalised-non-names", """
Conférence « Protection de la jeunesse : la L.P.J. expliquée aux parents » le 21 janvier à l'Université Laval. Intervenants : Directrice de la protection de la jeunesse, Avocate principale, Conseiller juridique. Accréditée par le Barreau du Québec (1,5 h).
""")
P("fr", "ig", "rs", "", "instagram-caption", """
Jour de match 🏐 Go Titans go! #RSEQ #Montérégie #Longueuil #Volleyball
""")
P("fr", "fb", "rs", "", "capitalised-non-names", """
Les inscriptions pour le basket à l'école secondaire Jacques-Rousseau, à Mgr-Euclide-Théberge et à Pierre-Laporte ferment vendredi. Chandails rouges, numéros 4 à 15. Prix : 85 $ par athlète. Info : [[P:Mario Di Lorenzo]] au [[PHONE:450-555-0159]].
""")
P("fr", "fb", "cg", "CONSENT", "caps-alert", """
MERCI À [[P:MME JOCELYNE CYR]] ET À [[P:M. BERTRAND LANDRY]] DU CLSC DE CHANDLER POUR LEUR PATIENCE AVEC NOS JEUNES!!! 🙏 (PHOTO EN COMMENTAIRE)
""")
P("fr", "fb", "sh", "SURV", "caps-alert", """
JE VEUX QUE TOUT LE MONDE SACHE QUE [[P:SAMIRA EL-AMRANI]] A ENFIN QUITTÉ SON MARI VIOLENT ET QU'ELLE EST EN SÉCURITÉ CHEZ NOUS. TROP FIÈRE DE TOI MA BELLE.
""")
P("fr", "fb", "rs", "", "nickname-gossip", """
Souper spaghetti des Patriotes samedi 🍝 [[P:Ti-Mé]] fait sa sauce, [[P:Bouboule]] s'occupe du bar pis Gros [[P:Luc]] de la musique. Billets 25 $ au dépanneur.
""")
P("fr", "fb", "cg", "DISP CONSENT", "nickname-gossip", """
Tsé quand ta travailleuse sociale s'appelle [[P:Madame Bourque]] pis que tout le monde au CLSC l'appelle « la sorcière »? Ben c'est mérité. Zéro empathie pour nos petits.
""")
P("fr", "fb", "bq", "CONF", "community-names-no-cue", """
Une belle victoire en Cour du Québec pour [[P:Jean-Robert Désir]] et sa conjointe [[P:Marie-Carmelle Joseph]] : leur propriétaire de Montréal-Nord devra leur rembourser 14 mois de loyer. Je suis fier de mes clients.
""")
P("fr", "li", "lf", "", "community-names-no-cue", """
Bienvenue à nos stagiaires d'hiver : [[P:Rania Boukhari]], [[P:Tuan Pham]], [[P:Lina Zhou]], [[P:Rafael Oliveira]], [[P:Aoife Brennan]] et [[P:Mamadou Sow]]! Formation d'accueil lundi 9 h.
""")
P("fr", "fb", "sh", "CONSENT", "community-names-no-cue", """
Merci [[P:Marie-Soleil Kanapé]] pour ton atelier de perlage de mercredi, les femmes ont adoré ❤️ Voici quelques photos de toi avec le groupe.
""")
P("fr", "fb", "cg", "CHILD", "community-names-no-cue", """
Besoin d'une place d'urgence dans le secteur de Gesgapegiag pour [[P:Tayen]], 8 ans, et son frère [[P:Wapistan]], 4 ans, DPJ ce soir. Leur père [[P:Richard Condo]] est au courant.
""")
P("fr", "ig", "lf", "CONF", "handles-and-emails", """
Encore un dossier fermé avec @[[P:sophie.gagnon]] 🎉 Merci à notre cliente @[[P:lea_bouchard]] pour sa confiance!
""")
P("fr", "li", "bq", "", "handles-and-emails", """
Vous cherchez une avocate en droit du travail à Sherbrooke? Écrivez à [[EMAIL:catherine.lemieux@lemieuxavocats.qc.ca]] ou à [[EMAIL:info@lemieuxavocats.qc.ca]]. Consultation initiale de 30 minutes.
""")
P("fr", "fb", "rs", "HARASS", "handles-and-emails", """
@[[P:marcandre.cote]] pis @[[P:vincent_ducharme]], vous êtes pas tannés de harceler notre gardienne en DM? On a les captures d'écran. La prochaine fois c'est la police.
""")
P("fr", "fb", "cg", "CHILD INFO", "ids-numbers-and-lookalikes", """
Pour la visite de demain : [[P:Zoé Arsenault]], née le [[DOB:12/05/2017]], carte soleil [[RAMQ:ARSZ 6705 1218]]. Dossier DPJ no 2025-4471 (interne, pas de la Cour). Rendez-vous au CLSC de Sainte-Anne-des-Monts à 10 h 15.
""")
P("fr", "fb", "bq", "CONF", "ids-numbers-and-lookalikes", """
Audience dans le dossier [[COURT:200-17-034567-249]] remise au 9 février. Mon client, [[P:M. Jacques Poirier]], était furieux. Facture 2025-118 en suspens d'ici là.
""")
P("fr", "fb", "lf", "LEGAL", "ids-numbers-and-lookalikes", """
[[P:Francine]] si ton employeur t'a demandé ton NAS ([[SIN:326 018 157]]) par Messenger, efface ton message tout de suite! Et dans ton cas tu as droit à 2 semaines de préavis, réclame-les par écrit.
""")
P("fr", "fb", "cg", "INFO", "ids-numbers-and-lookalikes", """
Qui a laissé la fiche de l'usager dans la salle de pause? Nom, NAS [[SIN:508-301-660]], tout était là. Le rapport d'incident est déjà monté au 3e étage.
""")
P("fr", "fb", "sh", "", "ids-numbers-and-lookalikes", """
Bilan 2025 : 142 femmes et 97 enfants hébergés, 3 812 appels sur la ligne d'écoute, 18 bénévoles. Merci à tous! Le rapport annuel 2024-2025 est disponible sur notre site.
""")
P("fr", "fb", "cg", "", "messy-contact-details", """
Nouveaux heures du bureau des ressources RI-RTF de Gaspé : lundi au jeudi, 8 h 30 à 16 h 30. Téléphone général : [[PHONE:418 555-0100]], poste 2231. Adresse : [[ADDR:205-1, boulevard de York Ouest]], Gaspé ([[POSTAL:G4X 2W5]]).
""")
P("fr", "fb", "lf", "CONF", "messy-contact-details", """
Si quelqu'un croise [[P:Réjean Paradis]], dites-lui que son dossier est prêt au bureau du [[ADDR:12 ch. du Lac]], Lac-Beauport, [[POSTAL:g3b0k5]]. Il ne répond plus au [[PHONE:418.555.0177]].
""")
P("fr", "fb", "sh", "LOC", "messy-contact-details", """
Pour les dons de meubles, appelez [[PHONE:8 1 9 - 5 5 5 - 0 1 6 6]] et on vous donnera l'adresse de la maison. Pas de dépôt au [[ADDR:330, rue Notre-Dame]] svp, c'est l'ancien local.
""")
P("fr", "fb", "rs", "", "public-figures-and-named-places", """
Belle visite de Martin St-Louis à l'aréna Jacques-Lemaire hier! Les jeunes du programme sport-études n'en revenaient pas. Merci aussi à la mairesse de Lasalle, pis à [[P:Ti-Claude]] d'avoir organisé ça.
""")
P("fr", "fb", "cg", "", "public-figures-and-named-places", """
Le premier ministre François Legault a annoncé ce matin un investissement pour l'hôpital de Maria et le CLSC de Matapédia. La ministre responsable de la Gaspésie était à ses côtés.
""")
P("fr", "fb", "bq", "", "public-figures-and-named-places", """
Lecture du jour : l'arrêt de la Cour suprême rédigé par le juge Kasirer sur la bonne foi contractuelle. À lire avant notre 5 à 7 sur la rue Saint-Paul, au Vieux-Port de Montréal.
""")
P("fr", "fb", "rs", "DISP", "joual-typos", """
[[P:Jonathan Bérubé]] t'es rendu trop gros pour courir, laisse ta place aux jeunes câlisse 😂😂 pis arrete de chialer aprés l'arbitre
""")
P("fr", "fb", "cg", "HARASS", "joual-typos", """
Le monsieur du 2e rang, [[P:Gaétan Roussy]], y rode encore autour de notre ressource. J'ai son adresse si vous voulez aller y dire deux mots : [[ADDR:88, rang 2 Est]], Saint-Godefroi. On va l'attendre.
""")
P("fr", "ig", "sh", "CONSENT", "instagram-caption", """
Équipe de feu 🔥 [[P:Audrey]], [[P:Kim]] et [[P:Maude]] prêtes pour la soirée bénéfice! #MaisonDesFemmes #Laurentides
""")
P("fr", "fb", "bq", "ADV", "polished-linkedin", """
🚨 VOUS AVEZ ÉTÉ CONGÉDIÉ? 🚨 Notre cabinet obtient TOUJOURS le maximum. 100 % de nos dossiers gagnés en 2025! Appelez [[PHONE:1 (800) 555-0142]] dès maintenant, vous ne le regretterez pas. Les 10 trucs que votre employeur ne veut pas que vous sachiez (le no 7 va vous surprendre).
""")
P("fr", "li", "lf", "", "polished-linkedin", """
Après quinze ans au sein du contentieux de Québec, je fais le saut vers la pratique privée. Je me joins au groupe Droit du travail à titre d'associée. Merci à [[P:Me Véronique Hamel-Doyon]], qui m'a tout appris, et à mon adjointe [[P:Nathalie Picard]], sans qui rien n'aurait été possible. Au plaisir de vous retrouver au Palais de justice de Québec, boulevard Jean-Lesage!

[[P:Me Isabelle Morin-Kanapé]]
[[PHONE:418 555 0155]]
""")
P("fr", "fb", "rs", "", "one-line-reply", """
Hâte de te voir jouer [[P:Léonie]] 💪
""")
P("fr", "fb", "sh", "", "one-line-reply", """
Merci pour votre don de Canadian Tire! 🙏
""")
P("fr", "ig", "cg", "", "one-line-reply", """
Bravo à toute l'équipe de Gaspé! 👏
""")
# ===== batch 4: English =====
P("en", "fb", "sh", "SURV", "lowercase-texting", """
so proud of [[P:tanya]] today, she got her own apartment after 5 months with us and her kids start at the new school monday 😭💜 [[P:jo-anne]] and i cried in the van
""")
P("en", "fb", "rs", "", "lowercase-texting", """
anyone have a ride for [[P:owen]] and [[P:liam murphy]] to the game in granby sat? their dad's truck broke down
""")
P("en", "fb", "cg", "DISP CONSENT", "lowercase-texting", """
the new caseworker [[P:chris]] from the gaspe office is useless, 3 weeks no callback and then he tells us to "be patient". sure buddy
""")
P("en", "ig", "lf", "", "lowercase-texting", """
first day at the firm!! met the whole team, [[P:raj]] showed me the coffee machine which is clearly the most important thing ☕️
""")
P("en", "fb", "lf", "CONF", "caps-alert", """
FINALLY!!! AFTER 4 YEARS THE COURT RULED FOR [[P:MRS. EILEEN FITZGERALD]] AGAINST HER INSURER. SO HAPPY FOR MY CLIENT. JUSTICE DONE.
""")
P("en", "fb", "rs", "HARASS", "caps-alert", """
EVERYONE GO REPORT [[P:CALEB O'CONNOR-WHITE]]'S ACCOUNT. HE'S THE ONE POSTING THE EDITED PICS OF OUR GOALIE. LET'S FLOOD HIS DMS 😤
""")
P("en", "fb", "cg", "", "caps-alert", """
ROAD 132 CLOSED BETWEEN PERCÉ AND GASPÉ UNTIL FURTHER NOTICE. FOSTER FAMILIES WITH APPOINTMENTS AT THE CLSC, CALL YOUR RESOURCE OFFICE. STAY SAFE GASPÉSIE!
""")
P("en", "fb", "rs", "DISP", "nickname-gossip", """
Lol the Bulldogs bench coach, the guy everyone calls Skinny [[P:Pete]], was yelling at 12 year olds again. What a loser. Someone tell [[P:Dougie]] to get his dad under control.
""")
P("en", "fb", "sh", "EVENT", "nickname-gossip", """
Potluck for our residents and alumni this Saturday 6pm, same place as last time (back door). Nana [[P:Bea]] is making her famous lasagna 🍝 No plus-ones please.
""")
P("en", "fb", "lf", "", "nickname-gossip", """
Retirement party for [[P:Sully]] Friday at the Irish pub downtown! 32 years as our office manager. [[P:Mo]] is collecting for the gift.
""")
P("en", "fb", "lf", "CONF", "community-names-no-cue", """
After a long fight, [[P:Oluwaseun Adeyemi]] finally has his work permit back. Thank you to everyone at the office who helped, especially [[P:Dilnoza]] who translated every document.
""")
P("en", "fb", "cg", "CHILD", "community-names-no-cue", """
Looking for a Spanish-speaking foster home near New Carlisle for [[P:Valentina]] (6) and [[P:Mateo Quispe]] (3) starting Friday. Their mom [[P:Rosa Quispe Mamani]] agreed, youth protection is involved.
""")
P("en", "ig", "rs", "", "community-names-no-cue", """
Team photo day 📸 [[P:Kahente Horn]], [[P:Mei-Ling Wu]], [[P:Darnell Joseph]], [[P:Fatima Zahra Idrissi]] and [[P:Cormac Doyle]] 🏐 #Champions
""")
P("en", "fb", "bq", "CONF", "community-names-no-cue", """
Closing the [[P:Iacono]] estate file today. Twelve years of litigation between the siblings over the family's restaurant on Jean-Talon. [[P:Rocco Iacono]] called to say thanks. Bittersweet.
""")
P("en", "fb", "sh", "", "capitalised-non-names", """
New this fall: support groups offered in Arabic, Punjabi, Haitian Creole, Portuguese and Innu-aimun. Ask our Intake Coordinator for details. Thanks to the Laval Community Foundation and Pharmaprix for their support.
""")
P("en", "li", "bq", "", "capitalised-non-names", """
Honoured to speak at the Quebec Bar's annual conference in Mont-Tremblant on Justice and Technology. Panel with the Chief Information Officer of the Court of Quebec and the Dean of McGill Law. Slides on the C.C.P., the L.P.J. and AI available on request.
""")
P("en", "fb", "rs", "", "capitalised-non-names", """
Tryouts for the Saint-Jean Phoenix U15 girls team: Tuesday at Marcellin-Champagnat school gym, Thursday at the Isabelle-Brasseur arena. Bring your own water bottle, Gatorade available at Couche-Tard next door. Questions to [[P:Sinéad Keough]] ([[EMAIL:skeough.phoenix@gmail.com]]).
""")
P("en", "fb", "cg", "", "capitalised-non-names", """
Trip report: Bonaventure Island, Percé Rock, Forillon Park and Carleton-sur-Mer in one weekend. Sainte-Anne-des-Monts has the best fish and chips. Pro tip: Tim Hortons in Matane opens at 5.
""")
P("en", "fb", "lf", "", "capitalised-non-names", """
Grace periods, Justice system backlogs and the Civil Code of Québec: our Wednesday webinar covers it all. Hosted by our Managing Partner and a Senior Associate from the Montreal office. Register via Eventbrite.
""")
P("en", "fb", "rs", "HARASS", "handles-and-emails", """
yo @[[P:tommy.bergeron]] keep talking trash about my sister and see what happens at the next game. everyone knows where you live
""")
P("en", "li", "lf", "", "handles-and-emails", """
We're hiring a legal assistant for our Quebec City office! Send your CV to [[EMAIL:careers@lex-example.ca]] or directly to our HR lead [[P:Aisling Byrne]] ([[EMAIL:abyrne@lex-example.ca]]).
""")
P("en", "ig", "sh", "CONSENT", "handles-and-emails", """
Volunteer of the month 🏅 huge thanks to @[[P:nadia.haddad]] and @[[P:thomas_nguyen]] for running the kids' corner all summer!
""")
P("en", "fb", "bq", "CONF", "ids-numbers-and-lookalikes", """
Reminder to self and my assistant: file [[COURT:700-22-045678-233]] ([[P:Gagné]] v. [[P:Sirois]]) gets the expert report by Dec 15. The client [[P:Ms. Gagné]] wants a call first. Jersey #88 raffle money goes to the firm's charity.
""")
P("en", "fb", "cg", "CHILD INFO", "ids-numbers-and-lookalikes", """
For tomorrow's transport: child [[P:Aiden Loiselle]], date of birth [[DOB:07 Nov 2015]], health insurance no. [[RAMQ:LOIA 1511 0712]]. Pick-up at the foster home at 7:15, gate code 2290.
""")
P("en", "fb", "lf", "LEGAL", "ids-numbers-and-lookalikes", """
[[P:Kevin]] don't post your SIN like that!! [[SIN:131-860-918]] is now public. Call Service Canada and ask for a fraud flag. And no, your employer can't keep your last paycheque for that.
""")
P("en", "fb", "rs", "", "ids-numbers-and-lookalikes", """
Final score 4-2! 🏒 Number 19 with a hat trick, 36 saves for number 31. Season record: 18-6-2. Banquet tickets $35, Dec 13 at 6:30 pm.
""")
P("en", "fb", "sh", "", "ids-numbers-and-lookalikes", """
Our 2025 numbers: 211 women and 164 children sheltered, 4,902 crisis calls, 27 volunteers, $1,284,300 raised. Our charity number is 10810 1234 RR0001. Thank you!
""")
P("en", "fb", "lf", "CONF", "messy-contact-details", """
Can someone from the office drop the signed papers at [[P:Mr. Ferreira]]'s place? [[ADDR:17 Elm Avenue]], Beaconsfield [[POSTAL:H9W 2E3]]. He's home after 4. His cell: [[PHONE:514–555–0129]].
""")
P("en", "fb", "sh", "LOC", "messy-contact-details", """
Drop-off for donations has moved to our new office at [[ADDR:2245 Chemin Sainte-Foy]], Quebec City. Please do NOT go to the house. Questions: [[PHONE:581.555.0108]].
""")
P("en", "fb", "cg", "", "messy-contact-details", """
Foster resource office hours changed: Mon-Thu 8:30-4:30. Main line [[PHONE:+1 418 555 0119]] ext 3. Fax [[PHONE:418 555 0120]] is out of order, sorry.
""")
P("en", "ig", "rs", "", "public-figures-and-named-places", """
Cool moment at the Bell Centre: Nick Suzuki signed our banner and Martin St-Louis waved at the kids. [[P:Aidan]] almost cried. Then dinner on Saint-Catherine and the metro home from Lionel-Groulx.
""")
P("en", "fb", "bq", "", "public-figures-and-named-places", """
The Supreme Court's decision, written by Chief Justice Wagner, will change how we handle privacy class actions. Premier Legault's reaction was predictable. Discussion at our Sherbrooke office on Wellington Street.
""")
P("en", "fb", "sh", "", "public-figures-and-named-places", """
Our walk starts at Jeanne-Mance Park at 10, ends at Place Émilie-Gamelin. Mayor Soraya Martinez Ferrada will say a few words. Wear purple 💜 Banner pick-up with [[P:Rebecca Ouellet-Walsh]] at 9:30.
""")
P("en", "fb", "rs", "DISP", "joual-typos", """
lmao did u see [[P:gabriel poirier]] try to dunk?? bro fell on his face. worst player in the whole league, shoulda stayed home w his mom
""")
P("en", "fb", "cg", "DISP CONSENT", "joual-typos", """
my foster daughters worker [[P:ms. dufresne]] is honestly the rudest person ive ever met. no wonder nobody stays at the CISSS
""")
P("en", "li", "lf", "", "polished-linkedin", """
Proud to share that our pro bono clinic served 320 tenants in Montréal-Nord, Saint-Michel and Parc-Extension this year. Services in English, French, Haitian Creole, Spanish, Urdu and Bengali. Thank you to our volunteer lawyers, to our coordinator [[P:Farah Siddiqui]], to the Director of Community Relations, and to every partner organization. Justice should be accessible.
""")
P("en", "li", "bq", "TEST", "polished-linkedin", """
Thank you to everyone who trusted our team in 2025! If we helped you with your real-estate closing, please consider leaving us a review on Google ⭐⭐⭐⭐⭐ — it means the world to a small firm. [[P:Jessica Lau-Chaput]], Managing Partner, [[PHONE:(438) 555-0150]]
""")
P("en", "ig", "rs", "", "one-line-reply", """
Go [[P:Ethan]] go!!! 🏃
""")
P("en", "fb", "cg", "", "one-line-reply", """
Which CLSC, the one in Gaspé or Grande-Vallée?
""")
P("en", "ig", "sh", "", "one-line-reply", """
Sending love from the Magdalen Islands 💜
""")
# ===== batch 5: French, entity-rich =====
P("fr", "fb", "cg", "CHILD INFO CONSENT", "long-vent", """
Je sais que je devrais pas écrire ça ici mais je suis à bout. Ça fait trois ans qu'on est famille d'accueil à Sainte-Anne-des-Monts et j'ai jamais vécu une semaine pareille. Lundi, la DPJ nous amène [[P:Océane]], 11 ans, née le [[DOB:22 août 2014]], avec un sac vert et une carte d'assurance maladie ([[RAMQ:TREO 6408 2219]]) qui expire le mois prochain. Mardi, sa mère, [[P:Karine Tremblay-Gauthier]], appelle quatorze fois sur le cell de la maison. Mercredi, son beau-père, [[P:Steve Roussel]], se pointe devant l'école Gabriel-Le Courtois en pick-up rouge pis reste stationné une heure. Jeudi, l'intervenante, [[P:Mme Josée Lévesque]], me dit que « c'est normal, ça va se placer ». Vendredi, je trouve le rapport d'évaluation oublié sur le comptoir après sa visite, avec toutes les notes du psychologue. J'ai pris des photos, je vais les mettre en commentaire pour que vous voyiez de quoi je parle. La petite dort avec la lumière allumée, elle mange presque rien, pis personne au CISSS rappelle. Je l'aime déjà, cette enfant-là. Je veux juste qu'on l'aide pour vrai. Si une autre famille de la Haute-Gaspésie a vécu ça, écrivez-moi en privé, mon numéro c'est le [[PHONE:418-555-0186]]. Merci de me lire. 💔
""")
P("fr", "fb", "bq", "CONF DISP", "long-vent", """
Petit coup de gueule du vendredi. Vingt-deux ans de pratique en droit familial, et je n'avais jamais vu un procureur aussi malhonnête que [[P:Me Patrice Lavallée-Ross]]. Ce matin, au palais de justice de Laval, dans le dossier [[COURT:540-12-045123-243]], il a déposé à 8 h 55 une déclaration sous serment de quarante pages que ni moi ni ma cliente n'avions vue. Ma cliente, [[P:Mme Hélène Dubuc]], a dû attendre dans le corridor pendant trois heures avec sa fille de neuf ans parce que la garderie était fermée. La juge a remis l'audience au 14 janvier. Je sais qu'on doit rester courtois, je sais ce que dit le Code de déontologie, mais à un moment donné, il faut dire les choses : ce monsieur est une honte pour la profession, et tous ceux qui ont plaidé contre lui à Laval le savent. J'ai passé l'après-midi à rassurer ma cliente au Tim Hortons du boulevard Saint-Martin, et je rentre chez moi épuisée. Bonne fin de semaine quand même à tous les collègues qui font ce métier avec honnêteté. On se reprend lundi.
""")
P("fr", "fb", "sh", "SURV LOC CONSENT", "long-vent", """
Ce soir je veux remercier du fond du cœur l'équipe de la maison. Il y a un an, jour pour jour, je suis arrivée avec mes deux garçons, [[P:Elliot]] et [[P:Maxence]], après avoir quitté l'appartement du [[ADDR:1452, rue Papineau]] en pleine nuit. Je n'avais plus rien : pas de carte, pas de téléphone, pas de papiers. [[P:Johanne]], l'intervenante de nuit, m'a ouvert la porte et m'a fait un chocolat chaud. [[P:Fanny]] m'a accompagnée au palais de justice pour l'ordonnance. [[P:Sarah-Maude]] a trouvé une place à la garderie pour le plus jeune. Aujourd'hui j'ai un appartement à Rosemont, un emploi chez Desjardins et les gars rient de nouveau. Je publie une photo de nous toutes devant la maison, sur la rue, avec le numéro qu'on voit un peu, désolée, je trouvais la photo trop belle. Si vous vivez la même chose que moi : il y a une porte qui s'ouvre. Vous n'êtes pas seules. 💜
""")
P("fr", "fb", "rs", "DISP HARASS", "long-vent", """
Bon. Je vais le dire parce que personne ose. Ça fait deux saisons que l'entraîneur-chef des Cobras de l'école secondaire de Mortagne, [[P:Sylvain « Ti-Bob » Gendron]], traite nos filles comme des moins que rien. Il crie, il sacre, il lance des ballons dans le mur. Samedi à Boucherville, il a traité [[P:Alexia]] de « grosse vache » devant toute l'équipe pis les parents. Elle a 14 ans! J'ai écrit au directeur sportif, j'ai écrit au RSEQ Montérégie, j'ai rien eu. Fait que là je publie. Je vous donne son adresse courriel, [[EMAIL:sgendron.coach@videotron.ca]], pis son cell, [[PHONE:450 555 0191]], écrivez-lui TOUS ce que vous en pensez, qu'il sache qu'on le lâchera pas. On a aussi fait une page « Les vraies affaires sur [[P:Ti-Bob]] » pis vous êtes invités à la partager. Les parents de Mortagne méritent mieux que ça.
""")
P("fr", "fb", "cg", "CHILD", "lowercase-texting", """
allo la gang, la fille de [[P:josianne gagne]] pis [[P:francois theriault]] (celle qui est placee chez nous depuis l'ete) fait sa premiere communion dimanche a l'eglise de grande-riviere, qui veut venir?
""")
P("fr", "fb", "lf", "DISP", "lowercase-texting", """
la stagiaire [[P:emilie-rose]] a encore envoyé le mauvais projet au client, j'te jure elle sait pas lire. [[P:me girard]] est en beau maudit
""")
P("fr", "ig", "rs", "", "lowercase-texting", """
mon [[P:loulou]] qui score son premier but 😍⚽ #fierté
""")
P("fr", "fb", "sh", "EVENT", "lowercase-texting", """
rappel pour le groupe de soutien : jeudi 18h30 au local 204 du centre communautaire de st-eustache, sonnez 2 fois. [[P:marie-eve]] anime cette semaine
""")
P("fr", "fb", "cg", "CONSENT", "caps-alert", """
BONNE RETRAITE À [[P:GERMAINE LÉGER-DUGUAY]], 31 ANS AU CISSS DE LA GASPÉSIE!!! 🎉 ON T'AIME. PHOTOS DU PARTY EN COMMENTAIRES.
""")
P("fr", "fb", "lf", "", "caps-alert", """
AVIS À TOUS LES EMPLOYÉS : LE BUREAU DE QUÉBEC SERA FERMÉ LE 26 DÉCEMBRE ET LE 2 JANVIER. POUR LES URGENCES, CONTACTEZ [[P:ME ÉRIC DESROSIERS]] AU [[PHONE:418 555 0111]].
""")
P("fr", "ig", "rs", "", "nickname-gossip", """
Qui a vu la passe de [[P:P-O]] en 3e période?? 😱 Pis [[P:Coco]] dans les buts, incroyable. Les Lynx s'en vont en finale à Valleyfield!
""")
P("fr", "fb", "cg", "", "nickname-gossip", """
Party de fête pour Mémère [[P:Yvonne]] au sous-sol de l'église de Pabos dimanche, 95 ans! Tout le village est invité, apportez un plat.
""")
P("fr", "fb", "bq", "CONF", "community-names-no-cue", """
Belle médiation hier avec [[P:Hoang Thi Mai]] et son ancien associé [[P:Wei Zhang]]. Après trois ans de chicane sur le restaurant de la rue Saint-Denis, une entente signée en 4 heures.
""")
P("fr", "ig", "rs", "", "community-names-no-cue", """
Félicitations aux finalistes du gala méritas : [[P:Joaquim Ferreira da Silva]], [[P:Chiara Lombardi]], [[P:Moïse Jean-Baptiste]], [[P:Yasmine Chaabane]] et [[P:Harpreet Kaur Gill]] 🏅
""")
P("fr", "fb", "sh", "CONSENT", "community-names-no-cue", """
L'équipe s'agrandit! On accueille [[P:Nour Hajjar]] comme intervenante jeunesse et [[P:Awa Traoré]] à l'accueil. Photo de leur première journée ci-bas ☀️
""")
P("fr", "fb", "cg", "CHILD", "community-names-no-cue", """
Famille d'accueil recherchée à Listuguj ou Pointe-à-la-Croix pour [[P:Shayla]], 13 ans, dont la mère [[P:Tanya Isaac]] est hospitalisée. La DPJ cherche une famille qui parle mi'gmaq.
""")
P("fr", "li", "lf", "", "handles-and-emails", """
Pour toute question sur le webinaire, écrivez à [[EMAIL:genevieve.cote@juri-exemple.ca]] (pas à l'adresse générale). Enregistrement disponible sur YouTube.
""")
P("fr", "ig", "rs", "", "handles-and-emails", """
Photo d'équipe 📸 avec @[[P:j.tremblay]]_87, @[[P:camille.ng]] et @[[P:olivierlapointe]] #GoTitans
""")
P("fr", "fb", "bq", "CONF", "handles-and-emails", """
@[[P:Marc-Antoine Leduc]] j'ai bien reçu tes relevés bancaires pour ton dossier de faillite, je t'appelle demain. Pas besoin de les renvoyer à [[EMAIL:ma.leduc1984@hotmail.com]].
""")
P("fr", "fb", "cg", "CHILD INFO", "ids-numbers-and-lookalikes", """
Note pour la relève de nuit : [[P:Ethan Bouchard]] (DDN [[DOB:2013-09-04]], NAM [[RAMQ:BOUE13090412]]) doit prendre son Concerta à 7 h. Son numéro de chambre est le 12, code du casier 0457.
""")
P("fr", "fb", "lf", "CONF", "ids-numbers-and-lookalikes", """
Pour le dossier [[COURT:500-22-278901-256]], le client [[P:Guy-Noël Paquette]] né le [[DOB:1er avril 1961]] doit fournir son NAS ([[SIN:290 996 032]]) à l'huissier. Audience prévue le 18 mars 2026 à 9 h 30, salle 2.08.
""")
P("fr", "fb", "bq", "LEGAL", "ids-numbers-and-lookalikes", """
[[P:Marie-Josée]], pour ta question en commentaire : oui, le délai de prescription de 3 ans (art. 2925 C.c.Q.) s'applique dans ton cas, tu as jusqu'au 15 mai 2027 pour poursuivre ton entrepreneur. Fais-le avant.
""")
P("fr", "fb", "cg", "", "ids-numbers-and-lookalikes", """
Avis : la carte d'accès temporaire no 1148 remplace la carte 0992 à compter du 1er février. Le stationnement P3 coûte désormais 6,50 $ par jour. 2026 sera une belle année!
""")
P("fr", "fb", "sh", "SURV", "messy-contact-details", """
Si quelqu'un a vu [[P:Mélodie Caron]] depuis hier, elle a quitté la maison sans ses médicaments. Appelez-nous au [[PHONE:450–555–0144]] ou au [[PHONE:(450) 555 0145]]. Elle aurait été vue près du [[ADDR:780 boul. Labelle]].
""")
P("fr", "fb", "bq", "CONF LOC", "messy-contact-details", """
Rencontre avec ma cliente [[P:Mme Ouimet]] à son domicile du [[ADDR:3-455, avenue des Pins Ouest]], Montréal [[POSTAL:H2W 1S4]], pour signer l'acte. Tout est en ordre!
""")
P("fr", "fb", "rs", "", "messy-contact-details", """
Pour les inscriptions au camp d'été, écrivez à [[P:Lyne Bissonnette]] : [[EMAIL:lbissonnette@rseq-exemple.qc.ca]] ou appelez au [[PHONE:450 5 5 5 0 1 3 7]]. Le camp a lieu à Saint-Hyacinthe.
""")
P("fr", "fb", "rs", "", "public-figures-and-named-places", """
Nos athlètes ont couru au stade Claude-Robillard ce week-end et ont croisé Laurent Duvernay-Tardif! Merci au parc Maisonneuve et au Collège Jean-de-Brébeuf pour l'accueil.
""")
P("fr", "fb", "sh", "", "public-figures-and-named-places", """
La ministre de la Condition féminine était à la maison Marie-Rollet ce matin pour annoncer le financement. Merci à notre bénévole [[P:Jacinthe]] pour le buffet. Merci aussi à Ginette Reno pour le spectacle-bénéfice au théâtre Denise-Pelletier.
""")
P("fr", "fb", "lf", "", "public-figures-and-named-places", """
Jugement intéressant de la juge Marie-Josée Hogue (Commission sur l'ingérence étrangère) cité dans notre formation de mercredi, salle Louis-Hippolyte-La Fontaine, rue Sherbrooke.
""")
P("fr", "fb", "rs", "HARASS", "joual-typos", """
[[P:Jessy Pelletier]] tu vas te faire ramasser a la sortie du gym jeudi mon ti-cul, on a ton adresse pis on sait c'est quoi ton char
""")
P("fr", "fb", "cg", "DISP CONSENT", "joual-typos", """
la resp de la ressource, [[P:Lise-Anne]], une vraie folle. a crie apres les jeunes toute la soiree. pas etonnant que [[P:Ti-Jean Cormier]] veuille plus y retourner
""")
P("fr", "ig", "sh", "CONSENT", "instagram-caption", """
Soirée bénéfice réussie ✨ Merci [[P:Karolane]] pour l'animation et à [[P:Béatrice Morin-Sioui]] pour les photos 📷 #MaisonDHébergement #Wendake
""")
P("fr", "ig", "rs", "", "instagram-caption", """
Championnes régionales 🏆🏐 #[[P:Ariane]]Forever #GoLynx #SaintBruno
""")
P("fr", "li", "bq", "ADV", "polished-linkedin", """
Accident de la route? Obtenez JUSQU'À 3X plus avec notre équipe 💰 Résultat garanti ou vous ne payez rien! [[P:Me Daniel]] et son équipe vous attendent. Appelez le [[PHONE:514–555–0122]] aujourd'hui.
""")
P("fr", "li", "lf", "CONF", "polished-linkedin", """
Très fière du règlement obtenu aujourd'hui pour notre cliente [[P:Mme Lucie Bélair-Nadeau]] dans le dossier qui l'opposait à son ancien employeur de Drummondville. Merci à [[P:Me Antoine Roy]] et à [[P:Me Sandrine Ahmadi]] pour leur travail remarquable.
""")
P("fr", "fb", "rs", "", "one-line-reply", """
[[P:Zacharie]] c'tait toi le meilleur sur la glace à soir 👊
""")
P("fr", "fb", "cg", "", "one-line-reply", """
@[[P:manon.thibault]] envoie-moi ton numéro en privé
""")
P("fr", "fb", "lf", "LEGAL", "one-line-reply", """
[[P:jocelyn]] ton proprio peut pas garder ton dépôt, envoie-lui une mise en demeure pis va au TAL.
""")
# ===== batch 6: English, entity-rich =====
P("en", "fb", "cg", "CHILD DISP CONSENT", "long-vent", """
Long post, sorry. We've fostered in the Baie-des-Chaleurs area for eight years and I have never felt this abandoned by the system. In September the agency placed two sisters with us, [[P:Kayla]] (9) and [[P:Brooklyn]] (5). Their dad, [[P:Shane Gallant]], is allowed one supervised visit a month. Instead he messages my teenage son on Instagram from an account called @[[P:shane.gallant]]_77, asking where the girls go to school. I reported it. I reported it again. The worker, [[P:Mr. Boudreau]], told me on the phone that "dads get emotional" and that I was overreacting. Overreacting! [[P:Brooklyn]] wets the bed every night since the last visit. [[P:Kayla]] stopped eating at school. Meanwhile nobody at the CISSS answers emails, and when they do it's a form letter. [[P:Mr. Boudreau]] is the laziest, most useless worker I have ever met and I'm done being polite about it. I'm posting this because I know other foster parents in Gaspésie are dealing with the same thing and staying quiet. Don't stay quiet. If you want to compare notes, my email is [[EMAIL:fosterfam.bdc@gmail.com]]. Hug your kids tonight.
""")
P("en", "fb", "lf", "CONF", "long-vent", """
A reflection after a hard week. Sixteen years ago I took my first file as a young associate: a wrongful dismissal case for a cook named [[P:Tomás Echeverría]], who had been fired from a hotel in Old Montreal after reporting a gas leak. We lost at first instance. We won on appeal. He used the settlement to open his own restaurant in Villeray, and on Thursday he called me to say he's closing it to retire. He invited me for a last dinner. His daughter [[P:Luz]], who was six when I met her, now runs the kitchen, and she's applying to law school at the Université de Montréal in the fall. I spent the whole drive back up the 15 thinking about how few files we ever get to see the end of. Most of them stop at the judgment or the cheque. This one had a whole life after it. To every young lawyer grinding through discovery at 11 pm: some of these files will outlive you in the best possible way. Thank you, [[P:Tomás]]. And good luck at the LSAT, [[P:Luz]] — it's the wrong exam for Quebec, but I'll explain over dessert.
""")
P("en", "fb", "sh", "SURV LOC", "long-vent", """
I've been quiet on here for a year and some of you have asked why. The truth is I was living at a women's shelter in the Laurentians with my daughter [[P:Harper]] after leaving her father, [[P:Derek Vaillancourt]]. We left our place at [[ADDR:88 Lakeshore Road]], Pointe-Claire in the middle of the night with two garbage bags and the dog. The shelter is the yellow house right behind the Saint-Sauveur Metro, the one with the purple door, and the women there saved our lives. [[P:Harper]] is eight now, born [[DOB:June 2, 2017]], and she finally sleeps through the night. I'm not sharing this for pity. I'm sharing it because a year ago I thought nobody would believe me. People did. If you're reading this and you're scared, there is a door. Call 211 or the SOS violence conjugale line. And to everyone at the house: I love you. ❤️
""")
P("en", "fb", "rs", "DISP HARASS", "long-vent", """
I'm a parent of a U15 player and I've had enough. For two seasons the assistant coach of the Laval-area team, [[P:Brad "Moose" Kowalczyk]], has been screaming at kids, calling them "soft" and worse. Last Saturday in Saint-Eustache he grabbed my son [[P:Nolan]] by the jersey and shoved him into the boards in warm-up. Every parent saw it. The league did nothing. So here's [[P:Moose]]'s number, [[PHONE:450 . 555 . 0195]], and his work email, [[EMAIL:bkowalczyk@example-autobody.ca]]. I want every single parent in the league to call him and tell him what they think. Let's make his phone ring all weekend. Also I heard from two moms that he got fired from his last team for the same thing, which tells you everything. He's a disgusting bully and a coward. Share this.
""")
P("en", "fb", "lf", "", "lowercase-texting", """
anyone know if [[P:siobhan]] from accounting is back from mat leave? need her to sign off on the trust account thing b4 friday
""")
P("en", "fb", "rs", "", "lowercase-texting", """
lol [[P:mohamed]] and [[P:hugo st-pierre]] fell asleep on the bus back from sherbrooke 😂 pic in comments
""")
P("en", "ig", "sh", "CONSENT", "lowercase-texting", """
night shift crew 🌙 [[P:kim]], [[P:bernadette]] and me holding down the fort. coffee #4
""")
P("en", "fb", "cg", "CHILD", "lowercase-texting", """
does anyone have a booster seat to lend? we got an emergency placement tonight, a little girl [[P:amelia]], 4, from new richmond. mom is [[P:crystal leblanc]] if anyone knows the family
""")
P("en", "fb", "bq", "DISP", "caps-alert", """
TO THE LAWYER WHO PARKED IN THREE SPOTS AT THE LONGUEUIL COURTHOUSE: YES, [[P:MR. DEVON ST-AMAND]], WE ALL SAW YOU. CLASSLESS AS ALWAYS.
""")
P("en", "fb", "sh", "SURV", "caps-alert", """
IF ANYONE SEES [[P:JENNIFER "JENNY" MALOUF]] PLEASE TELL HER SHE CAN COME BACK TO THE HOUSE ANYTIME. WE MISS YOU [[P:JENNY]]. 💜
""")
P("en", "fb", "rs", "", "caps-alert", """
GAME DAY!!! OUR GIRLS VS. THE CHAMBLY CARDINALS AT 7PM. [[P:ZARA AHMED]] IS BACK IN THE LINEUP!!! 🏀🔥
""")
P("en", "fb", "lf", "", "nickname-gossip", """
Office gossip of the week: [[P:Red]] from the 14th floor is dating Big [[P:Mike]]'s nephew. You heard it here first 😂
""")
P("en", "fb", "rs", "DISP", "nickname-gossip", """
[[P:Mouse]] played like she was scared of the ball tonight. Honestly [[P:Tiny]] would've done better and she's been on the bench all year. Embarrassing.
""")
P("en", "ig", "rs", "", "nickname-gossip", """
Captain [[P:Sunny]] 🌞 leading the warm-up like a pro. #Team[[P:Sunny]] #Brossard
""")
P("en", "fb", "cg", "CONSENT", "community-names-no-cue", """
Massive thanks to the night staff at the Maria hospital: [[P:Yolette Charles]], [[P:Bilal Mansour]] and [[P:Phuong Le]] stayed two hours after their shift with our foster kids. You're angels.
""")
P("en", "li", "lf", "", "community-names-no-cue", """
Welcome to our summer students: [[P:Niamh Gallagher]], [[P:Chukwuemeka Obi]], [[P:Ananya Raghunathan]], [[P:Felipe Castañeda]] and [[P:Xu Jiahui]]. Orientation Monday at 9 in the Atwater boardroom.
""")
P("en", "ig", "rs", "", "community-names-no-cue", """
Congrats to [[P:Rarahkwisere Stacey]] and [[P:Tewentahawih'tha Deer]] from Kahnawake, first-team all-stars this year! 🏆 And to [[P:Luca Bianchi]] for rookie of the year.
""")
P("en", "fb", "bq", "CONF", "community-names-no-cue", """
Settled the [[P:Fonseca]] file this morning. [[P:Manuel Fonseca]] and [[P:Graça Fonseca]] get to keep the bakery on Rachel Street. Nine years of family litigation, over.
""")
P("en", "ig", "sh", "CONSENT", "community-names-no-cue", """
Our art workshop with [[P:Mariam Osei-Bonsu]] was magical ✨ thank you for teaching us kente patterns! Swipe for photos of [[P:Mariam]] and the group.
""")
P("en", "ig", "rs", "", "handles-and-emails", """
Huge thanks to our photographer @[[P:liam.obrien]] and to @[[P:nguyen.thao]] for the highlight reel 🎥 DM them for prints!
""")
P("en", "fb", "cg", "", "handles-and-emails", """
For the training schedule, please contact [[EMAIL:rtf.formation@cisss-exemple.qc.ca]] — not [[EMAIL:paul.arsenault@cisss-exemple.qc.ca]], he's retired since June!
""")
P("en", "li", "lf", "", "handles-and-emails", """
Great panel yesterday with @[[P:Priya Sharma]], @[[P:Kieran Walsh]] and our very own [[P:Delphine]]. Slides: email [[EMAIL:events@walshsharma-example.com]].
""")
P("en", "fb", "bq", "LEGAL", "handles-and-emails", """
@[[P:amanda_delisle]] in your case, since the contract was signed in Quebec, the 10-day cancellation right applies. Send the notice by registered mail today, don't wait.
""")
P("en", "fb", "cg", "CHILD INFO", "ids-numbers-and-lookalikes", """
Transport list for Tuesday (do not share): [[P:Jaxon Brière]], DOB [[DOB:03/14/2012]], RAMQ [[RAMQ:TREM04121925]]; [[P:Lily-Rose Brière]], DOB [[DOB:2016-11-30]], RAMQ [[RAMQ:trem 6611 3019]]. Van #4, door code 7781.
""")
P("en", "fb", "lf", "CONF", "ids-numbers-and-lookalikes", """
For the bankruptcy filing: client [[P:Gordon McKenna]], born [[DOB:Dec. 4, 1988]], SIN [[SIN:182 462 812]], file no. [[COURT:500-11-067890-258]]. Trustee meeting on Jan 22, 2026 at 10:00.
""")
P("en", "fb", "sh", "", "ids-numbers-and-lookalikes", """
Raffle winners! Ticket #004512 wins the quilt, #001987 the gift basket. Thanks to [[P:Norma]] for selling 300 tickets. Total raised: $4,550.
""")
P("en", "fb", "bq", "CONF", "ids-numbers-and-lookalikes", """
Dear [[P:Mrs. Okonkwo]], your hearing in [[COURT:505-17-011223-244]] is confirmed for April 8. Please bring your passport and proof of income from 2023 and 2024.
""")
P("en", "fb", "lf", "LEGAL", "ids-numbers-and-lookalikes", """
[[P:Tyler]] your SIN is [[SIN:548-219-930]]?? take that down now. and yes, you can contest the ticket, you have 30 days from Nov 3.
""")
P("en", "fb", "rs", "", "messy-contact-details", """
Lost: navy Adidas bag at the Saint-Hubert tournament, has a goalie mask inside. If found please text [[P:Kelly]] at [[PHONE:4 3 8 5 5 5 0 1 7 1]]. Reward: Tim Hortons card 😄
""")
P("en", "fb", "cg", "HARASS", "messy-contact-details", """
The guy who keeps calling our foster home is [[P:Randy Chouinard]], lives at [[ADDR:1480 Route 132]], Hope Town [[POSTAL:G0C 3C0]]. Somebody go have a word with him, I'm serious.
""")
P("en", "li", "lf", "", "messy-contact-details", """
New office! Find us at [[ADDR:1500 Atwater Ave., Suite 310]], Montreal [[POSTAL:H3Z1X5]]. Phone: [[PHONE:514.555.0188]]. Parking behind the building, entrance on Sherbrooke St. W.
""")
P("en", "fb", "sh", "LOC", "messy-contact-details", """
Donations can be dropped at our outreach office, [[ADDR:221 Main St]], Lachute [[POSTAL:j8h 3a1]]. The residence itself is elsewhere, please never show up there. Call [[PHONE:+1 (450) 555-0131]] first.
""")
P("en", "li", "bq", "", "public-figures-and-named-places", """
Quick reminder that the Lord Reading Law Society dinner is at the Ritz-Carlton on Sherbrooke. Justice Côté from the Supreme Court is the keynote. Tickets from [[P:Rachel Abergel]] at [[EMAIL:rabergel@example-law.ca]].
""")
P("en", "ig", "rs", "", "public-figures-and-named-places", """
Our U17s got to skate at the Maurice-Richard Arena and met Marie-Philip Poulin!!! Then poutine on Saint-Denis. [[P:Evie]] hasn't stopped talking about it.
""")
P("en", "fb", "sh", "", "public-figures-and-named-places", """
Thank you to Rita Baga for hosting our gala at the Théâtre Saint-Denis, and to our volunteer [[P:Colleen Murphy-Tanguay]] for the silent auction. Proceeds go to the Hope & Home fund.
""")
P("en", "fb", "rs", "HARASS", "joual-typos", """
[[P:keegan]] ur done bro. we know ur locker # and we know ur moms car. see u monday 😈
""")
P("en", "fb", "cg", "DISP CONSENT", "joual-typos", """
our resouce worker [[P:ms bernier]] is a joke, didnt show up AGAIN. my kid was waitng 2 hrs at the clsc in chandler. pathetic
""")
P("en", "ig", "lf", "", "instagram-caption", """
Team lunch 🍣 with the best litigation group in Quebec City #[[P:Sophie]]sFarewell #LawLife
""")
P("en", "ig", "sh", "CONSENT", "instagram-caption", """
Our amazing volunteer [[P:Hyun-woo]] painting the kids' room 🎨💛 #VolunteerLove #Laval
""")
P("en", "ig", "rs", "", "instagram-caption", """
🏆 MVP [[P:Kofi]]!!! #Champions #Longueuil #Basketball
""")
P("en", "li", "lf", "", "polished-linkedin", """
I'm delighted to announce that [[P:Caoimhe Fitzpatrick]] has joined our Employment & Labour group as Senior Associate. [[P:Caoimhe]] brings ten years of experience before the Administrative Labour Tribunal and speaks English, French and Irish. Welcome to the team, [[P:Caoimhe]]!
""")
P("en", "li", "bq", "ADV", "polished-linkedin", """
Injured at work? We GUARANTEE you'll get the maximum from the CNESST or your money back! 🔥 You won't believe what insurers are hiding from you. Book now with [[P:Me Raymond Achkar]]: [[PHONE:514 555-0176]].
""")
P("en", "fb", "lf", "LEGAL", "one-line-reply", """
[[P:huguette]] you can refuse, the CNESST form doesn't require that. Send them a letter.
""")
P("en", "ig", "rs", "", "one-line-reply", """
Miss you on the ice [[P:Finn]] 💙
""")
P("en", "ig", "cg", "", "one-line-reply", """
@[[P:jacinthe.roy]] yes it's the Gaspé office, not Chandler
""")
# ===== batch 7: gaps (cards, more places/languages, names that are also words) =====
P("fr", "fb", "cg", "INFO", "ids-numbers-and-lookalikes", """
Oups, [[P:Denise]] a publié par erreur la carte de crédit du bureau dans le groupe des RTF : [[CARD:4971 1471 0497 4650]], exp. 09/27. Le CISSS l'a fait annuler. Commande no 558-2291 de Bureau en Gros remboursée.
""")
P("en", "fb", "lf", "", "ids-numbers-and-lookalikes", """
PSA: scammers are posting fake "refund" links. Someone in our building's group literally pasted [[CARD:5321-2233-0792-4406]] asking if it was safe 🤦 It's not. Call your bank. Our office line [[PHONE:514 555 0168]] is for legal matters only.
""")
P("fr", "ig", "sh", "", "capitalised-non-names", """
Retraite de ressourcement pour l'équipe à l'Île d'Orléans 🍓 puis souper à Mont-Tremblant le mois prochain. Merci à la Caisse Desjardins et à la SAQ pour les commandites! #ÉquipeEnOr
""")
P("fr", "fb", "cg", "", "capitalised-non-names", """
Formation offerte en portugais, en tagalog, en vietnamien et en innu-aimun pour les familles d'accueil de Gaspé, Percé et Grande-Rivière. Inscription auprès de la Conseillère cadre. Santé Québec et le MSSS financent le projet.
""")
P("en", "fb", "lf", "", "community-names-no-cue", """
Welcome to our new intern [[P:Justice Adeyemi-Okoro]], who joins the litigation team after clerking in Ottawa. And a big thank-you to [[P:Hope Two-Rivers]] for two great years at reception. Hope Town's loss is our gain 😄
""")
P("fr", "fb", "rs", "", "lowercase-texting", """
bravo a [[P:zhang wei]], [[P:thi-ngoc tran]] pis [[P:ines oliveira]] pour le podium en badminton a drummondville 🏸 #fiers
""")
P("fr", "fb", "bq", "CONF LOC", "messy-contact-details", """
Signature chez le notaire ce matin pour mes clients [[P:M. et Mme Sirois-Tanguay]], au [[ADDR:57 rue du Couvent]], Sainte-Famille (Île d'Orléans) [[POSTAL:g0a 3p0]]. Belle vue sur le fleuve!
""")
P("en", "ig", "cg", "CHILD", "caps-alert", """
HAPPY BIRTHDAY TO OUR FOSTER BABY [[P:NEVAEH]]!!! BORN [[DOB:NOV 2 2021]] AND ALREADY RUNNING OUR HOUSE IN PERCÉ 🎂💕
""")
P("fr", "fb", "lf", "CONF", "ids-numbers-and-lookalikes", """
Rappel interne : [[P:M. Kwabena Asante]] (DDN : [[DOB:19/07/1974]]) a rendez-vous pour sa déclaration sous serment le 4 décembre. Son NAS est le [[SIN:318-190-931]], pas le 318-190-913 inscrit par erreur au dossier.
""")
P("en", "fb", "rs", "", "handles-and-emails", """
rides to the tourney: dm @[[P:meghan.doherty]] or @[[P:carlos_restrepo]] 🚗 we leave the Boucherville Walmart at 6:45
""")
P("fr", "fb", "sh", "", "public-figures-and-named-places", """
Merci à Fred Pellerin pour sa visite surprise au refuge! Les enfants ont adoré. Prochaine activité : sortie au Biodôme et au Jardin botanique (métro Pie-IX). Responsable : [[P:Marie-Claude Tshibangu]].
""")
P("en", "fb", "cg", "DISP", "joual-typos", """
honestly the cisss meeting in gaspe was a waste of time. the guy from finance kept saying "as per the Directrice générale" like we care lol
""")
# ===== batch 8: two very long posts =====
P("en", "li", "lf", "CONF", "long-vent", """
Ten years at the firm today, so allow me a long one. When I arrived as a junior from Kahnawake, I was the only Mohawk speaker on the 22nd floor and one of two people who could order lunch in Tagalog (thank you, [[P:Rowena]] from accounts payable, for the lessons). I was terrified. Justice, I had been told, is a marathon. Nobody mentioned it is also a relay.

My first mentor, [[P:Me Fiona Gallagher-Roy]], handed me a box of binders and said: "Read them all, then tell me what the other side missed." I found it on page 412. We won. My second mentor, [[P:Kenji Watanabe]], taught me that Grace is not a weakness at the bargaining table, and that you never send an email after 10 pm. I still break that second rule.

Some moments I will never forget: arguing before the Court of Appeal on Notre-Dame Street while Premier Legault's motorcade blocked the street outside; the night the power went out at our Peel Street office and we finished a factum by phone-light; the client, a small bakery owner named [[P:Antonella Ricci]], who brought cannoli to every single hearing in her dispute with the landlord on Saint-Viateur, including the one we lost.

To the students who write to me asking if there is room for them in this profession: there is. Write to me at [[EMAIL:t.horn.law@example.com]] or find me as @[[P:tiohatekon.horn]] here. I answer everyone, eventually.

And to my family in Kahnawake, to the Senior Associates who covered for me, to the Directrice générale who approved my leave when my father was ill: niawen'kó:wa. Here's to the next ten.

[[P:Tiohatekon Horn]], Partner
""")
P("fr", "fb", "rs", "DISP HARASS", "long-vent", """
LONG TEXTE, DÉSOLÉE. Je suis la mère d'une joueuse de volleyball juvénile et j'en ai plein mon casque. Ça fait deux ans que j'endure en silence, fait que là, je parle.

Samedi passé, au tournoi régional de Saint-Jean-sur-Richelieu, l'entraîneuse adjointe de l'équipe adverse, [[P:Nancy « la Boss » Trudel]], a passé le match à crier des niaiseries à nos filles. « Retourne chez vous », « t'es nulle », pis pire. Ma fille [[P:Kassandra]] est sortie du gym en pleurant. [[P:Kimberly]], la capitaine, aussi. Les arbitres ont rien fait. L'organisateur, [[P:Ti-Marc Boisvert]], a haussé les épaules pis il est allé se chercher un café au Tim Hortons d'en face.

J'ai écrit au RSEQ Montérégie, à la direction de l'école Marcellin-Champagnat et à la municipalité. Réponse automatique partout. Alors je vous donne tout : la [[P:Boss]] travaille chez Canadian Tire sur le boulevard du Séminaire, son cell c'est le [[PHONE:450–555–0148]] pis elle reste au [[ADDR:2210, rue Jacques-Cartier]], Saint-Jean-sur-Richelieu, [[POSTAL:J3B 6Y5]]. Allez-y, dites-lui ce que vous en pensez, faites-lui une réputation. On a aussi ouvert une page « Le vrai visage de [[P:Nancy Trudel]] » pis j'vous invite à la partager partout. Elle mérite pas de coacher des jeunes, c'est une frustrée pis une lâche.

Je sais que certains vont dire que je vais trop loin. Mais quand c'est ton enfant qui pleure dans l'auto tout le long du retour sur la 10, tu réfléchis plus pareil. Merci à [[P:Mireille]] pis à [[P:Ti-Lou]] qui ont ramené les filles. On lâche pas, les Aigles! 🦅
""")
# --- END OF POSTS ---


def main():
    records = []
    seen = set()
    for i, (lang, plat, pol, rules, brief, src) in enumerate(POSTS, 1):
        src = src.strip("\n")
        text, ents = strip_markers(src)
        assert text not in seen, f"duplicate post {i}"
        seen.add(text)
        pack = PACK[pol]
        rl = [RULE[r] for r in rules.split()]
        assert set(rl) <= PACK_RULES[pack], (i, pack, rl)
        assert lang in ("fr", "en") and plat in PLAT and brief in BRIEFS, (i, lang, plat, brief)
        for e in ents:
            check_entity(e, i)
        records.append({"id": f"pii1-{i:03d}", "lang": lang, "platform": PLAT[plat],
                        "policy": pack, "rules": rl, "text": text, "entities": ents,
                        "brief": brief})
    # re-check from the written file
    path = os.path.join(HERE, "corpus.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            for e in r["entities"]:
                assert r["text"][e["start"]:e["end"]] == e["text"], (r["id"], e)
    # stats
    c = Counter()
    for r in records:
        c["lang:" + r["lang"]] += 1
        c["platform:" + r["platform"]] += 1
        c["policy:" + r["policy"]] += 1
        c["brief:" + r["brief"]] += 1
        if not r["entities"]:
            c["no-entity posts"] += 1
        if not r["rules"]:
            c["no-rule posts"] += 1
        for x in r["rules"]:
            c["rule:" + x] += 1
        for e in r["entities"]:
            c["entity:" + e["type"]] += 1
            c["entity-lang:%s:%s" % (r["lang"], e["type"])] += 1
        c["len<=120"] += len(r["text"]) <= 120
        c["len>=800"] += len(r["text"]) >= 800
    print(len(records), "posts written to", path)
    for k in sorted(c):
        print(f"  {k}: {c[k]}")
    if "--lens" in sys.argv:
        print(max(len(r["text"]) for r in records))


if __name__ == "__main__":
    main()
