# (brief, lang, platform, pack, rules, text)
# briefs: 1 salons/barbers/nails, 2 tailors/cobblers/cleaners, 3 pharmacies, 4 laundromats/dépanneurs
POSTS = [
# ---------------- batch 1 ----------------
(1, "fr", "facebook", "B", [], """Nouvelle coupe pour la rentrée judiciaire 💇‍♀️✂️ Merci à ma coiffeuse [[P:josée]] du Salon Chez Manon, coin Saint-Denis et Jean-Talon, qui me suit depuis mon Barreau en 2011. Elle m'a même fait un petit balayage « Palais de justice approved » 😂
Si vous voulez un rendez-vous, demandez [[P:JOSÉE]] ou la grande [[P:Manon]] elle-même : [[T:514 555-0148]]. Pas de pourboire en Bitcoin svp 😉
#coiffure #Montréal #VilleraySaintMichel"""),

(2, "en", "linkedin", "L", [], """Small business appreciation post. My court gown split at the seam on Friday afternoon, ten minutes before I had to leave for the Palais de justice de Montréal. [[P:Mr. Kaczmarek]] at Kaczmarek Tailoring ([[A:5412 Sherbrooke St. West]], Notre-Dame-de-Grâce) fixed it on the spot, refused payment and told me his father sewed robes for half of McGill's Faculty of Law in the 1970s.
Thank you, [[P:Stanisław]]. Next Harry Rosen suit gets altered at your place, not at the mall.
#SupportLocal #NDG #LegalProfession"""),

(3, "fr", "instagram", "C", [], """Petit merci à la pharmacienne du Familiprix de Chandler, [[P:Mme Thibodeau-Leblanc]], qui a appelé trois pharmacies de la Baie-des-Chaleurs pour me trouver de l'Ozempic en rupture 🙏 C'est ça, le service en Gaspésie.
(Et non, je ne vous dirai pas pour qui c'était 😜)
#Gaspésie #Pharmacie #MerciAuxPharmaciens"""),

(4, "en", "facebook", "S", [], """LOST & FOUND – Lavoir Wash-o-Matic, Ste-Catherine St East 🧺
Someone left these in dryer #7 on Tuesday night:
– a blue Canadiens hoodie (size L)
– a brown leather wallet, ID says [[P:DESROSIERS, KEVIN J.]], with his health card ([[R:DESK 9103 1412]]) and a blank cheque
The owner, [[P:Mr. Yusuf Demir]], is keeping them behind the counter. You can also call the laundromat at [[T:(514) 555-0117]] (order slip #4471, don't ask me why they numbered it).
Sharing because I do my laundry there every week and it's a small world. Bonne chance [[P:Kevin]]!"""),

(1, "en", "instagram", "R", [], """Fresh cuts before the regional final 💈🏀 Shout-out to @[[P:tonyfadez_514]] and the whole crew at Barbier Chez Tony in Saint-Hyacinthe for staying open late for 12 teenagers who can't sit still. Line-ups looking like Shai Gilgeous-Alexander on draft night.
Juvénile D2, Sunday 1 pm at Polyvalente Hyacinthe-Delorme. Allez les Lauréats! #RSEQMonteregie #Barbershop"""),

(4, "fr", "facebook", "L", [], """Le dep au coin de Beaubien pis de la 2e Avenue ferme après 31 ans 😢 [[P:M. Patel]] et sa femme [[P:Hansa]] m'ont vendu ma première caisse de Molson Ex (avec une fausse carte, désolée [[P:Monsieur Patel]], c'est prescrit 😇) pis mon dernier Lotto Max pas plus tard qu'hier.
Les réguliers vont s'ennuyer, surtout [[P:Ti-Coune]] pis le vieux [[P:Lucien]] qui lisaient Le Journal de Montréal debout à côté du frigo à Pepsi depuis 1998.
Bonne retraite à Laval! ❤️ #Rosemont #dépanneur"""),

(3, "fr", "linkedin", "B", [], """Depuis l'entrée en vigueur de la Loi 31, les pharmaciens du Québec peuvent prescrire certains médicaments, ajuster des ordonnances et administrer des vaccins. Belle occasion de rappeler aux membres que les obligations de confidentialité de l'Ordre des pharmaciens du Québec et celles du Code de déontologie des avocats se ressemblent beaucoup plus qu'on pense.
Conférence CPD de 1,5 h au Barreau de Québec le 12 novembre, salle Gérard-Lévesque. Inscriptions sur le site du Barreau.
#FormationContinue #DroitDeLaSanté"""),

(2, "fr", "instagram", "S", ["CONSENT_REQUIRED"], """Merci mille fois à la Cordonnerie Lavallée qui a réparé GRATUITEMENT 40 paires de bottes d'hiver pour nos résidentes et leurs enfants 🥾❄️
Sur la photo : [[P:M. Réjean Lavallée]], 74 ans, 52 ans de métier, avec notre bénévole [[P:Ginette]] et notre intervenante [[P:Fatou Ndiaye]] au moment de la remise hier 📸
Des commerçants comme ça, c'est de l'or. #Solidarité #MaisonDHébergement #AchatLocal"""),

(1, "en", "facebook", "C", [], """My daughter's prom nails 💅 done by [[P:thuy]] at Ongles Lotus in Rimouski, worth the 2 h drive from Sainte-Anne-des-Monts. Chrome french tips with tiny gold stars, matching the Le Château dress. [[P:Thuy Tran]] if you ever open a studio in Haute-Gaspésie you will be a millionaire, just saying 😂
Booking: [[E:ongleslotus.thuy@hotmail.com]] or text [[T:418.555.0163]]"""),

# ---------------- batch 2 ----------------
(3, "en", "facebook", "R", [], """Reminder to all parents of the Brossard Cheetahs (Benjamin & Cadet): athletes with asthma MUST bring their own Ventolin puffer to the Montérégie cross-country championship at Parc de la Cité on Saturday. Coaches cannot hand out medication, not even Tylenol.
Our volunteer pharmacist [[P:Farah El-Amine]] (Pharmaprix, boul. Taschereau) will give a 15-min info session after practice Thursday. Questions for her: [[T:450.555.0172 ext. 3]] or [[E:farah.elamine.pharm@outlook.com]]
Entry fee is still $12, not $15 like the RSEQ form says."""),

(4, "fr", "instagram", "C", [], """OBJET TROUVÉ 💍 à la Buanderie du Havre, [[A:112 rue de la Reine]], Gaspé [[Z:g4x1t3]]
Une bague en or avec « R & D 1987 » gravé en dedans, trouvée dans la laveuse #3 dimanche. C'est [[P:Ti-Paul]] qui l'a ramassée, il la garde dans le coffre en arrière du comptoir.
Si c'est à vous, appelez-le au [[T:418 555 0190]] ou passez le voir entre deux brassées 😄
#Gaspé #ObjetsPerdus #Forillon"""),

(2, "en", "instagram", "B", ["CLIENT_CONFIDENTIALITY"], """Note to self: empty your pockets before dropping the suit at Nettoyeur Daoust 🙈 [[P:Mrs. Ferreira]] at the counter just called — she found my handwritten notes from Monday's meeting with the client in the fraud file [[C:500-01-234567-246]], the one where the accountant kept two sets of books for the Laval dealership. She put them in an envelope and says she "didn't read a thing". Obrigada, [[P:Dona Graça]] ❤️
#LawyerLife #Oops"""),

(1, "fr", "linkedin", "S", ["PRIVATE_EVENT_DISCLOSURE"], """Journée beauté pour nos résidentes samedi prochain, de 13 h à 17 h, dans la salle commune de la maison 💇🏽‍♀️💅🏾 Coupe, brushing, pose d'ongles : tout est offert par l'équipe du Salon Élégance.
Un immense merci à [[P:Marie-Ève Lachance]], [[P:nadia b.]] et [[P:Kenza]] qui donnent leur journée, et à L'Oréal Canada pour les produits.
Prendre soin de soi, ça fait partie de la reconstruction. #MaisonsDHébergement #ViolenceConjugale"""),

(3, "fr", "facebook", "L", [], """Appréciation de la journée : ma pharmacienne au Jean Coutu de la Plaza Côte-des-Neiges, [[P:Mme Nguyễn Thị Lan]], a remarqué que mon médecin avait prescrit deux médicaments qui ne vont pas ensemble. Elle a appelé la clinique du CHU Sainte-Justine, corrigé l'ordonnance et m'a expliqué tout ça en 4 minutes pendant que la file allait jusqu'au rayon des Kleenex.
Les avocats pensent être débordés… 🙃 Merci [[P:Lan]]!"""),

(4, "en", "linkedin", "B", [], """Quick primer for dépanneur owners, since three of you asked after my talk at the Chambre de commerce de l'Est de Montréal: selling Loto-Québec tickets or beer to a minor can cost you your permit with the Régie des alcools, des courses et des jeux (RACJ), and "he looked 25" is not a defence the Tribunal administratif du Québec has ever bought. Train your night staff, post the ID policy at the cash, keep the camera footage 30 days.
General information only, not legal advice. #SmallBusiness #Quebec"""),

(2, "fr", "linkedin", "R", [], """Merci à la Cordonnerie Roberto sur le chemin de Chambly à Longueuil : 22 paires de crampons de soccer recousues en 48 h avant le championnat régional juvénile AA. [[P:M. Di Iorio]] a même réparé les gants de gardienne de [[P:Marisol]] sans rien charger 🧤
Nos Gaulois de l'école secondaire Jacques-Rousseau vous disent grazie mille! Prochaine étape : le Championnat provincial à Sherbrooke. #RSEQ #Montérégie #SoccerScolaire"""),

(1, "en", "facebook", "R", ["DISPARAGEMENT"], """Saw the ref from Saturday's Cadet game in Granby getting his hair cut at Barbier Le Rasoir on rue Principale. Hope they also checked his eyes while he was in the chair 😂🙄 [[P:Dumont]] has been blowing calls against our girls all season, total clown, somebody buy this man a pair of glasses at Greiche & Scaff.
#RSEQ #BasketballScolaire"""),

# ---------------- batch 3 ----------------
(3, "en", "instagram", "S", [], """Big thank-you to pharmacist @[[P:pharm.kim.obomsawin]] (Brunet, proud W8banaki from Odanak) who gave our team a lunch-and-learn on naloxone, Plan B and what the new Quebec rules on pharmacist prescribing mean for the women we support. Also shout-out to her tech [[P:Maricel dela Cruz]] who brought Jollibee for everyone 🍗
Knowledge is safety. #Naloxone #PharmacistsOfQuebec #WomensShelters"""),

(4, "fr", "linkedin", "R", [], """Merci au Dépanneur Chez Fern de Saint-Jean-sur-Richelieu ([[A:275, boul. du Séminaire Nord]], [[Z:J3B 5K7]]) qui commandite les chandails de notre équipe de flag-football benjamin depuis 2019 🏈 [[P:Fernand « Fern » Gauthier]] nous donne aussi les Gatorade et les sacs de chips Humpty Dumpty à chaque tournoi.
Les gars ont gagné 28-14 contre les Dragons de Chambly samedi. Prochain match au Stade Municipal. #Merci[[P:Fern]] 🙌"""),

(2, "en", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """So proud!! 🎓 [[P:Mrs. Oyelaran]], the seamstress on Grand-Pré in Bonaventure, took in the graduation suit (a Moores special, 3 sizes too big lol) for one of the boys placed with us by the DPJ. [[P:Jayden]], 16, Polyvalente de Bonaventure class of 2026, looks like a movie star. Thank you [[P:Adeola]], you made a teenager who hasn't had many good days in his life feel like Drake tonight ❤️
#FosterFamily #Gaspésie"""),

(1, "fr", "instagram", "B", [], """Mon conseil professionnel du jour : on plaide mieux avec des mèches fraîches 😎💇🏻‍♀️ Merci [[P:karine]] (Coiffure K. Ouellet, Sainte-Rose, Laval) pour la coupe et le café Nespresso. Réservation par courriel seulement : [[E:karine.ouellet.coiffure@gmail.com]]
Et mon gars est allé chez [[P:Wilner]] au Barbershop Lakay sur le boul. Pie-IX, fade parfait pour ses photos d'école. Mèsi anpil [[P:Tonton Wil]]! 🇭🇹
#Laval #CoiffureLocale"""),

(3, "fr", "facebook", "C", [], """Trouvé dans le stationnement de la Pharmacie Proxim de Sainte-Anne-des-Monts, à côté du Tim Hortons : un portefeuille rouge avec une carte d'assurance maladie au nom de [[P:GAGNÉ, ROSE-AIMÉE]] ([[R:GAGR47610823]]), née le [[D:11 novembre 1947]], pis un papier de renouvellement d'ordonnance.
Je l'ai laissé à la technicienne [[P:Shanice Vollant]] au comptoir des prescriptions. Partagez si vous connaissez [[P:Mme Gagné]], elle doit être inquiète 🙏
#SainteAnneDesMonts #HauteGaspésie"""),

(2, "fr", "linkedin", "L", [], """Avis à mes collègues du 28e étage : le Nettoyeur Marcel du rez-de-chaussée de la Place Ville Marie a récupéré un foulard Hermès, une toge et trois cravates oubliées depuis septembre. Celle-là avec des petits marteaux de juge, c'est clairement à [[P:Me Audrey-Anne St-Pierre]] 😄
Ils ferment le 20 décembre pour le Temps des Fêtes. Écrivez à [[E:s.oreilly@oreilly-bastien-avocats.ca]] si vous voulez que [[P:Siobhan]] passe les ramasser pour vous, elle y va vendredi."""),

(4, "en", "instagram", "L", [], """Sunday laundry diaries, episode 47 🧺☕ Laverie Parc-Fairmount, [[A:5181 Park Ave]], [[Z:h2v4g3]].
The cast, as usual:
• old [[P:Mr. Papadopoulos]], who folds his shirts like it's an Olympic sport and still calls the Expos "we"
• [[P:Big Mike]] from the bagel shop, who always takes dryer #9 and will fight you for it
• [[P:Mme Rivest]], 88, reading a Michel Tremblay novel and correcting everyone's French
• me, a second-year associate with 4 weeks of dress shirts and zero shame
Today's drama: somebody left a manila envelope on the folding table. Inside, a Service Canada letter addressed to [[P:QUMALUK, Annie]] with her SIN printed on it ([[S:462 719 352]]), a Visa card ([[CC:4532 0151 1283 0366]]) and a Greyhound ticket to Kuujjuaq via Montréal–Trudeau (booking ref. 88213-XQ, $412.50). The owner, [[P:Ahmad]], put it in the office drawer and taped a sign on the Pepsi machine. If you know [[P:Annie]], tell her to call the laundromat at [[T:+1 514 555 0139]] or [[T:514-555-0140 poste 2]].
Yes, I know, as a lawyer I should tell you never to carry your SIN letter around. Consider this your free reminder, Plateau. Also: Fairmount bagels > St-Viateur, fight me.
#MileEnd #Laundromat #Montréal"""),

(1, "en", "linkedin", "S", [], """Saturday morning at a Verdun barbershop > any Statistique Québec survey. #SelfCare"""),
]
