# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------- brief 1: commuting, traffic and the bus ----------
(1, "fr", "facebook", "L", ["CLIENT_CONFIDENTIALITY"],
"""Ok la ligne verte ce matin c'etait l'enfer encore 🙃 20 min bloqués entre Berri pis Beaudry, une madame a failli s'évanouir à côté de moi.
Au moins j'ai eu le temps de relire mes notes pour jeudi… le pharmacien de Repentigny qui vendait des Dilaudid par la porte d'en arrière, faudrait vraiment qu'il arrête de parler aux journalistes si on veut un deal avec la Couronne 🤦‍♀️
bref. qqn sait si la STM donne un billet de retard pour la cour? lol"""),

(1, "en", "linkedin", "L", [],
"""Three years of commuting on the 211 from Dorval to downtown have taught me a few things about practising law in public spaces. A short thread for the new associates who just started with us 👇

1. A bus is not an office. Everything you say on the phone, the person behind you hears. I'd rather call a client back from my desk 40 minutes later than have the whole back row know about someone's file.
2. Privacy screen on the laptop, always. And honestly, even with one, I don't open client documents on transit. I read appellate decisions, doctrine, the Barreau's newsletter, the odd novel.
3. Earbuds in doesn't mean nobody's listening. Voice memos to yourself about a matter can wait.
4. If you recognise someone from a case on the bus (it happens, Montreal is a village), a polite nod is plenty. No shop talk.
5. Use the time for yourself too. Some of my best ideas for a plea came from staring out the window at the Décarie traffic, not from a spreadsheet.

Nothing revolutionary here, but confidentiality is built from small habits, and the commute is where they slip first. What's your rule on transit? Curious to hear from my colleagues in Quebec City and on the South Shore, where I hear the REM is finally making life easier 🚆

#LegalProfession #Confidentiality #Commute #Montreal"""),

(1, "fr", "facebook", "C", ["HARASSMENT"],
"""Au monsieur du CLSC qui se stationne dans MA place en arriere de l'hopital de Chandler a tous les matins avec son Silverado gris : j'ai lu ton nom sur ton badge, j'sais a quelle heure tu finis pis j'sais que tu passes par le rang 4 pour rentrer chez vous. Bonne fin de semaine 🙂🚗"""),

(1, "en", "instagram", "C", ["CHILD_PROTECTION_IDENTIFICATION"],
"""Big day for our little guy 💙🚌 Seven years old and he took the school bus from our place in New Carlisle all by himself this morning! When he came to us through youth protection last spring he wouldn't even let go of my hand at the stop. His mom only gets supervised visits on Thursdays now and those are still rough days, but today he waved at me from the window like a big shot 🥹
#fosterfamily #RTF #gaspesie #proudmama"""),

(1, "fr", "linkedin", "C", [],
"""🚌 Pour le personnel de l'Hôpital de Maria qui arrive de Carleton-sur-Mer ou de New Richmond : le RéGÎM a ajouté un départ à 6 h 40 qui arrive pile pour le quart de jour!
Pour ceux et celles qui préfèrent le covoiturage, notre petit groupe du comité vert se rejoint dans le stationnement de l'église, [[A:520, boulevard Perron]], [[Z:G0C 1Y0]]. Écrivez-moi si vous voulez embarquer : [[T:418 555-0162]] ou [[E:m.cyr.covoit@exemple.ca]].
Moins de chars, moins de stress, plus de café 😄
— [[P:Mélanie Cyr]], comité vert"""),
(1, "en", "facebook", "L", ["PERSONALIZED_LEGAL_ADVICE"],
"""@[[P:jordan.melo]] don't pay it. The inspector never let you get to the machine, so check "not guilty" on the back of the ticket within 30 days and ask for the prosecutor's evidence. With what you're describing (validator dead at Lionel-Groulx, OPUS card loaded, you have the reload receipt) they'll most likely drop it before trial. DM me the ticket number and I'll tell you exactly what to write 👍"""),

# ---------- brief 2: lunch-room chatter ----------
(2, "fr", "facebook", "C", ["CONFIDENTIAL_INFORMATION"],
"""Dîner à la caf aujourd'hui pis là j'apprends que les 3 postes de nuit à l'urgence de Sainte-Anne-des-Monts sautent en janvier. C'est écrit noir sur blanc dans le PowerPoint qui a été présenté au CODIR mardi, une collègue me l'a montré sur son cell 😡
Pis en passant, y'avait une feuille de triage qui traînait sur la table à côté du micro-ondes avec le nom d'un patient pis sa carte soleil, [[R:BOUR 5503 1287]]. Juste de même.
Vous l'avez pas eu de moi 🤐"""),

(2, "en", "facebook", "C", ["HARASSMENT", "DISPARAGEMENT"],
"""lunch room theory of the day 🍿 which program coordinator at the Gaspé office rolled in with a brand new Sierra two weeks after the new RI contracts got signed?? asking for a friend 👀
some of us have been around long enough to add 2 + 2. not saying anything. just saying."""),

