# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------------- p1: parents <-> teacher / coach ----------------
("p1","fr","facebook","R",[],"""Petit message aux parents des Griffons benjamins 🏀
La pratique de jeudi est déplacée au gymnase de l'école secondaire Jacques-Rousseau (l'aréna Michel-Normandin est fermé pour le tournoi Pee-Wee). Départ de l'autobus à 17h15, retour vers 19h30.
[[P:Mme Nguyen]], oui [[P:Thien]] peut arriver en retard, pas de trouble. [[P:Ti-Loup]] ([[P:Loïc]] pour les intimes) doit me rapporter son chandail #14 svp 😅
Questions : [[T:450 555-0178]] ou [[E:coach.benoit.lavoie@gmail.com]]
— Coach [[P:Benoit]]"""),

("p1","en","instagram","L",[],"""End-of-term note to [[P:Ms. O'Sullivan]] at Saint-Lambert Elementary 🍎 Our [[P:ava]] went from "I hate reading" in September to finishing the whole Percy Jackson series by December. Whatever you did with the Reading Buddies program, it worked. Also thank you to [[P:Mr. Deschamps-Ruiz]] for letting the Grade 4s do Christmas carol karaoke in French AND English 😂
#proudmom #Team[[P:OSullivan]] #ReadingBuddies"""),

("p1","fr","facebook","C",[],"""Bonsoir [[P:M. Cyr]] 👋 c'est la maman de [[P:Mathis Arsenault]] (novice B). [[P:Mathis]] a son rendez-vous en orthophonie à l'Hôpital de Maria jeudi, donc il va manquer la pratique à l'aréna de Carleton-sur-Mer.
Pour le formulaire médical du tournoi de Bonaventure : numéro d'assurance maladie [[R:ARSM 1503 0914]], né le [[D:9 mars 2015]], pas d'allergie.
Je peux aller porter les chocolats de la levée de fonds chez vous samedi? Sinon texte-moi au [[T:418.555.0142]]. Merci pour ta patience avec la gang 🏒
[[P:Josiane]]"""),

("p1","fr","linkedin","B",[],"""Entre deux dossiers au palais de justice de Longueuil, un petit mot qui m'a fait ma journée. L'enseignante de 2e année de ma fille, [[P:Mme Kanapé]], m'écrit :
« [[P:Florence]] a expliqué à toute la classe ce que fait une avocate. Elle a dit que tu “aides les gens à se chicaner poliment”. » 😂
Meilleure définition de la profession que j'ai lue depuis mon assermentation en 2011. Merci à l'école Jacques-Cartier et au projet Les Métiers de nos Parents.
#conciliationtravailfamille #avocate"""),

("p1","en","facebook","S",[],"""Replying here since a few of you asked: YES, the U11 girls' soccer end-of-season potluck is still on for Sunday at the Parc Marie-Victorin pavilion, 2 p.m. Bring a dish (no nuts please, [[P:Priya]] and [[P:Kwame]] are allergic). Trophies courtesy of Canadian Tire Saint-Hubert 🙌
@[[P:darlene.mcgraw]] thanks for the orange slices all season. And [[P:Mr. Bélanger]]: [[P:Jade]]'s cleats are in the lost and found bin, size 3 Adidas.
Final record 9-2-1, not bad for a team that couldn't find the net in May ⚽
Coach [[P:Rafa]]"""),

("p1","en","linkedin","L",[],"""To every teacher who answers parent emails at 10 p.m. on a Sunday: thank you, and please stop. Parent-teacher night at Royal West Academy reminded me that the Grade 5 Science Fair volcano can wait until Monday morning. Logging off now. #WorkLifeBalance #Teachers"""),

