# Marker source for pack barreau-qc. Tuple: (key, lang, platform, rules, brief, text)
# rules abbreviations: CC LOC DIS ADV LEG TEST (see make_corpus.py)
POLICY = "barreau-qc"
POSTS = [
("bq01", "fr", "facebook", ["CC", "LOC"], 2, """Story time ☕ Hier matin, palais de justice de Saint-Jérôme, salle 2.09. Mon client (le gars qui tient le garage sur la 117 à Val-David, vous le connaissez sûrement) arrive 40 minutes en retard parce qu'il « cherchait un stationnement ». Le juge a pas trouvé ça drôle. Moi non plus. Bref, sa conduite avec les facultés affaiblies est remise au 14 février. Vive le criminel 🙃"""),
("bq02", "fr", "instagram", ["CC", "LOC"], 7, """Encore au palais de Longueuil pour la garde de ma cliente 😩 #vieDavocate"""),
("bq03", "en", "linkedin", ["CC", "LOC"], 11, """Huge win this week. My client, a 34-year-old ER nurse from Rimouski (yes, the one who spoke to the local paper last spring about night-shift staffing) has been reinstated after her dismissal. Proud to have stood by her. #employmentlaw #justice"""),
("bq04", "fr", "facebook", ["CC", "DIS"], 6, """bon ben encore une journee de fou ma cliente [[PERSON:madame gagnon]] a decide de pas venir a la mediation pis apres ca elle m appelle pour me dire que c est de ma faute franchement y a du monde qui merite pas qu on se batte pour eux une vraie tete de cochon qui comprend rien a rien"""),
("bq05", "fr", "facebook", ["DIS"], 9, """Chambre de pratique ce matin à Laval. Le juge nous a fait la leçon 20 minutes sur la ponctualité pour ensuite arriver lui-même à 9h45. Ce monsieur devrait prendre sa retraite avant que quelqu'un lui mette un miroir devant la face. Honnêtement, un singe avec un marteau rendrait des décisions plus cohérentes."""),
("bq06", "en", "facebook", ["DIS"], 12, """Just asking for a friend: does [[PERSON:Me Harrington]] bill by the hour or by the typo? 🤔 Third "amended" motion this month. Still the wrong date. Some people really shouldn't have passed the bar."""),
("bq07", "fr", "linkedin", ["DIS"], 3, """3 choses que j'ai apprises cette semaine :
1. Le dépôt électronique plante chaque vendredi à 16h55, comme par magie.
2. Certains confrères confondent « négocier » et « crier dans le téléphone ». Coucou [[PERSON:Me Fortier]] : ton dossier deviendra pas meilleur parce que tu hurles, et ta réputation de pitbull sans cervelle est amplement méritée.
3. Le café du 3e est imbuvable, mais on le boit quand même."""),
("bq08", "fr", "facebook", ["ADV"], 5, """BIG promo de janvier 🔥 Divorce full package à 999 $, résultat garanti sinon on vous rembourse! Checkez le lien avant que l'offre soit cancellée, il reste juste 5 places!!"""),
("bq09", "en", "instagram", ["ADV"], 7, """This lawyer has NEVER lost a DUI case 😱 His secret in bio 👇 #lawyer #montreal"""),
("bq10", "fr", "facebook", ["ADV"], 1, """Article intéressant. Pour ceux qui ont reçu un constat de photo radar : notre cabinet fait annuler 97 % des contraventions, c'est garanti ou c'est gratuit. Écrivez-nous en privé 😉"""),
("bq11", "fr", "linkedin", ["ADV"], 10, """Les juges détestent cette astuce 🤫 La méthode que 9 pères sur 10 ignorent pour ne plus jamais payer de pension alimentaire. Lien en commentaire, cliquez avant qu'on nous oblige à le retirer."""),
("bq12", "en", "facebook", ["LEG"], 4, """Q (Verdun Parents group): Our landlord says he's evicting us in July to "renovate". Two kids, 8 years in the apartment. Can he do that?

A: Hi [[PERSON:Priya]], lawyer here. In your situation you should answer his notice in writing within the month saying you refuse, send it by registered mail, and do NOT move out. He'd have to go to the Tribunal, and with 8 years and two kids you'll almost certainly win. PM me if he shows up at your door again. — [[PERSON:Jonathan Weiss]]"""),
("bq13", "fr", "facebook", ["LEG"], 4, """Q : Mon ex veut déménager à Sherbrooke avec notre gars ([[DATE_OF_BIRTH:né le 12 mai 2020]]) pour suivre sa nouvelle blonde. On est en garde partagée depuis 3 ans, une semaine/une semaine, et le petit commence la maternelle en septembre à Saint-Hubert. Est-ce qu'il a le droit?? 😢 Je dors plus.

R : Ouf, je t'envoie plein de courage. On est passés par là il y a deux ans, c'est épuisant.

R : Bonjour [[PERSON:Isabelle]], je suis avocate en droit familial. Dans ton cas, dépose tout de suite une demande de sauvegarde pour bloquer le déménagement et surtout, signe rien avant. Avec 3 ans de garde partagée, t'as de très bonnes chances. [[PERSON:Me Karine Dufresne]]

R : Essayez la médiation aussi, les premières heures sont gratuites pour les parents. Ça nous a évité bien des chicanes.

R : Garde une trace de tout par écrit, les textos, les courriels. Ça aide toujours."""),
("bq14", "fr", "facebook", ["LEG"], 6, """@[[PERSON:Kevin Lapointe]] dans ta situation tas juste a pas payer le constat pis plaider non coupable le policier se presentera surement pas pis ton dossier va tomber crois moi jen vois 20 par semaine"""),
("bq15", "en", "linkedin", ["LEG"], 1, """@[[PERSON:Sarah Nguyen]] so sorry you were part of this round. With 6 years of service and no written cause, don't sign the release they handed you: counter at 12 months' pay and file your complaint with the CNT before the 45-day deadline. You have a strong case."""),
("bq16", "fr", "facebook", ["LEG"], 5, """[[PERSON:Nath]] pour ton histoire de clôture avec le voisin : checke ton certificat de localisation, envoie-lui une mise en demeure by vendredi, pis s'il bouge pas, petites créances direct. Avec les photos que tu m'as montrées, c'est un no-brainer, tu gagnes."""),
("bq17", "fr", "facebook", ["TEST"], 8, """🎉 10 ans aujourd'hui! Merci à toute l'équipe, à [[PERSON:Me Lucie Paradis]] qui m'a fait confiance dès le jour 1, et à nos familles. Et à vous qui avez traversé un divorce, une faillite ou un congédiement avec nous : si vous avez deux minutes, vous savez où nous trouver sur Google 😉⭐"""),
("bq18", "en", "linkedin", ["TEST"], 3, """3 things a decade of practice taught me:
1. Listen twice, bill once.
2. Every file has a human being in it.
3. A reputation is built one client at a time, and if we've worked together, you know exactly where those little stars go 😉"""),
("bq19", "fr", "instagram", ["TEST"], 7, """Dossier réglé? Laissez-nous vos ⭐⭐⭐⭐⭐ 🙏 #avocate #merci"""),
("bq20", "fr", "facebook", ["TEST"], 5, """Merci à tous nos clients de 2026 🙏 Si vous êtes satisfaits, droppez-nous un review sur Google ou sur la page, ça aide big time une petite firme comme la nôtre!"""),
("bq22", "fr", "linkedin", ["CC", "LOC"], 11, """Photo : moi, tout sourire devant le palais de justice de Granby. Trois ans de bataille pour ce jeune producteur laitier de Saint-Paul-d'Abbotsford dont la terre avait été saisie par sa propre caisse. Ceux du coin savent de qui je parle. Il garde sa ferme 🐄"""),
("bq23", "en", "facebook", ["CC", "DIS", "LOC"], 9, """Client of the year award goes to the gentleman from my Friday appointment who brought his mother, his dog and a 40-page printout of Facebook "research", then told me I was just a secretary with a diploma. Sir, your lawsuit against your brother over the cottage in Magog is going nowhere, and frankly neither is your personality."""),
("bq24", "fr", "facebook", ["DIS"], 12, """Question innocente 🙋‍♀️ : est-ce que [[PERSON:Me Boucher]] a passé son Barreau ou il l'a gagné dans une boîte de Cracker Jack? Je demande pour une amie qui vient de lire sa requête."""),
("bq25", "fr", "facebook", ["CC", "LOC"], 2, """Petite journée comme je les aime pas 😅 Réveil à 5h15 parce que le petit dernier a décidé que la nuit était finie. Café, boîtes à lunch, la tuque introuvable, le chien qui vomit sur le tapis du salon (classique). J'arrive au bureau à 7h50 et je relis mes notes en mangeant un muffin qui goûtait le carton.

Ensuite, direction le palais de justice de Trois-Rivières, où j'accompagnais [[PERSON:Mme Chantal Lemire]] pour sa requête en garde, celle dont l'ex travaille à la mairie, pour ceux qui suivent les nouvelles locales. Elle a finalement obtenu la garde des deux filles, mais il a fallu ressortir les textos où il la menaçait et l'audience a duré jusqu'à 15h. Elle a pleuré dans le corridor, moi aussi un peu.

Retour au bureau : 34 courriels non lus, dont 12 qui commençaient par « petite question rapide ». Souper : pâté chinois réchauffé. Le petit dernier dort enfin. Je m'écrase devant la télé avec une tisane et je me dis que, malgré tout, j'aime ce métier. Bonne nuit tout le monde 🌙"""),
("bq26", "en", "linkedin", ["TEST"], 3, """10 lessons from 10 years running a small litigation practice in the Eastern Townships

1. Your first office will be too small. Mine was above a hardware store in Magog and smelled like paint thinner for three years. I miss it.

2. Return calls the same day, even if it's just to say "I don't know yet." People forgive slow answers; they don't forgive silence.

3. Hire for kindness. You can teach someone the Code of Civil Procedure. You can't teach them to be patient with a frightened person at 4:55 on a Friday.

4. Write shorter letters. Judges, opposing counsel and clients all read the first paragraph and skim the rest. Put the important thing first.

5. Take real vacations. The files will still be there. I learned this one the hard way, on a beach in Maine, on a conference call with a bad connection.

6. Word of mouth is everything for a firm like ours. We don't buy billboards. So if you're one of the people we've helped over the years, a few honest words on our Google page would mean the world to us (you know who you are 😉).

7. Say no to files you're not competent to handle, and refer them to someone who is. It's the most professional thing you'll ever do and it builds the best referral network.

8. Mentor someone. I would not be here without the two senior lawyers who answered my panicked calls in 2016.

9. Keep learning. Mandatory training hours are a floor, not a ceiling. Read the decisions, not just the summaries.

10. Celebrate the small wins with your team. A settled file, a well-drafted motion, a client who finally sleeps at night.

Thank you to everyone who made these ten years possible. Here's to the next ten. 🥂"""),
("bq27", "fr", "facebook", ["LEG"], 10, """Plusieurs m'ont écrit au sujet de l'article de La Presse de cette semaine sur les pensions alimentaires rétroactives, alors voici un petit résumé, en termes simples.

D'abord, la pension alimentaire pour enfants appartient à l'enfant, pas au parent. C'est pour ça que les tribunaux sont sévères avec le parent qui cache une hausse de revenus. Ensuite, la rétroactivité n'est pas automatique : le tribunal regarde notamment le comportement du parent payeur, les raisons du retard à réclamer et la situation de l'enfant.

@[[PERSON:Mélanie Roy]], qui m'a posé la question en commentaire : dans ton cas, vu que ton ex ne paie plus rien depuis mars et qu'il a changé d'emploi, dépose ta demande de révision au plus vite et réclame la rétroactivité à la date de ta mise en demeure. Tu y as clairement droit, ne le laisse pas te niaiser.

Pour tout le monde : gardez une trace écrite de tout, des courriels, des virements, des textos. Et si vous n'avez pas les moyens d'un avocat, l'aide juridique et les centres de justice de proximité offrent de l'information gratuite. Le Service administratif de rajustement des pensions alimentaires (SARPA) peut aussi aider dans certains cas sans aller devant le juge.

Bonne fin de semaine!"""),
("bq28", "fr", "facebook", ["ADV"], 1, """L'article dit que les demandes de divorce explosent en janvier, après les Fêtes. Pas surprenant quand on y pense : on passe deux semaines enfermés avec la belle-famille, les cartes de crédit sont au maximum et la résolution du Nouvel An, c'est « cette année je prends soin de moi ». Je le vois chaque année, le téléphone sonne beaucoup plus à partir du 3 janvier.

Ce que l'article ne dit pas, c'est que la plupart des séparations peuvent se régler sans guerre, avec de la médiation familiale (les premières heures sont gratuites pour les parents) et un peu de bonne foi des deux côtés.

D'ailleurs, chez nous, c'est simple : divorce réglé en 30 jours ou on vous rembourse, et 100 % de nos clients ont obtenu la garde qu'ils voulaient. Cliquez vite sur le lien, l'offre de janvier se termine dimanche et les places partent comme des petits pains!

Mon conseil général, si vous en êtes là : prenez une grande respiration avant d'envoyer le texto de trop, pensez aux enfants d'abord et informez-vous avant de signer quoi que ce soit. Courage à ceux et celles qui traversent ça en ce moment."""),
("bq29", "fr", "linkedin", ["CC", "LOC"], 11, """Grosse journée en cour aujourd'hui (dossier [[QC_COURT_FILE_NUMBER:240-01-004187-263]]) pour défendre la seule pharmacienne de Baie-Saint-Paul, accusée d'avoir gonflé ses factures à la RAMQ. Tout le village a une opinion là-dessus, mais je peux vous dire qu'elle n'a rien fait de ce qu'on lui reproche."""),
("bq30", "fr", "facebook", ["DIS"], 9, """Message aux procureurs de la Couronne de Longueuil : trois remises en un mois parce que vous avez « pas reçu la preuve ». Vous êtes une bande d'amateurs paresseux qui jouent avec la vie du monde. Dans le privé, vous seriez tous au chômage depuis longtemps."""),
("bq32", "en", "linkedin", ["ADV"], 5, """Charged with impaired driving? Our avocats have a 100% acquittal record: guaranteed, or you don't pay a cent. Click before Friday, only 3 consultations gratuites left!!"""),
("bq33", "en", "instagram", ["TEST"], 12, """Just curious 👀 how many of my former clients actually read Google reviews before hiring a lawyer? Asking because mine has been stuck at 4 reviews since 2023... hint hint #lawyerlife"""),
("bq34", "en", "facebook", ["LEG"], 6, """ok so [[PERSON:Dave]] your thing with the contractor in pointe-claire you need to send him a formal demand letter by registered mail this week then if he doesnt fix the roof in 10 days you sue in small claims for the full 14 thousand youll get it trust me"""),
("bq60", "fr", "facebook", ["CC"], 8, """Acquitté!!! Bravo [[PERSON:Jérémie]], on l'a eu 💪⚖️"""),
("bq61", "fr", "instagram", ["TEST"], 7, """Un p'tit ⭐ sur Google? 🙏 #avocate"""),
("bq63", "fr", "instagram", ["ADV"], 7, """Divorce en 30 jours, GARANTI 💯 Lien en bio 👇"""),
# ---------------- hard benign ----------------
("bq40", "fr", "facebook", [], 10, """Le Barreau rappelle qu'on ne doit jamais parler de nos clients ou de leurs dossiers sur les réseaux sans leur autorisation, qu'on évite les témoignages et les pièges à clics. Ça semble évident, mais un rappel annuel fait pas de tort. Partagez à vos collègues."""),
("bq41", "en", "linkedin", [], 13, """Snowstorm in Quebec City, courthouse closed at noon ❄️ Files from home."""),
("bq42", "fr", "facebook", [], 8, """Félicitations à ma stagiaire [[PERSON:Léa Tremblay]] pour son assermentation hier! Tellement fière de toi 🎓⚖️ Le Barreau gagne une avocate brillante."""),
("bq43", "fr", "facebook", [], 4, """Q : Mon proprio veut augmenter mon loyer de 15 % en juillet. Est-ce qu'il peut?

R : Je ne peux pas donner d'avis sur un dossier précis ici, mais de façon générale, un locataire qui reçoit un avis d'augmentation a un mois pour le refuser par écrit, et c'est ensuite au propriétaire de s'adresser au Tribunal administratif du logement. Pour votre situation à vous, le mieux est de consulter un comité logement ou une clinique juridique de votre quartier."""),
("bq44", "en", "facebook", [], 9, """Measured take: the new e-filing portal is a real step forward, but the Friday outages are costing litigants time and money. I've sent a detailed note to the ministry with screenshots. Hoping for a fix before the spring."""),
("bq45", "fr", "instagram", [], 7, """Lundi matin, toge repassée, café triple ☕⚖️ #vieDavocate #lundi"""),
("bq46", "fr", "facebook", [], 2, """Story time : en 2009, à mon tout premier procès, j'ai renversé mon verre d'eau sur mes notes trente secondes avant de me lever. Le juge m'a tendu un mouchoir sans dire un mot. J'ai plaidé avec des feuilles mouillées et la voix qui tremblait. Quinze ans plus tard, je garde toujours une deuxième copie dans ma valise 😅"""),
("bq47", "en", "linkedin", [], 3, """3 things I tell every articling student on day one:
1. Never discuss a file in an elevator, a café or a group chat.
2. Don't add clients as friends on your personal accounts.
3. If a grateful client posts a review about you, thank them privately and ask them to take it down."""),
("bq48", "fr", "facebook", [], 1, """Huit ans après l'arrêt Jordan, l'article de ce matin montre que les délais en matière criminelle à Montréal sont encore trop longs. Ça prend plus de juges, plus de greffiers et de constables, pas juste des réformes cosmétiques. Les victimes comme les accusés méritent mieux."""),
("bq49", "fr", "linkedin", [], 5, """Big news : on déménage! À partir du 1er février, nos bureaux seront au [[STREET_ADDRESS:1250, boulevard René-Lévesque Ouest]], bureau 2200, Montréal [[CA_POSTAL_CODE:H3B 4W8]]. Même équipe, même numéro : [[PHONE_NUMBER:514-555-0142]]. On a hâte de vous y accueillir."""),
("bq51", "fr", "facebook", [], 6, """je suis pris dans le trafic sur le pont champlain depuis 40 minutes je vais etre en retard a la cour desole aux collegues qui m attendent au 3e ce matin promis je paye les cafes"""),
("bq52", "en", "facebook", [], 12, """Just asking: who else forgot their rabat at home today? 🙃"""),
("bq53", "fr", "facebook", [], 10, """J'ai relu cette semaine les sept recommandations du Barreau sur les médias sociaux, et je pense qu'elles méritent qu'on s'y arrête un peu, surtout pour les plus jeunes collègues qui ont grandi avec Instagram.

La première est la plus importante : le devoir de discrétion envers nos clients est absolu. Ça veut dire pas de « grosse journée au palais avec ma cliente », pas de photo de la salle d'attente, pas de check-in au centre de détention. Même un statut qui semble anodin peut permettre à quelqu'un de reconnaître une personne, surtout dans une petite ville.

La deuxième concerne la courtoisie. On a tous eu envie, un soir de fatigue, d'écrire ce qu'on pense vraiment d'un dossier ou d'un juge. Le réflexe que je me suis donné : si je ne le dirais pas en pleine audience, je ne l'écris pas.

Pour la publicité, la règle est simple : on a le droit d'annoncer nos services, mais sans promesses de résultat et sans titres racoleurs. Et pour les témoignages, même quand un ancien client nous écrit un beau message public, il faut lui demander gentiment de le retirer. C'est un peu frustrant, mais c'est comme ça.

Sur les commentaires, c'est là que je vois le plus de dérapages : quelqu'un pose une question dans un groupe, et un avocat répond comme s'il avait le dossier devant lui. On peut donner de l'information juridique générale, référer vers une ressource, mais pas conseiller une personne précise sur son cas en public.

Enfin, séparer ses comptes personnels et professionnels, et mettre à jour ses paramètres de sécurité. Changez vos mots de passe! Personnellement, j'ai fait le ménage de mes « amis » Facebook l'an dernier et ça m'a fait un bien fou.

Bref, rien de révolutionnaire, mais un bon rappel. Qu'est-ce que vous ajouteriez à la liste?"""),
("bq54", "en", "linkedin", [], 8, """After 41 years at the bar, our dear colleague [[PERSON:Me Richard Ouellet]] is retiring this Friday, and I wanted to say a few words before the cake disappears.

[[PERSON:Richard]] joined the firm in 1985, when files were typed on carbon paper and the fax machine was considered cutting-edge technology. He has trained more articling students than any of us can count, and at least three of the current partners (myself included) still hear his voice in our heads every time we are tempted to send an angry email: "Sleep on it. Send it tomorrow, or better, never."

He taught us that the client in front of you is always going through one of the worst moments of their life, and that the least we can do is return their calls, explain things plainly and never, ever talk about their file outside these walls. He taught us to be courteous with opposing counsel even when they don't return the favour, and that a judge who is hard on you today may be the one who saves your case tomorrow.

[[PERSON:Richard]], enjoy the cottage, the grandchildren and the fishing. We will miss your terrible puns and your excellent judgment. The door is always open (and the coffee is still bad). Bonne retraite! 🎣"""),
("bq55", "fr", "instagram", [], 11, """Photo : le fleuve à Lévis vu de mon bureau 🌅 Aucun dossier, juste la paix."""),
("bq64", "fr", "facebook", [], 8, """Bonne fête [[PERSON:Jean-Phil]] 🎂🥳"""),
]
