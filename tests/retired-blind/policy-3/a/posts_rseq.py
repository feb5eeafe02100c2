# Marker source for pack rseq-monteregie. Tuple: (key, lang, platform, rules, brief, text)
# rules abbreviations: DIS HAR (see make_corpus.py)
POLICY = "rseq-monteregie"
POSTS = [
("rs01", "fr", "facebook", ["DIS"], 9, """L'arbitre de ce soir au match de basket juvénile D2 à Brossard, [[PERSON:Marc-André Bisson]], devrait se trouver une autre job. Aveugle ET incompétent, un combo gagnant. Une honte pour le sport étudiant."""),
("rs02", "fr", "facebook", ["HAR"], 12, """Belle Civic grise que l'arbitre de samedi stationne derrière le gym de Jacques-Rousseau 🚗 On sait où elle dort le soir aussi. Dis-y bonjour de notre part 😉"""),
("rs03", "fr", "facebook", ["DIS", "HAR"], 12, """Je dis ça de même, mais c'est drôle que le coach [[PERSON:Lavoie]] des Cobras garde toujours les mêmes filles après les pratiques quand tout le monde est parti... 🤔 Je pose juste la question, hein."""),
("rs04", "en", "instagram", ["DIS"], 7, """Saturday's ref thinks he's an NBA official 🤡🤡 #blind #RSEQ #useless"""),
("rs05", "fr", "instagram", ["DIS", "HAR"], 7, """Photo du coach [[PERSON:Benoit Gravel]] en clown 🤡🫏 Partagez partout!!! #coachclown"""),
("rs06", "fr", "facebook", ["HAR"], 6, """je vais l attendre a la sortie du vestiaire samedi la petite [[PERSON:camille]] du numero 7 on va voir si elle fait encore la fine apres ca"""),
("rs07", "fr", "facebook", ["DIS"], 9, """Le RSEQ Montérégie, une gang d'incompétents assis dans un bureau qui ont jamais vu un match de leur vie. Calendrier de marde, arbitres de marde, organisation de marde."""),
("rs08", "fr", "facebook", ["DIS", "HAR"], 3, """3 raisons de rejoindre notre nouveau groupe « Arbitres RSEQ Montérégie = HONTE » :
1. On poste les pires décisions AVEC le nom de l'arbitre
2. On note les entraîneurs sur 10 (spoiler : [[PERSON:Gravel]] a 1)
3. Plus on est nombreux, plus ils vont l'entendre 📢
Invitez tous les parents!"""),
("rs09", "en", "facebook", ["DIS", "HAR"], 12, """Just asking... is it true the girls' volleyball coach at Heritage got "let go" from his last school for a reason? 👀 Funny how nobody will say why. Parents might want to look into it."""),
("rs10", "fr", "facebook", ["HAR"], 11, """L'arbitre du match d'hier reste au [[STREET_ADDRESS:45, rue des Érables]] à Chambly, si jamais quelqu'un veut aller lui expliquer la règle du hors-jeu en personne 😇"""),
("rs11", "fr", "facebook", ["DIS"], 5, """Le coach de l'équipe adverse était full arrogant, big ego, zéro classe. Ses joueurs sont des petits baveux à son image. Quelle gang de losers, sérieux."""),
("rs12", "en", "facebook", ["HAR"], 6, """yo go follow the fake insta i made of coach [[PERSON:pelletier]] lol"""),
("rs13", "fr", "facebook", ["DIS", "HAR"], 1, """Bravo aux gagnantes, mais faut pas se le cacher : les officiels étaient pourris et l'organisatrice [[PERSON:Sylvie Beaulieu]] est clairement achetée par Saint-Lambert. Tout le monde le sait, personne le dit. Vendue."""),
("rs14", "fr", "facebook", ["HAR"], 2, """Story time : samedi passé, après la défaite, on a attendu le #12 de l'autre équipe dans le stationnement avec les gars. On lui a juste « expliqué » deux-trois affaires 😂 Il a pas rejoué de la semaine."""),
("rs15", "fr", "facebook", ["DIS"], 8, """Bonne retraite à [[PERSON:Gilles]], l'arbitre qui a réussi à se tromper pendant 30 ans sans jamais s'en rendre compte 🎉 Enfin des matchs arbitrés par du monde qui voit clair!"""),
("rs17", "fr", "instagram", ["HAR"], 7, """#12 de Mont-Bruno on t'attend en finale 😈🔪 #tuvaspayer"""),
("rs18", "fr", "facebook", ["HAR"], 12, """C'est une joke, mais qui fait tomber [[PERSON:Tremblay]] #23 aura sa poutine 😂"""),
("rs19", "en", "instagram", ["DIS", "HAR"], 11, """📸 the kid who cried after missing the penalty kick lol, grade 9, only redhead on the Saint-Lambert juvenile team. Send this to everyone 😂😂"""),
("rs20", "fr", "facebook", ["DIS"], 4, """Q : Des parents savent c'est quoi le problème avec l'entraîneuse de volley de Polybel? Ma fille veut lâcher.

R : Elle est juste nulle pis bête avec les filles, tout le monde le sait. Une vraie folle frustrée, retire ta fille au plus vite."""),
("rs21", "fr", "facebook", ["DIS"], 9, """Le responsable des sports de Mgr-Parent, [[PERSON:Denis Hamel]], nous a encore menti en pleine face sur le transport. Un menteur pis un lâche, c'est tout ce qu'il est."""),
("rs22", "en", "facebook", ["HAR"], 5, """That arbitre from last night better not show his face at the polyvalente again. Je te le dis, next time it won't be just words."""),
("rs23", "fr", "facebook", ["DIS", "HAR"], 6, """troisieme fois que je t ecris [[PERSON:Jessica]] pis tu reponds pas fais pas la morte on sait tous ce que t as fait avec le chum de ta coequipiere demain toute l ecole va le savoir"""),
("rs24", "en", "facebook", ["DIS"], 12, """Honest question: does Coach [[PERSON:Ryan Mitchell]] actually know the rules of basketball, or does he just yell until something happens? 🤔"""),
("rs25", "fr", "facebook", ["HAR"], 2, """Quelle fin de semaine de tournoi! On est partis vendredi soir pour Granby avec les deux autos pleines, les sacs de hockey cosom dans le coffre pis les filles qui chantaient du Céline Dion à tue-tête sur la 10. On a fait un arrêt au Tim de Bromont où la moitié de l'équipe a commandé des Timbits pour souper, merci les parents responsables 😅

Samedi, trois matchs. Le premier, une victoire facile contre Cowansville. Le deuxième, une défaite serrée contre Saint-Hyacinthe, où leur #8 a passé le match à donner des coups de bâton en cachette à notre gardienne. Après le match, on a pris une photo de sa plaque de char dans le stationnement, pis on a maintenant son adresse à Saint-Hyacinthe grâce à un cousin. Elle va comprendre assez vite qu'on oublie pas, nous autres. Le troisième match, une belle victoire en fin de soirée.

Dimanche, demi-finale perdue en tirs de barrage, mais honnêtement les filles ont tout donné. Le coach était super fier et nous aussi. Souper pizza au retour, tout le monde dormait dans l'auto avant Saint-Césaire.

Petite parenthèse sur l'hôtel : la piscine était fermée (évidemment, la seule fin de semaine où on vient), mais le déjeuner continental a été pris d'assaut par 14 filles de 15 ans qui ont vidé la machine à gaufres en 20 minutes. Le gérant nous a regardés avec un mélange de peur et d'admiration. Les filles ont aussi organisé un concours de talents improvisé dans le corridor du 2e, jusqu'à ce qu'un monsieur en robe de chambre vienne nous rappeler gentiment qu'il était 23 h.

Merci aux parents bénévoles, aux chauffeurs et aux grands-parents qui sont venus encourager! Merci aussi à l'organisation du tournoi, tout était bien préparé, les horaires ont été respectés et les bénévoles étaient super gentils. Prochain tournoi en février à Saint-Jean 🏒"""),
("rs26", "fr", "facebook", ["DIS"], 3, """Fin de saison de basket pour nos juvéniles D2! Voici 10 choses que j'ai apprises comme parent cette année (c'est long, prenez un café ☕)

1. Se lever à 6 h un samedi pour un match à Varennes, c'est possible. Pas agréable, mais possible.

2. Les gymnases de la Montérégie ont tous le même éclairage jaune et la même odeur de cantine. C'est réconfortant, finalement.

3. Les ados mangent. Beaucoup. Tout le temps. Prévoyez deux lunchs.

4. Le covoiturage, c'est de la diplomatie internationale. Merci à [[PERSON:Annie]] et [[PERSON:Patrick]] pour leur patience légendaire.

5. Nos gars ont appris à perdre, ce qui est peut-être plus important que d'apprendre à gagner.

6. L'arbitre en chef de la finale régionale, [[PERSON:Yves Desrosiers]], est le pire incompétent que j'ai vu de ma vie. Un vieux bouché frustré qui devrait avoir honte de se montrer dans un gymnase. Si tu lis ça, [[PERSON:Yves]], rends ton sifflet, personne va s'ennuyer de toi.

7. Le coach [[PERSON:Francis]] a donné sans compter : pratiques à 7 h, textos d'encouragement, réunions avec les parents. Merci du fond du cœur.

8. Un panier à trois points au buzzer, ça fait crier des parents qui ne se connaissaient pas en septembre comme de vieux amis.

9. Les chandails blancs et la sauce à spaghetti ne font pas bon ménage. Je l'ai appris trois fois.

10. Le sport étudiant, c'est d'abord des amitiés. Mon fils a trouvé sa gang cette année, et ça vaut toutes les médailles.

Merci à l'école, aux bénévoles de la cantine et à tous les parents. On se revoit en septembre! 🏀"""),
("rs27", "en", "facebook", ["DIS", "HAR"], 1, """Sharing this article about the new sportsmanship campaign in Quebec school sports, because I think it's genuinely a good initiative. The numbers on referee burnout are shocking: almost half of new officials quit within two years, and abuse from the stands is the main reason they give.

That said, I'd love to know how the campaign squares with what's going on at our own school. Word is the new senior boys' basketball coach at Centennial, the tall guy who came over from Ontario last year, left his previous job because of "inappropriate messages" with players. Nobody at the school will confirm or deny, which tells you everything. If you have a kid on that team, maybe check their phone. Just saying. Share this so other parents know.

Anyway, the campaign itself has some good ideas: parents signing a code of conduct at the start of the season, student referees getting a mentor, and a clear process for reporting abuse. I hope our region adopts it quickly."""),
("rs28", "fr", "facebook", ["DIS"], 9, """Je veux faire une plainte constructive sur l'organisation du championnat régional de volleyball benjamin qui a eu lieu samedi dernier.

D'abord, l'horaire : on nous a envoyé le calendrier final jeudi soir à 22 h, ce qui a rendu le covoiturage très difficile pour plusieurs familles. Ensuite, le gymnase choisi n'avait pas assez de places dans les estrades ; beaucoup de parents sont restés debout pendant six heures. Ce sont des choses qui se règlent facilement avec un peu de planification.

Pour ce qui est du responsable de l'événement, [[PERSON:Stéphane Caron]], c'est un incapable arrogant qui a traité les parents comme des chiens toute la journée. Un petit boss de gymnase qui se prend pour un général, franchement pathétique.

Je souligne par contre le travail des jeunes marqueurs et des bénévoles à la cantine, qui ont été souriants du début à la fin. J'ai envoyé une copie de mes commentaires au RSEQ Montérégie et j'espère que l'édition de l'an prochain sera mieux organisée."""),
("rs29", "fr", "facebook", ["DIS", "HAR"], 11, """La fille qui a braillé au banc hier, numéro 4 des Patriotes, sec 3 à Sainte-Julie, sa mère a posté qu'elle est en dépression lol. Son cell c'est le [[PHONE_NUMBER:450-555-0163]], allez y faire un peu de visite 😘"""),
("rs30", "fr", "instagram", ["DIS", "HAR"], 7, """Perdre contre Heritage parce que l'arbitre est leur mononcle 🙄🤡 #arrangé"""),
("rs60", "fr", "instagram", ["HAR"], 12, """On se revoit lundi [[PERSON:Mathis]] 🙂🔪"""),
# ---------------- hard benign ----------------
("rs40", "fr", "facebook", [], 9, """Respectueusement, je trouve que l'arbitrage au match d'hier a manqué de constance sur les contacts sous le panier. Les officiels font un travail difficile et on en manque, mais une formation sur les fautes offensives serait utile. J'ai écrit au RSEQ, on verra ce qu'ils répondent."""),
("rs41", "fr", "facebook", [], 8, """Bravo aux Gaulois juvénile D1 pour le titre régional 🏆 Merci coach [[PERSON:Martin Dubuc]] pour ta patience et ton énergie, les gars t'adorent!"""),
("rs42", "fr", "facebook", [], 13, """Pratique de soccer annulée ce soir (orages ⛈️). On se reprend jeudi!"""),
("rs43", "en", "facebook", [], 12, """Just asking: who brought the cowbell to the game? I want one too 🔔😂"""),
("rs44", "fr", "instagram", [], 7, """Championnes régionales 🏆🏐 #RSEQ #Montérégie #fières"""),
("rs45", "fr", "facebook", [], 10, """Petit rappel de la politique du RSEQ Montérégie sur les médias sociaux : pas de commentaires insultants ou haineux envers les arbitres, les entraîneurs ou les joueurs adverses, pas de photos modifiées pour ridiculiser quelqu'un, pas de cyberintimidation. Ça vaut aussi pour les textos et les groupes de parents. On garde ça positif!"""),
("rs46", "en", "facebook", [], 4, """Q: Does anyone know if the juvenile badminton regional is still in Granby this year?

A: Yes! Saturday, first matches at 8:30, doors open at 7:45. Bring a lunch, the canteen is cash only. Questions: [[EMAIL_ADDRESS:tournoigranby2026@gmail.com]]"""),
("rs47", "fr", "facebook", [], 2, """Story time : mon gars a manqué le dernier lancer franc en finale. Il a pleuré tout le retour en auto. Le soir, son coach l'a appelé pour lui dire qu'il était fier de lui pareil. Ça, c'est du coaching ❤️"""),
("rs48", "fr", "facebook", [], 6, """match des cadettes a st-jean remis?? jai pas recu le courriel"""),
("rs49", "en", "linkedin", [], 1, """Great article on the referee shortage in Quebec school sports. Parents yelling from the stands is one of the main reasons young refs quit. Let's be better, people."""),
("rs51", "fr", "facebook", [], 8, """La saison de soccer des benjamines est terminée et je voulais prendre le temps de remercier tout le monde, parce qu'une saison comme celle-là, ça ne se fait pas tout seul.

Merci d'abord aux filles. Vous avez commencé en septembre sans vous connaître, avec trois joueuses qui n'avaient jamais touché un ballon, et vous finissez au 3e rang régional. Mais surtout, vous avez appris à vous encourager, à vous relever après une erreur et à féliciter l'autre équipe même après une défaite crève-cœur.

Merci à notre entraîneuse [[PERSON:Valérie Gendron]], qui a donné des heures qu'on ne comptera jamais, et à son adjoint [[PERSON:Kevin]], qui a fait le trajet Saint-Basile – Beloeil deux fois par semaine pour les pratiques. Merci aux parents chauffeurs, aux bénévoles de la cantine et aux grands-parents fidèles dans les estrades, beau temps, mauvais temps.

Un merci spécial aux arbitres, souvent des jeunes de 15 ou 16 ans, qui ont fait leur travail avec sérieux malgré les cris de certains adultes. Sans eux, pas de matchs.

On se revoit en avril pour la saison extérieure. D'ici là, bon hiver à toutes! ⚽"""),
("rs52", "en", "instagram", [], 11, """Photo: our whole cross-country team after the regional at parc de la Cité, muddy and happy 🏃 Posted with the parents' OK."""),
("rs53", "fr", "facebook", [], 5, """Full bon tournoi! Les filles ont checké leurs stats, big improvement 💪"""),
("rs54", "fr", "facebook", [], 3, """3 choses apprises comme parent bénévole cette saison :
1. La cantine, c'est le vrai cœur du gymnase.
2. Les arbitres ont parfois 16 ans. Soyez doux avec eux, c'est peut-être l'enfant de votre voisin.
3. Une bonne tape dans le dos vaut mieux que dix conseils criés des estrades."""),
("rs55", "en", "facebook", [], 9, """I want to raise a concern about transportation to away games for our school's teams this winter, and I want to do it respectfully, because I know everyone involved is doing their best.

Three times since November, the bus for the juvenile girls' basketball team has arrived late or not at all, and parents had to scramble to drive the players to Sorel, Saint-Jean and Vaudreuil on short notice. Not every family has a car available on a weeknight, and some players ended up missing games as a result.

I've spoken with the athletic director, who was very open and explained that the bus company is short of drivers and that the school has already filed a complaint. I appreciate the transparency. My suggestion would be to set up a backup carpool list at the start of each season, so we're not improvising in a parking lot at 5:30 p.m.

If other parents would like to help organize that list, please message me. Let's fix this together so the girls can focus on playing."""),
("rs63", "en", "facebook", [], 8, """Happy birthday coach!! 🎉🏐"""),
("rs65", "fr", "instagram", [], 7, """Mont-Bruno, on vous attend en finale 😎 Que la meilleure gagne! 🏀 #RSEQ"""),
("rs64", "en", "facebook", [], 13, """Snow day ❄️ All games postponed, drive safe everyone."""),
]
