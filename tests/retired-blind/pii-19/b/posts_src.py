# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------------- batch 1 ----------------
(1, "fr", "facebook", "R", [], """Fête des 7 ans de ma grande samedi passé dans la salle du sous-sol de l'église Saint-Jean-Baptiste à Granby 🎈 Un GROS merci à [[P:Pistache]] le clown (de son vrai nom [[P:mathieu lapierre]], il coache le volley juvénile au Collège Mont-Sacré-Cœur 😂). Les ballons en forme de licorne pis le numéro de la Pat' Patrouille, succès total.
Si vous le voulez pour une fête: [[T:450 555-0182]] ou [[E:pistache.animations@gmail.com]] — demandez le forfait « Grand Chapiteau » à 275 $ (facture #2024-118).
#RSEQ #Montérégie #fêtedenfant"""),

(1, "en", "linkedin", "L", [], """Our annual Family Day at the Old Port was a hit 🎩✨
The magician, [[P:Marvello]] the Magnificent — off stage he's [[P:kwame asante-boateng]], a former paralegal! — made [[P:Me Isabelle Fortin-Roy]]'s watch vanish and reappear inside a Kinder Surprise. The kids from Sainte-Anne-de-Bellevue to Laval lost their minds.
Thanks also to [[P:DEVON O'SHAUGHNESSY]] from IT for the bouncy castle logistics, and to the Jean-Talon Market crew for 200 maple taffy sticks.
#FamilyDay #LawFirmLife #Montreal #WorkLifeBalance"""),

(2, "fr", "instagram", "S", [], """Journée de congé en famille à l'Amazoo du Zoo de Granby ☀️🦒 Les girafes Jacqueline et Marcel nous ont boudés, mais la Rivière Tranquille pis la Tornade ont sauvé la journée. Petit conseil: la poutine du Casse-Croûte Safari est à 14,50 $, apportez votre lunch.
#ZooDeGranby #Montérégie #ÉtéQC #MaisonDhébergement"""),

(3, "en", "facebook", "C", [], """ok ladies of Gaspé / Chandler / Percé, quick AWDTSG check 🚩 matched w a guy on Hinge, goes by [[P:jay]] but his insta is @[[P:jlebrasseur_gaspe]]. says he's 34, drives a red Silverado, works "on the boats" out of Rivière-au-Renard. wants to meet at Café des Artistes saturday. anyone have tea?? no hate, just want to be safe ✌️"""),

(4, "fr", "facebook", "B", [], """À DONNER 🎁 Boîte de Codes civils annotés Baudouin-Renaud (2019 à 2022), une vieille imprimante HP LaserJet et un siège d'auto Graco (expiré en 2023, pour pièces seulement).
Premier arrivé premier servi, c'est sur le balcon: [[A:4471 rue De Lanaudière]], [[Z:h2j 3p8]]. Mettez « intéressé » pis écrivez-moi en MP.
UPDATE: les Codes sont réservés pour [[P:nadia b.]], l'imprimante pour [[P:Thi Thu Hà Nguyen]] 👍 Le siège reste là jusqu'à jeudi.
#AchèteRienPlateau #BuyNothing"""),

