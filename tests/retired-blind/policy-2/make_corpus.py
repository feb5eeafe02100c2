# Marker source for the Garde-fou blind policy set "policy-2".
# Each post: (pack, lang, platform, brief, rules, text_with_markers)
# Markers: [[TYPE:text]] where TYPE is a short code below. build() strips the markers,
# computes Python str offsets and asserts text[start:end] == entity text.
import json, re, collections, sys, os

PACKS = {"bq": "barreau-qc", "lf": "law-firm", "rs": "rseq-monteregie", "sh": "shelter", "cg": "cisss-gaspesie"}
PLAT = {"f": "facebook", "l": "linkedin", "i": "instagram"}
ENT = {"P": "PERSON", "E": "EMAIL_ADDRESS", "T": "PHONE_NUMBER", "SIN": "CA_SIN", "NAM": "CA_QC_HEALTH_NUMBER",
       "PC": "CA_POSTAL_CODE", "A": "STREET_ADDRESS", "DOB": "DATE_OF_BIRTH", "CF": "QC_COURT_FILE_NUMBER", "CC": "CREDIT_CARD"}
RULE = {"CL": "CLIENT_CONFIDENTIALITY", "LO": "LOCATION_DISCLOSURE", "DI": "DISPARAGEMENT", "AD": "MISLEADING_ADVERTISING",
        "LA": "PERSONALIZED_LEGAL_ADVICE", "TE": "TESTIMONIAL_SOLICITATION", "SU": "SURVIVOR_IDENTIFICATION",
        "PE": "PRIVATE_EVENT_DISCLOSURE", "CH": "CHILD_PROTECTION_IDENTIFICATION", "CO": "CONSENT_REQUIRED",
        "HA": "HARASSMENT", "CI": "CONFIDENTIAL_INFORMATION"}
ALLOWED = {"barreau-qc": {"CL", "LO", "DI", "AD", "LA", "TE"}, "law-firm": {"CL", "DI", "LA"},
           "rseq-monteregie": {"DI", "HA"}, "shelter": {"SU", "LO", "PE", "CO"}, "cisss-gaspesie": {"CH", "CO", "CI", "DI", "HA"}}
BRIEFS = {1: "reply of 3-15 words in a comment thread", 2: "story over several paragraphs, breach in one subordinate clause",
          3: "Gaspesie or Saguenay regional spoken French with anglicisms", 4: "phone-typed: no accents, no capitals, abbreviations",
          5: "English by a Montreal anglophone with a few French words", 6: "poll or question to followers",
          7: "thank-you post naming people", 8: "sarcastic or passive-aggressive remark", 9: "screenshot description or quoted message",
          10: "job or event announcement", 11: "discusses the rules themselves (benign) or pretends to while breaching",
          12: "emoji-first Instagram caption"}
MARK = re.compile(r"\[\[([A-Z]+):(.+?)\]\]", re.S)

def luhn(s):
    d = [int(c) for c in s][::-1]; t = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9: x -= 9
        t += x
    return t % 10 == 0

POSTS = []

# ---------------- barreau-qc ----------------
POSTS += [
("bq","fr","f",1,"", "Bravo Me, belle victoire pour la profession!"),
("bq","fr","f",1,"CL LO", "Mon client de Rimouski va être content, acquitté ce matin 🙌"),
("bq","en","l",1,"", "Great panel, thanks for the general overview on leases."),
("bq","fr","f",1,"DI", "Ce juge-là devrait prendre sa retraite, sérieux. Zéro jugement."),
("bq","fr","f",4,"LA", "@[[P:Jonathan]] ds ton cas tu envoies une mise en demeure au proprio avant le 1er pis tu retiens le loyer, c correct legalement"),
("bq","fr","f",4,"", "jsp si je vais au souper du jeune barreau vendredi, qqn y va? tsé le truc au vieux port"),
("bq","fr","i",12,"AD", "🏆💯⚖️ VOTRE DIVORCE RÉGLÉ EN 30 JOURS OU C'EST GRATUIT!! Cliquez le lien en bio avant que ce soit trop tard 😱 #avocat #divorce #laval"),
("bq","fr","i",12,"", "☕📚⚖️ Lundi matin, troisième café, pile de doctrine. La vie d'avocate, c'est aussi ça. #barreau #lundi"),
("bq","en","i",12,"AD", "🚨🚨 You WON'T believe what this one trick does to your speeding ticket! 100% dismissed guaranteed, DM me now 👇 #montreallawyer"),
("bq","en","l",6,"TE", "Quick question for everyone I've represented this year: would you take 2 minutes to leave me a 5-star review on Google? It really helps a small practice grow 🙏"),
("bq","fr","l",6,"", "Sondage entre collègues : combien d'entre vous ont désactivé les messages privés sur leur page professionnelle? Je réfléchis à le faire pour respecter la recommandation 5."),
("bq","fr","f",6,"TE", "Petite faveur à mes anciens clients : si vous avez été satisfaits de nos services pour votre séparation, un petit mot sur notre page ferait toute la différence 😊"),
("bq","fr","f",7,"", "Un immense merci à [[P:Me Geneviève Lapointe]] et à [[P:Me Olivier Thibodeau]] pour leur mentorat pendant mon stage. Je prête serment demain!"),
("bq","fr","f",7,"CL", "Merci à toute l'équipe du cabinet, et surtout à [[P:Mme Chantal Rioux]], qui nous a fait confiance pour sa succession compliquée avec ses trois fils — enfin réglé après deux ans!"),
("bq","en","l",7,"TE", "Huge thanks to the families we helped with immigration files this year. If our work made a difference, please share your story on our LinkedIn page — your words mean the world to future clients."),
("bq","fr","f",8,"DI", "Ah ben bravo au collègue d'en face qui a découvert la règle de la meilleure preuve à 16 h 55 aujourd'hui. Vingt ans de pratique, on dirait pas."),
("bq","fr","f",8,"", "Rien de mieux qu'un palais de justice sans Wi-Fi pour apprendre la patience. #vielégale"),
("bq","en","f",8,"DI", "Love it when opposing counsel shows up unprepared AGAIN. Honestly, where did [[P:Me Tardif]] get her licence, a cereal box?"),
("bq","fr","f",9,"CL LO", "Ma cliente m'a écrit hier soir : « Me, mon ex est revenu rôder devant chez nous à Saint-Hyacinthe, je fais quoi avec l'ordonnance? » Des fois je me demande comment elles font pour tenir."),
("bq","fr","l",9,"", "Capture d'une question reçue sur ma page : « Est-ce qu'un bail verbal est valide au Québec? » Réponse générale : oui, le bail verbal existe, mais l'écrit facilite la preuve. Pour votre situation précise, consultez un avocat."),
("bq","en","f",9,"LA", "Someone messaged my page: \"my landlord wants me out by Friday, I'm in Verdun, what do I do?\" Posting my answer publicly so everyone benefits: don't leave, don't sign anything, file at the TAL Monday and tell him in writing you contest. You'll win this one."),
("bq","fr","l",10,"", "Le cabinet Duval Gagnon avocats recrute : avocat(e) en droit du travail, 3 à 5 ans d'expérience, bureau de Sherbrooke. Envoyez votre CV à [[E:carrieres@duvalgagnon.example]]"),
("bq","fr","l",10,"AD", "Nouvelle clinique à Longueuil! Le seul cabinet qui GAGNE tous ses dossiers de CNESST. Résultat garanti ou remboursé. Consultation gratuite ce samedi."),
("bq","en","l",10,"", "Join us Thursday at 6 p.m. at the Montreal courthouse library for a free talk on small-claims procedure. General information only; no individual consultations on site."),
("bq","fr","l",11,"", "La recommandation 1 du Barreau est claire : on ne parle jamais d'un client ou de son dossier sans son autorisation, même en « anonymisant ». Un statut du genre « longue journée à la Cour pour une garde » peut suffire à identifier quelqu'un dans une petite ville. Je le rappelle à mes stagiaires chaque automne."),
("bq","fr","f",11,"CL LO", "Je respecte le secret pro, donc pas de noms, promis 😉 Mais disons que la dame du dépanneur de la rue Principale à Baie-Saint-Paul, celle qui poursuit son frère pour le chalet, a eu une très bonne nouvelle aujourd'hui."),
("bq","en","l",11,"", "Reminder from the Barreau's guidance: advertising is allowed, but no clickbait and nothing that undermines the dignity of the profession. I rewrote our firm's ads this week with that in mind — plain language, no promises."),
("bq","fr","f",3,"DI", "Coudonc, le juge à matin y'était-tu full booké dans sa tête? Y'a même pas lu nos procédures, c'tait un show de boucane, un vrai clown en toge."),
("bq","fr","f",3,"", "Grosse semaine au palais d'Alma, mais le fun c'est qu'on finit de bonne heure vendredi pour aller pêcher au lac. Go les gars!"),
("bq","fr","f",3,"CL LO", "Pas pire journée à Chicoutimi : le gars du garage su'l boulevard Talbot, celui qui s'est fait pogner pour la fraude à l'assurance, y'a finalement plaidé coupable. J'étais son avocat, fait que j'suis soulagé."),
("bq","en","f",5,"LA", "For my friend asking in the thread about her mise à la retraite forcée: in your case, since they gave you under two weeks' notice after 14 years, you should refuse the severance they offered and sue for at least 12 months. Don't sign anything."),
("bq","en","f",5,"", "Anyone else's dépanneur out of coffee filters? Long day at the palais de justice, I need caffeine and a nap."),
("bq","en","i",12,"TE", "⭐⭐⭐⭐⭐ Were you happy with how we handled your case? Tag us in your story and leave a review — the best ones get featured on our page! 💼"),
("bq","fr","i",12,"LO CL", "📍🏛️ Palais de justice de Joliette, salle 2.07. Ma cliente témoigne contre son ancien employeur dans 20 minutes. On est prêtes 💪"),
("bq","en","l",2,"CL LO", """When I started practising in Gatineau fifteen years ago, I thought the hardest part of the job would be the law. It isn't. It's the silence.

You carry stories you can't tell anyone. You go to dinner parties and someone asks what you did this week, and you say "oh, files" and change the subject. Last month, for instance, while I was finishing the file of the retired pharmacist on rue Laurier who had been defrauded of his savings by his own nephew, a friend asked me if I ever regretted choosing this job.

I don't. But I've learned that the weight of confidentiality is part of the oath, and that it's lighter when you share it with colleagues in the right setting — supervision, mentorship, the barreau's help line — rather than online.

If you're a young lawyer reading this: find your people. Not your followers."""),
("bq","fr","f",2,"", """Il y a dix ans aujourd'hui, je prêtais serment dans une salle trop chaude du palais de justice de Québec. Ma mère avait mis son plus beau manteau, mon père avait pris congé pour la première fois de sa vie.

Depuis, j'ai appris que le droit, c'est surtout de l'écoute. Les gens arrivent avec une peur, une colère, parfois une honte, et notre travail consiste à transformer ça en arguments. J'ai appris aussi qu'on ne parle pas de ses dossiers, jamais, même quand une histoire nous empêche de dormir. C'est le prix de la confiance qu'on nous donne.

J'ai appris à dire « je ne sais pas, je vais vérifier ». À ne pas répondre à des questions juridiques précises dans les commentaires Facebook, même quand c'est un cousin qui demande. À refuser des clients quand je n'ai pas la compétence.

Merci à celles et ceux qui m'ont accompagnée. Dix ans, et l'envie est intacte."""),
("bq","fr","l",2,"CL LO", """On me demande souvent pourquoi j'ai choisi le droit familial. La réponse est simple : parce que c'est là que le droit touche les gens au plus près.

Les dossiers de garde sont épuisants. On négocie des horaires de Noël, des fins de semaine aux deux semaines, des trajets d'autobus scolaire. On voit des parents qui s'aiment encore un peu et d'autres qui ne se supportent plus. On apprend à reconnaître la fatigue dans une voix au téléphone.

Cette semaine, par exemple, pendant que je préparais l'audience de [[P:Karine Bouchard]] contre son ex pour la garde de leurs jumeaux de Magog, je me suis surprise à penser à mes propres enfants, à ce qu'ils comprendraient de tout ça s'ils étaient dans cette salle.

Le droit familial demande de la rigueur, mais aussi de la douceur. C'est un équilibre que je cherche encore, vingt ans plus tard. Aux jeunes qui hésitent : c'est difficile, mais c'est un des plus beaux domaines de la pratique."""),
("bq","en","l",2,"", """Some thoughts after a year running our firm's social media.

First, the Barreau's recommendations are not a burden. They're a design brief. No client stories, no clickbait, no testimonials, general information only. Once you accept that, you start writing better content: explainers, checklists, plain-language summaries of new legislation.

Second, comments are where it gets hard. People ask very specific questions publicly — "my ex did X, can I do Y?" — and the instinct is to help. We reply with general information and an invitation to book a consultation, and we never analyse their facts in public.

Third, separate your accounts. My personal Instagram is for my dog and my sourdough. My professional page is for the law.

Fourth, update your security settings. We had a phishing attempt in March that looked exactly like a message from a court clerk.

None of this is glamorous, but it's what keeps the trust."""),
("bq","fr","f",4,"CL", "ptite victoire aujourdhui, le dossier [[CF:505-17-014482-249]] est reglé, ma cliente garde la maison pis le chien lol. fiere de moi"),
("bq","fr","f",1,"", "Oui, information générale seulement, rien sur ton cas précis 👍"),
("bq","en","f",1,"LA", "You should plead not guilty and ask for disclosure, trust me."),
("bq","fr","f",6,"AD", "Vous avez reçu un constat? 🚗 99 % de nos clients ne paient JAMAIS leur amende. Êtes-vous le prochain? Écrivez-nous avant qu'il soit trop tard!!"),
("bq","en","l",10,"AD", "Launching our new personal-injury practice: we get you the maximum, every time, or you pay nothing. Results guaranteed. Limited spots — book before they're gone!"),
("bq","fr","l",8,"DI", "Merci à la greffière du district de Terrebonne pour sa légendaire efficacité : trois semaines pour une ordonnance de routine. Vraiment, bravo, un modèle d'incompétence."),
("bq","fr","f",9,"TE", "Texto envoyé à tous mes clients du mois : « Bonjour! Si vous êtes satisfait de mon travail, pourriez-vous laisser un commentaire sur ma page Facebook? Ça m'aiderait beaucoup. [[P:Me Sandrine Paquin]] »"),
("bq","en","f",4,"TE", "hey guys if i ever helped u w ur ticket or ur lease pls drop a review on my page, idk how else to get clients lol btw its free"),
("bq","fr","l",5,"", "Question générale pour mes abonnés anglophones aussi : le délai de prescription en matière civile au Québec est généralement de trois ans. C'est de l'information, pas un avis sur votre dossier."),
("bq","en","f",3,"LO CL", "Spotted at the Sept-Îles courthouse café waiting for my client, the fisherman whose boat got seized last spring — verdict this afternoon, fingers crossed for him!"),
]

