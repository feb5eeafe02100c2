"""policy-gen-3 batch 08 — source with inline entity markers. Run: python3 batch_02.py"""
from common import build

BQ, LF, RS, SH, CI = "barreau-qc", "law-firm", "rseq-monteregie", "shelter", "cisss-gaspesie"
CC, LOC, DISP, ADV, MIS, TEST = ("CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE", "DISPARAGEMENT",
                                  "PERSONALIZED_LEGAL_ADVICE", "MISLEADING_ADVERTISING", "TESTIMONIAL_SOLICITATION")
SURV, PRIV, CONS, CHILD, CONF, HAR = ("SURVIVOR_IDENTIFICATION", "PRIVATE_EVENT_DISCLOSURE", "CONSENT_REQUIRED",
                                      "CHILD_PROTECTION_IDENTIFICATION", "CONFIDENTIAL_INFORMATION", "HARASSMENT")
FB, LI, IG = "facebook", "linkedin", "instagram"

POSTS = [
("J", "en", FB, CI, [CONF], """📰 RESOURCES' ASSOCIATION — WINTER NEWSLETTER (excerpt)

• Holiday potluck: January 11, 5 pm, Legion hall in New Richmond. Bring a dish, bring your partner, leave the paperwork at home.
• Training: the CISSS is offering the first-aid refresher again in February; sign-up sheet at the office.
• Reorganization: several of you asked. The draft reorganization chart (attached, please don't share outside the association) shows the Bonaventure and Avignon sectors merging under one coordinator in April, with two liaison positions cut.
• Reminder: snow-removal receipts are reimbursable, keep them.
• Thank you to everyone who came to the general assembly. Minutes will be mailed."""),
("J", "en", FB, CI, [], """📰 RESOURCES' ASSOCIATION — WINTER NEWSLETTER (excerpt)

• Holiday potluck: January 11, 5 pm, Legion hall in New Richmond. Bring a dish, bring your partner, leave the paperwork at home.
• Training: the CISSS is offering the first-aid refresher again in February; sign-up sheet at the office.
• Reorganization: the CISSS announced publicly last week that it will consult resources before any change to sector boundaries. We'll keep you posted through official channels only.
• Reminder: snow-removal receipts are reimbursable, keep them.
• Thank you to everyone who came to the general assembly. Minutes will be mailed."""),
("M", "fr", LI, BQ, [CC], """Merci aux 80 personnes présentes à mon webinaire d'hier sur les vices cachés! 🙏 Plusieurs m'ont écrit pour dire que l'exemple de Mme [[PERSON:Labrecque]], notre cliente de Lévis dont le sous-sol s'est rempli d'eau trois semaines après l'achat, les avait aidés à comprendre. Enregistrement disponible sur demande."""),
("M", "fr", LI, BQ, [], """Merci aux 80 personnes présentes à mon webinaire d'hier sur les vices cachés! 🙏 Plusieurs m'ont dit que les exemples tirés de jugements publiés les avaient aidés à comprendre les délais de dénonciation. Enregistrement disponible sur demande."""),
("H", "en", FB, SH, [PRIV], """Thirty years ago I helped start a little shelter with six beds and a donated fridge. Today it has twenty-two beds and a waiting list, which makes me proud and sad at the same time. I'm retired now, but some things don't retire: the women I met, the colleagues who became sisters, the phone that still makes me jump when it rings at night. To the alumnae who read this: our circle still meets every second Tuesday at 7 in the basement of St. Columba church, come back whenever you need it 💜"""),
("H", "en", FB, SH, [], """Thirty years ago I helped start a little shelter with six beds and a donated fridge. Today it has twenty-two beds and a waiting list, which makes me proud and sad at the same time. I'm retired now, but some things don't retire: the colleagues who became sisters, the phone that still makes me jump when it rings at night. If you can, give to your regional shelter network this winter 💜"""),
("N", "fr", FB, RS, [DISP, HAR], """Je vais le dire parce que personne ose : l'entraîneur des Cougars, tout le monde sait qu'il a été mis dehors de son ancienne école pour des « comportements inappropriés » avec des joueuses. Pis le RSEQ le laisse coacher nos filles?? Partagez avant qu'ils effacent ça. Les parents ont le droit de savoir."""),
("N", "fr", FB, RS, [], """J'aimerais savoir comment le RSEQ vérifie les antécédents des entraîneurs bénévoles. Pas d'accusation ici, juste une question de parent qui veut comprendre le processus. Quelqu'un a le lien vers la politique?"""),
("K", "en", FB, CI, [], """Hi all! I'm a nurse from Ireland, moving to Gaspé in the spring with my family. A few questions, sorry for the long post: how does the professional file transfer work with the OIIQ? Is a clinical placement required before I can work? Do CISSS job postings need French from day one, and is there any support for learning? Also, any tips on finding an apartment with a yard for our dog? Thank you so much, this group has been great."""),
("I", "fr", IG, RS, [HAR], """yo [[PERSON:Mika]] t'es mieux de pas venir au game de vendredi, sérieux c'est pas une joke 🔪"""),
("I", "fr", IG, RS, [], """game de vendredi 🔥 on a besoin de tout le monde dans les estrades, be there or be square 🏀 go Patriotes!"""),
("N", "en", FB, RS, [DISP], """The referees in this league are a joke. Clueless teenagers with whistles who couldn't referee a game of tag."""),
("N", "en", FB, RS, [], """Some calls were rough tonight. Refs in this league are often teenagers still learning, so I'll send my feedback through the league's form rather than yell from the stands."""),
("O", "en", FB, RS, [DISP, HAR], """Confession: [[PERSON:Jenna]] from the Lions cheer squad hooked up with the assistant coach at the tournament. Don't ask how I know 👀"""),
("L", "en", FB, LF, [CC, DISP], """To the reviewer who says we "lost his house": Mr. [[PERSON:Fraser]], you signed that hypothec in 2019 against our written advice, and the bank foreclosed because you stopped paying. That's on you, not us."""),
("L", "en", FB, LF, [], """We're sorry to read this. We can't respond about any client's matter in public, but we'd like to understand what happened. Please call our managing partner directly; we'll make time this week."""),
("M", "en", LI, LF, [], """New podcast episode 🎧 What happens to your personal information when you hire a lawyer? We explain professional secrecy, privacy law and what firms must do when there's a data breach. General information only."""),
("H", "fr", FB, LF, [CC], """Je me souviens du gros divorce des propriétaires du Château à Rimouski dans les années 80. J'étais jeune avocat, madame m'appelait à 2 h du matin pour me dire où monsieur avait caché le bateau. On a fini par le trouver à Matane 😂"""),
("H", "fr", FB, LF, [], """Je me souviens de mes années de jeune avocat à Rimouski dans les années 80 : les dossiers en papier pelure, le télécopieur qui bloquait, les appels à 2 h du matin. Je m'ennuie pas du télécopieur."""),
("I", "en", IG, BQ, [ADV], """lawyer here 👋 for the question in my stories: since you're 2 months behind on rent, pay exactly half this week. your landlord legally can't evict you once you've paid half, screenshot this."""),
("I", "en", IG, BQ, [], """lawyer here 👋 lots of questions in my stories about evictions! I can't answer individual situations on IG, but I made a highlight on how the TAL process generally works 🧵 for your own case, book a consult or call legal aid."""),
("M", "en", IG, BQ, [MIS], """Why pay for a lawyer when our legal team wins 99% of traffic tickets? 🚗💨 The cops HATE this. Free consult, guaranteed results, tap the link now!"""),
("M", "fr", FB, BQ, [MIS, TEST], """Rejoignez nos 1000 clients satisfaits! ⭐ Laissez votre témoignage sur notre page et obtenez 10 % de rabais sur votre prochain mandat. Résultats garantis!"""),
("L", "fr", FB, BQ, [LOC, CC], """Petite pause au Tim de Saint-Jean avant la médiation de mon client avec son ancien associé, celui du garage sur le boulevard du Séminaire ☕ Longue journée en vue."""),
("O", "en", FB, BQ, [], """Confession: I'm a lawyer and my clients think I'm calm. I am not calm. I have a good poker face, a therapist and a very patient dog."""),
("N", "fr", FB, BQ, [], """Mon fils a été assermenté au Barreau hier!! On est tellement fiers 🥹 (Il m'a autorisée à publier la photo, j'ai demandé avant cette fois-là 😂)"""),
("I", "en", IG, SH, [SURV], """my best friend is staying at a shelter with her baby rn bc of her ex 💔 if anyone from Sherbrooke High has baby clothes 0-3 months pls DM me. her name's [[PERSON:Kenzie]] if u know her"""),
("I", "en", IG, SH, [], """collecting baby clothes 0-3 months for a local shelter drive 💕 DM me and I'll pick them up, everything goes through the shelter's official drop-off point"""),
("J", "fr", FB, SH, [CONS], """Bienvenue à notre nouvelle directrice générale, [[PERSON:Line Paquette]]! 🎉 Photo prise à son premier jour, devant la cuisine."""),
("J", "fr", FB, SH, [], """Bienvenue à notre nouvelle directrice générale, [[PERSON:Line Paquette]]! 🎉 Line a accepté par écrit d'être présentée ici avec sa photo officielle. On a hâte de travailler avec toi!"""),
("M", "en", FB, SH, [LOC], """Big news 🏠 Our new transitional apartments for women leaving the shelter open at [[STREET_ADDRESS:2210 avenue Laurier]], [[CA_POSTAL_CODE:G1V 2L1]] next month! 8 units, fully furnished thanks to you."""),
("N", "en", FB, SH, [], """The bus shelter on our corner finally got its roof fixed 🙌 Only took the city three years and one very angry neighbourhood Facebook group."""),
("O", "fr", FB, SH, [SURV], """Confession : l'intervenante m'a dit de pas en parler, mais la femme qui a été transférée d'urgence cette nuit, c'est celle d'un conseiller municipal de Drummondville."""),
("N", "fr", FB, CI, [CHILD], """Hein c'est pas le garçon à [[PERSON:Steve Dugas]] ça? Il est rendu en famille d'accueil à Grande-Vallée? Je le savais pas pantoute"""),
("K", "en", FB, CI, [], """Question about becoming an RTF: once a child is placed with you, can you post photos of them? I've read it's very restricted in Quebec under youth protection law. Just trying to understand the rules before we apply."""),
("L", "en", FB, CI, [CONF], """Actually, the CISSS's own internal audit from last spring (I have a copy, happy to post it) shows three resources in our sector failed their inspection. So don't tell me everything is fine."""),
("O", "en", FB, CI, [DISP], """The youth centre staff in Gaspé are lazy morons and everybody in the system knows it."""),
("J", "fr", FB, CI, [HAR, CONS], """Appel à tous : on fait une chaîne de messages à la gestionnaire [[PERSON:Nathalie Huard]] jusqu'à ce qu'elle réponde. Inondez sa boîte pis son cell : [[PHONE_NUMBER:418-555-0164]]."""),
("I", "en", IG, CI, [CONS], """birthday party at my group home 🎂 thanks [[PERSON:Jess]] and [[PERSON:Marco]] for the cake!! pics below"""),
("N", "en", FB, CI, [], """Congrats to my mom on 20 years as a CISSS nurse! 🥹 She said I could post this (after fixing her hair twice)."""),
("O", "fr", FB, LF, [DISP], """Les juges de la Cour supérieure à Longueuil, c'est une loterie : tu tombes sur un bon ou sur un incompétent qui a jamais ouvert le Code."""),
("L", "en", FB, LF, [ADV], """@[[PERSON:Karen Liu]] your ex can't move the kids to Ontario without your consent, so just refuse and keep their passports at your place until he gives up."""),
("L", "en", FB, LF, [], """@[[PERSON:Karen Liu]] in general, a parent who wants to move children far away needs the other parent's agreement or a court's authorization. How that applies to you depends on your custody arrangement, so please speak with a family lawyer."""),
("M", "en", LI, RS, [], """Conference live-post 📍 RSEQ session on officials: a large share of young referees quit after one season, mostly because of abuse from the stands. Be kind to refs, or there won't be any."""),
("J", "fr", FB, RS, [], """Le comité des bénévoles félicite [[PERSON:Nicole Daigle]] pour ses 30 ans de bénévolat au basket scolaire! (Nicole a accepté d'être nommée et photographiée 😊)"""),
]

if __name__ == "__main__":
    build(8, POSTS)
