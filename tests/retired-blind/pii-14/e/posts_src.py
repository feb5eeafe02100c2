# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---- e1: tasting-club notes ----
("e1", "fr", "facebook", "C", [], """Club de dégustation de Carleton – compte rendu de jeudi 🍺
On était 9 chez [[P:Nicole]] (merci pour les crêtons 😋). Au menu : la Blonde de l'Anse pis la Gaspésienne de Pit Caribou, une IPA du Naufrageur pis une Saison de chez Auval. Coup de cœur du groupe : la Saison, sauf pour [[P:réjean]] qui jure encore juste par la Molson Ex 😂
Prochaine rencontre le 12 au sous-sol de l'église Saint-Joseph, chacun apporte une bière de la Baie-des-Chaleurs. Pour réserver : [[P:Sylvie Arsenault]], [[T:418 555-0176]]."""),

("e1", "en", "instagram", "L", [], """Saturday tasting with the Sip Club at Vignoble Carone in Lanaudière 🍷 The Nebbiolo-style red was the star; [[P:Dave]] and [[P:Priya]] both walked out with a case. Huge thanks to [[P:Anthony]] at the tasting bar who walked us through three generations of the vineyard's history. Next month: the Domaine Lafrance cider flight in Saint-Joseph-du-Lac 🍏
#wineclub #quebecwine #sipclubmtl #thanks[[P:Marisol]]"""),

("e1", "fr", "facebook", "R", [], """Soirée cidre du club hier soir 🍏 On a goûté 6 cidres de glace : Michel Jodoin, Domaine Pinnacle, La Face Cachée de la Pomme, Cidrerie Pedneault de l'Isle-aux-Coudres pis deux de Rougemont. Mention spéciale à [[P:ti-guy Lapointe]] qui a confondu un pommeau pis un porto 😂 La grande [[P:Jo]] a gagné le quiz à l'aveugle encore une fois, c'est rendu gênant. Merci à [[P:Francine]] pis [[P:Gilles Beaudry]] de nous avoir reçus à Saint-Hyacinthe!"""),

("e1", "en", "facebook", "S", [], """Beer club minutes, March edition 🍻
Hosted by [[P:KEVIN O'SULLIVAN]] (thanks for the Irish stew!). Flight: Dieu du Ciel! Péché Mortel, Unibroue Trois Pistoles, Trou du Diable Shawinigan Handshake, and a Guinness for tradition. Scores out of 10: 7.5, 8, 9, 6.
[[P:Siobhan]] still says the Handshake tastes like a pine tree. Dues ($20) to [[P:Ngozi]] by e-transfer: [[E:ngozi.okafor.beer@gmail.com]]. Next meet April 18 at Brasserie Harricana."""),

("e1", "fr", "instagram", "B", [], """Dégustation à l'aveugle au Domaine Dupuis-Marchand à Dunham 🍇 Le Frontenac gris a fait l'unanimité, le Marquette un peu moins 😅 Merci à [[P:Me Hélène Vo-Tremblay]] d'avoir organisé ça pour notre club, pis à [[P:Thuy]] pour le lift depuis Granby.
📍 [[A:1140 ch. Scenic]], Dunham [[Z:j0e1m0]]
#vinsduquebec #CantonsdelEst #clubdevin"""),

("e1", "en", "facebook", "C", [], """PSA for the Wednesday wine club group chat 😅 Last night [[P:Bill]] posted his full Visa in the chat to pay for the Château Ste. Michelle case: [[CC:4539 1488 0343 6467]] exp 09/27. [[P:BILL]]. Please cancel it.
For everyone else: Interac only, to [[E:mireille.d@videotron.ca]], $42 each (order #88213).
Tasting notes: the Riesling won, the Merlot from Domaine du Ridge less so."""),

("e1", "fr", "instagram", "L", [], """Compte rendu du club de bières de Sherbrooke 🍺 Visite chez Brasserie Frères Beaudoin à Magog : leur stout à l'érable 👌, leur sour aux camerises bof.
Présents : [[P:marc-andre cote]], [[P:Mélanie]], [[P:Jean-Philippe St-Onge]], [[P:Fatima Zahra Bennani]] pis moi. Absent motivé : [[P:Yves]] 🤧
Prochaine sortie : Microbrasserie Le Naufrageur en août, road trip en Gaspésie!"""),
# ---- e2: obituary guestbook messages ----
("e2", "fr", "facebook", "B", [], """Message laissé dans le livre de condoléances :
Sincères condoléances à toute la famille [[P:Gauthier]]. J'ai eu le privilège de faire mon stage avec [[P:Me Raymond Gauthier]] en 1998 au palais de justice de Rimouski; c'était un plaideur redoutable et un homme d'une grande bonté. Mes pensées vont à [[P:Lise]] et aux enfants. Repose en paix, [[P:Raymond]].
[[P:Me Annie Paré-Lessard]]"""),

