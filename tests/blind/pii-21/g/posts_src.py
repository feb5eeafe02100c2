# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------------- batch 1 ----------------
(1, "fr", "facebook", "R", [], """🚗💦 LAVE-AUTO DES LYNX 💦🚗
Samedi le 14 juin, de 9h à 15h, dans le stationnement du Canadian Tire de Saint-Hyacinthe, l'équipe de volley juvénile féminin de l'école secondaire Fadette lave vos chars pour financer le tournoi provincial à Rimouski!
Contribution volontaire (suggéré 10 $, les pick-up Ford F-150 pleins de bouette c'est 15 $ 😅).
Un gros merci à [[P:ti-guy]] pis à la grande [[P:Jo]] qui ont fourni les boyaux, et à [[P:Mme Nguyen]] du dépanneur pour les seaux.
Questions? Textez [[P:Stéphanie]] au [[T:450 555 0187]] 📲
#RSEQMontérégie #GoLynx"""),

(2, "en", "linkedin", "L", [], """Proud to share that our team raised $6,480 at Sunday's Walk for the Montreal Children's Hospital Foundation 🚶‍♀️💙
Eleven of us did the 5 km loop around Parc La Fontaine, two did the 10 km (show-offs 😄 — looking at you @[[P:kevin.obrien]] and [[P:Priya Raghunathan]]).
Special thanks to [[P:Mathieu Lévesque-Roy]] for chasing every single pledge form, and to our Managing Partner for matching the last $1,000.
If you still want to give, the page stays open until June 30 — link in comments.
#Walkathon #CommunityGiving #LawFirmLife"""),

(3, "fr", "facebook", "S", [], """JOUR 4 SANS ASCENSEUR AU 17e ÉTAGE. JE RÉPÈTE : DIX-SEPT.
J'ai monté l'épicerie de Maxi en deux voyages pis j'ai vu ma vie défiler.
Le concierge, [[P:manuel da silva]], est vraiment fin pis il fait ce qu'il peut, mais la compagnie Otis attend une pièce d'Ontario 🙃
Si jamais quelqu'un du bloc lit ça : [[P:Manuel]] dit d'appeler directement la ligne d'urgence du gestionnaire au [[T:514.555.0142]] poste 3, pas lui sur son cell à 2h du matin.
Mes mollets vous saluent."""),

(4, "en", "facebook", "C", [], """Day 3 after the storm here in Pointe-à-la-Croix. Still no power on our end of the 132 but the Hydro-Québec crews have been working nonstop, saw three trucks from Matane this morning. Linemen, we love you ❤️⚡
Huge shout-out to our neighbour [[P:Réjean]] who ran an extension cord from his Honda generator to keep the [[P:Metallic]] family's freezer going, and to [[P:Cody Jerome]] from Listuguj who showed up with a chainsaw and cleared the big spruce off our driveway in 20 minutes flat.
Tim Hortons in Campbellton is a zoo btw, bring patience."""),

(1, "en", "instagram", "B", [], """Pancakes, maple syrup and a room full of lawyers in aprons 🥞⚖️
This morning's Jeune Barreau de Montréal breakfast raised $3,215 for the Fondation du Barreau's bursaries. Congrats to [[P:Me Aïcha Diallo]], winner of the Habs tickets, and to [[P:ALEX TRAN]] who flipped 212 pancakes without dropping one (we counted).
Syrup donated by Érablière Charbonneau in Rougemont — thank you!
#JBM #PancakeBreakfast #Bénévolat #Team[[P:Aïcha]]"""),

(2, "fr", "instagram", "C", ["CONSENT_REQUIRED"], """On était au radiothon de CIEU-FM hier pour la Fondation de l'Hôpital de Maria 📻💚
Notre équipe de soins à domicile de Carleton-sur-Mer a pris le micro 10 minutes, pis [[P:Karine Bujold]] a chanté du Kaïn en direct (on te pardonne, [[P:Karine]] 😂).
Total de la journée : 148 322 $!! Les lignes restent ouvertes jusqu'à vendredi au [[T:1 (418) 555-0192]].
#RadiothonMaria #Gaspésie #FiersDeNotreMonde"""),

