# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------- l1: retirement and farewell messages ----------
("l1","fr","facebook","C",["CONSENT_REQUIRED"],
"""Bon ben c'est officiel, notre [[P:Ti-Guy]] prend sa retraite vendredi!! 34 ans à l'Hôpital de Maria, dont 22 de nuit à l'urgence 😅 Les filles de l'étage pis moi on va s'ennuyer de ses jokes plates pis de son café trop fort. Merci [[P:guy arsenault]] pour tout, tu l'as ton chalet au Lac-Humqui astheure! Souper au resto Chez Sophie à Carleton-sur-Mer samedi 18 h, apportez vos histoires, RSVP à [[E:nathalie.bujold.chic@ssss.gouv.qc.ca]] avant mercredi. #RetraiteDe[[P:Guy]]"""),

("l1","en","linkedin","L",[],
"""After 41 years at the firm, our legal assistant [[P:Maureen O'Donnell]] — "[[P:Mo]]" to three generations of articling students — retires on Friday. She survived WordPerfect, the move from Place Ville Marie to McGill College Avenue, two Y2K scares and [[P:Me Lacasse]]'s handwriting. Every closing binder since 1984 went through her desk, and not one exhibit tab was ever missing. Cake in the 14th-floor boardroom at 3 p.m. Thank you, [[P:Mo]]. The place won't run the same.
— [[P:Raj]]"""),

("l1","fr","instagram","R",[],
"""38 ans à enseigner l'éduc à l'école secondaire Jacques-Rousseau pis 25 saisons à coacher les Alouettes juvéniles en basket 🏀 Demain c'est le dernier match de coach [[P:BOUCHARD]] au gymnase. Merci [[P:Bouch]] pour les pratiques à 7 h le matin, les lifts en minivan jusqu'à Granby pis les discours de demi-temps que personne comprenait 😂 Pour le cadeau, textez [[P:Caro]] au [[T:450.555.0146]] avant jeudi. Bonne retraite @[[P:dan.bouchard62]] ❤️ #MerciCoach #RSEQ #Montérégie"""),

("l1","en","facebook","S",[],
"""Today we said goodbye to [[P:Lise Pelletier-Mianscum]] after 27 years with our organisation. [[P:Lise]] answered the crisis line through ice storms, power outages and more night shifts than any of us can count. She trained half the team, translated our pamphlets into Cree and never once forgot a birthday. Photo shared with [[P:Lise]]'s permission 💜 Enjoy Chisasibi and the grandkids, [[P:lise]]. You earned every minute of it."""),

("l1","fr","linkedin","B",["CLIENT_CONFIDENTIALITY","LOCATION_DISCLOSURE"],
"""Après 40 ans de pratique, mon associé et mentor [[P:Me Jean-Pierre Lévesque]] tire sa révérence. Récipiendaire du Mérite Christine-Tourigny, il a plaidé plus d'une fois devant la Cour d'appel, il a formé une douzaine de stagiaires de l'École du Barreau et il n'a jamais oublié de rappeler un client avant 17 h. Son dernier dossier, le [[C:100-17-002318-241]] (la succession de la famille [[P:Roussel]] à Matane), s'est réglé hors cour mardi : belle sortie. Pour nous, ce sera toujours « [[P:JP]] », celui qui arrivait au palais de justice de Rimouski avec un thermos et trois stylos Bic. Bonne retraite, cher ami. Le golf de Bic t'attend."""),

("l1","fr","facebook","C",[],
"""Petit mot pour [[P:Mme Gisèle Cyr]], notre cuisinière au CHSLD de Chandler depuis 1991 🥧 35 ans de pâté au saumon le vendredi, de sucre à la crème à Noël pis de soupe aux pois quand il fait -30. Elle a accepté (par écrit, on a vérifié 😉) qu'on mette sa photo ici. Bonne retraite [[P:gisele]], la Gaspésie te doit au moins 40 000 tartes!"""),

