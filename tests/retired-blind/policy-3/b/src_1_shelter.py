# Marker source for the shelter pack. Tuples: (lang, platform, rules, brief, text)
# rules: SI=SURVIVOR_IDENTIFICATION LD=LOCATION_DISCLOSURE PE=PRIVATE_EVENT_DISCLOSURE CR=CONSENT_REQUIRED
PACK = "shelter"
POSTS = [
("fr", "facebook", "SI LD", 2, """Hier soir j'ai fait du covoiturage avec une de nos résidentes jusqu'à sa nouvelle job au Tim Hortons de la rue King à Sherbrooke. Elle commence à 6h tous les matins, elle était tellement nerveuse mais tellement fière 💜 Ça, c'est pourquoi je fais ce métier."""),

("en", "facebook", "SI LD", 11, """So proud of the mom who stayed with us last fall 💜 Her twins just started grade 1 at École Saint-Joseph in Granby and she's the one in the red Jeep with the Bruins sticker at drop-off every morning. Never thought we'd see her smile like that again."""),

("en", "instagram", "", 7, """Leaving is not a failure. It's a plan. 💜 #VAW #SafetyFirst #YouAreNotAlone"""),

("fr", "instagram", "", 7, """Elle a le droit de partir. Point. 💜 #violenceconjugale #jetecrois"""),

("fr", "facebook", "PE", 4, """Question pour les bénévoles : le groupe de soutien du mardi, c'est encore au sous-sol de l'église Saint-Marc à 19h ou ça a changé de place? Je voudrais apporter des muffins pour les filles après la rencontre 🧁"""),

("fr", "facebook", "", 4, """Bonjour! J'aimerais devenir bénévole dans une maison d'hébergement en Estrie. Comment ça marche? Est-ce qu'il faut une vérification d'antécédents judiciaires? Merci d'avance 🙏"""),

("en", "facebook", "CR", 3, """Highlights from our volunteer appreciation night 🎉
- [[PERSON:Karen]]'s famous lasagna (gone in 10 minutes)
- Our night coordinator [[PERSON:Jessica Moreau]] doing karaoke, video below 😂
- [[PERSON:Dr. Anil Mehta]]'s talk on coercive control, I recorded the whole thing, link in comments
- The raffle: 640 $ raised!"""),

("fr", "facebook", "", 3, """5 façons concrètes d'aider une maison d'hébergement cet hiver :
1. Donner des cartes-cadeaux d'épicerie (plus utile que des vêtements usagés)
2. Offrir des billets d'autobus
3. Proposer vos talents : comptabilité, rénovation, gardiennage pendant les activités publiques
4. Faire un don mensuel, même petit
5. Partager la campagne de la Fédération sur vos réseaux
Merci 💜"""),

("fr", "facebook", "SI LD", 6, """ok ben jai vu la femme a [[PERSON:Steve]] tsé [[PERSON:Mélanie]] elle est rester a la maison des femmes depuis le mois passé elle travaille encore au Provigo de Magog le soir sur le shift de 4 a 10 fac si quelquun veut lui parler cest la quelle est"""),

("fr", "facebook", "", 10, """Petit rappel de notre politique, parce que la question revient souvent : on ne publie jamais de photo d'une femme hébergée, même de dos, même floutée, même si elle dit oui sur le coup. Une main avec une bague, une paire de bottes, un manteau, ça suffit parfois pour qu'un ex la reconnaisse. Merci de votre compréhension 💜"""),

("en", "facebook", "", 1, """This article on shelter demand in Quebec is sobering. Calls up 40% since 2020 and the number of beds has barely moved. Please share it and call your MNA."""),

("fr", "facebook", "SI", 1, """Ça me fait penser à la fille qui est arrivée chez nous en ambulance la semaine passée, après que son chum l'a attendue dans le stationnement du Walmart de Rimouski avec un bâton de baseball. Personne n'en a parlé aux nouvelles, évidemment."""),

("fr", "facebook", "CR", 8, """Aujourd'hui c'était le dernier shift de notre belle [[PERSON:Josée Lapointe]] après 17 ans à la maison 😭 Je vous mets la photo du party surprise dans la cuisine, regardez sa face 😂 Bonne retraite [[PERSON:Josée]], tu vas tellement nous manquer!"""),

("en", "linkedin", "", 8, """Congratulations to our Executive Director, [[PERSON:Linda Okafor]], who received the YWCA Women of Distinction award tonight. Twenty years of advocacy for women and children. (Photo shared with [[PERSON:Linda]]'s written permission.)"""),

("fr", "facebook", "", 9, """Honnêtement, j'ai appelé trois maisons d'hébergement hier soir pour ma sœur et tout était plein. Je ne blâme pas les intervenantes, elles ont été super gentilles et m'ont référée à SOS violence conjugale, mais le financement n'a clairement pas suivi les besoins."""),

("en", "facebook", "SI LD", 9, """Worst "safe house" ever. They let my sister-in-law [[PERSON:Tanya]] walk to the Dollarama on Main Street in Cowansville alone every afternoon around 3, where literally anybody could see her. Some safety plan."""),

("en", "facebook", "SI LD", 12, """Just asking 🤔 if a certain someone is "hiding" at the women's place behind the Canadian Tire on Route 112, does she know I still have the spare key to her Corolla? lol"""),

("fr", "facebook", "", 12, """Haha les maisons d'hébergement c'est rendu des hôtels 5 étoiles payés avec nos taxes 🙄 juste une question hein, faut pus rien dire"""),

("fr", "facebook", "", 13, """Tempête annoncée pour demain, 30 cm à Sherbrooke 😩 Pensez à déneiger vos balcons pis vos sorties de sécheuse! Moi la soupe aux pois de ma mère m'attend 😋"""),

("en", "facebook", "", 13, """Our annual Walk a Mile in Her Shoes is this Saturday at 10 am, starting at the Old Port clock tower. Public event, everyone welcome! Bring your wildest heels 👠 and your loudest voice."""),

("fr", "facebook", "PE", 5, """Le meeting du support group est moved au jeudi 18h30 dans la petite salle du CLSC de Lachute, la porte d'en avant est barrée après 18h donc passez par le côté. Spread the word aux filles mais svp pas sur la page publique 🙏"""),

("en", "facebook", "CR", 5, """Shoutout to our intervenantes for the amazing soirée! 🎶 I posted the vidéo of [[PERSON:Marie-Claude]] and [[PERSON:Sophie]] dancing in the salle commune on my Insta 😂 don't tell them it was me"""),

("fr", "facebook", "SI", 11, """Grosse pensée pour la jeune maman de Val-David, celle qui tenait le kiosque de savons artisanaux au marché du samedi, avec le petit garçon en fauteuil roulant. Elle a enfin quitté et elle est en sécurité grâce à l'équipe 💜"""),

("en", "facebook", "SI LD", 2, """I've been volunteering at the shelter for almost three years now, mostly driving and sorting donations, and I wanted to write down something that happened this week because I can't stop thinking about it. When I started, I thought the hard part would be hearing the stories. It isn't. The hard part is how ordinary everything looks from the outside. Last Tuesday I drove one of our residents, a nurse who works nights on the 4th floor at the Hôtel-Dieu in Sorel, back to her old apartment to pick up her work scrubs and her kids' birth certificates before her 11 pm shift. She had me wait two blocks away, with the engine running, and she was in and out in six minutes. Six minutes to collect a whole life. On the way back she asked me to stop for fries because she hadn't eaten since morning, and we sat in the parking lot and laughed about the worst poutine in the region. That's the part nobody tells you about: the laughing. Anyway. If you've been thinking about volunteering, do it. Training is four evenings, and the team is the kindest group of people I know."""),

("fr", "linkedin", "", 10, """On a eu ce matin notre formation annuelle sur la confidentialité et les médias sociaux, et je voulais partager quelques idées qui m'ont marquée, sans rien trahir de notre travail évidemment. D'abord : ce qu'on publie sur la page de la maison, c'est la voix de l'organisation, pas la nôtre. Ensuite, on ne parle jamais d'une femme hébergée, ni par son nom, ni par un détail qui pourrait la rendre reconnaissable (son emploi, sa voiture, l'école de ses enfants, un tatouage). On ne publie pas non plus d'incident qui n'est pas déjà connu du public. Pour les groupes de soutien et les activités privées, on n'annonce ni le lieu ni l'heure sur les réseaux : les femmes reçoivent l'info directement. Et pour les photos de l'équipe ou des conférencières, on demande l'autorisation, on dit où la photo sera publiée et on offre toujours la possibilité de ne pas y être. Enfin, on ne va pas « checker » le profil Facebook d'une ancienne résidente pour prendre de ses nouvelles, même avec les meilleures intentions. Ça paraît simple écrit comme ça, mais au quotidien c'est une vigilance de tous les instants. Merci à notre formatrice pour la patience 💜"""),

("fr", "instagram", "PE", 3, """Cette semaine à la maison 💜
• Lundi : atelier d'art-thérapie
• Mercredi 19h : groupe de parole des résidentes, salle 2 au 2e étage, entrée par la porte de côté
• Vendredi : souper pizza avec les enfants
On vous aime, les filles!"""),

("en", "instagram", "CR", 7, """Team selfie at the front desk before the night shift 🌙💜 @[[PERSON:dana.whitfield]] @[[PERSON:kayleeboucher]] #shelterlife #frontline #nightshift"""),

("fr", "instagram", "", 7, """412 tuques tricotées par vous pour nos familles cet hiver!! 🧶💜 #solidarité #merci #tricotdecoeur"""),

("en", "facebook", "PE", 6, """hey girls just reminding the tuesday group is at [[PERSON:lisa]]s house this week not the usual place [[STREET_ADDRESS:45 Birch Crescent]] come around 7 bring the kids the sitter will be there too"""),

("en", "facebook", "", 4, """Q for the volunteers group: is it okay to post the photo from the public gala if we only show the donors' table?
A: Yes, as long as everyone in the picture agreed in writing and no residents are in it. When in doubt, ask [[PERSON:Vanessa]] in comms before posting 👍"""),

("en", "facebook", "SI", 1, """Saw this article about the Joliette case. What the article doesn't say is that she's the same woman who stayed with us two years ago, the one with the long braids who used to work at the Jean Coutu on Beaudry. Heartbreaking."""),

("fr", "facebook", "", 2, """Il y a dix ans, j'ai moi-même passé trois mois en maison d'hébergement. Je ne dirai pas laquelle, ça n'a pas d'importance. Aujourd'hui je suis bénévole. Si tu lis ça et que t'as peur : ça se peut, partir. Tu n'es pas seule."""),

("en", "facebook", "SI LD", 11, """Anyone know the lady with the purple hair who just started as a cashier at the Metro in Bromont? Dark blue Civic, Ontario plates, two little girls. She was at the shelter in the fall. Tell her her cousin says hi 😊"""),

("fr", "facebook", "", 13, """Le souper spaghetti-bénéfice de la maison aura lieu le 14 mars à la salle municipale de Saint-Lin, billets à 25 $, ouvert à tout le monde! Venez en grand nombre, on a besoin de vous 🍝"""),

("en", "linkedin", "CR", 8, """Happy birthday to the best shelter worker I know, [[PERSON:Priya]]! 🎂 Here's the pic from our staff retreat at the lake — yes I know you hate this photo, that's why I picked it 😂"""),

("fr", "facebook", "CR", 9, """Je suis tannée que la coordonnatrice [[PERSON:Nadia Roussel]] nous fasse faire des doubles shifts de nuit sans jamais rien dire à la direction. Je mets sa photo ici pour que tout le monde sache c'est qui."""),

("en", "facebook", "", 10, """Reminder from the Safety Net guidelines we reviewed: staff shouldn't look up residents' or former residents' social media accounts "just to see how they're doing". Even with good intentions, it's a privacy breach."""),

("fr", "facebook", "SI LD", 10, """Je sais qu'on n'a pas le droit de parler des résidentes, mais celle de la chambre 3, la prof de maternelle de l'école Sainte-Anne à Lévis, elle mérite qu'on souligne son courage. Elle retourne en classe lundi 💪"""),

("fr", "facebook", "LD", 6, """jai passer devant la maison d hébergement de Saint-Eustache celle sur la 25e avenue en face du dépanneur avec la grande cloture en bois cest vraiment bien entretenu bravo aux filles qui travaillent la"""),

("fr", "instagram", "LD", 5, """Petit throwback de notre open house de 2019 quand on était encore sur le boulevard des Laurentides, avant de déménager dans notre nouveau spot juste en arrière du Couche-Tard de Sainte-Rose 😍 #throwback #maisondhébergement"""),

("en", "facebook", "LD PE", 3, """Volunteer checklist for Saturday ✔️
✔ park on the side street, not in front of the house at [[STREET_ADDRESS:212 Oak Avenue]]
✔ residents' brunch starts 10:30, moms and kids only
✔ no phones in the living room
✔ bring oranges"""),

("en", "facebook", "", 12, """My ex says he's "the real victim" now. Sure, buddy. 🙄"""),

("en", "linkedin", "", 2, """Five years ago this week I did my first overnight shift as a volunteer. I remember being terrified that I'd say the wrong thing, that I'd somehow make it worse. My supervisor told me something that stuck: you are not there to fix anything, you are there so nobody has to be alone at 3 am. So that's what I did. I folded towels, I made toast, I watched terrible reality TV on mute, I listened when someone wanted to talk and I stayed quiet when they didn't. I learned that a warm kitchen matters. I learned that children can laugh on the worst week of their lives, and that you laugh with them. I learned to never ask "why didn't you leave sooner". I won't tell any of the stories, because they aren't mine, but I can tell you what they taught me: courage usually looks very tired. If you've ever thought about volunteering, our next training cohort starts in February and the application is on the website. Come fold towels with me."""),

("fr", "facebook", "SI LD", 4, """Question pour le groupe : une amie hébergée à la maison de Granby voudrait savoir si elle peut garder son chien avec elle. Elle s'appelle [[PERSON:Caroline Dubé]], elle a une Mazda 3 grise et elle travaille encore à la clinique dentaire sur Principale. Quelqu'un pourrait l'aider à trouver une famille pour le chien?"""),

("fr", "facebook", "PE", 7, """Groupe de soutien ce soir 19h, même place que d'habitude 😉💜"""),

("en", "facebook", "SI LD", 12, """Guess who's at the shelter on Wellington? [[PERSON:Jenna]] from accounting 👀"""),

("en", "facebook", "", 13, """Donation drop-off is at our public office, Mon–Fri 9 to 5. Thank you!! 💜"""),

("fr", "linkedin", "", 8, """Fière d'être intervenante depuis 10 ans aujourd'hui 💜"""),

("fr", "facebook", "CR", 8, """Photo de notre nouvelle intervenante [[PERSON:Gabrielle]] à l'accueil 📸 bienvenue!"""),

("en", "facebook", "PE", 3, """Survivors' circle moved to Thursday 6pm, St. Andrew's hall basement."""),

("fr", "facebook", "LD", 13, """La maison a déménagé : on est maintenant au [[STREET_ADDRESS:88, rue des Érables]], à côté de l'école."""),

("en", "instagram", "", 10, """Never tag a shelter in your check-ins. Just don't. 🙏"""),

("fr", "facebook", "", 13, """Marche du 6 décembre : départ 17h du parc La Fontaine, bienvenue à tous ✊"""),

("en", "facebook", "SI", 8, """Prayers for [[PERSON:Amanda]], she finally left him this weekend 🙏 so proud of her"""),

("en", "facebook", "SI LD", 1, """Sharing this year's impact report from the shelter because I think it deserves more than a quick like. Some numbers first: 212 women and 168 children were housed this year, our crisis line answered 4,900 calls, and the average stay went from 34 to 51 days because there is simply no affordable housing to move on to. Behind each of those numbers is a person, and I'll respect their privacy, but I want you to understand what the money does. It pays for the night staff. It pays for the lawyer's hour when someone needs a protection order. It pays for the bus passes and the winter boots and the birthday cakes. This fall, one of our moms, who some of you know from the honey stand at the Tuesday farmers' market in Knowlton, the tall one with the little boy who always wears a dinosaur costume, finally got her own apartment after seven months with us. She still sells there every Tuesday from 8 to 1 and she'd love the business, so go buy honey! Meanwhile, our waiting list keeps growing. For every woman we take in, we refer two others elsewhere because every bed is full. The provincial announcement in the spring helped, but it covers operating costs for only part of the new beds we need. That's where you come in. Our year-end campaign runs until December 31st. A gift of 50 $ covers a night of shelter for a mother and child; 250 $ covers a week of groceries for the house. Monthly donors help us plan. If you can't give, share this post, talk about coercive control at your dinner table, and believe women when they tell you. Thank you for being part of this community. We couldn't do any of it without you. 💜"""),

("fr", "facebook", "", 1, """Je partage le rapport annuel de notre maison parce que je trouve qu'il mérite plus qu'un simple « j'aime ». Cette année, 187 femmes et 142 enfants ont été hébergés chez nous, et notre ligne d'écoute a répondu à plus de 3 800 appels, de jour comme de nuit. La durée moyenne des séjours a presque doublé, parce qu'il n'y a tout simplement plus de logements abordables pour repartir. Chaque chiffre, c'est une personne, et vous comprendrez que je n'en dirai pas plus sur elles : leur sécurité passe avant tout. Ce que je peux vous dire, par contre, c'est ce que vos dons ont permis. Ils ont payé les intervenantes de nuit. Ils ont payé des heures d'accompagnement à la cour. Ils ont payé des bottes d'hiver, des passes d'autobus, des gâteaux de fête, des cours de francisation, des séances d'art-thérapie pour les enfants. Ils ont aussi permis de refaire la cuisine, qui en avait bien besoin après vingt ans de loyaux services. On a aussi lancé cette année un programme de suivi post-hébergement : des intervenantes accompagnent les femmes pendant un an après leur départ, pour les démarches de logement, d'emploi et de garde d'enfants. Les résultats sont encourageants. Malgré tout, notre liste d'attente continue de s'allonger. Pour chaque femme qu'on accueille, on doit en diriger deux autres ailleurs, faute de place. Notre campagne de fin d'année se termine le 31 décembre. Un don de 50 $ couvre une nuit d'hébergement pour une mère et son enfant. Si vous ne pouvez pas donner, partagez cette publication, parlez du contrôle coercitif autour de vous, et surtout, croyez les femmes. Merci d'être là 💜"""),

("fr", "facebook", "PE", 2, """Petit retour sur la formation des nouvelles bénévoles de samedi : on était quatorze autour de la table, dont trois étudiantes en travail social et une retraitée qui a été infirmière pendant trente ans. On a parlé écoute active, limites personnelles, et surtout confidentialité : ce qu'on voit et ce qu'on entend à la maison reste à la maison. J'ai trouvé ça très émouvant de voir autant de monde prêt à donner du temps. Pour celles qui ont demandé, le party de Noël des résidentes et de leurs enfants aura lieu le 19 décembre à 17h au chalet du parc Desjardins, à Terrebonne, et on a réservé la salle au complet pour que ce soit fermé au public. On a besoin de bras pour la décoration à partir de 14h et pour servir le buffet. Les cadeaux des enfants sont déjà emballés grâce à la collecte de novembre (merci, merci, merci!). Pour le reste de l'hiver, on cherche encore des bénévoles pour l'aide aux devoirs les mardis et jeudis, et pour le transport vers les rendez-vous médicaux. Si ça vous intéresse, écrivez à la coordonnatrice par le formulaire du site."""),

("en", "linkedin", "CR", 1, """Sharing this article about last week's regional conference on technology-facilitated violence, because I think every frontline worker should read it. The panel on stalkerware was terrifying and useful in equal measure: we learned how to check a phone for tracking apps, why turning off location history isn't enough, and how abusers use shared family plans to follow every move. The afternoon workshop on safety planning with teenagers was, honestly, the best training I've had in years. Our presenter, [[PERSON:Dr. Hélène Comeau]], ran it with a mix of humour and hard data, and she had the whole room writing down scripts. I filmed most of her workshop on my phone and uploaded it to my YouTube channel so colleagues who couldn't make it can watch, link in the comments, and I also posted the photos of our table with [[PERSON:Rachel]], [[PERSON:Ines]] and [[PERSON:Mona]] from the outreach team. Next year's edition will be in Quebec City. If your organization can send you, go: it changes how you see every phone that walks through the door."""),

("fr", "facebook", "", 9, """Je veux partager une réflexion sans viser personne. J'ai accompagné une proche dans ses démarches pour trouver une place en maison d'hébergement cet automne, et je dois dire que l'accueil au téléphone a été impeccable : écoute, patience, aucune question déplacée. Là où ça coince, c'est tout le reste du système. Trois semaines pour un rendez-vous au palais de justice, un formulaire d'aide juridique de douze pages, des délais interminables pour un logement social, et aucune place en garderie subventionnée à proximité. Les intervenantes font des miracles avec presque rien, mais on leur demande de boucher tous les trous d'un filet social qui est percé de partout. Ce n'est pas une critique des maisons, c'est une critique des choix budgétaires. J'ai écrit à ma députée pour demander un financement stable et indexé pour les maisons de deuxième étape, et je vous invite à faire la même chose. Une lettre courte suffit. Si vous voulez le modèle que j'ai utilisé, écrivez-moi en privé, ça me fera plaisir de le partager."""),

("en", "facebook", "", 13, """What a weekend! Thank you to everyone who came out to the Chili Cook-Off for the shelter at the Legion hall on Saturday. We had 23 chilis entered (one of them with chocolate, which divided the room), 300 bowls served, and a silent auction that went way better than we hoped: the hand-made quilt from the Tuesday quilting circle went for 480 $! The kids' colouring table was a hit and the face painter had a line-up all afternoon. All in all we raised 7,860 $, which will go toward the new playground for the children at the house. Special thanks to the Legion for the hall, to the hardware store for the raffle prizes, and to the local radio for the shout-outs all week. Next up: the snowshoe walk in February, details soon. And for the record, the chocolate chili won. I'm still processing that. Stay warm everybody, there's another 20 cm coming on Wednesday so check on your elderly neighbours and clear your exhaust vents. 💜"""),

("en", "facebook", "PE", 5, """Reminder for the café-rencontre for moms staying at the maison: Wednesday 1 pm, upstairs at the Centre des femmes on rue Laviolette. The door will be locked, so text me at [[PHONE_NUMBER:819-555-0143]] when you're outside and I'll come down. Les enfants sont bienvenus!"""),

("en", "facebook", "SI CR", 8, """Farewell to our amazing volunteer coordinator! 💜 Tagging @[[PERSON:brenda.mcallister]], here's the video from your goodbye party last night, with the whole house (moms and kids!) singing to you in the living room 😭 We'll miss you so much."""),

("fr", "instagram", "CR", 7, """Nos superhéroïnes de l'équipe de jour 🦸‍♀️ (photo de [[PERSON:Manon]], [[PERSON:Julie]] pis [[PERSON:Katia]] au bureau ce matin) #fiertéintervenante #maisondhébergement"""),

("fr", "facebook", "LD", 1, """L'article dit « dans un lieu tenu secret » mais voyons donc, c'est l'ancien presbytère de Saint-Hippolyte, tout le village le sait 😅"""),

("en", "facebook", "", 13, """Anyone else's car buried this morning? Took me 40 minutes to get to work. Coffee is life ☕"""),

("fr", "facebook", "", 6, """bonjour tout le monde je voulais juste dire un gros merci pour les dons de vetements d hiver on en a recu presque trop on va en redonner au comptoir familial merci encore vous etes extraordinaires"""),

("fr", "facebook", "", 11, """Cette année, on a accueilli des femmes de 19 à 74 ans, venues de partout dans la région, avec ou sans enfants, de toutes les origines et de tous les milieux. La violence conjugale n'a pas de profil type."""),

("en", "facebook", "", 5, """We need bénévoles for the friperie this Saturday, 9 to noon, at the public counter on Wellington. Sorting and pricing, café et biscuits fournis ☕"""),

("fr", "facebook", "SI LD", 11, """La grande rousse du Dollarama de Mirabel est chez nous depuis lundi 🤫"""),

("en", "facebook", "", 12, """Just asking: why is the shelter's address secret? Oh. Right. 🙃"""),

("fr", "facebook", "PE", 5, """Cercle des survivantes ce soir 18h30 au sous-sol du CLSC, code 2211 🙏"""),

("en", "instagram", "CR", 7, """Caught our director mid-sneeze in the staff photo 😂 posting it anyway"""),

("en", "facebook", "", 4, """Q: I'd love to help with the support groups for women who've left abusive relationships. Where and when do they meet? I looked everywhere on your page and couldn't find it.

A (from the volunteer coordinator): Thank you so much for wanting to help, and good eye, you won't find it on the page, on purpose! We never post the place or time of our support groups, residents' activities or private events on social media. Women get that information directly from their worker. It's a safety thing: an abuser or a stalker could read a public post just as easily as you can, and show up. The same goes for photos: we don't post pictures of residents, and staff or presenters only appear with their written OK. If you'd like to volunteer, the first step is our public orientation evening, held every second Thursday at our administrative office (that address is public, it's not where the women live). You can write to [[EMAIL_ADDRESS:benevolat@maison-horizon.example]] or leave a message at [[PHONE_NUMBER:450-555-0178]] and we'll send you the form. There's a background check and four evenings of training. We especially need people for the Saturday clothing counter and for driving to medical appointments. Thanks again! 💜"""),

("fr", "facebook", "SI LD", 6, """bon je fais ca en dictée parce que je suis dans le char alors excusez les fautes je voulais juste vous donner des nouvelles de la maison parce que plusieurs m ont demandé comment ça allait depuis que j ai commencé mon bénévolat en septembre ben ça va vraiment bien l équipe est super les filles sont accueillantes pis on a fait une grosse épicerie hier avec les dons du club optimiste il y a une résidente que vous connaissez surement c est la coiffeuse du salon Chez Lyne sur la rue Saint-Georges à Saint-Jérôme celle qui a les cheveux bleus elle a recommencé à travailler cette semaine du mardi au samedi pis elle est vraiment courageuse son ex la cherche partout mais ici on veille sur elle en tout cas si vous voulez aider on a besoin de bouffe pour les lunchs des enfants des boîtes à lunch pis des collations sans arachides merci tout le monde bonne journée"""),

("fr", "facebook", "", 13, """Notre bureau administratif déménage! À partir du 1er février, vous pourrez déposer vos dons au [[STREET_ADDRESS:150, boulevard Saint-Joseph]], [[CA_POSTAL_CODE:J2B 1H9]]. (C'est le bureau public, pas la maison 😉)"""),

("en", "instagram", "", 7, """Staff photo day! 📸 Everyone pictured said yes in writing, and the ones who said no are behind the camera 😄 #teamwork #shelterstaff"""),

]
