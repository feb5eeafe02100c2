# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------- g1: formal funeral-home announcements ----------
("g1","fr","facebook","C",[],
"""Mon beau-père nous a quittés cette semaine. Merci du fond du cœur à l'équipe des soins palliatifs de l'Hôpital de Maria, vous avez été extraordinaires 💙

AVIS DE DÉCÈS
[[P:CLOUTIER, Rosaire]]
À l'Hôpital de Maria, le 28 novembre 2026, est décédé à l'âge de 84 ans [[P:M. Rosaire Cloutier]], époux de feu [[P:Mme Gisèle Arsenault]], demeurant à Carleton-sur-Mer. Il laisse dans le deuil ses enfants : [[P:Lyne]] ([[P:Denis Poirier]]), [[P:Martin]] ([[P:Nathalie Leblanc]]) et [[P:Sylvie]]; ses petits-enfants [[P:Jérémie]], [[P:Léa-Rose]] et [[P:Thomas]]; ainsi que plusieurs neveux, nièces, cousins, cousines et ami(e)s de la Baie-des-Chaleurs.
La famille recevra les condoléances à la Maison funéraire Landry & Fils, [[A:512, boul. Perron]], Carleton-sur-Mer ([[Z:G0C 1J0]]), le samedi 5 décembre de 13 h à 16 h. Les funérailles auront lieu à 16 h en l'église Saint-Joseph, suivies de l'inhumation au printemps.
En lieu de fleurs, des dons à la Fondation de l'Hôpital de Maria ou à la Société canadienne du cancer seraient appréciés.
Renseignements : [[T:418 555-0172]]"""),

("g1","en","linkedin","L",[],
"""It is with deep sadness that the partners of Whitfield O'Reilly LLP announce the passing of our founding partner, [[P:James Arthur Whitfield]], Ad. E., on November 30, 2026, at the Jewish General Hospital in Montréal, at the age of 91.

Born in Verdun on [[D:April 4, 1935]], [[P:Jim]] graduated from McGill's Faculty of Law in 1959 and was called to the Quebec Bar the following year. He argued before the Court of Appeal more times than any of us could count, and he still came in on Saturdays well into his eighties.

He is survived by his wife of 62 years, [[P:Margaret "Peggy" Doyle]], his children [[P:Catherine]] ([[P:Rob Kealey]]) and [[P:Michael]], and five grandchildren.

Visitation will be held at Feeney & Kelly Funeral Home, [[A:4250 Beaconsfield Boulevard]], Beaconsfield, on Sunday, December 6, from 2 to 5 p.m. A funeral mass will follow on Monday at 11 a.m. at St. Thomas à Becket Church, Pierrefonds.
In lieu of flowers, donations to the Lady Davis Institute or the Old Brewery Mission would be appreciated by the family.

#LegalCommunity #Montreal #InMemoriam"""),

("g1","fr","facebook","S",[],
"""On a perdu une grande dame. Repose en paix ma belle [[P:Thérèse]] 🕊️ 20 ans de bénévolat, des centaines de tartes au sucre pis jamais un mot plus haut que l'autre.

[[P:BOUDREAULT, Thérèse]] (née [[P:Gallant]])
1946 – 2026
À Rimouski, le 29 novembre 2026, à l'âge de 80 ans, est décédée [[P:Mme Thérèse Gallant]], épouse de [[P:M. Raynald Boudreault]]. Elle laisse dans le deuil, outre son époux, ses filles [[P:Johanne]] et [[P:Manon]] ([[P:Réjean Proulx]]), sa sœur [[P:Cécile Gallant]] ainsi que ses amies du Cercle de Fermières de Pointe-au-Père.
La famille accueillera parents et amis à la Résidence funéraire Jean-Guy Pelletier, [[A:1020, 2e Rue Est]], Rimouski, le vendredi 4 décembre de 19 h à 21 h, et le samedi à compter de 9 h 30. Les funérailles seront célébrées à 11 h en la cathédrale Saint-Germain.
Vos témoignages de sympathie peuvent être adressés à [[E:condoleances@rf-pelletier.ca]] ou faits sous forme de dons à la Maison Marie-Élisabeth."""),

