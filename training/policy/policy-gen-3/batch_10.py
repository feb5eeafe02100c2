"""policy-gen-3 batch 10 — source with inline entity markers. Run: python3 batch_02.py"""
from common import build

BQ, LF, RS, SH, CI = "barreau-qc", "law-firm", "rseq-monteregie", "shelter", "cisss-gaspesie"
CC, LOC, DISP, ADV, MIS, TEST = ("CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE", "DISPARAGEMENT",
                                  "PERSONALIZED_LEGAL_ADVICE", "MISLEADING_ADVERTISING", "TESTIMONIAL_SOLICITATION")
SURV, PRIV, CONS, CHILD, CONF, HAR = ("SURVIVOR_IDENTIFICATION", "PRIVATE_EVENT_DISCLOSURE", "CONSENT_REQUIRED",
                                      "CHILD_PROTECTION_IDENTIFICATION", "CONFIDENTIAL_INFORMATION", "HARASSMENT")
FB, LI, IG = "facebook", "linkedin", "instagram"

POSTS = [
("H", "fr", FB, BQ, [CC, DISP], """Avocat retraité, je peux le dire astheure : le fameux notaire de Chicoutimi qui s'est fait radier en 1995, c'est moi qui le défendais. Un homme charmant, pis malhonnête jusqu'aux os."""),
("H", "fr", FB, BQ, [], """Avocat retraité, je peux le dire astheure : j'ai jamais compris les règles de stationnement du palais de justice de Chicoutimi. 38 ans de pratique, à peu près 200 contraventions."""),
("N", "fr", FB, BQ, [ADV], """[[PERSON:Sylvie]], dans ton cas la clôture est à 30 cm de ton bord, tu peux la démolir sans avertir ton voisin, c'est ton terrain. Je suis avocate, fais-moi confiance."""),
("N", "fr", FB, BQ, [], """[[PERSON:Sylvie]], je suis avocate mais je donnerai pas d'avis ici 😉 En général, les chicanes de clôture se règlent mieux en se parlant, pis un arpenteur peut confirmer la ligne. Appelle au bureau si tu veux une consultation."""),
("M", "fr", IG, BQ, [MIS], """🔥 SEULEMENT CETTE SEMAINE 🔥 Faillite? Dettes? On les efface TOUTES, 100 % garanti. Les banques détestent ce truc!! Lien dans la bio 👆"""),
("J", "fr", LI, BQ, [], """Le comité jeunesse rappelle que la publicité des avocats est permise, mais qu'elle doit respecter le Code de déontologie et éviter les techniques de piège à clics. Atelier gratuit le 15 février pour revoir vos pages professionnelles."""),
("L", "fr", FB, BQ, [DISP], """Monsieur, votre mémoire est aussi sélective que votre historique de paiements. Bonne journée."""),
("O", "fr", FB, BQ, [LOC, CC], """Confession d'une avocate : je suis assise dans le stationnement du centre jeunesse de Laval en attendant que ma cliente de 16 ans finisse son entrevue. Ça me brise le cœur."""),
("I", "fr", IG, BQ, [], """portes ouvertes à la Faculté de droit samedi!! ⚖️ venez nous voir au kiosque du Comité de justice sociale, on a des biscuits"""),
("L", "fr", LI, LF, [CC], """Fiers d'annoncer que notre cliente, la PDG d'une PME de Saint-Georges bien connue dans le meuble, a obtenu gain de cause contre son ex-associé. On ne dira pas son nom, mais vous l'avez sûrement reconnue 😉"""),
("L", "fr", LI, LF, [DISP], """Certains clients pensent qu'un avocat, c'est un distributeur de miracles. Spoiler : vos textos à 3 h du matin ne vous aident pas, Madame. Ils me donnent juste envie de changer de métier."""),
("H", "fr", FB, LF, [], """35 ans de pratique en droit de la famille. Le meilleur conseil que je peux donner publiquement : parlez-vous poliment devant les enfants. Le reste, c'est avec votre avocat, pas sur Facebook."""),
("L", "en", FB, LF, [ADV], """@[[PERSON:Omar]] welcome to Quebec! For your situation: don't sign the lease renewal, just give one month's notice by text message, that's all you need here."""),
("I", "fr", IG, RS, [DISP], """l'équipe de Varennes c'est tellement des pleurnichards 😭😭 allez jouer aux billes"""),
("I", "fr", IG, RS, [], """Varennes nous a battus en finale 😭 bravo, vous le méritiez. l'an prochain c'est notre tour 💪"""),
("N", "fr", FB, RS, [HAR], """Je sais où l'entraîneur reste pis je vais aller y dire ma façon de penser devant sa famille. Il va comprendre, croyez-moi."""),
("N", "fr", FB, RS, [], """Je vais demander une rencontre avec l'entraîneur et la direction de l'école pour comprendre la décision. Je vous tiens au courant, les parents."""),
("O", "fr", FB, RS, [HAR], """J'ai créé un faux compte au nom de la coach [[PERSON:Valérie]] pis j'envoie des messages aux parents 😂 personne l'a remarqué encore"""),
("J", "fr", FB, RS, [], """Sondage du comité du personnel : êtes-vous à l'aise avec la politique sur les médias sociaux? Répondez avant le 20, c'est anonyme. Les résultats seront présentés au CA."""),
("N", "fr", FB, SH, [SURV], """Ma voisine [[PERSON:Annie]] pis ses 3 enfants sont partis en pleine nuit avec la police, j'ai tout vu de ma fenêtre. Elle était pleine de bleus. J'espère qu'ils l'ont amenée dans une maison d'hébergement."""),
("N", "fr", FB, SH, [], """Rappel à tous : si vous entendez de la violence chez un voisin, appelez le 911. C'est pas se mêler de ce qui nous regarde pas, c'est peut-être sauver une vie."""),
("O", "fr", FB, SH, [PRIV], """Confession : le souper des Fêtes de la maison, c'est samedi à 18 h au resto Le Vieux Moulin, salle du fond. On va être 40 avec les enfants. J'ai tellement hâte."""),
("J", "fr", FB, SH, [CONS], """Vidéo de la formation d'hier 🎥 avec nos intervenantes [[PERSON:Karine]], [[PERSON:Josiane]] et [[PERSON:Lucie]]. Bravo les filles!"""),
("J", "fr", FB, SH, [], """Vidéo de la formation d'hier 🎥 avec notre conférencière invitée, qui en a autorisé la diffusion par écrit. Les intervenantes ont préféré rester hors champ, et on respecte ça."""),
("H", "fr", FB, SH, [LOC], """Je suis passée devant l'ancienne maison d'hébergement sur la rue Notre-Dame à Trois-Rivières, celle en brique rouge avec la galerie verte. Elle sert encore, je pense. Tellement de souvenirs."""),
("M", "fr", LI, SH, [], """Colloque provincial des maisons d'hébergement : les inscriptions sont ouvertes! Ateliers sur la cybersécurité, la confidentialité et la gestion des médias sociaux."""),
("N", "fr", FB, CI, [CHILD], """Félicitations à ma tante qui a adopté les deux petits de sa voisine de Mont-Louis après 3 ans en famille d'accueil 🥰 la mère pouvait pu s'en occuper"""),
("N", "fr", FB, CI, [], """Félicitations à ma tante qui a été nommée bénévole de l'année à la maison de la famille! 🥰 Elle va faire semblant d'être gênée mais on sait qu'elle est fière."""),
("L", "fr", FB, CI, [CONF], """Pour ceux qui disent qu'on exagère : j'ai le plan d'intervention du jeune sous les yeux, pis c'est écrit noir sur blanc que le CISSS savait depuis deux ans."""),
("O", "fr", FB, CI, [DISP], """Les gestionnaires du CISSS de la Gaspésie, c'est des pousse-crayons qui ont jamais changé une couche de leur vie."""),
("J", "fr", FB, CI, [], """L'association des ressources tient à souligner le travail des intervenantes du CISSS. On a nos désaccords, mais on travaille pour les mêmes enfants."""),
("I", "fr", IG, CI, [CONS], """mon dernier souper à la RI avant mes 18 ans 🥲 photo avec toute l'équipe, [[PERSON:Guylaine]], [[PERSON:Patrick]] pis [[PERSON:Sandra]]"""),
("K", "en", FB, CI, [], """Does the CISSS offer home-care services in English for seniors in the Gaspé? My parents are moving here from Ontario next spring."""),
("M", "en", LI, LF, [CC], """Keynote tomorrow: "What my client's bankruptcy taught me about leadership." The story of a Montreal tech darling and the 48 hours before it collapsed. You know the one 😉"""),
("N", "en", FB, SH, [SURV], """Omg is that [[PERSON:Tina]] in the back of the shelter's fundraiser photo?? I thought she'd moved away, I didn't know she was living there 😳"""),
("I", "en", IG, RS, [HAR], """everyone unfollow and block [[PERSON:Ava]] rn, she's a snitch 🐀 pass it on"""),
("I", "en", IG, RS, [], """everyone go follow our team page for game highlights 🏐 all videos posted with the players' ok!"""),
("O", "en", FB, BQ, [CC], """Confession: I'm a junior lawyer and I accidentally told my mom that her hairdresser is our client in a nasty divorce. Now the whole salon knows."""),
]

if __name__ == "__main__":
    build(10, POSTS)
