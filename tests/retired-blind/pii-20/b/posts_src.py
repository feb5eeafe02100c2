# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------------- batch 1 ----------------
(1, "fr", "facebook", "C", [], """Bon ben retour de Punta Cana avec Air Transat 🌴✈️ Le vol TS 1421 a eu 3h de retard à cause d'un bris mécanique, MAIS je veux souligner le travail de l'agente de bord [[P:mélissa]] (rangée 22 à 30) qui a été d'une patience d'ange avec les enfants de ma soeur. Elle nous a même trouvé des Pringles pis du jus de pomme quand y'en restait pu 😂
Par contre ma valise est restée à Montréal-Trudeau 🙄 Numéro de dossier YULTS48821, ça fait 4 jours. Si quelqu'un a un contact au service des bagages à l'aéroport de Mont-Joli, je prends!! [[P:Gino]] (mon chum) pis moi on repart lundi au chalet à Grande-Rivière pis j'ai pu un seul maillot de bain lol
#AirTransat #RetourALaRealite #Gaspésie"""),

(2, "en", "instagram", "R", [], """Shoutout to the amazing [[P:Lan Nguyen]] at Pâtisserie Rolland in Saint-Hyacinthe 🎂🏀 She made our end-of-season banquet cake for the Patriotes juvenile girls: a full basketball court in fondant, the RSEQ Montérégie banner, and every player's jersey number piped in gold. Tasting appointment took 20 minutes and she remembered that coach [[P:Dan]] is allergic to hazelnuts without me repeating it.
$185 for 60 portions, chocolate-raspberry. Worth every cent.
Orders: [[E:commandes.rolland@patisserie-sthy.ca]] or [[T:450.555.0172]]
#TeamKarine #Patriotes #banquet2024 #cakeart""".replace("#TeamKarine", "#Team[[P:Karine]]")),

(3, "fr", "facebook", "L", [], """Qqn a un plombier fiable sur la Rive-Sud?? Notre chauffe-eau Giant a lâché dimanche soir (évidemment) pis le gars de Plomberie Bélanger & Fils veut 2 400 $ juste pour le remplacer 😳
EDIT : merci à tout le monde!! J'ai appelé [[P:gaetan bérubé]] que [[P:Annie-Claude]] m'a recommandé, il est venu le lendemain à 7h, travail propre, facture de 1 650 $ taxes incluses. Son cell : [[T:450–555–0148]]. Il fait Longueuil, Brossard pis Saint-Lambert.
Dites-y que c'est [[P:la grande Jo]] du bureau qui vous envoie 😉"""),

(4, "en", "linkedin", "S", [], """A personal post, not on behalf of my employer.
After eight months, our au pair [[P:Valentina Restrepo]] flew back to Medellín on Sunday. I'm writing this because several families in the Eastern Townships asked me about the agency we used, and I'd rather answer once.
We went through Cultural Care Au Pair. The matching process took 6 weeks, the IRCC paperwork (working holiday permit under the IEC program) was on us, and the local coordinator checked in every month. [[P:Valentina]] arrived speaking Spanish and English and left speaking a very honest Quebec French ("c'est pas pire" is now her favourite expression).
If you are a host family looking for a reference for her, she is applying to nursing programs at Université de Sherbrooke and McGill. Happy to talk — message me here."""),

(1, "en", "facebook", "B", [], """Okay cruise people, I need to vent. Seven nights on the Norwegian Escape out of New York, Bermuda and back. Ship: fine. Food at Teppanyaki: great. Our cabin steward Putu: an absolute angel, towel animals every night, remembered that I take my coffee black.
The problem was the couple next to us at the Muster drill AND every single dinner because of "assigned seating". [[P:Brenda]] from Ohio spent 7 dinners explaining why Canada should "just join the US already". Her husband [[P:Rick]] agreed with everything.
Also: booked the Norwegian shore excursion to Horseshoe Bay, paid $129 USD each, bus never showed. Claim #NCL-88213-B still open.
Would I go again? Honestly… yes. But I'm bringing earplugs for dinner.""".replace("steward Putu", "steward [[P:Putu]]")),

