# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------------- batch 1 ----------------
("f1", "fr", "facebook", "C", ["CONSENT_REQUIRED"],
"""Quel après-midi à la résidence!! 🎶 Notre animatrice [[P:Ginette Cyr]] a sorti son accordéon pis [[P:m. Aurèle]] a chanté du Bolduc au complet, même les turlutes 😂
[[P:mme lapointe]] a gagné le bingo TROIS fois, [[P:Jos]] était pas content pantoute.
Merci à [[P:ti-paul]] du Marché Richelieu de Percé pour les beignes aux patates. Prochaine activité : tournoi de 500 jeudi, les Jardins du Rocher représentent! #RI #Gaspésie"""),

("f1", "en", "instagram", "S", [],
"""Sunday visit at Nana's place 💛 Manoir Saint-Joseph in Sherbrooke had its Cabane à sucre day: tire sur la neige, oreilles de crisse, pea soup, the whole thing.
Nana [[P:Rita]] (96!!) beat every single resident at crokinole, and the entertainer, a guy called [[P:Réal]] with a Yamaha keyboard, played Elvis and Ginette Reno for two hours straight. Staff in Orange Shirt Day tees doing the chicken dance 🐔
#grandmalove #[[P:Rita]]Forever"""),

("f2", "en", "linkedin", "L", [],
"""After 31 years with us, [[P:Margaret O'Sullivan-Price]] is hanging up her Dictaphone.

[[P:Maggie]] joined the firm as a legal secretary in 1994, when the Litigation group still fit in one boardroom on René-Lévesque Boulevard, and retires as Senior Paralegal, Civil Litigation. She survived three Managing Partners, two mergers, the Y2K panic and the switch to Teams without losing a single exhibit.

Cake and bubbles Thursday at 4 p.m., 22nd floor lounge. RSVP to [[E:events@obrien-lafleur-exemple.ca]] or to [[P:Kevin Tran]] at [[T:514-555-0148 ext. 2231]].
Enjoy Lac Memphrémagog, [[P:Maggie]] — you earned it. 🍰 #Retirement #LegalOps"""),

("f2", "fr", "linkedin", "B", [],
"""Le Service de la formation continue accueille deux nouvelles recrues cette semaine 🎉

[[P:Me Karim Benslimane]] se joint à nous comme conseiller juridique (il arrive de l'Aide juridique des Laurentides) et [[P:Mme Thi Lan PHAM]], coordonnatrice des événements, nous vient de l'Université de Sherbrooke.
Vous les croiserez sûrement au Congrès du Barreau à Gatineau en juin. Pour les joindre : [[E:k.benslimane@barreau-exemple.qc.ca]] et [[E:tl.pham@barreau-exemple.qc.ca]].
Bienvenue dans l'équipe! #BarreauDuQuébec #FormationContinue"""),

("f3", "fr", "facebook", "R", [],
"""🏃‍♀️ RÉSULTATS — Cross-country régional RSEQ Montérégie, parc Michel-Chartrand (Longueuil)

Juvénile féminin 4 km
1. [[P:Emma-Rose Nguyen]] (dossard 412, É.S. Jacques-Rousseau) 15:02
2. [[P:ANAÏS ST-PIERRE]] (dossard 388, Collège Charles-Lemoyne) 15:19
3. [[P:Fatou Diop]] (dossard 455, École Gérard-Filion) 15:27

Juvénile masculin 6 km
1. [[P:Mathis Lavoie-Okafor]] (dossard 120) 19:48
2. [[P:Kahente Diabo]] (dossard 131, Kahnawake Survival School) 20:03
3. [[P:dussault]] (dossard 97) 20:11 — oui oui, avec un soulier en moins!

Bravo à tous les athlètes et merci aux bénévoles de la Ville de Longueuil. Prochaine étape : le Championnat provincial à Trois-Rivières le 25 octobre."""),

("f3", "en", "instagram", "C", [],
"""BQ!!! 🦄 3:14:52 at the Marathon de Rimouski, bib #2207. Negative split and everything.
Huge thanks to my run club girls @[[P:josee.arsenault]]_ and @[[P:m.leblanc]].runs for the long runs on the Route 132 shoulder all winter, and to [[P:Dr Huang]] at the physio clinic in Chandler who fixed my IT band. Kipchoge who? 😂
#RunGaspesie #BostonBound #Garmin"""),

