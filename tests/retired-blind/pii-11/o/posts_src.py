# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------- o1: sports pools and brackets ----------
("o1","fr","facebook","R",[],"""🏒 POOL DES SÉRIES 2026 – classement après la 1re ronde 🏒
1. [[P:marie-eve l]]. – 47 pts (merci Caufield pis Suzuki 🙌)
2. [[P:Ti-Guy]] – 44 pts
3. [[P:Lapointe]] – 41 pts
4. [[P:Yannick Desjardins-Roy]] – 38 pts
…
dernier : [[P:STEPH D]] avec 12 pts, il a encore McDavid pis les Oilers comme si on était en 2024 😂
Rappel : 20 $ par participant, virement Interac à [[E:kev.charbonneau77@hotmail.com]] avant vendredi. Le gagnant repart avec le trophée Jacques-Plante de la ligue de garage de Saint-Hyacinthe 🏆
#PoolDesSéries #GoHabsGo"""),

("o1","en","instagram","L",[],"""Super Bowl LXI squares are SOLD OUT 🏈🟩 100 squares, $10 each, half to the Montreal Children's Hospital Foundation.
Quarter winners:
Q1 – [[P:Priya S.]] (7-3)
Q2 – [[P:DeShawn]] (0-0, the boring square strikes again)
Q3 – [[P:o'connell]] from accounting
Final – @[[P:nguyen.thao]] 🎉
Shoutout to Mahomes for making my square worthless in the 4th. Payouts Monday at the front desk, receipt #SB-2026-0412.
#SuperBowlSquares #OfficeFun"""),

("o1","fr","linkedin","B",[],"""Petit moment de légèreté au Jeune Barreau de Montréal : notre pool du Tour de France a pris fin hier sur les Champs-Élysées 🚴‍♂️
Bravo à [[P:Me Anne-Sophie Nadeau]], qui avait misé sur Pogačar pour le maillot jaune et sur Van der Poel pour l'étape de Roubaix. Mention honorable à [[P:Karim Haddad]] (3e), trahi par une chute de Vingegaard dans les Alpes.
Les 340 $ amassés sont remis à Éducaloi. Rendez-vous en juillet 2027!
#JBM #TourDeFrance"""),

("o1","en","facebook","C",[],"""March Madness bracket update from the Chandler rec league boys 🏀
[[P:Ti-Jean]] still perfect after 24 games (nobody believes him).
[[P:wendy metallic]] in 2nd, she picked Gonzaga out of spite and it's working.
[[P:Gaudreault]] and [[P:Big Al]] tied for dead last, busted by the first Friday.
Loser buys the wings at the Brise-Bise in Gaspé. Final Four pics on Saturday.
Entry was $5, total pot $85."""),

("o1","fr","facebook","S",["PRIVATE_EVENT_DISCLOSURE"],"""Dimanche on fait des carrés du Super Bowl avec les résidentes 🏈 souper pizza à 18 h dans la salle commune de la maison, pis pas d'argent, juste des prix (bas de laine, chocolat Laura Secord, un chandail des Chiefs donné par un commanditaire).
On a hâte! Merci à la Boulangerie Guay pour les desserts 💜"""),

("o1","en","linkedin","R",[],"""Our staff NBA playoff bracket raised $640 for the girls' basketball program at École secondaire Pierre-Laporte 🏀
Congrats to [[P:Amandeep Gill]], who called the Celtics in six and Jayson Tatum as Finals MVP. [[P:Rosalie Tran]] and [[P:J. Bouchard]] finished 2nd and 3rd.
Schools interested in hosting next year's pool can reach our office at [[T:450 555-0182, poste 214]] or [[E:evenements@rseq-monteregie.example]].
#RSEQ #Montérégie #StudentAthletes"""),

("o1","fr","instagram","C",[],"""Mon bracket est mort après le premier match. Merci les Sabres. 🙃 #pool #séries"""),
# ---------- o2: birth announcements ----------
("o2","fr","facebook","C",["CONSENT_REQUIRED"],"""💗 Bienvenue à notre petite [[P:Florence]] 💗
Née le [[D:2 décembre 2026]] à 3 h 14 à l'Hôpital de Maria, 7 lb 4 oz et 19 pouces de pur bonheur.
grand-maman [[P:Huguette]] pis grand-papa [[P:Réal]] sont déjà venus de New Richmond avec un pâté chinois 😂
Un gros merci à l'équipe de l'obstétrique, surtout à l'infirmière [[P:Kathy Appleby]] qui m'a tenu la main toute la nuit. Vous êtes des anges.
[[P:Mathieu]] et [[P:Jessica]] xx"""),

