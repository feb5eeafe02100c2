POSTS = [
# ---------- f1: customer-service complaints ----------
("f1","fr","facebook","C",[],
"""Bon ben 45 minutes au comptoir du Jean Coutu de Gaspé pour un simple renouvellement 🙄 La caissière ([[P:Cindy]], c'est ce que son nametag disait) était ben fine, c'est le système qui plantait. J'ai demandé à parler au gérant, [[P:M. Dugas]], y'est même pas sorti de son bureau. Je vais écrire au service à la clientèle, quelqu'un a le courriel?"""),

("f1","en","facebook","L",[],
"""Third trip this week to the Canadian Tire on Taschereau for the SAME winter tires. [[P:Kevin]] at the service desk was great honestly, but the manager ([[P:Rob Mcinnis]]? [[P:McInnes]]? the tall guy with the Habs lanyard) told me my order "never existed". Order #CT-4471902, $812.44 charged TWICE on my Visa [[CC:4520 0300 1234 5674]] on Nov 18. If anyone from corporate reads this: [[T:450.555.0182]], I'm reachable after 5."""),

("f1","fr","instagram","R",[],
"""Commande de 18 chandails pour les Faucons, promise pour le 12, toujours pas arrivée 😤 Au Sports Experts des Promenades Montarville, [[P:maxime]] au comptoir m'a dit "genre, la semaine prochaine?" La gérante, [[P:Mme Lefebvre-St-Onge]], me rappelle jamais. Les filles jouent samedi contre Antoine-Brossard au Collège Charles-Lemoyne... on va jouer en t-shirts blancs j'imagine. #RSEQ #basketjuvenile #benjamines"""),

("f1","en","linkedin","B",[],
"""A small lesson in customer service, from the other side of the counter.

Our 40 trial binders were supposed to be ready Tuesday at Bureau en Gros, Laurier Québec. They weren't. My articling student [[P:Priya Raghunathan]] spent two hours there while the store manager, a [[P:Mr. Tran]], promised a call back that never came.

Then [[P:Denise Aucoin]] from their regional office called me from [[T:1 (418) 555-0107 ext. 223]], apologized, had everything reprinted overnight and waived the $386 invoice. No script, no excuses.

Credit where it's due. That's how you turn a complaint into loyalty. #clientexperience #Quebec"""),

("f1","fr","facebook","S",["LOCATION_DISCLOSURE"],
"""Deuxième fois ce mois-ci que le livreur du Maxi laisse notre commande sur le trottoir devant le [[A:2187 rue des Érables]] au lieu de sonner à la porte sécurisée comme c'est ÉCRIT sur la commande 😡 Le livreur ([[P:Jonathan]] selon l'appli) s'en fout, et le gérant [[P:Boisvert]] m'a répondu "on n'est pas un service de sécurité madame". Avec le monde qu'on héberge, c'est pas juste une question de yogourt qui gèle. Code postal [[Z:j2s8b3]] si jamais quelqu'un chez Loblaw veut venir voir."""),

("f1","en","instagram","C",[],
"""To the Tim Hortons in Chandler ☕ [[P:Brayden]] at the window is an absolute sweetheart, but whoever trains the morning crew (the tag said [[P:GAIL B.]], manager) needs to know that a double-double does NOT mean four sugars 😂 Still love you, Baie-des-Chaleurs. #Gaspesie #coffeeproblems #nightshiftlife"""),

("f1","fr","linkedin","L",[],
"""Petite parenthèse non juridique. Mobilier de la salle de conférence commandé chez Meubles Léon à Laval le 3 octobre (facture 88120-44, 6 240 $). Le vendeur, [[P:Carlos Ortiz-Mendoza]], nous avait garanti une livraison avant l'ouverture de notre bureau de la rue Saint-Jacques. Huit semaines plus tard : rien. Le directeur du magasin, [[P:M. Gauthier]], ne répond ni au [[T:450 555-0163]] ni à [[E:c.ortizmendoza@meubles-exemple.ca]].

On a fini par s'asseoir sur des chaises pliantes du Costco pour notre premier 5 à 7. Le service après-vente, ça fait partie du produit."""),
# ---------- f2: teens' code-switching comments, written by moderating staff ----------
("f2","fr","instagram","R",[],
"""GG les Vikings de Robert-Ouimet 🔥🔥🏐 @[[P:lea.nguyen]]_09 t'as carry la game fr fr 😤 pis big up à [[P:Mathis]] #7, no cap c'était insane ce block-là. prochain match vs Mgr-Euclide-Théberge jeudi 18h30, venez crier 📣 #RSEQMonteregie #juvenileD1"""),

("f2","en","instagram","R",["DISPARAGEMENT","HARASSMENT"],
"""lmaooo the Saint-Jean goalie was SO washed tonight 💀💀 7-1 bro. @[[P:gab.tremblay]] maybe go back to novice, t'es pas fait pour le juvénile 😂 tag him everybody, let him know 🫵 #wetheNorth #GoBoreal"""),

("f2","fr","facebook","C",["CHILD_PROTECTION_IDENTIFICATION","CONSENT_REQUIRED"],
"""Nos ados du foyer de groupe de Maria ont fait un lip sync sur du Charlotte Cardin hier soir pis j'suis pas ok 😭🔥 [[P:Kayla]] (15 ans, arrivée chez nous en juin) a littéralement slay, pis [[P:jayden]] a fait le beat avec des chaudières lol. merci à [[P:Steph L.]] l'éduc de soir pour l'idée 💜 vidéo dans les comments 👇"""),

("f2","en","instagram","S",[],
"""ok real talk 🗣️ the healthy relationships workshop w/ the Secondaire 4 girls in Rimouski was lowkey 🔥. their best comments: "jalousie c pas de l'amour, period" 💅 "if he checks ur phone = 🚩 not 💕" "genre mon ex faisait ça et jtrouvais ça cute 💀". we're SO proud of them. Next one's in Matane, DM us if ur school wants in ✨ #LoveIsRespect #MoisContreLaViolence"""),

("f2","fr","instagram","L",[],
"""Bravo aux élèves de l'École secondaire Pierre-Laporte pour la simulation de procès 👩‍⚖️🔥 On modère les commentaires et honnêtement c'est du gold : "[[P:Me Zoé]] la GOAT du contre-interrogatoire 😭😭", "jpense que jveux faire du droit now lol", "l'objection était tellement sus 💀". Oui oui, [[P:zoé]] était vraiment solide. Merci à [[P:Me Antoine Lévesque-Cardinal]] qui a joué le juge avec une toge du Village des Valeurs 😂 #droitjeunesse"""),

("f2","en","linkedin","B",[],
"""Our Q&A with the Secondaire 4 students at Collège Jean-de-Brébeuf got 200+ comments 😅 A few favourites (spelling preserved):
"can u get arrested 4 a tiktok?? asking for a friend 👀"
"mon chum dit que si t'as 17 ans ça compte pas lol"
"is the Charter like a contract or nah"
Spoiler: yes, 17 still counts. Huge thanks to @[[P:jp.ouellette]]_avocat and [[P:Me Fatou Diallo]] for answering live, and to [[P:Mme Hà]] for hosting us in her classroom. #BarreauDuQuebec #AvocatsDansLesEcoles"""),
# ---------- f3: class reunions and alumni ----------
("f3","fr","facebook","B",[],
"""📣 CONVENTUM 30 ANS – Polyvalente Jean-Jacques-Bertrand, Farnham, promo 1996 🎉
Samedi 13 juin, salle des Chevaliers de Colomb, 18 h. Buffet + DJ (oui, y va jouer du Éric Lapointe).
On cherche encore : [[P:Julie Lachance]] (maintenant [[P:Julie Ménard]]), [[P:Steve]] « [[P:Ti-Steve]] » [[P:Bombardier]], [[P:nathalie pepin-vachon]], les jumeaux [[P:Nguyen]] pis la grande [[P:Jo]] du secondaire 3 en arts plastiques.
Écrivez à [[P:Marie-Claude]] ([[P:Fortin]]) [[P:Desjardins]] : [[E:mcfortin96@exemple.qc.ca]] ou [[T:450 555 0129]]. Partagez!!"""),

("f3","en","facebook","L",[],
"""JOHN ABBOTT CLASS OF '04 — 22 YEARS (because we missed the 20th, obviously) 🍻
Pub night Friday March 6 at McKibbin's on Bishop. Still looking for [[P:Siobhan O'Rourke]] (now [[P:Siobhan Kelly-Haddad]]), [[P:Danny]] "[[P:Big D]]" [[P:Fitzgerald]], [[P:Mei-Lin Zhou]], and whoever took the Casgrain Centre couch home in 2003. RSVP to @[[P:sheilamurphy]].law or just show up. Tagging [[P:DOUG]] because he never reads these."""),

("f3","fr","linkedin","R",[],
"""20 ans déjà! Retrouvailles des anciens Lynx du Cégep Édouard-Montpetit (football collégial, saisons 2005-2006).
Une pensée pour notre coach, feu [[P:M. Réjean Poirier]], qui m'a appris qu'on gagne un match dans le vestiaire avant de le gagner sur le terrain. C'est un peu pour lui que je coordonne aujourd'hui le sport scolaire en Montérégie.
Merci à [[P:Karim Benali]] et à [[P:Jessica Thibodeau]] (anciennement [[P:Jessica Roy]]) pour l'organisation. Souper au Bâton Rouge de Longueuil le 2 avril. Infos : [[T:450–555–0148]].
#RSEQ #sportétudiant #anciens"""),

("f3","en","instagram","C",[],
"""Class of '91, Polyvalente C.-E.-Pouliot in Gaspé 💙 35 years!! [[P:Cathy Element]] (it was [[P:Cathy Lebreux]] back then 😉), [[P:wayne sinnett]], [[P:Nicole Vibert-Isaac]] all the way from Gesgapegiag, and yours truly at the Brise-Bise. We missed you [[P:Dr. Paul-André Synnott]]!!! (yes, he's a vet in Sherbrooke now, I still can't believe it) #gaspesie #reunion #forillon"""),

("f3","fr","facebook","S",[],
"""Retrouvailles de la promo 2011 en Techniques d'intervention en délinquance du Cégep Marie-Victorin ❤️ Ça m'a fait tellement de bien de revoir la gang : [[P:Rosalie Dubé-Jean]] (ex-Dubé tout court), [[P:Wilna Joseph]], [[P:Annie-Pier Laflamme]] pis [[P:MÉLO]] 🥹 On a quasiment toutes fini en intervention... sauf [[P:Vicky]] qui vend des condos à Laval 😂 Prochaine fois chez Chez Ma Tante, c'est promis."""),

("f3","en","linkedin","B",[],
"""Twenty-five years since we left Champlain Regional College in Saint-Lambert, and last night proved the debate club never really ended.
Thank you to our former coach [[P:Mrs. Helen Wojcik]] (née [[P:Kowalczyk]] — she made us learn both spellings) for showing up, and to [[P:Anjali Mehta-Roy]], now a Crown prosecutor in Longueuil, who organised it all. [[P:Tomás Ferreira]] flew in from Lisbon, [[P:Ahmed]] brought the same trophy from the 2000 Sir Wilfrid Laurier tournament.
Some of us went into law because of that club. Grateful. #alumni #advocacy"""),

("f3","en","instagram","C",[],
"""Grande-Vallée reunion 📸 École Esdras-Minville class of 2006! Tag yourselves 👇
Back row: [[P:Jonathan Côté]], [[P:Kassandra]] ([[P:Minville]]) [[P:Fournier]] — no relation to the school, she swears 😂, [[P:Marc-Antoine]] "[[P:Moose]]" [[P:Bernatchez]], me.
Front row: [[P:Émilie Pelletier-Bond]], [[P:Taylor Element]], [[P:Nguyen Thi Lan]].
And happy birthday to our birthday girl [[P:Audrey]], born [[D:August 9, 1988]] 🎂 (sorry Aud, the internet knows now)"""),
# ---------- f4: reactions to court rulings and news ----------
("f4","fr","linkedin","B",[],
"""Lecture obligatoire ce week-end : l'arrêt de la Cour d'appel sur la Loi sur la laïcité de l'État (dossier [[C:500-09-029546-215]]). Peu importe où on loge, la rigueur du raisonnement de la juge en chef Manon Savard mérite qu'on s'y attarde, tout comme la réaction du ministre Simon Jolin-Barrette en point de presse.
On en discute mardi midi au Jeune Barreau de Montréal avec mes collègues [[P:Me Geneviève Ouellet-Bastien]] et [[P:Me Olivier Kanapé]]. Apportez vos lunchs (et vos désaccords). #droitconstitutionnel #Charte"""),

("f4","en","linkedin","L",["CLIENT_CONFIDENTIALITY"],
"""What a morning. Justice Marie-Anne Thériault of the Superior Court released her judgment in [[P:Pellegrini]] v. Ville de Laval ([[C:500-17-118274-221]]) and our client [[P:Marco Pellegrini]] finally gets his bakery on boulevard des Laurentides back after four years of expropriation fights. He cried on the phone. So did I, a little.
Thank you to associate [[P:Liam O'Connell]] and paralegal [[P:rosa marquez]], who rebuilt the 2019 valuation file from scratch. #litigation #expropriation #Laval"""),

("f4","fr","linkedin","S",[],
"""Le contrôle coercitif est maintenant une infraction au Code criminel. J'ai lu l'article de La Presse trois fois ce matin avec mon café pis j'ai encore les yeux pleins d'eau. Ça fait quinze ans qu'on le dit sur le terrain.
Merci à la ministre Martine Biron d'avoir appuyé publiquement, pis aux femmes qui ont témoigné au comité de la Justice à Ottawa. Ma collègue [[P:Sandrine]] pis moi on en a jasé toute la pause. On a du travail encore, mais aujourd'hui on souffle. 💜 #ControleCoercitif"""),

("f4","en","facebook","C",["CONSENT_REQUIRED"],
"""Read the news story about the youth protection report this morning, and Régine Laurent's reaction on Radio-Canada hit hard. Five years after her commission and we're still short on caseworkers in the Baie-des-Chaleurs.
Big hug to my coworkers [[P:Jessica Loiselle]] and [[P:Rémi Castilloux]] at the Chandler office, who are carrying 30+ files each and still show up smiling. You deserve better than a headline. #DPJ #Gaspesie #travailsocial"""),

("f4","fr","instagram","R",[],
"""Peu importe ce qu'on pense du jugement de la juge Maria Carroccia dans l'affaire Hockey Canada, une chose est claire : la culture de vestiaire, ça commence au secondaire. 🏒
Formation obligatoire pour tous nos entraîneurs et entraîneuses jeudi 19 h à l'école secondaire Jacques-Rocheleau, animée par ma collègue [[P:Caroline Mbaye-Gagnon]]. Questions? [[E:c.mbaye-gagnon@rseq-exemple.qc.ca]] 📩 #RSEQMonteregie #ethiquesportive #respect"""),

("f4","en","facebook","S",[],
"""So the clinic data leak story is now a class action: Justice Nadia Khoury authorized it yesterday and Minister Christian Dubé was asked about it in Question Period. Got my letter today, and yep, mine was in there (old card too, [[R:MORA 7455 0918]] 🙃 doesn't matter now, it's everywhere).
If you got the letter too, the firm handling it says to call [[T:+1 514 555 0177]] or write them at 4300 Sherbrooke Street West, [[Z:h3z 1c4]]. [[P:Deb]] and [[P:Ngozi]] at work already signed up lol.""".replace("4300 Sherbrooke Street West","[[A:4300 Sherbrooke Street West]]")),
]
