# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------------- batch 1 ----------------
(1, "fr", "facebook", "C", [], """Bon ben c'est officiel, [[P:maelle]] a ses broches depuis jeudi 😬🦷
Merci à [[P:Dre Thi-Lan Nguyen]] pis à toute l'équipe de la clinique à Rimouski, 7h de char aller-retour depuis Chandler mais ça vaut la peine. Pour ceux qui m'ont demandé en privé : plan de paiement sur 24 mois, 187,50 $/mois, pas besoin d'avancer la totale (dossier ORT-20931 si jamais vous appelez de ma part). La RAMQ couvre pas ça, évidemment lol.
La p'tite a choisi des élastiques bleu-blanc-rouge pour le Canadien 🔵⚪🔴 On s'est gâtées au Tim Hortons de Mont-Joli en revenant."""),

(2, "en", "linkedin", "L", [], """Back at my desk after 34 days on the Camino Francés, from Saint-Jean-Pied-de-Port to Santiago de Compostela. 790 km, two pairs of Merrell boots and one blister I named after article 1457 of the Civil Code.

Three things the Way taught me that apply to litigation:
1. Pace beats speed. Every single time.
2. Pack light. Most of what you carry "just in case" you never open.
3. Talk to strangers. The best advice I got came at 6 a.m. in a kitchen in Burgos.

Thank you to the people who walked parts of it with me: [[P:Siobhán Ní Bhriain]] from Cork, [[P:kwame]] (a retired civil engineer from Accra who out-walked all of us), and [[P:Father Tadeo Ibáñez]], who let twelve soaked pilgrims sleep in the parish hall in Hontanas. Buen Camino.

#Camino #Santiago #WorkLifeBalance #Litigation"""),

(3, "fr", "instagram", "R", [], """Trouvaille du samedi 🎶 Au Village des Valeurs sur Taschereau : L'Heptade de Harmonium (1976) pour 4 $, pochette un peu maganée mais le vinyle est impeccable!! Pis un Beau Dommage, un Diane Tell pis un vieux Charlebois en prime.
Après, petit détour au marché aux puces de Saint-Hubert, [[P:Réjean]] m'avait gardé un Offenbach qu'il voulait pas vendre à n'importe qui 😂
Entre deux tournois de volley au cégep Édouard-Montpetit, faut ben décrocher.
#vinyle #HarmoniumForever #diggin #Longueuil"""),

(4, "fr", "facebook", "S", [], """Petit PSA pour le monde de Matawinie : si vous cherchez encore un déneigeur pour l'hiver, [[P:Ti-Guy Lafrenière]] a encore de la place sur sa route entre Saint-Jean-de-Matha pis Sainte-Émélie-de-l'Énergie. 450 $ la saison pour une entrée simple, il passe avant 6h le matin.
Son cell : [[T:450 555-0162]] (texto seulement, il répond pas quand il conduit la souffleuse 😅)
J'étais avec Déneigement Boisvert & Fils avant mais y'ont vendu la business à une compagnie de Joliette pis c'est pu pareil."""),

(1, "en", "instagram", "B", [], """BRACES OFF DAY for this guy 😁🦷
22 months, 3 broken brackets (hockey, hockey, and one Rice Krispies square). Huge thanks to [[P:Dr. Amara Okafor]] and to [[P:lindsay]] at the front desk of Sourire Laval Ortho, who put up with me rescheduling around every hearing at the Laval courthouse.
Tonight he wants a Five Guys burger and corn on the cob. Obviously.
#[[P:Jayden]]Smiles #BraceFaceNoMore #momlife"""),

(2, "fr", "linkedin", "C", ["CONSENT_REQUIRED"], """Neuf jours, 215 km sur le Chemin des Navigateurs, de Notre-Dame-du-Portage jusqu'à Sainte-Luce 🌊
On a dormi dans des sous-sols d'églises, dans un gîte à Trois-Pistoles pis une nuit au presbytère de la paroisse Saint-Fabien, où une bénévole nous a fait une soupe aux gourganes que je vais jamais oublier.
Faite avec ma collègue @[[P:johanne.arsenault]] de l'équipe de soutien à domicile de Gaspé (photo en haut, c'est elle avec le bâton 😄) et avec [[P:Anne-Marie Vollant]], une marcheuse de Pessamit rencontrée à Rimouski le 3e matin.
Pour le groupe de l'an prochain, écrivez à [[E:pelerins.basstlaurent@example.org]]
#Compostelle #ChemindesNavigateurs #BasSaintLaurent #santémentale"""),

