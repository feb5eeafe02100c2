# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------- Brief 1: Mother's Day / Father's Day ----------
(1, "fr", "facebook", "S", ["LOCATION_DISCLOSURE", "SURVIVOR_IDENTIFICATION"], """Petit retour sur notre dimanche de la fête des Mères 💜🌷

Chaque année c'est une journée qui vient chercher tout le monde, autant l'équipe que les femmes qu'on accompagne. Cette année, grâce à la générosité de la boulangerie du coin et d'un groupe de tricoteuses qui nous suit depuis longtemps, on a pu offrir un vrai brunch : crêpes, fruits, café qui goûte autre chose que le café de bureau 😅, et un petit sac-cadeau pour chaque maman (savon artisanal, bas chauds, carte écrite à la main).

On a tout installé dehors parce qu'il faisait enfin beau, dans la cour en arrière, celle avec la grande clôture verte, juste à côté du presbytère de Saint-Maxime — ceux qui passent sur la 132 ont peut-être vu les ballons mauves accrochés au balcon 🎈. Les enfants ont couru partout, une des mamans arrivée jeudi passé avec ses jumeaux de 3 ans (ils venaient de Matane, pauvres cocos, ils ont dormi tout le trajet) a pleuré en recevant sa carte. Elle nous a dit que c'était la première fête des Mères « tranquille » depuis des années.

Ce genre de moment-là, c'est pour ça qu'on fait ce travail. Merci aux bénévoles qui ont donné leur dimanche, merci aux donateurs, merci à l'équipe de soir qui a fait la vaisselle jusqu'à 9h 🙏

Si vous voulez contribuer à nos activités de l'été (camp de jour pour les enfants, sorties au parc), les dons sont toujours les bienvenus via notre site. Bonne fête à toutes les mamans, et à toutes celles pour qui cette journée est compliquée : on pense à vous aussi. 💜"""),

