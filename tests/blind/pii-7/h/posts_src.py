# (brief, lang, platform, pack, rules, text)
POSTS = []
def add(brief, lang, plat, pack, rules, text):
    POSTS.append((brief, lang, plat, pack, rules, text.strip("\n")))

# ---------- Brief 1: cultural association newsletters ----------
add(1, "fr", "facebook", "C", [], """📰 BULLETIN DE NOVEMBRE — Association culturelle haïtienne de la Gaspésie 🇭🇹

Bonjou tout moun! Le nouveau CA a été élu à l'assemblée du 2 novembre : présidente [[P:Marie-Carmel Jean-Baptiste]], trésorier [[P:Wilner Pierre-Louis]], secrétaire [[P:Nadège]] (mèsi Nadège pour les procès-verbaux!!).

📅 Soirée kompa le samedi 22 novembre au sous-sol de l'église Saint-Albert, 19 h. Au menu : griot, diri djon djon, pikliz pis du pain patate de Tante [[P:Yolette]].
📚 Cours de créole haïtien les mardis au Cégep de la Gaspésie et des Îles, local B-214.
🎉 Le 1er janvier, soupe joumou pour fêter l'indépendance — comme au temps de Toussaint Louverture et Dessalines!

On a aussi lu ensemble « L'énigme du retour » de Dany Laferrière au club de lecture, prochaine lecture : Gouverneurs de la rosée de Jacques Roumain.

Infos : [[T:418 555-0142]] ou [[E:achg.gaspesie@gmail.com]]""")

add(1, "en", "linkedin", "L", [], """Honoured to join the board of the Vietnamese Cultural Association of Greater Montreal this year, alongside [[P:Nguyen Thi Lan]] (president), [[P:Tran Van Minh]] and [[P:Bao Pham]].

Our Tết Nguyên Đán celebration is coming up on February 7 at Collège Jean-de-Brébeuf: lion dance, bánh chưng, a kids' áo dài parade and a reading by Kim Thúy from Ru. Vietnamese, French and English spoken all evening.

If your firm wants to sponsor a table, reach out to our treasurer at [[E:minh.tran.vcagm@outlook.com]] — tables are $400, receipts issued.""")

add(1, "fr", "instagram", "R", [], """Ça c'est passé hier soir au Club libanais de la Rive-Sud 🇱🇧🌲 Dabké jusqu'à minuit, manakish za'atar, tabbouleh de Teta [[P:Samira]] et Fairuz dans les haut-parleurs toute la soirée.

Merci au comité : [[P:rania haddad]], [[P:Georges Khoury]], [[P:Élie]] pis [[P:Nour A.]] 💚 Photos par @[[P:rania.haddad]].photo

Prochaine activité : tournoi de tawlé à l'École secondaire Jacques-Rousseau, Longueuil, 14 décembre.
#Libanais #Brossard #Longueuil #dabke""")

add(1, "en", "facebook", "S", [], """NEWSLETTER — Associação Portuguesa do Espírito Santo 🇵🇹

Olá a todos! A few reminders for December:
• Bacalhau supper on Dec. 13, tickets $35 (kids $15). Pastéis de nata by [[P:Dona Fernanda Medeiros]], as always.
• Fado night with a guest singer from the Azores, Saturday Jan. 10.
• The Cristiano Ronaldo jersey raffle is still on — 3 tickets for $10, draw at the Festa.
• Portuguese classes for kids restart in January, Saturday mornings.

Board for 2027: [[P:Zé Carlos Furtado]] (pres.), [[P:Manuel Rebelo]] (treasurer), [[P:Ana Paula]] (events). New members welcome!

Our hall: [[A:4231, boul. Saint-Laurent]], Montréal [[Z:h2w1z4]]. Obrigado!""")

add(1, "fr", "facebook", "B", [], """Samedi dernier, Paskong Pinoy avec l'Association philippine de Côte-des-Neiges 🎄⭐ Les parols faits par les enfants étaient magnifiques, le lechon a disparu en 20 minutes et le halo-halo de tita [[P:Luz]] a fait jaser.

Un gros merci à [[P:Maricel Dela Cruz]] et [[P:Jun-Jun Bautista]] pour l'organisation, et à [[P:Father Rodel]] pour la bénédiction. Simbang Gabi commence le 16 décembre à l'église Saint-Kevin, en tagalog et en anglais.

J'y tiendrai comme chaque année un kiosque d'information juridique générale (pas de consultations individuelles, désolée!). Maraming salamat po 🇵🇭""")

add(1, "en", "instagram", "C", [], """St. Patrick's supper at the Douglastown community hall 🍀 Irish stew, soda bread, and [[P:Kathleen O'Hara]] on the fiddle until the wee hours. [[P:Seamus]] and [[P:Bridget Dunne]] did the céilí calls, God bless their knees.

The Irish Heritage Society of the Gaspé Coast thanks everyone who came down from New Carlisle, Gaspé and even Percé. Next up: genealogy night with the Quebec Family History Society, bring your Murphy and Kennedy great-grandparents 😉
#Gaspesie #IrishQuebec #Douglastown""")

add(1, "fr", "linkedin", "L", [], """Fête de la mi-automne à l'Association culturelle chinoise de Brossard 🥮🏮

Plus de 300 personnes au Quartier DIX30, des gâteaux de lune maison, une chorale en mandarin et en cantonais, et l'atelier de calligraphie de [[P:Mme Lau]] qui affichait complet.

Bravo à la présidente [[P:CHEN Xiaoyu]] et au bénévole en chef [[P:Wei Zhang]]. Fier que notre cabinet ait pu commanditer les lanternes cette année. 中秋快乐!""")

