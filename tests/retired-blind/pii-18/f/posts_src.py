# (brief, lang, platform, pack, rules, text)
POSTS = []

# ---------------- batch 1 ----------------
POSTS += [
(1, "fr", "facebook", "B", [], """Fin de semaine de congé du palais 🍺 Lancement officiel de la Brasserie Côte-Sud à Kamouraska, fondée par mon chum de fac [[P:Jean-Philippe Ouellet]] (oui oui, celui qui a lâché le droit fiscal pour le houblon). Trois bières au menu :
- La Germaine, une blanche au sarrasin, nommée en l'honneur de sa grand-mère [[P:Germaine Dionne]], née le [[D:3 juin 1929]] à Saint-Pacôme 😮
- La Ti-Pit, IPA de la Côte-du-Sud, houblonnée au Citra et au Mosaic
- La Malbaie Noire, stout à l'avoine
Coup de cœur : la Germaine, notes d'agrumes et de biscuit, finale sèche. 7,50 $ la canette de 473 ml.
Allez les voir au [[A:112, route 132 Ouest]], Kamouraska [[Z:G0L 1M0]]! #bièreduquébec #Kamouraska"""),

(2, "en", "instagram", "R", [], """Team bonding day 🍎 Our juvenile girls volleyball squad from École secondaire Jacques-Rousseau went apple picking at Verger Larivière in Rougemont this morning. Honeycrisp almost done, Cortland and Spartan are perfect right now. Shoutout to coach [[P:mathieu]] for driving the bus and to [[P:Aisha Diallo]]'s mom for the cider donuts 🍩 We picked 14 bags (≈ 280 lbs) for the Moisson Rive-Sud food drive. #RSEQMontérégie #Rougemont #MontSaintHilaire"""),

(3, "fr", "facebook", "S", [], """Qui s'en va au Festival de la poutine de Drummondville cette fin de semaine?? 🍟 Moi j'ai ma liste : le truck de Chez Ti-Oui (poutine au smoked meat), La Cantine à Lulu, pis le nouveau camion de mon beau-frère [[P:Réjean]], « Le Boucanier », qui fait une poutine au brisket fumé 14 h. Il cherche encore 2 employés pour la saison, texte-le au [[T:819 555-0147]] ou écris à [[E:rejean.boucanier@gmail.com]].
Pis non, je ramène pas de poutine au bureau lundi, vous irez vous-mêmes 😂"""),

(4, "en", "facebook", "C", [], """Gaspé Garden Club seed swap is ON 🌱 Saturday March 14, 10 am–1 pm, Salle communautaire de Sandy Beach. Bring your extras! I'll have 'Savignac' and 'Mémé de Beauce' tomatoes, 'Thibodeau de Sainte-Hélène' beans, and a few packs of 'Aunt Ruby's German Green' that [[P:Bernadette]] saved from last year. Leftovers go back to the seed library at the Bibliothèque Jacques-Cartier.
Questions: [[P:Colleen O'Driscoll]], [[T:418.555.0192]] or [[E:codriscoll.jardins@outlook.com]]. No seeds from treated stock please!"""),

(1, "en", "linkedin", "L", [], """Not a legal post for once 🍷 Congratulations to Vignoble des Trois-Coteaux in Dunham on the release of their 2024 reserve, the Cuvée Marguerite-Bessette, named after co-owner [[P:Luc Bessette]]'s late mother, who planted the first Frontenac Noir vines on the property in 1998.
Tasting notes: sour cherry, cedar, a hint of black pepper, soft tannins. 13% alc., $32 at the cellar door, 1,200 bottles only.
Raised a glass with [[P:Priya]] and [[P:Tom Nakamura]] from our Sherbrooke office. #EasternTownships #QuebecWine #VinsDuQuébec"""),

(2, "fr", "instagram", "B", [], """Cueillette de fraises à l'île d'Orléans avec la marmaille 🍓 On est allés chez Ferme Onésime-Pouliot comme à chaque année, 6 casseaux plus tard les mains sont rouges pis le char sent la confiture. [[P:Zoé]] a mangé la moitié de sa récolte, [[P:Charles-Étienne]] boude parce que les Jewel sont « trop grosses » 🙄
Retour au bureau lundi, dossiers pis factures… #îledorléans #fraisesduquébec #viedavocate"""),

(3, "en", "instagram", "R", ["DISPARAGEMENT"], """Lost 3-1 to the Patriotes in the semis, then stood 40 minutes in line at the birria truck outside Centre sportif Gérard-Dumont… and who's right in front of us? The ref. [[P:Steve Boisvert]]. Man couldn't call an offside if it bit him, and now he's ordering tacos like nothing happened 🤡 Worst official in the Montérégie, hands down, somebody take his whistle away.
At least the tacos were 10/10. #RSEQ #soccer"""),

(4, "fr", "facebook", "S", [], """Troc de semences samedi à la bibliothèque Marie-Uguay! 🌿 J'apporte des boutures de pothos, des graines de tomates 'Cerise de Mme Gosselin' pis des haricots 'Jacob's Cattle'. La grainothèque est ouverte à tout le monde, c'est gratuit.
Ma voisine [[P:Thi Hoa Nguyen]] va avoir de la coriandre vietnamienne pis du basilic thaï, arrivez de bonne heure parce que l'an passé ça a parti en 20 minutes.
Info : Comité vert Ahuntsic, [[T:(514) 555-0163]] poste 2."""),

(1, "fr", "instagram", "C", [], """Enfin en vacances 🍻 Tournée des microbrasseries de la Baie-des-Chaleurs avec ma chum [[P:nath leblanc]] : Le Naufrageur à Carleton-sur-Mer, Pit Caribou à L'Anse-à-Beaufils, pis la petite nouvelle à Paspébiac, la Brasserie du Banc, qui a sorti une lager nommée La Vieille-Arsenault. Le brasseur [[P:Kevin Arsenault]] dit que c'est pour sa grand-mère, qui buvait juste de la Black Horse 😂
Notes : pain grillé, miel, ben ben buvable. 4 $ la pinte le mardi, faut l'dire. #gaspésie #bièredici"""),
]

