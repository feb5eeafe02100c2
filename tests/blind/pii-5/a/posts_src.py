# Source of the pii-5a blind set, with inline entity markers.
# Marker: [[TYPE:text]]  TYPE in P (PERSON), E (EMAIL_ADDRESS), T (PHONE_NUMBER), S (CA_SIN),
# R (CA_QC_HEALTH_NUMBER), Z (CA_POSTAL_CODE), A (STREET_ADDRESS), D (DATE_OF_BIRTH),
# C (QC_COURT_FILE_NUMBER), CC (CREDIT_CARD).
# Packs: B=barreau-qc, L=law-firm, R=rseq-monteregie, S=shelter, C=cisss-gaspesie
# Tuple: (brief, lang, platform, pack, rules, text)

POSTS = [
# ---------------- brief 1: daycare / school parents' chat ----------------
(1, "fr", "facebook", "C", [], """allo les parents! qui a pris la boite a lunch bleue de [[P:léa]] par erreur vendredi? y a une etiquette avec son nom pis le # de sa mere [[T:418 555 0162]] dessus. sinon ben on se revoit a la cabane a sucre le 14 avril, [[P:mathis]] et [[P:zoé]] ont hate 🍁"""),
(1, "fr", "facebook", "R", [], """rappel: sortie au parc Marie-Victorin jeudi, les amis doivent avoir bottes + mitaines. [[P:noah]] pis [[P:adam]] ont oublié leurs tuques 2 fois cette semaine lol. si qqun peut faire du covoit de Sainte-Julie vers l'école Jacques-Rocheleau (on reste dans la MRC Marguerite-D'Youville, c'est pas loin) texte moi au [[T:450.555.0138]] – [[P:isabelle]] (maman de [[P:florence]])"""),
(1, "en", "facebook", "S", [], """hey daycare moms & dads, pizza day is friday!! $3 per slice, send cash in an envelope w/ your kid's name. [[P:aiden]] is allergic to dairy so we ordered him one from Pizza Salvatoré 🍕 also [[P:wei]]'s dad [[P:kevin]] is collecting for the teacher gift, etransfer to [[E:kevin.zhang.family@example.com]]"""),
(1, "fr", "facebook", "R", [], """qqun sait si le service de garde ouvre pendant la semaine de relache? [[P:maelie]] pis moi on est pogné, mon chum travaille a Bécancour toute la semaine. merci [[P:nadia]] pour le lift hier!! 🙏"""),
(1, "en", "facebook", "L", [], """reminder grade 2 parents: field trip to Parc Jean-Drapeau on june 3rd. permission slips to [[P:mrs o'neill]] by monday pls. [[P:liam]] and [[P:sidharth]] will be in the bus group with [[P:mme fatima]], the rest with the Grade 6 helpers. bring a lunch, no nuts, Thanks!!"""),
(1, "fr", "facebook", "B", [], """bonjour le groupe 🙂 la fete de [[P:jayden]] c'est samedi 13h au [[A:4521 rue de la Roche, app 2]] (cloche brisée, cognez fort). RSVP a [[P:kimberly]] [[T:514–555–0187]]. pas de cadeaux svp juste des cartes Pokémon lol. il va avoir 6 ans le 14, né le [[D:14 décembre 2020]] pis j'ai pas dormi depuis 😂"""),
(1, "en", "facebook", "C", [], """lost: pink mitten with a unicorn, belongs to [[P:amira]] in [[P:ms huong]]'s class. also whoever's kid is [[P:theo]] with the spiderman backpack, he's been leaving with my son's water bottle lol no biggie. oh and there's a health card in the lost & found bin, [[R:laft 190 623 18]], prob one of the kids'"""),
(1, "fr", "facebook", "S", [], """les parents de la classe de [[P:mme lyne]]: la photo de groupe c'est mardi. [[P:juliette b]] et [[P:juliette m]] sont dans la meme rangee pour pas melanger les commandes 😅 envoyez vos questions a [[E:photos.ecole.st-joseph@example.com]] (école Saint-Joseph, pas Saint-Jean)"""),
(1, "en", "facebook", "R", [], """does anyone have the number for [[P:rosalie]]'s mom? the girls want a playdate after swim at the Claude-Robillard pool. mine is [[T:(438) 555-0119]]. we're right behind the Jean Coutu on Fleury"""),
(1, "fr", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """coucou les parents du groupe des Coccinelles! on a un nouveau petit chez nous depuis lundi, [[P:nathan]] 5 ans, placé par la DPJ sous la LPJ (on est famille d'accueil depuis 3 ans). ses parents [[P:kevin cormier]] pis [[P:jessica]] de Chandler ont pas le droit de venir le chercher au CPE, so si vous les voyez avertissez l'éducatrice svp. [[P:nathan]] aime les dinos pis Paw Patrol 🦖"""),
(1, "en", "facebook", "B", [], """parents of room 4: [[P:yasmine]] is having a sleepover friday, girls only, pickup saturday 10am at [[A:88 Elm Ave]], [[Z:h3y 3h8]]. [[P:nour]] will bring her karaoke machine so bring earplugs 😂 text [[P:rania]] at [[T:514 555 0123]]"""),

# ---------------- brief 2: hockey / soccer pool trash talk ----------------
(2, "fr", "facebook", "R", [], """BON. [[P:Ti-Guy]] qui pensait que Demidov allait faire 90 points 😂😂 chu premier dans le pool du bureau, merci Suzuki pis Hutson. [[P:Big Mo]] t'es dernier depuis l'Halloween, paye ta tournée au Bâton Rouge vendredi"""),
(2, "en", "facebook", "R", ["DISPARAGEMENT", "HARASSMENT"], """Week 9 fantasy soccer: GG to @[[P:joey.mancini]] who's up 40 pts. and a special shoutout to the clown ref [[P:Dany Lapointe]] from last night's RSEQ juvenile match in Granby, absolute joke, guy can't see past his own gut. everyone go flood his page 🤡🤡"""),
(2, "fr", "facebook", "L", [], """pool de hockey 2026-27 – classement semaine 8:
1. [[P:marc-andre cote]] (les Dindons de Rimouski) 212 pts
2. [[P:Steph B.]] 198
3. [[P:DJ Kev]] 187
4. [[P:Nguyen]] 181
...
dernier: [[P:Josée]] qui a repêché 4 gardiens des Sabres 💀 prochain repêchage à La Cage de Brossard, apportez votre cash"""),
(2, "en", "instagram", "R", [], """trash talk hour 🗣️ @[[P:big_mo_haddad]] you drafted McDavid and you're STILL last?? my gamer tag PuckDaddy514 carried me in NHL 26 all night then Fortnite till 3am, and @[[P:vtran]].88 you owe me a Poutineville 🍟 #hockeypool #gohabsgo"""),
(2, "fr", "facebook", "B", ["CLIENT_CONFIDENTIALITY", "DISPARAGEMENT"], """Les boys du pool du palais 😅 [[P:Me Gervais]] m'a encore volé Slafkovsky au repêchage. Faut dire qu'il a ben du temps libre depuis qu'il a perdu le dossier [[P:Lachapelle]] ([[C:500-17-109876-223]]) en Cour supérieure 😂 quel génie. [[P:Ti-Jean Bergeron]] on veut ton 20$ avant Noël"""),
(2, "en", "facebook", "S", [], """PLAYOFF POOL IS OPEN!!! send picks to [[E:poolsdegeorgie@example.com]]. last year's champ [[P:Kenny Ouellette]] aka [[P:THE RAT]] won with 3 Canadiens and a prayer. [[P:Harpreet]] says this is his year lol sure buddy. entry $20 e-transfer to [[T:+1 450 555 0104]]"""),
(2, "fr", "instagram", "R", [], """soirée FIFA chez [[P:Karim]] 🎮 [[P:yanick]] s'est fait planter 5-0 par [[P:wideline]] qui jouait avec le CF Montréal 😂😂 #gamenight #EAFC #montrealnord @[[P:karim.benali]]_"""),
(2, "en", "facebook", "L", ["DISPARAGEMENT"], """Office hockey pool, final standings before the All-Star break:
1 — [[P:FITZGERALD]] 244
2 — [[P:Nguyen, T.]] 231
3 — [[P:Papadopoulos]] 229
Last — [[P:Ryan McGuire]], who picked the whole Kraken roster out of spite, proving once again he's the dumbest associate on the 14th floor. Loser buys Schwartz's for the team."""),
(2, "fr", "facebook", "R", ["DISPARAGEMENT"], """pool de soccer RSEQ, semaine 6: on perd encore contre Mgr-Euclide-Théberge. leur coach [[P:Rémi Tanguay]] est un imbécile fini pis ses joueurs sont aussi nuls que lui 🤮 au moins [[P:Lulu]] a scoré"""),
(2, "en", "instagram", "B", [], """gg to the squad 🏒 beer league champs!! @[[P:sully_omalley]] (the wall), [[P:Big Mo]], [[P:Petit Pat]] and our goalie who we only know as '[[P:Cheeseburger]]' 🍔 #Habs #beerleague #Verdun"""),
(2, "en", "facebook", "C", [], """GG [[P:Jo]] on winning the pool! u won with Nick Suzuki and some QMJHL goalie nobody ever heard of 😂 next year's draft is at the Normandin in Sainte-Anne-des-Monts, la grosse [[P:Line]] is organizing"""),

# ---------------- brief 3: neighbourhood watch ----------------
(3, "fr", "facebook", "S", [], """ATTENTION VOISINS!!! CHAR GRIS (HONDA CIVIC) STATIONNÉ DEVANT LE [[A:1187 RUE SAINT-DENIS]] DEPUIS 3 JOURS, PLAQUE COMMENCE PAR G7K. UN GARS AVEC UN MANTEAU CANADA GOOSE PREND DES PHOTOS DES ENTRÉES. SI C'EST À VOUS APPELEZ-MOI [[P:GINETTE]] AU [[T:514 555 0177]]"""),
(3, "en", "facebook", "C", [], """Heads up Pointe-Claire folks: white van, no plates, circling Cartier Ave and the corner by St. Thomas High School around 3pm. My neighbour [[P:Bill Henderson]] at [[A:42 Cartier Ave]] got his shed broken into. Police report # is 26-118843. if you have a Ring cam pls DM me or call [[T:514.555.0156]]"""),
(3, "fr", "facebook", "B", [], """Suspect dans la ruelle derrière la rue Papineau hier soir vers 23h. Homme, 30 ans, casquette des Nordiques, parlait anglais pis créole. Il a essayé d'ouvrir le cabanon de [[P:M. Dorvil]] pis celui de la vieille [[P:Mme Thibodeau]] au [[A:5420 Papineau]]. On a appelé le 911 pis le SPVM. Restez alertes!"""),
(3, "en", "facebook", "S", [], """SUSPICIOUS PERSON ALERT – AYLMER SECTOR. GUY IN A GREY ROOTS HOODIE TRYING CAR DOORS ON WILFRID-LAVIGNE LAST NIGHT. MY NEIGHBOUR [[P:TOMMY DIABO]] CHASED HIM AS FAR AS THE TIM HORTONS. camera footage? email me [[E:l.kabore.aylmer@example.com]]

UPDATE: IT WAS [[P:MIKE]]'S NEPHEW [[P:JORDAN]] LOOKING FOR HIS OWN CAR 🙄 FALSE ALARM"""),
(3, "fr", "facebook", "C", [], """Gaspé (MRC de La Côte-de-Gaspé) – rue Jacques-Cartier: un pick-up Ford noir sans plaque avant se stationne la nuit devant chez les [[P:Arsenault]]. Hier il a suivi ma fille [[P:Maude]] jusqu'au dépanneur Boni-Soir. Si vous le voyez appelez la SQ ou moi au [[T:418-555-0133]]"""),
(3, "en", "facebook", "R", [], """ALL CAPS BECAUSE I'M MAD: SOMEONE CUT THE LOCK ON THE EQUIPMENT SHED AT THE ÉCOLE LOUIS-RIEL SOCCER FIELD. SILVER TOYOTA RAV4 SEEN AT 2AM. DRIVER HAD A LAVAL ROCKET TUQUE. IF YOU KNOW SOMETHING CALL COACH [[P:DESMOND]] [[T:438 555 0102]]"""),
(3, "fr", "facebook", "L", [], """Mise à jour: le « suspect » d'hier c'était [[P:Jean-Ronel]], le nouveau coloc de [[P:Mirlande Joseph]] au 3e. Il cherchait sa clé 😅 Désolée tout le monde. Bienvenue à Montréal-Nord [[P:Jean-Ronel]]!"""),
(3, "en", "facebook", "B", [], """Verdun neighbours — a man is going door-to-door on Wellington saying he's from Hydro-Québec and asking for your SIN. HYDRO NEVER ASKS FOR THAT. He got into [[P:Mrs. Kowalczyk]]'s place on Gordon and she read him her SIN right off the card, [[S:368 599 528]] 😡 He left a "callback number" on a Desjardins pamphlet: [[T:1-514-555-0110 ext. 22]]. Don't call it, call 911."""),
(3, "fr", "facebook", "S", ["SURVIVOR_IDENTIFICATION", "LOCATION_DISCLOSURE"], """ATTENTION À ST-JÉRÔME!! UN HOMME DANS UN CAMION BLANC TOURNE AUTOUR DE LA MAISON D'HÉBERGEMENT SUR LA RUE DE MARTIGNY DEPUIS 2 JOURS. C'EST [[P:DAVE MORIN]], L'EX DE MA VOISINE [[P:SANDRA]] QUI EST HÉBERGÉE LÀ DEPUIS QU'IL L'A BATTUE. SI VOUS LE VOYEZ APPELEZ LA POLICE. PARTAGEZ SVP."""),
(3, "en", "facebook", "C", [], """Found: black lab wandering near the Rivière-des-Prairies bike path and Gouin Blvd. Collar tag says BRUNO and a number, [[T:514 555 01 44]], but nobody answers. Owner might be the lady on Lavigne, [[P:Claudette]]? Please share."""),
(3, "fr", "facebook", "R", [], """Auto suspecte à Saint-Hyacinthe, coin Girouard pis Saint-Simon: Mazda rouge, 2 gars qui fument dedans depuis 1h devant l'aréna. Un des deux ressemble au gars qui a volé le vélo de [[P:ti-mé]] l'été passé. Si vous avez des infos écrivez à [[E:jf.beaudry84@example.com]]. PS on a aussi trouvé un portefeuille sur Girouard, carte d'assurance maladie au nom de [[P:GAGNON, SYLVIE]] [[R:GAGS-7854-1203]], venez le chercher"""),

# ---------------- brief 4: condolences / obituary ----------------
(4, "fr", "facebook", "S", [], """C'est avec une immense tristesse que nous annonçons le décès de [[P:MONSIEUR GÉRARD « TI-GÉRARD » BOURDAGES]], survenu le 27 novembre 2026 à l'Hôpital de Chandler, à l'âge de 84 ans. Né le [[D:2 février 1942]] à Grande-Rivière, il était le fils de feu [[P:Alphonse Bourdages]] et de feu [[P:Marie-Anne Cyr]].

Il laisse dans le deuil son épouse depuis 61 ans, [[P:Rita Cyr]], ses enfants [[P:Denis]] ([[P:Manon Huard]]) et [[P:Lise]] ([[P:Jacques Lelièvre]]), ses petits-enfants [[P:Jérémie]], [[P:Alexis]] et [[P:Rosalie]], ainsi que plusieurs neveux, nièces, cousins, cousines et ami(e)s de la Baie-des-Chaleurs et des Îles-de-la-Madeleine.

Pêcheur de homard pendant 45 ans, [[P:Ti-Gérard]] connaissait chaque roche entre Pabos et Percé.

La famille recevra les condoléances au Complexe funéraire Lepage de Pabos, samedi de 13h à 16h. Les funérailles suivront à l'église Saint-Georges. Dons à la Fondation Santé Gaspésie appréciés."""),
(4, "en", "facebook", "L", [], """Rest easy Uncle [[P:Paddy]] ❤️ sharing the obituary for those who asked:

[[P:PATRICK JOSEPH O'NEILL]]
Born [[D:March 17, 1951]] (St. Patrick's Day, of course) in Griffintown, [[P:Paddy]] passed away peacefully at St. Mary's Hospital on November 29, 2026, surrounded by family. Predeceased by his beloved wife [[P:Maureen]] (née [[P:Kelly]]) and his brother [[P:Seamus]]. He leaves his children [[P:Brendan]] ([[P:Nicole Thériault]]) and [[P:Siobhan]] ([[P:Luis Ortega]]), his grandchildren [[P:Aidan]], [[P:Chloé]] and little [[P:Rory]], and his lifelong pal from the CN shops, [[P:Gilles "Frenchie" Lapointe]].

[[P:Paddy]] worked 38 years at the Point St. Charles yards, marched in every St. Patrick's Parade on Sainte-Catherine since 1968, and never once forgave the Nordiques. He could sing "Danny Boy" in English, French and, after two pints of Guinness, something close to Gaelic.

Visitation Thursday 2-5 and 7-9 pm at the Collins Clarke MacGillivray White funeral home. Funeral Mass at St. Gabriel's on Centre Street, Friday 11am. In lieu of flowers, donations to the Montreal Heart Institute or the Irish Protestant Benevolent Society would be appreciated."""),
(4, "en", "facebook", "C", [], """rest in peace [[P:ginette]] 💔 bingo tuesdays wont be the same without u. condolences to [[P:rejean]] and the kids. visitation is at the Coopérative funéraire des Deux Rives in Saint-Jean-sur-Richelieu saturday 1 to 5."""),
(4, "en", "facebook", "B", [], """Our thoughts are with the family of [[P:NGUYEN VAN THANH]] (1948–2026). Born [[D:12/05/1948]] in Huế, [[P:Mr. Thanh]] arrived in Montréal in 1979 and ran a little phở counter on Côte-des-Neiges for 30 years. Every Tết he fed the whole street. Condolences may be sent to his daughter [[P:Dr. Mai Nguyen]]."""),
(4, "fr", "facebook", "R", [], """Toute la communauté du Collège Charles-Lemoyne offre ses condoléances à la famille de [[P:Laurent Paquette-Sioui]], entraîneur bénévole de basketball juvénile pendant 15 ans. [[P:Laurent]], merci pour tout 🏀 Les funérailles auront lieu à l'église Sainte-Famille de Boucherville samedi."""),
(4, "en", "facebook", "S", [], """R.I.P. BIG BRO 🕊️ [[P:DESHAWN "D-MONEY" CHARLES]] [[D:04.11.1998]] – 22.11.2026. Gone way too soon. Service Saturday at the Église Baptiste Évangélique in Saint-Michel. Love you forever [[P:Dee]] #LL[[P:Deshawn]] #SaintMichel"""),
(4, "fr", "linkedin", "L", [], """Nous avons appris avec tristesse le décès de [[P:Me Hélène Marcoux]], associée retraitée de Marcoux Lafrance s.e.n.c.r.l. et ancienne Bâtonnière de Longueuil. [[P:Hélène]] a formé des générations de stagiaires. Nos pensées accompagnent son conjoint [[P:Yves Lafrance]] et leurs filles."""),
(4, "en", "facebook", "C", [], """So sad to hear about [[P:Mrs. Gurmeet Kaur Gill]] 🙏 she fed half of Dollard-des-Ormeaux every Vaisakhi. The bhog ceremony is Sunday at the gurdwara. Sending love to [[P:Harjit]], [[P:Simran]] and the whole [[P:Gill]] family."""),
(4, "fr", "facebook", "B", [], """ÇA FAIT UN AN AUJOURD'HUI QUE T'ES PARTIE MAMAN. [[P:JOSÉE-ANNE LAVOIE]] 🌹 [[D:1961-08-09]] – 2025-12-02. TU NOUS MANQUES TOUS LES JOURS. [[P:MARIE-PIER]], [[P:ÉTIENNE]] PIS [[P:COCO]] T'AIMENT"""),
(4, "en", "facebook", "R", [], """The Saint-Lambert minor hockey association mourns Coach [[P:Tony Bianchi]]. [[P:Tony]] coached the Atom B Lions for 22 years and never missed a Tuesday practice at the Aréna Eloi-Viau. Condolences to his wife [[P:Carmela]] and sons [[P:Marco]] and [[P:Vince]]. Funeral Mass at St. Barnabas, Monday 10am."""),
(4, "fr", "facebook", "S", [], """avis de décès – [[P:KATERI AWASHISH]] (née [[P:PETIQUAY]]), de Wemotaci, décédée le 20 novembre 2026 à La Tuque à l'âge de 71 ans. Née le [[D:15 juin 1955]], elle laisse ses enfants [[P:Shanna]], [[P:Wapan]] et [[P:Jimmy]], ses petits-enfants et toute la communauté atikamekw. Cérémonie au centre communautaire. Miikwetc."""),

# ---------------- brief 5: Marketplace ----------------
(5, "fr", "facebook", "L", [], """À VENDRE: Ski-Doo Renegade 2019, 4200 km, 8 900$ négo. Ramassage au [[A:345, rang Saint-Joseph]], Sainte-Brigitte-de-Laval (MRC de La Jacques-Cartier) [[Z:G0A3K0]]. Appelez/textez [[T:418 . 555 . 0148]] demandez [[P:Réal]]. Pas d'échange svp."""),
(5, "en", "facebook", "B", [], """FOR SALE – IKEA Hemnes dresser, white, $80. Pickup at [[A:1200 des Forges Boulevard, apt 4]], Trois-Rivières [[Z:g9a 2h5]]. Call or text [[T:819–555–0164]] (ask for [[P:Steph]]). No holds. Also have a Fisher-Price high chair, $15."""),
(5, "fr", "facebook", "C", [], """Poussette Bugaboo à donner, juste besoin d'un bon lavage. Faut venir la chercher au [[A:88 rue Wolfe]], Gaspé. Si pas de réponse c'est mon mari [[P:Kevin Poirier]] qui répond au [[T:4 1 8 5 5 5 0 1 9 3]]"""),
(5, "en", "facebook", "S", [], """Selling my son's hockey gear (Bauer, CCM), fits 10-12 yo. $150 for everything. Pick up at [[A:17 Wilson Dr]], Kirkland [[Z:H9J2X9]]. Text [[T:+1(514)555-0135]] – [[P:Siobhan]]"""),
(5, "fr", "facebook", "L", [], """Vends 4 billets pour Roxane Bruneau au Centre Bell le 14 février (St-Valentin ❤️). 120$ chaque. Virement Interac seulement à [[E:marie.eve.tremblay1987@example.com]], pas de cash. On se rejoint au Tim Hortons de la rue Jean-Talon."""),
(5, "en", "facebook", "L", [], """Free firewood!! Come grab it at [[A:4480 chemin Sainte-Marie]] in Mascouche, it's in the driveway. Please don't knock, my dad [[P:Giuseppe]] is sleeping (night shifts at Molson). Questions: [[T:450 555-0126]]"""),
(5, "fr", "facebook", "S", ["LOCATION_DISCLOSURE"], """Manteau Kanuk femme taille M, porté 1 hiver, 350$ (l'argent va à la maison d'hébergement où je travaille). Dispo directement à la maison, [[A:2100, av. Laurier Ouest]] Outremont [[Z:h2v 2k9]], demandez à l'intervenante de nuit. Texto seulement svp [[T:(514)555‑0181]] [[P:Anne-So]]"""),
(5, "en", "facebook", "C", [], """Moving sale Saturday 9-2! Everything must go: couch, Xbox + Halo, kids' bikes. [[A:1582 rue Principale]], Saint-Lazare [[Z:J7T 2A4]]. Ask for [[P:Fatou]] or [[P:Mamadou]]. Cash or e-transfer to [[E:fndiaye.traore@example.com]]"""),
(5, "fr", "facebook", "B", [], """Table de cuisine en érable + 4 chaises 200$. Venir chercher au [[A:12 rue Champlain]] Saint-Jean-sur-Richelieu, sonnez chez [[P:Bélanger]] (pas chez les [[P:Bélanger-Thibault]] en haut lol). [[T:450 555 0114 poste 2]]"""),
(5, "en", "facebook", "L", [], """Nintendo Switch w/ Mario Kart + Zelda, $220. Can meet at the Canadian Tire on Taschereau or pick up at [[A:355 Victoria Ave]], Saint-Lambert. Text [[T:5 1 4 - 5 5 5 - 0 1 7 0]]"""),
(5, "fr", "facebook", "L", [], """Bac de Lego Star Wars ~8 kg 90$. Ramassage Laval-des-Rapides, [[A:155 boul. Cartier O.]], pas loin du métro de la Concorde. [[P:yves]] [[T:450‑555‑0192]]"""),

# ---------------- brief 6: church / mosque / community bulletin ----------------
(6, "fr", "facebook", "S", [], """Un immense MERCI à nos bénévoles de la guignolée! [[P:Lucie Fortin]], [[P:Normand Caron]], [[P:Aminata Diallo]], [[P:Sr Thérèse]] et toute l'équipe de la Saint-Vincent-de-Paul de Lévis. Grâce à vous, 312 paniers de Noël ont été livrés de Saint-Romuald à Pintendre. Bonne fête à [[P:Normand]] qui a 80 ans aujourd'hui!"""),
(6, "en", "facebook", "S", ["CONSENT_REQUIRED"], """Thank you to the amazing volunteers of our shelter's holiday fundraiser 💜 Swipe to see [[P:Jenny Doherty]], [[P:Camila Restrepo]] and our guest presenter [[P:Dr. Olivia Chen]] in action 📸 We raised $14,200 for the women and children we serve."""),
(6, "fr", "facebook", "C", [], """Centre communautaire islamique de l'Est: merci à frère [[P:Youssef Amrani]] et sœur [[P:Khadija]] pour l'organisation de l'iftar communautaire du Ramadan. Merci aussi à la boucherie Al-Taiba et à la pâtisserie Abou Elias pour leurs dons. Pour la zakat: [[E:tresorerie.ccie@example.com]]"""),
(6, "en", "facebook", "R", [], """St. Columba Anglican Church — Weekly Bulletin, First Sunday of Advent

THANK YOU
Many thanks to [[P:Margaret Ellis]] and the [[P:Kwan]] family for the Harvest Supper (we fed 140 people and raised $2,310 for the Lakeshore food bank). Thanks also to [[P:Raj]] and [[P:Anjali Sharma]] for the sound system, to young [[P:Ethan Boucher]] for carrying every table up from the basement, and to the Pointe-Claire Lions Club for lending us the coffee urns.

COFFEE HOUR
This Sunday: [[P:Doug]] & [[P:Brenda McLeod]]. Next Sunday: [[P:Henrietta]] (bring your own mug, please!).

PRAYERS
Please keep [[P:Arthur Pelletier]] in your prayers as he recovers at the Lakeshore General, and [[P:Winnie O'Rourke]] who moved to the Manoir Beaconsfield last week. Cards can go to the office.

UPCOMING
Advent Lessons & Carols: Sunday Dec 14, 4pm. Christmas Eve service at 7pm, Christmas Day at 10am. The Anglican Diocese of Montreal collection for refugees runs until Epiphany.

Office hours Tue–Thu, [[T:514 555-0128]]."""),
(6, "fr", "facebook", "B", [], """Paroisse Sainte-Marguerite-Bourgeoys – Feuillet du dimanche. Merci à [[P:M. et Mme Gauthier]] pour les fleurs de l'autel, à l'abbé [[P:Jean-Robert Saint-Fleur]] pour la célébration en créole, et à la chorale dirigée par [[P:Guerline Charles]]. Messe de minuit le 24 décembre à 22h. Quête spéciale pour Haïti."""),
(6, "en", "facebook", "C", [], """The Chinese Family Service centre thanks our volunteers for the Lunar New Year gala: [[P:Mei Lin]], [[P:Xiaoyu Liu]], [[P:Wong Ka-Ho]] and Auntie [[P:Lily]], who folded 2,000 dumplings! 🥟 Gala photos will be posted once everyone has signed the consent form."""),
(6, "fr", "facebook", "S", ["PRIVATE_EVENT_DISCLOSURE"], """Centre des femmes – bulletin de décembre. Merci à [[P:Johanne]] et [[P:Kim]] pour l'animation de l'atelier de Noël! Rappel: le groupe de soutien pour les femmes ayant vécu de la violence conjugale se réunit mardi à 19h au sous-sol de l'église Saint-Ambroise, entrée par la porte arrière."""),
(6, "en", "facebook", "L", [], """Masjid Al-Iman newsletter: JazakAllah khair to brothers [[P:Omar Haddad]] and [[P:Bilal]], and sisters [[P:Samira El-Khoury]] & [[P:Nour]], for running the Eid al-Adha food drive. Contact the office at [[T:514-555-0100 ext 204]] or [[E:office@masjid-aliman.example.org]]"""),
(6, "en", "facebook", "R", [], """Vietnamese Association of the South Shore: thank you Cô [[P:Lan]] and Chú [[P:Minh]] for the Tết show, [[P:Bao Pham]] for the sound, and the Édouard-Montpetit CEGEP students for the lion dance 🦁 Next Tết: February 6, 2027."""),
(6, "en", "facebook", "S", [], """Notre-Dame-d'Haïti parish — thank you to the volunteers who cooked soup joumou for Independence Day: [[P:Ketly Jean-Baptiste]], [[P:Fritznel]], [[P:Madan Guerrier]] and [[P:Ti Jo]]. 400 bowls served! Next: the Saint-Jean-Baptiste picnic in June."""),
(6, "fr", "facebook", "C", [], """Bulletin du Club de l'âge d'or de Carleton-sur-Mer: merci à [[P:Yvette Leblanc]] pour les tartes au sucre, à [[P:Roger]] pour la musique (même s'il fait juste jouer du Ginette Reno 😄). Prochaine soirée dansante le 12 décembre à la salle municipale. Infos: [[P:Claudette Arsenault]] [[T:418 555-0111]]"""),

# ---------------- brief 7: volunteer / shift roster ----------------
(7, "fr", "facebook", "S", [], """Horaire des bénévoles – comptoir alimentaire (décembre)
[[P:GAGNON, Julie]] – samedi 9h-12h
[[P:TREMBLAY, Marc-André]] – samedi 12h-15h
[[P:NGUYEN, Thi Huong]] – dimanche
[[P:OUELLET, R.]] – dimanche (à confirmer)
[[P:ST-PIERRE, Josée]] – lundi soir
Remplaçante: [[P:BOUCHARD Karine]] [[T:581-555-0173]]
Responsable: [[P:Diane]]"""),
(7, "en", "facebook", "R", [], """Ref assignments – RSEQ Montérégie juvenile soccer, Sat. Oct 18
Field 1 (Polyvalente Jean-Jacques-Bertrand): CENTER – [[P:MORIN, Alexandre]] | AR1 – [[P:PATEL, Rajesh]] | AR2 – [[P:DIALLO, Moussa]]
Field 2 (École secondaire du Mont-Bruno): CENTER – [[P:FERNANDEZ, Sofia]] | AR1 – [[P:Kim, J.]] | AR2 – TBD
[[P:Alexandre]], I still have your SIN on file from last season ([[S:776-122-202]]), no need to resend.
Questions: assignor [[P:Lise Bergeron]] [[T:450 555-0149]] / [[E:lbergeron.arbitres@example.com]]"""),
(7, "fr", "facebook", "C", ["CONFIDENTIAL_INFORMATION", "CONSENT_REQUIRED"], """HORAIRE RI LES POMMIERS – SEMAINE DU 7 DÉC. (copié du fichier Excel)
LUN | [[P:CYR, Mélissa]] | 7h–15h
MAR | [[P:BABIN, Jocelyn]] | 15h–23h
MER | (vide)
JEU | [[P:LANDRY, Marie-Claude]] / [[P:POIRIER, Gabriel]]
VEN | [[P:HUARD, Ti-Pit]] 😂
Code de la porte d'en arrière: 2580# (change pas avant janvier)
Échanges: texter [[P:Mél]] au [[T:418.555.0129]]"""),
(7, "en", "linkedin", "L", [], """Pro bono clinic – volunteer lawyers, January
| Date | Lawyer | Room |
| Jan 8 | [[P:HAMEL, Sophie]] (Me) | 3.12 |
| Jan 15 | [[P:O'BRIEN, Declan]] | 3.14 |
| Jan 22 | [[P:RAMÍREZ, José Luis]] | 3.12 |
| Jan 29 | TBD | — |
Bring your Barreau card. Coordinator: [[P:Tamara]], ext. 2231"""),
(7, "fr", "facebook", "S", [], """Horaire covoiturage – équipe Novice A de Saint-Bruno
Sam 6 déc — [[P:BERGERON (Annie)]] — 07:15 — départ du [[A:1450 rue Montarville]]
Dim 7 déc — [[P:LAFLEUR-BEAUCHAMP (Steve)]] — 06:45
Sam 13 déc — [[P:CHEN (Li Na)]] — 07:30
Dim 14 déc — ??? quelqu'un?
Tournoi à l'aréna de Saint-Basile, vestiaire 4"""),
(7, "en", "facebook", "C", [], """Snow shovelling rota — 4-plex at [[A:6120-6126 Boulevard Monk]]
Unit 1 — [[P:Da Silva]]
Unit 2 — [[P:Kowalski]] / [[P:Ahmed]]
Unit 3 — [[P:Okafor, C.]]
Unit 4 — me ([[P:Gina]])
Salt is from Rona, receipts to [[P:Gina]]. Landlord's number if the sidewalk isn't done: [[T:514 555 0109]]"""),
(7, "fr", "facebook", "R", [], """Tableau des marqueurs – ligue de garage (copié du Google Sheets)
Joueur;Buts;Passes
[[P:LEBLANC, Maxime]];12;9
[[P:«Ti-Guy» Gauthier]];10;14
[[P:SAINT-LOUIS, Frantz]];9;3
[[P:Moreau-Sioui, K.]];8;8
GARDIEN: [[P:Pouliot]] (moy. 2,41)"""),
(7, "en", "facebook", "S", [], """Food bank volunteer schedule, week of Dec 14 — copy/paste from the sheet, sorry for the format
MONDAY	[[P:O'CONNOR, Brigid]]	9-12
MONDAY	[[P:VARGAS, Diego]]	12-3
TUESDAY	[[P:NDIAYE, Fatou]]	9-12
WEDNESDAY	CLOSED (Hanukkah setup)
THURSDAY	[[P:LEE, Min-jun]]	9-12
Call [[P:Brigid]] at [[T:514 555-0131]] if you can't make it."""),
(7, "fr", "facebook", "L", [], """Rôle de garde – permanence téléphonique du cabinet (Fêtes)
24 déc : [[P:Me Lemieux]]
26 déc : [[P:Me Ouimet-Tran]]
31 déc : [[P:Me Boudreau]]
2 janv : [[P:Me Haddad]]
Ligne de garde : [[T:1 (418) 555-0198, poste 0]]"""),
(7, "en", "facebook", "R", [], """Boucherville Senior Girls Volleyball – FINAL ROSTER
#4 [[P:LÉVESQUE, Maïka]] — setter
#7 [[P:TRAN, Kim Anh]] — libero
#9 [[P:ST-ONGE, Béatrice]] — OH
#11 [[P:WILLIAMS, Keisha]] — MB
#14 [[P:DESROSIERS, Laurie]] (C) — OH
Coach: [[P:GAUVREAU]]. Asst: [[P:Mme Kaboré]]
Practices Tue/Thu at the De Mortagne gym."""),
(7, "fr", "facebook", "B", [], """Horaire des bénévoles – Noël des enfants, salle paroissiale de Bonaventure
[[P:ARSENAULT, Ginette]] – décoration (vendredi)
[[P:CYR, Jean-Guy]] – Père Noël 🎅
[[P:BOURDAGES, Line]] – bricolage
[[P:BUJOLD, Sam]] – musique
[[P:LANDRY]] – cuisine (la mère, pas la fille)
Questions: [[E:noel.bonaventure@example.com]]"""),

# ---------------- brief 8: Instagram captions ----------------
(8, "fr", "instagram", "R", [], """Championnes régionales!!! 🏐🏆 fière de mes filles @[[P:maika.levesque]] @[[P:b.stonge]]_ pis notre coach @coachvolley_rivesud 💙 #RSEQ #Montérégie #VolleyballFéminin #Boucherville"""),
(8, "en", "instagram", "L", [], """sunday brunch w/ the girls 🥂 @[[P:sophie.gagnon]] @[[P:j.tremblay]]_87 @[[P:priya.nair]] at Chez Cora on St-Laurent ✨ #Montreal #brunch #girlsday @cora_restaurants"""),
(8, "en", "instagram", "S", [], """The Magdalen Islands 😍🌊 with my love [[P:Jo]] and our pup Gaspard 🐶 #îlesdelamadeleine #HavreAubert #vacation"""),
(8, "en", "instagram", "C", [], """happy 30th to my ride or die @[[P:harpreet.k.gill]] 🎉🎂 born [[D:Dec 2, 1996]] and still acting 12 lol. dinner at Joe Beef then karaoke 🎤 love u #HappyBday[[P:Harpreet]] #birthdaygirl #Punjabi #desi"""),
(8, "fr", "instagram", "B", [], """Fête nationale sur les Plaines 🎉⚜️ avec @[[P:frederique_ouellet]] @[[P:kahente.horn]] pis toute la gang. Charlotte Cardin était en feu 🔥 #FêteNationale #Québec #SaintJean"""),
(8, "en", "instagram", "R", [], """Game day 🏒 Go Victoire! Marie-Philip Poulin is unreal 😍 with my mini-me [[P:Olivia]] 💜 and her best friend [[P:Ava-Rose]] @hockeymom_514 #PWHL #Verdun #PlaceBell"""),
(8, "fr", "instagram", "L", [], """Souper de famille chez ma nonna 🍝❤️ nonna [[P:Carmela]] a fait ses fameux arancini, pis zio [[P:Franco]] a encore parlé de la Juventus toute la soirée 😂 #SaintLéonard #italiano #famiglia @[[P:gianluca.iannuzzi]]"""),
(8, "en", "instagram", "S", [], """Tết vibes 🧧🌸 with the whole fam @[[P:phuong.le]].mtl @[[P:baotran]]__ 💛 bánh chưng by mom, lì xì for everyone #Tet #LunarNewYear #Brossard #Vietnamese"""),
(8, "fr", "instagram", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Première neige à Percé ❄️ avec nos cocos de famille d'accueil, [[P:Jayden]] (8 ans, placé par la DPJ depuis septembre) pis sa petite sœur [[P:Maïka]]. Vue sur le Rocher pis l'île Bonaventure 😍 #gaspesie #percé #familledaccueil"""),
(8, "en", "instagram", "B", [], """Graduation day 🎓 so proud of my little bro @[[P:mamadou.traore]]_ , McGill Law '26!! Next stop: the Bar exam 😅 #McGill #Class2026 #Montreal"""),
(8, "fr", "instagram", "R", [], """Nos gars ont gagné la finale juvénile D2 ⚽🔥 Bravo [[P:Frantz]], [[P:Yacine]], [[P:Lukas]] pis notre capitaine [[P:Jeremy « Jer » Pierre-Louis]] 💪 #Longueuil #GérardFilion #RSEQ"""),

# ---------------- brief 9: public official vs private neighbour ----------------
(9, "fr", "facebook", "B", ["PERSONALIZED_LEGAL_ADVICE"], """Franchement la mairesse Catherine Fournier pourrait faire déneiger le boulevard Taschereau avant midi. Pis pendant qu'on y est, mon voisin [[P:Sylvain Gagné]] au [[A:2345 rue Laurier]] souffle sa neige dans MON entrée depuis 3 hivers. Pis [[P:Mélissa]], pour ta question en commentaire: oui, tu peux poursuivre ton voisin aux petites créances pour la clôture, envoie-lui une mise en demeure avant pis garde tes photos."""),
(9, "en", "facebook", "L", ["CLIENT_CONFIDENTIALITY", "DISPARAGEMENT"], """Dear Mayor Soraya Martinez Ferrada, the potholes on Saint-Denis are eating my tires. And to whoever lives at [[A:4410 Clark]] (yes you, [[P:Derek]] with the Tesla) stop parking across my driveway. Also, to my client from hell [[P:Mr. Kessler]], who calls me at 11pm about his divorce (file [[C:500-12-345678-249]]): you're an idiot and the judge will see it."""),
(9, "fr", "facebook", "S", [], """Mark Carney répond pas à mes courriels pis [[P:Mme Rioux]] fait sa lessive à 2h du matin. Bref."""),
(9, "en", "facebook", "R", [], """Complaint #1: Hydro-Québec CEO Claudine Bouchard says the rates are fair. Sure, Claudine. Complaint #2: my neighbour [[P:Gary Lachance]], who runs his leaf blower at 6:45 on a Sunday. I've left notes at [[A:19 Oakridge Drive]], [[Z:H9W 1B7]]. Nothing."""),
(9, "fr", "facebook", "C", [], """Le maire Bruno Marchand parle de tramway, moi j'aimerais ça qu'il parle de mon trottoir sur la 3e Avenue. Pis le propriétaire [[P:Réjean Boissonneault]], si tu lis ça: ça fait 2 mois que mon chauffe-eau est brisé. Je te l'ai écrit à [[E:r.boissonneault@example.com]] pis au [[T:418 555 0107]]. Pis la réclamation pour mes meubles est déjà aux petites créances, dossier [[C:200-32-071562-265]]."""),
(9, "en", "facebook", "B", ["DISPARAGEMENT"], """Chief Justice Wagner keeps saying court delays are improving. Not in Longueuil they aren't. And opposing counsel [[P:Me Brouillette]] is the laziest clown at the courthouse, filed his answer 3 weeks late AGAIN. Meanwhile my neighbour [[P:Lorraine]] called the city on my Christmas lights."""),
(9, "fr", "facebook", "R", [], """Le conseiller municipal du district répond jamais au téléphone, ça fait 4 fois que j'appelle pour le lampadaire brisé sur Principale. Pis le voisin [[P:Carl Beaudoin]] qui stationne son pick-up sur le terrain de soccer de l'école à chaque match du samedi, les jeunes doivent jouer autour 🙄"""),
(9, "en", "facebook", "S", [], """Two complaints: 1) people still blaming former mayor Valérie Plante for every bike lane on Saint-Denis. 2) the guy in 3B, [[P:Alexei]], who keeps "borrowing" my Globe and Mail from the lobby. I know it's you, [[P:Alexei]]."""),
(9, "fr", "facebook", "L", [], """Coup de gueule #1: Hydro-Québec pis sa panne de 14h. Coup de gueule #2: mon voisin [[P:Marco Ciccone]] qui a mis ses lumières de Noël le 1er novembre ET qui les laisse clignoter toute la nuit dans ma chambre. [[P:Marco]], on est au [[A:8210 rue Lacordaire]], pas à Las Vegas."""),
(9, "en", "facebook", "C", [], """Sorry but Gaspé's town council voted themselves a raise again. Separate rant: whoever at [[A:155 de la Reine St]] is feeding the seagulls (looking at you [[P:Normand]]) please stop, my car is a crime scene."""),
(9, "fr", "facebook", "B", [], """Bravo au ministre de la Justice pour le tribunal unifié de la famille, enfin. Par contre la voisine de mes parents, [[P:Huguette Pelletier-Roy]], appelle la police chaque fois que mon père part sa souffleuse. [[P:Huguette]], il est né le [[D:6 janvier 1945]], il a 81 ans, laisse-le tranquille 😤"""),

# ---------------- brief 10: food / restaurants / shopping ----------------
(10, "fr", "facebook", "C", [], """Tournée gourmande de la fin de semaine: poutine chez Ashton à Sainte-Foy, smoked meat chez Schwartz's, pis un bagel St-Viateur pour la route. Dimanche: brunch chez Cora pis un tour chez Simons pour le Boxing Day. Mention spéciale au fromage du Père Gédéon."""),
(10, "en", "facebook", "L", [], """Best Christmas market haul: maple butter, tourtière from Première Moisson and a bottle of Sortilège. Then dinner at Moishes for steak. Shoutout to our server [[P:Alejandro]] who was a legend."""),
(10, "fr", "instagram", "S", [], """Brunch au Régine Café ☕ pis magasinage chez Archambault pis Renaud-Bray. Fin de journée au Jean Coutu pour les chocolats Laura Secord 🍫 #Montréal #Rosemont #JeanTalon"""),
(10, "en", "facebook", "R", [], """Team dinner after the tournament: St-Hubert on Sir-Wilfrid-Laurier, then Dairy Queen. Coaches say Ben & Jerry's only if we win the final. Thanks to Tim Hortons for the Timbits jerseys!"""),
(10, "en", "facebook", "B", [], """Montreal pizza test: Il Focolaio, Pizzeria Geppetto, and the classic Da Giovanni on Sainte-Catherine. Fave is still Salvatoré for the wings. Dessert at Kem CoBa. Let them eat brioche, as Marie-Antoinette said 😂"""),
(10, "en", "instagram", "C", [], """Thanksgiving shopping haul 🦃 Costco, Maxi, then Metro for the Christie cookies. Found Ricardo's new cookbook at Indigo!! #RicardoCuisine #Gaspésie #Thanksgiving"""),
(10, "fr", "facebook", "L", [], """Les meilleures frites de la Rive-Sud? Chez Lucien? Frites Alors? Paul Patates? Moi je vote Chez Ginette à Saint-Rémi, la patate est coupée à la main 🍟"""),
(10, "en", "facebook", "B", [], """Little Italy food crawl: cannoli at Alati-Caserta, espresso at Caffè Italia, sausages from Milano, and pizza at Napoletana. Jean-Talon Market for dessert. #Montreal #LittleItaly"""),
(10, "fr", "instagram", "R", [], """Merci au Benny&Co. de Saint-Hyacinthe pour le souper de l'équipe 🍗 pis à [[P:Tommy]] du comptoir qui nous a donné les desserts 🙏 #RSEQ #Benny"""),
(10, "en", "facebook", "S", [], """Rainy day in Québec City: Paillard on rue Saint-Jean, burgers at Chez Victor, then the Musée de la civilisation. Bought a Canadiens tuque at Simons and Laura Secord for my mom."""),
(10, "fr", "facebook", "C", [], """Épicerie de la semaine en Gaspésie: Provigo, IGA de Chandler, le saumon de la rivière Cascapédia fumé chez Fumoir Monsieur Émile pis le pain de la Boulangerie Marie-Soleil. Merci à [[P:Mme Lebrasseur]] de la poissonnerie pour la recette de pâté au saumon 😋"""),

# ---------------- brief 11: screenshotted texts ----------------
(11, "fr", "facebook", "L", [], """lol regardez ce que ma mere m'a texté 😂
Maman: allo cest tu toi qui a pris mon char
Moi: non cest [[P:kev]]
Maman: dis a [[P:kevn]] de ramener le char avant 5h jai bingo
Maman: pis dis y que ta tante [[P:lise]] a appeler pour son numero de ramq [[R:LAVL 6205 1412]] cest pour son rdv au CLSC"""),
(11, "en", "facebook", "C", [], """screenshot from my sister lmaooo
[[P:Nadia]]: yo u coming to moms sunday
me: ya if [[P:jp]] can drive me
[[P:Nadia]]: ok bring the tupperware back she keeps asking lol
[[P:Nadia]]: also she says call her at the new # [[T:581 555 0146]] not the old one
me: k
[[P:Nadia]]: oh and the small claims file # for the car thing is [[C:705 32 004418 252]] she wants u to keep it
[[P:Nadia]]: and dont forget [[P:tia]] bday is [[D:dec 14 2019]] shes turning 7 get a gift"""),
(11, "fr", "facebook", "B", [], """Conversation de la semaine:
[[P:Jess]]: tes ou
moi: chez Jean Coutu
[[P:Jess]]: ramene moi des advil
[[P:Jess]]: pis appelle [[P:Dr Nguyen]] pour mon rdv, son num c [[T:514 555 0153 poste 12]]
[[P:Jess]]: pis envoie la carte a grand-maman [[P:Rolande]] c [[A:77 rue des Pins]], [[Z:j0k1b0]]"""),
(11, "en", "facebook", "R", [], """my coach texting at 11pm 💀
Coach [[P:Benoit]]: practice moved 2 6am tmrw at Claude-Robillard
me: wat
Coach [[P:Benoit]]: only ice time lol
Coach [[P:Benoit]]: bring ur RAMQ card for the tournament they check. mine is [[R:DUPB80110712]] lmao
me: why would u send me ur health card number"""),
(11, "fr", "facebook", "S", [], """mon chum pis moi en 2 textos 🙄
[[P:Max]]: tas-tu vu mes clés
moi: dans ton coat
[[P:Max]]: non
moi: cherche comme du monde
[[P:Max]]: ok trouvé
[[P:Max]]: aussi mon boss veut mon NAS pour la paye cest quoi deja
moi: [[S:419 487 574]] 🙄 apprends le par coeur
[[P:Max]]: tk thx bb"""),
(11, "en", "facebook", "L", [], """when ur mom learns emojis 😭
Mom: [[P:Ahmed]] habibi did u eat 🍗🍗🍗
Mom: ur cousin [[P:yasmine]] got married in Laval!! 💍 u didnt come
Mom: send ur address for the card
me: [[A:3550 rue Ontario E, app 6]] [[Z:H1W1R2]]
Mom: ok 👍 Arabic or French card?
Mom: also whats ur visa i want to pay the hall
me: MOM NO
Mom: nvm found it in ur old room [[CC:5191 5298 4153 7760]] 👍"""),
(11, "fr", "facebook", "C", [], """Sérieux regardez le texto que j'ai reçu 🤔
"Bonjour c'est [[P:Steve]] de Desjardins, votre compte est bloque, confirmez votre carte [[CC:4520 8746 3319 1284]] exp 09/28"
Euh non [[P:Steve]], c'est MA carte que tu viens de m'écrire?? C'est un scam, faites attention à vos parents."""),
(11, "en", "facebook", "S", [], """lol my grandpa texts like a telegram
Grandpa: TELL [[P:FRANCINE]] DINNER IS AT 6. SUNDAY. BRING PIE. NOT APPLE.
me: ok papi
Grandpa: ALSO MY NEW CELL IS [[T:819 555 0116]]. WRITE IT DOWN.
Grandpa: THIS IS [[P:ROGER]]."""),
(11, "fr", "facebook", "R", ["HARASSMENT"], """groupe chat des gars 😂
[[P:pl]]: qui ramene la biere
[[P:samu]]: pas moi jai ramené la derniere fois
[[P:pl]]: [[P:ti-guy]]?
[[P:ti-guy]]: chu a l'aréna jusqu'a 9h
[[P:pl]]: l'arbitre [[P:Gendron]] de la game RSEQ de samedi on va l'attendre dans le stationnement 😈
[[P:samu]]: ok je passe au dep sur Sainte-Catherine, des Molson pas des Coors"""),
(11, "en", "facebook", "B", [], """Got this from my landlord 🙄
Landlord: hi its [[P:Mr Papadakis]] for the lease renewal i need your SIN and DOB
me: why
Landlord: for the credit check
me: fine. [[S:565 632 122]], [[D:1993-07-21]]
me: wait u dont need my SIN for that
Landlord: its ok i already wrote it down lol"""),

# ---------------- brief 12: professional announcements ----------------
(12, "fr", "linkedin", "B", [], """Nouvelle Associée! Le cabinet Marcoux Lafrance annonce avec fierté la nomination de [[P:Me Amélie Saint-Onge]] à titre d'Associée, Droit de la Famille. Membre du Barreau du Québec depuis 2012, [[P:Me Saint-Onge]] est titulaire d'un LL.B. de l'Université Laval et d'un LL.M. de l'Université McGill. Elle a notamment plaidé devant la juge Suzanne Côté de la Cour suprême dans une affaire publiée en 2023."""),
(12, "en", "linkedin", "L", [], """Please join us in congratulating [[P:Declan O'Brien]] on his appointment as Managing Partner of our Montréal office. [[P:Declan]] succeeds [[P:Margaret Ellis-Chung]], who retires after 31 years as Senior Partner, Litigation. Reach [[P:Declan]] at [[E:dobrien@obrienvargas.example.com]] or [[T:514.555.0166 ext. 301]]."""),
(12, "fr", "linkedin", "B", ["MISLEADING_ADVERTISING", "TESTIMONIAL_SOLICITATION"], """🚨 VOUS N'ALLEZ PAS CROIRE CE QUE NOTRE NOUVELLE AVOCATE A FAIT! 🚨 Bienvenue à [[P:Me Rania Bouzid]], Avocate Principale en Droit Criminel: 100 % d'acquittements garantis ou on vous rembourse. Laissez-nous 5 étoiles sur Google pour l'accueillir! [[T:450 555-0158]]"""),
(12, "en", "linkedin", "B", ["CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE"], """Proud moment: just closed the [[P:Wilson]] file (Superior Court no. [[C:500-17-118243-251]]) after 3 years. My client [[P:Mr. Gordon Wilson]] will finally get his house in Pointe-Claire back. Huge thanks to my articling student [[P:Aisha Kamara]], newly appointed Associate as of Monday!"""),
(12, "fr", "linkedin", "L", [], """Retraite! Après 38 ans comme Adjointe Juridique chez Pelletier Nadeau Avocats, [[P:Mme Francine Lortie]] tire sa révérence. Merci [[P:Francine]] pour ta patience infinie avec nos C.p.c., nos RLRQ pis nos délais du TAQ 😅 Bonne retraite à Sainte-Adèle!"""),
(12, "en", "linkedin", "L", [], """I'm thrilled to share that I've joined Lafleur Tran LLP as Associate, Employment & Labour. Grateful to my mentors [[P:Me Sandrine Côté-Ouellet]] and [[P:Arjun Nair]], and to everyone at the CNESST who taught me patience. #NewBeginnings #Montreal #LabourLaw"""),
(12, "fr", "facebook", "C", ["CONSENT_REQUIRED"], """Bienvenue à [[P:Jocelyne Babin]], notre nouvelle Responsable de Ressource de Type Familial à Maria! 📸 Photo prise lors de la formation d'accueil avec [[P:Sébastien Landry]], Agent de Relations Humaines. On a hâte de travailler avec vous deux!"""),
(12, "en", "linkedin", "L", ["PERSONALIZED_LEGAL_ADVICE"], """After 25 years, I'm retiring as Senior Counsel. One last tip for [[P:Kevin Doherty]], who asked in the comments: no, your landlord can't keep your deposit for that. Send him a demand letter citing art. 1863 C.c.Q. and file at the TAL before the deadline."""),
(12, "fr", "linkedin", "B", [], """Nomination: nous félicitons [[P:Me Tharshini Sivakumar]], nommée Directrice des Affaires Juridiques chez Groupe Bombardier-Ouellet. [[P:Me Sivakumar]] était auparavant Conseillère Juridique chez Desjardins. Pour la joindre: [[E:t.sivakumar@example.com]]"""),
(12, "en", "linkedin", "B", ["TESTIMONIAL_SOLICITATION"], """New Partner alert! 🎉 [[P:José Luis Ramírez]] becomes Partner, Immigration, at our Laval office. Former clients: please leave [[P:José]] a review on Google, every star counts ⭐⭐⭐⭐⭐"""),
]