("l1","en","instagram","R",[],
"""End of an era 🏐 [[P:Alain "Big Al" Gauthier]] blows his last whistle this weekend after 30 seasons refereeing RSEQ volleyball across the Montérégie — from the old gym at Polyvalente Hyacinthe-Delorme to the finals in Saint-Jean-sur-Richelieu. Fair, calm, and always the first one in the parking lot. Cards for [[P:Al]] can be dropped at the regional office, [[A:155 rue Saint-Jacques, Saint-Jean-sur-Richelieu]] [[Z:J3B 2K9]], until Friday. Happy retirement [[P:big al]] 🙌 #Officials #Merci[[P:Alain]]"""),
# ---------- l2: snow removal, handyman, contractor recommendations ----------
("l2","fr","facebook","S",[],
"""Qqn cherche un déneigeur sur la Rive-Sud? On a pris Déneigement Réal Beaudoin Inc. cette année pis c'est le jour pis la nuit avec l'autre. Le gars qui est venu pour le contrat, [[P:kevin]], super fin, il a même pelleté le balcon sans qu'on demande. 475 $ pour la saison, taxes incluses. Leur numéro : [[T:450 555-0182]] (demandez [[P:Réal]] ou sa fille [[P:Marie-Ève]])."""),

("l2","en","facebook","L",[],
"""Shoutout to Fitzgerald & Sons Plumbing 🔧 Our water heater died on Sunday night and the guy who came, [[P:Declan]], was at the door by 8 a.m. Monday. Clean, fast, explained everything. Invoice #48213 came to $1,380 installed, which was fair for a 60-gallon. You can reach him directly at [[T:514.555.0147 ext. 22]] or [[E:declan.fitz@fitzgeraldplumbing.ca]]. Tell him the lady at [[A:4521 Wellington St., Verdun]] [[Z:h4g1x3]] sent you 😄"""),

("l2","fr","instagram","B",[],
"""Fin des travaux 🛁 Un gros merci à Rénovations Nguyen & Fils : [[P:M. Thanh Nguyen]] pis son gars [[P:Bao]] ont refait notre salle de bain au complet en 9 jours, comme prévu au contrat. Licence RBQ 5678-1234-01, soumission détaillée, aucune surprise. Si vous êtes dans le coin de Sherbrooke : [[T:(819) 555‑0163]]. Pis non, c'est pas une pub, je paie ma facture comme tout le monde 😅"""),

("l2","en","linkedin","C",[],
"""Off-topic for LinkedIn but people keep asking: if you're in the Gaspé area and need a handyman for the winter, Les Entreprises Marc-Antoine Synnott fixed our roof vents and the back steps before the first storm. The guy who came was his nephew [[P:jordan]], polite and quick. [[T:418 555 0129]] or [[E:ma.synnott@globetrotter.net]]. Book early, he's already full until Christmas."""),

("l2","fr","facebook","L",["DISPARAGEMENT"],
"""Évitez Toitures Gagné à Beloeil. Le gars qui est venu, un certain [[P:Steve]], un vrai clown : 3 heures en retard, il a fendu deux bardeaux pis il est reparti en disant « ça va tenir ». Ça a pas tenu. Si vous voulez quelqu'un de sérieux, appelez [[P:Pierre-Luc]] chez Couvreur Lemieux, [[T:450-555-0111]], c'est lui qui a réparé les dégâts pour 640 $."""),

("l2","en","instagram","S",[],
"""Huge thanks to whoever from Déneigement J.-C. Tremblay came at 5 a.m. after the storm ❄️ I think his name was [[P:Ghislain]]? Guy with the orange Ski-Doo hat. The driveway at [[A:2190 rue Saint-Louis]] was clear before the school bus. $450 for the whole season in Saint-Hubert, cheapest we found. Number is [[T:1-450-555-0190]] if anyone needs."""),
# ---------- l3: anniversary and milestone-birthday tributes by grandchildren ----------
("l3","en","facebook","L",[],
"""50 years ago today, [[P:Salvatore DiMaggio]] walked into Madonna della Difesa in Little Italy and married the girl from the bakery on Dante Street, [[P:Concetta Russo]]. Five kids, eleven grandkids, two great-grandkids and about a million Sunday lasagnas later, they're still arguing about whether the Habs should've kept Carey Price 😂 Buon anniversario, Nonno e Nonna. Love, [[P:Gabriella]] (grandkid #4) ❤️ #[[P:DiMaggio]]50"""),

