# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------------- batch 1 ----------------
(1, "fr", "facebook", "L", [], """Bon ben après 1 187 jours sur le Guichet d'accès à un médecin de famille (le fameux GAP, pardon le GAMF 🙄), j'ai ENFIN reçu l'appel 🙌🙌
Rendez-vous le 22 mai au GMF Quartier Latin avec la [[P:Dre Thi-Hoa Pham]]. Ma mère [[P:jocelyne]] pleurait au téléphone plus que moi lol.
Petit conseil de la part d'une fille qui a failli le manquer : répondez aux numéros inconnus!! Ils appellent du [[T:514 555-0182]] et laissent pas toujours de message. Pis mettez votre cell à jour sur Québec.ca, pas le numéro de la maison que personne répond depuis 2015."""),

(1, "en", "instagram", "R", [], """Waiting room bingo, Hôpital Charles-LeMoyne ER, hour 6:
🟩 guy in a Canadiens jersey explaining the power play to the triage nurse
🟩 toddler eating a Caramilk wrapper
🟩 TVA Nouvelles at full volume, nobody has the remote
🟩 me, still holding an ice pack on my kid's volleyball knee
Provincial qualifier in Saint-Hyacinthe next weekend. Fingers crossed it's just a sprain 🏐🤞 #RSEQ #Montérégie #VolleyballMom"""),

(2, "fr", "facebook", "C", ["CONSENT_REQUIRED"], """Ça fait 2 ans que je suis proche aidante pour mon père (Parkinson) pis le groupe du jeudi de L'Appui Gaspésie–Îles-de-la-Madeleine m'a littéralement sauvé la vie 💛
On était 9 autour du café hier : [[P:Rolande]], [[P:Ti-Gus Bujold]], [[P:marie-eve]], le petit couple de Maria pis moi, à brailler sur les mêmes affaires 😅 (les formulaires de la SAAQ, les couches Tena à 32 $ le paquet, le répit qui arrive jamais).
Photo de la gang avec notre infirmière du soutien à domicile [[P:Kim Arsenault]] du CLSC de Paspébiac 📸 Merci d'exister.
#ProchesAidants #Gaspésie"""),

(2, "en", "linkedin", "S", [], """Ten years as a home-care nurse with a CLSC before I joined the shelter sector, and I still think about the families on my old caseload every week.
Shout-out to the Regroupement des aidants naturels du Québec for their new guide, "Caring Without Burning Out" — free PDF, in English, French, Spanish and Arabic. If you support an aging parent while working full-time, the Respite Fund deadline is March 31.
Nobody trains you for the night shift at your mother's kitchen table.
#ProchesAidants #HomeCare #CaregiverWeek #Nursing"""),

(3, "fr", "instagram", "R", [], """Chantier à Sainte-Julie, jour 12 🏗️
Le foreman, tout le monde l'appelle [[P:Pitou]] (son vrai nom c'est [[P:Réjean Lapointe]] mais personne le sait), a oublié sa carte CCQ dans le pick-up à [[P:TONY FERREIRA]] pis évidemment la CNESST a débarqué à 9h 🤦‍♂️
Merci quand même à Lapointe & Fils Excavation pis à Béton Provincial pour la coulée d'aujourd'hui.
Après le shift, direction l'aréna Michel-Normandin, je coache les Mustangs juvéniles à 18h30 🏒 #RSEQ #construction #vieDeChantier"""),

(3, "en", "facebook", "B", [], """Reno update: the kitchen is officially gutted 🔨
The crew from Construction Gilles Bérubé inc. showed up at 6:45 sharp, led by a foreman everyone calls [[P:Big Mo]] ([[P:Mohamed Ait-Kaci]] on his CCQ card, which he proudly showed me when I asked, lawyer brain). Quote #Q-2024-0387 came in at $48,900 + tx, which is about what I expected and still hurts.
Neighbours near [[A:4521 rue Fabre]]: sorry about the jackhammer. Croissants from Fous Desserts are on me this Saturday."""),