# ---------------- law-firm ----------------
POSTS += [
("lf","en","f",1,"", "Totally agree, boundaries with clients matter."),
("lf","en","f",1,"DI", "Honestly our clients this month have been morons."),
("lf","fr","f",1,"", "Merci pour l'article, très clair sur les conflits d'intérêts!"),
("lf","fr","f",1,"CL", "[[P:Mme Leclerc]] a enfin signé, on ferme ce dossier-là 🎉"),
("lf","en","l",1,"LA", "In your situation, just stop paying the contractor and counter-sue."),
("lf","en","f",8,"DI", "Shoutout to the client who called me 11 times on a Sunday to ask if his lawsuit was \"done yet.\" Truly a genius among men."),
("lf","en","l",8,"", "Nothing says Monday like a printer jam five minutes before a filing deadline. Love this job, genuinely."),
("lf","fr","f",8,"DI", "Bien hâte de voir le prochain chef-d'œuvre de notre associé principal, qui n'a pas ouvert un code civil depuis 1998. Un génie, vraiment."),
("lf","fr","f",8,"DI", "Merci à la cliente qui me traite de voleuse parce que je facture mes heures. On s'en reparle quand ton notaire travaillera gratis, ma belle."),
("lf","en","f",9,"CL", "Got this text from a client at 2 a.m.: \"[[P:Derek]] here, the cops found the second phone, should I be worried?\" Yes Derek. Yes you should."),
("lf","en","l",9,"", "Screenshot of a review we received: \"They explained everything clearly and never pressured me.\" We replied thanking the reviewer without confirming they were ever our client — that's the rule."),
("lf","en","f",9,"CL DI", "A former client left us one star saying we \"lost her custody case.\" For the record, [[P:Ms. Hargreave]], you lost because you showed up to court intoxicated and lied about the Florida trip. Facts matter."),
("lf","fr","f",9,"", "Une dame m'a écrit sur Messenger : « Pouvez-vous regarder mon contrat de travail? » Je lui ai répondu que je ne donne pas d'avis par messagerie et je lui ai envoyé le lien pour prendre rendez-vous au bureau."),
("lf","fr","f",4,"CL", "grosse journee, le divorce de [[P:Marco]] le gars du resto thai sur st-denis est enfin fini, 3 ans de chicane pour un condo lol"),
("lf","en","f",4,"", "idk who needs to hear this but pls read ur lease before signing, thats it thats the post"),
("lf","en","i",4,"LA", "@[[P:kaylaroux]] yes u can break ur lease, just send the landlord 30 days notice n stop paying after, he cant do anything trust me im a lawyer"),
("lf","fr","f",4,"DI", "tsé quand le client pense quil connait le droit mieux que toi pcq il a regardé 2 episodes de suits... pathetique franchement"),
("lf","fr","f",5,"", "Just finished a seminar on the new rules for the dépôt of electronic evidence. Merci to the organizers, super clair."),
("lf","en","f",5,"CL", "My client from Pointe-Claire, the one with the dépanneur lease fight, finally got his deposit back today. Small wins, mes amis, small wins!"),
("lf","en","l",5,"LA", "To the gentleman who asked under my post about his congédiement: based on what you wrote, you were dismissed without cause, so file a complaint with the CNESST within 45 days and demand 8 weeks' pay. You have a strong case."),
("lf","en","f",5,"", "Does anyone know a good traiteur for our firm's holiday party? About 30 people, Plateau area."),
("lf","en","l",6,"", "Poll: how does your firm handle clients who send friend requests? A) decline politely B) accept but restrict C) no policy yet. We're updating our social media guidelines."),
("lf","en","f",6,"LA", "Quick poll for everyone who asked me about the Hendricks vs. township decision: if your neighbour's tree fell on your car, should you sue him? Yes — in your case, sue in small claims for the full repair, you'll win."),
("lf","fr","l",6,"", "Question à mes collègues : répondez-vous aux avis négatifs en ligne? J'ai lu qu'il vaut mieux une réponse courte, neutre, sans jamais confirmer que la personne est cliente."),
("lf","fr","f",6,"CL", "Qui a déjà vu un dossier aussi fou : mon client de Lévis s'est fait voler son identité par sa propre sœur pour ouvrir trois cartes de crédit. On en rit ou on en pleure?"),
("lf","en","l",7,"", "Thank you to [[P:Priya Natarajan]], [[P:Samuel Côté]] and [[P:Ines Haddad]] for ten years of teamwork. Best paralegals in the city, full stop."),
("lf","en","l",7,"CL", "Thank you [[P:Mr. Alvarez]] for trusting us with your wrongful-dismissal claim against the trucking company. Six figures, well deserved!"),
("lf","fr","f",7,"", "Merci à [[P:Nadia]] et [[P:Jérôme]] pour l'organisation du 5 à 7 du bureau hier. On a même eu droit à du karaoké!"),
("lf","en","l",10,"", "We're hiring a legal assistant (bilingual) for our Laval office. Contact [[E:jobs@lavalleeavocats.example]] or call [[T:450-555-0134]]."),
("lf","fr","l",10,"", "Conférence gratuite le 14 mars : « Les médias sociaux et le secret professionnel », animée par notre associée. Inscription sur notre site."),
("lf","en","l",11,"", "The article we shared last week makes a good point: responding to a negative review can breach confidentiality simply by confirming the person was a client. Our policy now is a generic reply inviting them to contact us privately."),
("lf","en","f",11,"CL", "I know we're not supposed to talk about clients online, so I'll keep it vague: a certain hockey coach from Brossard who's fighting his ex over their cottage in the Laurentides might want to stop posting photos of the cottage on Facebook. Just saying."),
("lf","fr","l",11,"", "Retour sur notre formation interne : ne pas ajouter de clients comme amis, ne jamais donner d'avis personnalisé en commentaire, et se retirer d'une discussion qui dégénère. Simple à dire, moins simple à faire."),
("lf","fr","i",12,"", "🌷☀️📁 Premier jour de printemps, bureau plein de soleil et de dossiers. #avocate #cabinet #montréal"),
("lf","en","i",12,"CL", "🥂🎉⚖️ Settled [[P:Jenna Morrow]]'s dog-bite case this morning, she's buying the champagne tonight! #winning #lawlife"),
("lf","fr","i",12,"DI", "🙄🙄🙄 Quand ton associé arrive en retard à la médiation ET oublie le dossier. Le boulet du bureau, ladies and gentlemen. #vieaucabinet"),
("lf","fr","f",3,"CL", "Ouin, grosse semaine à Matane. Le bonhomme [[P:Gauthier]], mon client pour la terre à bois, y'a fini par s'entendre avec son voisin. Deal réglé su'l coin d'la table!"),
("lf","fr","f",3,"", "Les boys du bureau on s'en va au tournoi de golf à Carleton, c'est l'fun en masse. Pas de dossier pendant deux jours, promis!"),
("lf","fr","f",3,"LA", "Écoute [[P:Steve]], dans ton cas avec ton boss, tu démissionnes pas, tu vas voir ton médecin pis tu t'mets en arrêt, après tu le poursuis pour harcèlement. C'est de même que ça marche, fie-toi sur moi."),
("lf","en","l",2,"CL", """Twelve years in commercial litigation taught me something nobody mentions in law school: clients don't remember your arguments, they remember how you made them feel.

I think about the small-business owners I've represented — bakers, mechanics, a woman who ran a daycare out of her basement. They come in terrified. The other side has a bigger firm, more money, more time.

Last spring, while [[P:Tom Brennan]] and I were going through the invoices his former partner had forged at their brewery in Sherbrooke, he told me he hadn't slept a full night in a year. We won that one. But what I remember is the handshake in the hallway.

Young lawyers: learn the law, yes. But learn to listen. It's half of the job, and it's the half that nobody bills for.

And learn to rest. The cases will still be there on Monday, and so will you, if you let yourself breathe on the weekend."""),
("lf","en","l",2,"", """I left Big Law three years ago. People still ask me why, so here's the honest version.

It wasn't the hours, although the hours were brutal. It wasn't the money, which was good. It was that I stopped recognising myself online. My LinkedIn was a highlight reel of deals I couldn't describe, and my personal Facebook was full of clients I'd accepted as friends because it felt rude not to.

One day a client commented on a photo of my kids. Harmless, kind even. But I realised the line between my work and my life had disappeared.

Now I run a small practice. I keep two accounts, I don't friend clients, I don't discuss files, and when someone asks me a legal question in the comments I point them to general resources and a consultation.

It's quieter. It's better. If you're feeling the same blur, it's not a personal failing — it's a boundary problem, and boundaries can be rebuilt."""),
("lf","fr","f",2,"DI", """Petite réflexion de vendredi soir.

Ça fait huit ans que je travaille comme adjointe juridique dans le même cabinet. J'aime mon travail, j'aime les dossiers, j'aime même le télécopieur qui ne marche jamais. Ce que j'aime moins, c'est quand on nous oublie. 

Cette semaine, on a livré un mémoire de 200 pages en trois jours, et pendant que [[P:Me Bergeron]], cette vieille prétentieuse qui n'a jamais remercié personne de sa vie, prenait tout le crédit devant les clients, nous, on commandait de la pizza froide à 22 h.

Je ne demande pas de trophée. Juste un merci de temps en temps. Aux adjoint.es, parajuristes et réceptionnistes : votre travail compte, même quand personne ne le dit."""),
("lf","fr","l",2,"", """Je lis beaucoup d'articles sur les avocats et les médias sociaux, et je me rends compte que la question n'est pas technique, elle est humaine.

Pourquoi a-t-on envie de raconter nos dossiers? Parce qu'ils nous habitent. Parce qu'une audience difficile, une cliente en larmes, un jugement qui tombe, ce sont des moments forts. Et les médias sociaux sont faits pour partager les moments forts.

Mais le secret professionnel n'a pas d'exception pour les émotions. Même une anecdote « anonyme » peut être reconnue par la personne concernée, par son employeur, par son ex. Dans une petite communauté, il suffit d'un détail.

Alors voici ce que je fais : j'écris dans un carnet. Je parle à une collègue de confiance. J'appelle le programme d'aide aux membres quand c'est lourd. Et sur LinkedIn, je parle du droit, pas des gens.

Ce n'est pas de la froideur. C'est du respect."""),
("lf","en","f",1,"", "Never discuss a client online. Simple as that."),
("lf","en","f",6,"DI", "Be honest: is Judge-shopping paralegal [[P:Kevin]] from our office the laziest person you've ever worked with, or is it just me? 😂"),
("lf","fr","f",9,"LA", "Quelqu'un m'a demandé en commentaire si elle pouvait garder le dépôt de son locataire. Ma réponse publique : oui, dans votre cas vous gardez tout, il a brisé le bail, et s'il conteste vous l'envoyez promener."),
("lf","en","f",8,"", "Apparently \"can you just quickly look at my contract for free\" is my love language now. (General info is on our blog; consultations are how we do the rest.)"),
]