("f4", "fr", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION", "CONSENT_REQUIRED"],
"""Ça fait 6 mois que notre petit [[P:Noah]] (7 ans) est placé chez nous à Chandler 💙 Il a commencé sa 2e année à l'école Notre-Dame pis il lit déjà ses Mini-Loup tout seul!
Sa mère [[P:Cindy Metallic]] a encore manqué la visite supervisée de mardi… on lui a rien dit, il attendait à la fenêtre avec son dessin 💔
Merci à notre intervenante [[P:Marie-Ève]] de la DPJ d'être toujours là pour nous. #familledaccueil #RTF"""),
# ---------------- batch 2 ----------------
("f4", "en", "facebook", "C", [],
"""Foster parent life, the careful edition 🙈 No names, no faces, no school, no town — rules are rules and honestly they're good rules.
What I CAN say: our little guy learned to ride a bike today. Fell twice, scraped a knee, got back on. Spaghetti for supper because he earned it.
Shoutout to every RTF family in the Baie-des-Chaleurs doing the unglamorous stuff. #FosterCare #Gaspésie"""),

("f1", "en", "facebook", "C", ["CONSENT_REQUIRED"],
"""🎂 100 YEARS YOUNG 🎂
Happy birthday to [[P:Mr. Wilfrid Boudreau]], born [[D:December 4, 1926]] in Grande-Rivière, who still beats everyone at cribbage on our unit at the CHSLD de Maria!
He got a card from the Lieutenant Governor, a framed letter from Premier François Legault and a cake shaped like a Ski-Doo (he drove one until he was 88 🤣).
Thank you to our recreation tech [[P:Nadia Haddad]] and to [[P:Father Cormier]] for the blessing. Bonne fête [[P:Wilfrid]]!!"""),

("f2", "fr", "linkedin", "R", [],
"""C'est avec beaucoup d'émotion qu'on dit au revoir à notre coordonnatrice du volleyball scolaire, [[P:Nathalie Pelletier-Ruel]], qui part relever de nouveaux défis chez Volleyball Québec. 14 saisons, des centaines de tournois à Saint-Jean-sur-Richelieu, Granby pis Brossard, et jamais un horaire publié en retard. Merci [[P:Nat]]! 🏐

On souhaite aussi la bienvenue à [[P:Jonathan Oyelaran-Roy]], nouveau coordonnateur Volleyball et Badminton, qui prend le relais lundi. Vous pouvez le joindre au [[T:450 555 0163 poste 118]] ou à [[E:j.oyelaranroy@rseq-monteregie.exemple]].
#RSEQ #SportÉtudiant"""),

("f3", "en", "facebook", "R", ["DISPARAGEMENT"],
"""Triathlon scolaire de Saint-Hyacinthe results for our Grade 10 squad 🏊‍♂️🚴‍♀️🏃
- [[P:Liam O'Connor-Bélanger]], bib 56: 3rd overall, 1:02:47
- [[P:Priya Raghunathan]], bib 73: 5th girls, 1:08:12
- [[P:KEVEN]] bib 81, DNF (flat tire at km 9, he ran the bike back lol)
So proud of these three. Less proud of the official from the Granby side who "lost count" of [[P:Liam]]'s laps in the pool — the guy couldn't count to four with a calculator. Time to retire, buddy. 🙄"""),

("f4", "fr", "instagram", "S", ["SURVIVOR_IDENTIFICATION", "LOCATION_DISCLOSURE"],
"""Journée pyjama à la maison avec les cocos des résidentes 🧸🥞 La petite [[P:Aminata]] a fait ses premières crêpes toute seule pendant que sa maman [[P:Mariama Kamara]] se reposait enfin un peu. Ces moments-là, c'est pour ça que je fais ce métier 💜
On manque de pyjamas 4-8 ans! Dépôt de dons au [[A:318 rue des Érables]], Rimouski [[Z:g5l2t4]], sonnez deux fois à la porte de côté 😉 #maisondhébergement #intervention"""),

("f1", "fr", "instagram", "L", [],
"""Conférence ce matin au Cavalier Laval sur le mandat de protection et le testament 📜 Salle comble, café filtre pis galettes à la mélasse, le vrai bonheur.
Merci à [[P:Mme Thérèse Gauthier]], présidente du comité des résidents, pour l'invitation, et à [[P:chantal]] à l'accueil pour le café. Plein de bonnes questions sur le Curateur public (pardon, Curateur public du Québec) — mais on donne pas d'avis personnalisés sur Instagram 😉
Rendez-vous au bureau : [[T:450.555.0177]]"""),

