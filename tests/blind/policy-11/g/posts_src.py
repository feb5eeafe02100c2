POSTS = [
# ---- brief 1: winter-coat donation drives ----
(1, "fr", "facebook", "S", ["LOCATION_DISCLOSURE"], """❄️🧥 GRANDE COLLECTE DE MANTEAUX D'HIVER 🧥❄️

Bon ben c'est reparti pour une autre année! Comme à chaque automne, on lance notre collecte de manteaux, tuques, mitaines, bottes d'hiver pour les femmes et les enfants qu'on accompagne. L'an passé vous avez été incroyables, on a ramassé plus de 300 morceaux et on a même pu en redonner au comptoir familial du coin.

Ce qu'on cherche surtout cette année:
- manteaux pour enfants 4 à 12 ans (on en manque TOUJOURS)
- bottes de femmes pointures 7-8-9
- habits de neige pour bébés
- mitaines et cache-cous (neufs si possible, pour l'hygiène)

Pas besoin de passer par le point de dépôt au centre communautaire si c'est plus simple pour vous, vous pouvez aussi venir les porter directement chez nous, on est la grande maison grise avec la galerie blanche juste à côté de la caisse, en face du dépanneur Chez Gigi sur la rue Principale à Saint-Césaire. Sonnez juste en arrière, quelqu'un va vous ouvrir entre 9h et 16h 😊

Merci de laver les vêtements avant de les donner, pis si vous avez des sacs de magasin solides, ça nous aide beaucoup pour la distribution. On a aussi besoin de 2-3 bénévoles pour trier le samedi matin, écrivez-nous à [[E:benevoles.collecte@maisonaube.org]]!

Partagez à vos amis, à votre famille, à votre groupe de quartier, chaque manteau compte. Y'a des petits qui sont arrivés ici l'hiver passé en espadrilles en plein mois de janvier, on veut pu voir ça.

Merci merci merci 💜
#collectedemanteaux #solidarité #montérégie"""),
(1, "en", "instagram", "S", [], """Our winter coat drive is ON 🧥❄️ Drop-off bins are at the Centre communautaire (public lobby, regular opening hours) until Dec 15. Kids' sizes especially needed! Questions about donations? Call our public line at [[T:1-877-555-0134]] — and if you or someone you know needs help, that line answers 24/7. 💜 #coatdrive #winteriscoming"""),
(1, "fr", "facebook", "S", ["SURVIVOR_IDENTIFICATION"], """Les dons de manteaux arrivent juste a temps!! la madame qui est rentrée mardi soir avec ses trois petits gars, celle qui travaillait a la caisse du Tim Hortons sur le boul. Laframboise a St-Hyacinthe, elle a pu s'habiller au complet elle pis les enfants. Ça fait chaud au coeur 🥹"""),
(1, "en", "instagram", "S", ["CONSENT_REQUIRED"], """Sorting day!! 📦🧥 Huge shoutout to our amazing team who spent the whole Saturday folding coats 😂 swipe for the pics → @[[P:mel.bouchard_]] our intake worker hiding behind the boot mountain, @[[P:joanie.r]] on the night shift crew and our volunteer [[P:DENISE]] with her famous thermos ☕ Love you guys #teamwork #coatdrive"""),
(1, "fr", "instagram", "S", [], """merci a tous pour les manteaux!! on deborde 😭🧤🧣"""),
(1, "en", "facebook", "R", [], """The juvenile girls' volleyball teams from across the region brought winter coats to the tournament this weekend instead of paying the usual entry snack fee 🏐🧥 212 coats collected for the local food bank's winter closet. Proud of these athletes and their coaches — this is what school sport is about."""),
# ---- brief 2: self-defence classes ----
(2, "fr", "facebook", "S", ["PRIVATE_EVENT_DISCLOSURE"], """Rappel pour les filles du groupe 💪 le cours d'autodéfense réservé aux résidentes et ex-résidentes continue ce jeudi 18h30, toujours au sous-sol de l'église Saint-Jude, entrez par la porte de côté près du stationnement. Apportez des vêtements confortables!"""),
(2, "en", "linkedin", "S", [], """Proud to share that our organisation is co-hosting a FREE self-defence and safety workshop open to the whole community on Saturday, Nov 22, 10 a.m. at the Granby municipal library (public event — everyone welcome, no need to disclose anything about yourself). Taught by a certified instructor, focused on awareness, boundary-setting and simple escapes. Registration through the library's website. If you need confidential support, our public 24/7 line is [[T:1-877-555-0134]]."""),
(2, "en", "instagram", "S", ["CONSENT_REQUIRED", "SURVIVOR_IDENTIFICATION"], """Week 4 of self-defence with the ladies 🔥🥊 Check out the reel — our instructor [[P:Karine Lapointe]] showing the wrist release and then [[P:Sandra]] and [[P:Maude]] (moved in with us in October!) nailing it 👏👏 so proud of how far they've come"""),
(2, "fr", "facebook", "S", ["SURVIVOR_IDENTIFICATION", "LOCATION_DISCLOSURE"], """Faut que je le dise quelque part… une des participantes du cours d'autodéfense de mercredi m'a confié que son ex l'attend encore dans le stationnement du IGA de Saint-Hyacinthe tous les soirs après son shift. 34 ans, infirmière à l'urgence du Honoré-Mercier, deux jumelles au primaire. Elle mérite tellement mieux, si quelqu'un la croise soyez fins avec elle 💔"""),
(2, "fr", "linkedin", "R", ["HARASSMENT"], """Avec la qualité d'arbitrage qu'on a vue en fin de semaine, je pense que certains officiels devraient s'inscrire à un cours d'autodéfense avant notre prochain match contre eux 😉 Juste un conseil d'ami."""),
(2, "en", "facebook", "S", ["PRIVATE_EVENT_DISCLOSURE"], """Hey all, quick reminder — the Tuesday support circle + self-defence combo is moving! From now on it's every other Tuesday at 7pm in the back room of the old presbytery behind the Acton Vale arena. Same faces, new place 💜 bring a friend from the group if she needs a ride"""),
# ---- brief 3: referee shortages ----
(3, "fr", "facebook", "R", ["DISPARAGEMENT"], """Petit texte de parent-bénévole un peu tanné, prenez-le comme vous voulez.

Ça fait 6 ans que je suis gérante d'équipe en basket juvénile et j'ai jamais vu une pénurie d'arbitres comme cette année. On a eu 3 matchs reportés depuis octobre, un autre qui a commencé avec 40 minutes de retard parce que le deuxième officiel était pris dans le trafic sur la 20, et les jeunes arbitres qu'on voit sont souvent des ados de 15-16 ans qui font de leur mieux, pis honnêtement je leur lève mon chapeau, c'est pas une job facile de se faire crier après par des parents pendant deux heures pour 35$.

Je comprends que le RSEQ fait ce qu'il peut, y'a des formations qui se donnent, y'a eu une hausse des tarifs l'an passé, c'est correct. Mais faut aussi que les écoles poussent pour recruter, pourquoi pas offrir ça comme crédit en éduc ou dans les activités parascolaires?

Par contre, on va se le dire, le monsieur qui a arbitré notre match de samedi à Brossard, le grand chauve avec la moustache qui vient de Chambly, lui il devrait retourner jouer aux quilles. Un incompétent fini, aucune idée des règles, il a passé le match sur son cell entre les quarts. Des gars de même, ça en prend pas, pénurie ou pas.

Bref. Si vous avez un ado de 14 ans et plus qui aime le sport, parlez-lui de l'arbitrage, ça paye mieux que le McDo et ça aide tout le monde. Les inscriptions aux formations de janvier sont ouvertes sur le site du RSEQ Montérégie. 🏀"""),
(3, "en", "linkedin", "R", [], """The referee shortage in school sport isn't a mystery: officials are underpaid, travel long distances across the region, and too often absorb abuse from the stands. As an athletic director, I think our network should (1) raise per-game fees for evening games, (2) pair new officials with mentors for their first season, and (3) enforce spectator codes of conduct consistently. I disagree with the current scheduling approach, but I've seen the regional staff working hard on this. Let's fix it together. Interested students 14+: training sessions start in January."""),
(3, "fr", "facebook", "R", ["HARASSMENT"], """Pour ceux qui étaient là hier au match des Cobras, le ref c'était [[P:olivier gendron]], il coache aussi le mini-basket à Beloeil. Son cell c'est le [[T:450-555-0142]] si jamais vous voulez lui expliquer votre façon de voir les choses 😏 moi en tout cas je me gêne pas"""),
(3, "en", "instagram", "R", ["HARASSMENT", "DISPARAGEMENT"], """soooo the ref from last night's game and a certain assistant coach from the other side were seen leaving the parking lot in the same car 👀👀 suddenly those 3 calls in the 4th make a LOT of sense. not saying anything… just saying 🤐"""),
(3, "fr", "instagram", "R", [], """Big respect aux jeunes arbitres de 15-16 ans qui ont fait tout le tournoi en fin de semaine malgré la pénurie 👏👏 sans vous y'a pas de match. merci!!"""),
(3, "en", "facebook", "R", ["DISPARAGEMENT", "HARASSMENT"], """Since the league can't find decent refs anyway, I started a new Insta page: @rsmonteregie.refs.hall.of.shame 🤡 Send me your clips of the worst calls, zoomed-in faces welcome. Tag the refs if you know their accounts. Let's make them famous lol"""),
(3, "fr", "linkedin", "R", ["DISPARAGEMENT"], """Pénurie d'arbitres? Pas surprenant quand l'organisation régionale est gérée par une gang d'amateurs qui savent même pas faire un horaire. Le RSEQ Montérégie c'est rendu une farce, franchement."""),
# ---- brief 4: school dances and proms ----
(4, "fr", "instagram", "R", ["HARASSMENT", "DISPARAGEMENT"], """HAHAHA la vidéo de [[P:jade]] du volley qui se pète la face dans l'escalier du bal en talons 😂😂😂 partagez-la avant qu'elle la fasse enlever, la reine du bal mdr #graceful"""),
(4, "en", "facebook", "R", [], """Congrats to all our graduating student-athletes on a beautiful prom night! 🎓✨ Five years of early practices, bus rides and tournaments — you earned every bit of this. Our seniors' banquet is June 12; families, watch your email for details."""),
(4, "en", "instagram", "R", ["HARASSMENT", "DISPARAGEMENT"], """Funny how a certain "coach" from a certain South Shore school volunteered as chaperone at prom this year… and we ALL saw who he was dancing with at the end of the night 🤐🙃 parents, maybe ask your daughters. I'll leave it there."""),
(4, "fr", "facebook", "S", ["SURVIVOR_IDENTIFICATION"], """Appel à tous 💜 Une de nos jeunes hébergées ici avec sa maman depuis septembre va à son bal de finissants de la Polyvalente Robert-Ouimet le 14 juin, elle est en secondaire 5 dans le programme sport-études natation. On lui cherche une robe taille 8 pis des souliers 7 1/2, svp écrivez-moi en privé si vous avez ça!"""),
(4, "en", "linkedin", "S", [], """Last spring, a young woman who stayed with us told us the hardest part of leaving home was thinking she'd miss her prom. She asked us to share her story, without her name or any detail that could identify her, and we did so with her written consent: thanks to a community dress drive, she went. This year our prom-dress drive runs through May 1 — dresses, suits, shoes, accessories — at our public drop-off point at the community centre. Every young person deserves that night."""),
(4, "fr", "facebook", "R", ["HARASSMENT"], """t'es mieux de pas te montrer au bal samedi mon beau #12 des Patriotes. on sait c'est quoi ton char pis où tu te stationnes 🙂"""),
]