(4, "fr", "facebook", "S", [], """Retour de la Floride dans 3 semaines ☀️🌴
Le parc de VR à Zephyrhills est plein de Québécois cette année, on joue au shuffleboard tous les matins avec les [[P:Gauthier]] de Drummondville pis [[P:Ti-Loup]] pis sa blonde [[P:Francine]] qui font du Publix au Tim Hortons de Dade City comme si c'était la Plaza St-Hubert 😂
[[P:Roger]] a gagné le tournoi de pétanque, on en entendra parler jusqu'à Noël.
Ma pelouse à Victoriaville peut attendre encore un peu."""),

(4, "en", "instagram", "C", [], """Sunset over the Superstition Mountains 🌵🧡
Six weeks at Desert Palms RV Resort in Apache Junction and we've met more people from the Lower St. Lawrence here than at home lol.
Happy hour crew: [[P:Dot]] & [[P:Ray McKenna]] from Ottawa, [[P:Jean-Guy]] (@[[P:jg.thibodeau59]]), and [[P:Priya]] + [[P:Sanjay Mehta]] who drive down from Brossard every year in a 38-ft Winnebago.
Back in Gaspé mid-April if the Chevy holds up 🚐 #snowbirds #Arizona #VanLife"""),

(1, "en", "facebook", "B", [], """PSA for anyone still on the family doctor waiting list in the Laurentides: they don't always call twice.
My neighbour [[P:mrs o'brien]] missed her call in January and had to start the whole process over at the Clinique médicale de Saint-Jérôme. Update your phone number on the Quebec.ca form, and answer the unknown numbers.
(Not legal advice, just neighbourly advice 😄)"""),
# ---------------- batch 2 ----------------
(2, "fr", "linkedin", "B", [], """Être avocate en litige ET proche aidante, c'est jongler entre les délais de la Cour supérieure pis les rendez-vous au CLSC pour maman.
Depuis l'adoption de la Loi visant à reconnaître et à soutenir les personnes proches aidantes, on en parle plus, mais dans nos bureaux, le sujet reste tabou. Combien d'entre nous ont déjà plaidé le matin après une nuit à l'Hôpital de Verdun?
Un immense merci à [[P:Me Hélène Côté-Rivard]] et à [[P:KARIM BENSALEM]] qui m'ont remplacée au pied levé en février. C'est ça, la confraternité.
#ProchesAidants #Barreau #ConciliationTravailFamille"""),

(2, "en", "linkedin", "L", [], """A small thing that made a big difference this month: the home-care nurse who visits my father in Pointe-Claire, [[P:Jomar]] (a Filipino RN with 20 years in the West Island), taught me how to change a dressing without panicking.
If you're a caregiver juggling billable hours and a parent at home, the West Island caregivers' peer group is open to new members. The coordinator is [[P:Siobhan]] — reach her at [[E:siobhan.obrien.aidants@gmail.com]] or [[T:514.555.0119]], ext. 2204.
Partners: please stop calling it "personal time". It's care work.
#Caregivers #WorkLifeBalance #HomeCare"""),

(3, "fr", "facebook", "C", [], """Nouvelle toiture sur le chalet à Percé 🏠✅
Toitures Yvon Cormier & Fils ont fait ça en 3 jours malgré le vent du large. Le boss c'est le [[P:Grand Stef]], 6 pieds 5, qui monte l'échelle avec deux paquets de bardeaux IKO sur l'épaule comme si c'était des sacs de chips 😳 Son apprenti [[P:dylan]] a 17 ans pis il travaille déjà mieux que mon beau-frère.
Facture #20931 payée, matériaux du BMR de Chandler. Je recommande à 100 %!"""),

