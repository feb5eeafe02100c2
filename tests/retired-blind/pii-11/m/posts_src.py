# -*- coding: utf-8 -*-
# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------- m1: parent-committee / school-council minutes ----------
("m1", "fr", "facebook", "R", [], """Petit copier-coller du procès-verbal du CÉ d'hier soir pour les parents qui étaient pas là 👇

CONSEIL D'ÉTABLISSEMENT – École secondaire Gérard-Filion (Longueuil)
Séance du 19 novembre
Présences : [[P:Mme Nathalie Bergeron]] (présidente), [[P:M. Dubé]] (direction adjointe), [[P:roxanne tremblay-lafleur]] (parent), [[P:Nguyen]] (enseignant d'éduc), [[P:Kwame Asante]] (personnel de soutien), [[P:Ti-Guy]] (parent, arrivé en retard lol)
1. Adoption de l'ordre du jour : proposé par [[P:Bergeron]], appuyé par [[P:Asante]]. Adopté.
2. Sorties : le voyage à Québec (Musée de la civilisation + Château Frontenac) est approuvé, 285 $ par élève.
3. Sports RSEQ Montérégie : le tournoi de basket juvénile D2 se tiendra au gymnase Pierre-Laporte les 6 et 7 décembre. [[P:Nguyen]] cherche des parents bénévoles pour la table de marque.
4. Varia : le Club Richelieu offre 500 $ pour les uniformes des Patriotes.
Levée de l'assemblée à 21 h 12.
#CÉ #vieétudiante"""),

("m1", "en", "facebook", "S", [], """Posting our Home & School minutes here since half of you can't open the PDF 🙃

RIVERVIEW ELEMENTARY HOME AND SCHOOL ASSOCIATION
Minutes – Tuesday, October 8, 7:00 pm, library
Present: [[P:Siobhan O'Reilly]] (chair), [[P:Mr. Pereira]] (treasurer), [[P:deepa s.]] (secretary), [[P:Fitzgerald]], [[P:Marie-Ève Joseph]], Principal [[P:Ms. Kovalenko]]
Regrets: [[P:HAMEL]], the [[P:Abdullahis]]
- Terry Fox Run: $1,340 raised, thank you all! Cheque #0047 deposited.
- Scholastic Book Fair Nov 18–22. Volunteers sign up with [[P:Marie-Ève]].
- Pizza lunch: switching from Domino's to Il Fornetto on Wellington, $4.50/slice.
- Halloween dance: [[P:O'Reilly]] moved to keep it in the gym; seconded by [[P:Fitzgerald]]. Carried.
Questions about money → [[E:hsa.pereira.treasurer@gmail.com]]
Next meeting Nov 12."""),

("m1", "fr", "linkedin", "B", [], """Bénévolat ✔️ Cette année j'agis comme secrétaire du comité de parents du Centre de services scolaire des Découvreurs. Extrait du compte rendu de la rencontre de lundi (publié avec l'accord du comité) :

Étaient présents : [[P:M. Rivard]] (président), [[P:Me Julie Gagnon-Picard]] (secrétaire, moi 👋), [[P:Mme Ouellet]] (trésorière), [[P:Tshiamala]], [[P:Bouchard]], [[P:Lévesque]] et [[P:Ahmed Haddad]] (délégué EHDAA).
- Présentation de la DG sur le calendrier scolaire 2025-2026.
- Discussion sur l'annonce du ministre Drainville concernant les cellulaires en classe : le comité appuie la mesure (11 pour, 2 contre).
- Les écoles Les Sources et Marguerite-Bourgeoys demandent un brigadier de plus sur le chemin des Quatre-Bourgeois.
Prochaine rencontre le 20 janvier à l'école secondaire De Rochebelle.

#engagementcommunautaire #Québec #éducation"""),