add(1, "en", "facebook", "R", [], """Asociación Latinoamericana de Saint-Hyacinthe — November update 🌎

Día de los Muertos altar was a hit at the Bibliothèque T.-A.-St-Germain, thank you [[P:Ximena Ortiz-Bello]] for the papel picado! [[P:Don Álvaro]] made pupusas salvadoreñas for 80 people, and [[P:yesenia]] ran the Spanish story hour.

Our indoor soccer league (U12 and U15) plays Sundays at the Aréna Cyrille-Delage gym; registration with coach [[P:Mateo Rincón]] at [[T:(450) 555-0178]].

¡Gracias a todos! Colombians, Mexicans, Salvadorans, Chileans, Québécois — everyone's welcome.""")

add(1, "fr", "instagram", "S", [], """Tết 2027 🧧 bánh chưng + phở + karaoké en vietnamien = bonheur total. Cảm ơn [[P:cô Hằng]] pour la recette de chả giò!""")

# ---------- Brief 2: tech-support pleas ----------
add(2, "en", "facebook", "B", [], """OK I need help from my tech-savvy friends 😩 My son [[P:Kevin]] set up my new iPhone 15 before going back to McGill and now Outlook won't sync. He made me a new address, I think it's [[E:louise.b.desrosiers@gmail.com]] but my office one ([[E:ldesrosiers@desrosiers-avocats.qc.ca]]) stopped working on it. The password he wrote on the sticky note is Kevin2009!Mtl and there's a code 482 913 that keeps popping up. Do I type it somewhere?? Apple Store at Carrefour Laval says 3-week wait for the Genius Bar.""")

add(2, "fr", "facebook", "S", [], """Bon. Ma fille [[P:Jessica]] m'a installé Messenger pis WhatsApp sur mon nouveau Samsung avant de partir à Rimouski, pis là je reçois plus rien. Le réseau wifi c'est BELL842 pis le mot de passe c'est sur le modem (7F3A-99KC). Y'a un code à 6 chiffres qui arrive par texto (739 201) mais ça dit « expiré ». Quelqu'un peut m'aider sans rire de moi? 😅 [[P:Jess]] répond pas, a l'é dans ses examens. Pis l'app de Revenu Québec me demande mon NAS, c'est-tu normal? c'est le [[S:521 590 109]]""")

add(2, "en", "instagram", "R", [], """so my nephew [[P:Kevin]] "helped" me set up this account and now it's called @coach_[[P:dube]]_hockey_officiel?? I wanted it to just be my name, [[P:Stéphane Dubé]]. Also Instagram keeps asking for a 2FA code (118 204) that goes to a phone number that isn't mine anymore. If any of the Riverside or Chambly parents know how to fix this, DM me 🙏🏒""")

add(2, "fr", "linkedin", "L", [], """Petite leçon d'humilité ce matin : mon fils [[P:Kevin]], 14 ans, a configuré mon nouveau portable en 12 minutes alors que j'étais bloqué depuis deux jours sur l'authentification multifacteur.

Si vous essayez de me joindre et que ça rebondit : ma nouvelle adresse est [[E:g.lafrance-morin@lmr-avocats.ca]] et ma ligne directe reste le [[T:514.555.0190 poste 224]].

Merci aussi à [[P:Samir]] des TI pour sa patience d'ange. Le code de jumelage de 8 chiffres (4471-2093) est, paraît-il, à usage unique. Il paraît.""")

add(2, "en", "facebook", "C", ["CONFIDENTIAL_INFORMATION"], """Can anyone help?? I run a family-type resource near Bonaventure and the CISSS tablet we use for the kids' daily notes won't connect since my son [[P:Kevin]] "updated" it. Wifi is BELL_5G_2291, the tablet login is rtf.bonav04 / Gaspesie2024! and the door code for the office where they fix them is 5581#, but they're closed till Monday. Is there a reset button on a Lenovo?""")

add(2, "fr", "instagram", "B", [], """[[P:kevin]] m'a changé mon mot de passe pis yé parti à Sherbrooke 🙃 quelqu'un sait comment on récupère un compte Hotmail? c'est [[E:jocelyne.papineau54@hotmail.com]] pis l'ancien mdp c'tait Minou2012 (Minou c'est le chat lol)""")

add(2, "en", "linkedin", "S", [], """Tech tip from a frontline worker, after a week of it: when a well-meaning son or nephew sets up a new phone for you, check three things before you leave the store — location sharing (Find My, Google Maps), shared family photo albums, and which e-mail the backups go to. Settings > Privacy > Location Services. Five minutes, and it matters more than people think. #SafetyPlanning #DigitalSafety""")

add(2, "fr", "facebook", "R", [], """Besoin de conseils 🙏 Mon gars [[P:Kevin]] a configuré le cell de ma mère, [[P:Huguette Bérubé]] (82 ans, toute seule à Saint-Jean-sur-Richelieu), pis depuis elle reçoit des textos « Desjardins » qui lui demandent son NIP. Hier elle a donné son numéro d'assurance maladie, [[R:BERH 4255 1512]], à un monsieur au téléphone 😡 On a appelé la RAMQ. Son nouveau numéro de cell c'est le [[T:581-555-0127]] si vous voulez la texter pour lui dire d'arrêter de répondre aux inconnus, elle m'écoute pas moi lol""")

