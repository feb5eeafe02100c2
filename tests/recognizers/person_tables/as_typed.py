"""PERSON as people really type names: honorifics in lower case, names in capitals inside a
cased sentence, numbered lists, phone numbers right after a name; and the words that look like
names there but are not (streets and schools named after someone, regions joined by a hyphen,
pronouns after "me", words in an all-capitals line)."""

FRENCH = [
    # a compound given name typed without its accent, whatever the tagger calls it
    ("merci à Marie-Eve pour le gâteau", ["Marie-Eve"]),
    # initials for a compound first name after a role word, in any case
    ("Maman va très bien, papa jf est encore sous le choc", ["jf"]),
    ("merci à mon chum J-F d'avoir tenu le fort", ["J-F"]),
    # a pet's word with a capital is a nickname, not a cue for the name after it
    ("Pour la game avec Pitou, Ben pis Mathias Cloutier.", ["Pitou", "Ben", "Mathias Cloutier"]),
    ("On a joué avec Pierre Lavallée au parc, puis Linda est arrivée.",
     ["Pierre Lavallée", "Linda"]),
    ("CONVOCATION AVEC ME TREMBLAY DEMAIN. ME CÔTÉ SERA LÀ.", ["ME TREMBLAY", "ME CÔTÉ"]),
    ("Audience reportée, me gendreau est malade.", ["me gendreau"]),
    ("j'ai parlé à mme Boucher ce matin", ["mme Boucher"]),
    ("ma voisine madame ouellette a encore appelé la police", ["madame ouellette"]),
    ("Un gros merci à CHANTAL BOUFFARD pour les muffins!", ["CHANTAL BOUFFARD"]),
    ("Gagnants du tirage : 1. Olivier Mbeki 2. Rachel Dufour 3. Yannick Tshibangu.",
     ["Olivier Mbeki", "Rachel Dufour", "Yannick Tshibangu"]),
    ("Appelez Ginette 418 555 0123 pour réserver.", ["Ginette"]),
    # a lower-case surname the tagger calls an adjective, after a lower-case honorific
    ("rencontre avec madame lachance au bureau demain", ["madame lachance"]),
    ("mme dubuc-hernandez a signé le formulaire", ["mme dubuc-hernandez"]),
    ("merci à mme rochon de la bibliothèque", ["mme rochon"]),
    # initials typed in lower case before a surname
    ("Merci à l'équipe : jf gauthier, steph pis mario.", ["jf gauthier", "steph", "mario"]),
    ("son voisin r. gingras se plaint encore de la clôture", ["r. gingras"]),
    # players' numbers before surnames in capitals that are also words or places
    ("Alignement : #4 TREMBLAY, #15 RIVERA, #44 GILL.", ["TREMBLAY", "RIVERA", "GILL"]),
    # nicknames in quotes next to a name or after "surnommé"
    ('Merci à tante Gisèle dite "la Grande" pour le buffet!', ["Gisèle", "la Grande"]),
    # the surname past a maiden name in brackets; a nickname quoted inside a name is taken whole
    ("Écrivez à Marie-Claude (Fortin) Lemire pour les billets.",
     ["Marie-Claude", "Fortin", "Lemire"]),
    ("Steve « Ti-Steve » Gagné était là aussi.", ["Steve « Ti-Steve » Gagné"]),
    # nicknames: "Ti-" and a capitalised word, "Big", "Gros", "la grande" before a name
    ("Ti-Gus a encore oublié ses patins.", ["Ti-Gus"]),
    ("Gros Réginald s'occupe du BBQ samedi.", ["Réginald"]),
    ("Le père à Maxence crie encore dans les estrades.", ["Maxence"]),
    ("Notre petit Loïk (6) a perdu sa première dent!", ["Loïk"]),
    # handles: two given names run together, a name typed without accents, first.last unlisted
    ("Bienvenue à @jeanphilippe.roy dans l'équipe!", ["@jeanphilippe.roy"]),
    ("Photo par @helene.b, merci!", ["@helene.b"]),
    ("Le gars qui a triché, c'est @xX_Tremblay_Xx, en secondaire 4.", ["@xX_Tremblay_Xx"]),
    ("Je tag ceux que j'ai retrouvés : @jf_pelletier pis @mj.roy", ["@jf_pelletier", "@mj.roy"]),
    # typed in lower case, unlisted: the re-cased reading of the sentence finds the person
    ("j'ai parlé avec jovanka petrovic hier soir", ["jovanka petrovic"]),
    ("ma fille orsolya est nee en juin", ["orsolya"]),
    # spoken to, after a chat word; an honorific's name before a job title
    ("Hahaha Solange t'as ben raison", ["Solange"]),
    ("Bienvenue à Me Kamal Idrissi, Avocat principal, Litiges.", ["Me Kamal Idrissi"]),
    ("SÉLECTION DU CAMP : BRAVO À ÉMILIE POTVIN ET À JUSTIN CARON", ["ÉMILIE POTVIN",
                                                                     "JUSTIN CARON"]),
    # a listed given name shouted in a cased sentence
    ("Bon ben finalement c'est GUILLAUME qui a eu la promo.", ["GUILLAUME"]),
    ("Souper au Cosmos avec marc-andré, JULIE pis Lyne.", ["marc-andré", "JULIE", "Lyne"]),
    # a common surname alone
    ("Gagnon a oublié son casque. Diallo aussi.", ["Gagnon", "Diallo"]),
    ("L'audience dans Haddad c. Bélisle est reportée.", ["Haddad", "Bélisle"]),
    ("Arbitres en chef : Boisvert et Nkemelu.", ["Boisvert", "Nkemelu"]),
    ("pour le chalet, appelle moi ou texte sylvain", ["sylvain"]),
    # a common surname alone in capitals, in a cased line, with a roster's number or a cue
    ("Jardinets 2026\n#1 BERGERON\n#2 Kouakou Yao", ["BERGERON", "Kouakou Yao"]),
    ("Le dossier LAVOIE est encore en retard.", ["LAVOIE"]),
    ("Merci à Mme Rivière et à M. Lac pour le transport.", ["Mme Rivière", "M. Lac"]),
    # a given name in lower case that the word tables only know as a name ("julie", "rosalie")
    ("tellement fière de rosalie ce soir", ["rosalie"]),
    # a roster pasted from a sheet: surnames alone, in capitals or not, an initial before one
    ("Bénévoles samedi :\n9h FORTIN + MAILHOT\n13h T. BEAULIEU, Bernatchez",
     ["FORTIN", "MAILHOT", "T. BEAULIEU", "Bernatchez"]),
    # a cast list: the roles before the colons are characters
    ("Distribution :\nArgan : Réjean Chiasson\nToinette : Marie-Ève Huard\nAngélique : Noémie "
     "Vicaire", ["Réjean Chiasson", "Marie-Ève Huard", "Noémie Vicaire"]),
    ("Dimanche :\n8h table des marqueurs : A.K., DIALLO, Ouimet\n13h cantine : G.G., PAQUIN",
     ["A.K.", "DIALLO", "Ouimet", "G.G.", "PAQUIN"]),
    # an abbreviation standing alone in a roster is none of them
    ("Dimanche :\n8h marqueurs : A.K., DIALLO, P.S.\n13h cantine : PAQUIN",
     ["A.K.", "DIALLO", "PAQUIN"]),
    # a saint's name after a given name is a surname, however typed; alone it is a town
    ("merci a marc st-onge, on se voit a st-jerome", ["marc st-onge"]),
    # a listed surname that is also a trade, after a lower-case "mme"
    ("Bravo à mme cloutier de notre ressource, 87 ans!", ["mme cloutier"]),
    # a chat's contact shown with an emoji before the colon; the name again in capitals
    ("pis j'ai un rdv demain\nNadia 🐢 : non mais t'es sûre?\nmoi : NADIA\n"
     "Nadia 🐢 : ben oui", ["Nadia", "NADIA", "Nadia"]),
    # the news of someone is no short story by an author
    ("Si vous avez des nouvelles de Jonathan Fontaine, écrivez-moi.", ["Jonathan Fontaine"]),
    # a listed surname typed without its accents after a role word in a hashtag
    ("Les Rebelles t'oublieront jamais 🏀\n#MerciCoachBerube", ["Berube"]),
    # a dish from a place named after its head word is still the cook's
    ("Au menu : tourtière du Lac de Réjean pis sucre à la crème.", ["Réjean"]),
    # a street "des" a family's name is no name to find again ("Boucher")
    ("La descente au bout du chemin des Boucher est réparée, merci à Ti-Guy Boucher!",
     ["Ti-Guy Boucher"]),
    # a day's abbreviation that is also a name, in a schedule; a speaker with that name
    ("Covoiturage\nLun : Karine\nMer : Steve Lévesque\nSam : moi pis Jessica D.",
     ["Karine", "Steve Lévesque", "Jessica D."]),
    ("Sam : on se voit demain?\nJulie : ok", ["Sam", "Julie"]),
    # hyphenated initials in lower case; a surname after an honorific in a hashtag
    ("Champions 🏆 p-o gagnon (#3) en feu!", ["p-o gagnon"]),
    ("t'es une honte pour l'équipe. #Finissants2026 #MerciMadameRioux", ["Rioux"]),
    # capitalised initials before a listed surname
    ("Merci à JF Gagnon pour le lift!", ["JF Gagnon"]),
]