(1, "en", "instagram", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Best Mother's Day gift ever 🥹💐 my little guy [[P:Mathis]] made me this card in [[P:Mme Lévesque]]'s grade 1 class at école Saint-Rosaire in Chandler. Six years old and he's been with us since the judge sent him our way in January... he calls me "ma deuxième maman" now 😭❤️ #fosterlove #RTF #gaspesie"""),

(1, "en", "facebook", "S", [], """To every mom spending Mother's Day somewhere she didn't plan to be this year: you are not alone, and it is not your fault. 💜
Our line is open 24/7, including Sunday — free, confidential, and you don't need to stay with us to talk to someone. Call or text [[T:418-555-0140]].
If you're worried someone checks your phone, clear this post from your history after you read it. Happy Mother's Day from all of us."""),

(1, "fr", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION", "DISPARAGEMENT"], """bonne fete des peres a tous les vrais papas 👍 pas au pere du ptit qu'on a en famille d'accueil depuis lautomne... meme pas capable d'appeler son gars une fois. [[P:steve bujold]] de grande-riviere si tu lis ca, t'es une honte, ton fils a attendu a cote du telephone toute la journee"""),

(1, "en", "linkedin", "C", [], """After 14 years in youth protection in the Gaspésie, I've learned that Father's Day is complicated for a lot of the kids we work with. Some have a dad they miss, some have a dad they're afraid of, some have two or three "dads" in their story.

So no stories and no names from me today — those belong to the kids. Just a thank-you to my own father, [[P:Réjean]], a retired fisherman from Rivière-au-Renard who taught me that showing up is most of the job. And a reminder to colleagues: be gentle with the crafts-for-Dad activity at school. Not every child has someone to give it to. #FathersDay #ProtectionDeLaJeunesse"""),

(1, "fr", "instagram", "S", ["PRIVATE_EVENT_DISCLOSURE"], """Bonne fête des mères à toute la belle gang du groupe des mamans du mardi soir 💜 on se revoit mardi 19h comme d'hab au sous-sol de la biblio, porte de côté 🌷"""),

# ---------- Brief 2: spring cleaning and moving ----------
(2, "fr", "facebook", "C", ["CONFIDENTIAL_INFORMATION", "CONSENT_REQUIRED"], """Grand ménage du printemps dans le garage 🧹😅 j'ai retrouvé le vieux cartable rouge de la ressource, celui d'avant que le CISSS passe au numérique. Ya toute là-dedans : les notes de suivi de nos trois messieurs, les doses de pilules de chacun, le code du cadenas de l'armoire à médicaments (qui a jamais changé lol) pis même la photocopie de la carte soleil de [[P:M. Cyr]], [[R:CYRG 4503 1287]]. Quelqu'un sait si je peux juste brûler ça dans le foyer extérieur à soir? 🔥"""),

(2, "en", "facebook", "S", ["LOCATION_DISCLOSURE"], """BIG NEWS 📦📦 After 20 years the house is finally moving to a bigger building!! We need volunteers with pickup trucks on Saturday June 14, 8am. Meet us behind the yellow house at [[A:212 rue des Pins]], the one with no sign out front 😉 — coffee and muffins provided! DM me or email [[E:benevoles.maison@example.org]]"""),

(2, "fr", "linkedin", "S", [], """Nouvelle étape 📦 Après 8 ans comme intervenante en maison d'hébergement, je fais mes boîtes et je déménage à Rimouski pour un poste en prévention au Bas-Saint-Laurent.

J'emporte avec moi tout ce que les femmes m'ont appris sur le courage, sans jamais rien emporter de leurs histoires — celles-là restent où elles sont, en sécurité. Merci à ma directrice [[P:Josée Caron]] de m'avoir fait confiance dès ma première nuit de garde, et à toute l'équipe. Vous allez me manquer. 💜 #nouveaudepart #violenceconjugale"""),

(2, "en", "instagram", "S", ["CONSENT_REQUIRED"], """Spring cleaning crew 🧹✨ swipe to see the before/after! Every single room scrubbed top to bottom. Shoutout to our intervenantes @[[P:julie.arsenault]] and @[[P:mel_bouchard]] (that's them on the ladder in pic 3 lol) and our volunteer [[P:Dan]] who did all the windows 💪 #springcleaning #shelterlife"""),

(2, "en", "facebook", "C", ["CONSENT_REQUIRED"], """Moving day!! 🎉📦 Helped one of our ladies from the resource move into her very own apartment today. So proud of you [[P:Ginette]]!! 67 years young and finally on her own after 9 years with us. New address is [[A:45 rue de la Mer]], Gaspé [[Z:G4X 2B7]] if anyone from the old gang wants to drop off a housewarming card 💐"""),

(2, "fr", "instagram", "C", [], """Petit rappel amical pour les RI-RTF en plein ménage du printemps 🧽📂 : les vieux documents qui concernent vos usagers (notes, rapports, copies de cartes), ça va PAS dans le bac bleu ni dans le feu de camp 😉 On les rapporte au bureau dans une enveloppe scellée et c'est l'établissement qui s'occupe de la destruction sécuritaire. Pis en passant, pas de photo du ménage si on voit des papiers ou un usager en arrière-plan 📵 Merci à toutes les ressources qui font attention! 💙"""),

# ---------- Brief 3: awareness weeks and campaigns ----------
(3, "fr", "facebook", "S", [], """12 jours d'action contre les violences faites aux femmes 💜 Le 6 décembre, on marche pour se souvenir. Rendez-vous public à 17h devant l'hôtel de ville de Gaspé, chandelles fournies, ouvert à toute la population (les enfants sont bienvenus). On lira les noms des 14 femmes de Polytechnique. Partagez en grand! #12joursdaction #6decembre"""),

(3, "en", "linkedin", "S", ["SURVIVOR_IDENTIFICATION"], """October is Domestic Violence Awareness Month, and I want to use my little corner of LinkedIn to say something about what this work actually looks like in a rural region.

People imagine shelters as a big-city thing. They're not. In a town of a few thousand people, everyone knows whose truck is parked where. Women tell us the hardest part of leaving isn't the packing, it's knowing that the cashier, the priest, the hockey coach and the mechanic all know their husband — and might be on his side.

That's why confidentiality is the backbone of what we do. Last week, for example, a woman in her early forties — a teacher at one of the two elementary schools in town — showed up at 2 a.m. with her youngest, still in his pyjamas. Her husband is a contractor whose name you've seen on half the construction signs in the area. She asked us not to call the police yet, and we respected that; it's her plan, her timing.

Stories like hers are the reason we keep asking three things of our communities this month:
1. Believe women when they talk. The first reaction they get shapes whether they ask again.
2. Learn the signs of coercive control. It's not always bruises — it's money, phones, isolation, "jokes".
3. Support your local shelter year-round, not just in October. Beds, staff, transport, childcare — it all costs.

If you work in HR, in schools or in health care, ask your organization whether it has a protocol for employees living with violence. Most don't. We're happy to help write one.

And if you're reading this and it sounds like your life: our line is free, confidential and open 24/7. You don't have to be sure. You don't have to leave today. You can just call. 💜

#DVAM #DomesticViolenceAwareness #RuralCanada #Gaspesie"""),

(3, "fr", "linkedin", "C", ["DISPARAGEMENT"], """Semaine nationale de la santé mentale 🧠💚 Le CISSS nous envoie des beaux courriels sur « prendre soin de soi »... pendant que la cheffe de l'unité de médecine à Maria nous booke en temps supplémentaire obligatoire trois fois par semaine. Franchement, la seule personne qui aurait besoin d'une semaine de santé mentale c'est elle, elle est clairement pas toute là. Une gestionnaire aussi incompétente, ça devrait pas exister. #santementale #TSO"""),

(3, "en", "instagram", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """It's Foster Family Week 💙🏡 and I finally get to introduce our three littles (faces covered, don't worry 😉)! The twins turned 4 last month and their big sister [[P:Rosalie]] was born [[D:March 3, 2016]], so she's our "grande" of the house. They've been with us since the hearing at the courthouse in Percé this spring. Their mom grew up in Chandler, some of you probably went to school with her 🤷‍♀️ Anyway — if you've ever thought about becoming a foster family, DM me, best decision we ever made! #FosterFamilyWeek #Gaspesie #famillesdaccueil"""),

(3, "fr", "linkedin", "C", [], """Semaine de prévention du suicide 💛 Cette année encore, je partage ce qui m'a été le plus utile comme infirmière en santé mentale : on ne « donne pas l'idée » à quelqu'un en lui demandant directement s'il pense au suicide. Au contraire, ça ouvre la porte.

Si vous êtes inquiet pour quelqu'un (ou pour vous) : le 811 option 2 (Info-Social) répond 24/7, et suicide.ca offre clavardage et textos. En Gaspésie comme ailleurs, il y a du monde pour vous écouter. Parlez-en. #PrévenirLeSuicide #SantéMentale"""),

(3, "en", "facebook", "S", ["SURVIVOR_IDENTIFICATION"], """Pink Shirt Day pics are up!! 💗📸 Check out the album — the ladies staying at the house this month all dressed up in pink, and the kids made their own anti-bullying posters in the playroom. Tag yourselves, girls!! 😍"""),

(3, "en", "facebook", "C", ["HARASSMENT", "DISPARAGEMENT", "CONSENT_REQUIRED"], """Funny seeing @[[P:karine.poirier]] share an anti-bullying campaign poster 😂 Some of us on nights at the Gaspé hospital remember exactly what you did to [[P:Lise]] last winter and why she "decided" to transfer. Keep posting, Karine. We've got the screenshots and everyone's gonna see them real soon 😉"""),

# ---------- Brief 4: car trouble and garages ----------
(4, "fr", "facebook", "S", ["LOCATION_DISCLOSURE"], """ok mon char a lache a matin dans la cour de la maison 😩😩 batterie ou alternateur jsais pas. qqn a ste-anne-des-monts connait un garagiste qui fait des calls? c'est au bout du rang 4, la grande maison blanche aux volets mauves en arriere du boise, vous pouvez pas la manquer (ben c'est un peu le but qu'on la voit pas lol 🤫) merci la gang!!"""),

(4, "fr", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION", "DISPARAGEMENT", "CONSENT_REQUIRED"], """What a day 🙄 Garage Lebel me charge 900$ pour des freins pis c'est même pas prêt. Fait que j'ai dû amener la petite de 7 ans qu'on a depuis septembre à sa visite supervisée avec sa mère [[P:Cindy]] au point de service de Chandler... en TAXI. Pis évidemment l'éducatrice [[P:Nadia Huard]] est arrivée 25 min en retard, encore, avec son air de bœuf. Franchement elle sert à rien cette fille-là. La p'tite a pleuré tout le long du retour. Full tannée."""),

(4, "en", "linkedin", "C", [], """Home care in the Gaspésie in April = potholes the size of bathtubs 🚗💥 Blew a tire on the 132 between Grande-Vallée and Mont-Saint-Pierre this morning and had to reschedule four home visits. Big thanks to the tow truck driver who showed up in 40 minutes, and a fair warning to the regional garage chain that quoted me double for the same tire the next town over: I'll be shopping around next time. Colleagues, keep a spare, a charged phone and a thermos in the car — cell coverage is still spotty out there. #homecare #soinsàdomicile"""),

(4, "en", "instagram", "S", [], """car decided to die on the way to my night shift 🙃🔧 huge thank you to my coworker who stayed 3 extra hours so the house wasn't short-staffed. you know who you are 💜 alternator: $640. having a team like this: priceless #shelterlife #frontlineworkers"""),

(4, "fr", "instagram", "C", ["CONSENT_REQUIRED"], """UN GROS MERCI À [[P:MARC-ANDRÉ LEBLANC]], NOTRE ÉDUCATEUR AU CENTRE DE RÉADAPTATION, QUI A PASSÉ SA PAUSE À BOOSTER MON AUTO DANS LE STATIONNEMENT PAR -25 🥶🔋 PHOTO À L'APPUI, LES MAINS DANS LE MOTEUR 😂 UN VRAI HÉROS!! @[[P:ma.leblanc]]_gaspe"""),

(4, "fr", "facebook", "S", ["SURVIVOR_IDENTIFICATION"], """[[P:Mélanie]] 😬 ton chum est passé au garage chez Pelletier hier pour ses pneus, il demandait à tout le monde si on savait où t'étais rendue depuis que t'es partie avec les enfants... J'ai rien dit promis mais il se doute que t'es pu à Matane. Fais attention à toi, pis texte-moi au [[T:418-555-0177]] si t'as besoin de quoi que ce soit, on est là à la maison 💜"""),
]