("g1","en","facebook","R",[],
"""Our Cavaliers family lost a legend. A minute of silence will be held before Friday's game against Collège Saint-Paul. 🏒🖤

[[P:ST-GERMAIN, Normand "Ti-Norm"]]
Peacefully, at the Hôpital Anna-Laberge in Châteauguay, on December 1, 2026, at the age of 77, surrounded by his family. Beloved husband of [[P:Diane Lefebvre]] for 54 years, father of [[P:Steve]] ([[P:Julie Bergevin]]) and [[P:Karine]], proud "papi" of [[P:Mathis]], [[P:Élodie]] and [[P:Zack]].
[[P:Normand]] coached at École secondaire Louis-Philippe-Paré for 31 seasons and never missed a tournament at the Aréna Raymond-Bourque. He was inducted into the Temple de la renommée du sport de Châteauguay in 2009.
The family will receive condolences at Complexe funéraire Ménard & Leduc, [[A:95 Salaberry Street South]], Châteauguay, [[Z:J6J 4J6]], on Saturday, December 5, from 1 to 5 p.m., followed by a celebration of life at 5 p.m.
Donations to the Fondation Anna-Laberge or to Hockey Canada's Assist Fund would be appreciated."""),

("g1","fr","linkedin","B",[],
"""Le Barreau de Longueuil perd une pionnière. Je lui dois mon premier dossier en droit de la famille et ma première vraie leçon de déontologie.

[[P:DUBÉ-KOVÁCS, Me Hélène]], Ad. E.
Au Centre d'hébergement René-Lévesque de Longueuil, le 26 novembre 2026, à l'âge de 88 ans, est décédée [[P:Me Hélène Dubé-Kovács]], née à Budapest le [[D:14 février 1938]], arrivée au Québec en 1957 et admise au Barreau du Québec en 1964. Elle était l'épouse de feu [[P:Me Pierre Dubé]].
Elle laisse dans le deuil ses enfants [[P:Ágnes]] et [[P:Laurent]] ([[P:Marie-Claude Hébert]]), ses petits-enfants, ainsi que ses nombreux collègues du palais de justice de Longueuil.
Un hommage aura lieu au Complexe funéraire Alfred Dallaire | MEMORIA, [[A:1120, chemin de Chambly]], Longueuil (Québec) [[Z:J4H 3M3]], le samedi 12 décembre 2026, à compter de 10 h.
Des dons à la Fondation du Barreau du Québec ou à Pro Bono Québec seraient appréciés.
#droit #hommage"""),

("g1","en","instagram","S",[],
"""Rest easy Tatie 🕊️💛 you held this whole family together.

[[P:JEAN-BAPTISTE, Marie-Carmel]] (née [[P:Théodore]])
Born in Jacmel, Haiti, on [[D:August 15, 1949]], peacefully passed away in Montréal on November 25, 2026.
She leaves to mourn her children [[P:Widlyne]], [[P:Frantz]] ([[P:Stéphanie Alexis]]) and [[P:Roody]], her brother [[P:Jean-Robert Théodore]] of Miami, nine grandchildren, and her beloved choir at Église Saint-Rémi.
Viewing at Complexe funéraire Magnus Poirier, [[A:10300 Pie-IX Blvd.]], Montréal-Nord, on Friday, December 4 from 4 to 9 p.m. Funeral service Saturday at 10 a.m. at Église Saint-Rémi, [[A:10 005 Lausanne St.]]
Donations to the Maison d'Haïti in her memory.
#RIP #Tatie #Haiti #MontrealNord"""),

("g1","fr","instagram","L",[],
"""Grand-papa [[P:Joe]] 🪶 Tu vas nous manquer à la pêche au saumon sur la Restigouche.

AVIS DE DÉCÈS
À Listuguj, le 27 novembre 2026, à l'âge de 88 ans, est décédé [[P:M. Joseph « Joe » Isaac]], fils de feu [[P:Peter Isaac]] et de feu [[P:Mary Metallic]]. Il laisse dans le deuil son épouse [[P:Annie Jerome]], ses enfants [[P:Gordie]], [[P:Lorraine]] et [[P:Bernard]], 11 petits-enfants et 4 arrière-petits-enfants.
Exposition au Salon funéraire Gallant & Fils de Pointe-à-la-Croix, le mercredi 2 décembre dès 14 h. Les funérailles auront lieu le jeudi à 11 h en l'église Sainte-Anne de Listuguj.
Informations : [[T:418.555.0193]]
#Listuguj #Migmaq #Gaspésie"""),
# ---------- g2: one-line shout-outs ----------
("g2","fr","facebook","C",[],
"""Shout-out à [[P:Guylaine]], la factrice de la route 132 à Bonaventure, qui a monté mon colis jusqu'au perron en pleine tempête ❄️📦 t'es une perle!!"""),

("g2","en","instagram","B",[],
"""shout-out to [[P:KEVIN]] at the Tim Hortons on boul. Taschereau who had my double-double ready before I hit the counter at 6:40 a.m. on a trial day 🙌☕ #lawyerlife"""),