("e2", "en", "facebook", "S", [], """Shared from the guestbook at Résidence funéraire Gallant:
"So sad to hear of the passing of [[P:Dorothy 'Dot' MacInnis]] (née [[P:Chiasson]]), born [[D:March 3, 1939]] in Chéticamp. Dot knitted mittens for our Christmas drive for 22 years and never once missed a Tuesday. Condolences to [[P:Angus]] and the whole family."
Visitation Friday 2–4 pm and 7–9 pm at [[A:85 Main Street]], New Richmond, [[Z:G0C 2B0]]. In lieu of flowers, donations to the Canadian Cancer Society."""),

("e2", "fr", "facebook", "R", [], """Toutes mes sympathies à la famille de [[P:M. Jean-Guy Bérubé]]. Coach [[P:Bérubé]], c'était 30 ans de basket à la polyvalente Le Carrefour à Varennes. Il m'a appris à faire un lay-up pis à perdre avec dignité (surtout ça 😅). Une pensée pour [[P:Carole]], [[P:Mathieu]] et [[P:Stéphanie]]. Les Rebelles t'oublieront jamais 🏀🖤
#MerciCoach[[P:Berube]]"""),

("e2", "en", "linkedin", "L", [], """It is with a heavy heart that I share the passing of [[P:Ahmad Haddad]], our firm's senior paralegal for 27 years. [[P:Ahmad]] knew every clerk at the Palais de justice de Montréal by name and every shortcut in the Civil Code index. I left a message in his online guestbook at Urgel Bourgie; if you worked with him, please do the same. Donations in his memory may be made to the Fondation de l'Hôpital du Sacré-Cœur.
Rest easy, my friend.
cc [[P:Nadia Rahal]] [[P:Pierre-Luc Vachon]]"""),

("e2", "fr", "instagram", "C", [], """Repose en paix matante [[P:Yvette]] 🕊️
[[P:Yvette Cyr-Poirier]], née le [[D:2 février 1932]] à Bonaventure, est partie doucement au CHSLD de Maria, entourée des siens. Elle faisait les meilleures croquignoles de la Baie-des-Chaleurs pis elle trichait aux cartes sans remords 😂
Le livre de condoléances est sur le site de la Coopérative funéraire de la Baie; la famille recevra à l'église Saint-Bonaventure samedi dès 13 h. Merci aux préposées du 2e étage ❤️"""),

("e2", "en", "facebook", "S", [], """So sorry to hear about [[P:Mr. Tran]]. [[P:Nguyen Van Tran]] ran the corner dépanneur on Jarry for 35 years and gave every kid on the block a free Mr. Freeze in July. [[P:Chi Lan]], [[P:Minh]] and the grandkids, we're all thinking of you. Card and flowers sent to [[A:7410 Saint-Denis St, Apt 3]] 🌸 xo from the whole building"""),
# ---- e3: kids' soccer carpool and snack schedules ----
("e3", "fr", "facebook", "R", [], """🚗⚽ Covoiturage U9 Dragons de Boucherville – semaine du 9 juin
Lun : [[P:Karine]] (5 places), départ 17 h 15 devant l'école Antoine-Girouard
Mer : [[P:Steve Lévesque]], match au parc Marie-Victorin à Longueuil
Sam : moi pis [[P:Jessica D.]]
Collations : lun = [[P:Nathalie]] (quartiers d'oranges 🍊), mer = famille [[P:Nkemelu]] (Pom pis Minigo), sam = on fête les 9 ans de [[P:Léo]] 🎂
Rappel : la fiche médicale du tournoi demande le # d'assurance maladie. Celui à [[P:Léo]] c'est [[R:GAGL 1706 1411]] si jamais je suis pas là.
En retard? Textez-moi au [[T:450.555.0142]]"""),

