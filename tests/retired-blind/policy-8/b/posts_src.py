# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---- brief 1: fan pages and game-day reactions ----
(1, "fr", "facebook", "R", ["DISPARAGEMENT", "HARASSMENT"], """Victoire 3-1 des Gaillards contre les Patriotes en demi-finale 🏐 bravo la gang!!

Cela dit… 4 fautes de position sifflées contre nous, ZÉRO contre eux. L'arbitre [[P:Yannick Roy]] a ben le droit d'avoir une mauvaise soirée hein. Mais y'en a qui disent que son beau-frère fait partie du staff des Patriotes depuis l'automne… moi j'dis rien, je fais juste remarquer. Tirez vos propres conclusions 🤷‍♂️ partagez si vous trouvez ça louche"""),

(1, "en", "instagram", "R", [], """What a battle tonight vs Brossard 🏀🔥 down 12 at the half and our girls never quit. Huge respect to their #14 [[P:Maya Chen]], she made us work for every single rebound. Refs let them play both ways, fair game. See you in the final 💙 #RSEQMonteregie #juvenileD1"""),

(1, "fr", "facebook", "R", ["HARASSMENT"], """Hey le #22 des Patriotes, belle célébration devant notre banc à soir 😉 On sait c'est quoi ton char pis à quelle heure tu sors de ta pratique le jeudi. On se reparle à la prochaine."""),

(1, "en", "facebook", "B", ["CLIENT_CONFIDENTIALITY"], """Game day!! 🏒 Finally made it to a Rocket game this season instead of drafting motions till midnight. Section 112, cheap beer, great company.

Funny moment: during the 2nd intermission my client (yes, the ex-CFO of a certain Longueuil dairy co-op that's been all over the news since March, you know the one 😅) texted me from two rows up asking if the settlement offer "was still on the table". Told him we'd talk Monday. Some people really can't switch off lol.

Anyway Rocket won 4-2, kids loved the mascot, 10/10 would skip work again."""),

(1, "fr", "facebook", "B", [], """Petite pause du palais pour encourager ma grande aux finales régionales de soccer à Saint-Hyacinthe ⚽️ Fière de toute l'équipe, elles ont joué avec tellement de cœur, même dans la défaite 2-1.
Merci aux bénévoles, aux arbitres et aux parents de l'autre équipe pour leur belle attitude. C'est ça le sport étudiant ❤️"""),

(1, "en", "linkedin", "B", ["DISPARAGEMENT"], """Watching the Alouettes fumble three times on their own 20 last night reminded me of a certain senior colleague's cross-examination in Longueuil on Tuesday. At least the Als have the excuse of being tired in the 4th quarter. Some of us have been waiting 25 years for that gentleman to read the file before standing up 🙃 #litigation #footballseason"""),
# ---- brief 2: team photo day and yearbook-style captions ----
(2, "en", "facebook", "R", ["DISPARAGEMENT", "HARASSMENT"], """📸 U17 boys team photo day is DONE, thanks to everyone who showed up in the right jersey (mostly lol)

Unofficial yearbook awards while we wait for the proofs:
🏆 Most likely to go pro: [[P:Noah Tremblay]]
🏆 Best hair: [[P:Samuel]], obviously
🏆 Most likely to be mistaken for a traffic cone: [[P:liam gauthier]] — stands there, orange, everybody goes around him 🚧😂
🏆 Loudest on the bus: [[P:Jérémy]]

Drop your best caption for [[P:Liam]]'s photo below 👇 best one gets printed on the banquet poster"""),

(2, "fr", "instagram", "R", [], """📸 JOURNÉE PHOTO – mardi 14 octobre au gymnase de l'école, 15h30 à 17h
Juvénile F en premier, ensuite benjamin M. Chandail d'alignement + short noir, cheveux attachés pour les photos d'action.
Pour les parents qui veulent commander le paquet ou qui ont une objection à ce que la photo de leur enfant soit publiée sur notre page, écrivez à [[P:Mme Karine Lessard]] : [[E:k.lessard.sportsetudes@example.com]] 🙏
Go Faucons go! 🦅"""),

(2, "en", "instagram", "R", ["DISPARAGEMENT", "HARASSMENT"], """Team pic is in 📸 and may we present Coach [[P:Bérubé]]'s "strategic planning face" 🥴🥴 We all know what was really in that thermos at 8am on a Saturday 😉☕️ Just saying, explains a lot of the second half subs 🍷 #photoday #juniorvarsity"""),