(3, "en", "facebook", "S", ["LOCATION_DISCLOSURE"], """THANK YOU to everyone who dropped off winter coats this week!! Our little thrift corner is overflowing 💜
For anyone still wanting to give: please DON'T leave bags at the boutique downtown, bring them straight to the house, [[A:47 rue des Érables]], Sorel-Tracy [[Z:j3p5k2]], ring twice at the side door and [[P:Nadège]] or I will come out.
Most needed: kids' boots size 4T to 6, mitts, and (weird one) records! The ladies set up an old Sanyo turntable in the living room and someone donated a whole box of Ginette Reno and Elvis, so now it's "Je ne suis qu'une chanson" every night at 8 😂"""),

(4, "en", "linkedin", "R", [], """Shout-out post, because small businesses in Vaudreuil-Soulanges don't get enough of them.
When the ice storm warning hit last week, three of our school fields in Hudson and Rigaud had big silver maples hanging over the bleachers. [[P:Dale McAllister]] (ISA certified arborist, McAllister Tree Care) came out at 7 a.m. on a Sunday with [[P:Kenji]] and their bucket truck and had everything pruned before the Monday morning practice. No drama, fair invoice.
If your school or club needs an arborist in the region: [[T:+1 (450) 555-0178 ext. 2]].
#RSEQ #Montérégie #SchoolSports #Safety"""),

(1, "fr", "facebook", "L", [], """Question aux parents du groupe : Invisalign ou broches traditionnelles pour un ado de 13 ans? L'orthodontiste nous propose les deux, 6 800 $ vs 7 400 $, financement Desjardins sur 36 mois possible. Mon chum pense que les gouttières vont finir dans une poubelle de cafétéria avant Noël 😅 Vos expériences?"""),
# ---------------- batch 2 ----------------
(2, "en", "instagram", "S", ["SURVIVOR_IDENTIFICATION"], """Last 22 km into Sainte-Anne-de-Beaupré this morning with three of the women from the house 🙏☀️
[[P:Fatou]] walked the whole thing in borrowed sneakers, two months after arriving with nothing but her little girl and a garbage bag of clothes. When we saw the basilica from the Avenue Royale she just sat on the curb and cried. So did I.
Swipe for the pics 👉 (yes that's her in the yellow coat)
#pèlerinage #SainteAnne #resilience"""),

(3, "fr", "linkedin", "B", [], """Capsule du vendredi ⚖️ Vous avez acheté un bien chez un prêteur sur gages et vous apprenez qu'il a été volé? En droit québécois, l'acheteur de bonne foi d'un bien volé acheté « dans le cours des activités d'une entreprise » peut, dans certains cas, exiger du propriétaire le remboursement du prix payé (art. 1714 C.c.Q.).
Une règle souvent mal comprise, même par les commerçants! Merci à [[P:Me Kevin Tran-Lalonde]], stagiaire, pour la recherche.
Ceci est de l'information juridique générale et non un avis juridique.
#droitcivil #CCQ #Barreau"""),

