POSTS = [
# ---------- batch 1 ----------
("s1","fr","facebook","R",[],
"""Récital de fin d'année à l'église Saint-Joseph de Chambly hier soir 🎹🎻 Tellement fière de mes élèves!! [[P:léa-rose]] a joué la Lettre à Élise sans partitions, [[P:Thomas B.]] a survécu à son Clementi, pis le petit [[P:Nguyen Minh Khoa]] (7 ans!!) a fait pleurer sa grand-mère avec Au clair de la lune. Merci à [[P:Mme Huguette Lapierre]] au violon pour l'accompagnement et à [[P:ti-guy]] pour le son. Prochain récital : juin, à la salle Desjardins de l'école secondaire Jacques-Rocheleau. #[[P:LéaRose]]aupiano #musique #Chambly"""),

("s1","en","instagram","L",[],
"""Took my Grade 6 RCM piano exam this morning, at 41, after a full week of closings 😅 Debussy's Clair de lune, a Bach invention and a Kabalevsky toccatina. Huge thanks to my teacher [[P:Mrs. Bernadette O'Driscoll]] who never once laughed at me, and to [[P:deepa]] for lending me her Yamaha when mine went out for tuning. Next stop: the Oscar Peterson Concert Hall open mic, if @[[P:bern.odriscoll]] lets me 🎶 #adultbeginner #pianolife #Westmount"""),

("s2","fr","facebook","S",[],
"""Grosse réunion des [[P:Gagnon dit Belzile]] ce samedi au chalet de mon oncle [[P:Réal]] au lac Témiscouata 🎉 4 générations, 63 personnes, 3 tourtières du Lac-Saint-Jean pis une guerre de fers à cheval. Grand-maman [[P:Thérèse Belzile]] (née [[P:Pelletier]]) a eu 94 ans, elle a reconnu tout le monde sauf le chum à [[P:Josée]]... [[P:Marc-André]]. Merci à ma belle-soeur [[P:Carole]] pis à tante [[P:Gisèle]] dite "[[P:la Grande]]" pour l'organisation! Les photos sont dans le groupe « Cousins [[P:Belzile-Pelletier]] »."""),

("s2","en","facebook","C",[],
"""REMINDER for the [[P:O'Neill]]–[[P:Loiselle]] family reunion, Sunday Aug. 17 at the Douglastown community hall (Gaspé). Potluck, bring chairs. Grandpa [[P:Seamus O'Neill]]'s side is doing the lobster, the [[P:Loiselle]] in-laws are doing desserts (please, no more than 4 sugar pies, aunt [[P:Dot]]). If you married in, bring your maiden-name tag: [[P:Kathleen]] (née [[P:Sirois]]), [[P:Marie-Eve]] (née [[P:Chicoine]]), you know who you are 😂 RSVP to cousin [[P:Bridget]] at [[T:(418) 555–0174]] or [[E:bridget.oneill.gaspe@gmail.com]] by Aug 1. Cost $15/adult, kids under 12 free."""),

("s3","fr","facebook","C",[],
"""Fin de session en francisation au Centre Marie-Guyart de Gaspé!! mon prof [[P:madame nathalie]] a di que je parle "comme une vraie gaspésienne" maintenant lol. Merci a mes ami de classe [[P:yesenia]], [[P:Ahmad al-Khatib]], [[P:MAMADOU DIALLO]], [[P:Olena]] et [[P:tran van duc]] on a fait la cabane à sucre ensemble et [[P:Olena]] a mangé 4 oreilles de crisse 😂 prochain niveau en janvier. Vive le Québec, vive le pâté chinois!"""),

("s3","en","instagram","B",[],
"""Day 1 of francisation at the Cégep Marie-Victorin 🇨🇦 Trained as a lawyer in Lagos, now starting over with "Bonjour, je m'appelle…". Our teacher [[P:Mr. Benoît]] made us introduce each other: [[P:Chiamaka]] from Nigeria like me, [[P:jose luis ramirez]] from Bogotá, [[P:Farah Haidari]] from Kabul, [[P:Wei]] from Chengdu. The Barreau equivalency exams are next year, one subjonctif at a time 📚 #francisation #newcomer #ÉquivalenceBarreau"""),

("s4","en","linkedin","L",[],
"""Twenty years ago this week I walked into the Sherbrooke Street office of what was then a twelve-lawyer firm, with a McGill law degree, a borrowed suit and absolutely no idea what a motion to dismiss looked like.

A few reflections, because a junior asked me last week what I wish I'd known.

1. Find the person who reads your drafts in red ink. For me that was [[P:Me Lorraine Whitfield]]. She returned my first factum with more ink than text and a sticky note: "Good bones. Now cut 40%." I still hear that note.

2. Learn from people outside your practice area. [[P:Gérald Fortier]], our office manager for 31 years, taught me more about clients than any CLE course ever did.

3. Read the great judgments, not only the recent ones. Justice Rosalie Abella's writing on equality changed how I structure an argument, and I reread Chief Justice Beverley McLachlin's speeches every few years.

4. Take the Bar's mentorship program seriously, on both sides. My mentee [[P:Priya Raghunathan]] is now a partner in Calgary and still calls me out on my run-on sentences.

5. Say thank you out loud. To my first assistant, [[P:Angela Mancuso]], who retired in March: nothing I filed in those years went out without your eyes on it.

Grateful to the team at the firm, to the Faculty of Law at McGill, and to the clients who trusted a very green associate. On to the next twenty.

#Law #Mentorship #Litigation #Montreal"""),

("s4","fr","linkedin","B",[],
"""15 ans de Barreau aujourd'hui. Petit bilan, parce que les anniversaires servent à ça.

J'ai fait mon droit à l'Université Laval en pensant devenir fiscaliste. Un stage à l'Aide juridique de Rimouski a tout changé : [[P:Me Jean-Pierre Ouellet]], avocat de la défense depuis 1982, m'a appris qu'un dossier, c'est d'abord quelqu'un qui a peur. Il m'a aussi appris à manger un club sandwich en 4 minutes entre deux comparutions.

Ensuite, l'École du Barreau à Québec, où [[P:Me Sylvie Després-Landry]] nous répétait « la preuve, la preuve, la preuve ». Je l'entends encore.

Mes premiers plaidoyers au palais de justice de Rimouski, ma première défaite devant la Cour d'appel, et la lecture (trois fois) de l'arrêt Jordan, qui a changé nos pratiques du jour au lendemain.

Merci à mes associées, [[P:Me Karine Saint-Laurent]] et [[P:Me Amina Benhaddou]], d'avoir dit oui à un cabinet de trois avocates en région quand tout le monde nous disait de descendre à Montréal. Merci au Jeune Barreau du Bas-Saint-Laurent pour les 5 à 7, les formations et les amitiés.

Et merci à mon père, [[P:Gilles]], qui est venu à mon assermentation en habit de motoneige parce qu'il sortait du bois. C'est la plus belle photo de ma carrière.

Aux stagiaires qui me lisent : posez des questions. Toutes. Même les niaiseuses.

#Barreau #DroitCriminel #BasSaintLaurent #Mentorat"""),
# ---------- batch 2 ----------
("s1","en","facebook","S",[],
"""Spring recital done ✅ My son [[P:Noah]] played "Skyfall" on the cello (Adele would be proud, or at least not offended) and his best friend [[P:kenji]] nailed the Bach minuet. Shout-out to their teacher [[P:Ms. Ananya Krishnamurthy]], who is taking new students this summer, Saturdays at [[A:212 rue Sainte-Anne, app. 4]], Saint-Hyacinthe [[Z:j2s5h7]]. Ask her at [[T:450.555.0163]] or [[E:ananya.cello@outlook.com]] — tell her [[P:Noah]]'s mom sent you 😄"""),

("s1","fr","instagram","C",[],
"""Frissons ce soir à la Salle Jean-Marc-Dion de Sept-Îles : création d'une pièce pour quatuor à cordes inspirée du Rocher Percé. La Gaspésie en musique, enfin! 🎻🌊 #musiquecontemporaine #Gaspésie #quatuor"""),

("s1","fr","facebook","R",[],
"""Ma cocotte a eu 10 ans aujourd'hui (née le [[D:12 mai 2015]] à 23h58, elle a toujours aimé les entrées dramatiques 😅) et elle a fêté ça... en jouant son premier concerto de Vivaldi au récital Suzuki de l'École de musique Vincent-d'Indy! Merci à [[P:Mme Dufresne]] pour sa patience infinie et à papi [[P:Jacques]] qui a filmé tout le récital à la verticale. Fière maman, pas coach de volley pour une soirée. #[[P:Rosalie]]10ans"""),

("s2","en","instagram","R",[],
"""The [[P:Lavoie dit Laflamme]] cousins, 1 weekend, 41 people, 4 generations 🏕️ Camping Domaine du Lac Brome will never be the same. Great-grandma [[P:Yvette]] taught the teens euchre, uncle [[P:Bob]]'s Pontiac finally died in the parking lot, and [[P:Jess]] married into this madness last fall and survived her first "qui c'est ton père à toi?" interrogation. #[[P:LavoieditLaflamme]] #cousinsbythedozen #Team[[P:Jess]]"""),

("s2","fr","facebook","L",[],
"""📣 Conventum des descendants de [[P:Joseph-Ovila Tremblay dit Picoté]] et [[P:Délima Girard]] — samedi 20 septembre, Salle des Chevaliers de Colomb, [[A:1455 rue Notre-Dame]], Saint-Félicien [[Z:G8K 1Z9]]. Souper méchoui 35 $, gratuit pour les moins de 12 ans. Inscription par virement Interac à [[E:cousinade.tremblay.picote@videotron.ca]] (réponse : PICOTE2025) ou par téléphone à cousine [[P:Monique]], [[T:4 1 8 - 5 5 5 - 0 1 9 8]]. Apportez vos vieilles photos, [[P:Raymond]] va les numériser sur place!"""),

("s3","en","facebook","S",[],
"""Last night of my Tuesday francisation class at the Bibliothèque Gabrielle-Roy. Our group: [[P:rosa maria]] (Honduras), [[P:Abdi]] (Somalia), [[P:Joy Dela Cruz]] (Philippines), [[P:Oksana]] (Ukraine), [[P:mohamed amine]] (Algeria) and me, from Cork. Our teacher [[P:Francine]] says my accent is "irlandais-québécois" which I'm taking as a compliment. We finished with a potluck: pupusas, pancit, borscht, and my very sad shepherd's pie vs. [[P:Francine]]'s real pâté chinois. See you in level 4!"""),

("s3","fr","instagram","R",[],
"""J'AI ENFIN MA CARTE SOLEIL!!! 🎉🎉 après 3 mois d'attente. mon prof de francisation [[P:mme Lucie]] m'a aidé pour le formulaire. photo : [[P:DIALLO MAMADOU]] [[R:DIAM 9003 1412]] lol je suis officiellement québécois. ce soir je coach mes gars de basket juvenile à l'école Mgr-A.-M.-Parent quand même 🏀 #francisation #nouvelarrivant"""),

("s4","fr","linkedin","C",["CONSENT_REQUIRED"],
"""Après 27 ans au réseau de la santé, je prends ma retraite vendredi. Quelques mots, parce que je ne serai pas capable de les dire au party sans brailler.

J'ai commencé comme infirmière auxiliaire à l'Hôpital de Maria en 1998, fraîchement sortie du Cégep de la Gaspésie et des Îles. Ma première cheffe d'unité, [[P:Denise Arsenault]], m'a appris à lire un patient avant de lire son dossier. Mon collègue [[P:Roger Bujold]], préposé aux bénéficiaires, m'a appris à rire à 3 h du matin.

En 2012, j'ai fait le saut en gestion des ressources intermédiaires. [[P:Nadia Cyr]], coordonnatrice à Chandler, m'a montré comment accompagner une famille d'accueil sans l'écraser sous les formulaires, et [[P:Dr Étienne Poirier]] m'a prouvé qu'un médecin peut répondre à ses courriels le jour même.

Merci aussi à toute l'équipe de Bonaventure, à [[P:Sonia]] et à [[P:Jean-François]] de la DI-TSA, aux responsables de ressources qui ouvrent leur porte à des gens que tout le monde a oubliés.

La Gaspésie, c'est loin de tout, mais c'est proche du monde. Je m'en vais au bord de la baie des Chaleurs faire du kayak. On se croise au quai de Carleton-sur-Mer!

#CISSS #Gaspésie #Retraite #Reconnaissance"""),

("s4","en","linkedin","R",[],
"""Ten years ago I was a phys-ed student at Université de Sherbrooke who thought "event management" meant ordering pizza for the volleyball team. This week I was named coordinator for the Montérégie region's secondary-school leagues. A few people deserve credit.

[[P:Michel Gendron]], my high school basketball coach at Polyvalente Robert-Ouimet, who made me referee a juvenile game at 15 because I wouldn't stop complaining about the refs. Lesson learned.

[[P:Dr. Carolyn Boisvert-Hughes]], my kinesiology thesis supervisor, who insisted that every program I designed be tested on real kids in real gyms, not on spreadsheets.

[[P:Patrice]] and [[P:Nadège]] at the Saint-Jean-sur-Richelieu office, who showed me that a league calendar is a diplomatic treaty between 38 schools, 4 arenas and one very busy Zamboni.

And the athletes who make it all worth it. I watched Laurent Duvernay-Tardif talk about balancing medicine and football at a conference in 2019, and I still quote him to every student-athlete who thinks they have to choose.

To every volunteer scorekeeper in a cold gym at 8 a.m. on a Saturday: you are the league. Thank you.

#StudentAthletes #Montérégie #SportScolaire #Leadership"""),
# ---------- batch 3 ----------
("s1","en","linkedin","B",[],
"""A slightly different post today. On Saturday, the string quartet I wrote during my parental leave was premiered at the Chapelle historique du Bon-Pasteur by four members of the Orchestre Métropolitain. I have been a litigator for 16 years and a composer for about 16 months, so this is a strange feeling.

Thank you to my composition teacher, [[P:Dr. Anh-Thu Lê]], who told me that a fugue and a cross-examination have the same structure (she's right). Thank you to [[P:Me François-Xavier Bellemare]] for covering my files on the Thursday of dress rehearsal. And thank you to the Barreau de Montréal's Arts & Law committee for the concert series that made it possible.

Music and law both reward patience, listening and knowing when to stop talking. Working on the second movement now."""),

("s1","fr","facebook","L",[],
"""À VENDRE : piano droit Heintzman 1978, noyer, accordé en mars (facture #A-20417 dispo). 1 200 $ négociable, vous devez le déménager (3e étage sans ascenseur, désolée d'avance 😬). Mon prof de piano [[P:Yvon]] dit que c'est le meilleur qu'il a vu sous 2 000 $. Mon fils a lâché la musique pour le hockey, donc... Écrivez-moi en privé ou [[T:+1 514 555 0131]], sur le Plateau près du parc La Fontaine."""),

("s2","en","facebook","B",["PERSONALIZED_LEGAL_ADVICE"],
"""Great time at the [[P:Murphy]]–[[P:Gauthier]] reunion in Shawville this weekend, 70-something cousins and one very stressed barbecue. Since half of you cornered me by the horseshoe pit: cousin [[P:Pat]] — yes, with your separation, you should file a request for interim child support right away at the Campbell's Bay courthouse, don't wait until the house is sold. And [[P:Denis]], your neighbour's cedar hedge is on your side of the line according to your certificate of location, so send him a formal notice before you cut anything. You're welcome, the invoice is in the mail 😉"""),

("s2","fr","instagram","S",[],
"""Rassemblement de la famille à Wemotaci ❤️ 5 générations sur la même photo! kokom [[P:Cécile Ottawa]] au centre avec ses 11 enfants, 38 petits-enfants pis on a arrêté de compter les arrière-petits. [[P:Awashish]], [[P:Petiquay]], [[P:Flamand]], [[P:Quitich]], toute la gang était là. Merci [[P:Sipi]] pour le bannique pis la soupe à l'orignal. Kitci mikwetc! #Atikamekw #Wemotaci #famille"""),

("s2","en","facebook","L",[],
"""@[[P:carole.ferreira.lamy]] for the hall deposit for the [[P:Ferreira]] reunion, just use my card, it's [[CC:4532 0151 1288 3308]] exp 08/27, I'll sort it out with everyone after. Mom (née [[P:Medeiros]]) says the bacalhau is non-negotiable. Also Tio [[P:Manuel]]'s side confirmed 22 people, the [[P:Lamy]] in-laws are 9. Hall booking ref is CV-2025-0913, Casa dos Açores on Saint-Laurent."""),

("s3","fr","facebook","B",[],
"""Ce matin, atelier « Vos droits comme locataire » à la classe de francisation de [[P:Mme Parisa Rahimi]] au Centre Saint-Louis. Quinze apprenants, neuf pays, zéro question niaiseuse. On a parlé du Tribunal administratif du logement, du bail de la Régie, de la fameuse « clause G » et de pourquoi on ne donne jamais de dépôt de garantie au Québec. Merci à Éducaloi pour les fiches en français simplifié. Prochain atelier : l'emploi, en novembre."""),

("s3","en","instagram","C",[],
"""6 month in Gaspé 🌊 from Batangas to the Baie de Gaspé lol. Francisation every night after my shift, teacher [[P:madame chantal]] is so patient with me and [[P:Jhun]] and ate [[P:Marites]]. today I receive my NAS letter finally, [[S:347 296 154]] haha now I am real Canadian worker 😂 my first apartment on [[A:32 rue de la Reine]] is small but I see the water. Salamat Gaspésie! #pinoyinquebec #francisation"""),

("s4","fr","linkedin","S",[],
"""Vingt ans d'intervention en violence conjugale. J'ai hésité avant d'écrire ce post, parce que dans notre métier, on apprend à parler peu de soi. Mais les anniversaires, ça se souligne.

J'ai fait un bac en travail social à l'UQAM en pensant travailler en DPJ. C'est un stage, en 2005, qui m'a amenée en maison d'hébergement. Ma superviseure, [[P:Micheline Rousseau]], m'a dit la première journée : « Ici, tu ne sauves personne. Tu crois les femmes, pis tu les accompagnes. » Je le répète encore aux stagiaires.

Merci à [[P:Ginette Charbonneau]], qui m'a appris à rédiger une demande de subvention sans perdre mon âme, et à [[P:Yasmina Belkacem]], qui m'a montré ce qu'est l'intervention féministe interculturelle bien avant que ce soit à la mode.

Merci au Regroupement des maisons pour femmes victimes de violence conjugale pour les formations, et aux personnes élues qui ont porté le rapport Rebâtir la confiance à l'Assemblée nationale en 2020 : ça a changé des choses, pour vrai.

Et merci aux femmes. Vous ne lirez jamais ceci, et c'est très bien comme ça.

#ViolenceConjugale #TravailSocial #Intervention #20ans"""),

("s4","en","linkedin","B",["CLIENT_CONFIDENTIALITY"],
"""Some days remind you why you went to law school.

Yesterday the Court of Appeal granted our appeal in [[P:Dubois]] v. Ville de Longueuil ([[C:500-09-029871-219]]). For four years my client, [[P:Mr. Réjean Dubois]], a 68-year-old retired welder, fought the city over a flooded basement on Rue Saint-Charles that the city's own engineers admitted was caused by a blocked storm sewer. He never gave up, even when his wife [[P:Lise]] got sick during the trial.

What I learned along the way:

- Expert evidence wins or loses these files. Thank you to [[P:Ing. Marc-Olivier Tran]] for the most patient expert report I have ever read.
- Juniors carry more than we give them credit for. [[P:Me Samira Haddad]] built the chronology that the Court quoted in paragraph 41.
- Mentors matter. My former principal at Université de Montréal, [[P:Prof. Hélène Cormier]], taught me to write for the judge who has ten minutes, not the one who has ten hours.

To [[P:Mr. Dubois]]: it was an honour. Enjoy the new basement.

#Litigation #CourtOfAppeal #Quebec #Municipal"""),
]
