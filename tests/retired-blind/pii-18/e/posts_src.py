# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------- batch 1 ----------
(1, "fr", "facebook", "R", [], """Ok la gang, 3e samedi de porte-à-porte dans le district Saint-Eugène à Saint-Jean-sur-Richelieu 🥵🚪 J'ai cogné à 140 portes, j'me suis fait japper dessus par 2 labradors pis un chihuahua nommé Pistache, pis une madame m'a offert un Pepsi diète pis un morceau de pouding chômeur lol.
Merci à [[P:ti-guy lapointe]], à la grande [[P:Jo]] pis à [[P:Maëlle]] d'avoir tenu le clipboard quand j'avais pu de bras.
Pis non, je parlerai pas de l'élection aux pratiques de volley des Géants, c'est MON temps perso ça 😅 Prochaine ronde : rue Jacques-Cartier Nord, dimanche 10 h au Tim Hortons."""),

(1, "en", "linkedin", "L", [], """Proud to have moderated last night's all-candidates debate for the Mayor of Sherbrooke at the Centre culturel de l'Université de Sherbrooke. Four candidates, 90 minutes, one broken microphone and zero personal attacks, which in a municipal race is a small miracle.
Thanks to the Chambre de commerce de Sherbrooke and to Radio-Canada Estrie for the livestream. Topics ranged from the Lac-Mégantic rail bypass to snow removal budgets on the Plateau Marquette.
Reminder to colleagues: our Code of ethics still applies when we volunteer. Neutrality is not optional.
#MunicipalElections #Sherbrooke #CivicDuty"""),

(1, "fr", "instagram", "S", [], """Encore une pancarte volée sur mon terrain 🙄 C'est la 3e cette semaine. Peu importe pour qui vous votez, voler des pancartes c'est pas de la démocratie, c'est du vandalisme. J'en ai remis une neuve à 6 h du matin, avec du tie-wrap cette fois-ci 💪
#électionsmunicipales #Rimouski #respect"""),

(1, "en", "facebook", "C", ["CONSENT_REQUIRED"], """Well it's official: I'm on the ballot for councillor, District 3, in Sainte-Anne-des-Monts! 🗳️
Huge thanks to my coworker [[P:Kateri Jacobs]] from the CLSC (best night-shift nurse in the Haute-Gaspésie, fight me) who knocked on doors with me on rue du Parc after her 12-hour shift, and to [[P:Roméo]] and [[P:Annie-Claude]] who drove me around because my Ford Escape decided to die on the 132 again.
Debate is Oct. 22 at the Salle Émile-Boulet. Come ask hard questions about the ferry and the Chic-Chocs road. 🌲"""),

(1, "fr", "facebook", "B", [], """APPEL AUX BÉNÉVOLES 📣 Pour l'élection municipale du 2 novembre à Trois-Rivières, l'équipe du district des Forges cherche du monde pour :
• le pointage téléphonique (lundi au jeudi, 18 h à 20 h 30)
• l'installation des pancartes (faut un char pis un marteau)
• le transport des aînés le jour du vote
Écrivez à [[E:benevoles.desforges2025@gmail.com]] ou textez [[P:Me Rachida Benmoussa]] au [[T:819 555–0172]].
Local de campagne : [[A:1575, boul. des Forges]], [[Z:g8z 1w4]] (entrée par le stationnement du Provigo).
P.S. Je bénévole à titre personnel, pas comme avocate 😉"""),

(1, "en", "instagram", "R", [], """Sign crew, round two 🪧🔨 Forty-two lawn signs up between Brossard and the Dix30 before the rain hit. Legs are gone, hot chocolate from Chez Cora saved us.
Shoutout to our crew boss @[[P:anjali.k.r]] (hence the hashtag), @[[P:dom_nguyen_97]] and [[P:Big Mike]] for the zip ties and the dad jokes. Still the same rule as at the Collège Notre-Dame-de-Lourdes tournament: we don't touch the other teams' signs, we just outwork them.
#Team[[P:Anjali]] #Brossard2025 #Montérégie"""),

(1, "fr", "linkedin", "C", [], """Débat des candidats à la mairie de Gaspé hier soir au Centre des congrès : belle participation, beaucoup de questions sur la pénurie de logement, le transport collectif RÉGÎM et l'accès aux soins à l'Hôpital de Gaspé.
Un rappel qui me semble utile : comme employé·e·s du réseau, on peut participer à la vie démocratique, mais on ne parle pas au nom du CISSS et on ne partage aucune info interne pour appuyer un point. Bonne campagne à tous!"""),

(2, "fr", "facebook", "S", ["LOCATION_DISCLOSURE"], """ALERTE VOLEUR DE COLIS 🚨 Hier vers 14 h 30 un gars a pris 3 boîtes Amazon sur le perron de notre maison d'hébergement au [[A:48, rue Saint-Germain Ouest]] à Rimouski. Grand, manteau Canada Goose noir, tuque des Canadiens, il est reparti dans une Civic grise, plaque qui commence par « G47 ».
C'était des dons pour les femmes pis les enfants hébergés ici, des pyjamas pis des jouets de Noël 💔 Si vous avez une caméra Ring sur la rue, appelez-nous au [[T:418.555.0193]]."""),

