"""PERSON: every case lists exactly the PERSON spans expected in the post (none: [])."""

FRENCH = [
    # a royal title after a possessive is what parents call their child
    ("Bienvenue à notre princesse Gurleen Kaur Gill 👑", ["Gurleen Kaur Gill"]),
    # full names, honorifics (kept in the span), role words (left out)
    ("Ma cliente Sophie Gagnon a enfin obtenu la garde de ses enfants.", ["Sophie Gagnon"]),
    ("Me Sophie Bélanger plaidera la requête demain matin.", ["Me Sophie Bélanger"]),
    ("Merci à Mme Tremblay pour son accueil chaleureux!", ["Mme Tremblay"]),
    ("Rencontre avec Maître Gendron cet après-midi.", ["Maître Gendron"]),
    ("Mon client, M. Roy, conteste la saisie.", ["M. Roy"]),
    ("Le Dr Gagnon est venu parler aux jeunes.", ["Dr Gagnon"]),
    ("Dre Nathalie Côté-Lapierre sera présente.", ["Dre Nathalie Côté-Lapierre"]),
    ("Mme Lise Fortin, 82 ans, nous a quittés.", ["Mme Lise Fortin"]),
    ("Félicitations à Marc-André Lavoie pour son assermentation!", ["Marc-André Lavoie"]),
    ("Son père, Kevin Roy, n'a pas le droit de l'approcher.", ["Kevin Roy"]),
    ("Julie TREMBLAY a été admise hier.", ["Julie TREMBLAY"]),
    # a word in capitals after a full name is shouting, not a third name
    ("Appelez Me Sophie Bélanger MAINTENANT pour la date.", ["Me Sophie Bélanger"]),
    ("Merci à Sophie BLANC pour son aide.", ["Sophie BLANC"]),
    # a first name alone, when it designates a person
    ("La petite Emma a fait ses premiers pas chez nous!", ["Emma"]),
    ("L'enfant Noah, 6 ans, est chez nous depuis mars.", ["Noah"]),
    ("Jean-François est arrivé ce matin avec sa mère.", ["Jean-François"]),
    ("On a soupé avec Sabrina et Jessica hier soir.", ["Sabrina", "Jessica"]),
    ("Bonne fête à mon filleul Mathis! 🎂", ["Mathis"]),
    ("Notre bénévole Gisèle a préparé 200 sandwichs.", ["Gisèle"]),
    ("Patricia, notre intervenante de soir, part à la retraite.", ["Patricia"]),
    ("Texto à Martin si vous voulez embarquer.", ["Martin"]),
    # a singer after "du" is her songs, not the person singing them
    ("Au karaoké, Mélanie a chanté du Ginette Reno toute la soirée.", ["Mélanie"]),
    # a nickname quoted between a given name and a surname is part of the name
    ("Bravo à Réginald « Ti-Bob » Gendreau pour sa victoire en finale!",
     ["Réginald « Ti-Bob » Gendreau"]),
    ("Bravo Rose pour ta médaille!", ["Rose"]),
    ("Le jeune Zacharie, 14 ans, a été transféré.", ["Zacharie"]),
    # surnames used for a client's file
    ("Je travaille encore sur le dossier Lapointe ce soir.", ["Lapointe"]),
    # the same name again, in a hashtag, in a mention
    ("Bienvenue à Chloé Bernier dans l'équipe! Chloé sera au comptoir.",
     ["Chloé Bernier", "Chloé"]),
    ("Toutes nos pensées vont à la famille. #JusticePourMaélie", ["Maélie"]),
    # typed in lower case, or in an all-capitals alert
    ("j'ai vu huguette au dépanneur hier, elle allait pas bien", ["huguette"]),
    ("merci a marc-andre cote pour le lift", ["marc-andre cote"]),
    ("ma cliente marie tremblay a gagné sa cause", ["marie tremblay"]),
    ("ALERTE : MARIE TREMBLAY A QUITTÉ LA RESSOURCE SANS AUTORISATION", ["MARIE TREMBLAY"]),
    ("ALERTE: JULIE ROY", ["JULIE ROY"]),
    ("BONNE FÊTE MAXIME!!", ["MAXIME"]),
    ("salut ginette, t'as reçu mon message?", ["ginette"]),
    ("Merci à Julie tremblay pour son aide", ["Julie tremblay"]),  # the whole name goes
    ("Mélanie pis moi on est allées au parc", ["Mélanie"]),
    ("Merci à Mme Fleurant et à Rosemonde pour les paniers de Noël!",
     ["Mme Fleurant", "Rosemonde"]),
    ("Notre party de Noël d'équipe avec Annie!", ["Annie"]),
    # handles: the whole handle, "@" included, so that the replacement removes all of it
    ("Gros merci à @JulieCôté pour la photo!", ["@JulieCôté"]),
    ("Merci @marie.gagnon pour ton aide", ["@marie.gagnon"]),
    ("Bravo @Sophie_Gagnon_87 pour ta course!", ["@Sophie_Gagnon_87"]),
    ("Écrivez à j.tremblay_87 sur Insta si vous avez des infos.", ["j.tremblay_87"]),
    ("Son snap : marc_andre_cote", ["marc_andre_cote"]),
    ("Suivez @julietremblay87 pour les photos du tournoi", ["@julietremblay87"]),
    ("Son compte insta c'est lucas.pelletier, allez voir", ["lucas.pelletier"]),
    ("Initiales seulement : la petite A. T., 5 ans.", ["A. T."]),
    ("Merci pour tout! Karine B., intervenante", ["Karine B."]),
    ("Merci à notre présidente, Mme Diane Leclerc, pour son discours.", ["Mme Diane Leclerc"]),
    ("Photo : Marc-Olivier Bérubé", ["Marc-Olivier Bérubé"]),
    ("Bon retour parmi nous, Annie-Claude!", ["Annie-Claude"]),
    ("J'ai croisé Ginette à l'épicerie, elle va beaucoup mieux.", ["Ginette"]),
    ("Nos pensées accompagnent la famille Gauthier.", ["Gauthier"]),
    ("Bravo à Léa-Maude Fournier et Élodie St-Germain!",
     ["Léa-Maude Fournier", "Élodie St-Germain"]),
    ("Pensées pour Mathilde qui a accouché hier 💕", ["Mathilde"]),
    ("La DPJ a placé Jayden chez sa grand-mère à Gaspé.", ["Jayden"]),
    ("Ma coloc Justine a trouvé un appartement.", ["Justine"]),
    ("Merci pour la soirée! — Josée", ["Josée"]),
    ("Mon client Antonio De Luca conteste l'amende.", ["Antonio De Luca"]),
    ("Mme X nous a raconté son histoire.", ["Mme X"]),
    ("On soupe chez Julie ce soir.", ["Julie"]),
    # names of every generation and community in Quebec, typed with or without accents
    ("Ma grand-mère Jeannette fête ses 90 ans dimanche!", ["Jeannette"]),
    ("Omer pis Chantale nous reçoivent au chalet samedi.", ["Omer", "Chantale"]),
    ("Merci à Widlène, Kervens et Nour pour l'accueil!", ["Widlène", "Kervens", "Nour"]),
    ("Covoiturage avec Thao demain matin, départ 7 h.", ["Thao"]),
    ("Mon voisin Oscar Proulx a déneigé notre entrée.", ["Oscar Proulx"]),
    ("Le petit Gloire a perdu sa première dent!", ["Gloire"]),
    ("Souper avec Gaelle et Therese hier soir.", ["Gaelle", "Therese"]),
    # a role word after an adjective: "notre nouvelle stagiaire"
    ("Dites bonjour à Inaya, notre nouvelle stagiaire!", ["Inaya"]),
    # the worker of a trade is a person; the shop named after one is not
    ("Mon barbier Tiago est le meilleur, demandez-le au salon.", ["Tiago"]),
    # a tribute is paid to private persons too (not the author of a work)
    ("Un bel hommage à Gisèle Arsenault pour ses 30 ans de bénévolat.", ["Gisèle Arsenault"]),
    # initials signing a message, at the end of a line or before the closing quote
    ("Bonne retraite Ginette, tu vas nous manquer!! -JF", ["Ginette", "JF"]),
    ("« Merci pour les 12 années de lunchs partagés – M.-C. »\n« Profite bien! -LR »",
     ["M.-C.", "LR"]),
    # the initials of a compound given name, whole, and the surname after them
    ("J.-F. Roy est venu chercher les clés hier.", ["J.-F. Roy"]),
    ("Merci à P.-A. et à M.-C. Gagnon pour hier.", ["P.-A.", "M.-C. Gagnon"]),
    ("Merci à Julie, la maîtresse du chien, pour les photos.", ["Julie"]),
    # an animal's owner, the one addressed: a preposition after the animal or the title
    ("On cherche une famille pour Léo, le chat de Manon B. qui déménage.", ["Manon B."]),
    ("Mention honorable à Lucas de la compta qui a perdu au Monopoly.", ["Lucas"]),
    # "pis", "+": names joined as people type them
    ("merci à julie pis kalinda pour le souper", ["julie", "kalinda"]),
    ("Dorji pis Karine sont arrivés en retard.", ["Dorji", "Karine"]),
    # a common first name typed in lower case where the tagger reads a proper noun
    ("gros party chez mathieu pour la game à soir", ["mathieu"]),
    ("spotted: un gars nommé marc au IGA de Rimouski", ["marc"]),
    # a first name signing a message
    ("On se voit demain au local -julie", ["julie"]),
    # a nickname made of "ti-", typed in lower case
    ("au bar de Percé avec la grande Jo pis ti-loup, 1-1 pis on a fêté", ["Jo", "ti-loup"]),
    # a family named by its surname
    ("Souper des Fêtes chez les Tremblay à Boucherville, comme chaque année.", ["Tremblay"]),
    # the speakers of a chat pasted into a post
    ("chat de famille 😂 mamie: qui vient à noël / raph: moi pis coralie / mamie: ok",
     ["raph", "coralie"]),
    # a listed surname capitalised in mid-sentence, though also a word ("cormier": a tree)
    ("Merci à notre skip la grande Jo pis à Cormier qui a sorti une double.",
     ["Jo", "Cormier"]),
    # quoted speech, and a quoted title about someone, name a person
    ("Elle m'a écrit « Julie arrive demain » hier soir.", ["Julie"]),
    ("Ils ont ouvert une page « Le vrai visage de Nancy Trudel » sur Facebook.", ["Nancy Trudel"]),
    # an animal named after a person: the person keeps the name; "GOAT" is no goat
    ("Our golden retriever Gerald (named after my father-in-law Gerald) got loose.", ["Gerald"]),
    ('Les commentaires : "Me Zoé la GOAT du contre-interrogatoire". Bravo zoé.',
     ["Me Zoé", "zoé"]),
    # a shop word, then "de" and a name: the name is a person's
    ("Au souper : la tourtière du Lac de Réjean, encore!", ["Réjean"]),
    # two initials typed as one word after a role word: a compound first name shortened
    ("Date night avec mon chum JF 💕", ["JF"]),
    # a widely known surname is a person's with an honorific or a role word
    ("Ma cliente, Mme Legault, est venue avec M. Trudeau, son voisin.",
     ["Mme Legault", "M. Trudeau"]),
]