(3, "en", "facebook", "R", [], """Elevator at 2250 tower has been dead since Tuesday, so guess who carried 14 hockey bags down eleven floors for the U15 tournament in Granby 🙋‍♂️🏒
Big [[P:Dave]] the super says the technician is "on the way" — [[P:Dave]], I love you man but you've said that since Tuesday 😂
Thanks [[P:Mr. Papadopoulos]] from 1104 for holding the stairwell door every trip.
Go Riverains go!"""),

(4, "fr", "linkedin", "B", [], """Petite réflexion après une fin de semaine à ramasser des branches dans le Vieux-Longueuil avec mes voisins.
Pendant que les équipes d'Hydro-Québec et les émondeurs remettaient le quartier sur pied, j'ai vu des gens se prêter des génératrices, des rallonges, des cafés. Personne n'a demandé de facture.
Notre profession parle beaucoup d'accès à la justice; cette fin de semaine m'a rappelé que l'entraide, ça commence souvent sur le trottoir.
Bonne semaine à toutes et à tous 🌳⚡"""),

(1, "fr", "facebook", "L", [], """🍝 SOUPER SPAGHETTI au profit de la Maison des jeunes de Verdun 🍝
Vendredi 7 novembre, 18 h, sous-sol de l'église Notre-Dame-des-Sept-Douleurs, [[A:4155, rue Wellington]], Montréal [[Z:h4g1v7]].
Billets : 20 $ adulte, 10 $ enfant (sauce de Nonna [[P:Pina]], on s'entend que c'est la meilleure en ville).
Réservations : [[E:nathalie.beauregard@videotron.ca]] ou [[T:514–555–0163]].
Tirage d'un panier de produits Lafleur et de deux billets pour Les Cowboys Fringants… je veux dire, pour l'hommage à Karl Tremblay au Centre Bell 😢"""),
# ---------------- batch 2 ----------------
(2, "en", "linkedin", "S", ["CONSENT_REQUIRED"], """What a morning at the Walk to End Violence Against Women along the Lachine Canal 💜
Our team of 23 staff and volunteers walked 8 km and collected $4,910 in pledges, beating last year by almost a thousand dollars.
Pictured (left to right): our intake coordinator [[P:Fatoumata Keïta]], [[P:Jess McAllister]] from the night shift, and [[P:Dre Isabelle Poirier-Gaudreault]] who walked the whole thing in new sneakers (ouch).
Thank you to every donor, big or small. #MarchePourElles #EndGBV"""),

(1, "fr", "instagram", "S", [], """Merci à vous tous qui êtes venus déjeuner ce matin à la Cabane à sucre Chez Ti-Père à Saint-Eustache 🥞🍁
Crêpes, fèves au lard, oreilles de crisse pis tire sur la neige : 412 déjeuners servis et 5 870 $ amassés pour nos services externes.
Le panier Jean Coutu du tirage a été gagné par [[P:Ginette L.]] de Deux-Montagnes, félicitations!
On se revoit l'an prochain 💜
#DéjeunerBénéfice #Solidarité"""),

(3, "en", "instagram", "C", ["CONSENT_REQUIRED"], """Stuck elevator story of the week 🛗😩
Went to see [[P:Mrs. Cloutier]] on the 8th floor of the HLM on rue de la Reine in Gaspé for her Tuesday visit and the elevator gave up between 3 and 4. Twenty-five minutes in a metal box with a bag of dressings.
The concierge, a sweetheart named [[P:Bertrand]], talked to me through the door the whole time and slid a Caramilk through the gap 😂
OTIS came from Rimouski. I took the stairs home. #HomeCare #CISSSGaspésie"""),

