# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------- d1: birth and NICU updates ----------
("d1","fr","facebook","B",[],"""ELLE EST ARRIVÉE 🎀🎀
Notre première petite-fille [[P:Rosalie]] est née le [[D:2 décembre 2026]] à 3 h 12 à l'Hôpital Pierre-Le Gardeur, 6 lb 4 oz de pur bonheur. Maman [[P:Camille]] va très bien, papa [[P:jf]] est encore sous le choc 😂
Ils ont déjà reçu la carte d'assurance maladie, on a même pas eu le temps de trouver un pyjama : [[R:GAUR 2662 0211]] lol
Je serai au bureau seulement lundi, grand-maman a des couches à changer à Terrebonne ❤️
— [[P:Francine]]"""),

("d1","en","instagram","L",[],"""NICU day 23 💪 Our little warrior [[P:Theo]] hit 2 kg today!!! 🎉
Kangaroo care with daddy @[[P:marco.dasilva]] this morning while the monitors did their beeping thing. Huge thanks to nurse [[P:Ama]] on nights and to [[P:Dr Okonkwo]] for answering the same 12 questions every single day.
The Ronald McDonald House has been a lifesaver, and the Tim Hortons in the lobby knows our order by heart.
#NICUstrong #Team[[P:Theo]] #preemiepower #MontrealChildrensHospital"""),

("d1","fr","linkedin","R",[],"""Petite pause professionnelle 👶
Je serai en congé parental à partir du 7 janvier. [[P:Anaïs]] est arrivée avec six semaines d'avance et on passe quelques semaines à l'unité néonatale de l'Hôpital Charles-LeMoyne, mais tout va bien.
Pour les dossiers du Championnat régional de volleyball juvénile et les inscriptions de la saison printanière, écrivez à [[P:Stéphane Lussier]] : [[E:s.lussier@rseqmonteregie.example]] ou [[T:450 555-0182]] poste 214.
Merci à toute l'équipe RSEQ Montérégie pour les messages, ça fait chaud au cœur 🏐"""),

("d1","en","facebook","S",[],"""Grandma AGAIN!!! 💙
Welcome to the world [[P:Malik Joseph]], born [[D:Nov 30]] at 11:48 pm, 7 lbs 9 oz, at the Jewish General. Proud parents [[P:Nadège]] & [[P:Wesley]] are exhausted and glowing. Big sister [[P:Keziah]] has already decided he is "her baby".
I'm taking the week off, so my coworkers will have to survive Monday without my banana bread 😉
Mèsi Bondye 🙏"""),

("d1","fr","facebook","C",["CONSENT_REQUIRED"],"""Après 52 jours à la néonat, les jumelles sont ENFIN à la maison à Carleton-sur-Mer 😭💕
Un immense merci à [[P:Dre Thibodeau]] et à [[P:marie-eve arsenault]], infirmière à l'Hôpital de Maria (et ma collègue au CISSS!), qui nous ont tenu la main à 3 h du matin plus d'une fois. La photo avec elles dans la chambre 4 restera dans le livre de bébé 📸
[[P:Léonie]] et [[P:Mia]] disent merci à tout le monde!"""),

("d1","en","linkedin","B",[],"""A personal note: after 41 days in the NICU at the Royal Victoria, our son [[P:Elijah]] came home on Friday.
To the neonatology team at the MUHC, thank you. To colleagues at the Bar who covered my hearings at the Palais de justice de Montréal without being asked, thank you.
I'm back on Monday. In the meantime, urgent matters can go to my assistant [[P:Priya Raman]] at [[E:praman@cabinet-levesque.example]] or [[T:(514) 555-0147]]."""),