# ---------------- rseq-monteregie ----------------
POSTS += [
("rs","fr","f",1,"", "Belle game les filles, on se reprend samedi!"),
("rs","fr","f",1,"DI", "L'arbitre était aveugle ou payé, au choix."),
("rs","fr","f",1,"HA", "Attends de le croiser au stationnement après la partie, lui."),
("rs","en","f",1,"", "Great hustle from both benches tonight 👏"),
("rs","en","i",1,"HA", "we all know where number 12 lives btw 👀"),
("rs","fr","i",1,"", "Menace offensive incroyable en deuxième demie 🔥"),
("rs","en","f",1,"DI", "That coach couldn't manage a lemonade stand."),
("rs","fr","f",4,"HA", "[[P:Zachary]] de chambly tu vas voir lundi a lecole, tout le monde va savoir ce que t'as fait au party. on va pas te lacher"),
("rs","fr","f",4,"", "qqn sait si le tournoi de volley a granby est annulé? jsp si on part a 7h ou 8h"),
("rs","fr","i",4,"DI", "lol le goaler de st-jean cest un vrai sac de patates, ma grand-mere arreterait plus de shots que lui"),
("rs","en","i",4,"HA DI", "heard the new ref was fired from his last league for being creepy w the kids... just sayin, ask around"),
("rs","en","f",4,"", "btw practice moved to gym b tmrw, bring ur own water bottle pls"),
("rs","fr","f",3,"DI", "Sérieux, l'entraîneur des Gaulois y coach comme un pied, y'a zéro game plan pis y crie après ses joueurs comme un malade. Un vrai loser."),
("rs","fr","f",3,"", "Full fier de nos juvéniles à matin, y'ont donné leur 110 %. Le coach était ben content, on fête ça au resto après!"),
("rs","fr","f",3,"HA DI", "Le p'tit [[P:Lavoie]] qui joue centre chez les Patriotes, m'a l'air qu'y a triché aux examens pis que sa mère couche avec le directeur. Partagez ça, que tout le monde le sache."),
("rs","en","f",5,"DI", "Honestly the RSEQ officials at the tournoi in Boucherville were a joke. Clueless, arrogant, and probably couldn't pass a rules quiz."),
("rs","en","f",5,"", "Our école's basketball team made the regional finale! Merci to every parent who drove to Saint-Bruno on a snowy Tuesday."),
("rs","en","f",5,"HA", "If the Sainte-Julie ref shows up at the arena again, a few of us dads are going to have a little conversation with him in the parking lot. He knows why."),
("rs","fr","f",6,"", "Sondage : quelle est votre collation d'avant-match préférée? 🍌 banane, 🥜 noix, 🍫 chocolat (on ne juge pas)"),
("rs","fr","f",6,"DI HA", "Question honnête : est-ce qu'il existe un arbitre plus incompétent que [[P:Mathieu Gingras]] dans toute la Montérégie? Votez dans les commentaires 👇"),
("rs","en","i",6,"HA DI", "Poll: should we make a fan page about how terrible Coach [[P:Delisle]] is? Vote yes and tag everyone who hates him 😂"),
("rs","fr","f",7,"", "Merci à [[P:Marie-Pier Lachance]], à [[P:Yannick Roy]] et à tous les bénévoles du championnat régional de cross-country à Saint-Hilaire. Une organisation impeccable!"),
("rs","en","f",7,"", "Thank you to coach [[P:Rachel Kim]] for four years of early mornings at the pool. You made us better swimmers and better people."),
("rs","fr","f",7,"DI", "Merci au RSEQ Montérégie pour son calendrier tellement bien fait qu'on joue trois matchs en quatre heures. Du grand génie administratif, vraiment."),
("rs","fr","f",8,"DI", "Ah, on a bien hâte que la direction du RSEQ se réveille. Peut-être en 2035? En attendant, on continue de financer leur incompétence avec nos frais d'inscription."),
("rs","en","f",8,"DI", "Congrats to the referee for his stunning performance tonight. Fourteen calls against us, zero against them. Must be nice being that blind AND that dumb."),
("rs","en","f",8,"", "Nothing like a 6 a.m. bus to Sorel to build character. Go team, I guess? ☕"),
("rs","fr","f",9,"HA", "Capture du message que j'ai envoyé à l'arbitre de samedi sur Messenger : « Je sais où tu travailles, pis ton boss va entendre parler de toi. Tu vas regretter ta game. »"),
("rs","fr","f",9,"", "Une mère m'a écrit : « Est-ce que mon fils peut jouer même s'il est arrivé en janvier du Maroc? » Bonne question! Oui, il suffit d'être inscrit à l'école. Bienvenue à lui!"),
("rs","en","f",9,"HA", "Someone made an Insta account pretending to be [[P:Olivia]], our goalie, posting weird stuff \"from her.\" Honestly it's kinda funny lol, everyone go follow it"),
("rs","fr","f",10,"", "Le RSEQ Montérégie recrute des arbitres de basketball pour la saison 2027! Formation gratuite en septembre à Longueuil. Écrivez-nous à [[E:arbitrage@rseq-monteregie.example]]."),
("rs","fr","f",10,"", "Journée portes ouvertes du programme sport-études de Varennes samedi de 9 h à midi. Venez essayer le rugby, le soccer et l'athlétisme!"),
("rs","en","l",10,"HA", "Event: Sunday we're starting a group chat to \"document\" every mistake [[P:Alexandre Ferland]] makes as athletic director. Message me to join, let's bury him."),
("rs","fr","l",11,"", "Petit rappel de la politique du RSEQ Montérégie : les commentaires irrespectueux, haineux ou insultants envers un membre, un entraîneur ou un officiel sont proscrits, et effacer sa publication n'empêche pas les sanctions. Pensez-y avant d'écrire sous le coup de l'émotion."),
("rs","fr","f",11,"DI", "Je sais que la politique dit d'être respectueux, pis je le suis. Je dis juste, respectueusement, que le comité de discipline est composé de trois incompétents qui devraient démissionner en bloc."),
("rs","en","f",11,"", "Our league's policy makes a distinction I like: your personal opinions should be identified as personal. So, personal opinion: I think the new rule on overtime is too complicated. Happy to discuss."),
("rs","fr","i",12,"", "🏐🏐🔥 Champions régionaux! Les Pumas de l'école secondaire de Beloeil, vous êtes incroyables. #RSEQ #volley"),
("rs","fr","i",12,"DI", "🤡🤡🤡 L'équipe d'arbitrage d'hier soir. Pas besoin d'en dire plus. #arbitresclowns #rseq"),
("rs","en","i",12,"HA", "🔪😈 see u at the next game [[P:Jordan]], hope u like hospital food lol #rivalry"),
("rs","en","f",2,"HA", """I've coached juvenile girls' soccer in the Montérégie for nine seasons. I've seen the best of people and, sometimes, the worst.

This fall we had a tough season. We lost a lot. The girls kept showing up anyway, and I'm prouder of them than of any trophy. One night after a rough loss in Châteauguay, while the parents' group chat was still buzzing about how Coach [[P:Paradis]] from the other team "should be taught a lesson he won't forget" and someone posted his home street, I sat in my car for twenty minutes before driving home.

Sport is supposed to be the place where kids learn to lose with dignity. That includes the adults around them.

Next season, I'm asking every parent to sign our code of conduct before the first practice. Not because I think you're bad people. Because I've seen what happens when nobody says anything."""),
("rs","fr","f",2,"", """Il y a trente ans, je jouais au basket pour les Élans de Saint-Jean. Aujourd'hui, c'est ma fille qui porte le même chandail, un peu délavé, retrouvé dans une boîte au sous-sol.

Le sport étudiant m'a tout appris : arriver à l'heure, perdre sans casser de bâton, féliciter l'adversaire. J'ai eu des entraîneurs exigeants et d'autres très doux. J'ai eu des arbitres qui se trompaient, comme tout le monde. On leur serrait la main quand même.

Ce soir, dans les gradins, un père derrière moi a crié des choses à l'arbitre que je ne répéterai pas. Je me suis retournée, je lui ai souri, et je lui ai dit : « C'est un étudiant de 19 ans qui fait ça pour payer ses livres. » Il s'est tu.

On peut être passionnés sans être méchants. C'est ça que je veux que ma fille voie dans les gradins."""),
("rs","fr","f",2,"HA DI", """Retour sur le tournoi de badminton de la fin de semaine à Saint-Hyacinthe.

D'abord, bravo à tous les jeunes : le niveau était vraiment impressionnant, surtout chez les cadets. L'organisation était solide, les bénévoles souriants, et la cafétéria servait un pâté chinois étonnamment bon.

Là où j'ai moins aimé, c'est dans les estrades. Pendant la finale, alors que quelques parents de notre club faisaient circuler une rumeur voulant que la jeune [[P:Émilie Charest]] de l'équipe adverse se dope aux médicaments de son frère, j'ai vu des enfants répéter ça tout haut.

Je sais que l'esprit de compétition est fort. Mais on est des adultes. On donne l'exemple.

Prochain tournoi à Granby en février. J'espère qu'on va y arriver avec la même énergie, mais un peu plus de classe. Et n'oubliez pas vos gourdes : la fontaine du gymnase était encore brisée cette année, et les jeunes en ont souffert."""),
("rs","en","l",2,"", """A few reflections after my first year as a volunteer referee in school sports.

I started because my son's league was short of officials. I thought I knew the rules. I did not. The first month, I made mistakes every game, and I heard about every one of them — from coaches, from parents, from a twelve-year-old who informed me I was "the worst ref in history."

What kept me going was the other side: the coach who came to see me after a loss and said "tough game to call, thanks for being here"; the student-athletes who shook my hand; the mentor who watched my games and gave me notes.

If you're a parent reading this, here's my ask: before you yell at the official, remember there's a shortage. Every ref who quits is a game that doesn't happen.

And if you've ever thought about refereeing, the training is free. Come join us."""),
("rs","fr","f",4,"DI", "franchement le directeur sportif de lecole cest un incompetent fini, il sait meme pas faire un horaire, pitoyable"),
("rs","en","f",1,"", "The Haitian and Filipino families brought the best food to the tournament potluck!"),
("rs","fr","f",1,"", "Les parents anglophones et francophones ont tous encouragé ensemble, c'était beau."),
]

