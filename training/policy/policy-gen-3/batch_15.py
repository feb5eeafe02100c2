"""policy-gen-3 batch 15 — source with inline entity markers. Run: python3 batch_02.py"""
from common import build

BQ, LF, RS, SH, CI = "barreau-qc", "law-firm", "rseq-monteregie", "shelter", "cisss-gaspesie"
CC, LOC, DISP, ADV, MIS, TEST = ("CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE", "DISPARAGEMENT",
                                  "PERSONALIZED_LEGAL_ADVICE", "MISLEADING_ADVERTISING", "TESTIMONIAL_SOLICITATION")
SURV, PRIV, CONS, CHILD, CONF, HAR = ("SURVIVOR_IDENTIFICATION", "PRIVATE_EVENT_DISCLOSURE", "CONSENT_REQUIRED",
                                      "CHILD_PROTECTION_IDENTIFICATION", "CONFIDENTIAL_INFORMATION", "HARASSMENT")
FB, LI, IG = "facebook", "linkedin", "instagram"

POSTS = [
("I", "en", IG, BQ, [CC], """new files just landed on my desk 📚☕ monday mood (the [[PERSON:Pelletier]] v. [[PERSON:Roy]] one is gonna be a ride lol)"""),
("I", "en", IG, BQ, [], """new files just landed on my desk 📚☕ monday mood. (all labels turned around for the pic, obviously, we're not amateurs)"""),
("O", "en", FB, BQ, [DISP], """Mediation day. My client is ready, I'm ready, and the other side's lawyer is 40 minutes late AGAIN 🙄 some people should have stayed in real estate."""),
("N", "en", FB, BQ, [], """Watched the news about the Granby trial last night. Interesting that the defence lawyer explained on camera what a preliminary inquiry is. More of that, please: plain explanations of public cases help everyone."""),
("H", "fr", FB, BQ, [CC], """En faisant du ménage, j'ai retrouvé la photo du mariage d'une de mes clientes, la fille du concessionnaire Ford de Victoriaville. Elle m'avait invitée après son règlement avec l'assureur. Beau souvenir!"""),
("H", "fr", FB, BQ, [], """En faisant du ménage, j'ai retrouvé ma photo d'assermentation de 1983. Les épaulettes! La moustache de mon confrère! Les lunettes de ma mère! Un beau souvenir d'une belle carrière."""),
("L", "en", LI, LF, [CC], """Working all weekend on a big merger for a pharma client in Laval 💊 Can't say more, but watch the business pages Monday morning 😉"""),
("L", "en", LI, LF, [], """Working all weekend again 😅 If you're a junior lawyer: protect your sleep, say no when you can, and never post hints about what you're working on. Monday will come either way."""),
("O", "en", FB, LF, [CC], """Confession: my best friend is the other side in my client's divorce. I found out at the first meeting. I'm still representing the wife and my friend has no idea it's me."""),
("L", "en", FB, LF, [], """I've said what I had to say in this thread. I won't engage further here; anyone who wants to discuss our services can reach the office directly. Have a good evening."""),
("N", "fr", FB, LF, [DISP], """Mon beau-frère est avocat pis il appelle ses clients des « vaches à lait » au souper de Noël. Classe."""),
("I", "en", IG, RS, [HAR], """to the ref from tonight: go back to ur own country and learn the rules there 🤡"""),
("I", "en", IG, RS, [], """to the ref from tonight: tough crowd, you handled it. respect 🤝 (coach made us all say thank you on the way out and honestly good)"""),
("N", "fr", FB, RS, [DISP], """Regardez le numéro 9 de l'équipe de Chambly qui échappe le ballon 3 fois de suite 😂😂 vidéo au ralenti avec la musique de Benny Hill, j'en pleure"""),
("N", "fr", FB, RS, [], """Regardez ma fille qui fait son premier panier à 3 points 😭🏀 (vidéo publiée avec sa permission, elle m'a fait recommencer le montage 4 fois)"""),
("O", "en", FB, RS, [HAR], """Confession: the female ref at the Longueuil tournament should stick to cheerleading. Someone should tell her every game until she quits."""),
("J", "en", FB, RS, [], """From the officials' association newsletter: sexist or racist comments toward referees are cyberharassment under the RSEQ policy, whether posted, texted or emailed. Report them; don't reply to them."""),
("N", "en", FB, SH, [SURV, LOC], """@Maison L'Aurore my ex-wife [[PERSON:Jenny Roy]] is staying with you, tell her to call me. The kids miss their father."""),
("L", "en", FB, SH, [], """We've removed a comment from this page that contained personal information about another person. We never confirm who is or isn't staying with us. If you need help, call our line any time."""),
("J", "fr", FB, SH, [SURV], """Petit mot de l'équipe de nuit : grosse nuit hier, trois admissions dont une maman avec un nouveau-né de 4 jours, arrivée en ambulance. On est épuisées mais fières."""),
("J", "fr", FB, SH, [], """Petit mot de l'équipe de nuit : merci aux collègues de jour pour le café laissé dans la cafetière ☕ Des fois c'est ça qui fait la différence à 4 h du matin."""),
("I", "en", IG, SH, [LOC], """📍 checked in at Maison Hélène-Lachance, Saint-Jérôme 💜 volunteer shift #10, love this place"""),
("I", "en", IG, SH, [], """volunteer shift #10 💜 not tagging where, obviously, but if you want to help a shelter near you, most have a volunteer form on their regional network's site"""),
("M", "en", FB, SH, [LOC], """Our donors' appreciation evening will include a guided tour of the residence! 🏡 Meet at the front door, [[STREET_ADDRESS:77 rue du Couvent]], 6 pm."""),
("M", "en", FB, SH, [], """Our donors' appreciation evening is Thursday at 6 pm at the Maison de la culture (public venue). There's no tour of the residence, for the residents' safety, but we'll share a virtual walkthrough with no identifiable details."""),
("J", "fr", FB, CI, [CONS], """Sortie à la cabane à sucre avec nos résidents de la RI! 🍁 Photos de tout le monde autour de la tire, on a eu tellement de plaisir."""),
("J", "fr", FB, CI, [], """Sortie à la cabane à sucre avec nos résidents de la RI! 🍁 Les photos ci-dessous sont publiées avec l'autorisation écrite de chaque résident ou de son représentant. On a eu tellement de plaisir."""),
("N", "en", FB, CI, [DISP, HAR], """Liked and shared! 100% agree, that caseworker should be fired, she's a disgrace and everyone in Bonaventure should know her face."""),
("L", "en", FB, CI, [], """A former user added me on Facebook this week. I declined politely and sent a kind message through the proper channel. Posting this because new resource owners ask me what to do. That's my answer."""),
("O", "fr", FB, CI, [CHILD, CONF], """Confession : le jeune de 14 ans qu'on a à la ressource passe au tribunal jeudi à Carleton pour la révision de son placement. Son père va être là pour la première fois en 2 ans. J'ai peur pour lui."""),
("O", "fr", FB, CI, [], """Confession : des fois je me demande si on en fait assez. Je peux rien dire de plus, pis c'est correct. Mais si vous êtes une famille d'accueil et que vous doutez : on est plusieurs."""),
("N", "en", FB, CI, [HAR], """I'll keep posting about this every single day under every CISSS post until someone listens. Everyone copy-paste this on their page too."""),
("K", "en", FB, CI, [], """Newcomer question: can I "like" posts from my kid's former youth worker on Facebook? She's very nice but I'm not sure what's appropriate here. Thanks!"""),
("M", "en", LI, CI, [], """Webinar for RI-RTF owners: "Social media in 20 minutes." Covers not sharing confidential info, written consent for staff photos, youth-protection limits and why even a "like" on a nasty post can be a problem. Free, register via the association."""),
("K", "en", FB, BQ, [], """In the UK I used to find lawyers through reviews. Here I notice law firms have no testimonials on their pages. Is that a rule? Just curious how people choose a lawyer in Quebec!"""),
("M", "fr", LI, BQ, [MIS], """Vous ne croirez JAMAIS ce que votre propriétaire a le droit de faire 😱 (et ce qu'il n'a PAS le droit). Notre méthode vous fait gagner au TAL à coup sûr. Lien en commentaire!"""),
("L", "fr", FB, BQ, [ADV, CC], """@[[PERSON:Denise Lafleur]] comme je vous disais au bureau mardi, vu que votre mari a vidé le compte conjoint, transférez tout de suite la moitié de son REER dans votre compte à vous, c'est votre droit."""),
("L", "fr", FB, BQ, [], """@[[PERSON:Denise Lafleur]] je préfère qu'on en parle au bureau plutôt qu'ici, pour protéger votre confidentialité. Mon adjointe vous appelle demain pour fixer un moment."""),
("I", "fr", IG, RS, [HAR], """[[PERSON:Zack]] t'as encore fait perdre l'équipe, on va te le rappeler à chaque jour jusqu'à la fin de l'année 😘"""),
("I", "fr", IG, RS, [], """on a perdu, mais personne a fait perdre l'équipe, c'est un sport d'équipe 🏐 on se reprend mardi!"""),
]

if __name__ == "__main__":
    build(15, POSTS)
