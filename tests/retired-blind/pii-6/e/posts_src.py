POSTS = [
# ---------- Brief 1: scouts / guides / day camp ----------
(1,"fr","facebook","R",[],"""🏕️ Liste de bagages — Camp Saint-Jean-de-Brébeuf, 5 au 9 juillet (louveteaux 2e Saint-Hubert)
- sac de couchage (pas en coton!!)
- lampe frontale + piles AA
- 2 paires de bas de laine, imperméable, bottes de pluie
- gourde identifiée, crème solaire, chasse-moustiques (pas de Off en aérosol svp)
- foulard du groupe + uniforme pour la messe du dimanche à l'église Notre-Dame-de-l'Assomption
Animateurs : Akela = [[P:Jean-Philippe Lussier]] ([[T:450 555-0187]]), Bagheera = [[P:nadia benhamou]], Baloo = [[P:Ti-Paul]] 😄
Départ du stationnement de l'aréna Michel-Normandin à 8 h. Coût 145 $ (Interac à [[E:tresorerie.2estHubert@gmail.com]]).
Oubliez pas la fiche santé signée!"""),
(1,"en","facebook","S",[],"""Guides 1st Pointe-Claire — packing list for Camp Marguerite-Bourgeoys this weekend 🌲
✔ sleeping bag + pillow
✔ flashlight
✔ rain jacket, 2 sweaters, warm PJs
✔ mess kit (plate, bowl, cup, cutlery in a mesh bag)
✔ NO phones, NO candy (the raccoons at Lac Écho thank you)
Leaders this year: [[P:Siobhan O'Rourke]] (Guider in charge), [[P:Thi Lan Nguyen]] and [[P:Fatoumata Diallo]]. Questions → [[P:Siobhan]] at [[T:514.555.0162]] or [[E:siobhan.orourke.guides@outlook.com]]
Drop-off Friday 6 pm at Stewart Hall, [[A:176 Lakeshore]] is the address if you're new.
(Pointing out: I volunteer with the Guides on my own time, not through work 🙂)"""),
(1,"fr","instagram","B",[],"""Dernière journée du camp de jour Saint-François-d'Assise 🌞 mes filles ont adoré!! merci à [[P:coralie]], [[P:Maxime-Olivier]] et la grande [[P:Jo]], vous êtes des héros. Le spectacle de fin d'été sur « Libérez la reine des neiges » version kazoo restera dans les annales 😂 #campdejour #Longueuil #ViveLÉté"""),
(1,"en","linkedin","L",[],"""Proud to have spent my vacation week volunteering as a leader at Camp Trois-Saumons (Scouts du Montréal métropolitain). 42 kids, 3 canoes tipped in the Rivière Noire, zero injuries. Shout-out to my co-leaders [[P:Rahul Venkataraman]], [[P:Émilie St-Onge]] and [[P:Kawennáhere Jacobs]] from Kahnawà:ke, who taught the kids more about the land in one evening than I learned in 10 years of Scouts Canada badges. Back at the office Monday, recharged. #leadership #volunteering"""),
(1,"fr","facebook","C",["CONSENT_REQUIRED","CHILD_PROTECTION_IDENTIFICATION"],"""Rappel pour le camp de jour de la Maison des jeunes de Maria, semaine du 14 juillet 🎒
Apportez : lunch froid (pas de noix), 2 collations, maillot + serviette, casquette, bouteille d'eau.
Sortie au parc national de Miguasha mercredi et baignade à la plage de Carleton-sur-Mer jeudi.
Responsables : [[P:Mélodie Arsenault]] (éducatrice au CISSS, en congé l'été) et [[P:Gilles Bujold]].
Urgence seulement : [[T:418 555 0119]] poste 2. Sur la fiche santé, inscrivez le numéro d'assurance maladie au complet (ex. : [[R:ARSM 1405 2218]]), sinon l'infirmière peut rien faire. Les enfants de la RI des [[P:Cyr]] viennent aussi avec nous cette année 😊"""),
(1,"en","instagram","R",[],"""cub camp packing list as typed by my 9yo 😂:
- slepping bag
- my pillow (the blue one)
- 7 socks
- Pokémon cards (NOT ALLOWED says Akela)
- big flashlight
- hoodie from the Canadiens game
camp is at Camp Tamaracouta in Mille-Isles, leaders are Akela [[P:Dave]] and [[P:mrs. Okafor]] who apparently "knows every bird". see you sunday kiddo 🏕️ #scouts #cubs"""),
(1,"fr","facebook","S",[],"""Les Guides de Rimouski cherchent encore 2 animatrices bénévoles pour le camp d'été au Camp Saint-Louis du Lac-Témiscouata 🌲 Formation premiers soins payée par le district. Si ça vous intéresse, écrivez à [[P:Geneviève Pelletier-Roy]] : [[E:gpelletier.guides@videotron.ca]] ou texto au [[T:(418) 555-0143]]. C'est une super expérience, je l'ai fait 3 étés quand j'étais au cégep!"""),
(1,"en","facebook","B",[],"""Day-camp sign-up reminder — Camp Sainte-Rose (Laval) — fees $210/week, receipt # 2024-0388 will be emailed for your taxes. Counsellors for the Blue group: [[P:Jaden]], [[P:Ximena Ortiz]], [[P:Liam Byrne]]. Director: [[P:Marc-André Côté]], [[T:450-555-0177 ext. 214]]. Please label EVERYTHING, last year we ended with 37 water bottles and one lonely Crocs."""),
# ---------- Brief 2: Spotted / missed connection ----------
(2,"fr","facebook","B",[],"""spotted: un gars nommé [[P:marc]] au IGA de Rimouski sur la rue Saint-Germain, chandail des Océanic, tu m'as aidée à ramasser mes oranges 🍊 pis j'ai figé. si tu te reconnais écris à l'admin!! #SpottedRimouski"""),
(2,"en","instagram","L",[],"""SPOTTED 👀 girl with the yellow raincoat reading Kukum by Michel Jean at the Second Cup on Sainte-Catherine near Peel, tuesday around 5. you laughed at my umbrella flipping inside out. my friend says your name is [[P:priya]]?? dm @spotted.mtl if you want a coffee ☕"""),
(2,"fr","facebook","S",[],"""SPOTTED : la madame au chien-guide du Tim de la rue King à Sherbrooke, merci pour le café 🥹"""),
(2,"en","facebook","R",["HARASSMENT"],"""spotted: [[P:kevin]] from the Saint-Jean Vikings bench at the Centre Sportif Léo-Laberge, screaming at the 15 y/o ref for the whole 3rd period. everyone tag him so his mom sees this lol his name is [[P:Kevin Lapointe]] and he lives at [[A:412 Rue Champlain]] right by the dépanneur 👀"""),
(2,"fr","instagram","C",[],"""spotted: une fille nommée [[P:laurie]] ou [[P:lorie]] sur le traversier Matane–Baie-Comeau samedi, tu jouais Catan avec tes amis au bar du bateau pis t'as gagné avec la plus longue route. Moi c'est le gars avec la tuque des Nordiques. Écris-moi @[[P:felix.gendron_]] 🙈"""),
(2,"en","linkedin","B",[],"""Not a "spotted" page, but: to the Concordia law student who returned my briefcase on the 55 bus on Saint-Laurent last night — thank you. Everything was there, including the Code civil du Québec with 14 years of annotations. If you ever need a reference or a coffee, my door is open. (I only know you as "[[P:Amira]]" from your tote bag.)"""),
(2,"fr","facebook","L",[],"""SPOTTED AU COSTCO DE BOUCHERVILLE!!! [[P:JONATHAN]] des Rôtisseries St-Hubert de Brossard, tu m'as fait rire dans la file des échantillons de pogos. Je suis la fille avec le chandail de Star Academy 2003 😅 Spotted Rive-Sud fais ta magie, ou texte-moi au [[T:5 1 4 5 5 5 0 1 4 8]]"""),
(2,"en","instagram","S",["SURVIVOR_IDENTIFICATION","LOCATION_DISCLOSURE"],"""spotted: [[P:ana lucia]] at the Gatineau bus terminal with her two little boys and all their stuff in garbage bags yesterday. girl i know what you're going through, the house at [[A:88 rue Jacques-Cartier]] is safe and the ladies there are angels 💜 we miss you at the Loblaws"""),
# ---------- Brief 3: recommending a doctor / dentist / physio / vet ----------
(3,"fr","facebook","C",[],"""Pour ceux qui cherchent un dentiste à Chandler qui prend encore des nouveaux patients : la Clinique dentaire Laurent-Ferland sur le boul. René-Lévesque. J'ai vu [[P:Dre Anick Huard]], super douce avec ma fille qui capote pour rien. Tél. [[T:418–555–0198]]. Pis non, ils sont pas payés pour que je dise ça 😂"""),
(3,"en","facebook","L",[],"""Looking for a physio in NDG? Go see [[P:Kieran Walsh]] at Physio Sherbrooke West (the clinic, not the town lol). Fixed my shoulder after the curling disaster of February. They're at [[A:5601 Sherbrooke St. W.]], [[Z:h4a1x2]], [[T:514 555 0134]]. Tell him [[P:Doug]] sent you, I get nothing but he'll laugh."""),
(3,"fr","instagram","R",[],"""Petite reco véto sur la Rive-Sud 🐶 Hôpital vétérinaire Marie-Victorin à Longueuil, demandez [[P:Dr Bernard]] (le grand avec la barbe). Il a sauvé Pistache après qu'elle ait mangé un bas au complet 🧦 Urgence 24 h : [[T:450-555-0150]]. #chien #veterinaire #Longueuil"""),
(3,"en","linkedin","S",[],"""A small, non-legal plug: after 18 months on the waiting list of the Guichet d'accès à un médecin de famille (GAMF), I finally got a family doctor at the GMF Cité-de-la-Santé in Laval. [[P:Dr. Oluwaseun Adeyemi]] took 40 minutes to actually listen. If you're in the area and registered with the RAMQ, the clinic is accepting: [[T:+1 450 555 0121]]. Healthcare workers like that deserve to be named."""),
(3,"fr","facebook","S",[],"""Quelqu'un connaît une bonne ostéo à Trois-Rivières?? Celle de ma sœur sur [[A:1200 boul. des Forges]] a pris sa retraite 😩
➡️ Réponse d'une amie : [[P:Josiane Trudel-Bellemare]], Clinique Ostéo Sainte-Marthe, [[T:819.555.0176]], elle est incroyable pour les maux de dos de grossesse.
➡️ Autre reco : [[P:mathieu]] chez Kinatex, rue Sainte-Marguerite."""),
(3,"en","instagram","C",[],"""our vet @[[P:dr.leila.haddad]] at Clinique Vétérinaire Saint-Joseph in Gaspé stayed until 11pm with our old cat Moustache 🐈‍⬛ rip buddy. if you need a vet on the peninsula she's the one. clinic line [[T:418 555-0109]] #gaspesie #vetlife"""),
(3,"fr","facebook","L",[],"""Reco dentiste sans jugement pour les peureux comme moi : Centre dentaire Dr Pierre-Paul Mailloux à Repentigny. Hygiéniste : [[P:Kim]], dentiste : [[P:Dr Trân Văn Minh]]. Pas de sermon sur la soie dentaire, juste des explications. Facture 212,40 $ avec la RAMQ qui paye rien pis l'assurance qui en paye la moitié, mais bon."""),
(3,"en","facebook","R",[],"""Recommendation thread for sports physio around Granby? Our U15 AAA volleyball girls keep rolling ankles.
-> Clinique Physio Santé Granby, ask for [[P:Valérie Normandeau]], she works with the Vikings de Cowansville.
-> [[P:Dr. Soto]] (sports med) at Polyclinique de Granby, [[T:450 555 0193]].
-> ping [[E:vnormandeau.physio@gmail.com]] directly, she answers fast."""),
# ---------- Brief 4: condo syndicate / housing co-op newsletter ----------
(4,"fr","facebook","C",[],"""📰 INFO-COOP Les Tournesols de Sainte-Anne-des-Monts — décembre
• Bienvenue à [[P:Mme Yvette Lebreux]] (logement 12) et à la famille [[P:Nadeau-Castonguay]] (logement 4B)!
• Le CA : [[P:Réjean Synnott]] (prés.), [[P:Céline]] (trésorière), [[P:Alphonse Mbeki]] (secrétaire).
• Concierge : [[P:Ti-Guy]] au [[T:418 555-0131]], SVP pas après 21 h.
• Stationnements 7 et 8 réassignés (déneigement).
• Assemblée générale le 15 jan. à la salle communautaire, [[A:31, 1re Avenue Est]], [[Z:g4v 1a5]].
• Loyer 2025 : +2,3 % selon le TAL.
• Buanderie : la sécheuse no 2 est encore brisée. [[P:Léopold]] a appelé Maytag, le technicien passe jeudi (bon de travail 778-2231, c'est pas un numéro de téléphone 😉).
• Jardin communautaire : les bacs 1 à 6 sont réservés pour le printemps. Ceux qui veulent un bac, écrivez à [[P:Huguette Dugas]] ([[E:huguette.dugas53@hotmail.com]]). Pas de menthe dans les bacs partagés svp, ça envahit tout!!
• Soirée de Noël au sous-sol le 20 décembre : pâté à la viande de [[P:Mme Lebreux]], tourtière du Lac de [[P:Réjean]], pis le fameux sucre à la crème de [[P:Céline]]. Apportez votre vaisselle.
• Rappel : les animaux sont permis (chats seulement), les chiens restent à la SPA de Gaspé 🐾
• Prochaine corvée de peinture du corridor du 2e : samedi 8 h. Pizza de chez Pizzéria Chez Alphonse payée par la coop (pas notre secrétaire, l'autre [[P:Alphonse]] 😂).
Bonne fin d'année à tous les membres! — Le comité d'information"""),
(4,"en","facebook","L",[],"""Syndicate of co-owners — [[A:2800 Rue Sherbrooke Est]] towers — monthly notes
- Condo fees go up to $412/month (unit type B) in January. Special assessment for the roof: vote at the AGM.
- Parking spot P2-44 is NOT yours, [[P:Mr. Delacroix]], please stop 🙃
- Thank you to our janitor [[P:Wilfrid]] for the Christmas lights!
- New board: [[P:Agnieszka Kowalczyk]] (president, unit 1207), [[P:Hamid Rahimi]] (treasurer), [[P:J. Beaulieu]] (secretary).
Contact the board: [[E:ca.tours2800@gmail.com]]"""),
(4,"fr","instagram","B",[],"""Quand t'es avocate ET secrétaire du syndicat de copropriété de ton immeuble 🥲 Ce soir : 2 h de débat sur la couleur des boîtes aux lettres au Condos Jardins Saint-Sulpice. Merci à [[P:Denise]] de l'unité 302 pour les biscuits. #vie #copropriété #pasdeconseiljuridiquegratuit"""),
(4,"en","linkedin","S",[],"""Our housing co-op in Verdun just finished its 3-year renovation plan, 100% volunteer board. I sit on it as treasurer. Lessons that apply to any non-profit: minutes matter, reserves matter, and your janitor is your most important stakeholder. Thank you [[P:Ernesto Ramírez]] and the board ([[P:Caroline Boyd]], [[P:Mohamed Said]]). Co-opérative d'habitation Les Berges de Wellington, if you're curious."""),
(4,"fr","facebook","R",["DISPARAGEMENT"],"""Bulletin du syndicat de copro Le Richelieu (Chambly) 🏢
Frais de condo 2025 : 389 $/mois. Fonds de prévoyance : 142 000 $.
Rappel à l'unité 5 (vous vous reconnaîtrez, [[P:Steve]]) : le stationnement visiteur n'est pas votre garage personnel. Ça fait 3 fois. Franchement, un coach de hockey mineur qui sait pas lire un panneau 🙄
Concierge : [[P:Claude Poirier]] au [[T:450 555-0155]] (non, pas celui de TVA 😂)."""),
(4,"en","facebook","C",["CONFIDENTIAL_INFORMATION"],"""Co-op newsletter — Coopérative du Vieux-Quai, New Richmond 🏘️
Unit 3: welcome [[P:Aiyana Metallic]] and her kids! Unit 9: goodbye and thank you [[P:Gerry]] 🎉
Parking: spots 1–6 are for the units facing Boulevard Perron, spots 7–10 for the back.
Door code for the laundry room changes Monday: new code 4471#.
Fees: $25 social fund, cash or e-transfer to [[E:tresorier.vieuxquai@outlook.com]]."""),
(4,"fr","facebook","S",[],"""Le p'tit journal de la coop Les Érables — numéro 47
👉 Nouveaux membres : [[P:Nguyen Thi Hoa]] et [[P:Bao]] (4 ½ du 2e), [[P:FRANÇOIS-XAVIER LAROCHELLE]] (studio).
👉 Concierge remplaçant pendant les fêtes : [[P:m. Gauthier]], [[T:819 555 0166]].
👉 Demande d'aide au logement (PSL) : SVP ne laissez PAS vos papiers sur le babillard. Quelqu'un a affiché sa demande avec son NAS ([[S:289 096 356]]) dessus 😬 On l'a enlevée.
👉 Le comité vert fait une corvée au parc Jean-Drapeau-Est (oui c'est le vrai nom du parc du coin 😄) samedi.
👉 Rappel : les bacs bruns le mardi!"""),
(4,"en","instagram","B",[],"""condo board life, episode 27: the AGM minutes are 14 pages and 9 of them are about whether dogs can use the elevator at [[A:1455 De Maisonneuve]]. unit 807 (hi [[P:brenda]] 👋) brought a PowerPoint. I brought wine. democracy 🍷"""),
# ---------- Brief 5: language exchange meetup ----------
(5,"fr","facebook","B",[],"""Échange linguistique du jeudi au Café Pamplemousse (Saint-Hyacinthe) ☕🌍
Cette semaine on avait : [[P:Yuki]] (Japonaise, apprend le français), [[P:Andrés]] (Colombien, espagnol ↔ français), [[P:Oksana]] (Ukrainienne, veut pratiquer l'anglais), pis moi qui baragouine mon portugais avec [[P:Joana Ferreira]] des Açores 😅
Prochaine fois : table Arabe/Français avec [[P:Karim]]. Ouvert à tous, 5 $ le café. #échangelinguistique"""),
(5,"en","instagram","L",[],"""tandem night at Bar Le Ritz PDB 🍻 english ↔ french ↔ mandarin. shout-out to [[P:wei chen]] for teaching me to order dumplings properly, to [[P:Mathilde]] (Bretonne, not Québécoise, she insists 😂) and to [[P:Sunil]] who speaks Tamil, Hindi, English, French and now apparently joual. next session thurs the 12th. #languageexchange #Montreal"""),
(5,"fr","facebook","C",[],"""Café-jasette français-anglais à la bibliothèque de Gaspé mercredi soir 📚 On était 11 : des Anglo de Douglastown, 2 Mexicains qui travaillent à l'usine de LM Wind Power, une Française de Lyon et [[P:Tommy Jalbert]] qui veut améliorer son anglais pour son voyage en Irlande. Merci à [[P:Fiona MacWhirter]] qui anime bénévolement depuis 2019! Inscriptions : [[E:cafe.jasette.gaspe@gmail.com]]"""),
(5,"en","linkedin","B",[],"""Tip for lawyers who want to serve more communities: join a language exchange. Mine meets Tuesdays at the Grande Bibliothèque. I practise Spanish with [[P:Luz Marina Quispe]] (Peruvian, studying to become a notary here) and she practises legal French with me. Also at our table: Portuguese, Haitian Creole, Farsi. The Barreau's Code of ethics still applies at the table — no free advice on anyone's file 😉"""),
(5,"fr","instagram","S",[],"""Speed-jasette multilingue au Centre culturel Pauline-Julien 🎤 Français, Espagnol, Créole haïtien, Innu-aimun (merci [[P:Shanice St-Onge]] de Uashat mak Mani-utenam!) et Wolastoqey. J'ai appris à dire merci en 6 langues, tshinashkumitin 🙏 Photo de groupe avec l'accord de tout le monde. #Innu #langues #TroisRivières"""),
(5,"en","facebook","R",[],"""Language Exchange Longueuil — weekly recap
FRENCH table: led by [[P:Hélène]]
ENGLISH table: [[P:Brian O'Neill]] (Irish, lives in Saint-Lambert)
SPANISH table: [[P:Camila]] & [[P:Diego Paredes]] (Chilean and Venezuelan)
ARABIC table: new this week with [[P:Rania el-Khoury]] (Lebanese)
Next meetup: Maison de la culture, 5 pm. Questions? text [[T:450 555 0112]]"""),
(5,"fr","facebook","L",[],"""Tandem FR ↔ Vietnamien, quelqu'un? Brossard, les fins de semaine 🙏🇻🇳"""),
(5,"en","instagram","C",[],"""mi'gmaq ↔ english ↔ french conversation circle in Listuguj was so beautiful tonight 💛 elder [[P:Mary Jane Isaac]] taught us the words for the Restigouche river, and [[P:Jordan]] from Pointe-à-la-Croix brought bannock. if you want in: Thursdays, community hall. #Mi'gmaq #Listuguj #gaspesie"""),
# ---------- Brief 6: retirement / birthday card messages ----------
(6,"fr","facebook","C",["CONSENT_REQUIRED"],"""Les mots de la carte de retraite de notre [[P:Louise]] à l'équipe DPJ de Matane, tapés ici pour qu'elle les garde 💐
« Bonne retraite ma belle, Sainte-Flavie t'attend! — [[P:Mireille]] xx »
« 32 ans de dévouement, merci pour tout -[[P:JF]] »
« Qui va m'expliquer le formulaire RI maintenant?? 😭 [[P:Nath B.]] »
« Profite de ton chalet au Lac-Matapédia! [[P:Réal]] »"""),
(6,"en","linkedin","L",[],"""Pasting the messages from [[P:Gordon MacLeod]]'s retirement card, because they say it all about 38 years at the firm:
"Best mentor a first-year could ask for. Enjoy the golf in Florida. — [[P:Priya S.]]"
"Thank you for teaching me that a good factum is a short factum. [[P:Ahmed]]"
"bonne retraite [[P:Gord]]!! -[[P:JF]]"
"Who's going to remember every Supreme Court case from 1987 now? — [[P:Claire O'Brien-Hébert]]"
Happy retirement, [[P:Gordon]]."""),
(6,"fr","instagram","R",[],"""Carte de fête pour notre coordo préférée 🎂
« Bonne fête [[P:Steph]]!! Sans toi le championnat régional de badminton à Saint-Jean se serait jamais fait — [[P:Maude]] 🏸 »
« 40 ans c'est le nouveau 30, pis t'as encore ton smash — [[P:Ben]] »
« bonne fete ! on t'aime -les gars du bureau »
« [[P:X. Dumont]] »
#RSEQ #fête"""),
(6,"en","facebook","S",[],"""Happy retirement card for our night intervenant 💜 (first names only, she asked)
"You held this house together for 22 years. — [[P:D.]]"
"thank u for every 3am tea ☕ [[P:Sam]]"
"Enjoy Gaspésie, go see the Rocher Percé for us! xoxo [[P:Isabelle]]"
"Bonne retraite!! -[[P:JF]]"
Love from all of us."""),
(6,"fr","facebook","B",[],"""Carte d'anniversaire signée pour [[P:Me Hébert]] (50 ans aujourd'hui!!) au bureau d'aide juridique de Rouyn-Noranda, je la recopie ici parce qu'elle est trop drôle :
« Joyeux 50e! Tu restes jeune dans ta tête pis dans tes plaidoiries. — [[P:Me Sandrine Paquin]] »
« Bonne fête boss, la Cour du Québec t'a pas encore eue! — [[P:Olivier]] »
« Bon anniversaire, de la part de la machine à café et de [[P:Gisèle]] ☕ »
« HAPPY BIRTHDAY!!! -[[P:Kat]] 🎉 »"""),
(6,"en","instagram","C",["CONSENT_REQUIRED"],"""some of the notes on [[P:Raymond]]'s retirement card from the CLSC de Paspébiac team 🥹
"35 years of home visits from Port-Daniel to Hope Town! who's going to fix the photocopier now — [[P:Lise]]"
"enjoy the boat!! ⛵ [[P:tony]] & [[P:marie-eve]]"
"Bonne retraite mon [[P:Ray]] xx — [[P:Doris]]"
#retirement #gaspesie"""),
(6,"fr","linkedin","L",[],"""Hier, on a souligné le départ à la retraite de [[P:Me Jacqueline Morin-Desrosiers]], associée fondatrice de notre cabinet de Québec. Quelques mots de la carte :
« Merci pour ta rigueur et ton humour. — [[P:Alexandre]] »
« Bonne retraite [[P:Jacqueline]], tu vas manquer à la Cour d'appel autant qu'à nous. [[P:Valérie T.]] »
« Vas-y, profite de l'Île d'Orléans! -[[P:JF]] »
« On va encadrer ton arrêt de principe ([[C:200-09-004512-951]]) dans la salle de conférence! — [[P:Béatrice]] »
Bonne retraite, chère [[P:Jacqueline]]! #retraite #droit"""),
(6,"en","facebook","R",[],"""HBD coach [[P:Denis]]!! 🏉 -[[P:tyler]]"""),
# ---------- Brief 7: chess / Magic / board-game tournament results ----------
(7,"fr","facebook","R",[],"""🏆 Résultats du tournoi d'échecs interscolaire de la Montérégie (Polyvalente Hyacinthe-Delorme) 🏆
1. [[P:Raphaël Nadeau-Ly]] (5/5) — École secondaire Mgr-Euclide-Théberge
2. [[P:Amina Touré]] (4/5)
3. [[P:ZACHARY BOUCHER]] (3,5/5)
Mention spéciale à la petite [[P:Rosalie]], 11 ans, qui a joué la défense Caro-Kann comme Magnus Carlsen 😍 Merci aux arbitres et au Club d'échecs Saint-Hyacinthe!"""),
(7,"en","facebook","L",[],"""Friday Night Magic results @ Le Valet d'Coeur, Plateau 🃏
1st: [[P:j.tremblay_87]] ([[P:Jonathan]]) — Boros Energy, 4-0
2nd: [[P:ShadowNinja_QC]] aka [[P:Vincent Huang]] — Izzet Prowess
3rd: [[P:mel la destructrice]] — Golgari Midrange
Top 8 prizes: 3 packs of Bloomburrow each. Next week: Modern, $15 entry, Pro Tour winners not invited 😛
(Receipt/order #MTG-20931 at the counter for prize pickup.)"""),
(7,"fr","instagram","S",[],"""Tournoi de Catan au Randolph Pub Ludique de Sherbrooke hier soir 🐑🧱 Notre table de bénévoles de la maison a fini 2e sur 18 équipes!! Bravo [[P:Marie-Soleil]] la reine des routes et [[P:Kenza]] qui a tradé du blé comme une pro. Le gagnant final : [[P:Dom Gagnon]] avec 12 points en 74 minutes. #Catan #Ludique #soiréejeux"""),
(7,"en","linkedin","B",[],"""Delighted to report that the Barreau de Montréal's annual chess simul went ahead at the Palais de justice: 24 boards, one Grandmaster. Congratulations to [[P:Me Farah Qureshi]] for the only draw (a Sicilian Najdorf, Fischer would be proud) and to articling student [[P:Nicolas Bergeron]] who lasted 61 moves. Funds raised: $3,450 for Éducaloi. #chess #barreau"""),
(7,"fr","facebook","C",[],"""Résultats de la ligue de Scrabble Duplicate de Bonaventure 🔤
1er [[P:gérard arsenault]] — 912 pts (avec ZYTHUMS sur case mot compte triple!!)
2e [[P:Jeannine Leblanc]] — 887 pts
3e [[P:Yves « le dictionnaire » Poirier]] — 850 pts
Prochaine partie mardi au sous-sol de l'église Saint-Bonaventure. 2 $ la partie, café fourni. Bienvenue aux débutants!"""),
(7,"en","instagram","R",["DISPARAGEMENT"],"""Pokémon TCG regional qualifier in Brossard, results 🔥
🥇 @[[P:lilkayden.tcg]]
🥈 [[P:Owen McCarthy]]
🥉 [[P:Sarah-Jade]]
and a special "thanks for nothing" to the judge from the Saint-Bruno club who can't read a rulebook to save his life 🙄🙄 worst officiating i've seen since the Expos left"""),
(7,"fr","facebook","L",[],"""Soirée Donjons & Dragons / jeux de société au bureau (oui, des avocats qui lancent des d20 🎲). Gagnants du mini-tournoi de Splendor : [[P:Me Patrice Ouimet]] et notre technicienne juridique [[P:Soraya]]. Mention honorable à [[P:Lucas]] de la compta qui a perdu au Monopoly contre le stagiaire 3 fois. Aucun dossier n'a été discuté, promis."""),
(7,"en","facebook","S",[],"""Board-game café fundraiser results 🎲 (Gatineau, Le Petit Pion)
Ticket to Ride: [[P:Ngozi Eze]] 🚂
Codenames: team [[P:Roxanne]] + [[P:Jean-Baptiste]]
Dixit: Aunty [[P:Lorna]] who we suspect is a professional 😂
Raised $1,870 for our organisation. Thank you all!"""),
# ---------- Brief 8: tattoo / art commission ----------
(8,"en","instagram","R",[],"""custom piece for @[[P:melo.dyy]] 🌸 fine-line peony + her grandma's handwriting "toujours". inspired by Georgia O'Keeffe, obviously. 4 hours, she sat like a champ. booking for january is open, DM or [[E:inkbyjules.studio@gmail.com]] 🖤 #finelinetattoo #montrealtattoo #longueuil"""),
(8,"fr","instagram","S",["CONSENT_REQUIRED"],"""Commission terminée 🎨 Une murale inspirée de La Nuit étoilée de Van Gogh pour la salle commune de la maison, peinte par notre intervenante [[P:Ariane Dufour-Mbala]] avec les enfants. Photo d'[[P:Ariane]] devant l'œuvre ci-dessous 💜 #artthérapie #VanGogh"""),
(8,"en","facebook","B",[],"""Finally got the tattoo I've been planning since my swearing-in: a tiny scale of justice in the style of Keith Haring, by [[P:Manon "Mano" Girard]] at Tatouage Sainte-Catherine. She also did my sister's piece with her son's birth date, [[D:14.02.2019]]. 10/10, cried a little. No, the Barreau doesn't have a policy on ankle tattoos."""),
(8,"fr","instagram","L",[],"""✨ Pièce sur mesure pour @[[P:karine.boisvert.art]] : portrait de son chat à la manière de Frida Kahlo 🐈🌺 Acrylique sur toile 16x20. Merci pour ta confiance! Commissions ouvertes jusqu'au 15 déc., dépôt 50 %. Atelier au [[A:4270 rue De La Roche]], [[Z:H2J3H9]] (sur rendez-vous seulement). #artquébécois #commission"""),
(8,"en","instagram","C",[],"""new flash sheet drop inspired by Alex Colville and Riopelle 🖤 my own designs, tattooed at the studio in Carleton-sur-Mer. first come first served! artist: me, @[[P:noah.bernard.ink]]. deposit $100 — please DON'T post your card number in the comments like last time (yes, somebody wrote [[CC:4511 6099 3974 3078]] 🤦). e-transfer only."""),
(8,"fr","facebook","R",[],"""Mon fils a eu 18 ans pis il s'est fait tatouer sa date de naissance en chiffres romains (né le [[D:VII.IX.MMVI]]) par [[P:Jessy Lamoureux]] du salon Encre Noire à Saint-Jean-sur-Richelieu. Moi qui voulais juste qu'il finisse sa saison de football avec les Géants 🙈 Au moins c'est beau, et c'est droit."""),
(8,"en","linkedin","B",[],"""Art & law: our office commissioned a piece from Wendat artist [[P:Tanya Sioui]] for the reception area, a reinterpretation of the Two Row Wampum. Alongside a print of Norval Morrisseau's "Androgyny" (loaned by the Indigenous Art Centre), it now greets every visitor. Thank you [[P:Tanya]] for the conversation and the beauty."""),
(8,"fr","instagram","C",[],"""pièce custom pour @[[P:lea_gb.tattoos]] 🐋 baleine à bosse + phare de Cap-des-Rosiers, style aquarelle à la Clarence Gagnon. 3 séances. Merci ma belle pour la confiance, pis bravo d'avoir pas bougé pendant l'ombrage des côtes 😅 Tatoueuse : [[P:Élodie Cloutier]] (Studio Blanc de Gaspé) — [[T:418 555 0174]] #tattoo #gaspesie"""),
]