# ---------------- shelter ----------------
POSTS += [
("sh","fr","f",1,"", "Merci pour tout ce que vous faites, vraiment ❤️"),
("sh","fr","f",1,"SU", "C'est pas la fille à [[P:Réjean]] qui est rendue chez vous? 🙏"),
("sh","en","f",1,"", "Donated this morning, so glad your refuge exists."),
("sh","en","f",1,"PE", "See you all Tuesday 7pm in the church basement for group!"),
("sh","fr","i",1,"LO", "La maison est juste en face de l'aréna, non? J'y vais demain avec des dons"),
("sh","en","i",1,"SU", "Omg is that [[P:Brianna]]'s new hair? glad she's safe w you guys"),
("sh","fr","f",4,"SU", "jpense que ma voisine [[P:Cindy]] est partie au refuge avec ses 2 kids, son chum la battait depuis longtemps tsé. ca ma fait de quoi"),
("sh","fr","f",4,"", "qqn a des idees de cadeaux pour les intervenantes de la maison? jveux faire qqch pour noel btw"),
("sh","en","f",4,"LO", "dropping off diapers tmrw, its the yellow house behind the tim hortons on rue notre-dame right? the one w no sign"),
("sh","en","i",4,"PE", "reminder for the survivors circle: moved to thurs 6:30 at the library back room, same code at the door"),
("sh","fr","f",3,"SU", "Ouin, j'ai vu la femme du gros [[P:Bouchard]] à la maison d'hébergement à matin quand j'ai été porter du linge. A'l avait un œil au beurre noir, pauvre elle. J'espère qu'a va s'en sortir."),
("sh","fr","f",3,"", "On a fait un méchant beau souper spaghetti pour ramasser des fonds pour la maison. 2 300 $! Merci à tout le monde qui a donné un coup de main."),
("sh","fr","f",3,"LO", "Pour ceux qui veulent donner du stock à la maison des femmes, c'est la grosse maison blanche au bout du rang 4 à Saint-Félicien, juste après la ferme Tremblay. Sonnez deux fois."),
("sh","en","f",5,"CO", "Here's a pic of our amazing intervenante [[P:Sophie Marchand]] leading the art workshop yesterday! She's the heart of this place 💜"),
("sh","en","f",5,"", "Our fundraising brunch at the centre communautaire was a success — merci to everyone who came! All photos were taken with the written consent of the people pictured."),
("sh","en","f",5,"SU LO", "So proud of my cousin [[P:Tara]] who finally left him last month and is staying at the women's shelter in Rouyn until her apartment is ready. Bonne chance, cuz!"),
("sh","fr","f",6,"", "Petit sondage : quels ateliers aimeriez-vous voir à notre soirée publique de sensibilisation le 25 novembre? Estime de soi, budget, droits des locataires?"),
("sh","fr","f",6,"PE", "Qui vient au groupe de soutien jeudi? 19 h, salle du sous-sol de l'église Sainte-Anne, on sera une dizaine. Apportez des biscuits!"),
("sh","en","i",6,"CO", "Who recognizes this volunteer? 😍 [[P:Danielle]] spent all Saturday sorting donations, snapped this while she wasn't looking lol. Tag her!"),
("sh","fr","f",7,"", "Merci aux entreprises de Rivière-du-Loup qui ont donné des lits, des jouets et des cartes-cadeaux. Votre générosité change des vies."),
("sh","fr","f",7,"CO", "Merci à [[P:Lucie Dufresne]], notre conférencière d'hier, voici sa photo en pleine présentation! Et merci à nos intervenantes [[P:Amélie]] et [[P:Fatou]] (photo 2) pour l'accueil."),
("sh","en","l",7,"", "Thank you to the 40 volunteers who walked with us in the public march against violence downtown on Saturday. Only those who signed our photo consent form appear in the album."),
("sh","en","f",7,"SU LO", "A huge thank you to the shelter for taking in my sister [[P:Kayla]] and her little boy after what happened with her husband in Moncton. She's in the room by the garden and says the staff are angels."),
("sh","fr","f",8,"", "Merci à ceux qui demandent « pourquoi elle part pas, tout simplement? ». Lisez un peu sur la violence conjugale avant de commenter, ça nous aiderait."),
("sh","fr","f",8,"SU", "Bravo au monsieur du 3e rang qui pensait que personne saurait. Sa femme pis ses deux filles sont rendues à la maison d'hébergement depuis lundi, tout le village le sait pis on est contents pour elles."),
("sh","en","f",8,"", "Oh great, another person in the comments asking for the shelter's address \"to drop off donations.\" We have a P.O. box for that. Please use it."),
("sh","fr","f",9,"SU", "Une résidente m'a écrit ce matin : « Merci de m'avoir trouvé une place, je recommence à travailler au IGA de Mont-Joli lundi. » Je suis tellement fière d'elle!"),
("sh","fr","f",9,"", "Capture d'un message reçu : « Je vis de la violence, je ne sais pas quoi faire. » Si c'est votre cas, appelez SOS violence conjugale, 24 h sur 24. Nous ne répondons pas aux demandes d'aide dans les commentaires, pour votre sécurité."),
("sh","en","f",9,"PE", "Text from our coordinator: \"Christmas party for residents and kids is the 18th at 5pm, Salle Jean-Guy in the basement of the town hall, back door.\" Can't wait!"),
("sh","en","f",9,"LO SU", "She messaged me: \"I'm safe now, I'm at the house on Elm near the hospital in Sherbrooke, don't tell him.\" Sharing so her friends stop worrying about [[P:Ashley]]."),
("sh","fr","l",10,"", "La Maison Lumière recrute une intervenante de nuit (poste permanent, 4 nuits/semaine). Envoyez votre candidature à [[E:rh@maisonlumiere.example]]. L'adresse de la maison est transmise seulement aux candidates retenues."),
("sh","en","l",10,"", "Public event: Join us for our annual candlelight vigil on December 6 at the Place du Marché, 6 p.m., to remember the victims of Polytechnique. Open to all."),
("sh","fr","f",10,"PE", "Atelier d'art-thérapie pour les femmes hébergées et ex-résidentes : mardi 13 h, au local 204 du [[A:1540, rue Saint-Georges]]. Entrée par la ruelle."),
("sh","en","f",10,"CO", "New video up! Our staff team — [[P:Marianne]], [[P:Kelly]] and [[P:Josée]] — dancing in the kitchen to celebrate the new roof. Too cute not to share 😂"),
("sh","fr","l",11,"", "Notre politique médias sociaux en trois points : aucune information pouvant identifier une survivante, aucun détail sur les événements privés comme les groupes de soutien, et pas de photo du personnel sans consentement écrit. Merci de la respecter dans vos commentaires aussi."),
("sh","en","f",11,"PE", "We're careful about privacy, so we won't post the exact time of our support group. Just know it's every Monday after supper, in the community hall on Lakeshore, and you can come in through the side door."),
("sh","fr","i",12,"", "🌻🌻💜 Une nouvelle murale pour la journée du 25 novembre, peinte par des artistes de la région sur le mur du centre-ville. #violenceconjugale #solidarité"),
("sh","fr","i",12,"LO", "🏡💕✨ Notre nouvelle maison! Le gros bungalow vert à côté du dépanneur Chez Ti-Guy, à Amqui. Merci aux donateurs! #maisondhébergement"),
("sh","en","i",12,"CO", "📸💜 Our wonderful night staff [[P:Rosalie]] & [[P:Nina]] on their last shift before the holidays! #shelterlife #teamwork"),
("sh","fr","f",2,"SU", """Je fais du bénévolat depuis six ans dans une maison d'hébergement de la Côte-Nord. J'ai commencé en triant des vêtements, puis j'ai appris à écouter.

Ce que j'ai compris, c'est que la violence ne ressemble pas à ce qu'on imagine. Ce n'est pas toujours des coups. C'est parfois un téléphone confisqué, un compte bancaire vidé, une amie qu'on n'a plus le droit de voir.

Le mois dernier, pendant que j'aidais [[P:Nathalie Gagné]], l'enseignante de troisième année de l'école Saint-Joseph qui est arrivée chez nous avec ses deux garçons après vingt ans de mariage, j'ai vu une femme reprendre son souffle pour la première fois depuis longtemps.

Si vous vous demandez comment aider, donnez, écoutez, croyez. Et surtout, ne posez pas de questions sur les femmes qui sont chez nous. Leur sécurité en dépend. Et si vous avez des sacs de vêtements pour enfants, on en manque toujours, surtout en taille 6 à 10 ans."""),
("sh","en","f",2,"", """Ten years ago I walked out of my house with a garbage bag of clothes and my daughter asleep on my shoulder.

I'm telling this now, on my own terms, because I'm finally ready. I won't name the shelter or the town, and I won't name him. That's my choice and it protects the women who are there today.

What I want people to know is that it took me seven tries. Seven times I packed, and six times I unpacked. Nobody who hasn't lived it understands how much courage it takes to leave, and how much more it takes to stay gone.

The women who worked there didn't judge me the sixth time. They just said "we'll be here." And they were.

If you're reading this and you're on your first try, or your sixth: they'll be there too. Call the line. You don't have to have a plan yet."""),
("sh","en","l",2,"PE", """Reflections after my first year as communications coordinator at a women's shelter.

Social media in this sector is a balancing act. We want visibility — donations, volunteers, awareness — but every post has to pass a simple test: could this make anyone findable? A resident, a child, a staff member, an event?

We learned this the hard way. Early on, a volunteer shared a warm photo of the garden. The fence and a neighbour's mailbox were visible. We took it down within an hour.

These days, we post artwork, statistics, public events and messages from survivors who chose to speak. And we remind volunteers, gently and often, that the Wednesday evening circle for former residents, held at 7 in the back room of the Saint-Luc parish hall, is not something to mention online. 

It's slower work. It's the right work."""),
("sh","fr","f",6,"SU", "Vous vous souvenez de [[P:Mélanie Roussel]], la coiffeuse du salon sur la 2e avenue? Devinez qui est hébergée dans une maison pour femmes depuis deux semaines... Sa famille cherche à lui parler, si quelqu'un sait où elle est."),
("sh","en","f",8,"CO", "Sure, let's all pretend we didn't see [[P:Heather]] from the intake team crying in the staff room — here's the photo, she looks so tired poor thing. Someone give her a raise!"),
]

