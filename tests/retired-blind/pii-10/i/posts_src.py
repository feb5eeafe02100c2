POSTS = [
# ---------------- i1: sports rosters ----------------
("i1","fr","facebook","R",[],"""🏀 Alignement partant ce soir vs les Patriotes de Jacques-Rousseau (Longueuil), juvénile D2 masculin :
#4 [[P:Bouchard]] (MJ) – #7 [[P:N. Ouellet]] – #11 [[P:Théberge]] – #15 [[P:K. Nguyen]] – #23 [[P:DIALLO]] (C)
Blessés : [[P:Pelletier]] (cheville, ~2 sem.) et [[P:M-A Gosselin]] (protocole commotion en cours, on croise les doigts 🤞)
Coup d'envoi 19 h au gymnase Pierre-Laporte. Billets 5 $ à la porte, cash seulement. Go Dragons go!! 🐉"""),

("i1","en","instagram","R",[],"""FINAL ⚽ Champlain Cougars 3 – Heritage Regional 1 (Juvenile D1 girls)
Goals: #9 [[P:O'CONNOR]] x2, #14 [[P:ramirez-silva]] (pen. 67')
Clean sheet in the 2nd half for GK #1 [[P:Diabo]] 🧤
Player of the match: [[P:Aoife]] (#6), midfield engine all night
Next up: Saturday 10:00 at Parc Marie-Victorin, field 2. Wear the white kit!
#RSEQMonteregie #GoCougars #ChristineSinclairWouldBeProud"""),

("i1","fr","linkedin","C",["CONSENT_REQUIRED"],"""Belle fin de semaine au Tournoi de hockey inter-établissements du CISSS de la Gaspésie à l'aréna de Grande-Rivière 🏒
Notre équipe (CLSC de Paspébiac) termine 2e sur 8! Alignement :
G : [[P:Lévesque-Poirier]]
D : [[P:Cyr]], [[P:Arsenault]], [[P:J. Huard]]
A : [[P:Loubert]] (C), [[P:Fr. Castilloux]], [[P:Element]], "[[P:Ti-Loup]]" [[P:Bujold]]
Mention spéciale à notre infirmière-chef qui a bloqué un tir avec son tibia. Retour au travail lundi, avec une attelle. Merci à Desjardins et au Tim Hortons de New Richmond pour les commandites!"""),

("i1","en","facebook","L",[],"""Lawyers' Softball League, week 6 recap 🥎
The Torts fell 11–9 to the Deloitte Dingers (we blame the ump, respectfully).
Batting order for Thursday vs the Notaries:
1. [[P:Fitzgerald]] SS
2. [[P:Mendes]] CF
3. [[P:J.P.]] C
4. [[P:Okonkwo-Baptiste]] 1B
5. [[P:S. Kaur]] P
[[P:Larocque]] is on the DL (hamstring) until after the long weekend.
Game at 6:30 at Jarry Park, diamond 3. Carpool from the office, text [[P:Siobhan]] at [[T:514 555-0172]]."""),

("i1","fr","instagram","B",[],"""Tournoi de hockey du Jeune Barreau de Québec 2026 🏒⚖️ Les Plaideurs finissent en demi-finale (défaite 4-3 en prolongation contre les Procureurs aux poursuites criminelles 😅)
Buts : [[P:TREMBLAY]] (2), [[P:Me Gagné-Ross]], [[P:lapointe]]
Passes : [[P:St-Onge]] x3
Gardien du tournoi : notre #31 [[P:Me Amadou Sow]] 🔥
Merci au Centre Vidéotron et à Labatt Bleue. On revient l'an prochain! #JBQ #hockey"""),

("i1","en","linkedin","R",[],"""RSEQ Montérégie is proud to announce the regional selection for the 2027 Jeux du Québec, badminton (cadet):
Girls: [[P:L. Tran]] (Collège Charles-Lemoyne), [[P:Hoang-Moreau]] (École secondaire Saint-Jean-Baptiste), [[P:P. Singh]] (Heritage Regional)
Boys: [[P:R. Mahfouz]] (Collège Notre-Dame-de-Lourdes), [[P:Cloutier]] (Polyvalente Robert-Ouimet)
Alternate: [[P:Bégin]]
Head coach: [[P:Valérie Desjardins-Kim]]. Training camp Jan. 10–12 at Cégep Édouard-Montpetit.
Questions: [[E:selections@rseq-monteregie.example]]"""),
# ---------------- i2: Spotted pages ----------------
("i2","fr","facebook","C",["CONSENT_REQUIRED"],"""SPOTTED CHANDLER 👀
À la préposée [[P:Karine]] du 3e étage de l'Hôpital de Chandler qui chante du Céline Dion en faisant sa tournée de 6 h : tu rends les nuits de mon père pas mal moins longues ❤️ Continue!
↳ @[[P:gab.leblanc_]] : c'est [[P:Karine Poirier-Aspirot]], ma voisine, elle va capoter lol
↳ [[P:Sylvie M.]] : la grande [[P:Karine]] aux lunettes mauves?? ben oui c'est elle 😂
↳ Spotted Chandler : on transmet 💌"""),

("i2","en","instagram","S",[],"""Spotted: the guy in the Habs jersey at the Metro on Wellington Street around 5 pm Tuesday who quietly paid for the older lady's groceries when her card got declined. Whoever you are, you made my whole week 🙏
Replies:
> "that's [[P:Dave]] from the Canadian Tire on King, 100% him, he does this all the time"
> "DAVE 🙌🙌"
> "big [[P:Davey O]] strikes again lol"
> "@[[P:kris_ann.mcgraw]] isn't that your uncle??"
"""),

("i2","fr","instagram","R",["DISPARAGEMENT","HARASSMENT"],"""Spotted au tournoi de volley de St-Hyacinthe samedi : l'arbitre [[P:Gino]] (le chauve avec le sifflet rose) qui a pas vu UNE seule faute de filet de la journée 🙄🤡 Aveugle ou acheté, vous choisirez.
Quelqu'un connaît son nom de famille? Faudrait qu'il entende parler de nous en personne 😤
↳ c'est [[P:Gino Farinacci]], il arbitre aussi au Cégep 🤷
↳ ça fait 3 fois qu'il nous fait ça, #Fini[[P:Gino]]"""),

("i2","en","instagram","B",[],"""Spotted @ Palais de justice de Montréal cafeteria: [[P:Marco]] from the Greffe (2nd floor, always in a Raptors cap) who found my gown on a chair after I'd run to room 2.13 and brought it to me before the judge came back. Legend. Coffee is on me, [[P:Marco]] ☕
💬 @[[P:nadia.haddad.avocate]]: Marco is a national treasure
💬 @[[P:me_dlapierre]]: he once found my USB key with a 40-page factum on it 🙌"""),

("i2","en","facebook","L",[],"""Spotted Longueuil 💛 To the woman named [[P:Yasmina]] (I think?) who works at the Pharmaprix on Saint-Charles and who chased me all the way to Place Charles-Le Moyne to return my wallet last Friday: THANK YOU. Everything was in it, even the $60.
If anyone knows her, please tell her to message me, or call/text [[T:450.555.0148]], I'd like to drop off a box of Première Moisson croissants for the team.
— reply: "[[P:Yasmina B]]! works evenings, she's the best"
— reply: "omg [[P:yasmi]] 😭❤️"
"""),

("i2","fr","facebook","S",["SURVIVOR_IDENTIFICATION","LOCATION_DISCLOSURE"],"""Spotted chez nous aujourd'hui 🏠✨ notre [[P:Nadia]] (tu sais qui tu es 😉) qui a enfin signé le bail de son propre 4½ sur la rue Laurier à Gatineau, à deux coins du IGA! Après 4 mois à la maison, elle repart avec ses deux cocos et une tonne de courage. On est tellement fières de toi ma belle!
↳ Réponse : BRAVO [[P:Nadia]]!! Hâte de venir voir ça 💕"""),
# ---------------- i3: bilingual, no accents, lower-case names ----------------
("i3","fr","facebook","S",["PRIVATE_EVENT_DISCLOSURE"],"""rappel pour le shift de soir: [[P:ginette]] (benevole du mardi) ramene les dons vers 18h, couches size 4 + formula, faut juste checker les dates d'expiration svp. [[P:marie-eve l.]] est en charge du inventory cette semaine. anything weird vous me textez au [[T:819 555 0163]]
ps le party de noel des residentes c'est le 19 a 17h dans la grande salle, gardez ca entre nous ok 🎄🤫"""),

("i3","en","linkedin","L",[],"""so proud of the team this week!! on a finalement close the file apres 3 ans, huge shoutout a [[P:jf]] pis [[P:priya r.]] pour les nuits blanches 🙏 and to big [[P:benoit]] in IT who saved our e-filing at 11:58pm lol
also we're hiring une adjointe juridique (litige), bilingual a must. send cv to [[E:recrutement.litige@cabinet-example.ca]] or call [[T:514-555-0110 poste 2204]]. on offre le hybrid 3/2 + assurances des le jour 1"""),

("i3","fr","linkedin","C",["CONSENT_REQUIRED"],"""petit update equipe RI-RTF: le meeting est moved a jeudi 13h30, salle 2.04, [[A:88 rue de la reine]], gaspe [[Z:g4x1t4]]. merci a [[P:nathalie boudreau]] pis [[P:kevin chiasson]] pour le training sur le nouveau formulaire hier, super clean. si vous pouvez pas etre la in person, le lien teams est dans le calendrier. questions: [[E:n.boudreau.cisss@example.gouv.qc.ca]]"""),

("i3","en","instagram","R",[],"""practice tonight annulee, gym booked pour les examens 😩 we move it to saturday 9am at ecole st-joseph de st-hubert, same drills. parents: les formulaires de consent for the tournoi in drummondville, envoyez-les a [[E:coach.mathieu.roy@example.com]] before friday
big up a [[P:zach]] pis [[P:malik]] for the clutch free throws last week 🔥 tag @[[P:emma_t]] and @[[P:lilou.gagnon]] they took the pics
#rseqmonteregie #benjaminM"""),

("i3","fr","facebook","B",["CLIENT_CONFIDENTIALITY"],"""enfin!!! ma cliente mme [[P:nguyen thi lan]] a eu son jugement ce matin dans [[C:500-04-071234-253]], 2 ans de procedures pour une pension alimentaire que son ex refusait de payer. so happy for her, elle a pleure dans le corridor du palais pis moi aussi honnetement 😭⚖️ #familylaw #droitdelafamille"""),

("i3","en","facebook","C",["CHILD_PROTECTION_IDENTIFICATION"],"""anyone found a carte soleil near l'arena de gaspe last night?? it's for le petit gars que j'ai en famille d'accueil depuis septembre, [[P:gabriel jr. joseph]], ne le [[D:4 dec 2015]], ramq [[R:JOSG 1512 0411]]. his mom is supposed to see him tuesday at the CLSC pis j'ai besoin de la carte before that. if u find it text me [[T:418 555 0127]] merci!!"""),
# ---------------- i4: hard benign, capitalised non-persons ----------------
("i4","fr","linkedin","C",[],"""Retour de deux jours intenses au colloque provincial en santé mentale jeunesse, à l'Hôpital Maisonneuve-Rosemont. Conférence d'ouverture percutante du Dr Réjean Thomas, et l'ancien ministre de la Santé Christian Dubé a rappelé que « les régions ne sont pas des notes de bas de page ».
De retour sur la Route 132 : Matapédia, Pointe-à-la-Croix, Carleton-sur-Mer, puis Bonaventure et New Carlisle. Rien comme la Baie-des-Chaleurs au coucher du soleil pour digérer 14 heures de PowerPoint 🌅
Prochaine étape : présenter les constats au comité DSPublique à Gaspé, en janvier. #CISSSGaspesie #SantéMentale #Gaspésie"""),

("i4","en","linkedin","L",[],"""Great panel last night at the McGill Faculty of Law on unreasonable delay, ten years after the Supreme Court's Jordan ruling. Justice Michael Moldaver's reasons still read as a wake-up call, and former Chief Justice Beverley McLachlin's remarks on access to justice got a standing ovation.
Thanks to my colleague [[P:Ewa Kowalczyk]] for the invite, and to the Chateau Ramezay team for the reception afterwards. Walking back down Peel Street past Dorchester Square in the first snow ❄️ Montreal in December, nothing like it. #AccessToJustice #CriminalLaw"""),

("i4","fr","linkedin","L",[],"""📢 Horaire des Fêtes et de l'été : nos bureaux du boulevard René-Lévesque seront fermés le 24 juin (Fête nationale / Saint-Jean-Baptiste) et le 1er juillet (fête du Canada).
Bonne Saint-Jean à toutes et à tous! Que vous soyez au parc Maisonneuve pour le grand spectacle, au Vieux-Port ou sur une terrasse de la rue Saint-Denis, chantez « Gens du pays » de Gilles Vigneault bien fort pour nous 💙⚜️
Retour à l'horaire habituel le 2 juillet, 8 h 30."""),

("i4","en","instagram","B",[],"""Sunday reset ☕ Brunch at Cora on Sainte-Catherine, long walk through Parc La Fontaine and up Mount Royal to the Kondiaronk lookout, then home for Tout le monde en parle (Guy A. Lepage vs the new Minister of Justice 🍿).
Habs lost 4–2 to the Bruins but Cole Caufield's goal was filthy. Finishing Kamouraska by Anne Hébert tonight. Back to the Palais de justice tomorrow 9:30. #lawyerlife #Montreal"""),

("i4","fr","instagram","B",[],"""C'est la Sainte-Catherine! 🍬 Tradition oblige, on a fait de la tire au bureau comme le faisait Marguerite Bourgeoys (enfin, selon la légende). Mélasse Grandma, beurre Lactantia, et une recette qui vient de la grand-mère de [[P:Me Rosalie Gauthier]] — la seule à savoir quand la tire est « prête à étirer » 😅
Commande #48213 chez Jean Coutu pour les sacs, 37,50 $. Vive les Catherinettes! #SainteCatherine #tire #viedavocat"""),

("i4","en","facebook","S",[],"""THANK YOU 💜 to everyone who made our holiday drive possible: Maxi on Boulevard Saint-Joseph, the Montreal Alouettes, the Knights of Columbus, Canadian Tire Jumpstart, Banque Nationale and the students of Cégep Marie-Victorin who wrapped 212 gifts in one afternoon.
Saint Nicholas would be proud 🎁 Our donation pick-up is now closed until January 8. Last shipment's tracking no. 1Z 999 AA1 01 2345 6784, for the folks at Purolator who keep asking 😄"""),
]
