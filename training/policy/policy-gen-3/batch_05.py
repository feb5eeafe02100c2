"""policy-gen-3 batch 05 — source with inline entity markers. Run: python3 batch_02.py"""
from common import build

BQ, LF, RS, SH, CI = "barreau-qc", "law-firm", "rseq-monteregie", "shelter", "cisss-gaspesie"
CC, LOC, DISP, ADV, MIS, TEST = ("CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE", "DISPARAGEMENT",
                                  "PERSONALIZED_LEGAL_ADVICE", "MISLEADING_ADVERTISING", "TESTIMONIAL_SOLICITATION")
SURV, PRIV, CONS, CHILD, CONF, HAR = ("SURVIVOR_IDENTIFICATION", "PRIVATE_EVENT_DISCLOSURE", "CONSENT_REQUIRED",
                                      "CHILD_PROTECTION_IDENTIFICATION", "CONFIDENTIAL_INFORMATION", "HARASSMENT")
FB, LI, IG = "facebook", "linkedin", "instagram"

POSTS = [
("N", "fr", FB, BQ, [CC], """ma cousine est avocate a Quebec pis elle dit que le gars du Carrefour qui a frappe le cycliste en octobre, c son client. il va plaider coupable lundi, elle est tannée de lui"""),
("L", "en", FB, BQ, [CC], """You say I "abandoned" you. I withdrew because you stopped answering my calls for three months and owed $6,400. Court file [[QC_COURT_FILE_NUMBER:200-04-028811-235]] is public if anyone wants to check who missed the hearings."""),
("L", "en", FB, BQ, [], """I understand you're unhappy, and I'm sorry it feels that way. I can't discuss anyone's file in public. If you want an independent look at a lawyer's fees, the Barreau has a fee-conciliation process, and I'll cooperate fully with it."""),
("M", "en", LI, BQ, [], """Live from the bar conference 📍 Panel on lawyers online just reminded us that something as harmless as a location check-in can reveal a client relationship. Good takeaway: post about the law, not about your day at the detention centre."""),
("O", "fr", FB, BQ, [CC], """Confession d'une adjointe juridique : mon boss a ajouté la partie adverse en ami avec un faux profil pour voir ses photos de voyage, vu qu'il réclame une pension d'invalidité à notre cliente. Il a trouvé des photos de ski au Mont-Tremblant 🙄"""),
("I", "en", IG, BQ, [CC], """celebrating my client's acquittal tonight 🥂 2 years of hard work, he finally gets to go home to his kids. you know who you are 😉 #defencelawyer"""),
("I", "en", IG, BQ, [], """celebrating 2 years at the firm tonight 🥂 still can't believe I get paid to read and argue. thank you to my team for putting up with my playlist #defencelawyer"""),
("L", "fr", FB, BQ, [TEST], """Merci à tous ceux qui nous ont laissé un avis cette année! Il nous en manque juste 6 pour atteindre 100 avis ⭐ Vous savez quoi faire 😉"""),
("M", "en", FB, BQ, [MIS], """We WIN. Every. Single. Time. 💯 Over 500 satisfied clients can't be wrong. Book your consult now, results guaranteed or you don't pay a cent."""),
("M", "fr", FB, BQ, [MIS], """Ce que votre ex ne veut PAS que vous sachiez sur la pension alimentaire 😳 (la 3e va vous jeter à terre). Cliquez vite, la vidéo sera retirée demain!"""),
("M", "fr", FB, BQ, [], """Capsule vidéo : comment est calculée la pension alimentaire pour enfants au Québec? On explique le formulaire et la table de fixation, en termes simples. Information générale seulement, chaque situation est unique."""),
("L", "en", FB, BQ, [ADV], """@[[PERSON:Priya Shah]] since your employer pays you cash and you've been there 14 months, go to the CNESST and file for the $3,200 in unpaid vacation, plus two weeks' notice. You'll win, they always cave."""),
("K", "en", FB, BQ, [], """Hi! Newcomer from Bangalore here. Is there a place in Montreal where I can get free general information about labour standards in English? My job pays cash and I'm not sure what's normal. Not asking for advice on my case, just where to read. Thanks!"""),
("I", "en", IG, BQ, [LOC, CC], """📍 checked in at the Maison de la Famille in Longueuil for my client's supervised visit with his daughter. bring snacks, it's a long one #familylaw"""),
("O", "fr", FB, BQ, [DISP], """Me [[PERSON:Brisebois]] de l'autre bord a encore déposé une requête écrite avec les pieds. Onze fautes dans la première page. Ça devrait être un crime, sérieux."""),
("L", "fr", LI, BQ, [], """Merci à Me [[PERSON:Brisebois]] (qui m'a permis de le nommer) pour sa courtoisie pendant une négociation difficile. On n'était d'accord sur presque rien, mais on s'est toujours parlé avec respect. C'est ça aussi, la profession."""),
("H", "en", FB, LF, [CC], """I remember representing the owner of that famous Sherbrooke diner back in 1987, when his brother tried to take the pie recipe with him to Magog. He paid me in pies for a month. [[PERSON:Ray]], you were a character."""),
("L", "fr", FB, LF, [ADV], """Madame, d'après votre message, votre propriétaire n'a pas le droit de garder votre dépôt. Déduisez-le de votre dernier mois de loyer, c'est exactement ce que je ferais à votre place."""),
("L", "fr", FB, LF, [], """Madame, je ne peux pas vous conseiller sur votre cas dans les commentaires, mais en général les dépôts de garantie sont très encadrés au Québec. Le site du Tribunal administratif du logement explique les règles. Pour votre situation précise, prenez rendez-vous."""),
("O", "en", FB, LF, [DISP], """Confession: our receptionist is honestly the dumbest person I've ever worked with. She put a client on hold for 40 minutes and went to lunch. Every. Week."""),
("J", "en", LI, LF, [], """We're hiring a receptionist! 🎉 Client-facing role, bilingual, great team, free parking. Send your CV to [[EMAIL_ADDRESS:jobs@lavoie-avocats.example]] before January 15."""),
("N", "fr", FB, LF, [CC], """Quelqu'un peut me dire pourquoi le formulaire du client [[PERSON:Gilles Ouellet]] bloque sur le portail? NAS [[CA_SIN:390 404 796]], né le [[DATE_OF_BIRTH:12 mai 1961]]… j'ai tout essayé, je suis désespérée 😩 #adjointejuridique"""),
("N", "fr", FB, LF, [], """Quelqu'un sait pourquoi le portail de Revenu Québec bloque à l'étape 3 depuis ce matin? Erreur 500 sur tous nos postes au bureau 😩 (pas de détails de dossier ici, évidemment)"""),
("I", "en", IG, RS, [HAR], """whoever keeps posting my teammate's old pics with "before" captions, we found your account, we know it's u @[[PERSON:kayden]].b 😤 keep going and see what happens at practice"""),
("I", "fr", IG, RS, [DISP, HAR], """paraît que [[PERSON:Jérémie]] s'est fait mettre dehors de l'équipe de Chambly parce qu'il volait dans les casiers 👀 ça explique ben des affaires"""),
("N", "fr", FB, RS, [], """Je ne suis pas d'accord avec la décision du coach de faire jouer seulement les finissants en demi-finale. Mon fils est déçu, mais je vais en parler avec le coach en privé plutôt qu'ici. Bonne chance aux gars quand même!"""),
("J", "en", LI, RS, [], """From the staff newsletter: if you work or volunteer for the RSEQ Montérégie, add a line in your social profiles saying your opinions are your own. It doesn't exempt you from the policy, but it helps separate your personal voice from the organization's."""),
("I", "en", IG, RS, [DISP], """the girls from that private school are literally the most stuck-up spoiled brats in the whole league 🙄 enjoy daddy's money, we'll enjoy the banner"""),
("M", "fr", FB, RS, [], """🎙️ Nouvel épisode du balado Sport étudiant : la cyberintimidation dans les équipes scolaires. Une psychologue sportive explique comment reconnaître les signes et quoi faire comme parent ou entraîneur. Aucun cas réel discuté."""),
("N", "en", FB, RS, [DISP, HAR], """We all know who the ref's "favourite" team is 😉 Let's flood his Insta tonight, link in my story 😈"""),
("O", "fr", FB, SH, [SURV], """Confession : quand je suis allée porter des dons à la maison d'hébergement, j'ai reconnu la madame du dépanneur de mon coin dans le corridor. Celle qui avait le bras dans le plâtre cet été. Je le savais que son mari la battait."""),
("N", "en", FB, SH, [SURV], """Praying for my cousin [[PERSON:Brianna]] and her kids tonight 🙏 she finally left [[PERSON:Derek]] last night and the police took her to a safe house. Don't tell him I posted this!!"""),
("J", "en", FB, SH, [LOC], """Moving day! 🎉 The shelter's new building at [[STREET_ADDRESS:88 rue Saint-Georges]] is finally ready and residents move in Monday. Thanks to everyone who donated!"""),
("J", "en", FB, SH, [], """Moving day! 🎉 Our administrative office (the public one, not the residence) has a new address: [[STREET_ADDRESS:300 rue Principale]], suite 2, [[CA_POSTAL_CODE:J8P 1A1]]. Phone number stays the same."""),
("I", "fr", IG, SH, [PRIV], """ce soir je fais du bénévolat au souper des résidentes 💜 18h au sous-sol de l'église Sainte-Cécile, j'ai fait 3 lasagnes lol"""),
("M", "en", LI, SH, [CONS], """Register now for our webinar on coercive control! 🎥 Meet your facilitators, [[PERSON:Jo Thibault]] and [[PERSON:Ana Ruiz]], two of our front-line counsellors (photos below)."""),
("M", "en", LI, SH, [], """Register now for our webinar on coercive control! 🎥 Your facilitators, [[PERSON:Jo Thibault]] and [[PERSON:Ana Ruiz]], have given written consent to appear in our promotion (photos below)."""),
("H", "fr", FB, SH, [], """Retraitée après 30 ans comme intervenante. Quand j'ai commencé, on n'avait pas de cellulaire, on notait tout dans un cahier barré. Aujourd'hui les filles apprennent la sécurité numérique, les logiciels espions, les AirTags. Le monde change, la violence s'adapte, les intervenantes aussi. Fière de vous."""),
("N", "fr", FB, CI, [CHILD], """C'est-tu pas la fille à [[PERSON:Nancy Leblanc]] ça, sur ta photo? Je pensais qu'elle avait perdu la garde 🤔 Elle est rendue grande!"""),
("K", "en", FB, CI, [CHILD], """We're fostering a 15-year-old boy from the Listuguj area through the CISSS and he's struggling at the high school in New Carlisle. Anyone know a hockey team that would take him mid-season?"""),
("K", "en", FB, CI, [], """Anyone know a hockey team in the New Carlisle area that takes teens mid-season? My nephew just moved in with us and he's desperate to get back on the ice 🏒"""),
("J", "fr", FB, CI, [CONF], """Les chiffres internes qu'on a obtenus : 23 plaintes contre des RTF de la Baie-des-Chaleurs en 2024, dont 4 pour négligence. Le rapport n'est pas public, mais on trouve que les membres ont le droit de savoir."""),
("L", "en", FB, CI, [DISP], """The "quality control" person who visited our home yesterday clearly has never raised a child in her life. Condescending, clueless, and 45 minutes late."""),
("O", "fr", FB, CI, [HAR], """Si je recroise l'intervenante de mon fils au Walmart de Gaspé, je réponds pu de moi."""),
("I", "fr", IG, CI, [CONS], """moi pis [[PERSON:Isabelle]] mon éducatrice préférée 🥰 (elle sait pas que je poste ça lol)"""),
("J", "en", FB, CI, [], """Congratulations to [[PERSON:Brenda Synnott]], who retires after 31 years with the CISSS! 🎉 Brenda gave us written permission to share her name and this photo. Enjoy the fishing, Brenda!"""),
("H", "fr", FB, CI, [], """Travailleuse sociale à la retraite, j'ai lu les reportages sur la commission spéciale sur les droits des enfants. Je trouve les conclusions justes, même si elles sont dures pour le réseau. Le problème n'a jamais été le manque de cœur, c'était le manque de bras."""),
("O", "en", FB, CI, [CONF], """Shift notes for tonight since the group chat is down: new resident arrived today, [[DATE_OF_BIRTH:born 2009-07-22]], allergic to peanuts, meds at 8pm, no contact with the father at all."""),
("N", "en", FB, CI, [CONF], """Grocery order for the resource is done, I used the company card [[CREDIT_CARD:4452 7832 3029 6820]], exp 09/27, in case someone needs to reorder tomorrow 🛒"""),
("N", "en", FB, CI, [], """PSA: someone is calling people in Gaspé pretending to be from the CISSS and asking for credit card numbers. The CISSS never asks for that by phone. Hang up and report it."""),
]

if __name__ == "__main__":
    build(5, POSTS)
