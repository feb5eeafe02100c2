# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------------- batch 1 ----------------
(1, "fr", "facebook", "R", [], """Gros merci à la famille [[P:Nguyen]] qui a reçu toute l'équipe de basket juvénile féminin pour le Têt samedi passé à Brossard 🧧🐎
Les filles ont goûté au bánh chưng pour la première fois pis [[P:thi lan]] leur a montré comment plier les enveloppes rouges. [[P:Mme Huong]], votre soupe tonkinoise devrait être servie à la cafétéria du Collège Charles-Lemoyne, je dis ça de même 😅
Prochain match des Dragons : vendredi 19 h contre Saint-Jean-sur-Richelieu. On reste sur une victoire 54-48!
#RSEQMontérégie #AnnéeDuCheval"""),

(1, "en", "linkedin", "L", [], """Diwali at the Montréal office 🪔✨
What a night. Rangoli in the lobby, mithai from Pâtisserie Bombay Mahal on Jean-Talon, and a Bollywood playlist that somehow ended with Céline Dion (nobody is admitting to it).
Huge thanks to [[P:Priya Raghunathan]] and @[[P:arjun.mehta_law]] for organising everything on top of a closing week, and to our managing partner for letting the Litigation group take over the big boardroom.
Shubh Deepavali to everyone at Bouchard Ahmed LLP and to all our neighbours in Park Extension celebrating this weekend.
#Diwali #Inclusion #LifeAtTheFirm"""),

(2, "fr", "instagram", "B", [], """Jeudi soir = tandem espagnol-français au Café Olimpico ☕🇨🇴🇨🇦
Ma partenaire [[P:Ximena]] (de Bogotá, étudiante en génie à Polytechnique) m'a appris « chévere » pis moi je lui ai appris « tiguidou ». Échange culturel de haut niveau 😂
Ça fait du bien de parler d'autre chose que du C.p.c. pendant deux heures.
Si ça vous tente, l'organisateur c'est [[P:marc-andre cote]] : [[E:mcote.tandem@gmail.com]]
#tandem #viedavocate #espagnol"""),

(3, "en", "facebook", "S", [], """He made it!! ✈️ [[P:Liam]] landed in Sapporo last night after 22 hours of travel from Trudeau. His host family, the [[P:Takahashi]] family, met him at New Chitose with a sign that said WELCOME [[P:LIAM]]-KUN in huge letters 😭
[[P:Mr. Takahashi]] already took him to eat miso ramen and [[P:Liam]] says Hokkaido snow makes Sherbrooke look like Florida.
Ten months with Rotary Youth Exchange. Proud mom moment. Mama needs a glass of wine.
#RYE #Japan #Hokkaido"""),

(4, "fr", "facebook", "C", [], """Hier soir Nowruz chez ma belle-sœur à Gaspé pis honestly le sabzi polo avec le poisson était next level 🐟🌿
Shoutout à [[P:Shirin]] pour le haft-sin, c'était gorgeous, avec les sept « s » pis les poissons rouges dans le bol. Les enfants ont sauté par-dessus le feu dans la cour (petit feu, le Service incendie de Gaspé peut dormir tranquille 😂).
Si vous voulez la recette du kuku sabzi, texte-la au [[T:418 555-0172]], elle va être flattée.
Nowruz mobarak à tout le monde! 🌸"""),

(1, "fr", "facebook", "S", ["PRIVATE_EVENT_DISCLOSURE", "LOCATION_DISCLOSURE"], """🌙 Iftar à la maison ce vendredi!
Les résidentes et leurs enfants sont invitées à rompre le jeûne ensemble vendredi à 19 h 42 dans la grande salle. [[P:Fatima Zahra Benali]] s'occupe de la harira et des dattes, les bénévoles apportent les msemen.
Pour les bénévoles qui viennent pour la première fois : c'est au [[A:245, rue des Érables]], porte de côté, [[Z:j4k2p9]]. Sonnez deux fois.
Ramadan moubarak 💛"""),

(2, "en", "instagram", "R", [], """Our first Spanish–French tandem night after practice was a HIT 🙌
12 athletes, 3 languages, way too much poutine. The Grade 10 girls from the soccer team taught the exchange students from Monterrey every swear word in Québécois, which was not on the program 🙃
Next one is Thursday in the cafeteria at École secondaire Saint-Jean-Baptiste. Bring your Duolingo streak 🔥
#RSEQ #Montérégie #Tandem #SportÉtudes"""),

