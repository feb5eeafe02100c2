# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------- Brief 1: LinkedIn anniversaries / welcomes / farewells ----------
(1, "fr", "linkedin", "B", [], """10 ans aujourd'hui chez Lavoie Bergeron Saint-Amand avocats 🎉
Merci à Me [[P:Geneviève Saint-Amand]] de m'avoir fait confiance en 2015 quand j'étais un stagiaire qui savait à peine ouvrir un CanLII. Merci aussi à [[P:Josée]] à la réception, la vraie patronne du 3e étage 😄
On continue! #droitfamilial #Barreau #Trois-Rivieres"""),
(1, "en", "linkedin", "L", [], """Please join me in welcoming [[P:Aanya Krishnamurthy]] to our Employment & Labour group as Senior Associate! [[P:Aanya]] joins us from McCarthy Tétrault in Toronto and will be based in our Montreal office on René-Lévesque Blvd.
You can reach her at [[E:akrishnamurthy@fournier-lachance.ca]] or [[T:514.555.0172 ext. 2231]]. Welcome to Fournier Lachance LLP, [[P:Aanya]]! 👋"""),
(1, "fr", "linkedin", "R", [], """Aujourd'hui on dit au revoir à notre coordonnateur régional [[P:Réjean "Ti-Ré" Beauchemin]] après 27 ans au RSEQ Montérégie 🏐🏀
Des tournois à l'aréna Jacques-Lemaire aux finales régionales à Saint-Hyacinthe, t'as tout vu mon [[P:Ti-Ré]]. Bonne retraite au chalet du lac Memphrémagog!
Merci aussi à [[P:Mélanie Côté-Rioux]] qui reprend le flambeau comme coordonnatrice 💪"""),
(1, "en", "linkedin", "C", [], """Happy 5-year work anniversary to me! 🎂 Five years as a clinical nurse at Hôpital de Chandler, CISSS de la Gaspésie. Grateful for every night shift, every storm on Route 132 and every cup of Tim Hortons coffee.
Here's to 5 more. #nursing #Gaspesie #PercéRock"""),
(1, "fr", "linkedin", "L", [], """c'est avec beaucoup d'émotion que je souligne le départ de [[P:me hélène de la durantaye]], associée directrice de notre bureau de Québec depuis 2009. Elle joint la magistrature comme juge à la Cour du Québec — félicitations Madame la juge!
Merci pour ta rigueur, ton humour et tes fameux muffins aux bleuets du Lac-Saint-Jean 🫐

Quand je suis arrivée au cabinet en 2013, fraîchement sortie de l'Université Laval, c'est [[P:Hélène]] qui m'a appris à rédiger une requête introductive d'instance qui se lit comme une histoire. Elle répétait toujours : « Un juge, c'est un lecteur pressé. Respecte son temps. » Je l'entends encore.
Elle a bâti le groupe litige civil à partir de trois avocats dans un petit bureau de la Grande Allée, avec [[P:Me Pierre-Yves Boisvert]] (qui prend sa retraite l'an prochain, on t'aime [[P:PY]] 😉) et [[P:Me Nadia Benali]]. Aujourd'hui on est 24.
Elle a aussi présidé le comité pro bono, organisé chaque année la collecte pour Moisson Québec et couru le Marathon de Québec à 58 ans. Qui fait ça?!
Le ministre de la Justice a annoncé sa nomination ce matin; l'assermentation aura lieu au palais de justice de Québec, boulevard Jean-Lesage, dans quelques semaines.
Bonne route [[P:Hélène]]. La Cour du Québec est chanceuse.

L'équipe Tremblay Gagnon Boisvert s.e.n.c.r.l."""),
(1, "en", "linkedin", "S", ["CONSENT_REQUIRED"], """Today we say goodbye to our amazing intervention worker [[P:Kateri Diabo]] after 12 years with us 💜 She's heading home to Kahnawake to be closer to family. In the photo: [[P:Kateri]] with [[P:Fatou]] and [[P:Marie-Soleil]] at her surprise party in our kitchen. We'll miss your laugh, [[P:K]]!"""),
(1, "fr", "linkedin", "B", [], """Bienvenue à nos 3 nouveaux stagiaires de l'École du Barreau : [[P:Maxime Nguyen]], [[P:Samira El-Khoury]] et [[P:Olivier « Oli » Gauthier]]!
Le cabinet Dufresne & Laberge les accueille pour la session d'hiver. Si vous les croisez au Palais de justice de Montréal sur Notre-Dame, dites-leur bonjour 😊
#stage #ÉcoleduBarreau"""),
(1, "en", "linkedin", "R", [], """Work anniversary #15 at Collège Charles-Lemoyne 🏈 Coaching the Riverains has been the privilege of my career. Shoutout to my co-coach [[P:dave o'sullivan]] and our athletic therapist [[P:Priya]] — couldn't do it without you two. Go Riverains!!"""),