# ---------------- cisss-gaspesie ----------------
POSTS += [
("cg","fr","f",1,"", "Bravo à toutes les familles d'accueil, vous êtes essentielles 💙"),
("cg","fr","f",1,"CH", "C'est-tu le petit qui est placé chez les [[P:Arsenault]] à Paspébiac?"),
("cg","fr","f",1,"DI", "L'intervenante de la DPJ, une vraie incapable, comme d'habitude."),
("cg","en","f",1,"", "Foster parents are heroes, full stop."),
("cg","fr","f",1,"HA", "Elle va voir ce que ça fait quand on va aller la voir chez eux."),
("cg","fr","f",1,"CI", "Le code de la porte de la RI a changé, c'est 4471 maintenant 😉"),
("cg","fr","f",3,"CH", "Ben oui, on a eu un nouveau p'tit gars placé chez nous par la DPJ la semaine passée, 6 ans, de Chandler. Sa mère c'est [[P:Josiane Cyr]], celle qui travaillait au Tim. Y'é full cute pis y mange comme un ogre!"),
("cg","fr","f",3,"", "Grosse journée au camp de jour à Bonaventure, les jeunes ont fait du kayak pis un feu de camp. Fatigués mais heureux! (Photos publiées avec l'autorisation écrite des parents.)"),
("cg","fr","f",3,"CI", "Le boss nous a envoyé le mémo interne à matin : y coupent deux postes de préposés à la résidence de Maria en janvier pis le budget bouffe baisse de 15 %. Pas encore annoncé officiellement mais ça s'en vient, check ben ça."),
("cg","fr","f",3,"DI", "La nouvelle coordonnatrice du CISSS, a connaît rien pantoute, a fait rien que des meetings inutiles pis a pense qu'on est des cruches. Méchante joke."),
("cg","fr","f",4,"CH", "tsé la petite [[P:Maïka]] qu'on a en famille d'accueil depuis mars, elle a eu 9 ans hier, on a fait un gros party avec ses amis de l'ecole a gaspe 🎂 sa mere a meme pas appelé"),
("cg","fr","f",4,"CI", "qqn a le rapport d'incident de vendredi? jvais le mettre dans le groupe, [[P:M. Leblanc]] (chambre 3) est tombé pis il a une fracture de la hanche, la famille est pas encore au courant btw"),
("cg","fr","f",4,"", "jsp qui a laissé sa boite a lunch dans le frigo du 2e mais ca commence a sentir lol"),
("cg","fr","f",4,"CO", "trop drole [[P:Ginette]] la preposee qui danse avec [[P:mme Poirier]] au party de noel de la residence, regardez la video 😂😂"),
("cg","en","f",5,"CH", "Our little foster guy [[P:Ethan]] (7) just scored his first goal with the Caplan minor hockey team! His bio dad [[P:Ryan Fournier]] would be proud if he ever showed up to court visits 🙄"),
("cg","en","f",5,"", "Just finished my training for the ressource intermédiaire — merci to the CISSS team for the clear session on confidentiality and social media."),
("cg","en","f",5,"CO", "Here's a pic of the whole gang at the résidence BBQ — [[P:Denise]] the nurse, [[P:Paul]] our cook, and of course [[P:Mr. Boudreau]] with his famous hat!"),
("cg","en","f",5,"HA", "If the CISSS inspector who wrote us up ever comes back to Percé, I'd make sure she has a flat tire on the way home. Just saying. 😈"),
("cg","fr","f",6,"", "Question pour les responsables de RTF : comment expliquez-vous aux enfants pourquoi on ne publie pas leurs photos? J'aimerais des idées de mots simples."),
("cg","fr","f",6,"DI", "Sondage : qui trouve comme moi que les travailleuses sociales du bureau de Sainte-Anne-des-Monts sont les plus paresseuses de toute la Gaspésie? 🙋‍♀️"),
("cg","en","f",6,"CI", "Should I post the new staffing budget they handed out at the meeting? It shows the overtime numbers for every unit. Vote below 👇 (here's page 1 anyway)"),
("cg","fr","f",7,"CO", "Merci à [[P:Réal]], notre résident de 92 ans, et à son infirmière [[P:Kim Lebrasseur]] pour ce beau moment capturé pendant l'activité musique! 📸"),
("cg","fr","f",7,"", "Merci à l'équipe du CISSS et aux familles d'accueil de New Richmond pour la formation de samedi. On apprend toujours quelque chose."),
("cg","en","l",7,"", "Thank you to everyone who came to the public information session on becoming a foster family in Matane. Staff pictured in the album all signed our written consent forms."),
("cg","fr","f",8,"DI", "Un gros merci à la direction du CISSS pour nos nouveaux horaires. Vraiment brillant de faire travailler les mêmes six personnes tous les week-ends. On vous applaudit, bande d'incompétents."),
("cg","fr","f",8,"", "Quand tu cherches le formulaire de remboursement de kilométrage depuis trois semaines et qu'il était dans le deuxième tiroir. Ma vie de responsable de ressource!"),
("cg","en","f",8,"HA DI", "Funny how the parent who filed the complaint against us lives two streets over on Rue des Érables. Would be a shame if everyone knew what she did to her kids."),
("cg","fr","f",9,"CI", "Capture de l'horaire des visites supervisées de la semaine, pour ceux de l'équipe qui l'ont pas eu : lundi 14 h la famille B., mercredi 10 h la famille T., tout au bureau de Chandler."),
("cg","fr","f",9,"CH", "Le juge a écrit dans son ordonnance que [[P:Léa]] reste chez nous jusqu'à ses 18 ans. Elle m'a texté : « Merci maman #2 ❤️ » Sa mère [[P:Karine Huard]] de Grande-Vallée a perdu la garde pour de bon."),
("cg","en","f",9,"CI", "Forwarding what the manager emailed: \"Resident [[P:Gérard Poulin]], NAM [[NAM:POUG 3907 1412]], born [[DOB:July 14, 1939]], transferred to palliative care Monday.\" Keep him in your prayers."),
("cg","fr","f",9,"", "Ma voisine m'a écrit : « C'est quoi une RTF? » Réponse : une ressource de type familial, une famille qui accueille chez elle des personnes qui ont besoin de soutien. Je ne peux rien dire de plus sur les personnes que j'accueille, c'est confidentiel!"),
("cg","fr","l",10,"", "Le CISSS de la Gaspésie recrute des familles d'accueil dans la Baie-des-Chaleurs! Séance d'information publique le 12 février à 19 h à la salle municipale de Carleton-sur-Mer."),
("cg","en","l",10,"", "Job posting: night attendant for an intermediate resource in Gaspé, 3 nights a week. Training provided. Apply by email at [[E:emplois.ri@example.org]] or call [[T:418-555-0172]]."),
("cg","fr","f",10,"CH", "Fête de fin d'année pour nos trois petits placés : [[P:Noah]], [[P:Élodie]] et [[P:Jayden]] ont préparé un spectacle! Samedi chez nous à Pabos, venez les encourager 🎭"),
("cg","fr","l",11,"", "Rappel de la fiche-synthèse : pour un enfant suivi sous la LPJ, même l'autorisation du parent ne suffit pas pour publier une information qui l'identifie. Seul le tribunal peut l'autoriser. Donc pas de photo, pas de prénom, pas d'école."),
("cg","fr","f",11,"CH", "Je connais les règles sur la LPJ, donc pas de photo de face 😉 Juste son dos à son premier jour à l'école Saint-Donat de Cap-Chat, dans son petit manteau rouge, le garçon de 5 ans qu'on accueille depuis l'été."),
("cg","en","l",11,"", "Our CISSS policy says not to 'like' posts that could damage the reputation of the organization. I never thought about a like as a form of speech before, but it makes sense."),
("cg","fr","i",12,"", "🌊🌅🦞 Coucher de soleil sur la baie de Gaspé après une longue journée. Ça recharge! #gaspésie"),
("cg","fr","i",12,"CH", "🎒💕📚 Premier jour d'école pour notre puce de 8 ans arrivée en famille d'accueil cet été! École des Découvreurs, 3e année, Murdochville. Fière de toi [[P:Rosalie]]! #familledaccueil"),
("cg","en","i",12,"CO", "📸🥳 Staff party at the RI! Look at [[P:Marc-André]] and [[P:Julie]] from the evening shift trying to do the chicken dance #teamwork"),
("cg","fr","f",2,"CH", """Ça fait quinze ans qu'on est famille d'accueil à New Richmond, mon mari et moi. Quinze ans de lunchs, de devoirs, de rendez-vous chez le dentiste, de nuits blanches.

On a accueilli des bébés, des ados en colère, des petits qui ne parlaient pas pendant des semaines. Certains sont restés quelques jours, d'autres plusieurs années. On les aime tous à notre façon.

Ce que je trouve le plus dur, c'est la fin. Le jour où le juge a décidé que [[P:Thomas]], notre grand de 12 ans qui joue au hockey avec les Cyclones de Carleton, retournerait vivre chez son père à Bonaventure, j'ai pleuré dans la voiture pendant une heure.

Je ne regrette rien. Si vous pensez devenir famille d'accueil, parlez-en au CISSS. C'est un engagement énorme, mais c'est aussi le plus beau cadeau qu'on puisse faire. Les formations sont offertes près de chez vous et l'équipe est d'un grand soutien."""),
("cg","fr","l",2,"", """Réflexion après vingt ans comme responsable d'une ressource intermédiaire en Haute-Gaspésie.

Quand j'ai commencé, Facebook n'existait pas. On ne se posait pas la question de publier une photo du souper de Noël. Aujourd'hui, tout le monde a un téléphone, et les résidents eux-mêmes adorent se voir en photo.

J'ai dû apprendre, comme tout le monde, que la vie privée des personnes qu'on accueille ne nous appartient pas. Un prénom, une photo, un détail sur une maladie : même avec de bonnes intentions, ça peut blesser, et ça peut identifier quelqu'un dans un village où tout le monde se connaît.

Notre règle maison est simple : on publie des paysages, des recettes, des activités sans visage, et jamais sans autorisation écrite. Les employés aussi ont droit à leur image.

Ce n'est pas de la paranoïa. C'est du respect. Et c'est, au fond, ce qu'on voudrait pour nos propres parents."""),
("cg","en","f",2,"CI", """I've been working nights at a group home in the Gaspé for almost four years, and people always ask me what it's like.

It's quiet, mostly. You do rounds, you fold laundry, you drink too much coffee. Sometimes a resident can't sleep and you sit with them in the kitchen and talk about fishing or the old days in Murdochville.

Last week was harder. While we were dealing with the aftermath of the incident that the regional office has asked us not to discuss publicly — the medication error on the second floor that sent a resident to the hospital in Maria and that is now under internal investigation — I realised how much I rely on my coworkers.

So this post is really just to say: night staff, you're the unseen backbone of care. Thank you. And to the day shift who leave us a fresh pot of coffee and a note at 11 p.m.: you're appreciated too, more than you know."""),
("cg","fr","f",2,"HA", """Je suis responsable d'une RTF depuis 2015 et j'en ai vu de toutes les couleurs. Mais cette année dépasse tout.

Depuis le printemps, une mère biologique nous écrit tous les jours. Je comprends sa douleur, vraiment. Perdre la garde de son enfant, c'est une blessure que je ne souhaite à personne. J'ai toujours essayé d'être polie.

Mais il y a des limites. Alors, pour tous ceux qui connaissent [[P:Sabrina Lelièvre]] de Gaspé, cette femme qui continue de nous harceler, je vous demande de l'inonder de messages et de lui faire comprendre qu'elle n'est la bienvenue nulle part dans la région, on verra bien combien de temps elle tient.

Pour le reste, la petite va bien, elle grandit, elle rit. C'est tout ce qui compte. Merci à mes amies qui m'appuient dans cette période difficile, vous vous reconnaîtrez. On se voit au souper communautaire de dimanche."""),
("cg","fr","f",8,"HA", "On sait tous qui a porté plainte contre la résidence. Continue, [[P:Chantal]], on a tous ton numéro, [[T:418-555-0148]]. Bonne chance avec les appels ce soir 😘"),
("cg","en","f",6,"", "For fellow foster parents: how do you handle relatives who keep posting pictures from family gatherings? I've started asking them politely to crop out the kids we care for."),
]

