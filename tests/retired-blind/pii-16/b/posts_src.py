POSTS = [
("b1","fr","facebook","R",[],"""⛳ MERCI à nos commanditaires de trous pour le 12e Omnium de golf du RSEQ Montérégie au Club de golf de Boucherville!

Trou 1 : Toyota Gagnon (Saint-Hyacinthe)
Trou 3 : Pharmacie Jean Coutu de Chambly
Trou 7 : Boucherie Lemieux & Fils
Trou 9 : Caisse Desjardins du Haut-Richelieu
Trou 14 : Rona Marcel Ouellet
Trou 18 : Brasserie Saint-Bock

Le quatuor gagnant : [[P:Ti-Guy Lapointe]], [[P:réjean bouchard]], [[P:Nathalie Fortin-Joly]] pis [[P:Kofi Mensah]] avec un beau -14 🏆 Le plus long coup de départ revient à [[P:MAXIME]], prof d'éduc à l'école secondaire Mgr-Euclide-Théberge. 23 400 $ amassés pour les bourses aux athlètes-étudiants, on se revoit en juin 2027!"""),

("b1","en","linkedin","L",[],"""Proud that our firm sponsored hole #11 at the Fondation Hôpital Charles-LeMoyne charity golf classic yesterday at Golf Le Riviera in Sainte-Julie.

Our foursome ([[P:Me Caroline Dubé]], [[P:Jonathan O'Reilly]], [[P:Me Amir Haddad]] and our fabulous paralegal [[P:Suzie]]) finished a respectable 7th out of 36 teams at -9. Mayor Catherine Fournier handed out the trophies and reminded everyone that the $48,500 raised goes straight to the pediatric wing.

Huge thanks to the organizing committee, to Métro Plouffe for the lunch boxes and to Fromagerie Fritz Kaiser for the cheese table on the 10th. Already booking our spot for 2027. #CharityGolf #Longueuil #ProBono"""),

("b1","fr","instagram","S",["CONSENT_REQUIRED"],"""Quelle journée au tournoi de golf bénéfice de la maison! 💜 Sur la photo : nos bénévoles [[P:Guylaine]] et [[P:Fatou Diallo]] au kiosque de l'encan silencieux, pis notre intervenante [[P:Mélissa]] qui a calé son putt au 9 😂

Merci aux donateurs de l'encan : Fromagerie Gilbert, Quincaillerie Maurice Turcotte, Resto Chez Ginette, Salon de coiffure Linda, Vignoble Carone, Bijouterie Jacques Leblanc pis La Cage Brasserie sportive. Chaque dollar aide les femmes et les enfants qu'on accompagne.
#GolfBénéfice #Solidarité"""),

("b1","en","facebook","C",[],"""Great day at Fort-Prével for the Fondation golf tournament! My dad [[P:Gerry MacWhirter]] and uncle [[P:Paddy]] won the worst-team prize again (a rubber chicken donated by Poissonnerie Cousin, don't ask).

Thank you to our auction donors: Garage Roland Lebreux, Boulangerie Grand-Pré, Ciné-Gaspé, Auberge Sous les Arbres, Marché Richelieu Percé and the Maison de la culture Bernard-Fournier. 

Registration for 2027 opens in March, call [[P:Lise]] at [[T:418 555-0147 ext. 2]] or write to [[E:inscriptions@golfbenefice-gaspe.ca]]."""),

("b1","fr","facebook","B",[],"""Tournoi de golf du Jeune Barreau de Longueuil : mission accomplie!! Notre quatuor #Team[[P:Josée]] ([[P:Josée]], [[P:me philippe st-onge]], [[P:Karim]] pis moi) a fini 2e sur 28, à un coup des gars de la Chambre des notaires 😤

Un gros merci aux commanditaires : Honda Jean-Paul Caron, Restaurant Chez Cora, Dépanneur Richard Bolduc, Imprimerie Émile Trudeau inc. Les profits vont à Éducaloi et au Club des petits déjeuners. À l'an prochain, on veut la coupe!"""),

("b1","en","instagram","R",[],"""HOLE IN ONE on #8 by @[[P:marc.andre_cote]] 🤯🤯 He was playing for the Patriotes de Saint-Jean basketball booster team and won... a Coleman cooler from Canadian Tire Jacques Lussier. Nobody tell him the Silverado from Chevrolet Buick GMC Lussier was on hole 16 😂 #RSEQ #GolfDay"""),

("b1","fr","linkedin","L",[],"""Notre cabinet est fier d'avoir été commanditaire Or du tournoi de golf de la Fondation Santé Haut-Richelieu. Merci à notre invité d'honneur Laurent Duvernay-Tardif pour son discours sur la santé mentale des jeunes.

Liste des donateurs de l'encan : Marché Tradition Pierre Gauthier, Rôtisserie St-Hubert, Mr. Sub Iberville, Garage Ghislain Poirier & Fils, Cabane à sucre Chez Ti-Père, Vignoble Domaine du Ridge. Lot le plus disputé : un forfait au Manoir Hovey, remporté par [[P:Mme Lucie Vaillancourt]] pour 2 150 $.

Félicitations à [[P:Me Hugo Bergeron]], [[P:Me Stéphanie Nguyen-Lalonde]], [[P:Olivier Tremblay]] et [[P:Rania El-Khoury]] pour leur belle 4e place!"""),

("b2","en","facebook","S",[],"""Meal train for our coordinator [[P:Manon]] and her kids — her husband [[P:Denis]] passed away Sunday after a long fight with ALS. 💔

Mon: [[P:Priya]] (butter chicken + rice)
Tue: [[P:Kevin]] & [[P:Dave]] (soupe aux pois, pâté chinois)
Wed: OPEN
Thu: [[P:nadia]] – tourtière from Boulangerie Pâtisserie Gérard Légaré
Fri: the Tuesday night team (pizza from Chez Tony)

Drop-off between 4 and 6 pm at her place, [[A:47 rue des Érables]], Saint-Lambert [[Z:J4P 2K9]]. Cooler on the porch. Text [[P:Priya]] at [[T:438–555–0119]] to grab Wednesday."""),

("b2","fr","facebook","C",[],"""Allô les voisins du rang! Notre belle [[P:Mme Thérèse Arsenault]] s'est fait opérer à la hanche à l'Hôpital de Maria, elle revient chez elle jeudi. On organise les repas pis les lifts pour ses rendez-vous de physio :

- lundi : [[P:Carmen]] (pâté au saumon)
- mardi : les [[P:Landry]] (chiard pis dessert)
- mercredi : [[P:ti-guy cormier]] fait l'épicerie au IGA Bonaventure
- jeudi : moi ... non c'est une joke, [[P:Yvon]] (soupe)

Pour les lifts, ça prend sa carte soleil : [[R:ARST 4802 1517]] (elle m'a dit de la donner, inquiétez-vous pas). Appelez-moi au [[T:418.555.0183]]. L'adresse c'est [[A:212, route 132 Est]], Saint-Siméon, [[Z:g0c3k0]]."""),

("b2","en","linkedin","B",["CLIENT_CONFIDENTIALITY"],"""As many of you know, our colleague [[P:Me Daniel Okafor]]'s wife [[P:Adaeze]] started chemo at the CHUM last week. The Longueuil litigation group set up a SignUpGenius for meals and school pickups at École Saint-Jean-Baptiste — link in comments, or e-mail [[E:m.lefebvre.avocate@gmail.com]] and I'll add you.

While Daniel is off, our team is covering his files. Opposing counsel in [[C:505-17-012345-241]] (the [[P:Beauchemin]] injunction, hearing Jan. 12): please contact me directly at [[T:(450) 555-0136, poste 204]]. Thanks everyone for rallying around this family. 🙏"""),

("b2","fr","instagram","R",[],"""Coach [[P:Steph]] pis sa famille ont besoin de nous 🧡 Leur petit [[P:Noah]] est à Sainte-Justine depuis 2 semaines. Les parents des Titans juvénile AA ont parti un calendrier de repas :

🍝 lun. – famille [[P:Gonçalves]]
🍲 mer. – [[P:amélie p.]]
🥘 ven. – [[P:Diego]] pis [[P:Valentina Rojas]] (empanadas!!)

Déposez ça chez [[P:Steph]] au [[A:1835 rue Papineau]], Longueuil. Pour la fin de semaine écrivez à @[[P:vero_belanger22]]. GO TITANS 🏀"""),

("b2","en","facebook","L",[],"""Neighbours on Laurier East: [[P:Mr. Nguyen Van Thanh]] lost his wife [[P:Linh]] on Friday. His daughter [[P:Kim-Anh]] flies in from Vancouver on the 10th, until then let's make sure he eats.

Google sheet is pinned in the building group. So far:
Sat – [[P:Rosa]] from 3B (caldo verde)
Sun – the [[P:O'Briens]]
Mon – [[P:Jean-François]] (St-Hubert, because he can't cook lol)

Address: [[A:2140 Laurier Avenue East, apt. 4]], Montreal [[Z:h2h1b9]]. Buzz 04. If he doesn't answer, call [[P:Rosa]] at [[T:+1 514 555 0172]]. Please no pho, he asked, it makes him too sad."""),

("b2","fr","facebook","S",["SURVIVOR_IDENTIFICATION","LOCATION_DISCLOSURE"],"""Petit appel à la solidarité : [[P:Kimberly Tanguay]], une ancienne résidente de la maison qui a quitté son ex l'an passé, vient de perdre sa mère. Elle est toute seule avec ses 3 enfants dans son nouvel appart au [[A:33 rue Saint-Georges, app. 2]] à Drummondville. Si vous pouvez apporter un plat ou des cartes-cadeaux Maxi, laissez ça à la réception ou textez-moi au [[T:819 555 0104]]. Merci mes belles ❤️"""),

("b2","en","instagram","C",[],"""Casserole train for [[P:GINETTE]] is FULL until the 20th 🥹 thank you Gaspé! Extra desserts can go to the church hall basement Saturday."""),

("b3","fr","facebook","R",[],"""❄️ CONDITIONS DES SENTIERS – samedi 7 h ❄️
TQ5 Amqui → Causapscal : surfacé cette nuit, excellent
Sentier 35 vers le Lac-Humqui : bon, attention au ponceau au km 12
Relais Chez Ti-Mousse : ouvert 8 h à 20 h, soupe aux gourganes à volonté
Relais du Lac-Matapédia : FERMÉ (bris de génératrice)

Merci à nos surfaceurs bénévoles [[P:Gilles Ouellet]], [[P:Ti-Loup Bérubé]] pis [[P:jonathan st-laurent]] qui ont roulé toute la nuit. Les droits d'accès sont en vente chez Sports Gilles Saint-Onge et au Dépanneur Chez Rachel. Infos : [[T:418.555.0163]]. Go les jeunes du volley de l'école Armand-Saint-Onge à Amqui, on vous voit au relais après le match!"""),

("b3","en","facebook","C",[],"""Trail report Sunday: Trail 5 from Murdochville to Gaspé closed at km 42 (washout near the York River bridge). Detour via TQ 5A and Relais Chez Marcel in Mont-Saint-Pierre. Club groomer back in service Tuesday. Ride safe, -31 with the wind on the Chic-Chocs plateau."""),

("b3","fr","instagram","L",[],"""Fin de semaine de quad dans Charlevoix avec @[[P:chloe_tremblay.qc]] pis [[P:Marco]] 🤘 Sentier 523 jusqu'à Saint-Urbain, dîner au Relais Marie-Ève (la poutine au confit de canard 😍), retour par le 7 sous la pluie. Merci au Club Quad Charlevoix pour l'entretien, pis à [[P:M. Réal Girard]] qui nous a sortis de la bouette avec son winch."""),

("b3","en","linkedin","B",[],"""Off-topic for LinkedIn, but I'm proud to start my second term as secretary of the Club Quad Haute-Yamaska. This season our 40 volunteers rebuilt 6 km of Trail 22 between Granby and Roxton Pond and reopened the Relais Jean-Guy-Bachand.

Special thanks to [[P:Rolande Desnoyers]] (trail marshal for 19 years!), [[P:Bilal Chaouki]], and [[P:Sean McGillicuddy]]. Membership questions: [[E:direction@clubquadhy.ca]]. Annual meeting at the Centre sportif Léonard-Grondin, [[A:1 rue Laurier]], Granby, Nov. 28 at 7 pm."""),

("b3","fr","facebook","S",[],"""Ride de motoneige en fds avec ma gang de filles 🛷 Sentier 3 de La Tuque jusqu'à Wemotaci, dîner au relais Chez Oscar, pis [[P:Dany Flamand]] nous a guidées sur le réseau atikamekw jusqu'au lac. -28 mais on était full heureuses. Merci [[P:DANY]] pis merci à ma chum [[P:Steph]] qui a pas fait de face plant cette année 😂"""),

("b3","en","instagram","R",[],"""TQ 33 groomed to perfection this morning 🔥 Saint-Michel-des-Saints to Relais Manouane in 2h10. #snowmobile #Lanaudiere"""),

("b4","fr","facebook","C",[],"""🌺 Le 11 novembre, je pense à mon grand-père, le caporal [[P:Léopold Cyr]], Régiment de la Chaudière. Né le [[D:3 mars 1921]] à Carleton-sur-Mer, débarqué à Juno Beach le 6 juin 1944, blessé à Caen en juillet. Il est revenu pêcher le homard à Paspébiac pis il en a jamais parlé, sauf une fois à ma tante [[P:Jeannine]]. Merci grand-papa [[P:Léo]]. On se souvient. #JourDuSouvenir"""),

("b4","en","linkedin","L",[],"""Today I'm wearing my poppy for my great-great-uncle, Private [[P:Patrick Joseph Doyle]], 2nd Battalion, CEF, killed at Vimy Ridge on April 9, 1917, aged 19. He is buried at Canadian Cemetery No. 2, Neuville-St. Vaast. Last year my cousin [[P:Siobhan]] and I finally visited his grave and read In Flanders Fields by John McCrae out loud. 
Lest we forget. #RemembranceDay #Vimy"""),

("b4","fr","instagram","R",[],"""#JeMeSouviens 🇨🇦 Sergent [[P:Ovila Tremblay]], Royal 22e Régiment, Ortona, décembre 1943. Pis sa sœur, Lt. [[P:Jeanne Tremblay]], infirmière militaire en Angleterre. Les jeunes de l'équipe de cross-country de l'école Polybel ont lu leurs lettres à la cérémonie au parc Marie-Victorin ce matin 🥹 #Grandpa[[P:Ovila]]"""),

("b4","en","facebook","S",[],"""My nan, Lt. [[P:Margaret "Peggy" Kealey]], Royal Canadian Army Medical Corps, nursing sister in Italy 1943–45. She came home to Verdun, married my grandpa Cpl. [[P:Fernand Lachance]] of the Black Watch (Royal Highland Regiment) of Canada, and raised seven kids on Rue Wellington. Thinking of you today, nan. ❤️"""),

("b4","fr","linkedin","B",[],"""En ce jour du Souvenir, une pensée pour mon arrière-grand-père, le soldat [[P:Wilfrid Arsenault]], du 22e Bataillon canadien-français, blessé à Courcelette en septembre 1916 sous le commandement de Thomas-Louis Tremblay, avec le jeune Georges Vanier dans le même bataillon. Son carnet de guerre est aujourd'hui au Musée Royal 22e Régiment à Québec. Au Barreau comme ailleurs, n'oublions jamais. #JourDuSouvenir"""),

("b4","en","instagram","C",[],"""Remembering my nokomis's brother, Pte. [[P:Joseph Jacobs]] of Kahnawà:ke, PPCLI, Kapyong, April 1951, and his cousin Sgt. [[P:tommy deer]], who came home from Korea but never really came home. Born [[D:1929-08-14]], gone 1987. Niá:wen for your service 🪶 #LestWeForget #[[P:TommyDeer]]"""),
]