# ---------- Brief 2: TV series / novels / films ----------
(2, "fr", "facebook", "R", [], """ok [[P:Sandrine]] faut qu'on parle de la finale de District 31 en rediffusion... Poupou qui se fait avoir encore??? Luc Picard était MALADE dans cette scène là 😭😭 
@[[P:caro.bissonnette]] tu me dois 5$ j'avais dit que Daniel Chiasson s'en sortirait"""),
(2, "en", "instagram", "C", [], """Book club pick for February: Kukum by Michel Jean 📚 The way Almanda Siméon walks into Pekuakamiulnuatsh life... I cried on the ferry to Matane. @[[P:jen_mcgrath88]] @[[P:lou.arsenault]] you're next!"""),
(2, "fr", "facebook", "L", [], """SPOILER ALERT pour ceux qui ont pas fini Les Filles de Caleb!!! émilie meurt pas dans le premier tome, arrêtez de me demander 🙄 ovila par exemple... pas fiable pantoute ce gars-là
[[P:chantal]] [[P:nath]] [[P:Ginette B.]] vous êtes rendues où?"""),
(2, "en", "facebook", "B", [], """Finally watched Oppenheimer with [[P:Marc-André]] and [[P:Tanisha]] last night. Cillian Murphy deserved that Oscar. Robert Downey Jr. as Strauss though 🔥 [[P:Marc-André]] fell asleep during the Senate hearing lol"""),
(2, "fr", "instagram", "S", [], """Soirée cinéma entre amies 🎬🍿 On a revu Starbuck et C.R.A.Z.Y. — Marc-André Grondin forever 😍 Zac Beaulieu c'est nous toutes en 1975
merci [[P:ti-cath]] pour le popcorn au ketchup, c'était dégueu mais on t'aime"""),
(2, "en", "facebook", "R", [], """[[P:jess]] ep 3. Bill and Frank. I'm not ok 😭"""),
(2, "fr", "facebook", "C", [], """Quelqu'un a lu le dernier Kim Thúy? Em, c'est tellement beau. [[P:Louise]] m'a dit que c'était trop triste mais moi j'ai adoré le personnage de Tuyết.
([[P:Louise]] = [[P:Louise Poirier]] de la chorale de New Carlisle pas ma cousine [[P:Louise]] lol)"""),
(2, "en", "instagram", "L", [], """re-reading Anne of Green Gables for the 10th time and Gilbert Blythe remains the blueprint 💚 Marilla Cuthbert is basically my mom. @[[P:sinead.obrien]] we HAVE to go to Cavendish this summer"""),

