POSTS = [
# ---------- batch 1 ----------
(1, "fr", "facebook", "R", [], """Club de mots croisés du jeudi au sous-sol de la bibliothèque Émile-Nelligan à Saint-Hyacinthe 🧩
Cette semaine on attaque la grille de Michel Laporte du Devoir pis le cryptique anglais du Guardian (Araucaria, paix à son âme).
Merci à [[P:ginette]] pour les muffins et à [[P:Réjean Pelletier-Dubois]] qui nous a prêté ses 3 dictionnaires Robert. Prochaine rencontre le 14 à 19 h, apportez vos crayons HB!
Inscription : [[T:450 555 0172]] ou [[E:clubmotscroises.sthyacinthe@gmail.com]]"""),

(1, "en", "linkedin", "B", [], """Small personal win outside the courtroom: after 11 years of trying, I finally finished a Saturday New York Times crossword without help (Will Shortz, if you read LinkedIn, I forgive you for 34-Across).
Huge thanks to my solving buddy [[P:Me Aoife Gallagher]], who taught me that "ETUI" and "OREO" are the glue holding the English language together.
Lawyers and puzzles go well together: both reward reading every word twice. #crossword #BarreauDuQuébec #WorkLifeBalance"""),

(2, "fr", "facebook", "S", [], """Corvée de conserves à la maison de la famille ce samedi 🍅🫙
On fait la recette de ketchup aux fruits de Grand-maman [[P:Thérèse]] (celle à [[P:Nicole B.]], pas celle du livre de Jehane Benoît 😅) pis des marinades de betteraves.
Merci d'avance à nos bénévoles [[P:Fabiola Jean-Baptiste]], [[P:lise]] et [[P:TI-GUY]] qui fournissent les pots Mason. Les pots partent à la Guignolée de Noël, 4 $ le pot, commande #2024-118.
Pas de photos pendant l'activité s.v.p. 🙏"""),

(2, "en", "instagram", "C", ["CONSENT_REQUIRED"], """Candle-making night with the Gaspé home-care team 🕯️ soy wax, Bay of Fundy driftwood wicks and my nan's lavender recipe (Nana [[P:Maureen O'Driscoll]], 1931–2019, still bossing us around from above).
Shoutout to [[P:Kateri Jacobs]] from the Listuguj crew and to our nurse [[P:shawn leblanc]] who poured 40 candles while on call 😂 Pics in the carousel 👉
Sold at the Marché Champlain craft table, $12 each, proceeds to the Fondation de l'Hôpital de Gaspé.
#candlemaking #Gaspésie #CISSS"""),

(3, "fr", "instagram", "C", ["CONSENT_REQUIRED"], """Sortie cueillette de champignons dans le parc national de la Gaspésie avec le Cercle des mycologues de Rimouski 🍄
Notre guide [[P:Gaétane Roussy]] nous a trouvé des chanterelles, des pieds-de-mouton pis un beau Boletus edulis. Aussi vu un Cortinarius que [[P:Sylvain]] voulait absolument goûter… NON Sylvain 😂
Merci à ma collègue de l'équipe de soins à domicile @[[P:m.arsenault_ergo]] pour le lift jusqu'au mont Albert!
#mycologie #champignonsduquebec #Gaspésie"""),

(3, "en", "facebook", "L", [], """Birding report from the Saturday outing at Cap Tourmente 🐦
We logged 47 species, including a Wilson's warbler, two Cooper's hawks, Bonaparte's gulls and — the star of the day — a Lincoln's sparrow that [[P:Nguyen Thi Lan]] spotted from the boardwalk.
Thanks to our guide [[P:Pádraig Doyle]] and to [[P:bob]] for the coffee. Checklist is on eBird (S187234561).
Next outing: Parc de la Rivière-des-Mille-Îles, May 18. Carpool meets at the Tim Hortons on boul. Saint-Martin."""),

(4, "fr", "linkedin", "B", [], """Hors-sujet du vendredi : mon chum m'a convaincue d'essayer le détecteur de métaux sur les battures de Kamouraska. Trouvaille du jour : une pièce de 1 cent de George V (1917) et… 14 capsules de Labatt 50 🍺
Petit rappel d'avocate quand même : au Québec, les biens archéologiques sont encadrés par la Loi sur le patrimoine culturel, et on demande TOUJOURS la permission au propriétaire du terrain. Merci à [[P:M. Lucien Ouellet]] de nous avoir laissés fouiller sa grève!
#patrimoine #détecteurdemétaux"""),

(4, "en", "facebook", "R", [], """Geocaching with the Chambly Cougars volleyball girls after practice 😄 We found GC8XK2Q "Le Fort de Chambly" and a multi near the Richelieu canal. Cache owner @[[P:TreasureTroll_Denis]] left a travel bug named Mr. Bojangles in it.
Coach tip: it's a great team-building activity, free, and it gets them outside! Ask [[P:Priya Raghunathan]] at the front desk for the GPS units, ext. 214."""),

(3, "fr", "facebook", "S", [], """Ce matin, marche d'observation des oiseaux au bord du lac Memphrémagog. Grand héron, martin-pêcheur, pis une paruline à flancs marron 💛
Rien de mieux pour commencer la fin de semaine. Bonne journée tout le monde!"""),
# ---------- batch 2 ----------
(1, "en", "instagram", "L", ["CLIENT_CONFIDENTIALITY"], """Day 3 of the [[P:Kowalczyk]] estate hearing (file [[C:500-14-067321-238]]) and my client has finished four La Presse crosswords during the expert's testimony ✏️😅 Honestly [[P:Mrs. K]] is sharper than all of us — she got "HÉRITIER" in 2 seconds flat. Fitting.
#lawyerlife #Montreal #crosswords"""),

(2, "fr", "linkedin", "C", [], """Atelier de conserves intergénérationnel au CLSC de Paspébiac le 22 septembre 🫙 Au menu : ketchup vert, relish de concombre et confiture de petites fraises des champs.
Ouvert à toute la population, gratuit, matériel fourni. Ça se passe au [[A:125, boul. Gérard-D.-Levesque Ouest]], Paspébiac [[Z:g0c2k0]].
Places limitées à 20 — réservation au [[T:418.555.0163]], poste 2201. #SaineAlimentation #BaieDesChaleurs"""),

(3, "en", "instagram", "S", [], """Spring migration walk along the shore of Lac Saint-Pierre 🌿 Highlights: Swainson's thrush, a Forster's tern, Baltimore orioles everywhere and a very cooperative Virginia rail.
Binoculars borrowed from the Société d'ornithologie de la Mauricie — thanks to their volunteer [[P:Marisol Cárdenas]] for the loaner pair and for teaching me the difference between a Cooper's and a sharp-shinned hawk. Still can't tell them apart 🙃
#birding #Mauricie #BirdsOfQuebec"""),

(4, "fr", "instagram", "L", [], """Congé bien mérité à Miguasha 🐟🦴 Pas le droit de ramasser dans le parc national (c'est un site de l'UNESCO, on touche pas!), mais sur la grève privée juste à côté, [[P:monsieur Cyr]] nous a laissés chercher avec son guide, [[P:Noah Metallic]] de Listuguj.
Trouvé un petit fragment de Bothriolepis 😍 Pour les curieux, le musée a un Elpistostege watsoni incroyable.
Réservations de guide : [[E:noah.metallic.fossils@outlook.com]]
#fossiles #Gaspésie #Miguasha"""),

(1, "fr", "linkedin", "R", ["DISPARAGEMENT"], """Merci à tous ceux qui ont participé au concours de mots croisés-bénéfice du RSEQ Montérégie! 1 240 $ amassés pour le volleyball benjamin 🏐
Bravo à [[P:Anne-Marie Sirois]] de l'école secondaire Polybel, gagnante en 17 min 42 s.
Mention spéciale à l'arbitre [[P:Gendron]] qui a mis 2 h pour finir sa grille… pas surprenant, il prend autant de temps à voir un filet en match 🙄🤡"""),

(2, "en", "facebook", "B", [], """Jar count after Sunday's pickling bee at my aunt's place in Pointe-Claire: 62! 🥒 We did Bubbie [[P:Esther]]'s half-sour dills, [[P:Mrs. Tran]]'s đồ chua (carrot & daikon) and the famous Heinz-copycat chili sauce.
If anyone wants the recipes, e-mail my cousin at [[E:r.katz.pickles@videotron.ca]] — she typed them up from the original index cards.
No legal content today, just vinegar."""),

(3, "fr", "facebook", "C", ["CONFIDENTIAL_INFORMATION", "CONSENT_REQUIRED"], """Rappel de saison de l'urgence de Maria : NE MANGEZ PAS les champignons que vous connaissez pas!! Cette nuit encore, [[P:JEAN-GUY LANDRY]] de Carleton-sur-Mer (NAM [[R:LANJ 5803 1214]]) est arrivé avec une intoxication aux amanites ramassées derrière le Tim Hortons. Il va s'en sortir mais quand même.
Allez voir les Cercles de mycologues avant de cueillir. 🍄⚠️"""),

(4, "en", "linkedin", "S", [], """Volunteering note: our Saturday metal-detecting club returned a lost wedding band found at Plage Jacques-Cartier in Sainte-Foy today 💍 The engraving read "[[P:R.M.]] & [[P:Sinead]] 1998" and the owner recognized it from our Facebook post.
If you lost something on the beach this summer, contact our club secretary [[P:Olumide Adeyemi]] at [[T:+1 (581) 555-0139]].
#metaldetecting #QuebecCity #community"""),
# ---------- batch 3 ----------
(1, "fr", "instagram", "B", [], """Dimanche = café + mots croisés de La Presse + la grande [[P:Jo]] qui me vole le crayon 😤✏️
Elle a trouvé « CASSATION » avant moi, ça me fait mal à l'ego d'avocate. On se reprend au Scrabble ce soir.
#Team[[P:Josée]] #motscroisés #dimanche"""),

(1, "en", "linkedin", "L", [], """Proud moment at the firm: our paralegal [[P:Rahul Mehta]] just had his first cryptic crossword published in the Montreal Gazette weekend edition! 🧩 Clue 12-Down ("Counsel's brief, oddly dear, read again (5)") is a nod to all of us at Fasken-street level.
If you want him to set one for your team's holiday party, he's at [[E:rahul.mehta.setter@gmail.com]].
#crosswords #paralegal #MontrealGazette"""),

(2, "fr", "instagram", "R", [], """Soirée bougies pour financer le voyage des Patriotes de Saint-Jean-sur-Richelieu à Sherbrooke 🕯️🏀 Recette de cire d'abeille de grand-maman [[P:Yvette Bessette]] (née le [[D:12 mars 1944]], 80 ans c't'année!!)
Pour commander : 15 $ la bougie, virement Interac à [[E:steph.paiements.patriotes@gmail.com]].
PS ma tante [[P:Claudette]] m'a envoyé son numéro de carte en commentaire pour que [[P:Steph]] la charge 🙈 [[CC:4716 8888 1234 5671]] — Steph, tu peux le faire pis je l'efface après!
Envoi par Postes Canada, suivi 7023 4810 0926 5533."""),

(2, "en", "linkedin", "C", [], """Canning season is back at the CHSLD de Chandler kitchen: 180 jars of rhubarb-strawberry jam, chow chow and pickled beets, all made with residents who wanted to help. The smell of vinegar on the 2nd floor is, according to the staff, "historic". 🫙 #Gaspésie #CHSLD #SeniorCare"""),

(3, "en", "instagram", "B", [], """Boat out of Percé to Île Bonaventure this morning 🐦 100,000+ northern gannets, a Leach's storm-petrel (!!), Barrow's goldeneyes in the bay and a Bicknell's thrush on the way back through the Mont-Sainte-Anne trail.
Guided by the amazing [[P:marie-helene vollant]] from Uashat — book her through @[[P:birdsofthegulf.mhv]] if you come to the Gaspé.
Vacation mode: ON. Emails will wait. #birding #Percé #IleBonaventure"""),

(3, "fr", "linkedin", "S", ["SURVIVOR_IDENTIFICATION", "LOCATION_DISCLOSURE"], """Belle sortie aux champignons avec les femmes hébergées chez nous 🍄 On a trouvé des chanterelles et des pleurotes dans le bois derrière la maison, au [[A:47 rue des Érables]] à Victoriaville. Un merci spécial à [[P:Yolande]] qui est arrivée la semaine passée avec ses deux petits et qui connaît tous les champignons du Centre-du-Québec! 💜
Souper d'omelettes ce soir pour tout le monde."""),

(4, "fr", "facebook", "L", ["PERSONALIZED_LEGAL_ADVICE"], """@[[P:dave_leclerc88]] pour répondre à ta question en DM : non, t'as pas le droit d'aller géocacher ou détecter sur le terrain à [[P:Bergeron]] sans sa permission écrite, même si la cache GC9F1TT est enregistrée là. C'est de l'intrusion, pis la pièce que t'as trouvée lui appartient en vertu du C.c.Q. Rends-lui, sinon il peut te poursuivre aux petites créances.
Appelle-moi au bureau si tu veux qu'on en jase : [[T:819–555–0148]]"""),

(4, "en", "instagram", "R", ["HARASSMENT"], """To whoever from the Ste-Julie bantam team keeps stealing the geocache our girls hid behind Aréna Jean-Guy-Laverdière: we KNOW it's you [[P:Kevin D.]] 😡 Your fossil trilobite from the cache is in your gym bag, your buddies told us.
See you Saturday at the game. Watch your back. #geocaching #RSEQ"""),
]
