POSTS = [
# ---------------- batch 1 ----------------
(1, "fr", "facebook", "S", [], """Assemblée générale de la Coop d'habitation Les Tournesols hier soir, salle du sous-sol de l'église Saint-Pierre-Apôtre 🌻 On a finalement voté le budget d'entretien pour le toit (merci au comité Bâtisse!!). Petit clin d'œil à [[P:ginette]] du 3e qui tient les procès-verbaux depuis 1998 pis à [[P:Ti-Paul Lavigne]] qui a apporté ses fameuses galettes à la mélasse. Prochaine AG en mars, on parlera du règlement sur les chiens. #coophabitation #Hochelaga"""),

(1, "en", "linkedin", "L", [], """Quick primer for anyone heading to the Tribunal administratif du logement (TAL) for the first time: bring three copies of every exhibit, print your lease, and know that the Régie du logement hasn't existed under that name since 2019. Hearings at the Montréal office on Crémazie start on time and the administrative judge will not wait. Nothing here is legal advice, just twelve years of watching people show up with a phone full of screenshots and no printer. #TAL #HousingLaw #Montreal"""),

(2, "fr", "instagram", "B", [], """Signature chez le notaire ce matin!! 🏡🔑 Merci à [[P:Me Karine Désilets]] de l'étude Poirier, Désilets & Bouchard à Trois-Rivières pour la patience (pis pour le café Van Houtte 😅). L'inspecteur de chez Inspections Gauthier-Roy nous avait fait peur avec la fondation mais finalement tout est beau. Premier souper dans la maison de la rue Laviolette : pâté chinois, comme il se doit. #premièremaison #Mauricie"""),

(3, "en", "facebook", "C", [], """Volunteering again this year at the Community Volunteer Income Tax Program clinic at the Gaspé library (Bibliothèque Alphonse-Desjardins? no, that's the other one 🙃). Saturdays 10 to 3 until April 30. Bring your T4, your Relevé 1, your RL-31 if you rent, and your Notice of Assessment from last year. Questions: clinique.impots.gaspe@gmail.com or [[T:418 555-0162]]. Free for modest incomes, no appointment needed. #CVITP #Gaspesie"""),

(4, "fr", "facebook", "R", [], """Bon ben l'assurance habitation de chez Bélair Direct a finalement accepté la réclamation pour le dégât d'eau du sous-sol. 4 mois d'attente, 3 experts en sinistre, un rapport de 22 pages. L'expert s'appelait [[P:Normand]] pis y était ben correct, faut le dire. Le chèque arrive juste à temps pour les inscriptions de volleyball de la petite au Collège Charles-Lemoyne 🏐 #sinistre #Longueuil"""),

(4, "en", "instagram", "S", [], """Got the letter today: I'm officially part of the class action against Desjardins over the data leak 📬 If you were a member in 2019, check the Settlement site before the deadline, it takes five minutes. The law firm is Siskinds Desmeules btw. Not legal advice, just sharing because half my book club didn't know. #ClassAction #Desjardins"""),

(3, "fr", "linkedin", "L", [], """Saison des impôts, jour 41. Revenu Québec m'a envoyé trois avis de cotisation différents pour le même contribuable, chacun avec un montant différent. Mon collègue [[P:maxime brissette-nguyen]] les a mis côte à côte sur le mur comme dans CSI. Rappel amical à nos clients : le 30 avril, c'est le 30 avril. Pour l'ARC comme pour RQ. On répond à [[E:impots@brissetteboileau.ca]] ou au [[T:514.555.0177 poste 204]]. #fiscalité #saisondesimpôts"""),

(2, "en", "facebook", "C", [], """Home inspection day in New Richmond. The inspector, a guy named [[P:Dave O'Sullivan]] from Baie-des-Chaleurs Home Inspection, spent twenty minutes in the crawl space and came out saying "well, she's old but she's honest." Closing is with Notaires Arsenault & Cyr in Bonaventure next Friday. Anyone know a good chimney sweep between Carleton and Paspébiac? Our realtor suggested Ramonage Leblanc et Fils."""),

(1, "fr", "instagram", "R", [], """Audience au TAL réussie ✅ Le proprio voulait nous évincer pour « agrandissement » mais la juge administrative a pas acheté ça. Merci au Comité logement de Saint-Hubert pis surtout à [[P:Yasmina]] pour les photos des moisissures. On reste au [[A:2250 rue Grande-Allée, app. 7]] 💪 Retour à l'aréna Jacques-Cartier ce soir pour le match des Gaulois. #TAL #droitaulogement"""),
# ---------------- batch 2 ----------------
(3, "en", "facebook", "B", ["PERSONALIZED_LEGAL_ADVICE"], """@[[P:nguyen.thi.lan]] since your ex claimed the kids' Canada Child Benefit for all of 2023 and you had them 60% of the time, file a T1-FORMS dispute with CRA this month and attach the school letters from École Saint-Jude. You'll get the arrears back, no question. DM me."""),

(4, "fr", "facebook", "L", ["CLIENT_CONFIDENTIALITY"], """Grosse victoire aujourd'hui pour notre cliente, [[P:Mme Rosalie Fontaine-Mbemba]], contre Intact Assurance : l'assureur refusait de payer l'incendie de son duplex de Laval sous prétexte d'une « vacance » de 31 jours. Jugement rendu dans le dossier [[C:540-17-014882-221]]. Elle pourra enfin reconstruire au [[A:455, rue Saint-Martin]]. Bravo à toute l'équipe de Lacroix Tremblay Bourque!"""),

(1, "en", "linkedin", "S", ["LOCATION_DISCLOSURE"], """Proud of our housing team this week: two residents signed leases at the Habitations Lomer-Gouin co-op after leaving our house on [[A:140 rue des Érables]], near the Provigo, in Sorel. Ask Director [[P:Chantal Ouimet]] for the partnership model, it's replicable anywhere in Montérégie."""),

(2, "fr", "linkedin", "C", [], """Conseil de notaire gratuit du vendredi : avant de signer l'acte de vente, relisez le certificat de localisation. Un arpenteur-géomètre l'a préparé pour une raison. Oui, même à Sainte-Anne-des-Monts. Oui, même si le cabanon est là depuis Expo 67. #notariat #immobilier #HauteGaspésie"""),

(3, "fr", "instagram", "R", [], """Y'a rien de plus gaspésien que de remplir sa déclaration TP-1 à la table de cuisine de ma tante [[P:Huguette]] avec un pot de cretons pis la radio de CHNC. Merci [[P:mathieu]] (@[[P:math.lebrun_95]]) pour l'aide avec le crédit d'impôt pour solidarité lol. Pratique de hockey à l'aréna Jacques-Rousseau à 18h, soyez là les Riverains!"""),

(4, "en", "facebook", "C", ["CONFIDENTIAL_INFORMATION"], """Ok who else got the memo? SunLife is denying the group insurance claim for one of our RTF resource families and the CISSS internal note says (quote) "no reassessment before the audit". I've pasted the whole thing below because people deserve to know how Sun Life and the Établissement treat families who foster. Premium paid by card [[CC:4115 2765 1897 0280]] every month for 6 years, for what??"""),

(1, "fr", "facebook", "B", [], """PSA pour les locataires de Québec : la hausse de loyer de 5,9 % recommandée par le TAL pour 2025 n'est PAS automatique. Vous avez 30 jours pour refuser l'avis. Le Regroupement des comités logement et associations de locataires du Québec (RCLALQ) a un modèle de lettre sur son site. Partagez!"""),

(2, "en", "instagram", "L", [], """SOLD 🔑 and signed at Notaires Kaplan Goldfarb on Décarie. Shoutout to our inspector [[P:JP Tremblay-Okafor]] ([[E:jp.tremblay.okafor@inspectionpro.ca]], [[T:+1 (514) 555-0139]]) who found the knob-and-tube in the attic before we did. Born on [[D:12 May 1991]] and buying a house in Côte-Saint-Luc at 33, mom is crying 😂 #NDG #CSL #firsthome"""),
# ---------------- batch 3 ----------------
(4, "en", "linkedin", "R", [], """Reminder to our member schools on the South Shore: the sign-up period for the class action over the recalled "ProGuard" mouthguards closes on June 15. The firm handling it, Belleau Lapointe, has a FAQ. Coach [[P:Marco DiFlorio]] from Polyvalente Chambly collected the forms for his juvenile football team, they can go to [[A:1250 boul. Industriel]], [[Z:j3l 4v2]]. Nothing to do with RSEQ insurance, which is a separate policy with La Capitale."""),

(1, "fr", "instagram", "S", ["PRIVATE_EVENT_DISCLOSURE"], """Jeudi 19h, au petit salon du 2e : atelier « Connaître ses droits au TAL » pour nos résidentes, animé par [[P:wendy joseph]] du Comité logement Rive-Sud. On parle bail, Régie, logements sociaux HLM pis OMH. Café pis muffins fournis 💜"""),

(3, "en", "instagram", "S", [], """CRA hold music is my villain origin story. 3 hrs 12 min. #TaxSeason"""),

(2, "fr", "linkedin", "B", [], """Félicitations à [[P:Me Marie-Claude St-Onge]], nouvelle associée chez Lemieux Pelletier St-Onge notaires! Vingt ans de clôtures de transactions à Rimouski, Matane pis Baie-Comeau, des centaines de familles qui ont eu leurs clés grâce à elle. Et merci à [[P:Uapukun Mestokosho]] pour l'organisation du 5 à 7 au Bistro Le Saint-Germain. #notaires #BasSaintLaurent #ChambreDesNotaires"""),

(3, "fr", "facebook", "C", [], """HISTOIRE D'HORREUR DE RQ, partie 3 😵‍💫 Mon beau-père [[P:GÉRARD BOUDREAU]] (86 ans, toute sa tête) reçoit un avis de Revenu Québec qui dit qu'il doit 14 273,18 $ pour 2021. Pourquoi? Parce qu'ils l'ont confondu avec un autre [[P:Gérard Boudreau]] de Chandler, né la même année. On a appelé 6 fois au 1-800, on a faxé (FAXÉ!!! en 2024) sa carte d'assurance maladie [[R:BOUG 3811 0417]] pis la lettre de Service Canada avec son NAS [[S:474 401 346]]. Réponse : « délai de traitement de 90 jours ». Entre-temps ils ont saisi 412 $ sur son chèque de la Pension de la Sécurité de la vieillesse. Finalement c'est [[P:Mme Thibodeau]] au bureau de la députée à Gaspé qui a débloqué ça en deux jours. Conseil : appelez votre bureau de circonscription avant de devenir fou. Pis gardez TOUT. #RevenuQuébec #Gaspésie #Pabok"""),

(4, "fr", "instagram", "R", ["HARASSMENT", "DISPARAGEMENT"], """Mon gars s'est pété le genou au tournoi de basket à Granby pis l'assurance du RSEQ dit que c'est « préexistant ». Pis l'arbitre [[P:Kevin Lapointe-Yousef]] qui a rien sifflé, un vrai clown pas capable de voir un coude. On sait où tu restes [[P:Kevin]], on va aller jaser de ça dans ton entrée 😡 partagez que tout le monde le sache!!"""),

(4, "en", "linkedin", "B", ["MISLEADING_ADVERTISING"], """🚨 Did Assurances Gagnon-Pelletier deny your flood claim in 2023? 🚨 YOU ARE OWED MONEY. Join our class action today and get GUARANTEED compensation, 100% of members win! Call [[T:4 5 0 - 5 5 5 - 0 1 9 8]] or write to [[E:recours@dubemukendi-avocats.ca]]. Dubé Mukendi Avocats, Saint-Jean-sur-Richelieu."""),

(2, "en", "facebook", "L", [], """Long post, sorry, but some of you asked how the closing went. TL;DR: we own a house in Verdun!! 🏠

The longer version: we made the offer in February through Royal LePage, the inspection was done by Wei Zhang Inspections (the owner, [[P:Wei]], is a legend; he crawled into an attic at minus 25 and found the bathroom fan venting straight into the insulation). The sellers gave us a $4,500 credit. Then the bank, National Bank on Wellington, asked for EVERYTHING: two pay stubs, T4s for 2022 and 2023, my Notice of Assessment, and for some reason a copy of my RAMQ card ([[R:dela76541289]], yes I know, don't @ me). Our mortgage broker [[P:maricel dela cruz]] fought with the underwriter for a week over a $300 e-transfer from my tita.

The notary was at Medeiros Fonseca & Associés, [[A:3500 Wellington Street, Suite 210]], [[Z:H4G1T9]]. [[P:Me Fernanda Medeiros]] read every single clause of the deed out loud, in French then in English, and patiently explained the welcome tax ("taxe de bienvenue", or the Denis Coderre tax as my uncle calls it, wrong city hall Tito). Bill was $1,650 all in.

Keys on April 2. First night we ate Portuguese chicken from Romados on the floor. Thank you [[P:Ate Joy]], [[P:kuya Rommel]], and @[[P:bernie_santos]] for the moving truck and the pancit. If anyone needs a reference for Wei or for the notary, message me, not the firm. 🇵🇭🇨🇦"""),
]