add(2, "en", "facebook", "L", [], """Dad here. [[P:Kevin]] set up a Gmail for me: [[E:bob.mcallister.1958@gmail.com]], so please update your contacts. He also says my password should NOT be Fluffy123 because "everyone knows the cat's name". Fluffy disagrees. He left me a post-it: PIN 0419, Apple ID verification 662 017, wifi VIDEOTRON-8F2A. He also put my Visa in the Apple wallet ([[CC:4881 8174 1433 3776]]) and now it says "card not verified". Is it normal that I have to type all of that every time?? Order #UP-88412 from Best Buy arrives Thursday, God help me.""")

# ---------- Brief 3: motorcycle / car club ride itineraries ----------
add(3, "fr", "facebook", "R", [], """🏍️ RIDE DU 14 SEPTEMBRE — Club Moto Vallée-du-Richelieu 🏍️

Départ 8 h 30 PILE du Tim Hortons du boul. Sir-Wilfrid-Laurier à Saint-Bruno (plein d'essence fait SVP).
➡️ route 116 jusqu'à Beloeil
➡️ route Marie-Victorin (132) le long du fleuve jusqu'à Sorel-Tracy
➡️ traversier Sorel – Saint-Ignace-de-Loyola (10,50 $ moto)
➡️ chemin du Roy jusqu'à Trois-Rivières, dîner au St-Hubert du boul. des Forges
➡️ pont Laviolette, retour par l'autoroute Jean-Lesage

Road captain : [[P:Ti-Guy Lapointe]]. Serre-file : la grande [[P:Jo]] sur sa Harley rouge. Si vous vous perdez, textez [[P:Guy]] au [[T:450 555 0163]].
Environ 310 km. Beau temps prévu, 22°C. Les Gold Wing de [[P:Réal]] pis [[P:Francine]] ferment la marche comme d'habitude 😄""")

add(3, "en", "facebook", "C", [], """Classic Car Club of the Baie-des-Chaleurs — Fall Colours Run, Sunday Oct. 5

Meet 9:00 at the Carleton-sur-Mer wharf. Route 132 east through New Richmond, Bonaventure and Paspébiac (coffee stop at the Site historique du Banc-de-Paspébiac), then on to Chandler and Percé. Lunch at the Café de l'Atlantique, group photo in front of the Rocher Percé around 14:30.

Leading: [[P:Gerry LeBlanc]] in the '67 Mustang. Sweep: [[P:Doreen Sweetman]] and her Studebaker. Anyone with a Model A, [[P:Cyril]] says stay behind him on the hills.
About 210 km. Rain date Oct. 12.""")

add(3, "fr", "instagram", "B", [], """Ride de dimanche : autoroute Félix-Leclerc ➡️ pont Pierre-Laporte ➡️ route Marie-Victorin jusqu'à Lotbinière 🏍️🍂 merci @[[P:marco.bellavance]] pour le lead pis à [[P:Nath]] pour les photos!""")

add(3, "en", "linkedin", "L", [], """Our informal Drivers' Club did its first Eastern Townships run on Saturday: autoroute des Cantons-de-l'Est to exit 90, Route 243 to Lac-Brome, chemin de Knowlton to Sutton, then the wine route through Dunham and Frelighsburg. Lunch at Auberge Knowlton.

Seven cars, three Miatas, one very patient Volvo. Thanks to [[P:Me Isabelle Thériault-Kwan]] for the route book and [[P:Raj Malhotra]] for keeping us out of the ditch on chemin Scenic. Spring edition: Charlevoix, via the Route du Fleuve and Baie-Saint-Paul.""")

add(3, "fr", "facebook", "S", [], """Sortie des Motardes du Bas-Saint-Laurent 💜🏍️ samedi 7 juin

Rendez-vous 9 h au stationnement du Jean Coutu, boul. René-Lepage à Rimouski. Route 132 vers l'est : Sainte-Flavie (arrêt au Centre d'art Marcel-Gagnon), les Jardins de Métis pour le café, pis Matane pour la crevette.

Coucher au Motel Le Riverain, [[A:1485, avenue du Phare O.]], Matane [[Z:g4w3m6]] (réservez au nom du groupe).
Leader : [[P:Manon Ouellet]]. Serre-file : [[P:Sylvie « la Tornade » Roy]]. Inscription : [[E:motardes.bsl@gmail.com]]

Toutes les cylindrées sont bienvenues, les Ninja 400 comme les Indian!""")

add(3, "en", "instagram", "R", [], """Sunday cruise night 🚗💨 Taschereau → Champlain bridge → autoroute Bonaventure → Old Port. 22 cars, 0 tickets 😎 shoutout @[[P:jp_gendron]] and his '72 Chevelle, and [[P:MIKE DOYLE]] for the Tim's run. #CruiseNight #RiveSud #Longueuil""")

add(3, "fr", "linkedin", "C", ["CONSENT_REQUIRED"], """Rallye Gaspésie en voiture électrique : 520 km en deux jours! Départ de Gaspé par la route 198 vers Murdochville, traversée du Parc national de la Gaspésie jusqu'au Gîte du Mont-Albert, retour par la 132 via Sainte-Anne-des-Monts, Grande-Vallée et le parc Forillon.

Fière d'avoir fait le trajet avec ma collègue infirmière de l'Hôpital de Maria, [[P:Karine Poirier]], copilote hors pair et experte des bornes du Circuit électrique. Prochain défi : les Îles-de-la-Madeleine!""")

