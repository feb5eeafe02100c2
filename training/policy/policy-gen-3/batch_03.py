"""policy-gen-3 batch 03 — source with inline entity markers. Run: python3 batch_03.py"""
from common import build

BQ, LF, RS, SH, CI = "barreau-qc", "law-firm", "rseq-monteregie", "shelter", "cisss-gaspesie"
CC, LOC, DISP, ADV, MIS, TEST = ("CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE", "DISPARAGEMENT",
                                  "PERSONALIZED_LEGAL_ADVICE", "MISLEADING_ADVERTISING", "TESTIMONIAL_SOLICITATION")
SURV, PRIV, CONS, CHILD, CONF, HAR = ("SURVIVOR_IDENTIFICATION", "PRIVATE_EVENT_DISCLOSURE", "CONSENT_REQUIRED",
                                      "CHILD_PROTECTION_IDENTIFICATION", "CONFIDENTIAL_INFORMATION", "HARASSMENT")
FB, LI, IG = "facebook", "linkedin", "instagram"

POSTS = [
("H", "en", FB, SH, [], """Twenty-six years ago this week I started as a night worker in a women's shelter. I was 24, I had a sociology degree and absolutely no idea what I was doing. The women taught me more than any course ever did. So did my colleagues, who showed me how to make tea at 3 a.m. for someone who can't stop shaking, how to answer the phone without saying the name of the house, and how to leave work at the door (I never really learned that one).

I retired in June. People ask me for stories. I don't tell them, and I never will: those stories belong to the women who lived them. What I can tell you is that shelters need money, volunteers and patience from all of us. If you have a few dollars this holiday season, give them to your regional network. If you have a few hours, ask how you can help. And if a friend tells you something hard, believe her.

Thank you to every colleague I worked with. You know who you are, and I won't name you here either 💜"""),
("H", "en", FB, SH, [SURV], """Twenty-six years ago this week I started as a night worker in a women's shelter. People keep asking for stories, so here's the one I think about every Christmas. Christmas Eve 1998, a young mom from Maniwaki arrives with twin baby girls in a laundry basket. Her husband was the town's police chief at the time, which is why she couldn't go to the local station. She stayed four months. Those twins must be 27 now. I hope they know how brave their mother was. Merry Christmas to all my old colleagues 💜"""),
("J", "fr", FB, CI, [CONF], """📌 INFOLETTRE DE L'ASSOCIATION DES RESSOURCES — novembre

Chers membres, on a finalement mis la main sur le mémo interne de la direction du 3 novembre (merci à la personne qui nous l'a fait suivre, elle se reconnaîtra). Ce qu'on y lit :
• enveloppe de rétribution gelée pour 2025, malgré les promesses publiques;
• 3 ressources du secteur Rocher-Percé « sous surveillance » pour des motifs qui ne nous ont jamais été communiqués;
• un projet de regroupement des usagers de Grande-Rivière vers une seule RI.

Le mémo complet est en pièces jointes (4 pages). Faites-le circuler, c'est notre argument le plus fort pour la négociation de janvier."""),
("J", "fr", FB, CI, [], """📌 INFOLETTRE DE L'ASSOCIATION DES RESSOURCES — novembre

Chers membres, la négociation sur la rétribution reprend en janvier. Ce que l'on peut dire publiquement : nos demandes ont été déposées, et la direction a confirmé dans un communiqué qu'elle répondra avant les Fêtes. On ne partagera aucun document de travail ici; si vous en recevez un, ne le faites pas circuler, envoyez-nous plutôt un courriel. Rappel : assemblée générale le 14 janvier, ordre du jour envoyé par la poste."""),
("K", "en", FB, BQ, [], """Hi all, newcomer here (from Manchester, moved to Montreal in August). Long question, sorry! My work permit renewal has been "in processing" for 5 months and my employer's HR says my file number is fine but I should "get a lawyer just in case". I have no idea how this works here. Do lawyers in Quebec do immigration, or is that a consultant thing? Is there a fee schedule or some kind of legal aid for this? And do I need someone who speaks French, since the forms are federal and in English anyway? Any general pointers appreciated, not looking for anyone to solve my case in the comments 😅 Thank you!"""),
("L", "en", LI, LF, [CC, DISP], """Since you've chosen to post this publicly, let's set the record straight. You hired us for your wrongful dismissal claim against the trucking company in Drummondville. You didn't mention the two written warnings for showing up intoxicated until the employer's lawyer produced them at discovery. We got you eight weeks of pay, which frankly was generous given what you hid from us. Some clients simply can't be helped."""),
("L", "en", LI, LF, [], """Thank you for taking the time to write this, even though it's hard to read. We can't discuss any client's matter in public, so I won't respond to the specifics. What I can say is that we review every complaint internally, and I'd genuinely like to talk. Please call me directly at the office. If you'd rather not, the Barreau also has a process for concerns about a lawyer's services."""),
("M", "en", LI, BQ, [], """Webinar replay now online! "Lawyers on social media: the Barreau's seven recommendations, explained." We cover:
1. never discuss clients or their files without authorization, even through a check-in or a friend request;
2. stay courteous, no negative comments about clients, colleagues or judges;
3. advertising is allowed but no clickbait;
4. when commenting, stick to general legal information;
5. separate personal and professional accounts;
6. don't encourage client testimonials;
7. keep your profiles and security settings up to date.
Free for members, 1 hour of CLE. Link in comments."""),
("L", "en", FB, BQ, [ADV], """@[[PERSON:Mike Sauvé]] if the cops stopped you without any reason like you described, refuse the breathalyzer next time. They can't do anything to you without a warrant. Trust me, I do this every day."""),
("L", "en", FB, BQ, [], """@[[PERSON:Mike Sauvé]] general information only: refusing a roadside breath demand is itself an offence in Canada, with serious consequences. If you're facing charges, talk to a criminal lawyer or legal aid about your specific situation. Happy to point you to the lawyer referral service."""),
("M", "fr", FB, BQ, [MIS], """Divorce réglé en 30 jours, GARANTI 🔥🔥 Pas de cour, pas de stress, pas de surprise. Les autres avocats vous le diront pas! Cliquez avant qu'il soit trop tard, promo valide jusqu'à minuit seulement."""),
("M", "en", FB, BQ, [MIS], """The ONE trick insurance companies DON'T want you to know about 👀 (number 4 will shock you). Our clients always get paid. Link below before they make us take it down."""),
("M", "en", FB, BQ, [], """New article on our blog: "Your home insurance claim was denied. What are the general steps?" We explain the usual process, the limitation periods, and when it's worth talking to a lawyer. Every situation is different and no result can be promised."""),
("L", "fr", FB, BQ, [TEST], """Vous avez aimé travailler avec nous? Un petit mot sur notre page Facebook ou 5 étoiles sur Google ferait toute la différence pour un petit bureau comme le nôtre 🙏 Merci à tous nos clients!"""),
("L", "fr", FB, BQ, [], """Un client nous a laissé un témoignage très gentil sur notre page cette semaine. On l'a retiré, comme le recommande le Barreau aux avocats, mais on tenait à dire merci du fond du cœur : ça nous a touchés."""),
("I", "en", IG, BQ, [CC], """my first client today!!! 🥹 the sweetest lady from Pointe-Claire fighting her condo board over a leaking balcony, they've been ignoring her for 2 years. we're gonna win this 💪 #babylawyer"""),
("I", "en", IG, BQ, [], """my first day as a lawyer today!!! 🥹 can't say anything about my files (lol literally rule #1) but the coffee is decent and my colleagues are the best 💪 #babylawyer"""),
("O", "fr", FB, BQ, [LOC, CC], """Confession d'avocat : petite visite à la maison de mon client à Sainte-Adèle aujourd'hui pour voir le fameux mur mitoyen 😅 le voisin qu'on poursuit nous regardait par la fenêtre de sa cuisine tout le long."""),
("N", "fr", FB, BQ, [DISP], """Certains juges de la Cour du Québec devraient relire le Code avant de rendre des décisions aussi absurdes. Mais bon, on choisit pas son banc, hein Me? 🙄"""),
("H", "fr", FB, BQ, [], """Avocat à la retraite, je me permets un commentaire : je suis respectueusement en désaccord avec l'arrêt de la Cour d'appel rendu cette semaine et largement rapporté dans les médias. Le raisonnement sur la proportionnalité me semble incomplet, mais il est solidement motivé et je comprends la position de la Cour. On verra si la Cour suprême est saisie."""),
("N", "fr", FB, LF, [CC], """Mon chum est avocat pis il m'a conté que la grosse compagnie de portes et fenêtres de Drummond qui a fermé, c'est son bureau qui les représente. Apparemment ils s'en vont direct en faillite, les employés le savent pas encore."""),
("L", "en", FB, LF, [ADV], """Since your employer fired you the day after you filed the CNESST claim, that's reprisal. File a complaint within 30 days, don't accept their severance offer, and don't sign the release they sent you."""),
("L", "en", FB, LF, [], """In general, Quebec law protects workers from reprisals for exercising rights under workplace-injury legislation, and there are short deadlines to file a complaint. Because the details matter so much, please talk to a lawyer or your union about your own situation rather than relying on comments."""),
("H", "en", FB, LF, [DISP], """Forty years in practice and I can finally say it: half the family court bench in the '90s couldn't tell a balance sheet from a grocery list. God help the people who had to go before them."""),
("H", "en", FB, LF, [], """Forty years in practice and I can finally say it: I was wrong about e-filing. I fought it for years. Now my old firm's entire file room is a server and nobody has lost a document since. Progress!"""),
("O", "en", FB, RS, [HAR], """Confession: I'm the one who made the fake account pretending to be the ref from the Brossard game. Sorry not sorry, he deserved every DM he got."""),
("I", "fr", IG, RS, [DISP, HAR], """[[PERSON:Léa]] arrête de faire ta star, on sait toutes ce que t'as fait au party de l'équipe 🤭🤭 bientôt tout le monde va savoir"""),
("N", "fr", FB, RS, [DISP], """Les coachs du RSEQ, c'est une gang de frustrés qui ont jamais réussi à jouer eux-mêmes, pis ça se venge sur nos enfants."""),
("J", "fr", FB, RS, [], """Rappel de la politique des médias sociaux du RSEQ Montérégie : sont proscrits les commentaires irrespectueux, haineux ou insultants envers un membre ou l'organisation, ainsi que toute forme de cyberintimidation (insultes répétées, menaces, usurpation d'identité, rumeurs). Si vous êtes témoin d'un cas, signalez-le au RSEQ."""),
("I", "en", IG, RS, [], """shoutout to the refs at the tournament today, 6 games in a row in that heat 🥵 u guys are the real MVPs. also our libero dove into the bleachers and survived, 10/10"""),
("N", "fr", FB, RS, [], """Félicitations à mon gars qui a été nommé capitaine de son équipe de basket! (Il m'a donné la permission de le dire, j'ai dû négocier 😂) Fière de toi mon grand."""),
("M", "en", IG, SH, [SURV], """This week on the podcast: a resident who just left our shelter tells her story 🎙️ She's the 34-year-old hairdresser from Val-d'Or whose ex went viral last spring. You'll recognize her voice. Link in bio 💜"""),
("M", "en", IG, SH, [], """This week on the podcast: a survivor, speaking under a pseudonym with her voice altered, tells her story in her own words 🎙️ She chose what to share and what to keep private. Link in bio 💜"""),
("O", "fr", FB, SH, [LOC], """Confession : je reste à côté d'une maison d'hébergement à Sherbrooke, coin King pis Belvédère, pis des fois l'été j'entends les enfants jouer dans la cour en arrière 🥲"""),
("N", "fr", FB, SH, [PRIV], """Pour celles qui viennent au groupe du mardi : à partir de la semaine prochaine on se rejoint au local 204 du centre communautaire de Rosemont, 18 h 30. Passez le mot aux filles!"""),
("I", "en", IG, SH, [PRIV], """got invited to the residents' holiday party at the house as a volunteer elf 🎄🧝‍♀️ dec 20th, 5pm, can't waaait"""),
("I", "en", IG, SH, [], """volunteer elf season 🎄🧝‍♀️ helped wrap 200 gifts for a shelter holiday drive today. no pics of anyone obviously, so here are my tape-covered hands"""),
("L", "en", FB, SH, [CONS], """To the person asking who leads our Tuesday workshops: that's [[PERSON:Tanya Brooks]] in the video, our lead counsellor. She's amazing!"""),
("L", "en", FB, SH, [], """To the person asking who leads our workshops: we don't name or show our counsellors online, for their safety and the residents'. If you're interested in a workshop, call the main line and we'll tell you more."""),
("M", "fr", FB, SH, [CONS], """En direct du colloque régional! 🎤📸 Voici notre intervenante [[PERSON:Sophie Lavoie]] en pleine présentation sur la sécurité numérique. Salle comble!"""),
("H", "fr", FB, CI, [CHILD], """En 30 ans de famille d'accueil j'en ai eu 42 😊 Je pense souvent au petit [[PERSON:Mathieu]] de Percé, arrivé chez nous en 2004 à 3 ans parce que sa mère pouvait pas s'en occuper. Il a 23 ans astheure. Si tu me lis mon homme, ta Mamie Jo t'aime."""),
("H", "fr", FB, CI, [], """En 30 ans de famille d'accueil j'en ai eu 42 😊 Je nommerai personne, c'est la loi pis c'est ben correct de même. Mais si l'un de vous me lit : ta Mamie Jo pense à toi, chaque Noël."""),
("N", "en", FB, CI, [CHILD], """Aren't those the [[PERSON:Bujold]] kids in your picture?? I thought they got taken by the DPJ last year, so glad to see them with a good family 🙏"""),
("I", "fr", IG, CI, [CONS], """Mon stage à la RI est fini!! 🥰 Merci à [[PERSON:Karine]] pis [[PERSON:Jonathan]] pour tout, vous êtes dans ma story, je vous aime"""),
("O", "en", FB, CI, [CONF], """Confession: as an RI employee I've seen the new budget and they're cutting our night shifts by 40% in January. Nobody's been told yet. Enjoy your holidays, everyone."""),
("L", "fr", FB, CI, [DISP], """La nouvelle chef de service, c'est une incompétente finie qui a jamais mis les pieds dans une ressource de sa vie. Pas surprenant que tout s'écroule."""),
("N", "en", FB, CI, [HAR], """Let's all go leave reviews on the CISSS page about that caseworker every single day until she quits. Tag everyone you know 💯"""),
("K", "en", FB, CI, [], """Is there an English-language support group for parents whose kids are involved with youth protection in the Gaspé region? Asking for a friend. General info is fine, thank you."""),
("H", "en", FB, CI, [], """Read the news coverage of the provincial report on youth protection this week. As a retired social worker, I think it's fair but it underestimates how much foster families carry. Measured criticism: the recommendations are good, the funding timeline isn't."""),
]

if __name__ == "__main__":
    build(3, POSTS)
