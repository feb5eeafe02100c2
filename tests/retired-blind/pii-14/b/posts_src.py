# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------- b1: hospital volunteer-auxiliary newsletters ----------
("b1","fr","facebook","C",[],
"""📰 L'Écho des auxiliaires – édition de décembre
La boutique de cadeaux de l'Hôpital de Maria sera ouverte les samedis jusqu'au 20 décembre (10 h à 15 h). Les tuques tricotées par [[P:huguette arsenault]] et sa sœur [[P:Rita]] partent comme des petits pains, 18 $ chacune!
Le tirage du panier de Noël (billets 2 $, 3 pour 5 $) se fait le 19 à la cafétéria. Gros merci à la Caisse Desjardins de la Baie-des-Chaleurs et à la Boulangerie Chez Gaston pour les commandites.
Nouveaux bénévoles bienvenus! Écrivez à [[E:auxiliaires.maria@gmail.com]] ou laissez un message à [[P:Ti-Guy Leblanc]] au [[T:418 555-0172]]."""),

("b1","en","linkedin","S",[],
"""Proud to have coordinated our Volunteer Auxiliary's Radiothon for the Fondation de l'Hôpital de Gaspé this weekend. $48,312 raised, beating last year's total by almost 9k! 🎉
Thanks to CHNC for the airtime, to Tim Hortons Gaspé for the coffee, and to our 41 volunteers, especially [[P:Margaret O'Neill]], who has given 32 years to the Auxiliary, and [[P:Dwayne]] from the gift shop who counted change until midnight.
Next up: the Christmas Bazaar at the Royal Canadian Legion, Dec. 13.
#volunteering #Gaspésie #healthcare"""),

("b1","fr","instagram","S",[],
"""Ma mère [[P:Jacqueline Thibodeau]] célèbre ses 25 ans comme bénévole au Service des auxiliaires de l'Hôpital Charles-LeMoyne 💐 Elle a vendu plus de billets moitié-moitié que n'importe qui dans l'histoire de l'hôpital (selon elle 😂). Tricots, chariot de livres, café à l'Oncologie… Bravo maman, t'es ma héroïne!
#[[P:Jacqueline]]25ans #bénévolat #Longueuil"""),

("b1","en","facebook","R",[],
"""HOSPITAL AUXILIARY NEWSLETTER – winter edition (sharing for my mom's group 💙)
• The gift shop at the Hôpital du Suroît now takes debit & credit (finally!!)
• Bingo night Jan 17 at Salle Albert-Dumouchel, doors 6:30, $10 a card
• Knitting circle needs yarn! Drop-offs at [[A:155 rue Salaberry Ouest]], Valleyfield [[Z:j6t2j4]]
• Our condolences to the family of [[P:Bernard "Bunny" Daoust]], volunteer at the info desk since 1998
Questions? Call [[P:LORRAINE]] at [[T:450.555.0148]] ext. 3
P.S. from [[P:Gisèle]]: "For the 50/50 I paid by phone with my Visa [[CC:4520 1937 6602 1501]] and got charged twice, who do I contact?" [[P:Gisèle]], we'll call you, please delete that 🙈"""),

("b1","fr","facebook","C",["CONSENT_REQUIRED"],
"""Bonne nouvelle pour le bulletin des bénévoles : [[P:M. Réjean Poirier]], chambre 212 au CHSLD de Chandler, a eu 100 ans mardi! 🎂 On lui a chanté Gens du pays avec l'infirmière [[P:Nadia]] pis la p'tite [[P:Émy-Rose]] de la cuisine. Il a demandé une Molson pis du sucre à la crème. Les photos sont dans l'album 📸"""),

("b1","en","instagram","B",[],
"""Saturday shift at the gift shop of the Montreal General 💝 Sold 3 teddy bears, 11 Lindt bars and one very ugly Habs tie. Shoutout to my shift partner [[P:Mrs. Estelle Nakamura-Roy]] who knows every porter by name. #lawyerlife #volunteer #MGH"""),

