# pii-7g posts: (brief, lang, platform, pack, rules, text)
POSTS = []

# ---------- Brief 1: poker / card-game group chat ----------
POSTS += [
(1, "fr", "facebook", "R", [], """Copier-coller du groupe « Poker du jeudi 🃏 » parce que personne s'en souvient jamais lol

[22:47] [[P:Ti-Jean]]: ok qui doit quoi
[22:48] [[P:Momo]]: moi je dois 15$ à la grande [[P:Jo]] pis 5$ à [[P:Steph Lapointe]]
[22:48] [[P:Jo]]: pis [[P:marc-andre]] me doit encore le 20 de la fois du Texas Hold'em chez [[P:Guylaine]] 🙄
[22:50] [[P:Marc-André Côté]]: je vous vire ça par Interac demain promis
[22:51] [[P:Ti-Jean]]: c'est ce que t'as dit en octobre 😂
[22:53] [[P:GUYLAINE]]: [[P:MARC-ANDRÉ]] TU ME DOIS 10 AUSSI POUR LA PIZZA

Prochaine game le 14 à Saint-Hyacinthe, amenez des chips Humpty Dumpty pis pas de Molson tiède svp"""),

(1, "en", "instagram", "L", [], """Friday night poker recap ♠️♥️ with the usual suspects (not work related, promise)

Final standings:
1. @[[P:liam.obrien_]] +$62 (again. we're checking your sleeves)
2. [[P:Priya]] +$18
3. me, broke even
4. "[[P:Big Tony]]" [[P:Antonio Ferreira]] -$35
5. [[P:Dwayne]] -$45 → owes [[P:Liam]] 40 and [[P:Priya]] 5

Game was Omaha Hi-Lo, smoked meat from Schwartz's, and the whole night was Leonard Cohen because [[P:Liam]] won the aux cord bet.
#PokerNight #Montreal #Plateau"""),

(1, "fr", "facebook", "C", [], """Résultats du tournoi de 500 au sous-sol de l'église de Grande-Vallée hier soir 🃏
Gagnants : [[P:Rollande]] pis [[P:Gérard Cloutier]] (encore eux autres!!)
[[P:Bertrand]] doit un 2 $ à toutes les tables parce qu'il a renoncé deux fois 😂
Merci à [[P:Mme Huard]] pour les sandwichs pas de croûte. Prochaine soirée le 2e vendredi, 5 $ l'entrée, les profits vont aux Chevaliers de Colomb."""),

(1, "en", "facebook", "S", [], """Cribbage at my sister's place in Pointe-Claire, pasting the group chat because nobody trusts anyone:

AUNTIE [[P:BEV]]: [[P:kerry]] you owe me $10 from last Sunday
[[P:Kerry]]: no I paid you in Tim Hortons gift cards
AUNTIE [[P:BEV]]: that was for my BIRTHDAY
[[P:Siobhan]]: I have screenshots
[[P:Kerry]]: [[P:siobhan mcguire]] I swear to god

Final tally: [[P:Kerry]] owes [[P:Bev]] $10, [[P:Siobhan]] owes me $4.50, and Uncle [[P:Declan]] is banned from shuffling. Go Habs go 🏒"""),

(1, "fr", "instagram", "L", [], """Soirée de poker annuelle de la cohorte 2015 de l'UdeM 🃏⚖️ Personne ne parle de dossiers, promis.
Bilan :
💰 @[[P:me.fatou.diallo]] rafle le pot (187 $)
💸 [[P:Nguyen]] doit 25 $ à [[P:Fatou]]
💸 [[P:JF]] doit 40 $ à tout le monde, comme d'habitude
🍕 [[P:Karine Bélanger-Roy]] a payé la pizza de chez Pizzeria Napoletana, on lui doit 12 $ chacun
Prochaine édition chez [[P:Me Olivier St-Amand]], qui s'engage à ne pas plaider quand il perd."""),

(1, "en", "linkedin", "R", [], """Team-building done right: the RSEQ Montérégie volunteers' euchre night in Longueuil raised $340 for the Brossard girls' basketball program 🏀 Shoutout to [[P:Rachel Goldberg]] for running the bracket, and to [[P:Kwame]], who still owes the kitty $5 for that misdeal. #Volunteers #SportÉtudiant"""),

(1, "fr", "facebook", "S", [], """[[P:Nadia]] tu me dois 30 piasses 🙄"""),

(1, "fr", "facebook", "L", [], """Pour ceux qui me doivent de l'argent du tournoi de dame de pique de vendredi (vous vous reconnaissez 👀) : virement Interac à [[E:gab.lefebvre.poker@gmail.com]], mot de passe « dame ». Si ça marche pas, textez-moi au [[T:5 1 4 5 5 5 0 1 9 3]].
[[P:Sébastien]] 22 $, [[P:Ghislain]] 8 $, [[P:Ti-Guy]] 15 $.
[[P:Amélie Ouimet]], t'es quitte, merci pour le pouding chômeur 😍"""),

(1, "en", "instagram", "C", [], """Thursday 45s night at the Legion in New Carlisle 🍀 (yes, 45s, it's a Gaspé thing, look it up)

Copying the group chat so nobody can argue later:
- [[P:Murray]] & [[P:Joanne]] won the pot ($96)
- [[P:Cyril]] owes [[P:Joanne]] $12 from the side bet
- [[P:Heather]] owes ME a pie, not money, a PIE
- [[P:Father O'Keefe]] stopped by and lost to [[P:Joanne]] too, bless him

Next game Dec 11. Call [[P:Joanne]] at [[T:418.555.0172]] if you need a drive from Paspébiac or Bonaventure."""),
]