("p1","fr","instagram","R",[],"""Réponse groupée aux parents (pis aux grands-parents 😅) : NON on joue pas à Brossard samedi, c'est contre Chambly au Colisée Jean-Béliveau, 9h30. Les gars se changent à la maison.
[[P:mme dubuc-hernandez]] j'ai bien reçu le papier pour [[P:Santiago]], merci!
[[P:THEO]] pis [[P:XAVIER B.]] oubliez pas vos protège-cous.
Pis oui, la grande [[P:Jo]] va garder les buts, relaxez 🥅
#GoVikings #RSEQ"""),
# ---------------- p2: volunteer firefighters / first responders ----------------
("p2","fr","facebook","C",[],"""Grosse nuit pour la brigade de Cap-Chat 🚒 Feu de cheminée sur la route 132 à la hauteur de Tourelle, appel reçu à 2h47. Personne de blessé, le monde étaient déjà dehors. Merci à [[P:Gaétan]], [[P:Ti-Guy Pelletier]], [[P:Marie-Pier Émond]] pis au p'tit nouveau [[P:Kevin]] qui faisait son premier appel. Café du Tim Hortons de Sainte-Anne-des-Monts payé par le chef 😉
Ramonez vos cheminées avant Noël, c'est le 4e feu de cheminée depuis le 1er novembre dans La Haute-Gaspésie."""),

("p2","fr","facebook","R",[],"""Formation RCR/DEA donnée samedi à la caserne 2 de Saint-Jean-sur-Richelieu pour les entraîneurs du réseau 💪 Merci au lieutenant [[P:Sylvain Bergeron]] et à [[P:Nadège Saint-Fleur]] (pompière volontaire depuis 11 ans!). 38 coachs formés, 0 mannequin blessé.
Prochaine session en janvier à Saint-Hyacinthe. Inscription : [[E:formation.rcr@caserne2-sjsr.ca]] ou [[T:450–555–0119]] poste 204"""),

("p2","fr","instagram","S",["LOCATION_DISCLOSURE"],"""Drôle de soirée 😅 comme pompière volontaire à Granby, j'ai été appelée pour une alarme incendie… à la maison d'hébergement où je travaille le jour, au [[A:412 rue Dufferin]]. Les résidentes ont trouvé ça ben drôle de me voir arriver en bunker. Tout le monde va bien, c'était le grille-pain. #pompièrevolontaire"""),

("p2","fr","linkedin","B",[],"""15 ans comme pompier volontaire à la Régie intermunicipale d'incendie de la Vallée-du-Richelieu, 12 ans au Barreau. Ce que les deux ont en commun? On arrive quand ça va mal, pis on garde notre calme.
Merci au capitaine [[P:Réjean Houde]] qui m'a appris à lire une scène avant d'agir — ça me sert autant en salle d'audience qu'au coin de la 116 et du chemin des Patriotes.
#pompiersvolontaires #droit #Beloeil"""),

("p2","fr","facebook","L",[],"""3e appel de la semaine sur le rang Saint-Édouard à Saint-Liboire 🙄 accident un seul véhicule, le chauffeur était conscient, transporté à l'Hôpital Honoré-Mercier. Bravo à l'équipe : [[P:steph]], [[P:jf gauthier]], [[P:DOMINIQUE]] pis [[P:mario l'écuyer]].
Rappel : la municipalité a besoin de votre NAS pour les T4 pis les Relevé 1. Envoyez-le au greffe, PAS sur le groupe comme [[P:Dom]] l'autre fois ([[S:728 364 191]], on l'a vu passer 🤦‍♂️).
RALENTISSEZ dans les courbes, le verglas pardonne pas. #pompiersvolontaires #SaintLiboire"""),

("p2","en","linkedin","S",[],"""Proud to have completed my First Responder certification with the Hinchinbrook fire department 🚑 Twelve weeks of Wednesday nights at the Huntingdon station, 40 hours of practicals, and one very patient instructor, Capt. [[P:Siobhan Fitzgerald]]. Shoutout to my partner on the mannequin, [[P:Desmond]], who cracked two ribs (the mannequin's, not his).
Next up: EVOC in the spring. #FirstResponders #ChateauguayValley"""),

