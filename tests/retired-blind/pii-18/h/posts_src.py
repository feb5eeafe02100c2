# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------------- batch 1 ----------------
(1, "fr", "facebook", "C", [], """Un gros merci à toute la gang de la Clinique vétérinaire de la Baie à Gaspé 🐾❤️ Notre vieux Gérard (14 ans, matou orange, caractère de cochon) a passé la fin de semaine là après son blocage urinaire. [[P:Dre Nathalie Cyr]] nous a appelés à 6h du matin dimanche pour nous donner des nouvelles, pis [[P:josianne]] la tech lui a même trouvé une couverture des Canadiens pour qu'il se sente chez eux lol. Merci aussi à [[P:Ti-Kev Lelièvre]] à la réception qui a accepté qu'on paye en deux fois. Si vous cherchez un vétérinaire dans la MRC de La Côte-de-Gaspé, c'est là que ça se passe. Gérard vous dit miaou (pis y'a déjà recommencé à voler le beurre)."""),

(2, "en", "linkedin", "L", [], """A little personal note between two closings: this Sunday my niece [[P:Amara]] was baptized at St. Patrick's Basilica in Montréal 🕊️ Her godparents, [[P:Kwame Mensah]] and [[P:Siobhan O'Rourke-Mensah]], drove in from Ottawa with three kids and a cooler of jollof rice, so the reception at my sister's place turned into a full West-African-meets-Irish feast (soda bread AND plantains). [[P:Father Declan Byrne]] kept the homily to nine minutes, which I'm told is a parish record. Back at the office Monday, grateful for family first."""),

(3, "fr", "instagram", "R", [], """🤸‍♀️ Invitation Gymnix Junior ce weekend au Centre Claude-Robillard!! Nos filles du Club Gym-Richelieu ont tout donné 💪 Mention spéciale à [[P:maëlle]] qui rentre sa première vrille à la poutre (12,850) et à [[P:Noor Haddad]] qui finit 3e au sol avec 13,100 🥉 Merci à coach [[P:Véro St-Amand]] pis à [[P:Sébastien]] pour les heures au gymnase de l'école secondaire Mgr-Euclide-Théberge. Prochain arrêt : Championnat régional RSEQ Montérégie à Saint-Jean-sur-Richelieu le 14 mars. #Team[[P:Maëlle]] #gymnastique #fiertémontérégienne
📸 @[[P:julie_beaulieu84]]"""),

(4, "en", "facebook", "S", [], """Ice fishing village report from Sainte-Anne-de-la-Pérade 🎣❄️ Tommy cod are running under the bridge on the Sainte-Anne River and our little row of shacks did great Saturday night: 63 poulamons between four of us. Our neighbour to the left is still "Chez Ti-Paul" (the outfitter's rental cabins, painted purple since 1998), and to the right is [[P:Réjean]]'s cabin. [[P:Réjean Trottier]], 81 years old, has been fishing the same hole since the Expo 67 year and brought us pea soup at midnight. His grandson [[P:Dylan]] showed my kids how to bait with pork liver. If you go: the outfitter's number is [[T:418.555.0193]], $35 a night per cabin, bring a propane heater and your own Rapala jigs."""),

(1, "en", "instagram", "B", [], """Huge thank you to [[P:Dr. Anh Nguyen]] and the whole team at Hôpital vétérinaire Rive-Sud in Brossard 🙏🐶 Gerald (my 9-year-old beagle, yes he has a human name, yes he acts like my uncle) swallowed a whole Lindt bunny on Easter Sunday. [[P:Priya]] stayed with him through the night and texted me updates every hour. Margaret the cat is unimpressed by all the attention.
If you ever need them: [[T:450–555–0148]], ext. 2 for the after-hours line.
#vetlife #thankyou #beaglesofinstagram"""),

(2, "fr", "facebook", "R", [], """Première communion de ma grande [[P:Léonie]] dimanche passé à l'église Saint-Joseph de Chambly 🕊️🤍 Ma puce est née le [[D:9 octobre 2017]] pis on dirait que c'était hier qu'on la faisait baptiser dans la même église, avec le même curé!! Merci à l'abbé [[P:Gérald Poirier]] pour sa patience avec les 22 jeunes (pas facile de garder des enfants de 8 ans tranquilles une heure et quart 😅). Sa marraine [[P:Karine]] pis son parrain [[P:TI-GUY LANGEVIN]] étaient là, ainsi que grand-maman [[P:Pierrette]] qui a fait sa fameuse tourtière du Lac pour le dîner. Gâteau de la Pâtisserie Gascon, robe de chez Simons. Journée parfaite ☀️"""),