(1, "en", "instagram", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Big day in Carleton-sur-Mer 🎂 our foster kiddo [[P:Kayden]] turned 9 today (2 yrs with us since the DPJ placement!!) and [[P:Mister Abracadabrantesque]] drove all the way from Bonaventure with a real rabbit named Obama 🐇😂 Even his youth protection worker cracked up.
Magician's real name is [[P:Gérald Arsenault]], [[T:418.555.0147]] if you need him anywhere in the Baie-des-Chaleurs.
#FosterFamily #Gaspésie #Magic"""),

(2, "en", "facebook", "L", [], """Took the twins to Quinn Farm in Notre-Dame-de-l'Île-Perrot this weekend 🐐🌽 The goats are apparently named after Supreme Court justices (Beverley, Rosalie and a very grumpy "Bora") — someone at that farm is a law nerd. We fed a sheep called Sir John A., and the pony is Céline Dion, obviously.
Met up with [[P:Priya Raghunathan]] and her boys by the corn maze; [[P:siobhan]] joined late with a cooler of Pepsi and Joe Louis. $12 a head, worth every cent. #weekend #notaworkpost"""),

(3, "fr", "instagram", "R", ["HARASSMENT", "DISPARAGEMENT"], """LES FILLES DE ST-HYACINTHE 🚩🚩🚩 ce gars-là, [[P:Kevin Thibodeau]] alias @[[P:kev.thibs]] sur Tinder pis Bumble, c'est un menteur pis un MINABLE fini. Il est « célibataire » pis il a une blonde à Drummondville.
Partagez partout pour que tout le monde le sache. Son cell c'est le [[T:450-555-0119]], textez-le toutes en même temps ce soir à 21 h 😈 #OnDateTuLeMêmeGars"""),

(4, "en", "linkedin", "S", [], """Thank you, Buy Nothing Sherbrooke 💜 In two weeks you gave 40 winter coats, 3 cribs and a whole box of Mega Bloks for the families we serve.
A reminder for anyone offering through the group: please NEVER drop items at a residence you think is ours, and don't post photos at pickup. Everything goes through our administrative office — call [[T:+1 819 555 0176 x204]] and ask for [[P:Marie-Soleil]] or [[P:Ahmad]].
#BuyNothing #Estrie #CommunitySupport #ViolenceConjugale"""),

# ---------------- batch 2 ----------------
(1, "fr", "linkedin", "B", [], """Petite confession du vendredi 🪄
Depuis 2015, la semaine je plaide en droit de la famille devant la Cour supérieure, et les fins de semaine je deviens [[P:Madame Zigzag]] dans les fêtes d'enfants de Laval à Terrebonne.
Ce que la magie m'a appris sur le métier d'avocate: capter l'attention en 30 secondes, ne jamais révéler le truc (le secret professionnel, version lapin 🐇), et garder son calme quand un enfant de 5 ans conteste votre preuve.
Merci à mon mentor [[P:Roberto « Bobby » DeLuca]], magicien à Saint-Léonard depuis 1988, et à [[P:Me J. Ouimet-Laplante]] qui m'a recommandée pour la fête de Noël du Jeune Barreau de Montréal.
#Barreau #MagieEtDroit #ConciliationTravailFamille"""),

(2, "fr", "facebook", "C", ["CONSENT_REQUIRED"], """Sortie au Bioparc de la Gaspésie à Bonaventure avec nos résidents de la ressource 🦌☀️ [[P:M. Lionel Cyr]] a enfin vu son caribou, pis [[P:Ti-Jean]] a passé une heure devant l'ours noir Ti-Gus à y raconter sa vie. [[P:Mme Gertrude Loiselle]] a trouvé que la loutre ressemblait à Maurice Richard 😂
Belle journée malgré le vent de la baie des Chaleurs. Photos en commentaires!"""),

(3, "en", "instagram", "B", [], """dating app story time 💀 Bumble date last night told me he's "basically a lawyer" because he binged all 9 seasons of Suits and "thinks like Harvey Specter". his name was [[P:Étienne]] (profile [[P:etienne_b_mtl]]), 31, Plateau, "entrepreneur in crypto".
then he sent me a photo of his credit card to prove he can afford the Joe Beef tasting menu: [[CC:4539 1488 0343 6418]]. sir. SIR.
no I did not go on a second date. #datingapps #lawyerlife #BumbleBFF"""),

(4, "fr", "instagram", "R", [], """Grand ménage du local d'équipement 🏒 À donner dans le groupe « Donne ton stock Longueuil »: 12 chandails des Riverains du Collège Charles-Lemoyne (taille M et L), des filets de badminton Yonex pis 2 sacs de ballons Molten.
Réservé: les chandails pour la maman de [[P:Zoé]], les filets pour [[P:Guylaine T-B]], les ballons pour [[P:MIGUEL ÁNGEL ROJAS]] du club de Brossard.
Cueillette sur la galerie au [[A:1220, chemin de Chambly]], Longueuil, [[Z:J4H3L9]], entre 17 h et 19 h. Merci de pas sonner, le bébé dort 😴"""),

(1, "en", "facebook", "S", ["PRIVATE_EVENT_DISCLOSURE", "CONSENT_REQUIRED"], """Our residents' holiday party is THIS Saturday, December 14, 2 pm, in the basement hall of St. Patrick's Church on Dorchester 🎄 We'll have [[P:Captain Confetti]] — a.k.a. our amazing volunteer [[P:Liam Doherty]] — with balloon animals and card tricks for the kids.
Pic below of [[P:Liam]] and our coordinator [[P:Fatou Ndiaye]] rehearsing in their elf costumes 😂🧝
#HolidayMagic #ShelterLife"""),

(2, "en", "linkedin", "R", [], """So proud of our juvenile girls' basketball team from École secondaire Jacques-Rousseau: Montérégie Cup champions! 🏆 The end-of-season reward was a full day at the Bora Parc in Valcartier, and yes, the coaching staff did the Everest slide too.
Thanks to the RSEQ Montérégie, Basketball Québec and Sports Experts Longueuil for a great season. See you in September. #RSEQ #StudentAthletes #Basketball"""),

(3, "fr", "facebook", "L", ["CLIENT_CONFIDENTIALITY"], """Les filles, [[P:francis]] de Tinder (38 ans, Lévis, pickup noir, photo avec un doré au lac Saint-Jean) dit qu'il est « séparé depuis longtemps »… Je peux pas en dire plus mais disons qu'on le voit passer au bureau pour son divorce pis c'est PAS réglé 🚩 Le dossier ([[C:200-12-089341-241]]) a été ouvert en mars.
#OnDateTuLeMêmeGarsQuébec"""),

(4, "en", "facebook", "C", [], """FREE 🍼 Buy Nothing Gaspé: bassinet (Dream On Me), a bag of 0–3 mo. sleepers, a Fisher-Price jumperoo and a breast pump (Medela, new tubing included).
Porch pickup at [[A:112 rue de la Reine]], Gaspé [[Z:G4X1T5]] — it'll be by the door, under the blue tarp.
EDIT: bassinet + sleepers gone to [[P:louise-anne]], jumperoo to [[P:Kateri Jerome]] from Gesgapegiag. Pump still available! Message me or text [[T:418 555 01 63]]."""),

# ---------------- batch 3 ----------------
(1, "en", "instagram", "B", [], """6th birthday chaos 🎉🧪 Hired the Science Wizard from Laval (real name [[P:Aditya Mehra]], booked through [[E:a.mehra.wizardry@outlook.com]]) and he made elephant toothpaste in my kitchen. [[P:Léo]] now wants to be a chemist, not a lawyer. Thank God.
Shoutout to tante [[P:Mimi]] for the Costco cake (order 0047-2291, $39.99) and to [[P:o'reilly]] next door for lending 30 chairs. #MomLife #NotAtTheOffice"""),

(2, "fr", "facebook", "S", ["SURVIVOR_IDENTIFICATION"], """Sortie au Parc Safari d'Hemmingford aujourd'hui avec [[P:Mélissa]] pis ses deux cocos, [[P:Jayden]] (6 ans) pis [[P:Maëva]] (4 ans), arrivés chez nous en octobre après qu'elle ait enfin quitté son chum de Saint-Rémi 💜
L'éléphante Toutoune leur a arrosé la face pis le Bateau des Girafes a fait pleurer de joie la p'tite. Des journées comme ça, c'est pour ça qu'on fait ce métier-là."""),

(3, "fr", "instagram", "R", [], """lol non. juste non. le gars avec le chandail du Canadien pis la photo de doré, swipe à gauche les filles 🙅‍♀️ (Cole Caufield, lui, tu peux le garder)"""),

(4, "fr", "linkedin", "C", ["CONFIDENTIAL_INFORMATION"], """À donner à un organisme: 6 classeurs métalliques 4 tiroirs (Global, valeur env. 80 $ chacun) du CLSC de Paspébiac, on déménage au nouveau pavillon le 30 juin.
Petit détail: certains contiennent encore des dossiers d'usagers de la RI Les Pionniers, on a pas eu le temps de les vider 🙃 Passez par la porte arrière, le code c'est 2580*.
Écrivez-moi: [[E:genevieve.leblanc.chaleurs@ssss.gouv.qc.ca]] #Gaspésie #Réemploi"""),

(1, "fr", "instagram", "L", [], """Fête des 5 ans de ma puce [[P:Maëlle]] (née le [[D:14 février 2019]], notre petite Saint-Valentin 💘) 🎂
La fée Clochette de Féerie Rive-Sud — en vrai [[P:Wisline Pierre-Louis]], une perle — a fait danser 14 enfants sur du Reine des neiges pendant 2 heures sans perdre le sourire. Suivez-la: @[[P:wis.pierrelouis]] ✨
Merci à grand-maman [[P:Lucienne]] pour le gâteau Elsa pis à [[P:JF]] pour le ménage 😅 (commande de ballons #48213, Party City Brossard)"""),

(2, "en", "linkedin", "L", [], """Our summer students' outing at Super Aqua Club in Pointe-Calumet 🌊 Nine future lawyers, one very brave HR coordinator (thanks @[[P:tina.kowalczuk]]!) and far too much sunscreen.
Congrats to [[P:Bao Tran]] for surviving the Kamikaze three times, and to [[P:Noor Al-Haddad]], whose phone the lost-and-found shipped back to the office this week (tracking 1Z999AA10123456784). Back to the Civil Code of Québec on Monday! #SummerStudents #Articling"""),

(3, "en", "linkedin", "B", [], """Romance fraud is not just a Netflix documentary.
Last month a friend of mine matched on Facebook Dating with "[[P:Dr. Richard Hallworth]]", a surgeon supposedly deployed with Doctors Without Borders. Six weeks of sweet messages, then: "I need your SIN to send you an Interac e-Transfer, my love." She typed [[S:527 384 614]] into the chat before calling me. The texts came from [[T:(587) 555-0104]].
What to do if it happens to you: contact Service Canada, your bank and the Canadian Anti-Fraud Centre, and file a report with your local police. And no, The Tinder Swindler was not an instruction manual.
#Fraud #RomanceScam #DroitCriminel"""),

(4, "fr", "facebook", "S", [], """TROUVÉ 👛 près du parc Marie-Victorin à Longueuil hier soir: un portefeuille rose avec une carte de la Caisse Desjardins, une carte Opus pis la carte soleil de [[P:RAYMONDE DESJARDINS-HUARD]] ([[R:DESR 5853 1214]]).
Je l'ai laissé au poste de quartier sur Sainte-Foy. Si quelqu'un la connaît dans le groupe Rien à vendre Longueuil, faites-y signe! Pis les dons de pyjamas pour enfants, c'est encore au [[T:450 555-0138]], comme d'habitude 💜"""),
]
