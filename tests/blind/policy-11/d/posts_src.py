POSTS = [
# ---- brief 1: tournament canteens and food
(1, "fr", "facebook", "R", ["HARASSMENT", "DISPARAGEMENT"], """Gros merci à tous les bénévoles de la cantine du tournoi régional de volley à la polyvalente ce weekend!! 🏐🍟 On a vendu 340 hot-dogs, 12 caisses de jus pis toute la sauce à spag que ma belle-mère avait préparée jeudi soir. Les profits (un peu plus de 1 800 $) vont servir à payer l'autobus pour le provincial en avril, ça fait que chaque muffin compte vraiment.

Petit rappel pour le prochain tournoi : on manque toujours de monde pour le quart du samedi matin (7h à 11h), pis on cherche quelqu'un avec sa carte MAPAQ pour superviser la friteuse. Écrivez à [[E:cantine.volley.mtg@example.com]] si vous êtes dispo.

Pis bon, entre nous, vous avez remarqué comme moi que l'arbitre de la finale a pas sifflé UNE seule faute contre l'équipe de Châteauguay de tout le match? Je dis ça de même, mais paraît que c'est son beau-frère qui a le contrat des liqueurs à la cantine de leur école... faites vos propres liens 😉 Moi j'en parle plus, mais ceux qui étaient là savent.

Bref, merci encore à [[P:Lyne]], [[P:Sébastien]] pis aux deux grands de secondaire 5 qui ont lavé les plaques jusqu'à 20h. On remet ça en février! Pis si quelqu'un a trouvé une glacière bleue Coleman, c'est la nôtre 🙏"""),
(1, "en", "instagram", "R", [], """Canteen crew CRUSHED it today 🌭🌭 hot dogs sold out by 10:30, grilled cheese by noon. Every dollar goes to the juvenile girls' bus fund. Thank you volunteers, you're the real MVPs 💛 #RSEQMonteregie #basketball"""),
(1, "fr", "facebook", "R", ["DISPARAGEMENT"], """@[[P:karine.bessette]] ta poutine goûtait le carton mouillé, comme ton coaching en 2e demie 🙃"""),
(1, "fr", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Fière de ma puce 💕 La petite [[P:Maëlie]] (née le [[D:3 mars 2018]]), qu'on a chez nous depuis que la DPJ l'a placée en mars, a servi les muffins à la cantine du tournoi de mini-volley de l'école à Chandler samedi. Elle qui parlait à personne en arrivant! Les photos sont dans mon album 📸"""),
(1, "en", "linkedin", "C", [], """Our nutrition team worked with three school sports associations this fall to rethink tournament canteen menus: fewer deep-fried items, more whole-grain wraps and fruit, and clear allergen labels. Small changes, big impact on kids who spend 8 hours in a gym. If your school wants the free menu guide, it's on the public health page of the CISSS website. #santépublique #Gaspésie"""),
(1, "en", "facebook", "R", ["HARASSMENT"], """To the dad who whined on the team page about our canteen prices: no worries, we know which silver Silverado is yours and where you park at the arena on Saturdays. See you there 🙂"""),
# ---- brief 2: broken equipment and arena repairs
(2, "fr", "facebook", "R", ["DISPARAGEMENT"], """encore la zamboni brisée à l'aréna, 3e fois ce mois ci. pis le coordo des plateaux du rseq [[P:rejean]] qui dit que "c'est en traitement"... en traitement mon oeil, c'est un incompétent fini qui serait pas capable de changer une batterie de manette 🙄"""),
(2, "en", "linkedin", "R", [], """Third game cancelled this month because the scoreboard and shot clock at our gym are down again. I know the volunteers and the regional staff are doing their best with what they have, and I'm not blaming anyone. But our region needs a real equipment-replacement budget. I'd be glad to help organise a fundraiser — message me if you're interested. (Views my own, not RSEQ Montérégie's.)"""),
(2, "fr", "facebook", "C", ["CONFIDENTIAL_INFORMATION"], """Encore le lève-personne en panne au 3e à l'hôpital de Maria. J'ai lu le rapport d'incident qui a circulé dans l'unité hier : 2 chutes de patients ce mois-ci à cause de ça, pis la direction avait la soumission de réparation sur son bureau depuis juin (8 400 $, refusée au budget). Ça va prendre combien de chutes??"""),
(2, "en", "instagram", "C", ["CONSENT_REQUIRED"], """Shoutout to [[P:Denis Poirier]] from CISSS maintenance who came to our RI and fixed the broken dryer in 20 min flat 🙌 tagged him in the pic, what a guy #teamCISSS #Gaspésie"""),
(2, "fr", "linkedin", "C", [], """Info pour ceux qui se demandaient : la porte automatique brisée du CLSC de Paspébiac est réparée, l'entrée principale est rouverte au public depuis ce matin. Les heures d'ouverture restent les mêmes."""),
(2, "en", "instagram", "R", ["DISPARAGEMENT"], """LOL the gym floor at the polyvalente is as warped as [[P:MR. GAUTHIER]]'s calls tonight 😂😂 someone book the ref a new pair of eyes when they fix the floorboards 🤡"""),
# ---- brief 3: staff parties and 5 à 7
(3, "fr", "facebook", "C", ["CONSENT_REQUIRED"], """5 à 7 de l'équipe jeunesse hier à Gaspé 🍻 Merci à [[P:Nathalie]] pis [[P:Steeve Cyr]] pour l'organisation, vous êtes malades! Photos de tout le monde en commentaire 👇"""),
(3, "fr", "linkedin", "C", [], """Belle soirée de reconnaissance des années de service du CISSS de la Gaspésie jeudi. 25, 30, même 35 ans de carrière à soigner et accompagner la population de la péninsule : merci. Les photos officielles sont publiées sur la page de l'établissement, avec le consentement écrit des personnes qui y figurent."""),
(3, "en", "facebook", "C", ["CONFIDENTIAL_INFORMATION", "HARASSMENT", "DISPARAGEMENT", "CONSENT_REQUIRED"], """OK team, holiday 5 à 7 details since half of you didn't read the email 🙄🎄

When: Friday the 12th, 5 pm until whenever the last person gets kicked out.
Where: at [[P:Marco]]'s place again, [[A:45, rue de la Marina]], Gaspé [[Z:G4X 2R7]]. Park on the street, not in the neighbour's driveway like last year (sorry [[P:Mrs. Hunter]]).

Bring: a dish to share (NOT another pasta salad please, we had four last year), your own drinks, and a $15 gift for the exchange. Wrapped. Bonus points if it's funny.

For the night-shift people at the group home who want to drop by on their break: the code for the back door is still 4419, so just come in that way and don't wake the kids. Nobody ever changes it anyway lol.

Also, we all know why [[P:Guylaine]] from HR suddenly "has a family thing" that night... 👀 let's just say she'd have to sit across from a certain someone from the Chandler office and we all know how THAT ended at the summer BBQ. I'm not saying anything, I'm just saying.

Music: [[P:Julien]] is in charge of the playlist, so expect 2000s country and nothing else. If you want to complain, complain to him.

Carpool list is in the staff room, sign up by Wednesday. Designated drivers get free dessert and eternal gratitude. Let's make it a good one, this year was a LONG one and we deserve it 💪🍷"""),
(3, "fr", "instagram", "R", ["DISPARAGEMENT"], """5 à 7 des coachs de basket 🏀🍺 super soirée! toute la gang était là... sauf celui qui compte ses points de stats comme il compte ses amis, tsé qui 😏 on s'ennuie vraiment pas"""),
(3, "en", "facebook", "R", [], """Great 5 à 7 with the officials' committee last night, good laughs and a few good ideas for next season's training clinics. Thanks [[P:Sophie Lavallée]] for hosting and for the famous pulled pork 🐖 Reminder: what I post here is my own opinion, not RSEQ Montérégie's 🙂"""),
(3, "en", "linkedin", "R", ["HARASSMENT"], """Best prank of the season 😂 I made a fake page with [[P:Julie Ménard]]'s name and photo and sent out an invite for the coaches' 5 à 7: "open bar, Julie's paying!" Twenty people showed up asking her for their drinks. Her face!!"""),
# ---- brief 4: road closures and construction
(4, "fr", "instagram", "R", [], """Avis aux parents : la 132 est fermee a Varennes pour les travaux du pont, le tournoi commence 30 min plus tard. Passez par la 229 pis la 30. Merci pour votre patience 🚧 parking = derriere l'ecole"""),
(4, "fr", "facebook", "R", ["DISPARAGEMENT"], """ben si l'autobus à [[P:Patrick Huot]] reste pogné dans l'détour de la 116 tant mieux, ça lui sauvera une autre défaite 🤡 y'é tellement pas bon ce coach là c gênant pour l'école"""),
(4, "fr", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Fermeture de la 198 encore aujourd'hui 😤 ça me fait 1h de détour pour ma visite au petit gars de 6 ans qu'on a placé sous la LPJ dans une famille d'accueil de Murdochville... c'est le fils du garagiste en face de l'église, au [[A:112, rue Principale]], ceux qui connaissent vont comprendre pourquoi on l'a sorti de là."""),
(4, "en", "facebook", "C", [], """Route 198 is closed between Murdochville and Gaspé until Friday for culvert repairs. Home-care visits on that stretch will be rescheduled; users will be contacted directly. For questions, call the CISSS public info line at [[T:418-555-0142]]. Drive safe ❄️"""),
(4, "fr", "instagram", "C", ["HARASSMENT", "CONSENT_REQUIRED"], """@[[P:sylvie.bujold]] tu savais que le détour de la 299 passe direct devant chez vous? je vois ta belle galerie neuve tous les matins 😉 on va avoir le temps de se reparler de ton rapport sur moi, inquiète-toi pas"""),
(4, "en", "instagram", "R", [], """Parking lot at the school is torn up for construction so we warmed up on the sidewalk 😅 doesn't matter, on va les planter ce soir, we're going to DESTROY Boucherville 💪🔥 (on the court, respectfully, great team over there)"""),
(4, "en", "linkedin", "C", ["CONFIDENTIAL_INFORMATION"], """Another winter, another Route 132 closure between Grande-Vallée and Mont-Saint-Pierre, and another week where our home-care nurses drive an extra 90 minutes a day to reach the same patients.

I've been a nurse on the coast for 14 years, and I want to say publicly how proud I am of my colleagues. They check the Québec 511 map at 5 am, load the car with chains, sandbags and a thermos, and they still show up with a smile. Some of our users have no one else coming to see them all week.

But we need to talk about what happens next. I'll be careful here, but let's just say the draft plan that went around to managers last week (the one dated Nov 28, not the version you'll see in the press release) cuts the Chandler CLSC overnight shift as of January and moves two home-care positions to Gaspé. It hasn't been announced yet, so you heard it here first. With the road closing every other week, that means some villages will be two hours from the nearest night nurse.

I'm not writing this to attack anyone. Decision-makers have tough budgets and I respect that. But rural health care can't be planned from a spreadsheet, and the people who drive these roads every day should be at the table before the decision, not after.

If you work in rural home care anywhere in Quebec, I'd love to hear how your region handles road closures. Share your tips below — and drive safe out there. 🚗❄️ #santé #Gaspésie #soinsàdomicile"""),
]
