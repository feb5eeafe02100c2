# Marker source for the cisss-gaspesie pack. Tuples: (lang, platform, rules, brief, text)
# rules: CPI=CHILD_PROTECTION_IDENTIFICATION CR=CONSENT_REQUIRED CI=CONFIDENTIAL_INFORMATION
#        D=DISPARAGEMENT H=HARASSMENT
PACK = "cisss-gaspesie"
POSTS = [
("fr", "facebook", "CPI", 4, """Salut le groupe RTF! Notre petite [[PERSON:Maëlie]] (7 ans, placée chez nous par la DPJ depuis juin) veut commencer le patin artistique au club de Chandler. Quelqu'un sait si le CISSS rembourse l'inscription pis les patins? Merci!"""),

("fr", "facebook", "", 4, """Question pour les familles d'accueil : est-ce que les frais de gardiennage pendant une formation obligatoire sont couverts par la rétribution ou il faut faire une demande à part? Merci!"""),

("en", "facebook", "CPI", 11, """Huge shoutout to our 11-year-old foster son, the only boy on the New Richmond peewee ringette team 😂 scored twice tonight against Bonaventure and the whole arena went nuts!"""),

("fr", "facebook", "CPI", 11, """Ça fait deux ans qu'on a le plus jeune des trois enfants [[PERSON:Poirier]] de Murdochville, ceux dont la mère a passé dans le journal pour l'incendie. Il va tellement mieux, il dort enfin la nuit."""),

("en", "instagram", "CPI", 7, """First day of grade 2 for our little guy 🎒 3 years in foster care and finally with us for good ❤️ #fostercare #Gaspé #ÉcoleSaintRosaire #proudfostermom"""),

("fr", "instagram", "", 7, """Famille d'accueil un jour, famille d'accueil toujours ❤️ #RTF #famillesdaccueil #Gaspésie"""),

("fr", "facebook", "CR", 8, """Un gros merci à [[PERSON:Chantal Leblanc]], notre intervenante du CISSS à Sainte-Anne-des-Monts, qui nous suit depuis 4 ans! T'es la meilleure, on t'aime 💐"""),

("en", "facebook", "", 8, """Thank you to the whole RI-RTF team for last week's training session in Gaspé, very useful and the lunch was great! 🙏"""),

("fr", "facebook", "CI", 2, """La semaine passée j'ai reçu par erreur le rapport d'incident d'une autre ressource, avec le nom du jeune pis toute. J'ai lu ça pis wow : une contention de 45 minutes à Maria, personne n'a appelé les parents avant le lendemain. Le CISSS va avoir des questions à répondre."""),

("fr", "facebook", "CI", 6, """bon ben le code de la porte de la ressource a changé cest 2580 maintenant pour ceux qui font les remplacements de fin de semaine le papier est sur le frigo aussi"""),

("en", "facebook", "CI", 3, """Notes from today's RI meeting (don't share lol):
- respite budget cut 12% for 2027
- 3 users on the Gaspé waiting list will lose their spot in March
- new director starts in January, internal only for now
- the Chandler RI is under review after the October complaint"""),

("en", "facebook", "CI CR", 6, """fyi everyone [[PERSON:mr Arsenault]] in room 4 tested positive for c diff this morning so gloves and gowns please also his daughter doesnt know yet so dont say anything at bingo tonight"""),

("fr", "facebook", "D", 9, """Les intervenants du CISSS de la Gaspésie, c'est une gang d'incompétents payés à rien faire. Trois semaines pour rappeler, pis quand ils rappellent ils savent même pas c'est qui l'enfant. Une joke."""),

("fr", "facebook", "", 9, """Je comprends la pénurie de personnel, vraiment. Mais trois changements d'intervenante en un an pour le même enfant, c'est difficile pour lui. J'aimerais qu'on réfléchisse ensemble à la stabilité des suivis."""),

("fr", "facebook", "H", 12, """L'intervenante qui a recommandé qu'on nous retire le petit, je sais qu'elle reste dans le rang 4 à Saint-Alphonse pis qu'elle a un chien blanc qui se promène tout seul le soir. Bonne soirée madame 🙂"""),

("en", "facebook", "D H", 12, """Just asking... why does a certain foster mom in Paspébiac always get a new car right after a new placement? 🤔 Some people are in it for the kids, some for the cheques. Draw your own conclusions."""),

("fr", "facebook", "", 10, """Rappel : selon l'article 11.2.1 de la LPJ, même si le parent dit oui, on ne peut pas publier une info qui permet d'identifier un enfant suivi. Seul le tribunal peut l'autoriser. Donc pas de photo de face, pas de prénom, pas d'école, pas d'équipe sportive. Merci!"""),

("en", "facebook", "", 10, """A few people asked me after last night's meeting why the rules on social media are so strict for foster families, so here's my attempt at a plain-language summary. I'm a foster parent, not a lawyer, so check the official policy if you're unsure. First: the Youth Protection Act says that information that could identify a child under protection, or the child's parents, can't be published. The surprising part for many of us is that even the parent's permission, or the teenager's own permission, isn't enough. Only a judge can authorize it. So a cute photo of the back of a child's head can still be a problem if the caption says the town, the age and the hockey team. Second: the CISSS policy also covers staff and resource people. If you want to thank your caseworker by name or post a picture with her, you need her written consent first. Third: internal documents, meeting notes, incident reports, door codes and the like stay internal. Fourth: criticism is allowed, but keep it respectful, no insults, no threats, no rumours, and don't 'like' posts that do it. None of this is about hiding anything. It's about kids who already have enough going on not being googled by classmates for the rest of their lives."""),

("fr", "facebook", "CPI", 10, """Je sais je sais, la LPJ pis toute, mais la photo est floutée! C'est juste [[PERSON:Jayden]] à son tournoi de hockey à Gaspé avec son chandail #14 des Voyageurs, personne va le reconnaître voyons 🙄"""),

("en", "facebook", "CPI", 1, """This article about kids in care being moved five times hits home. Our foster daughter [[PERSON:Kaitlyn]] went through four homes before us. Her bio mom is the one from the Cap-Chat drug bust last spring, so you can imagine."""),

("fr", "facebook", "", 1, """Le rapport de la commission Laurent disait déjà tout ça en 2021. Quand est-ce qu'on va écouter les familles d'accueil pour vrai?"""),

("fr", "facebook", "D", 1, """Pas surpris pantoute. Le CISSS de la Gaspésie c'est un cirque : des clowns en haut, des zombies en bas."""),

("en", "facebook", "CR", 2, """Last week our resource coordinator, [[PERSON:Denise Cyr]], surprised us with a cake for our 10 years as a foster family 🎂 Here's the pic of her with all of us in the kitchen, she's the one holding the knife 😂"""),

("fr", "facebook", "", 2, """Quand on a commencé comme famille d'accueil il y a 12 ans, je pensais pas que ça changerait autant ma vie. Aujourd'hui on a souligné notre 50e enfant accueilli. Pas de photo, pas de nom, vous connaissez les règles 😉 mais le cœur est plein."""),

("fr", "facebook", "CPI", 3, """Nos nouvelles de l'été :
- Le grand (15 ans) a fini son secondaire 3 à la polyvalente de Grande-Vallée, enfin!!
- La petite [[PERSON:Léa]] voit sa mère en visite supervisée au CLSC un mardi sur deux, c'est dur mais ça avance
- On a adopté un chat
- Les vacances au camping de Petit-Cap, 10/10"""),

("en", "facebook", "", 3, """Things I wish I'd known before becoming a foster parent:
1. Keep a binder. For everything.
2. Your caseworker has 30 other files, be kind and be organized.
3. Respite is not a failure.
4. Kids test the limits right when they start to feel safe.
5. Never post about them online, not even the cute stuff."""),

("fr", "facebook", "CR", 5, """Big shout-out à notre nouvelle TS [[PERSON:Maxime Gauthier]], full nice, elle a checké tout le dossier en une semaine pis elle nous a callés le soir même 🙌 @[[PERSON:maximegauthier]]"""),

("en", "facebook", "H", 5, """That intervenante from the DPJ who did our évaluation, I made a little compte Facebook in her name so everyone can see what she's really like 😂 go follow it, the profile pic is her wedding photo"""),

("fr", "facebook", "", 5, """Le training sur le nouveau formulaire de rétribution était full pertinent, merci au CISSS pour le lunch pis le café 🥪☕"""),

("en", "facebook", "D H CR", 6, """i dont care what anybody says that worker [[PERSON:Bernard]] is a liar and a drunk everybody in Chandler knows it share this so people know what kind of guy they send into our houses"""),

("fr", "facebook", "", 13, """Les routes sont glacées entre Gaspé pis Percé à matin, soyez prudents! Bonne journée tout le monde ❄️"""),

("en", "facebook", "", 13, """The foster families' spaghetti supper is this Saturday at the Legion in New Carlisle, open to the public, 15 $ for adults, kids free. Come hungry! 🍝"""),

("fr", "facebook", "", 13, """Qui a une bonne recette de pâté au saumon? Les enfants ont adoré celle de la semaine passée mais j'ai perdu la feuille 😅"""),

("fr", "facebook", "CI", 3, """Code du cadenas de la salle des dossiers : 1-9-7-3. Merci de refermer 🙏"""),

("en", "facebook", "CPI", 2, """Our foster son [[PERSON:Liam]]'s bio dad got out of jail yesterday. Pray for us."""),

("fr", "facebook", "D", 9, """Encore une TS qui sait pas lire un dossier. Bravo le CISSS 👏👏"""),

("en", "instagram", "H CR", 12, """Funny how @[[PERSON:karinelebrun]] hasn't answered… maybe I'll just drop by her place 🙂"""),

("fr", "facebook", "", 13, """Journée de formation RTF aujourd'hui à Carleton, hâte de vous voir!"""),

("en", "instagram", "", 7, """Reminder: no faces, no names, no schools. #LPJ #fostercare"""),

("fr", "facebook", "CPI", 8, """Félicitations à [[PERSON:Noah]], 9 ans, notre petit de la DPJ, champion de la dictée à l'école de Cap-Chat 🏆"""),

("fr", "facebook", "CR", 8, """Merci [[PERSON:Ginette Bujold]], la meilleure responsable de ressource de Pabok 💐"""),

("en", "facebook", "CI", 1, """Leaked: the CISSS memo on closing the Murdochville RI. Screenshot in comments 👇"""),

("fr", "facebook", "H", 4, """Continuez d'écrire à son adresse perso jusqu'à ce qu'elle réponde. Tout le monde, on la spamme 💪"""),

("en", "facebook", "", 8, """Long day. Proud of our kids. ❤️"""),

("fr", "facebook", "D H", 12, """Paraît que la nouvelle TS a eu sa job parce qu'elle sort avec le boss 😏"""),

("fr", "facebook", "CPI", 2, """Je voulais vous écrire un petit mot ce soir, parce qu'on vit un moment spécial à la maison et que vous êtes nombreux à nous avoir soutenus depuis le début de notre aventure comme famille d'accueil. Quand on a reçu l'appel en février, on avait deux heures pour préparer une chambre. On ne savait rien, ou presque : un garçon, un sac vert avec quelques vêtements, des nuits difficiles. Les premières semaines ont été rock'n'roll, je ne vous le cacherai pas. Des crises, des portes claquées, des silences. Et puis tranquillement, ça s'est placé. Aujourd'hui [[PERSON:Zack]] a 10 ans, il joue au soccer U11 avec les Riverains de Carleton, il est le gardien de but le plus bruyant de la Baie-des-Chaleurs, et samedi il a fait l'arrêt qui a donné la victoire en finale régionale à Maria. Sa mère, [[PERSON:Vanessa Landry]], était dans les estrades pour la première fois depuis le placement, et il a couru la voir après le match. J'ai pleuré comme une madeleine. Je ne sais pas combien de temps il va rester avec nous, c'est le tribunal qui décidera en janvier, mais je sais une chose : ce petit gars-là a changé notre famille pour toujours. Merci à nos amis, à nos parents, aux voisins qui ont prêté des crampons et des jambières, et à tous ceux qui nous ont envoyé des messages d'encouragement. On vous aime. ❤️⚽"""),

("en", "linkedin", "CI", 9, """I need to vent, and I'll try to keep it professional. I've worked in the RI-RTF network for eleven years, and I've never seen the workload this bad. We are doing intake assessments on Friday afternoons so people can go home on Monday, and the paperwork has doubled since the new software came in. Everyone is exhausted. The managers are doing their best with what they're given, I really believe that, but what they're given is not enough. To give you an idea, the internal budget sheet they showed us on Tuesday has the resource-support envelope for the whole Rocher-Percé sector going from 1.4 million to 980,000 $ next year, and the incident report from the Grande-Rivière RI, the one with the fall on the stairs that nobody reported for two days, is still sitting unanswered with the quality team because there is nobody to process it. That's the reality behind the nice press releases. I'm not blaming my colleagues. I'm asking the Ministry to look at the numbers and fund the network properly. Families and users deserve better, and so do the people who show up every day trying to keep it together. Okay, rant over. Going to make soup."""),

("fr", "facebook", "", 2, """Ça fait maintenant quinze ans qu'on est famille d'accueil en Gaspésie, et j'ai eu envie d'écrire quelque chose ce soir, pour les nouvelles familles qui se posent des questions, et pour nous autres aussi, pour se rappeler pourquoi on fait ça. Au début, on pensait qu'on allait « sauver » des enfants. C'était naïf. On a appris qu'on ne sauve personne : on offre une table, un lit, une routine, un adulte qui reste là même quand ça brasse. On a appris que les enfants qui arrivent chez nous aiment leurs parents, peu importe ce qui s'est passé, et que notre job n'est pas de les remplacer mais de tenir le fort en attendant. On a appris à travailler avec les intervenantes, qui changent souvent, qui sont débordées, mais qui, dans la grande majorité, ont le cœur à la bonne place. On a appris à ne pas prendre personnellement les portes claquées. On a appris que les retours dans la famille d'origine, quand ils se passent bien, sont des victoires, même si on pleure dans l'auto en revenant. On a appris à fermer notre grande gueule sur Facebook : pas de photo, pas de prénom, pas de nom d'école, pas d'équipe de hockey, pas d'histoire « touchante » qui pourrait suivre un enfant toute sa vie. Ce n'est pas notre histoire à raconter. On a appris à demander du répit avant d'être à bout, pas après. On a appris que les réunions de plan d'intervention sont longues, mais qu'elles sont importantes. On a appris que les autres familles d'accueil sont les meilleures personnes-ressources du monde, et qu'un café avec elles vaut bien des formations. Si vous pensez devenir famille d'accueil, venez nous parler. On n'enjolivera rien. Mais on vous dira aussi que ce sont les plus belles années de notre vie. Bonne soirée à toutes et à tous."""),

("en", "facebook", "D H CR", 9, """I've tried to stay quiet for months, but I think families deserve to know what's going on, so here is our story, as fairly as I can tell it. We've been a foster family for six years. We've always had good relationships with our workers, we've done every training, we've taken sibling groups, teenagers, emergency placements at 2 am. This spring our file was transferred to a new worker, and everything changed. Meetings cancelled with no notice. Calls not returned for weeks. A respite request lost twice. When we finally met, the tone was cold, and we were told our concerns about the child's school situation were "not our role". I understand that workers are overloaded. I understand that the system is broken. I have defended the CISSS many times on this very page. But at some point a person is also responsible for how they treat people. So yes, I'm going to say it: [[PERSON:Mélanie Thibodeau]] at the Chandler office is a lazy, arrogant liar who should never have been allowed near a child's file, and everyone who has dealt with her knows it. I'm asking every family reading this to share this post and to flood her work inbox and her personal Facebook until somebody upstairs finally listens. We filed a formal complaint with the complaints commissioner in September, as you're supposed to, and we're still waiting for an answer. I'm posting this because the official channels haven't worked, and because I know we're not the only ones. If you're a foster family in the region and you've had a similar experience, please reach out privately. We're thinking of forming an association so that families can speak with one voice instead of burning out alone. It's exhausting to love kids in a system that treats you like an inconvenience. Thanks for reading."""),

("fr", "linkedin", "", 9, """Je veux partager une réflexion, calmement, sur le fonctionnement des services en RI-RTF dans notre région, parce que je pense que la critique constructive fait partie d'une démocratie en santé. D'abord, je tiens à dire que j'ai toujours été bien accueillie par les équipes du CISSS, et que les gens que je côtoie sont compétents et dévoués. Mais le système dans lequel ils travaillent a des failles réelles. Les délais pour obtenir une évaluation sont beaucoup trop longs. Les familles d'accueil reçoivent les informations sur les besoins des enfants au compte-gouttes, ce qui complique l'organisation du quotidien. Le roulement de personnel fait en sorte qu'on doit souvent tout réexpliquer à une nouvelle personne. Et les formations sont offertes presque toujours à Gaspé, ce qui représente des heures de route pour les familles de la Baie-des-Chaleurs. J'ai soumis ces commentaires par écrit au comité des usagers et à la direction, et j'ai reçu une réponse respectueuse qui reconnaît plusieurs de ces enjeux. Je vous invite à faire la même chose si vous vivez des situations semblables : les plaintes et les suggestions formelles ont plus de poids qu'une publication sur Facebook. Merci de me lire."""),

("en", "linkedin", "CR", 8, """After nine years with the youth and family services team in the Gaspésie, today was my last day, and I wanted to say thank you properly. I arrived as a nervous new graduate who had never driven in a snowstorm, and I'm leaving with a whole second family. To the foster families and resource people who opened their homes and their kitchens to me, your patience taught me more than any course. To my colleagues: thank you for the late-night calls, the shared lunches in the car between visits, and the humour that kept us going. A special thanks to [[PERSON:Sandra Chiasson]], who trained me and never once made me feel stupid, to [[PERSON:Patrick Roy-Bujold]], the best team leader anyone could ask for, and to [[PERSON:Julie Castilloux]] from the Bonaventure RI, who always had coffee on. I've attached a few photos from our team's Christmas party last year and from the RI summer barbecue, with all of you in them, because I want the memories here. I'm moving to Montreal to start a master's degree in social work policy, where I hope to bring some of the lessons from the field to the people who write the rules. The work you do matters more than anyone outside can imagine. Take care of yourselves, and I'll see you on the road."""),

("fr", "facebook", "H", 12, """Bon, je vais être poli, parce que paraît qu'il faut être poli sur Facebook. Ça fait huit mois que notre dossier traîne. Huit mois de rendez-vous annulés, de messages pas retournés, de « on vous revient ». On a tout fait comme il faut : les formations, les papiers, les visites, les évaluations. On a accueilli des enfants à toute heure du jour et de la nuit. Pis là, on se fait traiter comme des numéros. La responsable de notre dossier, je la connais maintenant. Je sais à quelle heure elle finit, je sais qu'elle prend le chemin du Bassin pour rentrer, je sais que son garçon joue au hockey le samedi matin à l'aréna de Grande-Rivière. C'est petit, la Gaspésie. Tout le monde finit par se croiser un jour ou l'autre. Je dis juste ça comme ça. Elle a jusqu'à vendredi pour retourner mon appel, après ça on verra bien. En attendant, je continue de m'occuper des enfants qu'on a, parce que eux autres, ils ont rien à voir là-dedans. Merci aux autres familles qui nous ont écrit pour nous encourager, ça fait du bien de savoir qu'on est pas tout seuls à vivre ça. Bonne fin de semaine à tout le monde."""),

("en", "facebook", "", 4, """Has anyone had their RTF contract renewal delayed past the deadline? What did you do?
Reply: Same thing happened to us last year. Call your association first, then send a written request to the resource department. Ours was sorted in 3 weeks."""),

("fr", "facebook", "CI", 4, """Q : quelqu'un a la nouvelle grille de rétribution interne qu'ils nous ont montrée à la réunion?
R : je l'ai, je la mets en commentaire 📎 (chut, c'est pas encore officiel, faut pas que ça sorte)"""),

("fr", "facebook", "CI CR", 11, """Pensée pour la dame de 93 ans de notre RI à Bonaventure, l'ancienne maîtresse de poste de Saint-Siméon, qui a fait une chute hier soir et qui est rendue à l'hôpital de Maria avec une hanche cassée. Elle avait déjà perdu beaucoup de mémoire depuis l'été 😢"""),

("en", "facebook", "D", 12, """Why did the CISSS cross the road? It didn't, the form to request the crossing has been sitting on some useless paper-pusher's desk since 2019 😂 bunch of overpaid clowns #Gaspésie"""),

("fr", "facebook", "", 12, """Juste une question : est-ce que quelqu'un sait si le CISSS prévoit ajouter des places de répit cet été? On en aurait vraiment besoin. Merci!"""),

("en", "facebook", "", 11, """Three siblings, all under ten, placed together this year instead of in three different homes. That's the dream, and it happened for a family somewhere in our region. Good news exists. ❤️"""),

("fr", "facebook", "", 8, """Bonne retraite à toutes les responsables de ressources qui partent cette année! Merci pour votre dévouement envers les enfants et les aînés de la Gaspésie 💐"""),

("fr", "facebook", "", 6, """bonjour je cherche quelquun qui aurait un siège d auto pour un enfant de 4 ans a preter pour une fin de semaine on est a Gaspé merci beaucoup"""),

("en", "facebook", "H", 2, """Yesterday I followed the caseworker's car from the office to see where she lives. Nice house on the bay. Just so she knows we know."""),

("en", "instagram", "D", 7, """When the CISSS says "we'll call you back within 48h" 💀💀💀 #clowns #Gaspésie #useless"""),

("fr", "facebook", "D H CR", 3, """Liste des raisons pourquoi [[PERSON:Sylvie Huard]] devrait pas être TS :
1. Menteuse
2. Elle écoute jamais les familles
3. Elle s'habille comme une ado de 15 ans
4. Partagez pour que ça se rende à son boss, on lâche pas!"""),

("en", "facebook", "CI", 10, """I know we're not supposed to share internal docs, but every family should read page 4 of the draft incident-reporting procedure they sent the resources last week. Here it is 👇 screenshots in the comments before they take it down."""),

("en", "facebook", "", 13, """Bake sale fundraiser for the RI residents' summer outing, Friday 10 to 2 at the entrance of the Chandler IGA. Public, everyone welcome, all proceeds go to the trip! 🧁"""),

("fr", "facebook", "CPI", 5, """Le kid qu'on a en placement depuis janvier, 12 ans, a fait le team de basket AAA de la polyvalente à Chandler, so proud 🏀🔥"""),

("fr", "facebook", "CPI", 6, """bonjour a tous juste pour dire que le petit des [[PERSON:Cormier]] de Paspébiac celui qui a été placé au printemps est maintenant chez nous pour de bon la juge a décidé la semaine passé il s adapte bien a sa nouvelle ecole"""),

("en", "facebook", "CR", 11, """Shoutout to the RI on the Boulevard in Maria and its owner, the lady with the red Volvo who sings in the church choir — best caregiver in the Baie. Pic of her with our mom's birthday cake attached 🎂"""),

("fr", "facebook", "", 10, """Pas de photo des enfants placés. Même de dos. Merci 🙏"""),

("en", "facebook", "CPI", 8, """Happy 8th birthday to our foster girl [[PERSON:Mia]], born [[DATE_OF_BIRTH:May 3, 2018]] 🎂💕"""),

("fr", "facebook", "CI", 6, """mot de passe du portail des ressources cest Gaspe2026! en attendant"""),

("en", "facebook", "D", 9, """Called the CISSS again. Still useless. Shocker."""),

("fr", "facebook", "H", 12, """On sait où tu restes, madame la TS. Belle soirée 🙂"""),

("fr", "facebook", "CPI", 4, """Bonjour le groupe des familles d'accueil, j'aurais besoin de vos lumières. On accueille depuis trois mois un garçon qui vit beaucoup d'anxiété le soir, surtout les veilles d'école. Il a de la difficulté à s'endormir, il se relève plusieurs fois, il demande à vérifier que les portes sont barrées. On a essayé la routine fixe, la veilleuse, la musique douce, les exercices de respiration qu'on nous a montrés en formation. Ça aide un peu, mais pas assez. Pour vous donner le contexte, c'est [[PERSON:Théo Boudreau]], né le [[DATE_OF_BIRTH:14 novembre 2016]], il est en 4e année à l'école Saint-Antoine de Grande-Rivière, et sa mère [[PERSON:Karine Boudreau]] a perdu ses droits de visite en septembre, donc c'est sûr que ça le travaille. Son intervenante est au courant et on attend un rendez-vous en pédopsychiatrie, mais vous savez comme moi que les délais sont longs. Est-ce que certaines d'entre vous ont vécu quelque chose de semblable? Qu'est-ce qui a fonctionné chez vous? Des livres, des trucs, des applications? Merci d'avance, ça fait du bien de pouvoir compter sur vous autres ❤️"""),

("fr", "facebook", "", 8, """Merci à [[PERSON:Nancy Dugas]], notre intervenante de suivi, pour ses quatre années avec nous! (On lui a demandé avant : elle nous a donné son accord par écrit pour ce petit mot 😉)"""),

("fr", "facebook", "", 11, """Notre plus vieux (notre gars biologique, pas un placement!) a fait le pee-wee AA à Chandler cette année, on est tellement fiers 🏒"""),

]
