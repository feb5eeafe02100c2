# -*- coding: utf-8 -*-
# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------------- batch 1 ----------------
(1, "fr", "facebook", "R", [], """Journée de tests au CPA Boucherville samedi à l'aréna Gilles-Chabot ⛸️✨
Bravo à toutes nos patineuses!! [[P:lea-rose]] a passé son Star 5 en style libre, [[P:Maëlle Nguyen]] sa danse Fiesta Tango du premier coup, pis la grande [[P:Jo]] a ENFIN réussi son double salchow devant les juges de Patinage Québec 🙌
Mention spéciale à [[P:KARINE BOUCHARD-DIALLO]] qui a géré la table des résultats de 7h à 16h sans même un café de chez Tim.
Merci à [[P:Mme Sylvie]] pis coach [[P:Dominic]] pour la patience infinie. Prochain rendez-vous : le gala de Noël le 14 décembre, billets 12 $ à la porte 🎄
#CPABoucherville #PatinageArtistique #Montérégie"""),

(2, "en", "linkedin", "L", [], """A personal milestone, outside the office for once 🥋

After nine years of Tuesday-and-Thursday classes at Shidokan Karate in Laval, I tested for my shodan (first-degree black belt) last Saturday. Kata was Bassai Dai, then kumite against two brown belts half my age.

Deep gratitude to Sensei [[P:Hiroshi Tanaka-Roy]], who never once let me use "I had a trial this week" as an excuse, and to my training partner [[P:Priya]] (@[[P:priya.raman]]), who held the pads through more Monday-night frustrations than I can count.

What karate taught me that law school didn't: you bow to the person who just knocked you down. Then you get back up.

Thanks also to our managing partner [[P:Me Louis-Philippe Gauthier]] for pretending not to notice my bruised forearms at the Monday meeting. 😄

#Karate #WorkLifeBalance #Shodan #Laval"""),

(3, "fr", "instagram", "S", [], """Une journée magique au profit de la maison 💜🐴
Merci aux Écuries Beaulac de Granby qui nous ont ouvert leurs portes dimanche pour la randonnée-bénéfice : 47 cavalières, 3 200 $ amassés!!
Nos vedettes de la journée : Gertrude, la vieille jument Canadienne qui a 26 ans, et M. Gérard, le poney Shetland qui mange tout ce qui traîne (même un sandwich jambon-fromage 😂).
Un gros merci à [[P:Caroline Dubé]] pour l'organisation et au Café Félix de Waterloo pour les muffins.
#randonnéebénéfice #Gertrude #chevalcanadien #Granby #EstriqueSolidaire"""),

(4, "en", "facebook", "C", [], """Gaspé FPV Club – Race night #6 results 🚁💨 (indoor, Aréna de Gaspé, 5 heats)

1. [[P:NGUYEN_Flash]] – best lap 00:17.842
2. [[P:Tipiak]] – 00:18.109
3. [[P:Doc Arsenault]] – 00:18.556 (new personal best!!)
4. [[P:la_mouette_miguel]] – DNF heat 4, prop vs. boards, boards won

Thanks to [[P:Rémi]] for the timing gates and to Canadian Tire Gaspé for the spare batteries. New pilots welcome, bring your own goggles (we have 2 pairs of DJI loaners). Info: [[T:418.555.0172]] or [[E:gaspefpv@example.ca]]
Next race: Jan 18, order of the 5-inch class still TBD."""),

