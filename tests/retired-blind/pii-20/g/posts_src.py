# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------------- batch 1 ----------------
(1, "fr", "linkedin", "B", [], """Petite liste pour les collègues qui me demandent toujours mes interprètes de confiance au palais de justice de Montréal 👇
• Espagnol (Colombie, Mexique) : [[P:Mme Valentina Restrepo-Ortiz]], [[T:514 555-0182]]
• Créole haïtien : [[P:Jean-Robert Desir]], le meilleur pour la Chambre de la jeunesse, [[E:jr.desir.interprete@gmail.com]]
• Arabe (dialectes du Maghreb et du Levant) : [[P:Samira B.]] via l'agence Traductions Mont-Royal, [[T:(514) 555-0107 poste 214]]
• Portugais : [[P:tiago]] (il préfère qu'on l'appelle direct au [[T:438.555.0163]])
Tous membres de l'OTTIAQ. Pas de pub ni de lien d'affaires, juste du monde qui m'a sauvé la mise plus d'une fois en Cour du Québec. #interprètes #droitcriminel #PalaisDeJustice"""),

(1, "en", "facebook", "L", ["CLIENT_CONFIDENTIALITY"], """Anyone in the Longueuil area know a Vietnamese interpreter who's certified for depositions?? Ours cancelled last minute and [[P:Mr. Nguyen]]'s examination is Thursday 9:30 at the office. He barely speaks English or French and honestly after everything with his landlord he's stressed enough already 😩 Mandarin would help too, for his wife.
DM me or call the front desk at [[T:450-555-0119 ext. 3]]. Thanks!!
(Miss you [[P:Linh Pham]], best interpreter we ever had, Calgary is lucky 😢)"""),

(1, "fr", "facebook", "S", [], """Bonjour la gang! Je monte un bottin d'interprètes pour notre équipe d'intervention : dari, farsi, tigrigna, swahili, wolof, tagalog, espagnol. On fait déjà affaire avec la Banque interrégionale d'interprètes mais le soir pis les fins de semaine, les délais sont longs en titi.
Si vous connaissez des interprètes pigistes fiables et DISCRETS, écrivez-moi en privé : [[E:bottin.interpretes.mh@outlook.com]]
Un gros merci à [[P:Aminata Diallo]] pis à [[P:Marie-Eve]] qui m'ont déjà envoyé des noms 🙏"""),

(1, "en", "instagram", "C", ["CONSENT_REQUIRED"], """Huge wela'lin to our Mi'gmaq interpreter @[[P:tanya.metallic]] who spent all of Tuesday with us at the Pointe-à-la-Croix CLSC 💛 Pictured with our nurse [[P:Kevin Barnaby]] and [[P:Geneviève]] from social services at the front desk. We couldn't do this work without you!
#Gaspésie #Migmaq #interpreters #BaieDesChaleurs"""),

(1, "fr", "linkedin", "R", [], """Merci aux interprètes LSQ qui ont rendu possible la finale régionale de badminton à Saint-Hyacinthe samedi! Grâce à [[P:Josiane Lapalme]] et [[P:Félix-Antoine Roy]], nos athlètes sourds de l'école secondaire Fernand-Lefebvre ont pu suivre les consignes des arbitres comme tout le monde 🏸
Pour les écoles qui veulent réserver un service d'interprétation LSQ-français pour leurs tournois : Service d'interprétation visuelle et tactile, [[T:514-555-0148]] (texto seulement), ou demandez à [[P:JOSIANE]] directement au prochain Championnat.
#RSEQ #Montérégie #inclusion #LSQ"""),

(1, "en", "linkedin", "B", [], """Building a referral list for litigators who get cross-border files: certified translators (OTTIAQ, ATIO, ATA) I've worked with and would hire again.
- Italian ↔ French/English: [[P:Paolo DiStefano]], Laval, sworn translations of notarial deeds, [[E:p.distefano@traductionsdistefano.ca]]
- Korean: [[P:Grace (Eun-ji) Park]], fast turnaround on exhibits
- Punjabi and Urdu: [[P:Harpreet Kaur Sandhu]], [[T:514 555 0171]]
- Inuktitut (Nunavik dialects): Makivik's language services, ask for [[P:Lucassie]]
- Tagalog: Tita [[P:Rosalinda Manalo]], who also interprets at the Jewish General
Nothing sponsored, no referral fees. Add yours in the comments 👇 #legaltranslation #QCBar #LitigationLife"""),

