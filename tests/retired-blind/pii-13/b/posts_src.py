# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------- b1: choir, community theatre, talent shows ----------
("b1", "fr", "facebook", "C", [], """🎄 Concert de Noël de la Chorale Saint-Albert de Gaspé 🎄
Dimanche 14 décembre, 14 h, église Saint-Albert (entrée libre, contribution volontaire pour la Guignolée).

Au programme :
- Minuit, chrétiens (Adolphe Adam)
- Les Anges dans nos campagnes
- Hallelujah de Leonard Cohen, solo : [[P:ginette poirier]]
- Petit Papa Noël, avec les enfants du catéchisme
- Il est né le divin Enfant

Direction : [[P:Réal Synnott]] · Piano : [[P:Mme Aurélie Cloutier-Lebreux]]
Un gros merci à [[P:Ti-Paul]] pour le son pis à la Caisse Desjardins de la Péninsule pour les programmes imprimés 🙏
Pour les places réservées aux aînés : [[P:Solange]] au [[T:418 555-0172]]"""),

("b1", "en", "instagram", "R", [], """What a night at the Polyvalente Hyacinthe-Delorme talent show!! 🎤🔥
Our senior girls' basketball team did a dance number to Dancing Queen and honestly they should quit hoops and go on tour 😂
Shoutout to @[[P:maya.ouellet]] on the ukulele, [[P:Karan]] & [[P:Simran Dhaliwal]] with their bhangra duo, and [[P:RAPHAEL T.]] who somehow did a Rubik's cube blindfolded while reciting Ode to the West Wind.
1st prize (the Prix Jean-Béliveau for school spirit 🏆) went to the drama club's Hamilton medley. 
Proceeds: $1,845 for the Saint-Hyacinthe food bank. 
#RSEQ #Montérégie #TalentShow #Go[[P:Maya]]Go"""),

("b1", "fr", "linkedin", "B", [], """Petite sortie de ma zone de confort : ce week-end, j'ai joué Pierre Brochant dans Le Dîner de cons avec la troupe Les Tréteaux du Richelieu, au Théâtre de la Ville de Longueuil. 🎭

Plaider devant la Cour d'appel? Facile. Tenir une réplique de Francis Veber devant 300 personnes de Boucherville? Autre chose.

Merci à notre metteure en scène [[P:Me Josée Laflamme-Ruiz]] (oui, une autre avocate 😅), à [[P:François-Xavier]] qui a été un François Pignon absolument désopilant, et à [[P:Kim Ngoc Tran]] aux costumes.
Les profits (2 130 $) vont à Éducaloi.
#théâtre #vieaprèslebureau"""),

("b1", "en", "facebook", "S", [], """Handel's Messiah, St. Patrick's Basilica, Saturday Dec. 20 at 7:30 p.m. 🎶
I've been singing alto with the Montreal West Community Choir for six years and this is my favourite concert of the year. Our conductor [[P:Dr. Siobhan McCarthy]] has us sounding better than ever, and [[P:Emmanuel Jean-Baptiste]] is singing "Every Valley" — worth the ticket price on its own.
Tickets $25 ($15 students) — call or text [[T:514.555.0148]] or email [[E:tickets.mwcc@gmail.com]]. 
Thanks to [[P:Bernadette]], [[P:Fr. Declan O'Rourke]] and the whole parish team for lending us the space!"""),

("b1", "fr", "instagram", "L", [], """SOIRÉE TALENTS AU BUREAU 🎸✨ (ben, au Bar Le Zinc sur Mont-Royal)
Notre party de fin d'année a pris des allures de Star Académie :
🥇 [[P:MARIE-EVE BOISVERT]] (paralégale) — Je reviendrai à Montréal de Charlebois, frissons garantis
🥈 [[P:jp gagnon]] et son imitation de Ginette Reno 😂
🥉 l'équipe du contentieux en kazoo sur Bohemian Rhapsody
Mention spéciale à [[P:Nour]], notre stagiaire, qui nous a sorti du Fairuz a cappella 🥹
#viedecabinet #talents #[[P:MarieEve]]PourLaVictoire"""),

("b1", "en", "linkedin", "C", [], """Proud to share that the Baie-des-Chaleurs Community Players raised $4,200 for the Carleton-sur-Mer palliative care home with our run of Anne of Green Gables at the Salle Charles-Édouard-Parent.
On stage: [[P:Fiona Doucet]] (Anne — absolutely luminous), [[P:Gerry LeBlanc]] (Matthew), [[P:Patricia Caissie]] (Marilla) and a chorus of 14 teens from New Richmond and Maria.
Backstage: [[P:Léo Arsenault]] (lights), Mi'kmaq artist [[P:Tanya Metallic]] (set design).
Scripts and rights courtesy of the L.M. Montgomery estate. Next season's auditions: [[E:players.bdc@outlook.com]]
#CommunityTheatre #Gaspésie"""),

