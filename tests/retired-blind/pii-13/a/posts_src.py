# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------- a1: salons, barbers, nail bars ----------
("a1","fr","instagram","R",[],
"""Nouvelle coupe pour la saison de volleyball 🏐✂️ Merci à [[P:Mel]] (@[[P:mel.tanguay]]) du Salon Ginette Beaulieu sur la rue des Cascades à Saint-Hyacinthe, toujours aussi patiente avec mes cheveux frisés 😅
Les Gaillards de l'école secondaire Casavant, on se voit lundi au gymnase!
#coiffure #StHyacinthe #RSEQMontérégie"""),

("a1","en","instagram","L",[],
"""Fresh fade courtesy of [[P:Dmitri]] at Barbier Jean-Talon 💈 (no, not the Intendant, he doesn't take walk-ins 😂). Grabbed the 7:30 am chair before a full day of discoveries, only way to fit it in this month.
If you're in Villeray, text him at [[T:514.555.0187]] and tell him [[P:Rafael O.]] sent you.
#barberlife #lawyerlife #mtl"""),

("a1","fr","facebook","C",[],
"""Pose de gel pour le party des Fêtes 💅❄️ Merci à [[P:Kim-Ly Nguyen]] de l'onglerie Nails by Kim à Gaspé, elle a réussi à faire des petits flocons sur mon annulaire, je capote!
Pour celles qui m'ont demandé : c'est au [[A:146, boulevard de York Sud]], [[Z:G4X 2L4]], et elle prend les rendez-vous au [[T:418 555-0102]]. Réservez tôt, décembre est déjà plein 🎄"""),

("a1","en","facebook","S",["CONSENT_REQUIRED"],
"""Huge thank you to [[P:Jess Fortin]] from Studio Coiffure Chantal who spent her whole Sunday with us giving haircuts to the moms and kids 💕✂️ Photo below of [[P:Jess]] with her famous purple scissors and the wall of "after" selfies!
We're lucky to have volunteers like her. #community #volunteer #selfcare"""),

("a1","fr","instagram","B",[],
"""ok j'avoue, 3 semaines sans coupe pis j'avais l'air de sortir d'un procès de 12 jours 😩
merci à [[P:ti-guy]] (@[[P:guy.lapointe]]) chez Barbier Tony sur le boul. Curé-Labelle, j'ai retrouvé une face d'avocate 💈 prochain rdv le 14, j'en ai booké un pour mon chum [[P:samuel]] aussi parce que lui c'est pire
#barbier #laval #viedavocate"""),

("a1","en","linkedin","R",[],
"""Seven years ago, [[P:Amani Mbeki]] was the point guard of our juvenile girls' team at Polyvalente Hyacinthe-Delorme. Today she cuts the ribbon on Salon Amani Coiffure, rue Saint-Charles in Beloeil, her own business at 24.
Discipline, showing up at 6 a.m., reading the court: it all transfers. Congratulations [[P:Amani]], the whole Montérégie basketball family is proud of you 🏀✂️
#entrepreneurship #studentathletes #RSEQ"""),

("a1","fr","facebook","S",[],
"""Petite pub pour ma coiffeuse de toujours, [[P:CHANTALE BOUDREAU]], qui prend sa retraite après 31 ans chez Coiffure Chez Chantale, [[A:418 av. Brochu]] à Sept-Îles, [[Z:g4r2w9]] 😢
Les derniers rendez-vous se prennent au [[T:418 555-0163 poste 2]] ou à [[E:chantaleb.coiffure@videotron.ca]].
Merci pour toutes les mèches, les potins pis les cafés Tim Hortons ☕💇‍♀️"""),
# ---------- a2: weddings ----------
("a2","en","facebook","B",[],
"""We did it! 💍 Three days later and my feet still hurt.
Thank you to everyone who made the drive to Lac-Brome. To my husband [[P:Liam O'Sullivan-Roy]]: I'd sign that contract again without reading the fine print (don't tell the Barreau 😉).
Bridal party, you were unreal: maid of honour [[P:Priya Ramaswamy]], bridesmaids [[P:Zoé]], [[P:Caro]] & [[P:Fatou Diallo]]; best man [[P:Declan]], groomsmen [[P:Mathis Bergeron]] and [[P:Kev]].
Merci to [[P:Me Hélène Grégoire]] for officiating, to Auberge Knowlton for the duck, and to the DJ who played Céline Dion's "Pour que tu m'aimes encore" three times because my aunt asked.
#justmarried #LacBrome"""),