(4, "fr", "instagram", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Grosse journée à la maison à Bonaventure 😂 Le camion de vidange de fosse septique est venu ce matin pis notre petit [[P:Jaydon]] (8 ans, placé chez nous depuis juillet) a passé 2h collé sur [[P:Bertrand]] à lui poser 400 questions sur la « grosse paille ». Il veut faire ça dans la vie maintenant 🚛💩
Merci Fosses Septiques Cyr & Fils, patients en titi!
#famillesdaccueil #Gaspésie #BaieDesChaleurs"""),

(1, "en", "facebook", "R", [], """Reminder to all Juvenile girls' basketball parents: mouthguards are MANDATORY at the regional tournament in Saint-Jean-sur-Richelieu this weekend, braces or not. Athletes with braces need an ortho-safe guard (the Shock Doctor ones at Sports Experts are fine, about $35).
If a bracket breaks during a game, Orthodontie Brossard has an emergency line on weekends: [[T:450.555.0143]].
And to whoever commented on the last post: please don't post your card number here 😬 Coach [[P:Priya]] deleted it but I saw "[[CC:4024 0071 5336 2917]]" in my notifications, call your bank!"""),

(2, "fr", "facebook", "B", [], """De retour du Camino portugais, de Porto à Santiago, 260 km à pied 🥾🇵🇹🇪🇸
Le plus beau bout : les gens. [[P:JOAQUIM]], qui tenait un albergue à Ponte de Lima pis qui nous a servi du vinho verde à 10h le matin. [[P:Josée-Anne Bergeron]], une infirmière de Chicoutimi que j'ai croisée 6 jours de suite sans jamais qu'on marche ensemble 😂 Pis surtout mon père, [[P:Marcel]], né le [[D:2 juin 1941]], qui a fait tout le trajet à 83 ans avec sa canne pis son chapelet de la paroisse Saint-Roch.
Le pèlerinage de la paroisse repart en mai, info : [[E:ginette.b.pelerins@gmail.com]] ou [[T:418-555-0107]] (demandez [[P:Ginette]]).
Buen Camino! #Compostelle #CaminoPortugues"""),

(3, "en", "linkedin", "C", [], """Nine months into retirement from pharmacy at the Gaspé hospital and I finally have time for the record collection 🎶
This week's finds at Disques Bleu Marine in Sainte-Anne-des-Monts: an original pressing of Gilles Vigneault's "Mon pays", a Kate & Anna McGarrigle with the lyric sheet still inside, and a Stompin' Tom Connors that smells like a 1974 basement.
Old [[P:Mr. Brideau]] behind the counter has been selling vinyl on the Haute-Gaspésie coast since before I was born, and he still writes every price in pencil on a sticky note.
Small local shops are part of the health of a region too. Go visit them."""),

(4, "en", "instagram", "B", [], """The cottage finally has WATER 💧🎉
After the old dug well went dry in August, [[P:Big Norm]] and his son [[P:gérald]] from Forages Laurentides drilled 180 feet through granite near Lac-Supérieur. 11 gallons a minute, sweet as anything. Work order #FL-44817, paid in full, not a penny over the quote.
Lawyers, you think our billable hours are bad? Those guys bill by the foot 😂
#cottagelife #Laurentides #artesianwell"""),

(1, "fr", "instagram", "S", [], """Fin des broches pour mon grand [[P:Loïc]] 🥲 3 ans, 2 appareils, 1 expanseur du palais pis à peu près 40 rendez-vous à Saint-Eustache. Premier repas : une poutine au Chez Ti-Père. Fière de toi mon homme 💙
#finDesBroches #orthodontie #maman"""),
# ---------------- batch 3 ----------------
(2, "fr", "instagram", "R", [], """3 jours, 68 km, 14 élèves-athlètes pis 2 coachs épuisés 🥾⛪
Notre marche-pèlerinage de Saint-Jean-sur-Richelieu jusqu'à l'Oratoire Saint-Joseph est terminée! Mention spéciale à [[P:mathis]] qui a porté le drapeau de l'équipe de cross-country tout le long, à [[P:Aïcha]] pour les chansons de Kaïn dans les côtes, pis à [[P:Nguyen Bao-Tran]] (@[[P:tran.baotran]]) qui a fait les 99 marches de l'Oratoire à genoux comme les vieux du temps du frère André 😳
Merci à l'abbé [[P:Moïse Jean-Baptiste]] pis aux bénévoles de la paroisse Notre-Dame-du-Bon-Conseil pour le souper spaghetti à Chambly.
#RSEQ #Montérégie #crosscountry #OratoireSaintJoseph"""),

(3, "fr", "facebook", "L", [], """J'ai ENFIN racheté la Godin de mon grand-père [[P:Aurèle]] 🎸 Mon oncle l'avait laissée en gage chez Pawn Plus sur Ste-Catherine Est en 2019 pis on pensait qu'elle était perdue. Billet #00381726, 340 $ + les frais.
[[P:Sami]] au comptoir a été super correct, il l'avait mise de côté quand il a vu les initiales A.L. gravées dans le manche.
Petit bémol : il m'a demandé mon NAS « pour le registre » pis comme une cruche je l'ai donné 🤦‍♀️ [[S:130 692 544]]. Les avocats du bureau me disent que c'était pas obligatoire. Bon. Au moins j'ai ma guitare pis les vieux 33 tours de Félix Leclerc qui étaient dans l'étui!"""),

(4, "en", "linkedin", "C", [], """Public health reminder for the Baie-des-Chaleurs 💧
If you're on a private well, spring is the time to test it: after the snowmelt, runoff can carry E. coli and nitrates into shallow wells. Sampling kits are free at most CLSCs and the lab analysis is covered for households with young children.
Several families in Carleton-sur-Mer and Maria have asked us for a recommended contractor for shock chlorination. We don't endorse any company, but the one most people mention is Puits Arsenault & Frères, [[A:512, boulevard Perron]], Carleton-sur-Mer [[Z:G0C 1J0]], [[T:418–555–0126]]. [[P:Rodrigue Arsenault]] told me they also pump septic tanks the same day if you book both.
Questions about your results: Info-Santé 811.
#SantéPublique #Gaspésie #EauPotable"""),

(1, "en", "facebook", "S", [], """LOST 😩 small pink Roots wallet, somewhere between Orthodontie Granby and the Walmart on Rue Principale, Tuesday around 4 pm.
It has my daughter [[P:Maya Pelletier]]'s health card in it ([[R:PELM 1253 1412]]), her retainer case and a $50 Cineplex gift card. She was born [[D:March 14, 2012]], if whoever finds it needs to confirm it's hers.
Please call or text [[T:(450) 555-0191]], no questions asked 🙏 Share please Granby folks!"""),

(4, "fr", "linkedin", "L", [], """Déneigement : qui paye quand l'entrepreneur ne passe pas?
Décision intéressante de la Cour du Québec, division des petites créances (dossier [[C:500-32-187654-231]]) : le tribunal rappelle qu'un contrat de déneigement « saisonnier » oblige l'entrepreneur à une obligation de résultat pour l'ouverture de l'entrée avant l'heure convenue. Le client a obtenu le remboursement de 40 % du prix de la saison.
Le juge souligne aussi l'importance d'une clause claire sur les accumulations de plus de 30 cm.
Article complet co-écrit avec @[[P:amelie-stecroix]] sur le blogue du cabinet.
#droitdelaconsommation #déneigement #LPC"""),

(2, "en", "linkedin", "B", [], """This Sunday I joined the annual walk from Châteauguay to the Saint Kateri Tekakwitha shrine at the St. Francis Xavier Mission in Kahnawà:ke. 18 km along the St. Lawrence, in the rain, with about 200 people.
I walked most of it beside [[P:Konwahontsiawi Jacobs]] and her grandson [[P:Tehoniehtathe]], who taught me more about the history of the Mission in three hours than I learned in law school, and with my articling student [[P:ricardo peña-alves]], who had never been to Kahnawà:ke despite living 20 minutes away.
Reconciliation is also a matter of showing up. Niá:wen to the organizers.
#Reconciliation #Kahnawake #Pilgrimage"""),

(3, "fr", "instagram", "R", [], """Chandail des Patriotes de Jacques-Rousseau 2009 à la friperie pour 3 $ 😂 @[[P:la.grande.jo]] c'tu le tien??"""),

(4, "en", "facebook", "L", ["PERSONALIZED_LEGAL_ADVICE"], """@[[P:Kevin O'Rourke]] sorry you're dealing with this, buddy. Short answer: your neighbour can't just cut down your maple because the branches hang over his driveway at [[A:1185 Knowlton Road]]. Under art. 985 CCQ he can ask YOU to cut the branches, and only if you refuse can he do it himself. Send [[P:Hendricks]] a formal notice this week, keep the arborist's report from Cime Arboriculture, and do NOT pay the $1,800 he's claiming for the stump grinding. You'll win that one easily if he takes you to small claims."""),
]
