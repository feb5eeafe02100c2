# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------- n1: job interviews and new jobs ----------
("n1","fr","linkedin","L",[],"""Nouveau chapitre 🎉 Lundi je commence comme adjointe juridique chez Lavery Desjardins & Marchand, au 14e étage de la Place Ville Marie.
Un gros merci à [[P:Karine Ouimet]], recruteuse en or chez Randstad, qui m'a préparée pour les trois entrevues, et à [[P:Me Olivier Nguyen-Lacasse]] pour sa confiance.
Ça fait drôle de quitter le Cégep Édouard-Montpetit après 6 ans, mais on y va! #NouveauDépart #DroitDuTravail"""),

("n1","en","linkedin","B",[],"""Interview tip from someone who has sat on both sides of the table at the Barreau's career fair: bring a printed CV. Yes, in 2026.
Last week a candidate pulled out a tablet, the Wi-Fi at the Palais des congrès died, and we spent 10 minutes watching a spinning wheel. She still did great, for the record.
Shout-out to @[[P:fatima.benali]] and [[P:Declan O'Rourke]] for running the mock interviews with me, 42 students in one afternoon 👏"""),

("n1","fr","facebook","R",[],"""BON ben c'est officiel, je suis le nouveau coordonnateur des sports au secondaire pour la Montérégie!! 🏀🏐
Entrevue de 2h avec [[P:ti-guy]] pis [[P:madame lachance]] au bureau de Saint-Hyacinthe, j'avais les mains moites comme en finale provinciale.
Merci à [[P:JF]] de m'avoir parlé du poste au tournoi de Granby. On se voit à l'aréna Jacques-Plante samedi!"""),

("n1","en","facebook","S",[],"""First week done at my new job 💜 Quiet reflection on a Friday night: I interviewed at four places this spring and the one that felt right was the one where nobody asked me to \"sell myself.\"
They asked what I'd do if a resident's ex called the front desk. That's the question that tells you where you are.
Thank you to my references [[P:Marisol Quispe]] and [[P:Bernadette (Bernie) Whitehorse]] for picking up the phone on a Sunday."""),

("n1","fr","instagram","C",[],"""Premier jour au CLSC de Gaspé comme travailleuse sociale 🌊 Vue sur la baie, café de chez Brûlerie du Quai, badge pas encore activé 😂
Si vous cherchez un poste en Gaspésie, le service RH répond vite : [[T:418 555-0172 poste 2214]] ou [[E:recrutement.gaspesie@ssss.gouv.qc.ca]]
#CISSSGaspésie #TravailSocial #Gaspé"""),

("n1","en","linkedin","C",[],"""After 11 years in Montreal ERs I said yes to a nurse manager position in Maria, Baie-des-Chaleurs. The interview was on Teams from my parked car outside a Tim Hortons in Rimouski — not my finest setup.
Huge thanks to [[P:dr. anjali raman]] who told me to \"just go see the sea first,\" and to [[P:Luc Bérubé]] from HR who sent the offer at 7:40 a.m. on a Saturday.
Moving in August, if anyone knows a 4½ near Carleton-sur-Mer, my DMs are open."""),

("n1","fr","linkedin","L",["DISPARAGEMENT"],"""Petite histoire d'entrevue pour rire (jaune). Le cabinet Bélanger Sauvé m'a fait passer 5 tours d'entrevues pour un poste de parajuriste, dont un « test de personnalité » de 90 minutes.
L'associé [[P:Me Gendron]] a passé l'entrevue finale sur son cell à texter sa blonde. Un vrai dinosaure, celui-là, pis paraît qu'il traite tous ses adjoints comme des stagiaires de 1985.
J'ai refusé l'offre. #RecrutementJuridique"""),
# ---------- n2: choir, community theatre, dance recital casts ----------
("n2","en","facebook","S",[],"""Opening night of Les Belles-sœurs at the Salle Albert-Rousseau was something else 🎭 Michel Tremblay's words still hit like a truck in 2026.
Cast, because they deserve it:
Germaine Lauzon – [[P:Ginette Paradis]]
Rose Ouimet – [[P:NATHALIE BOUCHARD]]
Linda Lauzon – [[P:Aïcha Diallo]]
Pierrette Guérin – [[P:suzie o'neil]]
Directed by [[P:Rémi Tran]]. Two more shows Friday and Saturday, 8 p.m., tickets $25 at the door. I only ran the lights but I cried anyway."""),

