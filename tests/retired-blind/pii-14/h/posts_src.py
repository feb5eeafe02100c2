# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------------- h1: union-local notices / picket schedules ----------------
("h1","fr","facebook","S",[],"""📢 ASSEMBLÉE GÉNÉRALE SPÉCIALE — STT des maisons d'hébergement de la Montérégie (FSSS-CSN)
Mardi 15 décembre, 19h, au Conseil central de la Montérégie, [[A:2175 boul. Fernand-Lafontaine]], Longueuil [[Z:j4g2j8]].
Ordre du jour : vote sur le mandat de grève (banque de 5 jours), bilan des négos avec le Regroupement, comité de mobilisation.
Pas de photos dans la salle svp, plusieurs d'entre nous ne veulent pas être identifiées.
Covoiturage : écrivez à [[P:Nadia]] ([[E:nadia.belhumeur.stt@gmail.com]]) ou textez [[P:ROSE-MARIE]] au [[T:450 555 0182]].
Solidarité! ✊ #GrèveDuCommunautaire #FSSSCSN"""),

("h1","en","linkedin","L",[],"""Proud to stand with our colleagues from Legal Aid this week. Picket schedule in front of the Montreal courthouse ([[A:1 Notre-Dame Street East]]):
• Mon–Wed, 7:30–9:00 — shift lead [[P:Me Gabriel Ouellet-Nkemdirim]]
• Thursday — [[P:Siobhan]] and [[P:Tomás Herrera]] are bringing coffee from Café Olimpico ☕
• Friday noon — rally with the Bâtonnier, speeches in French and English
Minister Simon Jolin-Barrette, the Conseil du trésor and Premier Legault all have our letter. Access to justice is not a line item.
Questions: [[P:tomas.herrera]] on Teams or [[T:514.555.0147 ext. 212]]. #AideJuridique #AccessToJustice"""),

("h1","fr","instagram","C",["CONSENT_REQUIRED"],"""Piquetage devant l'Hôpital de Chandler à matin ❄️☕ -18 ressenti pis on lâche pas!! Merci à [[P:ginette]], [[P:Ti-Guy Lebreux]] pis @[[P:karine.huard]] d'être venus avec les thermos (photo 📸 en haut)
Horaire de la semaine :
lun-mer 6h30-8h30 (quart de jour)
jeudi 15h30-17h
vendredi grand rassemblement au site historique du Bourg de Pabos, 11h
#APTS #Gaspésie #FrontCommun #onlâchepas"""),

("h1","en","facebook","R",[],"""Heads up to all families of the Richelieu Valley Royals 🏀: because of the Front commun strike days (Nov 21–23), our RSEQ Montérégie juvenile games at École secondaire Polybel are postponed. New dates will be posted on the league site.
Our teachers' local (Syndicat de l'enseignement de la Haute-Yamaska) pickets 7:00–8:30 in front of the school, and several of us coaches will be there too. Coach [[P:Dwayne]] is bringing Tim Hortons, honk if you drive by on [[A:1150 rue Bernard-Pilon]] 👋
Practice schedule questions → [[P:Ms. Anjali Raghunathan]], [[T:450‑555‑0119]] is the gym line, or [[E:a.raghunathan@royalsrichelieu.ca]]"""),

("h1","fr","linkedin","B",[],"""AVIS DE CONVOCATION — Assemblée générale extraordinaire, section de Québec (LANEQ)
Jeudi 10 décembre, 12 h 15, salle 3.14, palais de justice de Québec, [[A:300, boul. Jean-Lesage]], Québec [[Z:G1K8K6]].
Vote sur la dernière offre du Conseil du trésor. La présidente Sonia LeBel a parlé de « cadre financier » en commission parlementaire; nous, on parle d'attraction et de rétention des juristes de l'État.
Procurations : à transmettre avant mercredi 17 h à la secrétaire, [[P:Me Kateri Picard-Wabanonik]], [[E:k.picardwabanonik@laneq.qc.ca]].
Dîner fourni (Chez Ashton 🍟). Aucun dossier ne sera discuté.
#LANEQ #juristesdelÉtat"""),

("h1","fr","facebook","S",["LOCATION_DISCLOSURE"],"""GRÈVE DE 24H DEMAIN les filles!!! 💜 On piquette devant la maison à partir de 7h, [[A:84 rue Saint-Laurent Ouest]], côté stationnement (pas devant la porte d'en arrière svp, y'a des résidentes qui rentrent par là).
Quart 7h-10h : moi, [[P:Mélo]], [[P:Fatou Diallo]]
Quart 10h-13h : [[P:JOHANNE]], [[P:la grande Steph]]
Quart 13h-16h : [[P:Yuki]] + celles qui sortent du CA
Apportez vos pancartes, [[P:Mélo]] a des chauffe-mains. #maisonsdhébergement #onméritemieux"""),

