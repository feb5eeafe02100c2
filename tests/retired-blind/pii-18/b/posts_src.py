# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------------- batch 1 ----------------
(1, "fr", "facebook", "R", [], """Fière en titi de ma grande!! 🎖️ [[P:Rosalie]] a été promue sergent de section samedi à la revue annuelle de l'Escadron 781 Saint-Hubert des Cadets de l'Aviation royale du Canada 🇨🇦 Elle a aussi reçu la médaille Lord Strathcona (pas pire pour une fille qui voulait pas y aller en sec 1 lol).
Merci au capt [[P:Tran Van Duc]] pis à l'adj [[P:mélanie bouffard]] pour leur patience, pis bravo aux autres promus : [[P:Jayden Lachapelle-Roy]], [[P:Kamal Haddad]] pis la p'tite [[P:Océane]] qui monte caporale.
Le souper spaghetti de l'escadron c'est le 14 mars au Centre culturel Pierre-Boucher, 12 $ l'assiette 🍝 #cadets #Montérégie #FiertéDeMaman"""),

(1, "en", "linkedin", "L", [], """Proud moment outside the office this weekend.
As a civilian instructor, I spent Saturday at the Annual Ceremonial Review of 2547 RMR Army Cadet Corps in Westmount. Congratulations to C/WO [[P:Aidan O'Shaughnessy]], promoted to Chief Warrant Officer, and to C/Sgt [[P:Priya Raghunathan]], who takes home the Legion Medal of Merit.
Special thanks to Major [[P:D. Kowalczyk]] (ret.) and to our pipe major, [[P:Ginette St-Onge]], whose pipes and drums kept 60 teenagers marching in step through a -22°C morning on Sherbrooke Street.
Lessons I bring back to the firm on Monday: prepare, show up early, and thank the people who set up the chairs.
#ArmyCadets #Leadership #Volunteering #Westmount"""),

(2, "fr", "instagram", "C", [], """Shout-out à la patrouille du Mont-Béchervaise 🙌⛷️ Mon gars s'est planté dans la Coulée à Ti-Paul hier pis en 3 minutes [[P:Ti-Guy]] pis [[P:Annie-Kim Dugas]] étaient là avec le toboggan. Rien de cassé, juste l'orgueil 😅
Merci aussi à [[P:marc-antoine loiseau]] de l'école de ski qui l'a ramené au chalet pis lui a payé un chocolat chaud. Vous êtes des anges.
#PatrouilleCanadienneDeSki #Gaspé #skigaspesie"""),

(2, "en", "facebook", "S", [], """LOST & FOUND – Sutton, Sunday Feb 9 🧤
Found in the locker room under the Altitude chalet: a navy Helly Hansen jacket, youth 14, with a ski-school bib #37 and a name tag that says "[[P:LIAM MCNAB-GAUTHIER]]". In the pocket: a lunch bag with a carte soleil ([[R:MCNL 1104 2012]]) — parents, please message me, I'm not leaving that at the desk.
Or call the Sutton ski school desk at [[T:450 555-0187 ext. 2]]. Thanks to Coach [[P:Bryn]] for spotting it!"""),

(3, "fr", "facebook", "B", [], """Congé de cour aujourd'hui ⚖️➡️🐕 Direction Saint-Michel-des-Saints pour la course de chiens de traîneau de la Haute-Matawinie.
Ma cousine [[P:Geneviève Ottawa]] (Atikamekw de Manawan, fière comme un paon) finit 2e en 6 chiens, 38 km en 2 h 14 min 37 s 🥈 Son chien de tête s'appelle Réjean, pis sa co-leader c'est Huguette — pas d'farce.
Bravo aussi à [[P:Simon-Pierre Flamand]] qui gagne le 4 chiens, et à [[P:Jos Tremblay]] (dossard 212) qui a fini en poussant son traîneau à pied après un bris de patin 💪
Chalet chaud, chocolat chaud, pis « Le Petit Renne au nez rouge » en boucle sur la sono. Bon dimanche!"""),