# ---------- Brief 2: rally / protest announcement ----------
POSTS += [
(2, "fr", "facebook", "S", [], """🟣 MARCHE DU 6 DÉCEMBRE — On n'oublie pas 🟣
Départ 17 h de la place Émilie-Gamelin, arrivée à la Place du 6-Décembre-1989, au pied du mont Royal.
Prises de parole de la ministre responsable de la Condition féminine, Martine Biron, et de Catherine Fournier, mairesse de Longueuil.
Organisation : [[P:Josée Paquin]] et [[P:Awa Traoré]]. Pour le covoiturage de la Rive-Sud, écrivez à [[E:josee.paquin.marche@outlook.com]].
Portez du violet 💜 #PolyRemembers #6décembre"""),

(2, "en", "facebook", "L", [], """RALLY: Rent freeze NOW 🏠
Saturday Oct 18, 1 p.m., in front of City Hall, [[A:275 Notre-Dame St. East]]
Speakers: MNA Andrés Fontecilla (QS) and Verdun councillor Sterling Downey
Organised by the Verdun Tenants' Committee, coordinators [[P:Maeve Gallagher]] & [[P:Tomás Rivera-Quintero]]
Bring signs, bring your neighbours, bring your latest lease renewal letter.
Questions: [[T:(514) 555-0148 ext. 3]]"""),

(2, "fr", "instagram", "R", [], """📣 ON SAUVE LE SPORT ÉTUDIANT 📣
Rassemblement familial samedi 10 h, stationnement de l'école secondaire Chanoine-Armand-Racicot, puis marche jusqu'au bureau de circonscription du député Louis Lemieux, [[A:365, boul. du Séminaire Nord]], Saint-Jean-sur-Richelieu.
Le ministre de l'Éducation a été invité (on attend encore 🙃).
Organisé par [[P:Caroline Dubé-Laroche]] et @[[P:coachdanny_b]] avec les parents des équipes juvéniles. Chandails rouges, sifflets bienvenus!
#RSEQ #Montérégie #SportÉtudiant"""),

(2, "en", "linkedin", "B", [], """Legal aid lawyers and their allies are gathering this Thursday at noon in front of the Montréal courthouse ([[A:1 Notre-Dame Street East]]) to call for fair funding of Aide juridique.
Justice Minister Simon Jolin-Barrette's office has acknowledged our letter; critics from the PLQ and Québec solidaire will speak.
Thanks to [[P:Me Aïcha Benali]] and [[P:Patrick Nolan]] for organising, and to the Jeune Barreau de Montréal for the logistics. Robes optional, conviction mandatory. #AccessToJustice"""),

(2, "fr", "facebook", "C", [], """Rassemblement pour garder l'urgence de Chandler ouverte 24/7 🚑
Dimanche 13 h devant l'hôpital, [[A:451, rue Monseigneur-Ross Est]], [[Z:G0C 1K0]]
Le député Stéphane Sainte-Croix pis la préfète de la MRC du Rocher-Percé ont confirmé leur présence.
Organisé par [[P:Lise Castilloux]] pis [[P:Réjean Element]] ([[P:Bouboule]] pour les intimes). Autobus à partir de Grande-Rivière pis Pabok, réservez au [[T:418 555-0119]].
Apportez vos pancartes pis du café, y va faire frette."""),

(2, "en", "instagram", "S", [], """Take Back the Night 🌙✊ Friday 7 p.m. Meet at Jacques-Cartier Park in Sherbrooke for a candlelit walk along the Magog River.
Speakers include MNA Christine Labrie.
Huge love to organisers @[[P:hana.yamamoto]] and [[P:Chantal]] from the collective 💜
All genders welcome, ASL and LSQ interpretation on site. DM for accessibility needs."""),

(2, "fr", "linkedin", "L", [], """Je serai à la marche pour le climat vendredi avec l'équipe (départ 13 h, monument George-Étienne-Cartier). Merci à [[P:Noémie Lachapelle]] d'avoir coordonné notre contingent! 🌍"""),

(2, "en", "facebook", "R", [], """🏈 SAVE OUR FIELD 🏈
The school board wants to turn the Louis-Philippe-Paré field into a parking lot. Not on our watch.
Tuesday 6:30 p.m., meet at the main entrance on boul. Saint-Francis, then we walk together to the council meeting at Châteauguay City Hall.
MNA Marie-Belle Gendron said she'd "try to drop by". We'll save her a seat.
Organisers: [[P:Kateri Diabo]] (Kahnawake parents' group) and [[P:Ryan MacDougall]], [[E:savethefield.lpp@gmail.com]]
Wear red and white, bring cowbells 🔔 #SaveOurField"""),

(2, "en", "facebook", "C", [], """Fishers' rally in Rivière-au-Renard this Saturday 🦐 Meet 11 a.m. at the wharf, across from the processing plant.
Speakers: the Bloc MP for Gaspésie–Les Îles-de-la-Madeleine–Listuguj and the mayor of Gaspé.
Organised by shrimp fishers [[P:Dale Synnott]] and [[P:Mélanie Cassivi]]. Carpool from Murdochville & Cap-des-Rosiers: text [[P:Dale]] at [[T:+1 418 555 0163]].
English & French, all welcome. #SaveTheShrimpFishery"""),
]

