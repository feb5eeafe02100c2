POSTS = [
# ---------- brief 1: lobster, fishing season, tides, ferries, Gaspé coast ----------
(1, "fr", "facebook", "C", [], """Ben c'est parti mes amis!! 🦞🦞 Ouverture de la saison du homard à matin, le quai de Grande-Rivière était plein à 4h30, les camions stationnés jusque sur la 132. Mon chum [[P:Réjean]] est parti avec son frère sur le Cap-Blanc II pis j'ai pas eu de nouvelles depuis 6h, ça veut dire que ça pêche (ou que le cell a pus de batterie, classique).

Pour ceux qui me demandent : non je prends pas de congé cette année, les horaires au travail sont serrés, mais j'ai pris mes fins de semaine. Le premier homard de la saison on le mange sur la galerie, beurre à l'ail, pis une bière de la microbrasserie du coin. Tradition.

Petite pensée pour les femmes de pêcheurs qui se lèvent à 3h pour faire les lunchs 💪 On se voit au débarquement!

#gaspésie #homard #saisondupêche #granderivière""" ),

(1, "en", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Took the ferry from Matane to Baie-Comeau today with our newest "nephew" (the youth protection kind 😉). He's 13, came to us from Murdochville in October and had NEVER been on a boat. Stood at the rail the whole 2h20 looking for whales. Didn't see any but he saw a seal and I swear he hasn't stopped talking about it. These are the moments that make fostering worth it ❤️🐋"""),

(1, "fr", "instagram", "C", ["HARASSMENT", "DISPARAGEMENT"], """Paraît que le chef de service du CLSC de Grande-Vallée passe plus de temps au quai à vendre du homard « au noir » dans sa boîte de pick-up que dans son bureau 🦞🤫 Ça expliquerait pourquoi y'est jamais là le mardi pis le jeudi… je dis ça je dis rien. Marée haute, moral bas 🌊"""),

(1, "en", "linkedin", "C", [], """Working home care on the Gaspé coast means planning your week around things most nurses never think about: tides, ferry schedules, and lobster season traffic on Route 132.

A few things I've learned in 11 years of community nursing:
• Fishing season is a high-risk period for hand injuries, back strain and fatigue. If you work with fishers, talk about rest and hydration before May, not after.
• Many of our older users live alone while family is at sea. A simple check-in call can make a big difference.
• The CLSC front desk can orient people to Info-Santé and Info-Social when a clinic is closed.

Proud to work for a regional network that takes geography seriously. #nursing #homecare #Gaspésie"""),

(1, "fr", "instagram", "C", ["CONFIDENTIAL_INFORMATION"], """bon ben la saison commence pis devinez quoi… j'ai vu passer le plan de main-d'oeuvre de l'été à la réunion de gestion (pas encore public, gardez ça pour vous svp) : ils coupent 2 postes d'infirmières de nuit au CLSC pendant juin-juillet-août. En pleine saison de pêche. Quand les gars vont se pogner un doigt dans un treuil à 2h du matin, ils feront 90 km pour l'urgence. Logique 👏"""),

(1, "en", "facebook", "C", ["HARASSMENT"], """Funny thing about the tides around here. Whatever you throw off the wharf, it always washes back up eventually. 🌊

Just saying, to a certain someone at the Gaspé office who decided to run to HR about my overtime sheets. Small coast. Everybody knows which boat is yours, and everybody knows where you leave your truck at night."""),

(1, "fr", "facebook", "C", ["CONSENT_REQUIRED"], """Gros merci à notre préposée Mme [[P:Lise Cloutier]] qui est arrivée ce midi au 2e avec 40 livres de homard de son beau-frère pour tout le département 🦞🦞 Photo d'elle en action avec son tablier ci-dessous 😂 @[[P:lise.cloutier.73]] t'es une légende!!"""),

(1, "en", "instagram", "C", [], """Posted with [[P:Marc]]'s written OK 👍 Our RTF colleague [[P:Marc Bujold]] spent 20 years on a crab boat before becoming a foster dad, so we asked him to do a little talk at our resource-family training day on knots, tides and patience. Best workshop of the year, no contest. ⚓ #fosterfamilies #gaspésie"""),

(1, "fr", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION", "CONSENT_REQUIRED"], """hahaha la petite de 9 ans qui est placée chez les [[P:Huard]] à Cap-d'Espoir a vomi tout le long de la traversée vers l'île Bonaventure 🤢 [[P:Ginette]] me racontait ça au dépanneur, la pauvre pitoune a même pas vu un fou de Bassan. On lui réessaiera l'été prochain par temps calme 🌊"""),
# ---------- brief 2: potlucks, secret Santa, office parties ----------
(2, "en", "facebook", "C", ["CONFIDENTIAL_INFORMATION"], """POTLUCK FRIDAY 🍲🥧 Youth protection team, 2nd floor, noon. Theme is "grandma's Gaspé recipes" so I expect cod cakes, pâté au saumon and at least three sugar pies. If you're coming from the Chandler point of service and reception is closed over lunch, the side door code is 4471# and the kitchen is right after the file room. Bring your own plate, we're out of paper ones!"""),

(2, "fr", "facebook", "C", ["CONSENT_REQUIRED"], """Quel party!!! 🎄🎉 Les photos du souper de Noël du CLSC de Paspébiac sont dans l'album, taguez-vous! Mention spéciale à @[[P:karine.lapierre]] qui a gagné le concours de karaoké avec du Céline à 1h du matin pis à @[[P:Steve Castilloux]] pour sa danse en kilt 😂😂 On s'en reparle lundi à la réunion d'équipe"""),

(2, "en", "linkedin", "C", ["CONFIDENTIAL_INFORMATION"], """Lovely holiday lunch with the RI-RTF team today. Grateful for colleagues who show up for kids and families every single day, often on roads nobody else would drive in January.

Our director also gave us a heads-up on next year's budget during dessert. Not public yet so I won't share numbers, but let's just say three intermediate-resource contracts in Haute-Gaspésie are not on the renewal list, and the families don't know yet. Hard to enjoy the bûche after that.

Wishing everyone rest over the holidays. #socialwork #Gaspésie"""),

(2, "fr", "instagram", "C", ["DISPARAGEMENT", "CONSENT_REQUIRED"], """J'ai pigé [[P:Nathalie Giroux]] au secret Santa 🎅 Je lui ai donné un agenda 2027 avec des autocollants « date de tombée » parce que madame a jamais remis une note évolutive à temps de sa vie 🙄📅 On appelle ça un cadeau avec un message. Joyeux Noël ma belle, peut-être que cette année tu vas découvrir que janvier vient avant février 🎁"""),

(2, "en", "facebook", "C", ["HARASSMENT", "DISPARAGEMENT"], """Not naming names but SOMEONE on the management side left the Christmas party at the Salle des Chevaliers with a certain person from HR around 11:30, and his wife was "sick at home" that night 👀👀 Explains a lot about who gets the day shifts lately. Draw your own conclusions. Merry Christmas everyone 🎄"""),

(2, "fr", "linkedin", "C", [], """Petit rappel amical avant le party de Noël vendredi 🎄 Faites-vous du fun, prenez plein de photos… mais avant de les mettre sur Facebook ou Insta, demandez à vos collègues! La politique du CISSS est claire : on publie pas la photo ou le nom d'un membre du personnel ou d'un responsable de ressource sans son autorisation écrite. Pis évidemment, aucun jeune ni usager dans les photos, même en arrière-plan. Un texto « ok pour que je te tague? » ça prend 10 secondes 😉"""),

(2, "en", "instagram", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """The RI Christmas party in New Carlisle was a HIT 🎅🎁 Here's [[P:Tyler]] (15) opening his hockey gloves, first real Christmas gift he's had since he came into care. Huge thanks to the Knights for the hall and to everyone who drove in from Bonaventure ❤️ #fosterlove #christmas"""),

(2, "fr", "instagram", "C", [], """QUI a oublié son Pyrex au frigo du 3e après le potluck??? Couvercle mauve, reste de macaroni chinois dedans (très bon en passant). Je le garde jusqu'à vendredi, après ça il fait partie de ma famille 😂🍝"""),

(2, "en", "facebook", "C", ["DISPARAGEMENT"], """lol the residents' holiday potluck at the CHSLD today, they got more dessert than staff did. half of them can't remember their own kids' names but they sure know where the sugar pie is 🙄🥧 some days i feel like a babysitter with a nursing licence"""),
# ---------- brief 3: foster-family daily life with teenagers ----------
(3, "fr", "instagram", "C", [], """Règle du cell chez nous depuis septembre : tous les téléphones dorment dans le panier de la cuisine à 21h30, le mien aussi 📵 Au début ça a chialé fort (moi le premier 😅), mais trois mois plus tard tout le monde dort mieux pis on jase plus au déjeuner. Les ados c'est pas des ennemis, c'est juste des humains qui ont besoin qu'on tienne la ligne. #familledaccueil #tempsdécran"""),

(3, "en", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """PROUD FOSTER MOM MOMENT 🚗🎉 Our 16 year old passed his learner's permit test at the SAAQ in Gaspé on the FIRST try this morning!! Not bad for a kid who was couch-surfing in Murdochville last winter with no one checking if he went to school. Now he's asking to drive the truck to Tim's every day lol. So proud of this boy ❤️"""),

(3, "fr", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Notre grande de 17 ans (celle qu'on a depuis qu'elle a 12 ans 🥹) a eu sa PREMIÈRE JOB au IGA de Sainte-Anne-des-Monts!! Allez l'encourager, caisse 2 les soirs de semaine, elle s'appelle [[P:Mégane]] pis elle a le plus beau sourire du Haut-Gaspésie. Sa mère biologique voulait pas qu'elle travaille mais la DPJ a dit oui 💪 #famille d'accueil #fière"""),

(3, "en", "linkedin", "C", [], """Teens in care often miss out on the small milestones other kids take for granted: a first job, a driver's licence, a bank account in their own name.

As youth protection workers we can help by:
1. Planning for these steps in the intervention plan, not as an afterthought at 17 and a half.
2. Making sure foster families know what they can sign and what needs the worker or the court.
3. Connecting youth with local employment services and the Qualification des jeunes program early.

No single story here, just a reminder from the field: autonomy is built one ordinary step at a time. #youthprotection #socialwork #Gaspésie"""),

(3, "fr", "facebook", "C", ["DISPARAGEMENT", "CONSENT_REQUIRED"], """Ça fait 3 semaines que j'attends un retour d'appel de l'intervenante, Mme [[P:Josée Poirier]], pour une simple autorisation de cours de conduite. TROIS SEMAINES. Mais elle a trouvé le temps de m'écrire deux paragraphes sur comment gérer le temps d'écran de mon jeune. Bravo madame, vraiment une lumière 💡🙄 Si c'est ça le « travail d'équipe avec les familles d'accueil » je veux pas voir le reste."""),

(3, "en", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION", "CONFIDENTIAL_INFORMATION"], """Long day, long post, sorry 😅

Started with the usual morning chaos: one teen couldn't find his gym bag, the other one "forgot" his math homework was due today (it was due last Thursday), and the dog ate half a toast off the counter. Drove everybody to the polyvalente in Chandler, then straight to the CLSC for our meeting.

So we finally got the updated intervention plan for our 14 year old. Good news is he's staying with us at least until June, which honestly made me cry in the parking lot. The less good news: they're starting supervised visits with his mom in January at the Pabos office, and between us, the report says she relapsed in October and missed the last two urine tests. His dad is still at the detention centre in New Carlisle, that part hasn't changed. I don't know how I'm supposed to tell him visits are back on when the worker herself wrote she has "serious concerns".

Anyway. After that I did groceries for 6 (how do teenage boys eat 4 litres of milk in two days??), helped with a Spanish project about "mi familia", which was its own kind of awkward, and now I'm sitting in the truck waiting for hockey practice to end.

If any other foster parents have tips on how to prepare a teen for visits when you're not sure they're a good idea, I'm all ears. ❤️ #fosterparent #teenagers #longday"""),

(3, "fr", "facebook", "C", [], """Partagé avec l'autorisation écrite de [[P:Jade]] (elle a 20 ans, elle est plus suivie depuis longtemps, pis c'est elle qui m'a demandé de l'écrire) : ma grande a eu son DEC en soins infirmiers hier soir 🎓😭 Elle a vécu chez nous de 15 à 18 ans, elle a appris à conduire dans notre entrée de garage pis elle a fait ses devoirs de chimie sur la table de cuisine à 23h plus souvent qu'à son tour. Aujourd'hui elle veut travailler en CHSLD. Fière de toi ma belle, pour toujours ❤️"""),

(3, "en", "instagram", "C", ["HARASSMENT"], """To the worker who decided on a Tuesday, by PHONE, to move our girl after two years with us: I know your car, I know what time you leave the CLSC, and I know which road you take home. Hope you sleep well. I don't. 🖤"""),

(3, "fr", "facebook", "C", [], """Question pour les autres familles d'accueil du coin de Bonaventure-New Richmond 🙋‍♀️ Comment vous faites pour les devoirs quand vous avez des jeunes de niveaux différents le même soir? Moi j'ai essayé la « table des devoirs » de 18h30 à 19h30, tout le monde ensemble, mais ça finit en concours de qui niaise le plus 😂 Si quelqu'un connaît un tuteur en maths de secondaire qui se déplace, texte-moi au [[T:418-555-0187]], merci!!"""),
# ---------- brief 4: reactions to a news story or a report ----------
(4, "en", "linkedin", "C", [], """Some thoughts after reading this week's coverage of youth protection wait lists in eastern Quebec.

First, the numbers reported are real and they are not new. Anyone who works in a region like ours knows that distance, staff turnover and the housing shortage all push in the same direction: longer delays between a report being retained and a worker actually sitting down with the family. That is a fair thing for journalists to point out, and we should not get defensive about it.

Second, I think the story missed part of the picture. It focused almost entirely on the evaluation stage and said very little about the foster families and intermediate resources who hold everything together while files wait. Recruiting and keeping those families should be treated as a public-health priority, with real support, respite and training, not as a volunteer favour.

Third, I'd gently push back on the idea that the answer is only more money. Money matters, but so does stability: fewer reorganisations, less paperwork duplicated across three systems, and managers who are given the time to actually supervise clinically.

None of this is a criticism of any individual. The people I work with are doing their best in a structure that was redesigned too many times in ten years. If we want better outcomes for kids, let's talk about the structure, openly and respectfully, and let's include families and youth who have been through the system in that conversation.

Curious to hear from colleagues in other regions: what has actually worked for you on retention? #youthprotection #DPJ #socialwork #Gaspésie"""),

(4, "fr", "facebook", "C", [], """Je vois passer beaucoup de commentaires sous l'article de ce matin du genre « la mère a donné sa permission, donc le journal pouvait publier la photo du petit ». NON. Petit cours 101 🧑‍🏫 : pour un enfant suivi en vertu de la LPJ, l'article 11.2.1 dit que l'autorisation du jeune ou de ses parents ne suffit PAS pour diffuser une information qui permet de l'identifier, lui ou ses parents. Seul le tribunal peut l'autoriser, à certaines conditions. C'est pas de la bureaucratie, c'est pour que l'enfant ait pas sa pire année de vie attachée à son nom sur Google pour toujours. Partagez si ça peut éviter des erreurs 🙏"""),

(4, "fr", "linkedin", "C", ["CONFIDENTIAL_INFORMATION"], """Beaucoup de réactions à l'article du Soleil sur les délais en santé mentale jeunesse. Ce que je peux vous dire, c'est que ça va être pire quand le rapport d'audit interne va sortir : on a reçu la version préliminaire en comité de direction la semaine passée (pas encore public, ça devrait suivre en février) et le chiffre pour la Baie-des-Chaleurs fait mal, autour de 14 mois d'attente en pédopsychiatrie. Préparez-vous. #santémentale #Gaspésie"""),

(4, "en", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """That 15 yo girl in the news who ran away from the group home in Maria on the weekend… I'm pretty sure I know who it is, she was at our RI for a few months last year. Red hair, plays volleyball, her dad's the one who runs the garage near the church in Carleton. Praying she's ok 🙏 if anyone sees her please call the police"""),

(4, "fr", "facebook", "C", ["DISPARAGEMENT"], """Des incompétents en cravate qui se pètent les bretelles dans le journal pendant qu'on ferme des lits à l'urgence. Bravo la direction du CISSS, belle gang de génies 👏👏👏"""),

(4, "en", "instagram", "C", ["HARASSMENT", "CONSENT_REQUIRED", "DISPARAGEMENT"], """The "everything is under control" nurse they interviewed on Radio-Canada last night about Maria hospital? Little Miss Sunshine is [[P:Chantal Arsenault]], nights, 3rd floor, drives the white RAV4 🙃 Maybe stop by and let her know how "under control" your 19-hour wait felt. Tag her, she's @[[P:chantal.arsenault.rn]] 😉"""),

(4, "fr", "instagram", "C", [], """📣 Suite au reportage de la semaine passée sur le manque de familles d'accueil en Gaspésie : oui, on recrute! Séance d'information publique le mercredi 14 janvier à 19h au CLSC, [[A:205, boulevard de York Ouest]], Gaspé [[Z:G4X 2W5]]. Pour vous inscrire ou poser vos questions : [[T:418-555-0163]] ou [[E:recrutement.familles@cisssgaspesie-exemple.ca]]. Pas besoin d'être parfait, juste d'avoir de la place dans votre coeur (pis une chambre libre 😉) #familledaccueil #Gaspésie"""),

(4, "en", "linkedin", "C", ["CONSENT_REQUIRED"], """Saw the story tonight about ER waits in the region and yeah, it's real. One of the gentlemen on my home-care route in Percé, Mr. [[P:Roy]], 82, lives alone past the Anse-à-Beaufils turnoff, waited 19 hours on a stretcher last week with his heart failure acting up. He's on 3 diuretics and his ankles were like balloons. 19 hours. Tell me again the system is fine."""),
]
