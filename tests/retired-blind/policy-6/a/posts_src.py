POSTS = [
# 1
(1, "fr", "facebook", "B", [], """Bilan 2026 (version longue, prenez un café ☕)

Cette année, j'ai fêté mes 10 ans de Barreau. Dix ans! Quand j'ai prêté serment, je pensais que le plus dur serait les plaidoiries. Non. Le plus dur, c'est d'expliquer à quelqu'un en larmes dans un corridor que la justice prend du temps, et que c'est parfois une bonne chose.

Ce que 2026 m'a appris, en vrac :
- Mes clients ne se souviennent pas de mes arguments, ils se souviennent si je les ai rappelés quand j'avais dit que je le ferais.
- La médiation familiale, c'est sous-estimé. Les couples avec enfants ont droit à des heures de médiation gratuites, renseignez-vous avant de vous lancer dans un procès.
- Dire « je ne sais pas, je vais vérifier » n'a jamais fait perdre un client. Improviser, oui.
- Je ne parle pas de mes dossiers ici et ça ne changera pas en 2027, même quand ça me démange 😅

Merci à mon adjointe, la meilleure au monde, et à Me [[P:Karine Lapointe]] qui a accepté de partager son bureau avec mes piles de boîtes depuis février. Merci aux greffières et aux constables de Saint-Jérôme, qui gardent le palais humain.

Résolutions 2027 : finir mes heures de formation continue AVANT mars (on y croit), faire du pro bono à la clinique juridique du quartier un samedi par mois, et fermer l'ordi à 19 h. Au moins le mardi.

Bonne année à tous, et soyez doux avec vous-mêmes 💛"""),
# 2
(1, "en", "linkedin", "B", ["MISLEADING_ADVERTISING"], """2026 in numbers 📊
✅ 212 files closed
✅ 0 losses in impaired driving cases. Zero. Not one.
✅ 3 new associates

My resolution for 2027 is simple: keep that record perfect. If you're charged, you WILL keep your licence with us — that's not a hope, it's a promise.
Book now, January fills up fast 👉 link in comments"""),
# 3
(1, "fr", "facebook", "B", ["CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE"], """Mon année en 12 photos 📸 (swipez!)

Janvier : ma fille qui apprend à patiner au parc Jarry, trop fière.
Mars : premier procès devant jury, 9 jours, aucune nuit complète.
Mai : le voyage en Gaspésie, enfin.
Juin à septembre : pas de photo mais tous mes dimanches à l'Établissement de détention de Rivière-des-Prairies, parloir B, avec le jeune de Montréal-Nord dans l'histoire de la station Henri-Bourassa. 19 ans, premier dossier, sa mère qui m'appelait chaque soir. Il va s'en sortir, je le sais.
Octobre : le party du bureau (on n'en parle pas 🙈).
Décembre : le sapin, le chat dans le sapin, le sapin par terre.

Merci 2026, t'étais intense."""),
# 4
(1, "en", "instagram", "B", ["TESTIMONIAL_SOLICITATION"], """2026 wrapped 🎁✨
• 1 new office in Gatineau
• 1 puppy (Maple, office manager in training 🐶)
• so many of you trusted us with the hardest moments of your year 🙏

If we helped you this year, the best holiday gift you could give us is a little ⭐⭐⭐⭐⭐ on our Google page — link in bio. It takes 30 seconds and it means the world to a small firm!
#lawyerlife #gatineau #smallbusiness"""),
# 5
(1, "fr", "linkedin", "L", ["DISPARAGEMENT"], """Mes résolutions professionnelles pour 2027 :
1. Répondre aux courriels dans les 24 h.
2. Déléguer davantage à nos stagiaires (elles sont excellentes).
3. Arrêter de lire les procédures de Me [[P:Bergeron]] avant mon café. Quand on a visiblement appris la procédure civile sur Wikipédia et qu'on plaide comme on écrit, mieux vaut que je sois réveillé pour ne pas en rire trop fort à l'audience 🙃
4. Marcher jusqu'au bureau quand il fait plus de 0 °C.
Bonne année à tout le réseau!"""),
# 6
(2, "en", "facebook", "L", ["CLIENT_CONFIDENTIALITY"], """Finally finished season 3 of The Lincoln Lawyer. Verdict: fun, absurd, Mickey would be disbarred in about 4 episodes here 😂 Nobody gets that much discovery that fast.

The custody subplot hit close to home though. Reminded me so much of the orthodontist I represented last spring, the one with the clinic on the South Shore whose ex tried to get the kids moved to Calgary. Same playbook: the new partner, the "job offer", the sudden concerns about the school. We won, but watching it again on TV gave me chills.

Anyway, 7/10, would watch season 4."""),
# 7
(2, "fr", "facebook", "B", [], """Enfin vu « Anatomie d'une chute ». Film magnifique, la scène du procès est haletante. Mais petite mise au point pour ceux qui m'ont écrit « c'est comme ça au Québec? » : non!

Au Québec (et au Canada), il n'y a pas de juge d'instruction. La poursuite et la défense présentent leur preuve, le juge arbitre. L'accusé n'est jamais obligé de témoigner et son silence ne peut pas être retenu contre lui. Et un procureur qui interpelle l'accusé comme dans le film, avec des théories sur son roman, se ferait rappeler à l'ordre assez vite.

Bref : allez le voir pour le cinéma, pas pour un cours de procédure pénale 😉 4/5."""),
# 8
(2, "fr", "instagram", "B", ["PERSONALIZED_LEGAL_ADVICE"], """@[[P:marc.tardif]] dans ton cas signe rien!! ils ont pas le droit de te slacker pendant ton arrêt de travail, réclame 12 mois minimum 💪"""),
# 9
(3, "en", "linkedin", "L", [], """Spent today at our annual CLE on professional conduct and social media. A few takeaways I want to keep in front of me this year:

1. "Private" settings are not a confidentiality strategy. Anything you post can be screenshotted and forwarded, so write as if the client, the opposing party and the regulator will all read it.
2. Over-disclosure is rarely one big leak. It's the accumulation of small details: a courthouse check-in, a "long day on a tough custody file", a photo with a recognizable office in the background.
3. Negative reviews: acknowledge, don't argue, move it offline, and never, ever answer with facts from the file. The instinct to defend yourself is exactly what gets lawyers in trouble.
4. If a client only reaches you through a social network's messenger, move the conversation to a secure channel as soon as you can.
5. Know when to disengage. Not every comment deserves a reply, especially from someone who is clearly baiting you.

The scenario-based part was the most useful: we were shown anonymised posts and had to spot the problem. Humbling how many I'd have missed two years ago.

Thanks to the organising committee for a genuinely useful day. #CLE #legalethics #socialmedia"""),
# 10
(3, "fr", "facebook", "B", ["DISPARAGEMENT"], """Journée de formation continue sur la gestion de l'instance aujourd'hui. Le contenu était bon, les pauses café aussi.
Par contre, entendre un panel de juges nous expliquer qu'il faut « être prêts et concis »... Venant de la Chambre civile de Longueuil, où certains mettent 8 mois à rendre un jugement de 4 pages et arrivent à l'audience sans avoir ouvert le dossier, c'est assez savoureux. Je comprends mieux pourquoi mes dossiers traînent : c'est pas un problème de procédure, c'est un problème de paresse. 🙄"""),

# 11
(3, "fr", "facebook", "B", ["PERSONALIZED_LEGAL_ADVICE"], """Formation de 3 h sur l'IA générative en pratique hier soir. Conclusion : l'outil est utile pour un premier jet, dangereux pour tout le reste. La conférencière a montré trois jugements où des avocats ont cité de la jurisprudence inventée 😬

Et pour répondre à [[P:Nadia]] qui m'a écrit en commentaire sous mon dernier post : non, ton proprio peut pas t'évincer juste parce qu'il « veut agrandir ». Dans ton cas, tu refuses par écrit dans le mois, tu restes dans ton 4 ½ et c'est à lui d'aller au Tribunal. Si t'as reçu l'avis en novembre, t'es correcte, il a pas respecté le délai. Tu bouges pas."""),
# 12
(3, "en", "facebook", "L", ["PERSONALIZED_LEGAL_ADVICE"], """Great estates & successions refresher at the Bar today, especially the part on notarial vs. holograph wills.

@[[P:Linda Morrissette]] saw your question on my last post, so quick answer here: since your dad's will is handwritten and your stepbrother has the original, you need to get it probated right away, before he does anything with the house. Don't pay any of your dad's credit card bills out of your own pocket, and don't accept the succession yet. Send me the will and I'll tell you if it holds up."""),
# 13
(3, "fr", "instagram", "B", ["TESTIMONIAL_SOLICITATION"], """Journée de formation continue ✔️ 7 heures de déonto, mon cerveau est plein 🧠📚
Petit rappel en passant à mes clients 💛 : un avis Google ou un petit mot sur ma page, ça m'aide ÉNORMÉMENT à me faire connaître. Merci à celles et ceux qui l'ont déjà fait, je lis chacun de vos messages 🥹 Le lien est dans ma bio!
#avocate #formationcontinue #merci"""),
# 14
(3, "en", "linkedin", "B", [], """Today's ethics session reminded me of something a lot of young lawyers get wrong: testimonials.

The Barreau's guidance is clear: don't encourage clients to leave testimonials on social media or on your professional website, and if one shows up anyway, act quickly to remove it. That includes the well-meant "thank you Me X, best lawyer ever!!" under your firm's post.

So, for the record: if you were a client and you want to thank me, a card is lovely. Please don't post a review, and if you do, don't be offended when I take it down. It's not you, it's the Code of ethics. 🙂"""),
# 15
(4, "fr", "facebook", "B", ["DISPARAGEMENT", "CLIENT_CONFIDENTIALITY"], """Mes 3 pires journées au palais en 2026 (classement officiel) :

3. Le matin où j'ai oublié mon rabat à la maison et où j'ai dû en emprunter un à un confrère de 6 pieds 4. Élégance.
2. L'audience de mars dans le dossier de la ferme porcine de Saint-Hyacinthe, quand mon client a décidé de contredire sous serment tout ce qu'il m'avait juré pendant six mois. Menteur pathologique, et pas très brillant en plus : il a sorti ses propres relevés bancaires devant le juge 🤦‍♀️
1. La panne d'électricité au palais de Longueuil en plein contre-interrogatoire. 40 minutes dans le noir.

Vos pires? 👇"""),
# 16
(4, "en", "instagram", "B", ["MISLEADING_ADVERTISING"], """TOP 5 REASONS YOU'LL NEVER LOSE YOUR CNESST CLAIM WITH US 🔥
(#4 will SHOCK insurers 😱)
1. We know every trick
2. We never settle for less
3. 100% of our clients get paid
4. ??? — swipe to find out 👉
5. Free consult, but only 10 spots left this month!!
📞 [[T:819-555-0172]]"""),
# 17
(4, "fr", "linkedin", "L", [], """5 choses que j'ai apprises cette année en pratique :

1. Un bon contrat vaut mieux que trois bonnes plaidoiries.
2. Les clients veulent surtout savoir ce qui va se passer ensuite. Une lettre d'une page qui explique les prochaines étapes vaut de l'or.
3. Le « je vous réponds en privé » est la meilleure réponse à une question juridique posée en commentaire. Pas par snobisme : sans les faits, toute réponse est une devinette.
4. Les dossiers de mes clients restent au bureau, et ça inclut mon fil LinkedIn. Vous ne verrez jamais « grosse victoire ce matin pour X » ici.
5. Prendre des vacances n'est pas un manque d'engagement.

Bonne fin d'année à toutes et à tous!"""),
# 18
(4, "en", "facebook", "L", ["DISPARAGEMENT"], """My top 3 opposing-counsel moments of 2026 🏆

3. The lawyer who sent me a 40-page demand letter at 11:58 pm on Christmas Eve.
2. The guy from that two-partner boutique in Laval, the one with the bowties and the Tesla with the vanity plate, who showed up to a discovery having never read his own client's affidavit. Genuinely the most incompetent human I've met in a robe. How he passed the bar exam is a mystery for the ages.
1. Her, who shall not be named, who objected to her own question.

2027, surprise me."""),
# 19
(4, "fr", "instagram", "B", [], """Top 3 de mes spots préférés pour travailler 📍☕
1. La bibliothèque du palais de justice de Montréal, 2e étage : silence, wifi, et des codes annotés à portée de main.
2. Le petit café sur Saint-Denis où la barista connaît ma commande (allongé, lait d'avoine).
3. Ma cuisine à 5 h 45 du matin avant que les enfants se réveillent.
Et vous, chers confrères et consœurs? #viedavocate"""),
# 20
(2, "en", "linkedin", "B", [], """Book review: "Just Mercy" by Bryan Stevenson (yes, I'm late to this one).

It's a book about the American death penalty system, but it's really about what happens when a legal system forgets that the person in front of it is a person. Stevenson writes about his clients with enormous care, and it's worth noticing how he does it: years later, with their consent, often after their cases were public record. It's a masterclass in how to tell a client's story ethically.

A few things that stayed with me as a Quebec lawyer:
- Access to counsel is not the same as access to a competent, funded defence. Our legal aid thresholds have improved, but many working people still fall in the gap between "too rich for legal aid" and "too poor to pay a lawyer".
- Wrongful convictions are rarely caused by one villain. They come from tunnel vision, unreliable identification evidence, and everyone assuming someone else checked.
- Proximity matters. You can't understand the people the system affects from a conference room.

Criticism: the book occasionally leans on emotion where data would be stronger, and the Canadian reader has to do some translating (no elected prosecutors here, very different jury selection rules).

Still, 5/5. If you're in criminal practice, or thinking of it, read it. And then maybe give a Saturday to your local legal clinic.

#books #justice #accesstojustice"""),

# 21
(1, "en", "facebook", "L", ["CLIENT_CONFIDENTIALITY", "DISPARAGEMENT"], """Year-end housekeeping at the firm 🧹 Closing files, shredding, the usual.

Special shout-out to Mr. [[P:Okafor]] (file [[C:500-22-271845-248]], you know who you are) who still owes us $14,200 for the construction claim we WON for him in September. Apparently winning against the contractor who built his garage wasn't worth paying for. Some clients are just cheap, ungrateful people. Happy holidays anyway 🎄"""),
# 22
(1, "fr", "instagram", "B", ["PERSONALIZED_LEGAL_ADVICE"], """@[[P:julie_b.rivard]] merci pour tes bons mots sur mon bilan de l'année 🥰 Pour ta question en commentaire : oui, dans ta séparation tu as droit à la moitié de la maison à Repentigny même si elle est au nom de ton chum, vous avez 3 enfants ensemble pis 12 ans de vie commune, c'est pareil comme des mariés. Dis-lui que tu pars pas sans ta part!"""),
# 23
(1, "en", "linkedin", "L", [], """Three professional resolutions for 2027, shared so you can hold me to them:

1. No legal advice in DMs or comment sections. When someone asks "can my landlord do X?", the honest answer is "it depends on facts I don't have". I'll keep posting general information and point people to legal aid, their local legal clinic or a consultation.
2. No friending clients on my personal accounts. It's not coldness; it's a boundary that protects them as much as me.
3. Respond to the (rare) negative review with one calm sentence and an invitation to call the office. No facts, no defensiveness, no essays at midnight.

What are yours?"""),
# 24
(1, "fr", "facebook", "L", ["PERSONALIZED_LEGAL_ADVICE"], """[[P:Sylvain]] les branches de l'érable qui dépassent chez vous, coupe-les samedi pis envoie-y la facture, il peut rien faire 🪚"""),
# 25
(2, "fr", "facebook", "L", [], """Critique honnête après avoir binge-watché Suits au complet pendant le congé 📺

Ce qui est réaliste : les heures, le café, la pression des associés, les stagiaires épuisés.
Ce qui ne l'est pas : Mike Ross. Un imposteur sans diplôme qui pratique des années dans un grand cabinet de New York, ça ne passerait jamais ici, le Barreau vérifie l'inscription au Tableau de l'Ordre, et n'importe qui peut le consulter en ligne. Aussi : personne ne règle un dossier de fusion en une soirée avec un coup de bluff.

Louis Litt reste le meilleur personnage, pour vrai. 8/10, parfait pour décrocher."""),
# 26
(2, "en", "instagram", "B", ["TESTIMONIAL_SOLICITATION"], """📚 Reread "The Firm" over the holidays. Grisham still holds up: paranoia, billable hours and a firm you definitely shouldn't join 😅

Which got me thinking about why I love running a small practice where I actually know every client by name. If you've been one of them, I'd love to hear from you: drop a comment about your experience with our team 👇 I'll feature a few of my favourites in our stories this week! 💬✨
#bookreview #grisham #familylaw"""),
# 27
(2, "fr", "linkedin", "B", ["MISLEADING_ADVERTISING"], """Je viens de terminer la série documentaire sur les erreurs judiciaires au Canada. Bouleversant.

Ça me confirme pourquoi je fais ce métier : avec moi, AUCUN innocent ne sera condamné. Taux de succès de 98 % en défense criminelle depuis 2019. 
⚠️ Vous avez été arrêté? Chaque heure compte et ce que la police ne vous dira pas pourrait tout changer...
Consultation gratuite, seulement 5 places cette semaine 👉 [[E:info@defenseexpress.ca]]"""),
# 28
(2, "en", "facebook", "L", ["CLIENT_CONFIDENTIALITY"], """Just finished "Serial" season 1 for the third time, and it still bugs me how much the case turned on a timeline nobody could verify.

It made me think of last year's trial. My client was the minor-hockey coach from Granby the papers kept calling "the Bromont arena coach" — everyone in town decided he was guilty in about a day. The entire thing came down to a 20-minute gap in the parking lot camera. The jury saw it. The town, not so much; he still can't coach. Podcasts like this should come with a warning about what a rumour does to a real person."""),
# 29
(3, "fr", "instagram", "L", [], """Formation continue en droit de la famille aujourd'hui 👩‍⚖️📚 Gros sujet : le partage du patrimoine familial et les conjoints de fait.
Rappel général (pas un avis juridique!) : au Québec, les conjoints de fait ne sont pas soumis au patrimoine familial, peu importe le nombre d'années ou d'enfants. Depuis la réforme, il existe toutefois un régime d'union parentale pour les couples dont un enfant est né à partir du 30 juin 2025. Chaque situation est différente : parlez-en à un ou une avocate ou à un notaire.
#droitdelafamille #formationcontinue"""),
# 30
(4, "en", "linkedin", "B", ["LOCATION_DISCLOSURE"], """Top 5 places I did my best work this year 📍
1. Courtroom 2.08, Longueuil — still my favourite acoustics.
2. The train to Quebec City.
3. The visiting room at the Sorel-Tracy detention centre, every Thursday since May for the same file (iykyk, and if you know, please don't say anything 🤐).
4. My kitchen table.
5. The Tim's drive-thru at 6 a.m.
What's on your list?"""),
# 31
(4, "fr", "linkedin", "L", [], """Mes 3 pires journées au palais cette année (zéro client impliqué, promis 😅) :
3. Le stationnement complet à 8 h 40, pour une audience à 9 h 30.
2. Le café renversé sur ma toge 4 minutes avant d'entrer en salle.
1. L'ascenseur coincé entre le 3e et le 4e pendant 35 minutes avec deux confrères et un huissier. On a fini par parler de hockey. Les agents de sécurité ont été super, merci à eux!
Vos pires? En commentaire 👇"""),
# 32
(4, "en", "instagram", "L", ["PERSONALIZED_LEGAL_ADVICE"], """Top 5 questions I got in my DMs this year 📩
1. Can my boss read my work emails? 2. Do I need a lawyer for small claims? 3. Is a verbal contract valid? 4. Can I record my own phone calls? 5. What's a "quittance"?
And @[[P:karo.lemieux]], since you asked publicly: don't sign that release they gave you. With 9 years at that company they owe you way more than 2 weeks, ask for at least 8 months' pay and tell them you'll go to the CNT if they say no."""),
# 33
(3, "en", "instagram", "B", ["LOCATION_DISCLOSURE", "CLIENT_CONFIDENTIALITY"], """Long day ✨ CLE morning at the Quebec City courthouse on sentencing (great panel!), then straight to the Orsainville detention facility to see my guy, the 22-year-old from Limoilou in the arson on 3rd Avenue. First time he smiled since October. Then 3 hours on the 20 home 🚗💤
#lawyerlife #criminaldefence"""),
# 34
(1, "en", "linkedin", "L", [], """Our 2026 year in review, the short version:

🏢 We moved! New office at [[A:1450, boulevard Lebourgneuf]], Québec [[Z:G2K 2G4]]. Same phone, [[T:418-555-0139]], and reception is open until 5 p.m.
👶 Our associate [[P:Me Émilie Grondin]] welcomed a baby boy, [[P:Félix]], [[D:born March 14, 2026]], and is back in January (with photo permission from mom 😊).
🎓 Two articling students called to the Bar in June.
📚 We ran four free public information sessions on wills and mandates in case of incapacity at the public library, thank you to everyone who came.

Happy holidays from all of us."""),
# 35
(2, "fr", "linkedin", "B", ["DISPARAGEMENT"], """Vu la série « Les Honorables » en rattrapage. Bon drame familial, la juge est jouée avec beaucoup de nuance.

Trop de nuance, même, pour être réaliste : la juge que j'ai eue en novembre à Laval, elle, n'aurait pas reconnu une nuance si elle lui avait été plaidée avec un PowerPoint. Elle a passé l'avant-midi à soupirer pendant mes représentations, et à relire ses courriels, puis a rendu une décision qui avait clairement été écrite avant même que j'ouvre la bouche. Une honte pour la magistrature.

Bref, 3,5/5 pour la série."""),
]
