# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------------- c1: scout and guide troop updates ----------------
("c1","fr","facebook","R",[],
"""Retour du camp d'automne de la 42e Meute de Saint-Hyacinthe 🐺🍂
27 louveteaux, 3 jours au camp Tamaracouta, zéro bobo grave (juste une cheville tordue pis ben du ketchup sur les chandails).
Un gros merci à Akela, à Bagheera pis surtout à [[P:Loutre Espiègle]] (alias [[P:josiane brodeur]] pour les parents qui se demandaient 😅) qui a géré la cuisine au complet.
Mention spéciale à la petite [[P:Maëlle]] qui a enfin eu son badge de feu de camp, pis à [[P:Ti-Guy]] qui a chanté « Alouette » 14 fois dans l'autobus.
Prochaine réunion : mardi 19 h au sous-sol de l'église Notre-Dame-du-Rosaire. Apportez vos foulards!"""),

("c1","en","instagram","L",[],
"""Beaver Buggy race day at 1st Pointe-Claire Scouts 🦫🏁 Our colony built 11 cars out of pine blocks and the winner clocked 3.8 sec on the track at Stewart Hall.
Huge thanks to Scouter [[P:Mike O'Donnell]] for the timing gear and to [[P:Priyanka]] + [[P:Thanh Huong Tran]] for the hot chocolate table.
Registration for the winter term is open: [[E:registrar1stpc@gmail.com]] or text [[T:514–555–0183]] (evenings only please!)
#ScoutsCanada #BeaverScouts #WestIsland"""),

("c1","fr","instagram","C",["CHILD_PROTECTION_IDENTIFICATION"],
"""Fière fière fière 🥹 Notre grand [[P:Kaïden]], 9 ans, qui habite chez nous en famille d'accueil depuis mars, a fait son premier camp d'hiver avec les louveteaux de Chandler!
Sa mère [[P:Cindy Condo]] devait venir le voir à la remise des badges mais la DPJ a pas autorisé la visite finalement… il a quand même eu sa 1re étoile ⭐
Merci à cheftaine [[P:Mésange Rieuse]] de l'avoir pris sous son aile 💙 #RTF #Gaspésie"""),

("c1","en","facebook","S",[],
"""Girl Guide cookie season is HERE 🍪 The 3rd Verdun Brownies are selling chocolate-and-vanilla boxes at $6 each outside the Provigo on Wellington this Saturday 10–2.
Brown Owl and Tawny Owl will be there with the float, so bring small bills! Pre-orders go through [[P:Fatima Ouédraogo]] (our unit Guider), order forms came home in the kids' bags (form #4471–4520).
Proceeds go to the spring camp at Camp Ste-Marie."""),

("c1","fr","linkedin","B",[],
"""Ce qu'on apprend en 12 ans comme animateur scout et qu'aucun cours de l'École du Barreau ne m'a enseigné :
1. On ne négocie pas avec un louveteau affamé.
2. Une carte topographique vaut mieux qu'un GPS à 2 % de batterie.
3. Le leadership, c'est ramasser les déchets du site de camp en dernier.
Mon totem chez les Scouts du Montréal métropolitain, c'est [[P:Carcajou Têtu]]. Mes associés disent que ça me va très bien.
Merci à Me [[P:Philippe Nguyen]] qui m'a remplacé au bureau pendant le Jamboree. Baden-Powell avait raison : « Laissez le monde un peu meilleur que vous l'avez trouvé. »
#bénévolat #leadership #Scouts"""),

("c1","en","linkedin","R",[],
"""Proud moment outside the gym for once: our Venturer company (ages 14–17) completed the 2-day traverse of Mont Saint-Hilaire and the Gault Nature Reserve last weekend.
Several of them also play for the Cheetahs of École secondaire Ozias-Leduc, so I get to coach them twice 😄
Thank you to co-advisors [[P:kevin o'connell]] and [[P:Rosa-María Quispe]], and to the McGill staff at the reserve for the early gate opening."""),

("c1","fr","facebook","L",[],
"""Rappel parents de la 3e Troupe Saint-Jean-Baptiste 🏕️ la fiche santé pour le camp de Pâques doit être remise AVANT le 28 mars. N'oubliez pas le numéro d'assurance maladie!
Pour ceux qui m'ont écrit en privé parce que le champ est trop petit : écrivez-le comme sur la carte, genre celle de ma fille [[P:Zoé]] c'est [[R:BOUZ 1504 0912]], ça rentre.
Chèques de 85 $ au nom du Groupe scout, à déposer chez [[P:Chantal]] au [[A:2140, rue Sicard]], [[Z:h1v2y5]]. Des questions? [[P:Raphaël]] (chef de troupe) : [[T:438 555 0129]]"""),
# ---------------- c2: head-shave and cancer fundraising ----------------
("c2","fr","facebook","C",[],
"""C'est officiel : le 14 mars je me fais raser la tête au Carrefour Gaspé pour le Défi têtes rasées Leucan 💇‍♀️➡️🥚
Je le fais pour mon neveu [[P:Loïc]] qui a fini ses traitements à Sainte-Justine l'automne passé, pis pour toutes les familles de la Baie-des-Chaleurs qui font la route jusqu'à Montréal.
Objectif : 1 500 $ (on est rendus à 640 $ 🙌). Le lien est dans les commentaires. Même 5 $ ça compte!
Merci à [[P:Sylvie]] du salon Coiffure Chez Denise qui offre la coupe gratos ✂️"""),

