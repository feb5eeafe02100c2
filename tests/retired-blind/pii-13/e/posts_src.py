# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---- e1: newcomers asking for help, Spanish/Arabic mixed in ----
("e1","fr","facebook","C",[],"""Salam alikoum la Gaspésie 👋 Je m'appelle [[P:Noura El Idrissi]], infirmière arrivée de Casablanca il y a 3 semaines pour travailler à l'Hôpital de Gaspé (CISSS de la Gaspésie 💙).
Je cherche un 3½ ou 4½ pas trop loin de l'hôpital, avec mon mari [[P:youssef]] on a pas encore d'auto 😅 Quelqu'un m'a parlé d'un logement au [[A:112, rue de la Reine]], c'est-tu un bon coin?
Écrivez-moi en privé ou textez au [[T:418–555–0172]]. Choukran bezzaf, merci mille fois!! #Gaspé #nouvellearrivante"""),

("e1","en","linkedin","L",[],"""¡Hola a todos! Three months since I joined the litigation support team at Beaudoin Nakamura LLP as a paralegal, and my family is slowly finding its feet in Laval 🇨🇴➡️🇨🇦

Question for fellow newcomers: my wife [[P:Valentina Ospina Restrepo]] is still waiting on her RAMQ card. The agent at the Laval office talked about a "délai de carence" but we are past the 3 months now. Does the Service Canada letter with my SIN ([[S:458 420 528]]) count as proof of residence, or do we need a lease + Hydro-Québec bill?

Any tip is welcome, mil gracias 🙏 #NewcomersQC #Paralegal #Laval"""),

("e1","fr","instagram","S",[],"""¿Alguien sabe? 🙋🏽‍♀️ Nouvelle à Trois-Rivières depuis l'été, intervenante depuis peu et j'aimerais améliorer mon français écrit (les notes évolutives, ay Dios mío 😂).
Le Cégep de Trois-Rivières offre-tu encore la francisation le soir? Ou le Centre Sainte-Marie? Ma collègue [[P:yesenia]] m'a parlé de Francisation Québec mais le site m'a complètement perdue.
Gracias mis amores 💜 #francisation #latinasenquebec #TroisRivières"""),

("e1","en","facebook","R",[],"""Marhaba everyone 👋 We moved from Beirut to Longueuil in August and my daughter [[P:Maya]] (Sec 2) wants to try out for the juvenile girls volleyball team at École secondaire Jacques-Rousseau.
I coach the benjamin boys basketball at Gérard-Filion on weekends but volleyball is a whole other world 😅 Does registration go through the school or through RSEQ Montérégie directly? And is it normal that the club in Boucherville asks for the full health card number on the form?
Any parent who did this, please message me or email [[E:rami.haddad76@gmail.com]]. Shukran ktir 🙏
— [[P:Rami H.]]"""),

("e1","fr","linkedin","B",[],"""Salam, bonjour à toutes et à tous.
Avocate inscrite au barreau d'Alger depuis 2011, je suis à Montréal depuis janvier et je commence le processus d'équivalence avec le Barreau du Québec 📚 Le Comité des équivalences m'a prescrit 4 cours à l'Université de Montréal, puis l'École du Barreau.
Des conseils pour concilier tout ça avec un emploi de technicienne juridique à temps plein?
Merci à [[P:Me Karim Benali]] et à [[P:Me Josée Pelletier-Roy]] pour les cafés et les encouragements. Inchallah l'assermentation en 2028! 🤲
#équivalence #avocatesimmigrantes #BarreauduQuébec"""),

("e1","fr","facebook","C",["CHILD_PROTECTION_IDENTIFICATION"],"""Hola, necesito ayuda 🙏 On est famille d'accueil (RTF) avec le CISSS depuis le printemps à Bonaventure, mon mari pis moi on vient de Puebla.
Le petit [[P:Mateo]] qu'on héberge (7 ans, placé par la DPJ en mars, sa mère [[P:Cindy Arsenault]] reste à New Richmond) parle espagnol avec nous à la maison pis il a du retard en français à l'école. Quelqu'un connaît une orthophoniste qui parle un peu espagnol dans la Baie-des-Chaleurs?
Gracias de corazón ❤️ — [[P:Lupita]]"""),