(3, "fr", "facebook", "C", [], """Nouvelle membre dans la famille pour 10 mois! 🇧🇷❤️🇨🇦
On accueille [[P:Gabriela Souza]] de Curitiba avec AFS Interculture Canada. Elle est arrivée à Mont-Joli mardi pis elle a vu la mer pour la première fois en passant à Sainte-Flavie 🌊
Elle commence lundi à la Polyvalente de Chandler en secondaire 5. [[P:Gabi]] est née le [[D:22 mars 2009]], ça fait qu'on va lui faire son premier gâteau de fête québécois… probablement avec de la neige dehors 😂
Si vous la croisez chez Provigo, parlez-lui lentement, elle apprend vite!"""),

(4, "en", "linkedin", "B", [], """Quick reflection after last night's 5 à 7 of the Jeune Barreau de Montréal: c'est fou how many of us learned our second language through a tandem exchange.
Moi, j'ai appris l'anglais avec [[P:Siobhan O'Reilly-Gagné]], my conversation partner at McGill back in 2009. Every Tuesday at the Second Cup on Sherbrooke: one hour in French, one hour in English, and a lot of "comment on dit ça déjà?"
Fifteen years later I plead in both languages before the Cour du Québec and I still hear her correcting my prepositions 😅
To the law students reading this: find yourself a tandem partner. Ça vaut tous les cours du monde.
#JBM #Bilinguisme #LegalProfession"""),
# ---------------- batch 2 ----------------
(1, "en", "facebook", "C", ["CONSENT_REQUIRED"], """Diwali potluck in the staff room at Hôpital de Maria today 🪔🪔🪔
[[P:Dr. Anand Krishnamurthy]] brought his mom's gulab jamun (dangerous), and [[P:Nathalie]] from 3rd floor did her very first rangoli with coloured rice. Not bad for a girl from Carleton-sur-Mer!
Pics of the whole night shift crew in the comments 📸 Happy Diwali to all our colleagues celebrating, from the Baie-des-Chaleurs with love."""),

(2, "fr", "instagram", "L", [], """Mon tandem avec [[P:Kenji]] avance ben 😎 Lui y veut apprendre le joual, moi le japonais. Résultat : y dit « toé pis moé » avec un accent d'Osaka pis moi j'arrive même pas à dire arigatō comme du monde.
On se voit les mercredis à la Grande Bibliothèque, 3e étage, proche des mangas.
Petite fierté : y a reçu son NAS cette semaine pour son PVT, y m'a texté la lettre au complet tout excité ([[S:918 347 022]]) 🤦‍♀️ faudrait ben que je lui explique qu'on montre pas ça à tout le monde.
Si d'autres veulent se joindre, écrivez-moi au [[T:514.555.0148]] ou sur IG @[[P:kenji.watanabe.mtl]] pour lui 🙏"""),

(3, "en", "instagram", "R", [], """From the Montérégie to Bavaria 🇩🇪🏐
Our former captain [[P:Maëlle Desjardins-Baptiste]] is spending her Secondary 5 year on exchange in Regensburg, hosted by the [[P:Schneider-Wolff]] family, and she just played her first match with TSV Regensburg's U18 team. 17 kills 🔥
She says German volleyball warm-ups are 45 minutes long and nobody eats Pop-Tarts on the bus.
We miss you on the court at Polyvalente Hyacinthe-Delorme! #Go[[P:Maëlle]] is trending in the locker room 😂
#RSEQ #VolleyballQC #ExchangeYear"""),

(4, "fr", "instagram", "S", ["CONSENT_REQUIRED"], """Nos ateliers de francisation du mardi, c'est tellement the best moment de ma semaine 💜
Voici notre incroyable bénévole [[P:Rosa Mendes]] en pleine action 📸 (photo ci-dessus) — elle fait pratiquer les verbes au passé composé avec des cartes de Uno, genre « j'ai pigé, tu as pigé, elle a pigé… ».
Merci aussi à la Caisse Desjardins pour les cahiers Bescherelle. Vous êtes awesome. 
#francisation #bénévolat #communauté"""),

