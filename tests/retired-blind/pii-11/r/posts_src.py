POSTS = [
# ---------------- r1: gym / yoga / dance schedules and shout-outs
("r1","fr","facebook","R",[],"""Horaire de la semaine au gymnase de l'école secondaire Jacques-Rocheleau 💪
Lundi 18h : spinning avec [[P:Maude]]
Mercredi 19h : zumba avec [[P:GINETTE]] (apportez vos bouteilles d'eau, la clim est encore brisée lol)
Vendredi 17h30 : yoga doux avec [[P:ti-guy lavoie]]
Gros shout-out à [[P:karine b.]] qui a fait ses 100 cours cette session 🎉🎉 Merci à Sports Experts Saint-Hyacinthe pour le prêt des tapis!
Inscriptions : [[T:450 555-0172]] poste 3 (session d'automne 85 $, 12 cours)"""),

("r1","en","instagram","C",[],"""Sunrise yoga on the beach at Haldimand this Saturday 🌅 7:30am with @[[P:noemie.lebrasseur]] from Studio Shanti Gaspé. Bring a towel, Lululemon NOT required 😂
Tagging my partner in crime [[P:Aisling O'Rourke]] who said she'd come "if it's not raining" ☔
#GaspeStrong #Forillon #yogaalaplage"""),

("r1","fr","instagram","S",[],"""Mardi soir = salsa 💃 au Studio Danse Élan de Sherbrooke avec prof [[P:Yanelis Cárdenas]], la seule personne capable de me faire danser sur du Marc Anthony sans que j'aie l'air d'un frigo.
[[P:jojo]] pis moi on a enfin réussi le cross-body lead 🙌 Prochain niveau : bachata sur du Romeo Santos!
Session d'hiver : 10 cours pour 120 $, début le 14 janvier."""),

("r1","en","linkedin","L",[],"""Proud that our lunch-hour yoga program is back for the fall 🧘
Tuesdays and Thursdays, 12:10–12:55, in the Champlain boardroom (27th floor), led by [[P:Priya Raghunathan]] (RYT-500). Mats provided, courtesy of our Social Committee.
Special thanks to [[P:Me Julien Desautels]] for championing this since 2019, and to [[P:kim nguyen]] in HR for the logistics. Questions: [[E:k.nguyen@lavoiebrunet.ca]]
#Wellness #LawFirmLife #MentalHealthMatters"""),

("r1","fr","facebook","B",[],"""5h45 au CrossFit Boucherville. WOD du jour : « Murph » version réduite, suivi de « Fran » pour les courageux 🥵
Coach [[P:Ti-Jean]] nous a encore fait faire des burpees « pour le fun ». Merci à [[P:Me Rachida El Amrani]] de m'avoir traînée là-dedans il y a 3 ans, ma meilleure décision après le Barreau 😅
Prochaine étape : le Spartan de Mont-Tremblant en juin. #Team[[P:RACHIDA]] #avocatequisentraine"""),

("r1","fr","instagram","S",["CONSENT_REQUIRED"],"""📸 Petit souvenir du cours de yoga de jeudi dans notre salle commune! Merci à nos intervenantes [[P:Nadia]] et [[P:roxanne pelletier]] qui ont pris la pose avec moi, pis à [[P:Mélodie Kanapé]] (bénévole en or) pour la musique de Florent Vollant 💜
On recommence la semaine prochaine!"""),

("r1","en","instagram","R",[],"""Pilates reformer at the Cégep Édouard-Montpetit gym is no joke 😮‍💨 Shoutout to coach [[P:dwayne]] for the core circuit and to the whole Tuesday crew: [[P:Mei-Lin]], [[P:Tomás]], big [[P:Ray]] and [[P:LUCIE G]].
Next class moved to Thursday 6pm because of the Lions du Cégep volleyball game. Score last week: 3–1 for us 🏐
#Longueuil #PilatesLife"""),
# ---------------- r2: chalet and Airbnb host and guest reviews
("r2","fr","facebook","C",[],"""⭐⭐⭐⭐⭐ Quatre nuits au chalet de [[P:Réjean]] pis [[P:Lise Cloutier]] à Percé, pis j'ai pas envie de rentrer à Gaspé 😭
Vue direct sur le Rocher Percé pis l'île Bonaventure, foyer au bois, spa propre. À deux minutes à pied de La Maison du Pêcheur (le homard à la guédille 🤤) pis du Café de l'Atelier.
Pour ceux qui demandent, c'est au [[A:142, route 132 Ouest]], Percé [[Z:g0c2l0]], ils louent pas sur Airbnb, faut appeler direct : [[T:418.555.0148]]
Petit bémol : le wifi de Telus lâche dès qu'il vente."""),

("r2","en","linkedin","L",[],"""Just back from our associates' retreat at Chalets Sutton Mont-Écho. Two days of strategy sessions, one afternoon of snowshoeing on the Sentiers de l'Estrie and far too much maple taffy 🍁
Huge thanks to our host [[P:Gord McAllister]], who lit the wood stoves at 6am and somehow fixed the projector with a paperclip, and to [[P:Anjali]] and [[P:Félix-Antoine]] on our events team for pulling this off in three weeks.
If your team is looking for a venue in the Eastern Townships, [[P:Gord]]'s place comes highly recommended. #TeamBuilding #Sutton"""),

("r2","en","facebook","B",[],"""5 stars for [[P:Thanh Huong]]'s loft in Old Québec 🏰 Two minutes from the Château Frontenac, right above Paillard on rue Saint-Jean (croissants at 7am, dangerously close).
She left us a handwritten list of places: Aux Anciens Canadiens, the Musée de la civilisation, the funicular. Her husband [[P:tran van duc]] even lent us crampons for the Terrasse Dufferin lol.
She rents off-platform in winter, ask her at [[E:thanhhuong.tran88@gmail.com]] or [[T:+1 418 555 0163]]. Booking #QC-48213, paid $640 for 3 nights."""),

("r2","fr","instagram","R",[],"""Merci à la famille [[P:Boisvert]] d'avoir choisi notre chalet au Lac-Brome pour la fin de semaine du tournoi à l'aréna Gaétan-Boucher 🏒 Des invités 10/10 : tout était propre, même le BBQ!
[[P:Steph]], ton gars a oublié son chandail des Patriotes #27, je te l'envoie par Postes Canada lundi 📦
Pour les prochains : Owl's Bread pour le pain, Auberge West Brome pour le souper, pis le canard du Lac Brome évidemment 🦆"""),

("r2","en","instagram","S",[],"""Tadoussac for the long weekend 🐋 Our Airbnb host [[P:Marie-Ève St-Onge]] was the sweetest, and her husky Caribou greeted us every morning at the door.
Whale watching with Croisières AML, fish and chips at Café du Fjord, sunset at the Hôtel Tadoussac terrace. Saw belugas at the mouth of the Saguenay!!
@[[P:keisha.joseph]] we're going back in August, you're coming this time 🙏"""),

("r2","fr","facebook","B",[],"""Avis à ceux qui pensent louer le « Chalet du Ruisseau » à Saint-Donat sur Airbnb : l'annonce parle de « 8 personnes confortables ». On était 6 pis on dormait quasiment dans le bain.
Le proprio, [[P:SERGE]], répond aux messages en 48h quand ça lui tente. Par contre, la vue sur le lac Archambault pis la plage municipale, rien à redire.
Conseil de pro (pas juridique 😉) : prenez des photos à l'arrivée. 2 étoiles sur 5."""),

("r2","en","facebook","R",[],"""Hosting review time 🏡 We had [[P:Carlos Ramos]] and his daughters in our basement suite for the RSEQ badminton regionals in Granby. Perfect guests, left a thank-you card and a bag of Haribo for our kids 😄
They loved the Zoo de Granby and Bistro Saint-Jacques. For other teams coming next year, the suite is at [[A:245 Mountain Road]], Granby [[Z:J2G 8X4]], text me at [[T:450-555-0119]] (no calls after 9pm please, we have a newborn 😴)."""),
# ---------------- r3: memes and jokes, celebrities, cartoons, brands, tagging a friend
("r3","fr","facebook","C",[],"""Quand t'apprends que Passe-Partout revient à Télé-Québec pis que t'as 38 ans pis deux enfants 😭😭
@[[P:marie-soleil.arsenault]] c'est toi pis moi en 1989 devant la TV avec nos Mr. Freeze. Fardoche aurait honte de nous autres.
Céline Dion a dit « on va s'en sortir », je la crois. #nostalgie #Gaspésie"""),

("r3","en","instagram","L",[],"""Me explaining billable hours to my mom at Thanksgiving: *Michael Scott yelling "I DECLARE BANKRUPTCY"* 🙃
@[[P:dev.patel_law]] this is you every time the photocopier jams. Also yes, I brought the Costco pumpkin pie again, sue me (don't). #articlingstudent #TheOffice"""),

("r3","fr","instagram","R",[],"""Moi après le match de volley des Gaulois contre les Dragons : *Shrek qui sort du marécage en slow motion* 🧅
Le Red Bull donne pas des ailes, il donne des crampes. 3 sets à 1 quand même 💚 #RSEQ #Montérégie"""),

("r3","en","linkedin","S",[],"""When Microsoft Teams freezes right as you say "any questions?" 🥲 *Homer Simpson slowly backing into the hedge*
Tagging [[P:Fatou Diallo]], who has been in that hedge with me since the 2020 lockdown. Next webinar we're bringing Bob the Builder: "Can we fix it? Yes we can!" #nonprofitlife #CommunitySector"""),

("r3","fr","facebook","B",[],"""Moi qui essaie de lire le C.c.Q. un vendredi à 16h59 = Garfield un lundi matin 😴
Pis la grande [[P:Jo]] à côté qui prépare son procès comme si c'était Kevin dans Maman j'ai raté l'avion, des pièges partout 😂 @[[P:jo.lafleur]] je t'aime quand même.
Ryan Reynolds, si tu lis ça, on a besoin de toi au palais de justice de Longueuil."""),

("r3","en","facebook","C",[],"""POV: Gaspé in February and you tell yourself "it's not that cold" 🥶 *Jack Nicholson frozen in The Shining*
@[[P:Liam.OConnor]] remember the Tim Hortons drive-thru on boul. de Gaspé where the Dodge Caravan froze to the pavement?? Dora the Explorer couldn't have found us that night lol. Tag someone who owes you a double-double ☕"""),
# ---------------- r4: complaints about a public service naming the clerk or agent
("r4","fr","facebook","C",[],"""3h d'attente au centre de services de la SAAQ à Sainte-Anne-des-Monts pour renouveler mon permis 🙃 Rendue au comptoir, l'agente [[P:Mme Sylvie Côté]] me dit que ma photo est « trop souriante ». Trop souriante. Après 3h.
Pis elle m'a demandé ma carte soleil pour rien, j'ai fini par lire mon numéro ([[R:LAVM 8556 2214]]) à voix haute devant toute la salle. Bravo la confidentialité.
Je suis [[D:née le 22 juin 1985]], ça fait 20 ans que je fais affaire avec eux pis c'est jamais aussi pire."""),

("r4","en","linkedin","L",[],"""A small public-service story. After six weeks of unanswered calls about my EI file, I went in person to Service Canada at the Complexe Guy-Favreau. The first clerk told me my SIN "didn't exist" (it does: it's on every T4 since 2008).
Then agent [[P:Amadou Bâ]] took over, found the typo in 10 minutes (they had entered [[S:362 854 713]] as 362 854 731) and called me back the same afternoon from [[T:514 555-0184]] ext. 2207.
Systems fail; people like [[P:Amadou]] don't. #PublicService #Gratitude"""),

("r4","fr","instagram","S",[],"""4e panne cette semaine sur ma rue à Rimouski pis Hydro-Québec me dit que c'est « planifié » 🤡
Le gars au tel, [[P:jean-philippe]], super fin, mais y'a lu un script pendant 25 min. J'ai demandé qu'ils envoient quelqu'un au [[A:37 rue des Érables app. 4]], [[Z:G5L7B1]], y m'ont donné le numéro de dossier 2024-118-7731 pis « rappelez au [[T:1 888 555-0142]] ».
Mon congélo est plein de pâté chinois, Hydro. PLEIN. #HydroQuébec #panne"""),

("r4","en","linkedin","B",["CLIENT_CONFIDENTIALITY"],"""Spent the morning at the SAAQ on boul. Henri-Bourassa for my client [[P:Mr. Tremblay-Nadeau]]'s licence reinstatement after his acquittal (Court of Québec file [[C:500-01-214563-239]]). Clerk [[P:Ms. Gervais]] insisted she needed "the judgment from the judge himself, signed in blue". We brought it signed in black.
Two hours, three supervisors and one very patient client later, we're done. The SAAQclic rollout continues to be… an experience. #QCLaw #SAAQ"""),

("r4","fr","instagram","B",[],"""Hydro-Québec m'a facturé DEUX fois mon versement de 212,47 $ sur ma carte [[CC:4529 1307 4415 6208]] (oui je sais, je devrais pas écrire mon numéro ici, je vais la faire annuler de toute façon 🙄).
L'agente, [[P:Mme Nguyen Thi Lan]], a été correcte, mais « le remboursement prend 6 à 8 semaines ». Six. À. Huit. Même Postes Canada va plus vite."""),

("r4","en","linkedin","L",[],"""47 minutes on hold with the CLSC. Vivaldi's Four Seasons, on loop. Send help."""),
]
