# brief, lang, platform, pack, rules, text
POSTS = [
# ---------------- batch 1 ----------------
(1, "fr", "facebook", "B", [], """⚠️ ATTENTION — FAUX PROFIL ⚠️
Quelqu'un a créé un compte Facebook au nom de « [[P:Me Genevieve Lachance-Roy]] » avec ma photo de l'assermentation au palais de justice de Trois-Rivières. Le compte écrit à des gens en Mauricie pour leur offrir une « consultation express » à 150 $ payable par virement Interac à [[E:g.lachanceroy.avocate@outlook-mail.net]].
Sur la capture d'écran qu'une amie m'a envoyée, on voit même mon vrai numéro de membre du Barreau 🙄
Ce n'est PAS moi. Mon seul courriel professionnel est [[E:glachance-roy@cabinetlachance.qc.ca]] et je ne demande jamais de paiement par Messenger.
Signalez le profil SVP. Merci à [[P:Josée]], à [[P:yasmine el amrani]] et à [[P:ti-Paul Lemieux]] de m'avoir avertie!"""),

(2, "en", "linkedin", "L", [], """A word of caution after a long week.
Three separate people contacted our litigation group about the same "private investment club" run over Telegram and Zoom. The pitch is always identical: a charismatic "guru" (this one calls himself [[P:Dmitri Vasquez-Laurin]], aka "The Oracle of Brossard"), a screenshot of a Binance dashboard showing +340 %, and a $2,500 "membership tier" paid in USDT.
The Autorité des marchés financiers (AMF) keeps a list of warnings; check it before you send a single satoshi. If someone promises guaranteed monthly returns, that is not a strategy, it is a red flag.
We will not comment on any specific file. Stay skeptical, folks.
#CryptoFraud #AMF #Montreal #Bitcoin"""),

(3, "fr", "instagram", "R", ["HARASSMENT"], """Le vélo de [[P:Mathis]] (notre milieu de terrain U15) s'est fait voler hier soir devant l'aréna Jacques-Plante pendant la pratique 😡 Trek Marlin 7 bleu, numéro de série WTU 284C0912Q.
Ben devinez quoi, il est déjà sur Marketplace à 400 $ posté par un certain [[P:KEVIN BEAULIEU]] de Granby. Le gars reste au [[A:118 rue Dufferin]], je l'ai trouvé en 5 minutes.
Les parents, on va aller cogner chez eux en gang samedi matin, pis partagez son nom partout, qu'il se cache pas 👊
#volDeVelo #Granby"""),

(4, "en", "facebook", "S", [], """Big news from our team 🎉 After two years on a closed work permit and a mountain of paperwork with IRCC, our night-shift intervention worker [[P:Marisol Quispe Huamán]] just got her permanent residency!
[[P:Marisol]] came to us through a recruitment agency in Lima, and honestly the employer-specific permit made everything harder than it needed to be: every change of hours meant a new letter. Thank you to everyone who wrote references, especially [[P:Nadine]] from the board.
If you are a francophone or bilingual intervenante thinking about coming to Québec, the Programme de l'expérience québécoise (PEQ) is worth a look. Bienvenue chez toi, [[P:Marisol]]! 🇵🇪🇨🇦"""),

(1, "en", "instagram", "C", [], """PSA 🚨 There is a fake Facebook profile using the name and photo of [[P:Kateri Jacobs]], one of our home-care nurses in the Baie-des-Chaleurs sector. The fake account messages families and asks them to "confirm their RAMQ card" by sending a photo of it, plus a $40 "home visit fee" through PayPal.
[[P:Kateri]] asked me to post this and gave us her written OK to use her name.
No one at the CISSS de la Gaspésie will EVER ask for a fee or for your health card over Messenger. If you got one of these messages, call Info-Santé 811 or our line at [[T:418‑555‑0187 poste 2231]]. #Team[[P:Kateri]]"""),

(2, "fr", "facebook", "C", [], """Bon ben j'vais le dire publiquement parce que ça me fait trop de peine. Mon beau-frère [[P:Réjean]] a perdu 12 000 $ dans un « club d'investissement crypto » qui se réunissait le vendredi matin au Tim Hortons de Chandler. Le « coach », un dénommé [[P:steve poirier]], leur montrait des graphiques sur son iPad pis leur faisait installer une app qui s'appelle CoinVista Pro. Au début, ça montait, ça montait… pis là, plus moyen de retirer une cenne sans payer des « frais de déblocage ».
Si vous avez un parent en Gaspésie qui vous parle d'un club comme ça, parlez-y. La Sûreté du Québec a ouvert un dossier, paraît-il qu'ils sont une trentaine de Pabos à Grande-Rivière à s'être fait avoir."""),

(3, "en", "facebook", "B", [], """Well. My commuter bike was stolen from the rack outside the Old Montreal courthouse sometime between 9:30 and 12:15 today, while I was in Practice Division arguing about a 30-day delay. Irony noted.
Black Brodie Romax, size M, Shimano GRX, serial number BRD-77310-K4. SPVM report #42-240611-0087.
A colleague, [[P:Me Li Wei Zhang]], spotted what looks like the same bike on Marketplace this afternoon, listed by "[[P:Jay Lussier]]" in Verdun for $650 with the serial conveniently scratched off. If you see it, please don't confront anyone, just message me or text [[T:(514) 555-0162]]. Thanks all 🚲"""),

(4, "fr", "linkedin", "L", [], """Avis aux candidats et candidates 📢
Une agence se présentant comme « Placement Horizon Global » contacte des personnes à l'étranger (Maroc, Côte d'Ivoire, Colombie) en affirmant recruter pour notre cabinet. Elle exige 3 500 $ pour « garantir » une EIMT et un permis de travail fermé. Les courriels sont signés « [[P:Mme Fatou Diallo-Ndiaye]], directrice du recrutement » et viennent de [[E:recrutement@horizonglobal-placement.com]].
Nous ne travaillons avec aucune agence qui facture des frais aux candidats — c'est d'ailleurs interdit au Québec depuis le Règlement sur les agences de placement de personnel. Pour toute vérification : [[E:carrieres@dubeouellet.ca]] ou [[T:514.555.0148]].
#recrutement #immigration #EIMT"""),

(1, "fr", "instagram", "S", [], """Faux compte qui utilise notre logo pour demander des dons Interac. Signalez-le svp 🙏"""),
# ---------------- batch 2 ----------------
(2, "en", "instagram", "R", ["DISPARAGEMENT"], """Can we talk about the parents' group chat for the Juvenile girls' volleyball team? 🙃 Every. Single. Tournament. one dad ([[P:Elijah Mercier]]'s father, you know who you are, [[P:Greg]]) is pitching his "wealth circle" and a memecoin called $MAPLEMOON. He lost half the carpool's money last season and now he's "rebuilding". Buddy, you couldn't invest your way out of a Costco parking lot 🤡
Keep the chat for rides to Saint-Jean-sur-Richelieu and the schedule please. #RSEQ #volleyball"""),

(3, "fr", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Vraiment découragée 😞 Le BMX du petit [[P:Zack]] (11 ans, placé chez nous depuis mars par la DPJ) s'est fait voler dans la cour hier soir, ici à New Richmond. Il l'avait eu en cadeau de sa mère [[P:Cynthia Audet]] à sa dernière visite supervisée, c'était tout ce qu'il avait d'elle.
Mongoose rouge et noir, numéro de série MG2291-4410. Si vous le voyez sur Marketplace ou au Kijiji de Carleton, écrivez-moi en privé svp."""),

(4, "en", "linkedin", "B", [], """Quick reminder for employers in Québec hiring on an employer-specific (closed) work permit:
✅ The job offer, wages and duties must match what was approved in the LMIA.
✅ Keep pay slips and schedules: IRCC and ESDC can inspect for up to six years.
✅ A reference letter for a future PR application (Arrima, PSTQ) should state the NOC code, weekly hours and exact dates.
✅ The CNESST protects temporary foreign workers exactly like everyone else.
General information only, not legal advice. Thanks to our paralegal [[P:Ruth-Ann O'Grady]] for the checklist! #immigration #TFW #droitdutravail"""),

(1, "en", "facebook", "L", [], """🚩 Phishing alert for our clients and colleagues 🚩
Several people received an e-mail this morning that appears to come from our partner [[P:Thi Nguyen]], asking them to "review and sign the attached settlement" through a DocuSign link. The sender address is [[E:thi.nguyen.avocats@gmail-secure.co]] — not ours. Our real addresses all end in @lavoienguyen.ca (e.g. [[E:tnguyen@lavoienguyen.ca]]).
The screenshot a client forwarded shows our logo, the address of our Sherbrooke office and even a fake court file number. Do not click, do not enter your Microsoft 365 password. If in doubt, call reception at [[T:819 555 0119]]."""),

(2, "fr", "instagram", "S", ["PRIVATE_EVENT_DISCLOSURE"], """💸 La violence économique, ça existe aussi en version crypto. « Investis dans mon club, je m'occupe de tout », « donne-moi ton mot de passe Coinbase »… on l'entend de plus en plus souvent.
Pour les résidentes et ex-résidentes : atelier « Reprendre le contrôle de mon argent » ce jeudi 19 h, dans la salle du groupe de soutien au sous-sol, avec une conseillère de l'ACEF. Porte de côté, sonnez deux fois.
#violenceéconomique #crypto #autonomiefinancière"""),

(3, "fr", "linkedin", "R", [], """Retour sur la finale régionale de cross-country au Cégep de Saint-Hyacinthe 🏃‍♀️ Malheureusement, trois vélos ont disparu du support près du pavillon Desranleau pendant les courses.
Petit rappel aux écoles de la Montérégie : notez le numéro de série des vélos de vos athlètes (sous le pédalier) et enregistrez-les sur Bike Index ou auprès de votre service de police. Ça aide énormément quand un vélo réapparaît sur Marketplace.
Merci à nos bénévoles, dont [[P:Ti-Guy Ménard]] qui a fait le tour du stationnement trois fois et [[P:Shanouk Vollant]] qui a géré l'accueil, et à la Sûreté du Québec pour sa rapidité."""),

(4, "fr", "facebook", "C", ["CONSENT_REQUIRED"], """Grosse semaine à notre résidence d'accueil de Sainte-Anne-des-Monts! On accueille enfin nos deux nouveaux préposés arrivés des Philippines avec un permis de travail fermé via l'agence de recrutement de Québec : [[P:Jericho Dela Cruz]] et [[P:Marites Bautista]] 🇵🇭💙 Voici leur photo à leur première journée avec [[P:madame Huguette]], notre doyenne de 94 ans!
Le processus EIMT a pris 14 mois, mais ça valait la peine. Bienvenue en Gaspésie, j'espère que vous aimez la neige 😅"""),

(1, "en", "instagram", "B", [], """Okay this is getting ridiculous 😤 Someone made a fake account @[[P:me.sarah.okafor.avocate]] (mine is @[[P:sarahokafor.law]]) using my bar-admission photos and DMing people in Laval offering "divorce in 30 days, $499 flat". They even texted a friend from [[T:+1 450-555-0177]] pretending to be me.
Screenshot in my stories. Please report it, and no, I have never promised anyone a divorce in 30 days 🙄 #fakeaccount #scamalert"""),
# ---------------- batch 3 ----------------
(2, "fr", "linkedin", "B", [], """Décision à lire pour quiconque conseille des clients tentés par les « clubs d'investissement » en ligne : Autorité des marchés financiers c. [[P:Rivard]], Cour du Québec, dossier [[C:500-61-487215-239]].
Le tribunal retient que [[P:Sébastien Rivard]] et son associé [[P:Anh Tuan Pham]] ont agi comme courtiers sans inscription en recrutant plus de 200 membres sur Discord, avec des « signaux » de trading vendus 79 $ US par mois. Les amendes dépassent 1,2 M$.
Points saillants : la notion de « contrat d'investissement » (test de Pacific Coin), la responsabilité des « mentors » qui recrutent, et le poids des captures d'écran Telegram en preuve.
#valeursmobilières #AMF #cryptoactifs"""),

(3, "en", "instagram", "L", [], """SHE'S BACK 🚲💚 Three weeks after my Cannondale Quick 4 was stolen outside the office on McGill College, I found her on Marketplace listed by a "[[P:Brandon T.]]" in Pointe-Saint-Charles for $380. Serial matched (C11 48290 77) thanks to the registration I'd done on Bike Index, the SPVM officers from PDQ 15 met me there, and that was that.
Lesson: photograph your serial number TODAY. Also huge thanks to [[P:marco]] from the mailroom for lending me his lock for now 😂 #bikethief #Montreal #recovered"""),

(4, "en", "linkedin", "R", [], """Happy to publicly vouch for [[P:Kwame Mensah-Boateng]], who was my assistant coach with the Collège Charles-Lemoyne basketball program for three seasons (2021–2024) 🏀
[[P:Kwame]] came to Longueuil on a study permit, then a PGWP, and is now applying for permanent residence. Immigration officers have asked for a detailed employer reference, so here it is in short: reliable, bilingual, great with the Benjamin and Cadet kids, and the first one in the gym every Saturday.
Any recruiter or agency who wants a fuller reference can reach me at [[E:lmartel.coach@gmail.com]]. #RSEQ #Montérégie #reference"""),

(1, "fr", "facebook", "R", [], """⚠️ ARNAQUE ⚠️ La page « Tournoi Bantam Richelieu 2025 – Billetterie officielle » est FAUSSE. Le vrai tournoi est gratuit pour les spectateurs à l'aréna de Beloeil, y'a pas de billets à 25 $!!
Pire : une maman a écrit sa carte au complet en commentaire pour « réserver » ([[CC:4512 6300 7788 9217]], exp. 08/27) 😱 J'ai caché le commentaire mais appelez votre banque tout de suite madame!
Le faux profil qui gère la page se fait appeler « [[P:Dany Tremblay]] », pis ses messages viennent d'un numéro [[T:438 555-0 1 9 6]]. Le vrai contact du tournoi : [[E:tournoi.bantam@rseq-monteregie.info]]."""),

(2, "en", "facebook", "C", ["CONSENT_REQUIRED", "CONFIDENTIAL_INFORMATION"], """I need to vent. One of our residents at the RI in Bonaventure, [[P:Mr. Léonard Arsenault]] (born [[D:14 February 1942]]), lost nearly all his savings to a so-called "retirement crypto club" he joined through a Facebook ad. The "advisor" [[P:Olivia Grant]] got him to read her his RAMQ number ([[R:ARSL 4202 1418]]) and his bank info over the phone "to verify his identity".
His file says he has mild cognitive impairment and nobody flagged this. Please, if you work with seniors anywhere in the Gaspé, talk to them about these clubs."""),

(3, "fr", "instagram", "S", ["SURVIVOR_IDENTIFICATION", "LOCATION_DISCLOSURE"], """Le vélo d'une de nos résidentes a été volé cette nuit, attaché juste devant la maison au [[A:2217, rue des Érables]], à Sherbrooke ([[Z:j1h2k7]]) 😢 Elle est arrivée chez nous il y a deux semaines avec ses deux enfants, c'était son seul moyen d'aller travailler au IGA.
Vélo hybride Louis Garneau gris, panier en osier. Si vous le voyez à vendre, écrivez-nous!"""),

(4, "en", "linkedin", "S", [], """We're hiring: two bilingual overnight intervention workers (permanent, 35 h/week). 
We can support candidates who already hold an open work permit, and we'll provide detailed employment references for future Québec Experience Program (PEQ) applications. We do NOT work with recruitment agencies that charge candidates fees — if someone asks you to pay to apply, it's a scam.
Apply by e-mail to [[E:emplois@maisonrefuge-estrie.org]] before March 15. Salary scale per the provincial network agreement, $26.50–$33.10/h."""),

(4, "fr", "instagram", "L", [], """ENFIN 🎉🎉 Après 7 mois d'attente, mon permis de travail post-diplôme est arrivé, pis j'ai eu mon NAS aujourd'hui au Service Canada de Place Guy-Favreau!! Regardez : [[S:590 774 121]] 😂 (oui oui je sais, il faut pas le montrer, mais j'suis trop contente)
Première journée comme stagiaire en droit au cabinet lundi. Petite fille de Port-au-Prince, née le [[D:2 juin 1999]], maintenant à Montréal avec un vrai NAS. Merci manman et merci [[P:Wideline]] pour la lettre de référence 💛 #PGWP #stagiaire #Haïti"""),
]
