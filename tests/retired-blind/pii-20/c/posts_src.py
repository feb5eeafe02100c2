# Blind test set pii-20/c — posts written by hand.
# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------------- batch 1 ----------------
(1, "fr", "facebook", "C", [], """📅 HORAIRE DES BÉNÉVOLES — soins palliatifs, Hôpital de Maria, semaine du 9 décembre

Lundi soir : [[P:Ginette]] + [[P:ti-Paul Arsenault]]
Mardi : [[P:Rose-Aimée Barriault]] (elle apporte sa soupe aux gourganes, préparez vos bols 😄)
Mercredi : [[P:jean-guy]] pis [[P:Mme Thibodeau]]
Jeudi : À COMBLER!!! 🙏
Vendredi : [[P:Kateri Jerome]] (de retour de Gesgapegiag, bienvenue!)

Merci à tout le monde d'avoir signé le formulaire d'autorisation écrite pour qu'on puisse afficher vos noms ici. Si vous pouvez prendre le jeudi, textez-moi au [[T:418 555-0172]] ou écrivez à [[E:benevolat.maria.gaspesie@example.ca]]. Rappel : formation RCR le 14 à la salle Desjardins, 2e étage."""),

(2, "en", "instagram", "R", [], """Student council results are IN at École secondaire Jacques-Rousseau!! 🗳️🎉
President: [[P:Amira Haddad]]
VP: [[P:TYLER O'BRIEN]]
Treasurer: [[P:nguyen thi lan]]
Sports rep: our own setter [[P:Mateo]] from the juvenile girls... sorry, boys 😅 volleyball team
Turnout 71%, which beats last year's 54%. Huge thanks to [[P:Mr. Okafor]] for running the ballot count and to the Longueuil Eagles alumni who came to speak. #StudentVoice #Montérégie #Vote2024 #Go[[P:Amira]]"""),

(3, "fr", "linkedin", "B", [], """Hier soir, consultation publique de la Ville de Saint-Jean-sur-Richelieu sur le Programme particulier d'urbanisme du Vieux-Saint-Jean. Salle comble au Cabaret-Théâtre du Vieux-Saint-Jean, près de 140 citoyennes et citoyens.

J'y étais à titre personnel, comme résidente du quartier, pas comme avocate. Quelques constats :
• les interventions sur le stationnement rue Richelieu ont pris la moitié de la soirée;
• la question des logements abordables revient constamment, et le règlement 2150 n'y répond que partiellement;
• le greffier a rappelé que le procès-verbal sera déposé à la séance du 17 décembre.

Beau rappel que la LAU prévoit ces mécanismes pour une raison. Bravo à l'équipe de l'urbanisme pour l'animation.
#droitmunicipal #participationcitoyenne"""),

(4, "en", "facebook", "L", [], """Update on my own $238 speeding ticket (yes, the paralegal got a ticket 🙃): hearing at the Montreal municipal court, Chambre 2.03, this morning. Officer [[P:Delisle]] couldn't say when the radar was last calibrated, and the judge tossed it. Not legal advice, just a happy Wednesday!
Fun fact: the tow truck from Remorquage Jean-Marc Lefebvre that showed up for the car in front of me was faster than my file, which took 11 months. Lunch at Schwartz's to celebrate 🥪"""),

(1, "en", "linkedin", "S", [], """After six years, I'm stepping down from my Tuesday night shifts at the Maison Michel-Sarrazin in Quebec City to focus on my work here. Palliative care volunteering taught me more about listening than any training ever did, and it shaped how I sit with the women we support.

Thank you to [[P:Claudette Bernier]], who trained me in 2018 with endless patience, to [[P:Father Raymond]] for the Thursday coffee, and to [[P:Yasmine El-Khoury]] and [[P:Dwayne Sockabasin]] for covering my last shifts.

If you've ever considered it, the hospice is recruiting for the spring cohort. Four Saturdays of training, no experience needed.
#PalliativeCare #Volunteering #Bénévolat"""),

