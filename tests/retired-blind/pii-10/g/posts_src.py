POSTS = [
# ---------------- g1: job postings / calls for volunteers ----------------
("g1","fr","facebook","C",[],"""📢 Le CISSS de la Gaspésie RECRUTE! Préposé(e)s aux bénéficiaires recherché(e)s à l'Hôpital de Maria et au CHSLD de Chandler.
✔️ Formation AEP payée
✔️ Prime d'éloignement
✔️ Horaire 7/14
Info : Service de la dotation, [[E:dotation.cisssgaspesie@ssss.gouv.qc.ca]] ou [[T:418 555-0172]], poste 2214. Affichage no 2025-PAB-118, fin le 30 novembre. #EmploiGaspésie #PAB"""),
("g1","en","linkedin","L",[],"""We're hiring! 🧑‍⚖️ Our Montreal office is looking for a bilingual legal assistant to join the Litigation group (permanent, full time, hybrid 3/2).
What you bring: 3+ years in civil litigation, mastery of Word and PCLaw, fluent French and English.
Please send your CV to [[P:Priya Raghunathan]], HR Coordinator, at [[E:p.raghunathan@lavoiebrisson.ca]] or call [[T:514.555.0148]] ext. 307.
Our offices: [[A:1100 René-Lévesque Blvd West, Suite 2000]], Montréal QC [[Z:H3B 4N4]] (steps from Bonaventure metro).
#hiring #legalassistant #Montreal"""),
("g1","fr","facebook","S",[],"""On cherche des bénévoles 💜 pour la friperie et pour l'accueil téléphonique de la maison!
Pas besoin d'expérience, juste du cœur et 4h par semaine. Une formation de 12 h est offerte en janvier (confidentialité, écoute active).
Écrivez à [[E:benevolat@maisonlaccalmie.org]] ou appelez [[P:Ginette]] au [[T:450 555 0119]] poste 4, du lundi au jeudi.
Partagez svp, ça fait une vraie différence 🙏"""),
("g1","en","instagram","R",[],"""VOLUNTEERS WANTED 🏃‍♀️🏃
The RSEQ Montérégie regional cross-country championship is back at Parc de la Cité (Longueuil) on October 18! We need 40 volunteers: timekeepers, course marshals, water station, medal table.
Students 16+ from École secondaire Jacques-Rousseau, Collège Édouard-Montpetit and others get community service hours ✅
Contact our events coordinator [[P:Kwame Asante-Boateng]]: [[E:kasante@rseqmonteregie.qc.ca]] / [[T:450-555-0163]] x 231
#RSEQ #crosscountry #benevoles #Montérégie"""),
("g1","fr","linkedin","B",[],"""Appel aux avocat.e.s bénévoles ⚖️
La clinique juridique du Salon VISEZ DROIT revient au Complexe Desjardins du 14 au 17 avril. On cherche des membres du Barreau pour des blocs de 3 heures de consultation gratuite (droit familial, logement, travail, immigration).
Inscription auprès de [[P:Me Stéphanie Ngo Mbarga]], coordonnatrice : [[E:stephanie.ngombarga@ajbm.qc.ca]], [[T:514 555-0187]], poste 12.
Merci à ceux et celles qui ont donné du temps l'an dernier, 1 200 citoyens rencontrés! #accèsàlajustice #BarreauduQuébec"""),
("g1","en","facebook","C",[],"""Volunteers needed at the palliative care unit, Hôpital de Chandler 🌷
Keep patients company, read to them, help with the Thursday music afternoon. Training provided (6 h), police check required.
Our volunteer coordinator [[P:Lisa Metallic]] has kindly agreed (in writing!) to be the contact person: [[E:lisa.metallic.cisssgasp@ssss.gouv.qc.ca]] or [[T:(418) 555-0136]] ext 5502.
Anglophones from the Baie-des-Chaleurs area especially welcome, many of our patients speak English or Mi'gmaq."""),
("g1","fr","instagram","L",[],"""On embauche 🚀 technicien(ne) juridique, bureau de Trois-Rivières
• droit immobilier et successions
• 35 h/sem, REER collectif, stationnement payé
• entrée en poste : janvier
CV à [[E:rh@cotebelangeravocats.ca]] a/s [[P:marc-andré côté]] (associé), ou passez nous voir au [[A:1200 boul. des Forges]], bureau 301, Trois-Rivières [[Z:g9a2h6]]. Tél. [[T:819-555-0194]] #emploi #TroisRivières #technicienjuridique"""),
# ---------------- g2: Indigenous community news ----------------
("g2","en","facebook","C",["CONSENT_REQUIRED"],"""What a morning at the Gesgapegiag health fair 🪶 Wela'lioq to everyone who came for blood pressure checks and flu shots!
Special thanks to Elder [[P:Mary Jane Condo]] who opened with a prayer in Mi'gmaq, and to our nurse [[P:Josée Audet]] who vaccinated 74 people before noon 💪 Pics in the comments!
Next stop: Listuguj community hall, Nov 12."""),
("g2","fr","facebook","S",[],"""Atelier de perlage ce jeudi avec des femmes de Wemotaci 🌸 Les participantes ont appris à faire des boucles d'oreilles et à dire quelques mots en atikamekw (kwei! = bonjour).
Merci au Conseil des Atikamekw de Wemotaci et à Femmes autochtones du Québec pour le soutien. Aucune photo des participantes, comme toujours 💜 #NehirowisiwIskwew #perlage"""),
("g2","fr","instagram","R",[],"""🥇 Félicitations à [[P:Shanice Vollant]], originaire de Uashat mak Mani-utenam, qui a remporté l'or au 1500 m au championnat régional d'athlétisme à Boucherville!
Sa kukum a fait la route depuis Sept-Îles pour la voir courir 🥹 Tshinashkumitin à toute la famille [[P:Vollant]] pour les encouragements.
#Innu #RSEQMontérégie #athlétisme @[[P:shanice.v_runs]]"""),
("g2","en","linkedin","B",[],"""Honoured to have spoken at the Cree Nation Government's justice symposium in Chisasibi last week. Grand Chief Mandy Gull-Masty's opening remarks on Eeyou Istchee's own justice model set the tone for three excellent days.
Meegwetch to my articling student [[P:Jordan Matoush]] for the slides, and to the Waskaganish and Mistissini delegations for the hard questions about Gladue reports.
#EeyouIstchee #Gladue #AccessToJustice"""),
("g2","en","facebook","L",[],"""Our Val-d'Or office now offers consultations in Cree, English and French! 🗣️
Interpretation is provided by [[P:Bertie Wapachee]], who grew up in Nemaska and has worked with the Cree School Board for 15 years. Book at [[T:819 555 0128]] or walk in: [[A:888, 3e Avenue]], Val-d'Or [[Z:J9P 1S8]].
Chiniskumitin [[P:Bertie]]!"""),
("g2","en","instagram","S",[],"""Our Inuktitut-speaking intervention worker is back from two weeks in Kuujjuaq and Inukjuak, meeting the Saturviit Inuit Women's Association and the Nunavik Regional Board of Health.
Lots of listening, lots of tea, and a very cold Hudson Bay wind 🥶 Qujannamiik to everyone who welcomed us.
#Nunavik #Inuit #endviolence"""),
("g2","fr","facebook","C",["CHILD_PROTECTION_IDENTIFICATION"],"""Famille d'accueil depuis 6 ans et tellement fière de notre petite [[P:Mikaela]] 🥰 Atikamekw d'Opitciwan, placée chez nous à Carleton-sur-Mer depuis mars, née le [[D:14 février 2019]]. Elle a dansé au pow-wow de Gesgapegiag en fin de semaine avec sa robe à clochettes!
Sa mère [[P:Cindy Awashish]] viendra la voir à Noël, on a hâte 🙏"""),
# ---------------- g3: video games and streaming ----------------
("g3","fr","instagram","R",[],"""GG les Harfangs!! 🎮🏆 Notre équipe de Rocket League de l'École secondaire Pierre-Bédard termine 2e à la finale régionale de sport électronique RSEQ à Saint-Rémi.
Mention spéciale à [[P:mathis]] alias « [[P:Math1sP3ll]] » pour son but en prolongation (aerial de fou 🤯) et à [[P:Naomie Tran]] en défense. On a perdu la finale contre le Collège Saint-Paul mais on revient l'an prochain! #RSEQ #esport #RocketLeague"""),
("g3","en","linkedin","L",[],"""Team building, 2025 edition: the firm's first Mario Kart tournament 🏎️ 16 lawyers, 4 paralegals, one very competitive managing partner.
Congrats to [[P:Dmitri Kovalenko]] from the Tax group, who won with Bowser and zero mercy, and to [[P:Aisha]] at reception for the most blue shells fired. Next month: Super Smash Bros. I have already been warned about Kirby.
#workculture #teambuilding"""),
("g3","fr","instagram","S",[],"""🎮 STREAM-O-THON 24 H pour la maison ce samedi dès 10 h sur Twitch!
Notre bénévole [[P:Julie]] ([[P:julie_joue_tard]] sur Twitch) va jouer à Stardew Valley, Zelda: Tears of the Kingdom et Minecraft jusqu'à dimanche matin. Chaque don de 25 $ = une nuit d'hébergement.
Maghla et ZeratoR ont été invités à passer faire un raid, on croise les doigts 👀 ([[P:Julie]] a accepté par écrit qu'on mette sa face sur l'affiche 😉) #Twitch #streamothon"""),
("g3","en","facebook","B",[],"""Not law related: FINALLY beat Malenia in Elden Ring after 3 weeks and 200+ tries 🗡️
My son [[P:Noah]] (11) screamed so loud our neighbour on rue Monseigneur-Bourget came over to check if we were OK 😂 Next up: Messmer.
Don't tell the Bâtonnier I was up until 1 a.m. on a Tuesday."""),
("g3","fr","linkedin","B",[],"""Ce que League of Legends m'a appris sur la négociation 🧠
1. Regarder la mini-carte : connaître tout le dossier, pas juste sa ligne.
2. Ne pas « tilt » quand l'autre partie flame.
3. Savoir quand reculer (les pros de T1 comme Faker le font tout le temps).
Merci à mon partenaire de duo depuis le cégep, [[P:Karim Haddad]] (alias [[P:K4r1m]]), qui me rappelle à chaque partie que je joue Teemo comme je plaide : trop agressif 😅 #négociation #avocats #LoL"""),
("g3","en","facebook","R",["DISPARAGEMENT","HARASSMENT"],"""lmao did everyone see the Valorant semi-final yesterday?? that kid @[[P:liam_b0uchard]] from Collège Charles-Lemoyne is straight trash, went 2/19 on Jett and still trash-talked our players 🤡 somebody tell him to uninstall. everybody go spam his twitch chat tonight, make it rain L's"""),
# ---------------- g4: ALL CAPS / shouted ----------------
("g4","en","linkedin","L",[],"""⚠️ NOTICE TO CLIENTS AND STAFF ⚠️
OUR PARKING GARAGE AT [[A:2020 UNIVERSITY ST]] WILL BE CLOSED MONDAY AND TUESDAY FOR REPAIRS. PLEASE USE THE INDIGO LOT ON MANSFIELD. ALL 9 A.M. MEETINGS ARE MOVED TO TEAMS.
QUESTIONS? CALL RECEPTION AT [[T:514-555-0110]] OR WRITE TO [[E:RECEPTION@LAVOIEBRISSON.CA]]."""),
("g4","fr","facebook","C",[],"""‼️ AVIS D'ÉBULLITION PRÉVENTIF ‼️
NEW RICHMOND, CAPLAN ET SAINT-SIMÉON : FAITES BOUILLIR L'EAU AU MOINS 1 MINUTE AVANT DE LA BOIRE, jusqu'à nouvel ordre.
Les bébés, les aînés et les personnes immunosupprimées sont plus à risque. Questions santé : Info-Santé 811. Suivi de la municipalité : [[T:418 555-0101]]. SVP PARTAGEZ!!"""),
("g4","fr","instagram","R",[],"""ON EST CHAMPIONS RÉGIONAUX!!! 🏐🏐🏐
LES CAVALIERS DE L'ÉCOLE SECONDAIRE MGR-A.-M.-PARENT GAGNENT 3-1 CONTRE LES FALCONS DE SAINT-JEAN!!! BRAVO À COACH [[P:FRANCIS]] ET À NOTRE CAPITAINE [[P:ÉLODIE ST-PIERRE]], 22 POINTS 🔥🔥
PROCHAINE ÉTAPE : LE PROVINCIAL À SHERBROOKE!!! #GOCAVALIERS #RSEQ"""),
("g4","en","linkedin","B",[],"""Can someone at the Montréal courthouse PLEASE FIX THE ELEVATORS?? THIRD TIME THIS MONTH.
I climbed to the 15th floor with two banker's boxes for a 9:30 hearing. Hearing was postponed. OF COURSE IT WAS. #PalaisDeJustice #lawyerlife"""),
("g4","fr","instagram","S",[],"""MERCI MERCI MERCI!!! 🎄 LA GUIGNOLÉE DE LA MAISON A RAMASSÉ 12 450 $ ET 3 CAMIONS DE DENRÉES!!!
MERCI AU IGA EXTRA DE LA RUE NOTRE-DAME, AUX CHEVALIERS DE COLOMB, À LA BOULANGERIE GUY ET FILLES ET SURTOUT À [[P:CÉLINE]] ET [[P:ti-gilles]] QUI ONT TENU LA TABLE DEHORS PAR -25 🥶❤️"""),
("g4","en","instagram","C",[],"""LOST MY WALLET!!! 😭 Somewhere between the Paspébiac CLSC and the Tim Hortons on Route 132 this morning. Brown leather, name on everything is [[P:MÉLANIE DOUCET]].
My health card is in there ([[R:DOUC 7906 2114]]), my work badge AND my SIN card ([[S:527 891 436]]) ugh.
IF YOU FIND IT PLEASE CALL [[T:418 555 0157]] OR DM ME!!! REWARD = a dozen Timbits 🍩"""),
]