(1, "fr", "facebook", "C", [], """Pour les collègues des RI-RTF qui cherchent des traducteurs pour des documents officiels en mi'gmaq, en innu-aimun ou en inuktitut : le Conseil de bande de Gesgapegiag et l'Institut culturel Avataq ont des listes à jour.
Sinon [[P:Marcel Vollant]] traduit aussi vers l'anglais, [[T:418 555-0193]], [[E:mvollant.trad@hotmail.ca]]. Adresse pour envoyer les docs papier : [[A:1024, route 138]], Uashat, [[Z:g4r4l9]].
Y répond pas le vendredi, c'est sa journée de chasse 😄"""),

(2, "fr", "facebook", "S", [], """Horaire des fêtes 2026-2027 pour le groupe « Famille élargie des cocos » 🎄
24 déc. : chez papa ([[P:Steve]]) pis [[P:Karine]] à Granby, souper à 17 h
25 déc. : retour chez nous à midi, grand-maman [[P:Lise]] vient les chercher à 15 h pour le brunch des [[P:Beaulieu]]
31 déc. : chez nous, mamie [[P:Jo]] couche ici
1er janv. : chez [[P:Steve]] jusqu'au 3
Le plus jeune, [[P:Mathis]], a son tournoi de hockey à l'aréna Léonard-Grondin le 28, qui l'amène? @[[P:steve.beaulieu78]] tu me confirmes d'ici dimanche stp 🙏"""),

(2, "en", "facebook", "L", [], """Custody calendar for August, pinned for everyone in the group chat ([[P:Dan]], [[P:Priya]], Grandma [[P:Pat]], Uncle [[P:Rocco]]):
Aug 1–8: kids with me
Aug 9–15: with [[P:Dan]] & [[P:Priya]] (cottage at Lac-Brome)
Aug 16: swap at the Tim Hortons on Taschereau, 10 am, NOT 10:30 [[P:Dan]] 😑
Aug 17–23: me
Aug 24–31: [[P:Dan]], back-to-school shopping at Carrefour Laval with [[P:Pat]]
[[P:Olivia]]'s allergist appt is Aug 12 at the Montreal Children's, [[P:Priya]] can you take her?
Also [[P:Dan]], I put your SIN on the daycare tax form ([[S:527 319 461]]) so stop asking me for the Relevé 24 lol"""),

# ---------------- batch 2 ----------------
(2, "fr", "instagram", "R", [], """Semaine de garde pis semaine de tournoi en même temps, classique 😅 Calendrier partagé avec [[P:Jessy]] pis sa blonde [[P:Mélodie]] :
lun-mer → moi (pratique des Riverains au gym de l'école secondaire Jacques-Rousseau)
jeu → [[P:Jessy]]
ven-dim → tournoi de volleyball à Granby, on y va toute la gang, même grand-papa [[P:Réal]] 🏐
[[P:Jessy]] pour l'inscription (85 $), prends la carte des enfants : [[CC:4530 9114 2847 6211]] exp 11/28, pis efface ça de ta tête après lol
Si vous voyez passer une Corolla rouge pleine de collations, c'est nous. #coachpapa #RSEQMontérégie #gardepartagée"""),

(2, "en", "facebook", "C", [], """Okay co-parenting crew ([[P:Jordan]], [[P:Mel]], Nana [[P:Bernadette]]) here's the plan for [[P:Chloé]]'s birthday week 🎂
She was born [[D:March 14, 2019]] so she's turning 7!! Party is Saturday at the bowling alley on Jacques-Cartier in Gaspé, 2 pm.
[[P:Jordan]] has her Thu–Fri, I pick her up Friday at 5 at the CPE.
[[P:Mel]] thanks for offering to do the cake, she wants Pat' Patrouille, not Frozen anymore apparently.
[[P:Jordan]] for the walk-in clinic form her card number is [[R:ARSC 1953 1412]].
If anything changes TEXT me at [[T:418-555-0126]], not Messenger, I'm on nights at the hospital all week."""),

(2, "fr", "facebook", "B", [], """Pour la famille élargie qui me demande où on en est : le jugement sur la garde est rendu (dossier [[C:500-04-071283-259]]), semaine/semaine à partir du 5 janvier.
[[P:Mathieu]] a les enfants à Noël cette année, moi au jour de l'An. [[P:Gisèle]], [[P:Raymond]] : vous pouvez les voir le 27 comme d'habitude, [[P:Mathieu]] est d'accord et [[P:Sandrine]] aussi.
Et non, je ne me suis pas représentée moi-même 😅 Merci à [[P:Me Nadia Haddad]] pour son calme olympien."""),