FRENCH_NONE = [
    # cars, machines and public bodies; an age category that is also a given name
    "Arrivée à Québec avec une Corolla rouillée pis un Ski-Doo, merci au Jeune Barreau.",
    "Résultats du cross-country, Benjamin filles : voir le tableau.",
    # firms named after partners and "&"; events, buses and businesses named after someone
    "Merci à Tremblay & Associés et à Landry & Fils pour les commandites.",
    "Merci à tous mes donateurs du Grand défi Pierre Lavoie!",
    "Pour la sortie, on regarde avec Autobus Michel Dion.",
    "Les Entreprises Marc-Antoine Synnott ont refait le toit.",
    "Rue fermée demain (travaux Hydro, coin 3e Avenue).",
    # a town after "Ville de"; a firm named after two partners, one of them alone no name
    "La Ville de Mercier a voté le budget mardi.",
    "Merci à nos commanditaires : Fasken, McCarthy Tétrault et Stikeman Elliott.",
    # languages, peoples, public figures in their public role, institutions
    "Il parle couramment l'ourdou et le Tagalog.",
    "Bravo à nos Gaspésiens et Madelinots!",
    "Rencontre avec Marc Tanguay, député de LaFontaine, hier.",
    "Bravo Équipe! Quelle Victoire hier soir contre Granby!",
    "L'auteure Kim Thúy a signé des livres à la bibliothèque.",
    "Selon la L.P.J. et la L.S.J.P.A., on doit signaler.",
    "Santé Québec et la DPJ ont été avisées.",
    # lower case and capitals: words that are also given names
    "la vie en rose c'est pas pour tout le monde",
    "on a mis une pierre sur le terrain pis du marc de café",
    "on part en france l'été prochain avec les enfants",
    "AVIS IMPORTANT : LA PISCINE SERA FERMÉE LUNDI",
    "FÉLICITATIONS À TOUTE L'ÉQUIPE POUR LA VICTOIRE",
    "URGENT: CODE BLANC",
    "La fête Desjardins aura lieu samedi.",
    "on a gagné 3 à 1 contre laval hier",
    "Voir photo_julie.jpg en pièce jointe.",
    "Le mot de passe du wifi est bonjour_123.",
    "Suivez @rseq_monteregie pour les résultats.",
    # capitalised words at a sentence start, towns, institutions, places named after people
    "Souper spaghetti au profit de la maison ce vendredi!",
    "Vigile ce soir à Longueuil, puis marche jusqu'à Laval.",
    "Clinique de vaccination à Rimouski et à Matane la semaine prochaine.",
    "Rendez-vous au parc Jean-Drapeau, près du métro Jean-Talon.",
    "L'hôpital Maisonneuve-Rosemont cherche des bénévoles.",
    "Le Cégep Marie-Victorin et l'école Marguerite-Bourgeoys sont fermés.",
    "Bonne Saint-Jean à toutes et à tous!",
    "Joyeux Noël de la part de toute l'équipe!",
    "Le CHSLD Sainte-Justine ouvre une nouvelle aile.",
    # public figures acting publicly
    "Le juge Gagnon a rendu une décision fort attendue.",
    "La juge Marie-Josée Hogue a tranché en faveur de la Couronne.",
    "Le raisonnement de la juge en chef Manon Savard mérite qu'on s'y attarde.",
    "François Legault a annoncé de nouvelles mesures ce matin.",
    "Le premier ministre Legault était à Québec hier.",
    "Céline Dion chantera au Centre Bell en décembre.",
    # firms and businesses
    "Tremblay Avocats recrute une technicienne juridique.",
    "Félicitations à toute l'équipe de Lavoie & Associés!",
    "Café chez Tim Hortons puis pharmacie Jean Coutu.",
    # the policy's own words
    "La Loi sur la protection de la jeunesse interdit de publier ces renseignements.",
    "Le Code de déontologie des avocats et le Barreau du Québec sont clairs.",
    "Saviez-vous que la Direction de la protection de la jeunesse peut intervenir?",
    # sport
    "Le coach des Titans crie après des ados comme si c'était la finale de la Coupe Stanley.",
    "Go Canadiens go! Les Alouettes jouent samedi.",
    "Fête des Mères au Centre communautaire Saint-Roch dimanche.",
    "Marche Mondiale des Femmes à Gatineau ce samedi.",
    "Bienvenue à la Maison Hélène-Lacroix, un milieu de vie pour femmes.",
    "La Fondation Jean-Lapointe offre des ateliers gratuits.",
    "Radio-Canada en parlait ce matin, et Québec solidaire aussi.",
    "Merci Desjardins pour votre don au tournoi!",
    "Shoutout à toute la gang du CPE!",
    "Ben voyons donc, c'est pas sérieux.",
    "Check ça : la nouvelle salle est prête!",
    "Full de monde au souper hier! Party de Noël samedi.",
    "Bref, merci à tous pour votre patience.",
    "La Fondation Lucie et André Chagnon appuie le projet.",
    "Les médias sociaux (exemples : Facebook, Instagram) exigent de la prudence.",
    "Notre chien Winston a adoré la visite des enfants.",
    "Déjeuner d'équipe au restaurant Chez Ti-Jean ce matin!",
    "Aurore boréale visible ce soir au nord de Saint-Jérôme!",
    "Manuel de l'employé mis à jour : lisez-le avant lundi.",
    "Gloire à nos bénévoles, merci pour tout!",
    "Guy A. Lepage recevait une invitée surprise hier soir.",
    "Fromagerie Boivin : nouveau cheddar vieilli deux ans!",
    # a business named "Chez" or "à" its owner, after its trade or an article
    "Souper d'équipe à la Pizzeria Chez Tony après la game.",
    "On a loué le chalet « Chez Ti-Mé » pour la fin de semaine.",
    "Au menu : la poutine de La Cantine à Gaston pis le café de la Roulotte à Maurice.",
    "Un gros merci au Resto-Bar et à la Boulangerie Chez Ginette pour les prix de présence.",
    # after "du", or a capitalised article mid-sentence, a name names a thing: a shop, a
    # singer's songs, a beer, a building
    "Départ samedi 8 h du Tim de la rue Wellington.",
    "Au karaoké, on a chanté du Ginette Reno toute la soirée.",
    "Trois nouvelles bières : La Rocket, La Gisèle pis La Malbaie Noire.",
    # the joual "ben" (bien) is no Ben
    "Bon ben on se revoit en janvier, merci ben!",
    # the author or performer of a work; an animal shown by its emoji
    "Ce mois-ci on lit « La femme qui fuit » de Anaïs Barbeau-Lavalette.",
    "Le band a joué des reprises de Robert Charlebois toute la soirée.",
    "Une aquarelle du phare, à la manière de Clarence Gagnon.",
    # a quoted title or a team's name
    "Quiz : notre équipe « Jean-Guy Tremblay et les Mononcles » a battu « Les Réjeanne Padovani ».",
    "Voici Bouboule 🐱, la nouvelle mascotte du bureau.",
    # businesses named after their owners, after a shop or trade noun
    "Merci à Ferme Guy Lalonde et à Fumoir Réal Gagnon pour les prix!",
    "Exposants : Poterie Kateri Montour, Miel Lachance, Bijoux Nadia Haddad, Traiteur Louise Roy.",
    "Commandité par la Clinique de physio Marc-Antoine Roy et le Centre dentaire Dr Mailloux.",
    "Les toits refaits par Toitures Bérard ont tenu tout l'hiver.",
    # capitals after a dash that sign nothing: a province, a group number
    "Livraison gratuite partout dans la province - QC",
    "Les groupes qui jouent samedi : 1-A et 2-B",
    # an animal named, then described
    "Elle vit avec Rosie (une vieille chihuahua) depuis mars.",
    "On cherche une famille pour Léo, le chat de la voisine qui déménage.",
    # an initial before a word or a place is no name
    "Rendez-vous au local B. Réunion à 19 h, puis souper à l'U. Laval.",
    # a business or a title named after someone: a capitalised noun, then "de"
    "Kiosques : Les Confitures de Mamie Rose et Les Jardins de Rosalie.",
    "Le pain vient de la Boulangerie Le Pain de Paulette, rue Principale.",
    # the same words as lower-case names, as words
    "Mets le marc de café dans le compost, pis une pierre dessus.",
    # an animal named, then described without a comma
    "Simone la lapine cherche une maison depuis mars.",
    "Gérald et Monique, deux chats frères de 4 ans, cherchent une famille.",
    # "ti-" after a determiner: a drink, a child
    "On a bu des ti-punch au bar pendant que mon ti-gars dormait, pauvres ti-pits.",
    # a team is plural, a family is not
    "Bravo aux Alouettes! Les Remparts ont gagné aussi.",
    # a first name after "au" is a shop's or a restaurant's
    "On t'attend au Tim, pis après on va au Normandin.",
    # labels of a notice, not speakers
    "Date : samedi 14 h\nLieu : chalet des Patriotes\nPrix : 20 $\nRSVP : avant jeudi",
    # widely known people named in passing: writers, politicians by their surname alone
    "En classe on a lu Victor Hugo et Émile Zola, pis Molière aussi.",
    "Legault a encore annoncé une réforme, pis Trudeau dit rien.",
    "Pool de hockey : moi j'ai Kucherov, Makar pis Draisaitl, bonne chance.",
    # full names listed with a public figure are public figures too
    "Mes cartes de recrue : Stéphane Richer, Chris Chelios pis Mario Lemieux, en bon état.",
    # "son" is a possessive in French, not the role word of English
    "Elle a demandé son Journal de Montréal pis ses mots croisés.",
]

