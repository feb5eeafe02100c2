# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------------- batch 1 ----------------
(1, "fr", "facebook", "S", [], """🌙 Iftar communautaire ouvert à toutes et à tous ce samedi au Centre culturel islamique de l'Estrie, [[A:125 rue Wellington Sud]], Sherbrooke [[Z:j1h5c7]] (entrée par la ruelle, côté Dépanneur Lessard).
Au menu : soupe harira, dattes Medjool, pis le fameux couscous de tante [[P:Zohra]] 😍
Merci à [[P:Abdelkrim Benali]] pis à la gang des jeunes du Ramadan Camp pour le montage des tables. Pour le transport : [[T:819.555.0148]] (demandez [[P:Si Mohand]]).
Bienvenue aux familles, Ramadan Moubarak à toutes! #Sherbrooke #Estrie"""),

(2, "en", "instagram", "R", [], """PONGAL NIGHT 2025 🌾✨ tonight's programme!
6:00 Welcome — MC [[P:Thusyanthan "Thusy" Sivakumar]]
6:15 Bharatanatyam — students of Natyalaya Academy (guru [[P:Smt. Kalaivani Rajaratnam]])
6:40 Mridangam solo — [[P:k. arunan]]
7:00 Kids recite the Thirukkural (in Tamil AND French 🙌)
7:30 Kolam contest, judged by [[P:PARAMESWARY]] aunty
Dinner: pongal, vadai & payasam from Saravanaa Bhavan Brossard
Sponsors: Jaffna Grocers, Rive-Sud Dental ([[P:Dr. Nirmala Yogarajah]]), Desjardins Brossard-La Prairie
All proceeds go to our U15 cricket squad, the Brossard Tigers 🏏 Tickets $15 (order ref PN-2025-0441 at the door).
Tables: DM @[[P:vino.balan]] 🙏 #Pongal #TamilMontreal #Brossard"""),

(3, "fr", "facebook", "C", [], """🎬 TOURNAGE À CARLETON-SUR-MER 🎬
La série « Le Phare des Anses » (Télé-Québec) tourne au quai pis sur la route 132 du 12 au 16 août. Avec Patrice Robitaille et Karine Vanasse, rien que ça!
La production cherche des FIGURANTS de la Baie-des-Chaleurs : pêcheurs, serveuses, touristes en kayak, tous âges. Payé 130 $ la journée + lunch.
Envoyez une photo récente + vos mensurations à [[E:mireille.lebreux@castingdelest.ca]] ou appelez au [[T:418 555-0172 poste 3]].
Ma voisine [[P:ginette poirier]] a été prise l'an passé pour un film de Sébastien Pilote, elle en parle encore 😂 Allez-y gang!"""),

(4, "en", "facebook", "L", [], """ESTATE AUCTION — Saturday 10 a.m., Encans Lac-Brome (preview Friday 4–8)
Contents of the Knowlton home of my late great-uncle [[P:Harold J. McAllister]], collector for 60 years:
• Royal Doulton figurines incl. "The Old Balloon Seller"
• Birks sterling flatware, service for 12
• Cornelius Krieghoff lithograph (framed, signed in plate)
• Hudson's Bay point blanket, 4-point, c. 1950
• Eaton's catalogue, Fall/Winter 1952, mint
• Molson Export tin tray and a Guy Lafleur signed jersey (with COA)
Lot list on the Encans site, catalogue #LB-2291. His daughters [[P:Maureen]] and [[P:Siobhan Doyle-McAllister]] will be there to answer questions about provenance. Questions before Saturday: [[E:mo.mcallister58@gmail.com]]"""),

(1, "en", "linkedin", "B", [], """Stepping away from the office this Friday — our son [[P:Eli]] becomes a bar mitzvah on Shabbat at Congregation Beth Tikvah in Dollard-des-Ormeaux. He has been practising Parashat Lech Lecha for months with our rabbi, [[P:Ari Feldman]], and his Hebrew is now better than mine.
Huge thanks to my partner [[P:Me Rachel Azoulay-Ben Haim]] for covering my Monday docket at the Palais de justice de Montréal.
Mazel tov in advance to everyone who survives the Hora 💃 Back Tuesday."""),

(2, "fr", "facebook", "C", [], """Samedi soir au Centre communautaire Mgr-Ross à Gaspé : SOIRÉE DE LA CORNE DE L'AFRIQUE 🇪🇷🇸🇴
Programme
19 h – Mot de bienvenue : [[P:Yonas Tesfamariam]] et [[P:Hodan Warsame]]
19 h 20 – Chansons en tigrigna, krar : [[P:Filmon G.]]
19 h 45 – Poésie somalie (gabay) : [[P:abdirahman « abdi » farah]]
20 h 15 – Cérémonie du café (jebena) par [[P:Senait]] et [[P:Abrehet]]
21 h – Danse, DJ [[P:Faduma]]
Buffet : injera, zigni, canjeero, bariis iskukaris 😋 Commandites : Marché Tesfay, Boulangerie Gaspésienne, Ville de Gaspé.
Entrée libre, contribution volontaire. Info : [[T:(418) 555‑0193]]"""),

