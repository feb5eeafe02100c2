# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------- d1: cottage / lake-association newsletters ----------
("d1", "fr", "facebook", "R", [], """🌲 INFOLETTRE DES RIVERAINS DU LAC-À-LA-TRUITE — juillet 🌲
Bonjour les membres!
• La descente de bateaux au bout du chemin des Boucher est réparée, merci à [[P:Ti-Guy Boucher]] et à son gendre [[P:Kevin]] pour le béton 💪
• Corvée de nettoyage de la baie Lavallée samedi 9h, on fournit les gants pis les sacs. Apportez votre crème solaire!
• Rappel : pas de moteur à essence de plus de 10 HP sur le lac (règlement 2019-44 de Saint-Alexis-des-Monts).
• Le test d'eau du RSVL est bon : phosphore à 6 µg/L, on reste oligotrophe 🎉
Cotisation 2026 : 40 $ par chalet, chèque à l'ordre de l'ARLT ou virement à [[E:tresorerie.arlt@gmail.com]].
Questions? [[P:Ginette]] au [[T:819 555-0173]] (pas après 21h svp 😅)
#lacalatruite #riverains"""),

("d1", "en", "instagram", "S", [], """Loon count done ✅ 14 adults and 3 chicks on Lake Massawippi this year, up from 11 in 2025. Huge thanks to our volunteer paddlers [[P:Moira O'Sullivan]], [[P:deepak]] and the [[P:Nakamura]] twins, and to the gang at Hatley Marina for lending kayaks. Next count is in August off Ayer's Cliff, sign up with [[P:Bernadette]] at the Fishers' Hall bake sale 🐦🛶
#loonwatch #massawippi #[[P:Bernadette]]Bakes"""),

("d1", "fr", "linkedin", "C", [], """Heureux d'annoncer que je prends la présidence bénévole de l'Association des riverains du lac Matapédia pour 2026-2028. Merci à [[P:Réjean Caron]], qui a tenu le fort pendant 12 ans, et à [[P:Mme Annie-Claude St-Onge]] qui reste à la trésorerie.
Nos priorités : les bandes riveraines, le suivi des cyanobactéries avec l'OBV Matapédia-Restigouche, et la réfection du chemin Fournier-Lepage avec la MRC de La Matapédia.
Vous avez un chalet à Val-Brillant ou à Sayabec? Écrivez-moi : [[E:president.arlm@outlook.com]]
#bénévolat #environnement #BasSaintLaurent"""),

("d1", "en", "facebook", "L", [], """BIRCH BAY COTTAGERS' ASSOCIATION – SPRING NOTICE
Road grading on McAllister Road and Chemin Thibodeau is booked for May 22. Please move boats and trailers off the shoulder.
Water on Lake Memphremagog is still high and the association dock at [[A:45 chemin du Lac-Long]] is under water, so the AGM moves to the Georgeville Community Centre (June 14, 10 a.m.).
New members this year: the [[P:Ferreiras]] (cottage 12), [[P:Ahmed]] and [[P:Leila Haddad]] (cottage 31), and [[P:JP Lacasse]]. Welcome!
Membership is $35, e-transfer to [[E:birchbay.treasurer@gmail.com]].
Lost & found: a blue Sea-Doo life jacket, kids' size M, and a wallet with a Medicare card ([[R:LACJ 6204 1218]]) found on the public dock. Call [[P:Doreen]] at [[T:(819) 555-0118 ext. 2]]"""),

("d1", "fr", "instagram", "B", [], """Dernier coucher de soleil au chalet avant de fermer l'eau 🌅 Baie du Poste, lac Taureau.
Merci à l'Association des propriétaires pour la belle saison, pis à [[P:marco]] d'avoir sorti mon quai avec son ponton encore cette année 🙏 On se revoit au souper de fèves au lard du chemin Bazinet, chez les [[P:Dubé-Ouellet]]!
#avocateenvacances #lactaureau #saintmicheldessaints"""),

("d1", "en", "facebook", "R", [], """Ice-out on Lac Brome was April 9 this year, eleven days earlier than the association's 40-year average. Sugar Shack Day at Knowlton Landing moves to Saturday. Bring your own mug ☕🍁"""),

