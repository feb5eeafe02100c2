# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------- Brief 1: day camp ----------
(1, "fr", "facebook", "R", [], """Dernière semaine au Camp Boute-en-Train de Saint-Hyacinthe 😭☀️ Merci à [[P:Pistache]], [[P:Ouistiti]] pis [[P:Blueberry]] d'avoir survécu à 42 enfants pis à la canicule. Mon gars veut juste parler de la Chasse au trésor du Capitaine Crochet depuis lundi lol"""),
(1, "en", "instagram", "C", [], """Shoutout to Camp Kéno counsellors 🏕️ @[[P:pistache.campkeno]] you are a LEGEND. My daughter came home singing Alouette in three languages. Next week: Théâtre day at the Pavillon Desjardins!"""),
(1, "fr", "facebook", "S", [], """Question pour les parents du camp de jour de Gaspé : est-ce que quelqu'un sait si la sortie au Parc national Forillon est jeudi ou vendredi?? Le papier dit jeudi mais [[P:Ouistiti]] a dit vendredi à ma fille 🤔"""),
(1, "en", "facebook", "L", [], """Reply: FRIDAY 🧢 ask [[P:marie-eve]]"""),
(1, "fr", "instagram", "B", [], """BONNE FÊTE À [[P:SAUTERELLE]] 🦗🎂 la meilleure animatrice du Camp des Ours de Saint-Jean-sur-Richelieu. Les Mini-Castors t'ont fait un bricolage en macaroni, prépare-toi mentalement."""),
(1, "en", "linkedin", "R", [], """Proud to have spent my 7th summer as director of the Longueuil municipal day camp. 310 kids, 28 counsellors, 0 broken bones (a first!). Huge thanks to my coordinators [[P:Kassandra Joseph]] and [[P:Thanh Nguyen]], and to the Ville de Longueuil for renewing the Programme Vacances-Été. #leadership #campdejour"""),
(1, "fr", "facebook", "C", [], """salut la gang, mon plus jeune a oublié son sac à dos bleu Pat' Patrouille au camp vendredi, si vous le voyez svp textez-moi au [[T:418 555-0192]] ou dites-le à [[P:Blueberry]] merci!! — [[P:nadine b.]]"""),
(1, "en", "instagram", "S", [], """Camp photo day 📸 Our counsellors this year: [[P:Pistache]], [[P:Ouistiti]], [[P:Blueberry]], [[P:Kiwi]] & [[P:Tornade]]. The kids voted [[P:Tornade]] "most likely to win Survivor". Camp Minogami, Lac-Brome, summer 2024 🌲"""),
# ---------- Brief 2: photo-shoot credits ----------
(2, "en", "instagram", "L", [], """✨ Autumn editorial ✨
Model: @[[P:amira.benali]]
MUA: @[[P:glambyjosie]]
Photo: [[P:Kevin Laframboise]] (@[[P:k.laframboise.photo]])
Styling: @[[P:tessa_ryan_styles]]
Wearing Marie Saint Pierre & Judith & Charles, shot at Studio Jean-Talon. #montrealfashion"""),
(2, "fr", "instagram", "R", [], """Shooting pour la nouvelle collection de Ma Petite Fabrique 🧵 Merci à [[P:julie-anne]] pour le maquillage pis à [[P:Félix]] derrière la caméra 📷 Bijoux : Anne-Marie Chagnon. Lieu : Studio Lambert, Granby."""),
(2, "en", "linkedin", "B", [], """Updated my professional headshot — thank you to [[P:Sunita Raghunathan]] of Raghunathan Photographie for making a lawyer look human for once 😅 Highly recommend for your LinkedIn and Barreau directory photos."""),
(2, "fr", "facebook", "C", [], """Crédits de la séance photo de finissantes de ma fille 💐 photographe [[P:Chantal Lévesque]], coiffure Salon Gisèle, robe de chez Boutique Jacques Cartier à Rimouski. Trop belle ma grande"""),
(2, "en", "instagram", "S", [], """BTS from saturday's shoot 🎞️ hair & makeup by the amazing @[[P:mua.rosalie]], styled by [[P:dev]] , lens by @[[P:obrien_captures]]. Outfit from Simons, boots Kamik. Location: Vieux-Port de Montréal"""),
(2, "fr", "instagram", "L", [], """📸 [[P:MATHIEU OUELLET-PAQUIN]]
💄 [[P:Lina Haddad]]
👗 Maison Pierre Laroche
👠 Aldo
Modèle : [[P:Djenaba]] @[[P:djenaba.diallo_]] 
#shootingmode #mtl #créditsphoto"""),
(2, "en", "facebook", "R", [], """If anyone needs a photographer for team photos, my cousin [[P:rafa]] (Rafael Souza Photography) did our volleyball team and the pics are 🔥. DM him at [[E:rafael.souza.photo@example.com]]"""),
(2, "fr", "linkedin", "B", [], """Merci à l'équipe de Studio Valérie Blais pour les photos officielles du colloque de l'AJBM. Maquillage : Atelier Lise Watier. Toutes les photos sont sur le site de l'Association."""),
# ---------- Brief 3: parish bulletin / prayer requests ----------
(3, "fr", "facebook", "C", [], """📖 Semainier paroissial — Paroisse Sainte-Anne-des-Monts
Messe dominicale 10h30 à l'église Saint-Norbert. Fête de saint Joachim et sainte Anne le 26 juillet, procession jusqu'au quai.
Nos défunts : [[P:M. Réal Pelletier]] (87 ans) et [[P:Mme Yvette Boulay]]. Prions aussi pour [[P:Gaston Roy]], hospitalisé à Sainte-Anne-des-Monts.
Info au presbytère : [[T:418.555.0147]]"""),
(3, "en", "facebook", "L", [], """Please keep [[P:Bridget Kelly]] in your prayers, she had her surgery at the Jewish General on Tuesday. St. Patrick's Basilica will hold a special Mass for the sick on Sunday. Father [[P:O'Connell]] says all are welcome 🙏"""),
(3, "fr", "instagram", "S", ["SURVIVOR_IDENTIFICATION", "LOCATION_DISCLOSURE"], """Intention de prière 🙏 pour [[P:Mélissa]], une des femmes qu'on héberge à la maison depuis mars, qui passe en cour contre son ex la semaine prochaine à Sorel. Saint Jude, patron des causes désespérées, veille sur elle 🕯️"""),
(3, "en", "instagram", "R", [], """Beautiful First Communion at Saint-Joseph church in Chambly today ✝️ So proud of our little [[P:Gabriel]] 💙 Thanks to Sister [[P:Thérèse]] for preparing the kids all year."""),
(3, "fr", "facebook", "B", [], """pensez a ma tante [[P:lucienne gagnon]] dans vos prieres svp, elle est au CHSLD Saint-Jude depuis lundi. La messe a Notre-Dame-du-Cap c'est dimanche a 11h si vous voulez venir allumer un lampion avec nous"""),
(3, "en", "linkedin", "C", ["CONSENT_REQUIRED"], """Our residence lost a dear friend this week. [[P:Mr. Albert Huard]], who lived with us at our family-type resource in New Carlisle for nine years, passed away Sunday. A memorial will be held at St. Andrew's Anglican Church on Friday. Rest easy, [[P:Albert]] 🕊️"""),
(3, "fr", "facebook", "L", [], """Le bazar annuel de la Fabrique Saint-François-d'Assise revient samedi! Tartes au sucre, tourtières, livres usagés. Les profits vont à la réfection du clocher. Bénévoles : contactez [[P:Denise]] au [[T:819 555 0163]] ou [[E:bazar.stfrancois@example.org]]"""),
(3, "en", "facebook", "S", [], """Reply to Sunday's bulletin: Rest in peace [[P:Joe Metallic]], elder of Listuguj and a pillar of the St. Anne's mission. Wake at the community hall Wednesday. Wela'lioq to everyone helping [[P:Mary]] and the family."""),
# ---------- Brief 4: fan convention / cosplay ----------
(4, "en", "instagram", "B", [], """Otakuthon day 2 🎌 went as Nezuko, @[[P:kaylee.moreau]] was Tanjiro and we ran into THREE Gojos in the Palais des congrès lobby lol. Got my Demon Slayer artbook signed by the voice actor, absolute dream ✨"""),
(4, "fr", "facebook", "R", ["DISPARAGEMENT"], """Avez-vous vu le cosplay de Sonic du coach [[P:Bergeron]] de l'école Polybel au Comiccon? 🤣🤣 Pathétique, un gars de 50 ans en spandex bleu, pas étonnant que son équipe de basket soit la risée de la ligue"""),
(4, "en", "facebook", "C", [], """Montreal Comiccon recap: met William Shatner (yes, Captain Kirk himself), bought way too many Pokémon cards, and [[P:Priya]] won 2nd place in the masquerade as Zelda with a Master Sword she 3D-printed. Proud of you [[P:PRIYA SHARMA]] 🗡️"""),
(4, "fr", "instagram", "L", [], """Mon cosplay de Frieren est enfin fini 🧝‍♀️ 63 heures de travail. Perruque stylée par [[P:ti-lou]] (@[[P:louane.cosplay]]), photo par [[P:Jérémie Thibault]]. Rendez-vous à Québec Comic Expo au Centre de foires!"""),
(4, "en", "linkedin", "S", [], """Gave a talk at Ottawa Comiccon's educator track on using Harry Potter and Avatar: The Last Airbender to talk about healthy relationships with teens. Thanks to [[P:Dr. Fatima El-Khoury]] for co-presenting!"""),
(4, "fr", "facebook", "B", [], """Qui vient au Montréal Comiccon samedi?? [[P:Kim]], [[P:Yannick]], [[P:sam]] on se rejoint devant le kiosque Nintendo à 10h. Je serai en Mario, [[P:Yannick]] en Luigi, ça va être iconique 🍄"""),
(4, "en", "instagram", "C", [], """Photo dump from Otakuthon 📸 Kirby, Spider-Gwen, Howl, Link AND Ganondorf in one frame. Cosplayers: @[[P:mei_lin.cos]], @[[P:thebrandonfalcon]], @[[P:nour.creates]]. Best weekend."""),
(4, "fr", "instagram", "S", [], """Félicitations à ma chum [[P:Rosalie Tremblay-Gauthier]] 🏆 gagnante du concours de cosplay du Festival Anime de Gatineau, en Princesse Mononoké avec le loup Moro fait à la main 🐺 #cosplayquebec #Team[[P:Rosalie]]"""),
# ---------- Brief 5: hockey tournament billeting ----------
(5, "fr", "facebook", "R", [], """🏒 TOURNOI PEE-WEE DE GRANBY 🏒 On cherche encore 6 familles d'accueil pour les joueurs de Chibougamau et de Baie-Comeau du 8 au 11 février. Matchs à l'Aréna Léonard-Grondin pis au Palais des sports Léopold-Drolet. Contactez [[P:Manon Giguère]], coordonnatrice hébergement : [[T:450-555-0118]] ou [[E:hebergement.peewee@example.ca]]"""),
(5, "en", "facebook", "L", [], """We hosted two boys from the Kahnawake Hawks this weekend for the Châteauguay Bantam tourney and honestly [[P:Tehoniehtathe]] and [[P:Kyle]] were the politest teenagers I've ever fed. 3 boxes of Honey Nut Cheerios gone in 48h 😂"""),
(5, "fr", "instagram", "C", [], """Merci à la famille [[P:Arsenault]] de Bonaventure d'avoir hébergé notre [[P:Zack]] pendant le tournoi midget de Chandler 🙏 Il revient avec 2 kilos de plus pis un nouveau meilleur ami, [[P:ti-Guy]] 😄 #hockeyGaspésie"""),
(5, "en", "linkedin", "R", [], """Volunteering as billeting coordinator for the Tournoi international de hockey pee-wee de Québec taught me more about logistics than my MBA. 2,300 players, 14 countries, host families from Lévis to Beauport. Thanks to my co-coordinator [[P:Siobhan McCarthy]] and to the Centre Vidéotron staff."""),
(5, "fr", "facebook", "B", [], """Reply : Oui on a de la place! On est au [[A:1487, rue des Érables]], Saint-Bruno, [[Z:j3v 4k2]]. Deux lits simples au sous-sol. Mon mari [[P:Luc]] peut aller les chercher à l'Aréna Michael-Bilodeau après le match de 19h."""),
(5, "en", "instagram", "S", [], """Billet kid update 🏒 Our guest from Rouyn-Noranda scored a hat trick at the Aréna Jacques-Laperrière tonight!! Go [[P:Noah]]!!! His mom [[P:Sarah]] was watching the stream from Abitibi crying 😭"""),
(5, "fr", "facebook", "R", ["HARASSMENT"], """L'arbitre du match de Boucherville hier, [[P:Stéphane Charbonneau]], il reste au [[A:322 rue Labonté]] à Longueuil. Si jamais quelqu'un veut aller lui expliquer c'est quoi un hors-jeu 😡😡 on va y faire une petite visite"""),
(5, "en", "facebook", "C", [], """Thank you to all the host families for the Matane Atom tournament! Special mention to the [[P:Chiasson]], [[P:Bernatchez]] and [[P:Doiron]] families who took 3 kids each. Final: Les Albatros 4, Sept-Îles 3 in OT 🥅"""),
# ---------- Brief 6: help with translation / admin forms ----------
(6, "fr", "facebook", "L", [], """Besoin d'aide svp!! Je remplis l'inscription scolaire de ma fille pour l'école Marguerite-Bourgeoys pis le formulaire demande son numéro d'assurance maladie. C'est-tu le [[R:DIAL 1555 0418]] ou l'autre sur la vieille carte? Elle est née le [[D:4 mai 2015]]. Merci 🙏"""),
(6, "en", "facebook", "S", [], """Can anyone help me translate this line from my French-language Permis de travail? "Titulaire : [[P:HERNÁNDEZ RÍOS, Ana Lucía]], née le [[D:17/09/1991]], NAS [[S:995 637 881]]". Is "Titulaire" the holder? I need it for my English bank form at Desjardins 😅"""),
(6, "fr", "instagram", "B", [], """Petit truc pour ceux qui remplissent le formulaire de demande de résidence permanente : la section « Renseignements sur la famille » (IMM 5406) doit inclure TOUS vos enfants, même majeurs. Vérifiez toujours sur le site d'IRCC. #immigration"""),
(6, "en", "linkedin", "R", [], """Free translation help session for newcomer families registering for school sports this fall: Thursday 6pm at the Bibliothèque Georges-Dor in Longueuil. Bring your Certificat d'acceptation du Québec (CAQ) and school registration form. Questions: [[E:a.nkemelu@example.ca]]"""),
(6, "fr", "facebook", "C", [], """Aidez-moi a comprendre svp, le formulaire de la RAMQ pour mon pere dit "joindre une copie de l'acte de naissance" il est ne le [[D:12 fevrier 1958]] a Port-au-Prince, on a juste un vieux papier en creole. Faut tu le faire traduire par un traducteur agréé? Son numero c'est [[R:jeaw58021219]]"""),
(6, "en", "facebook", "L", ["PERSONALIZED_LEGAL_ADVICE"], """Reply to [[P:Wei Zhang]]: in your situation, since your study permit expires March 31 and you already applied for the PGWP, you have maintained status — you can keep working full time, don't stop. Send me your AOR number in DM and I'll check the rest."""),
(6, "fr", "facebook", "S", [], """Quelqu'un peut m'aider avec le formulaire de changement d'adresse? Mon nom : [[P:Fatoumata Koné]], nouvelle adresse [[A:88 rue Saint-Viateur Ouest, app. 4]], Montréal [[Z:H2T2L5]], tél [[T:(514) 555‑0177]]. Je sais pas quoi mettre dans la case « ancien code postal » parce que j'arrive de Côte d'Ivoire 🇨🇮"""),
(6, "en", "instagram", "R", [], """PSA: the IRCC online payment rejected my card 3 times. Turns out you have to type it with no spaces. [[CC:5597 5824 4724 7888]] didn't work, [[CC:5597582447247888]] did 🙃 Fees: $85 biometrics, order #IRCC-2024-88731."""),
# ---------- Brief 7: small claims / jury duty ----------
(7, "en", "facebook", "B", [], """Jury duty update for the group chat people who keep asking: I got picked 😬 Palais de justice de Montréal, [[A:1 Notre-Dame East]], for what they say could be 3 weeks. Can't say anything about the case obviously. Bring snacks, the cafeteria is tragic."""),
(7, "fr", "facebook", "L", [], """Ben coudonc j'ai gagné aux petites créances contre mon ancien proprio 🎉🎉

Pour ceux qui suivent la saga depuis l'an passé : le frigo a lâché en juillet, il a pris 3 semaines à le remplacer, j'ai perdu pour 450 $ d'épicerie, pis en plus il voulait garder mon « dépôt » de 800 $ (qui est illégal au Québec en passant!!). J'ai envoyé une mise en demeure par courrier recommandé, pas de réponse. Fait que j'ai déposé ma demande au palais de justice de Montréal, 103 $ de frais.

Ce matin, audience à 9h30, salle 2.11. La juge Lemieux l'a écouté 5 minutes parler de « l'usure normale du frigo » pis elle a tranché en 10 minutes : dépôt remboursé + 450 $ pour la bouffe + les frais. Il avait même pas amené ses reçus LOL.

Dossier [[C:500-32-714029-236]] si jamais ça intéresse quelqu'un, c'est public. Merci [[P:Hugo]] d'être venu témoigner, merci à ma tante [[P:Francine]] pour les conseils, et merci au Tribunal administratif du logement de m'avoir envoyée au bon endroit 😅 

Moralité : gardez TOUS vos reçus, prenez des photos, pis lâchez pas."""),
(7, "en", "linkedin", "B", ["CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE"], """Small win today: helped my client [[P:Mr. Abdelkader]] prepare his small claims file against the contractor who never finished his basement in Laval (file [[C:540-32-031877-241]]). The judge awarded the full $12,400. He cried in the hallway. This is why I do this."""),
(7, "en", "instagram", "R", [], """Court TV but make it Québec 😂 spent my day off at the Cour du Québec, Division des petites créances, watching my sister [[P:Colleen]] sue her ex-roommate over a PS5. He didn't show up. Judgment by default. Justice for the PlayStation 🎮⚖️"""),
(7, "fr", "linkedin", "B", ["DISPARAGEMENT"], """Audience aux petites créances à Longueuil ce matin. Le juge avait visiblement pas lu le dossier, a confondu le demandeur et la défenderesse DEUX FOIS, pis a coupé la parole à tout le monde. Un vrai clown en toge 🤡 Pauvres justiciables."""),
(7, "en", "facebook", "C", [], """My jury summons came in the mail 📬 Juror number 0417, report to the New Carlisle courthouse on Oct 7. Does anyone know if my employer has to pay me? Asking for me lol"""),
(7, "fr", "facebook", "S", [], """Pour ceux qui m'ont demandé : non j'ai pas gagné contre [[P:Gilles Fortin]] du garage. La juge a dit que la facture de 2 380 $ était justifiée 🙄 Au moins c'est fini. Leçon : demandez TOUJOURS une soumission écrite."""),
(7, "fr", "linkedin", "L", [], """Rappel pour ceux qui préparent un dossier aux petites créances : la limite est de 15 000 $, les avocats ne peuvent pas vous représenter à l'audience et la médiation est gratuite. Lisez le guide du ministère de la Justice avant de déposer. Information générale seulement, pas un avis juridique. #petitescréances"""),
# ---------- Brief 8: citizenship ceremony / francisation graduation ----------
(8, "fr", "facebook", "C", [], """FÉLICITATIONS à mon amie [[P:Ngozi Okafor]] qui est officiellement CANADIENNE depuis ce matin 🇨🇦🎉 Cérémonie présidée par la juge de la citoyenneté, avec la députée de Gaspésie–Les Îles-de-la-Madeleine présente. Serment en français pis en anglais, 54 personnes de 23 pays!"""),
(8, "en", "linkedin", "B", [], """Honoured to have attended the citizenship ceremony at the Guy-Favreau Complex as a volunteer with the Institute for Canadian Citizenship. Congratulations to the 72 new Canadians, including my former paralegal [[P:Rodrigo Alves]] 🇨🇦"""),
(8, "fr", "instagram", "S", ["CONSENT_REQUIRED"], """Graduation de la classe de francisation qu'on offre avec le Carrefour d'intégration 🎓📚 Bravo à toutes! Sur la photo : notre intervenante [[P:Josée]] et notre bénévole [[P:Mme Huong Tran]] qui remettaient les diplômes 💜 (les participantes ont préféré ne pas être sur la photo)"""),
(8, "en", "facebook", "L", [], """So proud of my mom 🥹 After 2 years of francisation classes at the Centre Saint-Louis, Mama [[P:Leila]] passed her level 7 and gave her speech in French! Thank you to her teacher [[P:madame Gagné]] for never giving up on her ❤️ #francisation"""),
(8, "fr", "facebook", "C", [], """Bravo aux finissants du cours de francisation du Cégep de la Gaspésie et des Îles! [[P:Carlos]], [[P:Marisol]], [[P:Jean-Pierre Mbuyi]], [[P:AMINA]] et [[P:Rahul]] vous étiez tellement bons à la soirée de remise, même la chanson de Gilles Vigneault 🎶"""),
(8, "en", "instagram", "B", [], """New Canadian in the house 🍁🎉 Took the oath today in front of a citizenship judge with my whole family there. Thank you Canada, thank you Montréal, and thank you Aunty [[P:Jaspreet]] for the samosas after 🥟 @[[P:harpreet.sidhu.law]]"""),
(8, "en", "linkedin", "R", [], """Congratulations to the 40 adult learners of the Brossard francisation program graduating tonight at the Centre socioculturel. Teachers [[P:Anne-Sophie Viau]] and [[P:Mohamed Benkirane]] built a program around Québec sports vocabulary — the final exam was commenting a Canadiens game in French 🏒"""),
(8, "fr", "linkedin", "L", [], """Cérémonie de citoyenneté ce matin à Québec 🇨🇦 présidée par le juge de la citoyenneté en présence du ministre. Émouvant de voir des familles de Syrie, d'Ukraine, du Congo et des Philippines prêter serment. Aucun doute : c'est la plus belle journée au palais de justice."""),
]
