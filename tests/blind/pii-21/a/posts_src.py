# brief, lang, platform, pack, rules, text
POSTS = [
# ---------- batch 1 ----------
(1, "fr", "facebook", "C", [], """Bon ben... le fameux papier vert est revenu dans le sac d'école 🙄 Je vous le copie tel quel :

« AVIS AUX PARENTS – École primaire Saint-Joseph de Gaspé. Un cas de pédiculose (poux) a été signalé dans la classe de 2e année de [[P:Mme Lavoie]]. Nous vous demandons de vérifier la tête de votre enfant ce soir. Pour toute question : [[P:Nathalie Huard]], secrétaire, [[T:418 555-0172]] poste 2. »

Ça fait la 3e fois depuis Noël. Le peigne fin pis le vinaigre sont sortis, [[P:ti-loup]] pleure déjà 😂 Quelqu'un a essayé le produit Nix ou c'est juste de l'argent dans les vidanges?"""),

(2, "en", "instagram", "S", [], """Wheel-throwing night at Atelier Terre & Feu in Rimouski 🏺✨ Six bowls, two collapsed cylinders and one very wobbly mug that I am keeping forever.

Huge thanks to our instructor [[P:Ines Carvalho]] for her patience (and for the Portuguese custard tarts 🥧). Next session starts March 4, $185 for 6 weeks, clay and firing included. DM [[P:ines]] or write to [[E:ines.carvalho.ceramique@gmail.com]] to save a spot.

#pottery #ceramics #BasSaintLaurent #wheelthrowing"""),

(3, "fr", "facebook", "R", [], """Sortie pêche blanche sur le lac Memphrémagog en fds avec la gang de l'équipe de basket midget 🎣❄️ 14 perchaudes, 2 dorés pis un brochet que [[P:JOEY]] jure qu'il faisait 30 pouces (il en faisait 18 😂).

Merci à [[P:Réal Gingras]] pour la cabane chauffée, le poêle à bois pis la soupe aux pois. Si votre équipe veut louer une cabane cet hiver, appelez Réal au [[T:819.555.0148]], il demande 60 $ la journée pour 6 personnes.

Prochaine sortie le 22 février, départ de la polyvalente Jean-Jacques-Bertrand à 6 h 30."""),

(4, "en", "facebook", "R", ["DISPARAGEMENT"], """DODGEBALL LEAGUE – WEEK 5 RESULTS 🔴🔵

Ball Busters 3 – 1 Les Dodgers de Chambly
Nacho Average Team 2 – 2 Dodge This

Shoutout to [[P:Kev Nguyen]] for catching 4 balls in one round 🙌 and to [[P:Priya]] for the headshot heard around the gym.

As for the Dodgers... guys, my grandmother throws harder than your whole roster and she's 86. Maybe try a sport with less moving parts, like checkers. 🥱

Next week at Polyvalente Chambly gym, 7:30 pm. Captains: send your roster to [[P:Marc-Antoine]] by Thursday."""),

(1, "en", "linkedin", "L", [], """A small reminder for working parents this back-to-school season: our son's school sent its annual "nut-free classroom" notice today, and it got me thinking about how much of our work is about clear, kind communication.

The school didn't shame anyone. It explained what anaphylaxis is, why an EpiPen must travel with the child, and what to pack instead of peanut butter (sunflower butter, hummus, cheese). Simple, factual, actionable.

Worth remembering next time we draft a client memo. #communication #parenting"""),

(2, "fr", "instagram", "B", [], """Nouvelle fournée de savons à froid 🧼🌿 Lavande-avoine, miel-camomille pis un savon au bleuet du Lac qui sent le paradis.

Je serai au Marché de Noël de Saint-Hyacinthe samedi, kiosque 12, avec ma cousine [[P:Mélodie]]. 8 $ le pain ou 3 pour 20 $.

Commandes : [[E:savonnerie.lespetitsbonheurs@outlook.com]] ou texto au [[T:450 555 0193]]. Livraison gratuite à Saint-Hyacinthe et Sainte-Rosalie.

#savonartisanal #faitauquebec #achatlocal"""),

(3, "en", "instagram", "C", [], """5 days on the Bonaventure River 🛶 crystal-clear water, two salmon pools, one capsize (not mine, [[P:Siobhan]] 😇).

Our guide [[P:Jean-Guy Arsenault]] from Cime Aventures knew every rock between Saint-Alphonse and the Baie-des-Chaleurs. Camped on the gravel bars, ate fresh trout cooked on the fire, and slept like babies.

Gear list and route in my highlights. #Gaspesie #canoecamping #RiviereBonaventure"""),

(4, "fr", "facebook", "S", [], """BALLON-BALAI DU MARDI 🧹🏒 Les équipes pour la saison 2025 à l'aréna Marcel-Dutil :

Les Balais Magiques (capitaine : [[P:Geneviève Pelletier]]) – [[P:Stéph B.]], [[P:Kathy Rochette]], [[P:Awa Diallo]], [[P:Tite-Lou]], [[P:Mireille]]
Les Patineuses Pas Pantoute (capitaine : [[P:julie-anne bergeron]]) – [[P:Maria Fernanda Ruiz]], [[P:Nancy O'Connor]], [[P:ROXANNE]], [[P:Chloé Paradis-Roy]]

Les casques sont obligatoires, on fournit les balais. 40 $ pour la saison, payable à [[P:Geneviève]] le premier soir. Bonne saison les filles!! 💪"""),

(1, "fr", "facebook", "B", [], """Encore un avis de poux à l'école. On a passé la soirée avec le peigne fin, un film de Disney pis un bol de popcorn. Ça aurait pu être pire 😅"""),

# ---------- batch 2 ----------
(3, "fr", "linkedin", "L", [], """Retraite d'équipe pas comme les autres : 3 jours de canot-camping sur la rivière Rouge, de Labelle jusqu'à Sainte-Véronique 🛶🌲

Aucun courriel, aucun Teams, aucune requête en irrecevabilité. Juste des portages, des rapides de classe II et des feux de camp.

Merci à [[P:Me Olivier Tremblay-Kanapé]] d'avoir organisé le tout, et à nos guides de Kanotrek, [[P:Simon]] et [[P:Wapan]], qui ont sorti [[P:Me Bélanger]] du rapide des Chutes sans perdre le baril de bouffe 😅

Meilleure activité de consolidation d'équipe en 12 ans chez nous. #culturedentreprise #plein-air #Laurentides"""),

(4, "en", "linkedin", "B", [], """Proud to announce our team for the Jeune Barreau de Montréal charity broomball tournament, Feb 8 at Arena Michel-Normandin! 🧹🏆

Team "Objection Overruled":
- [[P:Me Fatima Zahra Benali]] (captain, and apparently a former ringuette champion)
- [[P:Me Patrick O'Sullivan]]
- [[P:Me Thi Hoa Pham]]
- [[P:Me Antoine Lefebvre-Gagnon]]
- [[P:me karine st-pierre]]
- yours truly

All proceeds go to Moisson Montréal. Come cheer for us, or donate through the JBM website. #Team[[P:Fatima]] #broomball #JBM"""),

(1, "en", "instagram", "C", [], """PSA from an exhausted mom 🥜🚫 The school allergy form is due Friday and it wants EVERYTHING. So here's my cheat sheet, for me, because I'll lose the paper:

Name: [[P:Zoé Martin-Joseph]]
Born: [[D:May 14, 2017]]
Health card: [[R:MARZ 1705 1418]]
Allergies: peanuts, tree nuts, sesame
EpiPen Jr in the blue pouch, spare at the office
Emergency: me [[T:(418) 555-0126]] or her dad [[P:Wilner]] [[T:418-555-0139]]

Yes, [[P:Ms. Caron]], we have the Allerject too. 🙃 #allergymom #anaphylaxis"""),

(2, "fr", "facebook", "L", [], """Atelier de raku samedi chez Céramique du Fjord à Chicoutimi 🔥 Sortir une pièce rouge vif du four pis la plonger dans le bran de scie, c'est de la magie.

Les pièces de [[P:François]] ont craqué, celles de [[P:Hélène Tremblay]] sont sorties avec un craquelé turquoise absolument débile. Moi j'ai un vase « intéressant » 😂

Petite gaffe de ma part : j'ai écrit mon numéro de carte dans le groupe Messenger de l'atelier pour payer le matériel (75 $)... [[CC:4530 1299 8765 4322]] 🤦‍♀️ Annulée depuis, merci la Caisse Desjardins. Payez en Interac, les amis."""),

(3, "en", "instagram", "S", ["CONSENT_REQUIRED"], """Team day on the ice 🎣❄️ Our whole intervention team took a day off together at Pourvoirie du Lac Blanc — first ice-fishing trip for half of us!

📸 L-R: [[P:Louise]], [[P:Amira Haddad]], [[P:Katia]], [[P:Sarah-Jade Côté]] and our amazing night coordinator [[P:Bernadette]] holding the biggest pike of the day.

Grateful to work with these women every single day 💜 #teamwork #icefishing #selfcare"""),

(4, "fr", "instagram", "R", ["HARASSMENT"], """Ballon-chasseur intercollège jeudi 😤 Les Titans de Saint-Jean vont manger une volée.

@[[P:dave.poirier_22]] si tu te pointes encore à la partie, je sais où tu restes, [[A:45 rue Longueuil]], pis tu vas recevoir plus que des ballons 😉🔥 Tout le monde, allez lui dire ce que vous pensez de lui en commentaires 👇"""),

(2, "en", "linkedin", "R", [], """Our regional coordinators' team-building this year: a cold-process soap workshop in Saint-Bruno-de-Montarville. Lye, goggles, safety first, and surprisingly good conversations about how we run our championships.

Three takeaways: follow the recipe, respect the cure time, and never rush something that needs four weeks. Sounds a lot like developing student athletes."""),

(1, "fr", "facebook", "C", ["CONFIDENTIAL_INFORMATION", "CONSENT_REQUIRED"], """Rappel à tous les profs de l'école des Bois-et-Marées : voici la liste à jour des élèves avec allergies sévères que l'infirmière scolaire m'a envoyée ce matin. Imprimez-la pour vos classes.

- [[P:Lily-Rose Cyr]], 3e année : arachides (EpiPen au secrétariat)
- [[P:Mohamed Cherif]], 5e année : poisson, fruits de mer
- [[P:nathan poirier]], maternelle : œufs, lait
- [[P:Emma Jerome]] (classe de [[P:Mme Synnott]]) : piqûres d'abeilles

Merci de ne PAS servir de gâteau aux fêtes d'anniversaire sans vérifier avec moi. [[P:Caroline]], hygiéniste, CLSC de Paspébiac"""),

# ---------- batch 3 ----------
(3, "fr", "facebook", "B", ["CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE"], """Pêche blanche sur la Baie des Ha! Ha! en fin de semaine, 11 éperlans pis un sébaste 🎣

Petit moment gênant : la cabane à côté de la nôtre, c'était celle de mon client dans le dossier de garde ([[C:150-04-002871-248]]). Il était là avec sa nouvelle blonde pendant que son ex pense qu'il est « en voyage d'affaires à Calgary » 😬 Village de pêche de la Grande-Baie, rangée 4, cabane bleue. Je dis rien, je dis rien..."""),

(3, "en", "linkedin", "L", [], """Just back from a week paddling the Réserve faunique La Vérendrye with two friends from law school. 140 km, 11 portages, zero cell service.

We rented our canoes from Pourvoirie Chez Ti-Jean near Le Domaine, and the owner gave us the best advice of the trip: "The lake decides, not you." Still thinking about how that applies to litigation strategy.

Back at my desk Monday, tanned and humbled. #outdoors #worklifebalance"""),

(3, "en", "linkedin", "S", [], """Paddle for Them 2025 🛶💜 On June 14, twelve canoes will cross Lac Saint-Louis from Pointe-Claire to Île Perrot to raise funds for women and children leaving violence.

Thanks to our paddlers, including [[P:Dr. Mei-Ling Zhou]], [[P:Patrice Laurent]] and the team from Décathlon Pointe-Claire, and to Canot Kayak Québec for lending the boats.

Donations by cheque to our administrative office: [[A:2500 boulevard Saint-Jean, bureau 310]], Pointe-Claire, QC [[Z:h9r4n5]]. Questions: [[E:evenements@maison-refuge-ouest.org]] or [[T:+1 514 555 0188 ext. 204]].

#PaddleForThem #nonprofit"""),

(4, "fr", "linkedin", "B", [], """Le tournoi de ballon-balai du Barreau de Québec revient le 1er mars au Centre Vidéotron ! 🏒

Inscriptions : 20 $ par joueur, virement Interac à [[E:tournoi.ballonbalai.bq@gmail.com]]. Huit équipes max.

Petite note de [[P:Me Dominique Fortin-Ouellet]], qui gère les inscriptions : une consœur a écrit son NAS ([[S:462 019 373]]) dans la case « numéro de membre » 😅 On l'a effacé, mais svp relisez vos formulaires. Au plaisir de vous voir sur la glace !"""),

(4, "en", "instagram", "S", [], """Dodgeball-a-thon recap 🟣🔴 Eight teams, 312 dodged balls (we counted, sort of), and $4,870 raised for our children's program!

Champions: The Purple Pylons, captained by [[P:Tash]] and [[P:DEEPA]]. Runners-up: Dodge Ram Tough, led by our favourite volunteer [[P:Rosalie Mukendi]].

As always, no faces of our staff or volunteers in our posts 💜 Just this picture of a very tired ball bag. See you next year! #dodgeball #fundraiser"""),

(2, "fr", "instagram", "L", [], """L'Atelier Savon & Sel déménage ! 🧼📦 À partir du 1er avril, vous nous trouverez au [[A:1200 boul. des Forges, app. 4]], Trois-Rivières ([[Z:g9a 2h5]]).

Nouvel horaire des ateliers de savon à froid : mardi soir et samedi matin, 65 $ par personne, matériel inclus. Vous repartez avec 6 pains.

Réservations : [[T:819–555–0104]] (demandez [[P:Anh]] ou [[P:Sébastien]]). #savonnerie #TroisRivieres #atelierDIY"""),

(2, "en", "linkedin", "C", ["CONSENT_REQUIRED"], """Clay therapy at CHSLD de Maria this month 🏺 As an occupational therapist, I see every week what working with their hands does for our residents.

This week [[P:Mr. Landry]], 94, made his first bowl since he left his pottery studio in Carleton-sur-Mer in the 80s. He cried, I cried, [[P:Mrs. Bujold]] next to him started singing Gilles Vigneault. 😭

Thanks to our volunteer potter [[P:Ginette Appleby]] for donating the clay. #occupationaltherapy #Gaspesie #seniors"""),

(1, "fr", "linkedin", "R", [], """Note aux entraîneurs du tournoi régional de volleyball à l'école secondaire du Mont-Bruno samedi : plusieurs parents nous ont transféré l'avis de l'école sur les allergies. La cantine sera sans arachides ni noix, et deux auto-injecteurs seront à la table de l'arbitre en chef.

Si un de vos athlètes a une allergie sévère, envoyez la fiche à [[P:Marie-Ève]] avant vendredi : [[E:me.lacasse@rseq-monteregie.example]]. Un parent nous a envoyé la carte soleil de son fils au complet ([[R:gagn08120912]]) : pas nécessaire, on a juste besoin de l'allergie et du contact d'urgence. Merci !"""),
]