("d1", "fr", "facebook", "S", ["LOCATION_DISCLOSURE"], """Petit mot pour l'infolettre des riverains du lac Pohénégamook 🛶
Cette année, les canots de la fête des enfants sont prêtés par la Maison Hélène-Lacroix, la maison d'hébergement où je travaille — c'est la grande maison jaune au [[A:88 rang Sainte-Anne]], juste avant la baie des Pins, vous pouvez pas la manquer! Passez les chercher vendredi entre 16h et 18h, demandez [[P:Nadège]] ou [[P:SOLANGE PELLETIER]].
Merci aussi au Dépanneur Chez Rita pour les hot-dogs 🌭"""),
# ---------- d2: court-watcher posts ----------
("d2", "fr", "facebook", "B", [], """Journée au palais de justice de Rimouski pour le procès de l'ex-maire de Matane, Jean-Paul Desjardins (dossier [[C:100-01-004512-253]]). Salle 2.04 pleine à craquer.
Le juge Marc-André Tessier a rejeté ce matin la requête en arrêt des procédures fondée sur Jordan — décision très bien motivée, à lire quand elle sera sur SOQUIJ.
En après-midi, témoignage de l'ancienne secrétaire de l'hôtel de ville, [[P:Mme Lucie Gendron]], qui avait l'air terrifiée, la pauvre.
Merci à [[P:Francis]] (mon stagiaire préféré 😉) de m'avoir gardé une place. #droitcriminel #palaisdejustice"""),

("d2", "en", "linkedin", "L", [], """Sat in on day 3 of R. v. Brosseau at the Montreal courthouse (Room 5.15). Whatever you think of the former Canadiens winger, Justice Hélène Morin's handling of the jury instructions was a masterclass in clarity.
Two takeaways for young litigators:
1. The Crown's forensic accountant was cross-examined for 40 minutes on a single spreadsheet — the one where the Visa statement went up on the big screen with the full number, [[CC:4512 0388 3917 4029]], unredacted. Know your exhibits, and redact them.
2. The defence's character witness, a childhood friend named [[P:Danny Ruiz-Castillo]], was more persuasive than any expert. Authenticity wins.
File no. [[C:500-01-238814-241]] for those following along. Thanks to my colleague [[P:Priya Raghunathan]] for sharing her notes. #litigation #criminallaw #Montreal"""),

("d2", "en", "facebook", "R", [], """went to watch the sentencing at the Longueuil courthouse w/ [[P:tash]] and [[P:big mike]] for my law & society class lol. Judge Pelletier gave the ex-CEO of Groupe Vertdor 4 years. honestly the victim impact statement by that older lady [[P:Mrs. Yvonne Beaulieu]] had half the room crying 😢
anyway back to coaching juvenile girls volleyball tonight at École secondaire Gérard-Filion 🏐 GO NOMADES"""),

("d2", "fr", "instagram", "C", [], """Palais de justice de New Carlisle ☀️ Dehors en attendant la reprise du procès de l'ancien député de Bonaventure, Gilles Arsenault, accusé de fraude envers le gouvernement. La juge Caroline Poirier a suspendu pour le dîner.
Moi pis [[P:Marie-Soleil]] on mange nos sandwichs au bord de la baie des Chaleurs en regardant les journalistes de Radio-Canada courir partout 😂
Mon chum [[P:Wayne Sheppard]] témoigne cet après-midi, il est stressé ben raide, envoyez-lui des bonnes ondes 🙏 #gaspesie #procès"""),

("d2", "en", "instagram", "S", ["SURVIVOR_IDENTIFICATION"], """Long day at the Sherbrooke courthouse 💜 Sat in the second row while [[P:Kayla M.]], who stayed with us all winter, testified against her ex in room 3. She was SO brave. Judge Gagné was patient and kind with her.
Proud of you girl!! 🦋 #survivor #courtsupport #shelterlife"""),