# ---------- Brief 3: library events ----------
POSTS += [
(3, "fr", "facebook", "C", [], """Quelle belle soirée à la bibliothèque municipale de Sainte-Anne-des-Monts! Michel Jean nous a lu des extraits de Kukum pis de Qimmik, la salle était pleine à craquer 📚
Un gros merci à [[P:Nathalie Pelletier]] pis à [[P:Bruno]] de la biblio pour l'organisation, pis à nos fidèles du club de lecture du mercredi : [[P:Mme Lebrasseur]], [[P:Yvon]] pis sa [[P:Ghislaine]], pis le p'tit [[P:Rémi]] qui a posé LA question de la soirée.
Prochain livre du club : Le Survenant de Germaine Guèvremont."""),

(3, "en", "instagram", "L", [], """Heather O'Neill read from The Lonely Hearts Hotel at the Atwater Library last night and I'm still not over it 🥹📖
Thank you @[[P:ruth.kaplan.reads]] (best librarian in Westmount, fight me) and to our Tuesday book club crew, [[P:Gwen]], [[P:Mr. Abernathy]] and [[P:Lucía Restrepo]], for saving me a seat in the front row.
Next month: Mordecai Richler's Barney's Version, because [[P:Mr. Abernathy]] insisted. #AtwaterLibrary #MontrealReads"""),

(3, "fr", "linkedin", "B", [], """Conférence-lecture de Dany Laferrière hier à la Grande Bibliothèque de BAnQ, organisée avec le comité Droit et littérature. Réflexion fascinante sur la langue, l'exil et la loi.
Merci à [[P:Hélène Roy-Bastien]], bibliothécaire, et à toute l'équipe de BAnQ pour l'accueil, ainsi qu'aux membres assidus de notre club de lecture : [[P:Me Simon-Pierre Gagné]], [[P:Me Linh Tran]] et notre doyenne, [[P:Me Thérèse Vaillancourt]].
Prochaine rencontre : L'Énigme du retour, 2e étage, salle M.450. #DroitEtLittérature #BarreauDeMontréal"""),

(3, "en", "facebook", "R", [], """Big thanks to Greenfield Park Library for hosting Georges Laraque yesterday! The former Canadiens enforcer read from his memoir and talked about bullying, food and staying in school. Our student-athletes loved it 🏒📚
Shoutout to [[P:Ms. Papadopoulos]] at the front desk and to our Grade 9 Reading Rebels: [[P:Jayden]], [[P:Amira]] and the [[P:Nguyen]] twins, who read 14 books between them this term.
#RSEQMontérégie #ReadAndPlay"""),

(3, "fr", "facebook", "S", ["PRIVATE_EVENT_DISCLOSURE"], """Kim Thúy vient lire des extraits de Ru pis de Em jeudi soir à la bibliothèque Marie-Uguay, entrée gratuite 🌸 Merci à [[P:Sandrine]] pis à [[P:Moïse Jean-Baptiste]], les bibliothécaires, qui nous ont réservé des places.
Les filles du groupe de soutien du mardi, on se rejoint à 18 h 30 devant la porte pis on y va ensemble après la rencontre, comme on en a parlé 💜"""),

(3, "fr", "instagram", "R", [], """L'heure du conte spéciale à la bibliothèque Montarville-Boucher-De La Bruère avec India Desjardins 🤩 Les ados de l'équipe de cheerleading étaient là pour l'animation!
Merci [[P:marie-eve]] de la section jeunesse, pis bravo à nos lectrices assidues [[P:Léa-Rose]], [[P:Mathis]] pis [[P:Zoé B.]] 📚 #Boucherville #AurélieLaflamme"""),

(3, "en", "linkedin", "C", [], """It was a privilege to attend Innu poet Joséphine Bacon's reading at the Gaspé public library on Friday, with translation into English and Mi'gmaq. A reminder of why cultural safety matters in our work.
Thank you to librarian [[P:Pauline Duguay]] and to the regulars of the Friday reading circle, especially [[P:Mary Jane Metallic]] from Listuguj, who opened the evening, and [[P:Arnold Briand]], who drove in from Percé in the snow."""),

(3, "fr", "facebook", "L", [], """Club de lecture à la biblio Gabrielle-Roy ce soir : on a jasé du dernier Louise Penny pis du meurtre à Three Pines 🔍 Merci [[P:Francine]] pis [[P:HUBERT]] pour les biscuits!"""),

(3, "en", "facebook", "S", [], """LIBRARY NEWS 📚 (long post, grab a tea)

What a month at the Bibliothèque Louis-Ange-Santerre in Sept-Îles! Innu author Naomi Fontaine came to read from Kuessipan and Manikanetish on the 14th, and we had 80+ people, the biggest crowd the reading room has seen since the Gilles Vigneault evening.

A few thank-yous, because this doesn't happen by magic:
- [[P:Josianne Vollant]], our children's librarian, who translated half the Q&A on the fly
- [[P:Réal Boudreau]] at the circulation desk, who set up 90 chairs by himself
- [[P:Marguerite]], [[P:Suzie St-Onge]] and [[P:Teresa Fontaine-McKenzie]], our book club regulars, who baked enough bannock for the whole of Uashat
- and little [[P:Eliott]], 8, who asked the author if she'd ever met a polar bear

Coming up: the Tuesday book club reads Ru by Kim Thúy, the knitting circle is back on Thursdays, and the Quebec Writers' Federation workshop is full (waiting list at the desk).
For the large-print collection or home delivery for seniors, call the library at [[T:418-555-0187]] or drop by [[A:500, avenue Jolliet]], [[Z:g4r 2b4]].
See you between the shelves! 📖"""),
]