(2, "fr", "instagram", "S", [], """Dégustation pour le mariage de ma sœur [[P:Nadège]] hier chez Traiteur Chez Ginette à Laval 🥂💍
Au menu : tartare de saumon, pâtes au homard, bœuf braisé à la Molson Export pis le fameux pouding chômeur de la grand-mère de la propriétaire. On a choisi le menu « Grand Soir » à 78 $/personne pour 140 invités.
Mention spéciale à [[P:Fatou Diallo]], la chef pâtissière, qui va faire le gâteau à 4 étages façon wax africain pour rappeler les origines sénégalaises de notre beau-frère [[P:Mamadou]] 🇸🇳🇨🇦 J'ai tellement hâte!!
#mariage2025 #traiteurlaval #[[P:Nadège]]EtMamadou""".replace("#[[P:Nadège]]EtMamadou", "#[[P:Nadège]]Et[[P:Mamadou]]")),

(3, "fr", "facebook", "R", [], """⚠️ AVERTISSEMENT serruriers ⚠️
Barrée dehors samedi soir après le tournoi de volley à l'école secondaire Jacques-Rousseau. J'ai googlé « serrurier Longueuil 24h », premier résultat payant, le gars arrive en Honda Civic pas identifiée, me charge 89 $ « de déplacement » pis 340 $ pour percer le barillet au lieu de le crocheter. Aucune facture avec numéro de TPS/TVQ.
Les vrais serruriers licenciés au Québec sont reconnus par le Bureau de la sécurité privée. Vérifiez AVANT d'appeler.
Finalement j'ai rappelé Serrurerie Ste-Hélène (la même depuis 1982, rue Saint-Charles) : 95 $ la prochaine fois, promis. Leur numéro : [[T:4 5 0 5 5 5 0 1 9 3]]"""),

(4, "fr", "linkedin", "C", [], """Un petit mot personnel. Ma mère vit seule à Carleton-sur-Mer depuis le décès de mon père et on a finalement fait appel à une agence de préposées résidentes (aides familiales logées). Après trois entrevues par Teams, on a engagé [[P:Marites Bautista]], qui arrive de Cebu et qui a 11 ans d'expérience auprès de personnes âgées à Hong Kong et à Toronto.
Pour les gens qui cherchent : l'agence nous a fourni trois références vérifiables, une copie de l'EIMT (étude d'impact sur le marché du travail) et le contrat type de la CNESST. Demandez toujours ça. Fuyez les agences qui exigent des frais au travailleur : c'est illégal depuis le Règlement de 2019.
Si vous voulez le nom de l'agence, écrivez-moi à [[E:dmcnicoll.perso@gmail.com]] plutôt qu'en commentaire.
— [[P:Dominique McNicoll]]"""),

(1, "fr", "linkedin", "L", [], """Vol AC 8817 Québec–Calgary ce matin pour une audience devant l'ABQB. Petit merci public au chef de cabine, [[P:M. Rajesh Iyer]], qui a retrouvé mon portable oublié dans la pochette du siège 4C alors qu'on était déjà à la porte C62. Sans lui, la préparation de la semaine était à recommencer. Air Canada, gardez-le!"""),
# ---------------- batch 2 ----------------
(2, "en", "linkedin", "B", [], """Our firm turned 25 this week 🎉 and instead of the usual sheet cake from Costco, our office manager booked a tasting with @[[P:imane.benali]] (Sweets by Imane, Ahuntsic). Three flavours, one decision: pistachio–rose with a Lady Justice topper in white chocolate, scales and all ⚖️
Huge thanks to [[P:Me Geneviève Ste-Marie]] for organising, to [[P:Wei Zhang]] at reception for hiding it from the partners all morning, and to [[P:Imane]] for delivering 120 portions to the 14th floor at 4:55 pm on a Friday in the middle of the Jazz Festival traffic. That's advocacy.
#LawFirmLife #Montréal #25ans"""),

(3, "en", "instagram", "L", [], """Finally some light in the basement 💡 Big thanks to [[P:Shawn MacWhirter]] (MacWhirter Electric, New Carlisle) who rewired our whole 1940s house on the Bay: new 200A panel, knob-and-tube gone, Hydro-Québec inspection passed first try. His apprentice [[P:Jonathan Jerome]] from Gesgapegiag did the cleanest drywall patching I've ever seen.
He quoted $8,900 and billed $8,640. When does THAT happen?
If you're on the coast between Bonaventure and Port-Daniel he's your guy: [[T:(418) 555-0126]]
Also found a 1962 Gaspé Spec newspaper in the wall 📰 addressed to "Mrs. [[P:E. Dow]], [[A:27 Main Highway]], New Carlisle [[Z:g0c1z0]]" lol
#Gaspésie #BaieDesChaleurs #electrician"""),

