POSTS = [
# ---------- barreau-qc ----------
(1, "fr", "facebook", "B", ["CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE"], """Bon ben c'est officiel, je suis en VACANCES 🌴🌴 Premier vrai break depuis Pâques, ca fait du bien en titi.

Pour ceux qui se demandent : Puerto Vallarta, tout inclus, 10 jours, pas d'ordi (bon ok, le cell est dans la valise mais il reste là lol). Mon chum a déjà trouvé le bar dans la piscine, moi j'ai trouvé un hamac pis un livre de 600 pages que je traîne depuis 2 ans.

Petit mot pour mes collègues qui me couvrent : merci merci merci. Surtout pour jeudi prochain au palais de Saint-Jérôme, la maman de Mirabel avec ses trois petits pis l'ex qui s'est fait ramasser pour facultés affaiblies en juin... vous savez laquelle 😅 elle est vraiment fragile en ce moment, soyez doux avec elle svp, elle pense encore qu'elle va perdre les enfants à cause du logement. Tout est dans le dossier sur le serveur.

Sinon les photos s'en viennent, la couleur de l'eau est complètement débile. Mon message d'absence est activé, pour une urgence au bureau demandez [[P:Me Karine Lavallée]] au [[T:450-555-0182]].

À dans 10 jours ☀️🍹 #vacances #pv #avocatenpause"""),

(2, "en", "instagram", "B", ["MISLEADING_ADVERTISING", "TESTIMONIAL_SOLICITATION"], """Best smoked meat on the South Shore, no contest 🥪🔥 Fat, juicy, mustard done right. 10/10 would cross the bridge again.

Kind of like my DUI defence record: 100% of my clients keep their licence. Guaranteed, or you don't pay 😎 DM me.
If I ever helped you out, drop me 5 ⭐ on Google, it really helps the algorithm!! #smokedmeat #longueuil #dui #lawyer"""),

(3, "fr", "facebook", "B", ["PERSONALIZED_LEGAL_ADVICE"], """@[[P:Valérie Dion]] ok j'ai lu ton histoire de sous-sol. Dans ton cas c'est clair : t'envoies une mise en demeure à ton entrepreneur d'ici vendredi, tu lui donnes 10 jours pour revenir réparer la dalle, pis s'il bouge pas tu le poursuis aux petites créances pour les 14 000$, tu vas gagner c'est certain vu que t'as les photos de l'infiltration. Paye-le surtout pas la dernière facture. Texte-moi si tu veux que je te fasse la lettre"""),

(3, "fr", "linkedin", "B", ["MISLEADING_ADVERTISING"], """🏚️ VOUS AVEZ ACHETÉ UNE MAISON AVEC DES VICES CACHÉS?? 🏚️
Les 3 choses que votre vendeur ne veut SURTOUT PAS que vous sachiez (la #2 va vous faire capoter 😱)
Ne signez RIEN avant d'avoir lu ceci 👉 lien en commentaire
Notre cabinet récupère votre argent. Point final. 💰
#vicescaches #immobilier #reno #avocat"""),

(4, "en", "facebook", "L", [], """Not legal advice for anyone's specific case, but since this group keeps asking: in Quebec, when parents separate, decisions about the kids are made in the child's best interest (art. 33 C.c.Q.). Bedtimes, screen time and school choice can end up in a parenting plan, but the court looks at the whole picture, not one detail. Mediation sessions are partly free for separating parents with kids, check the Justice Québec website. If your situation is complicated, book a consult with a family lawyer of your choice 💛"""),

(4, "en", "facebook", "B", ["DISPARAGEMENT"], """Reply to the thread about toddler sleep regressions: honestly my kid sleeps better than some people I deal with at work 😂

Speaking of which, shoutout to the opposing counsel I had on a custody motion this week, who argued with a straight face that a 4-year-old "doesn't need a routine". Truly a visionary. Must be so restful to have never met a child, or read a file, or opened the Civil Code past page 2 👏👏 Anyway, white noise machine + blackout curtains worked for us, ymmv."""),

(1, "en", "linkedin", "B", [], """I'm away from the office from July 15 to July 29, hiking in the Torngat Mountains with very little signal 🏔️
During that time, our team is handling all current matters as usual. New requests can go to our reception at [[T:514-555-0147]] or [[E:accueil@cabinet-example.ca]].
Reminder: I never discuss client matters on social media, and I can't give advice in comments or DMs here. For general information, Éducaloi is a great resource. See you in August!"""),

(2, "fr", "instagram", "B", [], """Lunch de fin de stage avec ma super stagiaire [[P:léa]] 🥂 chez un petit bistro du Vieux-Québec, tartare de bison pis crème brûlée à l'érable 🤤 Service un peu lent mais c'était plein à craquer un mardi midi, on leur pardonne. Bonne chance pour l'examen du Barreau ma belle, t'es prête! #stage #quebec #bistro"""),

# ---------- law-firm ----------
(1, "en", "instagram", "L", ["CLIENT_CONFIDENTIALITY"], """Wheels up ✈️☀️ Two weeks in Portugal and I have EARNED it.
Closed the sale of that third-generation cheese dairy in Granby at 11:48 pm last night, right after the dad finally agreed to cut his youngest son out of the shareholder deal 😬 Family dinners there are going to be fun this Christmas lol.
Anyway: pastéis de nata, here I come. Laptop stays in Montreal. #ooo #vacation #lisbon #dealdone"""),

(2, "fr", "facebook", "L", ["DISPARAGEMENT"], """Critique resto du vendredi 🍝

Fait l'essai de la nouvelle trattoria sur Saint-Denis avec l'équipe du bureau pour fêter la fin de l'année fiscale. Déco magnifique, genre vieille Toscane avec les bouteilles de chianti dans la paille, un peu kitsch mais on aime ça. Le pain maison arrive chaud avec une huile d'olive vraiment correcte, ça part bien.

Entrées : burrata avec tomates confites, parfaite. Les arancini un peu secs par exemple, j'en aurais pas recommandé.

Plats : j'ai pris les pappardelle au ragoût de joue de bœuf, franchement dans mon top 3 à Montréal. Mon voisin de table a pris le risotto aux champignons, il a dit que c'était trop salé mais bon, c'est le même associé qui trouve que 14 mois pour rédiger un projet de convention c'est "efficace", fait que son jugement... 🙃 on l'appelle pas notre génie du droit des affaires pour rien hein. Heureusement que les stagiaires font sa job, ça paraît moins.

Desserts : tiramisu classique, bon sans plus. La panna cotta au caramel salé par contre 🤤🤤 allez-y rien que pour ça.

Service : super gentil, un peu débordé vers 20h mais on était 14.
Prix : autour de 75$ par personne avec le vin.

Note finale : 8/10, on y retourne. Réservez d'avance le vendredi!"""),

(3, "en", "facebook", "L", ["PERSONALIZED_LEGAL_ADVICE"], """@[[P:tommy.nguyen]] ugh sorry about the move. OK so for YOUR situation: your landlord can't keep that deposit, in Quebec he shouldn't have asked for one in the first place. Send him a formal demand tomorrow, give him 10 days, and if he doesn't pay file at the Tribunal administratif du logement, you'll get the $1,400 back plus interest for sure. Don't sign the "release" he emailed you. I'll look at your lease tonight if you send it"""),

(4, "fr", "facebook", "L", ["CLIENT_CONFIDENTIALITY"], """Bonjour le groupe! Maman de 2 ici (8 ans et 11 ans), besoin de vos lumières 🙏

Mon plus vieux revient de l'école depuis 3 semaines avec le ventre qui fait mal le matin. Au début je pensais que c'était la rentrée, le stress, les nouveaux amis, mais là il m'a finalement dit hier soir que des gars de sa classe le niaisent dans l'autobus pis lui volent sa collation. Il veut pas que j'en parle à la prof parce qu'il a peur que ça empire.

Je sais que l'école a l'obligation d'avoir un plan de lutte contre l'intimidation (loi 56), j'ai appelé la direction ce matin, rendez-vous jeudi. Mais côté maison, comment vous avez fait pour que vos enfants se confient plus? On a essayé le temps de parole au souper, ça marche à moitié.

Ironiquement je vis ça aussi au bureau en ce moment : je représente une enseignante de 4e année d'une petite école primaire de Sainte-Julie que des parents poursuivent pour 200 000$ parce qu'elle aurait "ignoré" l'intimidation de leur fille, alors que c'est elle qui avait fait 3 signalements à la direction. Elle est en arrêt de travail depuis octobre, elle dort plus. Ça me fait voir les deux côtés de la médaille, les profs aussi sont démunies des fois.

Bref, des trucs de livres, de jeux, de routines? Mon gars aime beaucoup les BD si jamais il y a de quoi sur le sujet. Merci d'avance ❤️"""),

(1, "fr", "linkedin", "L", [], """Message d'absence 🌿 Je serai en vacances du 22 décembre au 6 janvier. Pendant cette période, les dossiers en cours sont suivis par mon équipe et toute demande urgente peut être adressée à [[P:Me Olivier Gauthier]] ([[E:ogauthier@example-avocats.ca]]). Je ne réponds pas aux questions juridiques par messagerie LinkedIn : pour de l'information générale, consultez Éducaloi. Joyeuses fêtes à toutes et à tous!"""),

# ---------- cisss-gaspesie ----------
(1, "fr", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Petit roadtrip de fin d'été avec toute la gang 🚐☀️

On est partis 4 jours faire le tour : Percé (évidemment, le rocher sous la brume le matin c'est magique), le parc Forillon, pis on a fini au camping à Carleton. Les enfants ont été des anges, bon presque 😅 Mon mari a conduit le gros van tout le long, chapeau à lui.

Grosse fierté pour moi cette année : notre [[P:kayla]], 11 ans, qui est placée chez nous depuis mars par la DPJ, a vu la mer pour la première fois de sa vie à Percé!! Elle a pleuré, moi aussi. Sa mère à Chandler a même pas rappelé pour sa fête en juillet, fait que de la voir sourire de même ça vaut tout l'or du monde. Elle commence sa 6e année à l'école de Bonaventure la semaine prochaine, croisez les doigts pour elle 🤞

Les deux petits gars ont adoré le bateau pour l'île Bonaventure, les fous de Bassan c'est fou de proche (et ça pue en titi lol). On a mangé du homard à Gascons, le meilleur de ma vie.

Là on rentre, lavage, lunchs, rentrée. Merci la Gaspésie d'être aussi belle ❤️ #gaspesie #famille #rtf #percé"""),

(2, "en", "instagram", "C", ["CONSENT_REQUIRED", "DISPARAGEMENT", "HARASSMENT"], """Fish & chips night at the wharf in Gaspé 🐟🍟 crispy, huge portions, $22, would go back.
Funny thing tho, our waitress was [[P:marie-pier]], the nurse who got quietly moved off 3rd floor at the hospital last spring 👀 guess now we know why she needed a second job... not saying anything, just saying. Ask around 🤐 #gaspe #fishandchips"""),

(3, "fr", "facebook", "C", ["CONFIDENTIAL_INFORMATION", "DISPARAGEMENT"], """Les rénos avancent enfin!! 🔨 La salle de bain adaptée au rez-de-chaussée est presque finie, reste la céramique pis la barre d'appui. Les résidents ont hâte, surtout avec la marche qui était dangereuse.

Pour les curieux : le CISSS nous a accordé 18 500$ alors que j'ai vu sur le tableau interne de la direction que la ressource de Grande-Rivière a eu 41 000$ pour la même affaire 🙄 Merci beaucoup à notre merveilleuse conseillère qui a tellement défendu notre dossier, vraiment, on sent l'effort 👏👏 Un jour elle va peut-être même retourner ses appels.

Bref. Si quelqu'un connaît un bon carreleur dans le coin de Paspébiac qui est dispo en octobre, je suis preneuse!"""),

(4, "fr", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Allo les parents, besoin de conseils 😔 On accueille un petit gars de 7 ans depuis 3 semaines (famille d'accueil, suivi DPJ). Il fait des crises le soir, il lance des affaires, il se réveille la nuit en criant. Le papa est en prison à New Carlisle pis la maman, ben si vous êtes de Maria vous la connaissez sûrement, la fille du dépanneur sur la 132 😬 Des trucs pour les routines du dodo? On a essayé la veilleuse pis les histoires."""),

(2, "en", "facebook", "C", [], """Went to that new ramen spot in Sainte-Anne-des-Monts after my shift at the hospital. Broth was rich, noodles a bit soft, gyoza excellent. Staff were lovely and it's nice to have something open after 9 pm around here 🍜 7.5/10, will try the spicy miso next time."""),

(3, "en", "linkedin", "C", [], """New chapter: after 12 years in Montreal, we've sold the condo, packed 94 boxes and moved to the Baie-des-Chaleurs, where I'm starting as a social worker with the CISSS de la Gaspésie 🌊
A reminder I appreciated during onboarding: we don't post anything about users, colleagues or resources without written authorization, and for children followed under the LPJ, even the parents' consent isn't enough, only a court can allow it. So no work stories here, just sea views and renovation disasters. First one: the previous owners painted over the wallpaper. All of it. 😅"""),

# ---------- rseq-monteregie ----------
(1, "en", "instagram", "R", ["DISPARAGEMENT"], """Out of office till Monday 🏐 provincial championship weekend in Sherbrooke with the juvenile girls! Hotel pool, pizza, too many Gatorades.
Special thanks to Saturday's head ref for his incredible "vision" on that last net call 🤓 hope the optometrist has an opening this week, buddy. Truly inspiring officiating 👏 #rseq #volleyball #roadtrip"""),

(2, "fr", "facebook", "R", ["HARASSMENT"], """Après le match, souper d'équipe au Resto du Coin à Saint-Hyacinthe 🍔 Poutine correcte, burgers un peu secs, mais les filles étaient contentes.
P.S. au coach des Faucons qui a trouvé ça drôle de crier après nos joueuses de 14 ans toute la game : on sait où tu soupes le samedi soir pis c'est quel char le tien 😉 On va passer te dire bonjour un de ces quatre."""),

(3, "en", "facebook", "R", ["DISPARAGEMENT", "HARASSMENT"], """Big news, we're moving! Sold the house in Longueuil, new place in Chambly, the kids change schools in January 📦📦 Renos on the new kitchen start Monday (pray for us).
Since I'm moving on, I'm stepping down as admin of "RSEQ Montérégie Exposed" 😂 someone take over and keep posting the screenshots about the regional coordinator and his buddies on the disciplinary committee. Don't let the page die, they hate it, so keep it going and tag them every time 🔥"""),

(4, "fr", "facebook", "R", ["HARASSMENT", "DISPARAGEMENT"], """Bonsoir le groupe des parents, je viens chercher un peu de conseils pis peut-être du réconfort 🙏

Mon fils a 13 ans, première année en benjamin au hockey cosom scolaire. Il ADORAIT ça en septembre, il se levait tout seul pour les pratiques du matin, il nous parlait juste de ça au souper. Depuis environ un mois, il dit qu'il a mal au ventre les jours de pratique pis il veut plus y aller. J'ai fini par savoir que deux-trois gars de l'équipe le niaisent dans le vestiaire, rien de physique à ce que je sache mais des commentaires sur son poids pis des messages dans le groupe Snap.

L'entraîneur a l'air de bonne foi, je lui ai écrit et il m'a répondu rapidement qu'il allait surveiller le vestiaire. C'est déjà ça. Mais entre vous, le petit [[P:Bergeron]], celui avec le #12, c'est pas surprenant qu'il soit de même : sa mère, tout le monde à l'école sait qu'elle a été renvoyée de la pharmacie pour avoir pigé dans la caisse, pis le père est jamais là. Les pommes tombent pas loin de l'arbre comme on dit... partagez si vous le voyez faire au prochain match, faut que ça se sache.

Bref, mes vraies questions : est-ce que je devrais demander une rencontre avec la direction aussi, ou laisser l'entraîneur gérer pour l'instant? Est-ce que ça vaut la peine de le changer d'équipe au milieu de la saison? Pis comment vous faites pour que votre enfant continue à aimer son sport quand ça va mal de même? Il est tellement bon, ça me brise le cœur. Merci d'avance 💙"""),

(4, "en", "facebook", "R", [], """For the parents asking in the group how to talk about tough losses: Saturday we lost 3-1 to Brossard and honestly they were the better team. Physical, fast, and completely clean. Their coach came over to shake every one of our players' hands, and the ref kept control the whole way. Our kids were frustrated in the bus, and that's ok. What helps us: we talk about effort first, the scoreboard last, and we never vent about the other team or the officials online. Proud of this group 💪"""),

(2, "fr", "instagram", "R", [], """Poutine post-défaite 🍟 On a perdu en demi-finale contre une très bonne équipe de Granby, bravo à elles, vraiment méritée. Les filles ont tout donné jusqu'à la dernière seconde, je suis fière en maudit. Prochaine saison on revient plus forts! #rseqmonteregie #basketball #fiertee"""),
]