(3, "en", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """So proud of our boy tonight!! 🥈 [[P:Jayden]] (12) has been with us since the DPJ placed him in our family-type resource in Chandler last March, and today he took silver in double-mini trampoline at the regional meet in Rimouski with a score of 24.8. His mom [[P:Crystal Jerome]] couldn't come (supervised visits only, long story) but his coach [[P:Mathieu Huard]] from Club Acro-Gaspé filmed the whole routine for her. Rosie MacLennan watch out 😂 Pic in the comments!"""),

(4, "fr", "facebook", "L", [], """Fin de semaine au village de pêche blanche de La Baie, sur la Baie des Ha! Ha! 🎣 Record perso : 41 éperlans pis un sébaste que [[P:Mario]] à côté jure qu'y pesait 3 livres (y pesait pas 3 livres). Nos voisins de cabane c'est toujours la même gang : la cabane à [[P:Ginette Bergeron]] avec son drapeau des Nordiques, pis celle des frères [[P:Tremblay]] qui font jouer du Fred Pellerin à tue-tête. [[P:Mario Gagnon]] loue encore sa cabane pour le weekend du 21, écrivez-y : [[E:mario.gagnon.peche@gmail.com]] ou [[T:418 555 0172]]. Ramenez des pogos pour le poêle à bois 😄"""),

(1, "fr", "linkedin", "S", [], """Merci du fond du cœur à l'équipe de la Clinique vétérinaire Saint-Hubert, partenaire de notre maison depuis 2021 🐾 Grâce à leur programme d'hébergement temporaire pour animaux, plusieurs femmes ont pu quitter une situation de violence sans devoir abandonner leur chat ou leur chien. Cette année, la [[P:Dre Fatima Ouédraogo]] et le [[P:Dr Marc-André Côté]] ont offert bénévolement les vaccins et les examens. Merci aussi à [[P:Annie-Claude]], technicienne en santé animale, qui coordonne tout ça avec le sourire. Vous aimeriez soutenir ce programme? Les dons se font directement à la clinique, mention « Pattes en sécurité ». #violenceconjugale #partenariat #animauxdecompagnie"""),
# ---------------- batch 2 ----------------
(2, "en", "instagram", "C", [], """Confirmation day for my nephew [[P:Liam Aubut-Metallic]] at the Cathédrale du Christ-Roi in Gaspé ✝️🕊️ He picked Saint Francis as his confirmation saint because "he liked animals too". Sponsor: his uncle [[P:Jerry Metallic]] from Listuguj, who drove four hours through a snowstorm on Route 132 to be there. Supper after at [[A:112 rue de la Reine]] in Gaspé. If you're family and lost the invite, text me at [[T:+1 418 555 0126]] 🎉 #confirmation #proudauntie #gaspésie"""),

(3, "fr", "facebook", "B", [], """Compétition provinciale de cheerleading au Centre Pierre-Charbonneau samedi 📣💜 Les Titans Cheer de Brossard (niveau 3 junior) finissent 2es avec 94,35 pts, à 0,4 des Stingers All-Stars 😱 Ma [[P:Rosalie]] était flyer pour la première fois, pis ses bases [[P:Kenza]], [[P:Émy-Rose]] pis [[P:Thi Lan Nguyen]] l'ont jamais échappée. Bravo à coach [[P:Steph Lacombe-Diallo]]!!
Petit rappel aux parents : le formulaire médical pour Niagara doit être remis avant le 1er avril. Coach, j'ai pas pu le téléverser, alors voici son numéro d'assurance maladie : [[R:ROUR 1252 1419]], allergie aux arachides."""),