(4, "fr", "facebook", "R", [], """Tournoi de badminton annulé à Saint-Jean-sur-Richelieu : plus de courant à la polyvalente Marguerite-Bourgeoys pis l'aréna Jacques-Lemaire est dans le noir aussi. Hydro parle de jeudi 😬
Les parents, merci de suivre la page RSEQ Montérégie pour la date de reprise.
Moi je suis chez nous à la chandelle, pis mon voisin [[P:gaétan]] fait rouler sa Generac depuis 6h du matin… on a du café, au moins ☕
Bravo aux monteurs de lignes qui travaillent dans le verglas."""),

(2, "fr", "linkedin", "B", [], """Quelle belle journée au téléthon d'Opération Enfant Soleil! Une trentaine de membres du Barreau de Québec ont répondu aux lignes pendant six heures.
J'ai eu le plaisir de partager la table avec [[P:Me Jean-François Bélisle-Ouellet]] et [[P:Me Siobhan O'Neill]], qui ont pris plus d'appels que moi, je l'admets 😅
Il est encore temps de donner : [[T:1-888-555-0134]] ou en ligne.
#OES2025 #Téléthon #Engagement"""),

(3, "en", "facebook", "L", [], """PSA for my fellow tenants at Tour Le Canal in Griffintown: the north elevator is out AGAIN (work order #48213, apparently) and the south one is now "reserved for moves" until 5 pm.
Our super, [[P:Luis Hernández-Mora]], says he has escalated to management. If you have a mobility issue, email them yourself at [[E:gestion.tourlecanal@gmail.com]] and cc [[P:luis]] so there's a paper trail.
Floor 19 cardio club, we ride at dawn 🏃‍♀️"""),

(4, "en", "instagram", "C", [], """After the storm on the Magdalen Islands 🌊🌲
Cap-aux-Meules woke up to roofs in the road, the chemin de Gros-Cap half under water and the wharf closed to CTMA traffic. Hydro-Québec crews and the Asplundh tree trucks came over on the first ferry and worked 16-hour days.
Grateful for this community every single day. #ÎlesDeLaMadeleine #Gaspésie #StormCleanup"""),

(2, "fr", "instagram", "R", [], """Marche-o-thon des Patriotes 🏃‍♀️🏃
Nos 140 athlètes ont marché 3 km autour du parc Michel-Chartrand pour financer les nouveaux uniformes. 11 420 $ en commandites!!
Mention spéciale à l'arrière-grand-père de [[P:Maëlle]], [[P:Armand Théberge]], né le [[D:2 février 1931]], qui a fait la boucle au complet avec sa marchette 👏 93 ans et plus en forme que le coach.
#Go[[P:Maëlle]] #RSEQMontérégie #FiersDeNosJeunes"""),
# ---------------- batch 3 ----------------
(4, "fr", "linkedin", "B", ["CLIENT_CONFIDENTIALITY"], """Panne de courant générale au palais de justice de Longueuil ce matin : rôle annulé, génératrice qui ne démarre pas, greffe fermé.
Mon client [[P:M. Ferland]] attendait son audience depuis 14 mois dans le dossier [[C:505-22-031245-247]]… on repart pour un autre tour. Pas facile à expliquer à un homme qui a perdu sa toiture dans la tempête de décembre et qui se bat encore avec son assureur.
Chapeau quand même aux constables spéciaux qui ont évacué tout le monde dans le calme."""),

