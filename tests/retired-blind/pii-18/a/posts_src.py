# (brief, lang, platform, pack, rules, text)
POSTS = []

# ---------------- batch 1 ----------------
POSTS += [
(1, "fr", "facebook", "R", [], """Résultats du Demi-marathon de Longueuil dimanche 🏃‍♀️ Le club Les Foulées du Richelieu était ben représenté!
- [[P:Nathalie Bergeron]] (dossard 1147) : 1:38:52, 3e F40-49 🥉
- [[P:marc-andré côté]], dossard 1312 : 1:44:10, PB de 6 min!!
- [[P:Ti-Guy]] pis [[P:Lulu]] au lièvre de 2h00, mission accomplie, 1:59:41 pile
- [[P:Kwame Asante-Mensah]] : 1:29:47 😮 qui c'est qui l'arrête celui-là
Prochain entraînement : mercredi 18h30 au parc Marie-Victorin, groupe d'allure 5:30/km avec [[P:Steph L.]] Apportez vos gourdes, la fontaine du chalet est encore fermée. #FouléesDuRichelieu #DemiLongueuil #Team[[P:Kwame]]"""),

(1, "en", "instagram", "C", [], """Sunrise 10K along the Route du Phare in Cap-des-Rosiers this morning 🌅 Bib 208, 52:14, my slowest 10K ever and I honestly don't care, the view of Forillon was worth every second.
Huge thanks to @[[P:meg.oconnell_runs]] for pacing me through the hill at km 7, and to the volunteers at the Gaspé water station handing out orange slices 🍊
Next up: the Rimouski half in September. Still following the Hal Higdon Novice 2 plan, week 9 of 12.
#GaspesieRuns #Forillon #10K #runnersofinstagram"""),

(2, "fr", "facebook", "B", [], """♟️ Club d'échecs de Trois-Rivières — résultats de l'Open du samedi (5 rondes, cadence 45+15)
1. [[P:Hoang Van Minh]] (1987) — 4,5/5
2. [[P:Isabelle Gauthier-Roy]] (1842) — 4/5
3. [[P:TREMBLAY, Jean-Sébastien]] (1910) — 3,5/5, meilleur départage Buchholz
Prix junior : [[P:Adèle]], 11 ans, qui a sorti une Caro-Kann digne de Magnus Carlsen contre notre président 😅
Merci à la Fédération québécoise des échecs pour l'homologation, et à la Brûlerie Saint-Maurice pour le café.
Prochain tournoi le 14 mars, salle du sous-sol de l'église Saint-Philippe, [[A:775, boul. des Forges]], Trois-Rivières [[Z:g9a2x4]]. Inscriptions : [[E:echecs.tr.club@example.ca]] ou [[T:819.555.0142]] (laissez un message à [[P:Gilles]])."""),

(2, "en", "linkedin", "L", [], """Something different from my usual posts on commercial leases 🙂
Last night my partner [[P:Eleanor Fitzgerald]] and I won the Tuesday evening duplicate at the Westmount Bridge Club with 62.4%, our first section top in the ACBL Open Pairs since we started playing together in 2021.
Three things bridge keeps teaching me about litigation:
1. Count the whole hand before you commit. Stayman and Blackwood are tools, not a plan.
2. Your partner cannot read your mind; say what you hold.
3. A bad board is one board. Board 19 was a disaster (4♠ doubled, down three) and we still won.
If anyone at the firm wants to learn, the Montreal Bridge League runs beginner lessons on Thursdays at Dawson College. #bridge #lifelonglearning"""),

(3, "fr", "facebook", "S", [], """À VENDRE — collection de cartes de hockey de mon défunt beau-père [[P:Réjean Beauregard]] 🏒
• Guy Lafleur O-Pee-Chee 1971-72 recrue, coin un peu usé : 450 $
• Cole Caufield Young Guns Upper Deck 2021-22, PSA 10 : 325 $
• Lot de 80 cartes des Nordiques (Peter Šťastný, Michel Goulet, Joe Sakic recrue) : 120 $
• Boîte scellée Série 1 Upper Deck 2023-24 : 190 $
Pas d'échange, pas de livraison, ramassage à Saint-Hyacinthe seulement. Texto au [[T:450 555-0187]], demandez [[P:Francine]]. Les gens de Marketplace qui offrent 20 $ pour le Lafleur, svp non merci 🙃"""),

(3, "en", "instagram", "R", [], """PC addition of the week 🔥 2018 Topps Chrome Shohei Ohtani rookie refractor, numbered 077/499, pulled by my son [[P:Jayden]] at the Laval card show on Saturday. He traded @[[P:dom_lapointe.cards]] a stack of Canadiens base and a Nick Suzuki auto for it and I have never been prouder of a 12-year-old negotiator.
Sending it to PSA this week (order #4471-2209, fingers crossed for a 9).
Also grabbed a signed Juraj Slafkovsky puck for the trophy case at school. #thehobby #whodoyoucollect #GoHabsGo"""),

(4, "fr", "instagram", "C", [], """Karaoké du jeudi au Brise-Bise à Gaspé 🎤🎶 Soirée ben trop drôle!!
[[P:josee]] nous a fait du Céline (Pour que tu m'aimes encore, tonalité originale, respect 🙌), la grande [[P:Jo]] pis son chum [[P:Ti-Pit Cloutier]] ont massacré Bohemian Rhapsody avec tout le bar en back vocal, pis [[P:Anne-Marie Huard]] a fermé la place avec du Paul Piché à minuit et demi.
La prochaine fois c'est moi qui fais Les Colocs, promis. #karaokeGaspé #jeudisoir #Gaspésie"""),

(4, "en", "facebook", "B", [], """OPEN MIC — Friday night at Casa del Popolo on Saint-Laurent, doors 8 pm. Sign-up list so far (10 min max each, 2 songs or one set of poems):
1. [[P:Priya Raman]] — original folk
2. [[P:DANNY "BIG D" OKAFOR]] — spoken word
3. [[P:sean mcallister]] — Irish trad on the bodhrán
4. [[P:Camila Restrepo]] — covers (Mercedes Sosa, Cat Power)
5. me, reading a short story that is definitely NOT about the Code of Professional Conduct of Lawyers 😂
6. open
7. open
Want a slot? Comment or e-mail [[E:openmic.casa.fridays@example.com]]. Guest host: [[P:Mylène]] from Radio Centre-Ville."""),

(1, "fr", "instagram", "L", [], """Ultra-Trail Harricana 65 km ✅✅ 9h47min12s, 41e au général, pis j'ai pas braillé (bon, un peu au ravito du Mont du Lac des Cygnes).
Dossard 4402 s'en va sur le mur du bureau à côté de mon diplôme de McGill 😂
Merci à mon pacer [[P:Jean-François "JF" Tremblay]] qui m'a parlé de fiscalité pendant 15 km pour que j'oublie mes cuisses, pis à [[P:Ti-Jean]] pis [[P:Marie-Soleil]] à l'assistance avec les pâtes pis le Coke.
Charlevoix, t'es belle mais t'es raide. Prochain objectif : le 80 km à Orford. #UTHC #trailrunning #Charlevoix"""),
]

