# Marker source: extra shelter / cisss-gaspesie posts, and the rseq-monteregie posts.
S, L, E, C = "SURVIVOR_IDENTIFICATION", "LOCATION_DISCLOSURE", "PRIVATE_EVENT_DISCLOSURE", "CONSENT_REQUIRED"
K, I, D, H = "CHILD_PROTECTION_IDENTIFICATION", "CONFIDENTIAL_INFORMATION", "DISPARAGEMENT", "HARASSMENT"
SH, CI, RS = "shelter", "cisss-gaspesie", "rseq-monteregie"
POSTS = [
# --- shelter extras
("fr", "facebook", SH, [L], 1, r"""@[[PERSON:Roxanne]] la maison c'est au [[STREET_ADDRESS:88, rue du Phare]], sonne 2 fois 😘"""),
("en", "instagram", SH, [E], 11, r"""Circle tonight still at 6:30 in the church hall on Pine? 🙋‍♀️"""),
("fr", "facebook", SH, [], 6, r"""Ne taguez jamais une amie qui vient de quitter un conjoint violent. Jamais. 💜"""),
("en", "facebook", SH, [S, E], 12, r"""Recap of our first-ever residents' spa night ✨ For those who don't follow us on Insta: last Friday we turned the big living room into a mini spa, with nail polish, face masks, a playlist curated by the teens and way too many cupcakes. It's the kind of evening that sounds small but isn't: for many of the women it was the first time in years someone did something just for them. Next one is already booked for January 17 at 7 pm, same room, and the hairdresser from the salon on Water Street is coming back. Special mention to the mom who arrived Monday from Moncton with her three girls after he put her in the hospital — she laughed for the first time all week when her youngest painted her toenails purple. Huge thanks to the local pharmacy for donating the products, and to our night worker for staying late to clean up the glitter (we'll be finding it until spring). If your business wants to sponsor the next one, send us a DM 💜"""),
# --- cisss extras
("fr", "facebook", CI, [H], 1, r"""@[[PERSON:Sylvie]] inquiète-toi pas, on va s'occuper d'elle la TS 😈"""),
("en", "facebook", CI, [], 13, r"""Foster parents: names, schools, teams = identifying. Keep them offline 💙"""),
("fr", "instagram", CI, [C], 8, r"""Notre responsable de résidence [[PERSON:Ginette]] en pyjama pour le Noël des campeurs 🎅"""),
("fr", "facebook", CI, [I, D], 5, r"""1/5 Ce que 20 ans en centre jeunesse m'ont appris, version sans filtre.
2/5 On travaille avec des jeunes blessés, souvent avec des moyens ridicules. On le sait tous.
3/5 Cette semaine j'ai lu le rapport d'enquête interne sur la fugue du 3 octobre au foyer de Chandler, celui qui circule juste chez les cadres : trois pages, deux erreurs de date, pis zéro mention du fait que l'éducateur de nuit était seul avec onze jeunes. Le chef d'unité qui l'a signé est un lâche pis un menteur, je l'ai assez vu travailler pour le dire.
4/5 Pendant ce temps-là, les éducatrices de première ligne font des doubles quarts et on leur parle de « culture de bienveillance » dans des PowerPoint.
5/5 Je prends ma retraite en juin. Je vais m'ennuyer des jeunes. Pas des rapports. #centrejeunesse #retraite"""),
# --- rseq-monteregie
("fr", "facebook", RS, [D], 8, r"""Regardez la photo 😂 l'arbitre de la game de basket juvénile D1 à Saint-Hyacinthe hier, les yeux fermés au moment du faul. Un vrai aveugle incompétent, retourne à l'école mon homme"""),
("fr", "instagram", RS, [H], 1, r"""@coach_[[PERSON:tremblay]] on sait où tu restes 😉 bonne chance samedi"""),
("en", "facebook", RS, [D, H], 6, r"""Heard the Longueuil volleyball coach got let go from his last school for "something" with a player. Just saying. Protect your kids."""),
("fr", "facebook", RS, [], 12, r"""Bravo aux Griffons, champions régionaux en futsal 🏆 merci aux officiels!"""),
("en", "instagram", RS, [H], 8, r"""made a meme of the Brossard goalie crying after the 7-1 lmaooo 😂😂 tag him"""),
("fr", "facebook", RS, [], 13, r"""Rappel aux parents : pas de commentaires sur les arbitres en ligne svp. Souvent ce sont des jeunes de 15-16 ans qui apprennent. Si une décision vous dérange, il y a un processus officiel auprès du RSEQ Montérégie. Les insultes, même « pour rire », peuvent mener à des sanctions."""),
("fr", "facebook", RS, [D], 4, r"""Je vais probablement me faire taper sur les doigts pour ce post mais tant pis, il est tard et je suis en maudit. Mon gars joue au football scolaire depuis le secondaire 1. Il a donné ses étés, ses fins de semaine, il s'est fait opérer au genou l'an passé pis il est revenu. Cette saison il a joué en tout et pour tout 11 jeux offensifs. Onze. Pendant que le fils du président du club, qui arrive même pas à l'heure aux pratiques, joue tous les quarts. L'entraîneur-chef des Faucons, [[PERSON:Patrick Lemire]], c'est un minable, un petit roi frustré qui se venge sur des ados de 16 ans parce qu'il a jamais percé lui-même, pis tout le monde dans l'organisation le sait pis ferme sa gueule. Je sais que le RSEQ a des règles pour les parents. Je sais que « les décisions sportives appartiennent aux entraîneurs ». Mais à un moment donné, quand ton enfant revient à la maison les yeux dans l'eau pour la troisième semaine de suite, t'as le goût de dire les vraies affaires. Bon. Je vais aller me coucher. Merci à ceux qui vont lire jusqu'au bout."""),
("en", "linkedin", RS, [], 2, r"""After 12 years as a volunteer official in school basketball in Montérégie, I'm hanging up the whistle this spring. Thanks to every coach, athlete and fellow official who made those gyms feel like home. 🏀"""),
("fr", "facebook", RS, [D, H], 11, r"""Qui embarque dans mon nouveau groupe « Les pires arbitres de la Montérégie »? 📸 on va poster leurs noms pis leurs photos après chaque game"""),
("fr", "facebook", RS, [], 7, r"""Grosse game ce soir au gymnase, venez nombreux! 🏀"""),
]