("d2", "fr", "facebook", "L", ["DISPARAGEMENT"], """Procès de l'homme d'affaires Robert Lachance, jour 12. Le témoin de la Couronne, un certain [[P:Sylvain « Bobby » Gauthier]], ex-comptable de la compagnie, se contredit aux cinq minutes. Pis l'avocat de la défense? Aussi préparé qu'un étudiant de 1re année qui a jamais ouvert son Code 🙄 Le juge Lebel a dû le reprendre trois fois. Pathétique. Un vrai cirque au frais des contribuables."""),

("d2", "en", "facebook", "B", [], """Courthouse notes 📝 Wrapped up my week at the Palais de justice de Québec watching the Marchand-Hébert corruption trial (former Deputy Premier Louise Marchand-Hébert, file [[C:200-01-229073-248]]). Justice Stéphane Roy ruled the wiretaps admissible on Wednesday.
Tomorrow the Crown calls [[P:Ti-Paul Nadeau]], the contractor from Lévis, and apparently his brother-in-law [[P:Hugo]] after him.
Shout-out to [[P:Aoife Keegan]] who drove up from Sherbrooke with me on the 10, and to Café Krieghoff for keeping us alive ☕"""),
# ---------- d3: piano / guitar studio updates ----------
("d3", "fr", "instagram", "R", [], """🎹 Nouvelles du studio — novembre
Bravo à mes élèves qui ont passé leurs examens du Conservatoire! [[P:Léa-Rose]] (niveau 3, Sonatine en sol de Clementi), [[P:THOMAS NGUYEN]] (niveau 5, un Nocturne de Chopin 😍) pis la petite [[P:Amira]] qui a joué la Gymnopédie no 1 de Satie par cœur.
Récital de Noël le 14 décembre à l'église Saint-Jean-Baptiste de Granby, 14h. Les parents, apportez des biscuits 🍪
Inscriptions hiver : [[E:studio.melodie.granby@gmail.com]] ou [[T:450.555.0197]]"""),

("d3", "en", "instagram", "S", [], """Guitar studio update 🎸 @[[P:jonah.weiss]] nailed the intro to Blackbird this week (8 months of practice!!). Next up: Wonderwall, because of course 🙄😂
Still two Tuesday slots open for beginners 10+, Yamaha or Godin acoustics welcome. DM me."""),

("d3", "en", "linkedin", "B", [], """Spring recital recap 🎼 Sixteen students, one Steinway (thank you to Salle Bourgie's community program) and zero tears — a studio record.
Highlights: [[P:Grace Okafor]], 7, playing Für Elise with her grandpa [[P:Mr. Emmanuel Okafor]] turning pages; [[P:ravi]] and [[P:ELENA]] doing a four-hands Libertango (Piazzolla would be proud); and my adult student [[P:Denis Beauchemin-Roy]] finally conquering Clair de lune at 64.
Practising law by day and teaching piano on weekends keeps me honest: you can't bluff a Debussy arpeggio. Fall registration opens August 15, rates unchanged at $38 per half-hour. #music #worklifebalance"""),

