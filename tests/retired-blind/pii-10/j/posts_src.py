POSTS = [
# ---------- j1: parish / community-centre bulletins ----------
("j1","fr","facebook","C",[],"""Feuillet paroissial de Saint-Joseph-de-Cap-Chat – semaine du 8 décembre 🙏
Merci à notre curé, l'abbé [[P:Rosaire Bernatchez]], pour la belle messe de l'Immaculée-Conception. Le bingo du mardi a la salle Mgr-Ross a rapporté 1 240 $ pour le chauffage de l'église. Gros lot de 500 $ : [[P:ginette pelletier]] de Capucins!! Le tirage 50/50 : billet #004417, gagné par [[P:Ti-Guy Roy]].
Bénévoles pour le souper de la Saint-Nicolas : voir [[P:Mme Lise Boulay]] au [[T:418 555-0192]]. Joyeuse fête à tous les Nicolas et Nicole 🎄"""),

("j1","fr","instagram","R",[],"""Encore une belle soirée au Centre communautaire Marcel-Dutil ce soir 🎉 Le souper spaghetti a financé les chandails de l'équipe de volley benjamin. Merci à Métro Beloeil, à la Caisse Desjardins et à la Boulangerie Chez Maurice pour les commandites. Le tirage de la courtepointe est allé à une dame de Mont-Saint-Hilaire qui ne voulait pas qu'on la nomme 😉 On se revoit au Tournoi de Noël! #RSEQ #Montérégie #benevolat"""),

("j1","en","facebook","S",[],"""St. Patrick's Parish Hall – Friday night bingo results 🍀
Jackpot ($750): [[P:MAUREEN O'CONNELL]]
Early bird: [[P:Dolores]] from the Legion
Raffle basket (donated by Dollarama and the Tim Hortons on Wellington): [[P:cathy nguyen]]
Father [[P:Emeka Okafor]] thanks all volunteers, esp. [[P:bernie]] and [[P:Nadia Haddad]] who ran the canteen. Proceeds go to the Christmas hamper drive. Call the rectory at [[T:514.555.0147]] to volunteer, or email [[E:stpatshall.bingo@gmail.com]]."""),

("j1","en","linkedin","L",[],"""Proud to volunteer again this year at the Sainte-Anne Community Centre's Advent food drive with colleagues from the firm. 312 boxes packed in one evening! Special thanks to coordinator [[P:Julie-Anne Tremblay-Ouellet]] and to the Knights of Columbus for lending the Father Lionel Groulx Hall. If your team wants to help on the 14th, reach out at [[E:ja.tremblayouellet@centresteanne.org]]. #CommunityFirst #ProBono #Montreal"""),

("j1","fr","facebook","B",[],"""Résultats du tirage de la Fabrique Notre-Dame-des-Sept-Douleurs (Verdun) :
1er prix – un weekend au Château Frontenac : [[P:M. Jean-Baptiste Joseph]]
2e prix – certificat chez Rôtisserie St-Hubert : [[P:fatima el-amrani]]
3e prix – panier de Noël de l'épicerie Chez Gérard : [[P:Le Bouthillier]] (famille de la rue Galt)
Merci à tous les acheteurs de billets, on a vendu 640 billets à 10 $. Prochaine activité : la Guignolée, le 6 décembre, départ du sous-sol de l'église à 9 h."""),

("j1","fr","instagram","C",[],"""Fête de la Sainte-Catherine au centre des aînés de Percé 🍬 La tire était parfaite grâce à nos bénévoles : [[P:Yvonne]], [[P:Gisèle Cyr]], [[P:lucienne]] et [[P:Paul-Émile Duguay]]. La prochaine rencontre du Cercle de Fermières aura lieu le 2 décembre à 13 h 30 au salon Émilie-Gamelin. Infos : [[P:Denise]] au [[T:418–555–0136]]."""),# ---------- j2: tenant / condo association posts ----------
("j2","fr","facebook","L",[],"""Association des locataires du [[A:4550 Pie-IX]] – rappel 📢
Le concierge, [[P:M. Reynaldo Pérez]], sera absent du 20 au 27 décembre. Pour les urgences (dégât d'eau, chauffage), appelez son remplaçant [[P:Dany]] au [[T:(514) 555-0183 poste 2]]. Les boîtes à colis sont pleines : merci à [[P:Mme Tran]] (app. 604) de récupérer les siens. Prochaine assemblée : salle commune, 15 janvier, 19 h. Ordre du jour : hausse de loyer de la Régie (TAL), déneigement, buanderie."""),

("j2","fr","instagram","R",[],"""Nouveaux voisins au Condos Le Richelieu! 🏡 Bienvenue à [[P:samuel st-onge]] et [[P:Marie-Pier]] dans l'unité 210 – vos noms sont maintenant sur la porte et sur l'interphone. Petit rappel du syndicat de copropriété : les bacs bruns sortent le mercredi, rue Laurier, à Saint-Jean-sur-Richelieu. Et oui, le coach de basket du 3e, c'est bien moi 🏀😂"""),

("j2","en","facebook","S",[],"""Tenants' association, [[A:2290 Grand Boulevard]] (NDG) – minutes summary
• Present: units 101, 204, 305, 407, 502
• The super ([[P:Mr. Kowalczyk]]) confirms the boiler will be replaced in January. Cost covered by the owner, not us.
• Rent increase letters: the TAL guideline this year is posted on the bulletin board beside the mailboxes.
• New treasurer: [[P:Aisha Diallo-Barry]]. Send receipts to [[E:treasurer.2290grand@outlook.com]].
Next meeting in the lobby, Feb 3, 7 pm. Coffee from Café Olimpico 😊"""),

("j2","fr","facebook","C",[],"""Syndicat des copropriétaires, Domaine de la Baie, Carleton-sur-Mer
Quelqu'un a laissé un sac de linge d'hiver dans l'entrée du bloc B. Si c'est à vous, contactez [[P:Réjeanne Leblanc]] (porte 12) au [[T:418 555 0171]] ou par courriel à [[E:rejeanne.leblanc58@hotmail.com]].
Rappel : les frais de condo passent à 285 $/mois le 1er janvier (AGA du 18 novembre). Le déneigeur est Entreprises Landry & Fils, pas besoin de les appeler directement."""),

("j2","en","linkedin","B",[],"""Small reminder from someone who sits on a condo board in Griffintown: building rules matter, but so does privacy. Our manager wanted to post every owner's name and unit on the lobby screen. We settled on unit numbers only. The Civil Code of Québec and Law 25 both push in that direction. If your syndicate needs a template notice, message me — happy to share the one we drafted (no charge, general info only)."""),

("j2","fr","facebook","S",[],"""Coop d'habitation Les Tournesols – 3e étage
Pour le party de Noël de la coop, on fait un échange de cadeaux de 20 $. Inscrivez vos noms sur la feuille sur la porte du 305 chez [[P:Josée]] et [[P:Marc-André Côté]]. Ceux qui veulent aider à décorer la salle communautaire : écrivez à [[P:mireille]] sur Messenger ou au [[T:450-555-0119]]. Le comité d'entretien remercie [[P:Kwame]] pour les tablettes dans le local à vélos 👏
Adresse pour les invités de l'extérieur : [[A:1875, rue Principale, app. 1]], Granby [[Z:j2g 8c7]]"""),
# ---------- j3: wedding / funeral / event photographers and caterers ----------
("j3","fr","instagram","B",[],"""Mariage de [[P:Noémie]] & [[P:Karim Benali]] ✨ au Vignoble Carone, Lanaudière, samedi passé. Merci aux fournisseurs : fleurs par Fleuriste Chantal Ménard, gâteau de Pâtisserie Rolland, DJ Max-Olivier Events, robe de chez Mariée Suzanne Ross. Photo : moi, entre deux dossiers au palais de justice 📷⚖️ #mariage #[[P:Noémie]]Et[[P:Karim]] #photographiequebec"""),

("j3","en","facebook","L",[],"""Catered the celebration of life for [[P:Mr. Angus MacLeod]] yesterday at the Legion hall in Lachute. 140 guests, Scottish shortbread, tea sandwiches and his famous chowder recipe thanks to his daughter [[P:Fiona]]. Flowers were from Fleurs Gilles Bédard and the Lowland pipes were played by [[P:Doug McInnis]]. Rest easy, Angus. — Traiteur Maison Beauchemin (orders: [[T:+1 450 555 0158]])"""),

("j3","fr","facebook","R",[],"""Un gros merci à la famille [[P:Nguyễn-Pham]] pour la confiance! Le buffet du baptême de la petite [[P:Linh]] à la salle Jean-Paul-II de Brossard : 80 rouleaux impériaux, banh mi et une tonne de pâtés chinois (la grand-maman insistait 😂). Collaboration avec Photo Stéphane Lapointe et Location Gervais. Réservations 2027 : [[E:info@traiteurchezgaby.ca]]"""),

("j3","fr","instagram","R",[],"""Gala de fin d'année du club de soccer Les Patriotes de Saint-Lambert 🏆 Joueur par excellence U15 : [[P:Thomas Lefebvre-Nadeau]]. Trophée Maurice-Richard du meilleur pointeur : [[P:ibrahim]]. Photos par Studio Mélanie Ouimet, buffet par Traiteur Chez Ginette. Un gros bravo aussi à notre arbitre préférée [[P:Maude]] qui a ri de mes jeux de mots toute la soirée."""),

("j3","en","instagram","S",["CONSENT_REQUIRED"],"""Such an honour to photograph the annual fundraising gala for the women's shelter I volunteer with 💜 Swipe to see our amazing coordinator [[P:Priya Raghunathan]], our intake worker [[P:Valérie]] and guest speaker [[P:Dr. Ngozi Eze]] at the podium. Catering by Traiteur Louise Arsenault, décor by Ballons Marco. Over $38,000 raised! 📸 @[[P:jess.laroche]].photo"""),

("j3","fr","linkedin","L",[],"""Retour sur les funérailles de [[P:Mme Thérèse Gagné]] (1931-2026) à la Coopérative funéraire de l'Estrie. Notre équipe a servi 200 personnes au sous-sol de l'église Saint-Esprit de Sherbrooke. Merci à [[P:Jacques]] et [[P:Claudette Gagné]], ses enfants, pour leur confiance dans un moment si difficile. Fournisseurs : Fleuriste Bouquet de Lise, Boulangerie Georges Laurier. – Traiteur Lessard & Associés, [[T:819 555-0124]]"""),
# ---------- j4: anglophones of the Gaspé coast and the Magdalen Islands ----------
("j4","en","facebook","C",[],"""well the ferry from souris was 3 hrs late again but we made it home to grosse-île 🙄 big thanks to [[P:ronnie clarke]] for the lift from cap-aux-meules and to aunt [[P:peg]] for the chowder. if anyone found a black wallet on the CTMA Vacancier it's my dad's, has his medicare card in it ([[R:CLAJ 4105 1221]]) and a picture of our dog Skipper. message me or call [[T:418 555 0143]]"""),

("j4","en","instagram","R",[],"""u15 girls from new carlisle high took silver at the regional tourney in sainte-anne-des-monts!! so proud of these kids 🏐 shoutout to coach [[P:mcrae]] and to [[P:kayleigh o'neil]] for the block of the year. next stop the provincial in Sherbrooke. #gaspesie #[[P:Kayleigh]]Strong"""),

("j4","en","facebook","B",[],"""happy to be back practising at the courthouse in New Carlisle after 2 years in Montreal. if you're in Shigawake, Port Daniel, Hope Town or anywhere along route 132 and need a notary or a lawyer who speaks english, my office is above the Chaleur Bay pharmacy, [[A:128 Main Highway]], New Carlisle [[Z:G0C1Z0]]. walk-ins tuesday and thursday. [[T:418-555-0166]]"""),

("j4","en","linkedin","L",["CLIENT_CONFIDENTIALITY"],"""a good day for a Douglastown fisherman. after 3 years our client [[P:Seamus Devouge]] finally got his licence transfer confirmed, file [[C:110-17-000482-239]]. the buyer tried to walk away from the deal but the judge agreed with us. thanks to my colleague [[P:Me Sarah-Ann Morrison]] for the long nights at the Gaspé courthouse. #fisheries #gaspesie"""),

("j4","en","facebook","C",["CONSENT_REQUIRED"],"""lovely afternoon at the family-type residence in Old Harry, magdalen islands 🌊 we had a lobster boil and [[P:lorne]] our resource person played the fiddle for everyone. his wife [[P:bernadette boudreau]] made her famous pets de soeur. pics below! proud to work for the cisss on the islands"""),

("j4","en","facebook","B",[],"""anyone remember the old Hall in Grande-Grève? the gaspé english heritage group is putting together a book on St. Peter's Anglican church and the families of the Forillon before expropriation. we're looking for photos of the 1950s tea socials. reach [[P:margaret (peggy) ascah]] at [[E:peggy.ascah@globetrotter.net]] or drop them off at the Gaspé Legion. no legal stuff here, just history 😊"""),
]