(2, "fr", "facebook", "S", [], """Petite fierté de maman 🥹 ma grande [[P:Noémie]] a été élue présidente du conseil étudiant de la Polyvalente Saint-Jérôme hier!! Elle a battu [[P:Xavier-Olivier]] par 12 votes 😅 Son slogan « Une école qui t'écoute » était pas mal mieux que les Doritos gratuits de l'autre gang lol.
Merci à [[P:Mme Lacasse]] sa prof d'éthique qui l'a encouragée à se présenter. Party de pizza ce soir chez mamie [[P:Fernande]]!"""),

(3, "en", "facebook", "C", [], """Went to the Gaspé town council meeting Monday night (as a resident, not on behalf of my employer). Public question period ran almost 90 minutes. [[P:Linda McInnis]] from Sandy Beach spoke about the erosion near the boardwalk, [[P:Bob Drody]] asked again about the York River bridge detour, and a young guy, [[P:Shawn]] I think, had a very good question about daycare spots on Route 132.

Council adopted the 2025 budget 6–1. The minutes should be posted on the town website within the week. If anyone wants my notes, DM me. #Gaspé #Gaspésie"""),

(4, "fr", "instagram", "R", [], """Quand t'es coach de badminton pis que tu te fais coller un 15 km/h de trop sur la 116 en plein matin de tournoi régional 🙄🏸 L'agent [[P:Gauthier]] était ben fin par exemple. On conteste quand même, audience à la cour municipale de Saint-Hyacinthe en mars.
Pendant ce temps-là les filles de benjamine ont gagné 21-17, 21-15 contre Granby. Victoire quand même 💪 #RSEQ #badminton #Montérégie"""),

(1, "fr", "instagram", "B", [], """Dernier quart de bénévolat de l'année à la Maison Aube-Lumière de Sherbrooke 🕯️
Quand on passe ses journées au palais de justice, ça fait du bien de passer une soirée juste à écouter. Merci à [[P:Françoise]], notre coordonnatrice, pour le gâteau, et à [[P:Hubert Nadeau-Laplante]] et [[P:lucie]] pour le covoiturage dans la tempête 🌨️
On se revoit en janvier. #soinspalliatifs #bénévolat #avocatesquibénévolent"""),
# ---------------- batch 2 ----------------
(2, "en", "linkedin", "B", [], """Proud coach moment: our Collège Jean-de-Brébeuf delegation just came back from HMUN in Boston with two awards. 🌍

[[P:Priya Raghunathan]] (Outstanding Delegate, UNHCR, representing Chile) and [[P:Jean-Philippe "JP" Desrosiers]] (Verbal Commendation, DISEC, for Ghana). [[P:Wei-Ling Zhou]] chaired her first crisis committee and was, frankly, better than most presiding judges I've appeared before on a Monday morning.

Model UN is the best litigation training I know: you draft, you negotiate, you lose a vote, you come back with an amendment. Thanks to [[P:Me Bianca Moretti]] for co-coaching and to the parents' committee for the bake sale (we raised $1,840 — order #MUN-2024-077 for the blazers is finally paid).
#ModelUN #MUN #Mentorat"""),

(3, "fr", "facebook", "L", ["CLIENT_CONFIDENTIALITY"], """Séance du conseil municipal de Boucherville hier soir. Notre cliente, [[P:Mme Josée Paquin-Rivard]], a enfin pu présenter sa demande de dérogation mineure pour le garage du [[A:742, rue De Montbrun]] ([[Z:j4b 5e9]]). Trois voisins se sont opposés, dont [[P:M. Lussier]] qui a parlé 15 minutes de « précédent dangereux » 🙄 Le conseil a reporté la décision au 20 janvier. On reste confiants, le dossier est solide!"""),