add(3, "en", "facebook", "B", [], """LAURENTIANS RUN — Saturday, September 20

08:00 kickstands up at the Petro-Canada, Montée Ryan exit.
• Autoroute des Laurentides (15) north to Sainte-Adèle
• Route 117 to Saint-Faustin-Lac-Carré
• Chemin Duplessis, then chemin du Lac-Supérieur into Mont-Tremblant
• Lunch at La Diable microbrewery (the poutine is not optional)
• Return via Route 323 to Montebello, then the 148 along the Ottawa River, coffee at the Château Montebello if the bank account allows

Riders confirmed: [[P:Pat O'Neil]], [[P:Nadia Benali]], [[P:Chuck]], [[P:Me Gilles Arsenault]] (bringing the new Ducati, pray for him), [[P:Teresa Amaral-Wong]] and yours truly.
Route leader cell: [[T:+1 819 555 0147]]. About 340 km, all paved except 2 km of gravel near Lac-Supérieur. Rain date: Sept. 27.""")

add(3, "fr", "facebook", "L", [], """Club Corvette de Québec 🇨🇦 — Tour de l'île d'Orléans, dimanche 15 juin

Départ 9 h des Galeries de la Capitale. Autoroute Robert-Bourassa, autoroute Félix-Leclerc vers l'est, pont de l'Île. On fait le tour par le chemin Royal : Saint-Pierre, Sainte-Famille, Saint-François (arrêt photo à la tour d'observation), Saint-Jean, Saint-Laurent. Crème glacée à la Chocolaterie de l'île d'Orléans.

Retour par le boulevard Sainte-Anne avec arrêt à la Chute-Montmorency. Souper au Cochon Dingue, réservation pour 24 au nom de [[P:Réjean « Pitou » Gagné]].

Pour confirmer : [[P:Lyne Bolduc]] au [[T:418–555–0113]] ou [[E:lyne.bolduc.corvette@videotron.ca]]. Les C8 devant, les C3 derrière, pis [[P:Pitou]] avec sa '78 au milieu parce qu'a chauffe 😅""")

# ---------- Brief 4: university / cegep course group chats ----------
add(4, "fr", "facebook", "B", [], """école du barreau gr. 12 📚 qqn a les notes du cours de procédure civile de [[P:me lavoie]] de mardi? j'étais en cour toute la journée. aussi le corrigé de l'examen pratique de droit des affaires (celui avec l'art. 2925 C.c.Q. pis le C.p.c.) — merci d'avance!! et merci @[[P:camille.b]] pour le résumé de 40 pages, t'es une sainte 🙏 [[P:jo]] pis [[P:fred]] on se voit à la bibli de la Grande Bibliothèque samedi?""")

add(4, "en", "instagram", "R", [], """anyone in PED 1002 with prof [[P:okafor]] have the slides from week 6?? also who's coming to the volleyball game tonight, Lynx vs Cégep de Saint-Hyacinthe at the Édouard-Montpetit gym, 7pm 🏐 @[[P:alexis.trudel]] @[[P:priya_s]] you promised""")

add(4, "fr", "instagram", "C", [], """groupe soins infirmiers 2e année 💉 qqn a les notes de pharmaco de [[P:mme arsenault]]? le chapitre sur les anticoagulants pis les tableaux de dosage. exam lundi au Cégep de la Gaspésie et des Îles, local A-118. [[P:kim]] t'as-tu encore le quizlet de la session passée? 🙏""")

add(4, "en", "facebook", "L", [], """From our Property group chat, for those who aren't on Messenger: Prof. [[P:Sarah-Jane Mukherjee]] moved the midterm to Oct 24, 9:00, Chancellor Day Hall room 100. Open book, Civil Code only, no annotated editions. [[P:dev]] has the outline from 2025, [[P:oli]] has the 1995 Supreme Court cases summarized. Questions go to her at [[E:sarahjane.mukherjee@mail.mcgill.ca]], not to the TA. Also if anyone finds a black Hydro Flask with stickers in room 202 it's [[P:ines]]'s.""")

add(4, "fr", "facebook", "S", [], """certificat en intervention psychosociale 📝 rappel : le travail de session est à remettre à [[P:dominique st-onge]] avant vendredi 17 h, par Moodle pas par courriel. format APA 7, 10 pages max. @[[P:fatou.diallo]] tu me passes tes notes sur la LPJ pis la Loi 15? pis [[P:kassandra]] on fait-tu notre présentation orale ensemble sur le modèle de Duluth?""")

add(4, "en", "instagram", "B", [], """who has the notes from tuesday, prof. [[P:Gauthier]] went through 30 slides on the Charter in 40 min 💀 thanks @[[P:wlee_22]] you're a legend. Oakes test 4 steps, R. v. Jordan timelines, done.""")

add(4, "en", "linkedin", "C", [], """Finished my last semester of the UQAR nursing program (Rimouski campus)! Grateful to [[P:Dr. Mélanie Cloutier]] for her community health course, which is the reason I applied to work in the Gaspé region, and to my study group — [[P:Aisha]], [[P:Jean-Philippe Leblanc]] and [[P:Tania Ste-Croix]] — for three years of group chats at 2 a.m. about the Glasgow scale and acid-base balance. OIIQ exam in March. #Nursing #UQAR #Gaspesie""")