("c2","en","instagram","B",[],
"""Day 12 of 30 until I shave it ALL off for the Canadian Cancer Society 🧡
My aunt [[P:Aoife Byrne-Kavanagh]] beat breast cancer twice and she's holding the clippers on April 6 at the Irish Embassy Pub on Bishop St. Come watch, there will be Guinness and bad singing.
Can't make it? Interac e-transfer to [[E:aoife.shaves.for.maeve@gmail.com]] (auto-deposit) and write your name so I can thank you 🙏
#Team[[P:Maeve]] #ShaveForACure #CCS"""),

("c2","fr","instagram","S",["CONSENT_REQUIRED"],
"""On l'a fait!!! 🥳 Voici [[P:Nadège Pierre-Louis]] pis [[P:KIM]] de l'équipe d'intervention, fraîchement rasées après le dîner d'équipe 📸
2 430 $ amassés pour la Fondation du cancer du sein du Québec. La chevelure de [[P:Nadège]] va partir à la Fondation Mira pour faire des perruques.
Vous êtes des queens 👑 #têtesrasées #fierté"""),

("c2","en","facebook","R",[],
"""Coach's promise kept ✅ Our juvenile girls' basketball team at École secondaire Jacques-Rousseau raised $3,180 for Leucan, so I shaved my head at center court during halftime vs. Saint-Lambert (we won 58–41, not that anyone was watching the game 😂).
Assistant coach [[P:JEAN-PHILIPPE]] chickened out at the last minute — [[P:JEAN-PHILIPPE]] you owe us a mohawk in June 😤
Late cheques (payable to Leucan) can still be dropped off at the school, [[A:444 Gardenville Street]], Longueuil [[Z:J4H2H4]], attention [[P:Mrs. Ahmadi]]."""),

("c2","en","linkedin","L",[],
"""So proud of our team this month. Our paralegal [[P:marisol ortega]] organised a Relay for Life team in honour of her father, and 23 colleagues walked through the night at Parc Jean-Drapeau.
The firm matched every dollar, bringing the total to $11,460 for the Canadian Cancer Society.
Special thanks to [[P:Gord McAllister]] for walking 62 laps in his Habs jersey. #RelayForLife #CommunityMatters"""),

("c2","fr","facebook","B",[],
"""Défi têtes rasées au Palais de justice de Trois-Rivières jeudi midi! Me [[P:Hugues Thibodeau]] et Me [[P:Anne-Sophie Gélinas]] passent sous la tondeuse pour Leucan 💪
Le bâtonnier de la section Mauricie sera sur place pour le premier coup de ciseau.
Pour donner par téléphone (la ligne de la section) : [[T:1 (819) 555‑0172]], ou en argent comptant dans la boîte à l'accueil. Reçus fiscaux pour les dons de 20 $ et plus."""),

("c2","en","instagram","C",["CONSENT_REQUIRED"],
"""Mom rang the bell today 🔔😭 After 6 rounds of chemo at the Hôpital de Maria, [[P:Linda MacPherson]] is DONE.
I shaved my head with her back in September and honestly my hair grew back faster than expected lol.
Thank you to the oncology nurses [[P:Geneviève]] and [[P:Roxanne Cyr]] who made every Tuesday bearable, and to the volunteer drivers from Carleton-sur-Mer 💛
#cancerfree #Gaspésie"""),
# ---------------- c3: complaints on a telecom's or bank's page naming agents ----------------
("c3","fr","facebook","R",[],
"""@Vidéotron ça fait TROIS semaines que mon Helix coupe à tous les soirs pendant les games du Canadien 😡
Lundi l'agent [[P:Kevin]] m'a dit que c'était mon routeur. Mercredi [[P:sabrina]] au clavardage m'a dit que c'était « un bris dans le secteur de Saint-Jean-sur-Richelieu ». Vendredi [[P:M. Rochon]] m'a raccroché au nez après 52 minutes d'attente.
Billet #VT-2025-118734, compte 0045 2231 87. Je paye 134,99 $ par mois pour ça. Quelqu'un chez vous peut-il me rappeler au [[T:450 555-0161]] svp???"""),

("c3","en","facebook","L",[],
"""Dear @RBC Royal Bank — I have now visited the branch at [[A:1250 Greene Avenue]] in Westmount four times about the same frozen account.
Advisor [[P:DEREK]] told me it would be fixed in 48h. Then [[P:Ms. Yasmin Haddad]] told me the file was "lost in Toronto". Today the branch manager (I won't name him, he was actually nice) said to call the 1-800 line, where an agent named [[P:Bruno]] transferred me to a dead line.
Reference #TRX-88231094. 17 years as a client. I'm done."""),

