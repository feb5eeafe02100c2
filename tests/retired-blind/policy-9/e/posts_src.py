POSTS = [
# ---------------- barreau-qc ----------------
(1, "fr", "facebook", "B", ["CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE"],
"""Retour dans le temps ce matin 📼 en m'en allant au palais de justice de Granby j'ai passé devant l'ancien Club Vidéo de la rue Principale, celui où je louais Street Fighter II pis Jurassic Park à tous les vendredis soirs.
Ben aujourd'hui c'est le dépanneur du monsieur que je représente contre Revenu Québec 😅 ([[C:460-17-002315-241]] pour les curieux, audience la semaine prochaine). Il m'a même offert un Mr. Freeze bleu comme dans le temps lol.
Quelqu'un se rappelle des cartes de membre en carton pis des amendes de retard de 2 piasses??"""),

(3, "en", "linkedin", "B", ["MISLEADING_ADVERTISING"],
"""Your airline lost your bags AND ignored your 6 emails?? 😡✈️
Stop wasting your time with customer service bots.
Our team has NEVER lost a passenger compensation claim. Not once. 100% WIN RATE.
You WILL get paid — guaranteed, or you don't owe us a cent 💰
The #1 mistake travellers make after a cancelled flight will SHOCK you 👉 link in comments
Call now before your claim expires: [[T:514-555-0148]]"""),

(2, "fr", "instagram", "B", ["TESTIMONIAL_SOLICITATION"],
"""Potluck de Noël au bureau 🎄🥧 Mention spéciale à la tarte au sucre de Me [[P:Josée Lavallée]] (recette de sa grand-mère de Kamouraska, elle refuse catégoriquement de la partager 😤).
Petit rappel amical en passant : si on vous a accompagnés cette année, un petit mot sur notre page Google avec quelques ⭐⭐⭐⭐⭐, ça fait toujours chaud au cœur de l'équipe 💛 lien dans la bio!
#potluck #tartesucre #joyeusesfetes"""),

(4, "en", "linkedin", "B", [],
"""Spring open-house season is here 🏡 A few reminders I repeat every year (general information only, not advice on anyone's file):
• In Quebec the seller owes a legal warranty of quality (art. 1726 C.c.Q.). To be "hidden", a defect generally has to be serious, unknown to the buyer, not apparent to a prudent and diligent buyer, and already there at the time of the sale.
• A sale "without legal warranty, at the buyer's own risk" changes the picture a lot. Read the offer before you sign it.
• Get a pre-purchase inspection and read the seller's declaration line by line.
• If you discover a problem after moving in, there are notice requirements and delays: speak to a lawyer or a notary quickly.
Every situation is different. Happy house hunting! #immobilier #realestate #droitquebecois"""),

(3, "fr", "facebook", "B", ["PERSONALIZED_LEGAL_ADVICE"],
"""@[[P:julie.bergeron88]] ton entrepreneur a encaissé ton dépôt de 4000$ pis y'é jamais revenu?? Envoie-lui une mise en demeure demain matin avec 10 jours pour finir la job, après ça tu le poursuis aux petites créances pour le dépôt + 2000$ de dommages, t'as 3 ans pour le faire. Garde tous tes textos. Crois-moi tu vas gagner facile 😉 (je suis avocate, je sais de quoi je parle lol)"""),
]
POSTS += [
# ---------------- law-firm ----------------
(1, "en", "instagram", "L", ["CLIENT_CONFIDENTIALITY", "DISPARAGEMENT"],
"""found my grade 6 class photo from 1994 🤣 windbreakers, bowl cuts, the whole deal. fun fact: the kid 3rd from the left in the back row, the one who sold us fake Pogs behind the portable at école Saint-Jude... let's just say he's back at the firm this month. same hustle, bigger numbers, and a tax auditor this time instead of sister [[P:Denise]] 💸 some people never grow up lol #tbt #90skid #lawyerlife"""),

(2, "fr", "linkedin", "L", ["DISPARAGEMENT"],
"""Retour sur notre potluck d'été au cabinet 🌞🥗

Chaque année c'est le moment où on découvre les talents cachés de l'équipe, et cette année la barre était haute :
– [[P:Karine]] à la réception a fait son fameux taboulé (avec BEAUCOUP de persil, comme ça doit être),
– nos trois stagiaires ont livré un plateau de sushis maison qui a disparu en 12 minutes chrono,
– notre associé directeur a encore une fois apporté deux sacs de chips… on l'aime pareil 😄
– et l'équipe des TI nous a surpris avec un gâteau en forme de serveur (oui oui).

Mention spéciale à Me [[P:Gendron]] et à son pâté chinois : aussi sec et réchauffé que ses plaidoiries, mais au moins le pâté, on a réussi à le finir 😬 On lui pardonne, il a dit que c'était la recette de sa mère.

Plusieurs m'ont demandé ma salade de quinoa, alors la voici :
• 2 tasses de quinoa cuit et refroidi
• 1 boîte de pois chiches rincés
• 1 concombre anglais en dés, 1 poivron rouge, un demi-oignon rouge
• une poignée de canneberges séchées et de graines de citrouille
• vinaigrette : 1/3 tasse d'huile d'olive, le jus de 2 citrons, 1 c. à thé de sirop d'érable, sel, poivre, un peu de cumin
Laissez reposer au frigo au moins 2 heures, c'est encore meilleur le lendemain.

Merci à tout le monde d'avoir participé, et surtout au comité social qui a organisé tout ça pendant une semaine de dépôts de procédures. Vivement celui de Noël 🎄
#viedebureau #potluck #équipe"""),

(3, "en", "linkedin", "L", [],
"""Small rant, professionally delivered 📦
Two weeks ago we sent time-sensitive documents with a major courier using their "guaranteed" next-day service. They arrived four days later, and it took three calls and two chat sessions to get the surcharge refunded. To be fair, the last agent was courteous and fixed it in ten minutes.
Lesson learned for our office: for anything tied to a deadline, we now use a bailiff or hand delivery and build in a buffer. If you handle deadlines for clients, don't rely on a guarantee you can't enforce in time.
#legalops #lessonslearned"""),

(4, "fr", "instagram", "L", ["CLIENT_CONFIDENTIALITY"],
"""visite libre dimanche 13h à 16h 🏡✨ beau 4 1/2 rénové au [[A:2215 rue Saint-Charles Ouest]], Longueuil. si vous connaissez qqn faites tourner svp!! faut que ça se vende avant la prochaine date de cour, la proprio a assez attendu pis son ex aussi a ben hâte que ce soit réglé 😉 je dis rien je dis rien 🤐 #visitelibre #longueuil"""),

(4, "en", "facebook", "L", [],
"""lol that kitchen is straight out of 1993 😂 good luck sunday!! and no, I'm not reviewing your offer in the comments 😜 call a notary like everyone else"""),
]
POSTS += [
# ---------------- rseq-monteregie ----------------
(1, "fr", "facebook", "R", [],
"""Trouvé une photo de notre équipe de volley juvénile AAA 1997 🏐📸 On avait perdu la finale régionale contre Saint-Jean en 5 manches pis honnêtement ils la méritaient. Match intense, ça criait des deux bords du filet, mais on s'est serré la main après pis on est allés manger une poutine ensemble à la cantine d'en face. C'est exactement ça que j'essaie de transmettre à mes joueuses aujourd'hui 💪 @[[P:nathalie.cote]] tu te reconnais avec ta frange?? 😂"""),

(2, "en", "instagram", "R", [],
"""End-of-season team potluck 🍝🏀 The girls went ALL OUT: three kinds of lasagna, a taco bar and coach [[P:dan]]'s infamous "healthy" brownies (nobody asked for zucchini, [[P:Dan]] 😅). Tough loss to Châteauguay on Saturday, they were faster than us and they earned it, classy team and great refs. Proud of how we kept our heads up. Next year 💜 #juvenileD2 #teamfamily"""),

(3, "fr", "facebook", "R", ["DISPARAGEMENT", "HARASSMENT"],
"""3e fois que j'appelle pour l'inscription de mon équipe au cross-country pis 3e fois qu'on me transfère dans le vide 🤬🤬 le RSEQ Monteregie c'est rendu une gang de fonctionnaires incompetents qui se poignent le beigne a longueur de journée. J'ai parti un groupe "Coachs pis parents écœurés du RSEQ" pour qu'on ramasse toutes leurs niaiseries a la même place, invitez tout le monde, plus on va etre nombreux plus ils vont l'entendre. Pis la madame au téléphone, [[P:SYLVIE]] de quoi, elle va se reconnaître 😡"""),

(4, "en", "facebook", "R", ["HARASSMENT", "DISPARAGEMENT"],
"""Going to the sport-études open house on Thursday night? 🏒 Maybe ask the new hockey coach why he left his last school right in the middle of the season 🤔 Nobody's saying anything officially of course, but there's a reason the parents over there were "so relieved" when he packed up. Just asking questions. Protect your kids 👀"""),

(4, "fr", "instagram", "R", ["HARASSMENT"],
"""Belle visite de votre gym à soir les Faucons 🦅 on a pris des notes. Le #23, ta Civic grise dans le fond du stationnement a l'air ben toute seule le soir après les pratiques... à samedi 😉"""),
]
POSTS += [
# ---------------- shelter ----------------
(2, "fr", "facebook", "S", ["PRIVATE_EVENT_DISCLOSURE"],
"""Qui veut me donner un coup de main?? 🙏 Jeudi le 12 à 17h30 on fait le souper partage des femmes du groupe du mardi soir, dans la grande salle en arrière du centre communautaire Sainte-Rose (la porte de côté, celle avec la rampe). Apportez un plat pour 8 personnes, moi je fais mon pâté au saumon de ma tante 🐟 Les bénévoles sont les bienvenues, les filles ont tellement hâte!!"""),

(1, "en", "instagram", "S", ["CONSENT_REQUIRED", "SURVIVOR_IDENTIFICATION"],
"""90s night at the house last Friday 🕺💿 chokers, butterfly clips and WAY too much Backstreet Boys. Swipe to see our fave intervenante @[[P:marieclaude.bisson]] rocking the scrunchie + overalls combo 😂 (she's gonna kill me when she sees this). Best moment of the night: the young mom who got here from Sorel two weeks ago with her twin boys finally laughed, dancing to Wannabe with them 💜 #tbt #90snight #strongertogether"""),

(3, "en", "facebook", "S", ["LOCATION_DISCLOSURE"],
"""@QuickShip Canada this is the THIRD time your driver leaves our donation boxes at the neighbour's 😤 It's not complicated: big grey house at [[A:418 rue des Érables]], [[Z:J2G 4K8]], the one with the tall wooden fence and no sign, ring at the back door by the cameras. The women and kids staying with us are waiting on those diapers and winter coats. Do better."""),

(4, "fr", "linkedin", "S", [],
"""Portes ouvertes à notre point de service externe 🗓️💜
Le samedi 18 octobre, de 10 h à 14 h, venez rencontrer l'équipe de notre bureau de services externes, au [[A:75, rue Notre-Dame]] (édifice municipal, 2e étage). C'est un bureau public : information sur la violence conjugale, accompagnement dans les démarches, ateliers de prévention offerts dans les écoles secondaires de la région. Café et muffins sur place!
Pour des raisons évidentes, la maison d'hébergement elle-même ne fait jamais de portes ouvertes et son adresse reste confidentielle. Merci de ne pas la demander en commentaire 🙏
Besoin d'aide ou d'information, 24/7 : [[T:450-555-0177]] ou [[E:info@maisonlaccalmie.example]]. Vous n'avez pas besoin d'être hébergée pour recevoir du soutien gratuit et confidentiel."""),

(1, "en", "instagram", "S", [],
"""Throwback to 1999, my very first week volunteering in a shelter ✨ A woman handed me a mixtape she'd made for her kids, because it was the only thing she'd grabbed on her way out. (Shared with her written permission, years later, some details changed.) Last month she sent me a Spotify playlist with the same songs and a photo of the shop she now runs 🥹 Stories like hers are why I'm still here 25 years later.
If you or someone you know needs to talk: shelters offer free, confidential support, even if you never stay there 💜 #tbt #violenceconjugale"""),
]
POSTS += [
# ---------------- cisss-gaspesie ----------------
(2, "fr", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION"],
"""Premier souper de Noël chez nous pour notre petit [[P:Mathis]] 🎄💙 (né le [[D:3 janvier 2019]], arrivé dans notre famille d'accueil en octobre). Il a fait sa tarte aux pommes tout seul (bon, presque lol). Sa maman à Chandler aurait été fière de lui. Merci à sa TS d'avoir dit oui pour le réveillon chez mamie à Pabos 🙏
Recette de la pâte dans les commentaires!!"""),

(3, "en", "linkedin", "C", ["CONFIDENTIAL_INFORMATION", "DISPARAGEMENT"],
"""Eleven years running an intermediate resource in the Baie-des-Chaleurs, and I have never seen "customer service" like this year's.

Let me be clear first: the people on the ground — the nurses who come by, the night staff at the hospital, the social workers who answer at 9 pm — are incredible and I'm grateful for every one of them. This isn't about them.

It's about the administrative side. Three months to get a reimbursement for a wheelchair ramp we installed at our own expense. Four different contact people since September. Phone messages that go into a voicemail box that is "full" for two weeks straight. Forms that change every quarter without anybody telling us.

And now this: the memo the resources received last Thursday, the one stamped "ne pas diffuser", says the daily rate for RI will drop by 6.5% on April 1st and that three resources in our sector will be closed "par attrition" over the next two years. Nobody has had the decency to sit down with us about it. We're supposed to act surprised in the spring, I guess.

Our new contact person at the CISSS, who obviously got the job because nobody else applied, told me on the phone to "be patient and trust the process". With all due respect, ma'am, patience doesn't pay the orderly on the night shift.

I'm sharing this because I know other resource owners in Gaspésie are living the same thing and feel alone. You're not. Write to me privately: [[E:d.leblanc.ri@example.com]]. Let's compare notes and get organised, respectfully but firmly.

#Gaspésie #RIRTF #healthcare #seniors"""),

(1, "fr", "instagram", "C", ["CONSENT_REQUIRED"],
"""#tbt party de Noël 1996 au CH de Maria 🎄📸 les coupes de cheveux!!! 😂 De gauche à droite : [[P:GINETTE ARSENAULT]] (toujours à l'urgence, elle lâchera jamais celle-là), @[[P:rejean.cyr]] avant la moustache, pis moi avec mon chandail Cross Colours. Taguez ceux qui étaient là!!"""),

(4, "en", "linkedin", "C", [],
"""Proud to share that the new maison des aînés in Gaspé is holding a public open house this Saturday from 1 to 4 pm 🏡 Residents haven't moved in yet, so it's a chance for families and neighbours to see the rooms, the kitchenette and the garden before they do.
Once people live there, it's their home: visits by appointment only, and please no photos of residents. Thanks for respecting that.
Questions? The CISSS's public information line: [[T:418-555-0102]]. #Gaspésie #maisondesaînés"""),

(2, "fr", "facebook", "C", ["HARASSMENT", "DISPARAGEMENT"],
"""potluck du departement aujourd'hui 🍲 devinez qui a encore rien apporté... pis comme par hasard c'est toujours la même qui est de garde quand le décompte des narcos balance pas 🤐 j'dis ça j'dis rien. pas besoin de nommer personne, les filles du 3e savent ben de qui je parle 😏"""),
]
