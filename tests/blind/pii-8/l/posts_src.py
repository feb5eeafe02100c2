POSTS = [
# ---------- Brief 1: customer service, businesses named after founders ----------
(1,"fr","facebook","C",[],"""Un gros merci au Jean Coutu de Chandler!! [[P:Nathalie]] au labo a appelé elle-même mon médecin au CLSC pour mon renouvellement un samedi soir. Service 10/10 comme d'hab 💊🙏"""),
(1,"en","facebook","L",[],"""To whoever manages the Simons at Place Ste-Foy: your staff member [[P:Kwame]] (tall guy, menswear) spent 40 min helping my dad find a suit for my sister's wedding. He even hemmed it same day. THANK YOU. This is why we drive 3 hrs to shop at La Maison Simons and not on Amazon."""),
(1,"fr","instagram","R",[],"""Tim Hortons sur boul. Taschereau à 6h45 un samedi de tournoi 🏐☕ 40 min d'attente au service au volant, commande #4471 oubliée DEUX fois. Bon. J'vais survivre. Merci quand même à [[P:ti-guy]] à la fenêtre qui a offert les Timbits aux joueuses 😅 #RSEQ #volleyball #Brossard"""),
(1,"en","linkedin","B",[],"""Small shout-out to a great customer experience: my Hyundai was in for warranty work at Desrosiers Hyundai in Sherbrooke and the service advisor, [[P:Mrs. Priya Raghunathan]], kept me updated by text at every step (and found me a loaner so I could make it to the Palais de justice on time). Service quality is service quality, whatever the industry. #customerexperience"""),
(1,"fr","facebook","S",[],"""Plainte officielle au Brunet de la rue Principale: ça fait 3 fois que ma prescription est pas prête alors que j'ai reçu le texto "PRÊTE". La technicienne ([[P:mme Lavoie]] je pense?) m'a dit de "revenir demain". Appelez-moi au [[T:819 555-0172]] svp quelqu'un du bureau chef, c'est pas la première fois 😤"""),
(1,"en","instagram","C",[],"""ok Renaud-Bray Gaspé I love you 📚 @[[P:julie.b.arsenault]] held my order for THREE weeks while I was on the road. best bookstore lady on the peninsula 💙 #gaspesie #bookstagram"""),
(1,"fr","linkedin","L",[],"""Expérience client à souligner: commande de mobilier de bureau chez Ameublements Tanguay, livraison ratée deux fois (réf. commande 88-20417), MAIS le gérant, M. [[P:Réjean Boudreault]], a rappelé lui-même, remboursé la livraison et on a eu nos bureaux vendredi. Comme quoi une plainte bien traitée vaut plus qu'une vente sans histoire."""),
(1,"en","facebook","B",[],"""Dear Lacordaire Auto (the Ford dealer on Henri-Bourassa, not the street lol) — your salesman [[P:BRANDON OKAFOR]] promised me a callback "first thing Monday" three Mondays ago. I'm at [[T:514.555.0148 ext. 2]], [[P:Brandon]]. Still waiting. Still want the Escape. ✌️"""),
# ---------- Brief 2: registering a child for sports / a class ----------
(2,"fr","facebook","R",[],"""Inscription soccer U9 faite ✅ pour ceux qui m'ont demandé c'est sur le site de l'Association de soccer de Saint-Hubert, date limite vendredi. 95 $ + chandail. Go les Dragons! ⚽"""),
(2,"fr","facebook","C",["CHILD_PROTECTION_IDENTIFICATION"],"""Quelqu'un sait si le hockey mineur de Bonaventure accepte encore les inscriptions?? Je colle ce que j'ai rempli sur le formulaire, dites-moi s'il manque de quoi 🙏
Nom de l'enfant: [[P:Jayden Caplan-Metallic]]
Date de naissance: [[D:2017-08-22]]
No assurance maladie: [[R:CAPJ 1708 2219]]
Parent/tuteur: c'est nous la famille d'accueil depuis juin (placement DPJ), ses parents [[P:Kevin Metallic]] et [[P:Shanna Caplan]] ont pas à signer?
Contact: [[T:418-555-0193]]"""),
(2,"en","instagram","R",[],"""copy/paste from the gymnastics registration form bc the site keeps crashing 🙄 
Child: [[P:Amelia Nguyen-Tran]]
DOB: [[D:March 3, 2015]]
Medicare (RAMQ): [[R:NGUA15530312]]
Parent: [[P:Linh Tran]] — [[E:linh.tran.84@example.com]] — [[T:(450) 555-0127]]
if anyone from Gym Richelieu sees this pls just call me lol"""),
(2,"en","instagram","S",[],"""Signed my son up for swimming lessons at the YMCA! First time he's doing something on his own since we moved. Proud mama 🏊‍♂️💙"""),
(2,"fr","instagram","B",[],"""Inscription au camp de théâtre de la Maison de la culture Marie-Uguay ✔️ La p'tite [[P:Rosalie]] est déjà en train d'apprendre ses répliques du Petit Prince 🎭 #fiertédemaman"""),
(2,"en","linkedin","L",[],"""PSA for parents in the office: the Lac-Brome Chess Club spring session registration form asks for your child's health insurance number. It doesn't need it. Leave it blank, they confirmed by email. A little data minimisation goes a long way. ♟️ #privacy"""),
(2,"fr","facebook","R",[],"""FORMULAIRE BASKET MINI (copie pour ma sœur qui doit le refaire pour son gars)
nom: [[P:théo bélanger-diallo]]
né le [[D:14 janvier 2014]]
RAMQ [[R:BELT 1401 1408]]
école: Jacques-Rocheleau, Saint-Hyacinthe
allergies: arachides (EpiPen dans le sac)
urgence: [[P:Aminata Diallo]] [[T:450 555 0161]] / [[P:Marc-Olivier]] [[T:+1 450 555 0188]]
adresse: [[A:2215 rue des Cascades Ouest]], [[Z:j2s3j1]]
ok [[P:Fatou]] t'as juste à changer le nom et la date 😘"""),
(2,"en","facebook","C",[],"""Ballet registration for the Gaspé spring recital is open until April 12 at the Centre culturel Le Griffon. My daughter [[P:Maëlle]] did it last year and loved it. Ms. [[P:Cormier]] is an amazing teacher 💗"""),
]
POSTS += [
# ---------- Brief 3: quotations dedicated to a friend / relative ----------
(3,"fr","facebook","S",[],"""« C'est beau un homme qui pleure »… non attends. Comme disait Félix Leclerc : « C'est grand la mort, c'est plein de vie dedans. » 🕊️
Pour toi grand-maman [[P:Thérèse]], partie hier à 94 ans. Tu nous as appris à chanter du Vigneault en faisant des tartes. On t'aime."""),
(3,"en","instagram","B",[],"""“There is no greater agony than bearing an untold story inside you.” — Maya Angelou
for @[[P:dee.mcallister]] who finally submitted her manuscript tonight 🥂 so proud of you [[P:Dee]]"""),
(3,"fr","instagram","R",[],"""« Il n'y a pas d'échec, il n'y a que des leçons » (pas sûr qui a dit ça, Einstein? Confucius? Pierre Lavoie? 😂)
Bonne fête à mon coach préféré, [[P:Rudy]]!!! 🏀🎂 #RSEQ #merci"""),
(3,"en","linkedin","L",[],"""As Nelson Mandela said, "It always seems impossible until it's done."
Dedicating this one to my mother, [[P:Margaret O'Sullivan-Roy]], who went back to school at 52, finished her LL.B. at Université de Sherbrooke and was sworn in this week. Ma, you're the reason I do this job. ⚖️"""),
(3,"fr","facebook","C",["CONSENT_REQUIRED"],"""« Le bonheur, c'est d'avoir de petites choses à faire et de grandes choses à espérer » – Yvon Deschamps (je crois 😅)
Celle-là c'est pour notre [[P:Mme Gertrude Poirier]], qui habite notre ressource depuis 5 ans et qui fête ses 90 ans aujourd'hui! Photo avec son gâteau en commentaire 🎂💕"""),
(3,"en","linkedin","S",[],""""You may encounter many defeats, but you must not be defeated." — Maya Angelou 
To every woman who walked out of a door this year: this one's for you. 💜"""),
(3,"fr","linkedin","B",[],"""Comme disait Gilles Vigneault, « Mon pays ce n'est pas un pays, c'est l'hiver ». Et comme dirait mon associé [[P:Me Louis-Philippe Bérubé]] en déneigeant le stationnement du cabinet ce matin: « on aurait dû ouvrir un bureau à Cancún ». ❄️😂"""),
(3,"en","instagram","R",[],""""Float like a butterfly, sting like a bee" - Ali 🥊 
happy 16th to my lil cousin [[P:TASHA]] who just won gold at the Championnats régionaux in Granby!!! @[[P:tasha_bouchard04]] 🥇🥇"""),
# ---------- Brief 4: book signings and author talks ----------
(4,"fr","facebook","C",[],"""Soirée magique à la Librairie Liber de New Richmond hier avec Michel Jean qui présentait Kukum et son dernier roman 📚 Merci à [[P:Sylvie]] pour l'organisation impeccable et aux amies qui sont venues malgré la tempête: [[P:Guylaine]], [[P:Nancy B.]], la grande [[P:Jo]] 💙 Prochaine: Naomi Fontaine en mai!"""),
(4,"en","linkedin","L",[],"""Thrilled to have attended Louise Penny's talk at the Bibliothèque Atwater in Westmount last night — a full house for a conversation about Three Pines, grief and the Eastern Townships. Thanks to the library's program coordinator, [[P:Hélène Kirouac]], for the invitation, and to my colleague [[P:Daniel Mensah]] for saving me a seat."""),
(4,"fr","instagram","B",[],"""séance de signature de Kim Thúy chez Renaud-Bray Saint-Denis 🥹 elle a écrit "pour [[P:Mai-Linh]], douceur et courage" dans mon Ru. j'ai pleuré dans le métro Berri-UQAM. #kimthuy #ru #littératurequébécoise"""),
(4,"en","facebook","S",["CONSENT_REQUIRED"],"""What a night at the Pointe-Claire Public Library for our fundraiser author talk with Heather O'Neill! 📖 Photos of our team at the table below — [[P:Roxanne]], [[P:Bich Ngoc]] and [[P:Élise Tremblay-Gauthier]] (in the green sweater) ran the book sale and raised $1,340 for the house 💜"""),
(4,"fr","facebook","R",[],"""Lancement du premier livre de mon beau-frère [[P:Sébastien Larocque]] à la Bibliothèque Raymond-Lévesque de Saint-Hubert samedi à 14h!! « Les étés du Richelieu », autoédité, 22 $. Venez nombreux, y'a du café pis des biscuits de ma tante [[P:Denise]] 😆"""),
(4,"en","instagram","C",[],"""Dany Laferrière at the Salon du livre de la Côte-de-Gaspé 🙌 asked him about Comment faire l'amour avec un nègre sans se fatiguer and he just laughed and signed "à [[P:Wesley]], de Port-au-Prince à Gaspé" 😭 thx @[[P:mariekim.lebreux]] for dragging me there"""),
(4,"en","linkedin","B",[],"""Reminder: the Bar of Montréal's "Lawyers who write" series continues Thursday 6 pm at Drawn & Quarterly, [[A:211 Bernard St W]]. Free, no registration. See you there."""),
(4,"fr","linkedin","L",[],"""Causerie de l'autrice Marie Laberge à la Bibliothèque Gabrielle-Roy de Québec mardi. Belle réflexion sur l'écriture et le temps. Merci à [[P:Geneviève Côté-N'Diaye]], animatrice, pour les questions fines. Le Goût du bonheur reste un classique."""),
]
POSTS += [
# ---------- Brief 5: gardening, varieties named after people ----------
(5,"fr","facebook","S",[],"""Mes rosiers Félix Leclerc pis John Cabot ont passé l'hiver sans protection 🌹🌹 Les Explorer c'est vraiment fait pour le Québec. Par contre mon Marie-Victorin a gelé jusqu'au pied, RIP. Conseil de [[P:Ginette]] chez Botanix: rabattre à 15 cm pis attendre."""),
(5,"en","instagram","C",[],"""tomato haul 🍅 Mémé de Beauce, Cherokee Purple, Aunt Ruby's German Green and one lonely Mortgage Lifter. my neighbour [[P:mr. pelletier]] says the Mémé is the best canning tomato in Gaspésie and honestly he's right #gardening #heirloom"""),
(5,"fr","instagram","B",[],"""Les lilas sont sortis!! Madame Lemoine (blanc double), Président Grévy, Charles Joly pis un Miss Kim que m'a donné [[P:Louise-Andrée]] d'en face 💜 ça sent tellement bon dans la ruelle"""),
(5,"en","instagram","R",[],"""Apple picking in Rougemont 🍎 McIntosh and Cortland done, Honeycrisp not ready yet. Huge thanks to [[P:Dom]] and [[P:Kayla Beauregard]] for the ride, and to the lady at the Verger Charles Gendron stand who gave the kids free cider donuts. Paula Red is underrated, fight me."""),
(5,"fr","linkedin","L",[],"""Petite pause jardinage entre deux dossiers: j'ai planté un pommier Lobo et un Dolgo au chalet de Sutton. Le pépiniériste de la Pépinière Jasmin, [[P:M. Yves Jasmin]], m'a expliqué la pollinisation croisée mieux que n'importe quel webinaire. 🌳"""),
(5,"en","facebook","S",[],"""Jackmanii clematis cuttings anyone?? 🌸"""),
(5,"fr","facebook","C",[],"""Allo le groupe Jardiniers de la Baie-des-Chaleurs 🌱 Quelqu'un a essayé la tomate Savignac ou la Bonny Best par icitte? [[P:Lucienne Bujold]] au Centre jardin Caron de Carleton m'a dit que la Savignac est plus hâtive. Appelez-la au [[T:418‐555‐0104]] si vous voulez réserver des plants, elle en a une 50aine."""),
(5,"en","instagram","L",[],"""hostas update: 'Frances Williams' is HUGE, 'June' is sulking, 'Sum and Substance' ate the birdbath 😂 shoutout to @[[P:abdel.rahmouni]] my garden-center guy at Jardin Dion who told me to stop overwatering"""),
# ---------- Brief 6: petition / letter to MNA, MP, minister ----------
(6,"fr","facebook","C",[],"""PÉTITION – urgence de l'hôpital de Sainte-Anne-des-Monts fermée la nuit ENCORE cet été
Voici la lettre qu'on a envoyée au ministre de la Santé et à notre député à Québec, copie au PDG de Santé Québec:

« Monsieur le Ministre,
Nous, citoyennes et citoyens de la Haute-Gaspésie, vous demandons de maintenir ouverte 24/7 l'urgence de l'Hôpital de Sainte-Anne-des-Monts. Quand l'urgence ferme la nuit, le plus proche c'est Matane ou Gaspé, plus d'une heure et demie de route 138 en hiver, avec les caps pis la poudrerie. Nos aînés, nos pêcheurs, nos familles de Cap-Chat à Mont-Saint-Pierre méritent mieux. La pénurie de personnel, on la comprend, mais les solutions existent: primes d'éloignement, logement pour les infirmières, entente avec l'Université Laval pour les résidents.
Veuillez agréer, Monsieur le Ministre, l'expression de nos salutations distinguées. »

Déjà 412 signatures! Merci aux voisins de la rue du Parc qui ont fait du porte-à-porte: [[P:Raymonde]], [[P:Gilles Fournier]], les [[P:Lemieux]]… Lien en commentaire. Signez même si vous habitez Cap-Chat ou Mont-Louis!"""),
(6,"en","facebook","S",["LOCATION_DISCLOSURE"],"""We've written to our MNA and to the Minister of Public Security asking for a crosswalk and lighting on Maple Ave. Our residents and their kids cross there every day to get to the bus — the house is right at the corner, number 37, behind the big hedge. Please sign and share!"""),
(6,"fr","linkedin","B",[],"""Lettre ouverte cosignée au ministre de la Justice concernant les délais au palais de justice de Longueuil. Merci aux consœurs et confrères qui ont signé, notamment [[P:Me Karine Dubé-Ortiz]] et [[P:Me Andrew Keenan]]. La lettre cite un exemple tiré d'un jugement publié (dossier [[C:505-17-012874-221]]): 31 mois entre le dépôt et l'audition. Vous pouvez encore ajouter votre nom d'ici vendredi."""),
(6,"en","instagram","R",[],"""Dear MP for Brossard—Saint-Lambert, our school gym roof has been leaking since 2022 🪣🪣 our volleyball girls play around BUCKETS. we sent the letter today with 238 signatures. thank you coach [[P:Rémi]] (yes we know you paid for the buckets) and thank you [[P:Mrs. D'Amico]] from the parents' committee 🙏 #fixourgym"""),
(6,"fr","facebook","L",[],"""Aux gens du Domaine des Pins à Saint-Bruno: on dépose la pétition pour le dos d'âne sur la rue Roberval au conseil municipal lundi. Si vous avez pas signé, passez chez [[P:Pierrette]] au [[A:1487, rue Roberval]] (sonnez fort elle entend pas bien 😅) ou écrivez à [[E:petition.roberval@example.com]]."""),
(6,"en","linkedin","C",[],"""Proud to co-sign the letter from Gaspé healthcare workers to the federal Minister of Health and to our MP, Diane Lebouthillier, on ferry access to medical appointments for Îles-de-la-Madeleine residents. Public policy is patient care too."""),
(6,"fr","instagram","S",[],"""On a rencontré notre députée ce matin à son bureau de comté pour parler du financement des maisons d'hébergement 💜 Merci de nous avoir écoutées. La lutte continue! #8mars"""),
(6,"en","facebook","B",[],"""Letter to our city councillor & MNA re: the Terrasse Champlain dog park. Signatures so far (paper copy): [[P:J. Tremblay]] (unit 2), [[P:Ahmed Bensaïd]], [[P:o'neill]] family, [[P:Rosa Pimentel]], [[P:Ti-Paul]] from the dep. Drop the sheet back at [[A:3320 Champlain St, apt. 6]], [[Z:H3H1T3]] or call [[T:514 555 01 66]]. Let's get to 300! 🐕"""),
]
POSTS += [
# ---------- Brief 7: wine, cider and beer tasting notes ----------
(7,"fr","instagram","R",[],"""Dégustation à la Cidrerie Michel Jodoin à Rougemont 🍏🍾 Le rosé mousseux est malade, le cidre de glace un peu trop sucré à mon goût. [[P:Mathieu]] derrière le comptoir connaît son affaire. Avec la gang du basket: @[[P:karo.lapierre]], [[P:Big Steve]], [[P:Yasmine]] 🥂 #cidre #Montérégie"""),
(7,"en","linkedin","L",["CLIENT_CONFIDENTIALITY"],"""Celebrated a long-awaited settlement with my client [[P:Mr. Haddad]] tonight over a bottle of Château Mouton Rothschild 2010 — after four years of litigation against his former business partner, he deserved it. Notes: cassis, cedar, graphite, endless finish. Thank you to sommelier [[P:Jean-Baptiste Morin]] at Le Mousso for the pairing."""),
(7,"en","instagram","S",[],"""beer notes from Pit Caribou in Anse-à-Beaufils 🍺
• La Gaspésienne no.13 – roasty, smoky, 10/10
• Blanche de l'Anse – meh
• Étoile du Nord – juicy
brewer [[P:Étienne]] gave us the tour. w/ [[P:marie-soleil]] & [[P:cat]] 🌊"""),
(7,"fr","facebook","B",[],"""Club de dégustation de janvier: Bourgogne. Joseph Drouhin Chablis 2021 (minéral, citron, 17/20), Louis Jadot Beaune 1er cru (cerise, un peu fermé), Domaine Leflaive… on rêve, on avait pas le budget 😂 Merci à [[P:Me Chantal Ouimet]] pour l'accueil et à [[P:Frédéric]] pour les fromages de la Fromagerie Fritz Kaiser."""),
(7,"en","facebook","R",[],"""Péché Mortel > everything. fight me ☕🍺"""),
(7,"fr","linkedin","S",[],"""Belle visite au Vignoble Carone à Lanoraie avec l'équipe des bénévoles (sortie reconnaissance 💜). Le sommelier, [[P:M. Arturo Delgado]], nous a fait goûter le Sélection Carone et un blanc Frontenac gris surprenant. Merci au comité d'organisation: [[P:Chloé]], [[P:Nadia Ait-Hamou]]."""),
(7,"en","instagram","L",[],"""Molson Export vs Labatt 50 blind test at the cottage, results: nobody could tell 😂 my uncle [[P:Gerry]] insists he can. Gerry, you can't. 🍻 @[[P:gerry.mcinnis.1958]]"""),
(7,"fr","instagram","C",[],"""Tournée des microbrasseries de la Gaspésie 🚐 Auval à Val-d'Espoir (IPA Hop Diesel wow), Le Naufrageur à Carleton, Brasserie Cap-Gaspé. Réservé la caisse d'Auval par téléphone, carte [[CC:4520 8219 9351 8192]] exp 09/28 lol j'espère que personne lit ça 🙈 merci [[P:Anne-Julie]] pour le lift"""),
# ---------- Brief 8: apartment-building notices and replies ----------
(8,"fr","facebook","R",["HARASSMENT"],"""AVIS À LA PERSONNE DU 4B: ça fait 3 semaines que ton char est dans MA place. La prochaine fois je crève tes 4 pneus pis je colle une photo de ta face dans le hall. On sait tous c'est qui. 🤬"""),
(8,"en","facebook","S",[],"""Reply to the note in the laundry room: yes, the blue towel was mine, sorry 4B! 😅 Also thanks to [[P:Mr. Dufresne]] on the 3rd for fixing the dryer door with duct tape. Hero."""),
(8,"fr","instagram","L",[],"""Avis du concierge ([[P:Raymond]], le meilleur) collé dans l'ascenseur: « SVP ne pas laisser vos sapins dans le corridor. Le recyclage des arbres c'est le 10 janvier. Merci. – Raymond, [[T:514 555-0133 poste 12]] ». On l'aime. 🎄"""),
(8,"en","linkedin","B",[],"""Plain-language tip for landlords, drawn from a notice I saw in my own building this week: "The owner, [[P:Mr. Vlahos]], requires all tenants to provide their SIN for the renewal." A landlord cannot require your SIN to renew a lease. General information only — not legal advice."""),
(8,"fr","facebook","C",[],"""Allo les voisins du [[A:1845 rue Fullum]], le proprio [[P:M. Gianopoulos]] passe lundi pour les détecteurs de fumée entre 9h et midi. Si vous êtes pas là, laissez la clé à [[P:Mme Dufresne]] du 3e (elle est d'accord). Sa # [[T:438.555.0112]]."""),
(8,"en","instagram","R",[],"""to whoever in 2C plays drums at 11pm on a Tuesday: you're getting better 🥁👏 still, maybe Saturdays? signed, literally everyone on the 2nd floor"""),
(8,"fr","linkedin","L",[],"""Le nouveau formulaire de location reçu de la gestion immobilière Guy Laplante inc. exige le NAS. J'ai écrit au gestionnaire, [[P:Sandra Pépin]] ([[E:s.pepin@gestionlaplante.example]]), pour rappeler que ce n'est pas obligatoire. Réponse rapide et courtoise: retiré du formulaire. Comme quoi ça vaut la peine de demander."""),
(8,"en","facebook","S",[],"""Hi everyone, this is [[P:Adaeze]] from 5A 👋 the landlord sent my lease renewal to the wrong unit and someone opened it (my SIN [[S:459 083 010]] is right on it 😬). If you have an envelope with my name, please slip it under my door or text me at [[T:514–555–0179]]. Thanks!! — [[P:A. Nwosu]]"""),
]
