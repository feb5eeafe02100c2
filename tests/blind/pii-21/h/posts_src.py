POSTS = [
# ---- batch 1 ----
(1, "fr", "facebook", "S", ["LOCATION_DISCLOSURE"], """URGENT 🐱 Minou, le chat de la maison, s'est sauvé hier soir quand la livraison de Costco est arrivée. Tigré orange, collier rouge, très peureux. Il reste sûrement proche de la maison au [[A:214, rue Saint-Germain Est]] à Rimouski (la grande maison blanche avec la clôture, en face du parc Beauséjour). Les résidentes sont inquiètes pour lui 😢 Si vous le voyez, appelez [[P:josée]] à l'intervention : [[T:418 555-0172]]."""),

(1, "en", "instagram", "R", [], """FOUND 🐶 this little guy was running around the parking lot of the Centre sportif Jean-Béliveau after practice tonight. Black lab mix, no tag, super friendly, knows "sit" in French only lol. He's chilling with coach [[P:Dwayne O'Hara]] until we find his people. DM @[[P:dwayne.ohara]]_coach or text [[T:450.555.0138]] 🙏 #Longueuil #FoundDog #RSEQ"""),



(1, "fr", "instagram", "L", [], """Trouvé un perroquet vert sur mon balcon à Sainte-Foy 🦜 Il dit "allô [[P:Ti-Guy]]" pis "bonne nuit [[P:Mado]]" en boucle. Quelqu'un connaît un Ti-Guy et une Mado qui ont perdu leur Jaco?? Écrivez-moi en DM, j'le garde au chaud en attendant avec mes plantes (qui vont peut-être pas survivre). #perroquet #Québec #TrouvéQuébec"""),

(1, "en", "linkedin", "C", [], """Small good-news story from the Chandler CLSC: the zootherapy program's golden retriever, Moka, went missing during the storm Thursday and was found Saturday by a fisherman on the Grande-Rivière shore, cold but wagging. Thank you to everyone in the MRC du Rocher-Percé who shared the post. Zootherapy sessions resume Monday as planned."""),

(1, "fr", "facebook", "R", [], """CHIEN PERDU à l'aréna Isabelle-Brasseur de Saint-Hubert pendant le tournoi de basket du RSEQ 😩 C'est le chien de la famille de [[P:KEVEN]], notre #23 juvénile. Petit bichon blanc, s'appelle Bijou, harnais rose. Si vous êtes passés par le boulevard Cousineau ou le Tim Hortons à côté ce matin, regardez sous les autos svp. Contact : [[P:Manon Bergeron]] [[T:450 555 0159]] poste 2"""),

(1, "en", "instagram", "S", [], """reunited 🥹 after 9 days Lucky came home on her own, muddy and skinny and very proud of herself. thanks to everyone who shared and to the Humane Society folks on Chemin Sainte-Marie. no more open doors in this house"""),

# ---- package theft ----

(2, "fr", "facebook", "B", ["PERSONALIZED_LEGAL_ADVICE"], """@[[P:julie.boudreau]] dans ton cas, vu que Purolator a laissé ton colis sur le perron de ton bloc sur [[A:4820 rue De Lanaudière]] ([[Z:h2j3p9]]) sans signature alors que t'avais payé l'option « signature requise », t'as un recours direct contre eux. Envoie-leur une mise en demeure cette semaine, réclame les 389 $ et si y répondent pas dans 10 jours, va aux petites créances. T'as de bonnes chances. — Me [[P:Gagnon]]"""),

(2, "en", "instagram", "S", [], """someone stole my package off the stoop AGAIN. it was literally just dish soap and a Harry Potter puzzle. i hope you enjoy Hogwarts, buddy 🙃"""),

(2, "fr", "linkedin", "C", [], """Petit rappel de sécurité pour l'équipe et la population de Bonaventure : ma nouvelle carte d'assurance maladie a été volée dans ma boîte aux lettres la semaine passée (oui, ça arrive aussi en Gaspésie!). J'ai fait annuler le numéro [[R:LEBM 7803 1512]] auprès de la RAMQ et tout est réglé, mais vérifiez votre courrier. Postes Canada recommande une boîte à clé. [[P:Marie-Ève Leblanc]], technicienne en administration"""),

(2, "en", "facebook", "R", ["HARASSMENT", "DISPARAGEMENT"], """PSA: the guy stealing packages on our block is that [[P:Bradley Nowak]] kid, the one who got cut from the Châteauguay Cougars midget team. Lives at [[A:77 Salaberry Street]], white Civic. Everybody go knock on his door and let him know what we think of him. Share this so the whole league knows what kind of loser he is."""),

(2, "fr", "instagram", "L", [], """Le voleur de colis de la rue Fleury a frappé encore 😤 Cette fois c'était la lettre de Service Canada avec mon nouveau NAS [[S:726 481 930]] dedans (génial…). J'ai appelé le [[T:1-800-555-0141]] pour signaler. Si vous êtes dans Ahuntsic, mettez une caméra ou faites livrer au Couche-Tard. #voldecolis #Montréal"""),


(2, "en", "instagram", "C", [], """My holiday order got swiped from the front step in New Richmond 📦 and the card that was charged, [[CC:4512 0193 8847 6239]], just had two weird charges from "AMZN Mktp" too. Bank's on it. Lesson learned: pickup at Jean Coutu from now on. Thanks [[P:tanya]] and [[P:Ayo]] for letting me vent 😂"""),
# ---- batch 2: snow days ----
(3, "fr", "facebook", "R", [], """❄️ TEMPÊTE ❄️ Le RSEQ Montérégie confirme : le tournoi de volley de demain à l'École secondaire Mgr-A.-M.-Parent est ANNULÉ, toutes les écoles du CSS Marie-Victorin sont fermées. Pour le covoiturage de samedi (si c'est remis) : [[P:ti-jean]], [[P:la grande Jo]], [[P:Nguyen Thi Lan]], [[P:mathis st-onge]] pis [[P:RAPHAËL]] avec moi. Sortez les pelles, on se revoit à Brossard! #GoÉlans #JourDeTempête"""),

(3, "en", "linkedin", "B", [], """Snow day in Québec City, the courthouse on boulevard Jean-Lesage is running skeleton staff, so I'm finally reading the Court of Appeal's ruling in [[C:500-09-029876-243]]. Justice Marie-France Bich's reasons on the duty to mitigate are worth the coffee. Worth a read for anyone doing contractual litigation. #QCCA #SnowDay"""),

(3, "fr", "instagram", "S", [], """Journée de tempête = pâte à modeler, chocolat chaud pis Passe-Partout en rafale 😅 Ma plus jeune, [[P:Élodie]], née le [[D:14 février 2019]], a fait son premier bonhomme de neige toute seule. Y'a un carotte pour le nez pis une tuque des Nordiques. Bon courage à tous les parents de Lévis aujourd'hui! #tempête #congé"""),

(3, "en", "facebook", "C", ["CONSENT_REQUIRED"], """All schools in the Centre de services scolaire René-Lévesque closed today and Route 132 is a skating rink, but our home care nurse [[P:Mélanie Huard]] still snowshoed to three patients in Port-Daniel this morning 🥾❄️ Legend. Tagging her so she sees this: @[[P:melanie.huard]].inf — merci [[P:Mélanie]]!"""),

(3, "fr", "linkedin", "L", [], """En raison de la tempête, nos bureaux du [[A:1200, boul. des Forges, bureau 300]], Trois-Rivières ([[Z:G9A 2H2]]) sont fermés aujourd'hui. L'équipe travaille à distance. Pour une urgence, écrivez à [[E:accueil@lavoie-sanchez-avocats.ca]] ou appelez la réception au [[T:+1 819 555 0147]], poste 221. Soyez prudents sur l'autoroute 40!"""),

(3, "en", "instagram", "B", [], """SNOW DAY!!! ☃️ Kids home, Zoom hearing adjourned, shovel broken, Netflix on. Not complaining."""),

(3, "fr", "facebook", "B", [], """Les écoles du CSS des Patriotes sont fermées pis les garderies aussi, fait que petite journée au bureau avec les deux flos 🙃 Merci à ma collègue Me [[P:Roxanne Tremblay-Qitsualik]] d'avoir pris mon appel de 9 h, pis à [[P:mme ferreira]], notre voisine de Boucherville, qui est venue garder l'après-midi. On a fait du pain aux bananes pis regardé La Guerre des tuques."""),

# ---- comedy nights ----
(4, "fr", "linkedin", "B", [], """Quelle soirée au Grand Théâtre de Québec pour le Gala d'humour du Jeune Barreau! Bravo à Me [[P:Karim El-Amrani]], Me [[P:Sophie-Anne de la Durantaye]] et [[P:Marco Pellegrini]] pour leurs numéros sur le Code de procédure civile, et merci à Louis-José Houde pour la présentation surprise. 12 400 $ amassés pour Éducaloi. #JBQ #humour"""),

(4, "en", "instagram", "L", ["CLIENT_CONFIDENTIALITY", "DISPARAGEMENT"], """Killed it at the Wiggle Room open mic last night 🎤 My best bit was about the [[P:Kowalczyk]] divorce: a grown man fighting his ex for custody of a Peloton and a signed Habs jersey while his lawyer (me) tries not to laugh. Honestly the dumbest client I've ever had, but he pays on time 😂 #openmic #lawyerlife #Montreal"""),

(4, "fr", "linkedin", "C", [], """Soirée d'humour au profit de la Fondation de l'Hôpital de Maria le 28 février à la salle Desjardins de New Carlisle! En tête d'affiche, Mehdi Bousaidan, avec en première partie la relève gaspésienne : @[[P:laurie_mcdonald]]_humour et [[P:Wapistan Kanapé]]. Billets : 35 $ à la Pharmacie Uniprix de Maria ou au [[T:418.555.0188]]."""),

(4, "fr", "facebook", "S", ["PRIVATE_EVENT_DISCLOSURE"], """Jeudi prochain à 19 h, après le groupe de soutien du mardi déplacé, on fait une soirée d'humour juste pour les femmes hébergées et les anciennes résidentes, dans le sous-sol de l'église Saint-Rédempteur (porte de côté, rue Hamel). Un gros merci à [[P:Fabiola Jean-Baptiste]] qui vient faire son spectacle bénévolement 💜"""),

(4, "en", "facebook", "R", [], """Comedy Night fundraiser for the Heritage Regional High School girls' volleyball team! Friday 7 PM at the Saint-Lambert Legion, MC'd by our own coach [[P:Declan "Deco" Byrne]] with sets from [[P:Aisha Diallo]], [[P:Tommy Wong]] and [[P:j.tremblay]]_87 (yes, the J from Grade 11 history). Tickets $15, e-transfer to [[E:declan.byrne.volley@gmail.com]] or call [[T:450-555-0103]]. Let's get these girls to Sherbrooke! 🏐"""),

(4, "en", "linkedin", "L", [], """Proud to share that our associate [[P:Luis Alberto Cárdenas]] made the finals of the Just For Laughs Montreal amateur competition this weekend at the Comedy Nest on Sainte-Catherine. Turns out eight years of Rule 7 motions is excellent material. Congratulations, [[P:Luis]]! 👏 #JFL #Montreal"""),
]