add(4, "fr", "facebook", "R", [], """gang de kinésio 101 📣 prof [[P:tremblay]] a dit que l'exam est reporté au 12. les notes sur l'ostéo sont dans le drive, dossier « semaine 8 ». aussi qui vient voir les Lynx au basket contre les Patriotes vendredi? [[P:marc-andre cote]] tu me dois 5 piasses pour la pizza pis [[P:JEFF]] tu me dois mon chargeur""")

add(4, "en", "facebook", "S", [], """Copy-pasting from our SOCW 350 group chat for the ones who aren't on it:

1) Prof. [[P:Marie-Josée Bacon]] posted the reading list for the Indigenous social work module: Bev Sellars' "They Called Me Number One" and the Viens Commission report (chapters 6–9).
2) Group presentations: [[P:ayesha]] + [[P:tj]] + me on trauma-informed practice; [[P:Kahentiiosta Deer]] and [[P:Noor]] on the Cree Board of Health model.
3) The TA, [[P:Olivier]], holds office hours Thursdays 1–3, phone [[T:418 555 0176 ext 3]].
4) No class Nov 11.

Also the vending machine in Pavillon De Koninck ate my $2 again, if anyone cares.""")

# ---------- Brief 5: memorial 5K / charity runs ----------
add(5, "fr", "facebook", "R", [], """🏃 RÉSULTATS — 3e Course commémorative [[P:Mathis-Bergeron]], Granby 🏃

Merci aux 412 coureurs et coureuses! On a amassé 18 640 $ pour le fonds de bourses sportives en mémoire de [[P:Mathis]] ([[D:né le 4 juin 2008]]), ancien joueur de basket des Vikings de l'école secondaire Joseph-Hermas-Leclerc.

5 km — top 5
1. [[P:Léa Fontaine]] (dossard 214) — 17:52
2. [[P:Thomas Grenier]] (#88) — 18:05
3. [[P:Yasmine El-Khoury]] (#301) — 18:40
4. [[P:Ti-Paul Bergeron]], le grand-père de [[P:Mathis]] (#1) — 19:11 🔥
5. [[P:Olivier B.]] (#157) — 19:30

Les résultats complets sont sur Sportstats (course #24118). Merci à Sports Experts Granby et au Club Lions. #[[P:Mathis]]ForEver""")

add(5, "en", "linkedin", "C", [], """Run for Ronnie 2027 — thank you, Gaspé! 🧡

Over 150 runners and walkers came out Saturday morning on the Berceau-du-Canada trail for the 5K in memory of [[P:Ronnie Bechervaise]] ([[D:born March 2, 1961]]), who coached half the kids in town at hockey. We raised $9,215 for the palliative care fund at the Hôpital de Gaspé.

Fastest times:
• [[P:Jenna Kruse]], bib 42, 19:58
• [[P:Mathieu "Matt" Synnott]], bib 7, 20:21
• [[P:Ronnie]]'s nephew [[P:Tyler]], bib 101, 21:46 — running in his uncle's old Expos cap

Full results at the Gaspé recreation office. See you next August!""")

add(5, "fr", "instagram", "S", ["CONSENT_REQUIRED"], """Notre équipe au fil d'arrivée de la Course des Lucioles ce matin 💜 [[P:Mélissa]], [[P:Julie-Anne]], [[P:Coralie]] pis moi, 5 km en 31:20 (la photo le prouve, on a toutes fini en se tenant la main 😂). Chaque dollar amassé va aux femmes et aux enfants qu'on accompagne. Merci à Courir Mauricie pour l'organisation!""")

add(5, "en", "linkedin", "L", [], """Ran the 5K on Sunday in memory of our former colleague [[P:Me Danielle Forget-Haddad]], who mentored half the associates on this floor. Bib 1187, finished in 27:14, which Danielle would have called "respectable for a litigator".

Special mention to [[P:Tom Vachon]] (22:10!) and to [[P:Sunita Rao]], who walked it with her twins in a stroller. The firm's team raised $6,300 for the Fondation de l'Institut de cardiologie de Montréal. #InMemoriam #5K""")

add(5, "fr", "facebook", "B", [], """RÉSULTATS OFFICIELS — 5 km à la mémoire de [[P:Ti-Loup]] ([[P:Louis-Philippe Gosselin]]), Lévis

Pl.  Dossard  Nom                     Temps    Ville
1    402      [[P:GOSSELIN, Maxime]]        16:58    Lévis
2    119      [[P:BOUCHARD-NDIAYE, Awa]]    17:34    Québec
3    077      [[P:O'REILLY, Sean]]          17:49    Saint-Nicolas
4    255      [[P:NGUYEN, Thanh Hà]]        18:12    Lévis
5    310      [[P:GAUTHIER, Ève]]           18:20    Beaumont
6    044      [[P:RIVARD, JP]]              18:31    Québec

Catégorie 60+ : [[P:Pierrette Gosselin]], la maman de [[P:Louis-Philippe]], en 29:02 ❤️
Merci à la Ville de Lévis, au parc des Chutes-de-la-Chaudière et à la Caisse Desjardins de Lévis. Les 11 200 $ amassés iront à la Fondation Hôtel-Dieu de Lévis.""")

add(5, "en", "instagram", "R", [], """PB at the [[P:Jake Moreau]] memorial 5K in Saint-Hyacinthe!! 21:03, bib 88 🏃‍♀️ Jake would've laughed at my finish line face. Coach [[P:Pelletier]] ran it in a banana suit. #RunFor[[P:Jake]] #5K #StHyacinthe""")

