# -*- coding: utf-8 -*-
POSTS = [
# 1 — brief 1, fr, facebook, barreau-qc
(1, "fr", "facebook", "B", [], """Petit rappel pour mes voisins de la rue Saint-Charles à Longueuil : le stationnement de nuit est interdit du 1er décembre au 31 mars (règlement CM-2019-1042). Ça fait 3 fois que la remorqueuse de Remorquage Tremblay & Fils passe devant chez nous 🚛❄️
Pis non, être avocate ça veut pas dire que je peux faire annuler vos tickets de 75 $ 😅 Demandez à [[P:ginette]], elle a essayé l'an passé lol"""),
# 2 — brief 1, en, linkedin, law-firm
(1, "en", "linkedin", "L", [], """Quick note from our Montreal office: neighbourhood noise disputes are among the most common questions we get at community clinics. The Civil Code of Québec (art. 976 C.C.Q.) speaks of "normal neighbourhood annoyances" — the word normal does a lot of work there.
Thanks to my colleague [[P:Siobhan O'Reilly]] and to articling student [[P:Rajesh Patel]] for a great lunch-and-learn at the Plateau-Mont-Royal library yesterday. Slides available on request: [[E:s.oreilly@oreillypatel-avocats.ca]]
#CivilLaw #Quebec #AccessToJustice"""),
# 3 — brief 1, fr, instagram, rseq-monteregie
(1, "fr", "instagram", "R", [], """Tournoi de volley au Collège Charles-Lemoyne ce samedi 🏐 SVP les parents, stationnez dans le lot du IGA sur Taschereau et PAS dans la rue des Ormes, les voisins nous ont appelés 2 fois l'an dernier 🙏
Merci à @[[P:kim.nguyen.coach]] et à [[P:ti-jean]] pour l'organisation du covoiturage! Go Griffons go 💙
#RSEQ #Montérégie #volleyball #Bravo[[P:Kim]]"""),
# 4 — brief 1, en, facebook, shelter
(1, "en", "facebook", "S", [], """To the person who keeps leaving their pickup running outside the building at 5 a.m. every morning on Laurier: please, some of us work nights 😩 The bylaw in Gatineau is 3 minutes of idling max.
Anyway. Off to my shift. Coffee from Tim Hortons, Céline Dion on the radio, and I'm almost human again."""),
# 5 — brief 1, fr, facebook, cisss-gaspesie
(1, "fr", "facebook", "C", [], """Le party de fête du voisin d'en face sur la route 132 à Sainte-Anne-des-Monts a duré jusqu'à 3h du matin. Musique à fond, Les Cowboys Fringants en boucle pis des chars stationnés jusque dans mon entrée.
J'ai appelé la SQ (*4141 sur le cell), rien. Si quelqu'un connaît le proprio du chalet, un M. [[P:Dugas]] de Cap-Chat, dites-y que le règlement sur le bruit existe pour vrai 😤
Signé : une éducatrice fatiguée qui commence à 7h"""),
# 6 — brief 1, en, instagram, barreau-qc
(1, "en", "instagram", "B", [], """New snow, same neighbours 🙃 Shovelled my spot on Grosvenor Ave, came back from the Palais de justice and someone had put a lawn chair in it. Westmount, you never disappoint.
PSA: chairs do not create a legal right of way. (No, this is not legal advice 😄)
📸 by my sister [[P:Maeve]] #winterinmontreal #snowday"""),
# 7 — brief 1, fr, linkedin, shelter
(1, "fr", "linkedin", "S", [], """Conflits de voisinage : quand le bruit devient un outil de contrôle.
Dans notre pratique, on entend souvent des femmes dire que leur ex-conjoint klaxonne devant chez elles ou stationne son char en travers de l'entrée, des semaines après la séparation. Ce n'est pas « juste un voisin dérangeant ». La Loi visant à aider les personnes victimes d'infractions criminelles (LAPVIC) et le Code criminel (art. 264) peuvent s'appliquer.
Notre ligne d'écoute, 24/7 : [[T:1 800 555–0163]]
— [[P:Aminata Traoré]], intervenante"""),
# 8 — brief 2, en, facebook, cisss-gaspesie
(2, "en", "facebook", "C", [], """Heat warning for Gaspésie–Îles-de-la-Madeleine this weekend: 31°C in New Carlisle and Bonaventure, humidex near 38. The Public Health Directorate asks everyone to check on older neighbours.
Cooling rooms open at the Centre communautaire de Paspébiac and at the municipal library in Chandler, 10 a.m. to 8 p.m. Water, fans, and yes, the Expos games on TV.
Questions? Info-Santé 811. Stay cool, everyone ☀️💧"""),
# 9 — brief 2, fr, linkedin, cisss-gaspesie
(2, "fr", "linkedin", "C", ["CONSENT_REQUIRED"], """Bravo à l'équipe du soutien à domicile du secteur Rocher-Percé, qui a fait plus de 140 appels de vigilance pendant la canicule de juillet 🌡️📞
Un merci particulier à [[P:Nathalie Joncas]], infirmière auxiliaire, et à [[P:marc-andre cote]], préposé, qui ont fait le tour des rangs de Grande-Rivière jusqu'à 21h pour livrer des ventilateurs. Vous êtes des perles!
Photo de l'équipe devant le CLSC de Chandler 👇"""),
# 10 — brief 2, fr, instagram, rseq-monteregie
(2, "fr", "instagram", "R", [], """🥵 CANICULE 🥵 Les matchs de soccer extérieur de mercredi au parc Marie-Victorin sont REPORTÉS (chaleur accablante, 36 avec l'humidex selon Environnement Canada).
Nouvelle date : le 14, même heure. Les entraîneurs, confirmez avec [[P:SOPHIE LABERGE]] au [[T:450.555.0172]] ou par courriel [[E:sophie.laberge@rseq-monteregie-exemple.qc.ca]]
Buvez de l'eau, mettez de la crème, pis on se revoit bientôt à Saint-Bruno 💦⚽
#RSEQ #soccer #Montérégie"""),
# 11 — brief 2, en, linkedin, barreau-qc
(2, "en", "linkedin", "B", [], """Day three of the heat wave and the air conditioning at the Longueuil courthouse gave up around 11 a.m. Robes off, fans on, and Justice Wagner's Supreme Court never looked so comfortable 😅
Shout-out to the duty counsel team who kept going anyway: [[P:Me Karim Benali]], [[P:Me Fatima Zahra El Idrissi]], [[P:Ginette Jean-Baptiste]] and our newest member, [[P:j.tremblay]] (yes, he insists on the lowercase).
Reminder that the Barreau's wellness program (PAMBA) is there when the summer gets long."""),
# 12 — brief 2, fr, facebook, shelter
(2, "fr", "facebook", "S", ["LOCATION_DISCLOSURE"], """Avec la chaleur, on a enfin reçu les 4 climatiseurs donnés par Rona Rimouski 🙏❄️ Les femmes et les enfants de la maison peuvent dormir au frais! Si vous passez sur la rue de l'Évêché, vous allez nous reconnaître : c'est la grande maison jaune juste en face du parc Beauséjour, avec les balançoires 😊
Merci mille fois à [[P:Guylaine]] de chez Rona pour la livraison!"""),
# 13 — brief 2, en, instagram, law-firm
(2, "en", "instagram", "L", [], """34°C in the Old Port. Lunch was a Mr. Freeze on a bench by the St. Lawrence with [[P:paddy]] and [[P:maricel dela cruz]] 🧊☀️ Back to the files. #MTLheat"""),
# 14 — brief 3, fr, facebook, law-firm
(3, "fr", "facebook", "L", ["PERSONALIZED_LEGAL_ADVICE"], """@[[P:Marco DiLorenzo]] pour ton pneu crevé dans le nid-de-poule devant le [[A:4520, boulevard Saint-Laurent]] : t'as 15 jours pour envoyer ton avis écrit au greffier de la Ville de Montréal, sinon ta réclamation est morte (art. 585 LCV). Garde ta facture de Canadian Tire (commande #40213, 289,47 $) pis prends des photos du trou avec un objet pour l'échelle. Envoie-moi tout ça, je te fais la lettre en fin de semaine."""),
# 15 — brief 3, en, facebook, rseq-monteregie
(3, "en", "facebook", "R", [], """Heads-up, families of the Chambly Cobras U15 team 🏒 Route 112 is down to one lane between Chambly and Richelieu until October (MTQ roadwork), and the detour through Carignan is full of potholes the size of a Zamboni.
Leave 20 minutes early for Sunday's game at the Aréna Jean-Béliveau. Carpool list is with our transport volunteer, [[P:Harpreet Kaur Sandhu]] — text her at [[T:(450) 555-0148]] before Friday.
Final score last week: Cobras 4, Granby 2 🎉"""),
# 16 — brief 3, fr, linkedin, barreau-qc
(3, "fr", "linkedin", "B", [], """Responsabilité des municipalités pour les nids-de-poule : la Cour du Québec vient de rappeler (dossier [[C:500-22-271834-237]]) que la Ville n'est pas l'assureur des automobilistes. L'immunité de l'article 604.1 LCV protège la municipalité pour les dommages aux pneus et à la suspension, sauf faute lourde.
La juge Lucie Morissette y cite d'ailleurs abondamment l'affaire de la Ville de Laval de 2019.
Bonne lecture, et bonne saison des cônes orange 🚧
#droitmunicipal #Barreau"""),
# 17 — brief 3, en, instagram, cisss-gaspesie
(3, "en", "instagram", "C", [], """Route 132 between Percé and Gaspé this morning: 3 flaggers, 2 graders, 1 moose, zero potholes fixed. Still the most beautiful commute in Canada 🚧🫎🌊 #Gaspésie #roadwork"""),
# 18 — brief 3, fr, instagram, shelter
(3, "fr", "instagram", "S", [], """Le boulevard Talbot en travaux DEPUIS MAI 🚧🚧🚧 J'ai perdu un enjoliveur pis ma patience. La grande [[P:Jo]] dit que les nids-de-poule de Chicoutimi sont visibles de l'espace. Elle a pas tort.
#SaguenayLacSaintJean #cônesorange"""),
# 19 — brief 3, en, linkedin, rseq-monteregie
(3, "en", "linkedin", "R", [], """With the Mercier Bridge lane closures and the Route 138 repaving through Kahnawake, our school bus schedules for the fall league have changed. Updated routes are posted on the RSEQ Montérégie site.
Huge thanks to [[P:Kahentiiosta Diabo]], athletic director at Kateri School, and to [[P:Tran Van Minh]] from the transport office for rebuilding the whole grid in two days. Questions: [[T:+1 514 555 0199 ext. 204]]
#StudentAthletes #RSEQ #Montérégie"""),
# 20 — brief 4, fr, facebook, rseq-monteregie
(4, "fr", "facebook", "R", ["DISPARAGEMENT"], """Fin de semaine de basket à l'école secondaire Pierre-Laporte de Saint-Hyacinthe : on avait installé 12 bacs de récup pis de compost, avec des affiches en français, en anglais pis en espagnol. Résultat? La gang de Sorel a tout câlissé dans le même bac. Des vrais porcs. Pis leur coach, [[P:steve bouchard]], regardait ça en mangeant sa poutine sans rien dire, typique de ce clown-là 🙄
Merci quand même à nos bénévoles [[P:Mme Lucie Pelletier]] et [[P:José Luis Ramírez]] qui ont trié jusqu'à minuit ♻️"""),
# 21 — brief 4, en, facebook, law-firm
(4, "en", "facebook", "L", ["CLIENT_CONFIDENTIALITY"], """Can't believe what I saw today. My client [[P:Mrs. Nguyen]] got back from the hospital to find her landlord had put all her furniture out on the curb for bulky-item pick-up. Her couch, her late husband's armchair, everything, sitting on the sidewalk at [[A:112 Grant Street, apt. 3]], Longueuil [[Z:j4k 3a2]], in the rain.
We filed for an injunction this afternoon (file [[C:505-17-014892-241]]). Some people have no shame."""),
# 22 — brief 4, fr, instagram, cisss-gaspesie
(4, "fr", "instagram", "C", ["CHILD_PROTECTION_IDENTIFICATION", "CONFIDENTIAL_INFORMATION"], """Notre petit [[P:Jayden]] ([[D:né le 2 mai 2019]]), placé chez nous à Maria depuis le printemps par la DPJ, est maintenant le champion du compost de la famille 🌱🍂 Il trie les pelures mieux que moi!
Petite note pour l'intervenante : j'ai laissé sa carte d'assurance maladie ([[R:BEAJ 1905 0214]]) dans l'enveloppe brune avec les papiers du tribunal.
#familledaccueil #compost #Gaspésie"""),
# 23 — brief 4, en, linkedin, shelter
(4, "en", "linkedin", "S", [], """Spring clean-up drive 🛋️ Instead of leaving your good furniture out for the city's bulky-item pick-up, consider donating it: women leaving our shelter often start over with nothing.
Drop-off is at our partner thrift store, Le Chaînon boutique, [[A:4373 av. de l'Esplanade]], Montréal [[Z:h2w1t2]], Tuesday to Saturday. For big items (beds, dressers, kitchen tables) our volunteer coordinator [[P:Wei Chen]] can arrange a truck: [[T:514.555.0123 poste 2]] or [[E:w.chen.benevoles@gmail.com]].
No clothing please, the store is full until June. Thank you, Montreal ❤️"""),
# 24 — brief 4, fr, linkedin, law-firm
(4, "fr", "linkedin", "L", [], """Le bureau passe au zéro déchet! ♻️ Depuis janvier, fini les gobelets de Tim Hortons : on a des tasses en céramique de chez Simons, un bac brun dans chaque cuisine et un partenariat avec Compost Montréal pour le 22e étage.
Résultat après 3 mois : 412 kg de matières organiques détournées de l'enfouissement.
Merci au comité vert : [[P:huguette]], [[P:Yasmine Haddad]], [[P:Nguyen Thi Lan]], [[P:M. Wilner Saint-Fleur]] et notre associée [[P:Me Annie Qumaluk]]. Questions? [[E:comite.vert@lavoie-haddad.ca]]
#développementdurable #cabinetvert"""),
# 25 — brief 4, en, instagram, barreau-qc
(4, "en", "instagram", "B", [], """🚨 SCAM ALERT, Laval 🚨 Fake texts pretending to be from the city's bulky-item pick-up ask you to "confirm" your SIN and pay a $12.50 fee by card. My neighbour [[P:Maria da Conceição Ferreira]] almost fell for it: she had already typed [[S:529 164 071]] and her Mastercard [[CC:5168 4203 7719 0456]] before she called me 😱 (both cancelled since, don't worry).
The real collecte des encombrants is free and booked through 311. Tracking code in the fake text: LVL-88412-QX. Report it to the Canadian Anti-Fraud Centre."""),
]