(1, "fr", "linkedin", "B", [], """Norouz Pirouz! 🌱🐟 Hier soir, l'Association des juristes d'origine iranienne du Québec célébrait le Nouvel An perse au Centre Sheraton, autour d'une table du haft-sin et de quelques vers de Hafez.
Merci à [[P:Me Dariush Farahani]] et à [[P:Me Laleh Moghaddam]] pour l'organisation, et à la bâtonnière pour son mot d'ouverture sur l'accès à la justice pour les nouveaux arrivants.
Beaucoup de discussions autour de l'arrêt de la Cour d'appel dans le dossier [[C:500-09-030512-241]] sur l'interprétation en matière d'immigration… on ne se refait pas 😉
#Norouz #Barreau #Diversité"""),

(2, "en", "linkedin", "C", [], """Six months into learning Mi'gmaq with a conversation partner, and I'm finally able to say more than "Pjila'si" and "wela'lin".
Every Sunday, [[P:Mary Jane]] from Listuguj and I swap: I help her with her French for her college courses in Campbellton, she teaches me the words for the rivers, the salmon, the seasons. The Restigouche River will never look the same to me.
If you work in health and social services in the Gaspésie and you've never tried to learn even a few words of Mi'gmaq or of the language of the people you serve, I can't recommend it enough.
#Migmaq #Gaspésie #LanguageExchange #Reconciliation"""),

(3, "fr", "facebook", "L", [], """Bon ben ma fille est rendue au Mexique 🇲🇽 Ça fait 3 semaines pis a l'a déjà un accent tapatío, a dit « órale » aux 2 phrases.
Sa famille d'accueil à Guadalajara, les [[P:Hernández Ruiz]], l'ont amenée au Lago de Chapala en fin de semaine pis voir les Chivas au stade Akron. Elle revient pu, je le sens 😭
Question pour les parents qui ont vécu ça : la RAMQ me demande de confirmer la carte à [[P:Rosalie]] pour l'absence de plus de 183 jours, c'est-tu normal qu'y faut remplir un formulaire même pour un échange scolaire? Son numéro c'est [[R:GAGR 0855 1214]] si jamais quelqu'un travaille là 😅
(P.S. le colis de Noël est parti, numéro de suivi Postes Canada LM 482 915 337 CA, 68,45 $ de frais de poste pour 2 sacs de Ketchup chips…)"""),

(4, "en", "linkedin", "S", [], """Lunar New Year community dinner this Saturday 🧧🏮 C'est ouvert à tout le monde!
We're helping out at the Centre communautaire Mgr-Pigeon from 5 p.m.: dumpling folding with Auntie [[P:Mei]], lion dance by the Kung Fu club of Brossard at 6:30, and a red-envelope raffle pour les enfants.
Bring a dish if you can (pas de pinottes svp, on a des allergies). Questions? Call [[P:Wei-Ling Chou]] at [[T:(450) 555-0193 ext. 2]] or write to [[E:weiling.chou@centremgrpigeon.org]].
新年快乐 · Bonne année du Cheval!"""),
# ---------------- batch 3 ----------------
(1, "en", "instagram", "R", [], """Iftar in the gym after the Ramadan tournament 🌙🏀 Dates, chorba and way too much Gatorade. Thank you [[P:Mme Khadija Amrani]] for feeding 30 hungry Griffons!! #Team[[P:Youssef]] #RSEQ"""),

(2, "fr", "linkedin", "S", ["SURVIVOR_IDENTIFICATION"], """Ce que j'ai appris cette année en jumelant des femmes nouvellement arrivées avec des partenaires de conversation 🗣️💜
Le français, ce n'est pas seulement une langue à apprendre : c'est la clé pour appeler la pharmacie, parler à l'enseignante, remplir un formulaire de l'aide juridique, dire « non » au téléphone.
Je pense à [[P:Amina]], 34 ans, arrivée de Kaboul l'automne dernier avec ses trois enfants, qui est débarquée chez nous une nuit de novembre après ce qu'elle a vécu avec son ex-conjoint. En janvier elle ne disait pas un mot. La semaine passée, elle a fait rire toute la cuisine en imitant l'accent de sa partenaire de tandem, une retraitée de Saint-Hyacinthe qui vient la voir tous les jeudis.
Aux organismes qui font du jumelage linguistique : pensez aux maisons d'hébergement. Nos résidentes ont soif d'échanges, de patience et de café.
Merci au Centre de services scolaire et à la Table de concertation en violence conjugale pour leur soutien.
#francisation #jumelage #violenceconjugale #intervention"""),

