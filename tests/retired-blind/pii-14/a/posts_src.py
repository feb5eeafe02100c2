# -*- coding: utf-8 -*-
# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------------- a1 : yoga / pilates / spin ----------------
("a1", "fr", "instagram", "R", [], """Horaire de la semaine au studio Les Ailes à Chambly 🧘‍♀️
lundi 6h30 hatha avec [[P:geneviève]]
mercredi 18h spin avec [[P:Ti-Marc Lussier]] (apportez de l'eau, il niaise pas)
samedi 9h pilates au sol
Attention : le cours de spin du mercredi est dans la salle Maurice-Richard du Centre sportif, pas au studio! Les filles du volley des Patriotes, venez vous étirer avant les régionaux 💪 #RSEQ #yogaChambly"""),

("a1", "en", "linkedin", "L", [], """Shout-out to [[P:Priya Raghunathan]], who teaches the 7 a.m. Vinyasa Flow at Lotus & Iron on Sherbrooke Street West. Two years of early classes before court and I can finally touch my toes.
If colleagues at the firm want to join: Tuesday drop-in is $15 and she keeps two mats for the latecomers coming from the Palais de justice. Best investment I made in 2025.
#WellnessAtWork #Montreal #Yoga"""),

("a1", "fr", "facebook", "C", ["CONSENT_REQUIRED"], """Yoga sur chaise tous les jeudis 10h à la salle communautaire de Sainte-Anne-des-Monts avec [[P:Josée-Anne]] 🙏
Bravo à [[P:mme cloutier]] de notre ressource, 87 ans, qui a fait toute la séance sans se tenir au dossier! On est tellement fières d'elle. Photo en commentaire 📸"""),

("a1", "en", "instagram", "S", [], """SPIN SATURDAY 🚴‍♀️🔥 45 min of pure suffering at RideHouse Rimouski with coach [[P:DESHAWN]]. playlist was all Beyoncé and Céline Dion, no notes 10/10
thanks @[[P:mel.ouellet]] for dragging me out of bed at 7
next week it's the Tour de France climb class, who's in??"""),

("a1", "fr", "linkedin", "B", [], """Nouvelle session de yoga pour avocat·e·s au Studio Marie-Soleil ([[A:4120, rue Saint-Denis]], Montréal) à compter du 13 janvier : 8 cours, 120 $. Inscription par courriel à [[E:inscriptions@studiomariesoleil.ca]] ou au [[T:514 555-0172]], poste 3.
Merci à [[P:Me Karine Bastien]] qui organise ça depuis 2019 avec le Jeune Barreau de Montréal. Le Code de déontologie ne dit rien sur la posture du chien tête en bas, j'ai vérifié 😉 #mieuxêtre"""),

("a1", "en", "facebook", "C", [], """Heads up: Monday pilates moved to the Gérard-D.-Levesque sports centre in Paspébiac while the school gym floor gets redone. 5:30 pm, bring your own mat and a water bottle. Instructor is [[P:Aoife]] (she also does the prenatal class Thursdays) — text her at [[T:418.555.0193]] if you want to try a class. No registration, $8 at the door."""),

("a1", "fr", "instagram", "L", [], """pré-cours de spin pis déjà brûlée 😅 merci à [[P:nguyen van an]] pour le 6h au Cyclo Pointe-Claire, t'es un monstre 🔥🔥 prochain défi : le 90 min du dimanche avec [[P:JERICHO]] 😬 #spinclass #team[[P:An]] #lundimatin"""),
# ---------------- a2 : municipal election ----------------
("a2", "fr", "facebook", "R", [], """Débat des candidats à la mairie hier soir au Centre des arts Juliette-Lassonde à Saint-Hyacinthe 🗳️
La candidate Sylvie Marchand a promis un terrain synthétique au parc Les Salines, le candidat Bernard Tousignant a parlé de taxes (encore pis encore).
Mais la meilleure question de la soirée est venue de mon voisin [[P:réjean paquette]] sur les heures de glace pour les équipes scolaires à l'aréna Léo-Grenier 👏 Bravo [[P:Réjean]]!
Votez le 2 novembre, le bureau de vote est à l'école Saint-Joseph."""),

("a2", "en", "linkedin", "B", [], """Honoured to have moderated last night's District 3 candidates' debate at the Sherbrooke City Hall. Thank you to candidates Marc-Olivier Vézina and Lina Haddad for a respectful exchange on housing, snow removal and the Lac-des-Nations trail.
Special thanks to the volunteers from the Barreau de Saint-François, especially [[P:Me Thomas O'Rourke]] and [[P:Me Widline Jean-Baptiste]], who timed every answer to the second ⏱️
Local democracy works when people show up. #Sherbrooke #MunicipalElections"""),