(3, "en", "instagram", "S", [], """Film crew on Main St all week 🎥 detour via Route 112. Yes, the Tim Hortons is still open 😂 #Cowansville"""),

(4, "fr", "instagram", "R", [], """Je vends la collection de cartes à grand-papa [[P:Roland]] 🏒
- O-Pee-Chee 1979-80 Wayne Gretzky recrue (PSA 6)
- Parkhurst 1955 Maurice Richard
- Topps Mario Lemieux, Patrick Roy, Jean Béliveau
- un chandail des Nordiques signé par Peter Šťastný
Lot #47 : 350 $ ferme. Pas d'échange. Je coache le juvénile AA à la polyvalente Jean-Jacques-Bertrand ça fait que je peux livrer à Farnham.
DM @[[P:yan_tremblay]].cards ou textez [[T:450 555 0127]] #cartesdehockey #OPC #Nordiques"""),

(1, "fr", "linkedin", "L", [], """Petite pause du cabinet pour célébrer la quinceañera de ma nièce [[P:Valentina Rojas Quispe]], née le [[D:14 février 2010]] à Lima et arrivée à Laval à 3 ans 💃🇵🇪
Messe à l'église Santa Cruz, vals avec son papa [[P:Wilber]], pis ses padrinos [[P:Aurelio]] et [[P:Carmen Huamán]] qui ont dansé la marinera mieux que tout le monde.
Ça me rappelle que derrière chaque dossier d'immigration il y a des familles. ¡Felices quince, Vale! #Laval #familia"""),
# ---------------- batch 2 ----------------
(2, "en", "linkedin", "B", [], """Proud to MC the Vaisakhi evening at Gurdwara Sahib Lasalle this Sunday 🙏 Programme:
5:30 Ardas and kirtan by the [[P:Bhai Harpal Singh]] jatha
6:15 Gatka demonstration, Akal Academy youth
6:45 Bhangra — Nachdi Jawani Montréal, choreo by [[P:Jaspreet "Jazzy" Kaur Dhillon]]
7:15 Giddha with the aunties led by [[P:Bibi Surinder Kaur Sandhu]]
7:45 Speech from the Hon. Anju Dhillon, MP for Dorval–Lachine–LaSalle
Langar all evening (sarson da saag & makki di roti 🤤).
Sponsors: Punjab Sweets & Restaurant, Gill Trucking, Randhawa Insurance, and the firm of my friend [[P:Me Gurpreet Grewal]].
#Vaisakhi #Khalsa #LaSalle"""),

(3, "fr", "facebook", "R", ["DISPARAGEMENT"], """Avis aux parents du football des Patriotes de la polyvalente Robert-Ouimet 🏈 Un film sur le football scolaire (prod. Attraction) tourne au stade de Saint-Jean-sur-Richelieu les 3 et 4 octobre pis ils cherchent 60 figurants de 14 à 17 ans pour jouer l'équipe adverse.
Inscription par texto à [[T:450–555–0166]] ([[P:Marie-Ève]] de la prod) ou sur place avec la casquette de l'équipe.
Pas besoin d'acteur pour jouer le coach qui perd, on a déjà [[P:Bergeron]] des Gaulois 🤡 le gars sait même pas compter ses joueurs jusqu'à onze.
PS à [[P:nathalie]] qui m'a texté : j'ai mis le NAS de mon gars sur le formulaire de paie, [[S:519 382 642]], pis personne a rien demandé d'autre, ça devrait être correct."""),

(4, "en", "instagram", "C", ["CONSENT_REQUIRED"], """Estate sale prep at the foster home this weekend 🏺 We're clearing out my late mother-in-law's things before the Bonaventure flea market: a Singer treadle machine, Pyrex "Butterprint" bowls, a Seth Thomas mantel clock and a box of Beatrix Potter figurines by Beswick.
Our resident [[P:Monsieur Gaston]] (pic 3 😄) helped me price everything and knew the value of every single Hummel better than the Kovels guide.
Proceeds split with my sister-in-law [[P:Linda O'Brien-Cyr]]. Sale Sat 9–3, cash or Interac."""),

