# Source of the blind PII set n3a: each post is (brief, lang, platform, policy, rules, marked text).
# Markers: [[P:..]] PERSON, [[E:..]] EMAIL_ADDRESS, [[T:..]] PHONE_NUMBER, [[SIN:..]] CA_SIN,
# [[NAM:..]] CA_QC_HEALTH_NUMBER, [[PC:..]] CA_POSTAL_CODE, [[A:..]] STREET_ADDRESS,
# [[DOB:..]] DATE_OF_BIRTH, [[CF:..]] QC_COURT_FILE_NUMBER, [[CC:..]] CREDIT_CARD.
# All names are invented, except public figures acting publicly (left unmarked on purpose).
B, L, F = "barreau-qc", "law-firm", "facebook"
R, S, C = "rseq-monteregie", "shelter", "cisss-gaspesie"
IG, LI = "instagram", "linkedin"

POSTS = [
# ---------- brief 1: condolences and obituaries ----------
(1, "fr", F, B, [], """Toutes mes sympathies à la famille [[P:Arsenault]]. [[P:Mme Yvette Arsenault]], née [[P:Cyr]], s'est éteinte paisiblement au CHSLD de Maria le 27 novembre, à l'âge de 85 ans. Elle laisse dans le deuil ses enfants [[P:Réjean]] ([[P:Ginette Poirier]]), [[P:Lise]] et [[P:Carol]]. La famille recevra les condoléances au Salon funéraire Landry & Fils de Carleton-sur-Mer, samedi de 13 h à 16 h."""),
(1, "en", F, L, [], """RIP [[P:Paddy]] 💚 [[P:Patrick "Paddy" O'Driscoll]] coached half of Pointe-Saint-Charles at the Saint-Gabriel rink and never once missed the St. Patrick's Parade. Thinking of [[P:Siobhan]] and the boys. Wake Friday at Doyle-Kerrigan Funeral Home on Wellington, Mass Saturday 10 AM at St. Gabriel's."""),
(1, "fr", F, R, [], """mes sympathies a toute la gang, [[P:ti-guy]] etait un homme de coeur. on va s'ennuyer de ses histoires au casse-croute de l'arena Jacques-Plante. force a [[P:manon]] pis aux enfants ❤️ xx [[P:suzie]]"""),
(1, "en", IG, S, [], """Forever in our hearts 🕊️ Lola ([[P:Lourdes Bautista dela Cruz]]) 1938–2026. Salamat po for every pancit birthday and every Sunday at Our Lady of the Philippines. Tita [[P:Marites]] asked me to share: the novena starts tonight at 7 at the Filipino Association hall on Van Horne."""),
(1, "en", F, R, [], """Gutted. [[P:Mr. Caruso]] was the best phys-ed teacher Saint-Léonard ever had. Coach [[P:Sal]] took us to the 2004 Midget AA banner at Aréna Martin-Brodeur. Condolences to [[P:Dina]] and the whole [[P:Caruso]] family. Visitation at Complexe Funéraire Loreto, 2 to 9."""),
(1, "fr", F, S, [], """Nous avons appris avec tristesse le décès de [[P:Marie-Jeanne Vollant]] d'Uashat mak Mani-utenam, à l'âge de 91 ans. Elle a enseigné l'innu-aimun à des générations d'enfants de l'école Johnny-Pilot. Veillée au centre communautaire, prière à l'église Sainte-Anne. Nos pensées vont à [[P:Thérèse]], [[P:Antoine]] et [[P:Georges-Henri Vollant]]."""),
(1, "en", LI, L, [], """It is with great sadness that our firm shares the passing of our former senior partner, [[P:Me Howard Goldstein]]. [[P:Howard]] practised at our Peel Street office for 41 years and mentored dozens of articling students. Donations may be made to the Jewish General Hospital Foundation."""),
(1, "fr", IG, B, [], """Avis de décès — [[P:GAUTHIER, Raymond]] (1939-2026). Né le [[DOB:12 août 1939]] à Sainte-Anne-des-Monts, décédé le 25 novembre 2026 à l'Hôpital de Gaspé. Il était l'époux de feu [[P:Colette Lebreux]]. Une pensée spéciale pour le personnel du 3e étage. Inhumation au printemps au cimetière de Cap-Chat."""),
(1, "en", F, C, [], """Our hearts are heavy in Mistissini tonight. Uncle [[P:Willie Coonishish]] went home peacefully with family around him. Chiniskumitin to everyone who came to the gathering at the Youth Centre, and to [[P:Gracie]] and [[P:Lorna Petawabano]] for the food. Wachiya, Uncle."""),
(1, "fr", F, L, [], """Repose en paix [[P:Ti Wil]] 🙏 [[P:Jean-Wilner Pierre-Louis]] nous a quittés trop tôt à Montréal-Nord. Funérailles samedi 11 h à l'église Saint-Vincent-Marie-Strambi. Condoléances à [[P:Mirlande]] et aux enfants. Bondye beni fanmi an."""),

# ---------- brief 2: sports results and line-ups ----------
(2, "fr", F, R, [], """RÉSULTATS — Benjamin masculin D2 ⚽
Les Faucons de l'école Mgr-Parent l'emportent 3-1 contre les Patriotes de Jacques-Rousseau. Buts : [[P:Malik Haddad]] (2), [[P:Thomas B.]] Passes : [[P:Nathan Pham]], [[P:Kofi]]. Gardien : [[P:Diallo]] avec 7 arrêts. Prochain match jeudi 16 h 30 au parc Marie-Victorin."""),
(2, "en", F, R, [], """Starting five tonight vs the Cavaliers of Collège Charles-Lemoyne:
#4 [[P:Jayden Ouellet-Kerr]]
#11 [[P:Amir]]
#7 [[P:Big Ben]] ([[P:Benoît Lalancette]])
#23 [[P:Li Hao]]
#15 [[P:Rodel Villanueva]]
Tip-off 6 PM at the Gymnase Desjardins. Wear red!"""),
(2, "fr", F, R, ["DISPARAGEMENT"], """Défaite 2-5 à Brossard. Franchement l'arbitre [[P:Lemieux]] était aveugle tout le match, un vrai clown. Bravo quand même à [[P:Zoé]] pour son tour du chapeau en Cadet F."""),
(2, "en", IG, R, [], """Gold for the Rebelles at the RSEQ provincials in Sherbrooke 🥇 So proud of our relay girls [[P:ashley]], [[P:mei]], [[P:priya]] & [[P:fatou]]! Coach [[P:Desrosiers]] you're a legend. #RougeEtOr #TeamQuébec #4x100"""),
(2, "fr", F, R, [], """Hockey M15 — Cyclones de Varennes 4, Riverains de Saint-Jean-sur-Richelieu 4 (fusillade perdue).
Trois étoiles : 1. [[P:Charles-Édouard Bérubé]] 2. [[P:Nolan St-Onge]] 3. [[P:Ruiz]]
Mention spéciale au chauffeur de la Zamboni de l'aréna Isatis qui a réparé la bande en 4 minutes!"""),
(2, "en", F, L, [], """Thursday Night Beer League standings: Les Avocats du Diable 6-1-0 🔥 Goals: [[P:Doyle]] x2, [[P:Mackenzie]], [[P:Marc-André Côté]]. Shoutout to [[P:Big Mo]] in net. Next week vs the Lachine Loggers at Aréna Saint-Laurent, beers at Brasserie Harricana after."""),
(2, "fr", F, R, [], """Alignement Juvénile F vs Boucherville :
3 - [[P:Léa-Rose Gagné]]
7 - [[P:Aïcha Benali]]
9 - [[P:Naomie Fils-Aimé]]
12 - [[P:Emma Tremblay]]
14 - [[P:Sarah-Maude Lapointe]]
21 - [[P:Kassandra Ortiz Mejía]]
Libéro : [[P:Jade]]
Match samedi 13 h au gymnase de l'école Gérard-Filion."""),
(2, "fr", IG, R, [], """Finale régionale Montérégie U12 🏆 CS Longueuil 2 – FC Châteauguay 1. Buts de [[P:Tiago Medeiros]] et [[P:Yasmine]]. Arrêt décisif de [[P:Ti-Pit]] à la 58e. Merci aux parents bénévoles et à [[P:Mme Sousa]] pour les oranges 🍊"""),
(2, "en", F, R, [], """Sunday cricket at Parc Jarry: Mont-Royal Strikers 182/6 beat Park-Ex Lions 176 all out. Top scorer [[P:Harpreet Sandhu]] 64 off 41, [[P:Arjun M.]] 3 wickets for 22. Man of the match: [[P:Sunny Gill]], again. The weather was sunny too ☀️"""),
(2, "fr", F, R, [], """Classement final du Tournoi Pee-Wee de Saint-Hyacinthe : 1. Gaulois de Saint-Hyacinthe 2. Élites de Châteauguay 3. Pionniers de Granby. Joueur du tournoi : [[P:William Kanatakta Jacobs]] de Kahnawake, 9 points en 4 matchs. Merci à [[P:Francine]] à la table des marqueurs!"""),

# ---------- brief 3: school or daycare parents' group ----------
(3, "fr", F, C, [], """Allo les parents du groupe des Coccinelles 🐞 Quelqu'un a ramassé par erreur la tuque rose de [[P:Maëlie]]? C'est écrit [[P:M. Nguyen]] dedans (le nom de son papa lol). Texto au [[T:438 555 0126]] svp! Merci 🙏"""),
(3, "en", F, C, [], """Reminder from the Grade 3 class parents: Pizza Day is Friday 🍕 Please send $4 in an envelope with your child's name. [[P:Mrs. Fitzgerald]] says the field trip to Parc Safari is confirmed for June 5. Volunteers so far: [[P:Kelly]], [[P:Omar]]'s dad and [[P:Mme Thuy]]."""),
(3, "fr", F, C, [], """qqn sait si le cpe les petits soleils est ferme demain a cause de la tempete?? [[P:jessica]] ma dit que oui mais [[P:mme france]] dit que non 😩"""),
(3, "en", F, C, ["CHILD_PROTECTION_IDENTIFICATION"], """Hi all, I'm [[P:Kathleen]], [[P:Noah]]'s foster mom since September (he's the little guy in Grade 1 at Bayside Elementary). His mom [[P:Crystal Mianscum]] might show up at pickup — please don't let him leave with her, the DPJ order says supervised visits only."""),
(3, "fr", F, C, [], """Bonjour les mamans 🌸 Ma fille [[P:Rania]] est née le [[DOB:9 avril 2021]], elle commence la maternelle 4 ans en septembre à l'école Sainte-Bernadette. Est-ce que quelqu'un fait du covoiturage de Saint-Laurent? Écrivez-moi : [[E:hind.elamrani@example.ca]] — [[P:Hind]]"""),
(3, "en", F, R, [], """Can whoever borrowed the Canadian Tire hockey bag from locker room B please return it? It has [[P:TREMBLAY]] on the strap (no, not one of the 200 Tremblays in our league 😂 — [[P:Liam Tremblay]], #19)."""),
(3, "fr", F, C, [], """Rappel de la part de [[P:Mme Josée]] (service de garde) : les enfants doivent avoir des bottes et des mitaines identifiées. La Journée Pyjama est vendredi, et l'Halloween des Petits Monstres a permis d'amasser 312 $ pour Opération Enfant Soleil."""),
(3, "en", F, C, [], """Parent council – December meeting 📝
Present: [[P:Ana Paula Ferreira]] (chair), [[P:Devon O'Neill]], [[P:Thi Thu Hà Trần]], [[P:Abdoulaye Konaté]]
Regrets: [[P:Mr. Lavoie]] (Principal)
Budget for the Scholastic Book Fair approved ($850). Next meeting January 14 on Teams."""),
(3, "fr", F, C, ["CHILD_PROTECTION_IDENTIFICATION"], """Fière de ma petite [[P:Kayla]] (7 ans, chez nous en famille d'accueil à New Richmond depuis que la DPJ l'a placée) qui a eu son premier bulletin plein de A! Sa mère [[P:Jessica Martin]] serait fière elle aussi si elle voyait ça 💕"""),
(3, "en", IG, R, [], """First day of Secondary 1 at Heritage Regional 🎒 [[P:Aiyana]] and her best friend [[P:Chloé-Anne]] took the big yellow bus together. Mom is not crying, YOU are crying."""),

# ---------- brief 4: buy-and-sell / marketplace ----------
(4, "fr", F, B, [], """À VENDRE — Laveuse Whirlpool 2019, 250 $ négociable. Ramassage au [[A:1487, route 132 Est]], Saint-Siméon [[PC:G0C 3A0]]. Écrire à [[P:Gisèle]] ou texto au [[T:418–555–0163]]. Pas de réponse aux « est-ce encore disponible » svp."""),
(4, "en", F, L, [], """FS: PS5 + 3 games (Spider-Man 2, FIFA 24, Gran Turismo 7) $420 firm. Pickup near the Jean-Talon Market, Villeray. Text [[P:Jun]] at [[T:(514) 555-0148]] or email [[E:jun.bautista87@example.com]]"""),
(4, "fr", F, S, [], """Donne gratuitement poussette Bugaboo et siège d'auto Diono (exp. 2028). Premier arrivé! Je suis à Rimouski, secteur Pointe-au-Père. 📞 [[T:581 555 0191]], demandez [[P:Nathalie]]."""),
(4, "en", F, B, [], """Selling my 2015 Honda Civic, 182,000 km, winter tires on rims included. $6,900 OBO. Serious buyers only — [[P:Kieran]] 📱 [[T:450.555.0137]]. Located at [[A:72 Riverside Drive]], Saint-Lambert [[PC:J4P 1B5]]."""),
(4, "fr", F, L, [], """Appartement 4½ à louer dans Limoilou, 1er juillet. 1 150 $/mois, chauffé éclairé, près de la 3e Avenue. Visites samedi. Contactez [[P:M. Giuseppe Iacono]] au [[T:418 555-0172]] ou [[E:g.iacono@example.net]]. Référence de l'ancien propriétaire exigée."""),
(4, "en", F, C, [], """FOUND at the Mont-Sainte-Anne chalet: blue Rossignol ski jacket with a wallet inside. There's a health card in it, name [[P:Keenan Okeke]], number [[NAM:OKEK 0305 1788]] — if you know him tell him to message me, I left it at the ticket office."""),
(4, "fr", F, C, [], """2 billets pour le show de Céline au Centre Vidéotron, section 312, rangée K. 180 $ chacun, transfert Ticketmaster seulement. [[P:Steph]] [[T:418 555 0119]]"""),
(4, "en", IG, L, [], """New drop ✨ Beaded earrings, made in Kahnawake, $35 each. DM @[[P:kahente.beads]] or e-transfer to [[E:kahente.deer@example.com]]. Pickup at [[A:115 Old Malone Highway]], Kahnawake [[PC:J0L 1B0]]."""),
(4, "fr", F, B, [], """Cherche gardienne pour 2 enfants (3 et 6 ans) à Lévis, mardis et jeudis après l'école. Références demandées. Appelez [[P:Manon]] ou [[P:Dave]] au [[T:581-555-0104]] après 18 h (au travail : poste 2231)."""),
(4, "en", F, S, [], """Moving sale this Saturday 8–2 🏷️ [[A:4530 Avenue Harvard]], NDG. IKEA Billy shelves, a KitchenAid mixer, kids' Lego (Star Wars + Ninjago), a Raptors jersey. Cash or Interac to [[E:priya.raghunathan@example.ca]]. No early birds please! — [[P:Priya]] & [[P:Dev]]"""),

# ---------- brief 5: photo captions tagging friends ----------
(5, "fr", IG, R, [], """Souper de fête au Cosmos 🎉 avec [[P:marc-andré]], [[P:JULIE]] pis [[P:ti-pit]] 🥂 La grosse [[P:Lyne]] est arrivée au dessert comme d'habitude 😂 #SoirDeFête #Québec"""),
(5, "en", IG, L, [], """Cottage weekend near Tremblant 🌲 w/ @[[P:sarah.obrien]], @[[P:mike_dasilva]], [[P:Big Ben]] and the one and only Nonna [[P:Rosa]] who brought enough lasagna for the whole Laurentians."""),
(5, "fr", F, C, ["CONSENT_REQUIRED"], """Party de Noël du CLSC de Chandler 🎄 Merci à [[P:Sylvie]], [[P:Dre Mélanie Bujold]] et [[P:Ti-Gilles]] de la réception pour l'organisation! 📸 Photo : [[P:Renée]]"""),
(5, "en", IG, S, [], """Beach day on the Îles-de-la-Madeleine 🌊 with my fav people [[P:thanh]], [[P:KIM]] and [[P:Quynh-Anh]] 💛 shoutout to the CTMA ferry for the vibes"""),
(5, "fr", IG, B, [], """Retrouvailles de la promo 2011 de l'Université Laval 🎓 De gauche à droite : [[P:Me Alexandre Fortin]], [[P:Caroline]] (qui a fini en notariat lol), [[P:Oussama Belkacem]], [[P:Jean-Philippe « JP » Morin]] et moi."""),
(5, "en", IG, R, [], """Tournament weekend in Trois-Rivières 🏀 Pic: Coach [[P:Dwayne]], [[P:MALIK]], [[P:lil Jay]] and [[P:Mathieu-Gabriel]] after the semis. Tim Hortons run on the 40 after!"""),
(5, "fr", IG, S, [], """Brunch du dimanche ☕ avec [[P:GENEVIÈVE]] pis [[P:steph]] au Cora de Sainte-Foy. [[P:Ginette]] la serveuse nous a encore reconnues 😂"""),
(5, "en", IG, C, [], """Throat singing workshop at the Avataq office in Kuujjuaq today 🎶 with [[P:Annie Tukkiapik]], [[P:Lizzie]] and little [[P:Siasi]]. Nakurmiik!"""),
(5, "fr", F, L, [], """Les 80 ans de Maman 🎂 Toute la gang était là : [[P:Denis]], [[P:Francine]], Mononc' [[P:Roger]] pis même [[P:Jocelyn]] arrivé de Fort McMurray. Merci à Matante [[P:Lucie]] pour le gâteau Forêt-Noire!"""),
(5, "en", IG, L, [], """Bachelorette in Old Montreal 🥂 @[[P:jess.mcgillivray]] @[[P:nour_elkhoury]] @[[P:amandinelapierre94]] @[[P:j.tremblay_87]] — what happens at the Vieux-Port stays at the Vieux-Port"""),
(5, "fr", F, S, [], """Bienvenue au monde [[P:Élyanne]]! 💕 Née le [[DOB:29 novembre 2026]] à 3 h 12 à l'Hôpital de Chicoutimi, 7 lb 4 oz. Maman [[P:Audrey]] et papa [[P:Jimmy]] sont aux anges."""),

# ---------- brief 6: reply chains full of @handles ----------
(6, "en", F, L, [], """@[[P:Kevin Chen]] @[[P:Maria Fernanda Ochoa]] thanks both! @[[P:Daniel]] no, the meetup is at Lionel-Groulx station, not Berri-UQAM. Take the Orange Line."""),
(6, "fr", F, R, ["HARASSMENT"], """@[[P:Mathis Gendron]] t'es mieux de pas te montrer au prochain match, on sait où tu restes 😡 @[[P:Jo Lachance]] @[[P:Tommy B]] partagez ça partout"""),
(6, "en", IG, S, [], """@[[P:amina.diallo]] omg yes 😍 @[[P:kofi_mensah_mtl]] you owe me a coffee ☕ @starbuckscanada where's my birthday drink"""),
(6, "fr", F, B, ["DISPARAGEMENT"], """@[[P:Me Caroline Séguin]] franchement votre confrère [[P:Me Lebrun]] a été d'une arrogance crasse à l'audience de ce matin, rien de nouveau 🙄 @[[P:Stéphane Roy]] tu confirmes?"""),
(6, "en", F, R, [], """@[[P:Patrick Nadeau]] @[[P:Sandrine Lafrance-Ouimet]] bus leaves the Polyvalente at 7:15 sharp for the Cégep Édouard-Montpetit meet. @[[P:Luis]] bring the Gatorade 🙏"""),
(6, "fr", IG, S, [], """@[[P:mirlande.desir]] @[[P:fritznel_j]] merci pour la soirée kompa!! 🎶 @[[P:widlyne.augustin]] t'as oublié ton foulard chez [[P:Fabiola]]"""),
(6, "en", F, C, [], """[[P:Brenda Jacobs]]: Anyone going to the powwow in Kahnawake?
[[P:Tehoronhiathe Diabo]]: yes! @[[P:Brenda Jacobs]] we're driving up from Akwesasne Saturday
[[P:Nick Horn]]: @[[P:Teho]] save me a seat lol"""),
(6, "fr", F, L, [], """@[[P:Nguyễn Thị Lan]] @[[P:Trần Minh Quân]] les rouleaux impériaux d'hier étaient incroyables 😋 @[[P:quan.tran]] tu me donnes la recette?"""),
(6, "en", LI, B, [], """Congrats @[[P:Aditi Raghavan]] on joining Osler as an Associate! 🎉 @[[P:Marc-Olivier Pépin]] @[[P:Chloé Lam]] remember when we all wrote the bar exam at the Palais des congrès? 😅"""),
(6, "fr", F, R, [], """@[[P:j.tremblay_87]] @[[P:gab.ouellet]] @[[P:xavier_morneau]] qui vient au 5 à 7 après le tournoi à Granby? @[[P:JF]] paie la tournée 🍻"""),

# ---------- brief 7: Title-Case places, businesses, products, shows, teams ----------
(7, "fr", F, R, [], """Le Drakkar de Baie-Comeau blanchit l'Océanic de Rimouski 3-0 au Centre Henry-Leonard; les Remparts de Québec accueillent les Saguenéens au Centre Vidéotron mardi."""),
(7, "en", F, L, [], """Black Friday at Carrefour Laval: Simons, Archambault, Renaud-Bray and La Vie en Rose open at 7 AM. Tim Hortons is giving free Timbits and Jean Coutu is doubling Air Miles. Autoroute 15 at exit 10 already backed up."""),
(7, "fr", IG, S, [], """Nouveau sentier dans la MRC de La Haute-Gaspésie 🥾 Départ au parc national de la Gaspésie, passage par le mont Albert et le lac Cascapédia. Rivière Sainte-Anne en crue, prudence! Info à l'Office du tourisme de Sainte-Anne-des-Monts."""),
(7, "en", F, B, [], """Tonight on TVA: Star Académie finale, then a District 31 rerun. Crave drops the new Ted Lasso season and Netflix has Les Pays d'en haut. Meanwhile my kid is stuck on Zelda and Mario Kart."""),
(7, "fr", F, B, [], """Le Barreau du Québec, la Chambre des notaires et l'Ordre des CPA publient un guide conjoint. Rappel : le Tribunal administratif du logement (TAL) applique l'art. 1974 C.c.Q., et l'art. 11.2.1 LPJ (RLRQ, c. P-34.1) interdit toujours de diffuser l'identité d'un enfant suivi."""),
(7, "en", LI, B, [], """Excited to share that Fasken, McCarthy Tétrault and Stikeman Elliott are sponsoring the Pro Bono Québec gala at the Ritz-Carlton Montréal. Keynote by the Chief Justice of Canada, Richard Wagner."""),
(7, "fr", F, S, [], """Grande guignolée des médias jeudi : points de collecte à Saint-Jérôme, Sainte-Adèle, Val-David et Mont-Laurier. Les Chevaliers de Colomb et la Société de Saint-Vincent de Paul seront devant le Maxi et le IGA Extra."""),
(7, "en", IG, C, [], """Road trip 🚗 Gaspé → Percé → New Richmond → Carleton-sur-Mer → Maria → Matapédia. Best fish & chips: the casse-croûte in Bonaventure. Best sunset: Pointe Saint-Pierre. Best poutine: Chez Ashton on the way home through Québec City."""),
(7, "fr", F, R, [], """LES DIABLOS DU CÉGEP DE TROIS-RIVIÈRES EN FINALE DU BOL D'OR CONTRE LES NOMADES DE MONTMORENCY! BILLETS À LA BILLETTERIE DU STADE TELUS-UNIVERSITÉ LAVAL."""),
(7, "en", F, L, [], """Brossard's Quartier DIX30 adds a Decathlon, a Lululemon and a new Mary Brown's; Longueuil's Place Charles-Le Moyne finally gets its REM station and a second Dollarama."""),
(7, "fr", F, B, [], """Saison des pêches aux Îles : les homardiers de Grande-Entrée et de L'Étang-du-Nord sortent le 2 mai. La Coop de L'Île-d'Entrée et la Poissonnerie Cap-Vert n'ont pas encore affiché de prix au quai. Météo Média annonce des vents de 60 km/h."""),

# ---------- brief 8: church, community-centre or volunteer schedule ----------
(8, "fr", F, S, ["PRIVATE_EVENT_DISCLOSURE"], """Horaire des bénévoles, semaine du 7 décembre :
Lundi soir – accueil : [[P:Louise Bergeron]] et [[P:Fatima-Zahra]]
Mercredi 19 h – groupe de soutien (sous-sol du presbytère de Saint-Romuald, porte de côté) : [[P:Hélène]] anime
Vendredi – cuisine : [[P:Dolores Pacheco]], [[P:Lina]]
Pour tout changement : [[P:Guylaine]] au [[T:418 555 0155]]"""),
(8, "en", F, S, ["LOCATION_DISCLOSURE"], """Volunteers needed at the house this Saturday — we're at [[A:2210 Rue Saint-Patrick]] (side door, the one without the sign — residents use the back). Ask for [[P:Meredith]]. Bring gloves and a shovel."""),
(8, "fr", F, C, [], """Paroisse Saint-Joseph de Carleton — Messes des Fêtes : 24 déc. à 16 h et 22 h; 25 déc. à 10 h 30. Lectures : [[P:Mme Jeannine Landry]] et [[P:Bertrand Leblanc]]. Chorale dirigée par [[P:Aurélie Cyr]]. Célébrant : l'abbé [[P:Normand Poirier]]."""),
(8, "en", F, C, [], """NDG Food Depot – volunteer schedule
Tuesday sorting 9–12: [[P:Ruth]], [[P:Ahmed]], [[P:Tomasz]]
Thursday distribution 1–5: [[P:Gloria Esperanza Ramírez]], [[P:Dawit]]
Drivers: [[P:Big Al]] and [[P:Sean Kavanagh]]
Questions? [[E:volunteers.ndgfood@example.org]] or [[T:514 555 0188]] ext. 3"""),
(8, "fr", F, R, [], """Casse-croûte de l'aréna Raymond-Bourque pour le tournoi Pee-Wee : samedi 8 h-12 h [[P:Nancy]] + [[P:Mario]], 12 h-16 h les [[P:Gauthier]], dimanche toute la journée [[P:Ti-Loup]] pis sa blonde. Merci la gang!"""),
(8, "en", F, S, [], """Church potluck this Sunday after the 11 o'clock service 🍲 Sign-up so far: Lasagna – [[P:Mrs. Rinaldi]]; Jollof rice – [[P:Adjoa]]; Lumpia – Tita [[P:Baby]]; Pies – the Youth Group; Coffee – Deacon [[P:Frank]]. Still need someone on salads!"""),
(8, "fr", F, C, [], """Centre communautaire musulman de l'Est — cours d'arabe pour enfants le samedi 10 h. Enseignantes : soeur [[P:Amal]] et [[P:Mme Khadija Ait Ouali]]. Inscriptions auprès de [[P:Youssef]] : [[T:514–555–0134]]."""),
(8, "en", F, L, [], """Legal clinic volunteers, December roster:
Mon – [[P:Me Farah Nassar]] (family)
Wed – [[P:Me Brian Kowalczyk]] (housing/TAL)
Fri – articling student [[P:Nadia B.]]
Intake line: [[T:+1 514 555 0107]]. Clinic at [[A:3600 Rue Jean-Talon Ouest]], Montréal [[PC:H3R 2G2]]."""),
(8, "fr", F, S, [], """Comptoir vestimentaire au sous-sol de l'église Notre-Dame-de-Grâce, ouvert le jeudi de 13 h à 16 h. Bénévoles cette semaine : [[P:Ghislaine]], [[P:Rolande]] et [[P:Mme Pham]]. Les manteaux d'hiver sont à 5 $."""),
(8, "en", F, B, [], """Knights of Columbus Council 2941 – Christmas basket drive. Packing at the Saint-Marc hall on Dec. 19: [[P:Vince Lombardi-Rossi]], [[P:Dr. Ibrahim Said]], [[P:Tony]]. Deliveries Dec. 20 with [[P:Cormac]] and [[P:Lucía]]. 240 baskets, 3 trucks from Location Sauvageau."""),

# ---------- brief 9: pasted e-mail signature or contact card ----------
(9, "fr", LI, B, [], """Merci pour l'invitation!
--
[[P:Me Sophie-Anne Gravel]], avocate
Associée | Litige civil et commercial
Gravel Beaulieu s.e.n.c.r.l.
[[A:1155, boulevard René-Lévesque Ouest]], bureau 2500
Montréal (Québec) [[PC:H3B 2J8]]
T. [[T:514 555-0142]] | C. [[T:514 555-0199]]
[[E:sagravel@example-avocats.ca]]"""),
(9, "en", LI, L, [], """—
[[P:Michael J. O'Connor]], CPA
Senior Tax Manager | Richter LLP
[[T:514.555.0166]] (direct)
[[E:moconnor@example.com]]
Pronouns: he/him
This e-mail may contain privileged information."""),
(9, "fr", F, C, [], """[[P:Lise-Anne Babin]]
Technicienne en Éducation Spécialisée
CISSS de la Gaspésie — CLSC de Paspébiac
[[T:418 555-0115]], poste 4412
Lundi au jeudi, 8 h 30 à 16 h 30"""),
(9, "en", F, B, [], """Contact card
Name: [[P:Rajinder 'Raj' Dhillon]]
Role: Tournament Director, Montérégie Cricket Association
Cell: [[T:450 555 0118]]
Email: [[E:raj.dhillon@example.org]]
Address: [[A:77 Rue Saint-Charles Ouest]], Longueuil, QC [[PC:J4H 1C5]]"""),
(9, "fr", LI, L, [], """Cordialement,

[[P:Nour El-Khoury]] | Conseillère Juridique Principale
Direction des Affaires Juridiques, Hydro-Québec
[[T:514 555-0173]]
[[E:elkhoury.nour@example.qc.ca]]"""),
(9, "en", IG, S, [], """Bookings & collabs 💌 [[E:lina.phan.art@example.com]] | 📍 Québec City | 📞 [[T:418 555 0129]] | Prints available at Librairie Pantoute and Galerie Le Chien d'Or"""),
(9, "fr", F, B, [], """BEGIN:VCARD
FN:[[P:Ousmane Traoré]]
ORG:Cabinet Traoré Avocats
TITLE:Avocat
TEL;TYPE=CELL:[[T:+1-819-555-0184]]
EMAIL:[[E:o.traore@example-avocats.com]]
ADR:;;[[A:245 rue Principale]];Gatineau;QC;[[PC:J9H 3M2]];Canada
END:VCARD"""),
(9, "en", LI, B, [], """[[P:Dr. Anjali Mehta]], PhD | Forensic Psychologist
Expert witness, Cour supérieure & Ontario Superior Court of Justice
[[T:613 555 0121]] · [[E:amehta@example.com]]
OPQ licence 12345-89"""),
(9, "fr", F, R, [], """—
[[P:Jean-François « JF » Boucher]]
Coordonnateur Sport Étudiant
RSEQ Montérégie
[[T:450 555-0146]]
Suivez-nous : @rseqmonteregie"""),
(9, "en", F, C, [], """Thanks, see you Tuesday.

[[P:Maggie Sheehan-Metallic]]
Community Liaison Officer, Listuguj
cell [[T:418 555 0194]] | [[E:msheehan.metallic@example.ca]]
[[A:17 Riverside West]], Listuguj QC [[PC:G0C 2R0]]"""),

# ---------- brief 10: news commentary, public figures next to private persons ----------
(10, "fr", F, B, [], """Belle victoire de Félix Auger-Aliassime hier soir, et pendant ce temps mon neveu [[P:Loïc]] a gagné son premier tournoi au club de tennis de Boucherville 🎾 Comme quoi tout est possible!"""),
(10, "en", F, L, ["CLIENT_CONFIDENTIALITY"], """Saw Mark Carney's interview on CBC about the housing crisis. Funny timing — my client [[P:Mrs. Abernathy]] just lost her appeal at the TAL over the exact same renoviction scheme at [[A:1420 Rue Notre-Dame Est]]. Unbelievable."""),
(10, "fr", F, R, [], """Mikaël Kingsbury remporte encore l'or en Coupe du monde, et chez nous la petite [[P:Florence]] à [[P:Benoit]] pis [[P:Karine]] a fini 2e aux régionaux de ski de bosses au Mont-Sainte-Marie! 🎿"""),
(10, "en", F, B, [], """Went to see Les Belles-sœurs at the TNM last night — Michel Tremblay is still the GOAT. Sat next to [[P:Gérald]] and [[P:Huguette Lafond]] from our condo board, who talked about the heating bill through the whole intermission 😅"""),
(10, "fr", F, C, [], """Le ministre de la Santé en point de presse à Gaspé ce matin. Pendant qu'il parle de « fluidité », ma mère [[P:Rita Huard]] attend sur une civière à l'urgence de l'Hôpital de Maria depuis 31 heures."""),
(10, "en", F, R, [], """Cale Makar is from Calgary, but our own [[P:Nate Bérubé]] from Saint-Hyacinthe just signed with the Drummondville Voltigeurs 👏 His billet family, the [[P:Charettes]], are thrilled. #RoadToTheShow"""),
(10, "fr", LI, B, [], """Intéressant retour sur l'arrêt R. c. Jordan (2016) de la Cour suprême et les délais déraisonnables. Notre stagiaire [[P:Émilie Dufresne-Hakim]] a préparé un résumé pour l'équipe du Barreau de Longueuil."""),
(10, "en", F, L, [], """Céline singing at the Paris opening ceremony still gives me chills. My cousin [[P:Yolanda]] was a volunteer there and sent me this pic 😭 Apparently Georges St-Pierre was in the crowd too."""),
(10, "fr", F, R, ["DISPARAGEMENT", "HARASSMENT"], """Les gars de RDS disaient que le Rouge et Or avait mérité sa victoire. Pfff. En tout cas, [[P:Kevin Lapointe]], le no 32 du Vert & Or, mérite une suspension pour son plaquage de cochon sur [[P:Thomas]], et je vais m'arranger pour qu'il s'en souvienne."""),
(10, "en", F, S, [], """Watched Mayor Soraya Martinez Ferrada's press conference on snow removal. Meanwhile on our street the plow buried [[P:Mr. Antonopoulos]]'s car again, poor guy is 84 and shovels it himself."""),
(10, "fr", F, L, [], """Gilles Vigneault qui chante « Gens du pays » au spectacle de la Fête nationale, ça me donne encore des frissons. Ma voisine [[P:Mme Thérèse Boudreau-Laval]], qui l'a connu à Natashquan dans les années 60, pleurait devant sa télé."""),

# ---------- brief 11: multilingual community posts ----------
(11, "fr", F, S, [], """Bonswa tout moun! Soirée haïtienne au centre communautaire de Montréal-Nord samedi 🇭🇹 Griot, diri ak pwa, bannann peze. Mèsi anpil à tante [[P:Rose]] et à [[P:Manno Joseph]] pour l'organisation. Pour plus d'info, appelez [[P:Widline]] au [[T:514 555 0131]]. Bondye beni nou!"""),
(11, "en", F, C, [], """Eid Mubarak everyone! 🌙 Alhamdulillah we had a beautiful gathering at the Centre Islamique de l'Outaouais. Shukran to [[P:Abu Karim]] for the grill and to sister [[P:Leila Haddad]] for the decorations. Inshallah next year at the Gatineau Sportsplex."""),
(11, "fr", F, R, [], """¡Felicidades! Les Cóndores de Sherbrooke sont champions du tournoi de futsal de la Fête nationale 🇨🇴🇲🇽 Gol de oro de [[P:Juan Camilo Restrepo]], passe de [[P:Checo]]. Gracias à [[P:doña Teresa]] pour les empanadas 🥟"""),
(11, "en", IG, L, [], """Tết is coming 🧧 Chúc mừng năm mới! Bà Ngoại made bánh chưng all weekend with cô [[P:Hạnh]] and my cousins [[P:Bảo]] and [[P:Vy]] from Brossard. Lion dance Sunday at the Vietnamese Pagoda on Rue Lajeunesse."""),
(11, "fr", F, C, [], """Qujannamiik à tous ceux qui sont venus au festin communautaire de Salluit! Merci à [[P:Qumaq]] pour le caribou et à [[P:Lucassie Kasudluak]] pour la musique. La Co-op et le Northern seront fermés lundi."""),
(11, "en", F, S, [], """Merry Christmas mga kapatid! 🎄 Simbang Gabi was filled with joy this year. Salamat to Ate [[P:Joy]] and Kuya [[P:Rodel]] for the bibingka and puto bumbong. See you at the Filipino Heritage Night at the Côte-des-Neiges community centre!"""),
(11, "fr", F, R, [], """Obrigado à toute la communauté portugaise du Plateau pour la fête du Senhor Santo Cristo! ⛪ Merci au [[P:Sr. Manuel Sousa]] et à la Filarmónica Portuguesa de Montréal. Saudades de vovó [[P:Lurdes]] 💙"""),
(11, "en", F, C, [], """Buon Natale a tutti! The Casa d'Italia Christmas lunch was a hit. Grazie to zia [[P:Carmela]], [[P:Franco DiNardo]] and the Cavalieri di Colombo. Next event: Tombola night on January 10."""),
(11, "fr", IG, S, [], """Jërëjëf! Baptême du petit [[P:Serigne Fallou]] ce weekend 🇸🇳 Merci à yaye [[P:Fatou]] et à tonton [[P:Mamadou Ndiaye]] pour le thiéboudienne. Dieuredieuf à tous ceux qui sont venus de Québec et de Sherbrooke!"""),
(11, "en", F, L, [], """Sat Sri Akal ji 🙏 Langar at the Gurdwara Sahib in LaSalle this Sunday. Sewa team: [[P:Harpreet Kaur]], [[P:Gurdeep]] and bhaji [[P:Sukhwinder]]. Contact [[P:Gurdeep]] at [[T:514 555 0152]] to help in the kitchen."""),
(11, "en", IG, C, [], """新年快乐! Lunar New Year at the Chinese Catholic Mission on De La Gauchetière 🧧 Photos by [[P:Wei Zhang]], dumplings by Auntie [[P:Mei]] and [[P:Chen Jia-Hui]]. Lion dance by the Wing Chun club."""),
(11, "en", F, S, [], """Thành kính phân ưu. Our grandfather [[P:Nguyễn Văn Tư]] passed away in Longueuil on November 30. The family thanks Thầy [[P:Minh Tâm]] of the Quan Âm pagoda for the prayers."""),

# ---------- brief 12: ALL-CAPS post or lower-case fast texting ----------
(12, "fr", F, S, [], """QUI A LAISSÉ SON CHAR DANS L'ENTRÉE DU GARAGE DE L'ARÉNA?? C'EST UNE KIA SOUL GRISE. [[P:RÉJEAN]] DIT QUE C'EST LE CHAR À [[P:DENIS CHAREST]]. DÉPLACE TON CHAR [[P:DENIS]] ON PEUT PAS SORTIR LA ZAMBONI!!!"""),
(12, "en", F, L, [], """HAPPY 40TH BIRTHDAY TO MY BEST FRIEND [[P:SHANNON MCALLISTER]]!!! BORN [[DOB:DECEMBER 2, 1986]] AND STILL THE WILDEST GIRL IN POINTE-CLAIRE 🎉🎉 MEET US AT THE KEG ON ST-JEAN BLVD AT 8"""),
(12, "fr", F, C, [], """salut [[P:marc-andre cote]] cest [[P:huguette]] ta tante, ton cousin [[P:kevin]] veut ton numero pour le chalet a lac-etchemin, appelle moi au [[T:4185550179]] ou texte [[P:sylvain]]"""),
(12, "en", F, R, [], """yo [[P:tyler]] u coming to practice tmrw? coach [[P:mckenna]] said if u miss again ur benched for the game vs beaconsfield lol. tell [[P:jaylen]] 2"""),
(12, "fr", F, S, [], """allo [[P:mylene]] cest [[P:nath]], jai vu [[P:cindy]] au dollarama a matane tantot, elle te fait dire bonjour. on se voit a la fete a [[P:raph]] samedi?"""),
(12, "en", F, B, [], """URGENT!!! LOST DOG IN SEPT-ÎLES, BROWN LAB NAMED BRUNO, ANSWERS TO "BRU". LAST SEEN NEAR THE CANADIAN TIRE ON BOUL. LAURE. CALL [[P:GLORIA]] AT [[T:418 555 0111]] OR [[P:MARC ST-ONGE]]."""),
(12, "fr", F, B, [], """ATTENTION ARNAQUE!!! QUELQU'UN SE FAIT PASSER POUR [[P:ME LUCIE PARADIS]] SUR MESSENGER ET DEMANDE DES VIREMENTS INTERAC. LE VRAI NUMÉRO DU CABINET EST LE [[T:819 555 0140]]. NE RÉPONDEZ PAS AU FAUX PROFIL!"""),
(12, "en", IG, L, [], """omg [[P:jess]] n [[P:kayla]] r at la cage brossard rn watching the habs lose again 😂 [[P:ryan]] where r u"""),
(12, "fr", F, R, [], """FÉLICITATIONS À NOS CHAMPIONNES DU VOLLEY JUVÉNILE!!! MERCI À [[P:M. PHILIPPE OUELLET]] ET À [[P:MME NADIA ST-PIERRE]]. GO LYNX GO!!!"""),
(12, "en", F, S, [], """shoutout to [[P:helene]] and [[P:francois]] from the st-jerome ymca for the ride home. [[P:rene]] says hi too, hes at his moms in ste-agathe til monday"""),
(12, "fr", F, C, [], """help!! qqn a utilise ma carte visa [[CC:4786579754323199]] sur amazon pour 742,18 $, desjardins dit dattendre 10 jours ouvrables. no de reclamation 20261202-0457 si ca aide qqn"""),
]

