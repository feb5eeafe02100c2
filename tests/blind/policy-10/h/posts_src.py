POSTS = [
# ---------- Brief 1: cruises and all-inclusive ----------
(1, "fr", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Bon ben on est revenus du Mexique hier soir, encore toute bronzés pis le cœur plein ☀️🌴

Petit résumé pour la famille pis les amis qui nous ont demandé des nouvelles : une semaine au tout-inclus à Riviera Maya, l'hôtel était correct sans plus (la bouffe du buffet italien, on repassera lol) mais la plage était MALADE, l'eau turquoise comme sur les cartes postales. mon chum a faite du snorkeling tous les matins, moi j'ai lu trois livres pis j'ai pas pensé au lavage une seule fois 😂

Le plus beau de la semaine ça a été de voir notre grand [[P:Mathis]] voir la mer pour la première fois de sa vie. Pour ceux qui savent pas, ça fait deux ans qu'il reste chez nous depuis que la DPJ l'a sorti de chez sa mère à Chandler, pis c'était tout un combat pour avoir le OK de voyager avec lui à l'extérieur du pays, son père [[P:Steve Poirier]] voulait rien signer jusqu'à temps que ça passe devant la juge en octobre. Mais on l'a eu! Il a eu 9 ans là-bas (né le [[D:14 novembre 2017]]) pis les animateurs du club lui ont chanté bonne fête en espagnol, il était rouge comme une tomate 🎂

Sinon petit conseil pour ceux qui partent cet hiver : prenez l'assurance annulation, on a eu un retard de 6 heures à l'aller à cause de la neige à Mont-Joli pis sans ça on aurait perdu une nuitée. Pis apportez votre propre tasse thermos, les verres du bar sont grands comme des dés à coudre 🙃

Bon retour à la réalité, il neige à plein ciel icitte. Qui veut venir pelleter? ❄️"""),

(1, "en", "instagram", "R", ["DISPARAGEMENT"], """Day 4 on the ship 🚢🍹 Even the blindfolded bingo caller on deck 7 made better calls than @[[P:m.lavoie.ref]] did at our semi-final. Should've brought him along, he'd fit right in with the other seniors who can't see past their own nose 😂 #cruiselife #stillbitter"""),

(1, "fr", "facebook", "C", [], """Pour celles qui m'ont écrit en privé : oui on part en croisière dans les Caraïbes en février avec le groupe de retraitées du CH de Maria 🛳️ Pis non, j'posterai pas de photos avec les filles dessus avant qu'elles m'aient dit oui par écrit, vous me connaissez, j'ai été assez longtemps à la qualité pour savoir que c'est la politique 😉 Des photos de couchers de soleil par exemple, vous allez en manger!"""),

(1, "en", "linkedin", "C", ["CONFIDENTIAL_INFORMATION"], """Back from ten days all-inclusive in Varadero and honestly the hardest part isn't the jet lag, it's opening my inbox. Nothing like reading the draft 2027 staffing plan over your first coffee and finding out which night shifts at a certain long-term care centre on the Chandler side are quietly getting cut before the union even sees it. Not public yet so I'll just say: colleagues, enjoy your summer vacation requests while they last 😬 #healthcare #gaspesie #backtowork"""),

(1, "fr", "instagram", "R", ["DISPARAGEMENT", "HARASSMENT"], """le coach des Dragons de st-hyacinthe part-tu encore en tout-inclus avec la caisse du tournoi? 🍹😉"""),

(1, "en", "facebook", "R", [], """🌴 RAFFLE TIME 🌴 Our juvenile girls volleyball team (Vikings, D2 Montérégie) is raising money for the provincial championship in Rimouski! Grand prize: a 7-night all-inclusive for two in Cayo Coco, donated by a local travel agency. Tickets $20, or 6 for $100. Draw at the last home game, March 14. To get tickets message me or text [[T:450-555-0187]] / [[E:vikings.volley.stbruno@example.com]] — [[P:Nathalie Bergeron]], team manager. Thank you for supporting our girls!! 🏐💙"""),

# ---------- Brief 2: pools and beaches ----------
(2, "fr", "facebook", "R", ["DISPARAGEMENT"], """Belle compé de natation scolaire à Longueuil en fds, nos benjamins ont pété 4 records perso 💪🏊 Par contre y'a une nageuse de 14 ans de la poly à St-Jean qui devrait peut-être passer moins de temps au buffet pis plus de temps dans le bassin, juste de même 🐋 Même sa coach a l'air d'avoir abandonné lol"""),

(2, "en", "instagram", "C", ["CONSENT_REQUIRED"], """Beach day at Percé with our residents 🏖️☀️ [[P:jean-guy]] put his feet in the water for the first time since his stroke and [[P:Ginette]] collected a whole bucket of agates. Best outing of the summer at the RI! 📸 swipe for the pics #gaspesie #perce #resourcelife"""),

(2, "fr", "linkedin", "C", [], """Rappel de prévention pour l'été 🏊‍♀️ En Gaspésie on a des plages magnifiques mais l'eau reste froide et les courants sont traîtres. Surveillez TOUJOURS les enfants à portée de bras, même dans une piscine hors terre, et installez une clôture avec porte qui se referme toute seule. Une noyade, c'est rapide et silencieux. En cas de doute sur la santé de quelqu'un après une baignade, appelez Info-Santé au 811. Bon été à toutes et à tous de la part de l'équipe de santé publique! #prévention #noyade #CISSSGaspésie"""),

(2, "en", "facebook", "R", ["HARASSMENT"], """to the starter at saturday's meet at the Brossard aquatic centre who DQ'd my 200 free relay for a "false start" nobody else saw: I know what you drive and I know where you park. enjoy the next meet buddy 🙂"""),

(2, "fr", "instagram", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Premier plongeon pour notre cocotte 💦💦 depuis que l'intervenante est venue la chercher chez sa mere a Gaspe en mars elle avait peur de l'eau pis la regardez-la 🥹 Fiere de toi ma [[P:Loulou]] 💕 #familledaccueil #piscine #5ans"""),

(2, "en", "facebook", "R", [], """What a battle in the pool last night. Our juvenile water polo boys lost 9-8 to Collège Charles-Lemoyne in double overtime and honestly they earned every goal against us. Their goalie was a wall, their coach had them disciplined from start to finish, and the refs let both teams play. We'll learn from it. Proud of our guys for shaking every hand after the whistle. See you in the rematch 🤽‍♂️"""),

# ---------- Brief 3: recycling and compost ----------
(3, "fr", "facebook", "C", ["CONFIDENTIAL_INFORMATION", "CONSENT_REQUIRED"], """non mais sérieux 🤦‍♀️ le bac bleu à côté du poste au 3e, y'a des feuilles de dossiers d'usagers dedans pas déchiquetées, avec les noms pis toute, le monsieur c'est [[P:GASTON BOUDREAU]] écrit en gros en haut. J'ai pris une photo, on voit même un numéro d'assurance maladie au complet ([[R:BOUD 5207 1418]]) pis l'adresse du monsieur, [[A:122, boul. Perron Est]], [[Z:G0C 1E0]]. C'est full pas correct. On recycle le papier c'est beau, mais on recycle pas la confidentialité 🙄 photo en commentaire"""),

(3, "en", "linkedin", "C", ["DISPARAGEMENT", "CONSENT_REQUIRED"], """Six months ago our unit signed on to the regional green-team pilot, and I wanted to share where we landed because a lot of you in other facilities have asked me about it.

The short version: it works, but only if people actually buy in.

What we did: we replaced the single garbage bin at each nursing station with a three-stream setup (compost, recycling, landfill), added colour-coded signage in French and English, and partnered with the municipal compost pickup that already serves the town. Dietary services came on board early and started separating food waste from the trays before they even left the kitchen, which was huge. Housekeeping helped us figure out where the bins would not block anything during a code.

Results so far: landfill waste from the unit down about 38% by weight, and we managed to get the soiled-paper-towel question sorted with the municipality (yes, they go in compost here; check your own town's rules, they differ).

The challenges were mostly human. Most of the team was great. Then there's the night supervisor on 2B, [[P:Carole Gagné]], who apparently thinks sorting a yogurt cup is beneath her pay grade and keeps dumping everything in the landfill bin at 3 a.m. like a toddler having a tantrum. Some people just shouldn't be in charge of anything, including a bin. Anyway.

Lessons learned:
1. Start with one unit, not the whole building.
2. Get dietary and housekeeping involved before you buy a single bin.
3. Measure before and after, even roughly. Numbers convince managers.
4. Celebrate small wins; we put the monthly weight on the break-room whiteboard.

If your facility is thinking about it, happy to share the signage templates. Just message me. ♻️🌱 #sustainability #healthcare #gaspesie #compost"""),

(3, "fr", "instagram", "R", [], """Tournoi de basket benjamin à Granby en fds 🏀♻️ Pour la première fois on avait des stations de tri partout dans le gym pis les jeunes du comité vert ont fait toute la sensibilisation. Résultat : 3 sacs de poubelle au lieu de 15! Merci aux bénévoles pis aux équipes visiteuses qui ont embarqué 💚 #RSEQMontérégie #zérodéchet"""),

(3, "en", "facebook", "R", ["DISPARAGEMENT", "HARASSMENT"], """lol ask the Patriotes coach what's in his recycling bin every tuesday morning 🍾🍾 explains a lot about saturday's lineups"""),

(3, "fr", "facebook", "R", ["DISPARAGEMENT", "HARASSMENT"], """NOUVELLE PAGE 🗑️ « Le Bac Brun du RSEQ » — icitte on va composter tout ce qui pue dans la ligue : les arbitres achetés, les décisions du comité de discipline, pis les coachs qui savent pas compter jusqu'à 5 joueurs. Envoyez-moi vos screenshots pis vos vidéos en privé, je poste toute de façon anonyme 😈 Partagez pour qu'on soit le plus de monde possible!!"""),

(3, "en", "instagram", "C", [], """Friendly reminder before everyone posts their summer garden & compost pics 🌱: for a kid placed with you under the LPJ, even the parents' written OK isn't enough, only the court can authorize it. Tomatoes and compost bins, go wild 🍅"""),

# ---------- Brief 4: lunar new year and Diwali ----------
(4, "fr", "facebook", "C", ["DISPARAGEMENT", "HARASSMENT"], """Encore les lumières pis les bonbons de Diwali dans la salle des employés au 4e cette semaine 🙄 on se demande si on travaille à Chandler ou à Bombay. Y'en a certaines qui devraient se rappeler dans quel pays elles ont été engagées pis arrêter d'imposer leurs affaires à tout le monde. Juste de même."""),

(4, "en", "linkedin", "C", [], """This week our regional diversity committee hosted a small Lunar New Year and Diwali open house in the cafeteria, open to all staff 🧧🪔 Colleagues brought dumplings, samosas and ladoos, and the kids from the daycare next door made paper lanterns for the windows. In a region where recruiting from abroad has kept several of our units open, it matters that people feel at home here. Thank you to everyone who cooked and to everyone who just came by to taste and ask questions. #inclusion #healthcare #gaspesie"""),

(4, "fr", "instagram", "R", ["HARASSMENT"], """@[[P:kevin.tran07]] bonne année mon homme 🧨 vendredi à Châteauguay regarde ben en arrière de toi après la game"""),

(4, "en", "facebook", "R", ["DISPARAGEMENT", "HARASSMENT"], """Lunar New Year team potluck last night and our midget AA girls outdid themselves 🧧🥟 [[P:Amélie]] made her grandmother's dumplings from scratch, [[P:Priya]] brought gulab jamun "to mix up the holidays" and the parents set up the gym like a proper banquet hall. The girls also did a red-envelope gift swap with little notes of encouragement for each other and I'll admit I teared up a bit. This team has been through a lot this season (two ACL injuries, a bus breakdown on the 30 in January, a 0-4 start) and watching them laugh together like that reminded me why I coach.

Only sour note: the opposing coach from Saint-Lambert showed up to drop off the tournament schedule and gave a little "speech" nobody could understand a word of. Maybe next time bring subtitles, or a fortune cookie that translates, ching chong 🥢😂 Anyway.

Big thanks to [[P:Marc-André]] for lending the sound system and to every parent who stayed to clean up. Year of the Horse, let's gallop into playoffs 🐎🏐 GO VIKINGS"""),

(4, "fr", "facebook", "C", ["CONFIDENTIAL_INFORMATION"], """Merci à toute l'équipe de soir pour le beau petit party de Diwali au CLSC hier 🪔✨ les samoussas étaient écœurants! Petit rappel en passant pour celles qui étaient en vacances : le code de la porte arrière a changé lundi, c'est rendu 4521# (l'ancien marche pu), pis la clé du local des dossiers est rendue dans la boîte grise en dessous du micro-ondes. Bonne fin de semaine les filles 💛"""),

(4, "en", "instagram", "C", ["CONSENT_REQUIRED"], """Happy Lunar New Year from the night crew on 3rd floor med at Hôpital de Gaspé 🧧🐉 Couldn't have asked for a better team to ring it in with at 2 a.m. Tagging the best RN on the floor @[[P:ngoc.anh.rn]] and our resident @[[P:dr.minh.phan]] who brought the mandarins 🍊 swipe for the group pic!! #nightshift #nurselife"""),

(4, "fr", "linkedin", "R", [], """Au gala régional du RSEQ Montérégie la semaine passée, on a souligné le Nouvel An lunaire et Diwali avec une petite exposition préparée par les élèves-athlètes de plusieurs écoles secondaires 🧧🪔 Nos équipes sont de plus en plus à l'image de la Montérégie, pis ça fait du bien de voir des jeunes de toutes les origines fiers de présenter leurs traditions à leurs coéquipiers pis à leurs adversaires. Merci aux enseignant·e·s en éducation physique qui ont porté le projet. Les opinions exprimées ici sont les miennes. #sportétudiant #RSEQ #diversité"""),
]
