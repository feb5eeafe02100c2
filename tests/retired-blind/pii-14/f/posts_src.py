POSTS = [
# ---------------- f1: community-garden plots & garden days ----------------
("f1","fr","facebook","R",[],
"""Attribution des lots 2025 — Jardin communautaire du parc Casimir-Dessaulles 🌱🥕

Lot 1 : [[P:Huguette Lapointe]]
Lot 2 : [[P:marc-andre cote]] (encore!! 😂)
Lot 3 : famille [[P:Nguyen]]
Lot 4 : [[P:Ti-Jean]] pis sa blonde
Lot 5 : libre, premier arrivé premier servi
Lot 6 : [[P:Fatima Zahra El Idrissi]]

Les bacs surélevés près de la rue Girouard sont gardés pour les résidents du Manoir Saint-Hyacinthe. Cotisation 25 $ d'ici le 15 mai. Questions? Texto à [[P:Réjeanne]] au [[T:450 555-0172]] ou [[E:jardin.casimir@gmail.com]]"""),

("f1","en","instagram","C",[],
"""Garden day at the Jardin communautaire de Gaspé 🌻 Big thanks to everyone who showed up despite the wind coming off the Baie de Gaspé! Garlic sets came from Ferme Gagnon et Filles, the Mémé de Beauce tomatoes are finally in, and the compost bin is officially full.
Shoutout to @[[P:kateri.jerome]] for the rhubarb divisions and to [[P:Paddy O'Rourke]] who fixed the rain barrel with duct tape and pure stubbornness 😂
Next work bee: Saturday 9 am, plots 14 to 22. Bring gloves + a thermos.
#GardenDay #Gaspésie #JardinCommunautaire"""),

("f1","fr","linkedin","S",[],
"""Petit moment de fierté hors bureau : notre comité de quartier a enfin ouvert le Jardin collectif Émile-Nelligan à Longueuil 🌿 32 lots, dont 6 adaptés pour fauteuil roulant, et un coin d'herbes aromatiques en libre-service.
Merci à Mme [[P:Ginette Bérubé]] de la Caisse Desjardins pour le financement, à la Ville de Longueuil pour le terrain, et à [[P:Amadou Diallo]] qui a monté les bacs avec les jeunes de la Maison des jeunes Kekpart.
Comme on dit chez nous : un jardin, c'est du monde avant d'être des légumes. #ÉconomieSociale #Longueuil"""),

("f1","en","facebook","B",[],
"""After FOUR years on the waitlist, plot #31 at the NDG community garden is MINE 🥳🍅
My new neighbour is Mr. [[P:Kowalczyk]], whose zucchini apparently won at the Expo agricole de Saint-Hyacinthe in 2019, so no pressure. The plot next to the Loyola fence is still unassigned; ask the coordinator [[P:Siobhan]] at [[E:siobhan.mcgrath.jardins@outlook.com]] or [[T:(514) 555‑0148 poste 3]]. Tool shed is behind [[A:6445 Monkland Ave]], combination on the board at the Coop La Maison Verte.
Anyone have Cherokee Purple seedlings to spare?"""),

("f1","fr","instagram","L",[],
"""Journée corvée au jardin des Patriotes à Trois-Rivières avec la gang du bureau 🌿 On a semé des fèves jaunes, des tomates Savignac pis des capucines, et Me [[P:Rousseau]] a encore perdu son sécateur dans le compost 🙃 Mention spéciale à [[P:louise]] qui a apporté sa tarte aux fraises de l'Île d'Orléans. On revient en août pour le blé d'Inde!
#jardinage #corvée #Team[[P:Louise]]"""),

("f1","en","linkedin","C",["CONSENT_REQUIRED"],
"""So proud of the gardening project at our ressource intermédiaire in Chandler this summer 🌱 Mr. [[P:Jean-Guy Arsenault]], one of our residents, grew 40 lbs of potatoes in two raised beds and taught the whole team how to hill them properly. Photo below of [[P:Jean-Guy]] with his harvest and our educator [[P:Marilou]]!
Projects like this are why I love working at the CISSS de la Gaspésie. #RI #Santé #Jardinage"""),

("f1","fr","facebook","S",[],
"""Bon ben les limaces ont mangé TOUTES mes laitues au jardin communautaire de Carleton-sur-Mer 🐌 Quelqu'un a une recette de piège à bière qui marche pour vrai? J'ai de la Boréale rousse en masse."""),
# ---------------- f2: FR/EN code-switching, teens & young adults ----------------
("f2","fr","instagram","R",[],
"""ok mais genre le tournoi de volley à Chambly c'était INSANE 😭😭 on a lost le premier set 25-18 pis [[P:Maëlle]] a fait un comeback de malade en fin de deuxième. shoutout à @[[P:jaylen.pierrelouis]] pour les sets, t'es literally le GOAT 🐐
next weekend on play contre Polybel à l'aréna Michel-Normandin, be there or be square
#Team[[P:Maëlle]] #RSEQ #volleyball"""),

("f2","en","instagram","R",["DISPARAGEMENT"],
"""bro the ref at the juvénile game at Collège Charles-Lemoyne tonight 💀 genre t'es aveugle ou quoi?? three travels he didn't call and then he T's up our coach for breathing. that guy [[P:Stéphane]] has no business reffing, full clown 🤡 final 58-61, robbed fr"""),

("f2","fr","facebook","C",[],
"""Finally fini mon shift au CLSC de Sainte-Anne-des-Monts, je suis so done 😵‍💫 mais honnêtement worth it, l'équipe est malade.
Anyway, qui s'en vient voir Fouki au Festival Musique du Bout du Monde samedi? J'ai un lift pour 3 personnes à partir de Matane, texte-moi au [[T:418.555.0193]] ou DM [[P:gab]] sur insta, il a les billets"""),

("f2","en","linkedin","L",[],
"""So grateful pour ma première année as a junior associate chez Lavoie Beaulieu Avocats 🙏 Honestly le learning curve was wild: des dépôts à la Cour du Québec, du discovery en anglais le matin, des plaidoiries en français l'après-midi.
Big up to my mentor Me [[P:Amélie Thibodeau-Ngata]] who taught me that "on lâche pas, mais on dort aussi." And to [[P:Kwame]], [[P:Sarah-Jeanne]] and [[P:jp]] from the stagiaire crew, we made it 💪
Next step: the Marathon Beneva de Montréal in September. #Law #Bilingual #FirstYear"""),

("f2","fr","instagram","B",[],
"""Assermentation DONE ✅ officiellement avocate!!! 🥹⚖️ big love à ma mom, à [[P:KENZO]] qui a survécu à mes crises de l'EFB, pis à toute la gang du Cégep Marie-Victorin qui croyait en moi depuis le day one. On fête ça au Cheval Blanc sur Ontario ce soir, pull up 🥂
#JeSuisAvocate #Barreau2025"""),

("f2","en","facebook","S",[],
"""ok so la vente de pâtisseries pour la maison was a WHOLE vibe 😳 genre 612 $ raised en trois heures, on a sold out avant midi. merci à [[P:Thi Lan]] pour les bánh mì (les gens les ont literally fought over), à [[P:Kahente Deer]] qui a drove all the way from Kahnawà:ke avec ses scones, and to my girl @[[P:noor.haddad_]] for designing the poster. If you missed it, virements Interac to [[E:collecte.benevoles.mtl@gmail.com]], mot de passe: gateau 🍰"""),
# ---------------- f3: hunting/fishing draws, outfitters, camp logs ----------------
("f3","fr","facebook","B",[],
"""ON A ÉTÉ PIGÉS!!! 🫎🫎 Tirage de la Sépaq pour l'orignal dans la réserve faunique des Laurentides, secteur Lac-Jacques-Cartier, du 4 au 8 octobre. Le groupe : moi, mon beau-frère [[P:Sylvain Boily]] pis [[P:DENIS GAUTHIER]] de Roberval (qui nous fait application depuis 2011, on l'aime [[P:Denis]]).
Numéro de confirmation 2025-ORI-088412, chalet no 12. Faut que je vide mon agenda de cour cette semaine-là, priez pour moi 🙏 #chasse #orignal #Sépaq"""),

("f3","en","facebook","L",[],
"""Walleye trip is officially booked 🎣 3 nights at Pourvoirie du Lac Blanc, Mauricie, June 19-22. Owner [[P:Guy Perreault]] says the fish are still deep so bring jigs, not worm harnesses. Deposit of $250 paid (ref #PLB-20250611).
If anyone from the office wants the 4th spot in the cabin, call [[P:Guy]] directly at [[T:819–555–0166]] before Friday. Address for the GPS, since it sends everyone into the woods: [[A:1540 chemin du Lac-Blanc]], Saint-Alexis-des-Monts [[Z:j0k1v0]]. Don't forget your Quebec fishing licence, the wardens check at the landing!"""),

("f3","fr","linkedin","C",[],
"""Journal de camp, jour 3 sur la rivière Cascapédia 🐟 Deux saumons relâchés, un de 14 livres. Ce que j'en retiens comme gestionnaire : la patience, ça se pratique.
Notre guide, [[P:Wayne Jerome]] de Gesgapegiag, lit la rivière comme d'autres lisent un tableau de bord. Il m'a appris plus sur l'écoute en trois jours que deux formations en leadership.
Wela'lin [[P:Wayne]]. Retour au bureau de Maria lundi, reposée (et un peu brûlée par le soleil). #Gaspésie #Leadership #PêcheAuSaumon"""),

("f3","en","instagram","R",[],
"""Deer camp log, day 2 🦌 Zone 4, up past Saint-Michel-des-Saints.
- 5:10 am: [[P:Big Mike]] snored like a Stihl the whole night
- 7:40 am: 3 does, no buck
- 11:00 am: [[P:benoit]] lost his orange tuque AGAIN
- 6:00 pm: pâté chinois à la [[P:Réjean]] + a couple of Labatt 50
Season tally so far: 0 deer, 2 flat tires, 1 very angry red squirrel. Back coaching the juvenile girls Monday 🏀 #deercamp #huntingcamp"""),

("f3","fr","facebook","S",[],
"""Enfin pigée au tirage du cerf sans bois en zone 6 après SIX ans d'applications!! 🦌 Mon gars [[P:Olivier]] (né le [[D:12 mai 2011]]) a enfin l'âge pour son permis d'initiation, alors ça va être sa première saison avec sa mère. Si quelqu'un a un affût à partager du côté de Sutton ou du mont Orford, écrivez-moi à [[E:nadia.ouellet.chasse@hotmail.ca]] 🍂"""),

("f3","en","instagram","B",[],
"""Opening weekend of ice fishing on Lac Saint-Jean with the Ste-Foy crew 🎣❄️ Final tally: 11 perch, 2 pike, 1 ouananiche that [[P:Me Harjit Sandhu]] swears was "at least 5 lbs" before it got away. [[P:Harjit]] blames the Rapala. I blame [[P:Harjit]].
Shack #47 at the Chambord village, propane by Gaz Bar Tremblay. Already planning February. #pêcheblanche #lacsaintjean"""),

("f3","en","facebook","L",[],
"""PSA for the hunting camp group: uncle [[P:Gerry]] typed his whole card number in the COMMENTS of the Pourvoirie Domaine Shannon public page asking them to "just charge the deposit": [[CC:4539 1488 0343 6467]] exp 09/27 🤦‍♀️ I screenshotted it before he deleted it so he'd believe me. [[P:Gerry]]. Buddy. Call the bank. Also we're booked for the 2nd week of November, 4 hunters, 2 of them (looking at you [[P:Dougie]]) still owe me $180."""),
# ---------------- f4: found pets with finder's/owner's contact ----------------
("f4","fr","linkedin","C",[],
"""Un peu hors sujet pour LinkedIn, mais le réseau gaspésien est plus efficace que n'importe quel groupe : CHIEN TROUVÉ à Bonaventure, coin avenue de Grand-Pré et route 132, ce matin vers 7 h. Petit Shih Tzu blanc, collier rouge, médaille « Pinotte » mais pas de numéro.
Il est au chaud chez ma voisine [[P:Lise Cyr]], [[A:118 av. de Grand-Pré]]. Appelez-la au [[T:418 555 0128]] ou écrivez-moi. Partagez svp 🙏"""),

("f4","en","linkedin","S",[],
"""Not my usual post, but: FOUND an orange tabby, very friendly, hanging around the bus shelter near the Marché de la Gare in Sherbrooke since Tuesday. The vet at Clinique vétérinaire Jacques-Cartier scanned him, no microchip.
If he's yours (or your neighbour's), please reach me, [[P:Rosa Medeiros]], at [[T:+1 819 555 0181]] or [[E:rmedeiros.sherb@gmail.com]]. Otherwise he goes to the SPA de l'Estrie on Monday. 🐈"""),

("f4","fr","instagram","R",[],
"""TROUVÉ 🐶 un husky aux yeux bleus qui se promenait au bord du Richelieu, proche du pont Gouin à Saint-Jean, après notre pratique de soccer. Y'avait une pochette attachée au harnais avec une carte d'assurance maladie au nom de [[P:M. Ahmed Benali]] ([[R:BENA 7203 1514]]) pis un numéro : [[T:(450) 555-0110]], mais ça répond pas. Si vous connaissez [[P:Ahmed]], taggez-le!! Le chien est avec nous en attendant, il a déjà mangé un protège-tibia 😅"""),

("f4","en","linkedin","B",["CLIENT_CONFIDENTIALITY"],
"""Slightly off-topic: found a beagle this morning on the steps of the Palais de justice de Longueuil while running to a hearing in [[C:505-17-128734-245]] (adjourned anyway, classic 🙄). Tag says "Roscoe" and "if found call [[P:Dre Priya Raghunathan]] [[T:450-555-0139 ext. 22]]". Line goes to voicemail. Roscoe is now supervising my files from under the desk. [[P:Priya]], if you see this, he's safe and eating my lunch 🐾"""),

("f4","fr","linkedin","L",[],
"""Histoire qui finit bien 🐈‍⬛ Moustache, le chat de la famille, avait disparu depuis jeudi à Saint-Lin–Laurentides. MERCI à [[P:ginette]] pis [[P:robert lavoie]] du rang Saint-Joseph qui l'ont nourri trois jours dans leur grange et qui ont vu notre annonce dans le groupe Perdu/Trouvé Montcalm. Comme quoi les réseaux servent à autre chose qu'aux chicanes de clôtures!"""),

("f4","en","instagram","C",[],
"""FOUND in Percé 🐾 grey cat with white paws, super cuddly, wandering on Route 132 near the Rocher Percé lookout. He's now napping at the Café de l'Atlantique with [[P:Mathieu]] from the counter.
Owner can text [[T:418 555 01 46]] or email [[E:m.aucoin.perce@gmail.com]] — found right by [[A:162 route 132 Ouest]], [[Z:g0c 2l0]]. No collar, maybe a summer rental cat? #Percé #Gaspésie #chattrouvé"""),
]
