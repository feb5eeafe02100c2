POSTS = [
# ---- d1: LinkedIn welcome posts ----
("d1","fr","linkedin","L",[],"""Grosse semaine chez Lavery-Dumont Avocats : on accueille [[P:Amélie Nguyen-Trottier]] comme stagiaire en litige civil! Diplômée de l'Université Laval et de l'École du Barreau (cohorte 2026), elle sera jumelée à [[P:Me Rosaire Gendron]] et à [[P:me sophie belanger]] pour son stage. Merci aussi à [[P:Kwame Asante]], son ancien patron au Centre de justice de proximité de Québec, pour la référence. Bienvenue [[P:Amélie]]! 🎉 #Stage #Barreau #VieDeCabinet"""),
("d1","en","linkedin","B",[],"""Proud mentor moment: my articling student [[P:Declan O'Rourke]] was sworn in yesterday at the Palais de justice de Montréal on Notre-Dame Street. Huge thanks to [[P:Me Fatoumata Diallo]] for the reference letter and to the Barreau du Québec's mentoring program for pairing us back in 2025. [[P:Declan]], if anyone needs a sharp junior in construction law, reach him at [[E:declan.orourke@orourke-avocats.ca]] or [[T:514 555 0142]]. Welcome to the profession! #BarreauDuQuébec #Assermentation"""),
("d1","fr","linkedin","C",[],"""C'est avec plaisir que la Direction des services multidisciplinaires du CISSS de la Gaspésie souhaite la bienvenue à [[P:Mélanie Jerome]], nouvelle conseillère en soins infirmiers à l'Hôpital de Maria (les deux ont donné leur accord écrit pour cette publication). Originaire de Gesgapegiag, [[P:Mélanie]] a travaillé huit ans à l'Hôpital Sainte-Justine. Elle sera accompagnée par sa mentore, [[P:Dre Nathalie Arsenault]], pendant son intégration. Pour la joindre : [[T:418.555.0173]] poste 2241. Wela'lin et bienvenue!"""),
("d1","en","linkedin","R",[],"""Please welcome [[P:Jasmeet Kaur Sandhu]], our new regional coordinator for volleyball! [[P:Jas]] coached the Collège Charles-Lemoyne Lions for five seasons and brings great energy to the Montérégie network. She'll be shadowing [[P:Bernard "Ti-Ben" Lapointe]], who retires in June after 31 years (and still claims he never lost a tournament at Centre Sportif Gaétan-Boucher 😄). References thanks to [[P:m. tessier]] from Sport-Études Jean-Jacques-Bertrand. Questions about the 2026-27 schedule: [[E:jsandhu@rseqmonteregie.qc.ca]]."""),
("d1","fr","linkedin","B",[],"""Bienvenue à bord à nos 4 nouveaux stagiaires du Barreau : [[P:Louis-Philippe Caron]], [[P:Yasmine Benali]], [[P:Thi Lan Pham]] et [[P:Eduardo Ramírez Soto]]! Ils vont passer les six prochains mois entre la Chambre civile et l'aide juridique de Longueuil. Un merci spécial à [[P:Me Gisèle Beaulieu-Morin]] qui a accepté d'agir comme maître de stage pour deux d'entre eux, et à [[P:PIERRE-LUC ST-ONGE]] pour les lettres de référence. #JeunesAvocats #ÉcoleDuBarreau"""),
("d1","en","linkedin","S",[],"""Our team is growing! We're thrilled to welcome a new intervention worker to our house this fall. She comes to us from a community organisation in Rimouski and has a background in social work from UQAR. Training will be led by our clinical coordinator, and she'll join the 24/7 line. If you know someone who'd like to join us, our job postings are on the Réseau des maisons d'hébergement website. #MaisonsDHébergement #ViolenceConjugale #Emploi"""),
("d1","fr","linkedin","L",[],"""On souhaite la bienvenue à [[P:Rahul Mehta]], notre nouvel avocat en droit du travail, qui nous arrive de Fasken après un passage à la Commission des normes, de l'équité, de la santé et de la sécurité du travail. [[P:Rahul]] a été recommandé par [[P:Me Chantal Picard]] (notre associée directrice) et par son ancien professeur à McGill, prof. [[P:evelyn tsang]]. Il partagera le bureau du 6e avec [[P:jf]] et [[P:Marco]] — bonne chance avec le café, [[P:Rahul]] ☕ #DroitDuTravail #Recrutement"""),
# ---- d2: memes and quotes ----
("d2","fr","facebook","R",[],"""« Mon pays ce n'est pas un pays, c'est l'hiver » — Gilles Vigneault 🥶❄️ Pas mal ça qu'on a vécu au tournoi de basket de samedi à l'aréna Jacques-Laperrière, le chauffage était mort. @[[P:karine.leduc]] tu t'en souviens de tes mitaines sur le banc? 😂 #RSEQ #Montérégie #HiverQuébécois"""),
("d2","en","instagram","L",[],"""“It always seems impossible until it's done.” — Nelson Mandela 🙏 @[[P:nico_deluca]]"""),
("d2","fr","instagram","C",[],"""« Y'a pas de problème, y'a juste des solutions » — c'est pas Yvon Deschamps qui a dit ça, c'est ma tante [[P:Ginette]] (née le [[D:14 février 1956]], elle va me tuer 😇) à chaque Noël à Carleton-sur-Mer 🤣 @[[P:marie_eve.bujold]] je sais que tu vas comprendre. Joyeuses Fêtes de toute la gang de Bonaventure!"""),
("d2","en","facebook","S",[],"""“Success isn't about how much money you make; it's about the difference you make in people's lives.” – Michelle Obama 💜 Sharing this for every volunteer who stuffed backpacks for our back-to-school drive. Tagging my partner in crime [[P:Siobhan Flaherty]], who drove the truck from Sherbrooke twice. #ViolenceConjugale #Bénévolat #12JoursDAction"""),
("d2","fr","facebook","B",[],"""« La liberté n'est pas une marque de yogourt » — Pierre Falardeau. Je n'ai rien d'autre à ajouter sur le débat de ce soir à l'Assemblée nationale 😅 [[P:Jean-Sébastien Ouellet]], j'attends ton analyse constitutionnelle demain au Café Névé. #PolQc"""),
("d2","en","instagram","R",[],""""The Rocket" Maurice Richard once said: “I was not a great skater, but I could put the puck in the net.” Me at practice today, except without the puck in the net 🏒 Shoutout to @[[P:tomi.okafor]] and [[P:BIG MIKE DESROSIERS]] for carrying the Brossard Patriotes U15 again. Next game at Polyvalente Mgr-A.-M.-Parent, 3-1 final last time!"""),
# ---- d3: group-chat transcripts ----
("d3","fr","facebook","R",[],"""J'ai ri toute la soirée 😂 notre chat de parents de l'équipe de soccer :
[[P:Nathalie]] : quelqu'un peut amener les oranges samedi?
[[P:Steve B.]] : moi je fais les Timbits
[[P:Nathalie]] : [[P:STEVE]]. des oranges.
[[P:Steve B.]] : ok ok 2 boites de Timbits pis une orange
[[P:mamie lucille]] : C'est à quelle heure la partie au parc Marie-Victorin déjà
[[P:Nathalie]] : 10h, terrain 3, Boucherville 🙄
Vive le RSEQ Montérégie pis vive les bénévoles!"""),
("d3","en","instagram","L",["CLIENT_CONFIDENTIALITY"],"""Screenshot from our associates' group chat, shared with permission, because it's Friday:
[[P:Aisha]]: who took my stapler
[[P:Gabe Moreau]]: define "took"
[[P:Aisha]]: [[P:GABRIEL]]
[[P:Wen]]: it's in the boardroom next to the binders for the [[P:Desjardins-Okafor]] file ([[C:500-17-128845-251]]), same place as always
[[P:Gabe Moreau]]: borrowed. the word is borrowed.
Law firm life at its finest 📎 #FridayFeeling"""),
("d3","fr","facebook","S",["SURVIVOR_IDENTIFICATION","LOCATION_DISCLOSURE"],"""Je sais pas si je devrais partager ça mais je suis tellement fière d'elle ❤️ texto de ce matin :
[[P:Rosalie T.]] : merci pour tout, j'ai signé mon bail hier! Le 4½ au [[A:215 rue Lafontaine, app. 3]] à Rivière-du-Loup, loin de lui enfin
Moi : tu mérites tellement ça 🥹
[[P:Rosalie T.]] : les enfants ont chacun leur chambre. Appelle-moi quand tu veux au [[T:418 555-0196]]
Après 3 mois chez nous, elle vole de ses propres ailes."""),
("d3","en","facebook","C",["CHILD_PROTECTION_IDENTIFICATION","CONSENT_REQUIRED"],"""Our foster family group chat this morning, had to share 😅
[[P:Denise]]: Little [[P:Kayden]] (5) lost his first tooth at breakfast!!
[[P:Roger Cormier]]: Tooth fairy rates in Chandler are $2 now?
[[P:Denise]]: his mom [[P:Tammy Jerome]] says $5 lol, she calls Thursdays from the DPJ office
[[P:Roger Cormier]]: inflation 😂
Proud RTF parents since 2019 #FamilleDAccueil #Gaspésie"""),
("d3","en","linkedin","B",[],"""Some texts I got from my mentor on my first day of practice, 10 years ago today. Still on my fridge:
[[P:Me Hélène Tardif]]: Read the file twice. Then read it again.
[[P:Me Hélène Tardif]]: Never argue with a clerk.
[[P:Me Hélène Tardif]]: And call your mother, she's been texting me.
Thank you [[P:Hélène]]. The Barreau du Québec's Jeune Barreau de Montréal mentorship program changed my career. #Mentorship #10Years"""),
("d3","fr","instagram","C",[],"""Conversation du chat de la gang du CLSC de Gaspé hier soir (sans contexte, on se comprend) :
— on se fait une soirée de jeux de société vendredi?
— j'amène Catan pis des chips au vinaigre
— qui a encore perdu Les Colons de Catane 4 fois d'affilée l'an passé 👀
— pas de commentaires
Hâte à vendredi, la gang 🎲 #Gaspésie #JeuxDeSociété"""),
("d3","en","facebook","R",["DISPARAGEMENT"],"""lmao this is the coaches' chat after the Saint-Hyacinthe game:
coach [[P:Dany]]: ref was blind again
[[P:Kev Lachance]]: that ref [[P:Martin Poirier]] couldn't officiate a game of UNO, absolute clown 🤡
[[P:Mo Haddad]]: someone should tell the RSEQ he's a joke
final score 52-48 and we got robbed #RSEQ"""),
# ---- d4: craft fairs and farmers' markets ----
("d4","fr","facebook","S",[],"""🎄 Marché de Noël au profit des maisons d'hébergement — samedi 12 décembre, 10h à 16h, sous-sol de l'église Saint-Roch (salle publique, entrée par la rue Saint-Joseph). Nos exposants cette année :
• Les Savons de Mireille
• Érablière Gagnon & Fils (Saint-Ferdinand)
• Tricots Chez Lucienne
• Bijoux Nadia Haddad Design
• Miel Lachance
• Poterie Kateri Montour (Kahnawà:ke)
Merci à toutes les bénévoles 💜 Infos : [[E:marchedenoel.solidaire@gmail.com]] ou [[T:581-555-0114]]."""),
("d4","en","instagram","L",[],"""Saturday at the Atwater Market with the family ☀️ Our firm's pro bono team had a table next to some amazing vendors: Fromagerie Marie Kadé, Boulangerie Joseph-Armand, Les Jardins de Tony Pereira, and O'Brien's Pickle Co. Special thanks to [[P:Mrs. Dorothy Walsh]], the lovely lady who bought the last 3 jars of rhubarb jam before we could 😅 and to [[P:tony]] for the extra basil. Table #14, $6 a jar, sold out by 11."""),
("d4","fr","instagram","C",[],"""Marché public de Paspébiac ce samedi! 🥕 Venez encourager les producteurs de la Baie-des-Chaleurs : Ferme Bujold & Filles, La Fromagerie du Vieux Pont, Les Pains d'Émilie, Fumoir Cyrille-Arsenault et Jardins Anse-à-la-Barbe. Petite annonce : une cliente a oublié son portefeuille au kiosque 7 avec une carte soleil au nom de [[P:CHANTAL LEBLANC]] ([[R:LEBC 6552 1489]]). [[P:Chantal]], écris-nous en privé ou passe au [[A:86 boul. Gérard-D.-Levesque]], [[Z:g0c 2h0]]."""),
("d4","en","facebook","B",[],"""Our Bar association's holiday craft fair raised $3,240 for the Fondation du Barreau! 🎉 Thank you to our vendors: Céramiques Hélène-Gauthier, Knit by Nguyen, Bougies Père Gédéon, Tisanes Wabanaki, and Caricatures Ti-Loup. A lawyer who shall remain nameless paid with a note reading "card [[CC:4539 1488 0343 6467]], exp 09/28, ask for [[P:Jacques]]" 🙈 — please don't do that, folks. We shredded it. Receipts #A-00417 to #A-00562 available on request."""),
("d4","fr","facebook","S",[],"""Salon des artisanes 2026 🧶 Cette année, 22 kiosques à l'aréna Maurice-Richard! Liste des exposantes : Atelier Josée Bouchard, Courtepointes Grand-Maman Irène, Savonnerie Rose-Aimée, Les Mitaines à Ti-Gus, Bijoux Yolande Laforest, Chocolaterie Vasquez, Créations Mumbi. Les profits vont au fonds d'urgence pour les femmes.

Nouveautés cette année : un coin café tenu par les Cuisines collectives de Longueuil, une tire sur la neige si Dame Nature coopère (on s'entend qu'en novembre à Saint-Hubert c'est pas garanti 😅), et un tirage d'un panier-cadeau de 250 $ avec des produits de tous les kiosques. Billets à 5 $ ou 3 pour 10 $, tirage à 15h30. Stationnement gratuit derrière l'aréna, accès par le boulevard Cousineau. Les poussettes sont les bienvenues, il y a un ascenseur.

Un gros merci à [[P:Maryse]] et à la grande [[P:Jo]] qui montent les tables depuis 8 ans, et à [[P:Fernanda Oliveira]] pour les affiches. Pour réserver une table l'an prochain : [[P:Ginette Paradis]], [[T:(450) 555‑0187]] poste 3, ou [[E:g.paradis_artisanes@videotron.ca]]."""),
("d4","en","instagram","B",[],"""Sunday farmers' market in Knowlton with my little one 🍎 Picked up maple butter from Sucrerie Bertrand and duck rillettes from Canards du Lac Brome. Ran into [[P:Ines]] from law school at the Verger Lacroix stand, twelve years later! #EasternTownships #MarchéFermier"""),
]