("e3", "en", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Soccer carpool, Gaspé U11 girls ⚽ I can take 4 on Tuesdays and Thursdays from the Polyvalente C.-E.-Pouliot lot.
Heads up for the other parents: [[P:Kayla]] is the little one I've had in foster care since January, so anyone picking her up has to be on the DPJ-approved list. Text me first at [[T:418-555-0163]].
Snacks this week: [[P:Renée]] (granola bars, nut-free please, [[P:Maëlle]] has an allergy)."""),

("e3", "en", "instagram", "S", [], """Snack duty schedule is LIVE 🍎🧃 U7 Lions, Saint-Lambert
Week 1 @[[P:jen.oconnor_]]
Week 2 the [[P:Baptiste-Joseph]] family
Week 3 @[[P:raj.m.patel]]
Week 4 me 🙋‍♀️
Rules: no nuts, no Doritos (looking at you, Coach [[P:Dom]] 😂), orange slices count as a snack. Games at Parc Préville field #2, 9:30 sharp. Final score last week 4-3 for the Lions!"""),

("e3", "fr", "instagram", "L", [], """Horaire des collations – Fury U10 de Brossard 🍉 (likez pour confirmer)
✔️ 14 sept : [[P:Ayoub]]
✔️ 21 sept : les [[P:Ferreira]]
✔️ 28 sept : [[P:MARIE-ÈVE]] pis [[P:Guillaume]]
✔️ 5 oct : tournoi Coupe Pierre-Boucher à Saint-Bruno → pas de collation, le club fournit les Timbits 🍩
Covoit pour le tournoi : départ du IGA boul. Taschereau à 7 h 30."""),

("e3", "en", "facebook", "B", [], """Carpool for Saturday's away game in Sherbrooke 🚙 We leave from the Aréna Jean-Béliveau parking lot at 7 a.m.
Drivers: me (3 seats), [[P:Tom Gallagher]] (4), and [[P:Fernanda]]'s mom.
Still need a ride for [[P:Wyatt]] and [[P:Chayton]]. [[P:Sheila]], could you swing by [[A:45 Rockland Rd]], Kahnawake [[Z:J0L 1B0]] to grab them?
My cell if anyone gets lost on the 10: [[T:(514) 555–0118]]"""),

("e3", "fr", "facebook", "S", ["LOCATION_DISCLOSURE", "SURVIVOR_IDENTIFICATION"], """Bonne nouvelle!! Le club de soccer de Granby offre 6 inscriptions gratuites aux jeunes de la maison cet été ⚽💜 Le minibus va passer les prendre au [[A:212 rue Dufferin]] les mardis à 17 h.
Merci à [[P:Valérie]] du club, pis à la maman de [[P:Noah]] qui nous a dit oui pour la photo de son premier match 🥹"""),

("e3", "en", "instagram", "R", ["DISPARAGEMENT"], """Carpool + snack list for the Chambly tournament is pinned in the group 📌
Saturday drivers = [[P:Olivia]], [[P:Marco Pellegrino]] and Aunt [[P:Bev]]. Snacks = [[P:Hassan]] (clementines 🍊).
Also, whoever assigned that ref to our U12 game Sunday: never again please. That man couldn't spot offside if it wore a neon vest and waved at him 🙄🙄 Absolute clown show."""),
# ---- e4: LinkedIn "where are they now" alumni / ex-colleague posts ----
("e4", "fr", "linkedin", "B", [], """Où sont-ils rendus? 🎓 Promo 2009 de l'École du Barreau, campus de Québec.
J'ai croisé [[P:Me Olivier Nadeau-Sioui]] la semaine passée : il est maintenant conseiller juridique chez Hydro-Québec. [[P:Catherine Bellefleur]] a ouvert son cabinet à Wendake, et [[P:Me Dang Minh Chau]] plaide à la Cour d'appel pour Lavery.
Qui organise le party des 15 ans? Écrivez-moi : [[E:a.parelessard@barreau-perso.ca]]
#ÉcoleduBarreau #Promo2009"""),

("e4", "en", "linkedin", "L", [], """Where are they now: Stikeman summer student class of 2014 edition 🧵
• [[P:Rebecca Goldstein]] – GC at a fintech in Toronto
• [[P:Jean-Sébastien 'JS' Poulin]] – moved back to Baie-Comeau, runs a two-lawyer practice
• [[P:Amara Diallo]] – just made partner at BLG 🎉
• me – still here, still arguing about art. 18 C.C.P.
Fun fact: the Court of Appeal decision we all cite-checked that first summer ([[C:500-09-027114-177]]) is still on my desk. Tag yourselves 👇 @[[P:becca.goldstein]]"""),

("e4", "fr", "facebook", "R", [], """Retrouvailles des anciens de la polyvalente Gérard-Filion, promo 1996 🎉
Devinez qui j'ai retrouvé sur LinkedIn : [[P:Pascal « Pepsi » Robidoux]] est rendu directeur des sports au Collège Charles-Lemoyne, pis [[P:nadia belkacem]] coache le volley des Gaulois d'Antoine-Brossard! 🏐
Si vous avez des nouvelles de [[P:Jonathan Fontaine]] (il était reparti à Uashat), écrivez à [[E:retrouvailles.gf96@gmail.com]] ou textez au [[T:450 555 0191]]."""),

("e4", "en", "linkedin", "C", ["CONSENT_REQUIRED"], """Ten years later, the old home-care crew from the CLSC de Chandler got together at Auval in Val-d'Espoir 🍻📸
Left to right: [[P:Dre Aisha Rahman]] (still with us, now head of family medicine), [[P:Pauline Lebrasseur]] (retired in Percé and living her best life), [[P:Kim Joncas]] (now with the CISSS des Îles) and yours truly.
Anyone know where [[P:Bryan Metallic]] ended up? Last I heard he was back in Listuguj.
#healthcareworkers #Gaspésie #CLSC"""),

("e4", "fr", "linkedin", "S", [], """Petit « où sont-elles rendues » de mes anciennes stagiaires en intervention 💜
[[P:Audrey-Anne Chabot]] termine sa maîtrise en travail social à l'UQAM, [[P:Kateri Jacobs]] travaille maintenant aux services communautaires de Kahnawake, pis [[P:Rosalie M.]] est rendue coordonnatrice dans un organisme de Trois-Rivières.
Fière de vous les filles! #travailsocial #relève"""),

("e4", "en", "linkedin", "B", [], """15 years since our McGill Law convocation 🎓 Some of us are at Fasken, one left practice to teach in Nunavik, and one runs a cidery in Rougemont. Class of 2011, say hi below 👇 #McGillLaw"""),
]
