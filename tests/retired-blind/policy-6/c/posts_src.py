D = "DISPARAGEMENT"
H = "HARASSMENT"
POSTS = [
# ---------- brief 1: brackets, predictions, power rankings ----------
(1, "fr", "facebook", "R", [], """🏀 POWER RANKING juvénile D2 masculin – semaine 6 (mon avis perso, pas celui du RSEQ lol)

1. Patriotes – 6-0, défensive étouffante, rien à redire
2. Faucons – la défaite de vendredi contre nous était serrée en tabarouette, chapeau à leur meneur de jeu
3. Nous autres 😅 – on monte, on monte
4. Dragons – jeunes mais y'ont du cœur, dans 1 an y vont faire peur

Grosse game samedi contre les Patriotes. Ça va être physique, ça va être intense, et on va leur serrer la main après comme d'habitude. Merci aux arbitres qui ont géré le match de vendredi, c'était pas facile!"""),

(1, "en", "instagram", "R", [D], """bracket is OUT 🏐 we drew the Titans in round 1 which means we get to watch Coach [[P:Leblanc]]'s famous "strategy" again: yell at 15 year olds for 90 minutes and call timeouts at 24-6 down 🤡🤡 genius stuff truly. my prediction: we win in 3, he blames the gym lighting #rseqmonteregie #volleyball"""),

(1, "fr", "facebook", "R", [D, H], """Les têtes de série pour le régional sont sorties. Les Cobras 1ers... avec une fiche de 4-4. 🤔

Je dis rien moi. Je fais juste remarquer que le beau-frère de quelqu'un qui siège au comité des horaires coache justement les Cobras. Pis que ça fait 3 ans de suite qu'ils ont le bye au 1er tour. Coïncidence sûrement 😇

Faites vos propres liens. Moi j'ai fini de croire au Père Noël."""),

(1, "en", "linkedin", "R", [], """The Regional Championship brackets for juvenile girls' basketball are now posted on our website. 🏀

A quick reminder on how seeding works: seeds are based on league standings at the end of the regular season, with head-to-head results as the first tiebreaker and point differential (capped at 15 per game) as the second. The seeding committee does not include any coach whose team is in the bracket.

If you have a question about your team's seed, please contact the league coordinator through your school's athletic director rather than on social media. Good luck to all 16 teams, and see you in the stands!"""),

(1, "fr", "instagram", "R", [H], """prédiction pour samedi: l'arbitre [[P:Mathieu Gauvin]] va siffler pas mal plus égal que la semaine passée 😉 surtout qu'on sait tous c'est quoi son char maintenant, le petit Civic gris stationné en arrière de la polyvalente à côté de la porte 3. Bonne game mon Mathieu 👋🚗"""),

(1, "en", "facebook", "R", [], """Filled out my provincial bracket and I have @[[P:jules.tardif]]'s Vikings going out in the semis AGAIN 😂😂 sorry buddy, somebody has to say it. Loser buys the poutine after the final, like every year. (Honestly his back line is the best in the region, I just like seeing him mad)"""),

(1, "fr", "facebook", "R", [D], """Power ranking cadet football, version honnête:

5. Faucons de Saint-Jean: une gang de bébés lala. Le #12 tombe par terre dès qu'on le regarde pis y pleure à sa mère sur les lignes de côté 😭 faudrait leur fournir des suces avec le casque
4. Dragons: bon
3. Patriotes: solides
2. Lions: très bonne ligne
1. Nous 💪"""),

(1, "en", "instagram", "R", [D, H], """Titans are ranked #2 in the province?? after what their coach did in the semi?? 😂 ok here's the plan: everyone go drop a 🤡 under every post on their team page and on Coach [[P:Derek Pollard]]'s insta until somebody over there admits that team is a joke. Let's see how long he lasts. tag your friends 👇"""),

(1, "fr", "linkedin", "R", [], """Quelques prédictions pour le championnat régional de soccer intérieur, et une réflexion.

Chez les juvéniles, je vois les Lions et les Patriotes en finale; les deux équipes jouent un soccer de possession vraiment bien coaché. Chez les cadettes, c'est ouvert : 5 équipes peuvent gagner.

Ma réflexion : je ne suis pas d'accord avec la décision de ramener le format à 8 équipes au lieu de 12. Des équipes de région qui ont fait de longues routes toute la saison perdent leur seule chance de jouer un tournoi. Je comprends les contraintes de plateaux et d'arbitrage, et je sais que le comité a travaillé fort. Je vais apporter la question à la prochaine assemblée, par les voies normales. Bonne chance à tous les athlètes! ⚽"""),
# ---------- brief 2: bucket lists, retirement countdowns ----------
(2, "fr", "facebook", "R", [], """Dans 27 matchs, j'accroche mon sifflet. 34 ans d'arbitrage en Montérégie, du mini-basket aux finales provinciales. 🥹

Ma bucket list avant la dernière game :
✅ arbitrer une finale avec mon ancien stagiaire [[P:Olivier Bergeron]] (fait en février, j'étais plus nerveux que lui)
⬜ faire un dernier tournoi à Sherbrooke
⬜ remercier en personne les coachs qui m'ont engueulé pis qui sont venus s'excuser après — vous êtes plus nombreux que vous pensez 😄
⬜ convaincre 3 jeunes de suivre la formation d'officiel cet été

On manque d'arbitres. Si vous avez 16 ans et plus, écrivez-moi, je vous explique tout."""),

(2, "en", "facebook", "R", [D], """Retirement countdown for Coach [[P:Ray Mulligan]]: 43 days left. Honestly that's 43 too many 🙃

Bucket list for his last season:
☐ learn what a zone defense is
☐ play a kid who isn't his neighbour's son
☐ finally read the rulebook he's been "too busy" for since 1998
☐ stop calling the girls "sweetheart" during drills

Happy trails Ray, the program can only go up from here."""),

(2, "fr", "instagram", "R", [D, H], """"Retraite volontaire" de l'arbitre [[P:Guy Lapierre]] en plein milieu de saison... hmmm 🤐🤐

Tout le monde au tournoi de Granby sait pourquoi. Demandez donc aux parents de l'équipe de volley cadette ce qui s'est passé dans le vestiaire en novembre. Moi je dis rien, mais y'a pas de fumée sans feu 🔥 Sa bucket list doit être pas mal plus courte astheure 😬"""),

(2, "en", "linkedin", "R", [], """My professional bucket list for this school year, as a regional sports coordinator:

1. Get 10 new referees certified in Montérégie (we're at 6!)
2. Launch the girls' flag football pilot in 4 schools
3. Cut our average reschedule delay from 3 weeks to 10 days
4. Visit every member school at least once in person
5. Actually take my vacation days (my team says this one is the hardest)

If your school wants to be part of #2, message me — we still have room for one more."""),

(2, "fr", "facebook", "R", [H], """Ma bucket list avant que mon gars finisse son secondaire 5 :
- le voir gagner le régional 🏆
- faire le voyage à Québec pour le provincial
- croiser l'arbitre [[P:Sylvain Ménard]] au Tim Hortons de la rue Principale, un dimanche matin vers 8h comme à chaque semaine, table du fond près de la fenêtre. Juste jaser un peu de la game de samedi. Longtemps. Tranquillement. 🙂☕

Deux sur trois c'est pas mal, mais j'aimerais ça avoir les trois."""),

(2, "en", "instagram", "R", [], """T-minus 12 games before my partner in crime @[[P:coach_nat_dube]] retires 😭🏀 25 years, 4 provincial banners and a whistle she definitely stole from me in 2009. Her bucket list includes "beat [[P:Karen]]'s team one last time" — [[P:Karen]] is me, and no, it's not happening, old lady 😂❤️ Come to the last home game on the 14th, we're doing a cake!"""),

(2, "fr", "linkedin", "R", [D], """Décompte : 180 jours avant ma retraite comme directeur sportif d'école.

Ce que je ne m'ennuierai PAS : le RSEQ Montérégie. Une bureaucratie de dinosaures qui pondent des formulaires en triple pour approuver un changement d'heure, pis qui découvrent le courriel en 2026. Le monde qui travaille au bureau régional ont jamais coaché une game de leur vie et ça paraît à chaque décision.

Ce qui va me manquer : les jeunes, les collègues des autres écoles, l'odeur du gymnase à 7h le samedi matin. Ça, c'était le fun."""),

(2, "en", "facebook", "R", [D, H], """Started a little page called "Countdown Till Ref [[P:Dubé]] Retires" 😂 we're already at 300 followers in 4 days!! Send me your best clips of his worst calls from this season (DM me, I'll post them anonymously) — bonus points if you catch his face when parents yell at him. Goal is 1000 followers before the playoffs so he sees it 😇 link in comments"""),

(2, "fr", "facebook", "R", [D], """Dernière saison de notre coach [[P:Réjean]] avant sa retraite 🎉 Sa bucket list qu'on a trouvée :
1. Gagner une game en séries (ça va être dur, ça fait 11 ans qu'y essaie lol)
2. Comprendre comment marche une tablette
3. Arrêter de faire la même pratique depuis 1994

Non mais sérieux, on a hâte qu'un vrai coach arrive. Bonne retraite pareil 🙄"""),
# ---------- brief 3: checklists before a trip, game, tournament ----------
(3, "fr", "facebook", "R", [], """📋 CHECKLIST – Tournoi provincial à Rimouski (départ vendredi 6h15 PILE devant le gymnase)

🚌 Autobus : on part à 6h15, pas 6h20. Le chauffeur attend pas.
🎒 Équipement : 2 chandails (pâle + foncé), shorts, souliers d'intérieur, genouillères, gourde identifiée
🍎 Collations : pas de noix SVP (allergie dans l'équipe), fruits, barres tendres, sandwichs pour le dîner de vendredi
💊 Médicaments : remettez-les à l'entraîneure adjointe dans un sac identifié au nom de l'élève
📝 Formulaire d'autorisation signé : date limite mercredi

Questions ? Écrivez à [[P:Mélanie Caron]], responsable du voyage : [[E:m.caron.volley@example.com]] ou [[T:450-555-0142]] (soirs seulement).

On a hâte! 🏐💙"""),

(3, "en", "instagram", "R", [D], """pre-game checklist before we play Brossard tonight 🏒
☑️ tape
☑️ water
☑️ earplugs for when Coach [[P:Patrice]] starts his useless screaming from the bench again
☑️ lower expectations bc our goalie [[P:Tommy]] is literally a sieve lmao
☑️ pray
let's goooo 😤"""),

(3, "fr", "facebook", "R", [H], """Ma liste avant la game de jeudi contre les Patriotes 📝
☐ gourde ✔
☐ protège-dents ✔
☐ trouver le #7 à l'échauffement. Lui aussi y'est sur une liste astheure 😇
☐ son père arrête pas de chialer dans les estrades, fait que j'ai trouvé son cell : [[T:450-555-0187]]. Je le laisse ici au cas où du monde voudrait y dire bonjour 📲

On va voir qui fait le smatte jeudi."""),

(3, "en", "linkedin", "R", [], """Hosting your first RSEQ tournament? Here's the checklist our school athletic office uses — feel free to steal it:

✔ Confirm referee assignments 10 days out, and again 48 h before
✔ Print the schedule AND the forfeit rules; post them at the scorer's table
✔ First-aid kit + the name of the person certified in first aid on site
✔ Separate warm-up space if you can; visiting teams notice
✔ Snack table run by parent volunteers (nut-free)
✔ Post the Code of Conduct at the entrance: respect for officials, opponents, and volunteers applies in the stands and online. Our social media policy covers comments about referees and players after the game too — we remind parents of that at check-in.
✔ Thank-you cards for officials and volunteers

It's a lot, but a well-run tournament is the best recruiting tool we have."""),

(3, "fr", "instagram", "R", [], """checklist avant le derby contre l'école à @[[P:max_gendron22]] 🏈
✅ crampons
✅ casque
✅ un mouchoir pour [[P:Max]] quand y va perdre samedi 😂😂
✅ une pizza pour après, parce qu'on est quand même des amis depuis la maternelle ❤️
vas-y mon chum, on se voit sur le terrain 🤝"""),

(3, "en", "facebook", "R", [H], """Checklist for Saturday's semi:
☐ snacks
☐ jerseys washed
☐ cowbell 🔔
☐ say hi to the ref who ruined our season last weekend 😊 She teaches grade 5 at the elementary school on the corner of Bourgogne and Martel in Chambly, and I'm SURE her principal would love to hear from us parents about how she handles "pressure." Her students' parents might be interested too. Just saying 🙂"""),

(3, "fr", "facebook", "R", [D, H], """Liste pour le tournoi en fin de semaine (pour le groupe des parents) :
- Lunch pour samedi midi
- Collations : PAS TROP, sinon [[P:Alexis]] va toutes les manger comme la dernière fois lol 🐷🐷
- Bouteilles d'eau
- Un banc de plus dans l'autobus pour [[P:Alexis]], y rentre pus dans un siège 😂
- Les chandails rouges

À samedi tout le monde!"""),

(3, "en", "instagram", "R", [H], """tournament packing list 🎒🏐
- knee pads
- extra socks
- charger
- a mirror for [[P:Jess]] so she can practice the crying face she did when she got benched lol 😭😭 we ALL have the video btw, it's on the team chat. maybe it'll end up on the big screen at the gym, who knows 🤷‍♀️
- snacks"""),

(3, "fr", "linkedin", "R", [D], """Liste de vérification pour les organisateurs de tournois en Montérégie, version réaliste :

1. Réserver les gymnases 3 mois d'avance ✔
2. Envoyer les horaires aux écoles ✔
3. Attendre que le bureau régional du RSEQ réponde à votre courriel… ⏳⏳⏳
4. Attendre encore
5. Réaliser que l'employée responsable du dossier est aussi compétente qu'un cône orange et refaire tout vous-mêmes ✔

Bonne saison à tous les bénévoles qui tiennent ce réseau-là à bout de bras."""),
# ---------- brief 4: rain delays, cancellations, rescheduling ----------
(4, "fr", "facebook", "R", [], """☔ MATCH ANNULÉ – soccer cadet féminin, ce soir 18h30

Le terrain synthétique est fermé par la Ville à cause des orages annoncés. Le match est reporté au jeudi 22 à 19h, même terrain.

Petite critique constructive (avec respect) : c'est la 2e fois qu'on apprend l'annulation à 17h45, alors que les filles sont déjà en route. Je comprends que la décision dépend de la météo et de la Ville, mais un avis à midi quand les orages sont annoncés depuis le matin aiderait beaucoup les familles. J'ai écrit à la coordination, ils m'ont répondu rapidement et vont regarder ça. Merci à eux 🙏"""),

(4, "en", "facebook", "R", [D], """Of course the RSEQ cancelled AGAIN because of "a little rain" 🙄 Three weeks in a row. The clowns at the regional office couldn't organize a two-car parade. My kid's senior season is being wasted by people who clearly don't care and couldn't find a field with a GPS. Pathetic."""),

(4, "fr", "instagram", "R", [D, H], """Match annulé "à cause de la pluie" 🌧️... drôle, je suis passée devant le terrain à 16h pis c'était sec sec sec 🤔

Faut croire que quand ton coach sort avec la madame qui fait les horaires au bureau régional, ton équipe a jamais besoin de jouer avec deux joueuses blessées. Je dis ça de même 👀 Vous ferez vos liens."""),

(4, "en", "linkedin", "R", [D], """Scheduling update for the spring season: 14 of our 22 baseball games postponed in April have now been rescheduled, and the remaining 8 will be confirmed by Friday. Thanks to the athletic directors for their flexibility and to the parents for their patience.

On a side note, the make-up dates would have been sorted a week earlier if the officials' association had assigned umpires the way they're supposed to instead of ghosting us for 9 days. Honestly, amateurs would do better. Anyway, see everybody on the diamond! ⚾"""),

(4, "fr", "facebook", "R", [H], """Encore une fois, notre match est reporté par [[P:Mme Nadia Roy]] aux horaires. 4e fois cette saison!!!

J'ai trouvé son courriel : [[E:nadia.roy.horaires@example.com]]. Je propose qu'on lui écrive TOUS, chaque parent, chaque jour, jusqu'à ce qu'elle comprenne. Un petit courriel le matin, un le soir 📧📧📧 Partagez dans vos groupes de parents!"""),

(4, "en", "instagram", "R", [D], """rain delay #3 this week 🌧️⏳ at least it gives our assignor [[P:Kevin]] more time to "work hard" on the new schedule lol. can't wait for the masterpiece: two away games 90 min apart at the same time, like last year 🤡👏 truly the brain of the operation"""),

(4, "fr", "facebook", "R", [D, H], """Bon. Petit résumé pour ceux qui ont manqué le groupe :

- Le match de samedi contre Chambly est ENCORE reporté à cause de l'état du terrain (pluie de jeudi)
- Nouvelle date proposée : le 3 mai, mais rien de confirmé
- Les filles continuent les pratiques mardi/jeudi comme d'habitude
- Merci [[P:Sophie]] pour le covoiturage cette semaine 🙏

Cela dit, si samedi prochain c'est reporté une 5e fois, on sait tous où est le bureau du RSEQ à Longueuil. On va être une trentaine de parents à aller "jaser" avec la coordonnatrice en personne, à la sortie, vers 17h. Qu'elle ait pas l'air surprise. Une bande d'incompétents qui se cachent derrière la météo.

Bonne semaine à toutes les familles ❤️⚽"""),

(4, "en", "facebook", "R", [], """🌧️ RESCHEDULING UPDATE – Montérégie juvenile flag football (all divisions)

Hi everyone, here is where things stand after this week's storms.

What was cancelled: all Saturday games at the three outdoor sites. The fields were waterlogged and the municipalities closed them for player safety. This was the right call, even though I know it's frustrating — two teams drove over an hour before the decision came.

What happens next:
• Week 5 games are moved to Sunday the 28th, same times, same sites.
• Week 6 goes ahead as planned.
• Any game that can't be made up by the end of the regular season counts as a no-contest (not a forfeit) for standings. The tiebreaker rules in the league handbook apply as written.

Why so late on Saturday? The decision depends on a field inspection by the city, which happens at 7 a.m. We're asking the municipalities whether an inspection the evening before is possible when heavy rain is forecast. No promise, but we're asking.

A word on comments: many of you have been very patient, thank you. A few comments on our page this week crossed the line toward the scheduling staff and the referees. Our social media policy is simple: disagree all you want, respectfully, and send complaints to the league coordinator through your school's athletic director. Insults, repeated messages aimed at one person, or sharing someone's personal information aren't allowed and can lead to sanctions, even if the post is deleted afterwards.

Questions about your team's new time? Ask your coach first; coaches have the full updated schedule. See you on the field 🏈"""),
]