(4, "en", "linkedin", "R", [], """What three days in an ice-fishing cabin on Lac Saint-Pierre taught me about coaching 🧊🎣

Every February a few of us from the regional office rent two cabins at the Baie-du-Febvre fishing village. No Wi-Fi, one wood stove, a lot of perch. This year I paid attention to our neighbours instead of my phone.

To our left, the "Diabo shack", run by [[P:Kenny Diabo]] from Kahnawake and his daughter [[P:Kahentinetha]], who is 15 and out-fished every adult on the ice. She never rushed a line. She read the water, changed depth every twenty minutes and kept a notebook. That's a better training log than most of our student-athletes keep.

To our right, the [[P:Nakamura]] cabin: [[P:Hiroshi]] and [[P:Denise Nakamura]], retired teachers from Sorel-Tracy, who share every fish with whoever caught nothing. Team culture, in one sentence.

Three takeaways for our coaches in the Montérégie:
1. Patience is a skill you practise, not a personality trait.
2. Keep data, even when it's a pencil in a Hilroy notebook.
3. Celebrate the people who make the team better, not only the ones who score.

Thanks to [[P:Benoît Lafrenière]], our student-athlete coordinator for the Vallée-du-Richelieu, for organizing, and to [[P:Yasmine Benali]] for the perch chowder. Final count: 58 perch, 3 walleye, 1 frozen Tim Hortons double-double.
#leadership #RSEQ #sportétudiant #coaching"""),

(1, "en", "facebook", "L", [], """Shout-out to the Lakeshore Animal Clinic on [[A:275 Beaconsfield Blvd]] ([[Z:h9w4a1]]) 🐕 When our rescue mutt Bernard tore his cruciate ligament, [[P:Dr. Moira Kavanagh]] did the surgery the same week and tech [[P:JOEY PATEL]] taught my kids how to do his physio exercises. Invoice #44817, $2,340, worth every penny. They're hiring a receptionist by the way, send your CV to [[E:julie.tanguay@lakeshoreanimal.ca]]. Bernard is back to stealing socks."""),

(2, "fr", "instagram", "S", [], """Officiellement marraine 🥹🤍 Mon filleul [[P:Zackary]] a été baptisé à matin à la paroisse Sainte-Famille de Boucherville par l'abbé [[P:Ngoy]], qui a fait rire toute l'église avec son chant en lingala. Le parrain, [[P:fred castonguay]], pis moi on a pleuré comme des madeleines. #baptême #marraine #boucherville"""),

(3, "en", "instagram", "R", ["DISPARAGEMENT", "HARASSMENT"], """Robbed. Absolutely ROBBED at the Montérégie trampoline qualifier in Longueuil today. Our girl [[P:Ava]] lands a clean 27.6 routine and the panel gives it to a kid from Trampoline Élite who went out of bounds?? Judge #3 clearly can't count past ten, and coach [[P:Darlene Price]] from that club is a cheating clown who buys her medals. Everybody go flood her club's page with 1-star reviews 😡 and tag @[[P:darlene.price.coach]] so she knows. #RSEQ #justicefor[[P:Ava]]"""),

(4, "fr", "facebook", "C", ["CONSENT_REQUIRED"], """Sortie de pêche aux éperlans sur le barachois de Carleton-sur-Mer avec nos résidents de la ressource intermédiaire 🎣❄️ [[P:Gilberte]] a pris le plus gros (elle a pas arrêté d'en parler au souper), pis [[P:M. Arsenault]] a chanté du Gilles Vigneault dans la cabane de notre voisin [[P:Léo Bujold]] tout l'après-midi. Merci à l'intervenante [[P:Mélissa Landry]] du CISSS d'être venue nous donner un coup de main! Photos de tout le monde en commentaire 📸"""),

(1, "fr", "instagram", "B", [], """Merci [[P:Dr Beaulieu]] pis [[P:Cindy]] à la Clinique vétérinaire des Patriotes 🐱 Bob va ben mieux!! #chatdelamaison"""),
# ---------------- batch 3 ----------------
(2, "en", "instagram", "B", [], """Our son [[P:Rowan Tekaronhiáhkhwa Deer]] was baptized this morning at the St. Francis Xavier Mission in Kahnawake 🕊️ His godmother [[P:Kawennanoron Jacobs]] sang the Mohawk hymn her grandmother taught her and there wasn't a dry eye in the church. Godfather [[P:Sean McGillis]] flew in from Halifax and managed not to drop him. Thank you [[P:Fr. Tom Ouellette]] for a beautiful ceremony in three languages. Born [[D:August 2, 2025]], 8 lbs 3 oz, and already louder than the organ.
PS if you left a casserole dish at the reception, call my mom at [[T:4 5 0 5 5 5 0 1 9 8]] 🍲"""),

