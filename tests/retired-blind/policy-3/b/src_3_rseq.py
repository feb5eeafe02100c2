# Marker source for the rseq-monteregie pack. Tuples: (lang, platform, rules, brief, text)
# rules: D=DISPARAGEMENT H=HARASSMENT
PACK = "rseq-monteregie"
POSTS = [
("fr", "facebook", "D", 9, """L'arbitre de samedi au tournoi de volley juvénile à Saint-Hyacinthe, un vrai clown. Aveugle pis incompétent. Le RSEQ Montérégie devrait avoir honte d'envoyer du monde de même sur un terrain."""),

("fr", "facebook", "D H", 12, """Juste de même… quelqu'un s'est déjà demandé pourquoi l'équipe du coach [[PERSON:Bergeron]] gagne toujours les matchs serrés quand c'est [[PERSON:Marc-André]] qui arbitre? 🤔 Des beaux-frères, ça? Je dis ça, je dis rien 🤐"""),

("en", "facebook", "H", 12, """Hey #22 from the Chambly Cobras, great game 😊 We'll see you in the parking lot after Saturday's rematch. Bring your mom."""),

("en", "instagram", "D H", 7, """Photoshopped their goalie into a clown costume 🤡😂 tag him so he sees it lol #RSEQ #sieve #choke"""),

("fr", "instagram", "D H", 5, """On part une page Insta « RSEQ Montérégie = farce » pour poster toutes les décisions poches de la ligue pis les faces des officiels. Send-nous vos screenshots, on va les roaster 🔥🔥"""),

("en", "facebook", "H", 2, """Last night I made a fake account as their captain and DM'd the whole team that practice was cancelled 😂😂 half of them showed up to an empty gym this morning, best prank of the season"""),

("fr", "facebook", "D H", 6, """cette coach la [[PERSON:Isabelle]] de Longueuil a pas d affaire a coacher des filles elle crie comme une folle pis tout le monde dit qu elle s est fait mettre dehors de son ancienne ecole pour une raison que je dirai pas partagez pour que les parents le sachent"""),

("en", "facebook", "D", 1, """Of course the RSEQ Montérégie picked that gym again for the finals. Bunch of clueless bureaucrats who couldn't organize a bake sale."""),

("fr", "facebook", "", 8, """Félicitations aux Faucons juvéniles féminines pour le titre régional en basketball! 🏀 Bravo aussi aux officiels et aux bénévoles pour un tournoi super bien organisé, c'était un plaisir."""),

("en", "facebook", "", 9, """Respectfully, the schedule change for the regional final was announced only 36 hours ahead. Many parents work shifts. Could future changes come with at least a week's notice? Thanks to the organizers for everything else."""),

("fr", "facebook", "", 10, """Rappel aux parents : la politique du RSEQ Montérégie interdit les commentaires insultants envers les arbitres, les joueuses et les entraîneurs sur les réseaux sociaux, même supprimés après coup. On encourage nos équipes, on ne démolit pas les autres. Merci!"""),

("fr", "facebook", "D H", 2, """Bon, bilan de la saison de football cadet de mon gars, parce que vous êtes plusieurs à m'avoir demandé comment ça s'était terminé. Dans l'ensemble, ç'a été une belle année : l'équipe a fini troisième, les jeunes ont progressé énormément, et mon fils a enfin compris que plaquer avec la tête, c'est non. Les bénévoles au casse-croûte méritent une médaille, les chauffeurs d'autobus aussi. Par contre, je vais le dire une fois pour toutes : l'entraîneur adjoint des Patriotes de Boucherville, le grand chauve avec la casquette rouge, c'est un minable pis un lâche, et paraît qu'il a déjà été suspendu dans une autre ligue pour des affaires pas catholiques avec des joueurs, demandez autour de vous. Je propose qu'on aille toutes et tous commenter sur la page de son club jusqu'à ce qu'ils le sortent. Bref. Merci aux parents qui ont fait le covoiturage toute la saison, merci aux entraîneurs de notre équipe qui ont donné des centaines d'heures sans être payés, et on se revoit au camp du printemps!"""),
]