(1, "en", "linkedin", "L", [], """Spaghetti Dinner 2025: the numbers, the people, the sauce 🍝

Last Thursday, 38 members of our Montreal office traded their suits for hairnets and served 260 plates at the Mission Old Brewery spaghetti dinner. Some highlights:

• $9,140 raised (ticket sales + silent auction + the very competitive Jell-O eating contest)
• 46 litres of Bolognese, from a recipe that [[P:GIUSEPPE "PINO" CARUSO]]'s mother apparently brought over from Campobasso in 1962 and that he refuses to write down
• 1 broken ladle, order #A-77120 already placed with Costco
• Silent auction: the weekend at Mont-Tremblant went to [[P:Wen Li Zhao]], the signed Canadiens jersey to [[P:d. okafor]] (congrats [[P:Daniel]]!), and the Jean-Talon Market basket to our own [[P:Hélène Marchand-Sauvé]] (we are investigating 🕵️)
• Best dessert: [[P:Marisol Quispe]]'s tres leches, no contest

None of this happens without the organizing committee — [[P:Sandra Ferreira]], [[P:Tom Beaulieu]], [[P:Yasmina El-Khoury]] and [[P:Ti-Jean Gagnon]] from the mailroom, who somehow found 300 folding chairs on a Tuesday afternoon.

If you'd like to volunteer next year or sponsor a table, reach out to [[P:Sandra]] at [[E:s.ferreira@mcbrideleduc.ca]] or [[T:514 555-0111 ext. 2204]].

Thank you to Mission Old Brewery for trusting us with your kitchen, and to everyone who came hungry.

#CommunityEngagement #Montreal #ProBono #SpaghettiDinner"""),

(3, "fr", "instagram", "S", [], """ascenseur encore brisé. 12 étages. merci [[P:rosaire]] pour le café 🙏"""),

(2, "en", "facebook", "S", [], """Friendly reminder after yesterday's radiothon on CKOI: PLEASE don't type your card number in the comments to pledge 🙈
Someone wrote "[[CC:4516 2345 7890 1237]] exp 09/27 put me down for $50" under our post and we deleted it within minutes, but still.
To give safely, call the radiothon line at [[T:(514) 555‑0178]] or use the secure form on the station's website. Every dollar goes to our support services. Thank you 💜"""),

(4, "fr", "facebook", "L", [], """ATTENTION ARNAQUE 🚨 Pendant la panne, un gars a cogné chez ma mère [[P:Lucille]] à Sainte-Julie en disant qu'il venait d'Hydro-Québec pour « rembourser les aliments perdus ». Il lui a demandé son NAS pis elle l'a donné : [[S:463 291 153]]. 😡
On a appelé Service Canada pis la police de Longueuil. Hydro n'envoie JAMAIS personne chercher votre NAS.
Les voisins qui avaient des génératrices, merci d'avoir gardé un œil sur elle, surtout [[P:MONSIEUR TRUDEL]] d'en face."""),

(4, "en", "instagram", "B", [], """Huge respect for the crews who came from Nova Scotia Power and Hydro One to help rebuild the lines in the Laurentides ⚡🌲
Lineman [[P:Tyler MacIsaac]] let my kids sit in the bucket truck (on the ground, relax) and explained why the Saint-Sauveur substation went down. Élagage Bujold & Fils cleared the whole chemin du Lac-Millette in a day.
Back to the office Monday 🧑‍⚖️ #StormRecovery #Laurentides #Gratitude"""),

(3, "en", "linkedin", "R", [], """Leadership lesson from an unexpected place: the superintendent of my apartment tower in Brossard.
When both elevators went down during the heat wave, [[P:Ahmed Benali]] posted a sign-up sheet in the lobby, paired every senior on floors 10 to 22 with a younger neighbour for groceries, and had the Kone technicians there in under 48 hours. No memo, no committee.
Our student-athletes at the RSEQ Montérégie hear a lot about leadership. This is what it looks like. @[[P:a.benali_brossard]] thank you."""),

(1, "fr", "linkedin", "C", [], """Le déjeuner aux crêpes de la Fondation Santé Rocher-Percé a amassé 7 260 $ dimanche à Chandler 🥞 Merci à l'équipe de la cafétéria de l'Hôpital de Chandler et aux Chevaliers de Colomb!
P.S. Portefeuille oublié à la table 12 : carte d'assurance maladie au nom de [[P:ROBERT LANDRY]], [[R:LANR 4803 1214]]. Passez le chercher à l'accueil ou écrivez à [[E:fondation.rp@globetrotter.net]]."""),
]