("d1","fr","instagram","L",[],"""GRAND-PAPA POUR LA 3E FOIS 👴🍼
[[P:Ti-Loup]] est arrivé cette nuit à l'Hôpital régional de Rimouski, 8 lb 1 oz pis une tête pleine de cheveux comme son grand-père 😎
Bravo à ma fille [[P:SANDRINE]] pis à [[P:Kevin]], vous êtes des champions. On se voit à Noël au chalet du Lac-Témiscouata!
#bienvenue[[P:LouisPhilippe]] #grandpapa #BasSaintLaurent"""),
# ---------- d2: tattoo shops and artists ----------
("d2","fr","instagram","R",[],"""Nouveau tattoo pour mes 10 ans comme coach des Lynx de l'École secondaire Jacques-Rousseau 🐾🏀
C'est le flash « Rivière Richelieu » de @[[P:kim_nguyen.tattoo]] chez Encre Noire à Longueuil. 3 h de chaise, zéro larme (presque).
Si vous voulez un spot, elle ouvre son booking le 15 décembre : [[E:booking.kimnguyen@encrenoire.example]] 🖤
#tatouage #coachlife #RSEQ"""),

("d2","en","instagram","S",[],"""FLASH DAY this Saturday at Maison Corbeau 🖤🐦‍⬛
$80 flashes, first come first served: "Frida", "Petit Lapin", "Cap-des-Rosiers Lighthouse", "The Dolly" and "Sad Bagel".
Artists on the floor: @[[P:june.castillo.tattoo]], @[[P:ray_tremblay_ink]] and guest artist [[P:Ximena Quispe]] all the way from Lima 🇵🇪
Walk-ins only, 12 to 6, [[A:4370 boul. Saint-Laurent]]. Part of the day's tips goes to a local women's shelter 💜 Tag @maisoncorbeau.studio in your healed pics!"""),

("d2","en","facebook","C",[],"""Memorial piece for my dad 🕊️ His handwriting, "Je t'aime ma puce", copied from the last birthday card he ever gave me.
Done by [[P:Tanya Barnaby]], a Mi'gmaq artist from Listuguj who guest-spots at Wolf & Anchor in Gaspé. She was so gentle with me, I cried twice and she didn't flinch.
Shop is at [[A:112, rue de la Reine]], Gaspé [[Z:g4x1t4]], and you can see her work @[[P:tanya.barnaby.ink]]. Go see her."""),

("d2","fr","facebook","B",[],"""Bon ben c'est fait : la toge cache maintenant un tatouage 😅⚖️
Balance de la justice en fine line, par [[P:Béatrice Lavoie-Dubé]] du studio Le Chardon, à Sherbrooke. Prochain projet : le flash « Code civil du Québec », qu'elle a dessiné en blague pour moi 😂
Pour les curieux·ses, [[P:Béa]] prend ses rendez-vous au [[T:819.555.0163]] (texto seulement, elle tatoue!)."""),

("d2","en","linkedin","L",[],"""Visible tattoos and professional life: a short reflection.
I've had a koi sleeve since articling. It was done at Atelier Koï on Mont-Royal Avenue, a Sailor Jerry-style swallow came later, and in eight years nobody at the firm, the Barreau or the Court of Québec has ever treated it as a competence issue.
Clients care whether you return calls. Judges care whether you read the file. Let's stop telling law students to hide who they are. #LegalProfession #Inclusion"""),

("d2","en","instagram","R",["DISPARAGEMENT"],"""Team logo on my calf 🦅 done at Black Heron Tattoo in Saint-Jean-sur-Richelieu after we took the Montérégie banner from Collège Charles-Lemoyne!!
Unlike that ref [[P:GERVAIS]], who wouldn't see a foul if it was tattooed on his forehead 🙄 Buddy needs glasses AND a new hobby.
Flash is called "Richelieu Eagle" by @[[P:dani.ouellet.tattoo]] if you want the same 🔥"""),

