"""PERSON: every case lists exactly the PERSON spans expected in the post (none: [])."""

from __future__ import annotations

import pytest

PERSON = "PERSON"

FRENCH = [
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
]

FRENCH_NONE = [
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
]

ENGLISH = [
    ("My client Sarah Johnson finally got her settlement.", ["Sarah Johnson"]),
    ("Shoutout to our volunteer Marie Tremblay for her hard work!", ["Marie Tremblay"]),
    ("Mr. Singh's file is finally closed.", ["Mr. Singh"]),
    ("We met with Dr. Patel this morning about the appeal.", ["Dr. Patel"]),
    ("Happy birthday Chloé! 🎂", ["Chloé"]),
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
    ("Hey Kayla, your hearing was moved to Monday.", ["Kayla"]),
    ("Thanks to Desjardins and Julie Tremblay for the donation.", ["Julie Tremblay"]),
    ("Thanks to Siobhan, Gord and Priyanka for helping us move!",
     ["Siobhan", "Gord", "Priyanka"]),
    ("Huong's recital was amazing last night.", ["Huong"]),
    ("Still waiting on Kahentiiosta Diabo to sign the lease.", ["Kahentiiosta Diabo"]),
    ("Say hi to Inaya, our new intern!", ["Inaya"]),
]

ENGLISH_NONE = [
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
]


@pytest.mark.parametrize(("text", "expected"), FRENCH)
def test_french_names(found, text, expected):
    assert found(text, "fr", PERSON) == expected


@pytest.mark.parametrize("text", FRENCH_NONE)
def test_french_non_names(found, text):
    assert found(text, "fr", PERSON) == []


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_names(found, text, expected):
    assert found(text, "en", PERSON) == expected


@pytest.mark.parametrize("text", ENGLISH_NONE)
def test_english_non_names(found, text):
    assert found(text, "en", PERSON) == []