add(5, "fr", "linkedin", "C", [], """Le Défi 5 km [[P:Gisèle-Cyr]] a amassé 12 480 $ cette année à Sainte-Anne-des-Monts pour la Fondation de l'Hôpital de Sainte-Anne-des-Monts. [[P:Gisèle]], c'était la bénévole qui tricotait des pantoufles pour tout le monde au sous-sol de l'église, pis qui connaissait le nom de chaque chien du village. Elle nous a quittés en mars.

212 participants, 5 km le long du fleuve sur la route 132, de l'église jusqu'au quai. Mon temps : 34:50, dossard 63. Mon chum [[P:Patrick]] a fini 3e en 19:44, il est insupportable depuis 😄""")

add(5, "en", "linkedin", "S", [], """Thank you to everyone who ran, walked or cheered at our 10th annual 5K in memory of our co-founder, [[P:Lorraine Vézina]] 💜

$23,400 raised — a record! Results:
Women 5K: 1st [[P:Amira Saleh]] (bib 509) 20:47 · 2nd [[P:kathy o'connell]] (bib 377) 21:15 · 3rd [[P:Rosalie Tremblay-Obomsawin]] (bib 612) 22:02
Men 5K: 1st [[P:David Chen]] (bib 210) 18:55
Kids 1K: everyone won, obviously 🏅

Tax receipts will be sent by e-mail in February. Order numbers for the T-shirts (#TS-2231 to #TS-2398) can be picked up at the Sports Experts on rue King.""")

add(5, "fr", "facebook", "L", [], """27:48 au 5 km en mémoire de mon oncle [[P:Raymond]] 🧡 dossard 512. Merci à [[P:Sonia]] pis [[P:Karim]] pour l'encouragement au km 4, j'allais mourir.""")

# ---------- Brief 6: radio call-in / TV show recaps ----------
add(6, "fr", "facebook", "B", ["PERSONALIZED_LEGAL_ADVICE"], """Entendu ce matin au 98.5 chez Paul Arcand : une auditrice, [[P:Ginette]] de Saint-Jérôme, disait que son proprio veut lui augmenter son loyer de 12 % « pis que c'est à prendre ou à laisser ». Isabelle Maréchal en a reparlé l'après-midi.

[[P:Ginette]], si vous me lisez : vous avez un mois après l'avis pour refuser l'augmentation par écrit, et vous gardez votre logement. C'est ensuite à votre propriétaire de s'adresser au Tribunal administratif du logement. Envoyez votre refus par courrier recommandé et gardez la preuve.""")

add(6, "en", "facebook", "R", [], """Did anyone catch Aaron Rand on CJAD this morning? A caller, [[P:Bruce]] from Dorval, spent five minutes on how "kids' sports are too soft now". [[P:Bruce]], I coach U14 girls' basketball in Longueuil. Come to a Saturday practice at the Centre sportif Édouard-Montpetit and tell me that again after the suicide drills 😂🏀""")

add(6, "fr", "instagram", "C", [], """Tout le monde en parle hier soir 📺 ma cousine [[P:Sandrine]] était dans le public, on la voit derrière Guy A. Lepage à 21 h 14 quand Dany Turcotte fait sa carte 😂 elle a pas dormi de la nuit""")

add(6, "en", "linkedin", "L", [], """Thanks to Sean Henry and the CBC Daybreak Montreal team for having me on this morning to talk about wills and mandates of incapacity.

We ran out of time for the listener calls, so a general answer to the most common question (from [[P:Marguerite]] in Pointe-Claire, and about forty others): a notarial will is not the only valid form in Quebec. Holograph wills and wills before witnesses are valid too, but they must be probated after death, which takes time and money. It's worth getting advice for your own situation. #EstatePlanning #QuebecLaw""")

add(6, "fr", "facebook", "S", ["SURVIVOR_IDENTIFICATION"], """Merci à CIEU-FM et à l'animatrice de « Bon matin Baie-des-Chaleurs » de nous avoir reçues pour la Journée contre la violence faite aux femmes 💜 La ligne ouverte a été plus chargée que prévu.

Un merci spécial à [[P:Johanne]] de Maria, qui a appelé en ondes pour raconter qu'elle était passée chez nous à l'automne 2019 avec ses deux gars pis qu'aujourd'hui elle est préposée au CHSLD. On était toutes en larmes dans le studio.""")

add(6, "en", "instagram", "B", [], """Denis Lévesque interviewing a guy who sued his neighbour over a cedar hedge. Peak TVA. 🌲⚖️""")

add(6, "en", "facebook", "C", [], """Recap of this morning's call-in show on CHNC (for those of you who were on the road to Gaspé and lost the signal past Chandler, as usual):

Topic was the winter ferry schedule and emergency room wait times on the coast. The host let people talk for a full hour, which was nice.

• [[P:Wanda]] from Shigawake wants the Miguasha–Dalhousie ferry to run into October again.
• [[P:Earl Hayes]] from Port-Daniel was mostly upset about the potholes on the 132 by the Tracadigash Point turnoff, fair enough.
• A young guy, [[P:Dakota Metallic]] from Listuguj, talked about adding Mi'gmaq to the road signs on the 132, which got a lot of support on the phone lines.
• [[P:Mrs. Cormier]] (no first name given, "everybody knows me") wanted to know if the Bonaventure Legion still does Friday fish & chips. It does.

The station said the regional health authority will come on air in January to answer questions. Worth a listen, the podcast is up on their site.""")