FRENCH_NONE = [
    # « R. » devant « c. » : la Couronne dans l'intitulé d'un arrêt
    "La Cour suprême ne tranche pas tout, R. c. Marakah n'a pas réglé la question.",
    # un disque, une carte : un nom complet après un article indéfini
    "Le vinyle est impeccable, pis un Diane Tell en prime!",
    "mon chum pk il est parti, NOTRE CHIEN WINSTON aussi",
    # a role in a play; pets in apposition; a team or a business opened by « Les »
    "Ce week-end, j'ai joué Pierre Brochant dans Le Dîner de cons avec la troupe.",
    "Parfaite dans le rôle de Marilla!",
    "2. Linda et Roger, deux shih-tzus qui se détestent, marchent ensemble.",
    # "ME" in capitals before a word is the pronoun; "oz" after a number is a unit
    "PAS DEMAIN. MERCI D'ÊTRE VENU ME CALMER AVEC UNE POUTINE.",
    "Bébé arrivé cette nuit, 8 lb 1 oz pis une tête pleine de cheveux",
    "tu me gosses en maudit avec tes niaiseries",
    # a given name that is also a month or a holiday, in lower case
    "l'audience est remise au 14 mai, on se revoit après noël",
    "il me checke tout le temps",
    "Tu me Texte quand tu peux",
    "Les matchs se jouent à l'école Henri-Bourassa, à Mgr-Richard et à Louis-Riel.",
    "Le tournoi régional Abitibi-Outaouais commence samedi.",
    # "me" and an irregular verb's infinitive
    "Ça m'a fait rire de me voir arriver en habit de neige, capable de me faire danser.",
    # initials of a saint, a player's number once, a quoted word after « dit »
    "On se rejoint à st laurent pis à ste foy après le match.",
    "NOTRE PRIORITÉ #1 SÉCURITÉ, TOUJOURS.",
    'Il a dit "Bonjour" à tout le monde en entrant.',
    "Ouin, grosse semaine au bureau.",
    "Vernissage ce soir avec @galerie.blanche et @resto.chez.julie",
    "Départ du bus à 16 h, coin Beaubien et Christophe-Colomb.",
    "Suivez @rseq_monteregie et @info.cegep pour les horaires.",
    "Tournoi à Thetford Mines samedi, départ de l'aréna à 7 h.",
    "Félicitations à notre Bâtonnière pour son élection!",
    "On a commandé les chandails chez Lululemon et Decathlon.",
    "AVIS : LE GYMNASE SERA FERMÉ, MERCI DE VOTRE COMPRÉHENSION.",
    "Il me faut son NAM et son NAS pour le dossier.",
    "Notre cabinet Gravel Beaulieu s.e.n.c.r.l. déménage en janvier.",
    "Condoléances au Salon funéraire Landry & Fils de Carleton-sur-Mer.",
    "Suivez @le_resto et @la.vie.en.rose pour les spéciaux.",
    # a surname in capitals that names a business
    "Merci au Groupe BOUCHARD et à GAGNON Inc. pour les commandites.",
    "Mme la Présidente et M. le Maire ouvrent la séance au parc Jean-Drapeau.",
    "Mot du Père Noël à 19 h, on se revoit en mai.",
    # the same given names as words after a determiner
    "une pierre dans mon soulier, the pier at night",
    # list lines of words, acronyms and things, not of people
    "À retenir :\n1. Le dépôt plante le vendredi\n2. CISSS, CLSC, DPJ : même combat\n"
    "- VÉLO + CASQUE",
    # "max" before a number is the maximum; an office holder named in apposition
    "La prof veut max 25 pages, notes de bas de page style McGill.",
    "Au procès de l'ex-maire de Matane, Jean-Paul Desjardins, la salle était pleine.",
    # a dealership or a franchise named after its owner, behind the make or the chain
    "Merci aux commanditaires : Honda Jean-Paul Caron, Rona Marcel Ouellet, GMC Lussier.",
    # a business named by its trade and its owner
    "La famille accueillera parents et amis à la Résidence funéraire Jean-Guy Pelletier.",
]