(2, "en", "instagram", "S", [], """Co-parenting tip: ONE shared calendar that exes, new partners and grandparents can all see. Fewer texts = fewer fights 🙃 #coparenting"""),

(3, "fr", "linkedin", "B", [], """Le 12 novembre, j'ai soutenu ma thèse de doctorat en droit (LL.D.) à l'Université Laval sur la preuve numérique en droit criminel 🎓
Merci à ma directrice, la professeure [[P:Anne-Marie Tousignant]], et à mon codirecteur [[P:Pierre-Luc Ng]], d'une patience infinie. Merci aux membres du jury : [[P:Me Karim Belkacem]], [[P:Dre Sophie Lachance-Whiteduck]] (Université d'Ottawa) et l'évaluateur externe, le professeur [[P:Hugh O'Donnell]] de McGill.
Et à mes collègues du labo, surtout [[P:Tran Minh Chau]] et [[P:bolduc]] (tu sais pourquoi) : vous êtes les meilleurs. Salle 2419 du pavillon Charles-De Koninck, je ne t'oublierai jamais.
Quelques mots pour ceux et celles qui se demandent si ça vaut la peine de faire un doctorat en pratiquant à temps plein : oui, mais. Oui, parce que la recherche m'a rendue meilleure plaideuse; j'argumente maintenant avec des sources et non avec des impressions. Mais il faut accepter que pendant cinq ans, les soirées, les fins de semaine et une bonne partie des vacances passent dans Zotero, CanLII et la bibliothèque Bonenfant. Il faut aussi un cabinet qui comprend, et le mien a été exemplaire.
Ce que j'ai appris en chemin : la Cour suprême ne tranche pas tout (loin de là), R. c. Marakah n'a pas réglé la question des métadonnées, et un jury de thèse peut poser des questions plus coriaces qu'un juge de la Cour d'appel un lundi matin.
La thèse sera déposée dans CorpusUL d'ici l'hiver. Si le sujet vous intéresse, écrivez-moi, je fais une présentation au Jeune Barreau de Québec en mars.
#LLD #UniversitéLaval #droitcriminel"""),

(3, "en", "linkedin", "L", [], """Took the afternoon off from the firm to watch my old lab mate [[P:Seun Adeyemi]] (now [[P:Dr. Adeyemi]]!!) defend her PhD at McGill's Faculty of Law. Chancellor Day Hall, room 202, standing room only.
Her thesis on algorithmic risk scores in bail hearings passed with no corrections. Her supervisor, [[P:Prof. Margaret Lacroix-Hughes]], teared up, and the external examiner flew in from Osgoode just for this.
Committee: [[P:Ahmed El-Amrani]], [[P:Bridget Whelan]] and [[P:Santiago Mejía]]. Celebrated at Gibeau Orange Julep because of course we did 🍊
#PhD #McGillLaw #AIandLaw"""),

(3, "fr", "linkedin", "C", [], """Ça y est : mémoire de maîtrise en développement régional soutenu à l'UQAR, campus de Rimouski! Mon sujet : l'accès aux services de première ligne en Haute-Gaspésie après la réorganisation des lits à Sainte-Anne-des-Monts.
Merci à ma directrice [[P:Mme Julie Parent-Gauthier]], à [[P:M. Yves Cloutier]] pour la codirection, et au jury, [[P:Roxanne Metallic-Jerome]] et [[P:Dr Amadou Touré]].
Gros merci aussi à mon chum [[P:Fred]] qui a fait 3 allers-retours Gaspé-Rimouski sur la 132 en pleine tempête 🌨️
#UQAR #Gaspésie #recherche #HauteGaspésie"""),

(3, "en", "linkedin", "R", [], """Proud day at the Université de Sherbrooke Longueuil campus: our kinesiology lab's own [[P:Thomas Leblanc-Sauvé]] defended his MSc on concussion reporting in high school football in Montérégie (data from 14 RSEQ schools, 2022–2025 seasons, 1,184 athletes).
Committee: [[P:Prof. Isabelle Dufresne]] (chair), [[P:Prof. Rajesh Venkataraman]] and [[P:Dr. Ana Lucía Cárdenas]] from Sainte-Justine.
Lab mates @[[P:mo.benali]], @[[P:kat.szabo]] and yours truly brought La Banquise poutine to the reception, no regrets.
Next up: [[P:Thomas]] starts as athletic therapist with the Lynx of Cégep Édouard-Montpetit 🏈 #RSEQ #concussion #kinesiology"""),