# ---------- Brief 3: museum / heritage / plaques ----------
(3, "fr", "instagram", "S", [], """Journée au Musée de la civilisation à Québec avec les filles 🏛️ L'expo sur la Nouvelle-France était super, pis on a fini ça sur la rue Saint-Jean devant la plaque de Marie de l'Incarnation.
Merci [[P:Nadège]] pour le lift pis [[P:Mireille Paul-Hus]] pour les billets!!"""),
(3, "en", "facebook", "C", [], """Heritage walk in Gaspé this morning ⛵ Our guide [[P:Gilles Dumaresq]] (best guide on the peninsula, ask for him at the Site d'interprétation!) told us all about Jacques Cartier planting his cross in 1534 and the Jersey merchants on the Berceau du Canada.
Plaque of the day: "Here stood the fishing room of Charles Robin". Lunch after at Chez Ti-Blanc on Jacques-Cartier Street 🦞"""),
(3, "fr", "facebook", "B", [], """Petite marche patrimoniale dans le Vieux-Montréal à midi entre deux auditions ⚖️ Le Château Ramezay, la place Jacques-Cartier, la colonne Nelson, l'édifice Ernest-Cormier... 
Le guide, un certain [[P:Benoît]], connaissait par cœur l'histoire de Louis-Hippolyte La Fontaine pis de George-Étienne Cartier. Coup de cœur : la plaque pour Jeanne Mance sur Saint-Paul."""),
(3, "en", "instagram", "R", [], """Team field trip 🚌 to the Fort Chambly National Historic Site before our tournament in Chambly! The kids learned about Jacques de Chambly and the Carignan-Salières regiment, then crossed the bridge to the Richelieu. 
Thanks to Parks Canada's guide [[P:Amélie]] and parent volunteers [[P:Ravi]] and [[P:Mrs. Kowalczyk]] 🙌 #RSEQ #sortiescolaire"""),
(3, "fr", "instagram", "L", [], """visite du musée McCord avec ma belle [[P:Anh-Thu]] 💕 l'expo sur le costume montréalais de 1900 est magnifique. après on a marché jusqu'à la statue de Sir Wilfrid Laurier et le monument à Maisonneuve sur la place d'Armes. 
#musée #montréal #McCordStewart"""),
(3, "en", "facebook", "S", [], """Plaque spotted on Sherbrooke Street: "Thérèse Casgrain, 1896–1981, fought for Quebec women's right to vote (1940)". Stopped for a minute with my friends [[P:Bronwyn]] and [[P:Yasmine Haddad]]. Idola Saint-Jean, Marie Gérin-Lajoie... we stand on their shoulders 💜 #IWD"""),
(3, "fr", "facebook", "C", [], """Visite au Musée de la Gaspésie avec ma tante [[P:Rose-Aimée Cloutier]] pis mon chum [[P:Sylvain]]. L'expo sur le naufrage de l'Empress of Ireland (1914) donne des frissons. 
On est passé par le pont Galipeault? non non c'est pas celui-là lol, c'est le pont de la rivière York 🤦‍♀️ Prochaine fois : le Site historique Banc-de-Pêche-de-Paspébiac."""),
(3, "en", "linkedin", "B", [], """Our firm's annual heritage outing took us to the Maison Saint-Gabriel and the Lachine Canal. Fascinating to learn about Marguerite Bourgeoys and the Filles du Roy. Huge thanks to our junior partner [[P:Tom Papadakis]] for organizing, and to our guide [[P:Mme Lucille Ferron]] who has been volunteering there for 30 years! #teambuilding"""),

# ---------- Brief 4: horoscope / astrology banter ----------
(4, "fr", "facebook", "S", [], """horoscope de la semaine : les Poissons vont vivre "une période de grands changements" 😂 [[P:Manon]] t'es Poisson non? 
Pis Rihanna est Poisson aussi, fait que t'es en bonne compagnie ma belle 🐟✨"""),
(4, "en", "instagram", "C", [], """Scorpio season is here 🦂 Me, @[[P:mikayla_joe]], Drake (no wait he's Scorpio too? yes Oct 24) and our group chat's resident chaos queen [[P:Big Deb]]. 
Mercury retrograde ends Friday so text your exes NOW 📱"""),
(4, "fr", "facebook", "R", [], """JOYEUX ANNIVERSAIRE à ma best [[P:Karine "Kiki" Pelletier]], née le [[D:17 juillet 1989]] 🦀🎂 Cancer jusqu'au bout des ongles : émotive, fidèle pis elle pleure devant les pubs de Tim. 
On se voit à l'aréna de Saint-Jean-sur-Richelieu pour le tournoi samedi! @[[P:kiki.pelletier89]]"""),
(4, "en", "facebook", "B", [], """Ok who else reads Co–Star in the courthouse elevator? Today mine said "avoid contracts". I have a closing at 2pm 😬 
Taurus sun, Virgo moon, Leo rising. Explains everything. [[P:Deepak]] says it's all nonsense but he's a Capricorn so of course he does"""),
(4, "fr", "instagram", "L", [], """Lion ♌ comme Madonna, Barack Obama pis... mon oncle [[P:Réal]] 😂 Le roi de la famille depuis le [[D:8 août 1961]]. Bonne fête mon oncle! 🦁"""),
(4, "en", "facebook", "S", [], """sagittarius moon explains why i said yes to a road trip to Tadoussac with [[P:Nikki]] and [[P:Fernanda]] at 11pm on a Tuesday 🏹"""),
(4, "fr", "facebook", "C", [], """Céline Dion est Bélier, Ginette Reno est Bélier, pis moi aussi! 🐏 Ça explique la voix hahaha
[[P:Jocelyne]] [[P:Ti-Pit]] [[P:Gaetan Leblanc]] venez souper samedi pour ma fête, c'est le 4 avril mais on fête d'avance à Bonaventure 🎉"""),
(4, "en", "instagram", "L", [], """Gemini twins 👯 @[[P:ana.ferreira]] and @[[P:bea.ferreira]] born [[D:June 2, 1995]] in Laval, 5 minutes apart, and they STILL argue about who's the "real" Gemini. Happy birthday girls 🎂"""),