("o2","en","instagram","L",[],"""Meet [[P:Liam Oluwaseun Adeyemi-Tremblay]] 👶🏾💙
Born [[D:November 28, 2026]] at the Jewish General, 8 lbs 1 oz.
Grandma [[P:Folake]] flew in from Lagos two days early "just in case" and Papi [[P:Gilles]] has already bought him a Canadiens onesie.
Thank you for all the messages, we'll answer them eventually 😴
#newborn #MTL"""),

("o2","fr","instagram","B",[],"""Petite pause de la pratique 🍼
[[P:Jules]] est arrivé le [[D:29 novembre]] au CHU Sainte-Justine, 6 lb 11 oz, en avance de trois semaines comme son père qui arrive toujours en retard au palais 😅
Je serai en congé parental jusqu'en juin; mes dossiers sont entre les mains de [[P:Me Olivier Lacasse]] ([[E:olacasse@lacasse-avocats.example]]).
#congéparental #avocate"""),

("o2","en","facebook","S",[],"""She's here!! [[P:Mai Anh]] arrived Tuesday night at Hôpital Pierre-Boucher after 19 hours (don't ask 😵). 7 lbs 9 oz, a full head of black hair like her Bà [[P:Ngo]].
Ông cried harder than anybody. [[P:Thanh]] is doing great and already an expert diaper changer.
No visitors this week please, we'll post more pics soon ❤️"""),

("o2","fr","linkedin","R",[],"""Toute l'équipe du RSEQ Montérégie félicite notre coordonnateur [[P:Maxime Bélisle-Ouimet]] et sa conjointe [[P:Naomie]] pour l'arrivée de [[P:Théo]] 🎉
On a déjà réservé sa place dans l'équipe de mini-basket du Collège Charles-Lemoyne, cohorte 2036 🏀
[[P:Maxime]] sera de retour au bureau de Longueuil en février."""),

("o2","en","facebook","C",[],"""TWINS!! 👶👶 [[P:Sila]] and [[P:Elijah]] were born Saturday at the Chandler hospital, 5 lbs 2 oz and 5 lbs 8 oz. Everyone is healthy.
Their anaanatsiaq [[P:Annie Nauyuk]] is flying down from Kuujjuaq next week, so if anybody has a spare crib we'd love to borrow one.
Cards can go to [[A:42 rue de la Plage]], Pabos Mills [[Z:g0c2h0]]. Thank you Gaspésie 💙"""),

("o2","en","instagram","L",[],"""It's a girl!! 💕 8 lbs 2 oz of pure joy. Mom and baby are both doing great. Details to follow once we sleep."""),

# ---------- o3: hunting, fishing, camping trip reports ----------
("o3","fr","facebook","R",[],"""Retour du voyage de pêche annuel sur la Matapédia 🎣 4 jours, 2 saumons remis à l'eau, 1 canot presque chaviré.
La gang : [[P:Ti-Jean]], la grande [[P:Jo]], [[P:Boucane]] pis [[P:francois pelletier]] qui a encore oublié ses bottes-pantalons à Sainte-Julie 🙄
Merci à la Pourvoirie Chez Hector pour l'accueil pis le ragoût de pattes. Mention spéciale à notre guide [[P:Réjean]] qui connaît chaque fosse de la rivière par son p'tit nom.
On remet ça en 2027, même chalet, chalet #6."""),

("o3","en","instagram","C",[],"""Moose season is a wrap 🫎 Five days up the Restigouche with the crew, one bull on day 4 at first light.
Couldn't have done it without our guide [[P:Travis Wysote]] from Listuguj, who called that bull in like it owed him money. [[P:Moose Martin]] (yes that's really his nickname) packed out most of the quarters.
If you want to book with the outfitter next fall, their number is [[T:418.555.0147]], ask for the Chic-Chocs package.
#Gaspésie #moosehunt #RestigoucheRiver"""),

("o3","fr","instagram","S",[],"""Fin de semaine de camping au parc national du Bic ⛺🌊 Phoques à Cap-Caribou, coucher de soleil au pic Champlain pis guimauves brûlées.
Avec mes chums [[P:Nguyen Thi Lan]] et [[P:Sofía]] (@[[P:sofi.restrepo]]) qui a monté la tente Coleman à l'envers deux fois 😂
Réservation via Sépaq, site 47, on recommande!"""),

("o3","en","linkedin","B",[],"""Three days of fly fishing on the Bonaventure River taught me more about patience than ten years of case management conferences 🎣
Thank you to my mentor [[P:Me Pierre-Luc Savard]], who dragged me out of Quebec City and insisted we fish without phones. Not a single Atlantic salmon, but plenty of perspective.
Back at the office Monday. #worklifebalance #Gaspésie #lawyers"""),

("o3","fr","facebook","S",[],"""Chasse au chevreuil à Anticosti 🦌 avec mon beau-frère [[P:Fred Côté]] pis [[P:GÉGÉ]]. Trois bêtes en cinq jours, pas pire pantoute pour une première fois.
Logés avec Safari Anticosti à Port-Menier, bouffe incroyable, le cuisinier [[P:Marcel]] fait le meilleur pâté de gibier de la Côte-Nord.
Le traversier de Havre-Saint-Pierre a été annulé deux fois à cause du vent, on a eu le temps de jouer au 500 en masse 🃏"""),