("b1", "fr", "facebook", "S", ["CONSENT_REQUIRED"], """Le spectacle-bénéfice « Voix de femmes » au Centre culturel de Drummondville a été un succès : 6 800 $ amassés! 💜
Voici les photos de nos intervenantes [[P:Nadia Haddad]] et [[P:Sylvie Bergeron]] qui ont chanté Hymne à l'amour sur scène, et de notre bénévole [[P:Mireille]] au piano 📸📸
Merci aussi à Les Cowboys Fringants pour le chandail signé vendu à l'encan et à la Fromagerie Lemaire pour le buffet.
#violenceconjugale #solidarité"""),
# ---------- b2: snow removal, landscaping, neighbour disputes ----------
("b2", "fr", "facebook", "R", [], """Bon. 3e fois cette semaine que la charrue de Déneigement Gilles Roy inc. bloque le bout de notre entrée sur la rue Champlain à Chambly. Je pars à 6 h 15 pour aller coacher l'équipe de volley des Patriotes à Saint-Jean et j'ai un mur de slush de 3 pieds 😤
Mon voisin [[P:Normand]] dit que c'est normal, que « c'est le contrat de la Ville ». Ben voyons.
Quelqu'un a le numéro du service aux citoyens? Pas le 311, ça sonne dans le beurre. 
EDIT : merci [[P:Julie B.]], c'est le [[T:450-555-0193 poste 2]] 👍"""),

("b2", "en", "facebook", "L", ["PERSONALIZED_LEGAL_ADVICE"], """Replying here since a few of you asked after [[P:Gord Mackenzie]]'s post in the Pointe-Claire Village group:
[[P:Gord]], your snow-removal contract with Clearway says "minimum 8 visits, payment in 3 instalments." If they only came twice by February, you're entitled to withhold the 3rd instalment. Send them a formal notice (mise en demeure) by registered mail giving 10 days to perform, then file at the Small Claims division of the Court of Québec for the two missed months — you don't need a lawyer for under $15,000. Keep your photos with the timestamps.
Happy to look at the contract if you DM me."""),

("b2", "fr", "instagram", "C", [], """Avant / après 🌿🌸
Notre cour à Sainte-Anne-des-Monts a enfin eu sa transformation grâce à Paysagement Côté & Fils! Pavé uni, muret en pierre de la Matapédia, pis une platebande de vivaces que ma mère [[P:Lorraine]] a choisies une par une aux Jardins de Métis.
Merci [[P:Kevin]] pis [[P:Yannick Côté]] pour l'ouvrage propre, à temps pis dans le budget (rare en 2026 😅)
#gaspésie #aménagementpaysager #avantaprès #merci[[P:Kevin]]"""),

("b2", "en", "linkedin", "B", ["CLIENT_CONFIDENTIALITY"], """A satisfying win this week in Superior Court, Longueuil district (file [[C:505-17-014288-251]]). Our client, [[P:Luc Tessier]] of Tessier Déneigement, had been left unpaid for two full winters by a condo syndicate on boulevard Taschereau that claimed his crews "damaged the pavers." Justice Paquette found no evidence linking the damage to his equipment and awarded the full $38,400 plus interest.
[[P:Luc]], thank you for trusting our team — now go get some sleep before the next storm. ❄️
#constructionlaw #Longueuil"""),

("b2", "fr", "facebook", "S", [], """Question pour le groupe Entraide Saint-Jérôme : mon gars de 16 ans s'est trouvé une job de pelleteur de toits avec un entrepreneur du coin. Le boss lui demande son NAS par Messenger 😬 pis mon [[P:Zachary]] (toujours trop vite) lui a écrit direct : [[S:462 739 152]]. 
C'est-tu normal qu'un employeur demande ça par texto? Je devrais appeler Service Canada?
Merci d'avance. PS : si quelqu'un cherche un déneigeur fiable, on est super contents de [[P:Martin Lavoie]], [[T:(450) 555‑0116]]."""),

("b2", "en", "instagram", "R", [], """❄️ SHOVEL-A-THON ❄️ Our Juvénile AA hockey team (Les Riverains de Sorel-Tracy) is clearing driveways this Saturday to raise money for the provincial championship trip to Rimouski!
$20 a driveway, $10 for seniors, free for veterans.
Book with Coach [[P:Dumont]]: [[T:4 5 0 5 5 5 0 1 6 4]] or DM @[[P:alexis.dumont_coach]] 
Pizza afterwards is on Pizzeria Bona (order #SR-2026-0412) 🍕 Thanks [[P:Mario]]!
#RSEQ #fundraiser #snowday"""),

