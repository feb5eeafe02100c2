POSTS = [
# ---------- batch 1 ----------
(1, "fr", "facebook", "R", [], """Un ÉNORME merci à [[P:madame Ginette]] qui fait traverser nos petits au coin de Sainte-Foy pis Sir-Wilfrid-Laurier depuis 19 ans 🦺❤️ Beau temps, mauvais temps, verglas de février, elle est là à 7 h 40 avec son STOP pis son sourire.
Les enfants de l'école Lajeunesse y ont fait une carte géante hier, mon gars a dessiné un Tim Hortons parce que « elle boit toujours un café là » 😂
Ville de Longueuil, si vous cherchez qui mérite une médaille cette année, c'est elle. #brigadière #Montérégie"""),

(2, "en", "instagram", "B", [], """Recital day 🩰✨ Spring show at Salle Pauline-Julien, Sainte-Geneviève.
Programme, Act II (Nutcracker excerpts, Tchaikovsky obv):
1. Waltz of the Flowers — [[P:Maëlle]], [[P:Priya S.]], [[P:zoe nguyen]], [[P:Ana-Lucía Reyes]]
2. Chinese Tea — [[P:Ruby Fitzgerald]] & [[P:Lin Qiao]]
3. Sugar Plum (solo) — [[P:ODESSA BEAUCHEMIN-LAFLEUR]]
4. Finale — everybody + [[P:Miss Caroline]]'s Pre-Ballet 2 class
Costumes by the amazing [[P:Mrs. Kowalczyk]] who sewed 46 tutus in 3 weeks 🙏 Tickets were $18, worth every penny.
#ballet #Nutcracker #dancemom #WestIsland"""),

(3, "fr", "linkedin", "L", [], """Très fière de l'équipe de robotique de l'école secondaire Mont-Royal qui a terminé 3e sur 42 au Festival de robotique FIRST de Montréal (Stade olympique) samedi dernier! 🤖
Pointage final en demi-finale : 112 à 98. Le robot s'appelait « Poutine Rapide », évidemment.
Équipe 5910 : [[P:Kateri Jacobs]], [[P:Thanh Tran]], [[P:Ahmed Belkacem]], [[P:Rosalie Ouellet-Gagné]], [[P:Juan Pablo Ortiz]], [[P:Nnamdi]] et [[P:Sarah-Ève]].
Mentors : [[P:M. Rioux]] (physique), [[P:Dre Fatima Zahra El Idrissi]] (génie, Polytechnique) et votre humble servante, qui a surtout fourni les muffins et corrigé les affiches.
Merci à Hydro-Québec et à Desjardins pour les commandites. Prochain arrêt : Houston? On peut rêver.
#FIRSTRobotics #STIM #bénévolat"""),

(4, "en", "facebook", "C", [], """LOST at Pin Rouge on Sunday: a pair of blue Kombi mitts, kid size M, with [[P:LAROCQUE]] written inside in Sharpie (my nephew's). Probably near the T-bar or in the chalet by the microwave.
If found please text me at [[T:418 555 0192]] or leave them at the rental counter in Carleton-sur-Mer. Thanks Gaspésie! 🧤❄️"""),

(1, "en", "facebook", "S", [], """Ok Saint-Hyacinthe parents, is it just me or is bus route 42 (the one that does Girouard then Sainte-Anne) late EVERY morning since the holidays?? 3 times last week the kids waited 25 min at -28 windchill.
The driver, [[P:Réjean]], is lovely, not his fault — I think they changed the route and added the stops on Dessaulles. I called Autobus Jacques Auger and the Centre de services scolaire but got voicemail both times.
If anyone got an answer, comment below. Maybe we can do a group email to transport.

UPDATE: ok a few of you asked, so here's a draft. Comment "in" and I'll add your name before I send it Friday:

"Bonjour, we are parents whose children take route 42 (Girouard / Sainte-Anne / Dessaulles). Since January 8, the bus has arrived between 15 and 30 minutes late on at least 9 mornings out of 14. Our children, aged 5 to 12, wait outside at temperatures that Environment Canada lists as frostbite risk. We are not blaming the driver. We are asking (1) whether the route was changed in December, (2) whether the new stops on Dessaulles could be moved to the afternoon run, and (3) whether parents can be notified by text when the bus is more than 10 minutes late.
Signed: [[P:Vanessa Morin]], [[P:Kwame Asante]], [[P:Isabelle]] and [[P:Marc-Antoine Girard]], [[P:Nguyen Thi Hoa]], [[P:Paulo Medeiros]] ... (more to come)"

I'll send it to the transport office ([[E:transport.scolaire@cssh.example]]) and cc the school principal. If you'd rather call, the dispatch line is [[T:+1 450 555 0121]]. Please stay polite, everyone's doing their best in this cold 🥶"""),

(2, "fr", "instagram", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Ma cocotte [[P:Aurélie]], 7 ans, qu'on accueille chez nous depuis son placement il y a 2 ans, a dansé son PREMIER spectacle hier soir à la salle municipale de Chandler 🩰😭 Elle était la plus belle des petites fées dans le numéro « Les Quatre Saisons » (Vivaldi).
Sa mère pouvait pas venir, fait que c'est nous qui avons crié le plus fort dans la salle.
Merci à l'École de danse Côte-de-Gaspé et à sa prof [[P:Miss Jo]] 💕 #famillaccueil #RTF #fierté"""),

(4, "fr", "facebook", "B", [], """Merci mille fois à la patrouille du Mont-Sainte-Anne, surtout à [[P:Ti-Guy]] pis à [[P:mélodie]] qui ont descendu mon plus vieux en toboggan samedi après sa chute dans la piste Chemin-du-Roy 🙏⛷️ Genou tordu, rien de cassé, le Dr de l'urgence de l'Hôpital Saint-François d'Assise l'a confirmé.
Pis un merci spécial à son moniteur de l'école de ski, [[P:Simon-Pierre Lachance]], qui est resté avec lui jusqu'à ce qu'on arrive de la cafétéria.
On revient la semaine prochaine, avec des genouillères cette fois."""),

(3, "en", "instagram", "R", [], """2nd place at the Hackathon Jeunesse Montérégie 🥈💻 48 hours, 11 teams, way too much pizza.
Our coding club built a bus-tracking app in Python + Flask on a Raspberry Pi (yes, it actually worked during the demo 😅).
Shoutout to @[[P:kwabena.mensah]] for the backend, @[[P:lily_ngo.dev]] for the UI, and our mentor [[P:Mr. Desjardins]] who drove the van to Cégep Saint-Jean-sur-Richelieu at 6am.
#Team[[P:Amira]] wins the "best pitch" prize too — go [[P:Amira]]!!
Next: Hackfest in Québec City in March.
#coding #STEM #RSEQ #Montérégie"""),

(1, "fr", "instagram", "L", [], """Premier matin d'autobus pour le p'tit 🚌 Il a pas pleuré. Moi oui."""),
# ---------- batch 2 ----------
(2, "en", "facebook", "S", [], """COSTUME SWAP 🩰 Studio Allegro spring recital (June 14, Théâtre Lionel-Groulx)
Have: 1 lilac tutu size 8-10 (Jazz Junior number), 1 black Capezio leotard child L, tan tights x2 still in the package.
Need: the green "Frog Pond" costume size 6 for my youngest.
Email [[E:jen.oconnor82@gmail.com]] or text [[T:(450) 555–0176]]. Porch pickup at [[A:211 Lakeview Crescent]], Sainte-Thérèse [[Z:j7e2k9]] anytime after 5.
[[P:Jen O'Connor]] (mom of [[P:Clodagh]] & [[P:Aoife]])"""),

(3, "fr", "facebook", "C", ["CONSENT_REQUIRED"], """Quelle fin de semaine!! Le club de robotique de la Polyvalente C.-E.-Pouliot a remporté la 2e place régionale au Défi génie inventif ÉTS, catégorie secondaire 1-2 🏆🤖
Bravo à [[P:Noah Element]], [[P:Léane Cyr]], [[P:Émile Bujold]] et [[P:Makwa Metallic]] pour leur bras robotisé en Lego Spike!
Et merci à ma collègue [[P:Joëlle Arsenault]], inf. à l'Hôpital de Gaspé, qui a donné tous ses samedis comme mentor — c'est elle sur la photo avec la casquette des Nordiques 😄
Prochaine étape : la finale québécoise à Montréal en mai. Les dons pour l'autobus sont les bienvenus au IGA de Gaspé."""),

(4, "en", "linkedin", "L", [], """Five winters teaching ski school at Mont Tremblant on weekends taught me more about leadership than any MBA course.
1. Nobody learns while scared. Fix the fear first, then the technique.
2. Show, don't lecture — a 6-year-old does not care about edge angles.
3. Hot chocolate is a legitimate performance tool.
My first CSIA Level 1 examiner, [[P:Siobhan McNamara]], told me "your job is to get them back on the chairlift wanting more." I think about that on Monday mornings too.
#leadership #skiing #Laurentides"""),

(1, "en", "linkedin", "B", [], """Interesting Court of Québec ruling this week on the civil liability of a school transport carrier after a child was hit near a stop where the stop arm was not deployed (file [[C:705-22-019384-247]]).
Justice Paquette applies art. 1457 C.C.Q. and the Highway Safety Code (s. 460) and holds the carrier 70% liable — the crossing guard's absence that morning did not break the causal link.
Worth a read for anyone in municipal or school-board law. Summary on SOQUIJ.
#droitcivil #responsabilité #transportscolaire"""),

(2, "fr", "linkedin", "R", [], """Félicitations à mon ancienne prof de ballet jazz, [[P:Kim Tran-Duval]], qui ouvre son propre studio sur le boulevard Taschereau à Brossard ce printemps! 💃
C'est elle qui m'a appris que la discipline, ça s'applique autant au sport scolaire qu'au studio de danse. Plus de 20 ans d'enseignement, pis encore la même énergie qu'au Gala de 2006.
Inscriptions ouvertes pour les 4-17 ans : classique, contemporain, hip-hop. Allez l'encourager!"""),

(3, "fr", "facebook", "S", ["PRIVATE_EVENT_DISCLOSURE"], """Mardi prochain 18 h, atelier de codage Scratch pour les enfants des résidentes, dans la salle commune de la maison (entrée par la ruelle, comme d'habitude) 💻🧡
Merci à notre bénévole [[P:Farida]] qui apporte 6 portables prêtés par la bibliothèque! Les mamans peuvent rester, il y aura du café pis des biscuits."""),

(4, "fr", "instagram", "R", ["DISPARAGEMENT"], """Cours de ski du samedi au Mont Saint-Bruno, groupe des Écureuils 🐿️⛷️
Mon gars a eu [[P:KEVIN]] comme moniteur 3 semaines de suite. Le gars le plus inutile de l'Amérique du Nord. Y regarde son cell pendant que les enfants tombent dans le T-bar. Un vrai clown avec un dossard. 🤡
Bref, on change de groupe. Heureusement que [[P:Maude-Aimée]] pis [[P:Yannick B.]] à l'autre groupe savent ce qu'ils font. #skiquebec"""),

(1, "fr", "facebook", "C", ["HARASSMENT", "DISPARAGEMENT"], """Le chauffeur du circuit 12 à Grande-Rivière a encore passé tout droit devant l'arrêt ce matin pis ma fille a marché 2 km sur la 132. C'est un incompétent fini.
Pour ceux qui savent pas c'est qui : c'est [[P:Denis Huard]], y reste au [[A:48, rue du Parc]], le pick-up gris. Allez y dire votre façon de penser vous aussi, moi j'ai fini d'être polie. Son numéro : [[T:418-555-0133]]. Partagez!!"""),
# ---------- batch 3 ----------
(2, "en", "instagram", "L", [], """Found the printed programme from last night's year-end show at the Académie de danse Yvonne-Rivard in Laval 🩰 so proud of these kids.
PETITS RATS (4-5 yrs) — "Peter and the Wolf": [[P:LÉA-ROSE GAGNON]], [[P:ISAAC BENHAMOU]], [[P:MIA D'AMICO]], [[P:NOOR HADDAD]]
CLASSIQUE 3 — "Swan Lake, Act II": [[P:ELODIE FORTIN]], [[P:JASMINE DELA CRUZ]], [[P:CHARLOTTE TREMBLAY-ROY]], [[P:SIENNA O'BRIEN]]
Teachers: [[P:Mlle Valérie]] and [[P:Mr. Dmitri Volkov]] 🌹 (and a standing ovation for the Zamboni-sized tulle cleanup crew)
#recital #balletlife #Laval"""),

(3, "fr", "instagram", "B", [], """Journée de compétition FIRST Tech Challenge au Cégep de Sherbrooke avec les Castors Électriques 🦫⚡ (équipe 21837, si vous suivez sur le site de FIRST Québec)
Bilan : 4 victoires, 2 défaites, prix Inspire en poche! 🏅
Mention à mes deux programmeuses vedettes @[[P:mei.lin.wu]] pis @[[P:nadia_k_bouchard]], à [[P:gabriel]] au pit, pis à [[P:Me Étienne Lévesque]], qui a troqué la toge pour la clé Allen toute la fin de semaine 😅
#robotique #FTC #Estrie #jeunesse"""),

(4, "en", "instagram", "S", ["CONSENT_REQUIRED"], """Staff ski day at Mont Orford!! ⛷️☀️ First time on skis for half the team, and nobody ended up at the CHUS, so we call that a win.
📸 Left to right: [[P:Marisol]], [[P:Kenji Watanabe]], [[P:Bettina]] from night shift, [[P:Fatou Diallo]] and our director [[P:Hélène]] (in the ridiculous pink one-piece 😂)
Thanks Ski Orford for the group rate. #selfcare #teamday #Magog"""),

(1, "en", "instagram", "C", [], """Last day before retirement for the crossing guard at the corner of Jacques-Cartier and Adams in Gaspé 😢🦺 32 years of "ATTENDS! Regarde des deux bords!"
The kids from École Notre-Dame made him a banner and the Sûreté du Québec officers came by with coffee from Tim's.
We'll miss you, [[P:mr leblanc]] ❤️ #ThankYou[[P:Raymond]] #Gaspé #brigadier"""),

(2, "fr", "facebook", "B", [], """Question pour les parents du groupe : c'est-tu normal que le camp de danse d'été du Studio Pointe-Lévy demande le numéro d'assurance maladie sur le formulaire en ligne? 🤔
J'ai rempli pour ma fille, [[P:Léa-Rose Bergeron]], née le [[D:12 mai 2015]], NAM [[R:BERL 1555 1217]]… pis là j'me demande si j'aurais pas dû attendre de leur en parler en personne.
Le camp est 245 $ pour la semaine du 7 juillet, spectacle de fin de camp au Centre culturel de Lévis."""),

(3, "en", "linkedin", "R", [], """What a weekend at the Québec Regional of the FIRST Robotics Competition at the Stade IGA! 🤖
38 teams, 1,200 students, and a surprise keynote from Chris Hadfield that had every teenager in the stands filming.
Montérégie represented well: the Vikings de Saint-Hubert reached the semi-finals (final score 141–127), and the Robo-Pirates of Chambly won the Rookie All-Star Award.
Proud to see school sport and STEM sharing the same podium. #FRC #RSEQ #Montérégie"""),

(4, "fr", "linkedin", "L", [], """Le club de ski du Mont Gleason recrute des moniteurs et monitrices pour l'hiver 2026 ⛷️ Formation CSIA niveau 1 payée, forfait de saison inclus.
Écrivez à [[E:ecole.ski@montgleason.example]] ou appelez [[P:Yvon]] au [[T:819.555.0147 poste 3]].
Petit rappel, parce que c'est arrivé TROIS fois : ne m'envoyez PAS votre NAS par Messenger. Un candidat m'a écrit hier « mon NAS c'est [[S:527 184 931]] pour la paye ». On le demande seulement à l'embauche, en personne.
(Je fais ça bénévolement en dehors du bureau, on s'entend 😅) #ski #CentreduQuébec #emploi"""),

(4, "en", "facebook", "S", [], """Ski school moms group — HELP 🙏 Stuck on the 10 near Bromont in a snow squall, won't make it before the 9:30 lesson at Sutton.
Can one of you pay [[P:Tyler]]'s Saturday fee at the desk with my card? [[CC:4556 7375 8689 9855]] exp 09/27, it's $64. I'll e-transfer you right after!
Also if anyone sees his red Burton helmet in the lost & found, it has "[[P:T. Mahoney]]" on the strap.
– [[P:Kayla]]"""),
]
