POSTS = [
# ---------------- barreau-qc ----------------
(1, "fr", "facebook", "B", [], """Petit rappel de notre politique (ben, celle du Barreau, recommandation no 6) : on évite les témoignages. Ça veut dire que non, je vous enverrai pas de lien « laissez-nous 5 étoiles ⭐⭐⭐⭐⭐ » après votre dossier, et si un témoignage apparaît sur ma page je dois le retirer rapidement. C'est pas de l'ingratitude, c'est de la déonto 😅 Merci de votre compréhension pis bonne fin de semaine!"""),
(2, "en", "linkedin", "B", [], """TRUE or FALSE: in Quebec your landlord can raise your rent by any amount as long as he gives notice.

FALSE. A lease renewal with an increase requires a written notice within set delays, and the tenant can refuse the increase within one month of receiving it; the landlord then has to apply to the Tribunal administratif du logement, which fixes the increase.

@[[P:kev.morin]] re your comment: I can't tell you what to do with *your* notice here, that would be individual advice in a public thread. General info only on this page. The TAL website has the calculation tool, or book a consult with any lawyer you like 🙂"""),
(3, "fr", "facebook", "B", [], """Un gros merci au Greffe numérique judiciaire d'avoir décidé de faire sa sieste vendredi à 16h58, pile au moment où 84 pages devaient partir 🙃 Vraiment, un sens du timing digne d'un grand humoriste. Le PDF a finalement passé à 17h41, après trois redémarrages, deux cafés pis une prière à saint Yves. Shoutout au confrère d'en face qui a accepté sans hésiter de reporter à mardi, c'est ça la courtoisie professionnelle 🙏 #viedavocat"""),
(4, "en", "instagram", "B", ["MISLEADING_ADVERTISING"], """Friday dad joke ⚖️😂 Why did the lawyer bring a ladder to court? To take it to a higher court!
Speaking of higher: our success rate in custody cases is through the roof 🚀 Separating this winter? With us you WILL keep your kids, guaranteed, or you don't pay a cent. DM us before your ex does 😉 #divorce #custody"""),
(1, "en", "facebook", "B", ["TESTIMONIAL_SOLICITATION"], """Friendly reminder of the Barreau's recommendation #6: lawyers shouldn't encourage clients to post testimonials 😇 So I'm NOT asking.

…buuut if you're one of the families we helped with their immigration files this year and you happened to be happy, nobody's stopping you from clicking the little stars on our Google page 👀⭐ just saying. Link in the first comment 👇"""),
(2, "fr", "linkedin", "B", [], """VRAI OU FAUX : un bon avocat peut vous GARANTIR un acquittement.

FAUX. Et méfiez-vous de quiconque vous le promet. La publicité des avocats est permise, mais elle doit respecter le Code de déontologie : pas de garantie de résultat, pas de piège à clics du genre « la #3 va vous choquer ». Un avocat peut vous expliquer vos options, vos risques et ses honoraires. Le résultat, c'est le tribunal qui le décide.

Bonne semaine à toutes et à tous ⚖️"""),
(3, "fr", "instagram", "B", ["CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE"], """3e visite ce mois-ci à l'établissement de détention de Rivière-des-Prairies pour le même monsieur, qui me jure encore les yeux dans les yeux qu'il savait pas que les catalyseurs dans son pick-up étaient pas à lui 🙃 Enquête sur remise en liberté demain à Laval, prions. Le café de la machine, lui, est toujours aussi coupable. #lavieestbelle #droitcriminel"""),
# ---------------- law-firm ----------------
(1, "en", "linkedin", "L", [], """Quick reminder from our firm's social media policy, because it's that time of year when the DMs get creative 🎄

A few people asked me at the holiday party why I never "like" client posts or accept friend requests from people whose files I handle. It's not personal, it's policy, and honestly it's good policy. So here's the short version of what our firm asks of every lawyer, paralegal and assistant:

• Confidentiality: no case details, ever. Not even "anonymized" ones with the town, the judge and the dog's name in them. Anonymized plus three details is just identified with extra steps.
• No client-specific information, including the fact that someone IS a client. Checking in at the courthouse with a client tagged counts.
• No legal advice in comments, Messenger or Instagram DMs. General information, yes. "In your situation you should…", no.
• Boundaries: we keep personal and professional accounts separate. If a client only reaches us through Messenger, we move the conversation to secure channels as fast as possible.
• Conflicts: interacting online with an opposing party, even a harmless "like", can look like something it isn't. We don't.
• Negative reviews: short, courteous, no facts of the file, invite the person to contact us privately. That's it.
• Training: yes, there's a refresher every year, and yes, it's mandatory, and yes, there are muffins.

If you message me about your separation, I will lovingly answer with our intake line, [[T:514-555-0142]], or [[E:accueil@roybelanger-avocats.ca]]. Not because I don't care. Because I do, and because your file deserves better than a comment thread.

Joyeuses fêtes to everyone, and thank you to our comms team for putting up with my emoji habit ⚖️🎄"""),
(2, "en", "facebook", "L", ["PERSONALIZED_LEGAL_ADVICE"], """MYTH: in Quebec, common-law partners split everything 50/50 when they break up.
FACT: they don't. Without a cohabitation agreement, the family patrimony rules don't apply to de facto spouses. 

---
reply to @[[P:Nathalie Roy]]: ok so from what you're saying, since the condo was bought in his name only in 2019 and you paid the whole reno, you've got a solid unjust enrichment claim. Don't wait, send him a formal demand letter this month before the 3 years are up and don't sign anything he sends you."""),
(3, "fr", "facebook", "L", ["CLIENT_CONFIDENTIALITY", "DISPARAGEMENT"], """Journée typique au bureau : le dossier [[P:Lapointe]] m'appelle pour la 6e fois cette semaine pour savoir si on peut poursuivre son ex-beau-frère parce qu'il « a regardé croche » son bateau au quai de Sorel. Non monsieur. Toujours non. Certains clients devraient payer double pour le temps qu'on passe à leur expliquer le gros bon sens 🙄 Vivement vendredi."""),
(4, "en", "instagram", "L", [], """Our paralegal promised she'd stop making legal puns this year. Turned out to be a tort-ally empty promise. 🙄😂
She says she's just trying to raise the bar. We told her she's on thin ice; she said "that's a slippery slope argument."
Happy Friday from the whole team ⚖️🎉"""),
(1, "fr", "linkedin", "L", [], """Rappel amical de notre politique interne sur les médias sociaux, suite à une discussion de dîner : on ne répond JAMAIS à un avis Google négatif avec des détails du dossier. Même si l'avis est injuste. SURTOUT si l'avis est injuste. Une réponse brève, courtoise, qui invite la personne à nous contacter en privé, c'est tout. Le devoir de confidentialité ne s'arrête pas parce que quelqu'un nous a donné une étoile."""),
(2, "fr", "linkedin", "L", [], """Vrai ou faux : si un ancien client vous démolit dans un avis Google, vous pouvez répondre avec les faits de son dossier pour « rétablir les faits ».

Faux. La confidentialité n'expire pas parce que quelqu'un a été impoli. Réponse courte, ton professionnel, on invite à poursuivre en privé, et si l'avis est diffamatoire on consulte son propre avocat. Se désengager d'une chicane en ligne, c'est presque toujours le meilleur move. #déontologie #viedecabinet"""),
(4, "fr", "facebook", "L", ["CLIENT_CONFIDENTIALITY"], """On dit que le divorce, c'est une question de partage 🤷‍♀️ Ben mon client de Laval, lui, voulait la garde partagée du Ski-Doo pis la garde exclusive du chalet de Saint-Donat, mais les enfants c'était « on verra » 😂 Audience mardi prochain, on va voir si la juge a le sens de l'humour. Bon lundi quand même!"""),
# ---------------- rseq-monteregie ----------------
(1, "fr", "facebook", "R", [], """Petit rappel de la politique du RSEQ Montérégie avant les séries 🏀 : pas de commentaires irrespectueux, désobligeants ou insultants envers les officiels, les adversaires, les bénévoles ou les entraîneurs. Oui, même quand l'arbitre a manqué le marcher le plus évident de l'histoire du basket scolaire 😅 On s'en parle en personne, calmement, après le match. Pis on félicite l'autre équipe. Go les Riverains go!"""),
(2, "fr", "facebook", "R", [], """Vrai ou faux : si t'effaces ton commentaire plate dans les 5 minutes, ça compte pas.

FAUX 🙃 Selon la politique du RSEQ Montérégie, supprimer un contenu après l'avoir publié (public ou privé) ne te dispense pas des sanctions. Les captures d'écran, c'est pour toujours. Aussi faux : « c'était juste une joke ». Les blagues, les rumeurs pis se faire passer pour quelqu'un d'autre sont nommément dans la liste de la cyberintimidation.

Vrai : tu peux demander au RSEQ d'arrêter de partager ta photo n'importe quand. Bon à savoir!

— [[P:Sylvie Landry]], entraîneuse-chef, volleyball benjamin"""),
(3, "fr", "facebook", "R", ["DISPARAGEMENT", "HARASSMENT"], """Bravo à l'arbitre de samedi au tournoi de Granby, le grand chauve avec le chandail jaune #21 😂 Vraiment une performance historique. Quelqu'un sait c'est qui? On pourrait faire une collecte pour lui payer des lunettes 👓 Partagez sa photo dans les commentaires, faudrait que tout le monde le reconnaisse au prochain match pis qu'on lui fasse un bel accueil 😉"""),
(3, "en", "instagram", "R", [], """Nothing builds character quite like a 7 a.m. volleyball tournament in a gym heated to a balmy 14°C 🥶🏐
Our juvenile girls lost 2–1 to Saint-Hyacinthe, fair and square. They were simply better today, and their setter was a wizard. Proud of our crew for the comeback in the 2nd set and for the handshake line. Next week: same gym, warmer socks."""),
(4, "fr", "instagram", "R", [], """Nos Guépards, tachetés de gloire 🐆🥇 #RSEQ"""),
(4, "en", "facebook", "R", ["HARASSMENT"], """Heard coach [[P:Benoît]] from the other school told his players our guys "can't handle pressure" 😏 That's cute. We'll see who handles pressure Thursday — in the game AND in the parking lot after. Somebody tell him to bring a helmet, it's a contact sport after all 😉🏈 #PuckDropPunchline"""),
(1, "en", "linkedin", "R", ["DISPARAGEMENT"], """Friendly reminder, per our policy: my profile clearly states that opinions here are personal and not those of the RSEQ Montérégie ✅

So, personally: our regional scheduling team couldn't organize a two-team tournament with a map, a GPS and a full-time assistant. Three schedule changes in 48 hours, zero explanation. Truly a masterclass in amateurism. Personal opinion, of course 🙃"""),
# ---------------- shelter ----------------
(1, "en", "facebook", "S", [], """Reminder of our policy, since we're getting lots of lovely messages lately 💜: we never post photos of residents or the house's address, and we delete comments that contain personal information about anyone, even well-meant ones like "I know her, she's so brave!". It's about everyone's safety. If you want to help, or if you need help, our line is open 24/7: [[T:1-800-555-0187]]. Thank you for understanding!"""),
(2, "en", "instagram", "S", [], """MYTH: shelters are only for women who've been physically hit.
FACT: psychological, economic, sexual and post-separation violence are all reasons to call us. Coercive control doesn't leave bruises, it still counts.

MYTH: you have to move in to get help.
FACT: we also offer phone support and outreach. Our line is public and free 💜 link in bio."""),
(3, "en", "facebook", "S", ["PRIVATE_EVENT_DISCLOSURE"], """Nothing more glamorous than making coffee for 12 in the basement of Ste-Cécile church every Wednesday at 7pm for our support group ☕😅 The chocolate chip cookies vanish by 7:15 every single week, I'm starting to suspect a conspiracy. If you want to donate cookies, you know where to find us!"""),
(4, "fr", "facebook", "S", [], """Notre cercle de tricot bénévole a été maille-veilleux cet automne 🧶 40 foulards pis 25 tuques pour la collecte des fêtes! On vous le dit sans fil-tre : vous êtes les meilleures.
Les dons de laine se déposent à notre bureau administratif public, [[A:245, rue Notre-Dame Ouest]], [[Z:G5L 1A1]] (c'est nos bureaux, pas la maison! heures d'ouverture, appelez avant svp). Merci, vous êtes tricot-tées serrées 💜"""),
(2, "fr", "instagram", "S", ["SURVIVOR_IDENTIFICATION", "LOCATION_DISCLOSURE"], """VRAI ou FAUX : on peut recommencer à zéro à 60 ans.
VRAI!! 💜 Une de nos résidentes, ancienne prof de français de Rimouski, 61 ans, arrivée chez nous en janvier avec ses deux chats pis un sac d'épicerie, vient de signer le bail de son nouvel appart dans Saint-Roch, à deux rues de la bibliothèque Gabrielle-Roy 🥹 Elle commence comme bénévole à la friperie la semaine prochaine. Fierté infinie."""),
(3, "en", "linkedin", "S", [], """Staff meeting photo 📸 Look at those faces: pure, unfiltered joy at reviewing the annual budget line by line 😂
(Everyone in the picture agreed in writing to have it posted, our comms policy takes that seriously, and yes @[[P:julie.lavoie]] approved her own hair.) Grateful for this team every single day."""),
(4, "fr", "facebook", "S", [], """Jeu de mots du jour : une maison d'hébergement, c'est pas juste un toit, c'est un « toit » et moi ensemble 🏠💜 (ok je sors).
Pour vrai : notre marche publique « Pas à pas contre la violence » aura lieu le samedi 29 novembre à 13h, départ devant l'hôtel de ville. Ouverte à toutes et à tous, apportez vos pancartes! Infos : [[P:Karine Dubé]], responsable des communications, [[T:418-555-0163]]"""),
# ---------------- cisss-gaspesie ----------------
(1, "fr", "facebook", "C", [], """Petit rappel de notre fiche-synthèse RI-RTF pour les fêtes 🎄 : pas de photos des jeunes qu'on héberge. Même de dos. Même avec un emoji sur la face. Même si c'est cute. SURTOUT si c'est cute. Pour un enfant suivi en LPJ, seul le tribunal peut autoriser ça. Postez votre sapin, vos tourtières, votre chien, mais pas les cocos. Questions? Écrivez à votre intervenante ou à [[E:ri-rtf.info@cisss-gaspesie.example]]. Joyeuses fêtes!"""),
(2, "en", "facebook", "C", [], """True or false: if the biological parent signs a consent form, I can post a photo of the child I foster.

FALSE. Under section 11.2.1 of the Youth Protection Act, consent from the parent (or from the child) isn't enough to publish anything that could identify a child followed under the LPJ or their parents. Only the tribunal can authorize it. When in doubt, don't post, and ask your resource's liaison worker."""),
(3, "fr", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Nouvelle recrue à la maison depuis lundi 😅 9 ans, arrivé de Chandler avec un sac vert pis une énergie de tornade 🌪️ On m'avait dit « un enfant calme »… je veux le numéro de la personne qui a écrit ça. Sa mère appelle trois fois par jour, ses frères sont placés à Paspébiac, pis il mange juste du Kraft Dinner. Ça va être un bel hiver 😂 #famillesdaccueil"""),
(4, "en", "instagram", "C", ["DISPARAGEMENT", "CONSENT_REQUIRED"], """RTF = Really Tired Family 😴 and DPJ = Dossier Perdu par [[P:Jocelyne]] 🙄 third time this year, girl, buy a filing cabinet"""),
(3, "en", "facebook", "C", [], """Fun fact: at the CLSC, a callback can now be measured in geological eras 🦕📞 Not the workers' fault at all, ours has 60+ files and still answers on Saturdays. It's the staffing. Dear Québec, please send more social workers to the Gaspé, we promise they'll love the view 🌊 (and the snow, eventually)."""),
(1, "fr", "linkedin", "C", ["CONFIDENTIAL_INFORMATION"], """Rappel amical à toutes les RI-RTF de la région, parce qu'on est rendus en décembre pis que tout le monde est fatigué 😅

La fiche-synthèse est claire : pas de renseignements confidentiels, pas de documents de l'établissement diffusés sans autorisation, pas de photos des usagers, pas de commentaires blessants envers le personnel ou les partenaires. Je respecte ça, pis je pense que c'est une bonne politique. On est des ressources, pas des influenceuses.

Ceci dit. Entre nous. Le nouveau barème qu'on a reçu par courriel hier baisse la rétribution de 12 % pour les places de niveau 4 à partir du 1er janvier, pis la note interne de la direction (page 2, le petit paragraphe en bas) dit noir sur blanc que c'est « temporaire en attendant l'exercice budgétaire 2027 » et que « les ressources n'ont pas à être consultées ». On sait tous ce que « temporaire » veut dire dans le réseau…

Je dis pas ça pour chialer. Je dis ça parce que plusieurs d'entre nous ont des places de niveau 4 et qu'on a le droit de s'organiser. Parlez-en à votre association, allez aux rencontres, posez des questions polies mais fermes.

Et pour finir sur une note positive : merci à toutes celles et ceux qui ouvrent leur porte à des jeunes cette année. Vous faites une différence énorme, même quand le café est froid pis que la laveuse est brisée. Joyeuses fêtes 🎄💙"""),
(4, "fr", "instagram", "C", [], """Notre éducatrice [[P:Mme Josée Cyr]] est tellement « Cyr »-tifiée de patience que même le bac de recyclage l'écoute 😂♻️ Photo d'équipe à la cabane à sucre avec les collègues ([[P:Josée]] nous a donné son accord écrit pour la publier, promis 📝). Merci pour ton énergie!"""),
]