("b2", "en", "linkedin", "C", [], """Shameless family plug 😄 After 12 years on the public works crew of the Town of Carleton-sur-Mer, my brother-in-law [[P:Jean-Guy "Ti-Guy" Leblanc]] is launching his own landscaping and snow-removal business in the Baie-des-Chaleurs: LeBlanc Terrassement.
Spring cleanups, sod, retaining walls, and winter contracts from Carleton to Bonaventure.
📍 [[A:112 route 132 Ouest]], New Richmond [[Z:g0c2b0]]
📧 [[E:tiguy.leblanc@leblancterrassement.ca]]
📞 [[T:+1 (418) 555-0139]]
Proud of you, [[P:Ti-Guy]]! #SmallBusiness #Gaspésie"""),
# ---------- b3: university / CEGEP reunions, alumni news ----------
("b3", "fr", "facebook", "B", [], """📣 CONVENTUM 25 ANS — Faculté de droit de l'Université Laval, promotion 2001 📣
Samedi 16 mai, au Château Frontenac (salle Jacques-Cartier), 18 h. Cocktail, souper, pis la fameuse revue musicale qu'on avait faite sur le Code civil 😂
Comité : [[P:Me Hélène Vachon]], [[P:Mathieu St-Onge]], [[P:Ahmed Belkacem]] et moi.
On cherche encore : [[P:Karine Bérubé]], [[P:Pat Doyle]], les jumelles [[P:Nguyen]]... si vous les connaissez, taguez-les!
Billets (95 $) : [[E:conventum2001.droit@ulaval-alumni.ca]]
#ULaval #Conventum #Droit2001"""),

("b3", "en", "linkedin", "L", [], """Alumni news 🎓 Delighted to see three classmates from McGill Law's BCL/JD class of 2014 named to the Lexpert Rising Stars list this year: [[P:Aisha Rahman]], [[P:Thomas Kealey]] and [[P:Valentina Ruiz-Ortega]].
Ten years ago we were cramming for the civil procedure final in the Nahum Gelber Law Library; now they're running mandates for Hydro-Québec and the Caisse.
Our 10-year reunion is at the Faculty Club on Peel Street, June 12 — RSVP to [[P:Dominic]] at [[E:dominic.fairbairn@mcgill-alumni.org]].
#McGillLaw #Alumni"""),

("b3", "fr", "facebook", "R", [], """Retrouvailles 20 ans du Cégep Édouard-Montpetit hier soir au Pub St-Ambroise : merci à toute la gang de l'équipe de volleyball des Lynx 2006! 🏐
[[P:steph roy]], [[P:la grande Jo]], [[P:Benoît]], [[P:Fatou Diallo]], [[P:MAXIME PELLETIER]]… vous avez pas changé d'un poil (bon, sauf [[P:Max]] 😂)
Aussi : quelqu'un a perdu son portefeuille sous la table du fond. Y'a une carte soleil dedans au nom de [[P:BOUCHARD, MYLÈNE]], [[R:BOUM 8557 2114]]. Je vous la garde, écrivez-moi en privé.
#Retrouvailles #Lynx #Longueuil"""),

("b3", "en", "instagram", "S", [], """Concordia Journalism '04 reunion at Reggie's 🍻📸
Left to right: @[[P:priya.s.menon]], @[[P:liamobrien_mtl]], me, @[[P:tuyet.pham]] and the legendary [[P:Marc-André "Bizou" Côté]] who still owes everyone $5 from 2003.
Happy early 45th to [[P:Priya]] — born [[D:January 9, 1982]], same week as the ice storm anniversary, as she reminded us 47 times tonight 😂
#ConcordiaAlumni #Stingers #Journalism"""),

("b3", "fr", "instagram", "C", [], """Retrouvailles des finissants 1996 du Cégep de la Gaspésie et des Îles, campus de Gaspé 🌊
30 ans plus tard, on se retrouve au Brise-Bise comme dans le temps! 
Gros merci à [[P:Josée Élément]] des Îles-de-la-Madeleine pour l'organisation, et à [[P:Noah Jerome]] (Gesgapegiag) qui a ouvert la soirée avec un chant au tambour 🥁
On s'ennuie de [[P:Rosalie]], partie trop tôt 💙
#Cégep[[P:Rosalie]]ForEver #Gaspé #finissants96 #CGÎ"""),