(2, "en", "facebook", "R", ["HARASSMENT"], """PORCH PIRATE CAUGHT ON MY NEST CAM 📹 Tuesday 4:12 pm, white Dodge Caravan, plate FRT 8821, guy in a grey Lululemon hoodie grabbing my son's new hockey skates off the steps.
Neighbours on the Greenfield Park group already figured out who it is: [[P:Kevin Dubuc-Morin]], lives at [[A:377 Empire Street]], [[Z:J4V1M2]]. Everybody go knock on his door and let him know what we think of thieves. Let's make his life hell until those Bauers come back. His mom's number is [[T:(450) 555-0148]] if anyone wants to call her too 😡"""),
# ---------- batch 2 ----------
(2, "fr", "instagram", "L", [], """Bon ben mon courrier s'est fait voler DANS la boîte à malle à Pointe-aux-Trembles 😤 Le facteur de Postes Canada m'a dit que c'est la 4e fois sur la 8e avenue ce mois-ci.
Dedans y'avait ma nouvelle carte soleil, fait que si quelqu'un trouve une enveloppe de la RAMQ au nom de [[P:THI NGUYEN]] avec le numéro [[R:NGUT 8262 0511]] dessus, c'est moé 🙃 J'ai déjà appelé la RAMQ pis le SPVM (rapport #26-118-004) mais bon.
Mettez des cadenas sur vos boîtes, sérieux."""),

(2, "en", "linkedin", "B", [], """A quick note for the neighbourhood Facebook groups that are suddenly full of Ring and Google Nest clips: filming your own porch is one thing, posting a stranger's face with "THIEF" in red letters is another.
Quebec's Law 25 and the Civil Code (arts. 35-36) protect image and privacy, and the Commission d'accès à l'information has been clear that video surveillance must be proportionate. Send the clip to the police, not to 4,000 neighbours.
General information only, not legal advice. #Privacy #Loi25 #DoorbellCameras"""),

(2, "fr", "facebook", "C", [], """VIGILANCE DE QUARTIER – secteur Pabos / Chandler 🔦
Y'a un pick-up F-150 noir sans plaque avant qui tourne dans la rue Bériault depuis 3 soirs, vers 23 h. Il s'arrête devant les maisons où y'a des colis sur la galerie.
[[P:MARCEL HUARD]] l'a filmé avec sa caméra Blink, pis [[P:Mme Cyr]] du coin de la rue des Pionniers a vu le gars prendre une boîte de Purolator.
Si vous voyez de quoi, appelez la SQ (ou le 911 si c'est en cours) ou [[P:Marcel]] directement : [[T:418 555 0127]]. On reste calmes, on prend des notes, on joue pas aux cowboys."""),

(2, "en", "instagram", "S", [], """Third package gone this month 📦💨 Canada Post tracking 7234 5678 9012 3456 says "delivered, front door" at 11:02. Front door says otherwise.
Ordering everything to the Shoppers on Lasalle Boulevard from now on. #porchpirates #Verdun"""),

(3, "fr", "facebook", "R", [], """Ok là j'suis EN TABARNAK 😡❄️ Opération déneigement à Longueuil, les lumières clignotaient pas encore sur le chemin de Chambly quand je me suis stationné à 21 h pour la pratique de basket à l'école Gérard-Filion. Je sors à 22 h 15 : pu d'auto.
Remorquée à la fourrière au [[A:2135 rue de la Province]], [[Z:J4G 1R7]]. 98 $ de remorquage + 65 $ de ticket (constat no 4471-8820-13) + 25 $ de "frais d'entreposage" pour 40 minutes. Plaque H71 KPR si jamais vous la voyez passer sur une plate-forme.
Appelez avant d'y aller, y ferment à minuit : [[T:450-555-0166]]. Pis téléchargez l'app Info-Neige, j'vous en supplie."""),

(3, "en", "facebook", "B", ["MISLEADING_ADVERTISING"], """🚗💸 TOWED? TICKETED? PHOTO-RADAR? 🚗💸
Don't pay a cent! Our team WINS 100% of parking and towing cases, guaranteed, or your money back!! Montreal, Laval, Longueuil, we know every judge at the Municipal Court 😎
Call now, first consultation FREE: [[T:+1 514 555 0139 ext. 204]] or email [[E:tickets@contestezmaintenant.ca]]
Only 10 spots left this month!!! 👉 Link in bio"""),

(3, "fr", "instagram", "S", [], """Interdiction de stationner 7 h à 19 h, panneaux orange posés à 6 h 55. Ben oui. Merci la Ville, ça fait 3 hivers que c'est la même game 🙃❄️🚜 #déneigement #Sherbrooke"""),

