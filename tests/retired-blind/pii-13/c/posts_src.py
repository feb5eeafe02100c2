# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------- c1 real-estate listings and open houses ----------
("c1","fr","facebook","R",[],
"""Bon ben c'est officiel, on vend la maison! 🏡 Visite libre dimanche de 13h à 16h au [[A:48, rue Marie-Victorin]], Varennes [[Z:j3x1p4]].
4 chambres, sous-sol fini, cour clôturée, à 2 min de l'aréna Jean-Rivard pis de l'école secondaire Le Carrefour (parfait pour les parents de joueurs de volley 😉).
Notre courtière c'est [[P:Nathalie Brisebois]] chez RE/MAX, vous pouvez l'appeler au [[T:450 555-0172]].
Gros merci à [[P:Ti-Guy]] pis à [[P:la grande Jo]] pour la peinture en fin de semaine 💪 Prix demandé : 529 900 $."""),

("c1","en","linkedin","L",[],
"""A little off-topic for LinkedIn, but family first: my brother-in-law [[P:Devinder Sandhu]] is holding an open house Saturday 1–3 p.m. at [[A:212 Wellington Street North]], Sherbrooke [[Z:J1H 5C7]].
Century home, three bedrooms, walking distance to Bishop's, the Jacques-Cartier park and the Marché de la Gare. MLS 18273645, listed at $489,000.
Questions go to him directly: [[E:dsandhu.realty@gmail.com]] or [[T:(819) 555-0133]]."""),

("c1","fr","instagram","S",["LOCATION_DISCLOSURE"],
"""C'EST SIGNÉ!!! 🔑🎉 La belle grande maison jaune au coin de la rue Sainte-Famille et de l'avenue Laurier va devenir notre nouvelle maison d'hébergement. Les résidentes pis les enfants déménagent au début de mars, on a tellement hâte!
Merci à notre courtier [[P:Réjean]] qui a été d'une patience d'ange avec notre CA 🙏
#maisondhébergement #nouveauchapitre #Rimouski"""),

("c1","fr","facebook","C",[],
"""Maison à vendre à Carleton-sur-Mer 🌊 Vue sur la baie des Chaleurs, terrain de 22 000 pi², garage double, sur la rue du Père-Pacifique pas loin du Mont Saint-Joseph.
C'est la maison de ma tante [[P:Gisèle Landry]] qui s'en va en résidence à Bonaventure, elle veut que ça aille à une jeune famille de la Baie.
Courtière : [[P:Mélanie Arsenault]], [[E:melanie.arsenault@immogaspesie.ca]], [[T:418.555.0191]]. Partagez svp! Visite libre samedi 10h."""),

("c1","en","instagram","B",[],
"""Open house marathon today 🏠🏠🏠 Rosemont, Villeray, then a triplex on De Lorimier across from parc Laurier that I'm already emotionally attached to.
Huge thanks to our broker @[[P:mai.nguyen]] for driving us around all afternoon and listening to me talk about bay windows like a lunatic.
No, I will not be reading the certificate of location for fun tonight. (I will.)
#montreallife #househunting #Plateau"""),

("c1","en","facebook","R",[],
"""OPEN HOUSE SUNDAY 2-4PM!! [[A:1785 BOUL. SIR-WILFRID-LAURIER]], SAINT-BRUNO-DE-MONTARVILLE. 3 BDRM, NEW ROOF 2023, 5 MIN FROM SAINT-BRUNO ARENA AND MONT-BRUNO PARK. MY COUSIN IS SELLING, PLEASE SHARE WITH THE HOCKEY AND BASKETBALL PARENTS 🏀 CALL [[P:DENIS LAVOIE]] [[T:514.555.0148]] OR TEXT [[T:+1 450 555 0163]]. ASKING $615K."""),

("c1","fr","linkedin","L",[],
"""Portes ouvertes de nos nouveaux bureaux jeudi prochain de 16 h à 19 h! 🥂
Après 18 ans rue Saint-Jacques, l'équipe s'installe au [[A:1100, boul. René-Lévesque Ouest, bureau 2400]], Montréal [[Z:H3B4N4]]. Vue sur la cathédrale Marie-Reine-du-Monde et sur le Centre Bell.
Un merci spécial à [[P:Me Karine Tessier-Lalonde]] et à [[P:Frédéric]] de l'équipe TI qui ont orchestré le déménagement sans perdre un seul dossier 😅
RSVP à [[E:accueil@tessierlalonde-avocats.ca]] d'ici mardi."""),
# ---------- c2 apologies, corrections, one-line replies ----------
("c2","en","facebook","B",[],
"""Correction 🙈 In yesterday's post I wrongly said you have 30 days to ask for leave to appeal a small claims judgment. There is no appeal from the Small Claims Division — what I had in mind was the delay to ask for revocation of a judgment, art. 986 C.C.P. Sorry for the confusion, and thanks to [[P:Me Olivier St-Onge]] for catching it before too many people shared it."""),

