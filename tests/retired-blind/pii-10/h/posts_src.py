POSTS = [
# ---------------- h1: school-sports bus / schedule notices ----------------
("h1","fr","facebook","R",[],"""🚌 AVIS AUX PARENTS – Juvénile masculin D2 🏀
Départ du bus samedi 7h15 PILE dans le stationnement de l'école secondaire Jacques-Rousseau (côté rue Sainte-Hélène). Tournoi Invitation des Patriotes au Centre sportif Pierre-Laporte à Saint-Hyacinthe, premier match 9h40 contre les Faucons de Polybel.
Retour prévu vers 18h au même endroit. Apportez lunch + 2 chandails (blanc ET marine).
Absences : texto à moi au [[T:450 555-0142]] avant vendredi midi svp, pas sur Messenger.
Merci à [[P:sylvie lacasse]] qui s'occupe encore de la table des marqueurs 🙏
— Coach [[P:Dom Bérubé]]"""),

("h1","en","instagram","R",[],"""GAME DAY SCHEDULE 🏐 Juvenile girls @ Collège Charles-Lemoyne this Saturday.
Bus leaves Centennial Regional HS at 7:30, NOT 8. Pool A: vs Gaels 9:00, vs Cheetahs 11:15, vs Royals 1:30. Semis at 3 if we top the pool (we will 😤).
Shoutout to @[[P:kayla.obrien22]] and @[[P:mtl_ahmed.h]] for setting up the nets last week.
Questions → coach [[P:Brennan]] [[E:brennan.d@crhs-athletics.ca]]
#RSEQMonteregie #GoBears #HuntsFor[[P:Hanna]]"""),

("h1","fr","facebook","B",[],"""Petit message perso (pas d'avocate aujourd'hui 😅) : je coache les Benjamines de l'école Jean-de-Brébeuf à Longueuil cette saison. Horaire du Tournoi de Noël RSEQ Montérégie à l'aréna Michel-Normandin :
• vendredi 18h30 vs Saint-Lambert
• samedi 10h vs Boucherville
• dimanche finales (on croise les doigts)
Le bus part de l'école à 17h15 vendredi. Les parents qui font le covoiturage du dimanche, voyez avec [[P:Marie-Ève]] ou [[P:JF Ouellet]]. Go les Aigles! 🦅
[[P:Me Karine Dufresne-Lam]]"""),

("h1","en","linkedin","C",[],"""Proud to volunteer as assistant coach for the Gaspé Polyvalente C.-E.-Pouliot Gannets midget hockey team this winter. Our bus to the Coupe Gaspésie–Îles-de-la-Madeleine in Chandler leaves Friday 3:45 p.m. from the Aréna de Gaspé, [[A:48 rue Jacques-Cartier]], [[Z:g4x 1k6]], side door.
Big thanks to my CISSS colleagues who swapped shifts so I could go, and to head coach [[P:Kevin Synnott]] for 12 years of 5 a.m. ice times. Balancing health care and minor sport is not easy, but worth it.
#CommunitySport #Gaspesie"""),

("h1","fr","instagram","L",[],"""horaire modifié ❄️ tempête annoncée donc le tournoi Coupe Richelieu à Beloeil est REPORTÉ au 14 déc.
le bus de 6h45 est annulé, pas besoin de venir à la polyvalente Ozias-Leduc demain
les parents de la ligue inter-bureaux du cabinet, c'est aussi reporté pour nous autres 😂
merci [[P:ti-guy]] pis [[P:nathalie t]] pour la chaîne téléphonique
coach [[P:FRANCIS LEBLANC-NGUYEN]] 🏒"""),

("h1","en","facebook","S",[],"""Hi all, quick reminder from your Bantam girls basketball coach 🏀
Practice moves to the Cégep Édouard-Montpetit gym Tuesdays 6–7:30 until the Sun Youth Classic. Saturday's Montérégie Challenge at École Gérard-Filion: bus 7:50 sharp, back around 4.
If your daughter can't make it, call or text [[T:(438) 555‑0193]] or e-mail [[E:coach.aminata.diallo@gmail.com]].
Registration fee is $85 (receipt #A-20931 if you paid already). 
Thank you [[P:Khadija]]'s mom, a.k.a. [[P:tantine Fatou]], for the oranges every week 🍊
— [[P:Aminata D.]]"""),

("h1","fr","facebook","R",[],"""PARENTS BENJAMIN FOOTBALL 🏈 Finale régionale bol d'Or au stade Claude-Robillard… NON c'est au Complexe sportif Desjardins de Granby, désolé pour la confusion.
Autobus Autocars Thomas, départ 8h de l'école secondaire du Mont-Bruno. Les joueurs : casque, épaulettes, protecteur buccal. Pas de protecteur buccal = pas de match, c'est la règle de la ligue.
Pour les questions sur le transport, écrivez à [[P:mme Rollande]] du secrétariat : [[E:r.painchaud@csspatriotes.gouv.qc.ca]]
Let's go les Montagnards!!
Coach [[P:Jay]] & Coach [[P:Pelletier]]"""),
# ---------------- h2: memorial tournaments, scholarships, awards ----------------
("h2","fr","facebook","R",[],"""🏆 Tournoi mémorial Steve-Gendron 2026 – merci à tous!
32 équipes, 3 arénas (Aréna Laurier-Côté, Centre Gilles-Chabot, Aréna Isatis de Saint-Jean), pis une tonne de bénévoles.
Champions Bantam AA : les Riverains du Richelieu, 4-2 en finale. Trophée Guy-Lafleur du joueur le plus utile : [[P:Mathis Thériault-Joseph]] (#17). Prix de l'esprit sportif Denise-Arpin : [[P:léa-rose pham]].
La famille de [[P:Steve]] était dans les estrades dimanche, [[P:Steve]] aurait capoté de voir ça. On se revoit l'an prochain!
— le comité, [[P:Réjean]], [[P:Mylène]] pis [[P:P-A]]"""),

("h2","en","linkedin","B",[],"""Honoured to sit on the selection committee for the Bourse Me-Claire-L'Heureux-Dubé this year, and thrilled to announce the 2026 recipient: [[P:Ishaan Mehta-Rousseau]], 2L at McGill Faculty of Law, for his clinic work with the Mile End Legal Clinic.
Honourable mentions to [[P:Sarah-Jane O'Connell]] (Université de Sherbrooke) and [[P:Abdelkader Benali]] (UQAM).
The $5,000 scholarship is funded by the Jeune Barreau de Montréal and the Fondation du Barreau du Québec. Applications for 2027 open in September.
#JBM #BarreauDuQuebec #AccessToJustice"""),

("h2","en","instagram","S",[],"""The 3rd annual Nancy Ruest Memorial Walk raised $14,260 for shelters in the Laurentides 💜 
Walkers from Saint-Jérôme, Mirabel and Sainte-Adèle came out in the rain, and the Tim Hortons on boulevard des Laurentides kept the coffee coming.
This year's Nancy Ruest Courage Award goes to our longtime Tuesday-night volunteer — 19 years of Tuesday nights answering the line. (Photo shared with her permission 📸)
Donations still open: receipt numbers start at 2026-0412.
#NancyRuestWalk #PourElles"""),

("h2","fr","linkedin","L",[],"""Fierté au cabinet! Notre stagiaire [[P:Camille Ngoy-Lemieux]] remporte le Prix Paul-André-Crépeau de rédaction en droit civil, remis jeudi soir au Palais de justice de Montréal par la juge en chef Lucie Rondeau.
Mention spéciale aussi à [[P:J. Tremblay]] (pas celui de la comptabilité 😉) finaliste au concours de plaidoirie Pierre-Basile-Mignault.
Bravo à vous deux et merci à [[P:Me Olivier St-Pierre]] pour le mentorat."""),

("h2","en","facebook","C",[],"""Congrats to the winners of the 2026 Bourses Dr-Alphonse-Leblanc, handed out at Polyvalente de Paspébiac yesterday! 🎓
Nursing (Cégep de la Gaspésie et des Îles): [[P:Rosalie Huard]]
Social work: [[P:jade metallic]] from Listuguj
Kinesiology: [[P:Thomas «Tom» Bujold]]
The [[P:Leblanc]] family, the Caisse Desjardins de la Baie-des-Chaleurs and our CISSS foundation make these $2,500 awards possible every year. Next deadline: April 30."""),

("h2","fr","instagram","B",[],"""Soirée Méritas du Barreau de Québec 🥂 Le Prix Raymond-Ouellet de l'engagement communautaire va cette année à ma collègue et amie [[P:Me Nadège Pierre-Louis]] pour ses 10 ans à la clinique juridique de Limoilou. Le prix Jeune Juriste Antoine-Labelle : [[P:Me Kim Vo]] 👏
Photo au Château Frontenac avec la bâtonnière et le maire Bruno Marchand.
#BarreauDeQuébec #Méritas2026 #Fierté[[P:Nadège]]"""),

("h2","en","facebook","R",[],"""Final results, Coupe Terry-Fox cross-country (RSEQ Montérégie), Parc de la Cité, Saint-Hubert:
Benjamin girls: 1. [[P:Zoë Lapointe-Kwan]] (Heritage Regional) 2. [[P:Noémie B]] (Mgr-A.-M.-Parent) 3. [[P:AVA MCGILL]]
Benjamin boys: 1. [[P:Wilner Saint-Fleur]] 2. [[P:Lucas]] from Saint-Lambert International 3. [[P:kien tran]]
The Marc-Boisvert Memorial plaque for most improved runner goes to [[P:Sebastián Rojas]]. [[P:Marc]] coached here for 25 years; his wife [[P:Linda]] presented it.
Full times on the RSEQ site. Race number 1147 was DQ'd for a course cut, sorry folks."""),
# ---------------- h3: newcomer families thanking helpers ----------------
("h3","fr","facebook","S",[],"""Sa fè 1 an jodi a qu'on est arrivés de Port-au-Prince à Montréal-Nord 🇭🇹🇨🇦
Mèsi anpil à tout le monde qui nous a aidés : [[P:tatie roselene]] qui nous a hébergés les 3 premiers mois, [[P:madan Jean-Baptiste]] du Bureau de la communauté haïtienne, le monsieur de la Maison d'Haïti qui a rempli les papiers IRCC avec nous ([[P:frère Wisly]], je sais pas ton nom de famille 😅), et [[P:Ms. Carole]] de l'école Henri-Bourassa qui a trouvé des bottes pour les 3 petits.
Aujourd'hui je suis bénévole à mon tour à la maison, le cercle se referme 🙏 Bondye beni nou tout.
#[[P:Roselene]]Forever #Haïti #Québec"""),

("h3","en","facebook","C",["CONSENT_REQUIRED"],"""Two years ago we came from Aleppo to Gaspé with nothing but 4 suitcases. Today my husband drives for the Régie intermunicipale de transport and I work in the kitchen at the Hôpital de Gaspé 🇸🇾❤️🇨🇦
I want to thank by name the people who carried us: nurse [[P:chantal]] at the CLSC who came to our apartment every week when [[P:Yara]] was born, [[P:Dr. mohamad al-khatib]] who explained everything in Arabic, [[P:mister Denis Cotton]] who lent us his truck to move, and the ladies of the Cuisine collective de Gaspé.
Shukran, merci, thank you. Gaspé is home now."""),

("h3","fr","instagram","L",[],"""bố mẹ tôi sont enfin arrivés de Hô Chi Minh-Ville 🇻🇳✈️ après 3 ans de parrainage!!
un gros merci à [[P:cô Lan]] du Service d'aide aux Néo-Canadiens à Sherbrooke, à [[P:anh minh]] qui est allé les chercher à Trudeau à 1h du matin, et à [[P:M. Gauthier]] du cours de francisation au Cégep qui a déjà inscrit papa 😂
merci aussi à mes collègues du cabinet qui m'ont laissé partir plus tôt vendredi pour le phở de bienvenue chez Phở Lien rue Côte-des-Neiges 🍜
cảm ơn [[P:chị Hương]] pour les photos 📷"""),

("h3","en","linkedin","B",[],"""Five years ago I landed in Montréal from Medellín with a law degree from Universidad de Antioquia and no idea how the Barreau's equivalency process worked. Last week I was sworn in. 🇨🇴⚖️
Gratitude to the people who made it possible: [[P:doña Gloria Restrepo]], who hosted me in Villeray; [[P:Me Benoît Beaulieu]], my articling principal, who corrected every single French memo; [[P:Juliana]] and [[P:Andrés]] from the Colombian-Canadian lawyers' group; and the École du Barreau staff who answered my hundred e-mails.
Mil gracias. If you are a foreign-trained lawyer in Quebec, my DMs are open: [[E:valentina.ospina.avocate@outlook.com]]"""),

("h3","fr","facebook","C",[],"""Merci beaucoup la Gaspésie 🇨🇩❤️ On est arrivés de Kinshasa à Carleton-sur-Mer en août avec les 4 enfants, et franchement on pensait pas que les gens seraient si chaleureux avec l'hiver qui s'en venait lol.
Merci à [[P:maman Béatrice]] de l'église, à [[P:papa Mukendi]] qui nous a trouvé un logement, à l'infirmière scolaire de l'école Bourg qui a tout réglé pour les vaccins, et à [[P:CHRISTIANE]] du Centre d'action bénévole Saint-Alphonse-Nouvelle qui nous a amenés à l'Accueil-Emploi.
Si d'autres familles congolaises arrivent dans la Baie-des-Chaleurs, appelez-moi : [[T:418.555.0177]] ou passez au local de l'association, [[A:12 boul. Perron O.]], Carleton-sur-Mer [[Z:G0C1J0]]. Nous sommes là!
[[P:Prosper]] & [[P:Nadine Kabongo]]"""),

("h3","en","instagram","S",["CONSENT_REQUIRED"],"""Salamat po to the whole team 💜 our Christmas potluck was the best one yet!! (see pics ⬇️)
When I came from Cebu as a caregiver 4 years ago I didn't know anyone in Laval. Now I volunteer here every Sunday. Special thanks to [[P:Ate Joy]] for the pancit and lumpia, [[P:kuya rommel]] for driving the van, our coordinator [[P:Geneviève]] and intervenante [[P:Marie-Soleil]] for making everyone feel at home (that's them in the Santa hats in pic 3 😂).
Maligayang Pasko! 🎄 #FilipinoInQuebec #Bayanihan"""),
# ---------------- h4: long reflective posts, one buried private name ----------------
("h4","en","linkedin","L",[],"""Twenty years at the Firm this week. Some reflections, in no particular order.
When I started, the Montréal office was two floors of the Tour de la Bourse, we still filed at the Palais de justice on Notre-Dame with paper in Redwelds, and the Civil Code of Québec was barely ten years old. The Supreme Court had just decided Dunsmuir; everyone in Administrative Law was rewriting their outlines.
What I learned, mostly the hard way:
1. The Rules of Professional Conduct are a floor, not a ceiling. Reputation with the Bench is built one Tuesday-morning motion at a time.
2. Mentorship is not a Programme with a capital P. It is someone closing their door and telling you the truth. For me that was my first principal, [[P:Bernadette Kowalczyk]], who retired to Magog in 2019 and still sends me clippings from La Presse with notes in the margin.
3. Technology changes everything and nothing. We went from BlackBerry to Teams to AI drafting tools, and the Client still wants a call back the same day.
4. Take the vacation. Gaspésie, Charlevoix, the Eastern Townships — the files will be there when you come back, I promise.
Thank you to the Partners, the Associates, our extraordinary Legal Assistants, and the IT Department who have rescued me more times than I can count. Here's to the next chapter.
#LegalProfession #Mentorship #Montreal"""),

("h4","fr","facebook","S",[],"""6 décembre. Comme chaque année je prends un moment.
Je suis intervenante en maison d'hébergement depuis 2009. J'ai commencé l'année des 20 ans de Polytechnique, et je me rappelle encore la cérémonie sur le Mont-Royal, les 14 faisceaux de lumière, le froid. Depuis, il y a eu les 12 jours d'action contre les violences faites aux femmes, la Commission spéciale sur les féminicides, le Rapport Rebâtir la confiance, les tribunaux spécialisés, les bracelets antirapprochement. Des Avancées, oui. Mais chaque Décembre je compte encore.
Ce qui me tient debout, c'est pas les Grandes Annonces à l'Assemblée nationale. C'est la Table de concertation du Bas-Saint-Laurent un mardi soir, c'est la ligne SOS violence conjugale qui répond à 3h du matin, c'est une collègue comme [[P:Francine Ahern]] qui, après 31 ans, trouve encore le moyen de rire dans la cuisine pendant que le café passe.
Ce soir j'allume une chandelle pour les Quatorze de Polytechnique. Pour toutes celles qu'on a perdues depuis. Et pour celles qui sont encore là, qui se reconstruisent quelque part au Québec, loin des caméras.
Ne les oublions pas. #6décembre #Polytechnique #PlusJamais"""),

("h4","fr","linkedin","C",[],"""Dix ans en Gaspésie. Petit bilan, pour moi d'abord.
Je suis arrivée de Québec en 2016 avec un diplôme de l'Université Laval, une Corolla rouillée et aucune idée de la distance entre Matane et Gaspé l'hiver. J'ai fait mes premiers quarts au CLSC de Sainte-Anne-des-Monts, puis à l'Hôpital de Maria, puis dans la Direction de la protection de la jeunesse, et maintenant en soutien aux Ressources intermédiaires et de type familial (RI-RTF).
Ce que la Péninsule m'a appris : on ne travaille jamais seule. Les Îles-de-la-Madeleine, la Haute-Gaspésie, la Côte-de-Gaspé, Rocher-Percé, Bonaventure, Avignon : chaque MRC a sa culture, ses routes fermées, son humour. Le réseau de la Santé change de nom tous les cinq ans (CSSS, CISSS, Santé Québec…) mais les gens restent.
Ma grand-mère, [[P:Yvette Chouinard-Dea]], [[D:née le 3 mars 1938]] à Cap-Chat, m'avait dit avant que je parte : « La Gaspésie, ma fille, ça se mérite. » Elle avait raison. Je pense à elle chaque fois que je passe devant le phare de La Martre.
Merci aux équipes Jeunesse, au Syndicat, à la Fondation, aux familles d'accueil qui font un travail invisible et immense, et au Parc national Forillon qui m'a sauvé la santé mentale plus d'une fois. À la prochaine décennie.
#Gaspésie #SantéQuébec #RITF"""),

("h4","en","facebook","R",[],"""Thirty seasons. I hung up the whistle on Friday after the last Juvenile AA game of the Montérégie regular season at the Palestre of Collège Notre-Dame-de-Lourdes, and I've been trying to write this for three days.
When I started in 1996 we had one Bus, one Ball bag and a gym with a Roof that leaked on Court 2. RSEQ was still "la FQSE" for half the parents. We played in towns I'd never heard of — Saint-Rémi, Napierville, Sainte-Martine — and we lost to Châteauguay Valley every single year until 2004.
Over thirty seasons I've coached maybe 600 kids. Some are doctors at Charles-LeMoyne now, one plays pro in Spain, one is a Sûreté du Québec officer who still calls me "Coach". The one who taught me the most was a skinny grade 8 point guard named [[P:Dwayne Rivière-Osei]] who never started a game and never missed a practice in five years. Every time I wanted to cut corners, I thought of him running suicides alone at 6:45 a.m.
To the Athletic Directors, Referees, Bus Drivers, Janitors who unlocked the gym on Sundays, and the Parents who drove to Valleyfield in a February ice storm: thank you.
See you in the stands. Go Gators, always. 🐊🏀
(Final record, for the stats nerds: 412-189, 7 Regional Banners, 2 Provincial Bronzes.)"""),

("h4","fr","instagram","L",[],"""Carnet de voyage, jour 14 📖✈️
Lisbonne, puis Porto, puis la vallée du Douro. J'ai lu Le Livre de l'intranquillité de Pessoa sur une terrasse de l'Alfama en écoutant du Fado, et j'ai pensé à mon propre métier. Quinze ans de Droit des affaires, de Conventions d'actionnaires, de Due Diligence, de clôtures à minuit à la Place Ville Marie. Des Dossiers, des Échéanciers, des Courriels marqués URGENT. Un Bureau avec vue sur le Fleuve que je ne regarde jamais.
Ici, personne ne me demande mon Taux horaire. Au Café A Brasileira, un vieux Monsieur m'a montré la statue de Pessoa et m'a parlé de Saramago pendant une heure.
Ma tante [[P:Lurdes]], qui vit à Braga depuis qu'elle a quitté le Plateau en 1987, m'a fait des Pastéis de nata et m'a dit que je travaillais trop. Elle a raison, évidemment. Les Portugaises ont toujours raison.
Alors voilà ma résolution, écrite sur Instagram pour que ce soit Officiel : moins de Réunions, plus de Romans. Le Cabinet survivra à mon absence (allô l'équipe, je vous aime, ne m'écrivez pas 😂).
Prochain arrêt : Coimbra, la Bibliothèque Joanina et un Vinho Verde bien frais.
#Portugal #Lisboa #Pessoa #Équilibre #DroitDesAffaires"""),

("h4","en","linkedin","B",[],"""A few thoughts on Access to Justice, after ten years of Legal Aid and pro bono work in Québec.
The Barreau's Code de déontologie, the Charter of Human Rights and Freedoms, the Code of Civil Procedure's emphasis on proportionality — these are beautiful texts. But texts don't answer the phone at 4:55 p.m. on a Friday. The Tribunal administratif du logement is overwhelmed, the Small Claims Division has months of delay, and Legal Aid eligibility thresholds still exclude someone working full time at minimum wage.
What gives me hope: the Juripop model, the Centres de justice de proximité in Rimouski and the Outaouais, the law students at the Clinique juridique of UdeM and McGill, and mentors who quietly show up. One of mine, [[P:Marguerite Oyelaran]], a retired notary in Trois-Rivières, has answered my questions about Successions for a decade without ever sending an invoice.
I also think of the Court of Appeal's decision in Droit de la famille — 22xxx ([[C:500-09-029876-224]], the file everyone cites in Family Law CLEs), and of how often Justice Rosalie Abella reminded us that access to justice is the issue that matters most. Still true.
If you are a young lawyer: take one Legal Aid mandate a year. Join a Clinique. Answer the phone.
#AccessToJustice #BarreauDuQuebec #ProBono"""),
]