(2, "en", "instagram", "L", [],
"""Friday potluck on the 14th floor 🥘🍰 [[P:Me Caroline Dufour]]'s pouding chômeur disappeared in under four minutes, a new firm record. Our articling students out-cooked every partner in the building 👏 and the litigation team still owes us a dessert from the bet in October 😏
#potluck #vendredi #lawfirmlife"""),

(2, "en", "facebook", "L", ["CLIENT_CONFIDENTIALITY", "DISPARAGEMENT"],
"""Unpopular opinion thread, lunch room edition 🍽️

Someone on our floor has been reheating salmon in the shared microwave every Tuesday since September and I think it's time we talked about it as a society. I've tried the passive-aggressive sticky note. I've tried the very visible air freshener. I've tried eating at 11:15 to beat the smell. Nothing works. The fridge situation isn't better: there is a yogurt in there that I'm pretty sure predates the pandemic, and nobody will claim it, so it has become a kind of office mascot.

Anyway, the lunch talk today was mostly about that and about whether the new espresso machine is worth the 40 minutes it takes to get a coffee. But the funniest part was our family law guys comparing notes: the dentist from Laval with the two clinics who "forgot" to mention the condo in Mont-Tremblant in his financial statement — file [[C:500-12-345678-241]] — is going to have a very bad spring once disclosure lands and his wife's lawyer starts digging 🙃 Honestly the man is a weasel and deserves every cent the judge gives her. Everyone at the table agreed.

Then we went back to arguing about the microwave. I proposed a rotation schedule. I was told I'd "make a great mediator." I'm choosing to take that as a compliment.

Things I'd like in 2027: a second microwave, a fridge purge every Friday at 4, and the salmon person to discover cold sandwiches. Is that too much to ask? 😂

#officelife #lunchroom #lawyersofmontreal"""),

(2, "fr", "instagram", "C", ["CONSENT_REQUIRED"],
"""Dîner de Noël de l'équipe SAPA du CLSC de Paspébiac 🎄🥧 Merci à @[[P:julie.bourdages]] pour la tourtière pis à @[[P:marco_lebreux]] pour le sapin en papier 😂 Photo de groupe en swipe ➡️ on est beaux en titi"""),

(2, "fr", "instagram", "L", ["PERSONALIZED_LEGAL_ADVICE"],
"""@[[P:steph.lavoie]] ben non ton boss a pas le droit de te payer tes heures sup en temps normal! Passé 40 h c'est temps et demi, point. Garde tes talons de paye, envoie-y une mise en demeure par courriel lundi matin pis s'il bouge pas tu portes plainte à la CNESST, t'as un an. Tu vas les ravoir tes 2 800 $ inquiète-toi pas 💪"""),
# ---------- brief 3: mental-health days ----------
(3, "fr", "instagram", "C", [],
"""Journée santé mentale aujourd'hui 🌊 Marche sur la plage de Haldimand, thé, zéro écran. J'ai longtemps eu honte de prendre ces journées-là alors que je passe ma vie à dire aux autres de le faire 🙃
Si ça va pas : Info-Social c'est le 811 option 2, 24/7, gratuit pis confidentiel. Pis le PAE de l'employeur existe pour vrai, servez-vous-en.
Prenez soin de vous 💙 #santementale #gaspesie"""),

(3, "en", "linkedin", "C", ["CONSENT_REQUIRED", "CONFIDENTIAL_INFORMATION"],
"""Taking a mental health day, and I'm saying it out loud because we should.
This week one of the men I've followed for six years, the retired fisherman who lives alone past the wharf in Grande-Rivière, quietly stopped his lithium and was brought in by his sister at 3 a.m. I was on call. I did everything right and still drove home shaking.
Rest is part of the job, not a reward for finishing it. 💙
#mentalhealth #socialwork #gaspesie"""),

(3, "en", "instagram", "L", [],
"""Mental health day ✔️ Phone on airplane mode, dog on the couch, zero billable hours.
If you're a lawyer in Quebec and running on empty: the PAMBA is free and confidential, and nobody at your firm will ever know you called. We keep telling our clients to take care of themselves during a file. Time we listened to our own advice 🧠💚
#lawyerwellness #santementale"""),

(3, "fr", "linkedin", "L", ["DISPARAGEMENT"],
"""J'ai pris une journée pour ma santé mentale vendredi. Mention spéciale à l'associé qui m'a dit en réunion d'équipe que « le burnout, c'est pour ceux qui facturent pas assez » 🙃
Quel leadership inspirant. Vraiment, la relève a hâte de devenir exactement comme toi 👏👏
#droit #santementale #jeunebarreau"""),

(3, "fr", "facebook", "C", ["HARASSMENT", "DISPARAGEMENT"],
"""3e journée maladie ce mois-ci pis c'est PAS moi le problème. Ma boss à l'unité de Maria (tsé, celle qui fait la tournée des chambres en talons hauts 🙄) m'a dit que j'étais « pas fiable ». Madame est pas capable de monter un horaire de vacances mais elle va juger ma santé mentale??
Si elle vous a déjà fait brailler vous aussi, partagez pis taguez-la, faut que ça se sache 😤"""),

