# (brief, lang, platform, pack, rules, text)
POSTS = []

# ---------------- batch 1 ----------------
POSTS += [
(1, "fr", "facebook", "R", [], """🥊 GALA DE BOXE OLYMPIQUE — samedi 19 h, aréna Jacques-Cartier de Saint-Hyacinthe 🥊
Fier de nos jeunes du club parascolaire de la polyvalente Hyacinthe-Delorme! Carte finale :
• 54 kg junior : [[P:Jordan « La Mèche » Pelletier]] vs [[P:Samy Benhaddou]] (Club de boxe Granby)
• 63,5 kg : [[P:ti-kev leblanc]] vs « [[P:Baby Face]] » [[P:Nguyen]] — revanche du tournoi de Sorel 🔥
• 70 kg féminin : [[P:Maëlle Tremblay-Cloutier]] vs [[P:Keisha Jean-Baptiste]]
Entraîneurs dans le coin : [[P:Ti-Guy Lavoie]] pis coach [[P:Ana]] ✊ 3 rounds de 2 min, arbitrage Boxe Québec.
Billets 15 $ à l'entrée, 10 $ étudiants. Comme dirait Jean Pascal : « on lâche rien »! #BoxeAmateur #Montérégie"""),

(2, "en", "instagram", "C", [], """Comic con weekend in Rimouski done ✅ me as Sailor Mercury (wig from AliExpress, order #88213-4471 finally showed up lol), @[[P:kayla.metallic]] absolutely KILLED it as Harley Quinn and [[P:Brandon]] went full Geralt of Rivia with the two swords 🗡️🗡️
Shoutout to the guy doing Spider-Man who did a backflip in the Colisée parking lot 😂 Met Stan Lee's old colorist at the panel, unreal.
Next stop: Otakuthon in August. #cosplay #SailorMoon #Witcher #BasSaintLaurent"""),

(3, "fr", "linkedin", "B", [], """🎙️ Nouvel épisode de « Droit devant », le balado de la section du Bas-Saint-Laurent!
Cette semaine, [[P:Me Geneviève Thériault-Ouellet]] reçoit [[P:Me Amadou Diallo]], criminaliste à Rimouski, pour parler de l'arrêt Jordan dix ans plus tard et des délais en chambre criminelle. On glisse aussi un mot sur la réforme du droit de la famille annoncée par le ministre de la Justice.
Réalisation : [[P:Francis Bérubé]]. Musique : « Le Reel du pendu » par Le Vent du Nord.
Disponible sur Spotify, Apple Podcasts et Ausha. Vos suggestions de sujets : [[E:balado.droitdevant@gmail.com]]
#Balado #DroitCriminel #BarreauDuQuébec"""),

(4, "en", "facebook", "S", [], """Our little cover band THE SUMP PUMPS is playing the Fête nationale show at parc Beaulieu in Matane this Saturday, 7pm, free, bring a lawn chair 🎸
Set list (so far):
1. Dégénérations – Mes Aïeux
2. Hallelujah – Leonard Cohen
3. La dame en bleu – Michel Louvain
4. Heart of Gold – Neil Young
5. Les étoiles filantes – Les Cowboys Fringants
6. Dancing Queen – ABBA (by popular demand, [[P:ROSALIE]] insisted)
7. Incendie – Harmonium (8 minutes, pray for us)
Lineup: [[P:mike o'sullivan]] bass, [[P:Rosalie Gagné]] vocals, [[P:Dev Ramnarine]] drums and yours truly on a very out-of-tune Fender. Rain date Sunday."""),

(1, "en", "instagram", "L", [], """Fight week is OVER 🙏 Went 3 rounds at Ringside Amateur Series 14 at Salle Marcel-Dutil in Laval, amateur rules, 155 lb. Lost a split decision to [[P:Diego "El Toro" Ramírez]] out of Tristar — tough dude, zero excuses.
Huge thanks to Coach [[P:Firas]] and [[P:Big Sev]] for the corner, and to the whole 6 a.m. crew at [[P:Kowalski]]'s garage gym 💪 Back at the office Monday, colleagues please don't make me read any contracts for 48h.
Took the lesson, GSP style: learn, adapt, come back. #MMA #AmateurMMA #LawyerLife #Laval"""),

(3, "en", "facebook", "C", [], """🎧 New episode of "Coast to Coast Health", the CISSS de la Gaspésie podcast!
This week host [[P:Liam Whittom]] talks seasonal depression with [[P:Dr. Ève Poirier]], psychiatrist and researcher at UQAR, and [[P:Cheryl Jerome]] from the Listuguj Mi'gmaq Health Centre. (Our host and both guests gave written consent to be named and recorded.)
Topics: light therapy, the Mi'gmaq concept of wellness, and what to do when February in Gaspé gets to you.
Questions for the next episode? Call the comms line at [[T:418 555-0142]], ext. 2210, or write [[E:balado.cisssgaspesie@ssss.gouv.qc.ca]]
Available on Spotify and on our website."""),

(4, "fr", "instagram", "R", [], """Show en plein air au parc Marie-Victorin à Longueuil hier soir 🎶 notre band de profs PAS D'ÉCHAUFFEMENT a joué 45 min avant le feu d'artifice!! On a faite du Offenbach, du Jean Leloup pis « Les Yankees » de Richard Desjardins, le monde chantait fort en ta 🤘
Gros merci à [[P:Josianne]] au micro pis à coach [[P:Mathieu Bissonnette]] (volley D2) à batterie, y'a pas manqué un beat 😎 Prochain show : festival de Boucherville, 12 juillet.
#RSEQMontérégie #ProfsQuiJouent"""),

(2, "fr", "facebook", "L", [], """Comiccon de Montréal au Palais des congrès c'te fin de semaine!!! 🦸‍♂️ Moi j'fais Gandalf le Gris (la barbe me pique en maudit), ma blonde [[P:Stéphanie]] fait Galadriel, pis notre gars fait Frodon avec des pieds en latex 🤣
On a de la place dans l'char pour deux personnes à partir de Sherbrooke, départ samedi 7 h du Tim de la rue King. Textez-moi au [[T:819.555.0177]] si ça vous tente, ou écrivez à [[P:Stéph]] : [[E:steph.lapointe.cosplay@hotmail.com]]
P.S. [[P:Réjean]] du bureau, j'te vois en Dark Vador depuis 3 ans, change de costume SVP 😂"""),

(1, "fr", "facebook", "S", ["LOCATION_DISCLOSURE"], """Gala de boxe bénéfice au profit de notre maison d'hébergement, vendredi 20 h, à la Légion royale canadienne! 🥊💜
En vedette : [[P:Mélissa « Kid Dynamite » Caron]] contre [[P:Noémie Awashish]], pis en finale la revanche des deux coachs, [[P:Big Ben Gaudreault]] vs [[P:Pat "The Hammer" Sirois]] 😂
Les résidentes vont venir en gang, c'est juste à côté : on est au [[A:112, rue de la Fabrique]], la maison blanche aux volets mauves, [[Z:g5l3a7]], vous pouvez pas la manquer.
Billets : 25 $, info [[T:418-555-0193]]."""),
]

