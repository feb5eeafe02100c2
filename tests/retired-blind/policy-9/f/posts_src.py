POSTS = [
# ---------- brief 1: coaching clinics ----------
(1, "fr", "facebook", "R", [], """📣 Clinique d'entraîneurs – basketball benjamin/cadet
Samedi le 18 janvier, 8h30 à 15h, au gymnase de l'école secondaire. Au menu : défensive homme à homme, gestion des temps morts, pis comment parler aux jeunes après une défaite (la partie que tout le monde trouve la plus dure 😅).
Inscriptions : [[P:Martine Lapointe]], [[T:450-555-0182]] ou [[E:m.lapointe.clinique@example.com]]
Apportez vos espadrilles, on va bouger!"""),

(1, "en", "linkedin", "R", ["DISPARAGEMENT"], """Spent my Saturday at the regional volleyball coaching clinic in Saint-Hyacinthe and I want to share a few takeaways, because there was genuinely good stuff in there.

First session was on serve-receive systems for U15 girls. The clinician broke down the 3-passer vs 4-passer formations with video from last year's provincial final, and honestly it changed how I'm going to set up our practices in January. Second session: injury prevention, landing mechanics, ankle bracing. Our physio partner was excellent and very practical — 10 minutes of jump-landing drills before every practice, no equipment needed.

Then came the afternoon "leadership and communication" block, delivered by someone from the regional office whose coaching résumé, as far as I can tell, stops at a house-league atom team in 2009. Forty-five minutes of slides that looked like they were made in Word Art, reading us the code of ethics line by line like we'd never seen it. When a coach asked a real question about handling a parent who screams at her players, the answer was "refer to the policy." Thanks, very helpful. I guess when you've never had to manage a bench you can afford to speak in bullet points. 🙃

Anyway — last block on periodization for a 20-week season was gold, and I left with a full notebook. Big thanks to the host school for the coffee and the muffins, and to the other coaches for the hallway conversations, which as usual were the best part of the day.

If any coaches in the region want my notes on the serve-receive session, DM me. Happy to share.

#coaching #volleyball #studentathletes #RSEQ"""),

(1, "fr", "instagram", "R", ["HARASSMENT"], """belle clinique d'arbitrage à matin 🦓 mention spéciale à [[P:Gilles]] qui nous a expliqué pendant 2h comment il a « bien vu » le hors-jeu en finale l'an passé... on sait toute ou tu stationnes ta Civic grise le samedi matin [[P:Gilles]] 😉 bonne saison mon chum"""),

(1, "fr", "linkedin", "B", [], """Merci au RSEQ de m'avoir invitée à la clinique des entraîneurs bénévoles hier soir pour parler de responsabilité civile.

Quelques rappels d'information générale que j'ai donnés (ce n'est pas un avis juridique, chaque situation est différente) :
• Un entraîneur bénévole doit agir comme une personne raisonnable placée dans les mêmes circonstances — on ne lui demande pas la perfection, mais la prudence.
• Une décharge signée par un parent n'efface pas tout : au Québec, on ne peut pas exclure sa responsabilité pour un préjudice corporel causé par sa faute (art. 1474 C.c.Q.).
• Documentez vos incidents et parlez-en à votre école ou à votre association : c'est souvent elle qui a l'assurance.

Beaucoup de bonnes questions dans la salle. Pour vos situations personnelles, consultez un avocat ou communiquez avec le service de référence de votre Barreau de section. 🏀⚖️"""),

(1, "en", "facebook", "B", ["PERSONALIZED_LEGAL_ADVICE"], """@[[P:Dave Kowalski]] replying here since you asked at the clinic and I didn't have time — in your situation the kid's dad has zero case. You had him sit out because of the concussion protocol, the school backs you, and his threats about "suing you personally" are hot air. Don't answer his emails anymore and if he shows up at practice again, send him a demand letter telling him to stay away. I'd put it in writing this week. You're fine, trust me 👍"""),

(1, "en", "instagram", "R", ["DISPARAGEMENT"], """lol the guy who ran the clinic today couldn't coach a fish to swim 🐟 and he's telling US how to run a practice"""),

# ---------- brief 2: parents in the stands ----------
(2, "fr", "facebook", "R", ["HARASSMENT", "DISPARAGEMENT"], """Pas surprenant que la p'tite à [[P:Lyne]] joue 32 minutes par match hein... tout le monde dans les estrades a vu qui repartait avec le coach dans son char après le tournoi de Granby 👀 mais bon moi j'dis rien, j'fais juste remarquer que #12 a jamais été si bonne que ça"""),

(2, "en", "instagram", "R", [], """Loudest parent section in the Montérégie tonight 📣📣 Our girls came back from 2 sets down and took it in 5!! Hats off to the other team too, they never quit and their libero was unreal. Tough, clean game, great refs. See y'all Thursday 🏐💛 #proudmom #studentathletes"""),

(2, "fr", "facebook", "B", ["CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE"], """Soirée surréaliste à l'aréna de Chambly 🏒 assise dans les estrades, deux rangées en arrière de l'ex de ma cliente, celui qui jure en cour qu'il est « un père calme et présent ». Trois pénalités contestées, trois crises contre l'arbitre de 16 ans. J'ai pris quelques notes pour mardi matin 😇 #viedavocate #hockeymom"""),

(2, "en", "facebook", "R", ["HARASSMENT"], """Okay, long one, sorry in advance. End-of-season thoughts from a hockey parent who has spent roughly 140 hours on cold aluminium benches since September. ❄️

First the good stuff. Our U15 boys finished third in the league, which nobody predicted in October. The coaching staff did an amazing job with a young group, the kids actually like each other, and I've watched my son go from a kid who was scared to shoot to one who asks for extra ice. Thank you to the volunteers who ran the canteen all year, to the bus driver who put up with the music, and to the parents who organized the end-of-year party — it was perfect.

The not-so-good stuff. We all know there's been a problem in the stands this year. One dad in particular has made games miserable: screaming at the refs (teenagers, most of them), swearing at kids from the other team, and last month following a linesman out to the parking lot. The league has been told. Nothing has happened. So I'm done being polite about it. For the people who keep asking "who is it?" — it's [[P:Marc Ouimet]], red Canadiens jacket, always stands by the glass near the visitors' bench. He works the service desk at the tire shop on boul. Taschereau in Greenfield Park and his cell is literally on his business card: [[T:450-555-0147]]. Maybe if enough of us let him know what we think of him, he'll get the message. Feel free to share.

Anyway. Banquet is June 6, the kids are getting their medals, and I'm going to cry like an idiot, as usual. Thanks for an amazing season everyone 💙 See you at summer camp."""),

(2, "fr", "instagram", "R", ["DISPARAGEMENT"], """@[[P:julie.bergeron22]] calme toi le pompon 🙄 c du benjamin B, pas la finale de la coupe stanley. ton gars est pas si bon que tu penses"""),

(2, "en", "linkedin", "B", [], """Weekend thought from a lawyer who is also a basketball dad: I spent Saturday at a U14 tournament and heard a parent tell a 15-year-old referee he'd "see him in court."

Generally speaking — and this is general information, not advice about anyone's situation — a bad call in a school game is not something the courts will fix, and threatening a minor official can create far more problems for the adult than for the ref. Most school sport networks have a code of conduct for spectators and a complaint process; use it.

Cheer loud, criticize the call if you must, and leave the kid in stripes alone. He's learning too. 🏀"""),

(2, "fr", "instagram", "R", [], """Un gros merci à [[P:Olivier Champagne]] qui a arbitré notre match de futsal hier soir 🙏 Gros match serré, des parents un peu intenses des deux bords (moi compris, je l'avoue 😅) pis lui est resté calme, y'a expliqué ses décisions aux capitaines, respect total. C'est grâce à des jeunes arbitres comme lui que nos enfants peuvent jouer. Prenez soin de vos officiels svp!"""),

# ---------- brief 3: rivalries between schools ----------
(3, "fr", "facebook", "R", ["DISPARAGEMENT", "HARASSMENT"], """Ok gang on part un compte insta juste pour ça : « les flops de l'autre bord de la riviere » 😂 envoyez-moi toutes vos vidéos de leurs passes ratées, leur gardien qui s'enfarge dans ses patins, leurs parents qui braillent, TOUTE. Plus y'en a mieux c'est. Premier post vendredi apres le derby 🔥🔥"""),

(3, "en", "instagram", "R", ["HARASSMENT", "DISPARAGEMENT"], """ngl the finsta is working 💀 posted as their QB last night "i cry in the shower after every loss 😢 pls dont tell coach" and like 40 of his own teammates liked it before he found out lmaooo. @[[P:jayden.m.qb7]] we know ur reading this"""),

(3, "fr", "instagram", "R", [], """DERBY DEMAIN SOIR 🔥🏈 Les Patriotes contre les Voltigeurs, 19h au stade. On va les écraser, les dominer, les enterrer sous le bruit des estrades 📣 Tout le monde en rouge, tout le monde debout! Que la meilleure équipe gagne (c'est nous 😤) #derby #RSEQ #fiertéscolaire"""),

(3, "fr", "linkedin", "B", ["DISPARAGEMENT"], """Finale du concours de plaidoirie interuniversitaire ce weekend, comme juge invitée. Bravo à toutes les équipes, vraiment du beau travail de recherche 👏

Petite pensée pour l'équipe adverse de mon alma mater, coachée par notre cher confrère [[P:Me Kevin Lachance]] : on voit d'où les étudiants tiennent leur style, ils plaident exactement comme il plaide au palais — beaucoup de volume, aucune jurisprudence pis une confiance totalement injustifiée 😂 Certaines choses s'enseignent, d'autres se transmettent… comme un rhume.

Rendez-vous l'an prochain!"""),

(3, "en", "facebook", "R", ["HARASSMENT"], """Tell your boys from Heritage to enjoy the walk back to the bus Friday night. Long walk, that parking lot. Real dark back there after the lights go off. Just saying 🙂"""),

(3, "en", "linkedin", "B", ["MISLEADING_ADVERTISING"], """🚨 YOUR TEEN GOT SUSPENDED AFTER THE BIG RIVALRY GAME? 🚨
Don't let ONE fight ruin their scholarship chances!! Our school-discipline team has a 100% success rate — we GUARANTEE the suspension gets overturned or you don't pay a cent 💯
Parents are shocked by what schools AREN'T telling them (#4 will surprise you 👀)
📞 Call now before the appeal deadline: [[T:(450) 555-0199]]
#education #studentathletes #parents"""),

# ---------- brief 4: tryouts and cuts ----------
(4, "fr", "facebook", "R", [], """Message aux joueuses et aux parents – camp de sélection, basketball juvénile féminin

Bonjour à toutes et à tous,

Le camp de sélection s'est terminé hier soir. On avait 41 filles inscrites pour 14 places, et je veux commencer par dire une chose : c'est le groupe le plus travaillant que j'ai vu depuis que je coache à l'école. Les décisions ont été vraiment difficiles à prendre.

Comment on a procédé : trois entraînements évalués par trois entraîneurs, une grille identique pour tout le monde (fondamentaux, lecture du jeu, attitude, communication), et une rencontre d'équipe pour comparer nos notes. Aucune décision n'a été prise par une seule personne.

Les listes ne seront PAS affichées sur le babillard ni publiées ici. Chaque joueuse recevra une rencontre individuelle de 10 minutes cette semaine pour connaître la décision et surtout, pour celles qui ne sont pas retenues, recevoir des pistes concrètes pour progresser. Être coupée à 15 ans, ça fait mal, on le sait. Ça ne dit rien sur la personne que vous êtes. Plusieurs de nos joueuses partantes cette année ont été coupées en secondaire 2 ou 3.

Les filles non retenues sont invitées à l'équipe de développement (mardi midi) et au programme intramural. La porte reste ouverte pour l'an prochain.

Pour toute question, écrivez-moi à l'adresse de l'équipe : [[E:basket.juvenile.f@example.com]]. Je vous demande par contre de ne pas commenter les choix des entraîneurs ou des joueuses sur les réseaux sociaux — on s'en parle en personne, avec respect, comme le demande la politique du RSEQ Montérégie. 

Merci à toutes pour votre courage cette semaine. 🏀💚
[[P:Stéphanie Roy]], entraîneure-chef"""),

(4, "en", "facebook", "R", ["HARASSMENT", "DISPARAGEMENT"], """Funny how a kid who missed 2 of the 3 tryout sessions made the senior team and his last name happens to match the athletic director's... total coincidence I'm sure 🙃 Ask around the school, a lot of people have noticed. Some people clearly get hired for their family tree, not their judgement."""),

(4, "fr", "facebook", "B", ["PERSONALIZED_LEGAL_ADVICE"], """@[[P:Nathalie Côté]] j'ai lu ton message en privé pis je te réponds ici parce que d'autres parents vivent la même affaire : ton gars ([[D:né le 14 mars 2011]]) a été coupé pis t'es convaincue que c'est parce que t'as pas payé les frais du programme à temps? Dans ton cas c'est clair, t'as un recours. Envoie une mise en demeure à l'école et au centre de services avant vendredi, exige qu'il soit réintégré, pis si y bougent pas dépose une plainte en discrimination à la Commission des droits. Tu vas gagner ça. Écris-moi si tu veux que je te fasse le modèle de lettre 😉"""),

(4, "en", "instagram", "B", ["CLIENT_CONFIDENTIALITY", "TESTIMONIAL_SOLICITATION"], """So proud of this one 🏐⚖️ This fall we represented a family whose daughter — a grade 10 setter, best on her team by a mile — was cut from her South Shore high school's senior squad two days after her mom filed a harassment complaint against the coach. One letter and one meeting later, she's back on the roster and starting at provincials next month 💪

Did we help your family too? Leave us a ⭐⭐⭐⭐⭐ review on Google and tell your story in the comments 👇 It means the world to our small team!
#educationlaw #studentathletes #southshore"""),

(4, "fr", "instagram", "R", ["DISPARAGEMENT"], """la liste des coupés est sortie pis surprise 🙄 coach [[P:BOUCHARD]] a encore gardé ses chouchous. ca connait rien au volleyball ce clown la 🤡 mon gars vaut 3 de ses passeurs"""),

(4, "en", "linkedin", "R", [], """Five years of running tryouts and I've learned that the hardest part of cutting a player isn't the decision, it's the conversation.

What works for us:
1. Never post cut lists publicly. Every athlete gets a private meeting.
2. Use the same evaluation grid for every player, and have at least two coaches score independently.
3. Tell them what they do well before what they need to work on.
4. Offer somewhere to go: development team, intramurals, a club contact.
5. Ask parents to bring concerns to us directly, not to social media. Our regional network's policy is clear that disrespectful or insulting comments about athletes, coaches or officials online aren't acceptable — and that applies to coaches too.

A cut is a moment, not a verdict. Some of my best captains were cut in grade 8. #coaching #youthsports #studentathletes"""),
]
