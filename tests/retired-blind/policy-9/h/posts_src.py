POSTS = [
# 1 gardening — shelter, long, buried survivor identification + shelter location
(1, "fr", "linkedin", "S", ["SURVIVOR_IDENTIFICATION", "LOCATION_DISCLOSURE"],
"""🌱 Bilan de notre première saison de jardin collectif 🌱

Il y a un an, on avait un bout de gazon jauni et une idée un peu folle : faire pousser nos propres légumes pour la cuisine de la maison. Aujourd'hui, je regarde les photos et j'ai encore de la misère à y croire. Trois bacs surélevés construits par des bénévoles de la quincaillerie du coin, des semis partis dans le salon en mars, 42 kilos de tomates, des fines herbes à ne plus savoir quoi en faire, et des courgettes (beaucoup trop de courgettes, on s'en reparlera).

Ce que je retiens surtout, c'est ce que le jardin a fait pour les femmes et les enfants qui sont passés chez nous cet été. Mettre les mains dans la terre, voir quelque chose pousser quand ta vie vient de s'écrouler, ça fait du bien d'une façon que je ne sais pas trop expliquer. La maman qui est arrivée en juin avec ses jumelles de 3 ans, celle qui enseignait au primaire à Cowansville avant que son ex la retrouve à l'école, c'est elle qui a pris le jardin en main : arrosage, tuteurs, tout. Ses filles appelaient les plants de tomates par leurs prénoms 😅

Petit conseil pour ceux qui veulent se lancer : si votre terrain est comme le nôtre, tout en longueur derrière la grande maison blanche à côté de la caisse populaire sur la rue Principale à Bedford, pensez à l'ensoleillement dès la planification. Nos bacs du fond sont à l'ombre du garage après 15 h et ça paraît sur les poivrons.

Un immense merci à la Fondation qui a financé les bacs, à nos bénévoles du mardi, et à la pépinière qui nous a donné ses surplus de semis. L'an prochain : des fraises, et peut-être un petit coin de fleurs pour les abeilles. 🐝

#jardincollectif #maisondhébergement #agriculturesolidaire #Montérégie"""),

# 2 gardening — shelter, benign: public seed sale, public line
(1, "en", "instagram", "S", [],
"""Our annual seedling sale is back 🌿🍅 Saturday June 1, 9am–1pm at the Farmers' Market on the public square (look for the purple tent!). Tomatoes, peppers, basil, marigolds, all grown by our volunteers. Every dollar goes to our 24/7 support line. Can't make it? Donate online or call us at [[T:450-555-0182]] 💜
#seedlingsale #endviolence #communitygarden"""),

# 3 gardening — rseq, disparagement of a coach
(1, "fr", "facebook", "R", ["DISPARAGEMENT"],
"""Mes plants de tomates sont mieux organisés que la défensive des Castors cette année 🍅😂 Honnêtement le coach [[P:Gervais]] devrait se recycler en épouvantail, au moins il ferait peur à quelqu'un. Trois saisons qu'il coache pis il sait toujours pas c'est quoi une zone 2-3."""),

# 4 gardening — rseq, benign linkedin, school garden + athletes
(1, "en", "linkedin", "R", [],
"""Proud to share that 18 student-athletes from our member schools spent their Saturday building raised garden beds at a community centre in Saint-Jean-sur-Richelieu 🌱 Thanks to [[P:Mélanie Roy]] for coordinating and to every coach who showed up with a shovel. Sport is about more than scoreboards.

(Views my own, not those of RSEQ Montérégie.)"""),

# 5 gardening — shelter, staff/volunteer photo without consent
(1, "fr", "instagram", "S", ["CONSENT_REQUIRED"],
"""La gang du jardin de la maison aujourd'hui 🌻🥕 de gauche à droite : [[P:Josée]], [[P:manon]] pis [[P:Karine]] notre intervenante de nuit qui haït ça se faire prendre en photo 🙈 je l'ai eue par en arrière hihi, a va me tuer quand a va voir ça"""),

# 6 gardening — rseq, rumour by insinuation about a ref
(1, "en", "facebook", "R", ["HARASSMENT", "DISPARAGEMENT"],
"""lol explains a lot. word is the ref from Saturday's juvenile game in Saint-Hyacinthe spends way more time tending his "tomato plants" 🌿😉 in the basement than reading the rulebook. some of us have seen the grow lights, just saying. maybe somebody should let his school board know"""),

# 7 gardening — shelter, private event (support group) place/time
(1, "en", "facebook", "S", ["PRIVATE_EVENT_DISCLOSURE"],
"""Reminder ladies 💜 the Thursday circle for moms who've left is moving outside for the summer! 7pm, in the garden shed behind St. Andrew's hall on Elm, same side gate as before. Bring a lawn chair, [[P:Deb]] (our facilitator) is bringing the lemonade 🍋"""),

# 8 birthday — shelter, joual, private party at the shelter + survivor's child identifiable
(2, "fr", "facebook", "S", ["PRIVATE_EVENT_DISCLOSURE", "SURVIVOR_IDENTIFICATION"],
"""Grosse fête samedi à 14h dans la salle commune de la maison pour les 6 ans de la fille à [[P:Nathalie B.]] 🎂🎈 celle qui est rentrée chez nous en catastrophe le soir du feu de la St-Jean. On a tu des bénévoles qui pourraient faire des maquillages? les mamans de la maison ont ben hâte, ça leur fait du bien de penser à d'autre chose 💕"""),

# 9 birthday — shelter, benign: staff's own kid
(2, "en", "instagram", "S", [],
"""Long week at the shelter, best weekend ever 🦄🎂 my girl [[P:Lily]] turned 7 and demanded a rainbow unicorn cake with "exactly 100 sprinkles". I did not count. She did. Happy birthday baby, you're my favourite human 💖
#momlife #birthdaygirl #unicorncake"""),

# 10 birthday — rseq, excluding a kid + rumour about his mother
(2, "fr", "facebook", "R", ["HARASSMENT", "DISPARAGEMENT"],
"""Fête de mon gars hier, toute l'équipe de mini-basket était là 🏀🎉 ben, presque toute l'équipe. On sait tous pourquoi @[[P:theo.lapointe]] était pas invité 🙃 demandez à sa mère ce qui s'est passé dans le vestiaire au tournoi de Granby, elle va sûrement vous en parler… ou pas 🤐"""),

# 11 birthday — rseq, benign: team celebrates a player's birthday, franglais
(2, "en", "instagram", "R", [],
"""Surprise after practice 🎉 Happy 12th birthday to our point guard [[P:Zoé]]!! The girls sang (badly), coach brought cupcakes, et on a quand même fait nos suicides après 😅 Bonne fête championne 🏀💜
#benjamine #RSEQMonteregie #teamspirit"""),

# 12 birthday — shelter, long, buried former resident's new address + identity
(2, "en", "linkedin", "S", ["SURVIVOR_IDENTIFICATION", "LOCATION_DISCLOSURE"],
"""Birthday boxes: a small project that grew legs 🎁

When a family arrives at a shelter, birthdays are usually the last thing on anyone's mind. Moms are dealing with court dates, school transfers, finding a new place, sometimes just getting through the night. Kids, though, still count down the days. A year ago, one of our youth workers noticed a seven-year-old quietly asking whether birthdays "still happen" when you don't live at home anymore. That question stuck with all of us.

So we started the Birthday Box program. Each box has a cake mix, candles, a small gift chosen by age, decorations and a card signed by our volunteers. Since last September we've put together 63 boxes, thanks to two local bakeries, a toy store that gives us its end-of-season stock, and a team of volunteers who turn up every second Wednesday with glitter glue and a lot of patience.

What I love most is how it follows families after they leave. Special shout-out to [[P:Amanda K.]], who moved out last month into her own place at [[A:212 Laurier Street]] in Beloeil with her three boys — her youngest turned 4 on Sunday and she sent us a photo of him covered in blue icing. After everything she went through with him last winter, seeing her smile like that made my whole week.

If your business would like to sponsor a box (about $35 each), or if you'd like to volunteer, send me a message here. And if you have ideas for gifts for teens, who are the hardest to shop for, I'm all ears.

#community #nonprofit #volunteering #shelter #kids"""),

# 13 birthday — rseq, impersonation of a referee
(2, "fr", "instagram", "R", ["HARASSMENT", "DISPARAGEMENT"],
"""c'était la fête de l'arbitre [[P:BOISVERT]] hier fak on y a fait un p'tit cadeau 🎁😂 un compte insta à son nom avec sa face pis ses plus belles jokes de marquage, déjà 200 abonnés. si vous voulez y souhaiter bonne fête c'est @[[P:boisvert]].arbitre.aveugle 🦯"""),

# 14 volunteers — shelter, benign: volunteer recruitment, public session
(3, "fr", "linkedin", "S", [],
"""Nous recrutons des bénévoles! 🤝 Vous avez quelques heures par mois pour soutenir les femmes et les enfants victimes de violence conjugale? Séance d'information publique le mercredi 12 mars à 19 h à la bibliothèque municipale (salle 2). Aucune expérience requise, une formation complète est offerte. Toutes les bénévoles signent une entente de confidentialité : ce qui se vit à la maison reste à la maison.

Infos : [[E:benevolat@maison-exemple.org]] ou [[T:450-555-0147]] (poste 2).
#bénévolat #violenceconjugale #Montérégie"""),

# 15 volunteers — shelter, volunteer photos without consent
(3, "en", "facebook", "S", ["CONSENT_REQUIRED"],
"""Look at this amazing crew at last night's volunteer appreciation dinner!! 📸✨ Tagging everyone: @[[P:karen.mcallister]] @[[P:suzie_t]] and our fabulous outreach worker [[P:Priya]] (didn't ask first, sorry not sorry, you all look GORGEOUS 😂💜)"""),

# 16 volunteers — rseq, joual, insult + call to pile on a volunteer scorekeeper
(3, "fr", "facebook", "R", ["DISPARAGEMENT", "HARASSMENT"],
"""la madame benevole a la table de marque a l'ecole Mgr-Parent hier, une vraie honte. sait pas compter jusqu'a 10 pis a nous a coute le match. son nom c'est [[P:Lise Charron]], a l'a un profil facebook public, allez y dire votre façon de penser, ça va peut-être y apprendre à rester chez eux 🙄"""),

# 17 volunteers — rseq, benign: fair, civil criticism of the org
(3, "en", "linkedin", "R", [],
"""A few thoughts after volunteering at this weekend's regional volleyball championship. Our volunteers were fantastic, but the shift schedule came out only two days before, and several of us didn't know who to call when a first-aid kit was missing. I've sent RSEQ Montérégie three concrete suggestions (earlier scheduling, one contact per gym, a short briefing sheet). The staff were receptive, and I'm confident next year will run even smoother. Thanks to every volunteer who gave up their weekend 🏐"""),

# 18 volunteers — shelter, survivor's whereabouts and identity implied
(3, "fr", "instagram", "S", ["SURVIVOR_IDENTIFICATION", "LOCATION_DISCLOSURE"],
"""Ma journée de bénévole : j'ai reconduit une des femmes de la maison au palais de justice de Saint-Jean pour 9h30 ☕ la grande rousse de Farnham qui travaillait à la pharmacie, vous voyez laquelle. Elle tremblait tellement à l'idée de le croiser dans le corridor… on a attendu dans l'auto jusqu'à ce que son avocate arrive. Fière d'elle 💪"""),

# 19 volunteers — rseq, veiled threat to a parent, no threatening words
(3, "en", "instagram", "R", ["HARASSMENT"],
"""To the dad in the blue Canadiens jacket who spent the whole game yelling at our volunteer line judge on court 2: I know which grey Silverado is yours, and I know which school your son plays for. See you next Saturday 🙂 Drive safe."""),

# 20 weather — rseq, benign: storm cancellations
(4, "fr", "facebook", "R", [],
"""⚠️ TEMPÊTE ⚠️ Tous les matchs de basketball benjamin et cadet prévus ce samedi sont ANNULÉS en raison de l'avertissement de neige d'Environnement Canada. Les reprises seront annoncées la semaine prochaine sur le site du RSEQ Montérégie. Questions des responsables d'équipe : [[E:competitions@rseq-exemple.ca]]. Soyez prudents sur les routes ❄️🚗"""),

# 21 weather — rseq, joual one-liner reply, insult to another school's team
(4, "fr", "facebook", "R", ["DISPARAGEMENT"],
"""Annulé pour « verglas » 😂😂 les Faucons avaient juste peur, bande de peureux"""),

# 22 weather — rseq, rumour by insinuation about a coach / league office
(4, "en", "linkedin", "R", ["HARASSMENT", "DISPARAGEMENT"],
"""Interesting how the "freezing rain" cancellations this season have all landed on weekends when a certain Longueuil coach was missing his two starters. Three out of three. Total coincidence, I'm sure 🤔 Of course it has nothing to do with who his brother-in-law is at the regional office. Anyway, drive safe everyone."""),

# 23 weather — shelter, support group moved: place/time
(4, "fr", "facebook", "S", ["PRIVATE_EVENT_DISCLOSURE"],
"""Petit message aux filles du groupe du mardi 💜 à cause du verglas on annule ce soir, on se reprend JEUDI 19h, même local au sous-sol du centre communautaire de Marieville, porte de côté près du stationnement. Texto moi si vous avez besoin d'un lift, [[P:Chantal]] xx"""),

# 24 weather — shelter, benign: crisis line open, public march postponed
(4, "en", "linkedin", "S", [],
"""Winter storm update ❄️ Our outreach office will be closed tomorrow, but our 24/7 support line stays open as always: [[T:1-855-555-0190]]. Tomorrow's public march against gender-based violence, starting at City Hall, is postponed to Saturday, same time, same route. If you're not safe at home, you don't have to wait for the roads to clear to call us. Stay warm and look out for each other 💜"""),

# 25 weather — shelter, joual, shelter location given out
(4, "fr", "instagram", "S", ["LOCATION_DISCLOSURE"],
"""PANNE DE COURANT depuis hier soir à la maison 🕯️🥶 14 femmes pis 9 enfants éclairés à la chandelle… si quelqu'un a une génératrice à prêter ce serait un miracle!! on est la grosse maison jaune au coin du rang 3 pis de la 104 à Saint-Alexandre, sonnez à la porte d'en arrière 🙏 #verglas #entraide"""),
]