("n2","fr","instagram","R",[],"""Spectacle de fin d'année de la troupe de danse de l'École secondaire Jacques-Rousseau 💃 18 numéros, 74 élèves, zéro costume perdu (un miracle).
Chorégraphies : @[[P:meli.desrosiers]] et @[[P:kev_pierrelouis]]
Mention spéciale au numéro hip-hop sur du Cœur de pirate, la foule a capoté 🔥
#DanseMontérégie #[[P:Mélina]]ForeverCaptaine #Longueuil"""),

("n2","en","linkedin","B",[],"""A different kind of pro bono: last night I sang bass in the Christmas concert of the St. Patrick's Basilica choir. Handel's Messiah, the Hallelujah chorus, the whole thing.
Thank you to our director [[P:Fr. Brendan Kealy]], to organist [[P:Mei-Ling Chow]] and to soprano soloist [[P:Rosa Ferreira]], who carried "I Know That My Redeemer Liveth" like it was nothing.
Balance isn't a buzzword. For me it's Thursday rehearsals on René-Lévesque Boulevard."""),

("n2","fr","facebook","C",[],"""THÉÂTRE D'ÉTÉ À PERCÉ 🎭☀️ On présente Le Malade imaginaire de Molière au quai, tous les jeudis de juillet à 19 h 30.
Argan : [[P:Réjean Chiasson]]
Toinette : [[P:Marie-Ève Huard]]
Béralde et M. Purgon : [[P:tommy jerome]] (oui, les deux, on manque de monde 😅)
Angélique : [[P:Noémie Vicaire]]
Mise en scène : [[P:Solange Cyr-Arsenault]]
Billets 15 $, gratuit pour les moins de 12 ans. Réservations : [[T:418.555.0139]]"""),

("n2","en","instagram","L",[],"""She was a snowflake last year and this year she's CLARA 🩰❄️ So proud of my girl at the Ballet Ouest Nutcracker recital at the Théâtre Outremont.
Drosselmeyer was played by her teacher [[P:Mr. Kwame Asante]], who somehow also built the Christmas tree.
Photo credit @[[P:priya.photographs]] 📸 #Nutcracker #DanceMom #ProudMom"""),

("n2","en","facebook","C",["CONSENT_REQUIRED"],"""Our residence choir sang at the Maison des aînés de Chandler this afternoon 🎶 Pictured front row: [[P:Mr. Laurent Poirier]], 91, who insisted on doing the solo in "Un Canadien errant," and [[P:Mrs. Thibodeau]] on the tambourine.
The whole residence came down to the dining room. Best shift I've had all month."""),

("n2","fr","facebook","B",[],"""Les Fourberies de Scapin par la Troupe du Vieux-Presbytère, au sous-sol de l'église Sainte-Famille de Boucherville 🎭
Scapin : [[P:Hugo Lemay]] — Géronte : [[P:VINCENT PHAM]] — Zerbinette : [[P:Yasmine el-Khoury]] — Argante : moi-même, avec une fausse barbe qui pique.
Toutes les recettes vont à la Guignolée. Billets au [[T:450 555 0188]] ou chez Métro Riendeau, [[A:520 boul. de Mortagne]]."""),
# ---------- n3: second-hand baby gear and kids' clothes ----------
("n3","fr","facebook","S",[],"""À DONNER 👶 Poussette Bugaboo (roue avant qui grince un peu), parc Graco et 2 sacs de linge 0-6 mois fille, tout propre.
Ma fille [[P:Rosalie]] est née le [[D:12 février 2025]] pis elle a déjà tout dépassé 😭
Premier arrivé : on peut se voir au stationnement du IGA Extra Famille Jodoin samedi 10 h. Texto seulement : [[T:514–555–0146]], demandez [[P:Josianne]]."""),

("n3","en","instagram","R",[],"""Kids' gear swap this Sunday at the Centre culturel Georges-P.-Vanier in Saint-Lambert 🧸👟 Hockey skates sizes 10 to 3, soccer cleats, snowsuits, car seats (not expired, we check!).
Drop-offs Saturday at [[A:88 Maple Lane]], [[Z:j4p2m1]], ask for [[P:Siobhan]] or [[P:Hassan]] at the side door.
Bring your own bags ♻️ #SaintLambert #KidsSwap"""),

("n3","fr","instagram","L",[],"""Échange de vêtements d'enfants au parc Marie-Victorin ce samedi ☀️ Amenez ce qui ne fait plus, repartez avec ce qui fait!
On a déjà 3 bacs de 2T-3T, des bottes Kamik pis une chaise haute Stokke.
Organisé par [[P:gab lefebvre]] et moi. Questions : [[E:echange.bambins.vieux.longueuil@gmail.com]] 💛 #ÉchangeBébé #Longueuil"""),