("f2", "en", "linkedin", "S", [],
"""Please welcome [[P:Aïcha Diallo]] to our team as our new youth and family worker! 🌱
[[P:Aïcha]] comes to us from the CLSC Saint-Hubert and the Maison des jeunes de Boucherville, holds a BA in Social Work from UQAM and speaks French, English, Wolof and Pular. She'll be running our Tuesday homework club and the art workshops for kids.
(Photo shared with her written OK 🙂) #WomensShelter #SocialWork #Welcome"""),
# ---------------- batch 3 ----------------
("f3", "fr", "facebook", "B", [],
"""MARATHON DE MONTRÉAL ✅ 3:58:21 (dossard 8843) — sous les 4 h par 99 secondes, j'ai pleuré sur le pont Jacques-Cartier 😭
Merci à [[P:Me Jean-Phil Arsenault]] qui m'a traînée du km 30 au km 38, pis à ma sœur [[P:Geneviève]] qui criait « ENVOYE LA [[P:BOUCHARD]] » au coin de Rachel et Papineau 🤣
Petit SOS : j'ai perdu ma ceinture de course dans le parc La Fontaine avec ma carte soleil dedans ([[R:BOUM 8257 2213]]). Si quelqu'un la trouve, écrivez-moi en privé ou au [[T:(514) 555-0186]]!"""),

("f4", "en", "instagram", "L", ["CLIENT_CONFIDENTIALITY"],
"""Long morning at the Chambre de la jeunesse in Longueuil. My 9-year-old client — placed with a foster family in Sorel-Tracy since the spring — asked the judge, very seriously, if she could keep Biscotte the cat at her foster home. The judge said that wasn't really his call, but he smiled. 🐈
Little [[P:Maëlys]], you made my whole week. ([[C:505-41-004512-256]], continued to January.)
#YouthProtection #ChildLaw"""),

("f1", "en", "linkedin", "B", [],
"""Great turnout at our Legal Information Day for seniors at Résidence Le Riverain in Trois-Rivières 👵🏽👴🏻
Topics: protection mandates, powers of attorney, elder financial abuse, and phone scams pretending to be the Canada Revenue Agency.
Many thanks to [[P:Me Sandra López-Whitehead]] and [[P:Me Ahmed El-Khoury]] for volunteering, and to the residence's life-enrichment coordinator, [[P:Dolores Santos]], who had coffee ready and the Bingo cards put away by 9:00.
Next sessions: Shawinigan (March 12) and La Tuque (April 9). Info: [[T:1 877 555-0122]] or [[E:justicepourtous@barreau-exemple.qc.ca]]
#AccessToJustice #BarreauDuQuébec"""),

("f2", "en", "facebook", "C", ["CONSENT_REQUIRED"],
"""BONNE RETRAITE [[P:DENISE]]!!! 🎉🌊
After 35 years on 3rd floor medicine at the Hôpital de Maria, our [[P:Denise Bujold]] is officially trading her Crocs for a kayak. She trained half the nurses in the Baie-des-Chaleurs, knew every doctor's coffee order and never once lost her cool on a night shift (okay, maybe once, with [[P:Dr. Gagné-Savard]] 😅).
Party at the Legion in Carleton Friday, BYOB. Tag her! @[[P:denise.bujold]].52 we'll miss you so much 💙"""),

("f3", "en", "instagram", "S", ["CONSENT_REQUIRED"],
"""Our shelter team did the Défi des Demoiselles 5K in Magog this morning and raised $2,340 for the children's program 💜🏃‍♀️
Results (don't judge): [[P:Jess]] 24:18 (bib 311), [[P:Mélanie T.]] 27:45 (bib 312), [[P:Tasha]] 31:02 (bib 318), and me, 33:59, walking the hill on rue Principale 😂
📸 all four of us at the finish arch with our medals and our work hoodies.
Next year it's the Color Run — [[P:Mylène]] you're coming whether you like it or not! #RunForACause"""),

