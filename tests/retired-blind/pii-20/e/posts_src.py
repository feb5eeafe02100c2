# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------------- batch 1 ----------------
(1, "fr", "facebook", "C", [], """🐝 ESSAIM SIGNALÉ 🐝 Gros essaim accroché dans un érable en arrière du IGA de Gaspé, pas loin de la rivière York. Le Club d'apiculture de la Côte-de-Gaspé cherche qqn avec une boîte vide pis une échelle avant que ça parte dans le bois!
Appelez [[P:ginette]] au [[T:418 555–0172]] ou [[P:Réjean Bujold]] (le chum à [[P:Nicole]]) au [[T:418.555.0139]].
En passant, la ruche « Reine-Marie » a passé l'hiver 🙌 pis « Gros-Louis » aussi. Pas la ruche Marguerite par contre 😢 RIP.
Pot de miel de trèfle 500 g : 12 $, commande no 2024-117 prête au Marché public de Gaspé samedi."""),

(2, "en", "instagram", "R", [], """Session 14 of our Curse of Strahd campaign at Le Valet de Cœur on St-Charles in Longueuil 🎲🧛
Party tonight:
– Brother Aldric, cleric (@[[P:mathieu.desrosiers]])
– Vex, tiefling rogue ([[P:Amira]])
– Old Bramble the druid ([[P:kevin o'sullivan]], who forgot his dice AGAIN)
– Sir Penrose Thistlewood, paladin (yours truly)
DM: [[P:Thanh Nguyen]], who made Ireena cry twice. Final score Strahd 3 – Party 0.
#DnD #DungeonsAndDragons #RiveSud #BoardGameCafe"""),

(3, "fr", "instagram", "S", [], """Le fan club K-pop de Sherbrooke était au complet hier pour le visionnement de Stray Kids au Cinéma Le Clap 💜 Merci à @[[P:minji.tran]] pour les lightsticks, à @[[P:sofia_ramirez.qc]] pour les banderoles pis à la grande [[P:Jo]] pour les bubble tea de chez Chatime!
Prochain rendez-vous : soirée danse random play au Parc Jacques-Cartier si la pluie se tient tranquille ☔
#StrayKids #Felix #Hyunjin #StayQC #KpopQuebec"""),

(4, "en", "linkedin", "L", [], """A rare weekday evening off: the OSM under Rafael Payare at the Maison symphonique, Mahler 5 from seat K-114. The Adagietto alone was worth leaving the office at 5:30.
On the way out, a busker at Place-des-Arts metro was playing Oscar Peterson's Hymn to Freedom on a dented upright. His name is [[P:Kofi Mensah-Boateng]]; his card says bookings at [[E:kofi.mensah.keys@example.com]] or [[T:(514) 555-0184]]. I booked him for our firm's holiday party on the spot.
Reminder to my colleagues: the Festival International de Jazz de Montréal lineup drops next week. #Montreal #LiveMusic #WorkLifeBalance"""),

(1, "en", "linkedin", "B", [], """Three years ago I put two hives behind my family's cottage in Sutton. This summer they gave 41 kg of wildflower honey, and every jar sold at the Brome-Missisquoi farmers' market goes to Éducaloi's public legal information projects.
Jars are $15 (250 g) or $25 (500 g). To order, write to [[E:miel.pro.bono@example.org]] and pick up at the Sutton market Saturdays, or at the Palais de justice de Granby cafeteria on Thursdays.
Thanks to my mentor [[P:Me Hélène Pelletier-Wong]], who lent me her smoker and her patience. #ProBono #Apiculture #Barreau"""),

(2, "fr", "facebook", "S", ["LOCATION_DISCLOSURE", "PRIVATE_EVENT_DISCLOSURE"], """Soirée jeux de société pour les résidentes jeudi à 19 h, dans le salon du 2e à la maison ([[A:1148 rue des Érables]], [[Z:j4k2p9]], sonnez à la porte de côté). On sort Catan, Dixit pis Codenames, et [[P:Stéphanie]] (intervenante de soir) va animer une mini-campagne de D&D pour les ados qui restent avec leurs mamans.
Les bénévoles qui veulent aider : texto à [[T:450 555 0163]]. Apportez pas de chips au vinaigre, ça tache les cartes 😅"""),

(3, "en", "facebook", "C", [], """Our little ARMY chapter from Chandler made the trip to Montreal for the BTS exhibition and I'm still not over it 😭💜 Jin's hanbok display, RM's lyric sheets, Suga's piano... I cried at the Permission to Dance room.
Huge thanks to [[P:Marie-Claude Huard]] and her daughter [[P:Zoé]] for driving 10 hours in the Dodge Caravan, and to [[P:BRANDON MCINNIS]] for the playlist (3 hours of Mikrokosmos on repeat is a choice, [[P:Brandon]]).
Next GO for albums closes Friday, DM @[[P:kimberly.leblanc.gaspe]] for the order form. #BTS #ARMY #Gaspesie"""),

