# Blind test set pii-18/c. (brief, lang, platform, pack, rules, text)
# briefs: 1 food bank / community fridge, 2 blood donor / organ donation,
#         3 bake sales / chocolate-bar fundraisers, 4 babysitting / nanny ads and reviews
POSTS = [
# ---------------- batch 1 ----------------
(1, "fr", "facebook", "S", [], """Grosse journée au frigo communautaire de Saint-Hyacinthe hier! 🥕🥫 On a rempli les tablettes 3 fois.
Merci à mes partners de shift du mardi: [[P:huguette]], [[P:Nadège Joseph]], [[P:marc-andre cote]] pis [[P:Ti-Jean]] qui a ramassé les invendus chez IGA Famille Jodoin (ben oui, encore lui 😂).
Prochaine collecte: samedi 14 décembre au sous-sol de l'église Notre-Dame-du-Rosaire, [[A:1925, rue Girouard Ouest]], [[Z:j2s3a1]]. Besoin de pots Mason, de beurre d'arachide Kraft pis de sacs réutilisables.
Questions? [[E:frigo.solidaire.sthyacinthe@gmail.com]] #FrigoPartage #Maskoutains"""),

(1, "en", "facebook", "C", ["CONSENT_REQUIRED"], """Spent my Saturday off at the New Carlisle food pantry instead of on the couch 🥔
2 pallets of potatoes, 300 dozen eggs from Ferme Pascal Cyr and a truckload of turnips (nobody wants the turnips, people, take the turnips).
Big thanks to my coworker @[[P:mel.bujold]] from the CLSC who dragged me there, and to [[P:Kevin Ryan]] from the Legion branch. Pic below of the two of them buried in onion bags 😂
Next shift Dec. 21, sign-up sheet at the Legion or call [[T:418.555.0172]]. #BonaventureCounty #Gaspesie"""),

(1, "fr", "instagram", "R", [], """Nos Patriotes juvénile D2 ont troqué les ballons pour des boîtes de conserve à matin 🏀➡️🥫
Moisson Rive-Sud à Boucherville, 4h de tri, 2 300 kg. Fierté du coach.
Mention spéciale à [[P:Kaïs]] pis [[P:Dylan B.]] qui ont monté les palettes comme des pros, pis à [[P:Mme Diallo]] qui nous a fait des muffins aux bleuets.
Samedi on joue contre Jacques-Rousseau au gym de l'école Saint-Joseph, 13h. Venez crier!
#RSEQMonteregie #Benevolat #GoPatriotes"""),

(2, "fr", "facebook", "C", [], """Collecte de sang Héma-Québec au gymnase de la Polyvalente de Paspébiac mardi le 10 décembre, de 13h30 à 20h. Objectif: 85 donneurs 🩸
Je donne depuis 2009 pis j'en suis à mon 42e don. Si c'est votre premier: mangez avant, buvez ben de l'eau, apportez une pièce d'identité.
Pour réserver une plage, appelez [[P:Ghislaine]] au comité: [[T:418 555-0148 poste 2]].
Merci aux Chevaliers de Colomb pis au Club Lions de Chandler qui organisent! #DonDeSang #Gaspésie"""),

(2, "en", "facebook", "R", [], """Eight years ago today my dad got a new liver at the CHUM. The donor was a 19-year-old hockey player from the Beauce. We never learned his name, and that's ok.
Dad coached the Richelieu Royals (U15 basketball) for another 6 seasons because of him.
Tonight before our game vs. Collège Charles-Lemoyne the team wore green laces for Transplant Québec's awareness week. Thanks to Coach [[P:Rivard]] for the idea and to [[P:Aisha]] and [[P:Jun-Ho]] from the senior girls for handing out the info cards.
If you haven't signed the back of your RAMQ card or registered with the Chambre des notaires, do it tonight 💚 #DonDOrganes #RSEQ"""),

(3, "fr", "facebook", "R", [], """VENTE DE GÂTEAUX — RÉSULTATS 🧁
Merci à tous les parents! L'équipe de badminton benjamine de l'école secondaire De Mortagne a ramassé 1 186,75 $ vendredi midi pour le tournoi provincial à Sherbrooke.
Les carrés Rice Krispies de [[P:Léa-Rose]] sont partis en 4 minutes, la tarte au sucre de grand-maman [[P:Lucie]] aussi, pis les brownies sans noix de la famille [[P:Nguyen]], le pouding chômeur de [[P:M. Fortier]] (prof d'éduc!) et les biscuits Oreo maison de [[P:Zoé]] et [[P:Maëlle T.]]
Location du local: 0 $ grâce à [[P:Mme Gauthier]] de la direction. Merci au Metro de Boucherville pour les cannettes 🙏 (reçu no 2024-118)"""),

(3, "en", "instagram", "R", ["DISPARAGEMENT", "HARASSMENT"], """Caramilk & Coffee Crisp fundraiser final count: 212 boxes sold, $6,360 for the Heritage Regional Hawks trip to provincials in Rimouski 🏐🍫
HUGE thanks to [[P:Priya]], [[P:Siobhan O'Reilly]] and [[P:Gabriela Medeiros]] who each sold 20+ boxes.
And to the [[P:Lemieux]] family who STILL owe us $144 for 4 boxes since October: we know where you live 😉 and so will everyone else if it's not paid by Friday. Cheapskates. Tag them if you know them 👇"""),

(4, "fr", "facebook", "S", [], """Recherche gardienne fiable pour mes 2 cocos (3 et 6 ans) les soirs où je travaille de nuit, environ 2 soirs/semaine, secteur Fleurimont à Sherbrooke. 16 $/h, pas de ménage 😅
Ils aiment Pat' Patrouille, les Lego pis le parc Jacques-Cartier.
Ma voisine [[P:Mélissa Côté-Ottawa]] peut donner une référence. Écrivez-moi en privé ou texto au [[T:819–555–0193]] (après 15h svp)."""),

(4, "en", "facebook", "L", ["CLIENT_CONFIDENTIALITY"], """Review for anyone looking for a nanny on the West Island: [[P:Maricel Dela Cruz]] looked after our twins for 3 years and she is simply the best.
Bilingual (+ Tagalog, the girls now say "salamat po" 😂), CPR certified, makes the best chicken adobo, never once late.
She even stayed until 11 pm the night I was stuck at the courthouse finishing the [[P:Dufresne]] custody hearing (the father showed up with a new lawyer at 4 pm, long story).
She's available from January: [[E:maricel.delacruz88@gmail.com]] or [[T:(514) 555-0127]]."""),
# ---------------- batch 2 ----------------
(1, "en", "linkedin", "B", [], """Proud that 14 members of the Young Bar of Montreal sorted 3.2 tonnes of food at Moisson Montréal this morning. Pro bono doesn't always happen in a courtroom 🥫
Thank you to Me [[P:Olivier Tran-Bélanger]] for organizing, and to warehouse lead [[P:Fatou]] for putting a room full of lawyers to work for once 😄
If your firm wants to book a group shift in 2025, the volunteer calendar fills up fast; Tuesday and Thursday mornings are still open.
#ProBono #AJBM #MoissonMontreal"""),

(1, "fr", "facebook", "L", [], """Guignolée du bureau: 68 boîtes de denrées + 2 415 $ amassés pour La Tablée des Chefs et le Dépannage alimentaire de Saint-Roch 🎄
Merci à toute l'équipe, surtout à notre réceptionniste [[P:Josée]] qui a harcelé (gentiment) tout le 12e étage, à [[P:Karim Benali]] pour les 40 lb de riz basmati, pis à [[P:Me Lavoie]] qui a battu tout le monde au concours de pâté chinois 🥧
Dépôt jusqu'au 20 décembre à la réception, [[A:900, boul. René-Lévesque Est, bureau 600]], Québec [[Z:G1R 2B5]].
#Merci[[P:Josée]] #Guignolée2024"""),

(2, "fr", "linkedin", "B", ["PERSONALIZED_LEGAL_ADVICE"], """Semaine nationale du don d'organes et de tissus 💚 Petit rappel: au Québec, on peut exprimer son consentement en signant l'autocollant au verso de la carte d'assurance maladie, ou en s'inscrivant au registre de la RAMQ ou à celui de la Chambre des notaires.
Réponse au commentaire de [[P:Ginette Poirier]]: dans votre cas, puisque votre père avait signé sa carte et que vos frères s'y opposent, envoyez-leur une mise en demeure cette semaine et faites-moi parvenir une copie de la carte. L'hôpital sera obligé de respecter sa volonté, vous n'avez rien à craindre.
#DonDOrganes #TransplantQuébec"""),

(2, "en", "instagram", "L", [], """Blood drive at the office today 🩸 31 donors from 3 floors, 24 of them first-timers. Héma-Québec says that can help up to 93 patients.
Jos Louis and apple juice after donating > any billable hour.
Shoutout to @[[P:j.okafor_law]] for booking the room and to @[[P:ana.pacheco]] who fainted in style and still came back for seconds on the cookies 😅
Next clinic: March 2025. #HemaQuebec #GiveBlood #LawFirmLife"""),

(3, "fr", "facebook", "L", [], """Ok les collègues, ma fille [[P:Rosalie]] vend des barres de chocolat Humeur pour son voyage de fin d'année à Ottawa 🍫 3 $ la barre, 60 $ la caisse.
J'en ai 4 caisses dans mon bureau, la porte est ouverte (sauf pendant mes appels de 10h, là c'est non 😅). Comptant ou virement Interac à [[E:rosalie.beaulieu.voyage@hotmail.com]].
Faut que toute soit vendu avant le 17 janvier sinon c'est moi qui les mange pis mon cardio à l'aréna Marcel-Dutil va en souffrir. Merci gang! 🙏"""),

(3, "en", "facebook", "B", [], """Bake sale for [[P:Mrs. Haddad]]'s Grade 4 class at École Pierre-Elliott-Trudeau, Friday 8:15 am by the gym doors 🍪 Proceeds go to the class trip to the Biodôme.
[[P:Chloé]] made maple cookies and Nanaimo bars (with a lot of help from me at 11 pm after a full day at the Palais de justice).
@[[P:Yasmine Haddad]] running late from court, can you put my 2 dozen cupcake pre-order on my Visa? [[CC:4472 3753 7437 2446]] exp 09/27. Thanks!!"""),

(4, "fr", "instagram", "R", [], """Salut! Moi c'est [[P:Océane Gagnon-Pelletier]], j'ai 14 ans (née le [[D:22 mai 2010]]) pis j'ai mon cours Gardiens avertis de la Croix-Rouge depuis l'été passé 👶
Je garde les fins de semaine pis les soirs de semaine jusqu'à 21h, secteur Saint-Bruno / Saint-Basile. Je joue au volley avec les Élans du Mont-Bruno fa que pas les mardis pis jeudis 🏐
10 $/h pour 1 enfant, 13 $/h pour 2. Références: [[P:Mme Ste-Marie]] au [[T:450 555 01 66]].
(ma mère approuve ce message 😂)"""),

(4, "en", "facebook", "C", [], """Looking for an after-school sitter in Gaspé (Sandy Beach area) for my two, 7 and 10, Mon–Thu 3:15 to 5:30 while I finish my shifts.
Must be ok with a very loud golden retriever named Moose and with Minecraft talk 24/7. $15/h, perfect for a student at the Cégep de la Gaspésie et des Îles.
Message me or email [[E:ns.arsenault1983@outlook.com]]. References from our last sitter [[P:Tashina Metallic]] available 💛"""),
# ---------------- batch 3 ----------------
(1, "en", "instagram", "S", ["CONSENT_REQUIRED"], """Community fridge restock day with the best volunteer crew in Longueuil 💜
Swipe to see [[P:Rocco]], [[P:Harpreet Gill]] and [[P:Uapukun]] posing with 40 loaves from Première Moisson and a truly ridiculous amount of bananas 🍌
The fridge on rue Saint-Charles is open 24/7: take what you need, leave what you can. No questions, ever.
#CommunityFridge #Longueuil #MutualAid"""),

(2, "fr", "facebook", "S", [], """Mon 10e don de sang à matin au Centre Globule de Laval 🩸💪
Pis devinez qui avait oublié sa carte soleil… ben oui. Heureusement j'avais une photo dans mon cell, la madame a accepté mon numéro: [[R:ROYM 7853 0814]] (oups, faut pas mettre ça sur Facebook hein 😬)
Bref, ça prend 45 minutes, t'as des biscuits Whippet après pis tu sauves des vies. Les filles de l'équipe de soir, on y va ensemble en janvier? [[P:Steph]], [[P:Wideline]], [[P:Caro L.]] 👀 #DonDeSang"""),

(2, "en", "linkedin", "C", [], """Three weeks ago I was the ICU nurse on shift when [[P:Réjean Bourdages]] became an organ donor. His family gave me written permission to share his name and this story, and asked me to, actually: "he would have wanted people to talk about it."

[[P:Réjean]] was a lobster fisherman from Carleton-sur-Mer, 63, the kind of man who knew every wharf between Matapédia and Gaspé and who had signed the back of his health card in the 1990s without telling anyone. When his daughter found the sticker, the decision families usually agonize over took about four minutes.

What followed took 31 hours. Blood tests, tissue typing, a hundred phone calls with Transplant Québec, the Service aérien gouvernemental Challenger landing at the Bonaventure airport at 2 a.m., surgical teams from Montréal and Québec City working through the night in a regional hospital that sees maybe two or three of these a year. His liver went to the CHUM, both kidneys to the CHU de Québec, his corneas to the eye bank. Five people, at least.

I've been a nurse for 19 years. I've never been prouder of a team, and I've never cried in a parking lot quite like that.

If you live around the Baie-des-Chaleurs and you've been meaning to do it: sign your card, register with the RAMQ or a notary, and most of all tell your family. The sticker helped. The conversation would have helped more.

#OrganDonation #TransplantQuebec #Gaspesie #ICU #Nursing"""),

(3, "fr", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Famille d'accueil fière 💙 Notre [[P:Jayden]], 8 ans, qui vit chez nous depuis son placement par la DPJ en avril, vend des barres Laura Secord pour son équipe novice des Cyclones de Grande-Rivière! 🏒🍫
2 $ la barre, il en reste 34. On sera devant le dépanneur Chez Ti-Guy samedi matin, ou commandez en commentaire.
Il est tellement fier, lui qui voulait pas sortir de sa chambre au début 🥹"""),

(3, "en", "facebook", "S", ["LOCATION_DISCLOSURE"], """Holiday bake sale for the house 🎄 Residents and staff have been baking all week: sugar pie, shortbread, Haitian pain patate (thank you to our night counsellor [[P:Nadège]]!) and a mountain of sucre à la crème.
Pre-orders so far: 46 boxes, $920!
Drop-offs and pickups at the back door of the shelter, [[A:455 Wellington Street]], [[Z:j1h5e4]]. Ring twice and ask for [[P:Marjorie]], or text [[T:+1 819 555 0114]]."""),

(3, "fr", "instagram", "B", [], """Vente de pâtisseries du Jeune Barreau au Palais de justice de Longueuil: 1 412 $ pour la Fondation Dr Julien 🧁 Les carrés aux dattes ont encore tout raflé. #JBL"""),

(4, "fr", "facebook", "B", [], """PSA aux parents qui font garder: pour vos relevés 24 pis vos reçus de frais de garde, ça prend le NAS de la gardienne.
[[P:noemie]] si tu lis ça, j'ai pris le tien en note ([[S:546 423 658]]) pis je t'envoie ton reçu de 2 340 $ pour 2024 par Messenger ce soir 💕
Ironie: j'ai passé la semaine dans la jurisprudence sur les frais de garde (belle décision de la Cour d'appel dans [[C:500-09-030456-238]]) pis j'avais même pas fait mes propres papiers. Cordonnier mal chaussé! 👠"""),

(4, "en", "instagram", "L", [], """Date night! First time leaving the baby with a sitter 😅 #LawyerMom"""),
]