(3, "en", "linkedin", "L", [], """Proud moment outside the office: the cheer team I volunteer-coach on Tuesday nights placed first in Level 2 Youth at the Cheer Expo in Laval, 91.2 points out of 100. Six months ago half of them couldn't do a cartwheel. Lessons that transfer straight to litigation prep: drill the basics, trust your spotters, and never skip the warm-up. #cheerleading #mentorship #worklifebalance"""),

(4, "en", "instagram", "B", [], """-32 with the windchill at Sainte-Rose-du-Nord this weekend 🥶 14 smelts, 2 redfish, 0 feeling in my toes. Cabin neighbour [[P:Gaétan]] lent me his auger after mine died (thank you, legend). Fun fact for my fellow lawyers: the Superior Court ruling on the municipal ice-cabin removal deadline is worth a read, file [[C:150-17-004512-248]], if only for the paragraph on "abandoned shacks". #pêcheblanche #saguenayfjord #lawyersofinstagram"""),

(1, "en", "linkedin", "C", [], """Thank you to the Hôpital vétérinaire de Sainte-Anne-des-Monts for five years of free check-ups for Roger, the golden retriever who visits our long-term care residents in Haute-Gaspésie every Thursday 🐕‍🦺 [[P:Dr. Étienne Pelletier]] and animal health technician [[P:Marie-Soleil Fournier]] have vaccinated, dewormed and brushed Roger without ever sending us a bill. Our recreation technician [[P:Sandra Lebreux]] (pictured with Roger, shared with her written consent) says he is the most popular employee in the building. Clinic line for the pet-therapy program: [[T:(418) 555-0161]] ext. 204."""),

(2, "fr", "linkedin", "R", [], """Petit message personnel un dimanche soir : mon fils [[P:Olivier]] a été confirmé aujourd'hui à l'église Saint-Joachim de Châteauguay, entouré de sa marraine [[P:Marites dela Cruz]] et de son parrain [[P:Wilnerson Pierre-Louis]], son entraîneur de soccer depuis l'âge de 6 ans. Ce que je retiens : les adultes qui accompagnent nos jeunes dans le sport étudiant deviennent souvent des repères pour la vie. Merci aux bénévoles de la Montérégie qui donnent leurs soirées aux ligues du RSEQ. Vous changez des trajectoires. #sportétudiant #bénévolat #RSEQMontérégie"""),

(3, "fr", "instagram", "S", ["SURVIVOR_IDENTIFICATION"], """Tellement fière de [[P:Maria]], une de nos résidentes, qui a amené sa fille [[P:Sofía Gutiérrez]] à sa toute première compétition de trampoline à Granby samedi 🥹🤸‍♀️ Après tout ce qu'elle a vécu avec son ex cet hiver, la voir crier dans les estrades du Centre sportif Léonard-Grondin, ça m'a fait brailler. [[P:Sofía]] a fini 5e avec 22,9! 💜"""),

(4, "fr", "facebook", "S", [], """Saint-Fulgence c'te fin de semaine 🎣 La cabane à [[P:Réal]] est réservée pour nous autres du 6 au 8 février!! On a eu 27 éperlans pis un ti-loup-marin qui nous regardait par le trou (ok c'tait un phoque mais quand même).
@[[P:Réal Fortin]] pour le dépôt de 80 $ : [[CC:4539 1488 0343 6467]] exp 08/27, merci!!
Les voisins [[P:Lucie]] pis [[P:Raymond Gobeil]] ont amené du ragoût de pattes. Meilleur weekend de l'hiver."""),

(2, "fr", "linkedin", "L", ["CLIENT_CONFIDENTIALITY"], """Petit monde que le Québec 😅 Baptême de ma nièce [[P:Florence]] hier à la basilique-cathédrale Notre-Dame de Québec, pis devinez qui est le parrain? Nul autre que mon client [[P:M. Stéphane Duval]], celui dont je pilote le divorce contesté depuis deux ans au palais de justice de Québec. On a jasé garde partagée entre le gâteau pis les dragées… Le curé, [[P:Père Ignatius Okafor]], a eu la sagesse de pas s'en mêler. Bon lundi à tous! #avocate #famille"""),
]