("n3","en","facebook","B",[],"""Selling: Chicco KeyFit 30 car seat (expires 2029), Baby Björn bouncer, and a big bag of boys 12-18 months (Gap, Souris Mini, Carter's). $120 for everything or offer.
Pickup at [[A:4310 rue Saint-Denis, apt. 3]], [[Z:H2J 2K8]], after 6 p.m., or I can meet you at the Mont-Royal metro.
E-transfer only please. Last time someone messaged me their card number [[CC:4185 1337 4207 8023]] and asked me to "just charge it" 🙃 don't do that.
Message [[P:Ngozi]] or [[P:Daniel Okafor]]."""),

("n3","fr","instagram","C",[],"""Bazar de linge d'enfants au sous-sol de l'église de Bonaventure, samedi de 9 h à midi 🧦👕 Tout à 1 $ ou 2 $, les profits vont à la maison des jeunes.
Objet trouvé après le dernier bazar : une carte d'assurance maladie dans un sac à couches, au nom de [[P:LÉO BERNARD]] ([[R:BERL 1905 2214]]). Écrivez-moi en privé, je vous la redonne 🙏
Merci à [[P:Francine]] pis [[P:Ti-Paul Audet]] pour le montage des tables!"""),

("n3","en","linkedin","S",[],"""Small thing that made our office better this year: a baby-gear and kids' clothing swap shelf in the staff kitchen. Snowsuits, bottles, a Fisher-Price kick-and-play piano, a whole stack of Robert Munsch books.
Credit goes to [[P:Lan Phuong Vo]] and [[P:Carmen Quintero-Díaz]] who built it out of an old Ikea Kallax.
Also, whoever left a pay stub in the blue diaper bag: it has your SIN on it ([[S:434 940 326]]). It's in an envelope with [[P:Lan]], come get it."""),
# ---------- n4: complaints about neighbours ----------
("n4","fr","instagram","R",["DISPARAGEMENT","HARASSMENT"],"""Mon voisin [[P:kevin boisvert]] a encore bloqué mon entrée avec son pick-up à 6 h du matin. Le même gars qui arbitrait la finale cadette à Chambly samedi passé 🙄 aussi aveugle dans la rue que sur le terrain, un vrai clown.
Si vous voulez lui dire ce que vous pensez de ses calls, il reste au [[A:45 rue des Érables]], gênez-vous pas 😤 #RSEQ #ArbitreÀLaRetraite"""),

("n4","en","facebook","R",[],"""ok so the new outdoor rink behind our street is great for the kids BUT the floodlights stay on till midnight and someone blasts AC/DC every night.
talked to [[P:mike r.]] from the city rec committee and [[P:sandra]] next door, we're going to ask the borough of Brossard for a 10 p.m. cutoff at the next council meeting (Tuesday, 7 p.m., Chemin des Prairies). Come if you care, bring your patience."""),

("n4","en","linkedin","L",[],"""Three things I've learned from a decade of watching neighbour disputes (fences, trees, snow piled on the wrong side of the lot line):
1. Talk before you write. A coffee solves more than a demand letter.
2. Look at your certificate of location before you get angry.
3. Mediation at the small claims division is free and underused.
None of this is legal advice for your situation. It's just what I wish everyone knew before the first angry text."""),

("n4","fr","linkedin","B",["CLIENT_CONFIDENTIALITY","LOCATION_DISCLOSURE"],"""Victoire aux petites créances ce matin! Ma cliente, [[P:mme francoise leblanc]], se battait depuis 2 ans contre son voisin [[P:r. gingras]] pour une clôture de cèdre plantée 40 cm sur son terrain, rue des Pins à Sainte-Julie.
Dossier [[C:755-32-018734-243]]. Le voisin doit payer 6 400 $ et arracher la haie avant le 1er juin. La justice de quartier, ça existe 🌲⚖️"""),

("n4","en","instagram","S",["LOCATION_DISCLOSURE"],"""To the neighbour with the grey Silverado who keeps parking across OUR driveway at the house at [[A:212 rue Bellerive]], corner of 3rd avenue: we have residents and staff who need to get in and out at all hours. Fourth time this week.
yes [[P:dave]], we know it's you. Please. 🚫🚗"""),

("n4","fr","instagram","C",[],"""La thermopompe du voisin part à 5 h du matin pis fait le bruit d'un Boeing qui décolle 🛫 Après 12 h de garde à l'hôpital de Maria, j'en peux pu.
Des bouchons d'oreille, une playlist de vagues de la Baie-des-Chaleurs pis beaucoup de patience. Bonne nuit la Gaspésie 😴"""),
]