("a2", "fr", "facebook", "C", [], """Les pancartes de Nadia Sheehan sont arrivées!! 🗳️ Si vous en voulez une pour votre terrain, passez chez mon beau-frère [[P:GILLES BOUDREAU]] au [[A:112 rue de la Reine]], Gaspé [[Z:g4x1t5]], il en a une trentaine dans son garage. Ou textez-le au [[T:(418) 555-0148]], il répond vite le matin 😄
Débat public jeudi 19h au Musée de la Gaspésie."""),

("a2", "en", "instagram", "S", [], """went to the all-candidates night at the Rivière-du-Loup library 🗳️ none of them could say "housing" without reading it off a cue card lol
shoutout to my neighbour [[P:Fatou]] (@[[P:fatou.diallo.rdl]]) who asked about women's safety downtown and actually got a straight answer from Mayor Bouchard. vote Sunday!!"""),

("a2", "fr", "linkedin", "L", [], """Rappel en pleine campagne municipale : la Loi sur les élections et les référendums dans les municipalités (LERM) encadre les contributions aux candidats et aux partis. Avant de signer un chèque à votre candidat préféré, vérifiez les plafonds sur le site d'Élections Québec, et gardez vos reçus.
Et surtout : allez voter le 2 novembre! #LERM #ÉlectionsMunicipales2025"""),

("a2", "en", "facebook", "R", ["HARASSMENT"], """To whoever keeps stealing the Pierre-Luc Gendron signs on Grande Ligne: we KNOW it's you, [[P:kevin morissette]]. Saw your truck at 2 a.m. 🚨
Everybody go knock at [[A:27 Grande Ligne]] and tell him what you think. Maybe leave a few "surprises" on his lawn while you're at it 😡 Share this so everyone in Saint-Jean knows."""),

("a2", "en", "instagram", "B", [], """Voted this morning at École Sainte-Marguerite-Bourgeoys 🗳️ and brought my nan [[P:Thérèse]] (91!!) who insisted on walking the whole way on Rue Notre-Dame. Her verdict on the candidates: "the Ferland boy has nice hair, the other one talks too much." Democracy in action ❤️ #ElectionDay"""),
# ---------------- a3 : apartment hunting ----------------
("a3", "fr", "facebook", "L", [], """À LOUER – 4½ au [[A:2275, rue Bélanger, app. 3]], Montréal ([[Z:H2S 1G5]]) 🏠
Libre le 1er juillet, 1 350 $/mois chauffé-éclairé. Planchers de bois franc, balcon arrière, 8 min à pied du métro Jean-Talon. Chats acceptés, pas de chiens (désolée 🐶). Enquête de crédit demandée, AUCUN dépôt.
Visites samedi entre 10h et 14h, écrivez à [[P:Dominique]] au [[T:514-555-0166]] ou à [[E:dom.lacasse.proprio@gmail.com]]"""),

("a3", "en", "facebook", "B", [], """Looking for a roommate for a 5 1/2 in Verdun (Wellington area, 2 min from De l'Église metro), $850 each, starting August 1 🌿
About me: lawyer, boring hours, quiet, cooks too much jollof. My current roommate [[P:Siobhan]] is moving back to Galway 😢 so her room (the big one!) is up for grabs.
Must like plants and tolerate Radio-Canada podcasts on Sunday mornings. DM me or write to [[E:c.okafor.verdun@outlook.com]]
– [[P:Chidi]]"""),

("a3", "fr", "instagram", "C", [], """Cherche coloc 🏡🌊 pour mon 5½ sur la rue Jacques-Cartier à Gaspé, à 5 min de l'Hôtel-Dieu. Parfait pour un·e stagiaire en soins infirmiers ou une résidente en médecine familiale qui arrive en mai.
600 $ tout inclus (wifi Vidéotron, déneigement), vue sur la baie, pas d'animaux sauf mon poisson Capitaine Haddock 🐟
Visites le weekend du 14. Écris-moi en DM ou à [[E:karine_arsenault92@hotmail.com]] 🙂"""),

("a3", "en", "linkedin", "R", [], """Some news: in January I start as athletic coordinator at École secondaire Jacques-Rousseau in Longueuil, working with the RSEQ Montérégie basketball and flag football programs 🏀🏈
Which means… I need an apartment! Any leads on a 3 1/2 near Longueuil–Université-de-Sherbrooke metro, budget around $1,200? Thanks to [[P:Manon Lévesque-Tran]] for the tip about the building on Saint-Charles West, and to [[P:Tiago]] for offering his truck 🙏"""),

("a3", "fr", "facebook", "S", [], """Visité un 3½ à Sherbrooke hier, pis le proprio (un certain [[P:M. Fortier]]) voulait mon NAS, ma carte soleil pis mon numéro de carte de crédit AVANT même que je rentre dans le logement 🙄 Ben voyons donc.
J'y ai rien donné évidemment. Si vous voyez l'annonce Kijiji avec la photo du frigo jaune pis le numéro [[T:819 555-0107]], passez votre tour. L'annonce #1587 3342 9, pour ceux qui veulent la signaler."""),