("p2","en","instagram","R",[],"""Call log, Saturday night, Ormstown Fire Dept 🚒
19:42 – smoke detector, Lambton St. Nothing. Burnt pierogies.
21:10 – MVC on Route 138 near the Jamestown Rd turnoff, 2 vehicles, minor injuries
23:55 – chimney fire on Ch. de la Rivière-Châteauguay
Crew: Lt. [[P:McClintock]], [[P:Boudreau]], [[P:jenny-lynn]], [[P:Amadou Sow]] and me. Home at 2:30.
Midget girls hockey tourney at 8 a.m., send coffee ☕ #volunteerfirefighter #Ormstown"""),
# ---------------- p3: office / team holiday parties ----------------
("p3","fr","facebook","L",[],"""Party de Noël du cabinet hier soir au Windsor 🎄✨ Merci à nos organisatrices de feu [[P:Karine]] pis [[P:Mélodie Ngo]] 🙌 Notre DJ [[P:Frankie Desjardins]] a fait danser même les associés principaux sur du Céline Dion pis du Marie-Mai 😂
Mon père Noël secret m'a donné une carte Visa prépayée de 50 $ ET un pot Stanley rose. (Le numéro de la carte c'était [[CC:4532 7153 3790 1245]], j'ai déjà tout dépensé chez Simons, essayez pas 😂)
Qui que tu sois, je t'aime. C'est toi [[P:Ti-Jean]]? 👀 #PartyDeBureau"""),

("p3","fr","instagram","R",[],"""Souper des Fêtes de l'équipe régionale 🎳 Quilles, fondue chinoise pis échange de cadeaux à 25 $ max (règle violée par au moins 3 personnes, on vous voit 👀). Le trophée du pire score s'en va encore à Beloeil avec un glorieux 61.
Merci au comité organisateur pis joyeuses Fêtes à tous nos bénévoles, arbitres et entraîneurs! #RSEQMonteregie #JoyeusesFêtes"""),

("p3","fr","linkedin","C",["CONSENT_REQUIRED"],"""Dîner de Noël de l'équipe SAPA du CLSC de Chandler hier 🎁 Tirage de la grande boîte de chocolats Laura Secord gagné par [[P:Nicole Huard]] (pour la 3e année de suite, on demande une enquête 😂). Merci à [[P:Dre Fortin]] pour le gâteau aux fruits de sa mère, et à [[P:Yvan]] de l'entretien pour le sapin.
Photo de groupe en commentaire 📸 #CISSSGaspésie #Chandler"""),

("p3","fr","facebook","S",[],"""Party des employées hier soir 🎉 on s'est enfin permis de décrocher. Bingo, tourtière de [[P:Ghislaine]], pis un échange de cadeaux « cadeau poche » : j'ai hérité d'une lampe en forme de pied de Schtroumpf 🤣 Le DJ a joué Gangnam Style 3 fois.
Merci à [[P:Rosie]] pis [[P:Hind Benali]] pour l'organisation. Pas de photos, vous savez pourquoi 😉"""),

("p3","en","linkedin","B",[],"""What a night at the Young Bar of Montreal holiday cocktail at the Ritz-Carlton 🥂 Thanks to the organizing committee, especially [[P:Me Aïcha Traoré]] and [[P:Me Liam O'Connor-Beaulieu]], and to the Bâtonnier for the (mercifully short) speech.
Secret Santa highlight: someone received a Nespresso Vertuo, someone else received a 2009 annotated Civil Code of Québec. Guess which one I got. #JBM #YoungBar"""),

