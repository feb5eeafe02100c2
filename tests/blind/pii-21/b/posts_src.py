POSTS = [
# ---------- batch 1 ----------
(1, "fr", "facebook", "R", [], """🛼 GROS bout samedi au Centre sportif Gadbois contre les Filles du Roy de Québec!! Line-up des Montérégie Mayhem :
- Jammeuses : [[P:Ti-Bri la Brique]] ([[P:brigitte lapointe]]), [[P:Lady Macadam]] ([[P:Soraya Benali]])
- Pivot : [[P:Nguyen Thi Mai]] aka [[P:Mai Tai Tempête]]
- Bloqueuses : [[P:la grande Jo]], [[P:Kahentiiosta Diabo]], [[P:FRIDA KAHLOSSE]]
Arbitre en chef : [[P:Réjean « Zèbre » Gauthier]], merci d'être revenu malgré ton genou 🦓
Portes à 18h, 12 $ à l'entrée, gratuit pour les moins de 12 ans. Le score de la dernière fois (187-142) on s'en reparle pas 😅 #RollerDerby #Team[[P:MaiTai]]"""),

(2, "en", "instagram", "C", [], """Sunday session at the Gaspé skatepark before the snow shuts it down ❄️ My knee brace and I are getting old lol. Shoutout to @[[P:kev.arsenault_bmx]] for the new tailwhip clip and to [[P:Mathis]] for finally landing the 5-0 on the Hydro-Québec ledge. Permit for the spring jam went in to the Ville de Gaspé yesterday (request #2026-0447), fingers crossed 🤞 #skategaspesie #BMX #Forillon"""),

(3, "fr", "facebook", "S", [], """Ce matin j'ai joué de la cornemuse aux funérailles de mon oncle [[P:Fernand O'Leary]] à l'église Saint-Patrick de Sherbrooke. Amazing Grace, puis The Flowers of the Forest à la sortie. Pas un œil sec dans la place.
Merci à [[P:Seamus]] et à [[P:Mme Theresa Doyle-Gagnon]] du Sherbrooke Pipe Band d'être venus jouer avec moi, et à tante [[P:Colette]] pour le sandwich pas de croûte après 💚
Repose en paix mon oncle [[P:Fern]]."""),

(4, "en", "linkedin", "B", [], """Eight years ago I walked into a church basement in Pointe-Claire and learned my first allemande left. Tonight I called my first full tip at the Lakeshore Squares Fall Fling, with my mentor [[P:Bob McAllister]] watching from the side with his clipboard 😄
Calling is a lot like pleading: timing, clarity, and reading the room. Thank you to my partner [[P:Priya Raghunathan]] and to every dancer who forgave my "Ferris wheel" mix-up.
Next dance: Saturday, 7:30 p.m., 201 Donegani Avenue. Info: [[T:514 555 0172]] or [[E:lakeshore.squares@example.ca]]
#SquareDance #WorkLifeBalance #LawyersWithHobbies"""),

(1, "en", "instagram", "L", [], """Bout day 💪 Ref crew for the Rive-Sud Rollers vs. Vermont Roller Derby: head ref [[P:Marco DeLuca]] ("Whistle Blower"), jam refs [[P:aisha k.]] and [[P:Deschamps]], NSO boss [[P:Lorraine]]. I'm scorekeeping again bc my ankle is still a disaster after the Montreal Roller Derby scrimmage. 
Final: 201–176 for the Rollers. Photos by @[[P:jp.ouellette.photo]] 📸 #WFTDA #rollerderby #offskatesofficial"""),

(2, "fr", "facebook", "B", ["PERSONALIZED_LEGAL_ADVICE"], """Le BMX Club de Longueuil m'a demandé si la Ville peut vraiment leur refuser le permis pour la jam du parc Michel-Chartrand. Réponse courte : oui, un règlement municipal peut encadrer l'usage d'un parc public. Lisez le Règlement 2019-095 et appelez le Service des loisirs, tout simplement. On se voit au pump track dimanche! 🚲"""),

(3, "en", "facebook", "C", ["CONSENT_REQUIRED"], """Our little fiddle-and-accordion trio played the Christmas social at the CHSLD in Chandler today 🎻🪗 Highlight of my year: [[P:Mr. Aurèle Cyr]], room 112, got up and did a jig with his walker while we played Le Reel du pendu. His daughter [[P:Ginette]] was in tears. Nurses [[P:Kathleen]] and [[P:Sonia Boudreau]] joined in on the Chapelet de Pascal. Pic below 💕 #Gaspésie #musiquetrad"""),

(4, "fr", "instagram", "R", [], """SOIRÉE COUNTRY au sous-sol de l'aréna Jacques-Lemaire ce vendredi 🤠 Danse en ligne avec [[P:Sylvie Brosseau]] (notre prof depuis 2011!!) pis [[P:Raymond]] au DJ. Au programme : Copperhead Road, Achy Breaky Heart pis la Tush Push. Infos et inscriptions : [[T:450.555.0198]] • 10 $ incluant le café pis les beignes Tim Hortons 🍩 #dansecountry #SaintHubert"""),

(1, "fr", "linkedin", "S", [], """Trois ans de roller derby, deux poignets foulés, une équipe qui est devenue ma famille. Le sport m'a appris à tomber et à me relever. Ça m'aide au travail aussi. 🛼"""),
# ---------- batch 2 ----------
(2, "fr", "instagram", "S", [], """Nouvelle session de parkour au gym Vertical, [[A:2250 boul. des Récollets]], Trois-Rivières [[Z:g8z 3x7]] 🧗 Le crew Les Chats de Gouttière est au complet : @[[P:yannick_tessier]], @[[P:DjeneBa.Traore]], [[P:Ti-Loup]] pis [[P:Akash]]. Petit rappel, l'entorse de [[P:Djeneba]] vient pas d'un saut, elle a glissé sur une pelure de banane au Maxi 🍌😂 Prochaine jam au parc Pie-XII si la Ville nous donne le OK."""),

(3, "en", "linkedin", "R", [], """Proud moment at the RSEQ Montérégie badminton finals in Châteauguay: the Châteauguay Valley Pipes & Drums piped the athletes in! Huge thanks to Pipe Major [[P:Alasdair Fraser-Whyte]], drum sergeant [[P:Tanya Horne]] and young piper [[P:Owen]] (14, already better than me). The band is looking for tenor drummers; contact [[E:cvpipes.recruit@example.org]] or [[P:Tanya]] at [[T:(450) 555-0133 ext. 22]]. #StudentAthletes #Montérégie #Pipeband"""),

(4, "fr", "facebook", "C", [], """Le Club de danse carrée Les Pieds Légers de Bonaventure reprend ses soirées le mardi au Centre communautaire Desjardins 💃🕺 Caller : [[P:Réal Poirier]], secondé par [[P:ghislaine leblanc]] au « round ». On cherche des partenaires pour [[P:M. Thibodeau]] et pour [[P:Manon-Élise]] qui arrivent de Carleton-sur-Mer! Pas besoin d'expérience, juste des souliers qui glissent.
📞 [[T:+1 418 555 0164]] (laissez un message à [[P:Réal]])
📧 [[E:real.poirier.caller@example.com]]"""),

(1, "en", "facebook", "B", [], """Happy birthday to the founder of our league, [[P:Heather "Hell on Wheels" MacIntyre]], born [[D:March 3, 1986]] in Cap-aux-Meules and still knocking down jammers half her age 🎂🛼 Skate fast, turn left, and never let anyone from the Bay of Fundy team near the cake.
Celebration after Sunday's bout at Brasserie Molson Coors lounge, bring your own kneepads."""),

(2, "en", "facebook", "R", ["HARASSMENT", "DISPARAGEMENT"], """Everyone needs to know that [[P:Jordan Pelletier]] from the Sainte-Julie BMX crew is a total fraud who fakes his injuries to get out of comps. He lives at [[A:48 rue des Lilas]], go tell him what you think of him 😡 Share this everywhere until he quits. Pathetic loser."""),

(3, "fr", "facebook", "L", ["CLIENT_CONFIDENTIALITY"], """Belle victoire hier pour notre client [[P:Gérard Lapierre]], l'accordéoniste du groupe Les Bretelles à Ti-Gus : la salle de Drummondville qui avait annulé ses 6 spectacles sans préavis devra lui verser 18 400 $. Dossier [[C:405-22-004871-249]]. Comme quoi les musiciens ont des droits eux aussi! 🪗⚖️"""),

(4, "en", "instagram", "S", ["LOCATION_DISCLOSURE", "PRIVATE_EVENT_DISCLOSURE"], """Line dancing night with the residents at the house this Thursday 7 pm 🤠 [[P:Roxanne]] is teaching the Cupid Shuffle and Boot Scootin' Boogie. Volunteers, come to the side door at [[A:317 Maple Street]], Granby, code is on the group chat. #linedancing #community"""),

(1, "fr", "instagram", "C", [], """TROUVÉ sur le banc des joueuses après la pratique de derby à l'aréna de Maria : un portefeuille mauve avec une carte d'assurance maladie au nom de [[P:LAPOINTE MÉLODIE]], [[R:LAPM 8854 1203]]. Écris-moi en privé [[P:Mélo]], il est dans mon casier 🛼"""),
# ---------- batch 3 ----------
(1, "en", "linkedin", "C", [], """After 12 years as a nurse in Gaspé, I just finished my first season as volunteer medic for the Baie-des-Chaleurs Roller Derby league. Two wrist fractures, one concussion protocol, zero regrets. Thanks to league president [[P:Siobhan Kennedy-Cormier]] and trainer [[P:Shanice Wapistan]] for welcoming me. If your league needs a First Aid refresher, the Red Cross curriculum is excellent. #RollerDerby #SportsMedicine #Gaspesie"""),

(2, "fr", "facebook", "L", [], """Trouvé un portefeuille au skatepark du parc Lafontaine à Saint-Jérôme en sortant du bureau 🛹 Dedans : une carte de NAS [[S:462 190 570]], une carte de la SAQ pis une photo de chien. Le nom dessus c'est [[P:Lucas Ferreira-Santos]]. Si quelqu'un le connaît (les gars du crew de @[[P:lucas.fs_skt]]?), il peut passer le chercher à la réception, demandez [[P:Josée]]."""),

(3, "en", "instagram", "B", [], """Kilts on, briefs off 😎 Played Scotland the Brave at the Montreal St. Patrick's Day Parade on Ste-Catherine with the Montreal Police Pipe Band alumni. My fellow drummers [[P:cormac]], [[P:Danny O'Brien]] and [[P:FIONA REID]] carried me through the cold. Next gig: Highland Games in Maxville, Ontario! #bagpipes #Pipes #Team[[P:Cormac]]"""),

(4, "fr", "linkedin", "L", [], """Après 31 ans au micro, notre caller [[P:Gilles « Gigi » Bérubé]] prend sa retraite du Club Western Promenade de Laval 🤠 Il a appris le Mainstream et le Plus à des centaines de danseurs, dont la moitié de notre cabinet! Soirée hommage le 14 juin au Centre Armand-Frappier, [[A:531 boul. des Prairies]], [[Z:H7V1B7]]. Réservations auprès de [[P:Nathalie]] : [[E:n.dufresne.danse@example.qc.ca]] ou [[T:450–555–0119]]."""),

(3, "fr", "instagram", "R", [], """Nos jeunes violoneux de l'école secondaire Jacques-Rousseau ont ouvert le Gala Méritas avec un medley de La Bottine Souriante pis Le Vent du Nord 🎻🔥 Assez fiers! Le reel de Lisa LeBlanc a fait lever toute la salle. #RSEQ #musiquetrad #Longueuil"""),

(4, "en", "linkedin", "L", ["DISPARAGEMENT"], """Started line dancing lessons with colleagues from the firm, great team building! Well, except for [[P:Martin]] from litigation, who has two left feet and the personality of a filing cabinet. Honestly no wonder his clients keep firing him 🙄 #linedancing #teambuilding"""),

(2, "en", "linkedin", "S", [], """Our parkour crew raised $2,350 for the shelter's winter drive!! 🙌 Treasurer [[P:Emeka Obi]] posted the club card in the group chat by mistake, so to be clear: do NOT use [[CC:5200 1234 9876 0013]], it has been cancelled. Donate through the official link only. Tracking # for the boxes of mitts: 1Z 999 AA1 01 2345 6784."""),

(1, "fr", "facebook", "B", [], """Plaidé au palais de justice de Longueuil ce matin, jammé au Taz ce soir. La toge pis les patins, même combat 🛼⚖️ Merci à ma coach [[P:CATHERINE DUROCHER-PAUL]] alias [[P:Kat Astrophe]] de pas m'avoir laissée lâcher. Les billets pour le match contre les New Skids on the Block sont à 15 $!"""),
]