# ---------- Brief 4: Instagram outfit / fashion post ----------
POSTS += [
(4, "en", "instagram", "B", [], """Court day fit ⚖️👔 Suit: @harryrosen (on sale, don't tell my accountant). Shirt: Tommy Hilfiger. Cufflinks: Birks, a gift from my grandmother. Shoes: Dr. Martens, because I'm walking to the Palais.
Photo by @[[P:mike.okonkwo]] who made me do 11 takes. #LawyerStyle #OOTD #MontrealLawyer"""),

(4, "fr", "instagram", "R", [], """Look pour le Gala Méritas sportif de ce soir 🏆✨ Veston Simons (collection Twik), pantalon Joe Fresh, souliers Aldo, pis la cravate de mon père.
Merci à @[[P:alexandra_tremblay22]] pour la coiffure pis à @[[P:g.ouellet.photo]] pour la photo! On se voit au Centre culturel Pierre-Péladeau 🙌
#GalaMéritas #RSEQ #ootd"""),

(4, "en", "instagram", "S", [], """Thrifted head to toe 💚 Vintage Tommy Hilfiger windbreaker ($8!!), Calvin Klein jeans, Levi's belt and a Roots toque that's older than me. All from the Saint-Laurent Boulevard thrift stores.
Thrift partner in crime: @[[P:mariposa.quispe]] 🦋 #SlowFashion #ThriftHaul #Montreal"""),

(4, "fr", "instagram", "L", [], """Tenue du 5 à 7 du bureau 🍸 Manteau Marie Saint Pierre, chemise Philippe Dubuc, bottes Aldo pis sac Matt & Nat (vegan, évidemment).
Mention spéciale à ma styliste perso @[[P:kim.dao.style]] qui m'a empêchée de porter mes Crocs 😂
#ModeQuébécoise #FaitAuQuébec #ootd"""),

(4, "en", "instagram", "C", [], """Gaspé winter uniform ❄️ Canada Goose parka (10 years old, still going), Sorel boots, Tilley hat in the summer but today a Simons toque, and mitts knitted by my aunt [[P:Irene]].
📸 @[[P:rob_lebouthillier]] on the Forillon trail. #GaspesieWinter #OOTD"""),

(4, "fr", "instagram", "S", [], """Look du jour : tout Joe Fresh sauf les bottes (Steve Madden) 💅 #ootd #lundi"""),

(4, "en", "instagram", "R", [], """Prom night 💜 Dress by Jovani, jewelry from Pandora, heels from Aldo, and the tux on my date is Ralph Lauren (rented from Tip Top, shhh).
Squad: @[[P:jasmine.k.singh]] @[[P:dev_patel04]] @[[P:chloe.b.lavoie]] — couldn't have survived the photo session at Parc Michel-Chartrand without you 🙏
#Prom2026 #Longueuil"""),

(4, "en", "instagram", "B", [], """Wedding guest mode 💐 for [[P:Aoife]] & [[P:Malik]]'s big day at the Château Frontenac!
👗 Dress: Tory Burch
👠 Shoes: Jimmy Choo (borrowed from @[[P:thao.vu]], I owe you my life)
👜 Clutch: Kate Spade
💍 Earrings: Michael Kors
🧥 Wrap: Simons
💄 Makeup: Yves Saint Laurent, done by @[[P:nicolas.gauthier.mua]]
Photos by the amazing [[P:Grace Oyelaran]]. Congrats to the newlyweds, Québec City was magical ❄️ #WeddingGuest #OOTD #Quebec"""),

(4, "fr", "instagram", "B", [], """Tenue pour la rentrée judiciaire 🍂⚖️ Tailleur Judith & Charles, chemisier Simons, escarpins Louboutin (merci maman [[P:Denise]] 🥹), toge de chez Harcourts.
Photo : @[[P:me_laurence.b]] sur les marches du palais de justice de Longueuil. #RentréeJudiciaire #Avocate #ootd"""),
]