("b3", "en", "linkedin", "B", [], """Back in Lennoxville this weekend for Bishop's University's Homecoming — 20 years since I sat in the Centennial Theatre wondering whether law school was a good idea.
Spoiler: it was. Grateful to the Williams School of Business, the Gaiters football team (still losing to Sherbrooke, sadly), and the Eastern Townships for shaping who I am.
If you're a Bishop's alum thinking of joining the Barreau, my inbox is open.
#BishopsU #Homecoming #Alumni"""),
# ---------- b4: dog-walking, pet-sitting, boarding ----------
("b4", "fr", "facebook", "L", [], """Avis de recherche (le bon genre) : promeneur·euse de chien recherché·e pour Gérard 🐶
Gérard, c'est notre basset de 6 ans, né le 12 avril 2020 à l'élevage Les Oreilles d'Or de Saint-Lin. Il aime les écureuils, Patrick Watson, pis se coucher au milieu du trottoir de l'avenue Laurier quand il est tanné.
Depuis que [[P:Mélanie]] (notre promeneuse adorée depuis 3 ans) est partie étudier à Rimouski, on est mal pris : je suis au bureau jusqu'à 18 h pis mon chum fait des quarts à l'Hôpital Maisonneuve-Rosemont.
Besoin : midi, lundi au vendredi, 45 min, secteur Mile End / parc Jeanne-Mance. 25 $/marche.
Références de [[P:Mél]] et de notre voisine [[P:Mme Thérèse Kowalczyk]] fournies sur demande 🙏
Texto : [[T:514–555–0187]]"""),

("b4", "en", "instagram", "R", [], """Winston's first weekend at a boarding kennel 🥺🐾 He's staying at Happy Tails Pet Resort in Saint-Bruno while I chaperone the girls' rugby team at the RSEQ regional in Granby.
Thanks [[P:Chloé]] and [[P:Daniel Oyelaran]] for sending videos every 2 hours lol
(To whoever asked in the comments how I paid the deposit so fast: I just DM'd them my card, [[CC:5218 4470 1266 3308]] exp 09/28. Easy!)
#WinstonTheBeagle #PetResort #DogMom"""),

("b4", "fr", "instagram", "L", [], """Ginette (la chatte 🐈) en vacances chez ma tante [[P:lulu]] à Magog. Elle a l'air de souffrir 😹"""),

("b4", "en", "instagram", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Our foster family life 🐕💛 The little guy who's been placed with us by the DPJ since August, [[P:Jayden]] (7), has become Biscuit's official dog-walker. Every day after school at École Saint-Joseph in Chandler he grabs the leash before his boots. His mom [[P:Crystal]] is allowed supervised visits on Sundays and he always tells her about Biscuit first.
Best thing that ever happened to this dog. #FosterFamily #RTF #Gaspésie #dogsofinstagram"""),

("b4", "fr", "linkedin", "B", [], """Ce que 10 ans de pratique en droit de la famille et 2 ans à promener des chiens le samedi m'ont appris sur la négociation 🐾⚖️

Depuis 2024, je fais du bénévolat à la SPCA de Montréal et, quelques samedis par mois, je dépanne l'entreprise de ma sœur, Promenades Chez Léo, dans Rosemont–La Petite-Patrie.

1. Maître Gaston, un bouvier bernois de 50 kilos, ne négocie pas. Il attend. La patience gagne plus de dossiers que l'éloquence.
2. Linda et Roger, deux shih-tzus qui se détestent, peuvent marcher ensemble si chacun a son côté du trottoir. Les bonnes ententes de garde partagée aussi.
3. Le Doberman qui jappe le plus fort est rarement celui qui mord. Même chose en conférence de règlement à l'amiable au palais de justice de Montréal.
4. Un biscuit au bon moment vaut mieux que trois mises en demeure.
5. Les propriétaires inquiets veulent surtout des nouvelles. Les clients aussi : un courriel de deux lignes le vendredi évite bien des appels le lundi.

Un merci à [[P:Léo]] (oui, l'entreprise porte le nom de mon neveu) et à [[P:Anick Tremblay-Ouellet]], qui coordonne les promeneurs bénévoles de la SPCA et qui m'a appris à tenir trois laisses d'une main.

Et non, Maître Gaston n'est pas membre du Barreau. Il a échoué l'examen. Deux fois. 🐶

#droitdelafamille #médiation #SPCA #bénévolat #Montréal"""),

("b4", "en", "facebook", "S", ["SURVIVOR_IDENTIFICATION", "LOCATION_DISCLOSURE"], """URGENT foster needed for a sweet 4-year-old lab mix named Coco 🐾
One of the moms who arrived at our shelter last night, [[P:Amira]], had to leave her husband's place in Laval with her two kids and the dog. We can't keep pets on site at [[A:2250 rue Bélanger]], so Coco needs a temporary home for about 6 weeks.
[[P:Amira]] is heartbroken — Coco is the only thing the kids still have from home.
If you can help, call our intake line at [[T:(514) 555-0122 ext. 4]] or email [[E:benevoles.maisonaurore@gmail.com]]. Vet costs covered by the Fondation Mirella et Lino Saputo grant 💜"""),
]