("m1", "en", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Minutes from last night's Governing Board, Gaspé Elementary — sharing for parents who missed it.

Present: [[P:Colleen McKenna]] (chair), [[P:Mr. Sinnett]], [[P:Brenda Element]], [[P:j. jalbert]] (teacher rep), [[P:Nadia Metallic]] (community rep, Listuguj)
1. Christmas concert Dec 17 at the Royal Canadian Legion.
2. Breakfast program: Club des petits déjeuners covers us until June.
3. New student: the youngest [[P:Gauthier]] boy (gr. 4) is now placed with a foster family in Chandler, CISSS will handle the bus — staff please be discreet 🙏
4. Friday skating at the Gaspé arena resumes Jan 10.
Adjourned 8:40."""),

("m1", "fr", "instagram", "L", [], """CR de l'OPP de l'école Jean-de-La-Fontaine, version courte 😅
✔️ [[P:caro]] s'occupe du dîner hot-dog
✔️ [[P:Le Bel]] prête son BBQ Weber
✔️ photo scolaire le 3 octobre
✔️ vote pour le nom de la mascotte : « Zigzag » a gagné contre Bob l'éponge 😂
✔️ [[P:Mme Lemieux-St-Onge]] reste présidente, merci!!
Prochaine réunion chez [[P:Mélanie]] avec les galettes de sa belle-mère 🍪
#OPP #mamanbénévole"""),

("m1", "en", "instagram", "R", [], """Booster club minutes TL;DR 📝
– tournament fees stay at $40
– new jerseys from Sports Experts by Feb
– bake sale at the Centre Claude-Robillard tourney
– motion to buy a second ball cart: carried 9–2
Go Vikings! 🏐 #RSEQ #juvenileD1"""),

("m1", "fr", "facebook", "C", [], """PROCÈS-VERBAL – OPP, école Saint-Rosaire, Gaspé
Rencontre du 2 octobre, 19 h, bibliothèque

Présent·es : [[P:LANDRY Chantal]] (présidente), [[P:Gaétan Cyr]], [[P:Mme Huard]], [[P:Noël Jerome]] (parent, Gesgapegiag), [[P:Sylvie]] de la cafétéria, [[P:Bernatchez]] (prof 5e année)
1. Campagne de financement : vente de chocolats Lamontagne du 15 oct. au 8 nov.
2. Sortie au parc national Forillon en juin : autobus Orléans Express trop cher, on regarde avec Autobus Michel Dion.
3. Pédiatrie sociale : la travailleuse du CISSS viendra présenter les services le 5 nov. (info : [[T:418 555-0172 poste 3]])
4. Halloween : défilé dans la rue de la Reine si beau temps.
Fin 20 h 35. Prochaine rencontre le 6 novembre.
PS : merci à [[P:Gaétan]] pour les muffins!!"""),
# ---------- m2: fundraising thank-you lists ----------
("m2", "en", "linkedin", "L", [], """What a day at Club de golf Le Mirage ⛳ Our 12th charity tournament raised $48,250 for the Fondation CHU Sainte-Justine!

Thank you to our sponsors: Garage Réjean Côté & Fils, Boulangerie Première Moisson, Desjardins, Moishes and the Fondation Jean-Lapointe.
Thank you to our donors: [[P:Patricia Wong]], the [[P:Mukherjee]] family, [[P:Dr. Alain Bazinet]], [[P:Giuseppe "Joe" Santoro]] and an anonymous partner who matched the last $5,000.
And to the volunteers who drove carts in the rain: @[[P:liam.obrien]], [[P:kim]], [[P:Marisol Quispe]] and our articling student [[P:Thomas Lavoie-Kanatewat]].

Closest-to-the-pin went to [[P:Gagnon]] again (3 years running, we're starting an inquiry 😄).
#giveback #lawfirmlife #SainteJustine"""),

("m2", "fr", "facebook", "S", ["CONSENT_REQUIRED"], """💜 MERCI MERCI MERCI 💜
Notre souper spaghetti a permis d'amasser 7 830 $ pour la maison!

Merci à nos commanditaires : Pharmacie Jean Coutu ([[P:Marie-Claude Roy]], pharmacienne-propriétaire), Metro Plouffe, Quincaillerie Richelieu et la Microbrasserie Le Bien, le Malt.
Merci à nos donateurs et donatrices : [[P:Mme Thérèse Bouchard]], la famille [[P:Ngo]], [[P:Rémi]] et [[P:Josianne]], [[P:BEAUDRY Francine]], [[P:Luc T.]] et les Chevaliers de Colomb.
Et un gros merci à nos bénévoles [[P:Fatou Diallo]], [[P:ginette]] et [[P:Anne-Sophie Paquet-Ruel]] 🍝 — la photo de toute l'équipe d'intervenantes au service est juste en dessous 📸👇
#violenceconjugale #solidarité"""),

("m2", "en", "instagram", "R", [], """Car wash total: $2,146 💦🚗 THANK YOU!!
Shoutout to Tim Hortons on Taschereau for the coffee, Canadian Tire Brossard for the buckets and Dépanneur Chez Ti-Pit for the freezies 🧊
Special thanks to Grandma [[P:Rosa]] (best lemonade in Montérégie), @[[P:coach_marco.v]], the [[P:Adeyemi]] twins and of course #Merci[[P:Linda]] for running the cash box all day.
See you at regionals, Lynx! 🏀 #RSEQMonteregie #juvenile"""),

("m2", "fr", "linkedin", "B", [], """Soirée-bénéfice de Pro Bono Québec : 62 400 $ amassés pour l'accès à la justice 🙏

Merci aux cabinets commanditaires : Beaulieu Morin Avocats, Fasken, McCarthy Tétrault et Langlois.
Merci aux donateurs individuels, notamment [[P:Me Karine Diop]], [[P:Me Antoine St-Pierre]], Ad. E., [[P:Mme Yolande Charbonneau]] et [[P:Me Wei Zhang]].
Bravo à [[P:Me Sarah-Maude Ouellette]], lauréate de la bourse Jacques-Fortin, et à l'équipe de bénévoles du Jeune Barreau de Montréal.

Reçus fiscaux (organisme de bienfaisance nº 119887766 RR0001) : [[E:c.charbonneau@probono-exemple.ca]]
#accèsàlajustice #probono #Barreau"""),

("m2", "en", "facebook", "C", [], """Relay for Life, Chandler – Team [[P:Maureen]] 💛 final tally: $3,915!!

Big thank you to Poissonnerie Cousin (Gascons), Home Hardware Chandler, the Legion and Caisse Desjardins du Centre-Sud gaspésien.
Donors: [[P:Mr & Mrs Leggo]], the [[P:Adams]] family (not THAT Addams family 😆), [[P:Shirley]] from Douglastown, [[P:Kev]], [[P:Ruth-Ann Journeau]], [[P:pierre-luc]] & [[P:Mélodie]], [[P:Harpreet Sandhu]].
PS [[P:Gerry]], I love you but please stop texting me your card number ([[CC:4520 7183 9260 1142]])!! Use the CanadaHelps link, it gives you a tax receipt 🙈
#Team[[P:Maureen]] #RelayForLife #Gaspésie"""),

("m2", "fr", "instagram", "L", [], """1 248 km à vélo, 1 000 $ amassés 🚴‍♀️ Merci à tous mes donateurs du Grand défi Pierre Lavoie!
papa, tante [[P:Lulu]], [[P:Jérémie]], [[P:Mme Fortin-Ahmadi]], Les Entreprises Roland Girard inc., [[P:jp pelletier]], mes collègues du bureau de Sherbrooke et [[P:MARIE-JOSÉE]] (tu m'as fait pleurer avec ton mot 🥹)
#GDPL #1000km"""),

("m2", "en", "linkedin", "S", [], """Our Holiday Toy Drive is wrapped up 🎁 412 gifts for moms and kids this year.

Thank you to our partners: Frank And Oak, Renaud-Bray, Wong Wing and the Mohawk Council of Kahnawake.
Thank you to our donors: [[P:Tanisha Pierre-Louis]], [[P:Ryan Tsai]], [[P:Karonhiio Deer]], [[P:O'Connor]] & family, and the students of Marianopolis College.
Thank you to our board treasurer [[P:Nicole Bastien]] for counting every last gift card (🙏).

Tax receipts or questions: [[T:(819) 555-0148]] or [[E:dons@maisonexemple.org]]
#endviolence #holidaydrive"""),
# ---------- m3: travel posts from abroad ----------
("m3", "fr", "instagram", "B", [], """La Havane 🇨🇺☀️ jour 3
Balade sur le Malecón avec notre guide [[P:Yoandri]], mojito à La Bodeguita del Medio (oui, comme Hemingway 🍹), photo obligée devant le Che de la place de la Révolution, souper au Paladar Doña Eutimia.
Notre casa particular chez [[P:Mirta]] y [[P:Ramón]], [[A:Calle Obispo 254]], est un petit bijou : déjeuner avec goyave, café cubano et leçon de salsa par leur fils [[P:Yasiel]] 💃
Pas de dossiers, pas de courriels, pas de Cour du Québec pendant 10 jours 😌
#Cuba #LaHabana #Gracias[[P:Mirta]] #vacancesdavocate"""),

("m3", "en", "facebook", "R", [], """Oaxaca, you have my heart 🇲🇽
Day trip to Monte Albán and Hierve el Agua with our driver [[P:Don Chuy]], who knows every single mezcal palenque on Route 190 😅
Cooking class with [[P:Señora Reyna]] this morning: mole negro from scratch, 26 ingredients, 4 hours, zero regrets. Then Mexico City for the Frida Kahlo museum (Casa Azul) and the Diego Rivera murals at the Palacio Nacional.
Back in time for the juvenile provincial qualifiers, don't worry team 🏐
#Oaxaca #Mexico #CDMX"""),

("m3", "fr", "facebook", "S", [], """Bonjour de Paris 🇫🇷🥐
Tour Eiffel ✔️ musée d'Orsay (les Van Gogh 😭) ✔️ marché de la rue Mouffetard ✔️ crêpes chez Josselin à Montparnasse ✔️
Nos hôtes [[P:Corinne]] et [[P:Hervé]] nous ont trouvé un petit appart au [[A:14, rue Lepic]], à deux pas du Moulin Rouge et de la place Victor-Hugo… non attends c'est pas le même arrondissement 😂
Demain TGV pour Quimper voir mon cousin [[P:Étienne Le Goff]] et sa blonde [[P:Maëlys]]. Kouign-amann, me voilà!
#Paris #Bretagne #vacances"""),

("m3", "en", "linkedin", "C", [], """Two weeks of nursing exchange in Hanoi and Huế 🇻🇳 coming to an end.
Grateful to [[P:Dr. Nguyễn Thị Lan]] and the emergency team at Bach Mai Hospital for welcoming three nurses from the Gaspé Peninsula, and to our interpreter [[P:Minh]] for translating everything from triage protocols to karaoke lyrics 🎤
Weekend highlights: the Ho Chi Minh Mausoleum (Uncle Ho's portrait is truly everywhere), the Imperial City in Huế and lanterns in Hội An.
Lots of ideas to bring back to rural emergency care in Gaspésie.
#nursing #globalhealth #Vietnam"""),

("m3", "fr", "instagram", "L", [], """Marrakech 🇲🇦🌴
Matin au Jardin Majorelle et au musée Yves Saint Laurent, après-midi perdue dans les souks avec [[P:Si Mohamed]], notre guide (meilleur marchandeur de la médina 😂).
Le riad de [[P:Lalla Khadija]] est un rêve, son tajine aux pruneaux aussi.
Demain route vers Chefchaouen puis Fès avec [[P:abdelilah]] au volant. Petit arrêt prévu à la mosquée Hassan II à Casablanca au retour 🕌
#Maroc #Marrakech #congé"""),

("m3", "en", "instagram", "B", [], """Viñales 🇨🇺🐎
horseback ride to a tobacco farm with [[P:pepe]] and his daughter [[P:yudelkis]]. watched them roll a cigar by hand, nope I didn't buy the "Cohiba" for 5 CUC 😂
thanks [[P:YUDELKIS]] for the arroz con pollo, best meal of the trip
#cuba #vinales #offline"""),
# ---------- m4: emergency and safety alerts ----------
("m4", "fr", "facebook", "C", [], """AVIS DÉBULLITION PREVENTIF !!! Grande-Riviere secteur anse à Beaufils + rue des Pionniers
faire bouillir l'eau 1 min avant de boire, brosser les dents, biberons etc. jusqu'a nouvel ordre. bris d'aqueduc hier soir
info hotel de ville [[T:418.555.0139]] ou demandez [[P:Réjean]] au garage municipal
partagez svp pour les personnes agées qui ont pas facebook 🙏"""),

("m4", "en", "facebook", "R", [], """MISSING — PLEASE SHARE 🙏🙏
[[P:Jayden Moreau-Clarke]] (goes by [[P:JJ]]), 15 yrs old, born [[D:2 March 2011]]. Last seen yesterday 5pm leaving practice at école secondaire Louis-Philippe-Paré in Châteauguay. Black Lions hoodie, grey Nike bag, braces.
If you see him call 911 or his mom [[P:Tamara]] at [[T:450–555–0123]]. Police file 26-118764 with the Régie de police Roussillon.
Teammates, if he texted any of you please tell Coach [[P:Desjardins]] right away."""),

("m4", "fr", "instagram", "S", ["LOCATION_DISCLOSURE"], """⚠️ Collègues du quart de soir ⚠️ rue Saint-Cyrille fermée devant la maison (travaux Hydro, coin 3e Avenue) — stationnez dans la ruelle en arrière, on vous ouvre la porte du sous-sol. Les résidentes sont au courant. Bon courage!!"""),

("m4", "en", "linkedin", "B", [], """URGENT – Montreal courthouse ([[A:1 Notre-Dame Street East]]) partially evacuated this morning after a water main break on the 2nd floor.
Per the Registry: Practice Chamber 2.13 (Justice Morin's list, incl. [[C:500-17-123456-234]]) moves to room 5.09 at 2 pm; everything else in civil is postponed to next week.
Registry line: [[T:514 555-0177 ext. 2]]. Please share with colleagues heading to the Palais this morning 🙏"""),

("m4", "fr", "facebook", "L", [], """DISPARU!!! PARTAGEZ SVP
mon voisin [[P:M. Aurèle Pothier]], 84 ans, Alzheimer, parti à pied vers 6h ce matin du [[A:2215 boul. des Forges app. 4]], Trois-Rivières [[Z:g8z1x7]]. manteau brun, casquette des Expos, pas de bottes 😢
né le [[D:15 mars 1941]], si un hôpital le trouve son numéro d'assurance maladie c'est [[R:POTA 4103 1512]]
appelez le 911 ou sa fille [[P:Ghislaine]] [[T:819 555 0164]]
ajout 10h20 : la police a ouvert un dossier, on continue de chercher vers le parc Pie-XII"""),

("m4", "en", "instagram", "C", [], """ROAD CLOSED 🚧 Route 132 at Cap-d'Espoir, rockslide overnight. MTQ says at least till tonight. Night shift heading to the hospital, give yourself an extra 30 min, detour through the back roads. Drive safe, it's icy 🧊"""),
]