# ---------- Brief 5: dance recital / figure-skating show ----------
POSTS += [
(5, "fr", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Tellement fière de notre cocotte [[P:Maëlle]] hier au spectacle du Club de patinage artistique de Chandler ⛸️💕 9 ans, en famille d'accueil chez nous depuis le printemps, pis elle a patiné son premier solo sur du Céline Dion (Pour que tu m'aimes encore)!
Sa mère [[P:Cindy Roussy]] a pas pu venir mais on lui a envoyé le vidéo. Merci à ses coachs [[P:Annie-Claude]] pis [[P:Mme Bujold]] pour leur patience d'ange 🙏 #FamilleDAccueil #Chandler"""),

(5, "en", "instagram", "R", [], """What a night at the RSEQ Montérégie regional dance showcase in Saint-Bruno 💃🔥 Our senior team placed 2nd with a Beyoncé/Lizzo mashup and the juniors killed it to Taylor Swift's "Shake It Off".
So proud of [[P:Anaïs]], [[P:Kiara Thompson]], [[P:Ella-Rose]] and [[P:Yasmine]], and of coaches [[P:Tamara Lindsay]] and Coach [[P:Rafa]], who choreographed everything in six weeks.
#RSEQ #DanceTeam #Montérégie"""),

(5, "fr", "facebook", "S", [], """Spectacle de danse de ma nièce [[P:Florence]] à la salle André-Mathieu de Laval 🩰 Tout le numéro sur du Cœur de pirate, j'ai braillé comme un veau. Bravo aussi à son prof [[P:Kevin]] pis à sa chum [[P:Olivia Santos]] qui faisait le solo!"""),

(5, "en", "facebook", "C", [], """Skating carnival recap from the New Richmond arena ⛸️
Theme this year was "Canadian Legends", so we had Shania Twain, Stompin' Tom Connors, Celine Dion and, for the grand finale, the whole club skating to Ginette Reno's "Ça commence".
Bravo to coaches [[P:Wendy Harvey]] and [[P:Stéphanie Arsenault]], and to our little stars [[P:Addison]], [[P:Liam Gauthier]], [[P:Rosie]] and [[P:Noah-James]]. Special mention to Grampa [[P:Ernie]], who ran the canteen all weekend.
Ticket and hot-dog sales raised $1,240 for the club. See you in the spring!"""),

(5, "fr", "instagram", "R", [], """Bravo à mes patineuses [[P:Rosalie]] pis [[P:naomie]]!! Programme de groupe sur du Ginette Reno, 0 chute 😭❤️ #CPASaintBruno #patinageartistique #Go[[P:Rosalie]]"""),

(5, "fr", "facebook", "L", [], """SPECTACLE DE FIN D'ANNÉE 2026 🩰✨ Académie de danse Sylvie Gravel, au Théâtre Hector-Charland de L'Assomption

Petit résumé pour les grands-parents qui ont pas pu venir :
🎶 Ouverture : les Mini-Pointes (4-5 ans) sur « Thriller » de Michael Jackson. Oui, des zombies de 4 ans. Oui, c'était parfait.
🎶 Hip-hop ados sur du Bruno Mars, avec [[P:Mégane]], [[P:Kelly-Ann Joseph]], [[P:Thomas Nadeau]] pis les jumeaux [[P:Haddad]]
🎶 Jazz intermédiaire sur « Tassez-vous de d'là » des Colocs, chorégraphie de [[P:Julien Morissette]]
🎶 Solo lyrique de notre [[P:Béatrice]] sur « Pour que tu m'aimes encore » (toute la salle pleurait)
🎶 Contemporain adulte sur du Charlotte Cardin, avec [[P:Mme Rioux]], 67 ans, qui a fait le grand écart. LE GRAND ÉCART.
🎶 Finale : tout le monde sur « Gens du pays »

Merci à [[P:Sylvie]] pis à toute l'équipe de profs ([[P:Jessica]], [[P:Maude L.]], [[P:Fred]]), aux mamans costumières, pis à [[P:M. Tardif]] au son et éclairage. Les photos officielles seront sur le site dans deux semaines. Le DVD est à 35 $, commandes au [[T:450 555 0136]].
On se revoit en septembre! 💕"""),

(5, "en", "linkedin", "B", [], """Proud parent moment (non-legal content warning): my daughter skated her first solo at the regional Skate Canada gala at the Aréna Jacques-Lemaire in LaSalle, to Elton John's "Rocket Man" 🚀⛸️
Thank you to her coaches [[P:Olga Petrenko]] and [[P:Jean-Philippe Bastien]] for years of 6 a.m. practices. Back to the factums on Monday."""),

(5, "fr", "instagram", "L", [], """Spectacle de fin d'année de l'école de danse à Rimouski : 42 danseuses, 3 heures, du Beyoncé, du Céline, du Vigneault pis même du Men Without Hats. J'ai pleuré pendant Gens du pays, j'assume 🩰🥲 #fiertédemaman"""),

(5, "en", "facebook", "S", [], """Holiday ice show at the Verdun Auditorium this weekend ⛸️🎄 Pasting the program because people keep asking:
1. Tiny Tots, "Jingle Bell Rock", coached by [[P:Ms. Dianne]]
2. Junior group, Mariah Carey, "All I Want for Christmas Is You"
3. Solo: [[P:Sofia Marchetti]], Michael Bublé, "Holly Jolly Christmas"
4. Pairs: [[P:Thanh]] & [[P:Gabriel Ouimet-Lee]], Leonard Cohen, "Hallelujah" (bring tissues)
5. Finale, everyone, "Feliz Navidad"
Coaches: [[P:Dianne Forsyth]] and Coach [[P:Pat]]. Tickets $10 at the door, kids under 5 free."""),
]