("h1","en","instagram","C",[],"""Day 3 on the line outside the New Carlisle CLSC 🪧☀️ Small but mighty! Picket schedule for the rest of the week:
Wed 7–9 am
Thu 3:30–5 pm (bring your kids, we have hot chocolate)
Fri 10 am march to the MNA's office on Route 132
Anyone in Bonaventure County who wants to drop off coffee, call the union office at [[T:(418) 555‑0163]] 🙏
#APTS #Gaspesie #PublicServices"""),
# ---------------- h2: university group projects ----------------
("h2","fr","facebook","B",[],"""Rappel à mon équipe de DRT-7025 (maîtrise, Université Laval) 📚
Remise du rapport vendredi 23 h 59 sur monPortail, pas une minute de plus.
- [[P:Amélie]] : l'arrêt Jordan (R. c. Jordan, 2016 CSC 27) et les délais déraisonnables
- [[P:jp tremblay]] : jurisprudence de la Cour d'appel depuis 2020
- moi : intro + conclusion
La prof [[P:Beaulieu-Zhang]] veut max 25 pages, notes de bas de page style McGill. Zoom mercredi 19 h, lien dans le Messenger.
Si quelqu'un a le Martin's Annual Criminal Code à me prêter je vous aime 🙏"""),

("h2","en","linkedin","L",[],"""Wrapping up our Legal Ethics (LAWG 510) group project at McGill with [[P:Priya Chandrasekaran]], [[P:Liam O'Donoghue]] and [[P:Hà Nguyễn]] 🎓
Our memo looked at the duty of confidentiality when firms run on Slack and Teams, and why "just a quick screenshot" is never just a quick screenshot.
Huge thanks to Professor [[P:Helena Vasquez-Roy]] for pushing us on the Code of Professional Conduct of Lawyers, and to the Nahum Gelber Law Library staff for the late nights.
Back to billable hours at the firm on Monday 😅 #LegalEthics #McGillLaw"""),

("h2","fr","instagram","R",[],"""Gang de KIN-312 🏃‍♀️📊 on a 12 jours pour le projet sur la participation des filles au RSEQ Montérégie!!
Division des tâches :
@[[P:maxime_lvq]] → sondage Google Forms
[[P:Sarah-Ève]] → revue de litt
[[P:OLUWASEUN]] → entrevues avec les coachs du Collège Charles-Lemoyne pis de l'École secondaire Mgr-A.-M.-Parent
moi → stats sur SPSS 😵
La prof ([[P:Mme Lacasse]]) veut voir le plan lundi 8h30. Pizza chez Benny & Co. après la remise 🍕"""),

("h2","fr","facebook","L",[],"""Projet d'équipe en Techniques juridiques (cours 310-B23-RI, Cégep de Sainte-Foy) : on monte le dossier fictif de la Pâtisserie Lucette inc. contre son fournisseur de farine. Numéro qu'on a inventé pour la requête : [[C:200-17-034512-229]] (le prof [[P:M. Desjardins-Mbeki]] veut le bon format du district de Québec).
[[P:Lorie]], tu fais la mise en demeure? [[P:Kev]], l'état de compte (facture #40917, 12 480,50 $). Moi je monte le cartable avec les onglets.
Réunion jeudi 16 h à la biblio, local B-214. Pas de sushis cette fois-là [[P:Kev]] 😂"""),

("h2","en","instagram","C",[],"""Study sesh #4 for our nursing group project (SCI-1024, UQAR online) 💉📖 Topic: fall prevention for seniors in rural Gaspésie. Team: [[P:Kwame]], [[P:Marie-Soleil Bujold]], [[P:jess]] and me, all working full-time so it's 9pm Zoom or nothing lol.
Sources so far: INSPQ reports, the MSSS fall-prevention guide and a podcast from Radio-Canada's Bonjour la Gaspésie.
Due Dec 18. Coffee supply: Brûlerie du Quai in Gaspé ☕"""),