("c3","fr","instagram","S",[],
"""Petit coup de gueule à la caisse Desjardins 😤 J'ai attendu 45 min au comptoir pour un simple dépôt, pis la conseillère Mme [[P:Tremblay]] m'a dit que je devrais « juste faire ça sur AccèsD comme tout le monde ».
Par contre un gros merci à [[P:Jonathan]] au guichet d'à côté qui a réglé mon problème de NIP en 2 minutes. Lui il mérite une augmentation 🙏
Desjardins, engagez plus de [[P:Jonathan]]."""),

("c3","en","linkedin","B",[],
"""A small customer-service lesson from my week, since we talk a lot about client experience in our profession.
After 4 calls to Bell about my office lines, I finally reached an agent, [[P:Rajesh]], who actually read the file before talking. Twelve minutes, problem solved, and he sent a written summary to [[E:reception@lavoie-amsalem-avocats.ca]] before we hung up.
He even gave me his direct line ([[T:514.555.0148 ext. 2210]]) in case it came back. That's all clients want: someone who listens and follows up. #ClientExperience #LegalPractice"""),

("c3","fr","facebook","C",[],
"""Banque Nationale, expliquez-moi pourquoi votre agente [[P:MARIE-CLAUDE]] m'a demandé mon NAS au téléphone pour « vérifier mon identité » alors que j'avais déjà répondu aux 3 questions de sécurité????
J'y ai donné ([[S:364 728 196]]) pis après je me suis dit que c'était peut-être une fraude 🤦‍♀️ Fait que j'ai rappelé pis [[P:m. lévesque]] au service à la clientèle m'a dit que c'était normal. NORMAL?!
Quelqu'un peut confirmer que c'est vraiment la BN qui appelle du [[T:(418) 555-0190]]?"""),

("c3","en","instagram","S",[],
"""Shoutout to Koodo for the 3rd billing "error" in 6 months 🙃 I was charged twice on my card [[CC:4520 8734 0119 5626]], yes I know I shouldn't post it, I've cancelled it anyway lol.
Chat agent [[P:Ana]] promised a credit of $42.50, then agent [[P:Mohamed Ait-Ali]] said there was no note on the file. Screenshot attached Koodo, read it and weep. Order #KD-5529031."""),
# ---------------- c4: meme captions and reaction comments tagging friends ----------------
("c4","fr","instagram","R",[],
"""quand le coach dit « dernier sprint » pis que c'est le 6e dernier sprint 💀💀
@[[P:lolo.gagnon]] @[[P:ti_jo_bergeron]] @[[P:nguyen.thao07]] c'est vous autres à 100 %
PS bonne fête [[P:LOLO]] 🎂 née le [[D:12 avril 2009]] pis toujours incapable de finir un suicide 😂 #Gaulois #basketjuvénile"""),

("c4","en","facebook","S",[],
"""me at 3:58 pm on a Friday pretending to answer one last email [Shrek staring out the window meme]
[[P:priya]] [[P:Becca Lalonde]] [[P:Tasha]] tell me this isn't us 😭😭"""),

("c4","fr","facebook","L",[],
"""Celle-là est pour [[P:Ginette]] pis la [[P:grande Jo]] qui ont passé la fin de semaine à lire le jugement de la Cour supérieure dans [[C:500-17-118842-241]] (celui dont tout le Québec juridique parle, pas un de nos dossiers, relaxez) au lieu d'aller au chalet 😂
[meme de Astérix : « Ils sont fous ces Romains »]
[[P:Ti-Jean]] tu peux arrêter de liker, on sait que t'as rien lu 🙄"""),

("c4","en","instagram","C",[],
"""LMAOOO this is literally every house in Bonaventure at 7:02 am on a snow day when the school bus ALREADY left 😭😭 #relatable"""),

("c4","fr","linkedin","B",[],
"""Moi qui relis mon mémoire d'appel à 23 h 58 la veille du dépôt, en me demandant pourquoi j'ai choisi le droit plutôt que la boulangerie 🫠
(crédit meme : [[P:Samuel Désilets-Ouellet]], stagiaire émérite)
Tag l'avocat·e qui a déjà vécu ça 👇 @[[P:amina.diallo.avocate]] je sais que c'est toi
#viedavocat #CodeDeProcédureCivile"""),

("c4","en","facebook","R",["DISPARAGEMENT"],
"""this is literally ref [[P:Lapointe]] at Saturday's game vs Chambly 🤡🤡🤡
[clown putting on makeup meme, 4 panels]
bro called 3 travels on the same play and missed the elbow to [[P:DeShawn]]'s face. glasses AND a brain pls @[[P:marie.eve.lachance]] you saw it too"""),
]