("d2","fr","instagram","S",[],"""FLASH DAY 🖤 samedi chez Atelier Pivoine!
Les flashs de la journée : « Pissenlit », « Mouette de Percé », « La Bolduc », « Pâté chinois » pis « Ma première Caramilk » 😂 60 $ à 120 $.
Sur le plancher : @[[P:lili.gauthier.tatoue]] pis notre apprentie [[P:mélo]], avec [[P:Rodrigo]] au comptoir pour les formulaires.
Premier arrivé premier servi à partir de 11 h, au [[A:2285, rue Beaubien Est]], Montréal. Une partie des profits ira à une maison d'hébergement de la région 💜"""),
# ---------- d3: pub quiz / trivia night ----------
("d3","fr","facebook","C",[],"""Soirée quiz au Brise-Bise à Gaspé hier soir 🍻🧠
Notre équipe « Les Morues Savantes » a fini 2e sur 14 avec 47 points!! La question qui nous a tuées : qui a écrit Kamouraska? Anne Hébert, voyons donc 🤦‍♀️ On était sûres que c'était Gabrielle Roy.
L'équipe : moi, [[P:nathalie]], [[P:Bob Cyr]], la grande [[P:Jo]] pis [[P:Thérèse-Anne]] qui a sauvé la ronde musique avec « Le Vieux Pick-up » des Lost Fingers.
On se reprend le 18 décembre, les Pétoncles Pétillants vous nous devez une bière 😤"""),

("d3","en","linkedin","B",[],"""Proud to share that this year's AJBM trivia night raised $12,400 for Éducaloi 🎉
Congratulations to team "Res Ipsa Loquitur" (58/60, frankly suspicious 😄) and to our own "Objection, Your Honour" for a respectable 6th place out of 31. We nailed the Supreme Court round and collapsed on 90s Quebec TV: nobody remembered who hosted Piment Fort.
Special thanks to quizmaster [[P:Me Olivier Kamga]], who channelled his inner Alex Trebek for three straight hours, and to Le Saint-Bock on Saint-Denis for hosting us."""),

("d3","fr","facebook","L",[],"""RÉSULTATS DU QUIZ DU JEUDI 🍀 au pub St-Patrick de Sainte-Thérèse
1. Quiz Khalifa — 54 pts
2. Les Filles de Caleb — 51 pts
3. Les Tuques à [[P:Patrice]] — 48 pts
4. Agatha Quiztie — 47 pts
5. Pas de Ginette Reno sans party — 39 pts (la ronde hockey vous a pas aidés, avouez)
Bravo aussi à l'équipe du bureau, « Sans préjudice », 7e, on reste humbles 😅
Prochain quiz le 11 décembre, thème Noël. Réservez une table au [[T:450-555-0139]] ou par Messenger avec [[P:mathieu]]!"""),

("d3","en","instagram","R",[],"""Coaches' trivia night for the RSEQ Montérégie scholarship fund 🏆 Final standings:
🥇 Ballon-Chasseur Chasers (team captain [[P:Dee]] did NOT need a calculator this time)
🥈 The Gretzky Wannabes
🥉 Team [[P:Nguyen-Pelletier]] (a whole family of know-it-alls)
4th Quizzy McQuizface
Winners take home the replica Trophée Maurice-Richard until next year. Thanks Bistro Le Cartier in Boucherville for the wings 🍗 #trivia #RSEQ #coachlife"""),

("d3","en","linkedin","S",[],"""Last night I had the joy of hosting the 5th annual Trivia for Change at Brasserie Harricana.
22 teams, 6 rounds, one very heated tiebreaker about the year the Expos left Montréal (2004, for the record), and $6,300 raised for women's shelters across Québec.
Winners: "Les Pas Pires", with "Quiz Me Baby One More Time" one point behind. Thank you to our sponsors Desjardins and Metro, and to [[P:Hyun-woo Park]] for the photos.
Want to sponsor a round in 2027? Write to [[E:trivia4change@outlook.com]]."""),