# ---------------- batch 2 ----------------
POSTS += [
(2, "en", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """So proud of our girl [[P:Maya]] 🖤 She's 12, she's been placed with us since March through youth protection, and she begged for weeks to go to the Gaspé Comic Expo as Wednesday Addams. She even did THE dance on stage at the Cégep de la Gaspésie et des Îles gym and won 2nd prize in the junior contest!!
Her mom [[P:Crystal Labillois]] couldn't make the supervised visit this week so this really cheered her up.
Pics in the comments 📸 #FosterFamily #Wednesday #Gaspé"""),

(3, "en", "linkedin", "L", [], """New episode of BILLABLE HOURS is live 🎙️
Host [[P:Aaron Feldman]] sits down with [[P:Priya Raghunathan]], partner in our Montreal employment group, and [[P:JC Mercado]] from the Quebec Bar's young lawyers committee to unpack the Court of Appeal's ruling in [[C:500-09-031842-239]] on non-compete clauses after the CNESST decision.
Also: why nobody reads Article 2089 C.C.Q. until it's too late, and a rant about Teams notifications.
Listen on Apple Podcasts / Spotify. Booking a guest spot: [[P:Laurie]] at [[T:514–555–0126]] (ext. 408).
#EmploymentLaw #Podcast #Montreal"""),

(4, "fr", "facebook", "B", [], """Les Vieux Dossiers remontent sur le stage!! 🎸⚖️ Notre band d'avocats du Haut-Richelieu joue samedi au Bistro Chez Gilles, [[A:227, rue Richelieu]], Saint-Jean-sur-Richelieu [[Z:J3B 6X9]]. Premier set à 21 h.
Au menu : Paul Piché (« Heureusement qu'il y a la nuit »), Kaïn, Les Colocs, un medley Beau Dommage pis « Bobépine » de Belgazou si [[P:Me Lachance]] se souvient des accords 😅
Au drum : [[P:Me Nathalie Ouimet-Roy]]. À la basse : [[P:françois-xavier daoust]]. Au violon : [[P:Thi Hoa Tran]], notre stagiaire préférée.
Pas de cover charge, poutine à 12 $. Venez nombreux, on plaide pas, on jam!"""),

(1, "en", "facebook", "R", ["DISPARAGEMENT"], """Regional high school wrestling championship at Polyvalente Marcellin-Champagnat today 🤼
Our guys went 14–6 on the day! [[P:Owen McCarthy]] pinned his way to gold at 65 kg and [[P:Tiago Medeiros]] took bronze. [[P:kahentinetha]] from Kahnawake wrestled up a class because she was born [[D:March 3, 2009]] and just missed the cadet cutoff, still got silver 👏
That said, the ref on mat 2 was an absolute clown. Guy couldn't see a pin if it hit him in the face, how does Lutte Québec keep hiring this bozo?? #LutteAmateur #RSEQ"""),

(3, "fr", "instagram", "S", ["SURVIVOR_IDENTIFICATION"], """🎙️ Épisode 7 de notre balado « Sortir de l'ombre » en ligne!
Cette semaine, notre intervenante [[P:Josée]] jase avec [[P:Martine]], qui a séjourné chez nous l'hiver dernier avec ses trois garçons après avoir quitté son conjoint, un pompier de Matane. Elle raconte comment elle a repris ses études en soins infirmiers au cégep.
Animation : [[P:Kim Nadeau]]. Merci à la Caisse Desjardins de la Haute-Gaspésie pour la commandite 💜
Lien dans la bio. Notre ligne 24/7 : [[T:1 800 555-0163]]."""),

(4, "en", "instagram", "C", [], """Sunset show at the Quai de Carleton-sur-Mer tonight was pure magic 🌅 Local folk trio from Bonaventure opened with a Kate & Anna McGarrigle cover, then a full set of Acadian reels, Gilles Vigneault's « Gens du pays » for the encore and the whole crowd singing along.
Free show presented by the Festival Acadien and Ville de Carleton. Next Thursday: Celtic night with pipes and fiddles. Bring a sweater, the Baie des Chaleurs wind doesn't care that it's July."""),

(2, "fr", "linkedin", "R", [], """Fin de semaine au Comiccon de Québec au Centre des congrès comme bénévole à l'accueil 🎟️ Quelle belle gang!
Petit moment de fierté : [[P:Sarah-Maude Qumaq]], notre capitaine de basket juvénile D1 des Faucons, a gagné le concours de costumes avec son Zelda fait main (3 mois de travail, l'épée Excalibur-style en mousse EVA).
Et à la personne qui a perdu son portefeuille près du kiosque Marvel : la carte d'assurance maladie au nom de [[P:Louis-Philippe Chabot]] ([[R:CHAL 9203 1514]]) est aux objets perdus. 😅
#RSEQ #ComicconQC #Bénévolat"""),

(1, "fr", "instagram", "B", [], """Premier gala de boxe olympique à vie à 38 ans 😅🥊 Club de boxe Champions, rue Ontario, Montréal. Défaite honorable aux points contre [[P:Alexandre « Le Notaire » Vo]] (qui est pas notaire pantoute).
Merci à mon coach [[P:Manny Delos Santos]] et à toute la gang du mardi soir, pis à [[P:Me Kateri Flamand]] qui est venue crier dans mon coin malgré son procès le lendemain 🙏
Prochain objectif : les Gants dorés 2027. En attendant, retour au Palais de justice lundi matin. #BoxeOlympique #AvocatsQuiBoxent"""),
]