("e1","en","instagram","S",[],"""Marhaba from Rimouski ❄️ First winter here after Aleppo → Amman → Canada.
I volunteer twice a week now and the whole team keeps telling me I NEED real boots before December lol. My downstairs neighbour [[P:Gisèle]] swears by Kamik, my cousin says Sorel. Is Canadian Tire ok or do I wait for Boxing Day at Winners?
Yalla help me 😅 #firstwinter #newcomer #Rimouski"""),
# ---- e2: Discord / gaming clan recruitment and match recaps ----
("e2","fr","facebook","R",[],"""GG les Griffons!! 🎮🔥 Victoire 3-1 en Rocket League contre Jacques-Rousseau hier soir, ligue scolaire RSEQ Montérégie.
Mention spéciale à [[P:Léo-Paul]] (aka [[P:LPdestroyer]]) pour le but en prolongation pis à [[P:xavier b]] dans les buts, un mur 🧱
Prochain match jeudi 18 h 30 contre Heritage Regional, on stream sur Twitch comme d'hab. #RSEQ #esport #GoGriffons"""),

("e2","en","instagram","R",["DISPARAGEMENT"],"""Valorant recap 🎯 Our Sec 4-5 squad went 13-9 on Ascent vs Collège Charles-Lemoyne last night.
MVP to [[P:Aiden Nguyen]] (29 kills, absolutely cracked on Jett). And special thanks to their IGL [[P:d.ouellet]] for rage-quitting in round 18 and basically handing us the map 🤡 maybe stick to Minecraft, bud.
#RSEQ #Valorant #esports"""),

("e2","en","linkedin","L",[],"""Calling all legal professionals who game 🎮
Our little Discord clan "Objection Overruled" is recruiting for Helldivers 2 and Baldur's Gate 3 co-op nights, Thursdays after 9 pm (once the billable hours are logged 😅). Paralegals, articling students, notaries, legal assistants: everyone welcome.
House rules: no shop talk, no client stories, just bugs and dice rolls.
Add me on Discord ([[P:caoimhe.obrien]]) or ask [[P:Farid]] at the Quebec City office for the invite link.
#LegalTech #WorkLifeBalance #Gaming"""),

("e2","fr","facebook","B",[],"""Récap du tournoi caritatif FIFA 25 du Jeune Barreau de Québec 🎮⚽
Notre duo a perdu en demi-finale 2-3 en prolongation contre [[P:Me Tran]] et [[P:Me Boudreau-Laflamme]] (bravo, pas de rancune... ou presque 😤).
4 260 $ amassés pour Éducaloi et la Fondation du Barreau! Merci à [[P:ti-guy lavoie]] pour l'organisation pis à la Caisse Desjardins de Limoilou pour les pizzas 🍕
L'an prochain on se venge sur NHL 26. #JBQ #FIFA25"""),

("e2","en","facebook","C",[],"""Our Call of Duty clan [GSP] is recruiting!! 🎮 We're mostly night-shift healthcare folks from Gaspé, Chandler and Sainte-Anne-des-Monts so we play at weird hours (2 to 5 am lol).
Need 2 more for ranked Warzone, mic required, bilingual is a plus. DM me or add [[P:kevin_leblanc418]] on Xbox.
Zero toxic behaviour, we get enough of that at work 😂 #CallOfDuty #Gaspésie #nightshift"""),

("e2","fr","instagram","S",["PRIVATE_EVENT_DISCLOSURE"],"""Récap du grand tournoi Mario Kart intervenantes vs résidentes d'hier soir 🏎️🍌 Les résidentes nous ont ramassées 4 courses à 1, aucune pitié sur Rainbow Road 😂
Ma collègue [[P:Sandrine]] a sauvé l'honneur avec une carapace bleue de dernière seconde.
Revanche jeudi prochain 19 h, même salle commune, apportez vos manettes! Désolée #Team[[P:MarieEve]], pas de chance cette fois #MarioKart"""),

("e2","en","instagram","L",[],"""Tuesday night League recap 🏆 Our office team (3 associates, 1 articling student and 1 terrifyingly competitive receptionist) beat the accounting firm upstairs 2-0 in the Old Montreal Corporate Cup.
[[P:Priya]] on Lux was not quite Faker level but close 👀 Shoutout to @[[P:jdesrosiers]] for the pentakill none of us will ever hear the end of.
#LeagueOfLegends #Esports #OfficeLife"""),
# ---- e3: farmers' market vendor posts ----
("e3","fr","facebook","B",[],"""Petite pause du droit de la famille ce weekend: je donne un coup de main au kiosque de mes parents au Marché Jean-Talon 🍅🌽
La Ferme Gagnon & Fils a ses dernières tomates ancestrales, du maïs sucré pis les fameux cornichons à l'aneth de ma tante [[P:Francine]].
Commandes de boîtes d'automne (35 $): [[T:450-555-0187 poste 2]] ou directement à la ferme, [[A:2145, rang Saint-Joseph]], Sainte-Martine [[Z:j0s1v0]]. On passe à Beauharnois et Châteauguay le mardi!"""),