("d3","fr","linkedin","C",["CONSENT_REQUIRED"],"""Le quiz interservices au profit de Centraide Gaspésie–Îles-de-la-Madeleine a été un succès : 3 800 $ amassés! 👏
Bravo à l'équipe gagnante « Les Notes Évolutives » de la DPJ de Chandler : [[P:Julie Poirier]], [[P:Sam Aucoin]], [[P:Marc-Antoine]] et [[P:WENDY JEROME]], imbattables en géographie et en vieilles annonces de Provigo.
Mention spéciale aux gens de l'Hôpital de Sainte-Anne-des-Monts, derniers mais les plus bruyants 😂 À l'an prochain!"""),
# ---------- d4: moving sales and garage sales ----------
("d4","fr","facebook","B",["CLIENT_CONFIDENTIALITY"],"""DÉMÉNAGEMENT DU BUREAU = GROSSE VENTE 📦
On quitte le Vieux-Québec pour Lévis le 20 décembre. À vendre :
- bureau en chêne massif, 150 $
- 2 classeurs 4 tiroirs, 40 $ chaque
- chaise Herman Miller Aeron, 400 $ (ferme)
- imprimante Brother HL-L2350DW, 50 $
- Code civil annoté Baudouin-Renaud 2022, 20 $
PAS à vendre : les 14 boîtes du dossier [[P:Lemieux]] c. Caisse Desjardins ([[C:200-17-031245-224]]), qui s'en vont à la déchiqueteuse. Ma cliente a pleuré de joie au jugement la semaine passée, moi aussi un peu 😅
Ramassage au [[A:125, côte de la Montagne]], bureau 300, Québec [[Z:G1K 4E6]]. Écrivez à [[E:adjointe.bouchard@avocats-vieuxquebec.example]]."""),

("d4","en","facebook","L",[],"""MOVING SALE 🚚 everything must go before Dec 15!
- grey sectional sofa, $250
- IKEA Kallax 4x4, $60
- KitchenAid mixer, $180 (still under warranty, order #CA-88231-0455)
- Nintendo Switch + Mario Kart 8, $220
- bag of kids' books (Robert Munsch, Franklin, Geronimo Stilton), $15
- 4 snow tires 205/55R16 on rims, $300
Cash or Interac only, no holds, no "is this still available" without an offer 🙃
Pickup at [[A:5612 Monkland Ave, apt. 3]], NDG, ring [[P:O'Sullivan]]. Text [[P:Siobhan]] at [[T:514 555 0120]], no calls please."""),

("d4","fr","instagram","R",[],"""VENTE DE GARAGE de l'équipe de hockey M15 🏒
Samedi de 9 h à 15 h dans le hall de l'aréna Jean-Béliveau à Longueuil.
Patins Bauer (grandeurs 4 à 9), jambières, gants CCM, bâtons, sacs de hockey, chandails des Canadiens pis même une vieille table de mississipi 😂 Tout entre 5 $ et 60 $.
Les profits servent à payer le tournoi à Saint-Georges en février.
Questions : @[[P:coach.yannick.b]] ou texto au [[T:4 5 0 - 5 5 5 - 0 1 9 8]]"""),

("d4","fr","facebook","S",[],"""Vente de garage ce samedi 7 h à midi (remis à dimanche s'il pleut)
Poussette Graco 40 $, parc pour bébé 25 $, vêtements fille 2-4 ans 1 $ la pièce, vaisselle Corelle, une Instant Pot quasi neuve, des casse-tête Ravensburger pis la collection complète des Sœurs Scott 📚
Au [[A:87 rue des Érables]], Saint-Hyacinthe [[Z:j2s3h4]]. Texto au [[T:450.555.0176]], demandez [[P:Guylaine]] ou [[P:Réal]].
Ce qui reste dimanche soir s'en va au comptoir familial du quartier."""),

("d4","en","linkedin","C",[],"""Big news: in January I'm relocating from Montréal to the Gaspé Peninsula to join the CISSS de la Gaspésie as a clinical nurse consultant 🌊
Before the move, my Rosemont home office is up for grabs: standing desk (Fully Jarvis, 2021) $350, ergonomic chair $120, two Dell 27" monitors $90 each, and a mountain of nursing textbooks (Potter & Perry 10th ed., anyone?).
Happy to hand anything to students for free. Message me here on LinkedIn."""),

("d4","en","instagram","B",[],"""Thank you Verdun!! 🙌 Our yard sale made $412 and we finally got rid of the treadmill.
One problem: someone left a brown leather wallet on the card table. There's a RAMQ card, a SIN card ([[S:193 456 787]]) and a Mastercard [[CC:5191 2304 0078 1234]] in it, all in the name of [[P:Réjean Gagné]], and a photo of a very cute beagle named Biscuit.
[[P:Réjean]], if you see this, DM me or come by [[A:4021 rue Wellington]] before Sunday. Sharing is appreciated 🙏"""),
]