add(6, "fr", "facebook", "R", [], """Jean-Charles Lajoie a parlé de notre équipe de football juvénile des Gaulois à son émission hier soir!! 🏈 Pis le père de notre quart-arrière, [[P:Stéphane Morin]], a appelé en ondes pour dire que les gars s'entraînent dans la neige depuis deux semaines au Collège Antoine-Girouard. Fierté! Prochain match samedi 13 h au stade de Saint-Hyacinthe contre les Phénix de Valleyfield.""")

add(6, "en", "facebook", "L", [], """Watched my old neighbour [[P:Priya Gill]] pitch her hot-sauce company on Dragons' Den last night and Arlene Dickinson went for it!!! 🌶️🔥 [[P:Priya]] used to make this stuff in her kitchen on rue Wellington in Verdun and give it out at Halloween. Go buy a bottle of Verdun Inferno at the Atwater Market.""")

# ---------- Brief 7: insurance claim stories after a car accident ----------
add(7, "fr", "facebook", "L", [], """Bon ben, accrochage hier dans le stationnement du Maxi sur le boulevard Taschereau à Brossard 🙄 L'autre conducteur, [[P:M. Denis Paradis]], a reculé direct dans ma portière de Mazda. Très gentil au moins, on a rempli le constat à l'amiable ensemble sur le capot.

Mon dossier chez Intact : 7741-2290-03. Sa plaque : X42 JKL, sa police Belairdirect BD-00471293. L'estimé de la carrosserie : 2 380 $, franchise de 500 $. Quelqu'un a déjà eu affaire à Belair pour la subrogation? Combien de temps avant que ma franchise soit remboursée?""")

add(7, "en", "facebook", "B", [], """Long story, grab a coffee ☕

Two weeks ago I'm heading home on the autoroute Jean-Lesage near Drummondville, exit 177, and a pickup with Ontario plates (CKLM 482) drifts into my lane. Driver: [[P:Kyle Brennan]], from Cornwall, very apologetic, no insurance card in the truck. Sûreté du Québec came, report no. 405-2027-01188.

SAAQ covers my whiplash (no-fault, thank you Quebec), my own insurer covers the car under the Direct Compensation Agreement, so in theory I never deal with his insurer. In theory.

Highlight of the saga: the SAAQ agent asked for my SIN over the phone for the income replacement file, and I read it out loud — [[S:463 212 233]] — on speaker, at the Tim Hortons on boulevard Saint-Joseph. So if anyone in Drummond wants to file my taxes, go ahead.

Meanwhile, for the rental car bill he refuses to pay, I've opened a small claims file, [[C:405-32-004512-279]]. Yes, a lawyer at the Small Claims Division, where lawyers can't plead. The irony is not lost on me. Claim no. 728 114 390 with my insurer is still "under review". Stay safe out there.""")

add(7, "fr", "instagram", "R", [], """Mon char est une perte totale 😭 merci Desjardins Assurances, réclamation A-2027-55810. L'autre gars, [[P:jonathan pépin]], a passé sur la rouge au coin de Cousineau pis Taschereau. Heureusement les jeunes de l'équipe étaient pas dans l'auto 🙏 on se revoit au gym lundi quand même!""")

add(7, "en", "facebook", "C", [], """Can someone who's done this before tell me which boxes to fill on the SAAQ claim form?? I'm doing it at the kitchen table with my glasses from the dollar store.

Name: [[P:Carole Huard]]
Date of birth: [[D:17/03/1984]]
NAM: [[R:HUAC 8453 1712]]
Address: [[A:88, rue de la Reine]], Gaspé [[Z:G4X 1T6]]
Other driver: [[P:Réginald Bourdages]], plate GDM 3391, his insurer is Promutuel, policy 00-PA-228417

The accident was on the 132 at Cap-aux-Os, black ice, nobody's fault really. Section 4 asks for "circumstances" and I have three lines. How much do I write?""")

add(7, "fr", "facebook", "S", [], """Je partage mon histoire parce que je suis encore en crisse 😤 La madame qui m'a emboutie lundi, [[P:Mme Lucie Thibodeau]], roulait SANS assurance valide. Ça s'est passé devant le [[A:2250, rue King Ouest]] à Sherbrooke, à la lumière.

Résultat : c'est le Fonds d'indemnisation de la SAAQ qui va traiter les dommages matériels, pis ça peut prendre des mois. Ma police chez Beneva (no 44-BX-10927) couvre la location si j'avais pris l'avenant F.P.Q. no 20… que j'avais pas pris. Leçon apprise. Plaque de l'auto : K71 ZRT si jamais vous la voyez encore rouler.

Pour la location de char, je la poursuis aux petites créances, dossier [[C:450-32-019876-271]]. On verra ben.""")

add(7, "en", "instagram", "L", ["CLIENT_CONFIDENTIALITY"], """Friendly reminder from a lawyer whose client got rear-ended on the Samuel-De Champlain bridge last week: my client, [[P:Mr. Ahmed Benali]], stopped for traffic, and the other driver, [[P:Brandon Kelly]], was texting. Dashcam caught everything. Claim 33-981-220 was accepted in 48 hours. Get a dashcam. #DashcamSavesLives""")

add(7, "fr", "linkedin", "B", [], """Petit rappel après mon accrochage de la semaine dernière : au Québec, signer le constat amiable n'est pas une admission de responsabilité. Le partage de responsabilité se fait selon la Convention d'indemnisation directe, avec des cas types illustrés. Les dommages corporels, eux, relèvent de la SAAQ peu importe qui est fautif. Prenez des photos, notez l'heure, la plaque, les témoins. Et respirez.""")