("a3", "en", "facebook", "L", [], """PSA from a paralegal who has seen it all: please don't do what my cousin did last week. She pasted this in a "landlord's" Marketplace chat for a credit check:
"Hi! [[P:Rosa Pimentel]], born [[D:14/03/1998]], SIN [[S:193 456 787]], card [[CC:4532 0151 1283 0366]] exp 09/27 for the deposit 🙂"
The "landlord" was a scam account, and the listing at [[A:4480 Papineau]] turned out to be a dentist's office 🙃
She's fine, the bank cancelled the card. Reminder: in Quebec a landlord can't ask you for a security deposit, and nobody needs your SIN to rent you a 3 1/2."""),
# ---------------- a4 : bachelor / bachelorette group chats ----------------
("a4", "fr", "facebook", "B", [], """📢 EVJF DE [[P:CATH]] — infos finales (groupe secret, on se calme avec les notifs 😅)
📅 6 au 8 juin, chalet au [[A:1460, chemin du Lac-Tremblant-Nord]], Mont-Tremblant. Arrivée à partir de 16h.
💸 285 $ chacune (chalet + souper + activité surprise). Virement Interac à [[E:audrey.st-pierre@gmail.com]], réponse : bouquet
La grande [[P:Jo]] s'occupe de la SAQ, [[P:Mélo]] fait les chandails « Team Mariée », [[P:Kahentiiosta]] amène son ukulélé (on en reparlera).
PAS UN MOT à [[P:Cath]] ni à [[P:Fred]]!!! Questions? Textez-moi au [[T:450 555 0139]]
– [[P:Aud]] 💍"""),

("a4", "en", "linkedin", "R", [], """5 leadership lessons I learned organizing my brother's bachelor party 🧵
1. Alignment. 14 guys, 3 budgets, one Airbnb in Magog.
2. Delegation. [[P:BIG MIKE]] on food, [[P:Gianluca]] on paddle-boards, our cousin [[P:J-F Lavallée]] on the playlist (mistake).
3. Risk management. The groom, [[P:Simon]], had a senior league game Saturday, so we moved golf to Sunday at Club de golf Venise.
4. Communication. The "STAG [[P:SIMO]] 🍻" group chat hit 1,400 messages in three weeks.
5. Gratitude. Thank you to the staff at Microbrasserie Memphré for your patience.
Coaching kids at the RSEQ level taught me most of this. What would you add? #Leadership #Teamwork"""),

("a4", "fr", "instagram", "S", [], """Préparatifs de l'EVJF de ma sœur [[P:Noémie]] 💕 Le groupe « [[P:Noé]] se marie 💍 » est en feu depuis une semaine : [[P:Kim]], [[P:Sarah-Maude]], [[P:stéphanie petiquay]] pis moi.
Le plan : brunch au Château Frontenac, tour de calèche dans le Vieux-Québec, souper au Cercle pis poutine chez Ashton à 2h du matin 🍟
#EVJF #Québec #Team[[P:Noémie]]"""),

("a4", "en", "facebook", "S", [], """Bridesmaids group chat, copy-pasted here because [[P:Marisol]] keeps asking what she missed 🙄
Strøm Nordic Spa booking for 8 people, Saturday 1 pm, under [[P:Marisol]]'s name. Confirmation #SPA-40218. The spa wants name + date of birth on each massage waiver, so the bride-to-be helpfully posted hers in the chat as an example:
"[[P:Marisol Lafleur]], born [[D:1994-07-22]], health card [[R:LAFM 9457 2215]]"
girl. please. delete that. 😂"""),

("a4", "fr", "instagram", "C", [], """EVG de mon chum [[P:wayne]] à Percé ce weekend 🍻🦞
Merci à [[P:Ti-Jean Metallic]] pour le tour de bateau jusqu'à l'île Bonaventure, à [[P:Shawn Isaac]] de Listuguj pour le BBQ de homard, pis à [[P:DENIS]] pour le char de retour 🙏
Aucun fou de Bassan n'a été blessé. Le Rocher Percé est toujours debout. Nous autres, moins."""),

("a4", "en", "instagram", "L", ["CLIENT_CONFIDENTIALITY"], """me in the stag group chat at 11 pm: "guys I can't do the Friday escape room, the [[P:Dufresne]] custody hearing got moved to Friday 9:30 ([[C:500-04-284731-251]]) 😩 I'll meet you at the Airbnb on [[A:88 rue Saint-Paul O.]] Saturday"
…23 "boooo" replies later. Worth it for [[P:RAVI]] tho 🥂 #stagweekend #lawyerlife"""),
]