ENGLISH = [
    # an animal word two words back does not name a person through a role or a possessive
    ("So proud of my old lab mate Seun Adeyemi, now Dr. Adeyemi!",
     ["Seun Adeyemi", "Dr. Adeyemi"]),
    ("Our kinesiology lab's own Thomas Leblanc-Sauvé defended his MSc today.",
     ["Thomas Leblanc-Sauvé"]),
    # a name seen elsewhere is not a name where it runs into a firm's or a place's name
    ("Big thanks to Dale Fitzgerald, our summer mentor. Best regards, Arjun | Fitzgerald "
     "Boileau Weiss LLP", ["Dale Fitzgerald", "Arjun"]),
    # Irish surnames in O', typed in lower case after a lower-case honorific
    ("My neighbour mrs o'brien missed her call in January.", ["mrs o'brien"]),
    ("The new clerk, mr o'shaughnessy, starts Monday.", ["mr o'shaughnessy"]),
    # a handle's trade word is not a name elsewhere in the post
    ("Logo done at Black Heron Tattoo by @dani.ouellet.tattoo, 10/10", ["@dani.ouellet.tattoo"]),
    # handles: initials run into a listed surname, or joined by a dot without "@"
    ("Shoutout to @jdesrosiers for the pentakill.", ["@jdesrosiers"]),
    ("special thanks to their IGL d.ouellet for rage-quitting", ["d.ouellet"]),
    # a word in lower case does not start the name after it
    ("Our little guy Noah Gallant turned 5 today!!", ["Noah Gallant"]),
    ("POOL C ROSTER – U15 BOYS: SINGH #4, O'NEILL #7, BAPTISTE #11.",
     ["SINGH", "O'NEILL", "BAPTISTE"]),
    ("group chat from last night lmao. kev: who's driving saturday / jess: not me",
     ["kev", "jess"]),
    ("Meet Julie (Montreal) Today", ["Julie"]),
    ('Back row: Danny "Big D" Fitzgerald and Coach Pelletier.',
     ['Danny "Big D" Fitzgerald', "Pelletier"]),
    ("Present: the chair, j. jalbert (teacher rep) and the treasurer.", ["j. jalbert"]),
    ("DEFENCE: #3 KIRKPATRICK, #27 HARVEY", ["KIRKPATRICK", "HARVEY"]),
    ("Our assistant Maureen O'Donnell — \"Mo\" to everyone — retires today.",
     ["Maureen O'Donnell", "Mo"]),
    ("Missing: Jayden Moreau-Clarke (goes by JJ), 15 years old.",
     ["Jayden Moreau-Clarke", "JJ"]),
    ("can someone text mr nakamura about the field", ["mr nakamura"]),
    ("our worker ms. pelchat never called back", ["ms. pelchat"]),
    ("congrats to DANIELLE OKAFOR on the new job!", ["DANIELLE OKAFOR"]),
    ("PRACTICE MOVED TO 6 PM. COACH HALLORAN WILL BRING THE JERSEYS.", ["HALLORAN"]),
    ("FOUND A BLUE SCARF. CALL SIOBHAN OR MATEO AT THE FRONT DESK.", ["SIOBHAN", "MATEO"]),
    ("Please call Siobhan 514 555 0147 after six.", ["Siobhan"]),
    # typed in lower case, unlisted: the re-cased reading of the sentence finds the person
    ("ask kwabby osei if he can drive", ["kwabby osei"]),
    ("Big Ramsay had two assists tonight.", ["Ramsay"]),
    ("Our foster son Tobiah (9) starts hockey next week.", ["Tobiah"]),
    # job titles after the name are not names
    ("Congrats to Ingrid Solheim, Vice President, and to Omar Haddad, General Counsel.",
     ["Ingrid Solheim", "Omar Haddad"]),
    ("Leg day with @wanjiru.kamau 🔥", ["@wanjiru.kamau"]),
    ("Grace you nailed it today!!", ["Grace"]),
    ("No early birds please! — Priya & Dev", ["Priya", "Dev"]),
    ("Hi all, I'm Kathleen, Noah's foster mom since September.", ["Kathleen", "Noah"]),
    ("Thank you to the maid of honour Steph for the speech.", ["Steph"]),
    ("Brunch after work? Pat said he's in.", ["Pat"]),
    # a handle with a common surname
    ("Big thanks to our mods @MapleMarmotte and @sandy_vu for keeping chat clean",
     ["@sandy_vu"]),
    ("So proud of our relay girls ashley, mei, priya & fatou!",
     ["ashley", "mei", "priya", "fatou"]),
    ("Thanks to Brigitte Caron, Huong Tran and Teodora Vrabie for the help",
     ["Brigitte Caron", "Huong Tran", "Teodora Vrabie"]),
    ("Lineup: #4 Tshilombo Kasongo, #9 Brahim Ait-Ali", ["Tshilombo Kasongo", "Brahim Ait-Ali"]),
    # a roster: a day or a role, a colon, the name alone
    ("Dishes this week: Mon: Otieno, Tue: Bekzod, Wed: Sunniva.",
     ["Otieno", "Bekzod", "Sunniva"]),
    # a listed given name shouted in a cased sentence
    ("Pic: Coach Dwayne, MALIK and Mathieu-Gabriel after the semis.",
     ["Dwayne", "MALIK", "Mathieu-Gabriel"]),
    ("U15 roster: SINGH #4, BAPTISTE #11, NGUYEN #22.", ["SINGH", "BAPTISTE", "NGUYEN"]),
    # a surname that is also a place word, after an honorific
    ("Scorekeeper today is Mr. Park from gym class.", ["Mr. Park"]),
    # a given name that is also a month, after a relative
    ("Predeceased by his wife June. The service is in May.", ["June"]),
    # a given name in lower case that the word tables only know as a name
    ("so proud of rosalie tonight, and of david too", ["rosalie", "david"]),
    # a compound given name without its accents, though one part is also a word ("eve")
    ("enjoy the boat!! tony & marie-eve", ["tony", "marie-eve"]),
    # a batting order: a surname ending like an English verb, a compound of surnames
    ("Batting order:\n1. Mendes CF\n2. Okonkwo-Baptiste 1B\n3. S. Kaur P",
     ["Mendes", "Okonkwo-Baptiste", "S. Kaur"]),
    ("watched it at danny's place with the whole crew", ["danny"]),
    # the name a nickname stands for ("aka"); a work account typed first.last without "@"
    ("Happy 35th to my ride-or-die Widlyne aka Nunu!", ["Widlyne", "Nunu"]),
    ("Questions: tomas.herrera on Teams or the front desk.", ["tomas.herrera"]),
    # a military rank abbreviated before a name, in any case
    ("Remembering Pte. Joseph Jacobs and his cousin Sgt. tommy deer.",
     ["Pte. Joseph Jacobs", "Sgt. tommy deer"]),
    # a role two words back does not make a name after an honorific a public figure's
    ("Judges included Dr. Hélène Marchand from the network.", ["Dr. Hélène Marchand"]),
    # a surname right before a private matter ("custody", "divorce")
    ("can't come Friday, the Dufresne custody hearing got moved", ["Dufresne"]),
    # a make in lower case is no dealership's name
    ("My mazda guy Kevin Roy is the best", ["Kevin Roy"]),
    # a family's double surname; a hospital named after its town, then a clause, not a list
    ("Happy Holidays from the Desjardins-Okafor house!", ["Desjardins-Okafor"]),
    ("After 6 rounds of chemo at the Hôpital de Maria, Linda MacPherson is DONE.",
     ["Linda MacPherson"]),
]