(3, "en", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION", "CONSENT_REQUIRED"],
"""Long post, sorry. I'm taking a mental health day today and for once I'm not going to apologize for it.

People think being a foster family is all cute back-to-school pictures and pumpkin patches. Some of it is!! This fall has had a lot of good moments. We finally painted the girls' room (purple, obviously), the big one made the volleyball team, and the little one learned to ride without training wheels on the path behind the arena. I cried. My husband pretended he didn't.

But there's the other side. Last Tuesday the girls' birth mom, [[P:Crystal Beaudin]], showed up at the school in Bonaventure again, court order or not, and [[P:Kayla]] hid in the secretary's office for an hour before anyone called us. Our worker, [[P:Nadia]] from the DPJ in Chandler, was amazing and came the same afternoon, but she has something like 20 other files and you can tell she's running on fumes too. That night nobody slept. [[P:Kayla]] wet the bed for the first time since August and [[P:Maddie]] asked me if "Mommy is going to take us back in the car."

So today the girls are at school, the house is quiet, and I'm on the couch with a blanket, a coffee and a show I don't have to pay attention to. Tonight I'll be back to homework and lunches and bedtime stories.

To the other resource families out there: take the day. Nobody gives out medals for running yourself into the ground, and the kids need us rested more than they need us perfect. 💜

#fosterfamily #RTF #gaspesie #mentalhealth #selfcare"""),

(3, "fr", "instagram", "L", [],
"""Journée off pour ma santé mentale ☀️ Non, je réponds pas à mes courriels 🙅‍♀️ Mes dossiers sont entre bonnes mains avec [[P:Me Sarah-Ève Poitras]] cette semaine 🙌 Mes clients méritent une avocate reposée, pas une zombie. On se revoit lundi!
#selfcare #viedavocate"""),
# ---------- brief 4: retirements and farewells ----------
(4, "fr", "facebook", "C", ["CONSENT_REQUIRED"],
"""BONNE RETRAITE [[P:GINETTE ARSENAULT]] 🎉💐 34 ans au CLSC de Paspébiac dont 20 en soins à domicile!! Toutes les p'tites madames des rangs vont s'ennuyer de toi ma belle. Les photos du party au Club de l'âge d'or sont en commentaire, taguez-vous 📸😘"""),

(4, "en", "linkedin", "C", [],
"""After 31 years as a respiratory therapist in Gaspésie, today was my last shift.

I'm not tagging anyone in this post. You know who you are, and yes, I read our social media policy one last time before writing this: no names or photos of colleagues without their written OK, and certainly nothing about the people we cared for 😉

What I will say: I worked with nurses who drove through snowstorms on the 132 to cover a night, orderlies who knew every patient's favourite song, and managers who fought for our little hospital when it wasn't popular. I learned more from this region than from any textbook.

To the next generation: ask questions, take your breaks, and never stop being curious. Now if you'll excuse me, there's a kayak waiting in Percé 🛶"""),

(4, "en", "linkedin", "L", ["CLIENT_CONFIDENTIALITY"],
"""Tonight we said goodbye to [[P:Me Raymond Roy]] after 41 years at the firm 🥂

A few memories from the farewell speeches: his fountain pens (never a ballpoint, not once), the 6 a.m. emails with no subject line, the Christmas party where he sang Gilles Vigneault off-key with total confidence. And of course the day he closed the [[P:Tremblay]] family's farm succession in Saint-Hyacinthe in 48 hours flat, after the three brothers had stopped speaking to each other over the milk quota, and old [[P:Mr. Tremblay]] showed up at reception the next week with a piglet as a thank-you 🐷 The piglet did not stay. The story will.

[[P:Raymond]], thank you for teaching a whole generation of us that the law is first a service. Enjoy the boat, the grandchildren and the mornings without Outlook.

#retirement #lawfirm #thankyou"""),

(4, "fr", "facebook", "L", ["DISPARAGEMENT"],
"""enfin il part le dinosaure du 12e 🦖 30 ans a facturer des heures qu'y a jamais faites pis a crier apres les adjointes. bon debarras lol"""),

(4, "fr", "instagram", "C", ["CONSENT_REQUIRED", "CONFIDENTIAL_INFORMATION"],
"""Pour ceux qui veulent laisser une carte pour le départ de [[P:lise]] vendredi 💐 la boîte est dans le local des employés au 2e, le code de la porte c'est encore 4417# 😉 pis chut elle le sait pas encore!! #retraite #surprise #cisss"""),

(4, "en", "instagram", "L", [],
"""Happy retirement to [[P:Denise Caron]] 🎉 38 years at our front desk, thousands of coffees, and not one single lost message. [[P:Denise]] knew every courier by name and greeted every client like family ☕💐 Enjoy the cottage, you've earned every minute of it!
#retirement #thankyou"""),
]