("l3","fr","instagram","B",[],
"""80 ans aujourd'hui pour mon grand-papa [[P:Roméo Thibodeau]], né le [[D:3 janvier 1946]] à Saint-Siméon dans Charlevoix 🎂 Il a conduit un camion de la Donohue pendant 35 ans, il sait encore toutes les paroles de La Bolduc pis il triche toujours au 500. Joyeux anniversaire grand-papa [[P:romeo]], de la part de tes 9 petits-enfants pis de Ti-Loup le chien qui t'aime autant que nous autres."""),

("l3","en","instagram","R",[],
"""90 years young 🎉 Our Lola [[P:Remy]] — [[P:Remedios Villanueva]] for the paperwork — came to Montreal from Pampanga in 1974 to work as a nurse at the Jewish General, raised four kids in Côte-des-Neiges and still makes the best pancit in Quebec. Maligayang kaarawan, Lola! From all 14 apo, especially [[P:jayjay]] and [[P:Trish]] who ate all the leche flan 🍮 #Lola[[P:Remy]]90"""),

("l3","fr","instagram","C",[],
"""50 ans de mariage pour grand-maman [[P:Annie Metallic]] pis grand-papa [[P:Gilles Isaac]] 💛 Ils se sont mariés en 1975 à l'église Sainte-Anne de Listuguj pis ils dansent encore le two-step à chaque pow-wow. Grand-papa dit que le secret c'est le saumon de la Ristigouche pis de jamais argumenter avant le café. Wela'lioq pour tout, de vos petits-enfants [[P:Kaya]], [[P:Noah]] pis [[P:mali]] 🌲"""),

("l3","en","facebook","C",[],
"""Happy 75th birthday to my grandmother [[P:Marie-Thérèse Jean-Baptiste]], born [[D:May 2, 1951]] in Jacmel 🇭🇹 Grann raised six of us in a 5½ in Montréal-Nord, sang in the choir at Saint-Vincent-Marie-Strambi for 40 years and still won't tell anyone the soup joumou recipe. Everything good in me comes from her. Bòn fèt Grann! — [[P:Widlyne]]"""),

("l3","fr","facebook","R",[],
"""60 ans de mariage pour Papi [[P:Jacques]] pis Mamie [[P:huguette lapointe]] ❤️ Papi a vu jouer Maurice Richard au Forum, Mamie a connu toutes les saisons de Symphorien, pis ensemble ils ont survécu à 60 hivers à Saint-Hyacinthe sans jamais manquer la messe de minuit. Merci d'être nos modèles. Vos 7 petits-enfants qui vous aiment gros, surtout [[P:Léo]] qui a organisé le party au sous-sol de l'église Notre-Dame-du-Rosaire samedi!"""),

("l3","en","linkedin","B",[],
"""A personal post today. My grandfather [[P:Trần Văn Minh]] turns 80 this week — born [[D:8 August 1945]] in Huế, he reached Montreal in 1979 with one suitcase and no French. He washed dishes, learned the language at night at Collège de Maisonneuve and opened Phở Minh on Jean-Talon in 1988, which is still there. Every lesson about hard work I ever got, I got from [[P:Ông Minh]]. Chúc mừng sinh nhật, Ông. — [[P:Anh Tran]], avocate"""),
# ---------- l4: very short replies in comment threads ----------
("l4","fr","linkedin","L",[],
"""@[[P:marc-andre.cote]] c'est pas ton oncle ça?"""),

("l4","en","instagram","L",[],
"""congrats [[P:SHAUNA]]!!! 🎉🎉"""),

("l4","fr","facebook","S",[],
"""Bonne retraite!! 🎉 Profites-en en masse"""),

("l4","en","facebook","B",[],
"""call [[P:jimmy]] at [[T:438 555 0171]], best plow guy"""),

("l4","fr","instagram","R",[],
"""[[P:TI-JEAN]] PIS [[P:MARCO]] 🔥🔥 LES MEILLEURS"""),

("l4","en","linkedin","S",[],
"""Well deserved, [[P:mrs. okonkwo-belanger]]."""),
]
