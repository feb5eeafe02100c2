"""policy-gen-3 batch 04 — source with inline entity markers. Run: python3 batch_02.py"""
from common import build

BQ, LF, RS, SH, CI = "barreau-qc", "law-firm", "rseq-monteregie", "shelter", "cisss-gaspesie"
CC, LOC, DISP, ADV, MIS, TEST = ("CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE", "DISPARAGEMENT",
                                  "PERSONALIZED_LEGAL_ADVICE", "MISLEADING_ADVERTISING", "TESTIMONIAL_SOLICITATION")
SURV, PRIV, CONS, CHILD, CONF, HAR = ("SURVIVOR_IDENTIFICATION", "PRIVATE_EVENT_DISCLOSURE", "CONSENT_REQUIRED",
                                      "CHILD_PROTECTION_IDENTIFICATION", "CONFIDENTIAL_INFORMATION", "HARASSMENT")
FB, LI, IG = "facebook", "linkedin", "instagram"

POSTS = [
("I", "en", IG, SH, [], """adopted my baby from the animal shelter in Longueuil today 🐶 her name is Biscuit and she has already eaten a sock. shelter dogs are the best dogs, fight me"""),
("N", "fr", FB, SH, [], """Le refuge pour chiens de Sainte-Julie cherche des familles d'accueil temporaires pour l'hiver! Partagez svp 🐾 Nous on a pris un vieux beagle pis il ronfle plus fort que mon mari."""),
("I", "en", LI, CI, [], """Excited to share that I got my co-op placement with the CISSS IT department for the winter semester! 💻 Thank you to my program coordinator for all the help with my applications."""),
("N", "fr", FB, CI, [], """Mon conseiller financier me parle de placements pis de CELI depuis une heure pis j'comprends rien 😂 quelqu'un peut m'expliquer comme si j'avais 5 ans?"""),
("O", "en", FB, LF, [], """Confession from a law-firm receptionist: our Outlook crashes every time someone attaches a file over 20 MB and I've started praying to the IT gods every morning 😩 pray for us"""),
("H", "en", FB, BQ, [], """Ran into a former client at the grocery store today. She introduced me to her kids as "the lady who helped mommy a long time ago." I just smiled and said hi. Some things you keep to yourself forever ❤️"""),
("M", "en", FB, RS, [], """⚠️ Storm warning for Saturday: all games at Collège Français are moved to Sunday, same times. Please check the RSEQ Montérégie site for the updated schedule. Drive safe!"""),
("I", "fr", IG, RS, [], """notre défensive est une vraie menace cette année 😤 on s'en va en finale les boys, préparez-vous mentalement #basket #RSEQ"""),
("N", "en", FB, SH, [], """We changed address!! 🏡 Our family finally moved into the new house after 8 months of renos. Housewarming Saturday, message me for details, bring chips not furniture 😂"""),
("J", "fr", LI, LF, [], """Gros dossier cette semaine au bureau : le déménagement au 3e étage 📦 Merci à toute l'équipe pour l'huile de bras, et à notre adjointe qui a étiqueté 400 boîtes sans perdre le sourire."""),
("I", "en", LI, BQ, [], """Thank you to everyone who offered to be a referee for my articling applications 🙏 I'm thrilled to share that I'll be articling in Quebec City starting in May!"""),
("M", "en", LI, BQ, [LOC, CC], """Back in Chibougamau for the third time this month ✈️ Same client, same motel, same poutine. Hoping the mining company finally sits down with us this week 🤞 #litigation"""),
("M", "en", LI, BQ, [], """Back in Chibougamau for the regional bar's annual training day ✈️ Great session on Indigenous law and access to justice in the North, open to the public this afternoon at the cultural centre."""),
("L", "fr", LI, LF, [CC], """Belle victoire aujourd'hui pour notre cliente, une infirmière de Laval congédiée après avoir dénoncé son gestionnaire. Réintégration ordonnée avec salaire rétroactif! 💪 On ne lâche rien."""),
("L", "fr", LI, LF, [], """Le Tribunal administratif du travail a publié cette semaine une décision importante sur la protection des lanceurs d'alerte dans le réseau de la santé. Décision publique, analyse générale sur notre blogue. Aucun commentaire sur les parties."""),
("L", "en", LI, LF, [DISP], """Friendly reminder that some "senior partners" at a certain downtown firm still bill 0.3 for reading an email they never answered. Clowns, all of them."""),
("L", "en", LI, LF, [], """Friendly reminder for junior lawyers: clear billing descriptions build trust. If you read an email and it needs no reply, say so in the file, and talk to your supervising partner if you're unsure how to bill it."""),
("N", "fr", FB, BQ, [ADV], """@[[PERSON:Julie]] dans ton cas, comme le vendeur t'a caché l'infiltration d'eau, envoie-lui une mise en demeure de 25 000 $ cette semaine. T'as 3 ans pour poursuivre, fonce, t'es sûre de gagner."""),
("N", "fr", FB, BQ, [], """@[[PERSON:Julie]] je suis avocate mais je peux pas te conseiller dans un commentaire. En général, pour un vice caché, il y a des délais et des étapes à respecter; Éducaloi a un bon résumé. Prends une consultation pour ton cas précis."""),
("M", "fr", IG, BQ, [MIS], """Accidenté de la route? 🚗💥 On obtient TOUJOURS plus que l'offre de l'assureur. Le secret que les assureurs vous cachent 🤫 Lien dans la bio, places limitées!!"""),
("L", "en", FB, BQ, [TEST], """If our team made a difference for you this year, you know where to find our Google page 😉⭐⭐⭐⭐⭐ Happy holidays from all of us!"""),
("L", "en", FB, BQ, [], """Happy holidays from all of us! ⭐ Our office is closed Dec 24 to Jan 2. For urgent matters, call [[PHONE_NUMBER:418-555-0142]] or write to [[EMAIL_ADDRESS:urgences@cabinetroy.example]] and we'll get back to you."""),
("O", "en", FB, BQ, [DISP], """Just sat through a hearing where the judge clearly hadn't read one page of our brief. Love paying court fees for that level of service 🙃"""),
("M", "en", FB, BQ, [CC, LOC], """Looking for witnesses who were at the Couche-Tard at [[STREET_ADDRESS:1450 boulevard Talbot]] on Nov 3 around 11 pm, for my client's defence. Please call me at [[PHONE_NUMBER:418-555-0193]], all calls confidential."""),
("I", "en", IG, RS, [DISP, HAR], """@[[PERSON:jaxon]]_lefebvre everybody knows u faked ur concussion to skip the game lol. keep crying, we'll be waiting after school 🤡"""),
("N", "fr", FB, RS, [DISP], """L'organisation au RSEQ Montérégie c'est zéro. Horaires changés la veille, gymnases pas réservés. Une bande d'amateurs payés à rien faire."""),
("N", "fr", FB, RS, [], """L'horaire a été changé la veille pour la deuxième fois ce mois-ci. J'aimerais comprendre comment on pourrait améliorer la communication avec les parents. Quelqu'un sait qui contacter au RSEQ pour faire une suggestion?"""),
("O", "fr", IG, RS, [DISP, HAR], """j'ai photoshoppé la face de l'arbitre de samedi sur un clown 🤡😂 partagez partout qu'il le voie"""),
("J", "en", FB, RS, [], """Staff association note: congratulations to the volunteers, coaches and officials who made the regional cross-country meet run so smoothly. Photos on the official page are posted with participants' consent; if you want yours removed, just ask the RSEQ."""),
("N", "fr", FB, SH, [SURV], """On pense fort à [[PERSON:Sonia]] aujourd'hui, qui a témoigné hier au procès de son ex au palais de justice de Joliette 💜 Ça fait 6 mois qu'elle est à la maison d'hébergement pis elle est plus forte que jamais. T'es une guerrière ma belle!"""),
("N", "fr", FB, SH, [], """On pense fort à toutes les femmes qui doivent témoigner contre un ex-conjoint 💜 Le processus judiciaire est long et difficile. Les CAVAC peuvent accompagner les victimes, gratuitement et en toute confidentialité."""),
("K", "en", FB, SH, [LOC], """Hi, I'm staying at a women's shelter in Gatineau right now (the one near the Promenades) with my two kids and I need English-speaking daycare close by. Any ideas? Please DM me."""),
("K", "en", FB, SH, [], """Hi, does anyone know English-speaking daycares in the Gatineau area that take kids mid-year? Looking for general recommendations, thank you so much."""),
("J", "en", FB, SH, [PRIV], """Staff reminder: the residents' graduation brunch is confirmed for Sunday 11 am in the back room of Resto Chez Lise, 2nd floor. Don't post any pictures!"""),
("I", "en", IG, SH, [CONS], """volunteer squad 💜📸 me + [[PERSON:Aisha]] + [[PERSON:Meg]] at the shelter gala last night, we cleaned up nice"""),
("I", "en", IG, SH, [], """volunteer squad 💜 gala night was a success, raised over $40k for the shelter! no group pic this year (staff and volunteers stay off social media, respect) so here's the dessert table 🍰"""),
("M", "fr", FB, SH, [], """Marche commémorative du 6 décembre, 17 h, place publique devant l'hôtel de ville 🕯️ Événement public, ouvert à toutes et à tous. Apportez une chandelle."""),
("N", "en", FB, SH, [SURV, LOC], """Sharing for a friend: has anyone seen [[PERSON:Julie Bérubé]]? She left with the kids 2 weeks ago, her husband is worried sick and thinks she's in a shelter somewhere around Rimouski. Please call him at [[PHONE_NUMBER:418-555-0176]] 🙏"""),
("L", "en", FB, CI, [CHILD], """For those judging foster families in the comments: the 12-year-old girl we took in from Sainte-Anne-des-Monts in September arrived with one garbage bag of clothes and lice. Her parents didn't even call on her birthday. So spare me."""),
("L", "en", FB, CI, [], """For those judging foster families in the comments: you don't see what we see, and by law we can't tell you. Please be kind, or better yet, ask how you can help."""),
("N", "fr", FB, CI, [CONS], """Merci à [[PERSON:Mme Gagnon]], l'éducatrice de la RI qu'on voit sur la photo avec les résidents au Carnaval! 📸 Tellement belle journée"""),
("O", "fr", FB, CI, [CONF], """Quelqu'un a laissé le dossier d'un usager sur la photocopieuse du 2e pendant tout l'avant-midi… j'ai pris une photo pour montrer le niveau de négligence 🙄 (photo en commentaire)"""),
("O", "fr", FB, CI, [HAR], """Je vais publier le nom de tous les employés de la DPJ de Gaspé, un par un, jusqu'à temps qu'ils me redonnent mes enfants. Vous êtes avertis."""),
("L", "en", FB, CI, [DISP], """The new RI manager is a joke. Zero experience, zero empathy, a total waste of a salary."""),
("N", "fr", FB, CI, [CHILD], """Perdu : carte d'assurance maladie de [[PERSON:Noah Pelletier]], [[CA_QC_HEALTH_NUMBER:PELN 1105 1456]], un des jeunes placés à notre ressource. Si vous la trouvez, appelez au [[PHONE_NUMBER:418-555-0108]] svp"""),
("N", "fr", FB, CI, [], """Perdu ma carte soleil au Métro de Gaspé hier 😩 si quelqu'un la trouve, appelez-moi au [[PHONE_NUMBER:418-555-0131]], merci!"""),
("J", "en", FB, CI, [], """Reminder from the resources' association: the CISSS social-media guidelines say not to share confidential information or documents, not to identify users directly or indirectly without written permission, and, for children under the Youth Protection Act, only a court can authorize identifying a child or parents. Questions? Ask your rep."""),
]

if __name__ == "__main__":
    build(4, POSTS)
