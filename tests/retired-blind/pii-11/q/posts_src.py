# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------- q1: in memoriam ----------
("q1","fr","facebook","S",[],"""12 ans aujourd'hui que maman est partie. 🕯️
[[P:Ghislaine Bouchard]], 1951-2014. Couturière à Cap-Chat pendant 40 ans, bénévole à la Saint-Vincent-de-Paul, la meilleure tourtière du Bas-Saint-Laurent (désolée ma tante [[P:Réjeanne]] 😅).
On s'est retrouvés hier soir chez [[P:ti-guy]] pour écouter du Ginette Reno comme elle aimait, pis on a ri autant qu'on a pleuré.
Je pense à toi chaque fois que j'entre au travail, maman. C'est toi qui m'as appris qu'on laisse personne tout seul.
Je t'aime. ❤️"""),
("q1","en","instagram","R",[],"""Five years today since we lost our assistant coach [[P:Danny O'Rourke]]. 💙🏀
[[P:Danny]] ran the bench at Gérard-Filion for 14 seasons, drove half the team home after every game in that rusty Dodge Caravan and never once skipped the Tim Hortons on Taschereau.
This Saturday the Danny O'Rourke Memorial Classic tips off at 9am at Polyvalente Jacques-Rousseau, 8 juvenile teams from all over the Montérégie. Come say hi to his wife [[P:Maureen]] and the boys, they'll be running the canteen.
Miss you, big guy.
#RIP[[P:Danny]] #MemorialClassic #RSEQ"""),
("q1","fr","facebook","C",[],"""20 ans aujourd'hui. Le 3 novembre 2006, le Marie-Pier II est sorti du port de Rivière-au-Renard pis papa est jamais revenu.
[[P:Adrien Synnott]], capitaine, 52 ans. On l'a cherché trois jours avec la Garde côtière pis tous les bateaux de la Côte-de-Gaspé.
[[P:marie-claude]] pis moi on est allées porter des fleurs au monument des pêcheurs à matin. Il ventait comme le jour où il est parti.
Papa, j'espère que t'as trouvé une belle mer calme là-haut. ⚓🌊"""),
("q1","en","linkedin","L",[],"""Ten years ago today, [[P:Harold Grant]] passed away, and I still hear him every time I draft a factum: "Shorter, [[P:Sophie]]. The judge has lunch at noon."
[[P:Harold]] co-founded Lavoie Grant LLP in 1978 with [[P:Me Jean-Marc Lavoie]], out of a two-room office above a pharmacy on Sherbrooke Street. He hired me as a summer student when nobody else would, and he taught three generations of associates that one phone call fixes what ten e-mails break.
This year the Harold Grant Bursary at McGill goes to its tenth recipient. I think he'd be quietly thrilled, and then tell us all to get back to work.
#mentorship #inmemoriam #lawyers"""),
("q1","fr","instagram","B",[],"""Dix ans sans toi, [[P:Nadou]]. 🌻
[[P:Me Nadine Toussaint]], née le [[D:14 juillet 1979]] à Port-au-Prince, avocate en immigration, fan finie de Wyclef Jean pis des pâtés kòde de sa mère.
On s'était jurées d'ouvrir notre bureau ensemble sur la rue Jean-Talon. J'ai fini par l'ouvrir toute seule, mais ta photo est sur le mur de la salle de conférence pis tout le monde me demande qui t'es.
Aujourd'hui j'ai mis du kompa au bureau toute la journée. Mes stagiaires pensent que je suis folle. 💛
#Pour[[P:Nadine]] #10ans #Montréal"""),
("q1","fr","instagram","R",[],"""15 ans déjà, mon [[P:Kev]]. 🏐
[[P:KEVIN NGUYEN-LAPOINTE]], #9, passeur des Faucons de Saint-Jean-sur-Richelieu 2007-2011. Le gars qui arrivait au gym de l'école Marguerite-Bourgeoys avec un bol de phở froid pis qui finissait les pratiques en chantant du Cowboys Fringants.
Chaque fois que je fais une liste d'équipe, je pense à toi. Ton numéro est retiré dans mon cœur pis dans notre vestiaire.
Repose en paix, mon chum. On se reverra au filet. 💙
@[[P:thu.nguyen.lapointe]] on pense fort à toi pis à ta mère aujourd'hui"""),
("q1","en","facebook","C",[],"""Eleven years today. I still reach for the phone on Sunday nights to call you, Dad. Every single Sunday. 🕯️"""),
# ---------- q2: e-mail / letter / memo transcribed ----------
("q2","en","linkedin","L",[],"""Opened my inbox this morning to this, from one of our summer students (shared with his permission 😊):

"Dear [[P:Ms. Fitzgerald]],
Thank you for taking the time last Friday to walk me through the discovery binders. I know the Q4 crunch is real and that you had three other files on your desk. I learned more in those two hours than in a full semester of Civil Procedure.
Best regards,
[[P:Arjun Mehta]]
Summer Student | Fitzgerald Boileau Weiss LLP
[[E:arjun.mehta@fbw-law.ca]] | [[T:514 555-0143]]"

Students: this is how you write a thank-you note. Short, specific, sincere. [[P:Arjun]], you're going places.
#lawstudents #mentoring"""),
("q2","fr","facebook","B",["CLIENT_CONFIDENTIALITY"],"""Je partage ici la lettre que j'ai envoyée ce matin. Longue, mais nécessaire.

Rimouski, le 2 décembre 2026

Madame la Bâtonnière,
Objet : délais d'audition au palais de justice de Rimouski

Depuis septembre, trois de mes dossiers en matière familiale ont été reportés faute de juge disponible, dont celui d'une mère de quatre enfants qui attend depuis 14 mois une décision sur la garde (dossier [[C:100-04-012873-241]]). Je ne doute pas de la bonne volonté de chacun, mais les familles du Bas-Saint-Laurent méritent mieux que des remises à répétition.
Je vous prie d'agréer, Madame la Bâtonnière, l'expression de mes sentiments distingués.

[[P:Me Louis-Philippe Arsenault]], avocat
[[A:148, rue Saint-Germain Est]], bureau 201, Rimouski (Québec) [[Z:G5L 1A8]]

c.c. : [[P:Me Chantal Ng]], présidente de l'Association des avocats de l'Est; [[P:Me Yves Beaulieu]]; le ministre de la Justice"""),
("q2","fr","facebook","C",["CONFIDENTIAL_INFORMATION","CONSENT_REQUIRED"],"""On a reçu ça ce matin, je le mets ici pour les autres familles d'accueil du secteur qui l'ont pas eu 👇

NOTE DE SERVICE – DIRECTION DU PROGRAMME JEUNESSE
DE : [[P:Sylvie Chiasson]], chef de service RI-RTF, Baie-des-Chaleurs
À : Ressources de type familial, secteur Bonaventure–New Carlisle
OBJET : Nouveau code d'accès – point de service de Caplan

Le code de la porte arrière est maintenant 4471#. Pour les visites supervisées de la semaine prochaine, apportez la carte soleil de l'enfant et la copie du plan d'intervention.
Pour toute question : [[T:418 555-0172 poste 2231]]"""),
("q2","en","facebook","S",[],"""We received this letter last week and asked the author if we could share it. She said yes, as long as we kept it anonymous. Tissues recommended. 💜

"To the women at the house,
Four years ago I arrived with two garbage bags and my son's school backpack. You gave me a room, a toothbrush and, honestly, my life back. I'm now in my second year of nursing school.
I don't have much, but I'm sending what I can every month.
With love,
— a former resident"

If her words move you like they moved us, donations can be mailed to C.P. 4410, succ. Place-d'Armes, Montréal (Québec) [[Z:H2Y 3H4]] or sent by Interac to [[E:dons@maisonlaube.org]]. Questions? Call [[T:(514) 555‑0190]] during office hours.
On behalf of the whole team,
[[P:Nathalie Bergeron-Kaur]], Executive Director"""),
("q2","en","facebook","R",[],"""PSA for my fellow coaches, from the league's email this morning:

From: Coordination basketball – RSEQ Montérégie
To: Head coaches, D2 juvenile
Cc: [[P:Mr. D. Kowalczyk]], Athletic Director; [[P:Lise Thibodeau-Ramírez]]
Subject: RE: RE: T4A forms + Saturday gym change

Hi all,
Saturday's games move from Gérard-Filion to the big gym at Collège Charles-Lemoyne, Sainte-Catherine campus. Same times.
For T4A slips, fill in the PDF and send it to [[E:paie.coachs@rseqmonteregie.qc.ca]], NOT reply-all.
Thanks,
[[P:Tom]]

…and of course someone replied all with "here's mine: [[S:462 715 384]]" 🤦‍♂️ Folks. Please. Never email your SIN to 60 people."""),
("q2","fr","linkedin","L",[],"""Petite note interne qu'on m'a autorisé à partager, parce que je suis pas mal fière de la nouvelle 😊

MÉMO
À : Tous les associés et le personnel – Tremblay Haddad Lussier s.e.n.c.r.l.
De : [[P:Me Rachid Haddad]], associé directeur
Date : 1er décembre 2026
Objet : Nomination

Il me fait plaisir d'annoncer que [[P:Me Karima Haddad-Sarkis]] (aucun lien de parenté, on le jure 😉) se joint à l'équipe de litige civil à compter du 5 janvier. Elle nous arrive de Québec, où elle a plaidé devant la Cour d'appel et le TAQ.
Les dépenses du 5 à 7 d'accueil peuvent être portées à la carte corporative [[CC:4532 0151 1283 0366]], comme d'habitude.
— [[P:Rachid]]"""),
("q2","en","facebook","B",[],"""⚠️ Colleagues: several of us received this by mail this week. It is NOT from the Barreau. Do not call, do not pay.

"NOTICE OF DUES ARREARS
Re: file [[C:500-05-098765-243]]
Dear Member,
Our records show an outstanding balance of $1,284.50 on your annual dues. To avoid suspension of your right to practise, settle the amount within 48 hours by calling our Compliance Desk at [[T:1 (888) 555 0126]] ext. 4 or by visiting our office at [[A:1450 Peel Street]], suite 900, Montréal [[Z:h3a1s8]].
Sincerely,
[[P:Gerald W. Pembroke]], CPA
Office of Member Compliance"

Real notices never ask for payment by phone. If you got one, forward it to the Barreau and shred it. #scam #barreau"""),
# ---------- q3: LinkedIn endorsements / recommendation requests ----------
("q3","en","linkedin","L",[],"""After 9 great years, I'm leaving Desjardins Pham & Associates at the end of the month to join the Crown prosecutor's office in Longueuil. 🎉
Small ask: if we've worked together on a file, I'd be very grateful for a short recommendation here. Especially @[[P:priya.raman]], [[P:Me Olivier St-Onge]] and my very first boss, [[P:Bernadette Pham]], who taught me to read a commercial lease like a crime novel.
And to [[P:Kwame]] in accounting: yes, I'm taking the good stapler.
#newchapter #litigation"""),
("q3","fr","linkedin","B",[],"""J'ai eu le privilège de travailler sous la supervision de [[P:Me Stéphanie Roy-Bélanger]] pendant mon stage au Centre communautaire juridique de la Mauricie. Rigoureuse, patiente, et redoutable en interrogatoire. Elle a d'ailleurs reçu cette année le prix Pierre-Basile-Mignault pour son engagement en aide juridique, et c'était amplement mérité.
Si vous cherchez une mentore en droit de la jeunesse à Trois-Rivières, c'est elle.
Merci [[P:Steph]]! 🙏 #recommandation #droitdelajeunesse"""),
("q3","fr","linkedin","C",[],"""Recommandation pour mon ancienne gestionnaire, [[P:Mme Joanne Huard]] (elle m'a donné son accord par écrit pour que je la nomme ici 😊).
[[P:Joanne]] a dirigé l'équipe de soutien à domicile du CLSC de Paspébiac pendant 11 ans. Elle connaît chaque rang entre Port-Daniel et Saint-Siméon, elle a lancé la première clinique de vaccination mobile de la Baie-des-Chaleurs en 2021 et elle répondait à nos textos même en vacances aux Îles-de-la-Madeleine (faut pas le dire au syndicat).
Si un CISSS ou un organisme communautaire cherche une gestionnaire humaine et solide : [[E:joanne.huard.gestion@gmail.com]]."""),
("q3","en","linkedin","R",[],"""Updating my profile after 12 seasons coaching high-school volleyball in the Montérégie. Would any of the athletic directors or assistant coaches I've worked with be willing to endorse me for "Athlete Development" or "Team Leadership"?
Big thanks already to Coach [[P:Bui]] at Collège Charles-Lemoyne, to [[P:DIANE ST-PIERRE]] (best scorekeeper in the RSEQ, fight me), and to @[[P:jp.lafleur]] for the 6am gym keys all those years.
Now recruiting for my club program in Brossard: [[T:450.555.0117]] or DM me."""),
("q3","fr","linkedin","S",[],"""Je recommande chaleureusement ma collègue [[P:Marie-Ève Wapistan]], intervenante psychosociale, avec qui j'ai travaillé six ans en maison d'hébergement.
[[P:marie-eve]] parle innu-aimun, français et anglais, elle a monté notre premier atelier de perlage, et elle m'a fait lire Kukum de Michel Jean et Ru de Kim Thúy dans la même semaine. C'est la personne que tu veux à côté de toi à 3 h du matin quand tout déboule.
Elle cherche un poste de coordination sur la Côte-Nord ou à Québec. Écrivez-lui directement ici. 🌿"""),
("q3","en","linkedin","S",[],"""Asking for a favour 🙏 I'm applying for a clinical supervisor position and need two recommendations from former colleagues in the shelter network or from my MSW supervisors at Concordia.
If you remember the de-escalation training I co-led with [[P:Siobhan McCarthy-Diallo]] back in 2022, a line or two about it would mean the world.
Shout-out to [[P:Ayesha]] and [[P:Dr. Rafael Gómez]] for saying yes before I even finished asking. #socialwork #recommendations"""),
# ---------- q4: tryout results / cut lists ----------
("q4","fr","instagram","R",[],"""RÉSULTATS DU CAMP DE SÉLECTION – BASKETBALL JUVÉNILE FÉMININ D1 🏀
École secondaire Mgr-Euclide-Théberge, Marieville

Merci aux 41 filles qui se sont présentées! Voici l'équipe 2026-2027 :
#4 [[P:TREMBLAY]]
#7 [[P:NDIAYE]]
#11 [[P:CASTONGUAY]]
#12 [[P:Ouellet-Bernier]]
#15 [[P:RIVERA]]
#21 [[P:Mc Duff]]
#23 [[P:LAROCQUE A.]]
#32 [[P:LAROCQUE M.]]

Première pratique lundi 16 h 15 au grand gymnase. Celles qui n'ont pas été retenues : je vous appelle toutes d'ici jeudi, promis. 💪
P.S. Une carte d'assurance maladie a été oubliée dans le vestiaire : [[R:NDIA 1058 1512]]. Passez la chercher au bureau de [[P:Mme Carole]]."""),
("q4","en","instagram","R",["DISPARAGEMENT"],"""VARSITY BOYS HOCKEY — FINAL CUTS 🏒
Thanks to everyone who came out to Aréna Michel-Normandin this week. Final roster below, cut players were told in person.

GOALIES: #1 [[P:LEBLANC]], #30 [[P:OKAFOR]]
DEFENCE: #3 [[P:KIRKPATRICK]], #5 [[P:DUMONT-YAN]], #44 [[P:GILL]]
FORWARDS: #9 [[P:AUGUSTE]], #14 [[P:MORIN-CHEN]], #17 [[P:DA SILVA]], #19 [[P:BEAULIEU]], #27 [[P:HARVEY]]

And to [[P:Fortin]]'s dad, who yelled at the refs from the stands all week: your kid skates like a traffic cone, that's why he's not on the list. Maybe try chess. 🙃"""),
("q4","fr","facebook","C",["CHILD_PROTECTION_IDENTIFICATION"],"""Gros moment dans la maison à soir 🥹🏒
Notre [[P:Jayden]], en famille d'accueil chez nous depuis deux ans (placé par la DPJ jusqu'à sa majorité), a fait l'équipe atome BB des Mariniers de Chandler! Pas pire pour un petit gars né le [[D:2 mai 2017]] qui avait jamais chaussé des patins avant d'arriver en Gaspésie.
Je suis entraîneur-adjoint, donc je me suis retiré des délibérations pour être correct. La liste officielle :
GARDIENS : [[P:HUARD]], [[P:Jerome]]
DÉFENSE : [[P:Cyr]], [[P:BOUDREAU]], [[P:LANGLOIS-METALLIC]], [[P:Poirier]]
ATTAQUE : [[P:Jayden L.]], [[P:Element]], [[P:ST-ONGE]], [[P:Synnott]], [[P:Audet]], [[P:Kenny]]
Merci au coach [[P:Guy-Laurent]] pis à toute la gang de l'aréna Clément-Marcotte."""),
("q4","en","instagram","L",[],"""🥎 Firm softball tryouts are DONE. The Habeas Corpses are back for season 6 of the Montreal Legal Softball League!
Lineup for the opener vs. Bélanger Sauvé Nadeau (Sunday, Parc Jarry, field 3):
1. SS – [[P:MACIAS]]
2. CF – [[P:Olaniyan]]
3. 1B – Big [[P:Steve]]
4. C – [[P:Tremblay-Okeke]]
5. P – yours truly
6. 3B – [[P:Leclair]] (a.k.a. Doc)
Honourable mention to [[P:Gwen]] from IT, who hit one onto Saint-Laurent Boulevard and then retired on the spot.
Order #A-55231 for the new jerseys is in, pickup Thursday at reception."""),
("q4","fr","instagram","B",[],"""Tournoi de hockey du Barreau 2027 🏒⚖️ L'équipe du Jeune Barreau est choisie!
Après deux soirées de camp à l'aréna Maurice-Richard (merci aux juges de nous avoir prêté la glace… je blague), voici nos 14 :
[[P:Me GAUTHIER]] (C), [[P:Me ST-AMAND]], [[P:Me BENCHEIKH]], [[P:Me O'SULLIVAN]], [[P:Me PHAM]], [[P:Me LEVASSEUR]], [[P:Me DOSSOU-YOVO]], [[P:Me Ross]], [[P:Me Cardinal]], [[P:Me BÉRUBÉ]], [[P:Me Kashani]], [[P:Me Lachance]], [[P:Me TANGUAY]] pis [[P:Me Fontaine]] dans les buts.
Objectif : ramener la Coupe Jean-Béliveau à la maison. Pis battre les notaires. Surtout battre les notaires.
Coach : [[P:Me Patrice « Pat » Gauthier]] (pas parent avec le capitaine, malgré les rumeurs 😂)"""),
("q4","en","facebook","S",["CONSENT_REQUIRED"],"""DODGEBALL FOR A CAUSE 🔴 Tryouts for our volunteer team are over!
We'll be representing the house at the Défi Ballon-Chasseur on Feb 7 at Centre Claude-Robillard. Final 8:
[[P:Jess]], [[P:Ngozi]], [[P:MARIE-SOLEIL]], [[P:Fatima B.]], [[P:Linh]], [[P:Corinne]], [[P:Alana]] and our fearless DG [[P:Hélène]].
Team photo from the gym below 📸 tag yourselves, ladies!
Pledge us with the link in the comments: every dollar goes to our 24/7 crisis line."""),
]