(3, "en", "linkedin", "C", [], """Hospital parking, again. A 12-hour shift at the Hôpital de Maria costs staff and families more than a lot of people realise, and the 2017 cap announced by then-minister Gaétan Barrette doesn't cover everything visitors end up paying.
Patients coming from Pointe-à-la-Croix or Carleton-sur-Mer already drive an hour each way. Add a ticket because the visitors' lot was full during the January storm, and you have a very unhappy family before they even reach the front desk.
Not a complaint about my colleagues at the entrance, they do their best. Just asking for a plowed lot and some common sense. #Gaspésie #HealthCare"""),
# ---------- batch 3 ----------
(3, "fr", "facebook", "L", [], """PSA de la fille la plus épaisse de Gatineau 🤦‍♀️ Mon char a été remorqué hier sur la rue Laurier (déneigement, évidemment) pis en voulant payer en ligne chez Remorquage Gilles Beaudoin, j'ai collé mes infos de carte dans le groupe Facebook du quartier au lieu du formulaire : [[CC:5190 4776 2130 8112]], exp 09/28.
Effacé au bout de 2 minutes mais 34 personnes l'avaient vu 🙃 Carte annulée, Desjardins m'en envoie une nouvelle. Total de la soirée : 187,50 $ + ma dignité."""),

(3, "en", "instagram", "L", [], """Towed. Again. On my birthday. 🎂🚨 #Outremont #SnowRemoval"""),

(4, "fr", "facebook", "B", ["PERSONALIZED_LEGAL_ADVICE"], """@[[P:Jean-Wilner Pierre-Louis]] pour répondre à votre commentaire sous mon post d'hier : dans votre situation avec le garage qui a gardé votre Corolla 3 semaines et vous facture 2 400 $ pour une transmission jamais installée, envoyez d'abord une mise en demeure par courrier recommandé, donnez-leur 10 jours, puis déposez votre demande à la Division des petites créances de la Cour du Québec à Laval. Vous êtes sous la limite de 15 000 $, vous allez gagner facilement. Gardez toutes vos factures!
Si vous voulez que je relise la lettre, écrivez-moi à [[E:m.ouellet.avocate@outlook.com]]"""),

(4, "en", "linkedin", "L", ["CLIENT_CONFIDENTIALITY"], """Small win, big smile 😊 Our client [[P:Mrs. Fernandes]], a retired seamstress from Saint-Michel, had paid a contractor $11,800 for a basement that flooded the first spring. Lawyers can't plead in the Small Claims Division in Quebec, so we coached her through three prep sessions instead.
Yesterday Judge Lortie ruled fully in her favour in file [[C:500-32-712345-248]], with interest and costs. The [[P:Fernandes]] file was the kind that reminds you why you went into law.
#SmallClaims #CourDuQuébec #AccessToJustice"""),

(4, "fr", "instagram", "S", [], """[[P:Ginette]] pis moé on a été pigées comme jurées au palais de justice de Québec 👩‍⚖️ 2 semaines assises sur des chaises en plastique à écouter des experts-comptables parler de fausses factures. Le procès de [[P:M. Pellerin]] est fini, pis c'est tout ce que j'ai le droit de dire, le Code criminel est clair là-dessus 🤐
Mention spéciale à [[P:Sylvain Bacon]] de Mashteuiatsh qui amenait des muffins aux bleuets chaque matin, pis à [[P:tonino di lillo]] qui faisait des imitations de Claude Legault dans la salle des jurés. Retour au travail lundi!"""),

(4, "en", "facebook", "C", [], """Heads up, Gaspé folks: there's a text going around saying you MISSED JURY DUTY and owe a $500 fine or a warrant will be issued. It's a scam. The Court of Québec and the Sheriff do not text you for payment.
They called my mother-in-law too and it was scary how much they knew: name, address, even that she was born [[D:14 February 1948]]. She'd already read out her SIN, [[S:527 184 303]], before I grabbed the phone 😩 We spent the morning with Service Canada and Equifax.
If you get one, hang up and call the number on the back of your real summons. Share with your parents!"""),

(4, "fr", "linkedin", "B", ["TESTIMONIAL_SOLICITATION"], """Vous vous êtes représenté seul à la Division des petites créances après une de nos séances de coaching et ça s'est bien passé? ⚖️
Prenez 2 minutes pour nous laisser un avis 5 ⭐ sur Google et racontez votre expérience, ça aide énormément notre petite étude de Drummondville à se faire connaître! Les plus beaux témoignages seront publiés sur notre page.
Infos : [[T:(819) 555-0104]]
— [[P:Me Olivier St-Onge]], avocat"""),

(4, "en", "facebook", "R", ["DISPARAGEMENT"], """Update on the tournament fees saga: took [[P:Gord Fitzpatrick]] to small claims (file [[C:505-32-034567-255]]) after two seasons of "I'll pay you next week" for his kid's U15 AA spot. Judge gave us the full $1,340.
Honestly the most useless, lying deadbeat hockey dad I've dealt with in 20 years of coaching at the Centre Gilles-Chabot. Grown man, drives a Tesla, cries poor. What a clown 🤡 Pay your bills like everyone else, [[P:Gord]]."""),
]