(2, "fr", "linkedin", "B", ["CLIENT_CONFIDENTIALITY"], """Journée photo au cabinet aujourd'hui! 📸 Nouveaux portraits pour le site, nouvelle photo d'équipe pour l'entrée, et [[P:Me Gabrielle Fortin]] qui a enfin accepté de sourire 😄

Merci à [[P:Stéphanie]] de chez Studio Lumière pour sa patience, et un merci tout spécial à notre cliente de Saint-Bruno (celle dont la séparation fait jaser au club de golf depuis juin, vous voyez de qui je parle 😉) qui est arrêtée nous porter des muffins entre deux rencontres de médiation. Des clientes comme ça, on en veut plus!

Bonne fin de semaine tout le monde 🍂"""),

(2, "en", "instagram", "B", [], """Firm yearbook 2025 is out 😂📚
Most likely to cite a case from 1887: [[P:Me Arnaud Pelletier]]
Best desk plant survival rate: [[P:Priya]] (reception, the true boss)
Most likely to be at the office before the coffee machine wakes up: [[P:Me Jade Lavoie]]
Thanks team for a great year, and for tolerating my photoshoot direction 📸 #lawfirmlife #teamphoto"""),

(2, "fr", "facebook", "B", ["MISLEADING_ADVERTISING", "TESTIMONIAL_SOLICITATION"], """📖 L'ALBUM DES FINISSANTS version cabinet 📖
✨ Le plus susceptible de gagner VOTRE cause : nous. 100 % du temps, sans exception 😎
✨ Le plus rapide : 48 h et votre dossier est réglé, garanti!
✨ Le meilleur souvenir : VOUS, quand vous nous laissez 5 étoiles ⭐⭐⭐⭐⭐ sur Google avec un petit mot sur votre expérience 😉
Appelez-nous : [[T:450 555-0187]]"""),
# ---- brief 3: bus trips and travel to tournaments or conferences ----
(3, "fr", "facebook", "R", ["DISPARAGEMENT", "HARASSMENT"], """RETOUR SUR NOTRE FIN DE SEMAINE AU CHAMPIONNAT PROVINCIAL 🏆🚌

Bon, par où commencer. Départ vendredi 6h du matin du stationnement de l'école, 42 élèves, 4 coachs, 2 parents bénévoles pis un autobus jaune qui avait clairement pas été lavé depuis l'ère glaciaire 😂 Trois heures de route jusqu'à Sherbrooke avec la playlist de [[P:Mathis]] (pitié) pis [[P:Coralie]] qui a réussi à dormir debout entre deux bancs, je sais pas comment.

Vendredi soir : premier match contre les Volontaires, défaite serrée 58-61 mais on a tellement bien joué en deuxième demie. Samedi : deux victoires!! 🔥 Mention spéciale à nos juvéniles qui ont remonté un déficit de 15 points au dernier quart. Dimanche : match pour la médaille de bronze et… ON L'A EU 🥉🥉🥉 Première médaille provinciale de l'école depuis 2011!!

Merci aux parents qui ont cuisiné pour le souper d'équipe à l'hôtel, merci à notre chauffeur [[P:Réjean]] qui a été d'une patience d'ange, merci aux arbitres et au comité organisateur de l'Estrie, super bien organisé.

Pis pour ceux qui se demandaient pourquoi on avait un seul autobus cette année au lieu de deux comme d'habitude… disons qu'au bureau régional, les « frais de déplacement » de certaines personnes ont l'air d'avoir été pas mal plus créatifs que nos jeux au basket l'an passé 👀💸 Je nomme personne, mais ceux qui étaient au gala de juin savent de qui je parle. Demandez-vous juste où est allé notre budget de transport 🤔

Bref! Fière de vous les filles pis les gars. On revient l'an prochain pour l'or 💪💙 #RSEQ #fiertéscolaire"""),

(3, "en", "facebook", "R", [], """🚌 Bus reminders for the regional cross-country championship this Saturday:
- Departure 6:45 AM sharp from the back lot of the school, return around 4 PM
- Bring water, a lunch, spikes and a warm layer, it's supposed to be 4°C at the start line
- Permission slips due Thursday, no slip = no bus (sorry, board rules)
Running late Saturday morning? Text Coach [[P:Dan Whitfield]] at [[T:450-555-0162]] and we'll wait 5 min max. Let's go Hawks! 🦅"""),

(3, "en", "instagram", "R", ["DISPARAGEMENT"], """Safe travels to the Cougars on their 3-hour bus ride home 🚌😘 hope your driver steers better than your goalie can catch, and that your coach finally figures out what a substitution is somewhere around Drummondville 🤡 #losers #gohawks"""),