# ---------------- batch 2 ----------------
POSTS += [
(2, "en", "facebook", "S", [], """Blueberry weekend up in Sainte-Jeanne-d'Arc at Bleuetière Tremblay & Fils 🫐 Wild lowbush only, $4/lb U-pick, cash or Interac. My sister [[P:Kayla McKenzie]] and her kids drove over from Mashteuiatsh and we did 22 lbs in two hours flat. Aunt [[P:Gisèle]] is making her famous tarte aux bleuets for Sunday supper.
If you're going: bring bug spray, the brûlots are OUT. Farm stand line: [[T:418-555-0128]]. #LacSaintJean #bleuets"""),

(3, "fr", "linkedin", "L", [], """Cuisine de rue : petit rappel à nos lecteurs restaurateurs 🚚 Avant de réserver un emplacement dans un festival, vérifiez trois choses : le permis d'occupation du domaine public de la municipalité, le permis du MAPAQ pour la préparation alimentaire et la couverture de votre assurance responsabilité civile pendant l'événement. Chaque Ville a ses propres règles; à Québec, Montréal et Gatineau, elles ont changé en 2024.
Des questions générales? Notre webinaire gratuit du 12 mars en parle. #cuisinederue #foodtruck #droitmunicipal"""),

(4, "en", "instagram", "B", [], """Sunday in the garden instead of the office 🌹 The Canadian Artists roses came through winter beautifully: 'Félix Leclerc' is already over the fence, 'Emily Carr' is loaded with buds, and 'John Cabot' never quits. Traded three divisions of Hosta 'Frances Williams' with @[[P:margo_fitzpatrick]] for cuttings of her 'Marie-Victorin' and a clump of Iris 'Ruby Mine'.
Next swap: Société d'horticulture de Laval, Maison des arts, first Saturday of June. #gardening #Laval #rosiers"""),

(1, "en", "facebook", "C", ["CONSENT_REQUIRED"], """What a lovely afternoon 🍏 We took four of our residents to the launch of the new ice cider at Cidrerie du Vieux-Verger in Maria. The Cuvée Hector is named after the orchard's founder, [[P:Hector Cyr]], and tastes like baked apple and maple. Our folks had the sparkling non-alcoholic version of course!
In the photo: [[P:Mr. Roland Bujold]] with his very first glass, and [[P:Denise Audet]] from our evening staff, who drove the van 🚐 Thank you to the whole [[P:Cyr]] family for the warm welcome. #BaieDesChaleurs #Gaspésie"""),

(2, "fr", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Journée aux pommes au Verger Bourdages de Bonaventure avec nos jeunes 🍎🍎 Une belle première pour [[P:Maëlie]], 9 ans, arrivée chez nous en mars par la DPJ : elle a cueilli à elle seule un demi-minot de McIntosh! Sa mère, [[P:Cindy Poirier]], a même pu venir pour la visite supervisée, on a fini ça avec des beignes aux pommes pis du cidre chaud.
Merci à [[P:Jocelyne]] du verger pour la visite guidée de la cidrerie ❤️"""),

(3, "en", "linkedin", "B", ["CLIENT_CONFIDENTIALITY"], """Spent Saturday judging the amateur category at the Poutine Fest in Sherbrooke 🍟 (tough job, someone had to). Winner: a duck confit poutine with Saint-Guillaume curds and a red-wine gravy. Runner-up: the Vietnamese pho poutine from Bánh Mì Bà Lan.
Also a big congrats to my client [[P:Marco Ferreira]], whose permit suspension we finally got lifted last month (file [[C:450-17-019842-243]]) — his Lusitano Grill truck is back on the road with the best bifana in the Eastern Townships. #streetfood #Sherbrooke"""),

(4, "fr", "instagram", "R", [], """Qui veut des plants de tomates 'Savignac'? J'en ai genre 30 de trop c't'année 🍅 Je les amène au gym mardi avant la pratique, gratis!"""),

(1, "fr", "linkedin", "R", [], """Un immense merci à la Brasserie du Richelieu de Chambly, partenaire du souper des bénévoles du championnat régional de basketball (finale 68-54, bravo aux Gaulois!) 🏀🍺
Pour l'occasion, le brasseur en chef [[P:Karonhiio Deer]] a dévoilé La Rocket, une rousse en l'honneur de Maurice Richard, et La Louise, une pale ale dédiée à sa tante [[P:Louise Lachapelle]], bénévole au hockey mineur de Kahnawake pendant 30 ans. Notes de caramel, de pain brun et d'écorce d'orange.
Commandites 2025 : [[E:commandites@brasseriedurichelieu.ca]] #RSEQMontérégie #bénévoles"""),
]

# ---------------- batch 3 ----------------
POSTS += [
(2, "en", "instagram", "L", [], """Strawberry season = best season 🍓 Took the afternoon off and went to Ferme Quinn on Île Perrot with my niece [[P:Ana]] for her birthday (born [[D:July 9, 2017]], she reminds everyone daily). 4 kg of Seascape and Albion, one sunburn, zero regrets.
Tip from @[[P:joy.delacruz.mtl]]: go on a weekday, the line at the fudge counter is half as long. Farm is at [[A:2495 boul. Perrot]], Notre-Dame-de-l'Île-Perrot — U-pick opens at 8. #fraises #IlePerrot"""),

(3, "fr", "facebook", "R", [], """🚚🍟 ZONE CAMIONS DE BOUFFE au championnat régional de volleyball, samedi à l'école secondaire Pierre-Bédard de Saint-Rémi! Au menu : poutine de La Patate à Ti-Gus, griot pis bananes pesées du camion Lakay, tacos al pastor de El Güero pis crème glacée molle de chez Dumoulin.
Pour la job d'été au camion : [[P:Jérémy]], le numéro que tu m'as envoyé en MP, [[S:273 849 158]], je l'ai transmis au proprio pour ta paie, c'est beau 👍
Infos : [[P:Guerline Baptiste]], [[T:+1 450 555 0173]] / [[E:g.baptiste.rseq@videotron.ca]]"""),

(4, "en", "facebook", "S", ["PRIVATE_EVENT_DISCLOSURE"], """Garden circle update 🌻 Our residents' gardening workshop is on this Thursday at 6:30 pm in the back garden of the house, right after supper. We'll be transplanting 'Cherokee Purple' tomatoes, sowing Rudbeckia 'Irish Eyes' and dividing the old Hemerocallis 'Stella de Oro' by the fence.
Master gardener [[P:Fiona Kavanagh]] is bringing her seed-saving kit again. Moms, the little ones are welcome, we'll have the watering cans out 💧"""),

(1, "en", "instagram", "S", ["CONSENT_REQUIRED"], """Cheers to Brasserie Dieu du Ciel! and Microbrasserie Le Castor for brewing La Solidaire with us 🍻 A crisp saison with lemon zest and Quebec-grown hops, $1 of every can goes to our emergency fund. Launch night raised $4,860!
Swipe ➡️ for pics of our amazing volunteers [[P:Gina Russo]] and [[P:Thu Trang]] pouring behind the bar, and our coordinator [[P:MARIE-ÈVE BÉLANGER]] doing the toast 🥂 #LaSolidaire #BièreQuébécoise #Montréal"""),

(2, "fr", "linkedin", "S", [], """Un énorme merci au Verger Lamontagne de Saint-Joseph-du-Lac pour les 40 caisses de Cortland pis de Lobo 🍎 Ça va faire des compotes pour tout l'automne! #solidarité"""),

(3, "en", "facebook", "C", [], """FOUND at Festi-Food in Gaspé last night, near the Chez Bob's lobster roll truck: a brown leather wallet. Name on the cards is [[P:Lucie Leblanc]], health card [[R:LEBL 8753 1512]]. I left it at the Sûreté du Québec desk on Jacques-Cartier street, order #2281 on the receipt stapled to it.
Please share so it gets back to her! 🙏"""),

(4, "fr", "facebook", "L", [], """🌱 Club des jardiniers de Limoilou — grand troc de vivaces et de semences 🌱
Dimanche 10 h, dans la cour chez [[P:GERMAIN LAROCHE]], [[A:845 rue Saint-Jean-Baptiste, app. 4]], Québec [[Z:g1r3x7]]. Apportez vos divisions d'hémérocalles pis de hostas, on aura aussi :
• tomates 'Mémé de Beauce' pis 'Savignac'
• haricots 'Thibodeau de Sainte-Hélène'
• pommes de terre 'Russet Burbank' pis 'Yukon Gold'
• rosiers 'Félix Leclerc' (boutures)
Inscription : [[E:club.jardiniers.limoilou@gmail.com]] ou texto à [[P:Nadia]] [[T:418–555–0119]]. Après, bière pis hot-dogs 🌭"""),

(2, "fr", "instagram", "B", [], """Autocueillette de framboises chez les Fraises Louis-Hébert à Sainte-Famille 🍇 pis misère, le site de réservation a planté 3 fois. Le message d'erreur : « Paiement refusé pour la carte [[CC:4520 1187 4402 9375]] » 😤 Finalement on a payé comptant sur place, 12 $ le casseau.
Merci à ma fidèle partenaire de cueillette [[P:Josée]] pis à son chum [[P:Ti-Loup]] pour le lift! #Team[[P:Josée]] #îledorléans #framboises"""),
]