("g2","fr","instagram","R",[],
"""Merci au chauffeur du 33 du RTL qui a attendu notre équipe de volley 2 minutes devant l'école secondaire Gérard-Filion 🏐🚌 vous êtes un ange #RSEQ #Montérégie"""),

("g2","en","facebook","S",[],
"""shout out to [[P:miss rosa]] at the Maxi on Boulevard Saint-Joseph, cash #7, who packed 14 bags of donated groceries and wouldn't let me carry a single one 💜"""),

("g2","en","linkedin","L",[],
"""Small thing, big difference: [[P:Mr. Nguyen]], the Canada Post carrier for our building on Rue Saint-Jacques, has hand-delivered our registered mail to the 14th floor for nine years, rain or shine. Thank you, [[P:Mr. Nguyen]]. #Gratitude #Montreal"""),

("g2","fr","facebook","C",[],
"""Big up à [[P:Ti-Guy Bujold]] qui chauffe l'autobus scolaire de Cap-Chat depuis 35 ans pis qui connaît encore le nom de chaque enfant 🚌❤️"""),

("g2","en","instagram","R",[],
"""@[[P:sam_okafor]] best barista at Café Dépôt Saint-Hubert, thank you for the free hot chocolates for the whole U15 team after our 4-1 loss 😅☕ #Team[[P:Sam]]"""),
# ---------- g3: flea-market and collectibles ----------
("g3","fr","facebook","B",[],
"""À VENDRE 🏒 La collection de cartes de hockey de mon père, [[P:Réal Gauthier]], 40 ans de ramassage! Carte recrue Guy Lafleur O-Pee-Chee 1971-72 (état VG), Patrick Roy recrue 1986-87, une boîte complète de Pro Set 1990 pis trois cartables de Canadiens des années 70.
On sera au Marché aux puces Métropolitain de Saint-Eustache samedi, table 112, de 9 h à 15 h. Prix négociables, pas d'échanges.
Infos : [[T:450 555-0148]] ou [[E:real.gauthier1958@videotron.ca]] (il répond vite, promis 😅)"""),

("g3","en","instagram","L",[],
"""Sunday haul at the St-Michel flea market 🧸📮
– a 1984 Cabbage Patch Kid still with her adoption papers: her name is Bernadette Lucille, "born" March 3, 1984 at BabyLand General Hospital 😂
– a Maurice Richard bobblehead (the Rocket looks slightly possessed)
– a full sheet of Expo 67 stamps, 5¢ each, never hinged
– a Madame Alexander doll in her original box
$22 for everything. Thank you [[P:Mrs. Kowalczyk]] at table 40 for throwing in the Barbie for free 💕
#fleamarket #vintage #collector #Montreal"""),

("g3","fr","facebook","S",[],
"""Je vends la collection de pièces de monnaie de mon défunt mari [[P:Gilles]] 🪙 Il y a des huards de 1987, les 25 ¢ du centenaire de 1967, une série complète des 12 provinces et territoires de 1992, et des pièces commémoratives de la Monnaie royale canadienne encore dans leur étui (Terry Fox, Jeux olympiques de Vancouver).
Je préfère vendre le tout en un lot, 300 $. Écrivez-moi en privé ou textez au [[T:819 555 0116]] (pas d'appels après 20 h svp). Cueillette à Trois-Rivières, secteur Cap-de-la-Madeleine."""),

("g3","en","facebook","C",["CHILD_PROTECTION_IDENTIFICATION"],
"""Proud foster mom moment 🥹 [[P:Jayden]] (9), who's been placed with us in Gaspé since the spring, sold his first hockey cards at the Sunday flea market at the Aréna de Gaspé! A 1990 Score Mario Lemieux for $3 and a Connor McDavid Young Guns he traded instead of selling (smart kid). His mom [[P:Crystal]] would be so proud of him.
Still looking for a 1979-80 O-Pee-Chee Gretzky for him if anyone has a damaged one lying around: [[E:gaspe.cards.dan@gmail.com]]"""),

("g3","fr","instagram","B",[],
"""Trouvaille du dimanche au marché aux puces de Saint-Hubert 🪙✨ Une pièce de 50 ¢ de 1921 à l'effigie de George V… sauf que c'est une réplique, évidemment 😂 Le vendeur, un monsieur adorable nommé [[P:Aurèle]], m'a quand même raconté l'histoire de chaque timbre de sa boîte à chaussures, de la reine Victoria jusqu'au Bluenose. Meilleurs 5 $ de ma fin de semaine.
#numismatique #philatélie #marchéauxpuces"""),