# ---------------- extras: long posts with buried breaches, and short top-ups ----------------
POSTS += [
("bq","fr","l",11,"AD", """Cinq choses à savoir avant de signer une entente de séparation

1. Une entente signée à la hâte peut être difficile à défaire. Prenez le temps de la lire, et de la faire lire.
2. Le patrimoine familial se partage en principe moitié-moitié, peu importe à qui appartient la maison sur papier. Il y a des exceptions, mais elles sont rares.
3. La pension alimentaire pour enfants suit des tables de fixation. Ce n'est pas une négociation libre.
4. ASTUCE SECRÈTE que les autres avocats ne veulent pas que vous connaissiez : avec notre méthode exclusive, nos clients gardent la maison dans 100 % des cas, c'est garanti par écrit, et si vous réservez avant dimanche on vous offre la consultation gratuite — les places partent vite!
5. La médiation familiale est en partie subventionnée au Québec pour les parents : informez-vous, c'est souvent une bonne façon de commencer.

Ces informations sont générales. Chaque situation est différente, et la loi change. N'hésitez pas à consulter un professionnel pour votre situation précise. #droitdelafamille #séparation #information"""),
("bq","en","l",7,"TE", """2026 in review — a small firm's year

This year we moved offices (goodbye, broken elevator), hired our first articling student, and finally replaced the coffee machine that had been dying since 2019. We also presented two free information sessions on wills and mandates at the public library in Pointe-Saint-Charles, which were packed both times.

A few lessons learned:
- Plain language is a kindness. We rewrote every template letter this year and the calls asking "what does this mean?" dropped by half.
- Say no more often. We referred out a dozen files that were outside our expertise. Every one of those people was better served elsewhere.
- Technology helps, but the phone still matters. Some clients just want to talk.

And a small ask before the holidays: if we handled your will, your condo purchase or your estate this year, we'd be so grateful if you left us a Google review or a few kind words on this page — reviews are how new clients find a tiny firm like ours.

Thank you to our team, our families, and our neighbours on rue du Centre for putting up with the moving trucks. See you in January!"""),
("bq","fr","f",2,"LA", """Je reçois beaucoup de questions ces temps-ci sur la garde partagée, alors voici quelques repères généraux.

D'abord, au Québec, c'est l'intérêt de l'enfant qui guide toutes les décisions. Pas l'intérêt du père, pas celui de la mère. L'âge de l'enfant, sa stabilité, la distance entre les maisons, la capacité des parents à communiquer : tout ça compte.

Ensuite, il n'y a pas de « droit automatique » à la garde partagée. C'est une possibilité parmi d'autres, qui fonctionne bien quand les parents habitent proche et se parlent.

[[P:Valérie]], pour répondre à ta question d'hier dans les commentaires : dans ton cas, avec ton ex qui a déménagé à Rimouski et ta fille de quatre ans, tu n'as pas à lui laisser une fin de semaine sur deux, tu peux refuser les visites jusqu'à ce qu'il revienne s'installer à Lévis et le juge va te donner raison.

Enfin, la médiation familiale est une excellente porte d'entrée, et plusieurs heures sont gratuites pour les parents.

Comme toujours : ceci est de l'information générale. Pour votre situation, consultez."""),
("lf","en","f",2,"CL", """Some days this job breaks your heart a little.

I've practised elder law in the West Island for almost twenty years. Mostly it's paperwork: mandates, wills, powers of attorney, the occasional dispute between siblings over a cottage. I like paperwork. It's calm, and it protects people.

But then there are the other files. Last week, while I was helping the retired music teacher from Beaconsfield — the one who gave piano lessons to half the kids on Elm Drive for forty years — understand that her son had emptied her savings account with the power of attorney she'd signed in 2019, she kept apologising to me. To me. As if she'd done something wrong.

Financial abuse of older adults is far more common than people think, and it's usually someone close. If you have an aging parent, talk to them about who has access to what. Check in. Ask questions, kindly.

And if you're a professional who sees the signs, don't look away. There are resources, and there are people who can help."""),
("lf","fr","l",2,"DI", """Quelques réflexions sur la médiation après une longue journée.

J'ai toujours cru à la médiation. Elle coûte moins cher qu'un procès, elle va plus vite, et surtout elle laisse aux gens le contrôle de leur propre histoire. Quand ça marche, c'est magnifique : deux personnes qui ne se parlaient plus réussissent à s'entendre sur l'essentiel.

Aujourd'hui, ça n'a pas marché. Pas à cause des parties, qui étaient fatiguées mais de bonne foi. Plutôt parce que l'avocat d'en face, Me [[P:Daniel Fortier]], un arrogant qui n'a visiblement jamais lu son dossier et qui traite tout le monde comme des imbéciles, a passé trois heures à faire le paon devant sa cliente au lieu de négocier.

Je retiens quand même quelque chose de positif : la cliente de l'autre partie m'a remerciée à la fin, dans le corridor. On se reverra peut-être dans un autre contexte.

Aux jeunes médiateurs : gardez votre calme, préparez-vous, et rappelez-vous que ce n'est pas une question d'ego. C'est une question de solutions."""),
("rs","fr","f",2,"DI", """Bilan de saison de nos Cadets AA

Quelle année! On a commencé la saison avec neuf joueuses, dont quatre qui n'avaient jamais joué au hockey cosom de leur vie. On termine au quatrième rang de la division, avec une fiche de 11 victoires, 7 défaites et 2 nulles. Je suis tellement fier d'elles.

Quelques moments forts : la remontée contre Saint-Lambert en novembre, le premier but de [[P:Alicia]] en janvier (toute l'équipe a sauté sur la glace), et la fête d'équipe chez les parents d'[[P:Océane]] avec le fameux gâteau en forme de rondelle.

Notre élimination en demi-finale, elle, restera en travers de la gorge, grâce au génie en chemise rayée qui a arbitré ce match-là et qui ne reconnaîtrait pas une mise en échec si elle lui rentrait dedans. Un incapable de plus dans un réseau qui semble les collectionner.

Merci aux parents chauffeurs, aux bénévoles de la cantine et à la direction de l'école pour le gymnase. On se revoit en septembre, plus fortes que jamais. Allez les Faucons!"""),
("rs","en","f",2,"HA", """Season wrap-up: senior boys' basketball

What a ride. We started in September not knowing if we'd have enough players, and we finished with a full bench, a winning record, and a trip to the regional semifinals in Saint-Jean-sur-Richelieu. The boys grew up a lot this year, on and off the court.

Highlights: beating our rivals at home in front of a packed gym, the 18-point comeback in February, and the team volunteering at the food bank in December.

There's one thing I can't leave out. Some of you have noticed the Instagram account that's been posting as [[P:Nathan Beaulieu]] from the other school, with fake messages where "he" trash-talks his own teammates. I know who runs it, and honestly, after what Nathan said about our point guard, he had it coming, so keep sharing the posts.

Banquet is May 30 in the cafeteria. Parents, bring a dessert. Seniors, bring tissues. Thank you for a season I'll never forget."""),
("sh","en","f",2,"SU", """Last night's gala was everything we hoped for.

Three hundred people filled the ballroom, the silent auction raised more than we'd budgeted for the whole year, and our keynote speaker — a researcher who has spent twenty years studying coercive control — had the room in complete silence for forty minutes.

The most moving moment came near the end. One of our former residents read a letter she had written to her younger self. She asked us not to share her name, and we won't, but many of you know her as the friendly cashier at the Provigo on boulevard Sainte-Foy, the one whose twins are in grade two at École des Pionniers, and she wanted people to know she's doing well now.

Thank you to our sponsors, our volunteers, the catering team, and everyone who bought a raffle ticket. Your support keeps the doors open and the lights on, 24 hours a day, 365 days a year.

If you couldn't make it, donations are still open until the end of the month."""),
("sh","fr","f",2,"LO", """Grande nouvelle pour notre organisme!

Après quatre ans de démarches, de campagnes de financement et de réunions avec la municipalité, nous avons enfin pu emménager dans notre nouvelle maison d'hébergement. Douze chambres au lieu de six, une salle de jeux pour les enfants, une cuisine où l'on peut enfin cuisiner à plusieurs, et un jardin.

Merci du fond du cœur à tous ceux et celles qui ont rendu cela possible : les donateurs, les bénévoles, les élus, et surtout l'équipe d'intervention, qui a continué d'offrir des services de qualité pendant les travaux.

Pour celles et ceux qui voudraient venir porter des dons, c'est simple : c'est l'ancien presbytère en brique rouge juste derrière l'église de Sainte-Claire, la porte de côté est toujours débarrée le jour, vous ne pouvez pas la manquer.

Nous aurons besoin de literie, de jouets pour les 2 à 10 ans et de produits d'hygiène. Une liste complète suivra la semaine prochaine. Encore merci, on ne le dira jamais assez."""),
("sh","fr","f",7,"CO", """Retour en images sur notre journée de formation d'équipe!

Une fois par année, on ferme les bureaux administratifs (les services aux femmes, eux, continuent bien sûr) pour passer une journée ensemble à réfléchir, apprendre et rire un peu. Cette année, le thème était l'intervention auprès des femmes immigrantes et les barrières linguistiques.

On a eu droit à une présentation passionnante sur les réseaux de soutien communautaires, à un atelier sur l'interprétariat et à un dîner partage avec des plats de partout.

Dans l'album, vous verrez notre directrice [[P:Sylvie Morency]] en plein jeu de rôle, notre conférencière invitée [[P:Dre Hind Benali]] au micro, et nos intervenantes [[P:Audrey]] et [[P:Mireille]] déguisées pour le quiz de l'après-midi — je les ai publiées vite avant qu'elles me demandent de les retirer, hahaha.

Merci à toute l'équipe pour votre engagement. Vous êtes la raison pour laquelle tant de femmes retrouvent leur souffle."""),
("cg","fr","f",2,"CI", """Petit message pour mes collègues de la résidence, parce que j'ai l'impression qu'on ne se dit pas assez merci.

L'hiver a été long. On a eu la grippe qui a fait le tour de l'étage, les tempêtes où personne ne pouvait venir remplacer, les doubles quarts, les soirs où on rentrait à la maison les jambes en compote. Et pourtant, chaque matin, les résidents avaient leur café chaud et leur sourire.

Pour ceux qui commencent cette semaine et qui n'ont pas encore reçu l'information : le nouveau code du cadenas de la pharmacie est 2-9-1-7 et le rapport d'inspection de mars, qui n'a pas encore été remis au conseil d'administration, recommande de fermer l'aile B d'ici l'automne, alors ne soyez pas surpris si les rumeurs commencent.

On traverse beaucoup de changements, mais notre force, c'est l'équipe. Merci à chacun et chacune de vous. On se voit au party de fin d'hiver!"""),
("cg","en","f",2,"CH", """Some thoughts on three years as a foster mom in the Baie-des-Chaleurs.

When we started, I thought the hardest part would be the sleepless nights or the paperwork. It isn't. It's the goodbyes. You pour everything into a child and then, one day, a judge decides, and they leave, and you hope they remember the pancakes on Saturday mornings.

We currently have one little one with us. I won't post her picture, of course. But I will brag a little: our seven-year-old from the placement in Maria, the only girl with red braids in [[P:Mme Roy]]'s grade two class at the village school, just learned to ride her bike without training wheels, and her biological mom, who works at the Esso on route 132, cried when I told her at the last supervised visit.

Fostering isn't for everyone. It asks a lot. But if you've ever thought about it, go to an information session. Ask the hard questions. And if it's not for you, support a foster family you know — a lasagna goes a long way."""),
("cg","en","l",2,"CO", """On the value of recreation in long-term care

I've been a recreation technician in the Gaspé for eleven years, and I still believe the most underrated part of care is joy.

Medication matters. Meals matter. Clean sheets matter. But so does music on a Tuesday afternoon, a game of crib with someone who used to play every night with his late wife, a garden box where someone can grow tomatoes again.

This week we tried something new: a little talent show. The residents voted, the staff performed. I filmed the whole thing on my phone — you can see it below, with [[P:Guylaine Boulay]] from housekeeping doing her Céline Dion, our resident [[P:M. Aurèle Castonguay]] conducting from his wheelchair, and our nurse [[P:Stéphane]] on the spoons. Nobody knew I'd post it, so it's a surprise!

If you work in care, I encourage you to make room for fun. It doesn't require a budget. It requires permission — and a little courage to look silly."""),
("cg","fr","l",2,"DI", """Vingt-cinq ans dans le réseau de la santé, ça donne de la perspective.

J'ai commencé comme préposée aux bénéficiaires à Chandler, je suis devenue infirmière auxiliaire, puis responsable d'une ressource intermédiaire. J'ai connu trois réformes, quatre logos, et je ne sais plus combien de directeurs.

Ce qui n'a jamais changé, ce sont les gens. Les résidents qui nous racontent leur jeunesse à la pêche à la morue, les familles qui apportent des galettes, les collègues qui restent une heure de plus sans qu'on le leur demande.

Ce qui a changé, c'est le respect. Quand je vois la nouvelle gestionnaire du secteur, cette petite prétentieuse sortie de l'université qui n'a jamais changé une culotte d'incontinence de sa vie et qui vient nous faire la leçon avec ses tableaux Excel, je me dis qu'on a perdu quelque chose en chemin.

Malgré tout, je reste. Parce que les gens en valent la peine. Et parce qu'il faut bien quelqu'un pour se souvenir de comment on faisait avant."""),
# short top-ups
("bq","fr","f",12,"AD", "🔥⚖️💥 INCROYABLE : ce que votre employeur ne veut PAS que vous sachiez! Indemnité garantie en 2 semaines, sinon on vous rembourse. Lien en bio 👆"),
("bq","en","f",10,"AD", "Grand opening special!! The ONLY lawyer in the Eastern Townships who has never lost a DUI case. Your licence back, GUARANTEED. Call now!"),
("bq","fr","f",4,"AD", "vous avez un accident de char? on vous obtient le max garanti, 0$ si on perd (on perd jamais lol). ecrivez moi en prive"),
("bq","en","l",6,"AD", "Are you leaving money on the table? 9 out of 10 people who read this post are owed compensation and don't know it! Find out in 60 seconds 👇"),
("bq","fr","f",1,"TE", "Si je t'ai aidé avec ton bail, laisse-moi 5 étoiles stp 🙏"),
("bq","fr","i",12,"TE", "💌⭐ Vous avez aimé votre expérience avec notre cabinet? Partagez votre témoignage en commentaire, on publiera les plus beaux sur notre site!"),
("bq","en","f",8,"TE", "Funny how clients love to complain online but never leave the good reviews 🙄 so if I've ever helped you, you know what to do. Google. Five stars. Thanks."),
("bq","fr","l",9,"TE", "Courriel envoyé à nos clients après chaque dossier fermé : « Votre avis compte! Cliquez ici pour évaluer Me [[P:Julien Ouellet]] sur Google. » Le taux de réponse est excellent, je recommande."),
("sh","fr","f",4,"PE", "rappel pour le groupe du mardi: cette semaine c au centre des loisirs de st-pascal, 18h30, salle 3. pas de chum pas de kids svp"),
("sh","en","f",6,"PE", "Who's coming to the holiday potluck for moms staying at the house? Dec 20, 5pm, the back hall of St. Andrew's church on Victoria St. Comment what you're bringing!"),
("sh","fr","l",11,"", "Question fréquente : pourquoi notre page ne montre-t-elle jamais le visage de nos intervenantes? Parce que notre politique exige un consentement écrit, et que plusieurs préfèrent rester discrètes pour leur propre sécurité."),
("cg","fr","f",9,"CI", "Voici le courriel de la direction qu'on est pas censé partager : « Le budget 2027 prévoit la fermeture de la RI de Cap-aux-Os. Ne pas diffuser avant l'annonce officielle. » Ben là, c'est fait 🤷"),
("cg","en","f",4,"CI", "lol our new wifi pw at the ri is Gaspesie2026! and the med room keypad is 3380 btw for the new girls"),
("cg","fr","f",4,"CH", "les 2 petits [[P:Gagnon]] de murdochville sont rendus chez nous depuis que la dpj les a sortis de chez leur pere, lui qui travaille a la mine. ils sont tellement fins"),
("cg","en","l",10,"", "Information evening on youth protection for schools and community partners, Tuesday 7 p.m., CLSC de Gaspé auditorium. Open to the public."),
("rs","en","f",6,"", "What's everyone's favourite pre-game ritual? Mine is the same pasta place in Châteauguay before every away game 🍝"),
]
POSTS += [
("sh","en","i",12,"PE", "🕯️💜🤝 Tonight's the night, ladies. Sharing circle at 7, same place as last month (the yoga studio above the pharmacy on Main in Cowansville). Bring a friend who's been through it."),
("sh","fr","f",9,"PE", "L'intervenante nous a écrit dans le groupe : « Le dîner de Noël des résidentes et des enfants aura lieu le 21 à midi au chalet du parc Lemieux, c'est confidentiel! » Trop hâte, je vais faire ma tourtière."),
("sh","fr","f",1,"", "Le refuge pour chats de la rue Racine cherche des bénévoles aussi!"),
("rs","fr","f",8,"", "Merci à la pluie d'avoir transformé notre terrain en piscine. Match remis à jeudi, on garde le moral!"),
]