(1, "en", "instagram", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Our little man (9, with our family since March through the DPJ here in Chandler) landed his FIRST waltz jump at the CPA Chandler Christmas gala tonight 😭⛸️❤️
So proud of you [[P:Jayden]]!! His bio mom [[P:Tina Gédéon]] got a supervised visit to come watch, and she cried harder than me.
Costume by Mamie [[P:Lise]] 🧵, music was "All I Want for Christmas Is You" of course.
#famillledaccueil #RTF #patinage #Chandler #Gaspésie"""),

(3, "fr", "linkedin", "L", ["CLIENT_CONFIDENTIALITY"], """Fin de semaine au Festival Western de St-Tite 🤠 Rodéo, poutine, pis de la poussière jusque dans les oreilles.

Petit moment cocasse : j'ai croisé dans les estrades mon client [[P:M. Réjean Trottier]], celui du litige sur la vente du ranch de Saint-Ubalde (dossier [[C:410-17-002318-231]]). Il m'a juré que son ancien associé [[P:Bouchard]] montait le bronco numéro 12, celui qui l'a éjecté en 4 secondes 😅 Disons que ça a fait sa journée.

Reste que ça fait du bien de voir des clients ailleurs qu'en salle de conférence. Merci à la Mauricie pour l'accueil!
#FestivalWestern #StTite #Rodéo #droitcommercial"""),

(2, "fr", "facebook", "R", ["DISPARAGEMENT"], """Tournoi régional de judo scolaire à la Polyvalente de Saint-Hyacinthe aujourd'hui 🥋
Bravo à nos judokas de l'école Jacques-Rousseau : [[P:mathis pelletier]] (or, -46 kg), [[P:Aïcha Koné]] (argent) pis [[P:Ti-Loup Côté]] qui a fait son premier ippon en compétition!!
Par contre l'arbitre de la table 2, [[P:Sylvain Ménard]], faudrait qu'il se trouve des lunettes pis un cerveau en même temps. Un clown du début à la fin, une honte pour le RSEQ. Pauvre petite [[P:Rosalie]] s'est fait voler son combat par cet incompétent-là.
#judo #RSEQ #Montérégie"""),

(4, "fr", "linkedin", "B", [], """Petite pause du droit familial pour parler de tir à l'arc 🏹

J'ai pris la 3e place en arc classique, catégorie Maître, au Championnat provincial de la FQTA à Drummondville dimanche : 612/720 à 70 m, mon meilleur pointage en compétition depuis 2019.

Ce sport m'apprend chaque semaine la même leçon que la pratique : la constance bat le talent. Une flèche à la fois.

Merci à mon entraîneuse [[P:Me Annie-Claude Bérubé]] (oui, une consœur du Barreau de Longueuil!) et au club Les Archers de la Rive-Sud. Félicitations aussi à [[P:Thierry Lacasse]], champion chez les Juniors avec 658.
#tiràlarc #FQTA #Drummondville #avocate"""),

(1, "en", "facebook", "S", ["PRIVATE_EVENT_DISCLOSURE"], """Reminder for the ladies of our Thursday group: the private skating afternoon is THIS Thursday, 1:30 to 3:00, on the small rink at the back of the Centre sportif in Sainte-Julie (side door by the Zamboni garage). Skates available in sizes 5 to 10, hot chocolate after in the group room. Kids' care on site. 💙⛸️"""),
# ---------------- batch 2 ----------------
(3, "en", "linkedin", "B", [], """Rare weekend off: Spruce Meadows, Calgary. 🐎

Watching Éric Lamaze's old students take the Grand Prix ring is a masterclass in preparation meeting nerve, something every litigator can relate to.

My own mare, Mrs. Robinson (yes, after the Simon & Garfunkel song), did her first 1.10 m jumper round clean on Friday. All credit goes to her groom [[P:Seamus O'Rourke]], who has been up at 4:30 every morning since we left Bromont, and to my coach [[P:Anne-Sophie Lévesque]].

Back at the office on Tuesday. Mrs. Robinson stays on vacation until June.

#Equestrian #SpruceMeadows #Bromont #LifeOutsideLaw"""),

(4, "fr", "instagram", "R", [], """🚁 Le club de course de drones de l'école secondaire Mgr-A.-M.-Parent est de retour!! 🚁
Premier entraînement au gymnase B, mardi après les cours. Niveau débutant bienvenu, on prête des simulateurs (Liftoff + Velocidrone) pis 4 TinyWhoop.
Nos pilotes de l'an passé : @[[P:zoe.tran_fpv]], @[[P:RAFA_MORALES]], [[P:kev-ouellet]] pis notre capitaine « [[P:Bourdon]] » qui a fini 2e au Défi techno de Saint-Jean-sur-Richelieu 🏆
Questions? Écrivez à [[P:M. Bilodeau]] : [[E:f.bilodeau@example.qc.ca]]
#drone #FPV #RSEQ #SaintHubert"""),

(2, "en", "facebook", "S", ["CONSENT_REQUIRED"], """What an evening!! 💪 Our self-defence workshop at the community hall was a full house.
Huge thank you to Sensei [[P:Kateri Deer]] from Kahnawake and her assistant [[P:Marisol]] for volunteering their time. Photos below 📸 (swipe to see [[P:Kateri]] flipping our program coordinator [[P:Jen O'Brien]] like a pancake 😂)
Next workshop in spring, stay tuned on this page.
#selfdefence #womenempowerment #Montérégie"""),

(1, "fr", "instagram", "C", [], """Gala annuel du Club de patinage de Carleton-sur-Mer 💫
Ma cocotte [[P:Florence]] a patiné sur "Gens du pays" pis elle a pas lâché son sourire une seconde. Pis quand Joannie Rochette est arrivée en invitée spéciale, les petites sont devenues folles 😍
Bravo aussi à [[P:Elliot LeBlanc]], à [[P:noémie bernard-caplan]] pis aux jumelles [[P:Jerome]]. Merci à tous les bénévoles, vous êtes dla belle ouvrage! 🙏
#Carleton #patinage #BaieDesChaleurs #fierté"""),

(3, "fr", "facebook", "R", ["DISPARAGEMENT", "HARASSMENT"], """Bon. Au concours hippique de l'Expo agricole de Saint-Hyacinthe, le juge du ring 3, [[P:Guy Poirier]], a encore favorisé l'écurie de sa belle-sœur. Ça fait 3 ans que ça dure.
Si je le recroise dans le stationnement dimanche, il va repartir en ambulance, je vous le garantis. Partagez, tout le monde doit savoir c'est quel genre de crosseur. Il reste au [[A:218 rang du Petit-Brûlé]] à La Présentation si vous voulez aller lui dire bonjour 😡"""),

(4, "en", "instagram", "L", [], """Sunday at the 3D archery shoot in Mirabel 🏹🦌
Shot 289/300 with my longbow, good enough for 2nd in Traditional. Robin Hood would be mildly impressed.
Shoutout to [[P:dave mccormick]] who drove the whole crew up from the office, and to [[P:Lin Wei]] for the surprise banh mi.
If you want to try, the club is at [[A:11475 rang Saint-Dominique]], Mirabel [[Z:j7n2r8]]. Drop-in Saturdays, $20 with gear.
#archery #3Darchery #Mirabel #lawyersofinstagram"""),

(2, "fr", "linkedin", "C", [], """Un petit mot personnel, pour une fois.

Ma fille [[P:Anaïs]], née le [[D:14 février 2013]] (oui, un bébé de la Saint-Valentin), a obtenu sa ceinture noire 1er dan en taekwondo samedi au Dojang Tremblay de Sainte-Anne-des-Monts, après 6 ans d'efforts.

Je regardais les jeunes réciter le serment du Taekwondo Canada pis je pensais à nos équipes au CISSS : persévérance, respect, maîtrise de soi. Les mêmes valeurs qu'on demande à nos intervenants chaque jour.

Bravo aussi à Maître [[P:Jin-Ho Park]] pour son travail auprès des jeunes de la Haute-Gaspésie depuis 2008.
#taekwondo #HauteGaspésie #fierté"""),

(1, "en", "facebook", "B", [], """Ok who else is fighting with the Skate Canada registration site tonight??? 😤 It timed out THREE times. Finally got [[P:Chloé]] registered for the CanSkate spring session in Saint-Lambert.
For the other parents in the group chat, here's what I entered in case the form eats yours too:
Card: [[CC:4807 4018 7031 0213]] exp 09/27 (lol no, ignore that, wrong window 🙈 deleting in a sec)
Order #SKC-2024-118342, $285.00 for 12 weeks. Jackson Artiste skates go on sale at Sports Experts Friday."""),
# ---------------- batch 3 ----------------
(4, "fr", "linkedin", "S", [], """27e sur 40 au tournoi 3D de Saint-Gabriel-de-Brandon 🏹 mais j'ai eu le sanglier en plein cœur 🐗"""),

(2, "en", "instagram", "L", [], """Tournament day at the Gracie Barra Brossard open 🥋 my two minis went 3 for 4!!
[[P:noah]] took gold in the 8-9 yrs grey belt division with a armbar in 40 sec, and [[P:ELLA-MAE]] got silver after a tough final vs a girl from Sherbrooke.
Coach [[P:Thiago Alves da Silva]] gave both of them their first stripe on the mat after 🥹
Also: the waiver asked for a SIN number?? for a kids' tournament?? I almost typed [[S:433 331 428]] on autopilot before I caught myself. Paralegal brain 🙃
#bjj #graciebarra #Brossard #proudmom"""),

(3, "en", "instagram", "C", ["CONSENT_REQUIRED", "CONFIDENTIAL_INFORMATION"], """Big day at our intermediate resource in New Richmond 🐴 Our resident [[P:Mr. Arsenault]] did his first hippotherapy session at Ferme Bel Horizon on Duchesse, the sweetest Percheron mare in the Baie-des-Chaleurs. He laughed the whole time!!
(For the farm's intake form, since the fax is down again: NAM [[R:ARSG 4503 1218]], referral from [[P:Dr Paquet]] at the Hôpital de Maria.)
Photo with [[P:Marc-André]] our night attendant 📸
#hippotherapy #NewRichmond #Gaspésie"""),

(1, "fr", "linkedin", "L", [], """Fier partenaire du Gala des étoiles du CPA Laval pour une 5e année ⛸️

Vendredi soir à l'aréna Samson, plus de 180 patineurs de 4 à 19 ans se sont succédé sur la glace, sur des musiques allant de Céline Dion à "Bohemian Rhapsody". Tessa Virtue a même envoyé un message vidéo aux jeunes, gracieuseté de Patinage Canada.

Nos félicitations à [[P:Gabriel Haddad]], récipiendaire de la bourse du cabinet (1 500 $), et à sa coach [[P:Isabelle Fortin-Laroche]].

Merci à notre associée [[P:Me Valérie Santos]] qui a coordonné le partenariat, et à toute l'équipe du Centre de la nature.
Info pour la prochaine édition : [[E:commandites@cpalaval.example.ca]] ou [[T:+1 (450) 555-0188 poste 224]]
#Laval #patinageartistique #engagementcommunautaire"""),

(4, "en", "facebook", "B", ["MISLEADING_ADVERTISING"], """🚁 DRONE CRASHED INTO YOUR NEIGHBOUR'S POOL?? 🚁
Transport Canada fine? Insurance refusing to pay? DON'T PANIC.
We have NEVER lost a drone case. 100% success rate, GUARANTEED or you don't pay a cent 💯
Call now: [[T:4 5 0 – 5 5 5 – 0 1 3 9]]
or text [[T:450 555 0140]] 📱
#dronelaw #FPV #Longueuil #avocat"""),

(2, "fr", "instagram", "B", [], """Randori du mardi soir au Club de judo Shidokan de Montréal 🥋 mon partenaire [[P:Youssef El-Amrani]] m'a fait visiter le plancher au moins 12 fois. Ça remet les idées en place après une journée au palais de justice.
Objectif 2025 : ceinture marron. Pis arrêter de me faire avoir par le même o-soto-gari 😅
@[[P:y.elamrani]] t'es pas humain
#judo #Montréal #avocatsquibougent"""),

(3, "fr", "instagram", "S", ["SURVIVOR_IDENTIFICATION", "LOCATION_DISCLOSURE"], """Moment de grâce à l'écurie hier 🐎💜
[[P:Nadège]], une de nos résidentes arrivée la semaine passée avec ses deux garçons de Saint-Jérôme, a brossé Bijou pendant une heure sans dire un mot, pis après elle souriait. Première fois depuis qu'elle est chez nous.
Merci aux Écuries du Rang 4, à 5 min de la maison, juste en face de l'église de Sainte-Sophie 🙏
#zoothérapie #guérison"""),

(1, "en", "linkedin", "R", [], """Wrapping up the RSEQ Montérégie regional interschool figure skating championship ⛸️🏆

Two days, 212 skaters from 31 schools, 6 panels of judges, and one Zamboni that decided to break down at 8:05 on Saturday morning. Huge thanks to the crew at Aréna Michel-Normandin in Chambly for getting it running in 40 minutes.

Some highlights:
• École secondaire de Chambly takes the team banner for the third year running, 418.5 points.
• Collège Charles-Lemoyne swept the pre-novice dance podium.
• Polyvalente Hyacinthe-Delorme had its first ever competitor in the senior category, [[P:Amira Benali]], who finished 4th with a gorgeous free skate to "Clair de lune".

To our volunteer judges and technical specialists, led once again by [[P:Gisèle Thibodeau]] and [[P:Patrick O'Neill]]: thank you. A reminder that for your travel allowance, accounting needs the form with your SIN mailed or dropped off in person, NOT sent by Messenger. (Yes [[P:Gisèle]], we got yours, [[S:781-895-024]]… please delete that message 😅)

Results are posted on the RSEQ Montérégie site. See everyone at provincials in Sherbrooke in March!

#RSEQ #Montérégie #PatinageArtistique #SportÉtudiant"""),
]