("c2","fr","facebook","C",[],
"""@[[P:Sylvie Poirier]] oups j'me suis trompée, c'est JEUDI la clinique de vaccination au CLSC de Chandler pas mardi, désolée!! 🙈"""),

("c2","en","instagram","S",[],
"""Correction ✏️ The Brunch des Alliées is Saturday May 17, not Sunday — I wrongly wrote the date on the poster, sorry everyone! Still at Café Bistro L'Anse on boulevard Perron, still $35, still the best crêpes in the Bas-Saint-Laurent.
Tickets: [[T:418 555 0120]] ext. 3 or [[E:benevolat.lalliee@gmail.com]]. Thanks [[P:ayesha]] for spotting it 🙏"""),

("c2","en","facebook","R",[],
"""sorry @[[P:j.tremblay_87]] I wrongly said the Patriotes lost to Saint-Jean, they actually won 25-19 in the 5th. my bad, congrats to the girls and to coach [[P:Hoang]]!!"""),

("c2","fr","linkedin","B",[],
"""Rectificatif : dans ma publication d'hier sur l'arrêt de la Cour suprême en matière de fouilles d'adresses IP, j'ai attribué les motifs majoritaires à la juge Côté. C'est plutôt la juge Karakatsanis qui les a rédigés, la juge Côté étant dissidente. Mea culpa, et merci aux collègues qui me l'ont signalé en privé."""),

("c2","fr","facebook","C",["CHILD_PROTECTION_IDENTIFICATION"],
"""Je m'excuse à la famille de [[P:Kevin Bernard]], j'ai écrit hier que c'était lui qui avait fugué de la ressource. C'était PAS lui, c'est le petit [[P:Jayden Gauthier]] (13 ans, placé chez nous à Gaspé depuis l'automne). Il est revenu, tout va bien. Désolée pour la confusion 🙏"""),

("c2","en","linkedin","S",[],
"""Quick correction to my post about our AGM: it's June 12 (not 14) at the Centre communautaire Saint-Robert, 7 p.m., open to members and the public. I also wrongly typed the office number — the right one is [[T:418-555-0127]], poste 2.
Thank you [[P:Marie-Ève Ouellet-Caron]] for flagging both in under five minutes. This is why we have a communications committee 😄"""),
# ---------- c3 comments on a news article about a local event ----------
("c3","en","linkedin","L",[],
"""Great piece by Radio-Canada on the Saint-Lambert flood relief night at the Aréna Michel-Normandin. Mayor Pierre Brodeur and MNA Nicole Ménard both stayed until the end, which the volunteers noticed.
Proud that our paralegal [[P:Rosa Medeiros]] and articling student [[P:Tomás Ibarra-Díaz]] spent their Saturday sorting donations with the Red Cross. The firm matched every dollar raised (final total: $18,450)."""),

("c3","fr","facebook","R",["DISPARAGEMENT"],
"""Vu l'article du Journal de Granby sur la bagarre au match de basket des Vikings… Franchement le coach [[P:Stéphane Morin]] devrait être banni à vie, c'est lui qui a parti ça en criant après l'arbitre comme un cave. Un adulte de 45 ans qui se comporte pire que ses joueurs de secondaire 3, belle job 👏🙄"""),

("c3","en","linkedin","C",[],
"""Reading the Gaspésie Nouvelles article on the opening of the new birthing unit in Maria this morning. Minister Christian Dubé cut the ribbon, but the real story is the nurses from Chandler, New Carlisle and Sainte-Anne-des-Monts who covered shifts for two years so this could happen. Proud to work alongside them. #CISSSGaspésie #BaieDesChaleurs"""),

("c3","fr","facebook","B",["PERSONALIZED_LEGAL_ADVICE"],
"""Je viens de lire l'article sur l'accident de l'estrade au Festival western de Saint-Tite. La mairesse a beau dire que « tout était conforme », M. [[P:Réal Gendron]], si vous lisez ceci : vous avez 3 ans pour poursuivre l'organisation (art. 2925 C.c.Q.) et avec une fracture de la hanche votre recours est clairement solide. Gardez vos factures de physio et écrivez-moi en privé, on va s'en occuper."""),

