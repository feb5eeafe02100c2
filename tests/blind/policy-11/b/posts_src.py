POSTS = [
# ---- brief 1: picture day / team photos
(1, "fr", "facebook", "R", ["DISPARAGEMENT"], """On va-tu l'imprimer en grand pour le vestiaire celle-là?? 😂😂 @[[P:jo.lapointe]] fidèle a lui meme, meme pour la photo d'équipe y'est pas capable de tenir debout sur ses patins. Le photographe a pris 14 essais pis c'est quand meme celle-là qu'ils ont gardé 🤡"""),
(1, "en", "instagram", "R", [], """Picture day for our Juvenile D2 girls 📸🏐 Huge thanks to the photographer for being so patient with 16 teenagers who all wanted to be in the middle row. Reminder to parents: if you don't want your daughter's photo shared on the school page, just tell the office, no questions asked. #RSEQ #volleyball #gogogo"""),
(1, "en", "linkedin", "L", ["CLIENT_CONFIDENTIALITY"], """Firm photo day 📸 and a small reflection on professional image.

Every two years our whole office gathers on the 12th floor for the official group shot, and every two years someone forgets it's happening. This year that someone was me. I showed up in a rumpled blazer after a 7am call, so thank you to our amazing assistant who keeps a spare tie drawer (yes, really).

A few things I've learned about headshots for lawyers:
1. Natural light beats any studio setup.
2. Don't hold a law book. Nobody has opened a paper Code for a photo since 1998.
3. Smile like you mean it, clients want to see a person, not a statue.

I also had to slip out halfway through because the [[P:Dufresne]] brothers finally agreed to sit in the same room for mediation, after eight months of fighting over their late mother's cottage in North Hatley. The younger one still thinks the older forged the transfer deed, so let's just say my smile in the second batch of photos was a bit forced 😅

Anyway, the photographer was a pro and managed to make all 23 of us look awake. If you need a recommendation for corporate photography in Montreal, send me a message, happy to share.

What's your best headshot tip? Bonus points if it involves a tie drawer.

#lawfirm #headshots #professionalbranding #teamphoto"""),
(1, "fr", "facebook", "L", ["DISPARAGEMENT"], """Journée photo au bureau aujourd'hui. [[P:Me caroline vachon]] a l'air d'avoir vu un fantôme sur toutes les photos… en meme temps c'est l'air qu'elle a en cour aussi quand le juge lui pose une question 🙃 Y'a des associés qui devraient juste rester dans leur bureau"""),
(1, "fr", "instagram", "R", ["HARASSMENT"], """Celui qui a fait circuler la photo d'équipe avec les faces de mes gars dessinées dessus, je sais c'est qui. Toi tu sais où je coach. Moi je sais où tu stationnes ton char le mardi soir. On s'en reparle 😊"""),
(1, "en", "instagram", "L", [], """Headshot day at the office ✨ Quick PSA from our IT team that we're now repeating to everyone: before any photo at your desk, close the files and turn your screen off. Nothing with a client's name in the background, ever. Cute photos only 📸☕"""),
# ---- brief 2: bus trips to away games
(2, "fr", "facebook", "R", [], """Retour en autobus de Granby à minuit passé 🚌💤 Grosse défaite 3-1 contre les Inouk, mais franchement ils méritaient leur victoire, leur défensive était solide et leurs entraîneurs sont venus féliciter nos filles après le match. Classe. On a eu un arrêt au Tim de Saint-Césaire où les joueuses ont chanté du Céline tout le long de la file d'attente, désolé pour le personnel 😅 Merci au chauffeur [[P:M. Gervais]] qui a été d'une patience d'ange. Prochain match à la maison samedi!"""),
(2, "en", "facebook", "R", ["DISPARAGEMENT", "HARASSMENT"], """Not saying anything… but funny how the same assistant coach always ends up in the back seat of the bus next to the same player on every single away trip 🤔 and how she always starts the next game. People on the team are talking, just saying. Ask your kids."""),
(2, "fr", "instagram", "R", ["DISPARAGEMENT"], """l'arbitre de st-hyacinthe hier soir aurait du embarquer dans notre autobus pour le retour, on l'aurait déposé chez l'optométriste en passant 🤓 un aveugle aurait mieux sifflé que ça, c'est une honte qu'on paye des gens de même"""),
(2, "fr", "facebook", "L", ["PERSONALIZED_LEGAL_ADVICE"], """@[[P:Mélanie Bourque]] pour répondre à ta question de l'autobus hier (je l'ai pas oubliée!) : dans ton cas, ton ex ne peut PAS déménager à Rimouski avec les enfants sans ton accord vu que vous avez la garde partagée depuis 2022. Envoie-lui une mise en demeure cette semaine et dépose une demande en sauvegarde avant la fin du mois, tu vas gagner c'est clair. Pis arrête de lui répondre par texto en attendant."""),
(2, "en", "linkedin", "L", [], """Heading out on the team bus to Sherbrooke with my son's bantam team 🏒 A general reminder since a few parents asked: if a minor travels across the border for a tournament without both parents, carrying a signed consent letter from the absent parent is strongly recommended by the Government of Canada. That's general information, not legal advice, every family's situation is different, so check with your own lawyer or notary if you have questions. Now, who has the snacks?"""),
(2, "en", "instagram", "R", ["HARASSMENT"], """ref from last night's game lives at [[A:412 rue des Érables]] in Chambly btw 👀 our bus passes right by there on the way home thursday. just saying if anyone wants to tell him what they thought of that last call 🚌🔥"""),
# ---- brief 3: the office coffee machine
(3, "en", "linkedin", "L", ["CLIENT_CONFIDENTIALITY"], """Some of the best conversations in a law firm happen at the coffee machine ☕

I've been thinking about this since our office manager replaced our old drip machine with a fancy bean-to-cup model last month. Suddenly people who never left their offices are lining up at 10:15 every morning, and the hallway has become our unofficial meeting room.

Things I've overheard or been part of at the machine this month:
- A first-year associate asking the senior partner how she prepares for cross-examination (great answer: "I write down the one sentence I need the witness to say, and I work backwards").
- A heated debate about oat milk vs. 2%.
- Me quietly explaining to a colleague why I look exhausted: the pharmacist from Longueuil I'm defending before the disciplinary council finally admitted to me on Friday that the missing inventory wasn't an accounting error after all, and his hearing is next Tuesday. So yes, I'll take a double shot.
- Our receptionist teaching everyone how to descale the thing, because apparently none of us read manuals.

My point: informal spaces matter. Mentorship doesn't only happen in scheduled one-on-ones. If your firm is debating whether a good coffee machine is worth the budget, I'd argue it's one of the cheapest culture investments you can make.

What's the unofficial "meeting room" at your workplace?

#lawfirmculture #mentorship #coffee #associates"""),
(3, "fr", "facebook", "L", ["DISPARAGEMENT"], """La machine à café du 3e est encore brisée. Elle fonctionne à peu près comme le cerveau du juge qui a entendu ma requête hier matin : ça fait du bruit, ça chauffe, pis au final y sort rien d'utilisable ☕🙄"""),
(3, "fr", "facebook", "L", [], """haha moi jparle jamais de mes clients à la machine à café, ya toujours qqn qui passe. Par contre la Nespresso du 4e >>> la nôtre, fight me ☕"""),
(3, "fr", "linkedin", "R", ["DISPARAGEMENT"], """Nouvelle machine à café au bureau régional 🎉 Au moins une affaire au RSEQ Montérégie qui livre quelque chose en moins de 3 mois. Le comité de discipline pourrait peut-être prendre des notes, eux autres ça leur prend une saison complète pour pas décider pis nous envoyer un courriel plein de fautes. Bref, le latte est bon."""),
(3, "en", "instagram", "L", ["CLIENT_CONFIDENTIALITY", "DISPARAGEMENT"], """coffee #4 and it's not even 10am ☕☕☕☕ because a certain client (who shall remain nameless lol) has called 11 times since 8 to ask if I can "find out" whether his ex's new boyfriend has a record before the custody hearing. Sir. I am your lawyer, not your private investigator, and honestly not your therapist either. Some people really should not be allowed to reproduce 🙃 #lawyerlife"""),
(3, "en", "facebook", "R", [], """The booster club finally replaced the coffee machine at the Aréna de Boucherville 🙌 thank you to everyone who bought raffle tickets at the fall tournament! On another note, and I say this respectfully, I hope the RSEQ will look again at the 8am Sunday start times for teams with a two-hour bus ride, it's tough on the kids. I've sent my comments through the feedback form and I know the staff are juggling a lot of gym availability. Coffee's on me Sunday ☕"""),
# ---- brief 4: summer jobs for students
(4, "fr", "facebook", "R", [], """☀️ EMPLOIS D'ÉTÉ ☀️ Le RSEQ Montérégie cherche des moniteurs et monitrices pour ses camps sportifs d'été (juillet-août, 35 h/semaine, 16 ans et +). Formation en premiers soins payée! Envoie ton CV à [[E:emplois@rseq-monteregie.example.org]] ou appelle au [[T:450 555-0172]] avant le 15 avril. Partage à tes amis athlètes 💪"""),
(4, "fr", "linkedin", "L", [], """Notre cabinet accueille cet été deux étudiant·e·s en droit pour un stage de 12 semaines 🎓 Au programme : recherche, rédaction, assistance aux audiences et beaucoup de café. On prend aussi le temps dès la première journée d'expliquer notre politique médias sociaux : aucun dossier, aucun nom de client, aucune photo du bureau avec des documents visibles. Ça fait partie du métier autant que la recherche jurisprudentielle. Date limite pour postuler : 28 février."""),
(4, "en", "linkedin", "L", ["PERSONALIZED_LEGAL_ADVICE"], """@[[P:kev_tran]] saw your post about the day camp not paying you for the extra hours. In your case, since you worked 46 hours last week, they owe you time and a half for the last 6 hours, no question. Don't sign the "volunteer hours" form they gave you Friday, and file your complaint with the CNESST this week, you'll get it back. DM me if they push back."""),
(4, "en", "instagram", "R", ["DISPARAGEMENT"], """guess who DIDN'T get hired as a summer ref this year 😂😂 maybe next time don't cry in the parking lot after every U13 game @[[P:ETHAN.BRISSON]] 🍼 some people just aren't built for it"""),
(4, "fr", "facebook", "L", ["CLIENT_CONFIDENTIALITY"], """Premiere semaine de ma job d'été au cabinet 🤓 J'ai passé 3 jours a classer les boites du divorce de la famille [[P:roy]], ceux de Boucherville avec le chalet au lac Memphrémagog pis l'entreprise de pavage. Franchement je pensais que les films exagéraient mais non, les courriels entre les deux sont INTENSES. J'ai hâte de voir la suite lol"""),
(4, "fr", "instagram", "R", ["HARASSMENT"], """mdr j'ai fait un faux compte au nom du coach des Faucons : « j'engage des moniteurs d'été, paye en canettes » 😭 40 DM déjà"""),
(4, "en", "facebook", "R", ["DISPARAGEMENT", "HARASSMENT"], """Long post, sorry, but a lot of parents have been asking me about summer options for the kids, so here's everything in one place 👇

1. Summer sport camps: the regional camps open registration on April 2. There are day camps in Longueuil, Saint-Jean and Granby, and most offer a sibling discount. If cost is an issue, ask the school, several have bursaries that nobody uses.

2. Summer jobs for teens: our league hires minor officials (14+) for the summer 3-on-3 tournaments. It's a great first job: decent pay, flexible hours, and they learn to handle pressure. The training clinic is in May.

3. Camp counsellor jobs: the municipal day camps are hiring, deadline is usually mid-March.

4. Also, a word of caution, since a few of you asked why I pulled my daughter from the coaching clinic last summer. I won't go into details, but let's just say there's a reason the guy who ran the Saint-Jean clinic isn't coaching at his old school anymore, and it's not because he "wanted a change." Draw your own conclusions. If your kid is signed up with him again this year I'd think twice. Parents talk, and for good reason.

5. Volunteering: if your teen needs community service hours for school, the fall tournament always needs scorekeepers.

6. Swimming lessons: book early, the Saturday morning spots go in about 10 minutes.

Feel free to share with other parents, and if I've forgotten something, add it in the comments! Have a great week everyone ☀️🏀⚽"""),
]