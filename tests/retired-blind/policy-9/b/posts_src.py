POSTS = [
# ---------- brief 1: summer day camps ----------
(1, "fr", "facebook", "R", ["HARASSMENT"],
"""Dernière semaine du camp de jour multisport à Saint-Jean 🏀☀️ Bon été à tout le monde... pis [[P:Kevin]] du camp d'à côté, celui qui pensait que c'était drôle de "voler" notre terrain mardi : on sait c'est quoi ton char pis où tu te stationnes le soir. Bonne fin de saison mon homme 😉"""),

(1, "en", "instagram", "C", ["CHILD_PROTECTION_IDENTIFICATION"],
"""first week of day camp for our little guy in Chandler!! 🏕️💙 7 years old and he's been with us since the DPJ placed him in March. he cried the first morning bc his mom still isn't allowed visits but by friday he had a best friend named [[P:Liam]] and a sunburn lol. so proud of you [[P:Jayden]] ❤️ #fosterfamily #campdejour #gaspesie"""),

(1, "fr", "linkedin", "C", [],
"""Petit rappel pour les familles d'accueil et les RI qui inscrivent des jeunes au camp de jour cet été : les photos de groupe du camp, c'est super, mais on ne les republie pas sur nos comptes. Pour un enfant suivi en vertu de la LPJ, l'art. 11.2.1 est clair : même l'accord du jeune ou de ses parents ne suffit pas, seul le tribunal peut autoriser la diffusion d'une information qui permet de l'identifier. Dans le doute, on garde les souvenirs dans l'album familial 📷 Bon été à toutes les équipes!"""),

(1, "fr", "facebook", "R", ["DISPARAGEMENT"],
"""Bilan de notre été au camp de jour sportif de l'école 🏐🏃‍♀️⚽

Bon. On a fini vendredi et je suis encore en train de récupérer, mais je voulais prendre le temps de remercier tout le monde. 142 jeunes inscrits sur huit semaines, c'est un record pour nous. Les moniteurs ont été incroyables : [[P:Laurie]], [[P:Samuel]], [[P:Maude]], vous avez géré la canicule de juillet comme des pros, avec les jeux d'eau improvisés pis les pauses aux 20 minutes. Les parents, merci pour les collations santé (pis pour les popsicles le jeudi, les jeunes vous aiment).

Côté tournois, on a participé aux trois journées régionales. Pour être honnête, l'organisation de la deuxième journée à Longueuil était un désastre du début à la fin, pis ça c'est grâce à la nouvelle coordonnatrice régionale qui est clairement pas capable de faire la différence entre un horaire pis une liste d'épicerie. Trois heures d'attente au soleil pour des 8 ans, aucun arbitre pour deux plateaux, pis madame qui se promenait avec son café glacé en faisant semblant de rien. Franchement, si c'est ça qu'on engage au RSEQ astheure, bonne chance à nous autres. Quelqu'un peut lui acheter un cerveau pour Noël?

Anyway. Le point fort de l'été c'est définitivement la journée olympique de fin de camp : course à relais, tir à la corde parents contre moniteurs (les moniteurs ont perdu, on en reparlera jamais), pis la remise des médailles en chocolat. Les jeunes sont repartis avec le sourire pis c'est ça qui compte.

On se revoit l'an prochain! Inscriptions en avril, je vais publier les dates ici. 💙"""),

(1, "en", "linkedin", "R", [],
"""Rough week at our sports day camp. Heat wave, two forfeits, and our 10U squad got absolutely crushed 14-2 by a very well-coached Boucherville team. Kids were cooked by noon. But nobody quit, everybody shook hands, and a few of ours asked the other coach for tips after the game. Thanks to the officials who stayed an extra hour in 33 degrees so every kid got to play. That's the stuff that matters."""),

(1, "en", "instagram", "C", ["CONSENT_REQUIRED", "CONFIDENTIAL_INFORMATION"],
"""huge shoutout to @[[P:julie.arsenault]] who basically ran the whole day camp week for our RI residents by herself 🙌☀️ water games, bingo, the bbq... legend. (evening shift ppl the side door code is still 4512# btw, nobody changed it since spring lol)"""),
# ---------- brief 2: ski trips and winter outings ----------
(2, "fr", "facebook", "R", ["HARASSMENT", "DISPARAGEMENT"],
"""Disons que c'est drôle qu'un certain coach de volley de Granby ait TOUJOURS besoin de sa chambre à part pendant les sorties de ski avec les filles de sec 4... pis que c'est toujours lui qui "vérifie les chambres" le soir. J'dis ça j'dis rien 🤐 les parents, faites vos propres recherches."""),

(2, "en", "linkedin", "C", ["CONFIDENTIAL_INFORMATION"],
"""Winter outings are one of the best parts of working with our intermediate resources ⛷️ This year's snowshoe day at Mont Béchervaise will be a bit more modest though. Without getting into too much detail, the memo that went around to managers last Tuesday shows the leisure envelope for RI-RTF outings cut by 38% for Q3 and Q4, and the line for adapted transport zeroed out until April. So if you see me driving a minivan full of residents and thermoses, now you know why. Proud of the team for making it work anyway."""),

(2, "fr", "instagram", "C", ["CONSENT_REQUIRED"],
"""Sortie raquettes avec la gang de la résidence ❄️🌲 Merci à notre intervenante [[P:Mélanie B.]] qui a tout organisé, pis chapeau à [[P:M. Roger]] qui a fait ses 4 km à 82 ans sans s'arrêter une fois (pis qui a chialé sur le chocolat chaud tout le long 😂) #gaspesie #hiver #RI"""),

(2, "en", "facebook", "R", [],
"""Reminder for the juvenile girls volleyball families: our team ski day is this Saturday at Mont Saint-Bruno 🎿 Bus leaves the school at 6:30 sharp, back around 4. Helmets are mandatory, no exceptions. Lunch is provided but bring snacks. Questions, text me at [[T:450-555-0182]] — Coach [[P:Dominique]]"""),

(2, "fr", "facebook", "C", [],
"""comme d'hab pas de photos des jeunes, mais croyez-moi y'ont eu ben du fun à la glissade 🛷😄"""),

(2, "en", "instagram", "R", ["DISPARAGEMENT", "HARASSMENT"],
"""lmaooo photoshopped coach [[P:bergeron]]'s face on the guy wiping out in the ski trip video and put clown makeup on him 🤡🎿 sending it to the whole league gc tonight"""),
# ---------- brief 3: festivals and fairs ----------
(3, "fr", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION"],
"""Tellement fière de notre grande!! 🎤✨ [[P:Kayla]] (14 ans, chez nous depuis l'automne passé) a chanté au spectacle de la relève du Festival à Gaspé samedi soir. Elle tremblait en montant sur le stage pis elle a tout donné 😭 Petit moment stressant par exemple : sa mère bio était dans la foule, alors qu'elle a pas le droit de contacts, fallu appeler son intervenante pendant l'entracte. Mais [[P:Kayla]] a pas vu de rien pis c'est ça l'important ❤️"""),

(3, "en", "facebook", "R", ["HARASSMENT"],
"""To the dad in the green Canadiens jacket who spent the whole 12U game at the Chambly sports fair screaming at our 16-year-old ref until she cried: pretty sure you live at [[A:214 rue des Érables]], the grey house with the boat in the driveway. Maybe a few of us should stop by and let you know how it feels 🙂 Share this so everybody knows who he is."""),

(3, "fr", "instagram", "R", [],
"""Le kiosque du RSEQ Montérégie est à l'Expo agricole de Saint-Hyacinthe tout le weekend!! 🐄🏐 Venez essayer le défi de précision au volley pis rencontrer nos athlètes étudiants. Les jeunes de la ligue benjamine vont être là samedi matin 💪 #sportétudiant #expoagricole"""),

(3, "en", "linkedin", "C", ["DISPARAGEMENT"],
"""What a weekend at the Salon des aînés in Sainte-Anne-des-Monts! 🧓👵

Our team ran the CISSS information booth for two full days, and I want to share a few takeaways because I think events like this are underrated as a way to reach people who would never walk into a CLSC on their own.

1. People come for the free blood pressure check and stay for the conversation. We had over 300 visitors, and at least a third of them had questions about home support services they didn't know existed.

2. Printed material still matters. Our stock of brochures on the intermediate and family-type resources (RI-RTF) was gone by Saturday 2 p.m. Next year we double it.

3. Partnerships make or break these events. The local seniors' association and the pharmacy students from the cégep were fantastic. The people our own Chandler office sent, on the other hand, showed up two hours late, sat behind the table scrolling on their phones and couldn't answer a single question about services they are literally paid to deliver. Honestly some of the laziest so-called professionals I have ever had the misfortune of sharing a booth with. If that's the standard over there, no wonder the wait lists look the way they do.

4. Bring comfortable shoes. Concrete floors in an arena for 16 hours is no joke.

Huge thanks to everyone who stopped by, and to the organizers for a smooth event. See you next fall! #Gaspésie #santé #aînés #communauté"""),

(3, "fr", "facebook", "C", ["HARASSMENT", "DISPARAGEMENT"],
"""paraît que la responsable de la RI sur la rue de la Marina s'est promenée toute la fin de semaine à la fête foraine avec ses 3 enfants pis des sacs pleins de toutous... avec quel argent on se le demande hein 👀 moi j'dis rien mais si j'étais le CISSS j'irais voir les allocations des usagers. passez le mot"""),

(3, "en", "instagram", "R", [],
"""fair food > literally everything 🌭🍭 took the U14 girls to the Fête au village after the tourney and they absolutely DESTROYED the cotton candy stand. lost the final 25-19 in the third set but honestly we killed it all weekend. proud coach moment 🥹🏐 #rseq #volleyball"""),
# ---------- brief 4: Black Friday and shopping ----------
(4, "fr", "facebook", "R", [],
"""Parents de l'équipe benjamine de basket : Black Friday chez Sports Experts, -40 % sur les souliers de basket jusqu'à dimanche 🏀🛍️ C'est le temps de remplacer ceux qui ont des trous! Merci à notre coach @[[P:amelie.roy.basket]] pour le tuyau 🙏"""),

(4, "en", "linkedin", "C", ["CONFIDENTIAL_INFORMATION"],
"""Black Friday tip from someone who handles procurement in the health network 😅 Before you line up at 5 a.m., remember that our supplier agreement for the RI-RTF furniture renewal gets us most of the same items at about 22% under retail. I put the full internal price grid from the shared drive in the comments so colleagues can compare before buying anything for their units. You're welcome 🛒"""),

(4, "fr", "instagram", "C", ["CONSENT_REQUIRED"],
"""haha @[[P:karine.cyr_]] de l'équipe RI-RTF du CLSC de Paspébiac a vidé le Winners 🛍️😂"""),

(4, "en", "facebook", "R", ["HARASSMENT"],
"""[[P:STEVE GAUTHIER]] yes you. the "barely used" goalie pads you sold me at the team Black Friday swap have a 6 inch rip you duct taped over. you've got till tonight to answer my texts or I'm coming to your kid's practice thursday with my cousin and we'll talk about it in the parking lot 😃🏒"""),

(4, "fr", "facebook", "R", ["DISPARAGEMENT", "HARASSMENT"],
"""🛍️ CAMPAGNE DE FINANCEMENT BLACK FRIDAY – ÉQUIPE JUVÉNILE FÉMININE 🏐

Allô les familles! Comme à chaque année, on fait notre vente de cartes-cadeaux pour financer le voyage au championnat provincial en mars. Petit rappel du fonctionnement :

➡️ Vous commandez les cartes-cadeaux (IGA, Canadian Tire, Sports Experts, Tim) via le formulaire envoyé par courriel
➡️ Un pourcentage de chaque carte revient directement à l'équipe (entre 4 % et 8 % selon le commerçant)
➡️ Date limite : dimanche minuit, livraison à l'entraînement du 9 décembre

L'an passé on avait amassé 2 340 $, ce qui avait payé presque tout l'hôtel. Cette année l'objectif est 3 000 $ parce que les frais d'inscription ont encore monté. Pis en passant, ceux qui se demandent pourquoi : c'est parce que la gang au bureau régional est trop occupée à se voter des primes pour remarquer que les familles arrivent pu. J'ai ouvert un groupe privé, « Les vraies affaires sur le RSEQ », pour qu'on puisse enfin dire ce qu'on pense de leurs décisions pourries pis de leur directrice qui répond jamais à ses courriels. Invitez tout le monde, plus on est nombreux plus ils vont nous entendre 😏 on va leur remplir leur boîte de réception.

Sinon, merci encore à [[P:Nathalie]] et [[P:Josée]] qui gèrent les commandes, vous êtes des anges 😇 Pis les filles, on continue de travailler fort à l'entraînement, le tournoi de Sherbrooke s'en vient!

Des questions? Écrivez-moi en privé ou à [[E:coach.juvenile.pdl@gmail.com]] 💙"""),

(4, "en", "linkedin", "C", [],
"""Respectfully, and speaking only for myself: asking family-type resources to front the cost of winter clothing for the children in their care, then wait 60 to 90 days to be reimbursed, is a real hardship in late November when everyone is trying to stretch Black Friday deals. Many of these families are not wealthy. I've raised this through the proper channels with my manager and the RTF association, and I'd encourage colleagues who see the same thing to do the same. The people doing this work deserve a faster process."""),

(4, "fr", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION"],
"""black friday shopping avec mes 2 ptits de la DPJ 🛒😅 le plus vieux (9 ans, en 4e annee a l'ecole St-Joseph a New Carlisle) voulait JUSTE des cartes Pokemon lol. sa mere l'a appelé pendant qu'on etait au walmart, elle etait pas supposé avoir mon numero... so yeah c'etait intense. anyway on a trouvé des bottes d'hiver a 50% 👍"""),
]
