"""policy-gen-3 batch 07 — source with inline entity markers. Run: python3 batch_02.py"""
from common import build

BQ, LF, RS, SH, CI = "barreau-qc", "law-firm", "rseq-monteregie", "shelter", "cisss-gaspesie"
CC, LOC, DISP, ADV, MIS, TEST = ("CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE", "DISPARAGEMENT",
                                  "PERSONALIZED_LEGAL_ADVICE", "MISLEADING_ADVERTISING", "TESTIMONIAL_SOLICITATION")
SURV, PRIV, CONS, CHILD, CONF, HAR = ("SURVIVOR_IDENTIFICATION", "PRIVATE_EVENT_DISCLOSURE", "CONSENT_REQUIRED",
                                      "CHILD_PROTECTION_IDENTIFICATION", "CONFIDENTIAL_INFORMATION", "HARASSMENT")
FB, LI, IG = "facebook", "linkedin", "instagram"

POSTS = [
("I", "en", IG, BQ, [TEST], """if u've ever been a client of mine, tag me in ur story with one word that describes working with me 💬💕 best ones get reposted!! #lawyersofinstagram"""),
("M", "fr", FB, BQ, [TEST], """CONCOURS 🎁 Laissez-nous un avis Google d'ici vendredi et courez la chance de gagner une consultation gratuite! Plus vous êtes nombreux, plus on aide de monde 💙"""),
("L", "en", FB, BQ, [TEST, CC], """Thank you so much [[PERSON:Dana]]!! 🙏 So glad the custody schedule finally works for you and the kids. Would you mind copying this onto our Google page too? It really helps a small firm."""),
("L", "en", FB, BQ, [], """Thank you for the kind words. For privacy reasons we never confirm or discuss client relationships online, so we've hidden the comment, but please know it made our week."""),
("J", "fr", FB, BQ, [], """Extrait de notre infolettre : la 6e recommandation du Barreau demande de ne pas encourager les clients à laisser des témoignages sur les réseaux sociaux ou sur notre site. Si un témoignage apparaît, on doit agir rapidement pour le retirer. Pensez-y avant de répondre « merci, partagez! »."""),
("N", "en", FB, SH, [PRIV, SURV], """Mom, your support group is Thursday at 7 at the Legion hall on Maple again this week, don't forget! So proud of you for going 💜"""),
("O", "fr", FB, SH, [PRIV], """Confession : je suis bénévole à la maison pis le party de Noël des résidentes c'est le 21 à 17 h au chalet du parc Jarry. J'ai tellement hâte, j'ai acheté un chandail de Noël qui clignote 🎄"""),
("M", "en", FB, SH, [], """Our public candlelight vigil for the victims of femicide is on Dec 6 at 6 pm outside City Hall 🕯️ Open to everyone. Speakers include the mayor and a survivor who chose to speak publicly."""),
("J", "fr", FB, SH, [PRIV], """Horaire des groupes de soutien pour janvier : lundis 13 h (salle du CLSC Villeray, 2e étage) et jeudis 18 h 30 (sous-sol de la paroisse). Le code d'entrée est donné sur place."""),
("J", "fr", FB, SH, [], """Les groupes de soutien reprennent en janvier! Pour connaître l'horaire et le lieu, appelez notre ligne d'écoute : ces informations ne sont jamais publiées, pour la sécurité des participantes."""),
("H", "fr", FB, LF, [ADV], """[[PERSON:Ginette]], j'ai été notaire 35 ans. Dans ton cas, fais pas de testament notarié : un testament écrit à la main suffit pis ton frère pourra rien contester, crois-moi."""),
("L", "en", LI, LF, [ADV], """Based on what you describe, your non-compete is unenforceable in Quebec. Go work for the competitor on Monday and just ignore their lawyer's letter."""),
("L", "en", LI, LF, [], """In Quebec, a non-compete has to be limited in time, territory and type of work, and courts read them closely. Whether a given clause holds depends on its wording, which is a conversation for a consultation, not a comment thread."""),
("O", "en", FB, LF, [DISP], """Confession from an articling student: the partner I work for calls his clients "ATMs with feelings" and honestly, after eight months, I'm starting to get it."""),
("L", "fr", LI, LF, [DISP], """Je réponds au confrère qui me critique en commentaire : quand on perd trois requêtes de suite devant le même juge, on se tait et on retourne à ses livres."""),
("N", "en", FB, LF, [], """my daughter is a paralegal and she says her favourite clients are the ones who bring muffins 😂 (no names, she'd kill me)"""),
("N", "en", FB, CI, [CONS], """Such a cute pic of you with [[PERSON:Ms. Arsenault]] from the group home!! 😍 Tag her, she'd love it!!"""),
("I", "fr", IG, CI, [CONS], """mon éducatrice [[PERSON:Roxanne]] m'a appris à faire du pain 🍞 photo de nous deux avec notre chef-d'œuvre lol"""),
("J", "fr", FB, CI, [CONS], """Bienvenue à nos nouvelles employées de la RI des Méchins : [[PERSON:Audrey Côté]] et [[PERSON:Sarah-Maude Roy]]! 👋 (photo de l'équipe en commentaire)"""),
("J", "en", FB, CI, [], """Welcome to the new staff at our resource! 👋 As per our policy, we only post names or photos with written permission, so here's our new welcome banner instead 🎉"""),
("M", "en", FB, SH, [CONS], """Throwback to our fall fundraiser 📸 [[PERSON:Chloé]] from the front desk, [[PERSON:Martine]] our night counsellor and our board chair serving soup to 300 guests!"""),
("N", "fr", FB, SH, [LOC], """Ma sœur travaille à la maison d'hébergement de Granby, celle à côté de la caisse, pis elle dit qu'ils manquent de couches. Si vous voulez aider, allez porter ça direct à la porte."""),
("N", "fr", FB, SH, [], """Ma sœur travaille dans une maison d'hébergement pis elle dit qu'ils manquent de couches. Si vous voulez aider, passez par la campagne de dons en ligne ou le bureau administratif, jamais directement à la maison."""),
("I", "en", IG, SH, [LOC, SURV], """driving my mom to her new place today 🥺 it's a shelter but it's actually really nice, right across from Cégep Limoilou lol. proud of her"""),
("O", "fr", FB, BQ, [DISP], """Le stagiaire qu'on m'a assigné pense qu'une requête en irrecevabilité c'est une sorte de fromage. La relève est en danger 🙃"""),
("L", "en", FB, BQ, [DISP], """A client who lies to his own lawyer gets exactly the result he deserves. That's all I'll say about this "review"."""),
("L", "en", FB, BQ, [ADV], """@[[PERSON:Tom Nguyen]] you should definitely incorporate before signing that lease. Put the shares in your wife's name and you'll be fully protected if the restaurant fails."""),
("M", "fr", FB, BQ, [MIS], """Avocat #1 au Québec 🏆 Aucun dossier perdu. Appelez MAINTENANT, on règle tout en une semaine!"""),
("M", "en", IG, BQ, [], """We're hiring articling students for next fall! 📚 Public info session Thursday at noon on Zoom, link in bio. Come with your questions about the firm and the practice areas."""),
("N", "fr", FB, CI, [CHILD], """Le petit blond qui joue au hockey avec ton fils, c'est le neveu des [[PERSON:Lapierre]] qui est placé chez les [[PERSON:Boudreau]] à Pabos, non? Pauvre ti-pit."""),
("O", "en", FB, CI, [CHILD], """Confession: the grade 6 girl at the Chandler school whose mom went to jail for the fire is in a foster family on my street. Everybody knows. Kids are so cruel to her."""),
("H", "fr", FB, CI, [], """Ancienne famille d'accueil, je donne jeudi une conférence publique sur l'attachement chez les enfants placés, à la bibliothèque municipale. Aucune histoire personnelle, que de la théorie pis ben de l'amour."""),
("J", "en", FB, RS, [], """Our staff association endorses the RSEQ's anti-cyberbullying campaign. If you see something, report it through the official form. Please don't pile on in the comments, even to defend someone."""),
("N", "fr", FB, RS, [DISP, HAR], """[[PERSON:Yannick Morin]], t'es un danger pour nos enfants, pis tout le monde va le savoir. Je vais imprimer ta face pis la coller partout à l'école."""),
("I", "en", IG, RS, [], """the threat of losing our gym to renovations is REAL 😩 where are we supposed to practice, the parking lot?? #volleyball"""),
("O", "en", FB, CI, [CONF], """The new door code for the Gaspé resource is 0824. You're welcome, night shift 😘"""),
("L", "fr", FB, CI, [HAR], """À la personne du CISSS qui a signalé ma ressource : je sais c'est qui. On va finir par se croiser à l'épicerie, c'est une petite ville."""),
("L", "en", FB, CI, [DISP], """Our CISSS "liaison" is useless. Honestly, a potted plant would return calls faster."""),
("L", "en", FB, CI, [], """Callbacks from the CISSS have been slow this fall. I've raised it through the formal complaint channel and I'd encourage other families to do the same, politely and on the record."""),
("I", "en", IG, RS, [], """my report card and my volleyball stats this term: both trash 🙃 at least my family still loves me. mostly."""),
("K", "en", FB, LF, [], """What's the difference between a "notaire" and an "avocat"? Just moved to Quebec, buying a condo, totally lost. Who do I call for the closing?"""),
("H", "en", FB, SH, [], """Retired social worker here. People still ask me where the local shelter is so they can drop off clothes. I always say: call the regional line. The address is secret for a reason, and that reason is someone's life."""),
("M", "fr", LI, LF, [], """Webinaire gratuit : « Réseaux sociaux et secret professionnel ». On commente les sept recommandations du Barreau et quelques décisions disciplinaires publiques. Une heure de formation reconnue."""),
]

if __name__ == "__main__":
    build(7, POSTS)
