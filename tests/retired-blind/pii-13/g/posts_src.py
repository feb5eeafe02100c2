POSTS = [
# ---------------- g1: podcast / local radio guest announcements ----------------
("g1", "fr", "linkedin", "B", [], """Ravie d'être l'invitée de [[P:Mathieu Lanctôt]] au balado « Droit devant » cette semaine 🎙️
On a jasé médiation familiale, du Code civil du Québec et du projet pilote du Tribunal unifié de la famille à Saint-Jérôme. Épisode 112, environ 48 minutes.
Merci aussi à [[P:Me Karine Ouimet]] de l'Association du Jeune Barreau de Laval pour l'invitation.
Disponible sur Spotify, Apple Podcasts et Ohdio. #droitdelafamille #médiation"""),

("g1", "en", "facebook", "R", [], """📻 Tune in Saturday 9 a.m. on CHAI 101.9 FM Châteauguay!
Coach [[P:danny o'reilly]] and two of our Juvenile AA girls from École secondaire Louis-Philippe-Paré will talk about the regional volleyball final. Host [[P:Nadia Belhumeur]] promised not to ask about the 3–1 loss to Saint-Jean 😅
Call-in line during the show: [[T:450 555 0182]]
Go Vikings! #RSEQ #Montérégie"""),

("g1", "fr", "instagram", "S", [], """Demain matin 7h40, notre intervenante jeunesse [[P:josée]] sera en ondes avec [[P:Ti-Guy Lévesque]] à l'émission Le Réveil du Bas-Saint-Laurent pour parler des 12 jours d'action contre les violences faites aux femmes 💜
Elle va aussi présenter la Marche blanche du 6 décembre devant l'hôtel de ville de Rimouski.
Si vous avez besoin d'aide, parlez-en à quelqu'un. Vous n'êtes pas seule.
#12joursdaction #violenceconjugale"""),

("g1", "en", "linkedin", "L", [], """Great conversation with [[P:Priya Raghunathan]] on episode 48 of The Billable Hour about AI in e-discovery, Law 25 and what the Commission d'accès à l'information expects from firms in 2025.
Short version: document your data flows before the regulator asks.
Thanks to our producer @[[P:kwame.asante]] for turning 72 minutes of rambling into 41 good ones. Link in comments 👇
#legaltech #privacy #Law25"""),

("g1", "fr", "facebook", "C", ["CONSENT_REQUIRED"], """Écoutez notre collègue [[P:Marie-Ève Cyr]], nutritionniste à l'Hôpital de Maria, en entrevue avec [[P:Gaston Bernatchez]] à CIEU-FM ce jeudi à 10h! Elle va parler d'alimentation des tout-petits pis du programme OLO 🍎🥛
On est fiers de toi [[P:Marie-Ève]] 👏 #Gaspésie #BaieDesChaleurs"""),

("g1", "en", "instagram", "B", [], """Was on the air with Paul Arcand on 98.5 Montréal this morning talking about Bill 31 and lease assignments — 6 minutes is never enough 😅
Huge thanks to my articling student [[P:Aoife]] for the prep notes and to [[P:Jean-Baptiste]] at reception who recorded the whole thing on his phone from the lobby.
#barreau #radio #logement"""),

("g1", "fr", "facebook", "R", [], """ON PASSE À LA RADIO!! 📻🏀
Écoutez Sports Rive-Sud sur CHOC 103,5 ce soir à 18h : notre entraîneur-chef [[P:MARC-ANDRE COTE]] pis le capitaine [[P:ti-loup]] vont jaser de notre saison 11-2 pis du Championnat provincial à Sherbrooke.
Les Faucons de Jacques-Rousseau, ça se passe! #GoFaucons"""),
# ---------------- g2: tenant-association minutes and notices ----------------
("g2", "en", "facebook", "L", [], """MINUTES — Tenants' Association of [[A:4550 Queen Mary Road]], Montréal [[Z:h3w1w5]]
Meeting of Nov. 27, 2024, 7 p.m., party room (ground floor)
Present: [[P:Mrs. Oyelaran]] (president), [[P:Hugo Fortin-Beaulieu]] (secretary), 19 tenants out of 64 units.
1. Heating: units 3C, 5A and 7F still under 18°C. Gestion Lachance inc. says the boiler part is on order (PO 88-4471).
2. Small claims: our claim for the 2023 water damage (file [[C:500-32-712345-243]]) is set for hearing on March 12.
3. Rent increases: reminder that you have one month after receiving the notice to answer. The TAL calculation tool is on their website.
4. Next meeting: Jan. 22, same room.
Minutes taken by [[P:Hugo]]"""),

("g2", "fr", "facebook", "B", [], """AVIS À TOUS LES LOCATAIRES DU [[A:2185, rue Sherbrooke Est]] 📢
Assemblée du comité mardi 10 décembre à 19h, au sous-sol de l'église Saint-Pierre-Apôtre (porte de côté sur la rue de la Visitation).
À l'ordre du jour : les travaux de la façade, les rats dans la ruelle pis la hausse de 5,9 % qu'Immeubles Beauchesne veut nous passer.
Pour info : [[P:Lucienne]] à l'app. 6, ou [[E:comite.locataires2185@gmail.com]]
(Oui je suis avocate, mais ici je parle comme voisine 🙂 pas d'avis juridique sur Facebook, venez à l'assemblée!)"""),

("g2", "en", "instagram", "S", [], """WE WON 🎉🔥 After 11 months, the TAL ordered our landlord to fix the heating in all 24 units and to lower our rent by 15% for last winter.
Shoutout to [[P:Thi Hoa]] from 3B who kept a temperature log every single morning since January 🥶📋, to [[P:Mr. Gallant]] for the photos, and to our treasurer [[P:bilal h]]. who actually read the Civil Code chapter on leases (art. 1851 and following) so the rest of us didn't have to.
Tenants together > one numbered company 💪 #logement #Rimouski #tenantsrights"""),

("g2", "fr", "linkedin", "B", [], """Belle soirée d'information hier au Comité logement de Rosemont sur le bail type du TAL, la clause F et les reprises de logement. Plus de 60 locataires présents, des questions pointues pis beaucoup d'inquiétude.
Merci à [[P:Fatou Diallo]] et [[P:Esteban Quiroga]] du comité pour l'organisation, et à mes collègues de Pro Bono Québec.
Rappel : de l'information juridique générale, ce n'est pas un avis juridique. Pour votre situation, consultez une clinique juridique ou un avocat.
#logement #accèsàlajustice #ProBono"""),

("g2", "en", "facebook", "C", [], """NOTICE to tenants of the Bay View apartments ([[A:112 rue de la Reine]], Gaspé, [[Z:G4X 1T5]])
Water will be shut off Thursday Dec. 5 from 9 to 2 for the new valve. Our landlord, [[P:Réjean Synnott]], says it's the last job before the snow.
Tenants' association meeting right after, 7 pm at the Chevaliers de Colomb hall. Questions: [[P:Kathleen]] ([[T:418–555–0147]]) or leave a note under door 2B.
Please share with the folks on the 3rd floor who aren't on Facebook 🙏"""),

("g2", "fr", "facebook", "R", [], """Procès-verbal – Association des locataires des Habitations Jeanne-Mance, assemblée du 3 décembre
Présences : [[P:huguette]] (204), [[P:Ramon Figueroa]], la grande [[P:Jo]], [[P:M. Nguyen]] du 811 pis une dizaine d'autres.
1- Punaises de lit au 6e : l'OMHM envoie l'exterminateur le 12. Videz vos garde-robes!
2- Ascenseur B encore en panne (3e fois depuis septembre). Plainte déposée, requête no 2024-118734.
3- Buanderie : les sécheuses mangent encore les 2 $. [[P:Ramon]] fait un relevé.
4- [[P:Ramon]] a oublié sa copie de bail sur la table du local, avec son NAS écrit dessus ([[S:519 623 078]]) 😬 viens la chercher au 204!
5- Party de Noël des locataires le 21 au local communautaire, apportez un plat (pas de tourtière, on en a déjà 8 🤣)
Prochaine assemblée : 14 janvier. Secrétaire : [[P:Nicole B.-Thériault]]"""),

("g2", "fr", "facebook", "B", ["PERSONALIZED_LEGAL_ADVICE"], """[[P:M. Dufour]] (app. 3), pour votre question d'hier soir à l'assemblée : oui, votre propriétaire peut reprendre le logement pour y loger sa fille, MAIS il devait vous envoyer un avis écrit au moins 6 mois avant la fin de votre bail. Votre bail finit le 30 juin et l'avis est daté du 20 janvier → trop tard, il est hors délai.
Répondez-lui par écrit que vous refusez, par courrier recommandé, pis gardez une copie. S'il insiste, c'est à lui d'aller au TAL.
Écrivez-moi en privé si vous voulez que je relise votre avis."""),
# ---------------- g3: restaurant and food-truck reviews ----------------
("g3", "en", "instagram", "R", [], """Post-tournament fuel ⛽🍟 14 hungry badminton players from Heritage Regional High invaded Chez Ashton in Lévis after the Coupe Desjardins.
Our server [[P:Kayla]] handled it like a pro: 14 poutines, 3 Général Tao, 1 Dynamite and one very confused order of onion rings. 10/10 would invade again.
Silver in mixed doubles for [[P:Anh]] & [[P:Gabriel P.]] 🥈 #RSEQ #badminton"""),

("g3", "fr", "instagram", "L", [], """Le Camion à Ti-Jean est de retour au Marché Jean-Talon 🚚🔥
Pogos maison, guédille au homard à 19 $, pis LA poutine au smoked meat de chez Schwartz's. Le cuisinier, [[P:jean-guy]], m'a fait goûter sa sauce piquante à l'argousier : mon collègue [[P:Olivier-Karim]] en a pleuré 🥵
Commande #0457, 42 minutes d'attente, ça valait la peine. 9/10"""),

("g3", "en", "linkedin", "C", [], """Shoutout to Les Délices de Mémé Lucie, the food truck parked outside the Sainte-Anne-des-Monts CLSC every Wednesday 🥘
Cod cakes, pâté chinois, and a seafood chowder that should be declared a regional treasure. The cook, [[P:Roxanne Chouinard]], remembers everyone's order after one visit.
Supporting local = supporting the people who feed us between shifts. #Gaspésie #HauteGaspésie #achatlocal"""),

("g3", "fr", "instagram", "S", ["CONSENT_REQUIRED"], """Souper d'équipe de fin d'année au Bistro L'Anse à Matane 🥂📸 (photo de toute la gang autour de la table!)
Tartare de pétoncles 🤤, bavette à l'échalote, pis le pouding chômeur recommandé par notre serveuse [[P:Yasmine]], qui nous a gâtées toute la soirée.
Merci à [[P:Nathalie]], [[P:Soraya]] pis [[P:Mélo]] pour une autre année à tenir la maison debout 💜 #équipe #Noël"""),

("g3", "en", "linkedin", "L", [], """Proud moment: [[P:Marco DiFelice]], who articled with us in 2019, left the profession to open Trattoria Nonna Pia on Saint-Laurent Boulevard, and it just made the Montreal Gazette's list of the 10 best new restaurants 🍝
We went as a team on Friday: cacio e pepe, a Margherita that rivals Naples, and a tiramisu from his mother [[P:Pia]]'s recipe. Service by [[P:Giulia]] was flawless.
Sometimes the best career move is following your nose. #alumni #Montreal"""),

("g3", "fr", "linkedin", "S", [], """Dîner d'équipe au Robin des Bois, un resto où tous les profits vont à des organismes communautaires 🏹
Le chef [[P:Abdoulaye]] nous a sorti un mafé de poulet incroyable pis un gâteau aux carottes comme chez ma grand-mère. Merci à [[P:Mme Tremblay-Anctil]], bénévole chez eux depuis 12 ans, pour le service tout en douceur.
Si vous cherchez une place pour votre party de bureau, c'est là. #économiesociale #restoàimpact"""),
# ---------------- g4: ski-club / snowboard carpool and lesson posts ----------------
("g4", "en", "facebook", "R", [], """🚗 CARPOOL — Saturday Jan. 11, Mont Saint-Bruno
Leaving 7:15 sharp from the parking lot at [[A:6995 boul. Gaétan-Boucher]] (behind the Tim Hortons).
Driver 1: [[P:Siobhan Keating]] — full ([[P:Liam]], [[P:Zoé]], [[P:Arjun]])
Driver 2: me — 2 seats left!
Snowboard lessons at 9 with instructor [[P:Raymond St-Onge]], Level 2 meets at the Chalet des Pins.
Text [[T:(450) 555-0139]] if your kid needs a seat. Gas split $8/kid."""),

("g4", "fr", "instagram", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Première leçon de ski au Mont Béchervaise pour notre petit [[P:Maxime]], 7 ans, qu'on accueille en famille d'accueil depuis l'été 🥹⛷️
Il est tombé 14 fois pis il s'est relevé 14 fois. Merci à son moniteur [[P:Denis Lelièvre]] pour sa patience d'ange, pis au club de ski pour l'équipement prêté.
#familledaccueil #Gaspé #fierté"""),

("g4", "en", "linkedin", "L", [], """Firm ski day at Mont-Tremblant ⛷️🏂 23 lawyers, 9 paralegals, zero billable hours.
Special mention to snowboard instructor [[P:Maude]], who took our managing partner from "never again" to linking turns on Beauvallon by noon. And yes, that was Jean-Luc Brassard doing moguls on the Flying Mile; nobody was brave enough to ask for a selfie.
Après-ski at Le Shack. Back to the files Monday. #teambuilding #Tremblant"""),

("g4", "en", "instagram", "S", [], """Happy 8th birthday to our youngest rider 🎂🏂 [[P:Amaya]] was born [[D:January 9, 2018]] and today she landed her first 180 at Le Relais!
Huge thanks to instructor @[[P:jp.whitebear]] and to auntie [[P:Kahente]] for the hot chocolate run ☕
#snowboard #proudmom #LacBeauport"""),

("g4", "fr", "facebook", "B", [], """Covoiturage ski-club pour le Mont-Sainte-Anne samedi ❄️ Départ 6h30 du stationnement de l'aréna Raymond-Bourque. Il me reste 2 places dans la Sienna.
Textez-moi au [[T:514 555-0177]] ou écrivez à [[E:sylvie.nadeau.ski@videotron.ca]]
P.S. à la mère de [[P:Ludovic]] : il a oublié sa carte soleil dans mon char ([[R:GRAL 1402 0412]]), je vous la redonne samedi 😉
Cours de planche avec [[P:Steve-O]] à 10h, groupe des 10-12 ans."""),

("g4", "en", "facebook", "C", [], """Reminder: no ski bus this Saturday, Mont-Castor is closed (wind + freezing rain). Lessons moved to Jan. 18, same time. Helmets mandatory, no exceptions! ❄️"""),
]