# ---------------- extras 2: entity variety, very long posts, more hard benign ----------------
POSTS += [
("bq","fr","f",1,"", "Bonne fête Me! 🎂"),
("rs","fr","i",1,"", "Quelle passe! 🏀🔥"),
("sh","en","i",1,"", "Sending love 💜💜"),
("bq","fr","f",4,"", "qqn a un bon placement a me conseiller? mon REER dort depuis 2019 lol (pas un avis juridique, juste de la jase)"),
("lf","en","f",5,"", "My salon's clients keep asking if I'm related to the lawyer with the same last name. Non, désolée, I only do balayage 💇‍♀️"),
("rs","fr","f",3,"", "Y'a une menace d'orage à soir, fait que le match de soccer à Saint-Rémi est déplacé au gymnase. Amenez vos souliers d'intérieur!"),
("sh","fr","f",5,"", "Enfin un feu dans le foyer ce soir, avec les enfants et un chocolat chaud. Les petits bonheurs de novembre 🍂"),
("cg","fr","f",8,"", "Mon ado a un « dossier » à remettre sur la DPJ pour son cours d'éthique. Trois heures de recherche et il m'explique la loi mieux que moi. Bravo l'école, je suppose 😅"),
("rs","en","l",11,"", "For the record, the word 'arbitre' in our bylaws refers to the independent arbitration committee for disputes, not game officials. Here's how that process works, in general terms."),
("cg","en","f",5,"", "The rumeur that the CLSC in Chandler is closing is false — it's in the public budget presented at the regional board last night, and the link is here."),
("lf","fr","l",6,"", "Les Ukrainiens, les Colombiens et les Québécois de souche de notre équipe ont cuisiné ensemble pour le dîner multiculturel du bureau. Quel est votre plat préféré d'ailleurs?"),
("sh","en","f",11,"", "We will never confirm or deny whether a specific woman is staying with us, even to family. Please don't ask in the comments — it's not coldness, it's how we keep everyone safe."),
("bq","en","f",2,"CL LO", "Long day. Court file [[CF:500-06-001287-258]] finally settled — my client, the dentist from Outremont, doesn't have to pay back the franchise fees. Going to sleep for a week."),
("lf","fr","f",9,"CL", "Capture du texto de ma cliente : « [[P:Isabelle Côté]], [[A:455, rue des Pins]], [[PC:G5L 3K8]], NAS [[SIN:271215279]] — voici tout ce que vous m'avez demandé pour la demande de pension. » On avance!"),
("cg","fr","f",9,"CI CO", "Pour l'équipe de soir, voici la fiche de [[P:Mme Yvette Bujold]] : née le [[DOB:2 février 1941]], NAM [[NAM:BUJY 4102 0215]], allergique à la pénicilline, sa fille [[P:Nicole]] à appeler au [[T:418-555-0191]]. Sa préposée [[P:Carole]] est au courant."),
("sh","en","f",9,"SU LO", "Posting for my friend: \"[[P:Jessica Tran]] is at the Hébergement Aurore now, [[A:72 Rue du Lac]], [[PC:J0T 1B0]], please don't tell [[P:Ryan]].\" Just so people stop asking where she went."),
("bq","fr","f",10,"", "Paiement de votre inscription au colloque du Jeune Barreau : par carte ou virement. Ne nous envoyez jamais votre numéro de carte par Messenger!"),
("cg","fr","f",4,"CI", "qqn peut payer la commande de fournitures de la RI avec la carte du bureau svp, [[CC:4520627571139008]] exp 09/28, jai pas acces au portail"),
("rs","fr","f",9,"HA", "Quelqu'un a publié l'adresse de l'arbitre [[P:Pascal Bérubé]], [[A:18, rue des Cèdres]], [[PC:J3L 2R4]], avec écrit « visite-lui après la game ». J'ai partagé pour que tout le monde la voie."),
("bq","en","l",2,"CL LO", """I want to write about something that doesn't get talked about enough in our profession: grief.

Not our own grief, although we have plenty. The grief of our clients, and how it shapes the way we practise.

When I started in estates law, I thought the job was about documents. Wills, inventories, notices to creditors, tax returns for the deceased. It is about documents. But the people who bring you those documents have usually just lost someone, and they arrive at your office holding a shoebox of papers and a hole in their chest.

I've learned to slow down. To offer water. To say "take your time" and mean it. To explain the steps three times if needed, because grief eats short-term memory. To never, ever rush a family through a meeting because I have another appointment.

I've learned that families fight over the strangest things. Not the house, usually. The fishing rod. The recipe box. The piano nobody plays. These objects carry the person who's gone, and dividing them is like dividing the memory.

I've learned that the executor is often the most exhausted person in the room, and the least thanked.

And I've learned to carry things home that I can't talk about. Like this spring, when the three [[P:Pelletier]] sisters from Kamouraska, whose father left the family farm to the neighbour's son instead of to them, sat in my conference room and didn't speak to each other for forty minutes, until the youngest one started to laugh because the clause was so absurd that it could only have been a joke he never got to explain.

That's a story I'll carry quietly. Most are.

So, to colleagues in estates and family law: take care of yourselves. Find supervision, or a peer group, or a therapist. The work matters, and it's heavy, and you are allowed to feel it.

And to anyone who has had to settle a loved one's estate: I see you. The paperwork is endless, and it is a strange way to say goodbye. Be gentle with yourself, and ask for help when you need it.

If this resonates, I'd love to hear how you manage the emotional side of this work. Comments are open, but please don't share details of your own file here — general conversation only."""),
("cg","fr","f",2,"CH", """Ça fait longtemps que je voulais écrire ce texte. C'est long, désolée d'avance, servez-vous un café.

Quand on a décidé de devenir famille d'accueil, mon conjoint et moi, tout le monde nous a dit qu'on était fous. On avait déjà trois enfants, une maison trop petite à Sainte-Anne-des-Monts, un chien qui mange les bas. Mais on avait aussi de la place dans le cœur, comme disait ma grand-mère.

La formation du CISSS nous a beaucoup aidés. On a appris à comprendre les blessures d'attachement, à ne pas prendre personnellement les crises, à travailler avec les intervenantes plutôt que contre elles. On a appris aussi tout ce qu'on n'a pas le droit de faire : publier des photos, nommer les enfants, parler de leurs parents. Au début, je trouvais ça exagéré. Aujourd'hui, je comprends.

Les premiers mois ont été durs. Les nuits étaient courtes. Il y avait des cris, des portes qui claquent, des assiettes qui volent. Il y avait aussi des moments de grâce : un câlin inattendu, un dessin sur le frigo, un « bonne nuit » chuchoté.

Notre plus grand bonheur, cette année, c'est de voir le petit frère et la petite sœur qu'on accueille depuis que leur père a été arrêté en juin à Cap-Chat, ceux qui sont maintenant en 1re et 3e année à l'école du village, réapprendre à jouer ensemble sans se battre. Ils ont des rires qui remplissent la maison.

Nos propres enfants ont changé aussi. Ils sont devenus plus patients, plus attentifs. Notre aînée veut devenir travailleuse sociale. Notre cadet partage ses Lego, ce qui, croyez-moi, est un miracle.

Je ne vais pas mentir : il y a des jours où je suis épuisée, où je me demande si on fait la bonne chose. Les rencontres au tribunal sont stressantes, les visites supervisées aussi. On vit avec l'incertitude : combien de temps vont-ils rester? Est-ce qu'ils vont repartir?

Mais je crois sincèrement que chaque enfant mérite un endroit sûr, ne serait-ce que pour un bout de chemin.

Si vous avez déjà pensé devenir famille d'accueil, je vous encourage à assister à une séance d'information. Posez toutes vos questions. Parlez-en avec votre famille. Et si ce n'est pas pour vous, soutenez les familles d'accueil autour de vous : un repas, une gardienne, un mot gentil, ça fait une différence énorme.

Merci de m'avoir lue jusqu'au bout."""),
("sh","fr","l",2,"", """Quelques réflexions sur dix ans de communication pour une maison d'hébergement.

Quand j'ai commencé, notre page Facebook avait 200 abonnés et on y publiait surtout des affiches de levées de fonds. Aujourd'hui, on en a plusieurs milliers, et chaque publication est un exercice d'équilibre entre la visibilité et la sécurité.

Ce que j'ai appris, d'abord, c'est que la confidentialité n'est pas une contrainte de communication : c'est le cœur du message. Une maison d'hébergement qui protège les femmes, c'est une maison qui ne dit pas où elle est, qui ne montre pas les visages, qui ne raconte pas les histoires des autres.

Ensuite, que les meilleures publications sont souvent les plus simples. Une statistique bien expliquée. Un lien vers une ligne d'écoute. Une œuvre créée lors d'un atelier, sans signature. Un remerciement à une entreprise qui a donné des matelas.

J'ai appris aussi que les commentaires peuvent devenir dangereux. Un agresseur peut chercher sa conjointe à travers une page. Une voisine bien intentionnée peut écrire « c'est pas la madame du dépanneur, ça? » sous une photo de mains. Nous modérons donc tout, rapidement, et nous désactivons parfois les commentaires.

J'ai appris que nos intervenantes ont droit à leur image. Plusieurs préfèrent ne jamais apparaître en ligne, et c'est leur choix. Celles qui acceptent signent un formulaire de consentement écrit, qu'elles peuvent retirer en tout temps.

J'ai appris que les événements privés restent privés : les groupes de soutien, les fêtes des résidentes, les ateliers. On en parle après, en termes généraux, jamais avant, jamais avec un lieu ou une heure.

Et j'ai appris que les survivantes qui choisissent de parler publiquement le font à leurs conditions. Quand une femme nous demande de partager son témoignage, on relit avec elle, on enlève ce qu'elle veut enlever, et on attend son accord final.

Dix ans plus tard, je suis fière de notre page. Elle n'est pas la plus populaire, mais elle est sûre. Et c'est exactement ce qu'elle doit être.

Merci à toutes les collègues du milieu qui partagent leurs pratiques. On apprend tellement les unes des autres."""),
]