("d3", "fr", "instagram", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Mon petit protégé 🥹🎹 [[P:Jayden]], 9 ans, qui vit dans notre famille d'accueil à Chandler depuis le printemps, a joué « Au clair de la lune » pis le thème de Super Mario au récital de l'école de musique Les Petits Doigts hier soir! Sa mère biologique en reviendrait pas. #familledaccueil #fierté #gaspesie"""),

("d3", "fr", "linkedin", "L", [], """Après 15 ans en droit des affaires le jour, je donne des cours de guitare classique le soir à Sainte-Foy, et c'est mon meilleur équilibre.
Ce trimestre, mes neuf élèves travaillent Tárrega (Lágrima), Villa-Lobos (Prélude no 1) et, à la demande générale, du Félix Leclerc. Mention spéciale à [[P:Guylaine Beaulieu]], 71 ans, qui joue « Le P'tit Bonheur » au complet maintenant. Comme quoi c'est jamais trop tard. #équilibre #musique"""),

("d3", "en", "instagram", "C", [], """STUDIO NOTICE ❄️ lessons cancelled Thurs Feb 5 (snow day, Brossard schools closed).
Makeup lessons: [[P:Noor]] & [[P:Yusuf Al-Khatib]] → Sat 10:00; [[P:Tran Minh Chau]] → Sat 11:30; [[P:lucas b]] → call me.
RCM Theory Level 5 registration closes Feb 20 (fee $95). Parents of [[P:Noor]]: the form still needs her date of birth — I have [[D:March 9, 2014]], correct?
Studio line [[T:+1 450 555 0166]]. Invoice #2026-031 went out by e-mail, e-transfer to [[E:k.delaney.piano@gmail.com]] please 🙏 – [[P:Kathleen]]"""),

# ---------- d4: co-op housing board minutes and notices ----------
("d4", "fr", "instagram", "S", [], """📌 COOP D'HABITATION LES TOURNESOLS — AVIS AUX MEMBRES
AGA le mardi 17 mars, 19h, salle communautaire (sous-sol du 2e bloc). Ordre du jour : états financiers 2025, hausse des loyers (2,9 % proposé), élection de 3 postes au CA.
Le comité entretien cherche du monde pour le ménage du printemps. Donnez vos noms à [[P:Réal]] (app. 6) ou à [[P:fatou diallo]].
Rappel : les bacs bruns sortent le mercredi soir, PAS le mardi 🙃"""),

("d4", "en", "linkedin", "C", [], """Proud to have served three years as president of the Bayview Housing Co-operative in Gaspé. With our board ([[P:Shirley Mullin]], [[P:Pat Leggo]], [[P:Jean-François « JF » Synnott]]) we closed the SHQ renovation file, replaced 24 windows on Jacques-Cartier Street and kept rents 30% below market.
Handing over to [[P:Mélanie Element]] at the June AGM. Co-ops work. 🏘️ #cooperative #logementsocial"""),

("d4", "en", "facebook", "R", ["DISPARAGEMENT", "HARASSMENT"], """Minutes? What minutes. Three months now the board "forgets" to post them. Meanwhile unit 14 (yes [[P:Gary Lindqvist]], we ALL know it's you, you lazy freeloader) keeps parking his boat trailer in the visitor spot.
Everybody go knock on his door at [[A:2260 rue Sainte-Hélène, app. 14]], Longueuil [[Z:j4k3t2]] and tell him what you think 😡"""),

("d4", "fr", "linkedin", "L", [], """Corvée de peinture à la coop Le Chêne-Vert ce weekend 🎨 Le corridor du 3e est méconnaissable! Merci à [[P:Yolande]], [[P:Kim-Ly Pham]], [[P:Ti-Marcel]] pis aux jeunes [[P:Tremblay-Joseph]] pour l'énergie.
Peinture Benjamin Moore « Brume de Kamouraska », payée par le fonds de réserve comme voté au CA du 12 février. Pizza de chez Pizzeria Nino après 🍕
#vieencoop #villeray #bénévolat"""),

("d4", "fr", "linkedin", "B", [], """PROCÈS-VERBAL (résumé) — CA de la Coop d'habitation du Parc-La Fontaine, 3 octobre
Présents : [[P:H. Bélanger]] (prés.), [[P:Marie-Josée Lapointe]] (sec.), [[P:Ousmane Keïta]], [[P:R. Gingras]]. Absente : [[P:Dolorès]].
1. Toiture : soumission de Couvreurs Lavoie & Fils retenue (48 300 $ tx incl.).
2. Logement 5 (4½) libre au 1er décembre; liste d'attente de la FECHIMM consultée.
3. Attestation de revenu affichée au babillard par erreur avec le NAS de [[P:M. Keïta]] ([[S:271 843 526]]) : retirée, excuses présentées.
Prochaine réunion : 7 novembre. Correspondance : [[A:4125 rue Rachel Est]], Montréal [[Z:H1X 3G7]] ou [[E:ca.coopparclafontaine@videotron.ca]]"""),

("d4", "en", "linkedin", "S", ["PRIVATE_EVENT_DISCLOSURE"], """Co-op notice 🏠 Starting in March, the community room at Coopérative Saint-Ambroise will be booked Thursdays 6:30–8:30 pm for the support group our shelter runs for former residents. Please don't schedule laundry-room parties next door those nights 🙏 Board vote was 6–1. Keys are with [[P:Siobhan]] in unit 3."""),
]
