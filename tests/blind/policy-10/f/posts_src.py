POSTS = [
# ---------- brief 1: job interviews and hiring ----------
(1, "fr", "linkedin", "B", [], """📢 On recrute! Notre petite équipe en droit du travail à Saint-Jean-sur-Richelieu cherche un·e stagiaire pour l'automne. Entrevues en personne ou sur Teams, c'est comme vous voulez.

Ce qu'on offre : vrai mentorat, dossiers variés, et un boss qui fait du bon café ☕
Ce qu'on ne fera jamais : vous demander de parler de nos dossiers sur vos réseaux 😉 La confidentialité, ça commence dès le jour 1.

CV + lettre à [[E:recrutement@avocats-richelieu-exemple.ca]] d'ici le 15. Questions? [[P:Me Karine Lussier]], [[T:450-555-0187]]."""),

(1, "en", "linkedin", "B", ["CLIENT_CONFIDENTIALITY"], """Hiring story of the week: interviewed a very polished candidate for our paralegal opening. Halfway through I realized he's the ex in one of my ongoing custody files. Same last name, same dentist-office job, same "I've always been the calm one" energy my client warned me about 🙃 Needless to say, we went with someone else. Small world, this profession."""),

(1, "fr", "facebook", "B", ["PERSONALIZED_LEGAL_ADVICE"], """@[[P:julie.bergeron]] ouin ça sent le congédiement déguisé, si y t'ont remerciée 2 semaines après ton retour de congé de maternité t'as 45 jours pour faire ta plainte à la CNESST. Fais-la cette semaine, demande ta réintégration pis ton salaire perdu, ton dossier est béton crois-moi 💪 écris-moi en privé"""),

(1, "en", "facebook", "R", ["HARASSMENT", "DISPARAGEMENT"], """funny how the new head coach for the juvenile girls' volleyball "won" the interview process when her boyfriend sits on the hiring committee 🤔 not saying anything… just ask around the gym at the next tournament. everybody already knows 👀"""),

(1, "fr", "instagram", "R", [], """On cherche des officiel·le·s! 🏀🏐 Le RSEQ Montérégie recrute des arbitres pour la saison scolaire. Aucune expérience? Pas grave, on forme. Entrevues courtes (15 min) en visio la semaine prochaine. Lien dans la bio pour postuler, ou appelez [[P:Nathalie Roy]] au [[T:450 555-0142]] ✨ #arbitrage #sportetudiant"""),

(1, "fr", "facebook", "R", ["DISPARAGEMENT"], """Bon. Longue réflexion du dimanche, prenez un café.

Ça fait 11 ans que je coach au secondaire, basket surtout, un peu d'ultimate quand l'école manque de monde. Cette année j'ai décidé de passer mes certifications pour devenir responsable régional des entraîneurs, parce que je trouve qu'on manque de gens qui connaissent le terrain. J'ai fait les modules en ligne, j'ai écrit mon texte de motivation, j'ai même acheté une chemise (ma blonde est encore sous le choc).

L'entrevue était jeudi passé. Trois personnes au panel, ambiance correcte, questions classiques : gestion de conflit avec un parent, sécurité, commotions, inclusion. J'pense avoir bien répondu. J'ai parlé de mes jeunes, de comment on a monté le programme de zéro avec des ballons donnés par la pharmacie du coin.

Résultat aujourd'hui : pas retenu. Correct, ça arrive, je suis un grand garçon. Mais franchement le gars du panel qui représentait le RSEQ, celui qui lisait ses questions sur son cell sans jamais lever les yeux, c'est le plus beau cas d'incompétence que j'ai vu depuis longtemps, un vrai clown en coton ouaté qui saurait pas différencier un ballon de basket d'un melon 🍈 Pas surprenant que la région tourne en rond avec des pions de même.

Bref. Je continue avec mes jeunes l'an prochain, c'est ça qui compte. Merci à ceux qui m'ont écrit des lettres de référence, vous êtes des amours. Et aux coachs qui pensent postuler : préparez des exemples concrets, ils aiment ça.

#coaching #sportscolaire"""),

(1, "en", "linkedin", "B", ["TESTIMONIAL_SOLICITATION"], """We're growing! 🎉 Two associate positions open in our employment law group — interviews start Monday. DM me for details.

And a small ask: if our team helped you get through a wrongful dismissal or a tough severance negotiation this year, we'd be so grateful if you took 2 minutes to leave us a ⭐⭐⭐⭐⭐ on Google. Your words help the next person find us 🙏"""),
# ---------- brief 2: TikTok trends and viral videos ----------
(2, "fr", "instagram", "B", ["CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE"], """POV : ton client arrive au palais de justice de St-Hyacinthe en pantoufles de Minion pour sa compa en voies de fait pis y demande au constable si y peut vapoter dans la salle 💀💀 j'ai pas pu le filmer mais croyez-moi c'était du contenu tiktok #viedavocat #lawtok #pov"""),

(2, "en", "facebook", "B", ["MISLEADING_ADVERTISING"], """🔥 2.3 MILLION VIEWS ON TIKTOK 🔥 Watch me get a speeding ticket THROWN OUT in 30 seconds 😳 The trick police DON'T want you to know… Our record: every ticket we took to court this year = WON. Yours is next 👉 link in bio or call [[T:(514) 555-0163]], book before Friday!!"""),

(2, "fr", "facebook", "B", [], """Petit PSA parce que la vidéo « comment ne JAMAIS payer ta contravention » tourne encore sur TikTok 🙄
En général au Québec, quand tu reçois un constat d'infraction, t'as 30 jours pour enregistrer un plaidoyer. Si tu fais rien, tu peux être jugé par défaut pis les frais montent. Les trucs magiques des influenceurs, c'est rarement ça la vraie vie.
C'est de l'info générale, pas un avis sur votre cas : si vous avez un doute, parlez à un·e avocat·e ou à Éducaloi."""),

(2, "en", "instagram", "R", ["HARASSMENT", "DISPARAGEMENT"], """lmaooo the ref from saturday's bantam game is on everyone's fyp now 😂😂 someone stitched the clip of him tripping over the ball with the clown music. tag @[[P:marc.ouellet.ref]] in every duet, keep it going till he quits 🔁🤡"""),

(2, "fr", "instagram", "R", ["DISPARAGEMENT"], """le trend « rate ton coach » sur tiktok 😭 moi j'donne 2/10 à coach [[P:dany]] de l'équipe juvénile, ses jeux sont dessinés par un enfant de maternelle pis y crie comme une mouette en crise. le 2 c'est pour les oranges à la mi-temps 🍊"""),

(2, "en", "facebook", "R", [], """Our midget boys team finally did the "tell me you're a volleyball team without telling me" TikTok trend 😂 All the parents signed the photo/video consent forms back in September, so relax, moms 💙
Tough loss Friday against Saint-Bruno: they served like machines and their coach was class all the way, shook every kid's hand. We'll see them again in February. Proud of this group no matter what. #RSEQ #sportetudiant"""),
# ---------- brief 3: grocery prices ----------
(3, "fr", "facebook", "B", ["CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE"], """Ok je dois ventiler un peu sur le prix de l'épicerie parce que là ça a pus de bon sens.

Samedi matin, liste normale pour une famille de quatre : lait, œufs, pain, deux poitrines de poulet, des pommes, du fromage en bloc, des céréales que les enfants mangent vraiment (pas les santé en carton), un peu de viande hachée pour le pâté chinois. Rien de fou. 247 $. DEUX CENT QUARANTE-SEPT. J'ai regardé la caissière pis elle m'a fait le petit sourire de « je sais, tout le monde me fait cette face-là ».

J'ai commencé à faire les circulaires le jeudi soir avec l'app, à acheter le poulet en gros chez Costco pis à congeler, à faire le pain maison le dimanche (mon chum trouve ça cute, moi je trouve ça long). Ça aide, mais pas tant que ça.

D'ailleurs, parlant de caissières : ma cliente, celle qui travaillait au Maxi de la rue Laurier à Beloeil et qui s'est fait mettre dehors en mars parce qu'ils l'accusaient d'avoir passé des rabais d'employé à sa sœur, elle me disait l'autre jour qu'elle voyait des gens remettre la moitié de leur panier chaque semaine à la caisse. On s'en va en audience là-dessus bientôt d'ailleurs, je vous en redonne des nouvelles 😉

Bref. Mes trucs à moi : les légumes congelés sont souvent aussi bons que les frais, le riz en gros sac, et on ne va JAMAIS à l'épicerie affamé. Avez-vous d'autres trucs? Je prends tout, même les recettes de lentilles de ma belle-mère 🙃

#epicerie #coutdelavie"""),

(3, "en", "linkedin", "B", [], """With grocery prices on everyone's mind, a reminder that class actions exist for exactly this kind of situation. If you think you may be a member of a class action about food pricing, you don't need to hire anyone to find out: the Superior Court of Québec keeps a public class action registry (Registre des actions collectives) where you can look up pending cases and settlement notices.

General information only, not advice on your own situation. And no, I won't comment on any particular file — that's what the registry is for."""),

(3, "fr", "facebook", "B", ["PERSONALIZED_LEGAL_ADVICE"], """@[[P:Gino Paquette]] entre l'épicerie pis ça, je comprends que t'étouffes… Mais écoute-moi bien : ton proprio peut pas te rentrer une hausse de 12 % comme ça. T'as un mois après avoir reçu l'avis pour lui répondre que tu refuses, par écrit, recommandé. Tu restes dans ton logement pis c'est à LUI d'aller au Tribunal. Fais ça demain matin."""),

(3, "en", "facebook", "R", [], """Grocery prices are brutal so our team's parent committee is switching up tournament snacks this year 🍎🥨 Instead of everyone buying granola bars at $7 a box, we're doing a bulk order and splitting it — about $3 per player for the whole weekend. Sign-up sheet at Tuesday's practice. Thanks to all the volunteers who make this work ❤️"""),

(3, "fr", "facebook", "R", ["DISPARAGEMENT"], """4 $ LA BANANE au tournoi régional en fds 🍌🤬 avec le prix de l'épicerie asteure j'comprends que tout monte, mais là le RSEQ Montérégie nous prend vraiment pour des valises. gang de profiteurs incompétents qui savent même pas faire un horaire qui a du bon sens, pis ça nous vend des fruits au prix de l'or. pathétique."""),

(3, "en", "instagram", "B", ["DISPARAGEMENT"], """Opposing counsel showed up to this morning's mediation with a tray of Costco muffins ($14.99, I checked) and honestly? Most competent thing he did all day 🧁 At least someone on that side of the table understands value. #lawyerlife #grocerypricesarewild"""),
# ---------- brief 4: daylight saving time ----------
(4, "fr", "linkedin", "B", [], """Changement d'heure en fin de semaine ⏰ Rappel amical aux collègues : vos délais de procédure, eux, ne reculent pas d'une heure 😅
Et comme le Barreau nous le rappelle, on ne parle pas de nos dossiers sur les réseaux. Alors je vais juste vous parler de mon café, qui lui non plus n'a pas compris qu'il devait me réveiller plus tôt."""),

(4, "en", "facebook", "B", ["CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE"], """DST got me good 🙃 Showed up a full hour early at the Granby courthouse for my guy's bail hearing, yes THAT guy from last week's news, the dépanneur on Principale thing. On the bright side: best parking spot of my career and time for a second coffee."""),

(4, "fr", "facebook", "R", ["HARASSMENT"], """Au coach qui a réussi à faire mettre notre match à 7h30 le dimanche du changement d'heure juste pour qu'on arrive pas au complet : ton Civic gris, on sait où tu le stationnes au complexe sportif 😉 Bonne fin de saison, [[P:MARTEL]]."""),

(4, "en", "instagram", "R", [], """clocks fall back sunday 🕐 practice still 9am NEW time 😴🏐"""),

(4, "fr", "instagram", "R", ["HARASSMENT", "DISPARAGEMENT"], """mdr j'ai parti un compte insta @[[P:steve.lefebvre]].arbitre.officiel 😂 j'poste ses pires calls de la saison avec sa face dessus pis j'réponds aux DM comme si c'tait lui. avec le changement d'heure y'était encore plus en retard samedi, le gars sait pas lire une montre anyway. follow pour plus 🤡"""),

(4, "en", "linkedin", "B", ["MISLEADING_ADVERTISING"], """⏰ Fall back = time to get your affairs in order! Our wills are GUARANTEED 100% contest-proof — no family fight, ever, or your money back. Book this week and get the POA free 🎁 Only 10 spots left!!! 👇"""),
]