(4, "fr", "instagram", "R", [], """Nos élèves-athlètes de l'École secondaire Jacques-Rousseau ont échangé les souliers de course pour le violon hier soir 🎻 Concert de l'Orchestre symphonique de Longueuil au Théâtre de la Ville, avec la 9e de Dvořák. Merci à [[P:M. Bertrand Lacasse]], prof de musique, d'avoir organisé la sortie, et à [[P:Oumar]] pis [[P:Yuki]] d'avoir fait les photos.
Demain retour à l'entraînement, cross-country à Boucherville à 7 h 30! #RSEQ #Montérégie #NouveauMonde"""),

(1, "fr", "instagram", "L", [], """Première récolte de l'été 🍯 Miel de sarrasin pis de trèfle, 18 kg au total. Les abeilles travaillent plus fort que nous autres pendant les vacances judiciaires 😉 #apiculture #Lanaudière"""),
# ---------------- batch 2 ----------------
(2, "en", "facebook", "B", [], """Young Bar of Montreal D&D night recap 🐉 Twelve lawyers, four tables, one very patient staff at Randolph Pub Ludique on Beaubien.
Table 3 (Tomb of Annihilation): Grimlock the half-orc barbarian was played by [[P:Me Patrice Ouimet]], Lady Seraphine by [[P:ANNE-SOPHIE ST-PIERRE]], and Zook the gnome by [[P:Rahul]] from the Legal Aid office in Verdun. [[P:Ouimet]] tried to cross-examine a mimic. It did not go well.
Next one is October 17, $20 covers the table fee, proceeds to the Fondation du Barreau. RSVP on Eventbrite, order # JBM-0042 if you already paid."""),

(3, "fr", "facebook", "R", ["HARASSMENT"], """Ok le monde, la fille qui gère la page fan des Cowboys Fringants de l'école à Saint-Hyacinthe, @[[P:lea.brochu07]], a encore effacé nos commentaires. Tout le monde va spammer son Insta à soir jusqu'à temps qu'elle ferme son compte 😤 Son numéro c'est le [[T:450-555-0148]] si vous voulez y dire ce que vous en pensez. On lâche pas tant qu'elle brail pas."""),

(4, "en", "instagram", "S", [], """Sunday walk on rue du Petit-Champlain and the best part of Old Québec was a busker 🎷 A young woman playing Coltrane's Naima on alto sax right beside the Breakneck Stairs, with a cardboard sign reading "[[P:Noor]] — Music student, Cégep de Sainte-Foy".
Dropped a $10 in her case, bought a maple taffy, skipped the Château Frontenac gift shop. Still humming it.
#QuebecCity #Busker #JazzLovers #Sunday"""),

(1, "en", "facebook", "R", [], """SWARM ALERT 🐝 Huge cluster on the fence behind the arena Jean-Béliveau field in Longueuil, right where our juvenile soccer team practices. Please keep the kids away, they are calm but no sense poking them.
Our school's beekeeping mentor [[P:Dan Kowalczyk]] is on his way with a nuc box. If you know another beekeeper in the Montérégie who can help, call him at [[T:+1 450 555 0191]] or reach [[P:Luisa Fernandes]] at [[E:lfernandes.ruchers@example.ca]].
Practice moved to the Parc de la Cité field, 6:15 PM."""),

(2, "fr", "linkedin", "C", ["CONSENT_REQUIRED"], """Activité de reconnaissance de l'équipe du soutien à domicile de Sainte-Anne-des-Monts au Café Ludik de Matane hier 🎲 Après une grosse année, on a joué à Pandemic (ironique, je sais) pis à Les Loups-garous de Thiercelieux.
Bravo à [[P:Karine Lepage]], infirmière auxiliaire, qui a gagné trois parties de suite, et à [[P:Jean-François "JF" Cloutier]], travailleur social, qui a été loup-garou toute la soirée sans que personne s'en rende compte. Photos en commentaire 📸
#CISSSGaspesie #ReconnaissanceDesEmployés #HauteGaspésie"""),

(3, "en", "linkedin", "L", [], """What a K-pop concert taught me about project management: last night 12,000 fans at the Bell Centre for SEVENTEEN, and the fan chant for every single song was perfectly coordinated by a volunteer network that started in a Discord server.
Credit to my niece [[P:Priya Raghunathan]] (@[[P:priya.r.carat]]), who ran the Montreal banner project with 40 people across three time zones and a Google Sheet.
Lessons for law firms: clear roles, one source of truth, and never underestimate a CARAT with a deadline. #SEVENTEEN #Leadership #LegalOps"""),

(4, "fr", "facebook", "B", [], """Décision intéressante de la Cour municipale de Montréal sur l'application du règlement sur le bruit aux musiciens de rue de la rue Sainte-Catherine (confirmée en appel, dossier [[C:500-36-009874-235]]). Le tribunal rappelle que l'art. 2 de la Charte québécoise protège aussi l'expression artistique dans l'espace public.
Bonne lecture à tous ceux qui, comme moi, s'arrêtent toujours devant le trio de jazz manouche en face de la Place Émilie-Gamelin 🎻🎸 #droitmunicipal #libertedexpression"""),