(4, "en", "instagram", "C", [], """court day ⚖️🚗 contesting the ticket I got on Route 132 near Percé coming home from a night shift in October. Hearing at the Gaspé courthouse, file [[C:110-61-004518-248]]. Wish me luck, the officer apparently measured me with a laser from 600 m away in fog 🌫️ lol
update: ACQUITTED. $325 saved = new winter tires. #Gaspésie #nightshift"""),

(1, "fr", "facebook", "R", [], """Grand-maman [[P:Thérèse Leclerc-Beaudoin]], [[D:née le 2 février 1931]] à Saint-Ours, nous a quittés dimanche, entourée, à la Maison de soins palliatifs du Richelieu.

Je veux remercier du fond du cœur les bénévoles qui se sont relayés à son chevet : [[P:Réjean]], [[P:Dolorès Cusson]], [[P:GISÈLE]], et surtout [[P:Bashir]], qui lui jouait du Félix Leclerc à la guitare tous les mardis. Elle chantait « Le petit bonheur » avec lui jusqu'à la fin.

Je manquerai l'entraînement de cross-country jeudi, [[P:Karine]] va me remplacer avec les juvéniles. Les dons peuvent être faits à la Maison, [[A:3010 boul. Laframboise]], Saint-Hyacinthe."""),