("b1","fr","linkedin","L",[],
"""Le cabinet est fier de remettre 5 000 $ à la Fondation de l'Hôpital Pierre-Boucher pour la campagne des Auxiliaires bénévoles. Merci à notre associée [[P:Me Kim-Ly Nguyen]], qui siège au CA de l'organisme depuis 2019, et à tous les collègues qui ont tricoté (!) pour le bazar. Le chèque a été remis à la présidente, [[P:Mme Ghislaine Côté-Bérubé]].
#philanthropie #Longueuil #santé"""),
# ---------- b2: car accidents and insurance claims ----------
("b2","fr","facebook","B",[],
"""Bon ben. Accrochée par l'arrière sur la 20 à la hauteur de Saint-Hyacinthe ce matin, en plein dans le bouchon 🙄 Personne de blessé, juste mon pare-chocs qui pleure. Le monsieur était ben fin, on a rempli le constat amiable sur le capot de son F-150. Quelqu'un a un bon carrossier à Drummondville? Pas Chez Ti-Bob, merci, j'ai déjà donné."""),

("b2","en","facebook","L",[],
"""Update on the fender-bender: Intact finally accepted the claim (#CLM-2026-0048817, 14 days later 🙄). The other driver, [[P:kevin ouimet]], admitted he rolled through the stop on Grand Boulevard in L'Île-Perrot. Adjuster [[P:Priya Raghunathan]] was great, called me back the same day from [[T:1-866-555-0190]]. They also want my SIN for the income replacement form ([[S:462-519-372]]), is that normal?? Rental is a Kia Soul, don't judge."""),

("b2","fr","instagram","R",[],
"""Petite frousse en revenant du tournoi de volley à Granby : un chevreuil sur la 112 😬 L'autobus a freiné sec, personne de blessé, merci à notre chauffeur [[P:Normand]] qui a gardé son calme. Les filles ont quand même gagné l'or 25-21, 25-18 🥇 Go Patriotes! #RSEQ #volleyball"""),

("b2","en","linkedin","C",[],
"""Two years ago this week: a black-ice rollover on Route 198 near Murdochville. Today I closed my SAAQ file and went back full-time as a home-care nurse with the CISSS. Grateful to the Sûreté du Québec officers, to the trauma team at the Hôpital de Gaspé, and to my husband for 700 km of driving to physio.
Winter tires before Dec 1, people. 🚗❄️"""),

("b2","fr","facebook","S",[],
"""Troisième formulaire de la SAAQ cette semaine depuis mon accident du 2 novembre sur le boul. Taschereau. Ils me redemandent mon numéro d'assurance maladie, je l'ai écrit genre 4 fois : [[R:LAPM 8254 1219]]. Faut-tu que je me le tatoue? 🙃 Au moins la physio au Centre Axo de Brossard avance bien, merci [[P:Jean-Philippe]] pour les lifts!"""),

("b2","en","instagram","B",["CLIENT_CONFIDENTIALITY"],
"""Huge win today for my client [[P:Mr. Tran]], rear-ended by a Purolator truck back in 2023 — the insurer finally settled after two years of stonewalling. File [[C:500-22-271845-239]]. Justice, served cold. ⚖️🚗 #personalinjury"""),

("b2","en","facebook","R",["HARASSMENT"],
"""To the dad in the grey Silverado who backed into my car at Aréna Jacques-Plante after the U15 game and drove off: I have your plate AND the dashcam. It's [[P:Steve Lafrance]] from Lafrance Auto in Châteauguay, everyone. Share this and let him know what you think 😡 His shop number is [[T:(450) 555-0163]]."""),
# ---------- b3: language-exchange (tandem) partners and meetups ----------
("b3","fr","facebook","L",[],
"""Salut! Je cherche un·e partenaire tandem anglais-français à Québec (Saint-Roch ou Limoilou). Je suis technicienne juridique, mon anglais écrit est correct mais je bloque à l'oral. En échange je peux t'apprendre le joual 😅 Café au Nektar le jeudi soir? Écris-moi : [[E:marie-eve.lapointe87@outlook.com]]"""),

("b3","en","instagram","C",[],
"""Language exchange night #12 at Café Les Deux Sœurs in Carleton-sur-Mer was a blast 🇫🇷🇬🇧🇪🇸 We had Spanish, Mi'gmaq, English and French tables this time! Thanks @[[P:jos.metallic]] for teaching us "wela'lin" and @[[P:carolina_rivas.ve]] for the arepas 🫓 Next one Jan 8, 7 pm. #tandem #BaieDesChaleurs"""),

("b3","fr","instagram","R",[],
"""Tandem du mercredi avec [[P:yuki]] 🇯🇵🇨🇦 Elle m'apprend le japonais, je lui apprends à sacrer comme du monde 😂 Prochaine étape : lui faire goûter une poutine chez Ashton. #tandem #apprendrelejaponais #SaintJeanSurRichelieu"""),