(3, "en", "instagram", "R", [], """What a weekend at the Bromont Olympic Equestrian Park 🐴🏆 Our Grade 10 rider [[P:Chloé Ng]] and her 14-year-old gelding Mr. Darcy took the 0.90 m jumper classic with a double clear (38.21 s)!
Her coach [[P:Margaux De Serres]] was crying in the stands. Shout-out to @[[P:hugo.benitez.equestre]] for the braids, and to Sir Winston, the barn pony, who ate half the ribbon.
Results are up on the Cheval Québec site. #Bromont #HorseShow #Team[[P:Chloé]]"""),

(4, "fr", "instagram", "L", [], """Nouvelle pièce sur l'avant-bras 🌿🐦 Une mésange à tête noire + des fleurs d'épilobe, 5 h de session.
Merci mille fois à @[[P:karinelavoie.ink]] chez Studio Madeleine Tattoo (Plateau, rue Saint-Denis) — travail de précision, salon propre, pis elle m'a laissée choisir la playlist (Les Cowboys Fringants tout l'long 🎶).
Réservez via [[E:bookings.karinelavoie@gmail.com]], elle ouvre son calendrier d'avril le 1er. 10/10 😍 #tatouageMontréal #fineline"""),

(4, "en", "facebook", "C", [], """Review time! Got my helix + conch done at Piercing Chez Rosaire in Sainte-Anne-des-Monts yesterday.
Piercer was [[P:Jess Metallic]] (her real name is [[P:Jessica Caron]] but nobody calls her that lol). Implant-grade titanium, needles opened in front of me, aftercare sheet in French AND English.
Paid $85 + tip, order #A-20331. Only downside: the wait, 40 min past my appointment. Still 4.5/5 ⭐
Call ahead: [[T:418.555.0142]]. Shop is at [[A:12 1re Avenue Ouest]], [[Z:g4v1b5]]."""),

(1, "fr", "facebook", "S", [], """L'Harmonie de l'école secondaire Louis-Joseph-Papineau rafle l'or au Festival des harmonies et orchestres symphoniques du Québec à Sherbrooke 🎺🥇
Mon plus jeune, [[P:Noah]], joue du tuba (oui oui, plus gros que lui). Bravo au chef [[P:M. Réal Bissonnette]], et à la tambour-major de la fanfare des cadets, [[P:Wendy-Ann Joseph]], qui repart avec la mention d'honneur.
On a fêté ça avec une poutine chez Ashton. Prochain concert : la trame de Star Wars et « La Bohème » d'Aznavour, le 3 mai à l'église Saint-Jean-Baptiste."""),
# ---------------- batch 2 ----------------
(2, "en", "linkedin", "B", [], """Ten winters as a weekend instructor at Mont Saint-Sauveur, and I still learn more on the bunny hill than in most CLE seminars.
Teaching a nervous six-year-old to stop in a snowplough is advocacy in its purest form: listen first, explain one thing at a time, celebrate small wins.
This season I finally passed my CSIA Level 3. Watching Erik Guay's old World Cup runs on repeat did not hurt.
Back at the Palais de justice on Monday. #SkiInstructor #CSIA #WorkLifeBalance #Laurentides"""),

(2, "fr", "facebook", "R", [], """PERDU au Mont Saint-Bruno samedi aprèm 😩 Un portefeuille brun Roots avec la carte étudiante de mon gars, [[P:Théo Bergeron-Lamothe]], pis son billet de saison no 2024-55519. Probablement tombé du télésiège Le Sommet ou dans le casier 418 au chalet.
Si vous l'avez trouvé, textez-moi au [[T:(450) 555-0163]] ou laissez-le à la billetterie au nom de [[P:Brigitte Lamothe]]. Merci la gang!! Pis merci à [[P:Ousmane]] de la patrouille qui a fouillé le sous-bois avec nous 🙏"""),