# ---------------- batch 2 ----------------
POSTS += [
(4, "fr", "facebook", "S", ["PRIVATE_EVENT_DISCLOSURE", "LOCATION_DISCLOSURE", "SURVIVOR_IDENTIFICATION"], """Vendredi 19h c'est SOIRÉE KARAOKÉ pour les résidentes dans la grande salle de la maison, [[A:212 rue des Érables]], porte de côté 🎤✨ Les bénévoles qui veulent aider avec la pizza, arrivez vers 18h15.
Liste d'inscription au babillard de la cuisine : déjà [[P:Nadia]] (arrivée en janvier avec ses deux petits, elle veut chanter du Ginette Reno!), [[P:Mme Chantal Pelletier]] du 2e, pis [[P:Rosalie]] qui va faire du Cœur de pirate.
Le micro sans fil est réparé grâce à [[P:Yvon]] de la quincaillerie Patrick Morin 🙏"""),

(1, "en", "facebook", "C", ["CONSENT_REQUIRED"], """So proud of our Hôpital de Maria lunch-run crew 💙 Six of us did the Baie-des-Chaleurs 5K on Sunday in our scrubs for the Fondation's fundraiser.
Photo below: [[P:Kevin Arsenault]] (ER night shift, 24:31!), our unit clerk [[P:Shirley Barter]], [[P:Dr Anjali Mehta]] from family medicine, and [[P:Lise]] from housekeeping who beat every one of us 😂
We raised $2,340 for the new pediatric wing. Same time next year, Carleton-sur-Mer! #CISSSGaspesie #BDC5K"""),

(2, "fr", "facebook", "R", ["DISPARAGEMENT"], """Championnat scolaire d'échecs de la Montérégie à Saint-Jean-sur-Richelieu hier. Nos jeunes de l'École secondaire Mgr-Euclide-Théberge ont fini 2e par équipe, bravo à [[P:Thomas Nguyen]] (5/6) pis [[P:Yasmine Belkacem]] qui a annulé contre la tête de série 🥈
Par contre l'arbitre en chef, [[P:M. Réal Pépin]]... un vrai clown. Incapable de lire une pendule, il a donné la partie à l'autre équipe sur un drapeau tombé qui était même pas tombé. Du monde de même devrait pas avoir le droit d'arbitrer des jeunes, franchement pathétique. 🤡"""),

(3, "en", "instagram", "S", [], """Is tradingcardsoutlet-canada dot something legit?? I ordered a 2022-23 Connor Bedard Young Guns pre-sale box (order 88231-QC) and now they're asking me to "re-confirm" my card number [[CC:4752 1358 7886 6470]] by e-mail 😬 Already called the bank. Lesson learned, stick to Carte Sportive Mascouche and the guys at the Montreal Card Show.
If you got the same e-mail from "[[P:Brandon Whitfield]]" at [[E:b.whitfield.sales@example.net]], don't answer it. #thehobby #scamalert #hockeycards"""),

(1, "fr", "linkedin", "B", [], """Petite fierté personnelle : Marathon international de Montréal complété hier en 3:27:58, qualification pour Boston dans la catégorie 55-59 🎉
Étant [[D:né le 12 avril 1969]], c'était ma dernière chance dans la catégorie 50-54… raté, mais au final le temps passe dans la suivante 😅
Un merci sincère à ma collègue [[P:Me Valérie Nadeau-Ouimet]], qui m'a convaincu il y a quatre ans au 5 km du Barreau de Montréal, et au Club de course Mile-End pour les fractionnés du mardi.
La préparation d'un marathon ressemble étrangement à celle d'un procès : 16 semaines de travail pour 3 heures et demie où tout peut arriver. #course #marathon #avocats"""),

(2, "en", "instagram", "S", [], """Wednesday bridge at the Légion in Pointe-Claire ♠️♥️♦️♣️ 14 tables tonight, a record! Results: N-S top to [[P:Dorothy]] & [[P:Frank Kowalczyk]] (58.9%), E-W top to [[P:bev]] and her new partner [[P:Aurelio Mendes]], who apparently learned Jacoby transfers on YouTube last month.
Reminder: no game on Dec 24 or 31. Coffee is still $1, cookies are still free, and yes, [[P:Margaret]], we found your reading glasses in the Scrabble box. #bridge #PointeClaire #duplicatebridge"""),

(4, "en", "linkedin", "R", [], """Our student-athletes are more than their stats 🎤 On March 21, the Richelieu-Yamaska school athletic associations are hosting an Open Mic Night at the Cégep de Saint-Hyacinthe auditorium to fund travel to the provincial championships.
Sign-up for performers (students, coaches, parents) closes March 7. Call the athletics office at [[T:(450) 555-0119, ext. 2214]] or write to [[E:openmic.rseq.sthyacinthe@example.org]]. Tickets $10, students $5.
Big thanks to Desjardins Caisse de la Région de Saint-Hyacinthe and Pizzeria Chez Tony for sponsoring. #RSEQ #StudentAthletes #Montérégie"""),

(3, "fr", "facebook", "L", [], """Question pour les collectionneurs : ça vaut-tu la peine d'envoyer une carte chez PSA quand les frais sont rendus à 75 $ US pis 4 mois d'attente, versus SGC ou BGS? J'ai une couple de Young Guns des Canadiens (Slafkovsky, Hutson) pis un Mario Lemieux de 1985 O-Pee-Chee qui dort dans un top loader depuis 30 ans.
Votre expérience avec le pré-triage au Salon des collectionneurs de Laval? Merci d'avance 🙏 #hockeycards #PSA"""),
]