# ---------- extra posts: other entity types (court files, SIN, cards, NAM, DOB) ----------
POSTS += [
(8, "fr", F, L, ["CLIENT_CONFIDENTIALITY"], """Rappel pour l'équipe : l'audience dans [[P:Haddad]] c. [[P:Bélisle]] ([[CF:500-17-128876-241]]) est reportée au 14 janvier, salle 2.08 du palais de justice de Montréal. [[P:Me Girard]] plaide, [[P:Karine]] prépare les pièces P-1 à P-14."""),
(12, "en", F, B, [], """PSA: scammers are texting about CRA refunds. My aunt almost read her SIN ([[SIN:252 601 810]]) to a guy on the phone while we were at Tim Hortons 🤦 The "refund" was $1,248.37. Hang up, people!"""),
(9, "en", F, L, ["CLIENT_CONFIDENTIALITY"], """Can anyone recommend a notary in Laval? Client intake for [[P:Mr. Fernando Pacheco]], DOB [[DOB:1962-07-19]], SIN [[SIN:459 083 010]], RAMQ [[NAM:PACF 6207 1914]] — needs a will done before his surgery at the Jewish General."""),
(10, "en", F, B, [], """Small claims update 😤 File [[CF:500-32-701234-256]] — hearing finally set for March 3 at 9:30, room 1.10. Contractor still says he never got my 2 e-mails. Thanks to [[P:Me Tanya Whitehorse]] for the free consult at the clinic."""),
(2, "en", IG, R, [], """Happy 16th to our goalie [[P:Manon-Kateri Deer]] 🎂 (born [[DOB:Dec 2, 2010]]) — 3 shutouts this season for the Châteauguay Lions. #Kahnawake #GirlsHockey"""),
(4, "fr", F, S, [], """Vends paire de billets pour la tournée Star Académie à la Place Bell de Laval, 90 $ chaque. Paiement par carte accepté, j'ai un lecteur Square. Ou par virement à [[E:lyne.gagnon.77@example.com]]. Demandez la grosse [[P:Lyne]], tout le monde me connaît au Carrefour Laval 😄"""),
(3, "fr", F, C, ["CONFIDENTIAL_INFORMATION", "CHILD_PROTECTION_IDENTIFICATION"], """Parents de la RTF : voici le code de la porte du local de visite supervisée du CLSC de Bonaventure, 4471#, et la liste des enfants pour le party : [[P:Noah]] ([[NAM:BOUN 1503 2218]]), [[P:Océane]], [[P:Liam-James]]. Ne partagez pas svp."""),
(12, "en", F, L, [], """FINAL NOTICE FROM YOUR LANDLORD: RENT FOR APT 6 AT [[A:3185 BELANGER STREET]] IS DUE DEC. 1ST. E-TRANSFER TO [[E:slavoie.immeubles@example.com]] OR CALL [[P:SYLVAIN LAVOIE]] [[T:514 555 0103]]. NO MORE EXCUSES [[P:DIMITRI]]."""),
(4, "en", F, C, [], """Whoever dropped a Costco receipt with a Visa card number on it at the Maxi in Gaspé ([[CC:4487 5749 1186 2520]], exp. 09/28) — I cut it up, but call your bank. Receipt #0042 7719 3301, total $187.45."""),
(1, "fr", F, L, [], """Avis de décès : [[P:M. Fernand « Ti-Fern » Desjardins]], né le [[DOB:3 mars 1944]] à Saint-Georges de Beauce, décédé le 29 novembre 2026. Pas de lien avec la caisse Desjardins, comme il aimait le dire 😄 Dons à la Fondation de l'Hôpital de Saint-Georges."""),
]