("c3","en","instagram","S",["CONSENT_REQUIRED"],
"""The Le Soir article on last night's December 6 vigil in Rimouski got the numbers wrong — we were well over 300 on the steps of the cathedral, not "about a hundred" 💜 Thank you to Manon Massé and to the Polytechnique families for the words.
Swipe for pics of [[P:Fatou]] and [[P:Kim L.]] from our team holding the banner, and [[P:kaniesa]] reading the fourteen names. #6décembre #PlusJamais"""),

("c3","fr","linkedin","L",[],
"""Suite à l'article de La Presse sur l'incendie du CPE Les Petits Pommiers à Laval : la demande d'autorisation d'action collective contre le propriétaire de l'immeuble est déjà déposée (dossier [[C:540-06-000187-246]]). Le maire Stéphane Boyer a promis une aide d'urgence, tant mieux.
Les familles qui ont des questions générales peuvent assister à la séance d'info gratuite jeudi à la bibliothèque Marius-Barbeau. Renseignements : [[P:Me Benoît Lachapelle-Roy]], [[T:450 555-0117 poste 224]]."""),
# ---------- c4 fishing and hunting trip stories ----------
("c4","fr","instagram","R",[],
"""3 jours au réservoir Gouin avec la gang 🎣 Pourvoirie du Lac Magnan, chalet 7, pas de réseau, pas de parents de joueurs qui texte à 22h 😂
Record du voyage : doré de 27 pouces pour [[P:le gros Bob]], [[P:Momo]] a passé la fin de semaine à démêler son moulinet Shimano pis notre guide [[P:Pit Awashish]] nous a fait un shore lunch de champion sur l'île aux Bouleaux.
Retour à la réalité lundi : tournoi de soccer à Boucherville 💀 #pêche #Gouin #Haute-Mauricie"""),

("c4","en","instagram","L",[],
"""Moose camp 2026 is in the books 🫎 Ten days north of Chibougamau with [[P:Sully]], [[P:Big Mike]] and our guide [[P:Eddie Mianscum]], who can call a bull from two kilometres away with a birch-bark cone and zero effort.
One bull down on day 8 near Lake Mistassini, meat's already at Boucherie Chez Gaston in Saint-Félicien.
Small PSA: the outfitter e-mailed our deposit receipt with the full card number on it ([[CC:4532 0151 1283 0366]]) — please, businesses, mask those digits."""),

("c4","en","instagram","C",[],
"""Found at the boat launch on the York River this morning, right by the Gaspé salmon office: brown leather wallet. Health card says [[P:LEBEL, MARC]], born [[D:15 April 1973]], [[R:LEBM 7304 1512]], and there's an old paper SIN card in there too ([[S:271 849 382]]), plus a fishing licence from the ZEC. If you know him tell him to call me at [[T:418-555-0185]] 🎣"""),

("c4","en","linkedin","B",[],
"""Opening morning of duck season at Baie-du-Febvre, 4:30 a.m., fog on the Lac Saint-Pierre, my father pouring coffee from the same green Stanley thermos he's had since 1988.
My old articling principal, [[P:Me Gérard Fortin]], used to say a good litigator is a good hunter: you prepare the blind for weeks, you sit still, and you shoot only when the bird is in range. I think about that every time I'm tempted to file a motion too early.
Limit by 8 a.m. 🦆 Back at the office Monday."""),

("c4","fr","instagram","S",[],
"""Pêche blanche sur le lac Témiscouata avec ma blonde [[P:Keisha]] pis sa mère [[P:Mme Joseph]] ❄️🎣 Six perchaudes, un brochet qu'on a relâché pis un chocolat chaud au Dégelis. Pas pire pour des filles de Montréal-Nord!
Merci à [[P:tit-loup]] du Camping Pohénégamook de nous avoir prêté sa cabane pis sa tarière Jiffy 🙌"""),

("c4","fr","linkedin","B",[],
"""Petite réflexion du lundi. Fin de semaine sur la rivière Bonaventure avec mon ami [[P:Jean-Sébastien Bujold]] pis notre guide, [[P:Ti-Paul Cyr]], qui connaît chaque fosse entre le pont et la Fosse-à-Gérard. Trois jours, zéro saumon. [[P:Ti-Paul]] nous a dit : « Le poisson a pas lu votre agenda. »
Ça s'applique assez bien aux délais judiciaires, non? 🎣⚖️ #Gaspésie #saumonatlantique"""),
]