("a2","fr","facebook","L",[],
"""C'EST OFFICIEL 💍💍 [[P:marc-andre cote]] pis moi on se marie le 21 juin 2025 à l'église Saint-Michel de Percé, avec un méchoui sur le terrain à mon père après!
Réservez la date, les invitations s'en viennent par la poste. Pis non, [[P:Ti-Jean]], y'aura pas de karaoké Les Cowboys Fringants avant minuit 😂"""),

("a2","en","instagram","C",["CONSENT_REQUIRED"],
"""Still glowing from Saturday 🥂 Half the 3rd floor of Hôpital de Maria showed up in sequins!! Shoutout to [[P:Dre Sylvie Arsenault]] who caught the bouquet and to [[P:Jonah]] and [[P:Tina LeBlanc]] (best night-shift nurses in Gaspésie) for closing the dance floor at 2 a.m. Swipe for the photo booth pics 📸💃
#weddingseason #Carleton #nurselife"""),

("a2","fr","linkedin","L",[],
"""Petite note : je serai absente du cabinet du 5 au 20 juillet, je me marie! 💍
Pour toute urgence dans mes dossiers, vous pouvez joindre mon collègue [[P:Me Jean-Philippe Tremblay-Ayotte]] au [[T:418-555-0144, poste 221]] ou à [[E:jp.tremblay-ayotte@rivardavocats.ca]].
Au retour, promis, je réponds à tous les courriels (ou presque). Bon été à toutes et à tous!"""),

("a2","en","facebook","B",["CLIENT_CONFIDENTIALITY"],
"""Best wedding gift story ever: my client [[P:Mr. Wilson]], whose divorce I closed in March after two years of mediation and a very angry Ferrari dispute, sent us a case of Veuve Clicquot with a card that said "may yours be shorter than my litigation" 😂🍾
Settlement was worth every minute, [[P:Gord]]. Thank you!
#weddinggifts #familylaw"""),

("a2","en","instagram","R",[],
"""The coaches' wedding of the year 🏐💒 [[P:Karonhiio Deer]] and [[P:Étienne Boucher]] tied the knot in Kahnawake on Saturday and half the Montérégie volleyball crew was in the bridal party:
@[[P:kayla.mcgregor]], @[[P:ahmed_benali]], [[P:la grande Jo]], [[P:ti-pit]] and yours truly 🙋‍♀️
Final score: bride 1, groom's dance moves 0. Love you both!
#The[[P:Boucher]]Wedding #Kahnawake #coachlife"""),

("a2","fr","facebook","C",[],
"""Merci merci MERCI à tout le monde qui est venu à la salle municipale de Carleton-sur-Mer samedi 💐
Mononc [[P:Réjean]], ton discours va rester dans les annales 😂 Ma tante [[P:Ghislaine]], tes carrés aux dattes ont disparu en 10 minutes. [[P:Wayne]] pis [[P:Ashley Sheehan]], merci d'être descendus de New Carlisle malgré la brume, pis [[P:Tanya Jerome]] pour le magnifique capteur de rêves de Gesgapegiag.
Pis mention spéciale à mémé [[P:Yvette]], née le [[D:2 février 1931]], qui a dansé sur Kaïn jusqu'à 11 h 🥹❤️"""),
# ---------- a3: ride-share / covoiturage ----------
("a3","fr","facebook","S",[],
"""OFFRE 🚗 Rimouski ➡️ Québec (Sainte-Foy, arrêt possible au terminus de Lévis) vendredi 6 déc., départ 7 h 30 du stationnement du Carrefour Rimouski.
3 places, 25 $ chaque, pas d'animaux svp (j'ai déjà Biscuit dans le char 🐶). Texto seulement : [[T:418 555 0191]]
— [[P:Nathalie]]"""),

("a3","en","facebook","B",[],
"""LOOKING FOR a ride Gatineau → Montreal Monday morning, need to be at the Palais de justice on Notre-Dame by 9:30. Can leave from Les Promenades or the Freeman park-and-ride. Will chip in for gas + Tim's 🙏"""),

("a3","fr","facebook","R",["DISPARAGEMENT"],
"""Covoit pour le tournoi de badminton à Granby samedi 🏸 Je pars de Châteauguay à 6 h 15 devant l'école Louis-Philippe-Paré, j'ai de la place pour 2 joueuses pis leurs sacs.
Les parents, écrivez-moi en privé ou à [[E:coach.dufresne@outlook.com]].
PS : non, je ramène pas l'arbitre [[P:Poirier]] cette fois-ci, y conduit comme y siffle : tout croche 🙄"""),