("p3","en","instagram","L",[],"""Office holiday party recap 🎄
✔️ Ugly sweater contest: won by our receptionist [[P:Marisol]] (the sweater lit up AND played Mariah Carey)
✔️ Secret Santa: a Yeti tumbler + a bag of Kicking Horse coffee, thank you whoever you are (@[[P:dan.kowalczyk]] I know it was you)
✔️ DJ [[P:Boogie Ray Santos]] closed with September by Earth, Wind & Fire
✔️ Uber home courtesy of the partners 🙏 (order #A-20431, receipt to [[E:events@lavigne-okafor-law.ca]])
Merry Christmas from the 14th floor!"""),
# ---------------- p4: Indigenous, Inuit and Métis community posts (English) ----------------
("p4","en","facebook","C",[],"""Kwe' 👋 The Christmas craft fair is this Saturday at the Alaqsite'w Gitpu School gym in Listuguj, 10 to 3 (mailing address for orders: [[A:17 Riverside West]], Listuguj QC [[Z:g0c2r0]]).
My auntie [[P:Gloria Metallic]] will have her porcupine quill earrings, and the sweetgrass braids [[P:Jada]] and her cousins picked along the Restigouche River. Cash or e-transfer to [[E:gloria.metallic55@hotmail.com]].
Wela'lin for sharing! 🪶 #Listuguj #Migmaq"""),

("p4","en","instagram","B",[],"""Kahnawà:ke represent! 🥍 So proud of our girls' box lacrosse team at the showcase in Châteauguay. Goals by [[P:Kahentiiostha Deer]] (x3!), [[P:Skye Jacobs]] and [[P:Tsiorakwisin]], and a wall in net from [[P:Kaia-Lynn Montour]].
Niá:wen to the Survival School bus drivers and to every tóta who drove down Route 138 with a cooler of corn soup. Final: 9–4.
#Kahnawake #Lacrosse #Onkwehonwe #Go[[P:Kaia]]"""),

("p4","en","linkedin","S",[],"""Ullaakkut! Our Inuktitut-English family literacy evening at the Kuujjuaq public library was a hit 📚 Elder [[P:Lizzie Annanack]] told the story of Sedna in Inuktitut while [[P:Tommy Gordon-Snowball]] translated, and the kids drew qulliit and ulus. Thank you to Avataq and Kativik Ilisarniliriniq for the books.
Nakurmiik! Next one is in March. #Nunavik #Inuktitut"""),

("p4","en","linkedin","B",[],"""Tansi 👋 As a Michif-speaking Métis lawyer who grew up between Saint-Boniface and Gatineau, I was honoured to speak on the Barreau du Québec's panel on Indigenous legal orders this week. Thank you to my co-panellists [[P:Dr. Wabanakwut Wapachee]] (Eeyou Istchee) and [[P:Me Kawennanoron Diabo]], and to everyone who stayed for the discussion of the Superior Court's reasons in file [[C:500-17-109876-190]].
My grandmother, [[P:Rose Delorme]], used to say Louis Riel "fought with paper before he fought with anything else." Marsee to all who came. #Métis #IndigenousLaw"""),

("p4","en","facebook","L",[],"""Kwei kwei! Back from Manawan 🌲 We celebrated my kokom [[P:Thérèse Flamand]], who turned 90 this year — born [[D:March 3, 1936]] in a canvas tent by the Manouane River, if you ask her. The whole family drove in from Wemotaci and La Tuque.
Moose stew from my uncle [[P:Jo Ottawa]], bannock from auntie [[P:Cindy]], and a cake from the IGA in Saint-Michel-des-Saints that said "Happy Birthday Kokom" in Atikamekw AND French. Mikwetc to all 💚"""),

("p4","en","instagram","C",["CHILD_PROTECTION_IDENTIFICATION"],"""Kuei! Two years ago the DPJ placed a shy 5-year-old from Uashat with our foster family here in Maria. Tonight [[P:Shanice]] (her Innu name is [[P:Uapikun]], "flower") sang in Innu-aimun at the school Christmas concert 🎄 and her mom [[P:Kathleen Vollant]] drove all the way down to watch.
Tshinashkumitin to everyone who helped her keep her language. 💛 #FosterFamily #Innu"""),
]
