POSTS = [
# ---- brief 1: emergency-room waits ----
(1, "fr", "facebook", "B", ["CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE"], """Bon. 11 heures et 40 minutes à l'urgence de Pierre-Boucher hier. Je vous raconte parce que franchement faut que ça sorte 😅

Arrivée à 18h10 avec une douleur au ventre que je traînais depuis le matin (oui oui, j'ai plaidé avec ça, merci l'adrénaline). Triage à 18h45, code 3. Ensuite la fameuse salle d'attente : les chaises soudées ensemble, la télé qui joue Salut Bonjour en reprise à 23h, la machine distributrice qui avale ton 2$ sans te donner ton Aero. Classique.

Le personnel était fin par exemple, rien à dire là-dessus, l'infirmière du triage s'est excusée trois fois pour le délai alors que c'est clairement pas elle le problème.

Petite anecdote : vers minuit, qui je vois arriver en civière? Ma cliente de la médiation de jeudi passé, la dame de Varennes qui se bat avec son ex pour la maison de la montée de la Baronnie. Le bras dans une attelle. On s'est regardées, elle m'a fait un petit signe genre « tu sais qui m'a fait ça »… je vais juste dire que ça va peut-être changer pas mal notre stratégie pour l'audience de janvier 😬 Je n'en dis pas plus.

Bref, vers 5h50 du matin j'ai finalement vu un médecin, échographie, pas l'appendice, juste une grosse gastro (désolée pour le détail). Retour à la maison, douche, café, et au bureau pour 9h parce que les délais de cour attendent personne.

Morale : si vous pouvez appeler Info-Santé 811 avant d'aller à l'urgence, faites-le. Et amenez un chargeur. Et des collations. Et de la patience. Beaucoup. 🙏 #urgence #viedavocate"""),

(1, "en", "linkedin", "L", [], """I keep getting the same question since the news stories about 20-hour ER waits: "Can I sue the hospital because I waited too long?"

General information only, not advice on anyone's situation:
• A long wait on its own is rarely enough. A claim generally needs a fault, an injury, and a causal link between the two.
• Delay cases often turn on medical evidence (what would have happened with earlier care), which means expert reports and real costs.
• In Quebec, the usual prescription period for this kind of civil claim is three years, but when it starts running can be tricky.
• Before any of that, a complaint to the hospital's service quality and complaints commissioner is free and sometimes more useful.

If this is your situation, talk to a lawyer privately — please don't post your medical details in the comments. 🙏 #healthlaw #Quebec"""),

(1, "fr", "facebook", "B", ["PERSONALIZED_LEGAL_ADVICE"], """@[[P:julie.tremblay88]] c'est épouvantable ce qui est arrivé à ton père 😢 14h sur une civière pis l'AVC pendant l'attente, c'est clairement une faute de l'hôpital. Envoie une mise en demeure au CISSS cette semaine, réclame au moins 150 000$ pis refuse toute offre en bas de ça, vous allez gagner facile."""),

(1, "en", "instagram", "L", ["DISPARAGEMENT"], """9 hours in ER triage with a sprained wrist and somehow still less painful than a 20-minute call with opposing counsel [[P:Me Dubé]] 🙃 at least the triage nurse listens before talking #lawyerlife #blessed"""),

(1, "fr", "linkedin", "L", ["CLIENT_CONFIDENTIALITY"], """On parle beaucoup des civières dans les corridors ces temps-ci. Juste une chose : quand vous lirez bientôt qu'un certain infirmier-chef de nuit d'une petite urgence du Bas-Saint-Laurent conteste son congédiement, sachez que c'est pas lui qui a décidé de fermer les lits en novembre. Il a des courriels. Beaucoup de courriels. 🤐 J'en dirai pas plus avant l'arbitrage."""),

(1, "en", "facebook", "B", [], """Spent the whole night at the Jewish General with my little one (ear infection, she's fine now, 7h wait 😴). Huge thanks to [[P:Me Karine Ouellet]] who jumped in at 7am to ask for a postponement of my 9:30 hearing — that's what good colleagues are made of ❤️ Coffee's on me all week."""),
# ---- brief 2: e-bikes and scooters ----
(2, "fr", "facebook", "B", ["MISLEADING_ADVERTISING"], """🛴💥 ACCIDENT DE TROTTINETTE OU DE VÉLO ÉLECTRIQUE??? 💥🚲
NE SIGNEZ RIEN avant de nous parler!!! Les assureurs vous cachent ÇA 😱😱
✅ Indemnisation MAXIMALE garantie
✅ Résultat en 30 jours ou c'est gratuit
📞 [[T:450 555-0172]] / [[E:urgence@trottilex.ca]]
📍 [[A:1280, boul. Taschereau]], Longueuil [[Z:J4K 2W3]]
Les places sont limitées ce mois-ci, appelez AUJOURD'HUI!"""),

(2, "en", "instagram", "B", ["TESTIMONIAL_SOLICITATION"], """e-bike crash + we got you paid? you know what to do 😉 ⭐⭐⭐⭐⭐ link in bio"""),

(2, "fr", "facebook", "L", [], """Petit rappel avant la saison des vélos électriques (information générale, pas un avis juridique sur votre situation) :
- sur un vélo à assistance électrique, le casque est obligatoire au Québec;
- il y a un âge minimal et, pour les plus jeunes, des conditions supplémentaires : vérifiez sur le site de la SAAQ avant d'acheter le cadeau de fête;
- les trottinettes électriques sont encadrées par un projet pilote et certaines villes ajoutent leurs propres règles.
Pour un accident précis, consultez un avocat en privé. Roulez prudemment 🚲"""),

(2, "en", "linkedin", "L", ["CLIENT_CONFIDENTIALITY", "DISPARAGEMENT"], """Friday reflection on "micromobility" law. Scooters are here to stay and the case law is catching up. Which brings me to a certain 19-year-old from Verdun who decided the Lachine Canal path was a racetrack at 2 a.m. after the Igloofest closing night. We'll get him through the dangerous driving charge, but it would help enormously if he stopped posting the helmet-cam footage on TikTok. Not exactly a rocket scientist, bless him 🙄 Anyway: helmets, people."""),

(2, "fr", "instagram", "B", ["DISPARAGEMENT"], """ben là le juge Lavoie qui me dit en pleine salle que les trottinettes c'est des « jouets pour enfants » 🙄🙄 coudonc y vit-tu encore en 1987 lui?? faudrait que quelqu'un lui montre c'est quoi un cellulaire en passant #tribunal #dinosaure"""),

(2, "en", "facebook", "B", [], """To everyone asking in this group whether they can sue the city after hitting a pothole on their e-bike: I can't comment on your specific case here, and please don't post your accident details publicly. Generally speaking, municipalities in Quebec can have very short notice deadlines for claims (sometimes a matter of days), so don't wait. The city's website usually explains how to send a written notice. A lawyer or your legal insurance line can look at your own facts privately."""),
# ---- brief 3: gifts and Secret Santa ----
(3, "fr", "facebook", "L", ["DISPARAGEMENT", "CLIENT_CONFIDENTIALITY"], """Le party de Noël du bureau, édition 2026 🎄✨ Un long post parce que j'ai du temps dans le train.

Cette année on a fait l'échange de cadeaux « Secret Santa » avec un maximum de 30$, et je dois dire que le comité social s'est surpassé : buffet de la Cage, DJ qui a joué du Céline ET du Daft Punk, et la fameuse photo de groupe devant le sapin que [[P:Nathalie]] de la réception a réussi à prendre du premier coup (un miracle de Noël en soi).

J'avais pigé [[P:me lalonde]]. Je lui ai donné une tasse « World's Best Lawyer »… ironie totalement volontaire, vu la façon dont il a échappé la requête dans le dossier [[P:Gauthier]] la semaine passée. Le pauvre [[P:M. Gauthier]] qui voulait juste ravoir son garage de Saint-Eustache avant l'hiver 🙃 Un stagiaire de première année aurait pas raté ce délai-là. Bref, il a ri jaune.

Moi j'ai reçu des bas de laine avec des petits marteaux de juge dessus, j'adore, ils sont déjà dans mes pieds.

Ce que j'aime de notre gang : malgré les semaines de 60 heures, les dossiers qui rentrent à 16h55 le vendredi et les imprimantes qui décident de mourir la veille d'un dépôt, on trouve encore le moyen de rire ensemble. Merci au comité, merci aux adjointes qui tiennent la place à bout de bras, et bonnes vacances à tous ceux qui en prennent (vous êtes chanceux).

On se revoit le 5 janvier, reposés (on se le souhaite) 🎁❤️"""),

(3, "en", "instagram", "B", [], """Secret Santa reveal at the office today 🎅 @[[P:maxime.girard.avocat]] nailed it with a tiny bonsai for my desk (it will die, we all know it will die 🌱😂) and @[[P:sarahlevesque_law]] got the legendary sock-monkey lawyer. Happy holidays from the whole team! #SecretSanta #officelife"""),

(3, "fr", "linkedin", "B", ["CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE"], """Reçu ce matin une boîte de chocolats avec une petite carte écrite à la main : « Merci Me, grâce à vous il ne garde pas le chalet du lac Memphrémagog 🎄 Joyeux Noël! » 
Ça fait chaud au cœur. C'est pour des moments comme ça qu'on fait ce métier 🥹 #droitdelafamille"""),

(3, "en", "linkedin", "L", [], """Holiday reminder from me to my own clients, in general: you never have to give your lawyer a gift 🙂 Our firm has a policy on gifts (small tokens only, everything declared) and honestly a card means more to me than any bottle. If you want to do something nice this season, give to the Guignolée in your neighbourhood instead. Happy holidays! 🎁"""),

(3, "fr", "facebook", "B", ["TESTIMONIAL_SOLICITATION"], """🎁 CONCOURS DE NOEL 🎁 vous avez ete client chez nous en 2026?? laissez nous un avis google 5 etoiles ⭐⭐⭐⭐⭐ avec une petite phrase sur votre dossier et courez la chance de gagner une carte cadeau de 100$ chez Simons!! tirage le 20 decembre 🎄 partagez a vos amis!!"""),

(3, "en", "instagram", "L", ["PERSONALIZED_LEGAL_ADVICE"], """@[[P:kev.bouchard]] nah she can't take back the gift card just because you quit the week after the party. That's yours now. Send her a demand letter for the $200 by Friday and if she doesn't pay, file in small claims, you'll win for sure 💯"""),
# ---- brief 4: wildfire smoke and air quality ----
(4, "fr", "instagram", "B", [], """AVIS 😷 Avec l'avertissement de smog et la fumée des feux de forêt, le 5 à 7 du Jeune Barreau prévu sur la terrasse jeudi est REPORTÉ. On vous revient avec une nouvelle date (à l'intérieur cette fois 😅). Questions : [[E:activites@jbexemple.qc.ca]]. Prenez soin de vous et de vos poumons!"""),

(4, "en", "linkedin", "B", [], """With the smoke advisories this week, a few employers and workers have asked me in general terms whether someone can refuse to work outside. General information only: Quebec's occupational health and safety legislation gives workers a right to refuse work they have reasonable grounds to believe is dangerous, with a specific procedure to follow, and CNESST has guidance on air quality. Whether it applies to you depends on the facts, so check the CNESST website or talk to a lawyer privately. And employers: a smoke plan is cheaper than a dispute. 🌫️ #OHS #employmentlaw"""),

(4, "fr", "facebook", "L", ["DISPARAGEMENT", "CLIENT_CONFIDENTIALITY"], """lol mes clients aujourd'hui 🤦‍♀️ y en a une qui m'a appelée 4 FOIS pour savoir si a peut poursuivre Environnement Canada à cause de la boucane… oui oui, [[P:mme picard]] de Val-d'Or, celle qui veut déjà poursuivre son voisin pour son cabanon. Madame, la fumée est pas une partie défenderesse. Des fois j'me demande si y a quelqu'un à la maison là-dedans 🙃"""),

(4, "en", "instagram", "B", ["CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE"], """Checking in from Chibougamau 😷🔥 sky is orange, hotel smells like a campfire, and I'm here all week for the trial. If you read the local paper you probably already know which garage owner I'm sitting next to 😉 Wish us luck! #roadtrip #smoke #trialmode"""),

(4, "fr", "linkedin", "B", [], """Qualité de l'air, télétravail et obligations de l'employeur : quelques réflexions 🌫️

Depuis lundi, l'indice de la qualité de l'air (IQA) dépasse les seuils « mauvais » dans plusieurs régions du Québec à cause des incendies de forêt dans le Nord. Environnement Canada recommande de limiter les activités extérieures, surtout pour les personnes vulnérables : enfants, personnes âgées, femmes enceintes, gens avec de l'asthme ou une maladie cardiaque.

Plusieurs personnes m'écrivent pour savoir « ce que dit la loi ». Je ne peux pas répondre sur vos situations individuelles ici (et svp, n'écrivez pas vos détails dans les commentaires : un message privé ou un appel à votre avocat est le bon canal). Mais voici quelques repères généraux :

1️⃣ L'employeur a une obligation générale de protéger la santé et la sécurité des travailleurs. Ça inclut d'évaluer les risques liés à la qualité de l'air pour les gens qui travaillent dehors.
2️⃣ Le droit de refus existe, mais il suit une procédure précise et il ne s'applique pas automatiquement dès qu'il y a de la fumée.
3️⃣ Le télétravail n'est pas un droit général au Québec; c'est souvent une question de politique interne ou de contrat. Mais en période de smog, c'est une mesure raisonnable à discuter.
4️⃣ Les masques N95 bien ajustés réduisent l'exposition aux particules fines; les masques chirurgicaux beaucoup moins.

Et pour nos bureaux : on a fermé les fenêtres, changé les filtres du système de ventilation, et les rencontres clients se font par visio cette semaine pour ceux qui le préfèrent. Rien d'héroïque, juste du gros bon sens.

Pour de l'information fiable : Info-Santé 811, le site d'Environnement Canada et celui de la CNESST. Prenez soin de vous 💙 #santésécurité #droitdutravail #qualitédelair"""),

(4, "en", "facebook", "L", ["CLIENT_CONFIDENTIALITY", "DISPARAGEMENT"], """Replying publicly since you chose to post publicly. To the person who left me a 1-star review saying I "abandoned" her during the smoke evacuation in June: you missed two meetings, you never sent the insurance papers for the burned camp near Lebel-sur-Quévillon, and your hearing (file [[C:615-17-000482-251]]) was postponed by the court, not by me. Maybe read your emails before typing reviews. Some people just can't be helped."""),

(4, "fr", "instagram", "L", ["PERSONALIZED_LEGAL_ADVICE"], """@[[P:genevieve_roy_]] si ton proprio veut pas réparer l'échangeur d'air pendant la fumée, t'as juste à pas payer ton loyer de décembre, c'est ton droit 💯 garde l'argent dans un compte à part pis écris-y que tu retiens le loyer tant que c'est pas réglé. ça va le faire bouger vite 😤"""),
]