# ---------- Brief 5: blood-donor clinic / volunteer drivers ----------
(5, "fr", "facebook", "C", ["CONSENT_REQUIRED"], """MERCI MERCI MERCI à tous les donneurs de la collecte Héma-Québec d'hier à la salle des Chevaliers de Colomb de Sainte-Anne-des-Monts 🩸 112 donneurs, objectif dépassé!
Un gros merci à notre infirmière [[P:Marie-Josée Lapointe]] du CLSC et à [[P:Réginald]] à l'accueil (photo en commentaire 📸). On se revoit en mai!"""),
(5, "en", "facebook", "S", [], """Thank you to everyone who rolled up their sleeves at the Héma-Québec blood drive at Centre Pierre-Charbonneau last Saturday! 🩸 Our team donated 9 units together. Special thanks to my neighbour [[P:Desmond]] who drove three of us there and back. 
Next clinic: March 14, Place Bonaventure."""),
(5, "fr", "instagram", "R", [], """Collecte de sang de l'école secondaire Pierre-Laporte 🩸💪 Nos joueurs de basket des Carabins juniors ont donné pour la première fois! Bravo à [[P:Hugo]], [[P:Lucas T.]] pis [[P:Alexandre Ménard]] (18 ans depuis la semaine passée!) 
Pis merci aux bénévoles de la Croix-Rouge... oups, c'est Héma-Québec maintenant 😅"""),
(5, "en", "facebook", "C", [], """The Bay Chaleur volunteer driver program drove 1,247 trips to medical appointments in 2024 🚗 (Maria, Carleton, New Richmond to the hospital in Maria and all the way to Rimouski).
To our 31 drivers: thank you. All names withheld — you know who you are 💙 Want to drive? Call the Centre d'action bénévole at [[T:418 555-0193]]."""),
(5, "fr", "facebook", "L", [], """Petit merci public à [[P:M. Bernard Aubut]], chauffeur bénévole du Centre d'action bénévole de Lévis, qui a conduit ma mère à ses traitements à l'Hôtel-Dieu de Lévis pendant 6 semaines ❤️ 
Elle l'appelle "mon [[P:Bernard]]" maintenant 😂 Pour les gens qui ont besoin du service : [[T:418-555-0148]] poste 2, ou [[E:transport.benevole@cab-levis.org]]"""),
(5, "en", "instagram", "B", [], """Donated blood for the 50th time today at the Héma-Québec Globule centre on Sainte-Catherine 🩸🎉 Got my little pin. Thanks to the nurse, [[P:Esperanza]], who found my vein on the first try like always. 
Lawyers, you have a lunch hour. Use it. #donneurdesang"""),
(5, "fr", "facebook", "S", [], """merci a [[P:giselle]] pis [[P:tite-lou]] qui ont organisé le covoiturage pour la clinique de sang a Rimouski! on était 7 dans 2 chars 🚙🚙 pis personne s'est évanoui cette année (sauf [[P:Chantale]] mais elle compte pas lol)"""),
(5, "en", "facebook", "L", [], """My dad's volunteer driver [[P:Joe Metallic]] from Listuguj picked him up at 5am for his cardiology appointment in Campbellton and brought him home with a coffee and a muffin. Angels exist.
(Dad asked me to post his RAMQ card info for the hospital's lost file — no, Dad, we're not posting [[R:MORR 4503 1217]] on Facebook 🤦‍♀️ oops.)"""),