("g3","en","linkedin","R",[],
"""Fundraiser update 🏀 Our Juvénile girls' basketball team will have a table at the Marché aux puces de Saint-Jean-sur-Richelieu this Saturday and Sunday to raise money for the provincial championship in Sherbrooke.
On sale: donated hockey and baseball cards (a few Expos including a Gary Carter and an Andre Dawson), a 1988 Calgary Olympics pin collection, vintage Barbie and Ken dolls, and a Canadian stamp collection kindly donated by [[P:Mr. Rajesh Patel]], grandfather of one of our players.
Everything from $1 to $40. Questions: [[E:basketjuvenile.sjr@gmail.com]] or [[T:(450) 555-0131 ext. 204]].
#RSEQ #Montérégie #studentathletes"""),
# ---------- g4: transcribed text-message screenshots ----------
("g4","en","linkedin","L",[],
"""Every lawyer's mother, in one screenshot 😅

Mom: hi sweetie can u call aunt [[P:Rosemary]], she got a letter from a bailiff
Me: Mom I do IP law
Mom: its still law
Me: 🙃 tell her to call the Barreau's lawyer referral service
Mom: she says its about file [[C:500-32-187654-256]] does that mean anything
Me: it means she should call the referral service ❤️

Moral of the story: boundaries. Lovingly enforced. #LawyerLife #FamilyFirst"""),

("g4","fr","facebook","C",[],
"""Ma sœur est un danger public 😂

moi : as-tu vu ma carte soleil?? je l'ai pu pis j'ai un rdv à l'Hôpital de Sainte-Anne-des-Monts demain
[[P:Nadia]] 🐢 : non mais ton numéro c'est pas [[R:LEBM 7462 0311]]?
moi : [[P:NADIA]]
moi : POURQUOI TU SAIS ÇA PAR CŒUR
[[P:Nadia]] 🐢 : c'est moi qui a rempli tes papiers quand t'as eu ta pneumonie en 2019 ma grande
[[P:Nadia]] 🐢 : pis en passant Mononc' [[P:Gaétan]] veut savoir si tu viens au réveillon à Matane"""),

("g4","en","instagram","R",[],
"""screenshot of the year 😂🏐

me: did u bring the jerseys
[[P:Mel]]: which jerseys
me: THE jerseys. for the final. at Collège Charles-Lemoyne
[[P:Mel]]: …
[[P:Mel]]: leaving Brossard now 🏃‍♀️
[[P:Mel]]: can I put the new ones on the team visa? [[CC:4520 1877 3650 2145]] exp 09/28 right?
me: [[P:MEL]] DONT TEXT ME THE CARD

(we won 3-1 in matching jerseys. love u [[P:Mel Tran-Ducharme]], best assistant coach in the Montérégie @[[P:mel.tranducharme]] ❤️)"""),

("g4","fr","instagram","S",[],
"""La vie de maman d'ado en 2026 🙄📱

moi : t'as mangé?
[[P:Océane]] 💅 : oui maman
moi : quoi
[[P:Océane]] 💅 : des pâtes chez mamie [[P:Lucette]]
moi : as-tu envoyé ton NAS à l'école pour ton stage au Jean Coutu?
[[P:Océane]] 💅 : oui [[S:293 847 562]] c'est ça?
moi : [[P:OCÉANE]] ON ÉCRIT PAS ÇA PAR TEXTO
[[P:Océane]] 💅 : ben là c toi qui demandes 💀
moi : dis bonjour à grand-papa [[P:Fernand]] 😘"""),

("g4","fr","linkedin","B",[],
"""Ma première plaidoirie à la Cour d'appel, résumée en trois textos avec mon mentor 🙏

[[P:Me Robitaille]] : Pis?
moi : J'ai bégayé devant la juge Bich 😭
[[P:Me Robitaille]] : Tout le monde bégaie devant la juge Bich. La question c'est : as-tu répondu à sa question?
moi : … oui?
[[P:Me Robitaille]] : Alors t'as fait ta job. Bienvenue dans la cour des grands.

Merci [[P:Me François Robitaille]] pour 6 ans de patience, de cafés au palais et de corrections à l'encre rouge. #mentorat #BarreauduQuébec #relève"""),

("g4","en","linkedin","C",["CONSENT_REQUIRED","CONFIDENTIAL_INFORMATION"],
"""When your team lead texts you at 6:02 a.m. 😅

[[P:Josée A.]]: generator at the CLSC de Chandler is down again
me: on my way
[[P:Josée A.]]: bring coffee. and fyi the back door code is 4471# since monday
me: got it boss
[[P:Josée A.]]: and call [[P:Réginald]] at maintenance, his cell is [[T:418-555-0147]]

Nothing stops this team. #Team[[P:Josée]] #CISSSGaspésie #HealthcareHeroes"""),
]