("f4", "fr", "facebook", "R", [],
"""Petit moment de papa d'accueil fier 🏀 Mon grand a joué son premier vrai match avec les Patriotes cadets à soir. 4 points, 2 fautes, pis un sourire qu'on avait pas vu depuis l'été. Je nomme personne pis je mets pas de photo, vous savez pourquoi 😉
Merci à coach [[P:Manu Desrosiers]] qui l'a pris sous son aile sans poser de questions, pis à [[P:Stéphanie]] à la cantine pour la poutine gratis après. Go Patriotes go! #SportÉtudiant #RSEQ"""),
# ---------------- batch 4 ----------------
("f1", "fr", "instagram", "R", [],
"""Activité intergénérationnelle ce midi : nos joueuses de basket juvénile D2 de l'École secondaire Mgr-A.-M.-Parent sont allées jouer à la pétanque pis au Skip-Bo avec les résidents des Jardins de Brossard 🎳❤️
[[P:Mme Yvette]] (91 ans) a complètement détruit notre meneuse de jeu [[P:Léa-Kim]] au Skip-Bo, pis [[P:M. Fernand]] nous a raconté la fois qu'il a vu Maurice Richard au Forum en 1955.
On y retourne en avril avec l'équipe de cheerleading! Merci à [[P:Karine Tousignant]], animatrice en loisirs, pour l'accueil. #RSEQMontérégie #Intergénérationnel"""),

("f2", "fr", "linkedin", "L", [],
"""Bienvenue à [[P:Me Rosalie Kanapé-Tremblay]], nouvelle avocate au groupe Droit autochtone! 🎉"""),

("f3", "fr", "instagram", "B", [],
"""IRONMAN MONT-TREMBLANT 🏊‍♀️🚴‍♀️🏃‍♀️ 11:42:08, dossard 1547. Je le crois pas encore.
3,8 km de nage dans le lac Tremblant, 180 km de vélo sur la 117 pis le chemin Duplessis, un marathon au complet. Merci @[[P:francois_lemire]]_tri pour le plan d'entraînement pis à mon chum [[P:J-F]] d'avoir tenu le fort avec les enfants tout l'été 🙏
P.-S. le site d'inscription pour 2027 refuse ma carte [[CC:4556 7375 8689 9855]] depuis deux jours, quelqu'un a eu le même problème?? 😤"""),

("f2", "en", "linkedin", "S", [],
"""After 19 years, our executive director [[P:Francine Lévesque-Martel]] is retiring at the end of June, and I've been trying to write this post for a week without crying on my keyboard.

When [[P:Francine]] started, the organisation had four beds' worth of funding, a photocopier that only worked if you kicked it, and a waiting list nobody wanted to talk about. She spent the next two decades in meetings with the Ministère de la Santé et des Services sociaux, the regional round table, the Fédération des maisons d'hébergement pour femmes and every municipal council that would have her, explaining in that calm voice of hers why a woman leaving violence needs more than a bed and a pamphlet.

Under her leadership we opened the second-stage housing program, the youth program, the legal accompaniment service with the local community legal clinic and the 24/7 line that so many of you have answered at 3 a.m. She hired most of us. She taught us to write notes as if the woman would read them one day, because she might.

She also taught me that "no" is a full sentence, that the budget is a moral document, and that there is always room for one more coffee at the team meeting.

Please welcome [[P:Sabrina Ouellet-Nakamura]], who takes over as executive director on July 2. Partners can keep using our administrative line, [[T:819‑555‑0190]], and [[E:direction@maison-exemple.org]].

Merci [[P:Francine]]. For everything. 💜
#EndViolenceAgainstWomen #Leadership #Gratitude"""),

("f1", "en", "facebook", "L", [],
"""Mom's residence had its talent show tonight and I have never laughed so hard 😂 An Elvis impersonator named [[P:Gilles]] (82, gold cape, full hip swivel), a harmonica version of "Un Canadien errant" by [[P:Mr. Nguyen]] from the 3rd floor, and my mother, [[P:Ann-Marie Fitzgerald]], reciting "The Cremation of Sam McGee" from memory, all 15 verses.
The staff in the dining room were amazing, as always.
If any of her old friends from St. Patrick's want to send her a card, she loves mail: [[A:2250 Chemin Sainte-Foy, Apt 412]], Québec [[Z:G1V 4H3]] 💌"""),

("f4", "fr", "facebook", "B", [],
"""Question pour les autres familles d'accueil (oui, les avocates aussi ont des vies 😅) : le formulaire du REEE demande le NAS de ma puce. On l'a reçu de la DPJ, c'est [[S:298 460 155]]. Elle est née le [[D:14 février 2019]].
C'est-tu assez ou ça prend le certificat de naissance aussi? Notre intervenante, [[P:Mme Boudreault]], est en congé jusqu'au 15 pis la Caisse Desjardins me niaise depuis deux semaines 🙃"""),
]
