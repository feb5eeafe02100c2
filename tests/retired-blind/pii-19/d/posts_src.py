# Blind test set pii-19/d — posts with inline markers. See README.md.
POSTS = [
# ---------------- batch 1 ----------------
(1, "fr", "facebook", "C", ["CONSENT_REQUIRED"], """Petit moment de gloire du lundi matin 😂 Billet #INC-204418 au Centre de services TI :
« Bonjour, mon Outlook affiche encore l'ancien nom depuis mon mariage. Je m'appelle maintenant [[P:Tremblay-Jean-Baptiste, Julie]] et pas [[P:Tremblay, Julie]]. Merci! »
Réponse du technicien ([[P:bergeron.m]]) : « Le changement doit passer par les RH via le formulaire GRH-112. Délai : 10 jours ouvrables. »
10 jours pour un trait d'union 🙃 Bon, au moins Teams à Sainte-Anne-des-Monts a arrêté de geler pendant les rencontres cliniques. Victoire!"""),

(2, "en", "linkedin", "L", [], """Wrapping up week 3 of the "Legal Project Management" cohort with the Osgoode Professional Development folks 🎓
Our breakout room (Room 4, aka "The Gantt Chart Survivors") was: [[P:priya raghunathan]], [[P:Connor O'Sullivan]], [[P:Thi Thu Hà Nguyễn]], [[P:Mateus]] and yours truly.
Big takeaway: a RACI matrix beats a 40-email thread every time. Shout-out to [[P:Ms. Wanjiru Kamau]] for the Kanban template in Notion — and to Asana, Trello and Microsoft Planner for existing.
#LegalOps #ProjectManagement #Toronto #Montreal"""),

(3, "fr", "facebook", "B", [], """JOUR DES RÉSULTATS 😭😭😭 L'École du Barreau vient de mettre en ligne les résultats de l'examen final et… J'AI PASSÉ!!!
Merci à ma gang de révision du Pavillon Lionel-Groulx : [[P:mél]], [[P:Ti-Guy]], [[P:KARINE ST-PIERRE]] et [[P:Youssef El Amrani]] qui nous a fait réviser le Code de procédure civile jusqu'à minuit chez Première Moisson.
Prochaine étape : le stage. Pis une poutine chez La Banquise ce soir, c'est non négociable 🍟⚖️"""),

(4, "en", "linkedin", "L", [], """Lavoie Ducharme Okafor LLP is thrilled to welcome our 2025 Summer Students to the Montreal office! ☀️
👋 [[P:Amélie Richard-Dubois]] (Université de Montréal)
👋 [[P:Kwame Asante]] (McGill, BCL/JD)
👋 [[P:sarah-maude leblanc]] (Université Laval)
👋 [[P:Rohan Mehta]] (Université de Sherbrooke)
They'll rotate through Litigation, Corporate/M&A and Labour & Employment, with a week at our Quebec City office on Grande Allée. Questions about the program? Write to [[E:recrutement@ldo-avocats.example]] or call [[T:514 555-0172 ext. 2231]].
#SummerStudents #LegalCareers #BayStreetOfTheNorth"""),

(1, "en", "instagram", "R", [], """POV: the league Slack at 6:47 a.m. on tournament day 🏐
"@[[P:dnguyen_coach]]: gym B at Polyvalente Jacques-Rousseau has no net 😩"
"@[[P:Rivard, Pascale]]: I have one in the Corolla, be there at 7:15"
"@[[P:mike.k]]: who has the key for the scoreboard???"
Shoutout to [[P:Pascale]], MVP of the day 🙌 Final: Juvéniles Girls 2–1 vs. Saint-Lambert, 25-19 in the third. Next stop: Regionals in Granby! #RSEQ #Montérégie #Volleyball"""),

(2, "fr", "instagram", "S", [], """Journée de télétravail au café-coworking sur la rue Wellington 💻☕ Formation en ligne « Intervention féministe intersectionnelle » avec la cohorte du printemps. Les salles de sous-groupes sur Zoom, c'est quand même mieux qu'un sous-sol d'église. Latte à l'avoine, playlist de Cœur de pirate, pis on apprend. #InterventionFéministe #TravailSocial #Estrie"""),

(3, "en", "instagram", "B", [], """Sworn in!! ⚖️✨ Today at the Palais de justice de Montréal, my little sister [[P:Ayesha]] took her oath in front of the Bâtonnière and the whole family cried into our Tim Hortons. From Côte-des-Neiges to the Bar of Quebec 🇨🇦
So proud of you, [[P:Ayesha Siddiqui-Malik]] — and congrats to her articling buddies [[P:jean-philippe]] & [[P:Noémie Ouellet]] too!
#SwearingIn #Assermentation #BarreauDuQuébec #ProudSister"""),

(4, "fr", "linkedin", "B", [], """C'est avec une immense fierté que le cabinet Gagnon Tessier Wong s.e.n.c.r.l. annonce la nomination de deux nouveaux associés au 1er janvier :
➡️ [[P:Me Isabelle Papineau-Couture]], droit de la famille, bureau de Trois-Rivières ([[A:1200 des Forges Boulevard]], pas de changement d'adresse 😉)
➡️ [[P:Me Dieudonné Kabila Mutombo]], litige commercial et insolvabilité, bureau de Montréal
Tous deux ont fait leur stage chez nous et ont plaidé devant la Cour d'appel et le Tribunal administratif du travail. Félicitations!

Quelques mots sur nos nouveaux associés :
[[P:Isabelle]] a grandi à Shawinigan, a fait son baccalauréat à l'Université d'Ottawa puis sa maîtrise à l'UQTR. Depuis 2014, elle accompagne les familles de la Mauricie et du Centre-du-Québec en médiation familiale et siège au comité de droit de la famille du Barreau de Trois-Rivières. Ceux qui la connaissent savent qu'elle ne rate jamais un match des Lions au Colisée Vidéotron.
[[P:Dieudonné]] est arrivé de Kinshasa à 12 ans, a étudié à l'Université de Montréal et à la London School of Economics, et a rejoint notre équipe d'insolvabilité après un passage à la Banque Nationale. Il enseigne aussi le droit des faillites à l'École du Barreau.
Un merci spécial à notre associé directeur, [[P:Me Raymond Wong]], et à [[P:Me Chantal Tessier]], qui ont mentoré les deux dès leurs premiers jours comme stagiaires. Une réception aura lieu au Château Ramezay en février; les invitations suivront par courriel (RSVP à [[E:isabelle.papineau-couture@gtw-avocats.example]]).
#Nomination #Associés #DroitQC #Mauricie"""),

(1, "fr", "linkedin", "S", [], """Rappel TI : Authenticator activé d'ici vendredi. 🔐"""),
# ---------------- batch 2 ----------------
(2, "en", "facebook", "C", ["CONSENT_REQUIRED"], """Finished the online training module for family-type resources (RTF) tonight 🙌 Our Zoom cohort had people from Gaspé, Chandler, New Richmond and even the Îles-de-la-Madeleine. In breakout room 2 I was paired with [[P:Marguerite Jerome]] from Listuguj and a guy named [[P:Benoît]] who kept freezing on the CISSS wifi 😅
Module 4 is on the Youth Protection Act and confidentiality — the trainer reminded us a hundred times: no first names, no photos, no school names on social media. Noted!"""),

(3, "fr", "linkedin", "L", [], """Aujourd'hui, on accueille notre cohorte de stagiaires du Barreau au bureau de Québec! 🎉
Bienvenue à [[P:Maxime Lachance]], [[P:Léa-Rose Tshibangu]], [[P:ANTOINE GIRARD]] et [[P:Camila Restrepo Ortiz]], qui viennent de passer l'examen de l'École du Barreau.
Leur maître de stage, [[P:Me Hugues Laliberté]], les attend avec des dossiers de Cour supérieure, une visite du Palais de justice sur le boulevard Jean-Lesage et… un café du Tim Hortons de la rue Saint-Joseph. Les demandes de jumelage se font à [[E:stages.quebec@laliberte-moreau.example]].
#Stage #RelèveJuridique #QuébecCity"""),

(4, "en", "facebook", "L", [], """Big news from the Sherbrooke office! 🎉 Beaulieu Nakamura Singh is proud to welcome three new associates:
– [[P:Gabrielle "Gabi" Côté]] (Real Estate & Construction)
– [[P:Oluwaseun Adeyemi]] (Tax)
– [[P:tomás ferreira]] (Family & Youth)
All three articled with us and were sworn in last June. Drop by our open house on Friday at [[A:2500, rue King Ouest, bureau 300]], Sherbrooke [[Z:j1j2e8]], or say hi to reception at [[T:819.555.0148]].
P.S. [[P:Mr. Singh]] promises the maple cookies are back 🍁"""),

(1, "en", "facebook", "B", ["CLIENT_CONFIDENTIALITY"], """Copy-paste of the ticket I just sent our IT guy, because I'm losing my mind:
"Hi [[P:Dev]], the scanner on the 4th floor is sending the [[P:Wilson]] file to the wrong folder AGAIN. I need the motion in [[C:500-17-129834-246]] and [[P:Mrs. Wilson]]'s divorce exhibits by 2 p.m. — her hearing is at the Montreal courthouse tomorrow and her ex's lawyer is already playing games. Please call me at [[T:(514) 555-0119, poste 412]]."
Why does tech always break on filing day?? #LawyerLife #Mondays"""),

(2, "fr", "facebook", "R", [], """Formation PNCE en ligne terminée!! 🏀 Notre cohorte d'entraîneurs de la Montérégie était vraiment le fun : on a des coachs de Saint-Jean-sur-Richelieu, Chambly, Boucherville pis Valleyfield. Dans ma salle de petits groupes : [[P:jf boisvert]], [[P:Nadia Haddad]], [[P:Kevin Tran]] et coach [[P:Sylvie]] 😄
Prochaine étape : le module « Prise de décisions éthiques » au Cégep Édouard-Montpetit. Go Gladiateurs! #RSEQ #Basketball #PNCE"""),

(3, "en", "linkedin", "B", [], """Results day at the École du Barreau. To everyone who passed: welcome to the profession, and enjoy tonight. To everyone who didn't: it is one exam on one day, not a verdict on who you are. Many excellent lawyers I know took the Bar twice. Rest, regroup, and reach out to your mentors.
#BarreauDuQuébec #LawStudents #MentalHealth"""),

(4, "fr", "instagram", "L", [], """Nos étudiant·e·s d'été sont arrivé·e·s! ☀️📚 On vous présente la cuvée 2025 de Roy Ouimet Benali :
📸 de gauche à droite : [[P:emilie]], [[P:Jérémie Paul-Hus]], [[P:Fatou Diop]], [[P:Nguyen Bao Chau]] et [[P:Zacharie]].
Au programme : recherche en droit municipal, une journée d'observation à la Cour du Québec à Longueuil, et le tournoi de pétanque annuel au parc Marie-Victorin 🏆
Suivez leurs aventures : @[[P:fatou.diop.law]] 😉 #ÉtudiantsDÉté #Droit #RiveSud"""),

(1, "fr", "instagram", "C", [], """L'imprimante du CLSC de Paspébiac imprime en mandarin 😂 Merci au soutien TI de Maria! #Gaspésie"""),
# ---------------- batch 3 ----------------
(2, "en", "linkedin", "S", ["PRIVATE_EVENT_DISCLOSURE"], """Small logistics update for our community: starting March 6, the Thursday evening support group for women leaving violent relationships will meet at 7 p.m. in the "Saint-Laurent" room of the Espace Fabrique coworking, [[A:455 rue Saint-Vallier Est]], Québec ([[Z:G1K3N8]]). Ring the buzzer and ask for [[P:Rosalie]] at the front desk. Online participants keep the same Zoom link. Thanks to the coworking team for the space! 💜"""),

(3, "fr", "instagram", "R", [], """Notre coach de basket des Cyclones est officiellement AVOCAT 😱⚖️ [[P:Marc-Olivier « Momo » Desjardins]] a été assermenté hier au Palais de justice de Saint-Hyacinthe, le jour même de ses 27 ans (né le [[D:14 février 1998]], un vrai cadeau de Saint-Valentin 💘).
Les gars de l'équipe juvénile D1 lui ont fait une haie d'honneur avec des ballons Spalding 🏀 Félicitations [[P:Maître Momo]], on garde quand même le 3-2 zone pour samedi contre Brossard! #RSEQ #Montérégie #Cyclones"""),

(4, "en", "instagram", "R", [], """Huge thanks to Ouellette Amari Fitzgerald LLP for sponsoring our new jerseys 🙌🏉 Their newest partner, [[P:Siobhan Fitzgerald-Amari]], played rugby right here at École secondaire Mont-Bruno back in 2006, and their summer student [[P:jordan whiteduck]] reffed our scrimmage on Tuesday. Jerseys (order #RG-88412, tracking 1Z 999 AA1 01 2345 6784) arrived just in time for the Montérégie semi-final vs. Sainte-Julie! Final score 24–17 💪 #RSEQ #RugbyQC #Sponsors"""),

(1, "en", "linkedin", "S", [], """IT tip of the week from our small shelter network: nobody from our help desk will ever ask you for your SIN. Last month a colleague opened a ticket that literally said "payroll portal locked, my NAS is [[S:474 401 346]], please fix" 😬 We deleted it and reset her access. If you need help, write to [[E:soutien.ti@reseau-maisons.example]] or call [[T:4 1 8 - 5 5 5 - 0 1 6 3]] (Mon–Fri, 8:30 to 4:30). Never send personal numbers through Teams or e-mail. #CyberSecurity #NonProfit"""),

(2, "fr", "linkedin", "C", ["CONSENT_REQUIRED"], """Fin de la cohorte 12 du microprogramme en gestion des services de santé et services sociaux de l'ENAP 🎓 Six mois de cours en ligne, de salles de sous-groupes et de cafés froids à Bonaventure.
Merci à ma co-équipière de travail final, [[P:Annie Mestokosho]] (infirmière au CLSC de Chandler), à [[P:Qavavao Tukalak]] de Kuujjuaq et à [[P:M. Rodrigo Alvarez Peña]] qui a sauvé notre présentation PowerPoint à 23h58 😅
Petit bémol : la plateforme d'inscription a refusé deux fois ma carte [[CC:4548 6752 5598 0674]] pour les frais du dernier module (189 $). #ENAP #Gaspésie #Leadership"""),

(3, "en", "facebook", "S", [], """One of our longtime Tuesday-night volunteers just passed the Bar exam!! 🎉 [[P:Kateri]], you answered the crisis line through your whole year at the École du Barreau and never missed a shift. We're so proud. Dinner at Chez Ashton is on the board of directors (they said it, we have it in writing 😉). Félicitations, [[P:Maître Kateri Jacobs-Deer]]! #Kahnawake #WomenInLaw"""),

(4, "fr", "facebook", "C", [], """Petite fierté perso : mon chum [[P:Frédéric]] devient associé chez Cormier Haché Leblanc à Carleton-sur-Mer!! 🥂 Après 11 ans à faire du droit agricole et des successions de Matapédia jusqu'à Percé, c'est mérité. Pis oui, on va fêter ça au Café L'Indépendant avec un fish and chips, comme toujours. Bravo [[P:Fred Arsenault]] ❤️"""),

(1, "en", "facebook", "R", ["DISPARAGEMENT"], """Screenshot from the coaches' Slack after last night's game, because it sums it up:
[[P:Pelletier, Dominic]] (Coach, Patriotes U17): "that ref from Longueuil is a complete clown, blind as a bat and dumber than the scoreboard"
Me: "agreed lol 🤡🤡"
Also, whoever left an athlete's health card on the bench ([[R:GAGN 0512 0812]]), it's with [[P:ginette]] at the Aréna Michel-Normandin front desk, [[T:450-555-0137]]."""),
]