(4, "en", "linkedin", "L", [], """Reference request answered publicly at her request 🙂
[[P:Maria Cristina "Tina" Dela Cruz]] worked for our family as a live-in caregiver from 2019 to 2023, first under the Home Child Care Provider Pilot and then while her PR application was processed. She looked after our twins from 8 months to 4 years old and my father-in-law after his stroke. Punctual, calm, fluent in English, Tagalog and — by the end — surprisingly good Quebec French.
Agencies and host families in the Ottawa–Gatineau area: you can reach me at [[T:819 555 0164 ext. 212]] during office hours. I recommend her without any reservation.
#caregiver #reference #Filipino"""),

(3, "fr", "facebook", "S", ["SURVIVOR_IDENTIFICATION", "LOCATION_DISCLOSURE"], """Un GROS merci à Déménagement Gilles Lapointe de Trois-Rivières qui a fait le déménagement de [[P:Sandrine]] gratuitement hier 🙏❤️ Après 7 mois chez nous à la maison, elle recommence enfin sa vie dans son propre 4½ au [[A:1860 rue Notre-Dame Centre, app. 3]], loin de son ex. Les gars ont été tellement discrets pis respectueux, même quand il a fallu passer 2 fois devant chez lui sur la rue Saint-Maurice.
Si vous cherchez un déménageur avec du cœur : [[T:819.555.0139]] 🚚"""),