# ---------------- batch 3 ----------------
POSTS += [
(3, "en", "instagram", "B", ["MISLEADING_ADVERTISING"], """🎙️ EP. 42 of THE VERDICT IS IN is out!! Me [[P:Rick Santangelo]] breaks down the 3 tricks that GUARANTEE you beat any speeding ticket in Quebec 🚗💨 100% success rate, or your consultation is free!!
You WON'T believe trick #2 😱 Link in bio, call [[T:(450) 555-0181]] before it's too late!
#TrafficTicket #Laval #Podcast"""),

(4, "fr", "facebook", "L", [], """PARTY DE LA ST-JEAN chez nous samedi!! 🎉⚜️ Mon beau-frère [[P:Ti-Jean]] pis sa gang (les frères [[P:Ouellet]], [[P:Yannick]] pis [[P:Marie-Soleil Jacques]] à l'accordéon) font un set dans la cour :
« Le Bon Gars » (Richard Desjardins), « Ça va, ça va » (Offenbach), « Le plus beau voyage » (Claude Gauthier), « Viens danser » (Bernard Adamus) pis « Gens du pays » au feu de camp, comme de raison.
C'est au [[A:1450 boul. des Forges, app. 4]], Trois-Rivières [[Z:g8z1w2]]. Apportez vos chaises pis votre bière. Pour covoit : [[P:huguette]] au [[T:819 555 0148]].
OUPS pis [[P:Ginette]], efface ta carte de crédit ([[CC:4519 8760 3312 4578]]) que t'as mis dans le groupe pour la location de la sono 😬😬"""),

(2, "en", "instagram", "S", ["CONSENT_REQUIRED"], """Our shelter had a table at Montreal Comiccon this year to talk about dating violence in fandom spaces 💜 Swipe for pics of the team in full Avengers gear: [[P:Fatima Zahra Idrissi]] as Black Widow, [[P:Jess]] as Captain Marvel and our new counsellor [[P:Leilani Bautista]] as Okoye 🛡️
Thank you to everyone who stopped by, we handed out 300 pamphlets! #MontrealComiccon #Cosplay #DatingViolence"""),

(1, "fr", "linkedin", "C", [], """Belle soirée au gala de lutte de la Fédération de lutte du Bas-du-Fleuve samedi à l'aréna de Chandler, au profit de la Fondation du CH de Gaspé! 🤼‍♂️
Grosse foule pour la finale entre « [[P:Le Bûcheron de Murdochville]] » pis [[P:Kenny « Homard » LeBlanc]], 2 sur 3 chutes, ambiance de fou. 4 250 $ amassés pour l'achat d'un échographe.
Merci à [[P:Bruno Cloutier]], président du comité organisateur, et aux commanditaires (Pêcheries Gaspésiennes, Rona Chandler). #Gaspésie #FondationCHGaspé"""),

(3, "fr", "linkedin", "R", [], """🎙️ Nouvel épisode du balado « Dans le vestiaire » du RSEQ Montérégie!
[[P:Cynthia Pierre-Louis]] reçoit deux élèves-athlètes de l'école secondaire Saint-Joseph de Saint-Hyacinthe, [[P:Noah]] (cross-country) et [[P:Mei-Lin]] (badminton), pour parler de conciliation sports-études, de stress de performance et de la Coupe du Québec en mai.
Invitée spéciale : l'ancienne olympienne Joannie Rochette, qui nous parle de résilience.
Écoutez sur Spotify ou sur rseqmonteregie.qc.ca. Infos : [[E:c.pierrelouis@rseq-monteregie.ca]] | [[T:+1 450 555 0102]] #RSEQ #SportÉtudiant"""),

(4, "en", "linkedin", "B", [], """Four years of law school, twelve years of practice, and tonight I finally played Stairway to Heaven in front of 200 people at the Hudson Music Festival. Worth it."""),

(2, "fr", "instagram", "L", [], """Boba Fett FINI 🪖 Otakuthon, me voici! #StarWars"""),

(4, "en", "facebook", "S", [], """Gig update for the Sump Pumps 🎸 The Festival du Vent in Cap-Chat booked us for Aug 9 at 4 pm on the Éole stage, $600 for the set!! Covers of The Tragically Hip, Stompin' Tom, Kate Bush and one original.
[[P:Dev]], the festival needs your SIN for the T4A, is this right: [[S:532 184 769]]? And [[P:Rosalie]] send me yours privately please, NOT here lol.
Rehearsal Tuesday at [[P:mike]]'s, [[A:38 Dawson Street]], bring the extension cords."""),
]