# ---------- Brief 6: road closures / weather / pick-ups ----------
(6, "fr", "facebook", "B", [], """⚠️ Pont Jacques-Cartier fermé direction Longueuil jusqu'à 5h demain, pis le pont Samuel-De Champlain est une coulée de brake lights 🚗🚗🚗
Audition remise dans [[C:500-17-129876-243]], le greffe a appelé. Je rentre par le tunnel Louis-Hippolyte-La Fontaine... pray for me"""),
(6, "en", "facebook", "R", [], """Heads up coaches: Autoroute 30 closed between boul. Sir-Wilfrid-Laurier and the Honoré-Mercier bridge due to freezing rain ❄️ Tonight's volleyball game at Polyvalente Jacques-Rousseau is postponed to Thursday.
Coach [[P:Ben]] will pick up the Brossard kids at the Dix30 Tim's at 5:15, [[P:Sonia]] has the Laprairie crew."""),
(6, "fr", "instagram", "C", [], """ROUTE 132 FERMÉE entre Mont-Saint-Pierre et Gros-Morne, éboulement 🪨🌊 Passez par la 198 via Murdochville. Le Mont Albert est magnifique sous la neige par exemple 🏔️"""),
(6, "en", "facebook", "S", [], """Snow squall warning for the Eastern Townships tonight. Autoroute Jean-Lesage is a mess near Drummondville. If you're heading to the fundraiser dinner, [[P:Aisling]] can pick up anyone from Sherbrooke — text her at [[T:(819) 555‑0166]]. Stay safe everyone ❄️"""),
(6, "fr", "facebook", "L", [], """tempête de verglas: boul. Robert-Bourassa fermé au coin de René-Lévesque, la Côte-du-Beaver-Hall glace vive 🧊 le bureau ouvre à 10h. 
[[P:Steph]] je passe te prendre au [[A:4250 rue Saint-Urbain]]... ah non attends c'est [[A:4520, rue Saint-Urbain]] app. 3 c'est ça? 😅"""),
(6, "en", "instagram", "B", [], """Pierre-Laporte bridge 🙃 45 min. #trafic"""),
(6, "fr", "facebook", "R", [], """ANNULÉ ce soir : match de hockey des Patriotes à l'aréna Michel-Normandin 🏒 la 20 est fermée au pont Galipeault pis l'autoroute Félix-Leclerc... ben non c'est à Québec ça 😂
Les parents : [[P:Marc Hébert]] ramène [[P:Zoé]] pis [[P:Jérémie]], moi je prends les 2 [[P:Ouellet]]"""),
(6, "en", "facebook", "C", [], """Fog advisory on the Matapedia valley road, and the Matapédia–Campbellton J.C. Van Horne bridge down to one lane. Can someone get my mom [[P:Theresa]] from the Tim Hortons in Maria at 3? I'm stuck in Amqui. Her cell is [[T:418.555.0129]] 🙏"""),

# ---------- Brief 7: roommate / colocation ----------
(7, "fr", "facebook", "L", [], """COLOC RECHERCHÉ(E) 🏠 Grande chambre dans un 5½ sur le Plateau, [[A:4312 rue de Brébeuf]], app. 2, [[Z:h2j 3k5]]. 650$/mois chauffé éclairé, proche métro Mont-Royal. On est 2 filles tranquilles ([[P:Léa]] pis moi), un chat nommé Bouddha 🐈 
Texte-moi au [[T:5 1 4 – 5 5 5 – 0 1 3 8]]... ok version normale: [[T:514-555-0138]]"""),
(7, "en", "facebook", "R", [], """Looking for a roommate in Saint-Lambert for Sept 1st! I'm a phys-ed teacher, quiet, early riser, I coach girls' basketball at Heritage Regional so I'm gone most evenings 🏀 
Email me: [[E:megan.o-connell [at] outlook [dot] com]] or call/text [[T:+1 (450) 555 0177]]"""),
(7, "fr", "facebook", "C", [], """Rep à [[P:Jonathan]] : la chambre est encore dispo oui! C'est au [[A:112, boul. de Gaspé]], juste en face du Metro Gaspé, [[Z:G4X2A9]]. Écris à [[P:Mathilde]] c'est elle qui gère: [[E:m a t h i l d e . b o u r q u e @ gmail.com]] (j'ai mis des espaces à cause des bots lol)"""),
(7, "en", "instagram", "B", [], """⚠️ PSA from your friendly lawyer: if a "landlord" on Marketplace asks for your SIN to "hold" the room, it's a SCAM. Someone in my building on Côte-des-Neiges actually sent [[S:235 623 014]] to one of these guys. Do not. Ever. DM me and I'll tell you what's normal to give a landlord."""),
(7, "fr", "facebook", "S", [], """Cherche coloc pour un 4½ à Rosemont 🌿 je suis intervenante de nuit donc horaire décalé, fumeuse dehors seulement. [[P:Yolande]] ou [[P:Ti-Lou]] si vous connaissez quelqu'un dites-leur de m'écrire à [[E:yol.st-pierre@hotmail.ca]] ou au [[T:438.555.01.44]] — oups [[T:438.555.0144]] 😅"""),
(7, "en", "facebook", "L", [], """reply to [[P:kev]]: NO don't put your credit card in the comments!!! delete it now dude, [[CC:4961 0531 7839 2914]] is right there for the whole Concordia housing group to see 😱 the deposit is by e-transfer to [[P:Priyanka]] only"""),
(7, "fr", "instagram", "R", [], """colocation dispo à Sherbrooke près de l'UdeS 🏫 3 chambres, 1 salle de bain, on est des gars de l'équipe de volley du Vert & Or. Contact: [[P:Dom Rivard-Lacasse]] sur Messenger ou [[T:819 555 0105]] #coloc #Sherbrooke"""),
(7, "en", "facebook", "C", [], """Room for rent in New Richmond, 2-bedroom house on [[A:87 Perron Blvd West]], shared with me (nurse, 12h shifts) and a very old golden retriever named Mr. Biscuit. Quiet, no parties. $450 all in. Call [[T:418-555-0115 #2]] and ask for [[P:Wendy]]."""),

