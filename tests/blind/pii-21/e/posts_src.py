# -*- coding: utf-8 -*-
POSTS = [
# ---------- batch 1 ----------
(1, "fr", "facebook", "R", [], """Petit mot pour la coop alimentaire de Saint-Hyacinthe 🥕 La bibliothèque d'outils rouvre samedi au sous-sol de l'église Notre-Dame, 9h à midi.
Rappel amical: la scie sauteuse DeWalt pis la tondeuse Honda sont en retard depuis 3 semaines… vous savez qui vous êtes 😅
Merci à [[P:ginette]] pis à [[P:Ti-Paul Bergeron]] qui ont tout réinventorié, 214 items!
Pour emprunter, écrivez à [[E:outils.sthyacinthe@coopmaska.ca]] ou textez [[P:Ghislain]] au [[T:450 555 0182]].
#GoRichelieu #MonteregieEnForme"""),

(1, "en", "instagram", "S", [], """seed library swap day at the Atwater branch was 🔥 Brandywine tomatoes, Cherokee Purple, Red Russian kale, and three kinds of Mohawk corn shared by [[P:Karonhiio]] from Kahnawà:ke 🌽
huge thanks to @[[P:dee.okafor]] for running the sign-out binder and to [[P:MELANIE ST-PIERRE]] for the labels.
late returns are fine!! seeds don't have due dates lol 🌱 #SeedLibrary #Montreal #GrowYourOwn"""),

(2, "fr", "facebook", "C", [], """Café-réparation au centre communautaire de Bonaventure dimanche passé ☕🔧 
28 objets réparés sur 35: grille-pains, une machine à coudre Singer de 1972, deux lampes Ikea pis un vieux Walkman Sony!
Un gros merci aux réparateurs bénévoles du Club Optimiste. Prochaine édition le 14 à la salle Jean-Marie-Gauvreau, juste à côté de la caisse Desjardins.
Pas besoin de réserver, apportez juste votre objet brisé pis votre bonne humeur 😊 #Gaspésie #Réparer"""),

(2, "en", "linkedin", "L", [], """Our associates spent Saturday volunteering at the Pointe-Saint-Charles clothing swap, sorting about 600 pieces of donated clothing for the winter season.
Special shout-out to [[P:Siobhan O'Reilly-Nadeau]], our articling student, who fixed eleven zippers with a sewing kit borrowed from the Repair Café Montréal crew, and to [[P:Rui Medeiros]] from Accounting who ran the coat rack like a pro.
Pro bono isn't only about files. Sometimes it's about a warm Canada Goose-style parka finding a new home. 🧥
#CommunityEngagement #RepairCafe #Montréal"""),

(3, "fr", "facebook", "C", ["CONSENT_REQUIRED"], """Clinique de tension artérielle à la pharmacie Jean Coutu de Chandler jeudi matin 🩺 Merci à [[P:Mme Annette Huard]], notre préposée de la RTF de Pabos, qui a accompagné trois de nos usagers, dont [[P:m. leblanc]] qui a enfin accepté de se faire prendre la pression 😄 (138/86, pas pire pantoute!)
Prochaine clinique: 9 novembre au CLSC de Grande-Rivière."""),

(3, "en", "facebook", "B", [], """Free blood-pressure screening at the Pharmaprix on Sherbrooke Street West today, run by the Heart & Stroke volunteers. I went on my lunch break between two hearings at the Palais de justice. 128/82, not bad for a litigator in November 😅
If you're over 40 and haven't checked yours since COVID, go. Takes 5 minutes and it's free.
#HeartMonth #LawyerLife"""),

(4, "fr", "instagram", "S", [], """Journée de ma vie de bénévole 💜 Ce matin j'ai accompagné une collègue chez l'optométriste à Rimouski, pis cet aprèm on est allées porter le fauteuil roulant d'une amie chez Orthèses Dupuis & Fils pour changer les pneus.
Le technicien, [[P:Rodrigue]], a tout fait en 40 minutes, 85 $ taxes incluses. Service 10/10!
#Bénévolat #Accessibilité #BasStLaurent"""),

(4, "en", "linkedin", "R", [], """Quick plug for the wheelchair repair clinic at Centre de réadaptation Marie Enfant: our para-basketball athlete [[P:Jayden Thompson-Louis]] had his sport chair's casters replaced in under an hour before the RSEQ tournament in Brossard.
Technicians [[P:Hoang Minh Tuan]] and [[P:Fatoumata Keïta]] even stayed late. RAMQ covered the parts, the team covered the Tim Hortons. ☕
Appointments: [[T:(514) 555-0147 ext. 2204]].
#ParaSport #Montérégie #Accessibility"""),

(1, "fr", "linkedin", "B", [], """Fière d'être bénévole depuis 5 ans à La Remise, la bibliothèque d'outils de Villeray 🛠️
Plus de 1 200 membres, 3 000 outils, pis un taux de retour en retard de seulement 4 %. Comme avocate, je trouve que c'est un beau modèle d'économie du partage qui mériterait un meilleur encadrement juridique (assurance responsabilité, contrats de prêt simplifiés…).
Merci à [[P:Me Jean-François Lavallée]] et à [[P:Amira Benali]] pour la conférence au Jeune Barreau de Montréal la semaine dernière sur le sujet.
#ÉconomieCirculaire #DroitCommunautaire"""),# ---------- batch 2 ----------
(2, "fr", "instagram", "R", [], """Swap de linge au gym de l'école secondaire Mgr-Euclide-Théberge à Marieville 👕👟 Les chandails de l'équipe de volley Les Patriotes de l'an passé ont tous trouvé preneur!
Merci @[[P:lagrandejo_volley]] pis coach [[P:Marco]]… euh, [[P:Marco Di Stefano]] 😂 pour l'organisation.
#RSEQ #Montérégie #Réutiliser"""),

(3, "en", "instagram", "S", ["CONSENT_REQUIRED"], """Hearing-aid fitting day at the community centre in Verdun 🦻 Our volunteer [[P:Rosa Delgado]] (that's her in the yellow sweater, left) helped the Costco audiologist set up the demo booth for Oticon and Phonak models.
📸 photo by [[P:j.tremblay_87]]
#HearingHealth #Verdun #Volunteers"""),

(4, "fr", "facebook", "L", [], """Conseil de pro pas juridique pantoute: si votre assurance collective couvre l'examen de la vue, prenez votre rendez-vous chez l'optométriste AVANT le 31 décembre. Moi j'ai attendu pis j'ai perdu mes 200 $ de Sun Life 🤦‍♀️
Clinique Visionnement Plus, [[A:2475 boul. Laurier]], Québec [[Z:g1v2l2]], [[T:418.555.0119]]. [[P:Dre Audet]] est super (pis elle a une page publique, je la nomme pas 😉)."""),

(1, "en", "facebook", "C", [], """📣 GASPÉ FOOD CO-OP – FALL NEWSLETTER 📣

Volunteers needed! We're short three people for Tuesday bulk-bin refills (oats, lentils, the Bob's Red Mill flours everyone loves). Shifts are 2 hours, you get 10% off your groceries and first pick of the Pink Lady apples from Verger Lafortune.
Contact [[P:Aidan McInnis]] at [[E:aidan.mcinnis@coopgaspe.org]] or [[T:+1 418 555 0163]], or drop by the store at [[A:96, rue de la Reine]], Gaspé [[Z:G4X1T8]].

Tool library corner 🔨 The kitchen tool library now has 48 items: two Instant Pots, a KitchenAid mixer, a dehydrator and the famous Vitamix. Whoever borrowed the Vitamix in August, [[P:Wanda]] says no hard feelings, just bring it back 😅 Late fees are still zero dollars, but the waiting list is long ([[P:Sœur Pauline]] has been on it since Labour Day).

Thank-yous 💚 to [[P:Jos. Cloutier]], [[P:Nadia Metallic]] from Listuguj, [[P:KIM NGUYEN]] and le petit [[P:Raphaël]]… sorry, [[P:Raphaël Boudreau]], who is 16 and already our best cashier.

Admin reminder: PLEASE don't write your full card number on the paper membership sheet. Someone wrote [[CC:4532 0198 7654 3215]] on it last week; we shredded the page and called the owner. Pay at the till or by Interac e-transfer to [[E:paiement@coopgaspe.org]].

Annual general meeting: November 20, 7 pm, at the Musée de la Gaspésie. Order of the day and the 2025 budget are on our website. Soup by Chef [[P:Mathieu]]'s students from Cégep de la Gaspésie et des Îles. #Gaspésie #FoodCoop #ToolLibrary"""),

(2, "en", "facebook", "B", [], """Went to the clothing swap at the YMCA on Parc Avenue with my kids today. Came home with a Roots hoodie, two Lululemon tops and a copy of The Hunger Games. Left behind a bag of suits I haven't worn since I was called to the Bar in 2009.
Ten out of ten, no notes."""),

(3, "fr", "linkedin", "L", ["CLIENT_CONFIDENTIALITY"], """Réflexion du vendredi: on parle peu de santé auditive au bureau. Notre cliente [[P:Mme Thi Hoa Pham]], dans le dossier [[C:500-17-124589-231]] contre la Ville de Laval, a raconté à l'audience qu'elle n'avait pas entendu l'avertisseur à cause de ses appareils auditifs mal ajustés à la Pharmacie Brunet.
Depuis, je fais vérifier les miens chaque année au centre communautaire de Chomedey. #SantéAuditive #Litige"""),

(4, "en", "instagram", "C", [], """Bus trip to Matane for new glasses 👓 The Lunetterie New Look optometrist squeezed me in at 4:30. Shoutout to RAMQ for covering the exam (under 18 / over 65 gang rise up) 🙌
#Gaspesie #Matane #NewGlasses"""),

(1, "fr", "instagram", "L", [], """Trouvé à la grainothèque de la bibliothèque Gabrielle-Roy: des graines de tomates Savignac, de basilic thaï pis de piments d'Espelette 🌶️
J'en ai sorti 6 sachets, je les rapporte en septembre promis [[P:claudette]] 🙏 #Grainothèque #Québec #Jardinage"""),
# ---------- batch 3 ----------
(2, "fr", "linkedin", "S", [], """Bilan de notre troc de vêtements annuel au profit des maisons d'hébergement de la Rive-Sud: 1 140 morceaux triés, 62 manteaux d'hiver, 18 paires de bottes Kamik pour enfants.
Merci aux couturières du Cercle de Fermières de Longueuil pis au Repair Café de Saint-Lambert qui ont recousu des boutons toute la journée.
Les dons non distribués s'en vont au Chaînon et à la Société Saint-Vincent de Paul. Vous voulez donner l'an prochain? Écrivez à [[E:dons@troc-rivesud.org]]. #Solidarité #ÉconomieCirculaire"""),

(3, "fr", "instagram", "R", [], """Mon grand-père [[P:Réjean Lapointe]] (né le [[D:12 mars 1951]], il tient à ce que tout le monde le sache 😂) a eu ses premiers appareils auditifs au Familiprix de Beloeil. Résultat: il a entendu TOUS les commentaires de l'arbitre au match de basket des Faucons hier soir 🏀🦻
#FierDeToi #RSEQ #Beloeil"""),

(4, "fr", "linkedin", "B", [], """Rappel utile pour vos clients en situation de handicap: la réparation d'un fauteuil roulant fourni par la RAMQ se fait auprès d'un centre de réadaptation ou d'un fournisseur autorisé, pas chez n'importe quel atelier. Les règles générales sont publiques sur le site de la Régie; pour un cas précis, consultez quelqu'un.
Et non, personne n'a besoin de votre NAS ou de votre carte d'assurance maladie en Messenger pour « accélérer le dossier ». Méfiez-vous des fraudeurs.
#AccèsÀLaJustice #Handicap"""),

(1, "en", "linkedin", "S", ["LOCATION_DISCLOSURE", "PRIVATE_EVENT_DISCLOSURE"], """So proud of the little seed library our residents started this spring 🌱 Every Thursday at 7 pm in the backyard of the house at [[A:318 Beech Street]], Sherbrooke [[Z:J1H 3T6]], they swap seeds, share seedlings and borrow trowels from the tool shelf.
Thanks to [[P:Ngozi]] from Lennoxville Garden Supply for the donated Burpee packets and to the Bishop's University students who built the shelf.
#SeedLibrary #Healing #Sherbrooke"""),

(2, "en", "instagram", "C", [], """Repair Café in New Carlisle tonight 🪡🔌 Bring your broken toasters, torn jeans and that Nintendo Switch with the drifting Joy-Con. Fixers: [[P:Bernie LeBlanc]], [[P:pat gallagher]], [[P:Mary-Kate O'Neil]].
Swap table for kids' clothes too. Free, Legion Hall, 6–9 pm. #BaieDesChaleurs #RepairCafe"""),

(3, "en", "linkedin", "B", [], """A thought for my fellow members of the Bar: 1 in 3 of us will have hypertension before 60, and most don't know it.
The Barreau du Québec's PAMBA program and several Uniprix locations are offering free blood-pressure clinics this month, including one at the Palais de justice de Trois-Rivières on Tuesday.
Take the 5 minutes. Your clients need you healthy.
#LawyerWellness #PAMBA"""),

(4, "en", "facebook", "R", ["DISPARAGEMENT"], """Three weeks waiting on a wheelchair repair for our sledge hockey goalie and the guy at MobiliTech on Taschereau, [[P:Kevin Arsenault]], STILL hasn't ordered the part. Called him at [[T:450-555-0138]] four times. Absolute clown, honestly, a trained raccoon would run that shop better 🙄
The kid's insurance papers (RAMQ [[R:ARSK 0911 0412]]) were faxed on day one. Anyone know a technician in Longueuil who actually works??"""),

(3, "fr", "facebook", "L", [], """Clinique de pression samedi au centre Marcelle-Ferron 🩺"""),
]