# ---------- Brief 6: adoptee looking for birth parent ----------
POSTS += [
(6, "fr", "facebook", "C", [], """🔎 RECHERCHE MÈRE BIOLOGIQUE 🔎 Partagez svp, surtout en Gaspésie!
Je suis née le [[D:23 avril 1984]] à l'Hôtel-Dieu de Gaspé. D'après mon dossier, ma mère avait 17 ans, venait de Rivière-au-Renard pis s'appelait peut-être [[P:Jacinthe Lelièvre]] (ou [[P:Lelièvre]] était le nom de sa mère à elle?).
J'ai été adoptée par [[P:Rita]] pis [[P:Laurent Fournier]], de Murdochville, qui m'ont toujours encouragée à chercher.
J'ai déjà fait ma demande d'antécédents, mais c'est long. Si ça vous dit quelque chose : [[E:cathy.fournier84@hotmail.com]] 💛"""),

(6, "en", "facebook", "L", [], """Looking for my birth father. Please share 🙏
I was born [[D:March 3, 1991]] at the Royal Victoria Hospital in Montreal. My birth mother, [[P:Marie-Lourdes Pierre-Louis]], was from Port-au-Prince and lived in Saint-Michel at the time. She passed away in 2019 and only ever told my aunt that my father was "[[P:Zé]]", a Portuguese guy from the Plateau who worked at a bakery on Rachel Street, maybe [[P:José Medeiros]] or [[P:Medeiros]] something.
If you knew him, or knew her, please call or text [[T:514–555–0177]]. I'm not looking for anything but a name and a face."""),

(6, "en", "instagram", "R", [], """Adoptee here 🧡 Born [[D:July 9, 1999]] at Hôpital Charles-LeMoyne in Greenfield Park. Birth name on my papers: Baby Girl [[P:Kowalczyk]]. If this rings a bell for anyone, my DMs are open. #adoptee #birthmothersearch #RiveSud"""),

(6, "fr", "linkedin", "B", [], """Un billet plus personnel que d'habitude. Depuis la réforme de 2018, les personnes adoptées au Québec peuvent obtenir plus facilement l'identité de leurs parents d'origine, et je salue le travail des équipes qui traitent ces demandes.
Je suis moi-même adoptée : née le [[D:2 novembre 1976]] à l'hôpital de la Miséricorde, à Montréal. Ma mère d'origine s'appelait [[P:Louise-Andrée Girard]], 19 ans, originaire de Trois-Rivières. Je n'ai pas encore retrouvé sa trace.
Si ce nom vous dit quelque chose, mon courriel : [[E:m.h.girard-lacasse@avocats-lacasse.ca]]. Merci de partager."""),

(6, "en", "facebook", "S", [], """This is a long one. Please read and share, especially if you have family in Eeyou Istchee or around Val-d'Or.

My name is [[P:Deborah Henderson]]. I was born on [[D:January 12, 1968]] at the hospital in Val-d'Or, and I was adopted at 4 months old by [[P:Gordon]] and [[P:Margaret Henderson]] of Pointe-Claire. Like a lot of kids of that time, I was taken out of my community and raised far away, with no papers, no language and no story.

What I know:
- my birth mother was Cree, probably from Waswanipi or Oujé-Bougoumou
- her name might have been [[P:Annie Bosum]], or [[P:Annie Neeposh]] (the social worker's notes have both)
- she was about 20
- my birth name may have been [[P:Sarah]]

I've contacted the Cree Health Board, Quebec's service de recherche des antécédents, and the band offices. Everyone is kind, but the files from 1968 are thin.

If you're an aunt, a cousin, an elder who remembers a young woman who went to Val-d'Or in the winter of 1967–68 and came back without her baby, I would be so grateful to hear from you. You can reach me at [[E:deb.henderson.searching@gmail.com]] or [[T:(514) 555‑0112]].

Meegwetch to everyone who has already shared this. Chiniskumitin."""),

(6, "fr", "facebook", "R", [], """je cherche mon père biologique… né le [[D:18/06/1995]] à l'hôpital Pierre-Boucher à Longueuil. ma mère [[P:karine beaudry]] m'a juste dit qu'il s'appelait [[P:Alex]], qu'il jouait au hockey junior à Saint-Jean pis qu'il était « le grand roux du numéro 17 ». si vous avez joué avec un [[P:Alex]] roux en 94-95, écrivez-moi 🙏"""),

(6, "en", "facebook", "L", [], """I was one of the babies of Operation Babylift, April 1975. Adopted by a family in Sherbrooke, raised as [[P:Anne-Marie Lessard]]. My papers say born [[D:5 May 1974]] in Saigon, birth name [[P:Nguyễn Thị Hoa]], mother [[P:Trần Thị Lan]], no father listed.
I've done DNA tests with two companies and found only distant cousins in California. If anyone in the Vietnamese community in Montreal or Quebec City recognises these names, please message me. Cảm ơn 🙏"""),

(6, "fr", "facebook", "C", [], """Aux Madelinots pis aux Madelinotes : je cherche ma mère biologique. Née le [[D:30 septembre 1988]] à l'hôpital de l'Archipel, à Cap-aux-Meules. Selon les papiers, ma mère était « une [[P:Cyr]] ou une [[P:Arseneau]] de Havre-Aubert », 16 ans, pis mon père un pêcheur de Grande-Entrée. Adopté par une famille de Québec. Si vous savez quelque chose, même juste une rumeur de l'époque, écrivez-moi en privé."""),

(6, "en", "instagram", "B", [], """Birth father search 🕵️ Born [[D:Feb 14 1990]] at St. Mary's Hospital, Montreal. My birth mom [[P:Siobhan Kelly]] (Irish, from Griffintown) says my father was a law student named [[P:Rashid]], maybe [[P:Rashid El-Amrani]], who lived in Ahuntsic and played soccer for the McGill club. Ironic, given my job now ⚖️ Any leads, DM me. #adoptee #birthfather #Montreal"""),
]