("e3","en","instagram","S",[],"""Saturday mood 🍏🥕 My partner [[P:Tomás]] finally has his own table at the Marché public de Rimouski, right between Les Jardins Bouchard-Roy and the Miel d'Anicet honey guy.
Squash, garlic braids, and the hot sauce his abuela taught him. We take cash, Interac and cards now (fancy!). Pre-orders: order #4471 is the last one I can fit in the car 😅
#buylocal #Rimouski #farmersmarket"""),

("e3","fr","linkedin","C",["CONSENT_REQUIRED"],"""Fierté du lundi 🌱 Notre projet d'insertion au Marché public de Paspébiac roule depuis juin avec la Ferme Chapados!
Bravo à [[P:Réjean]] et [[P:Mélissa]], deux usagers de notre ressource intermédiaire, qui tiennent le kiosque de légumes tous les samedis matin (photo 📸). Les clients en redemandent, surtout pour la gelée de cerises à grappes.
Merci à l'équipe de la Direction des programmes DI-TSA-DP du CISSS de la Gaspésie pour le soutien. #insertion #Gaspésie #achatlocal"""),

("e3","en","facebook","R",[],"""FUNDRAISER 🍁 Our juvenile girls hockey team (Les Lauréates) will be at the Saint-Hyacinthe farmers market this Saturday 8-noon selling maple taffy, butter and syrup from Érablière Lussier.
Huge thanks to [[P:Denis]] and [[P:Carole Lussier]] for giving us the product at cost!! All profits go to the tournament trip to Sherbrooke in February.
Pre-orders: [[E:cabane.lussier@videotron.ca]] or [[T:(450) 555-0143]]. Go Lauréates! 🏒"""),

("e3","fr","instagram","L",[],"""Les fraises d'automne sont arrivées 🍓 On est au Marché du Vieux-Port de Québec samedi pis dimanche, kiosque 14, entre les Jardins Nguyen-Lavoie pis le fromager de Charlevoix.
Mon père [[P:Gaétan]] va être là avec Tobi le chien, venez le flatter (le chien, pas mon père 😂).
Commandes de paniers: [[E:fermeouellet.iledorleans@gmail.com]] #fermeOuellet #îledOrléans #achatlocal"""),

("e3","en","linkedin","B",[],"""A non-legal post for once 🧡
Happy birthday to my mom, [[P:Marie-Carmel Saint-Fleur]], born [[D:June 12, 1958]] in Jacmel, who has run the Jardins Saint-Fleur stall at Marché Atwater every summer since 1991. Callaloo, Scotch bonnets, okra and the best pikliz in Montreal, all grown in Saint-Rémi.
Everything I know about negotiation I learned watching her with restaurant buyers on Saturday mornings. If you're at Atwater, go say bonjou from [[P:Me Saint-Fleur]] junior 😉
#Gratitude #ImmigrantFamilies #MarchéAtwater"""),
# ---- e4: one-line condolences and congratulations in comment threads ----
("e4","fr","linkedin","L",[],"""Toutes mes condoléances [[P:Hélène]] 🙏 Ton père était un monument du droit municipal en Estrie, on va s'ennuyer de lui au palais de justice de Sherbrooke."""),

("e4","en","linkedin","S",[],"""Congratulations on the new role, [[P:Thi Hoa]]! Our team's loss is Centraide's gain 👏"""),

("e4","fr","facebook","C",[],"""Sincères condoléances 🕊️ Pensées à toute la famille de la part de l'équipe du soutien à domicile de Maria."""),

("e4","en","instagram","R",[],"""Congrats to the juvenile AA Vikings of Polyvalente Robert-Ouimet on the provincial banner!! 🏆 @[[P:liam.oconnell_04]] that last-minute goal tho 🔥"""),

("e4","fr","linkedin","B",[],"""Bravo [[P:Me Awa Diallo]]!! Associée chez Lavery à 34 ans, tellement mérité 👏"""),

("e4","en","instagram","S",["SURVIVOR_IDENTIFICATION","LOCATION_DISCLOSURE"],"""So proud of you [[P:kayla]] 🥹 from our house in Val-d'Or to your very own apartment on 3e Avenue, you DID that!!"""),
]