("h2","en","facebook","S",[],"""Calling my SCWK 321 teammates (Concordia, Fall term) 👋 Our group project on coercive control and the new Bill C-332 offence is due in 10 days.
- [[P:Noor]]: lit review
- [[P:Benjamin Côté-Levesque]]: policy analysis (Quebec's Rebâtir la confiance report)
- [[P:Akosua]] + me: the infographic on Canva
NO interviews with residents or anyone from work, [[P:Dr. Amara Okafor]] was clear about ethics approval. Send drafts to [[E:shared.scwk321.team4@gmail.com]] by Sunday, or call me [[T:514 555 0138]] if you're stuck."""),

("h2","fr","linkedin","B",[],"""École du Barreau, groupe 14 (Montréal) : notre atelier de négociation en équipe se termine demain et je voulais souligner le travail de [[P:MAXIME-OLIVIER FORTIN]], [[P:Inès Benali]] et [[P:Wapos Bacon]] 👏
Trois semaines à préparer la simulation « Entreprises Normand Lapierre inc. c. Ville de Saint-Hyacinthe », des fiches sur le Code de procédure civile jusqu'à minuit, et une formatrice, [[P:Me Chantale Brière]], qui ne laisse rien passer.
Prochain arrêt : l'examen final. Courage à toute la cohorte! #ÉcoleDuBarreau"""),
# ---------------- h3: road-trip diaries, small Quebec towns ----------------
("h3","fr","facebook","R",[],"""Jour 4 de la 138 🚗🌊 Tadoussac → Les Escoumins → Baie-Comeau → Godbout hier, Sept-Îles aujourd'hui. On a mangé des crevettes de Matane (oui oui, sur la Côte-Nord lol) au Casse-Croûte du Pêcheur pis vu des bélugas à Pointe-des-Monts.
Demain Havre-Saint-Pierre pour les îles de Mingan, pis si la route est belle on pousse jusqu'à Natashquan voir les Galets, le coin de Gilles Vigneault 🎶
[[P:chloé]] conduit, moi je DJ. Pas de réseau entre Rivière-au-Tonnerre pis Magpie, fait que si vous m'écrivez pour les horaires du tournoi de volley, je réponds jeudi 😅"""),

("h3","en","instagram","C",[],"""Gaspésie loop, day 2 🌲⛰️ Sainte-Anne-des-Monts at sunrise, then up Mont Albert in the Chic-Chocs (legs = jelly). Stopped at Exploramer, ate way too much fish & chips in Grande-Vallée, and watched the gannets on Île Bonaventure from the boat out of Percé.
Tonight: camping near Fort Prével, tomorrow Carleton-sur-Mer and the Mont Saint-Joseph lookout.
If you've never driven the 132 between Mont-Saint-Pierre and Gaspé in October, put it on the list. #Gaspesie #Route132 #RocherPercé"""),

("h3","fr","instagram","L",[],"""Abitibi, t'es belle en maudit 🍂 Rouyn-Noranda pour le FME (on revient l'an prochain c'est sûr), Val-d'Or pour la Cité de l'Or (descendre à 90 m sous terre 😳), Amos pour la cathédrale pis le Refuge Pageau, un arrêt à Pikogan pour le pow-wow pis une soirée au bord du lac Duparquet.
Si vous passez par Duparquet, louez le chalet à [[P:Réjean]] ([[T:819-555-0176]]), le gars fait du pain banique pis des toasts au caramel le matin 🤤
Retour au bureau lundi. La Harricana me manque déjà. #Abitibi #roadtrip"""),

("h3","en","facebook","S",[],"""Eastern Townships weekend 🍎🚲 with my sister [[P:Brigid]] and her husband [[P:Declan Murphy-Roy]]: North Hatley for brunch by Lake Massawippi, cheese at the Abbaye Saint-Benoît-du-Lac, ice cream at the Laiterie de Coaticook (the maple one, obviously), then Knowlton and a cider stop at Domaine Pinnacle in Frelighsburg.
Saturday night we stayed at a B&B on [[A:48 Main St.]], Sutton [[Z:j0e 2k0]] — lovely owners, terrible Wi‑Fi, perfect. 10/10 would unplug again."""),

("h3","fr","facebook","B",["CLIENT_CONFIDENTIALITY","LOCATION_DISCLOSURE"],"""Petit road trip en Gaspésie avant les Fêtes 🦞 Matane, Cap-Chat (les éoliennes!!), Sainte-Anne-des-Monts, Mont-Louis.
En passant, j'en ai profité pour arrêter à la pourvoirie de mon client, [[P:M. Gervais]], sur le chemin du lac Matapédia : on a relu sa déclaration sous serment autour d'un café. Son recours contre la MRC ([[C:100-17-002341-248]]) devrait être entendu au printemps. Il m'a même montré le ruisseau au cœur du litige 😅
Le soir, souper au Bistro Le Malin à Sainte-Flavie. #Gaspésie #avocate"""),