# ---------- Brief 7: siblings arguing over an estate ----------
POSTS += [
(7, "fr", "facebook", "B", ["CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE"], """Grosse journée demain : audience dans la succession [[P:Gagnon]] (dossier [[C:160-17-004521-251]]). Deux sœurs contre leur frère pour le chalet de Saint-Gédéon pis 240 000 $ de REER. Le frère reste encore dans la maison de la mère, au [[A:42, rue des Érables]] à Alma, pis refuse de donner les clés au liquidateur.
En 15 ans de pratique, j'ai jamais vu une famille se déchirer de même pour un set de vaisselle Royal Albert. Souhaitez-moi bonne chance ☕⚖️"""),

(7, "en", "facebook", "S", [], """Okay I need to vent because I can't say this at Christmas dinner.

Mom passed in March. Her will (done with [[P:Me Gilles Beauchemin]], notary in Cowansville) is crystal clear: the house at [[A:1450 chemin du Lac-Brome]], [[Z:J0E1V0]], gets sold and the money is split three ways between me, my brother [[P:Kevin]] and my sister [[P:Tracy-Lynn]].

Except [[P:Kevin]] has been living there "temporarily" since 2022, pays no rent, and now says Mom "promised him verbally" that the house was his. [[P:Tracy-Lynn]] is siding with him because he's "been through a lot" (he has not been through more than any of us). Meanwhile the municipal taxes ($4,870) and the Hydro bills are coming out of the estate account, which means out of MY third.

The notary says the verbal promise means nothing legally, but [[P:Kevin]] won't sign the listing agreement and has stopped answering the notary's calls. My cousin [[P:Darlene]] says I should "let it go for family peace". [[P:Darlene]], you got Aunt [[P:Rose]]'s entire Royal Doulton collection without a fight, so respectfully, no.

Anyway. If anyone knows a good estate mediator in the Eastern Townships, DM me. And hug your siblings while you still like them."""),

(7, "fr", "facebook", "S", [], """Message pour la famille, parce que personne répond dans le groupe Messenger :
[[P:Linda]], [[P:Gilles]], le notaire ([[P:Me Paradis]], à Sainte-Anne-des-Monts) a besoin du NAS de maman pour fermer le dossier à Revenu Québec. C'est le [[S:463 212 233]], je l'ai trouvé dans ses papiers.
Pis NON on vend pas la terre de papa à Saint-Maxime-du-Mont-Louis à 38 000 $ au voisin [[P:Bourdages]], ça en vaut le double. [[P:Ti-Gilles]] si tu veux la terre, rachète nos parts comme du monde."""),

(7, "en", "facebook", "L", [], """To my dear sister who thinks nobody checks the statements: Dad died on June 2. On June 9, his Visa ([[CC:4206 7970 1687 7313]]) was used for $2,300 at the Costco in Boisbriand and $640 at Best Buy. The notary, [[P:Me Rebecca Stein]] of Stein Lalonde Notaires, has the printout. [[P:Jen]], just pay it back to the estate and we'll never speak of it again. Order #B-77341 is still showing "delivered" to your place, by the way."""),

(7, "en", "linkedin", "L", ["PERSONALIZED_LEGAL_ADVICE"], """Replying to [[P:Marco Bianchi]]'s public question about his late mother's estate: since her will was notarial, you do not need to have it probated. Your brother cannot block the sale of the duplex on his own; as co-heir, send him a formal notice, and if he still refuses to cooperate, you should apply to the Superior Court to have a liquidator named. Do it before the 6-month deliberation period ends. Happy to discuss."""),

(7, "fr", "linkedin", "B", [], """Dans ma pratique, je vois trop souvent des frères et sœurs cesser de se parler pour un chalet, un piano ou une collection de cuillères souvenirs. Un testament clair, un liquidateur neutre et une conversation franche de son vivant évitent bien des chicanes. Le Mois de la planification successorale, c'est le bon moment pour y penser. #Successions #DroitDeLaFamille"""),

(7, "en", "instagram", "R", ["HARASSMENT"], """when your siblings fight over grandma's Royal Doulton figurines and [[P:Me Ouellette]] the notary has to referee 🙃 [[P:Brandon]] if you touch the Lady Charlotte figurine I swear I'll break both your kneecaps lol #estatedrama #familyfirst"""),

(7, "fr", "facebook", "B", [], """Bon, même les avocates ont des chicanes de famille. La succession de mon oncle [[P:Réjean]] traîne depuis 14 mois parce que ma cousine [[P:Nathalie Lamy-Bérubé]] conteste le testament olographe (requête déposée, dossier [[C:400-14-012345-268]]). Le notaire, [[P:Me Yves Lamothe]], a scellé le condo du [[A:1200 boul. des Forges, app. 4]], Trois-Rivières [[Z:g9a 2h5]], pis plus personne a le droit d'y aller, même pas pour arroser ses plantes.
Montant en jeu : 186 500 $. Montant déjà dépensé en frais : on va pas en parler. Mon oncle doit se retourner dans sa tombe au cimetière Saint-Michel."""),
]