(3, "en", "linkedin", "S", ["CONSENT_REQUIRED"], """Our common room finally has a floor that doesn't squeak! 🎉
Huge thanks to Kowalski Brothers Renovation, who donated three weekends of labour, and to Rona and Benjamin Moore for the materials. Their foreman, [[P:Ryan "Ski" Kowalski]], and the apprentices from the Cégep Saint-Laurent carpentry program worked around our residents' schedules with so much care.
📸 In the photo: our intervention coordinator [[P:Nadia El-Amrani]] and house manager [[P:Bev]] cutting the ribbon with [[P:Ryan]]'s crew.
#CommunitySupport #Renovation #Gratitude"""),

(4, "fr", "instagram", "L", [], """Mes parents reviennent de Fort Myers le 3 avril ✈️🌴 Après 5 mois au Pioneer Village RV Resort, papa dit qu'il s'ennuie déjà de ses voisins, les [[P:Nadeau]] de Saint-Georges pis [[P:M. Phan Van Long]], l'ancien dépanneur de Côte-des-Neiges qui fait le meilleur phở du parc 🍜
On lui prépare une surprise pour ses 80 ans : [[P:Gaétan Roy]], né le [[D:2 avril 1944]] à Thetford Mines, a vu passer 27 hivers en Floride. Vos messages pour lui en commentaire svp! 🎂 #snowbirds #Floride"""),

(4, "en", "facebook", "R", [], """Spring training report from Mesa, AZ ⚾☀️ Cactus League games every afternoon, Chicago Cubs at Sloan Park yesterday, and Shohei Ohtani hit one into the parking lot. I've never been this relaxed in March.
Our RV neighbours are a riot: [[P:kateri]] and her husband [[P:Rob Deer]] from Kahnawà:ke, plus two retired gym teachers from Granby who still argue about the 1998 regional basketball final 😂
Back to the Montérégie on April 20, just in time for the track & field season. Coaches, save me a stopwatch!"""),

(1, "fr", "instagram", "L", [], """4 h 30 à l'urgence de Sainte-Justine avec la petite fièvre du mois. Tenez bon les parents 💛"""),

(2, "en", "instagram", "B", [], """Sunday visit, Tim Hortons double-double in hand. Grandma recognised me for the first time in three weeks ❤️ Caregivers, hold on to the good days. #Team[[P:Lucille]] #Alzheimer #ProchesAidants"""),
# ---------------- batch 3 ----------------
(1, "en", "linkedin", "C", ["CONFIDENTIAL_INFORMATION"], """Nurse clinician at the CISSS de la Gaspésie here, and I'm tired of hearing that the family doctor shortage is "under control".
From the internal dashboard presented at yesterday's management committee (not public yet): 4,312 people on the GAMF list for the RLS de La Côte-de-Gaspé alone, 9 vacant GP positions between Murdochville and Grande-Vallée, and a plan to cut the Thursday walk-in at the Hôpital de Gaspé starting in June.
Our patients in Gaspé, Cap-Chat and Sainte-Anne-des-Monts deserve better than a phone line and a prayer.
#Gaspésie #HealthCare #AccessToCare"""),

(1, "fr", "facebook", "R", [], """Clinique sans rendez-vous de Brossard un samedi matin = 3 h d'attente pis une machine à café brisée ☕❌
Mon gars [[P:Kervens]] s'est foulé la cheville en finale du tournoi de basket à l'école secondaire Antoine-Brossard (on a gagné 54-48 quand même 💪🏀). Évidemment j'avais oublié sa carte soleil, heureusement que j'avais une photo dans mon cell : [[R:SAIK 0806 1507]].
Merci à [[P:Mme Dorval]] à la réception qui a été d'une patience d'ange, pis à ma cousine [[P:wideline]] qui m'a gardé une place pendant que j'allais chercher du Tylenol au Jean Coutu.
Go Aigles go! #RSEQ #basketball"""),