(2, "fr", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Gâteau Pat'Patrouille commandé chez Boulangerie Le Fournil à Bonaventure pour les 6 ans de notre petit [[P:Jayden]] 🐾🎂 C'est sa 1re fête chez nous depuis que la DPJ nous l'a confié en mars, sa mère [[P:Kassandra Poirier]] va peut-être venir en visite supervisée. La pâtissière [[P:Line]] a mis son nom en lettres bleues pis un Chase en sucre. On est la famille d'accueil la plus fière de la Baie-des-Chaleurs!! 💙"""),

(3, "en", "linkedin", "B", [], """Moving day for the practice! After 11 years on Saint-Jacques, we're now at [[A:1250 René-Lévesque Boulevard West, Suite 2200]], Montréal, [[Z:H3B 4W8]].
A word for the crew from Déménagement Le Clan Panneton: 312 banker's boxes of closed files, two safes and a 1970s oak boardroom table moved in under 9 hours, nothing lost, nothing scratched. Their dispatcher, [[P:Oksana]], answered every one of my 40 e-mails, and the two movers, [[P:Tekaronhiake Deer]] and [[P:Raphaël]], carried that table down 3 floors without a single complaint.
Locksmith for the new suite was Serrurier Expert Plus — the access cards and master key system were ready Monday 8 a.m.
Same phone: [[T:+1 514 555 0181]]. Come say hi."""),

(4, "fr", "instagram", "R", [], """Notre au pair [[P:Giovanna]] 🇧🇷 est rendue la plus grosse fan du Club de soccer de Boucherville 😂⚽ Elle vient à tous les matchs des U12 que je coache, elle crie « VAI [[P:LULU]]!! » quand ma fille touche au ballon pis elle a appris « lâche pas » en deux semaines.
Familles d'accueil qui hésitent : faites-le. L'agence (AuPairWorld + entrevue Zoom) était correcte, le permis de travail IEC a pris 5 semaines.
#aupair #Boucherville #RSEQ #vieDeFamille"""),

(1, "en", "facebook", "R", [], """PSA for anyone booking the Royal Caribbean "Wonder of the Seas" out of Port Canaveral: the onboard Sea Pass charges your card for EVERYTHING automatically, including the 18% gratuity on drinks you didn't order. They charged me twice for a $47 spa thing.
I called the number on the back of my Visa from the ship (wifi $24/day…) and the agent made me read my whole card number out loud in the middle of the Windjammer buffet 🙃 [[CC:4836 4507 4952 8831]] — yes I've cancelled it since, relax.
Positives: our cabin attendant [[P:Ketut]] and the kids' club staff ([[P:Ana Lucía]] and [[P:Tyrone]]) were incredible. My son wants to "work on a boat like Tyrone".
Would recommend the ship, not the billing.""".replace('like Tyrone', 'like [[P:Tyrone]]')),
# ---------------- batch 3 ----------------
(1, "fr", "facebook", "B", ["DISPARAGEMENT"], """Vol Porter Montréal–Toronto, siège 9A. Devinez qui est en 9B?? [[P:Me Frédéric Lachance-Morin]], l'avocat de la partie adverse dans mon dossier de lundi 🙄 Une heure et dix à l'entendre expliquer à l'agente de bord comment il « connaît personnellement » le juge en chef. Aussi pénible en avion qu'en salle d'audience : même ton condescendant, même cravate Hermès, même absence totale de fond. Le pauvre pense encore que l'art. 1457 C.c.Q. c'est une adresse sur Sherbrooke.
Bon point par contre : les p'tits biscuits Porter pis l'agente, [[P:Chantal]], qui m'a changée de siège au retour 🙏"""),

(2, "en", "instagram", "S", ["CONSENT_REQUIRED"], """What a night at our spring benefit dinner at the Château Ramezay 💜 Catering by Agrumes & Cie was out of this world: Haitian griot bites, maple-glazed salmon, and a three-tier lemon cake by [[P:Nathalie St-Fleur]] of Gâteaux Nat (@gateaux.nat on here).
Swipe ➡️ for photos of our incredible staff and volunteers behind the bar: [[P:Roxanne]], [[P:Kim Thi Hoa]], [[P:Jessica O'Neill]] and our intervenante [[P:Myriam B.]] in the pink apron 📸
$31,400 raised for women and children. THANK YOU.
#GalaPrintemps #Montréal #VieuxMontréal"""),

(3, "fr", "linkedin", "C", [], """Petit rappel de saison pour nos familles de la Côte-de-Gaspé et des Îles : avant de faire changer votre panneau électrique ou d'installer une borne de recharge, vérifiez que l'entrepreneur détient une licence de la RBQ et qu'il est membre de la CMEQ. Demandez une soumission écrite, une facture avec les numéros de TPS et de TVQ, et ne versez jamais plus de 10 à 15 % d'acompte. Les subventions d'Hydro-Québec et de Roulez vert exigent une facture conforme. Ça évite bien des maux de tête cet hiver."""),

(4, "en", "instagram", "B", [], """Last breakfast with our au pair before she flies home to Dublin 🥹☘️ Twelve months, two kids, one very confused dog, zero missed school buses. Host families of Westmount: if you ever get the chance to hire [[P:siobhan kavanagh]], don't think twice. Safe travels Shiv!! #aupairlife #Westmount""".replace("Safe travels Shiv", "Safe travels [[P:Shiv]]")),

(4, "fr", "facebook", "S", [], """Fâchée noire contre l'agence Aides Familiales Horizon 😤 On cherche une aide familiale résidente pour ma belle-mère à Drummondville. L'agence nous a envoyé le dossier de la candidate, [[P:Aïcha Ouédraogo]], PAR COURRIEL NON CHIFFRÉ avec en clair son NAS ([[S:529 170 342]]), sa date de naissance (née le [[D:14 février 1989]]) pis une copie de son passeport. On l'a même pas encore rencontrée!! Pauvre femme, elle sait même pas que son dossier se promène de même.
J'ai écrit à la Commission d'accès à l'information. Si vous faites affaire avec eux : [[E:recrutement@afhorizon.qc.ca]], [[T:819-555-0157 poste 4]], demandez-leur c'est quoi leur politique de confidentialité."""),

(2, "fr", "instagram", "L", [], """[[P:Maëlle]] a 5 ans!! Gâteau licorne 🦄🌈 merci @[[P:vicky.thibodeau]] t'es une artiste"""),

(1, "en", "instagram", "C", [], """Mom's 73rd birthday cruise on the MSC Meraviglia from Québec City to the Saguenay and the Magdalen Islands 🚢🎂 She was born on [[D:June 2, 1951]] and has been telling EVERY crew member since Tuesday.
Small scare on day 3: she slipped near the pool deck and the ship's doctor, Dr. Paolo Greco, needed her health card info for the claim. Had to read it over the phone to my brother [[P:Liam]] in Gaspé so he could check it against her file: [[R:OCOM 5156 0217]]. Everything's fine, just a bruised wrist 💪
The Filipino waiters at the Italian restaurant sang her "Happy Birthday" in Tagalog, French and English. [[P:Mary O'Connor]] has never been happier.""".replace("Dr. Paolo Greco", "[[P:Dr. Paolo Greco]]")),

(3, "en", "facebook", "R", ["DISPARAGEMENT", "HARASSMENT"], """DO NOT HIRE "Les Déménagements Express Rive-Sud". The owner [[P:Kevin Lortie]] broke my mother's china cabinet, kept the $600 deposit and now blocks my calls. Total crook and a liar, the kind of lowlife who should not be allowed near a truck.
I've filed at Small Claims (file [[C:505-32-045678-241]]) but that will take a year, so let's make his life a bit louder in the meantime: his personal cell is [[T:438 555 0110]] and he lives at [[A:77 rue des Érables]] in Sainte-Julie. Call him. Every day. Share this everywhere until he pays."""),
]
