# (brief, lang, platform, pack, rules, text)
POSTS = [
# 1
(1, "fr", "facebook", "R", [], """⚽ LIGUE RÉCRÉATIVE DU MARDI — semaine 6
Terrain synthétique du parc Marie-Victorin (Longueuil), 20h30 : Les Crampons Rouillés vs FC Poutine Sauce Brune.
On est juste 9 confirmés fait que ça me prend des subs 🙏 Liste des remplaçants dispo :
- [[P:steph b]] (défense)
- [[P:Kwame Asante-Mensah]]
- la grande [[P:Jo]]
- [[P:Ti-Lou]] (gardien si [[P:Marc-Olivier]] est encore sur le banc des blessés)
- [[P:MARIE-EVE DESROSIERS]]
Capitaine ce soir : [[P:jp rioux]]. Textez-moi au [[T:450 555-0172]] avant 18h. Bière après à la Brasserie Saint-Bruno comme d'hab 🍻 #SoccerRécréatif #RiveSud"""),
# 2
(2, "en", "instagram", "L", [], """New set at Bloc Shop Hochelaga this week 🧗‍♀️ Faves so far:
• "Crimpérial" (V5, pink tape) — set by [[P:Dae-Jung]]
• "The Honnold Way" (V3) — big slab energy, no Alex Honnold required
• "Tabarnak Traverse" (V6) by @[[P:ines.rahmani]], that heel hook is pure evil
• "La Corriveau" (V4) — she leaves you hanging, literally
Setting crew this round: [[P:Dae-Jung]], [[P:Ines]], [[P:Rory O'Dwyer]] and [[P:Mateus "Teu" Figueiredo]]. Tag your Friday after-work crew 👇
#BoulderingMTL #AfterWork #LawyersWhoClimb #Hochelaga"""),
# 3
(3, "fr", "linkedin", "B", [], """Belle journée au Championnat de club du Golf Le Portage, à L'Assomption ⛳
Quatuor de départ à 8h10, trou no 1 du parcours Stanley-Thompson :
[[P:Me Genevieve Lapointe-Nadeau]] (hcp 12), [[P:Me Antoine Bui]] (hcp 7,4), [[P:M. Réal Thibodeau]] (hcp 18) et votre humble serviteur (hcp… on n'en parlera pas).
Le trou no 14, un par 3 au-dessus de la rivière L'Assomption, m'a coûté un 7. Brooke Henderson n'a rien à craindre.
Merci au Jeune Barreau de Montréal et à la Chambre de commerce de la MRC de L'Assomption pour le brunch et la belle organisation.
#golf #JeuneBarreau #Réseautage"""),
# 4
(4, "en", "facebook", "C", [], """🎮 LAN PARTY — Salle des Chevaliers de Colomb, New Richmond 🎮
Saturday Nov 16, doors at 10am, bring your own rig + a power bar. Tourneys: Rocket League 2v2, Mario Kart 8 (Switch) and a chill Counter-Strike 2 5v5 after supper.
Entry 15 $ (pizza from Pizzeria Chez Raymond included). Brackets go up on the Discord Friday night.
Questions → [[P:Kev]] ([[E:kevin.mcgrath.gaspe@gmail.com]]) or [[P:Nadia]] at [[T:418.555.0193]]
Registered so far: ShadowMoose, [[P:j_arsenault]], xXPercéRockXx, [[P:BigAlphonse]], Brocoli_Furieux, [[P:TiMi Leblanc]]
No rig? 4 loaners from the Polyvalente de Bonaventure computer club 🙌
[[P:nadia]] for the pizza order use the club Visa, [[CC:4520 3812 7654 0199]] exp 08/27, receipt in the Caisse Desjardins envelope pls"""),
# 5
(1, "en", "linkedin", "S", [], """Sport, solidarity and a lot of grass stains 🥏
Our staff team, the Disc-o Queens, just wrapped the summer co-ed season of the Association d'Ultimate de Montréal at Parc Jarry, finishing 3rd out of 14. Huge thanks to our captains [[P:Aoife Brennan]] and [[P:Yasmine]], to [[P:Guadalupe "Lupe" Hernández]] for taking home the Spirit of the Game award, and to the subs who drove in from Laval every Wednesday ([[P:THERESE]], [[P:Bich Ngoc]], [[P:dom]]).
Average spirit score: 11.2/15. Final vs. Les Huards du Mile-End: 13–11 loss, zero regrets.
Team sport is one of the best self-care tools we know in intervention work. What does your team do to recharge?
#UltimateFrisbee #SpiritOfTheGame #TeamWellness #Intervention"""),
# 6
(2, "fr", "facebook", "C", [], """🏓 ÉCHELLE DE PICKLEBALL DE CARLETON-SUR-MER — classement semaine 4
(doubles mixtes, gymnase de l'école Bourg, mardis et jeudis 18h)
1. [[P:Réjeanne]] / [[P:Pierre-Yves Cyr]] — 9-1
2. [[P:mimi cormier]] / [[P:Shannon Metallic]] (Listuguj) — 8-2
3. les jumeaux [[P:Arsenault]] — 6-4
4. [[P:GILLES]] / [[P:Dre Annie Poirier]] — 5-5
5. [[P:Ti-Guy]] / [[P:Jocelyne]] — 2-8 (on vous aime pareil 😂)
Règle de l'échelle : vous pouvez défier l'équipe jusqu'à deux échelons au-dessus. Réservation des terrains via l'appli Ludik ou au [[T:418 555-0147 poste 2]].
Les balles Franklin X-40 sont au comptoir, 4 $ chacune. Pis non, Leylah Fernandez viendra pas jouer, arrêtez de demander 😅"""),
# 7
(3, "en", "instagram", "R", [], """Club championship Sunday at Club de golf Boucherville 🏌️‍♂️⛳
Final pairing, 1:40 pm off No. 10 on the Rivière nine:
– [[P:Sanjay Krishnamurthy]] (+1.2)
– [[P:gord "Gordie" McKenna]] (3.0)
– [[P:Lam Quoc Bao]] (4.6)
– yours truly, hanging on at 6.8 and praying to the golf gods
Net division won by [[P:Fabiola Saint-Fleur]] with a 68 — she only picked up clubs in 2019 🔥
Scorecards are posted in the pro shop next to the Lacoste display. Congrats to head pro [[P:Ray Deschênes]] and the grounds crew, the greens were rolling like Augusta.
#ClubChampionship #GolfQC #Montérégie"""),
# 8
(4, "fr", "instagram", "B", [], """Le Jeune Barreau vs les notaires 🎮⚖️
Tournoi amical de Super Smash Bros. Ultimate au Meltdown, rue Saint-Denis. Notre équipe : [[P:Me Kim-Thuy Nguyen]] alias « [[P:KimTendo]] » (main Pikachu), @[[P:maitre_bouchard]] (Ganondorf, évidemment), [[P:Olu]] et moi (Kirby, pas de jugement).
Score final 3-2 pour nous 🏆 Merci à la Chambre des notaires pour l'esprit sportif et à Red Bull pour les canettes.
Prochain défi : Mario Kart contre les greffiers du Palais de justice? 😂
#esports #avocats #JeuneBarreau #SmashBros"""),
# 9
(1, "fr", "instagram", "L", [], """Premier match de la saison d'ultimate ce soir au parc Jean-Drapeau 🥏☀️ Vent de face, disque qui flotte, 13-9 pour nous. Les Cyclones de Verdun nous ont quand même donné toute une leçon d'esprit sportif. Mardi prochain : les Castors Enragés du Plateau. #UltimateMTL #Verdun #SpiritOfTheGame"""),
# 10
(2, "en", "facebook", "S", ["PRIVATE_EVENT_DISCLOSURE", "LOCATION_DISCLOSURE"], """Reminder for our volunteers 💜 The residents' private climbing afternoon is THIS Thursday, 2 to 4 pm, at Allez Up on Rue Saint-Patrick (we have the whole back wall booked under the house name).
Carpool leaves at 1:15 sharp. Please confirm with [[P:Hélène]] at [[T:(514) 555-0110]] by Wednesday noon.
Belayers this week: [[P:Chidi Okafor]] and [[P:Marisol]]. Harnesses and shoes are covered by the Fondation Chagnon grant 🙏
And as always: NO photos of anyone, not even from behind."""),
# 11
(3, "fr", "facebook", "L", [], """⛳ 12e Omnium de golf du cabinet — au profit de la Fondation Hôpital Pierre-Boucher
Jeudi 12 juin, Club de golf de la Vallée du Richelieu (Sainte-Julie), départ simultané à 12h30, formule Vegas à quatre.
150 $ par golfeur, souper au Bistro Chez Fernande inclus. Trou d'un coup sur le 17 = une Kia Niro gracieuseté de Kia Brossard 🚗
Quatuors déjà complets : l'équipe de [[P:Maître Hamel]], les « Bogeys de Boucherville » ([[P:Karim Ben Salah]], [[P:Louis-Philippe]], [[P:Fatou Ndiaye]] et [[P:roxane L.]]), pis la gang du 4e étage.
Chèques à l'ordre de la Fondation, à l'attention de [[P:Sylvie Charbonneau-Roy]], [[A:2300, boul. Lapinière, bureau 410]], Brossard (Québec) [[Z:j4w2t5]]. Questions : [[E:s.charbonneauroy@cabinet-exemple.ca]]
P.S. Les polos brodés sont commandés (commande no 58-20931, livraison Purolator 3341 2209 1187). Merci à [[P:Nath]] de s'en être occupée!"""),
# 12
(4, "en", "linkedin", "R", [], """What a weekend at the Montérégie scholastic esports showcase at Cégep de Saint-Hyacinthe 🎮
22 teams, 140 student-athletes, three titles: Rocket League, Valorant and League of Legends. Congrats to the Vikings de Saint-Jean for the Rocket League banner (4-1 in the final!).
Thanks to our casters [[P:Noah "Nox" Bélanger-Kane]] and @[[P:priya.s]] for 11 hours of live coverage on Twitch, to Best Buy Saint-Bruno for the loaner monitors, and to every coach who drove a minivan full of gaming chairs across the Richelieu.
And yes, people asked: no, xQc did not show up 😅
Schools interested in joining next season: [[E:esports@rseq-monteregie-exemple.qc.ca]] or [[T:+1 450 555 0188]].
#Esports #RSEQ #StudentAthletes #Montérégie"""),
# 13
(1, "en", "facebook", "C", ["CONSENT_REQUIRED"], """So proud of our guy [[P:Tommy]] who scored his first goal EVER tonight in the Bonaventure adult rec league ⚽🎉 He's been living with us at the resource since March and the boys on Les Loups de Cascapédia took him in like family. Big thanks to their captain [[P:Danny Bernard]] for always giving him minutes.
Next game Thursday 7pm at Terrain Clarence-Bujold, come cheer with us! #GoLoupsGo #Baiedeschaleurs"""),
# 14
(2, "fr", "linkedin", "B", [], """Petit bilan de l'échelle de tennis du Club de tennis de L'Île-des-Sœurs 🎾
Après 11 semaines, je termine 6e sur 32, coincé entre [[P:Me Ousmane Diallo]] (revers à une main, un vrai plaisir à regarder) et [[P:Lachance]], qui ne rate jamais une balle lobée.
Mention spéciale à [[P:Béa]] qui a grimpé de la 27e à la 4e place, et à notre capitaine d'échelle [[P:Hugo St-Pierre]]. Les résultats de la semaine : [[E:echelle.tennis.ids@gmail.com]].
Prochain rendez-vous : l'Omnium Banque Nationale au stade IGA, où Félix Auger-Aliassime va, on l'espère, nous faire rêver.
L'équilibre travail-vie perso, ça passe aussi par un bon set le mercredi soir. #Tennis #ÉquilibreTravailVie #IleDesSoeurs"""),
# 15
(3, "en", "facebook", "B", [], """Three-putted the 18th at Royal Montreal. Again. Corey Conners, teach me ⛳ #golf"""),
# 16
(4, "fr", "facebook", "S", [], """🎮 MARATHON DE JEUX VIDÉO DE 24 H au profit de notre maison d'hébergement! 🎮
Ça se passe en ligne sur Twitch ce samedi dès 10h. Objectif : 5 000 $.
Nos joueuses BrocoliMéchant, LaTuqueVolante et PixelPoutine vont enchaîner Minecraft, Zelda: Tears of the Kingdom et Fall Guys jusqu'à dimanche matin ☕
Chaque don de 25 $ débloque un défi ridicule (jouer avec des mitaines de four, chanter du Céline Dion, etc.) 😂
Lien de la collecte en commentaire. Merci à Desjardins et à Jean Coutu pour leur appui!
#GamingForGood #ViolenceConjugale #SOSViolenceConjugale"""),
# 17
(1, "fr", "facebook", "R", ["DISPARAGEMENT", "HARASSMENT"], """L'arbitre de notre match de soccer à 7 hier soir au Complexe sportif Bell de Brossard… [[P:Réjean Tousignant]] pour pas le nommer 🤡 Trois penalties pour les Dynamos de La Prairie, zéro pour nous. Aveugle comme une taupe.
Paraît qu'il se fait payer en caisses de 24 par leur coach, tout le monde le sait dans la ligue.
Allez lui dire votre façon de penser sur sa page @[[P:rejean.tousignant.arbitre]], qu'il comprenne ce qu'on pense de lui 😡 #LigueDuJeudi #Brossard"""),
# 18
(2, "en", "instagram", "R", [], """🧗 BLOC PARTY RESULTS — Horizon Roc, Saturday night 🧗
Women's open: 1. [[P:Aylin Demir]] 2. [[P:kaitlyn oconnor]] 3. [[P:Wendy Awashish]] (flashed "Sainte-Catherine Sloper", the only one to do it!)
Men's open: 1. [[P:TREMBLAY]] (which one? the tall one) 2. [[P:Rahul]] 3. [[P:Francois-Xavier Lemay-Gill]]
Masters 40+: Abuela [[P:Carmen]] took it AGAIN at 61 years young 👑
Setters big [[P:Mo]] and @[[P:chloe.setsroutes]] built 30 problems in two nights, including the Janja Garnbret tribute dyno that nobody sent 😂
Next comp: Bloc Shop Chabanel in March. Proud to see so many of our Montérégie coaches on the wall. #Bouldering #ClimbingComp #HorizonRoc"""),
# 19
(3, "fr", "instagram", "C", [], """⛳ Tournoi de golf de la Fondation de l'Hôpital de Chandler au Club de golf Fort-Prével 🌊
Vue sur la baie de Gaspé? Non, sur le golfe du Saint-Laurent, mais on ne s'en plaint pas!
Notre quatuor du CLSC de Paspébiac : [[P:Hugo]], [[P:Mylène Roussy]], [[P:Cathy Huard]] et moi. Score : 71 en formule meilleure balle, 3e place sur 28 équipes 🏆
Le maire de Percé est venu nous saluer au trou no 9 et le chef du restaurant La Maison du Pêcheur nous a gâtés au souper (homard, évidemment 🦞)
📸 Photo publiée avec le consentement écrit des trois collègues.
#Gaspésie #Golf #FondationHôpitalChandler #FortPrével"""),
# 20
(4, "en", "instagram", "L", [], """PSA from your friendly neighbourhood paralegal who also streams Valorant at night 🎮
My duo [[P:Jay]] (aka [[P:JayDaBouncer]] on Twitch) left his T4 open on his second monitor for 40 minutes during last night's stream. SIN [[S:518 237 466]] just sitting there in 1080p for 212 viewers 🫠
He's fine, he called Service Canada this morning. But: blur your second screen, use OBS scenes, and never do your taxes mid-stream.
Shoutout to [[P:Marco Ianucci]] who spotted it in chat and to the mods KettleCornKing and Moose_Overlord for clipping nothing.
#Streaming #Valorant #Privacy #TwitchTips"""),
# 21
(1, "en", "instagram", "B", [], """Ultimate Sunday at Parc Angrignon 🥏 The Objection Overruled (yes, that's our team name, we're lawyers) beat Flick Jagger 15-12 in the AUM fall league!
Happy 40th to our captain [[P:Josée]] — born [[D:March 14, 1985]], still the fastest cutter on the field 💨 #Team[[P:Josée]]
Shoutout to [[P:Siobhan Kavanagh]] for the layout D, to [[P:Olumide]] for the hammers and to [[P:MC Beaulieu]] who came straight from a hearing in [[C:500-17-129874-241]] still in her suit 😂
#UltimateFrisbee #AUM #LawyersWhoPlay"""),
# 22
(2, "fr", "linkedin", "S", [], """Activité d'équipe réussie hier au Délire Escalade de Québec 🧗‍♀️
Toute l'équipe d'intervention s'est lancée sur les voies du secteur « Vieux-Québec », y compris « La Fée Clochette » (5.10a) et « Chemin Sainte-Foy » (5.9). Mention spéciale à notre coordonnatrice [[P:Kateri Tekakwitha-Deer]], qui a bouclé sa première 5.11, et à [[P:Nour El-Houda]] qui a assuré tout le monde avec un calme olympien.
🔒 Aucune photo publiée : on garde les souvenirs pour nous.
Prendre soin de l'équipe, c'est aussi prendre soin des femmes qu'on accompagne. #SoinsEnÉquipe #Escalade #MaisonDHébergement"""),
# 23
(3, "en", "linkedin", "S", [], """Our 8th Annual Swing for Safe Homes golf tournament is officially SOLD OUT ⛳💜 144 golfers, 36 foursomes, one shotgun start at Golf Le Mirage (Terrebonne) on June 20.
Thank you to our presenting sponsor Groupe Jean Coutu, to Banque Laurentienne for the hole-in-one prize, and to the Ladies' League of Golf Dorval for the silent-auction baskets.
Still want to help? Sponsor a hole (500 $) or join the waitlist: [[P:Priyanka]] in our development office, [[E:p.raghunathan@maison-exemple.org]] or [[T:514-555-0141, ext. 227]].
Tax receipts will be issued for every donation over 20 $ (charity no. 12345 6789 RR0001).
#Philanthropy #GolfForACause #EndViolenceAgainstWomen"""),
# 24
(4, "fr", "linkedin", "C", ["CONSENT_REQUIRED"], """Défi e-sport inter-installations du CISSS : Sainte-Anne-des-Monts contre Maria sur Rocket League 🚗⚽
Notre équipe de l'Hôpital de Sainte-Anne-des-Monts : @[[P:DocMartineau]] (urgentologue le jour, goaler la nuit), @[[P:isa.bouchard.inf]] et [[P:marc-antoine jerome]], tous au rendez-vous à 21h après leur quart. Défaite 3-2 en prolongation, mais l'honneur est sauf.
Merci au Club Vidéotron de Cap-Chat pour la connexion fibre et à la Boulangerie Au Pain Chaud pour les croissants du lendemain 🥐
Revanche prévue au printemps! #CISSSGaspésie #Esports #RocketLeague"""),
# 25
(1, "fr", "facebook", "L", [], """PORTEFEUILLE TROUVÉ 👛 après le match de soccer de la Ligue Soccer Plus au terrain du parc Émilie-Gamelin, jeudi soir.
Y'a une carte d'assurance maladie au nom de [[P:NGUYEN VAN MINH]], no [[R:NGUM 8504 1219]], né le [[D:12 avril 1985]], pis une carte Opus. Si c'est toi ou ton chum, viens le chercher à notre bureau au [[A:1000 de la Gauchetière Ouest]], [[Z:H3B4W5]], ou appelle [[P:Ginette]] à la réception au [[T:5 1 4 - 5 5 5 - 0 1 6 8]].
Partagez, y'a sûrement quelqu'un de l'équipe Les Mangeux d'Ballon qui le connaît! #PerduTrouvé #Montréal"""),
]