# ---------------- batch 3 ----------------
(3, "fr", "instagram", "S", [], """Soutenance de mémoire ✅ Maîtrise en travail social, UQAM.
Trois ans à concilier des quarts de soir et des séminaires le samedi matin. Merci à ma directrice [[P:Nathalie St-Pierre]], au comité ([[P:Farah Joseph]], [[P:Christine O'Bomsawin]]) et à ma coloc de labo [[P:yuki]] pour les relectures à 2 h du matin ☕
Le mémoire sera sur Archipel au printemps pour celles que ça intéresse.
#UQAM #travailsocial #violenceconjugale #maîtrise"""),

(3, "en", "instagram", "R", [], """📣 RECRUITING: our lab (Laboratoire de biomécanique du sport) needs high school volleyball players from Montérégie, ages 14–17, for a landing-mechanics study. 2 sessions of 90 min, $40 gift card from Sports Experts, parents' consent required.
Lab is at [[A:141 Président-Kennedy Avenue]], room SB-4520, Montreal [[Z:H2X 1Y4]]. Info: [[E:labbio.recrutement@uqam.ca]] or [[T:514-555-0135 poste 2207]], ask for [[P:Jonah]] or [[P:Mariana]].
PI: [[P:Prof. Hélène Kowalczyk]]. And congrats again to [[P:Dr. Mariana Quispe]], who defended last Friday and is somehow still recruiting for us 😂
#RSEQ #volleyball #research #kinesiology"""),

(4, "fr", "instagram", "R", [], """Photo walk du club Déclic Montérégie au parc national du Mont-Saint-Bruno, puis match de football des Patriotes en soirée 📸🏈
Crédits : 1 à 3 @[[P:lucie.tessier]], 4 [[P:Kevin Tremblay]], 5-6 moi.
Modèle pour les portraits au coucher du soleil : [[P:Kiana Jacobs]] (merci pour ta patience, il faisait 4 degrés 🥶)
Prochaine sortie : Vieux-Beloeil le 8 novembre, départ au Tim Hortons de la rue Laurier à 9 h.
#photowalk #RSEQ #Montérégie #Fujifilm #Canon"""),

(4, "en", "instagram", "B", [], """Sunday photo walk with the Old Montreal Camera Club 📷 Rue Saint-Paul, Marché Bonsecours, then the Clock Tower at golden hour.
Model: @[[P:amaranwosu]] (thank you!!), MUA: [[P:Lina Haddad-Ferreira]], second shooter: my little brother [[P:Rafa]].
Shot on a Leica Q2 because I finally treated myself after passing the bar 😅 Full album on Flickr.
#photowalk #VieuxMontréal #streetphotography #LeicaQ2"""),

(4, "fr", "facebook", "L", [], """Le Club photo de Longueuil cherche des modèles bénévoles pour sa sortie portrait du 15 juin au parc Michel-Chartrand (entente TFP, crédits garantis 📸).
Intéressé·es? Écrivez à [[P:Guylaine]] : [[E:guylaine.desrosiers@clubphotolongueuil.org]] ou [[T:4 5 0 5 5 5 0 1 7 7]]. Rencontre préparatoire au local du club, [[A:2050, ch. de Chambly, local 104]], [[Z:J4J 3Y2]].
Cotisation annuelle : 45 $ (reçu n° 2026-0615).
Merci encore à [[P:MARIO LAFLEUR]] pis à [[P:Ti-Guy]] pour les photos du dernier Salon des artisans!"""),

(4, "en", "facebook", "S", ["CONSENT_REQUIRED"], """Our fundraiser photo walk along the Lachine Canal raised $2,340 for the house 💜 So many lovely shots!
Here's one of our night counsellor [[P:Bianca]] and volunteer coordinator [[P:Deb]] laughing by the Atwater Market clock tower.
Photos by [[P:Sébastien Morin]] of the Verdun Photo Club, edits by [[P:hoang]]. Thank you to everyone who came out in the wind!"""),

(4, "fr", "instagram", "C", [], """Rocher Percé au lever du soleil ☀️ sortie du club photo ce matin #Gaspésie #Nikon"""),

(4, "en", "linkedin", "L", [], """Our wellness committee organized the firm's first lunch-hour photo walk through the Quartier des spectacles yesterday.
Winner of the very informal contest: [[P:Marc-Andre Cote]] from litigation, with a long exposure of the Place des Arts fountains. Honourable mentions to [[P:Stephanie O'Neill-Kim]] (paralegal extraordinaire) and [[P:ÉLODIE BERGERON]].
Judged by Montreal photographer [[P:Mike Tran]] of Tran Studio (who, yes, also shot our headshots).
Next walk: Mount Royal, October 3. #LifeAtTheFirm #photography #wellness"""),
]
