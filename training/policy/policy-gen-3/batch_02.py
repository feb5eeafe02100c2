"""policy-gen-3 batch 02 — source with inline entity markers. Run: python3 batch_02.py"""
from common import build

BQ, LF, RS, SH, CI = "barreau-qc", "law-firm", "rseq-monteregie", "shelter", "cisss-gaspesie"
CC, LOC, DISP, ADV, MIS, TEST = ("CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE", "DISPARAGEMENT",
                                  "PERSONALIZED_LEGAL_ADVICE", "MISLEADING_ADVERTISING", "TESTIMONIAL_SOLICITATION")
SURV, PRIV, CONS, CHILD, CONF, HAR = ("SURVIVOR_IDENTIFICATION", "PRIVATE_EVENT_DISCLOSURE", "CONSENT_REQUIRED",
                                      "CHILD_PROTECTION_IDENTIFICATION", "CONFIDENTIAL_INFORMATION", "HARASSMENT")
FB, LI, IG = "facebook", "linkedin", "instagram"

POSTS = [
("J", "fr", FB, BQ, [CC], """Bulletin des avocat·e·s de l'aide juridique, édition de décembre : félicitations à Me [[PERSON:Rachid Benali]] qui a obtenu jeudi l'acquittement du jeune homme de Saint-Léonard accusé du vol de l'épicerie de la rue Jarry. Après 14 mois de détention préventive, il est enfin rentré chez sa mère. Bravo Rachid!"""),
("J", "fr", FB, BQ, [], """Bulletin des avocat·e·s de l'aide juridique, édition de décembre : félicitations à Me [[PERSON:Rachid Benali]] (qui a accepté qu'on le nomme ici) pour ses 25 ans de pratique! Rachid a formé une génération de stagiaires et n'a jamais raté un party de Noël. Merci pour tout."""),
("L", "fr", FB, BQ, [CC], """Madame, je vous rappelle que votre dossier [[QC_COURT_FILE_NUMBER:500-17-112233-249]] est suspendu parce que notre dernière facture n'a jamais été payée. Ce n'est pas un « abandon », c'est une conséquence."""),
("L", "fr", FB, BQ, [], """Madame, je comprends votre frustration. Je ne peux pas discuter d'un dossier ici, même pour répondre à une critique; c'est une obligation déontologique, pas de l'indifférence. Notre adjointe vous rappellera demain matin pour fixer une rencontre."""),
("M", "en", LI, BQ, [MIS], """FREE masterclass 🚀 "How I won 100% of my immigration cases — and the ONE form mistake that gets everyone else refused." Seats are limited. Approval guaranteed for anyone who follows my method. Register now before it's gone!"""),
("M", "en", LI, BQ, [], """Free lunch-and-learn next Wednesday: "Sponsorship applications: the most common paperwork mistakes." General information only; every file is different and nobody can promise an outcome. Q&A at the end, hosted by the Young Bar of Montreal."""),
("I", "en", IG, BQ, [TEST], """one year at my own practice 🎉🥂 if i've ever helped you with anything, pleeease drop a comment below about how it went!! it helps a tiny firm more than u know 💕 #lawyerlife #smallbusiness"""),
("I", "en", IG, BQ, [], """one year at my own practice 🎉🥂 huge thanks to my mentor Me [[PERSON:Lisa Wong]] (she said I could tag her!) for answering my panicked 9pm texts all year. onto year two #lawyerlife"""),
("L", "fr", FB, BQ, [ADV], """M. [[PERSON:Tremblay]], vu que votre ex n'a pas respecté l'ordonnance deux fins de semaine de suite, gardez l'enfant chez vous cette fin de semaine. Vous êtes dans votre droit et le juge va comprendre."""),
("L", "fr", FB, BQ, [], """M. [[PERSON:Tremblay]], de façon générale, quand une ordonnance de garde n'est pas respectée, on évite de se faire justice soi-même : on documente et on consulte, et le tribunal peut être saisi. Je ne peux pas me prononcer sur un cas précis dans un commentaire."""),
("H", "en", FB, BQ, [LOC, CC], """Spent the afternoon at the Cowansville courthouse with my client for his preliminary hearing. Small-town court: by noon everybody in the cafeteria knew exactly why we were there 😅"""),
("H", "en", FB, BQ, [], """Spent the afternoon at the Cowansville courthouse talking to two high-school classes about careers in law. Small-town court, big questions: "Do you get to bang the gavel?" (No.) What a fun way to spend retirement 😅"""),
("L", "en", FB, BQ, [DISP], """I'd love to reply in detail, but I hear Me [[PERSON:Fortin]] is handling your appeal now, so I'm sure it will go just as well as his last three 🙂"""),
("K", "en", FB, BQ, [], """Does anyone know how to find a lawyer in Quebec who works in English? It's for a small contract dispute with a contractor. Is there a referral service through the Bar? Thanks in advance!"""),
("O", "en", FB, LF, [CC], """Confession from a paralegal: a client of ours, a pretty well-known hockey dad in Lévis, is hiding income from his ex through his brother's snow-removal company. We all know. Nobody says anything."""),
("O", "en", FB, LF, [], """Confession from a paralegal: I love my job but I hate when friends ask "so what are you working on?" at parties. I literally cannot tell you. Stop asking me for "juicy cases", [[PERSON:Kevin]]."""),
("H", "fr", FB, LF, [ADV], """Mon beau [[PERSON:Luc]], d'après ce que tu m'écris, ton testament de 2009 est encore bon. Ajoute juste une feuille écrite à la main pour ta blonde, signe-la, pis ça va être correct. Pas besoin de retourner chez le notaire."""),
("H", "fr", FB, LF, [], """Mon beau [[PERSON:Luc]], je suis à la retraite et je peux pas te conseiller sur ton cas, mais c'est une bonne idée de faire revoir un testament après un changement de vie. La Chambre des notaires a de l'information générale là-dessus sur son site."""),
("L", "fr", LI, LF, [DISP], """Quand on voit qui représente l'autre partie, on comprend pourquoi ils ont besoin de faire des sorties dans les médias 🤡 Certains cabinets plaident mieux devant les caméras que devant un juge."""),
("L", "fr", LI, LF, [], """On a lu l'article et les commentaires. Chaque partie a droit à sa version des faits et le tribunal tranchera. On ne commentera pas le dossier publiquement, par respect pour tout le monde impliqué."""),
("M", "en", LI, LF, [], """Live-posting from the access-to-justice conference: great keynote on the Supreme Court's decision this week in the publicly reported Quebec pension case. Key takeaway: plain-language judgments matter. Slides will be on the organizers' site."""),
("I", "fr", IG, RS, [HAR], """si la grande de Saint-Hubert se pointe encore au tournoi on va s'occuper d'elle dans le vestiaire 😇 vous êtes avertis #volley"""),
("I", "fr", IG, RS, [], """la grande de Saint-Hubert a smashé sur moi 4 fois samedi 😭 respect total, elle est malade. on se revoit au provincial 🏐"""),
("N", "en", FB, RS, [DISP, HAR], """Heard from a few parents that the Cobras coach only picks kids whose parents "donate" to the team. Just saying. Ask around before you sign up."""),
("N", "en", FB, RS, [], """Question for other parents: how does team selection work for the Cobras? My son is trying out next week and we'd like to understand the criteria. Is it posted somewhere?"""),
("O", "en", IG, RS, [DISP, HAR], """we made an account @rseq_fails where we'll post every bad call from the refs this season 📹 DM us your clips and their names if u know them, let's expose them all"""),
("I", "en", IG, RS, [DISP], """our new coach is sooo useless 💀 like sir do u even know what a zone defense is. 3 practices and we've learned nothing except how to run laps"""),
("I", "en", IG, RS, [], """new coach!! she's strict and we run SO many laps 😂 but honestly we needed it. their offense was a real threat last season and we're finally ready 💪"""),
("M", "fr", FB, RS, [], """📣 Championnat régional de basketball juvénile samedi au Cégep de Saint-Hyacinthe, dès 9 h! Entrée libre, venez encourager nos équipes. Rappel aux partisans : on encourage les nôtres, on respecte les autres 🏀"""),
("N", "fr", FB, SH, [SURV], """Ma voisine d'en face est partie avec ses deux filles jeudi passé pour une maison d'aide, j'espère qu'elle est correcte. Son chum arrête pas de tourner dans la rue depuis. Quelqu'un sait-tu où elle est rendue?"""),
("N", "fr", FB, SH, [], """Merci pour ce partage. Si jamais une voisine ou une amie vit de la violence, on peut appeler SOS violence conjugale pour savoir comment l'aider, même sans connaître tous les détails. C'est gratuit et confidentiel."""),
("J", "en", FB, SH, [SURV], """Staff bulletin: difficult night Tuesday when a resident's ex showed up at our door around 1 a.m. Police came and everyone is safe. Huge thanks to the overnight team for following protocol."""),
("J", "en", FB, SH, [], """Staff bulletin: a big thank-you to the overnight team for another year of steady, quiet dedication. Our annual safety-protocol refresher is next month; details will come through internal email, as always."""),
("I", "en", IG, SH, [LOC], """volunteering at the shelter this weekend 💜 it's literally 2 min from my school lol, the blue house behind the Metro on Lajeunesse. so proud to help"""),
("I", "en", IG, SH, [], """volunteering this weekend 💜 can't say where (safety first!) but i sorted donations for 5 hours and my arms are dead. if u want to help, look up your regional shelter network for donation drives"""),
("M", "en", IG, SH, [PRIV], """Tonight's survivors' support circle has MOVED 💜 now 6:30pm in the community room of the Verdun library, 2nd floor. Bring a friend who needs it!"""),
("M", "en", IG, SH, [], """Our public fundraising walk is Saturday 10am at Parc La Fontaine 💜 everyone welcome, strollers and dogs too. Registration link in bio."""),
("J", "fr", FB, SH, [CONS], """Merci à nos bénévoles! 📸 Photo de groupe prise hier au souper de reconnaissance avec [[PERSON:Chantal]], [[PERSON:Nadia]] et [[PERSON:Mélissa]]. Vous êtes le cœur de la maison!"""),
("J", "fr", FB, SH, [], """Merci à nos bénévoles! 📸 Photo publiée avec l'accord écrit de chacune : [[PERSON:Chantal]], [[PERSON:Nadia]] et [[PERSON:Mélissa]] au souper de reconnaissance d'hier. Vous êtes le cœur de l'organisme!"""),
("K", "en", FB, SH, [], """How do I become a volunteer with a women's shelter in Montreal? Is French required? I'm a nurse from Toronto with some free evenings and would love to help."""),
("K", "en", FB, CI, [CHILD], """Hi! We're a new foster family in Chandler and were just placed with a 9-year-old boy and his little sister, their mom is from Gaspé. Does anyone know good English tutoring? He's in grade 4 at the local school."""),
("K", "en", FB, CI, [], """Hi! We're new in the Chandler area and looking for English tutoring for elementary-school kids. Any recommendations? Asking for our household in general, grades 2 to 5."""),
("O", "fr", FB, CI, [CONF], """Le code de la porte d'en arrière de la ressource a changé, c'est rendu 4471#, pour les remplaçantes de fin de semaine 👍 Pis la clé de la pharmacie est encore dans le tiroir à ustensiles."""),
("J", "en", FB, CI, [CONF], """Union update: attached is the CISSS incident-report summary for Q3 that management hasn't released yet. 47 incidents in RI-RTF resources, 12 in the Bonaventure sector alone. Read it before Thursday's meeting."""),
("J", "en", FB, CI, [], """Union update: management presented the public annual report on Thursday. We'll comment on it at our general assembly. As always, please don't forward internal documents on social media, even screenshots."""),
("L", "en", FB, CI, [DISP], """Maybe if the case workers actually did their jobs instead of hiding behind their screens, foster families like ours wouldn't have to beg for a callback. Lazy doesn't begin to describe it."""),
("L", "en", FB, CI, [], """I hear the frustration about callbacks. As a foster parent I've felt it too. Case workers are carrying huge loads; the answer is more staff, not blaming the ones who are there."""),
("N", "fr", FB, CI, [HAR], """Partagez ça partout : c'est ELLE, la TS de Bonaventure qui a brisé notre famille, la petite blonde avec la Mazda rouge. Qu'elle dorme bien la nuit."""),
("I", "en", IG, CI, [CONS], """shoutout to the night guy at my group home who taught me chess this year 😂 @[[PERSON:marc.dionne]] ur the GOAT"""),
("M", "fr", FB, CI, [], """Journée portes ouvertes sur les ressources de type familial samedi, de 10 h à 15 h, à la salle municipale. Venez poser vos questions sur le processus d'évaluation! Événement public, aucune inscription requise."""),
]

if __name__ == "__main__":
    build(2, POSTS)