def build(out="corpus.jsonl"):
    here = os.path.dirname(os.path.abspath(__file__))
    records, seen = [], collections.Counter()
    for i, (pk, lang, plat, brief, rules, src) in enumerate(POSTS, 1):
        pack = PACKS[pk]
        text, ents, pos, last = [], [], 0, 0
        for m in MARK.finditer(src):
            text.append(src[last:m.start()]); pos += m.start() - last
            code, val = m.group(1), m.group(2)
            assert code in ENT, (i, code)
            ents.append({"type": ENT[code], "start": pos, "end": pos + len(val), "text": val})
            text.append(val); pos += len(val); last = m.end()
        text.append(src[last:]); text = "".join(text)
        assert "[[" not in text and "]]" not in text, (i, text[:60])
        for e in ents:
            assert text[e["start"]:e["end"]] == e["text"], (i, e)
            digits = re.sub(r"\D", "", e["text"])
            if e["type"] == "CA_SIN":
                assert len(digits) == 9 and digits[0] not in "08" and luhn(digits), (i, e)
            if e["type"] == "CREDIT_CARD":
                assert luhn(digits), (i, e)
            if e["type"] == "PHONE_NUMBER":
                assert "555" in e["text"], (i, e)
        rl = [RULE[r] for r in rules.split()]
        assert set(rules.split()) <= ALLOWED[pack], (i, rules, pack)
        assert len(set(rl)) == len(rl)
        assert lang in ("fr", "en") and plat in PLAT and brief in BRIEFS
        assert 10 <= len(text) <= 3000, (i, len(text))
        seen[pk] += 1
        records.append({"id": f"p2-{pk}-{seen[pk]:03d}", "lang": lang, "platform": PLAT[plat], "policy": pack,
                        "rules": rl, "text": text, "entities": ents, "brief": f"{brief}: {BRIEFS[brief]}"})
    assert len({r["id"] for r in records}) == len(records)
    assert len({r["text"] for r in records}) == len(records), "duplicate text"
    with open(os.path.join(here, out), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-check
    for line in open(os.path.join(here, out), encoding="utf-8"):
        r = json.loads(line)
        for e in r["entities"]:
            assert r["text"][e["start"]:e["end"]] == e["text"]
    stats(records)
    return records


def stats(records):
    C = collections.Counter
    n = len(records)
    print("posts", n)
    print("pack", dict(C(r["policy"] for r in records)))
    print("lang", dict(C(r["lang"] for r in records)))
    print("platform", dict(C(r["platform"] for r in records)))
    print("benign", sum(1 for r in records if not r["rules"]))
    print("benign by pack", dict(C(r["policy"] for r in records if not r["rules"])))
    print("category", dict(sorted(C(c for r in records for c in r["rules"]).items())))
    print("category x pack", dict(sorted(C((r["policy"], c) for r in records for c in r["rules"]).items())))
    print("entity", dict(sorted(C(e["type"] for r in records for e in r["entities"]).items())))
    print("brief", dict(sorted(C(int(r["brief"].split(":")[0]) for r in records).items())))
    L = [len(r["text"]) for r in records]
    print("length min/max", min(L), max(L), ">800:", sum(l > 800 for l in L), ">800 positive:", sum(1 for r in records if len(r["text"]) > 800 and r["rules"]),
          "<=80:", sum(l <= 80 for l in L))


if __name__ == "__main__":
    build()