(2, "fr", "instagram", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Trop fière de notre [[P:Jayden]] 🥹💙 12 ans, placé chez nous depuis 2 ans par la DPJ, et il vient d'être élu représentant de sa classe au conseil étudiant de l'école Saint-Norbert à Cap-Chat! Sa mère [[P:Cindy Pelletier]] pourrait pas venir à la cérémonie mais on était là en gang, toute la famille d'accueil 🎉 #famillesdaccueil #fierté"""),

(3, "en", "linkedin", "S", ["LOCATION_DISCLOSURE"], """Yesterday I presented our brief at the City of Saint-Jérôme's public consultation on the housing action plan. I told the council what we see every day: women leaving our shelter at [[A:218 rue Castonguay]] with nowhere to go, because a 3½ in the Laurentides now rents for $1,250.

Councillors asked good questions, and [[P:Marie-Ève]] from the tenants' association ([[E:me.lafrance.comitelogement@example.org]]) backed up our numbers. The full brief is on our website.
#Housing #LogementSocial #ViolenceConjugale"""),

(4, "fr", "linkedin", "L", [], """Contester un constat d'infraction : 5 choses que je répète à tout le monde au souper de Noël 🎄

1. Vous avez 30 jours pour enregistrer un plaidoyer de non-culpabilité.
2. Payer, c'est plaider coupable (et accumuler les points d'inaptitude).
3. La poursuite doit prouver l'infraction hors de tout doute raisonnable.
4. Une erreur sur le constat ne l'annule pas toujours (voir art. 180 C.p.p.).
5. Si votre auto a été remorquée, gardez la facture et les photos.

Information générale seulement, pas un avis juridique. Chaque situation est différente. #CodeDeLaSécuritéRoutière #Québec"""),

(1, "en", "instagram", "L", [], """Saying goodbye to the West Island Palliative Care Residence after 4 years of Sunday mornings. 💛
To [[P:Maggie]] who taught me to make the perfect tea for people who can barely swallow, to [[P:Mr. Abernathy]] on the third floor who beat me at cribbage every single week (RIP, you legend), and to @[[P:deepa.kapoor]] — see you at the spring gala.
Litigation is loud. This place was quiet. Grateful."""),
# ---------------- batch 3 ----------------
(2, "en", "facebook", "R", ["DISPARAGEMENT"], """Student council speeches today at Polyvalente Chambly. Good luck to all the candidates, but if [[P:brayden kowalski]] wins I'm handing in my whistle 😂 Kid can't even remember to bring his cleats to a soccer game and he wants to run the school budget? What a clown 🤡 Vote [[P:Fatou]] people. #RSEQ"""),

(3, "fr", "instagram", "C", ["CONSENT_REQUIRED"], """Fière de ma collègue [[P:Nadia Cyr]], travailleuse sociale au CLSC de Sainte-Anne-des-Monts, qui a pris la parole hier au conseil municipal pour défendre le projet de logements pour aînés sur la rue du Rivage 👏👏 Elle a parlé au nom des familles qu'on accompagne, sans notes, pendant 6 minutes. Le procès-verbal dit « intervention de [[P:Mme N. Cyr]] » mais nous on sait que c'était un discours 😎 #HauteGaspésie #fierté"""),

(4, "en", "linkedin", "B", ["CLIENT_CONFIDENTIALITY", "TESTIMONIAL_SOLICITATION"], """Another WIN in traffic court 🏆 My client [[P:Kevin Santos-Medeiros]] got his careless driving charge thrown out this morning (file [[C:505-61-087342-233]], Longueuil courthouse). Officer [[P:Bergevin]]'s notes said the Civic was "red"; the photos from the tow yard at Remorquage Brossard showed a silver car. Reasonable doubt, folks.

Got a ticket? Call [[T:(450) 555–0193 ext. 12]].
If we helped you, please leave us a ⭐⭐⭐⭐⭐ Google review, it really helps a small practice!"""),

(1, "fr", "facebook", "S", [], """TROUVÉ 🔎 un portefeuille brun dans le stationnement de la Maison de soins palliatifs de Laval après le souper-bénéfice de samedi. Dedans : une carte d'assurance maladie au nom de [[P:ROBERT ST-AMOUR]] ([[R:STAR 4507 2211]]), une carte d'assurance sociale ([[S:233 875 004]]) et 40 $. Si vous le connaissez, il peut appeler la réception au [[T:450.555.0126]]. 

Sinon merci à toutes les bénévoles qui ont servi le pâté chinois, ça a rapporté 8 460 $ pour la Maison!"""),

(2, "en", "linkedin", "L", [], """Our firm was proud to sponsor the 2024 Montreal Model United Nations (MonMUN) this weekend at the Palais des congrès. 600 high-school and CEGEP delegates, 14 committees, one crisis cabinet that somehow invaded Luxembourg.

A highlight: the Canada delegate opening the General Assembly by quoting Mark Carney's speech on trade, then filibustering the Security Council for 9 minutes. Future litigator, clearly.

Thank you to the Secretariat for the invitation, and to our associates who judged the Legal Committee. #MUN #ModelUN #Montréal #Relève"""),

(3, "fr", "facebook", "R", [], """RÉSUMÉ du conseil municipal de Chambly d'hier soir pour les parents du club de soccer ⚽

- Le terrain synthétique du parc Robert-Lebel : adopté à 5 contre 2, travaux en 2025.
- [[P:Martine Jean-Baptiste]], la maman de [[P:Léo]] (U12), a lu la lettre signée par 214 familles. Chapeau!
- [[P:M. Yves Charbonneau]] de la rue Bourgogne s'est plaint des lumières le soir. Le conseil va étudier un horaire.
- Le procès-verbal sera en ligne sur le site de la Ville d'ici 10 jours.

Merci à tous ceux qui se sont déplacés un lundi à 19 h 30 🙏 Questions : [[E:soccerchambly.parents@example.com]]"""),

(4, "fr", "instagram", "S", [], """Fourrière de Laval = escrocs 😤 J'me fais remorquer devant la pharmacie Jean Coutu du boul. des Laurentides (panneau caché derrière un arbre!!) pis ils m'ont chargé DEUX FOIS 312,50 $. Sur mon reçu c'est écrit la carte [[CC:4556 5294 1307 8716]], deux transactions à 14 h 02. Appel au 311, plainte déposée, pis je conteste le constat. Agent [[P:Pierre-Luc Tessier]], si tu me lis : l'arbre, ça existe. 🌳"""),

(1, "en", "instagram", "B", [], """Hospice shift tonight. Phone off. 🕯️"""),
]