(3, "en", "linkedin", "B", [], """Twenty years ago this month, a very shy 16-year-old from Rimouski got off a train at Lyon Part-Dieu for a year-long Rotary exchange.
I didn't know how to take the métro, I'd never eaten a real quenelle, and I thought my Québécois French was "the same" as theirs. (Spoiler: on the first day I asked for a "blé d'Inde" at the market and got a blank stare.)
My host family, the [[P:Mercier]] family of the Croix-Rousse, took me in like a daughter. [[P:Mme Hélène Mercier]] drove me to the lycée every morning in a tiny Peugeot 206 and corrected my subjonctif over dinner. [[P:Bertrand]], her husband, was a notary, and he's the one who first made me read the Code civil — the French one — for fun. Their son [[P:Thibault]] taught me to swear like a Lyonnais and to cheer for l'OL.
I'm now a lawyer in Québec, I sit on the Barreau's committee on access to justice, and I genuinely think that year is why. Learning to listen in a language that isn't quite yours is good training for listening to clients.
If you're a parent hesitating to send your teenager on exchange with Rotary, AFS or the Office franco-québécois pour la jeunesse: do it. And if you can host a student, do that too.
Merci pour tout, famille [[P:Mercier]]. On se voit en juin à Fourvière 💛
#Exchange #Rotary #OFQJ #LawyerLife"""),

(4, "fr", "facebook", "R", ["DISPARAGEMENT", "HARASSMENT"], """Honnêtement l'arbitre hier soir à l'aréna Gilles-Chabot, what a joke 🤡 Trois punitions imaginaires contre nos gars en troisième période, pis rien quand leur #22 a donné un double-échec à [[P:Zachary]].
[[P:Ti-Luc Bergeron]], si tu lis ça : get your eyes checked pis reste chez vous la prochaine fois. On sait où tu restes, juste de même. Tout le monde, allez lui dire votre façon de penser sur sa page 👇"""),

(1, "fr", "instagram", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Premier iftar en famille avec nos deux cocos qui sont placés chez nous depuis septembre 🌙✨
[[P:Adam]] (8 ans) a tenu à jeûner « juste jusqu'à la récré » pis sa petite sœur [[P:Lina]] a décoré la table avec des lanternes en papier qu'elle a faites à l'école primaire de Bonaventure.
On a appelé leur maman [[P:Samira]] en visio pour rompre le jeûne ensemble, c'était beau à voir.
#familledaccueil #RTF #Ramadan #Gaspésie"""),

(2, "en", "facebook", "B", [], """Looking for a Spanish conversation partner, lunch hour near the Palais de justice de Gatineau. ¿Alguien? 🙋‍♂️ [[T:819-555-0127 poste 214]]"""),

(3, "fr", "linkedin", "L", [], """Recherche famille d'accueil à Québec! 🏡
Notre cabinet reçoit cet été [[P:Awa Diop]], étudiante en droit de l'Université Cheikh Anta Diop de Dakar, dans le cadre du programme d'échange avec la Faculté de droit de l'Université Laval (mai à août).
On cherche une famille dans Limoilou, Saint-Roch ou Montcalm, proche du Métrobus 800. Une allocation de 750 $ par mois est prévue.
Intéressé·e·s? Écrivez à [[P:Geneviève]] des RH : [[E:g.st-onge@cabinet-laroche.ca]] ou passez au bureau, [[A:825 boulevard Lebourgneuf, bureau 300]], Québec [[Z:G2J 0B9]].
#Échange #Stage #Droit #Québec"""),

(4, "en", "instagram", "L", ["CLIENT_CONFIDENTIALITY"], """Tandem café tonight at La Petite Patrie, c'était super fun until guess who sits down at MY table as a "French learner"… our client [[P:M. Tran]] 😳 The guy whose custody case against his ex goes to hearing next week. Awkward doesn't even begin to describe it. On a parlé de la météo en français pendant 40 minutes lol
Aussi la machine du café refusait ma carte [[CC:4539-1488-0343-6467]] three times so I had to borrow 6 $ from a stranger. Great night. 10/10 would tandem again 🙃"""),
]