# ---------------- batch 3 ----------------
POSTS += [
(1, "fr", "facebook", "C", [], """Ça y est, j'suis inscrite au 42 km de la Traversée de la Gaspésie en février 🥶🏃‍♀️ Le formulaire demande d'écrire ton numéro d'assurance maladie au dos du dossard au cas où, fait que c'est fait : [[R:LAPM 7553 2218]] au marqueur noir, pis le dossard 117 est collé sur le frigo.
Mon plan : courir de Sainte-Anne-des-Monts à Mont-Saint-Pierre avec les crampons pis pas geler ben raide. Si quelqu'un de Matane veut faire du covoit, écrivez-moi, ou appelez mon chum [[P:Dany]] au [[T:418–555–0176]] (il est toujours debout à 5h anyway)."""),

(1, "en", "linkedin", "L", [], """Sub-20 5K at Parc Jean-Drapeau this morning. 19:58!! Thank you coach [[P:Rania]] 🙏"""),

(2, "fr", "linkedin", "B", [], """Décision intéressante de la Cour supérieure sur l'exclusion d'un club d'échecs d'une fédération sportive (dossier [[C:500-17-121905-242]]). Le juge Lemieux rappelle que les règlements d'une personne morale sans but lucratif lient ses membres, mais que l'équité procédurale s'applique quand l'exclusion équivaut à une sanction.
Pour les OBNL sportifs et les fédérations (FQE, FIDE, etc.) : révisez vos règlements généraux avant la prochaine AGA. Un avis de convocation de 10 jours, ça ne s'improvise pas. #OBNL #droitassociatif #échecs"""),

(2, "en", "facebook", "C", ["CONSENT_REQUIRED"], """Took [[P:Mr. Gerald Hayes]], one of the gentlemen who lives with us at our RI in New Carlisle, back to the Thursday bridge game at the Anglican church hall today 🃏 First time since his fall in August and he and his old partner [[P:Winnie MacWhirter]] came second with a small slam in hearts!
He turns 88 next week and says he's still playing Goren point count "because that's how God intended it" 😂 Photo of the two of them below. #Bonaventure #bridge #gaspesie"""),

(3, "en", "facebook", "B", [], """Trade night this Thursday 🃏 at Cartes & Collections Vo ([[A:4150 Saint-Denis Street, suite 3]], Montréal, [[Z:h2w 2m5]]), 6 to 10 pm. I'll have my binder of 90s Expos (Larry Walker, Pedro Martínez, Vladimir Guerrero rookies) and a signed Georges St-Pierre glove that I'm NOT selling, so don't ask 😅
[[P:Minh Vo]] says tables are first-come, first-served; call the shop at [[T:+1 514 555 0163]] to hold one. See you there @[[P:frank_lo_presti]] and @the.card.lawyer? (no, that's not me)"""),

(3, "fr", "instagram", "R", [], """Mon gars a pogné un Lane Hutson auto /25 dans un pack à 8 $ 😱😱 #hockeycards #Habs"""),

(4, "en", "instagram", "S", [], """🎤 BENEFIT OPEN MIC — the final lineup! 🎤
Saturday, 7 pm, at Le Ministère on Saint-Laurent. All proceeds go to the shelter's children's program. Suggested donation $15, nobody turned away. Here's who signed up (in order, 8 min each):

1. [[P:Wideline Jean-Baptiste]] — Haitian Kreyòl poetry + an Emeline Michel cover
2. [[P:Lucassie Qumaluk]] — throat singing with her cousin [[P:Annie]] 🙌
3. [[P:tonino distefano]] — "Volare" but make it punk
4. [[P:Maricel dela Cruz]] & the Verdun Tita Choir — OPM classics
5. [[P:KAHENTIIOSTA DEER]] — original songs, guitar
6. [[P:Wei Zhang]] — pipa solo, then Leonard Cohen's "Hallelujah" (we tried to stop him, we failed)
7. [[P:Shanice Bellefleur]] — Innu-aimun / French spoken word
8. [[P:Ollie "Doc" Brennan]] — Irish ballads, bring tissues
9. [[P:Fatou Ndiaye]] — kora + vocals
10. Dolly Parton medley by our board treasurer [[P:Carol-Ann]] (yes, really, yes, there will be a wig)

Hosted by @[[P:ines.moreau.mtl]] with sound by @[[P:rico_sound_qc]]. Raffle prizes from Archambault, Fairmount Bagel and the Canadiens (two tickets vs the Bruins!).
If you'd like to donate but can't make it, e-tranfer to [[E:dons.openmic2025@example.org]] (auto-deposit on). Questions about accessibility: text [[T:514 555 01 88]].
Thank you to everyone who keeps this work going all year 💜 #openmic #Montreal #benefitnight #endGBV"""),

(4, "fr", "facebook", "L", [], """Question sérieuse 😅 Le bar où j'anime le karaoké du mercredi à Verdun veut me payer « en règle » à partir de janvier (enfin!!). Le gérant m'a demandé mon NAS par Messenger pis j'y ai envoyé : [[S:436 635 296]]. C'est-tu normal qu'y le demande de même, pas sur un formulaire TP-1015.3 ou de quoi? Je travaille dans un bureau d'avocats le jour pis je sais même pas ça 🙈
En attendant, ce mercredi c'est soirée spéciale Star Académie, inscriptions sur la feuille au bar avec [[P:Ti-Mé]] ou la belle [[P:Sandrine]]."""),
]