("h3","en","linkedin","R",[],"""1,800 km in four days on the Côte-Nord 🚐 Baie-Comeau, the Manic-5 / Daniel-Johnson dam (a concrete cathedral, truly), then Route 389 to Fermont and its famous "wall".
The reason: visiting the two schools that joined our inter-regional volleyball exchange with RSEQ Montérégie this year, École secondaire Serge-Bouchard and Polyvalente des Baies. Thank you to coach [[P:Ravi Subramaniam]] and [[P:Mr. André-Pierre Vollant]] for the tour and the caribou burgers 🙏
Next year, the Montérégie teams travel north. Pack your winter boots. #SchoolSports #CoteNord"""),
# ---------------- h4: emoji-heavy birthday wishes ----------------
("h4","fr","facebook","C",[],"""🎂🎈💖 1 AN AUJOURD'HUI 💖🎈🎂
Bonne fête à ma puce d'amour [[P:Léa-Rose]], née le [[D:4 décembre 2025]] à 3h12 du matin à l'Hôpital de Maria pendant la pire tempête de l'hiver ❄️😅
Un an de nuits blanches, de purée de patates douces pis de câlins 🥰🥰 Même sa carte soleil est arrivée pile pour sa fête ([[R:BOUL 2562 0412]]) lol la RAMQ a le sens du timing
Merci à mamie [[P:Francine]] pis à parrain [[P:Ti-Bob]] pour le gâteau Reine des neiges 👑❄️ Je t'aime gros comme la baie des Chaleurs 💕"""),

("h4","fr","instagram","L",[],"""🥳🎉🍾 BONNE FÊTE à l'unique [[P:Big Mike]] alias @[[P:mike.obrien_qc]] 🍾🎉🥳
30 ans de jokes plates, 5 ans à partager un mur de cubicule avec moi, 1 (une) tentative réussie de pain au levain 🍞
5 à 7 au Burgundy Lion après la job, le bureau paye la première tournée (dites-le pas à la compta 🤫)
Je t'aime mon chum 💚☘️ #Sláinte #BonneFête[[P:Mike]]"""),

("h4","en","facebook","R",[],"""🏐💜 SWEET 16 💜🏐
Happy birthday to our setter, our chaos, our [[P:Zozo]]!!! Born [[D:12/04/2010]] and she's been bossing people around on the court ever since 😂😂
From the whole Patriotes juvenile girls team, the parents' committee and coach [[P:Gabriela]] 🎂🎈✨ See you at the Granby tournament Saturday!! #Team[[P:Zoé]]"""),

("h4","en","instagram","S",[],"""💛✨🎂 Happy 35th to my ride-or-die [[P:Widlyne]] aka [[P:Nunu]] aka the loudest laugh in Montréal-Nord 🎂✨💛
20 years since we met in [[P:Mme Pierre-Louis]]'s grade 5 class and you STILL steal my fries 🍟😤
Griot and diri ak djon djon at Marché Créole on Saturday, your mom's making the pikliz 🔥🔥
Love you sis 🇭🇹💕 #HappyBirthday[[P:Wid]] #[[P:Nunu]]Turns35"""),

("h4","en","instagram","B",[],"""🎉⚖️🥂 Happy birthday to my partner in crime (legally speaking 😇) [[P:Me Van Anh Trinh]]!! 🥂⚖️🎉
Ten years since our first Obligations class at UdeM, three office moves and about 800 coffees from Pikolo ☕☕
Tonight: phở at Pho Lien then karaoke, and YES you're singing Céline Dion first 🎤🇨🇦🇻🇳 #HappyBirthday #[[P:vananh]]"""),

("h4","en","facebook","L",[],"""HAPPY BDAY [[P:TI-LOU]]!!!! 🎈🎈🎈🍝🍝
From the whole 14th floor gang 💼🎂 [[P:luigi]] made his nonna's tiramisu and [[P:Deepa]] decorated your office with 40 balloons (sorry not sorry, facilities).
For those who chipped in for the gift card: I put the $180 on my card ([[CC:4532 0151 1283 0366]]) so just Interac me at [[E:cat.ferreira.94@outlook.com]] before Friday 🙏 Order #77-3041, pickup at Mercato Jean-Talon."""),
]