# ---------- extra posts, second pass: word-like names, Title Case non-names, lower-case names ----------
POSTS += [
(9, "en", LI, L, [], """We're hiring! Director of Legal Operations, Senior Paralegal and Bilingual Legal Assistant positions are open in our Quebec City office (Grande Allée). Reach out to our Talent Acquisition Partner [[P:Mélodie Gingras-Paul]] at [[E:careers@example-law.ca]]."""),
(8, "fr", F, S, [], """Rappel : Mardi, Mercredi Et Jeudi, La Friperie Ouvre À 9 h. Merci De Ne Pas Laisser De Sacs Devant La Porte Le Dimanche. Bonne Semaine À Tous!
— [[P:Pierrette]], Coordonnatrice Des Bénévoles"""),
(2, "en", F, R, [], """Shoutout to [[P:Grace]], [[P:Hope]] and [[P:Victoire]] for the hustle at practice tonight. Patience is a virtue, but not on the court 😂 — Coach [[P:Patience Mensah]]"""),
(11, "en", F, S, [], """tshinashkumitin 🙏 to [[P:shanice pinette]] and [[P:kevin ashini]] for driving the elders from mashteuiatsh to the pow wow in wendake"""),
(4, "fr", F, L, [], """Livraison gratuite pour les codes postaux qui commencent par H1 et H2 seulement. Entrepôt : [[A:8800, boulevard Pie-IX]], Montréal [[PC:H1Z 3T8]]. Modèle XR-450, garantie 2 ans, 1 299 $. Service à la clientèle : [[T:1 800 555-0100]]."""),
(10, "en", F, B, [], """Anyone else watching The Voice? The guy from Rouyn-Noranda who sang Leonard Cohen's Hallelujah 🔥 My sister [[P:Tamara]] went to high school with him at La Calypso, says he was always singing Beatles songs in the cafeteria."""),
(12, "fr", F, C, [], """JOYEUX ANNIVERSAIRE A [[P:HELENE BEAUDOIN]] NEE LE [[DOB:2 DECEMBRE 1951]]!!! 75 ANS MA BELLE TANTE, ON T'AIME GROS. BISOUS DE [[P:RAYMONDE]] PIS [[P:GILLES]] DE CAPLAN"""),
(5, "en", IG, C, [], """sunrise on the bay in chisasibi 🌅 w/ [[P:darlene bearskin]] & [[P:neeposh]]. james bay never disappoints"""),
(10, "fr", F, L, [], """[[P:Mohamed Amine Bensalah]] et [[P:Mouhamed-Lamine Sy]] ont tous les deux réussi l'examen du Barreau! Fierté de Montréal-Nord 🎉 On a fêté ça devant Tout le monde en parle, Boucar Diouf était invité en plus!""" ),
(2, "en", F, R, [], """[[P:José Luis Ramírez]] with the hat trick, [[P:Valentina]] with two assists. Cóndores 5, Pumas 1 at the Stade de soccer de Montréal. Next: the Portugal Cup vs Santa Cruz FC."""),
(6, "fr", F, C, [], """@[[P:Josée Sirois]] @[[P:JoJo Arsenault]] merci pour l'info! @[[P:Rémi]] le bingo de l'Âge d'Or est au sous-sol de l'église de Pabos Mills, pas à Chandler. Ça commence à 19 h."""),
]