(1, "fr", "linkedin", "S", [], """Campagne de miel solidaire 🍯 Les ruches de notre jardin communautaire (merci au Rucher des Trois-Sœurs de Bromont pour le parrainage) ont produit 60 pots cette année. Tous les profits vont au fonds d'urgence pour les femmes et leurs enfants.
10 $ le pot, commandes par courriel à [[E:miel.solidaire@example.org]] ou par téléphone au [[T:1 (450) 555-0107 poste 3]]. Ramassage au Marché de Granby, kiosque 14, le samedi.
Merci à notre bénévole apicultrice [[P:thérèse bouchard-mukendi]] 🐝"""),
# ---------------- batch 3 ----------------
(2, "en", "instagram", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Proud foster mom moment 🎲 [[P:Tyler]], the 13-year-old the DPJ placed with us in New Richmond last spring, ran his very first Dungeons & Dragons session tonight as Dungeon Master! His dad [[P:Shawn Gedeon]] even FaceTimed in from Listuguj to play a halfling bard named Pip.
[[P:Tyler]] (born [[D:March 3, 2012]]) wants to start a club at École Bourg. Who knew Baldur's Gate would do more than 6 months of homework help 😂 #FosterFamily #DnD #BaieDesChaleurs"""),

(3, "fr", "instagram", "B", [], """Le fan club de Marie-Mai de Saint-Jérôme au Centre Vidéotron hier 🔥🎤 Merci @[[P:gabou.lavoie]] pour les billets!"""),

(4, "en", "facebook", "C", [], """FOUND at the Festival Musique du Bout du Monde in Gaspé last night, near the main stage after the Bïa set: a brown leather wallet with a Quebec health card in the name of [[P:LISE GAUTHIER]] ([[R:GAUL 6854 1112]]), a Desjardins card and a photo of a golden retriever named Biscuit.
I left it with the festival office at [[A:12 de la Reine Street]], Gaspé [[Z:G4X1T5]]. [[P:Lise]], or anyone who knows her, call them at [[T:418-555-0125 ext. 2]]. Please share! #Gaspesie #MusiqueDuBoutDuMonde"""),

(1, "en", "instagram", "S", [], """Meet the girls 🐝👑 Our three hives this year are Beyoncé, Dolly and Céline, and yes, Céline is the loud one. First frame inspection of the season: 8 frames of brood, zero mites. #beekeeping #EasternTownships #HoneyBees"""),

(2, "fr", "linkedin", "L", [], """Le vendredi 5 à 7 du cabinet s'est transformé en tournoi de Wingspan et de Terraforming Mars au Cerf-Volant, rue Saint-Denis 🦅🚀
Mention spéciale à notre stagiaire [[P:Malik Benali]], qui a battu trois associés principaux et [[P:Me Ngoc-Anh Pham]] en finale (score : 112 à 109). Le trophée maison, un dé de 20 faces en bronze, reste au 14e étage jusqu'à l'an prochain.
#VieDeCabinet #JeuxDeSociété #Montréal"""),

(3, "en", "facebook", "R", [], """STAYs of the Rive-Sud 💛 Quick reminders for the Felix birthday café Saturday at Café Sucre Bleu in Brossard:
1) Album GO payments by Interac e-transfer ONLY to [[E:sarah.chen.stay@example.com]]
2) Do NOT post card numbers in the chat. Someone just dropped [[CC:4561 7483 3801 4126]] in the comments of the group order. Deleted, but please call your bank.
3) Photocards from the GO ship via Canada Post, tracking LM 482 019 337 CA.
Shoutout to [[P:jess]], [[P:Mai-Linh]] and [[P:R. Okafor]] for the cupsleeves! #StrayKids #FelixDay"""),

(4, "fr", "linkedin", "B", [], """Rappel amical aux collègues qui font du bénévolat au Festival de jazz de Québec : le formulaire d'inscription ne demande JAMAIS votre NAS en commentaire public. [[P:Gaétan]] du comité vient d'y écrire le sien ([[S:274 395 755]]) 🤦‍♂️ On l'a masqué, mais c'est un bon rappel pour nos clients aussi.
Sinon, hâte de voir Oliver Jones en hommage au Palais Montcalm vendredi! 🎷🎹"""),

(4, "fr", "facebook", "L", [], """Ma grande [[P:Rosalie]] (née le [[D:2 février 2009]]) a eu son premier solo de clarinette avec l'Orchestre symphonique des jeunes de Sherbrooke dimanche à la Salle Maurice-O'Bready 🥹🎶 Weber, Concertino op. 26.
Merci à sa prof [[P:Mme Lacroix]] pis à [[P:Pierre-Olivier]] au piano. Pis mon chum a pleuré plus que moi, je le dis juste de même."""),
]