# ---------- Brief 8: winter carnival / village festival ----------
(8, "fr", "facebook", "R", [], """CARNAVAL DE SAINT-CÉSAIRE 2025 ❄️👑 Félicitations à nos duchesses : [[P:Florence Gadbois]] (duchesse de la Pomme), [[P:Mia-Rose Tanguay]] (duchesse du Hockey) pis [[P:Océane Lussier]]! Merci à nos commanditaires : Quincaillerie Laurent Beaudry inc., Pharmacie Jean Coutu, Boulangerie Chez Mado pis la Caisse Desjardins. 
Bonhomme Carnaval est venu nous saluer en motoneige 😂"""),
(8, "en", "instagram", "S", [], """Fun day at Québec's Carnaval with the crew ⛄ Bonhomme hugs, maple taffy on snow, and a Caribou that knocked out [[P:Rachel]] by 3pm lol. Thanks to our sponsor Rôtisserie St-Hubert for the fundraising tickets! #CarnavalDeQuébec"""),
(8, "fr", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Notre petite [[P:Kayla]], 9 ans, qui vit chez nous en famille d'accueil depuis l'automne, a été nommée princesse du Carnaval de Cap-Chat!!! 👑 Sa maman [[P:Jessica Bernatchez]] va être fière quand elle va voir la photo 🥹 Merci au Dépanneur Chez Ginette pour la couronne."""),
(8, "en", "facebook", "B", [], """Proud to sponsor the Festival western de Saint-Tite again this year as Beaulieu Ramsay Avocats 🤠 Our booth is next to the Garage Réal Lévesque tent. Come say hi to [[P:Me Caroline Beaulieu]] and our paralegal [[P:Jimmy Ng]]! No legal advice at the rodeo, just free lemonade."""),
(8, "fr", "instagram", "L", [], """le festival du Homard de Carleton 🦞 avec [[P:Kim]], la grande [[P:Jo]] pis [[P:Frédérique Bastien-Oliveira]]. la mascotte Pinceau le homard a dansé sur du Ginette Reno pis on a tout filmé hahaha 🎶"""),
(8, "en", "facebook", "R", ["DISPARAGEMENT", "HARASSMENT"], """lmao did you see who they picked as duchess for the Beloeil winter fest?? [[P:Chloé Marchand]] from the Pirates volleyball team 🤡 she can't even serve and now she gets a crown. everyone go vote for the OTHER girl and spam her page so she gets the message 😂😂"""),
(8, "fr", "facebook", "S", [], """Merci à tous les bénévoles du Festival des Sucres de Saint-Pierre-Baptiste 🍁 Un merci spécial à la famille [[P:Boisvert]] de l'érablière Boisvert & fils, au comité organisateur ([[P:Solange]], [[P:Denis Houle]], [[P:Mme Thibodeau]]) pis à Ti-Gus la mascotte, qui a survécu à 6h dans son costume de castor 🦫"""),
(8, "en", "linkedin", "C", [], """Honoured to have represented the CISSS de la Gaspésie at the opening of the Festival en chanson de Petite-Vallée 🎶 Congrats to the organizing committee and to Desjardins, Hydro-Québec and Pharmacie Uniprix Marie-Claude Roy for sponsoring. The Gaspé Peninsula sings!"""),
]