# ---------- extra posts, third pass: more numbers, no-cue names, a few rule-bearing posts ----------
POSTS += [
(10, "fr", F, B, ["CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE"], """Grosse journée au palais de justice de Percé pour le dossier [[CF:110-17-000482-259]] de ma cliente [[P:Mme Bourdages]]. Trois heures de route aller-retour, mais on ressort avec une ordonnance! Merci à [[P:Me Cloutier]] de la partie adverse pour sa courtoisie."""),
(4, "en", F, L, [], """Found a wallet on the 24 bus on Sherbrooke Street: Desjardins Visa ending in 4417, an STM Opus card and an ID for [[P:Ngozi Okafor-Lévesque]]. The SIN card is in there too ([[SIN:566 131 868]]) so please claim it fast. I'll drop it at the Station Berri-UQAM lost & found Monday."""),
(8, "fr", F, R, [], """Comité organisateur du tournoi de Noël de Saint-Bruno : [[P:Helene Cote]], [[P:Francois Belanger]] et [[P:Rejean Theriault]]. [[P:Andre-Anne Lariviere]] s'occupe des chandails Sport Expert, [[P:Thuy Duong]] de la cantine. Arbitres en chef : [[P:Boisvert]] et [[P:Nkemelu]]."""),
(5, "en", IG, S, [], """Chinatown 5K done 🏃 [[P:WANG Xiaoming]] and [[P:LIU Yifei]] crushed it, cheering squad [[P:TUKKIAPIK]], [[P:ANNANACK]] and my cousin [[P:Pauloosie]] brought the bannock. Next stop: the Scotiabank half in Montreal."""),
(6, "fr", F, B, ["PERSONALIZED_LEGAL_ADVICE"], """@[[P:Nadia Bouchard]] Dans votre cas, puisque votre propriétaire n'a pas envoyé l'avis 3 mois avant la fin du bail, vous pouvez refuser l'augmentation : envoyez-lui une lettre recommandée d'ici vendredi et gardez la preuve. [[P:Me Olivier Bastien]], avocat"""),
(4, "en", F, B, ["TESTIMONIAL_SOLICITATION", "MISLEADING_ADVERTISING"], """Won your case with us? Leave us 5 ⭐ on Google! 100% success rate, guaranteed results or you don't pay — call [[P:Me Dimitri Papadopoulos]] at [[T:514 555 0161]] or drop by [[A:1010 Sainte-Catherine Street West]], suite 1200."""),
(12, "en", F, C, [], """ok so the guy renting me the cabin in perce asked me to send my amex number over messenger?? [[CC:3714 710497 46500]] — deleted it 2 min later but still. is that normal lol. his name is [[P:gaston]] something"""),
(1, "fr", F, S, ["SURVIVOR_IDENTIFICATION"], """Bravo à [[P:Sonia]], 34 ans, de Sainte-Anne-des-Monts, qui nous quitte ce mois-ci après 8 mois à la maison et qui a enfin trouvé son propre logement! Tout le personnel est fier de toi ❤️"""),
]