(2, "fr", "instagram", "S", [], """1 an déjà pour notre groupe de soutien des proches aidants à Laval 🥹💜
On est arrivés là épuisés, on repart chaque mois avec un peu plus de souffle. Merci @[[P:suzie.nguyen.rn]] pour les ateliers sur la fatigue de compassion, à [[P:Abdelkader]] pour les samoussas pis à ma belle-mère [[P:Guadalupe]] qui vient même si elle comprend juste la moitié en français 😂
#Merci[[P:Suzie]] #ProchesAidants #Laval"""),

(3, "fr", "linkedin", "B", [], """Décision intéressante de la Cour supérieure sur l'hypothèque légale de la construction (dossier [[C:500-17-118234-221]]).
La juge Lucie Fournier rappelle que le sous-traitant doit dénoncer son contrat au propriétaire (art. 2728 C.c.Q.), même quand l'entrepreneur général porte le nom du propriétaire de l'immeuble, ici Construction Dubé & Fils inc. Pas de dénonciation, pas d'hypothèque pour les travaux antérieurs.
À lire pour quiconque conseille des entrepreneurs membres de l'APCHQ ou détenteurs d'une licence RBQ.
— [[P:Me Jean-François Lachapelle-Oduya]]
#droitdelaconstruction #CCQ #hypothèquelégale"""),

(3, "en", "instagram", "R", [], """Crew lunch on the new gym roof at École secondaire Pierre-Bédard in Saint-Rémi 🌯☀️
Foreman [[P:Buck]] ([[P:Wendell Isaac]], Listuguj Mi'gmaq, 30 years on his CCQ card) swears the bleachers will be ready for the volleyball regionals in May. 3,400 sq ft of membrane down, 1,100 to go.
Apprentices of the week: [[P:Ngozi]] and [[P:Luis Alberto Quispe]], and @[[P:lil.mikey.b]] who finally learned to read a level 😂
#construction #CCQ #RSEQ #Montérégie"""),

(4, "en", "linkedin", "L", [], """Working remotely from Florida this winter, and a reminder for fellow snowbirds in our network: RAMQ coverage follows you only if you're out of Quebec fewer than 183 days in the calendar year. Count your days!
Also update your mail forwarding with Canada Post. Mine goes to our RV park, [[A:2100 Kings Hwy, Lot 214]], Port Charlotte, FL 33980, and everything else stays at my daughter's in Sherbrooke, [[A:88 rue Wellington Nord, app. 4]], [[Z:j1h5b7]].
Back at my desk in Québec on April 14. #Snowbirds #RemoteWork"""),

(4, "fr", "facebook", "C", [], """AVIS aux snowbirds de Lakeland 🐊⚠️ Une fraude circule dans les parcs de VR : un gars qui dit appeler de l'IRS à propos du formulaire 8840 pis qui demande ton NAS. Il rappelle du [[T:+1 (863) 555-0147]], bloquez-le.
Pis mon beau-frère [[P:NORMAND]] a publié une photo de son formulaire sur le groupe « Québécois de Polk County » avec son NAS ([[S:462-819-376]]) pis sa Visa [[CC:4512 8301 7642 9036]] en arrière-plan 🤦‍♀️ [[P:Normand]], efface ça TOUT DE SUITE.
On rentre à Carleton-sur-Mer le 10 avril, ma sœur [[P:Line]] pis [[P:Ti-Rouge Cyr]] vont nous suivre avec le Fifth Wheel."""),

(2, "en", "facebook", "S", ["PRIVATE_EVENT_DISCLOSURE"], """Are you a mom who is also caring for an aging parent or a sick partner? Our shelter's follow-up program runs a small caregivers' circle just for women who've stayed with us.
We meet every Thursday at 7 pm in the basement of St. Andrew's Presbyterian Church, [[A:35 Victoria St]], side door — it's locked at 7:15, so text [[P:Gloria]] at [[T:450 555 0173]] if you're running late.
Coffee, Kleenex and Timbits provided 💜"""),
]