(3, "en", "linkedin", "S", ["CONSENT_REQUIRED"], """Our team spent Saturday at the Hudson Charity Horse Show, running the lemonade stand for the house 💜🐎 We raised $2,340 for our children's programme!
📸 Left to right: [[P:Nadia B.]], [[P:Maribel Ocampo]], our youth worker [[P:Kayla Jacobs]] and yours truly, next to Chief Justice, the Clydesdale who stole the show.
Huge thanks to the Sainte-Anne Pony Club and to rider [[P:Owen Fitzgerald-Tessier]] for donating his prize money. #HorseShow #Hudson #CommunityLove"""),

(4, "fr", "instagram", "R", [], """Ma fleur de lys old school fraîche fraîche 🔥 merci @[[P:samir.ink]] chez Atelier Chez Pépé, t'es un malade 🤘"""),

(4, "en", "facebook", "B", [], """Warning about a tattoo shop in Old Québec (not naming it, but it's on Saint-Jean next to the Paillard bakery).
Booked a half-sleeve with their "guest artist" [[P:Vinnie D'Amico]] in January. They wanted a $200 deposit and their e-transfer "wasn't working", so like an idiot I sent my card over Messenger: [[CC:5191 6089 1506 6169]], exp 08/27. Appointment got cancelled twice, deposit never refunded, and now there's a $640 charge from "VD INK LLC" on my statement.
Already called Desjardins and blocked the card. If you booked with him, check your statements. Their shop line is [[T:418-555-0119]] if you want to try your luck."""),