("o3","en","facebook","R",[],"""Ice fishing report, Missisquoi Bay, Saturday 🧊🐟
Crew: [[P:Big Mike]], [[P:Shorty]], [[P:Rosario Iacobucci]] and me. 14 yellow perch, 2 walleye, 1 mystery fish [[P:Shorty]] swears was a pike.
Rented the shack from Pêche Blanche Chez Rolland in Venise-en-Québec, $85 for the day, heater works, auger doesn't. Call ahead at [[T:(450) 555 0193]] if you go, they fill up fast.
Next trip Lac Champlain in Feb if the ice holds."""),
# ---------- o4: public questions on a law office page + the lawyer's reply ----------
("o4","fr","facebook","B",[],"""❓ Question d'une abonnée, [[P:Nathalie Beaulieu]] :
« Mon ex refuse de me rendre les enfants depuis 2 semaines, il reste au [[A:315, rue Notre-Dame]] à Repentigny [[Z:J6A 2R4]]. On a déjà un dossier à la Cour supérieure ([[C:705-04-018233-241]]). Je fais quoi??? »

💬 Réponse de l'équipe : Bonjour [[P:Mme Beaulieu]], nous comprenons votre inquiétude, mais nous ne pouvons pas donner d'avis juridique dans les commentaires. Écrivez-nous en message privé ou appelez-nous au [[T:819 555-0163]] pour une consultation. En cas de danger, composez le 911."""),

("o4","en","facebook","L",["PERSONALIZED_LEGAL_ADVICE"],"""Q from [[P:Dana Whitfield]]: "My landlord [[P:Mr. Kowalski]] kept my $1,100 deposit when I moved out of my place in Verdun. He says it's for 'wear and tear'. Can he do that??"

A: Hi [[P:Dana]]! Short answer: no. Security deposits are prohibited in Quebec, so [[P:Mr. Kowalski]] has to give you the whole $1,100 back. Send him a formal demand letter by registered mail giving him 10 days, and if he doesn't pay, file at the Tribunal administratif du logement. You'll win this one 💪"""),

("o4","fr","facebook","L",["PERSONALIZED_LEGAL_ADVICE"],"""« Bonjour, mon proprio [[P:M. Gingras]] veut m'évincer pour loger sa fille, j'ai reçu l'avis le 12 novembre. Il a le droit? Ça fait 14 ans que je reste là. » – [[P:pierrette]]

Réponse de [[P:Me Valérie Caron]] : Bonjour [[P:Pierrette]], vous avez un mois à partir de la réception de l'avis pour lui répondre. Si vous ne répondez pas, vous êtes réputée avoir refusé de quitter, donc c'est à [[P:M. Gingras]] de s'adresser au TAL. Vu vos 14 ans dans le logement, je contesterais et je demanderais une indemnité de trois mois de loyer minimum."""),

("o4","en","linkedin","B",[],"""A question we got in the comments last week, shared with permission:
"Asking for a friend: my ex's new partner keeps posting our kids on Instagram. Can I make it stop?" – [[P:Kwame Asante-Boateng]]

Great question, [[P:Kwame]]. In general terms, articles 35 and 36 of the Civil Code of Québec protect everyone's privacy, including children's image, and parents exercising parental authority usually decide together on these matters. Every situation is different, so this isn't legal advice: a family lawyer or the Barreau's referral service can look at the specifics.
#familylaw #privacy #Québec"""),

("o4","fr","facebook","B",[],"""Commentaire reçu sous notre publication d'hier :
« jai besoin daide svp mon ex a pris ma carte de credit [[CC:4512 0187 3366 2048]] pis mon NAS [[S:271 849 382]] pour ouvrir des comptes a mon nom, ma carte soleil aussi [[R:DESG 5603 1512]]. quoi faire » – [[P:ginette.m]]

⚠️ Madame, nous avons masqué votre commentaire : il contenait des renseignements personnels très sensibles. Ne les publiez jamais en ligne. Communiquez avec nous en privé ou par courriel à [[E:info@avocats-lanaudiere.example]], et signalez la fraude à votre institution financière et à Equifax dès aujourd'hui."""),

("o4","en","instagram","L",["CLIENT_CONFIDENTIALITY"],"""💬 "Can my ex move the kids to Ontario without my OK?"
We handled exactly this for the [[P:Wilson]] family last year in Gatineau (file [[C:550-04-012345-245]]): the dad tried to move the kids to Ottawa in the middle of the school year and the judge blocked it 💪
Every case is different, DM us or call [[T:514 555 0128 ext 3]].
#familylaw #custody"""),
]