ENGLISH_NONE = [
    # a full name after an indefinite article is a thing named after someone: a card, a record
    "Baseball cards for sale, including a Gary Carter and an Andre Dawson.",
    # a lower-case given name after an article (and an adjective) is a word
    "The winning photo was a long exposure of the fountain at night.",
    "Our cabin steward was an absolute angel all week.",
    "Several families asked again, and a young guy had a very good question.",
    # a web domain after "@" is no handle
    "Our real addresses all end in @lavoienguyen.ca, nothing else.",
    # an animal word two words back still names the animal
    "Our old black lab Winston turned 12 today.",
    # a listed organisation read with the small words after its first word
    "Tenants meeting at 7 pm at the Chevaliers de Colomb hall.",
    "Beer league tomorrow 9:15pm vs Les Castors, bring your gear.",
    "Landscaping and snow removal in the Baie-des-Chaleurs: LeBlanc Terrassement.",
    "Backstage: lights, sound, Mi'kmaq artists, set design, costumes.",
    # a weekday after a role-like word; the other language's pronoun opening a quote
    "Après-ski at Le Shack. Back to the files Monday.",
    'Memorial piece for my dad. His handwriting, "Je t\'aime ma puce", copied from his card.',
    "please open it in ms word and send it back",
    "OUR #1 PRIORITY IS SAFETY, ALWAYS.",
    "Big news. Update: the gym is closed. Reminder: bring shoes, room #4 or #12.",
    'The sign said "Closed" so we went home.',
    # a given name that is also a stop word, in lower case
    "We will appeal if the client wants to; until then, he won't discuss it, and neither will I.",
    "i miss you guys so much",
    "Hope you're all doing well this week",
    "Meet us at the corner of Rachel and Fullum at noon.",
    "Will you be at the game?",
    "WE MISS YOU SO MUCH, CALL US ANYTIME.",
    "Take Route 138 east, then exit 12.",
    "First day of school for the little guy who lives with us now",
    "share it in the right setting — supervision, mentorship, the help line — not online",
    "MISSING DOG!!! BLACK LAB NAMED ROSIE, CALL THE SHELTER",
    "Filed this morning in Superior Court, then lunch.",
    "We drove through Otterburn Park and Greenfield Park on Sunday.",
    "Thanks to Shopify and Wealthsimple for sponsoring the night.",
    "The CEO said MAY is the deadline and I LOVE it, the BILL passed.",
    # countries and languages (CLDR)
    "Hello! We moved here from Enugu, Nigeria. We're Catholic, Yoruba, and big soccer fans.",
    # a given name in lower case before a place word is the place's
    "sunrise on the bay in chisasibi, james bay never disappoints",
    "Packing list:\n- 7 socks\n- Pokémon cards (NOT ALLOWED)\n- big flashlight",
    # a street after its abbreviated type; a federal bill's number
    "shout-out to the drive-thru on boul. Taschereau, fastest in town",
    "Our group project on the new Bill C-332 offence is due in 10 days.",
]

#: Misses known to remain, listed so that a fix shows: each is a strict xfail, which fails the
#: run once the name is found (then move it up into ENGLISH). With the NER weights trained for
#: casing (scripts/train-ner), the English model no longer reads this unlisted name in its
#: re-cased copy either ("We drove Tamsin Pryce…"), which the shipped model did.
ENGLISH_KNOWN_MISSES = [
    ("we drove tamsin pryce to the clinic", ["tamsin pryce"]),
]