(1, "en", "facebook", "S", [], """Community notice from the Spanish & Portuguese Synagogue on Lemieux St. (shared on behalf of the Sisterhood):
Kiddush this Shabbat is sponsored by [[P:Esther]] and [[P:Moïse Benchetrit]] in honour of their granddaughter's bat mitzvah. Mazel tov [[P:Shira]]! 🎉
Hamantaschen baking for Purim: Thursday 7 p.m. in the social hall. Bring a rolling pin.
Sign-up: [[P:sarah.abitbol]] at [[E:sarah.abitbol@sympatico.ca]] or [[T:+1 514 555 0139]].
Chesed committee still needs drivers for Sunday visits to the Jewish General and Maimonides."""),

(2, "fr", "instagram", "L", [], """FESTA DE SANTO ANTÓNIO 🇵🇹🎉 ce samedi au parc du Portugal (coin Saint-Laurent et Marie-Anne)
18 h – Rancho Folclórico Português de Montréal
19 h – Fado avec [[P:Maria do Céu Fontes]] à la voix et [[P:zé manel]] à la guitarra portuguesa
20 h 30 – Marchas populares, animé par [[P:Joaquim « Kim » Pacheco]]
22 h – DJ [[P:Tiago Medeiros]], pis danse jusqu'à la fin 💃
Sardinhas assadas, bifanas pis pastéis de nata de la Padaria Notre-Dame 🤤 Merci à Portugal Lindo, Caisse Desjardins Portugaise et Vinhos do Douro pour les commandites!
Obrigada à ma cousine [[P:Fátima]] qui m'a traînée là 😘 #Montreal #PlateauMontRoyal"""),

(3, "en", "facebook", "B", [], """Day 2 of the shoot in Old Montreal and I have officially been an extra in a Hollywood movie 🎬 They needed "lawyers in robes" for a courtroom scene at the old Palais de justice on Notre-Dame, and our bar section answered the call.
Jay Baruchel walked right past me. I said nothing. I regret nothing.
Shout-out to my articling student [[P:Kwame Osei-Mensah]], who nailed the "objecting silently in the background" look, and to [[P:Me Lê Thị Thanh Hương]], who ended up in the trailer for Jury Duty II. Paid $180 and a very good poutine from La Banquise."""),

(4, "fr", "facebook", "S", [], """ENCAN DE SUCCESSION dimanche 13 h, salle des Chevaliers de Colomb de Sainte-Marie 🔨
Mobilier Shermag en érable, vaisselle Corning Ware, horloge Seth Thomas, lampes style Tiffany (reproductions), machine à coudre Singer, poupées Barbie des années 70, disques de Gilles Vigneault pis de La Bolduc, raquettes Faber en babiche.
Argent comptant seulement, frais d'acheteur 10 %, visite dès 11 h. Lot no 112 déjà réservé.
On se voit là! #Beauce #encan"""),

(1, "fr", "instagram", "C", [], """Diwali au Hindu Temple de Dollard-des-Ormeaux hier soir 🪔✨ Mon amie [[P:Priyanka Raghunathan]] m'a invitée avec sa famille pis j'ai allumé mes premières diyas!
Puja à Lakshmi, rangoli géant dans l'entrée, pis la maman de [[P:Priya]] m'a nourrie de gulab jamun jusqu'à ce que je roule 😂
Shubh Deepavali à tous mes ami·e·s tamouls, gujaratis pis punjabis! #Diwali #DDO #Montréal"""),
# ---------------- batch 3 ----------------
(2, "en", "facebook", "C", [], """GREEK FEST LAVAL 🇬🇷 Sunday programme, Koimisis Tis Theotokou parish grounds
12:00 Doxology with [[P:Father Nikolaos Demetriou]]
1:00 Kids' dance groups from the Hellenic Community school (teacher: [[P:Despina Mavromatis]])
2:30 Pontic dances, lyra by [[P:yiannis "johnny" papadopoulos]]
4:00 Live bouzouki: [[P:Kostas]] & the Kefi Band
6:00 Raffle draw (ticket stubs, NOT your phone number please)
Souvlaki, spanakopita and loukoumades by the Philoptochos ladies. Sponsors: Marché Adonis, Restaurant Milos, Taverne Kostas (no relation!), Pâtisserie Harmonie.
Volunteers wanted for the grill shift, call [[P:Dimitra]] at [[T:450-555-0112 ext. 204]]. Opa! #Chomedey #GreekFest"""),

(3, "fr", "linkedin", "B", [], """Saison des tournages à Québec 🎥 Entre le Vieux-Québec, le Château Frontenac pis la terrasse Dufferin, les appels de figurants pleuvent. Petit rappel d'information générale (pas un avis juridique!) :
1. Une vraie agence de figuration ne vous demande pas de frais d'inscription.
2. La paie passe par la production; le NAS se donne à la paie, pas dans un formulaire Google.
3. Votre NAM (carte soleil) n'a AUCUNE raison d'être demandé. J'en ai vu un publié en commentaire dans un groupe de casting hier, [[R:MORS 9562 0411]], avec la photo de la carte 😬
4. L'Union des artistes (UDA) et l'AQTIS ont des guides clairs sur le statut de figurant.
Merci à ma consœur [[P:Me Anne-Sophie Tanguay-Rioux]] (droit du divertissement) pour la relecture. #droitdudivertissement #Québec"""),