("b3","en","facebook","S",[],
"""Looking for a French conversation partner in Sherbrooke! I'm [[P:Ngozi]], originally from Lagos, working in community services. I can offer English or Yoruba in exchange 🙂 Ideally Saturday mornings at the Bibliothèque Éva-Senécal. Text me at [[T:819 555 0127]]."""),

("b3","fr","linkedin","B",[],
"""Échange linguistique pour juristes : le Jeune Barreau de Montréal lance des tandems français-anglais pour les avocat·e·s de 1 à 5 ans de pratique. J'ai eu la chance d'être jumelée avec [[P:Me Aidan Fitzgerald]], de Toronto, qui prépare ses examens du Barreau du Québec. Inscriptions avant le 15 janvier! #JBM #bilinguisme"""),

("b3","en","linkedin","R",[],
"""Tandem partner wanted 🙋‍♂️ Phys. ed teacher at École secondaire Mgr-Euclide-Théberge in Marieville, coaching the Bantam boys' soccer team. I want to get my Spanish up to speed before our tournament trip to Costa Rica. Offering French or English. DM me or email [[E:pmcallister@cssdeshautes-rivieres.gouv.qc.ca]].
P.S. [[P:LUIS]], if you see this: Thursday tandems at the Brûlerie St-Denis haven't been the same without you, buddy!"""),
# ---------- b4: holiday-card greetings listing family members ----------
("b4","fr","facebook","C",[],
"""Joyeux Noël pis Bonne Année de la part de la gang [[P:Bujold-Castilloux]]! 🎄
[[P:Sylvain]], [[P:Manon]], la grande [[P:Jo]], [[P:Ti-Loup]] (qui a eu son permis, cachez vos boîtes aux lettres) pis pépère [[P:Armand]]. Sans oublier Biscuit le chien 🐶
Que 2027 vous amène la santé, la paix pis pas trop de bordées de neige à Bonaventure! ❄️"""),

("b4","en","instagram","L",[],
"""Season's greetings from our crew 🎅 [[P:Dave]], me, the twins ([[P:Aoife]] & [[P:Fionn]], 7 going on 17), Nana [[P:Bridget]] who flew in from Cork, and Gus the cat, who has knocked the same ornament off the tree every night since Dec 1st. Merry Christmas & Nollaig Shona! 🇮🇪🇨🇦"""),

("b4","fr","instagram","S",["CONSENT_REQUIRED"],
"""🎄 Joyeuses Fêtes de toute l'équipe! Sur la photo, de gauche à droite : [[P:Nathalie]] (intervenante de nuit), [[P:Fatou Diallo]], [[P:marie-soleil]], notre coordo [[P:Chantal Gingras]] et [[P:Jessy]] déguisé en Père Noël 🎅 Merci pour une autre année à vos côtés. #maisondhébergement #solidarité"""),

("b4","en","facebook","R",[],
"""Happy Holidays from the [[P:Desjardins-Okafor]] house! 🎁 [[P:Chidi]] (still coaching U13 soccer, still losing his voice every Saturday), me, [[P:Adaeze]] who made the Cheetahs basketball team at Heritage Regional, little [[P:Tobenna]] who is 100% convinced the Grinch lives in our basement, and Mamie [[P:Lucille]]. Wishing you all a 2027 full of wins! 🏀⚽"""),

("b4","fr","instagram","B",[],
"""Carte de Noël 2026 de la famille [[P:Nguyen-Pelletier]] 🎄 [[P:Thanh]], [[P:Josée]], [[P:Léo]] (11 ans) et [[P:Maëlle]] (8 ans) vous souhaitent un temps des Fêtes doux et lumineux. On a déménagé cet automne! Pour les cartes papier : [[A:2314, rue des Érables, app. 3]], Trois-Rivières [[Z:G8Y 3K9]]. Au plaisir de vous voir au réveillon! ✨"""),

("b4","en","linkedin","L",[],
"""Warmest holiday wishes from our family to yours 🌲 This year there are five of us around the tourtière: [[P:Jean-Philippe]], me, [[P:Olivia]], [[P:Noah]], and our newest, baby [[P:Elijah Metallic-Roy]], born [[D:November 22, 2026]] at the Hôpital de Maria. Thank you to the birthing unit for the amazing care. Back at the office in January!"""),
]
