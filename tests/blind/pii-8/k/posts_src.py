# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------- Brief 1: initials / short sign-offs ----------
(1,"fr","facebook","R",[],"""Merci a tous les parents benevoles du tournoi de volley a l'école secondaire Gérard-Filion samedi!! Les Faucons finissent 2e sur 12, pas pire pantoute 🏐🔥
On se revoit au Championnat régional à Granby.
-[[P:JF]]"""),
(1,"en","linkedin","L",[],"""Twenty years ago today I walked into the Montreal office as a summer student with a borrowed suit and a copy of the Civil Code of Québec I could barely lift. Thank you to everyone who taught me that good work is mostly good listening.
Onward.
— [[P:L. Ouellet]]"""),
(1,"fr","instagram","S",[],"""Collecte de pyjamas, bas chauds pis tuques pour l'hiver ❄️ On accepte les dons neufs seulement, merci de passer par le point de dépôt du Centre des femmes (pas à la maison svp 🙏). Merci d'être là, comme toujours.
xx [[P:Mel]]"""),
(1,"en","facebook","C",[],"""Snow tires on, wood stacked, freezer full of cod from the wharf in Rivière-au-Renard. Bring it on, Gaspé winter 😤❄️
[[P:M-C]]"""),
(1,"fr","linkedin","B",[],"""De retour de la formation du Barreau sur la Loi 25 et l'IA générative au Palais des congrès. Trois heures de FCO bien investies : les questions sur le consentement et les fournisseurs infonuagiques étaient excellentes. Merci à l'AJBM pour l'organisation.
[[P:G.B.]], avocate"""),
(1,"en","instagram","R",[],"""sunset over Lake Memphremagog after practice 🌅 U15 girls ran suicides for 40 min and nobody complained. who are these kids
~ [[P:t.d.]]"""),
(1,"fr","facebook","C",[],"""> Souper chez matante dimanche, qui amène quoi?
Moi j'apporte le pâté chinois pis la tarte au sucre de chez Boulangerie Gagnon à Carleton. Pas de Pepsi svp, ya du Coke en masse.
[[P:Ginette B.]]"""),
(1,"en","facebook","S",[],"""THANK YOU to everyone who dropped off winter boots this week — we're at capacity for donations now, so please hold on to anything else until the spring drive. Our board will post the next dates in March.
-[[P:Khadija]] & the team 💜"""),
# ---------- Brief 2: lists of surnames ----------
(2,"fr","facebook","R",[],"""ALIGNEMENT benjamin M14 pour samedi vs Saint-Hyacinthe (gym du Collège Antoine-Girouard, 10h) :
Passeurs : [[P:Gagnon]], [[P:Nguyen-Tremblay]]
Attaque : [[P:Roy]], [[P:Diallo]], [[P:St-Pierre]], [[P:Castillo]]
Centres : [[P:Leblanc]] (C), [[P:Mercier]]
Libéro : [[P:Ouellet]]
Départ du bus 8h15 devant la polyvalente. Oubliez pas vos gourdes!"""),
(2,"en","linkedin","L",[],"""Two weeks of arbitration hearings wrapped up yesterday. Huge thanks to the trial team — [[P:Kowalski]], [[P:D'Amico]], [[P:Bérubé]] and [[P:Okafor]] — and to our paralegals [[P:Sarrazin]] and [[P:Lapointe]], who somehow produced 14 binders overnight. Proud to work with you all. #Litigation #TeamWork"""),
(2,"fr","instagram","C",[],"""Horaire de la cuisine au camp de chasse à Murdochville 🦌
lundi : [[P:Arseneault]]
mardi : [[P:Bourdages]] pis [[P:Dugas]]
mercredi : [[P:Metallic]]
jeudi : [[P:Boudreau]] (pas de chili encore svp)
vendredi : restant de la semaine
#gaspesie #chasse #campdechasse"""),
(2,"en","facebook","B",[],"""Seating chart for Friday's Bar gala at the Château Frontenac is final 🎉
Table 7: [[P:Me Beaulieu]], [[P:Me Chen]], [[P:Me Fontaine]], [[P:Me Rahman]], [[P:Me O'Brien-Lavoie]]
Table 8: [[P:Me Diabaté]], [[P:Me Castonguay]], [[P:Me Pham]], [[P:Me Gill]]
The Bâtonnier's table is 1, by the stage. Dress code: black tie optional. Cocktail at 18h sharp."""),
(2,"fr","facebook","S",[],"""Un gros merci à [[P:Gagnon]], [[P:Roy]], [[P:Nguyen-Tremblay]] pis [[P:Bellefleur]] pour la corvée de peinture de samedi 🎨 La salle commune est méconnaissable. Ça fait chaud au cœur de voir autant de monde donner de leur temps. La pizza de chez Pizzeria Nino était méritée!"""),
(2,"en","instagram","R",[],"""Canteen rota, Aréna Isabelle-Brasseur, Regional tournament weekend 🏒
Fri 17-21h — [[P:Pelletier]] / [[P:Santos]]
Sat 8-12h — [[P:Hébert]] / [[P:Chowdhury]]
Sat 12-16h — [[P:Lachance]] / [[P:MacDonald]]
Sun 8-14h — [[P:Bouchard]] / [[P:Tran]]
swaps go through the group chat, not through me 😅"""),
(2,"fr","linkedin","C",["CONSENT_REQUIRED"],"""Un immense bravo à l'équipe de nuit de l'urgence de l'Hôpital de Maria pour la semaine qu'on vient de passer : [[P:Dre Leblanc]], [[P:Cyr]], [[P:Huard]], [[P:Synnott]] et [[P:Bujold]] aux soins, [[P:Jérôme]] à l'accueil. Vous êtes la raison pour laquelle le CISSS tient debout. #fierté #CISSSGaspésie"""),
(2,"en","facebook","L",[],"""Firm softball league, batting order for Thursday at Parc Jarry:
1. [[P:Martel]] 2. [[P:Okonkwo]] 3. [[P:Vu]] 4. [[P:Desjardins]] 5. [[P:Mbaye]] 6. [[P:Rivard]] 7. [[P:Pacheco]] (the intern, be nice) 8. [[P:Kirouac]] 9. me
Loser buys the pitchers at Brasserie Beaubien. Go Torts! ⚾"""),
# ---------- Brief 3: ALL-CAPS urgent notices ----------
(3,"fr","facebook","C",[],"""🚨 URGENT — DISPARITION 🚨
[[P:M. RÉAL THIBODEAU]], 84 ANS, NOTRE VOISIN, A QUITTÉ SA MAISON DU [[A:212 ROUTE 132 OUEST]] À SAINTE-ANNE-DES-MONTS VERS 5H CE MATIN. IL PORTE UN MANTEAU ROUGE DES CANADIENS ET DES BOTTES KAMIK. IL EST ATTEINT D'ALZHEIMER ET PEUT SE DIRIGER VERS LE QUAI.
SI VOUS LE VOYEZ APPELEZ LE 911 OU SA FILLE [[P:LUCIE]] AU [[T:418 555-0172]]. PARTAGEZ SVP!!!"""),
(3,"en","facebook","B",[],"""BOIL-WATER ADVISORY FOR ALL OF SAINT-LAMBERT EAST OF VICTORIA AVENUE UNTIL FURTHER NOTICE. BOIL TAP WATER FOR AT LEAST ONE MINUTE BEFORE DRINKING, MAKING FORMULA OR BRUSHING TEETH. THE CITY SAYS THE NOTICE SHOULD BE LIFTED BY THURSDAY. PASS IT ON TO YOUR NEIGHBOURS, ESPECIALLY THE OLDER ONES ON RUE DU BORD-DE-L'EAU."""),
(3,"fr","instagram","R",[],"""PORTEFEUILLE TROUVÉ DANS LE STATIONNEMENT DU CENTRE SPORTIF DE BROSSARD APRÈS LA GAME DE BASKET!!
PERMIS AU NOM DE [[P:KEVIN NGUYEN-BOISVERT]], CARTE SOLEIL [[R:NGUK 0504 1236]], CARTE OPUS PIS 20$.
KEVIN ÉCRIS-MOI EN DM OU VIENS LE CHERCHER À LA RÉCEPTION, JE LE LAISSE À [[P:SYLVIE]]. 🏀"""),
(3,"en","linkedin","L",[],"""OFFICE NOTICE: OUR MONTREAL OFFICE AT [[A:1000 DE LA GAUCHETIÈRE STREET WEST, SUITE 2100]], [[Z:H3B4W5]], IS CLOSED TODAY DUE TO A POWER OUTAGE IN THE TOWER. HEARINGS PROCEED AS SCHEDULED. FOR URGENT MATTERS CALL [[T:514-555-0110 EXT. 240]] OR WRITE TO [[E:RECEPTION@BERGERON-AVOCATS.EXAMPLE]]."""),
(3,"fr","facebook","S",[],"""AVIS IMPORTANT ⚠️ LE BUREAU DES SERVICES EXTERNES SERA FERMÉ LUNDI LE 2 SEPTEMBRE (FÊTE DU TRAVAIL). NOTRE LIGNE D'ÉCOUTE RESTE OUVERTE 24/7 AU [[T:1 800 555-0199]]. EN CAS DE DANGER, FAITES LE 911. ON EST LÀ POUR VOUS. 💜"""),
(3,"en","instagram","C",[],"""MISSING DOG!!! BISCUIT, 6 YR OLD YELLOW LAB, NO COLLAR, LAST SEEN ON THE BEACH BY THE BARACHOIS IN PERCÉ AROUND 8 PM. VERY FRIENDLY, SCARED OF FIREWORKS. IF YOU SEE HIM CALL [[P:DENISE]] AT [[T:418.555.0133]] ANYTIME 🐶🙏 #Percé #MissingDog #Gaspesie"""),
(3,"fr","linkedin","B",[],"""⚠️ ALERTE FRAUDE ⚠️ QUELQU'UN UTILISE MON NOM ([[P:ME ANTOINE LABERGE]]) ET L'ADRESSE [[E:ANTOINE.LABERGE.AVOCAT@GMAIL.COM]] POUR DEMANDER DES AVANCES DE FRAIS PAR VIREMENT. CE N'EST PAS MOI. MON SEUL COURRIEL EST CELUI INSCRIT AU TABLEAU DE L'ORDRE. LE BARREAU ET LA SQ ONT ÉTÉ AVISÉS. SIGNALEZ TOUT MESSAGE SUSPECT."""),
(3,"en","facebook","S",[],"""FOUND: BROWN LEATHER WALLET OUTSIDE THE TIM HORTONS ON BOUL. TASCHEREAU IN GREENFIELD PARK, SUNDAY AROUND NOON. ID INSIDE SAYS [[P:ROSE-ANNE PIERRE-LOUIS]], BORN [[D:1991-03-03]]. I DROPPED IT AT THE LONGUEUIL POLICE STATION (SPAL) ON ROLAND-THERRIEN. NO NEED TO THANK ME, JUST PASS THE WORD. 👛"""),
# ---------- Brief 4: text-message style, lower case, no accents ----------
(4,"fr","facebook","R",[],"""ok samedi on part a 7h [[P:jo]] conduit le minivan moi jamene les collations pour les gars tournoi a chambly apres on arrete au st-hubert de la 112 si on gagne"""),
(4,"en","instagram","L",[],"""whos driving to tremblant sat [[P:kev]] cant bc of the closing friday so maybe [[P:priya]] takes the civic lol someone bring the raclette thing n ill do the wine"""),
(4,"fr","facebook","C",[],"""jpeux pas dimanche jtravaille de jour a chandler demande a [[P:nath]] pour le bois [[P:mathieu]] lui a le trailer pis [[P:ti-guy]] amene la scie"""),
(4,"en","facebook","S",[],"""movie night thurs at mine 7ish [[P:dee]] brings popcorn im doing nachos someone grab the new taylor swift movie lol no barbie again pls"""),
(4,"fr","instagram","B",[],"""party de fin de session vendredi chez [[P:frank]] a verdun [[A:4567 rue wellington app 3]] apporte ta bouteille pis ton costume halloween ya un prix pour le pire"""),
(4,"en","linkedin","R",[],"""no punctuation today my phone died mid tournament anyway huge thx to coach [[P:amira]] n the sainte-julie crew see u all at regionals in valleyfield"""),
(4,"fr","facebook","L",[],"""qui fait le lift pour le chalet a st-donat moi jpeux prendre 3 personnes mais faut partir apres 17h [[P:yannick]] tu me dois encore 40 piasses lol texte moi au [[T:514 555 0148]]"""),
(4,"en","facebook","C",[],"""bonfire sat at the beach in new richmond bring ur own chairs [[P:bobby]] n [[P:lisa]] r doing hot dogs call me [[T:418 555 0166]] if ur lost"""),
# ---------- Brief 5: group trip planning ----------
(5,"fr","facebook","B",[],"""Congrès du Barreau à Québec 🎉 récap pour le gang du comité :
Hôtel Le Concorde, 4 chambres, 2 nuits. Chambre 1 : moi + [[P:Me Sabrina Haddad]] / Chambre 2 : [[P:Olivier]] + [[P:J-P]] / Chambre 3 : [[P:Awa]] + [[P:Mélo]] / Chambre 4 : les [[P:Bélanger]] (ils sont mariés, on se chicane pas 😂)
187,50 $ chacun, virement Interac à [[E:tresorier.cja.quebec@gmail.com]] avant le 15, réponse à la question : congres2024. Le souper au Château Frontenac est en sus."""),
(5,"en","facebook","L",[],"""Sutton cabin weekend, final numbers 🏔️
Total $2,340 / 8 = $292.50 each. E-transfer to [[E:nicole.fortin87@hotmail.com]] by Wed please, [[P:Nicole]] fronted the whole deposit.
Rooms: [[P:Nicole]]+[[P:Raj]], [[P:Tom]]+[[P:Ahmed]], me+[[P:Chloé]], [[P:Maeve]]+[[P:Sandeep]] on the pull-out.
Bring snowshoes, Mont Sutton passes are NOT included."""),
(5,"fr","instagram","R",[],"""Tournoi provincial à Sherbrooke 🏐 Bus : 1 450 $ ÷ 22 joueuses = 66 $ chacune. Virement à [[E:tresorerie.lynx@outlook.com]], mettez le nom de votre fille dans le message!
Chambres Hôtel Delta : [[P:Léa]]/[[P:Rosalie]]/[[P:Maïka]], [[P:Zoé L.]]/[[P:Zoé P.]]/[[P:Naomie]], [[P:Inès]]/[[P:Kayla]]/[[P:Florence]]… liste complète dans le Messenger des parents. Go Lynx go!! #RSEQ"""),
(5,"en","facebook","S",[],"""girls trip to the Magdalen Islands is ON 🌊 ferry from Souris PEI on the 12th, 5 hrs on the CTMA boat so bring gravol lol
cottage in Havre-Aubert is $1,100 for the week, $220 each → send to [[E:steph.arsenault@icloud.com]]
rooms: [[P:steph]] & me, [[P:jo-anne]] & [[P:marisol]], [[P:tina]] gets the loft bc she snores 😴"""),
(5,"fr","facebook","C",[],"""Voyage de pêche à l'île d'Anticosti en juin, c'est confirmé! 🎣 Pourvoirie : 3 600 $ pour 6, donc 600 $ par tête. Envoyez vos virements à [[E:gilles_b_1962@videotron.ca]] ([[P:Gilles]] a payé le dépôt). Chalet 1 : [[P:Gilles]], [[P:Réjean]], [[P:Ti-Noir]] / Chalet 2 : [[P:Bertrand]], moi pis le beau-frère à [[P:Normand]]. Départ du traversier de Rimouski. Amenez du Off!"""),
(5,"en","instagram","B",[],"""post-bar-exam NYC trip 🗽✈️ Porter YUL–EWR $412 return, hotel in Brooklyn split 3 ways = $380 each. e-transfer me at [[E:marie-eve.lacroix@umontreal.ca]] (yes still my student email lol). roomies: me, [[P:Fatou]] & [[P:Gabi]]. broadway lottery for Hamilton every morning, no exceptions"""),
(5,"fr","linkedin","L",[],"""Retraite stratégique annuelle du cabinet au Mont-Sainte-Anne la semaine prochaine. Quelques détails logistiques pour l'équipe : covoiturage depuis le bureau de la Grande Allée à 7 h 30, chambres attribuées par la direction (liste envoyée par courriel), et les frais de ski sont remboursés sur présentation du reçu à [[E:comptabilite@lavoie-tran.example]]. Hâte de réfléchir ensemble à 2025!"""),
(5,"en","facebook","R",[],"""Coaches carpool + rooms for Provincials in Rimouski:
Car 1 — Coach [[P:Dan]] drives, [[P:Ibrahim]], [[P:Marco]]
Car 2 — me, [[P:Stéph]], Coach [[P:Lyne]]
Rooms: [[P:Dan]]/[[P:Ibrahim]], [[P:Marco]]/me, [[P:Lyne]]/[[P:Stéph]]
Hotel wanted a card on file so I gave mine ([[CC:4517 2375 9556 5025]] exp 09/27, don't get any ideas 😂) — pay me back $145 each by e-transfer."""),
# ---------- Brief 6: bingo, lottery pool, raffle ----------
(6,"fr","facebook","C",[],"""BINGO du Club de l'Âge d'Or de Bonaventure 🎉 Les gagnants de jeudi :
Carte pleine (250 $) : [[P:Mme Yvette Poirier]]
Le X : [[P:Rosaire Leblanc]]
Les 4 coins : [[P:ti-Paul Cormier]], encore lui!! 🙄😂
Moitié-moitié : 186 $ à la belle [[P:Huguette]]
Merci à [[P:Raymonde]] au micro. Prochain bingo le 14, salle des Chevaliers de Colomb."""),
(6,"en","facebook","R",[],"""50/50 draw at the Lions home opener: winning ticket #0048213 — $1,385 goes to [[P:Harjit Sandhu]]! 🏈 Half the pot funds new helmets for the juvenile team. Thanks to the Parents' Committee and to Principal [[P:Marcotte]] for letting us use the school stands."""),
(6,"fr","instagram","S",[],"""Résultats du tirage de la Semaine de la prévention 🎁
Panier gourmand offert par Chez Ginette Traiteur → [[P:Nancy R.]], Boucherville
Carte-cadeau Simons 100 $ → @[[P:mathieu.laforce]]
Forfait spa Strøm → [[P:Guylaine]] de Varennes
Merci aux commerces et à tout le monde qui a acheté des billets : 3 840 $ amassés pour la maison 💜"""),
(6,"en","linkedin","L",[],"""Lotto Max office pool update: we won $42. Again. That's $2.33 each, which I will be reinvesting for us, obviously.
Pool members this quarter: [[P:Jacobs]], [[P:Ferreira]], [[P:Nakamura]], [[P:St-Onge]], [[P:Abdelkader]], [[P:O'Sullivan]] and the rest of the 9th floor. $5 to [[P:Gail]] in Accounting by Friday. #FridayFeeling"""),
(6,"fr","facebook","B",[],"""Tournoi de golf du Jeune Barreau de Québec au Club de golf Royal Québec ⛳ Les prix de présence :
Driver TaylorMade → [[P:Me Vincent Kwan]]
Nuitée au Manoir Richelieu → [[P:Me Audrey-Anne Gingras]]
Bouteille de Caribou de la Cabane à Ti-Pierre → [[P:Me Lussier]] (qui a aussi gagné le prix du pire score 😅)
Merci à nos commanditaires!"""),
(6,"en","instagram","C",[],"""Bingo night at the Legion in New Carlisle 🎱 Full card: [[P:Marjorie McInnis]] ($300!!). Lines: [[P:Elsie Hayes]], [[P:Bud Sexton]]. Caller of the night: [[P:Stanley]], who still says "under the B" like it's 1978. Next one Oct 3, doors 6:30. #NewCarlisle #Bingo #Gaspesie"""),
(6,"fr","facebook","R",[],"""Moitié-moitié du match des Cardinaux au Colisée Cardin hier : billet 117-204, 642 $ remis à la mère à [[P:Loïc]] 🎉🏒 Pis le tirage du chandail signé par Cole Caufield est allé à [[P:M. Dufresne]], le concierge de l'école. Mérité!"""),
(6,"en","facebook","S",[],"""Raffle winners from Saturday's public fundraising Gala at the Sheraton Laval 🎟️
Handmade quilt → [[P:Bernadette O'Neil]]
Weekend at Auberge Saint-Antoine → the [[P:Mahmoud]] family
Canadiens tickets → [[P:Gerry]] from Rotary
$18,600 raised for transitional housing. Thank you, truly."""),
# ---------- Brief 7: reviews of businesses named after people ----------
(7,"fr","facebook","C",[],"""Arrêt obligé chez Chez Ginette à Matane en revenant de Québec 🦞 La poutine au homard est toujours aussi indécente pis la serveuse [[P:Karine]] se souvenait qu'on prend du thé pas du café, 6 mois plus tard!! 5 étoiles, on revient cet été. #Matane #Gaspésie"""),
(7,"en","instagram","L",[],"""Pizzeria Nino on St-Viateur still does the best margherita in Mile End, fight me 🍕 [[P:Nino]] himself came out of the kitchen to ask how it was. Tiramisu by his daughter [[P:Carla]]. $24 for two, cash only. #Montreal #PizzeriaNino"""),
(7,"fr","instagram","R",[],"""Mini-tournée des boulangeries après l'entraînement 🥐
1. Boulangerie Louise Ménard à Saint-Bruno : croissant aux amandes 10/10
2. Café Olimpico : la barista [[P:Noémie]] fait le meilleur latte de la Rive-Sud, point
3. Chez Régine : le brunch vaut le line-up de 40 min
#RiveSud #boulangerie"""),
(7,"en","facebook","B",["CLIENT_CONFIDENTIALITY"],"""Lunch at Chez Lévêque on Laurier after a long morning in room 2.13 on [[C:500-22-274518-231]] (my client held up better than I did). [[P:Jacques]] has been waiting tables there for 30 years and still remembers everyone's wine. Tartare was perfect. Highly recommend."""),
(7,"fr","linkedin","S",["LOCATION_DISCLOSURE"],"""Un énorme merci au Café Chez Marie-Jo à Sorel-Tracy 💜 [[P:Marie-Josée Paquin]] est venue livrer elle-même 25 boîtes à lunch à la maison, sur la rue du Prince, juste en face du dépanneur. L'équipe et les femmes hébergées ont été tellement touchées. Allez encourager ce commerce!"""),
(7,"en","facebook","C",[],"""Honest review of Boulangerie Chez Bob in Gaspé: bread 10/10, date squares 11/10, the coffee... let's say it wakes you up. [[P:Suzanne]] at the cash is a sweetheart. It's closed Mondays, learned that the hard way. 4.5 ⭐"""),
(7,"fr","facebook","L",[],"""Pas impressionné par Chez Lionel sur la rue Principale à Granby 😕 45 min pour un club sandwich, frites froides, pis le proprio [[P:M. Lionel]] en personne nous a dit que c'était « normal un samedi ». La serveuse [[P:Cindy]] faisait de son mieux par exemple, c'est pas sa faute. 2/5."""),
(7,"en","instagram","R",[],"""pre-game fuel ☕ Brûlerie Saint-Denis → Schwartz's → Fairmount Bagel, in that order. shoutout to [[P:Tariq]] behind the counter at the Brûlerie who knew the whole senior girls' team order by heart. #montrealeats #gamedayfuel"""),
# ---------- Brief 8: seniors' residence newsletter ----------
(8,"fr","facebook","C",["CONSENT_REQUIRED"],"""📰 INFOLETTRE D'OCTOBRE — Résidence Les Jardins du Havre (ressource intermédiaire), Chandler
🎂 Bonne fête à [[P:Mme Thérèse Lapierre]], née le [[D:12 octobre 1927]], et à [[P:M. Conrad Element]] qui a eu 91 ans!
🎨 Atelier de peinture avec [[P:Josée]], notre éducatrice, les mardis 14 h.
🎶 Spectacle de Laurence Jalbert à la salle communautaire le 20.
🥧 Concours de tartes : bravo à [[P:Mme Bourdages]] (pommes) pis à [[P:Rita]] (sucre)."""),
(8,"en","facebook","C",[],"""November newsletter from Manoir Belle-Rive in New Richmond 🍂 (names and photos shared with each resident's written consent)
• Chair yoga with [[P:Nadia]], Wednesdays at 10
• Cribbage champion of the month: [[P:Arthur Gallagher]], 3rd win in a row
• Kevin Parent drops by for an acoustic set on the 18th!
• Thanks to volunteer [[P:Heather Bujold]] for the knitting circle."""),
(8,"fr","instagram","S",[],"""Ma mère est dans l'infolettre de la Résidence Sainte-Famille ce mois-ci 🥹 Elle a gagné le tournoi de Skip-Bo contre [[P:M. Gauthier]] pis la grande [[P:Jo]] du 3e étage. L'animatrice [[P:Claudette]] dit qu'elle est « redoutable ». On le savait! #fierdemaman"""),
(8,"en","linkedin","L",[],"""Gave a free information session on powers of attorney and protection mandates at Manoir Pierre-Boucher this week, thanks to the Residents' Committee for having me. One tip I shared: scammers called a resident, [[P:Mr. Albert Chiasson]], posing as Service Canada and read out "his" SIN ([[S:973 398 357]]) to sound legitimate. Government agencies will never do this. General information only — not legal advice."""),
(8,"fr","facebook","R",[],"""Infolettre du Domaine Le Renoir (Saint-Lambert), section sports 😄 Le club de pétanque de [[P:M. Gervais]] a battu l'équipe des employés 13-9, la Wii bowling reprend avec [[P:Ginette]] les jeudis, pis Ginette Reno (oui, la vraie!) vient chanter pour la Saint-Valentin. Mon père de 88 ans me texte plus souvent que mes joueurs."""),
(8,"en","instagram","B",[],"""Grandma made the Résidence Les Verrières newsletter 💕 [[P:Florence Yee]] turned 100 this month, got a letter from the Governor General, and beat [[P:Doris]] at Scrabble the same day. Rec therapist [[P:Amélie]] baked the cake. Goals. #100ans"""),
(8,"fr","linkedin","C",["CONSENT_REQUIRED"],"""Belles activités ce mois-ci au CHSLD de Chandler 🌟 zoothérapie avec Nala, la golden de notre récréologue [[P:Sophie Aspirault]], et visite surprise de l'artiste Laurence Jalbert. Photo ci-jointe de [[P:M. Clément Huard]] qui danse avec sa fille [[P:Annie]] 💃 Merci à toute l'équipe! #CISSSGaspésie"""),
(8,"en","facebook","S",[],"""Sunnyside Residence newsletter, December 🎄 Carols with the Lachine United choir on the 15th, cookie swap organised by resident [[P:Mrs. Pauline Arsenault]], and the Wednesday walking club led by [[P:Priyanka]] moves indoors until March. Questions for the front desk: [[T:(514) 555-0183 poste 0]]."""),
]