# ---------- Brief 8: waiting-room rant ----------
POSTS += [
(8, "fr", "facebook", "C", ["CONSENT_REQUIRED", "DISPARAGEMENT"], """3 h 40 d'attente au CLSC de Paspébiac ce matin. Pris le numéro 47 à 7 h 52, appelée à 11 h 32. Pis quand mon tour arrive, [[P:Sylvie]] au triage me regarde comme si je la dérangeais dans son café. Bravo l'accueil, vraiment du grand art 👏 Pis [[P:Dr Cormier]] qui est parti dîner à 11 h 30 pile, devant tout le monde. Je travaille dans le réseau, je sais que c'est dur, mais là c'est n'importe quoi."""),

(8, "en", "facebook", "C", [], """Service Canada office in Chandler. Took ticket B-212 at 9:03. Screen was on B-148. At 10:40 they called B-197 and then closed two wickets "for lunch". [[P:Gary]] at wicket 6 was lovely when I finally got there at 12:15, but he made me repeat my SIN ([[S:521 590 109]]) three times out loud in a room full of people. Privacy who?"""),

(8, "fr", "instagram", "R", [], """1 h 15 pour un renouvellement chez Jean Coutu à Saint-Lambert 💊 Numéro 83, ils étaient rendus à 61. Merci quand même à [[P:Nancy]] au comptoir qui m'a donné un suçon Tootsie Pop pour passer le temps 🙃 Par contre crier mon numéro d'assurance maladie ([[R:BOUC-8561-1234]]) devant toute la file, merci pour la confidentialité."""),

(8, "en", "linkedin", "B", [], """A small reflection on access to services. Yesterday I spent 1 h 48 at a SAAQ service centre in Laval: ticket A-319 at 9:14, served at 11:02, for a two-minute address change. The agent, [[P:Amadou]], was efficient and kind, and apologised for a system he doesn't control.
If we struggle with this as professionals with flexible schedules, imagine a single parent on an hourly wage. Public services should be measured by the time they cost citizens, too."""),

(8, "fr", "facebook", "S", [], """Gros merci au GMF de Saint-Eustache : rendez-vous à 14 h 15, vue à 16 h 50 🙃 En plus ils m'ont demandé ma carte soleil TROIS fois. La voici, tiens, comme ça vous l'aurez par cœur : [[R:GAGM 7803 1512]]. La secrétaire [[P:Johanne]] était fine par exemple, elle m'a offert un verre d'eau à la deuxième heure."""),

(8, "en", "facebook", "C", [], """Revenu Québec office in Gaspé, 8:30 a.m. Door opens at 8:30, so naturally the line was already out to the parking lot at 8:05. Number 12. Twelve. Served at 10:20. [[P:Martine]], the clerk, was great and fixed everything in five minutes, but whoever decided that one person covers the whole coast from Grande-Vallée to Percé should come try it in January. -22°C with the wind off the bay."""),

(8, "en", "instagram", "B", [], """Pharmaprix on Monkland, a saga in 4 acts 💊
7:10 p.m. drop off prescription, told "20 minutes"
7:45 "almost ready"
8:30 [[P:Raj]] says the insurance didn't go through (order RX-448812, $63.17)
9:05 [[P:Mélissa]] fixes it in 30 seconds, I get my antibiotics and a free Kit Kat
Moral: always ask for [[P:Mélissa]]. #pharmacylife #NDG"""),

(8, "fr", "facebook", "B", [], """Palais de justice de Longueuil, greffe civile, 9 h 02 : numéro C-212. L'écran affiche C-171. Trois préposées sur cinq en formation, la machine à café en panne, le wifi « Invité-MJQ » qui tient pas deux minutes.
10 h 19 : mon tour. 4 minutes pour déposer ma procédure. Merci à [[P:Ginette]] qui a gardé son sens de l'humour, c'est plus que moi. La prochaine fois j'envoie la stagiaire, [[P:Laurie-Anne]] 😅"""),
]