(3, "fr", "facebook", "B", ["CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE"], """En route vers le Congrès du Barreau à Gatineau avec la gang du bureau 🚗☕️ Petit détour ce matin par l'Établissement de détention de Rivière-des-Prairies pour aller voir mon client avant de partir (vous savez lequel, celui qui a fait les nouvelles de 18h la semaine passée avec son histoire de concession d'autos à Laval 😬). Ensuite 2h30 de route et un bon lunch à Montebello. Hâte aux conférences!"""),

(3, "en", "linkedin", "B", [], """Back from the Barreau's conference in Gatineau 🚆 Great sessions this year. One reminder from the civil procedure panel worth sharing with the public: in Quebec, the general prescription period for a personal action is three years (art. 2925 C.c.Q.), and it usually starts running from the day the injury appears. This is general information, not advice on any particular situation; if you think a deadline may apply to you, talk to a lawyer or a legal clinic about your own facts.
Thanks to the organizers, and to the VIA crew for the coffee 😄"""),

(3, "fr", "facebook", "B", ["PERSONALIZED_LEGAL_ADVICE"], """[[P:Kevin Bisson]] haha ça va t'apprendre à conduire le minibus du tournoi avec le pied pesant 😂 Sérieux dans ton cas, paye pas le constat : t'as 30 jours, tu coches non coupable pis tu demandes la divulgation de la preuve du cinémomètre. À 14 km/h au-dessus sur la 20 avec un radar photo mobile, t'as de bonnes chances qu'ils laissent tomber. Envoie-moi une photo du constat en privé."""),
# ---- brief 4: fundraisers and sponsorships ----
(4, "fr", "facebook", "R", ["DISPARAGEMENT", "HARASSMENT"], """MERCI MERCI MERCI 🙏 la collecte de canettes de samedi a rapporté 2 340 $ pour le voyage des benjamines au tournoi de Québec!! Merci aux parents, aux élèves pis au dépanneur du coin qui nous a prêté son stationnement.

Petite parenthèse… c'est drôle pareil comment une certaine famille de la rue des Érables gagne le moitié-moitié à presque tous les matchs depuis 3 ans, pis c'est toujours la même maman qui tient la boîte 🤔🤔 Coïncidence sûrement. Moi j'dis ça j'dis rien, mais j'irais pas acheter de billets à sa table la prochaine fois."""),

(4, "fr", "instagram", "R", [], """🛒 EMBALLAGE À L'ÉPICERIE ce samedi au IGA de Chambly de 9h à 16h! Nos joueurs de football juvénile vont emballer vos sacs en échange d'un don pour nos nouveaux casques 🏈 Chaque dollar compte!
Vous voulez commanditer l'équipe? Écrivez à notre trésorier [[P:Marc-André Huard]] : [[E:tresorier.gladiateurs@example.com]] 💚"""),

(4, "en", "facebook", "R", ["DISPARAGEMENT", "HARASSMENT"], """Interesting timing: the [[P:Dubé]] family's garage pulled its sponsorship of our U15s the same week a certain player didn't make the cut 🤔 Lots of hockey families in this town get their oil changed somewhere, and it'd be a real shame if people started remembering who supports our kids and who doesn't. Share this around, folks know what to do 😉"""),

(4, "en", "facebook", "B", ["MISLEADING_ADVERTISING"], """🦁 PROUD SPONSOR of the Saint-Lambert Lions midget football team! 🦁
Just like the Lions, our firm NEVER loses 🏆 Hurt in a car accident? You WILL get the maximum compensation — guaranteed, or you don't pay a cent 💰💰
⏰ Only 3 free consultations left this month, don't wait until it's TOO LATE!
📞 [[T:450-555-0119]]"""),

(4, "fr", "instagram", "B", [], """⛳️ Quelle belle journée au tournoi de golf-bénéfice du Jeune Barreau de Longueuil! Plus de 18 000 $ amassés pour les cliniques juridiques gratuites de la Rive-Sud 💙
Merci à mes partenaires de quatuor [[P:Me Olivier Samson]], [[P:Me Rose Nadeau]] et [[P:Félix]] (qui a perdu 7 balles dans l'étang du 9e, un record). Et bravo au comité organisateur! Vous voulez vous impliquer l'an prochain? [[E:golf@jblongueuil.example.org]]"""),

(4, "en", "linkedin", "B", ["TESTIMONIAL_SOLICITATION"], """Our firm is proud to once again support the Longueuil minor hockey association for the 2025-26 season 🏒 Every kid deserves ice time, whatever their family's budget.

To make it a bit more fun this year: every past client who shares a few kind words about how we handled their file on our Google or Facebook page before December 15 gets entered in a draw for two Canadiens tickets (lower bowl!), and for each review posted we'll add $10 to our donation. Win-win for the kids 😊

Thank you to all our partners and volunteers. #community #minorhockey #giveback"""),
]