ENGLISH = [
    # a private person next to a public figure, known by a role word
    ("Great photo with Wayne Gretzky and my cousin Kevin Roy!", ["Kevin Roy"]),
    # a nickname quoted between a given name and a surname is part of the name
    ('Huge thanks to Gordon "Gordie" Belliveau for the ride home.',
     ['Gordon "Gordie" Belliveau']),
    # a department and a region in a signature, after the name
    ("Thank you! — Julie LeBlanc, Nursing, Baie-des-Chaleurs", ["Julie LeBlanc"]),
    # families named by their surname, though it is also a word or a place
    ("Donors: the Adams family, the Adeyemi twins and O'Connor & family.",
     ["Adams", "Adeyemi", "O'Connor"]),
    # an abbreviated military rank is read as an honorific, inside the name's span
    ("Thanks to my instructor, Capt. Siobhan Fitzgerald.", ["Capt. Siobhan Fitzgerald"]),
    ("My client Sarah Johnson finally got her settlement.", ["Sarah Johnson"]),
    ("Shoutout to our volunteer Marie Tremblay for her hard work!", ["Marie Tremblay"]),
    ("Mr. Singh's file is finally closed.", ["Mr. Singh"]),
    ("We met with Dr. Patel this morning about the appeal.", ["Dr. Patel"]),
    ("Happy birthday Chloé! 🎂", ["Chloé"]),
    ("A poem by Lily for her grandma made us all cry.", ["Lily"]),
    ("Still working on the Wilson file tonight.", ["Wilson"]),
    ("Call Mr. John Smith NOW to book.", ["Mr. John Smith"]),
    ("The circle meets in the St. Andrew's church hall on Thursday.", []),
    ("Paid with my Mastercard but Moneris keeps declining it.", []),
    ("Deb, since your son was 17, it goes to youth court.", ["Deb"]),
    ("Replying to your message, Jessica: you need to file before Friday.", ["Jessica"]),
    ("Grace, please call me back about your lease.", ["Grace"]),
    ("Thanks to Kateryna Kowalski for the lovely flowers.", ["Kateryna Kowalski"]),
    ("Our resident Amina, 29, arrived last night with her baby.", ["Amina"]),
    ("Welcome aboard, Jean-Philippe Morin! 🎉 Jean-Philippe joins our litigation team.",
     ["Jean-Philippe Morin", "Jean-Philippe"]),
    ("So proud of our goalie Olivia Chen! #GoOlivia", ["Olivia Chen", "Olivia"]),
    ("Ms. O'Brien will supervise the visit.", ["Ms. O'Brien"]),
    ("Text Liam at the number below to carpool.", ["Liam"]),
    ("Sincerely, Megan", ["Megan"]),
    ("Big thanks to Coach Dave for the ride!", ["Dave"]),
    ("Please pray for Mrs. Henderson and her family.", ["Mrs. Henderson"]),
    ("The Dubois kids are staying with us this weekend.", ["Dubois"]),
    ("Little Emma took her first steps at the shelter today!", ["Emma"]),
    ("Shout out to @jessica_m for the photos", ["@jessica_m"]),
    ("her insta is j.tremblay_87 btw", ["j.tremblay_87"]),
    ("shoutout to kevin and jessica for the help lol", ["kevin", "jessica"]),
    ("URGENT: KEVIN ROY IS NOT ALLOWED ON THE PREMISES", ["KEVIN ROY"]),
    ("my client john o'brien finally got custody", ["john o'brien"]),
    ("Thanks to Kevin mcdonald for the ride", ["Kevin mcdonald"]),
    ("congrats to emily and priya on making the provincial team!!", ["emily", "priya"]),
    # an unlisted subject a pronoun refers to
    ("Tshilanda brought her famous samosas to the potluck.", ["Tshilanda"]),
    ("Chidinma finished her GED this week!", ["Chidinma"]),
    ("@danielle_fortier_law thanks for the referral!", ["@danielle_fortier_law"]),
    ("Jessica said yes to the new schedule", ["Jessica"]),
    ("Our goalie Maya Okafor stopped 31 shots tonight!", ["Maya Okafor"]),
    ("The Tremblay-Nadeau estate finally settled.", ["Tremblay-Nadeau"]),
    # nicknames, and first names of Quebec's communities with no cue around them
    ("Ti-Jean a encore perdu ses clés au chalet.", ["Ti-Jean"]),
    ("Niamh is the best babysitter ever.", ["Niamh"]),
    ("Tekahionwake a gagné la course de 5 km.", ["Tekahionwake"]),
    ("Marckenson est arrivé en retard encore.", ["Marckenson"]),
    # towns of the policy engine's gazetteer (the same list) are places
    ("Meet Chantal from Listuguj and Sheila from Gesgapegiag.", ["Chantal", "Sheila"]),
    ("dm @kevin.b.89 if you saw the car", ["@kevin.b.89"]),
    ("Follow @noahgagnon04 for the highlights", ["@noahgagnon04"]),
    # an initial and a surname, then a trade word
    ("Thanks to @m.nakashima_law for the referral.", ["@m.nakashima_law"]),
    ("Hey Kayla, your hearing was moved to Monday.", ["Kayla"]),
    ("Thanks to Desjardins and Julie Tremblay for the donation.", ["Julie Tremblay"]),
    ("Thanks to Siobhan, Gord and Priyanka for helping us move!",
     ["Siobhan", "Gord", "Priyanka"]),
    ("Huong's recital was amazing last night.", ["Huong"]),
    ("Still waiting on Kahentiiosta Diabo to sign the lease.", ["Kahentiiosta Diabo"]),
    ("Say hi to Inaya, our new intern!", ["Inaya"]),
    ('"Thanks for covering my shifts all winter, you rock — D.B."', ["D.B."]),
    # an apposition about an animal lover or an animal's owner is about a person
    ("Thanks to Karen, our dog walker, for everything.", ["Karen"]),
    # an initial and a surname, with no cue at all
    ("Plot assignments as emailed:\n- A1 R. Ouellette\n- A2 T. Nakashima",
     ["R. Ouellette", "T. Nakashima"]),
    ("Cards for the retirement party were signed by T. Nakashima and the whole floor.",
     ["T. Nakashima"]),
    # a person's team, names joined with "+"
    ("Codenames: team Roxanne + Jean-Baptiste won again.", ["Roxanne", "Jean-Baptiste"]),
    ("HBD coach Denis!! see you at practice -tyler", ["Denis", "tyler"]),
    # a numbered line of a list; a couple joined by "&"
    ("Garden plots this year:\n- B2 Oyelaran-Tanaka\n- B3 Nakashima",
     ["Oyelaran-Tanaka", "Nakashima"]),
    ("Plot 14: Aoife Brennan & Carlos Mendoza (peppers).", ["Aoife Brennan", "Carlos Mendoza"]),
    ("pasting our chat lol\nkev: who ate my pad thai\ntanisha: not me i was at the gym",
     ["kev", "tanisha"]),
    ("His billet family, the Charettes, are thrilled to have him.", ["Charettes"]),
    # first names that are also words, thanked together
    ("Shoutout to Grace, Hope and Victoire for the hustle at practice tonight.",
     ["Grace", "Hope", "Victoire"]),
    # a fictional character does not hide the private person next to it
    ("Watched Luke Skywalker and Darth Vader with my nephew kevin.", ["kevin"]),
    # a mention made of no word, no place and no institution is someone tagged
    ("lol @kev_b you owe me a coffee", ["@kev_b"]),
    # a quoted team name, then its members
    ('Winning team "Wayne Gretzky\'s Accountants" — Tom Mackenzie, Lucia Ferreira',
     ["Tom Mackenzie", "Lucia Ferreira"]),
    # in a hashtag, a listed surname after "Team", a given name after "And"
    ("What a day! #TeamOkafor #MariageAudreyEtFelix #TeamCanada", ["Okafor", "Audrey", "Felix"]),
    # a capitalised word right after a role word is a name, though a word of the language
    ("Thank you nurse Precious for everything, and my sister Patience too.",
     ["Precious", "Patience"]),
]