add(7, "en", "facebook", "R", [], """Quick question for the group: the body shop in Saint-Jean (Carrosserie Lussier & Fils) wants the $500 deductible before they release my car. The owner, [[P:Marcel Lussier]], asked me to send my card number by Messenger so I did: [[CC:4760 2077 6426 5651]], exp 09/28. My daughter says that was a terrible idea?? Invoice no. 20271-448, plate FTR 2290. Should I call Visa?""")

# ---------- Brief 8: knitting / quilting / woodworking forums ----------
add(8, "fr", "facebook", "C", [], """Cercle de Fermières de Cap-Chat 🧶 On est rendues à 42 petites vestes Baby Surprise Jacket (le patron d'Elizabeth Zimmermann, celui qui a l'air d'un origami avant la couture) pour les nouveau-nés de l'Hôpital de Sainte-Anne-des-Monts.

Merci à [[P:Mme Rachel Gagné]] qui a fourni la laine Fonty, à [[P:Lisette]] pour les boutons en bois, pis à la p'tite [[P:Maude]] (12 ans!) qui a tricoté sa première veste toute seule 👏

Prochaine rencontre : mardi 13 h 30 au local des Fermières, en arrière de l'église. Apportez vos aiguilles circulaires 4 mm.""")

add(8, "en", "instagram", "S", [], """Finally finished my Sophie Scarf by PetiteKnit 🧣 in Julie Asselin Nurtured, colourway "Fjord". Thanks @knits.by.[[P:noor]] for the tip on the i-cord edge, and [[P:Hélène]] at La Maison Tricotée for not laughing when I came in with a knot the size of my fist. Next up: the Ingrid Sweater. #PetiteKnit #SophieScarf #tricot""")

add(8, "fr", "facebook", "R", [], """Forum Boisiers du Québec 🪵 Mon premier établi Roubo est FINI! 8 pieds d'érable piqué, deux mois de soirées dans le garage. Merci à Paul Sellers pour ses vidéos, à Lee Valley pour mon rabot Veritas no 5, pis surtout à [[P:Réjean Ouimet]] (woodchuck_[[P:rheal]] sur le forum) qui est venu de Saint-Césaire m'aider à coller le dessus. Prochain projet : une table de chevet Shaker pour ma blonde. Conseils sur l'huile vs le vernis?""")

add(8, "en", "facebook", "L", [], """LaSalle Quilters' Guild — December meeting notes

• Bonnie Hunter's mystery quilt "Grassy Creek": clues 1–4 are done by most of us. [[P:Marjorie Whitcombe]] is already on clue 6 because of course she is.
• [[P:Bea]] is collecting Kaffe Fassett scraps for the charity quilts, drop them at her place or at the meeting.
• Welcome to our new member [[P:Thi Mai Nguyen]], who brought a stunning Log Cabin in silk from Hội An.
• Quilt show: April 12–13 at [[A:1111 Lapierre Street]], LaSalle, [[Z:H8N 2J4]] (the hall next to the Salle Jean-Grimaldi). $8 admission, proceeds to the food bank.

Next meeting Jan. 14, 7 p.m. Bring your Singer Featherweights, the walking-foot workshop is on.""")

add(8, "fr", "instagram", "B", [], """Fini mon Sophie Scarf! 🧣""")

add(8, "en", "facebook", "C", [], """Help from the Ravelry Gaspésie group please 🙏 (long post, sorry)

I'm knitting the Find Your Fade shawl by Andrea Mowry and I'm on section 5 of 7. Problem: I bought my 7 colours from three different dyers and colour 6 ("Rocher Percé" from a small dyer in Percé) is WAY darker than the photo. The fade just… stops. It looks like a stripe.

Options I'm considering:
1. Hold colour 6 double with colour 5 for the transition rows (suggested by [[P:Gwen]] on Ravelry)
2. Swap colour 6 for the grey I have left from my Marled Magic by Stephen West
3. Order a new skein and wait three weeks for Canada Post to reach New Richmond

[[P:Colleen McInnis]] from our Thursday group says option 1, [[P:Paulette Cyr]] says rip back to section 4 (no, Paulette, never). 

Also: I have 4 skeins of Malabrigo Rios in "Archangel" I won't use, $20 each or trade. Text me at [[T:819.555.0133]] or e-mail [[E:lynn.arsenault.knits@gmail.com]], I can mail them or meet at the Tim's in Bonaventure. Pictures of the fade disaster in the comments. Thank you, you're the best group on the coast!""")

add(8, "fr", "facebook", "S", [], """Un immense merci au Cercle de courtepointe de Magog qui nous a apporté 14 courtepointes faites main 💜 Des Log Cabin, des Flying Geese, pis une grande en tissus Kaffe Fassett que les enfants s'arrachent déjà.

Merci particulier à [[P:Mme Thérèse Lemay-Nadeau]], 84 ans, qui en a cousu cinq à elle seule sur sa vieille Singer. Ces courtepointes vont suivre les familles quand elles repartent dans leur nouveau chez-eux.""")

add(8, "en", "instagram", "R", [], """14 toques in Lynx colours for the U13 volleyball team, from the Barley hat by Tin Can Knits 🧶🏐 3 weeks, 1 sore wrist. @[[P:marie_eve.tricote]] you were right about the 4.5 mm needles.""")