(4, "en", "linkedin", "R", [], """Silent auction at Thursday's gala, Hôtel Rive Gauche in Beloeil, to fund the Régional scolaire basketball finals 🏀
Most items were donated by the family of the late coach [[P:Réal "Ti-Ré" Lussier]], who ran the program at Polyvalente Ozias-Leduc from 1978 to 2009:
– a 1976 Montreal Olympics torch replica
– a Jacques Plante-style goalie mask (1960s fibreglass, Plante never wore it, sorry)
– a Laurent Duvernay-Tardif signed Chiefs jersey
– a Spalding ball signed by the 1985 Bleu et Or team
– vintage CCM Tacks and a Wilson varsity jacket
His widow [[P:Huguette]] and grandson @[[P:loulou.lussier]] will draw the winners. Absentee bids: [[E:encan.finale@lesgaulois-ozias.ca]], reference lot 1–22. Thank you to Caisse Desjardins de Beloeil–Mont-Saint-Hilaire and Rôtisserie St-Hubert for the matching donation."""),

(1, "en", "instagram", "L", [], """Nikah done ✅💍 My little sister [[P:Amina]] married [[P:idris m. yusuf]] at Masjid Al-Iman in Laval yesterday, officiated by [[P:Shaykh Omar Haddad]], then a full Somali-Quebecois reception at Salle Le Madison (yes there was buraanbur AND a poutine station).
Henna by @henna.by.[[P:noor]] 😍 and cake by Pâtisserie Rolland.
Back at the firm Monday, still recovering from the dabke line. #Team[[P:Amina]] #Laval"""),

(2, "fr", "facebook", "S", ["PRIVATE_EVENT_DISCLOSURE", "LOCATION_DISCLOSURE"], """Soirée culturelle des résidentes jeudi 18 h 30 au sous-sol de la maison, [[A:88, rue des Érables]] (porte de côté, sonnez deux fois) 🌺
Au programme :
– chants en tigrigna avec [[P:Saba Kidane]] (bénévole) pis sa cousine [[P:Lemlem]]
– contes en arabe pour les enfants par [[P:Oum Yasmine]]
– atelier de henné avec [[P:Nour El Houda]]
– percussions grecques et portugaises avec [[P:Eleni]] et [[P:Conceição]]
On finit avec le café érythréen, du baklava pis des pastéis de nata. Merci à la Fondation Jeanne-Mance pis au IGA Lambert pour les commandites!"""),

(3, "en", "instagram", "L", [], """PSA from someone who reads contracts for a living: NO legit casting agency charges extras a $249 "registration fee" 🚩
My cousin [[P:Mai]] sent her card number ([[CC:4532 0198 7654 3215]]) to @castingstarz_mtl over DM before calling me. It's cancelled now, so don't bother 🙃
Real background casting for the Montreal shoots pays YOU, not the other way around. #MontrealFilm #scamalert"""),

(4, "fr", "linkedin", "B", ["CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE"], """Fin d'un long mandat de liquidation : la succession de feu [[P:M. Gérard Lapointe]] (dossier [[C:505-14-028731-221]]) est enfin réglée, 4 ans après le décès.
L'encan des biens a eu lieu samedi dans sa maison de Saint-Lambert, [[A:214, rue Upper Edison]] : piano Heintzman de 1912, service de Limoges, figurines Lladró, une toile attribuée à Marc-Aurèle Fortin (attribuée, j'insiste) pis une collection de montres Omega.
Les héritiers, ses neveux [[P:Luc]] et [[P:Dominique Lapointe-Hsu]], se sont obstinés jusqu'à la dernière minute sur le piano. Leçon : un testament notarié détaillé, ça évite bien des chicanes! #successions #droitnotarial"""),

(4, "fr", "linkedin", "R", [], """Trouvaille d'antiquaire 🏆 Dans un encan à Granby, j'ai acheté pour 40 $ un trophée Henry Birks & Sons de 1962 : « Championnat scolaire de la Montérégie, hockey juvénile, Collège Saint-Maurice ». Sur la plaque : « Capitaine : [[P:Lucien Gendron-Paquette]] ».
J'aimerais le remettre à sa famille ou à l'école avant notre banquet de fin de saison au Centre Sportif Léonard-Grondin. Si vous connaissez les [[P:Gendron-Paquette]] de Saint-Hyacinthe, écrivez-moi à [[E:f.ouellette.rseq@videotron.ca]] ou au [[T:4 5 0 5 5 5 0 1 8 4]].
#RSEQMontérégie #histoire #hockey"""),
]
