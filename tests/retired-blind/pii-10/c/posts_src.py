POSTS = [
("c1","fr","facebook","C",[],"""Panne encore sur la rue des Érables à Sainte-Anne-des-Monts depuis 6h ce matin. Hydro-Québec annonce un retour vers 18h mais on y croit pas trop 😅 Merci à [[P:ti-guy boudreau]] qui est passé avec sa génératrice pour nos congélateurs. Si quelqu'un a besoin de bois sec, on en a, appelez au [[T:418 555-0172]]."""),
("c1","en","facebook","R",[],"""Power's back on Lakeshore Road in Beloeil!! 🎉 Huge thanks to the Hydro-Québec crew from Saint-Hyacinthe who worked all night in -22. And shoutout to my neighbour [[P:Dermot O'Sullivan]] who plowed half the street with his little Kubota. The Richelieu is frozen solid btw, no skating near the bridge."""),
("c1","fr","instagram","S",[],"""Tempête #3 de l'hiver 🌨️ Rivière-du-Loup sous 40 cm. Pas d'école, pas de bus, pas de courant. On joue au Monopoly à la chandelle. Bonne chance à tout le monde!"""),
("c1","en","linkedin","L",[],"""Our Sherbrooke office will stay closed today due to the outage affecting most of the Estrie. Clients with hearings at the Palais de justice should contact the reception line at [[T:(819) 555–0148]] ext. 212 or write to [[E:reception.estrie@ouellet-avocats.example]]. Stay warm and safe, and thank you to [[P:Nadia]] and [[P:Jean-François]] from our team who shovelled the entrance on King Street West at 5 a.m."""),
("c1","fr","facebook","C",["CONSENT_REQUIRED"],"""Gros merci à [[P:Mme Lise Arsenault]] de la ressource de famille d'accueil à Chandler qui a hébergé trois de nos usagers pendant la panne d'hier soir. Vraiment une perle!! #merci[[P:Lise]]"""),
("c2","fr","facebook","B",[],"""Covoiturage Québec ➡️ Montréal vendredi 14 mars, départ 7h15 du stationnement incitatif de Sainte-Foy (coin Hochelaga). Retour dimanche soir. 3 places, 25$ par personne. Texto seulement: [[T:581.555.0193]]. Je suis avocate, je vais à la formation du Barreau au Palais des congrès, donc j'arrive pas en retard 😉 — [[P:Marie-Ève]]"""),
("c2","en","facebook","R",[],"""Ride offered: Granby to Brossard every Tuesday and Thursday for the basketball tournament at Collège Charles-Lemoyne. Can take 2 players + bags. Pick-up at [[A:245 Dufferin Street]], Granby [[Z:j2g 4y9]]. Message me or call [[P:Kwame]] at [[T:450 555 0136]]."""),
("c2","fr","instagram","S",[],"""quelqu'un monte à Rimouski jeudi?? je paye l'essence 🙏 je peux embarquer à Lévis au Tim de la route du Président-Kennedy. dm moi ou écrivez à [[E:emiliepaquin.98@gmail.com]]"""),
("c2","en","linkedin","C",[],"""Carpool for colleagues going to the regional training in Gaspé on April 8: leaving from the CLSC parking lot in Matane at 6:30, stopping in Sainte-Anne-des-Monts and Mont-Louis. Four seats in a Ford Escape. Contact [[P:Rosalie Joncas]], [[T:+1 418 555 0119]], or [[P:Benoît]] at the front desk."""),
("c3","fr","facebook","R",[],"""Souper d'équipe après le tournoi chez Ma-Mi Pizzeria à Saint-Jean-sur-Richelieu. La pizza Sœur Angèle est vraiment débile, pis la serveuse [[P:Karine]] était super patiente avec 14 ados affamés. On recommande!! Prochain arrêt: la Cabane à sucre Chez Dany."""),
("c3","en","instagram","B",[],"""Sunday brunch at Chez Ti-Jean in Limoilou 🍳 The Eggs Benedict "Maurice Richard" lives up to the name. The owner [[P:Jean-Marc]] came to chat at our table and told us the place has been in the family since 1971. Bill was $38.50 for two. 10/10."""),
("c3","fr","linkedin","L",[],"""Dîner de cabinet au Restaurant Toqué! hier pour souligner les 25 ans de pratique de [[P:Me François Lemieux]]. Menu signature, service impeccable. Merci à [[P:Sabrina]], notre serveuse, et bravo au chef Normand Laprise pour une soirée mémorable."""),
("c3","en","facebook","C",[],"""Tried the new Vietnamese place on rue de la Reine in Gaspé, Phở Bà Lan. The bun bò Huế is the real deal. The owner's daughter [[P:Linh]] explained every dish. Parking is tricky in winter though."""),
("c1","en","instagram","L",[],"""Day 2 without power in Deux-Montagnes ❄️ [[P:Mrs. Kowalczyk]] from across the street brought us a pot of bigos on her wood stove. Neighbours > everything. #icestorm #hydroquebec"""),
("c1","fr","linkedin","S",[],"""Suite à la panne de courant qui touche la MRC de Rimouski-Neigette, nos bureaux administratifs seront fermés aujourd'hui. La ligne d'écoute reste ouverte 24/7. Merci à notre équipe pour sa souplesse."""),
("c2","fr","facebook","L",[],"""Covoit Trois-Rivières → Québec lundi au vendredi, départ 6h45. Je ramasse au [[A:1450 boul. des Forges]] ou au métro... ben non y'a pas de métro à TR 😂 Appelez [[P:YVES GAUTHIER]] au [[T:819-555-0177]] poste 3."""),
("c2","en","instagram","R",[],"""Anyone driving from Châteauguay to Saint-Constant for the volleyball finals Saturday? My daughter needs a lift, we can meet at [[A:88 boulevard Saint-Jean-Baptiste]], [[Z:J6J3H6]]. DM @[[P:priya.raman_]] 🏐"""),
("c2","en","facebook","B",[],"""Ride share Montreal → Ottawa for the CBA conference. Leaving Thursday 4pm from [[A:1100 René-Lévesque Blvd West]]. $30, 2 seats left. Reach me at [[T:514 555 01 64]] or [[E:a.mbaye@mbaye-legal.example]] — [[P:Aminata]]"""),
("c3","fr","instagram","C",[],"""Le pâté chinois de [[P:ginette]] au Café Le Bonhomme à Percé 😍 meilleur de la Gaspésie, pas de débat. Commande #4417, 14,95$. Le proprio [[P:Réjean]] nous a même offert le sucre à la crème."""),
("c3","en","linkedin","S",[],"""Team lunch at Boulangerie Guillaume on Saint-Laurent before our fundraising gala. The croque-monsieur is excellent. Thanks to [[P:Tomás]], who served us with a smile."""),
("c4","fr","facebook","R",[],"""Horaire des bénévoles — Championnat régional de badminton, Polyvalente Hyacinthe-Delorme
SAMEDI
8h-12h  accueil: [[P:TREMBLAY]], [[P:GAGNON J.]], [[P:NGUYEN]]
12h-16h cantine: [[P:M-C. ROY]], [[P:BELLEFLEUR]], [[P:ST-PIERRE]]
DIMANCHE
8h-13h  table des marqueurs: [[P:A.K.]], [[P:DIALLO]], [[P:Ouimet]]
Responsable: [[P:Josée Lapointe]] [[T:450-555-0108]]"""),
("c4","en","facebook","S",["CONSENT_REQUIRED"],"""Volunteer roster for the holiday dinner (copied from the sheet):
MON 22  kitchen  [[P:MCKENZIE]] / [[P:D. Okafor]]
TUE 23  gifts    [[P:LAROCHE]] / [[P:Whitehead]]
WED 24  setup    [[P:P. KUNWAR]] / [[P:Santos]]
Photo of our wonderful crew below 📸"""),
("c4","en","linkedin","C",["CONFIDENTIAL_INFORMATION","CONSENT_REQUIRED"],"""Night shift coverage, CHSLD de Maria, week of Jan 12 (from the planning sheet):
Mon  [[P:JEROME]]  /  [[P:Vicaire]]
Tue  [[P:Bernatchez]] / [[P:L.P.]]
Wed  [[P:LEBLANC]] (replaces [[P:Huard]], sick leave until the 20th)
Door code unchanged for now."""),
("c4","fr","linkedin","B",[],"""Tableau des permanences de la clinique juridique gratuite du Jeune Barreau, mars:
03/03  [[P:Me BOUCHARD]], [[P:Me Haddad]]
10/03  [[P:Me PELLETIER-DUBÉ]]
17/03  [[P:Me Wong]], [[P:Me ST-AMAND]]
24/03  relâche
Infos: [[E:clinique@ajbq.example]]"""),
("c4","fr","instagram","L",[],"""Horaire de la guignolée du cabinet 🎄 Coin Saint-Joseph / de la Couronne à Québec
9h [[P:RICHARD]] + [[P:FORTIN]]
11h [[P:tremblay j-p]] + [[P:Ka Wai]]
13h [[P:MAILHOT]] + [[P:N. Cheikh]]
Merci d'avance à toute la gang!"""),
("c4","en","instagram","R",[],"""Scorekeepers for the Montérégie juvenile hockey tourney at Aréna Jacques-Lemaire 🏒
Fri: [[P:COSTA]], [[P:MacNeil]]
Sat: [[P:T. BEAULIEU]], [[P:PAUL]], [[P:Ferreira]]
Sun: [[P:G.G.]] (+ backup [[P:Mitchell]])
Final score last year was 4-3 in OT!"""),
]
