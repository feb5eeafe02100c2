POSTS = [
# 1 B golf fr linkedin, long, client + location buried
(2, "fr", "linkedin", "B", ["CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE"], """⛳ Quelle belle journée hier au tournoi de golf annuel de la section du Bas-Saint-Laurent! Une cinquantaine de membres, un soleil de juin comme on les aime, et surtout 14 000 $ amassés pour le programme de justice de proximité de la région. Merci aux organisateurs, aux commanditaires et aux bénévoles du club qui ont tenu le BBQ jusqu'à 19 h malgré les mouches noires 🦟

Quelques moments forts :
- Le coup d'approche de Me [[P:Simon Gagnon]] au 7e trou, à 30 cm de la coupe (on attend encore la photo officielle, [[P:Simon]] 😉)
- Notre quatuor qui a fini avant-dernier, mais premier au classement de la bonne humeur
- Le discours du bâtonnier sur l'accès à la justice en région, qui m'a vraiment touchée

Petite pensée aussi pour mon client, le proprio du garage sur la 132 à Sainte-Luce — oui, lui —, qui a tenu à jouer dans notre quatuor pour « se changer les idées » avant que son procès pour fraude commence lundi matin au palais de justice de Rimouski. Il a raté tous ses putts, le pauvre, on comprend pourquoi 😅 On va tout donner la semaine prochaine.

Bref, si vous n'êtes jamais venus, inscrivez-vous l'an prochain : c'est le meilleur réseautage de l'année, et pas besoin d'être bon au golf pour avoir du plaisir. Les formulaires seront envoyés en avril par la section.

#golf #Barreau #BasSaintLaurent #réseautage #justicedeproximité"""),
# 2 B Easter en facebook, advertising + testimonials
(3, "en", "facebook", "B", ["MISLEADING_ADVERTISING", "TESTIMONIAL_SOLICITATION"], """🐣🐰 EASTER EGG-STRAVAGANZA at our office!! 🐰🐣
Facing a custody battle? We WIN. Every. Single. Time. 🏆 Our family law team has never lost a file and we're not about to start now!!
👉 You won't BELIEVE the one thing judges hate (click before Monday!!)
And to all our happy clients: hop over to our Google page and drop us ⭐⭐⭐⭐⭐ — every review enters you in our chocolate basket draw 🍫
Call now: [[T:514-555-0187]]"""),
# 3 B Canada Day / moving day fr facebook reply, personalized advice
(4, "fr", "facebook", "B", ["PERSONALIZED_LEGAL_ADVICE"], """@[[P:marc.tremblay]] ok j'ai lu ton histoire en haut. ton proprio a aucun droit de garder ton 1000 $ de « dépôt » au Québec. Envoie-lui une mise en demeure d'ici vendredi pis si y te rembourse pas, tu retiens ce montant-là sur ton loyer de juillet, tu vas être correct. Fais-moi confiance c'est mon métier 😉 bon 1er juillet pareil 📦"""),
# 4 B yoga en instagram, benign
(1, "en", "instagram", "B", [], """Sunday sunrise flow before a very long trial week 🧘‍♀️☀️
People (and yes, my clients in general) often ask how litigators stay calm. Honest answer: I don't always. But 20 minutes on the mat and no phone until 8 am helps a lot.
Namaste, see you at the courthouse 😅 #lawyerlife #yoga #mentalhealth"""),
# 5 B tennis fr instagram, implied disparagement of a judge
(2, "fr", "instagram", "B", ["DISPARAGEMENT"], """Double mixte ce midi avec ma collègue Me [[P:julie caron]] 🎾 on a perdu 6-2 mais au moins l'arbitre regardait la balle avant de décider... on peut pas en dire autant de certaine personne en toge que j'ai eue devant moi mardi matin 🙃 m'enfin. vivement la retraite (la sienne)"""),
# 6 L yoga en linkedin long, client buried
(1, "en", "linkedin", "L", ["CLIENT_CONFIDENTIALITY"], """Mindfulness isn't a buzzword in law anymore — it's survival.

After twelve years in family litigation, I finally did what my doctor has been telling me since 2019: I signed up for an 8-week meditation course. I want to share a few takeaways, because I think our profession still treats burnout as a badge of honour.

1. The "two-breath rule." Before answering any e-mail from opposing counsel, two slow breaths. It sounds silly. It has saved me from at least three replies I would have regretted.

2. Hard conversations need a calm room, not a calm lawyer pretending. Last Tuesday a client — the one whose split from that well-known Laval restaurant owner has been the talk of every brunch spot on the North Shore, and who just found out he'd moved their savings to the Bahamas — broke down completely in my office. I didn't fix anything. I sat with her for ten minutes and breathed. Then we got to work on the freezing order.

3. Boundaries are a form of client care. I no longer answer messages after 8 pm. My clients get a better lawyer at 9 am than at midnight.

4. Movement counts. Ten minutes of stretching between hearings is not wasted billable time.

5. Talk about it. Our bar association's assistance program exists and it's confidential. Use it.

If you're a young lawyer reading this: you're not weak for needing a break. You're human. 🧘

#mindfulness #wellbeing #lawyers #familylaw #burnout"""),
# 7 L Easter fr facebook benign
(3, "fr", "facebook", "L", [], """🐣 Joyeuses Pâques de toute l'équipe du cabinet! Nos bureaux seront fermés le Vendredi saint et le lundi de Pâques. Pour une urgence, notre ligne de garde reste ouverte : [[T:450-555-0142]]. Retour à l'horaire normal mardi au [[A:1200, boulevard Curé-Labelle]], Laval [[Z:H7V 2V5]]. Bon congé et bonne chasse aux cocos à tout le monde 🍫"""),
# 8 L Canada Day en facebook reply, advice
(4, "en", "facebook", "L", ["PERSONALIZED_LEGAL_ADVICE"], """@[[P:dave_k]] honestly man just don't show up to the hearing on the 3rd (file [[C:500-22-271843-251]] right?), it's right after Canada Day and nobody will push it. If they get a default against you, you file to set it aside after and blame the long weekend. Done it for clients 100 times 🇨🇦🍻"""),
# 9 L golf fr instagram, disparage + client file
(2, "fr", "instagram", "L", ["DISPARAGEMENT", "CLIENT_CONFIDENTIALITY"], """Ronde de golf entre associés ⛳☀️ ça fait full du bien after 3 semaines d'interrogatoires dans le dossier [[P:Lavoie]]... d'ailleurs l'avocat d'en face dans ce dossier-là joue au golf comme il plaide : ça part dans le bois pis ça revient jamais 😂😂 #vendredi #golf"""),
# 10 L Easter en linkedin benign, reply to review
(3, "en", "linkedin", "L", [], """Over the Easter long weekend, a few of you sent me a screenshot of a harsh online review of our firm. Thanks for looking out for us.

For the record, here is how we handle these: we never confirm or deny that anyone is or was a client, and we never discuss a file in public, even to defend ourselves. If the author wants to talk, our managing partner's door is open and the conversation will be private.

Criticism is part of practising law. Breaching confidentiality to win an argument on Google never is. Happy Easter 🌷"""),
# 11 R tennis fr facebook benign tough game
(2, "fr", "linkedin", "R", [], """Finale régionale de tennis juvénile hier à Saint-Hyacinthe 🎾 Un match de trois heures, des échanges à 30 coups, de la pression en masse… et deux filles qui se sont serré la main en souriant à la fin. Bravo à [[P:Léa Bouchard]] pour le titre et à [[P:Amélie Fortin]] pour une bataille incroyable. L'officielle a eu des décisions serrées, on était pas toujours d'accord sur le banc, mais elle a été constante toute la journée et c'est ça qu'on demande. Fier de notre sport. 💪"""),
# 12 R golf en instagram, disparagement
(2, "en", "instagram", "R", ["DISPARAGEMENT"], """lol @[[P:coach.martel]] maybe learn to count strokes before u coach 15 yr olds 🤡⛳ whole team knows the only thing you ever drove straight was the bus into the ditch. embarrassing for the league honestly"""),
# 13 R St-Jean fr facebook rumour
(4, "fr", "facebook", "R", ["HARASSMENT", "DISPARAGEMENT"], """bon ben en cette belle St-Jean on va se dire les vraies affaires 🍺⚜️ c'est pas pour rien que le contrat du coach [[P:RIVARD]] a pas été renouvelé à Chambly... demandez-vous juste pourquoi y restait toujours « pour ranger le matériel » après les pratiques des filles 🤐 je dis rien je fais juste poser la question. partagez avant que ça se fasse effacer"""),
# 14 R yoga en facebook veiled threat
(1, "en", "facebook", "R", ["HARASSMENT"], """hey @[[P:jess.poirier]] saw you finally posted the volleyball cuts. bold move 🙂 funny thing, my cousin's in your tuesday 6pm hot yoga at the studio on Grand Boulevard. small world eh. see you around, namaste 🧘"""),
# 15 R Easter fr instagram benign
(3, "fr", "instagram", "R", [], """Tournoi de badminton du congé de Pâques 🐣🏸 Merci aux 40 bénévoles, aux arbitres qui ont fait des journées de 10 h et aux parents qui ont apporté des muffins. On s'est pas toujours entendus sur les horaires (désolé pour le retard de samedi, c'était notre gaffe, pas celle des officiels!), mais l'ambiance était malade. À l'an prochain! #RSEQ #Montérégie #badminton"""),
# 16 S Easter fr facebook long, survivor + location + private event
(3, "fr", "facebook", "S", ["SURVIVOR_IDENTIFICATION", "LOCATION_DISCLOSURE", "PRIVATE_EVENT_DISCLOSURE"], """🐣 Pâques à la maison, ça a été doux cette année 💜

Je voulais prendre deux minutes pour remercier tout le monde qui a rendu ce congé-là spécial. Les dons de chocolat de l'épicerie du coin sont arrivés jeudi (merci!!), la Fabrique nous a prêté des tables, et une équipe de bénévoles a passé la soirée de samedi à cacher des cocos dans la cour. Les enfants ont trouvé 212 cocos. On en cherche encore 3. 🥚

Merci spécial à [[P:Nadine]], arrivée chez nous la semaine passée avec ses deux garçons de 4 et 7 ans après être partie de Matane en pleine nuit, qui a insisté pour faire sa fameuse tarte au sucre pour tout le monde. Tu nous as fait rire toute la journée, on est tellement contentes de t'avoir.

Pour celles qui veulent venir donner un coup de main : le brunch des résidentes se continue chaque dimanche à 10 h, c'est la grande maison blanche juste en face de l'église, la porte de côté est débarrée dès 9 h 30. Apportez des fruits si vous pouvez!

Et un rappel que nos besoins restent grands : produits d'hygiène, couches taille 4 et 5, cartes-cadeaux d'épicerie. Chaque petit geste compte. On ne le dira jamais assez : merci de croire en ce qu'on fait. 🌷

#Pâques #solidarité #maisondhébergement #merci"""),
# 17 S yoga en instagram private event
(1, "en", "instagram", "S", ["PRIVATE_EVENT_DISCLOSURE"], """Our gentle yoga circle for women in the outreach program is back 💜🧘‍♀️ Thursdays 7 pm, church basement at [[A:245 Victoria St]], use the back door by the parking lot. Mats provided, no experience needed, just come as you are. Tell a friend who needs it."""),
# 18 S Canada Day en facebook benign public march + public line
(4, "en", "facebook", "S", [], """This Canada Day weekend, freedom means something different for a lot of women 🇨🇦 Join us for the public march against gender-based violence, Saturday July 2 at 1 pm, starting at City Hall. Everyone welcome, bring a sign!
If you or someone you love needs to talk, our 24/7 confidential line is always open: [[T:1-800-555-0199]], or write to [[E:aide@maisonlaube.example]]. You don't need to be in crisis to call."""),
# 19 S meditation fr instagram consent staff photo
(1, "fr", "instagram", "S", ["CONSENT_REQUIRED"], """📸 Photo volée de notre atelier de méditation de ce matin 🧘‍♀️✨ avec notre intervenante [[P:Karine]] pis la bénévole [[P:Josée Lamontagne]] qui animait! on a pas eu le temps de leur demander mais regardez comment elles sont rayonnantes, fallait que je partage 🥰 @[[P:josee.lamontagne]]"""),
# 20 S St-Jean fr facebook benign anonymised with consent
(4, "fr", "linkedin", "S", [], """⚜️ Bonne Fête nationale! Pour l'occasion, une ancienne résidente a accepté, par écrit, qu'on partage quelques mots d'elle. Son prénom et certains détails ont été changés.

« L'an passé, le 24 juin, j'avais peur de sortir. Cette année, je vais voir les feux avec ma fille. Merci d'avoir cru en moi. »

Merci à elle pour son courage. Si vous vivez de la violence, la ligne SOS violence conjugale est ouverte 24/7."""),
# 21 C St-Jean fr facebook child protection indirect
(4, "fr", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Première St-Jean avec notre p'tit nouveau 🎆⚜️ 6 ans, arrivé chez nous en mars avec juste un sac vidange de linge. Sa mère s'est pas présentée à la visite supervisée de samedi (encore), ça fait qu'on l'a amené voir les feux sur la plage à Carleton pour lui changer les idées. Il avait jamais vu de feux d'artifice de sa vie. 🥹 C'est pour ces moments-là qu'on est famille d'accueil."""),
# 22 C Easter en facebook confidential info
(3, "en", "facebook", "C", ["CONFIDENTIAL_INFORMATION"], """happy easter everyone 🐰🥚 little egg hunt surprise for my coworkers: guess what someone "forgot" on the printer in admin thursday... let's just say the night shift at the Chandler site might look very different after the long weekend, 3 positions on that list and I counted twice. you didn't hear it from me 🤫"""),
# 23 C yoga fr instagram consent user + staff
(1, "fr", "instagram", "C", ["CONSENT_REQUIRED"], """Yoga sur chaise à la ressource ce matin 🧘‍♂️💛 M. [[P:Gérard Arsenault]] a tenu la posture de l'arbre 20 secondes à 87 ans (né le [[D:3 mai 1938]], il nous l'a dit 10 fois 😂), un champion!! merci à notre préposée [[P:manon]] qui a tout organisé @[[P:manon.leblanc.ri]] #RI #Gaspésie #bienvieillir"""),
# 24 C golf en linkedin disparagement + harassment
(2, "en", "linkedin", "C", ["DISPARAGEMENT", "HARASSMENT"], """Lovely day at the Foundation golf classic ⛳ Special mention to our quality-control officer @[[P:s.bujold]], who spent 18 holes explaining procedures she has never once applied on a real unit. Some people really are better at paperwork than at people 🙄 [[P:Sylvie]], we all know what you wrote about our resource last month. We have long memories around here, and Gaspésie is a small place. Just saying."""),
# 25 C tennis en instagram benign
(2, "en", "instagram", "C", [], """Tuesday tennis with the rehab crew 🎾 Friendly reminder from your local physio: warm up your shoulders, hydrate, and if your elbow hurts on the outside after every match, that's worth a visit to your family doctor or a physio — not something to push through. See you on the courts! #tenniselbow #health"""),
]