ENGLISH_NONE = [
    # a word of the language is not a name for a weak cue, a role word or a comma around it:
    # a title, a group, a band, a street, a sculpture
    'Delighted to share that "Small Claims, Big Stakes" is out today from our press.',
    "Proud to have coordinated our Volunteer Auxiliary's Radiothon this year.",
    "Off-duty announcement: our firm's jazz quartet, Habeas Chorus, will play the bar on Friday.",
    "Keep stealing the signs on Grande Ligne and we call the police.",
    "In Sainte-Flavie we saw the Grand Rassemblement sculptures at low tide.",
    "Agenda: 1. budget, U.S. trip, P.S. notes\n2. A.M. shift, Q.C. forms",
    "He plowed half the street with his little Kubota; mastery of Word and PCLaw required.",
    "Quick reminder from your Bantam girls coach: Benjamin boys play at noon.",
    # an event and a bursary named after someone; a rank before a name is no name; two
    # languages joined by a hyphen
    "Terry Fox Run: $1,340 raised, and the Harold Grant Bursary goes to its tenth recipient.",
    "Our Inuktitut-English literacy evening is back in March.",
    # an elected councillor acting publicly; a town after "Town of"; month abbreviations
    "To Councillor Amanda Walsh and the Town of Hudson council: fix the streetlight.",
    "Reunion is Sunday Aug. 17, service on Dec. 9 at 10:30.",
    # a firm whose name ends in LLP
    "Summer Student | Fitzgerald Boileau Weiss LLP",
    # languages, games, job titles, public figures in their public role, institutions
    "Our interpreters cover Vietnamese, Arabic, Tigrinya and Mandarin.",
    "She speaks Portuguese and Tagalog at home.",
    "The kids played Fortnite and Minecraft all weekend.",
    "Our Montrealers and Lavallois showed up in numbers.",
    "Hiring: Senior Associate, Family Law. Apply by Friday.",
    "Proud to be named Managing Partner at the Sherbrooke office.",
    "Game night: Mario Kart and Animal Crossing in the gym!",
    "The singer Roch Voisine played at the festival.",
    "Author Michel Tremblay gave a reading.",
    "Coffee with Jeanne Roy, the author of the new novel.",
    "We met with Legal Aid and Family Services about the case.",
    "Grand Chief Kahsennenhawe will attend the ceremony.",
    "Faith, Hope and Love: our Christmas fundraiser is live.",
    "Will and Grace reruns all weekend lol",
    "Fortinet announced layoffs today.",
    "Duolingo says I have a 200 day streak lol",
    "Shoutout to Summer Camp staff and Autumn Festival volunteers!",
    "Big shoutout to Hope Shelter and Grace Fellowship.",
    "Justice was served today. Health Canada issued a recall.",
    "With respect, Your Honour, the file was served on time.",
    "Go Lévis Elementary! Banner day for the kids.",
    "What a week. Lovely family, messy file.",
    "will you come to the game? may i bring my kids?",
    "the grace period ends in may",
    "my lawyer said the judge will decide in june",
    "REMINDER: PAYMENT IS DUE FRIDAY, NO EXCEPTIONS",
    "GAME DAY! LET'S GO TEAM, BRING THE NOISE",
    # handles of businesses and teams, file names, identifiers
    "Check out @marcheduquartier for fresh veggies",
    "Our @leaderboard is up, go vote!",
    "Follow @mtl_news and @habs_fan_99 for game updates.",
    "The file rapport_final_2024.pdf is attached.",
    "Use the variable user_id_2 in the script.",
    "Tag @tremblay_avocats in your review.",
    "Hope to see you all at the fundraiser!",
    "Will you join us on Saturday? Mark your calendars!",
    "Grace period for the tax filing ends in May.",
    "Join us at Victoria Park on Victoria Day.",
    "Justice Kasirer wrote the majority opinion.",
    "Premier Legault announced new measures today.",
    "Justin Trudeau visited Montreal on Tuesday.",
    "Our shelter is near the Esso on Route 112 in Marieville.",
    "Bill 96 changes the rules for contracts in Quebec.",
    "Drop us a Google review! #WestIsland #MontrealRealEstate",
    "Meet us at the Jean-Talon Market this Sunday.",
    "Sherbrooke and Granby teams will meet in the final.",
    "Thanks to Desjardins for sponsoring our tournament!",
    # the author or performer of a work; an animal shown by its emoji
    'This month we read "Indian Horse" by Richard Wagamese.',
    "We saw a painting by Marc Séguin at the gallery.",
    "The band played covers of Gordon Lightfoot all night.",
    "A tiny scale of justice tattooed in the style of Keith Haring.",
    # a saying's author after the quote and a dash; an event named after someone
    "“It always seems impossible until it's done.” — Nelson Mandela",
    "The 3rd annual Nancy Ruest Memorial Walk raised $14,260.",
    "Meet Biscuit 🐶 a sweet lab mix looking for a home.",
    "Say hi to Max the beagle, he loves kids.",
    "ADOPTED! Bruno (the 11-year-old lab nobody wanted) went home today.",
    # animals named together, described once; the same name again later; a name called
    "We raised $1,240 for Dolores and Frank, the two rescue ferrets of our shelter.",
    "Barbara (cat, 14, diva) and Steve (guinea pig). Barbara ate Steve's parsley.",
    "He is friendly, huge, answers to Gerry or Gerald, and will follow anyone.",
    # places and businesses named after someone, before a place or shop word
    "Lunch at Lindsay Place, pancakes at Régine Café, a walk past the Hope Cemetery.",
    "Shopping list:\n- 2 Tomatoes\n- A1 Sauce\n- 3 Lemons",
    "Rules: compost bins only for plant matter.\nPS: water before 9am.\nNote: no dogs.",
    "Drive-thru coffee at the Tim's on Saint-Jean Blvd before the game.",
    # a business named with its town; a place after "from" or "in"
    "Curling results are in. Thanks to Tim Hortons Gaspé for the prizes, see you in Gaspé!",
    "I'm a civil engineer from Tehran and I just settled here with my family.",
    # businesses named after their owners, before or after a shop or trade noun
    "Thanks to Pizzeria Luigi and Spa Eastman for the prizes.",
    "Watched \"Jaws\" Friday with the kids, then pizza.",
    "Thanks to Desjardins Caisse Populaire and Pizzeria Chez Rocco for sponsoring the Gala.",
    "Quiz night answers: Oscar Peterson, Roberta Bondar and Marie Curie.",
    # a variety, a song or a product in single quotes
    "The rose 'Martin Frobisher' and the clematis 'Nelly Moser' both came back this spring.",
    "Sowing tomatoes 'Cherokee Purple' and beans 'Aunt Molly's Ground Cherry' this weekend.",
    "Huge thanks to the crew at Medeiros Construction and Murphy Roofing.",
    "Hockey Canada released new guidelines.",
    "Sunday service at Grace Church is cancelled.",
    "Our founder moved the office from Victoria to Jordan years ago.",
    "Congrats to the Canadiens on a great season. Go Habs go!",
    "Huge thank you to Costco Boucherville for the donation!",
    "Lol, that was the best game of the season.",
    "Chase Bank opened a branch downtown.",
    "Long weekend ahead, drive safe!",
    "Loan approved, finally!",
    "Patrick Huard was hilarious in the new movie.",
    "We watched Real Madrid with the kids.",
    # Title Case headings, as in the policies themselves
    "Understanding the Importance of Client Privacy on Social Media",
    "Setting Clear Boundaries for Client Interactions",
    "Urgent: Max, 9 y/o shepherd, needs a foster by Friday.",
    "Free shipping anywhere in Canada -CA\nSee you at the market -PS bring cash",
    # widely known people named in passing
    "Reading Shakespeare and listening to Beethoven while Obama talks about Einstein.",
    "Barack Obama and Taylor Swift both posted about it, and so did Wayne Gretzky.",
    # the world's cities, in English and in French
    "Flew in from Lisbon, then Nairobi; next year Ho Chi Minh City. Bonjour de Lisbonne!",
    # mentions of institutions, shops and places, and acronyms
    "Thanks @tourismegaspesie, @rseq_monteregie, @cafeolimpico and @RSEQ for the day!",
]