(3, "fr", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Tellement fière de notre puce 🥹🐴 [[P:Maïka]], 9 ans, avec nous en famille d'accueil à Carleton-sur-Mer depuis 2 ans, a gagné son premier ruban bleu au concours hippique de la Baie-des-Chaleurs avec Monsieur Gilles, le vieux poney de [[P:M. Arsenault]]. Sa mère [[P:Cindy Landry]] a pas pu venir mais on lui a envoyé la vidéo.
Merci à sa monitrice [[P:Joannie]] pour sa patience d'ange!"""),

(1, "en", "instagram", "C", [], """Pilot wings!! ✈️🪽 Our son [[P:Ethan]] soloed a Schweizer 2-33 glider at the Saint-Jean Gliding Centre this summer and received his Air Cadet Glider Pilot Wings today. Not bad for a kid born [[D:2009-06-03]] who used to be scared of the Ferris wheel at La Ronde 😂
Thank you to his flight instructor Capt. [[P:Leilani Reyes]] and to 645 Squadron in Gaspé for everything. #AirCadets #CadetsDeLAir #Gaspésie"""),

(1, "fr", "linkedin", "L", [], """Vie en dehors du bureau 🎺 Notre collègue [[P:Me Pierre-Luc Nguyen-Lebel]] a été nommé chef de pupitre des trompettes de la Musique du Régiment de la Chaudière la semaine dernière. Dix ans de répétitions le mardi soir au manège militaire de Lévis, entre deux dossiers de droit commercial!
La fanfare recrute d'ailleurs des cuivres et percussions (18 ans et +). Info : [[E:pl.nguyenlebel.musique@outlook.com]] ou [[T:418 555 0128]].
Félicitations Pierre-Luc! #Lévis #Fanfare #Musique #VieDeCabinet"""),
# ---------------- batch 3 ----------------
(2, "en", "instagram", "S", [], """Found at the Le Relais rental counter, Mont-Tremblant 🎿 A soggy Service Canada envelope for one of our Aussie instructors — [[P:Matilda "Tilly" Hargreaves]]?? — with her SIN letter inside ([[S:446 525 594]]) and a copy of her passport page (born [[D:14/03/2001]], Brisbane).
[[P:Tilly]] if you see this, DM me, it's in the staff room safe. And people… please don't keep your SIN in your ski jacket 🙃 #MontTremblant #LostAndFound #SkiInstructorLife"""),

(2, "fr", "linkedin", "C", ["CONSENT_REQUIRED"], """Fin de semaine de formation en premiers soins avancés de la Patrouille canadienne de ski, zone Gaspésie–Les Îles, au Parc régional de Val-d'Irène ⛑️❄️
32 patrouilleurs recertifiés, dont ma collègue [[P:Sylvie Poirier]], infirmière à l'urgence de l'Hôpital de Maria, qui a donné tout le module sur l'hypothermie. Merci aussi à [[P:Dr Kevin Tchakounté]] pour la simulation de fracture du fémur dans la piste La Bourgeoise.
C'est ça, la Gaspésie : on se soigne entre nous! #PatrouilleDeSki #ValdIrène #SoinsPréhospitaliers"""),

(3, "en", "linkedin", "B", [], """Interesting Superior Court ruling for anyone in the equestrian world: in [[C:460-17-002871-228]], Justice Lemieux held that a show jumper sold "sound and ready to compete" carried a latent defect under art. 1726 C.c.Q. when he went lame two weeks before the Bromont International.
Takeaway for buyers: get the pre-purchase vet exam in writing, X-rays included. For sellers: an "as is" clause will not protect a professional seller who knew.
I'll discuss it at the Cheval Québec public information session on April 12. #EquineLaw #HorseShow #DroitCivil"""),

(3, "fr", "instagram", "L", [], """Kuujjuaq → Puvirnituq en traîneau à chiens 🐕‍🦺❄️ L'Ivakkak est fini pis mon beau-frère [[P:Lucassie Qumaluk]] pis son co-musher [[P:Adamie]] finissent 4e sur 13 attelages avec leurs 12 qimmit, dont Josée, Bobby Orr pis Céline (ma sœur a choisi les noms, demandez-y pas pourquoi 😂).
Merci à Makivvik pis à Air Inuit. Nakurmiik à tout le monde qui a suivi la course! #Ivakkak #Nunavik #qimmiq"""),

(4, "fr", "linkedin", "B", [], """Oui, une avocate peut avoir un tatouage visible en salle d'audience 😉
Le mien : « Nul n'est censé ignorer la loi » en script fin sur l'avant-bras, fait par [[P:Lou-Anne Beaulieu-Cheezo]] au Salon Frida, rue Racine à Chicoutimi. Trois heures, zéro regret.
Le Code de déontologie des avocats parle de dignité, pas d'encre. Pis mon associé [[P:Me Yanick Sioui]] en a deux, je dis ça de même 🤫 #JeuneBarreau #Tatouage #Saguenay"""),

(4, "en", "linkedin", "L", ["CLIENT_CONFIDENTIALITY"], """Friday confession: I got my first tattoo 🖋️ A tiny compass at Mama Rosa Ink in Verdun, by [[P:tomasz w.]] (@[[P:tomasz_wisniewski_tattoo]]). Clean, calm, and he walked me through every step.
Funniest part: my divorce client [[P:Mrs. Delgado]] was in the next chair getting her ex-husband's name covered with a peony, one week before our custody hearing 😂 Small world, Montreal. #FirstTattoo #Verdun #LifeOutsideLaw"""),

(4, "fr", "facebook", "R", [], """Avis Google pas encore écrit fait que j'le fais icitte 😅 Perçage Chez Dédé à Longueuil, c'est LA place. La grande [[P:Jo]] m'a fait un septum pis un daith, pis a pris le temps d'expliquer l'entretien (eau saline, on touche pas avec nos mains sales 🙄). 60 $ + bijou.
Ils sont au [[A:1845, ch. de Chambly, local 4]], Longueuil [[Z:J4J3X9]], pis tu réserves par texto au [[T:450–555–0177]] ou par courriel à [[E:jo.perreault.piercing@hotmail.ca]].
Ma fille [[P:Ariane]] veut y aller pour ses 16 ans 😬"""),

(1, "en", "instagram", "S", [], """Cadets of 601 Squadron Cartierville and the 2nd Field Regiment cadet band marching down Sainte-Catherine at the St. Patrick's Parade 🍀🥁 Minus 12, 180 kids, not one dropped drumstick. Proud of every single one of them. #StPatricksDay #AirCadets #Montreal"""),
]