("a3","en","linkedin","L",[],
"""Anyone from the Quebec City office driving to the tax conference at the Palais des congrès de Montréal on Thursday? Happy to split gas and tolls (well, the 20 has none, but the coffee is on me).
I can be picked up at [[A:2500 Laurier Boulevard]] or at the Sainte-Foy park-and-ride. Ping me here or call [[T:418 555 0128 ext. 4]].
[[P:Siobhan Ng]]"""),

("a3","fr","facebook","C",[],
"""Quelqu'un monte de Gaspé vers Matane dimanche après-midi? Ma fille [[P:Maïka]] doit retourner au Cégep de Matane pis son char est encore au garage à Murdochville 😩 Elle paie sa part d'essence, elle est fine, mais jase pas avant son café 😂
Route 132 par Sainte-Anne-des-Monts, n'importe quelle heure. [[T:418-555-0175]] ou Messenger. Merci!
[[P:josée metallic]]"""),

("a3","en","facebook","S",["LOCATION_DISCLOSURE"],
"""Car's in the shop AGAIN 😩 Anyone driving from Valleyfield to Beauharnois on weekday mornings? I start at 8 at the women's shelter on [[A:87 rue Ellice]] (the house with the blue door, you can't miss it). Will pay $10/day and bring muffins.
DM me or [[T:450-555-0139]]"""),
# ---------- a4: kids' birthday parties ----------
("a4","fr","facebook","B",[],
"""🎉 INVITATION 🎉 [[P:Léo]] aura 6 ans (né le [[D:3 mars 2019]], déjà!!) pis il veut fêter ça avec toute sa classe de maternelle de l'école Jacques-Cartier 🦖
Samedi 8 mars, 13 h à 16 h, à la maison : [[A:2215, rue des Patriotes]], [[Z:j3l 2k9]]. Thème dinosaures, gâteau sans noix (allergie dans le groupe).
RSVP à [[P:Audrey]] au [[T:450 555-0112]] avant mercredi svp 🙏"""),

("a4","en","instagram","C",["CHILD_PROTECTION_IDENTIFICATION"],
"""Our little guy [[P:Noah Gallant]] turned 5 today!! 🎂🚒 First birthday with us in Chandler since he was placed in our home in May, and he blew out every candle on the first try.
Paw Patrol cake, fire truck piñata, and a very tired foster mama 🥹 #fostercare #RTF #Gaspésie"""),

("a4","fr","instagram","S",[],
"""Merci à tous les parents pour la fête de [[P:Rosalie]] hier 💕 Merci à la maman de [[P:Chloé]] pour la piñata licorne, à [[P:Ahmed]] pour la musique pis à tatie [[P:Nadège]] pour le griot, y'en reste pu une miette 🇭🇹
Les enfants ont joué à la Pat' Patrouille tout l'après-midi : j'ai dû être Ryder, Chase pis Marcus en même temps 😅
#[[P:Rosalie]]7ans #fête #Longueuil"""),

("a4","en","instagram","R",[],
"""YOU'RE INVITED 🏒 [[P:Aiden]] is turning 9 and wants a hockey party! Sunday Jan. 12, 1-3 pm at Aréna Michel-Normandin in Châteauguay, skates + helmets required, pizza after in the lobby.
He asked for a Caufield jersey cake so that's happening, apparently 🙄🎂
RSVP to [[E:kelly.obrien.family@gmail.com]] or text [[T:(450) 555-0150]]. Siblings welcome!"""),

("a4","fr","linkedin","L",[],
"""Vendredi je quitte le bureau à 15 h, pis je l'annonce fièrement : c'est la fête de ma plus jeune, 8 ans, et j'ai promis d'être là pour souffler les bougies.
On parle beaucoup de conciliation travail-famille dans les cabinets. Ça commence par des petites choses comme ça, pis par des associés qui disent oui sans soupirer. Merci à l'équipe 🙌
#conciliation #droit #famille"""),

("a4","en","facebook","S",["PRIVATE_EVENT_DISCLOSURE"],
"""Calling all bakers 🎂 This Saturday from 2 to 4 pm we're throwing a birthday party at the house for all the kids who had December birthdays while staying with us. We need 3 cakes (one gluten-free), balloons and small gifts for ages 2 to 11.
Drop-offs at our outreach office, [[A:1450, rue King Ouest]], Thursday or Friday 9-5, or write to [[E:dons.benevolat@maisonlaprovidence.org]].
Costco order #48213077 for the paper plates is already paid, thank you to our anonymous donor 💜"""),
]
