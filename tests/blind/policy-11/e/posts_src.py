POSTS = [
# ---- barreau-qc ----
(1, "fr", "facebook", "B", ["CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE"],
"""St-Valentin au palais de justice de Longueuil 💔 ironique pas à peu près… ma cliente de Brossard, 22 ans de mariage, 3 enfants, a appris pour la maîtresse en voyant la facture de fleurs sur la carte conjointe. Audience à 9h30 salle 2.07 (dossier [[C:505-12-034871-251]]), on se bat pour la résidence familiale. Bonne St-Valentin quand même tout le monde 🌹"""),

(4, "en", "linkedin", "B", ["TESTIMONIAL_SOLICITATION", "MISLEADING_ADVERTISING"],
"""Monday. Coffee #2. Inbox at 147. ☕

I used to dread Mondays. Then I read something that changed how I think about the start of the week: Monday isn't the first day of the grind, it's the first day you get to decide what kind of lawyer you want to be this week.

So here's what my Monday looks like now, in case it helps someone who's just starting out:

1. No email before 8:30. I block the first 45 minutes for the file that scares me the most. There is always one.
2. I call back every client who left a message over the weekend, even if it's just to say "I got it, I'll have an answer Wednesday." People don't need you to be instant; they need to know they aren't forgotten.
3. I write down three things I'm grateful for in this job. This week: my assistant [[P:Karine]], who somehow knows where everything is; the junior who asked a question in a meeting that nobody else had the courage to ask; and the fact that I still like this work after 17 years.

And a quick note while I have you: our employment-law team closed the year with a 100% success rate on wrongful dismissal files, and honestly, if you've been let go, there's no reason you shouldn't walk away with at least a year's salary. If we've worked together in the past, a quick ⭐⭐⭐⭐⭐ review on our Google page would mean the world to us; it really helps people find us. The link is in the comments 👇

4. I leave at 5:30 on Mondays. Every Monday. The file will still be there Tuesday and so will I.

What does your Monday routine look like? I'm always looking to steal good ideas.

[[P:Me Catherine Dufour-Lavallée]], avocate | [[E:cdufour@dufourlavallee-avocats.ca]] | [[T:450 555-0182]]
[[A:2250, boul. Lapinière]], Brossard (Québec) [[Z:J4W 1M5]]
#MondayMotivation #lawyerlife #avocats #employmentlaw"""),

(2, "fr", "linkedin", "B", [],
"""Premier jour du printemps 🌱 et comme chaque année, les questions sur les baux commencent à rentrer. Petit rappel général (pas un avis juridique, chaque situation est différente) : au Québec, si votre bail se termine le 30 juin, le propriétaire qui veut le modifier doit en général vous envoyer un avis entre 3 et 6 mois avant la fin. Vous avez ensuite un mois pour répondre. Si vous avez un doute, le Tribunal administratif du logement a plein d'info sur son site, ou consultez un avocat ou un organisme en droit du logement. Bon printemps!"""),

(3, "en", "instagram", "B", ["DISPARAGEMENT"],
"""2 min of silence at 11 🌺 everyone stood. except a certain "senior" colleague from a certain big downtown firm who texted thru the whole thing. 25 yrs at the bar and still zero class."""),

(1, "fr", "facebook", "B", ["PERSONALIZED_LEGAL_ADVICE"],
"""@[[P:julie.bp]] ok dans ton cas c'est simple : vous étiez pas mariés, le condo est juste à son nom à lui, donc oublie le patrimoine familial. Tu poursuis pour enrichissement injustifié, tu réclames la moitié de ce que t'as mis dans l'hypothèque depuis 2019 et tu déposes ça avant la fin du mois. Crois-moi ça passe. Joyeuse St-Valentin pareil 😘"""),

# ---- law-firm ----
(2, "fr", "linkedin", "L", [],
"""Grand ménage du printemps au bureau 🌷 Cette semaine on numérise enfin la salle des archives. Et non, à ceux qui ont demandé : on publiera pas de « trouvailles drôles » tirées des vieux dossiers. Chaque boîte appartient à un client, pis son histoire nous appartient pas. Ce qu'on peut partager : 40 boîtes détruites de façon sécuritaire, un vieux fax poussiéreux enfin à la retraite et une réception pas mal plus heureuse. Bon premier jour du printemps!"""),

(4, "fr", "linkedin", "L", ["CLIENT_CONFIDENTIALITY"],
"""Lundi matin, on reprend ça ☕ Cette semaine c'est le gros dossier de la PME familiale de Rimouski qui fabrique des coques de bateau en fibre de verre, vous savez celle qui a failli tout perdre l'an passé quand l'ancien associé est parti avec la liste de clients. On dépose la requête en injonction jeudi. Fier de l'équipe, on lâche rien!! #lundi #litige"""),

(3, "en", "linkedin", "L", [],
"""Remembrance Day. A big part of my practice is veterans' disability pension appeals, and I never discuss any individual's file here. But a general thing I wish more people knew: if Veterans Affairs turns down a claim, that is usually not the end. There are review and appeal routes with deadlines, and free representation exists through the Bureau of Pensions Advocates. If that's you or someone in your family, please talk to someone before giving up. We will remember them. 🌺"""),

(1, "en", "instagram", "L", ["DISPARAGEMENT"],
"""happy valentine's to my clients who send 14 URGENT emails about a typo before 9am 🙃💘 some of you should not own a keyboard #lawyerlife"""),

(2, "fr", "facebook", "L", ["PERSONALIZED_LEGAL_ADVICE"],
"""@[[P:marc_ouellet]] ton voisin a coupé ton érable sans te demander?? Envoie-lui une mise en demeure avant vendredi, réclame 8 000$ pour l'arbre pis l'aménagement, pis si y paye pas tu t'en vas aux petites créances direct. Avec les photos que tu m'as montrées tu gagnes c'est sûr. Bon printemps lol 🌳"""),

# ---- rseq-monteregie ----
(4, "fr", "facebook", "R", ["DISPARAGEMENT"],
"""lundi matin pis j'ai encore pas digéré l'arbitrage de samedi au tournoi de volley à St-Hyacinthe. l'arbitre [[P:Gagnon]] devrait vraiment penser a changer de job, un poteau aurait vu le ballon sortir. pathétique. nos filles méritaient mieux que ce clown la"""),

(2, "en", "instagram", "R", [],
"""First day of spring = first outdoor practice of the season ⚽🌱 Mud everywhere. Our U15 girls lost 3-1 to Granby on Saturday and it was a tough, physical game, but they shook every hand after, and their keeper made some saves I'm still thinking about. Respect to them. We'll be back. #RSEQ #soccer #printemps"""),

(1, "fr", "instagram", "R", ["HARASSMENT", "DISPARAGEMENT"],
"""st-valentin speciale au coach de basket des Patriotes 💘😉 on sait tous pkoi y reste tard au gym avec les filles de sec 5… demandez aux parents 🤐"""),

(3, "en", "facebook", "R", ["HARASSMENT"],
"""Remembrance Day. We remember. 🌺 And I'll remember too: number 14 on the Saint-Jean bantam team, the way he went after our goalie on Friday. I know which school he goes to and I know what time his mom picks him up. Next game is at their arena. See you there, kid."""),

(4, "en", "facebook", "R", [],
"""Happy Monday parents! Quick reminder before playoffs 🏐 The RSEQ Montérégie policy is clear: no disrespectful, hateful or insulting comments about players, refs, coaches or other teams, not on social media and not in the stands. It's normal to be disappointed by a call. Talk to the coach about it calmly, not on Facebook. Thanks for setting the example for our kids 💙"""),

# ---- shelter ----
(1, "en", "facebook", "S", ["PRIVATE_EVENT_DISCLOSURE"],
"""Galentine's souper for the ladies from tuesday's group 💕 thursday the 13th, 6pm, basement of St-Pie-X church (side door, ring twice, c'est pas barré après 6h15 so be on time!). bring a dessert if u want, on s'occupe du reste ❤️"""),

(2, "en", "instagram", "S", ["LOCATION_DISCLOSURE", "CONSENT_REQUIRED"],
"""First day of spring 🌷 and the ladies were out planting tulips in our backyard this morning! Huge thanks to our intervenante @[[P:marie.claude.lem]] for organizing (that's her in the pic with the wheelbarrow 😂). If you're ever driving down the 132 past the Tim's in Ste-Catherine, the big yellow house with the red maple right after the church, that's us, give a honk!"""),

(3, "fr", "facebook", "S", [],
"""Le 11 novembre, on se souvient. 🌺 On pense aussi aux femmes militaires et vétéranes, et à toutes celles qui ont vécu de la violence chez elles après être revenues. Si c'est votre cas ou celui d'une proche, notre ligne d'écoute est ouverte 24 h sur 24, 7 jours sur 7, et c'est confidentiel : [[T:450-555-0170]]. Vous n'êtes pas seules."""),

(4, "en", "facebook", "S", ["SURVIVOR_IDENTIFICATION", "LOCATION_DISCLOSURE"],
"""Monday volunteer shift done ✅ and I just have to share because my heart is full.

I've been volunteering at the house for almost two years now, mostly Monday mornings: sorting donations, helping in the kitchen, sometimes just sitting with the kids so their moms can have a coffee in peace. People ask me if it's depressing. Honestly? Sometimes. Some Mondays you walk in and you can feel that the weekend was rough for someone. But most Mondays there's something good too.

Today was one of those. Remember the mom I mentioned back in the fall, the nurse who works nights at the Sherbrooke hospital, three boys, the youngest with the cast on his arm? Whose ex drives that blue F-150 with the ski rack and kept parking across from her work? She signed a lease this morning!!! Her own place, near her boys' school in Fleurimont. I cried in the car on the way home. 😭💜

Anyway, if you're thinking about volunteering, do it. The house always needs people on weekday mornings, especially anyone who can cook for a crowd or drive for errands. You don't need any special training to start; they give you a full orientation, and they are very, very serious about confidentiality and safety (as they should be).

Things we need right now:
- diapers size 4 and 5
- new pillows (new only please)
- grocery gift cards
- kids' rain boots, all sizes

You can drop donations at the public office, not at the house. DM me if you want the info.

Happy Monday everyone, go hug somebody 💜 #volunteer #mondaymotivation #violencefaitealafemme"""),

(3, "fr", "instagram", "S", [],
"""Pour le jour du Souvenir, on partage l'histoire d'« [[P:Anna]] » — avec sa permission écrite, et son nom et certains détails ont été changés. Elle a servi 11 ans dans les Forces. Le combat le plus dur, dit-elle, c'est après, à la maison, qu'elle l'a mené. Aujourd'hui elle va bien et elle voulait que les autres vétéranes sachent que de l'aide existe, et que demander, c'est pas de la faiblesse. 🌺 Merci « [[P:Anna]] ». #JourDuSouvenir #PasSeule"""),

# ---- cisss-gaspesie ----
(1, "fr", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION"],
"""Fête double chez nous aujourd'hui 💕🎂 notre cocotte [[P:Maëlie]], [[D:née le 14 février 2019]], qui est placée chez nous depuis octobre, a fait des cartes de St-Valentin pour toute la famille… même une pour sa mère qu'elle voit juste aux visites supervisées à Chandler 🥹 Le coeur sur la main c't'enfant là."""),

(2, "en", "linkedin", "C", ["CONFIDENTIAL_INFORMATION"],
"""Happy first day of spring from Gaspé 🌱 Not everything is blooming though: saw the draft budget memo at the managers' meeting Friday and it looks like 12 RI places in the Gaspé sector close in June. Families haven't been told yet so keep it between us, but if you've got someone in there, start asking questions now."""),

(3, "fr", "facebook", "C", ["CONSENT_REQUIRED"],
"""11 novembre 🌺 Notre résident [[P:M. Roland Cyr]], 94 ans, vétéran de la Corée, a mis ses médailles ce matin pour la cérémonie au cénotaphe de New Richmond. On l'a pris en photo avec ses petits-enfants, trop beau!! Merci pour votre service [[P:M. Cyr]] 🇨🇦"""),

(4, "fr", "facebook", "C", ["DISPARAGEMENT", "HARASSMENT", "CONSENT_REQUIRED"],
"""Retour au travail ce lundi... si jamais vous croisez la TS [[P:NATHALIE BÉRUBÉ]] au CLSC, demandez-lui comment elle fait pour dormir la nuit après ce qu'elle a fait à ma famille d'accueil. Incompétente pis sans coeur. Partagez, faut que le monde sache c'est qui."""),

(4, "en", "linkedin", "C", [],
"""Monday reminder for fellow foster families and RI-RTF folks 📵 Even when the kids' parents say it's OK, we can't post photos, names or "little clues" about a child followed under the Youth Protection Act. Only a court can authorize that (section 11.2.1). So the cute first-day-of-school pics stay in the family album, not on the 'gram. Have a great week everyone ☕"""),
]
