#!/usr/bin/env python3
"""Marker source for the blind policy set policy-1.

Each post is written with inline entity markers: [[TYPE:text]] where TYPE is one of the short
codes below. Running this script strips the markers, computes Python str offsets (code points),
checks every entity (text[start:end] == entity text), checks rules against the pack, Luhn-checks
SINs and card numbers, and writes corpus.jsonl next to this file.

    python3 make_corpus.py
"""
import json, os, re, sys, collections

TYPES = {
    "PER": "PERSON", "EMAIL": "EMAIL_ADDRESS", "PHONE": "PHONE_NUMBER", "SIN": "CA_SIN",
    "NAM": "CA_QC_HEALTH_NUMBER", "POST": "CA_POSTAL_CODE", "ADDR": "STREET_ADDRESS",
    "DOB": "DATE_OF_BIRTH", "COURT": "QC_COURT_FILE_NUMBER", "CC": "CREDIT_CARD",
}
PACKS = {
    "barreau-qc": {"CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE", "DISPARAGEMENT",
                   "MISLEADING_ADVERTISING", "PERSONALIZED_LEGAL_ADVICE", "TESTIMONIAL_SOLICITATION"},
    "law-firm": {"CLIENT_CONFIDENTIALITY", "DISPARAGEMENT", "PERSONALIZED_LEGAL_ADVICE"},
    "rseq-monteregie": {"DISPARAGEMENT", "HARASSMENT"},
    "shelter": {"SURVIVOR_IDENTIFICATION", "LOCATION_DISCLOSURE", "PRIVATE_EVENT_DISCLOSURE",
                "CONSENT_REQUIRED"},
    "cisss-gaspesie": {"CHILD_PROTECTION_IDENTIFICATION", "CONSENT_REQUIRED",
                       "CONFIDENTIAL_INFORMATION", "DISPARAGEMENT", "HARASSMENT"},
}
PREFIX = {"barreau-qc": "bq", "law-firm": "lf", "rseq-monteregie": "rs", "shelter": "sh",
          "cisss-gaspesie": "cg"}
BRIEFS = {
    1: "one-line comment or reply in a thread",
    2: "long LinkedIn-style reflective post with the breach buried",
    3: "Quebec joual / spoken French",
    4: "typos and missing accents",
    5: "names typed in lower case or ALL CAPS",
    6: "@handles and hashtags",
    7: "emoji-heavy Instagram caption",
    8: "mixed French/English (Montreal franglais)",
    9: "implied breach, no obvious keyword",
    10: "hard benign look-alike",
    11: "formal announcement",
    12: "angry rant",
}
MARK = re.compile(r"\[\[([A-Z]+):(.+?)\]\]", re.S)
POSTS = []


def P(lang, platform, policy, rules, brief, text):
    POSTS.append((lang, platform, policy, list(rules), brief, text))


def luhn_ok(digits):
    d = [int(c) for c in digits][::-1]
    s = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def strip(marked):
    out, ents, pos = [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        typ, val = m.group(1), m.group(2)
        assert typ in TYPES, (typ, marked[:80])
        start = sum(len(x) for x in out)
        out.append(val)
        ents.append({"type": TYPES[typ], "start": start, "end": start + len(val), "text": val})
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, text[:120]
    return text, ents


def build():
    recs, counters = [], collections.Counter()
    for lang, platform, policy, rules, brief, marked in POSTS:
        assert lang in ("fr", "en"), lang
        assert platform in ("facebook", "linkedin", "instagram"), platform
        assert policy in PACKS, policy
        assert brief in BRIEFS, brief
        for r in rules:
            assert r in PACKS[policy], (policy, r, marked[:80])
        assert len(set(rules)) == len(rules)
        text, ents = strip(marked.strip("\n"))
        assert 10 <= len(text) <= 3000, (len(text), text[:80])
        for e in ents:
            assert text[e["start"]:e["end"]] == e["text"]
            digits = re.sub(r"\D", "", e["text"])
            if e["type"] == "CA_SIN":
                assert len(digits) == 9 and digits[0] not in "08" and luhn_ok(digits), e
            if e["type"] == "CREDIT_CARD":
                assert luhn_ok(digits), e
            if e["type"] == "PHONE_NUMBER":
                assert "555" in digits[-7:-4] or digits[-7:-4] == "555", e
            if e["type"] == "CA_QC_HEALTH_NUMBER":
                assert re.fullmatch(r"[A-Za-z]{4}\s?\d{4}\s?\d{4}", e["text"]), e
            if e["type"] == "QC_COURT_FILE_NUMBER":
                assert re.fullmatch(r"\d{3}-\d{2}-\d{6}-\d{2,3}", e["text"]), e
        counters[policy] += 1
        rid = "%s-%03d" % (PREFIX[policy], counters[policy])
        recs.append({"id": rid, "lang": lang, "platform": platform, "policy": policy,
                     "rules": rules, "brief": brief, "text": text, "entities": ents})
    return recs


def stats(recs):
    c = collections.defaultdict(collections.Counter)
    for r in recs:
        c["pack"][r["policy"]] += 1
        c["lang"][r["lang"]] += 1
        c["platform"][r["platform"]] += 1
        c["brief"][r["brief"]] += 1
        c["benign"]["benign" if not r["rules"] else "positive"] += 1
        for x in r["rules"]:
            c["category"][x] += 1
            c["pack/category"][r["policy"] + " " + x] += 1
        for e in r["entities"]:
            c["entity"][e["type"]] += 1
        n = len(r["text"])
        c["length"]["10-120" if n <= 120 else "121-799" if n < 800 else "800-3000"] += 1
        c["pack/benign"][r["policy"] + (" benign" if not r["rules"] else " positive")] += 1
        c["pack/lang"][r["policy"] + " " + r["lang"]] += 1
    return c


def main():
    recs = build()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("posts:", len(recs))
    for k, v in stats(recs).items():
        print(k, dict(sorted(v.items())))


# =====================================================================================
# barreau-qc (seed 000: Barreau du Québec, seven recommendations)
# =====================================================================================
BQ = "barreau-qc"
CC, LOC, DIS, ADV, LEG, TES = ("CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE", "DISPARAGEMENT",
                               "MISLEADING_ADVERTISING", "PERSONALIZED_LEGAL_ADVICE",
                               "TESTIMONIAL_SOLICITATION")
SUR, PEV, CON = "SURVIVOR_IDENTIFICATION", "PRIVATE_EVENT_DISCLOSURE", "CONSENT_REQUIRED"
CHI, CNF, HAR = "CHILD_PROTECTION_IDENTIFICATION", "CONFIDENTIAL_INFORMATION", "HARASSMENT"

P("fr", "facebook", BQ, [CC], 1,
  "Ma cliente [[PER:Mme Rachel Desrosiers]] a enfin obtenu la garde partagée ce matin, bravo à elle!")
P("fr", "facebook", BQ, [CC, LOC], 9,
  "Longue journée au palais de justice de Joliette. Le gars de Saint-Charles-Borromée que je "
  "représente depuis l'automne a finalement plaidé coupable vers 15 h. On passe à autre chose 🙃")
P("fr", "facebook", BQ, [CC], 4,
  "ma cliente a ete condamnee a 18 mois meme si le juge a reconnu qu'elle avait pas d'antecedents, "
  "dossier [[COURT:700-01-045812-243]]. je suis encore sous le choc")
P("fr", "facebook", BQ, [TES], 9,
  "Si notre accompagnement pendant votre divorce vous a aidé, vous savez où nous trouver sur Google… "
  "quelques petites étoiles font toute la différence pour un petit cabinet ⭐")
P("en", "instagram", BQ, [TES], 7,
  "✨ Past clients ✨ a short line on our Google page about how we handled your file would mean the "
  "world to us 🙏💛 link in bio 👆 #smallfirm #grateful")
P("fr", "facebook", BQ, [ADV], 6,
  "GARANTI : on fait annuler votre contravention ou vous ne payez rien! 😱 Vous ne croirez jamais "
  "l'astuce n° 3 que les policiers détestent 👉 #contravention #avocat #Laval")
P("en", "facebook", BQ, [ADV], 11,
  "This ONE weird trick gets impaired-driving charges dropped — 100% success rate since 2019. "
  "Call [[PER:Me Olivier Paradis]] today at [[PHONE:450-555-0142]] before it's too late!")
P("fr", "facebook", BQ, [LEG], 1,
  "@[[PER:Karine B.]] dans ton cas, vu que ton proprio t'a pas envoyé l'avis trois mois d'avance, "
  "tu refuses la hausse par écrit pis tu restes dans le logement, il peut rien faire.")
P("en", "facebook", BQ, [LEG], 1,
  "Reply to [[PER:Tom]]: since your ex moved to Ontario with the kids without your consent, file an "
  "emergency motion Monday morning and skip mediation. Message me the dates.")
P("fr", "facebook", BQ, [DIS], 12,
  "Le juge ce matin n'était visiblement pas réveillé, une honte pour la magistrature. Et "
  "[[PER:Me Gauthier]] de l'autre côté, un incompétent fini qui ne sait même pas lire un Code. "
  "Journée perdue!!!")
P("en", "linkedin", BQ, [DIS], 1,
  "Opposing counsel today was a clown. Again. How did [[PER:Henri Lapointe]] ever pass the bar?")
P("fr", "facebook", BQ, [DIS, CC], 3,
  "Chu tanné de mon client, y me ment en pleine face pis y paye pas ses factures. Le gros "
  "[[PER:Bouchard]] de Terrebonne, si tu me lis, t'es mieux de régler ton compte.")
P("en", "instagram", BQ, [LOC, CC], 6,
  "Checking in at #PalaisDeJusticeDeLaval with my client @[[PER:dan_morissette]] for his sentencing "
  "hearing 🙏 #defenselawyer #bigday")
P("fr", "linkedin", BQ, [LOC, CC], 9,
  "Visite au centre de détention de Rivière-des-Prairies cet après-midi pour préparer l'enquête sur "
  "remise en liberté de monsieur, prévue jeudi. On y croit.")
P("fr", "facebook", BQ, [TES], 8,
  "Petit rappel à mes clients satisfaits : une review 5 étoiles sur ma page, ça m'aide big time pour "
  "le référencement 🙏 Merci d'avance, you guys rock!")
P("en", "linkedin", BQ, [TES], 11,
  "Clients of Lavoie Paquette Avocats are invited to share their experience with our team in a short "
  "written testimonial, which we will feature on our website and LinkedIn page. Forms are available "
  "at reception or by e-mail at [[EMAIL:info@lavoiepaquette-avocats.ca]].")
P("fr", "instagram", BQ, [TES, CC], 5,
  "MERCI à [[PER:MARTINE GIROUX]] pour son beau témoignage après son règlement!! Vous aussi, anciens "
  "clients, laissez-nous un mot comme elle 🥰🥰")
P("fr", "facebook", BQ, [ADV], 11,
  "Accusé d'alcool au volant? 97 % d'acquittements! Le secret que les procureurs ne veulent pas que "
  "vous sachiez. Appelez avant qu'il soit trop tard!!!")
P("en", "instagram", BQ, [ADV], 6,
  "Injured? We GUARANTEE a settlement in 30 days or it's free 💥💥 #lawyer #Montreal "
  "#personalinjury #winwin #nolosses")
P("fr", "facebook", BQ, [LEG], 4,
  "Reponse a [[PER:Sylvie]] : non t'es pas obligee de signer l'entente, ton employeur peut pas te "
  "congedier pour ca, tu deposes ta plainte d'ici 45 jours et tu lui dis rien en attendant.")
P("en", "facebook", BQ, [LEG], 1,
  "@[[PER:Marco]] in your case just don't go to the small claims hearing, they'll have to postpone "
  "and your landlord will give up.")
P("fr", "facebook", BQ, [CC, LOC], 5,
  "bonne nouvelle pour [[PER:jean-francois cote]], acquitte ce matin au palais de justice de "
  "sherbrooke apres 2 ans d'enfer. fier de l'avoir defendu jusqu'au bout")
P("en", "linkedin", BQ, [CC], 9,
  "Can't say much, but the contractor from Blainville whose roofs kept caving in last winter — yes, "
  "that one — signed with us today. Buckle up.")
P("en", "facebook", BQ, [LOC, CC], 8,
  "Stuck at the greffe in Longueuil depuis 8 h avec ma cliente pour son dossier DPJ, the clerk lost "
  "half the file. Pray for us.")
P("fr", "linkedin", BQ, [DIS], 1,
  "Franchement, [[PER:Me Caroline Dufresne]] devrait retourner sur les bancs d'école, sa plaidoirie "
  "était pathétique.")
P("fr", "facebook", BQ, [TES], 3,
  "Pis là, si vous avez aimé comment on a réglé vot' affaire, gênez-vous pas pour nous mettre un "
  "p'tit mot su'a page, ça nous aide en maudit!")
P("en", "linkedin", BQ, [CC], 11,
  "We are pleased to announce that our firm obtained a $240,000 settlement for our client "
  "[[PER:Ms. Priya Raman]] in her wrongful dismissal claim against her former employer in Brossard "
  "(file [[COURT:505-17-009876-228]]).")
P("en", "facebook", BQ, [CC, DIS], 12,
  "Spent three hours waiting for my client, who then casually mentions his ex has a no-contact order "
  "against him. [[PER:Kevin]], buddy, that is kind of IMPORTANT. Some people are just hopeless.")
P("en", "linkedin", BQ, [CC], 2, """
Fifteen years ago I walked into my first courtroom with a borrowed suit and a binder that was far too thick. I have been thinking about that young lawyer a lot this month, because I finally stepped down as managing partner and went back to doing what I love: standing up for people on the worst day of their lives.

A few things I have learned along the way. First, preparation beats talent every single time. Second, listen more than you speak — clients tell you everything you need to know if you let the silence do its work. Third, kindness to court staff is not optional.

This week reminded me why I do this. The young nurse from Saint-Jérôme I've been representing since her licence was suspended — the one the hospital blamed for the medication mix-up on the night shift — finally got her hearing date, and I think we can show the pharmacy logs were altered. She cried in my office on Tuesday. So did I, a little.

Fourth lesson: take care of yourself. Burnout in our profession is real, and I have seen brilliant colleagues leave because nobody checked on them. Find a mentor, be a mentor.

Finally, stay curious. The law changes, technology changes, clients change. The day I stop learning is the day I should hang up the robe.

Grateful for every colleague, clerk and judge who taught me something along the way. Onward. #law #reflection #careers
""")
P("fr", "linkedin", BQ, [CC], 2, """
Vingt ans de pratique, ça se souligne! Je voulais prendre un moment pour remercier toutes les personnes qui ont croisé ma route depuis mon assermentation en 2006.

Quand j'ai commencé, je pensais que le métier d'avocate, c'était surtout de gagner des causes. J'ai appris que c'était plutôt d'accompagner des êtres humains dans l'incertitude. Le droit de la famille m'a appris l'humilité : personne ne sort vraiment gagnant d'une séparation difficile.

Je pense souvent à mes mentors, à [[PER:Me Lortie]] qui m'a appris à rédiger une requête en une soirée, et à mes collègues du Jeune Barreau avec qui on refaisait le monde le vendredi soir.

Cette semaine encore, une cliente de 34 ans, éducatrice dans un CPE de Mirabel, m'a avoué en pleurant que ses dettes de jeu avaient englouti la maison familiale et que son conjoint ne le sait toujours pas. C'est ce genre de confidence qui me rappelle à quel point la confiance de nos clients est précieuse.

Aux jeunes avocates qui commencent : entourez-vous bien, fixez vos limites, et n'oubliez pas de vivre en dehors du bureau. Le dossier le plus important, c'est votre santé.

Merci à mon équipe, à ma famille et à tous ceux qui m'ont fait confiance. On continue! #droitdelafamille #avocate #20ans
""")
P("en", "linkedin", BQ, [ADV], 2, """
A lot of people ask me how a two-lawyer practice in Saint-Hyacinthe competes with the downtown firms. Honestly? By answering the phone. By explaining things in plain language. By not billing you for a five-minute e-mail.

I started this practice after my father lost his farm in a bankruptcy he never really understood. Nobody had taken the time to explain his options to him. That's the reason we exist.

Over the last year we've helped more than 140 families with wills, estates, farm transfers and neighbour disputes. We host free information evenings at the public library every second Wednesday, and we have a new bilingual guide on succession planning coming out in the spring.

And here's the part our competitors don't want you to know: WE HAVE NEVER LOST A SINGLE CASE. Not one. Hire us and your win is guaranteed — you'll be SHOCKED at what we can get for you. Click the link before this offer disappears!

We're also proud to welcome a new articling student this fall and to keep sponsoring the U11 soccer team in town. Thanks to everyone who has trusted us with a piece of their life story.
""")
P("fr", "linkedin", BQ, [TES], 2, """
Bilan de fin d'année pour notre petit cabinet de Rimouski.

2025 a été une année de croissance : deux nouvelles avocates, une technicienne juridique qui nous sauve la vie chaque semaine, et un déménagement dans des locaux enfin accessibles en fauteuil roulant. Nous avons aussi donné six ateliers gratuits d'information juridique dans les bibliothèques de la région, sur le bail résidentiel, le testament et les régimes de protection.

Je suis particulièrement fière de notre partenariat avec le centre de justice de proximité, qui permet d'orienter les gens vers la bonne ressource même quand ce n'est pas nous.

Un petit service à vous demander, d'ailleurs : si on vous a représentés cette année et que vous avez été satisfaits, prenez deux minutes pour écrire quelques lignes sur votre expérience sur notre page Google ou ici en commentaire. Ça aide énormément les gens qui hésitent à consulter. On vous en sera éternellement reconnaissants.

Pour 2026, on veut ouvrir un point de service à Mont-Joli et offrir des consultations en soirée. Merci à toute l'équipe et joyeuses fêtes!
""")
# --- barreau-qc, hard benign
P("fr", "facebook", BQ, [], 10,
  "Information juridique générale : au Québec, vous avez en principe 30 jours pour contester un "
  "constat d'infraction. Chaque situation est différente; pour votre cas, consultez un avocat.")
P("en", "linkedin", BQ, [], 10,
  "Respectfully, I think the Court of Appeal got this one wrong: the majority reads the notice "
  "requirement far too narrowly. Looking forward to seeing whether the Supreme Court takes it up.")
P("fr", "linkedin", BQ, [], 10,
  "Le Barreau le rappelle : « Ne parlez jamais de vos clients ou de leurs dossiers sur les réseaux "
  "sociaux sans leur autorisation. » Je n'ai jamais publié un mot sur un dossier et ça ne changera pas.")
P("en", "facebook", BQ, [], 1,
  "Client meeting moved to Tuesday, so I finally get to see my kid's hockey game tonight 🏒")
P("fr", "facebook", BQ, [], 3,
  "Le dossier de la semaine : ma recette de pâté chinois au maïs en crème. Pis non, chu pas en cour "
  "aujourd'hui, chu en congé 😄")
P("en", "linkedin", BQ, [], 11,
  "We're hiring! Legal assistant (family law), full time, Sherbrooke office. Bilingual an asset. "
  "Send your CV to [[EMAIL:carrieres@dionmasse-avocats.ca]] before January 15.")
P("fr", "facebook", BQ, [], 11,
  "Conférence gratuite à la bibliothèque de Granby le 14 mars à 19 h : « Testament et mandat de "
  "protection, ce qu'il faut savoir ». Information générale seulement, aucune consultation "
  "individuelle sur place.")
P("en", "linkedin", BQ, [], 2, """
Ten years at the bar this week, and I want to write about failure instead of success.

In my first year I missed a filing deadline. It wasn't catastrophic — the judge granted a relief — but I remember driving home shaking, convinced I had ruined everything. My supervising partner sat me down the next morning and said: "Good. Now you will build a system so it never happens again." I still use a version of that system today: every deadline in two calendars, every file reviewed every Friday, no exceptions.

In my third year I lost a trial I was certain I would win. I had fallen in love with my own theory of the case. The lesson there was humility: the other side had simply prepared better, and the judge's reasons were careful and fair. I read them three times and learned more than from any CLE course.

In my fifth year I nearly left the profession. The hours, the adversarial tone, the feeling that I was always behind. What kept me was a pro bono clinic on Saturday mornings, where people with no money and a lot of courage taught me why access to justice matters.

So if you're a young lawyer reading this after a bad week: you are not alone. Ask for help early. Build systems. Read the judgment that went against you. And find the corner of this profession that reminds you why you started.

Grateful to my colleagues, my mentors and, above all, my family for putting up with the late nights. #law #careers #mentorship
""")
P("fr", "linkedin", BQ, [], 2, """
On me demande souvent pourquoi j'ai quitté un grand cabinet du centre-ville pour ouvrir une pratique solo en Beauce. Voici la réponse longue.

Pendant huit ans, j'ai travaillé en litige commercial. J'ai appris énormément : la rigueur, la rédaction, la gestion de gros dossiers. Mais je voyais mes enfants endormis presque tous les soirs, et je rêvais de revenir dans la région où j'ai grandi.

Le saut a été terrifiant. Les premiers mois, le téléphone ne sonnait pas beaucoup. J'ai donné des ateliers gratuits à la Chambre de commerce, j'ai fait du bénévolat au centre de justice de proximité, j'ai appris à faire ma propre comptabilité (pas ma force, disons-le).

Aujourd'hui, trois ans plus tard, j'ai une adjointe formidable, une clientèle variée — agriculteurs, PME, familles — et surtout, je connais les gens de ma communauté. Je croise mes clients à l'épicerie, et c'est justement pour ça que la discrétion est devenue pour moi une seconde nature : ici, tout le monde se connaît, et le moindre détail publié peut identifier quelqu'un. Je ne parle donc jamais de mes dossiers, même sans nom.

Aux collègues qui hésitent : la pratique en région, c'est exigeant, mais c'est profondément humain. Et il y a de la place pour vous.

Merci à ma famille, à mon adjointe et à tous les collègues qui m'ont référé des gens. #pratiqueenrégion #avocate #Beauce
""")
P("en", "facebook", BQ, [], 10,
  "No, we don't offer guarantees. Nobody honest can promise you an outcome in court. Be wary of any "
  "ad that does.")
P("fr", "facebook", BQ, [], 10,
  "On me demande souvent pourquoi je n'ai pas d'avis Google : le Code de déontologie nous demande de "
  "ne pas solliciter de témoignages de clients. Voilà, mystère résolu.")
P("en", "linkedin", BQ, [], 6,
  "Great panel at #CBAQuebec today on AI and the duty of confidentiality. Thanks @[[PER:nadia.benali]] "
  "for moderating so well! #legaltech")
P("fr", "facebook", BQ, [], 1,
  "Bravo à toute l'équipe pour le souper de Noël hier, la maison était pleine et le dessert, parfait!")
P("fr", "linkedin", BQ, [], 8,
  "Je serai à la formation continue du Barreau au Palais des congrès toute la semaine, so replies "
  "will be slow. Bonne semaine à tous!")
P("fr", "linkedin", BQ, [], 10,
  "La décision rendue ce matin par la Cour suprême va faire couler beaucoup d'encre. Je ne partage "
  "pas le raisonnement de la majorité, mais il est solidement motivé. Analyse à venir sur notre "
  "blogue (information générale seulement).")
P("en", "facebook", BQ, [], 10,
  "People often ask me \"what would you do in my situation?\" in the comments. My answer is always "
  "the same: I can't give you advice in a thread. Book a consultation or call your local legal aid "
  "office.")
# --- barreau-qc, extra advertising / testimonial posts
P("fr", "instagram", BQ, [ADV], 7,
  "Divorce réglé en 10 jours, GARANTI ou remboursé 💯💯 Cliquez ici 👇👇")
P("en", "facebook", BQ, [ADV], 9,
  "Funny how every single client who hired us last year walked out with a cheque. Every. Single. "
  "One. Coincidence? Call us and find out.")
P("fr", "facebook", BQ, [ADV], 4,
  "Vous avez ete congedie? on vous obtient le maximum, resultat assure ou pas de frais!! ce que les "
  "autres avocats vous diront jamais")
P("en", "instagram", BQ, [ADV, TES], 6,
  "🚨 Only 3 spots left this month! Book now & get your case WON 🏆 Leave us a ⭐⭐⭐⭐⭐ review and "
  "get 20% off your next consult #lawyer #legalhelp #reviews")
P("fr", "facebook", BQ, [TES], 1,
  "Satisfait de nos services? Un petit commentaire sous cette publication serait très apprécié 😊")
P("en", "instagram", BQ, [TES], 1,
  "To everyone we helped through the Cap-Rouge flood claims: tag us in a story and tell your "
  "friends how it went 📸")
P("fr", "facebook", BQ, [ADV], 3,
  "Toé aussi t'as pogné un ticket? Inquiète-toé pas, avec nous autres tu gagnes à tout coup, c'est "
  "garanti su'a tête à [[PER:Normand]]!")

# =====================================================================================
# law-firm (seed 001: legal professionals using social media cautiously with clients)
# =====================================================================================
LF = "law-firm"
P("en", "linkedin", LF, [CC], 1,
  "Just settled the [[PER:Wilson]] file — the insurer caved an hour before trial 😎")
P("en", "facebook", LF, [CC], 9,
  "Tough day. When the CFO you're defending turns out to have hidden a second set of books from you "
  "too… Anyway, anyone know a good wine bar in Old Montreal?")
P("fr", "facebook", LF, [CC], 8,
  "Ma cliente du dossier [[PER:Beaulieu]] c. Construction Rivard m'a texté à 2 h du matin pour me dire "
  "qu'elle avait tout raconté à son beau-frère… so much for privilege lol")
P("en", "facebook", LF, [CC], 5,
  "congrats to [[PER:ANDREW MCKENNA]] on finally getting his bankruptcy discharge, what a ride it's "
  "been representing you!")
P("en", "facebook", LF, [DIS], 12,
  "I am DONE with clients who think a retainer is optional. Leeches, all of them. They call you a "
  "'glorified secretary' while owing five figures. Some people deserve to lose their case.")
P("en", "linkedin", LF, [DIS], 1,
  "Judge Moreau's ruling today was the dumbest thing I've read all year. Did she even open the file?")
P("fr", "facebook", LF, [DIS], 1,
  "Les juges de la Cour du Québec à Longueuil, une gang de fonctionnaires paresseux. Point.")
P("en", "facebook", LF, [LEG], 6,
  "@[[PER:jess_arsenault]] you should definitely sue your contractor for the full amount in small "
  "claims, you'll win, the warranty clause is void in your case.")
P("fr", "facebook", LF, [LEG], 4,
  "Repondre a [[PER:Maxime]] : vu que ton patron t'a pas paye tes heures sup depuis mars, envoie-lui "
  "une mise en demeure demain avec le montant exact pis depose a la CNESST, t'as un dossier en beton")
P("en", "facebook", LF, [LEG], 9,
  "Saw your post about the fence, neighbour. Don't sign anything he sends you, and take photos of "
  "the posts tonight — trust me, in your situation that's what wins it.")
P("en", "instagram", LF, [CC], 6,
  "Big win for @[[PER:sophie_lachance_art]] today — her ex's claim on the studio got tossed. Proud to "
  "have been her lawyer 💪 #familylaw #justice")
P("fr", "facebook", LF, [CC], 3,
  "Ben là, mon client qui m'appelle de la cellule du poste de Granby pour me demander s'il peut "
  "garder son char de job… mon chum, t'as frappé un cycliste à 90 dans une zone de 50.")
P("en", "linkedin", LF, [CC], 11,
  "Our litigation team is proud to have represented Northshore Dental Group and its owner "
  "[[PER:Dr. Liam Kowalczyk]] in the recently settled class action over sterilization practices. "
  "The confidential settlement: $1.8M, paid over three years.")
P("en", "facebook", LF, [CC], 9,
  "Let's just say the mayor's brother-in-law in that Laurentides zoning mess finally called a "
  "lawyer. Guess who picked up 😉")
P("en", "linkedin", LF, [CC], 2, """
I've been practising tax and estate law for twelve years, and people still ask me what a "typical day" looks like. There's no such thing, but here's last Thursday, as honestly as I can tell it.

7:15 — coffee, inbox, and the usual three e-mails from the Revenu Québec portal telling me to log in to read a message I can't read without logging in.

9:00 — a team meeting about our new intake checklist. We've cut onboarding time in half by asking the right questions up front. Boring? Maybe. But it means clients spend less money on admin and more on actual advice.

11:30 — the part I actually want to talk about. I spent an hour with [[PER:Mrs. Adaeze Okafor]], a retired teacher from Pointe-Claire who discovered her late husband had been filing joint returns under her name without telling her. Her SIN is [[SIN:419 487 574]] and the CRA now wants $63,000 she never knew existed. She brought every document in a shoebox. We're going to fight it, and I think we'll win.

14:00 — lunch at my desk (I know, I know).

15:00 — mentoring call with a law student who wants to do tax. My advice: learn accounting, be patient, and never be afraid to say "I don't know yet."

17:30 — pick-up at daycare, supper, bath time. Then, sometimes, an hour of reading judgments after bedtime.

Not glamorous. But it matters to the people sitting across from us. #taxlaw #estateplanning #adayinthelife
""")
P("fr", "linkedin", LF, [CC], 2, """
Réflexion du dimanche sur l'équilibre travail-vie personnelle en cabinet.

Quand j'étais stagiaire, on me disait que les heures facturables étaient la seule mesure qui comptait. J'y ai cru longtemps. J'ai manqué des anniversaires, des spectacles de fin d'année, des soupers avec mes parents. Et un jour, mon corps m'a dit non.

Depuis, j'ai appris quelques trucs. Bloquer du temps dans mon agenda pour mes enfants, comme si c'était une audience. Dire non à des mandats qui ne me ressemblent pas. Déléguer, vraiment, et faire confiance à mon équipe.

Cette semaine, ça a été mis à l'épreuve : le dossier de [[PER:M. Réjean Pelletier]], l'entrepreneur en déneigement de Lévis que nous représentons contre la Ville, a explosé quand on a appris que son associé avait signé des contrats sans lui en parler. Audience d'urgence mardi, dossier [[COURT:200-17-031458-257]]. J'ai quand même quitté à 17 h pour le match de soccer de ma fille. Le monde n'a pas arrêté de tourner.

Je ne dis pas que c'est facile, surtout pour les jeunes avocats qui doivent faire leur place. Mais la culture change, et c'est à nous, les plus anciens, de montrer l'exemple.

Et vous, qu'est-ce qui vous aide à garder l'équilibre? #droit #équilibre #santémentale
""")
P("en", "facebook", LF, [CC, DIS], 12,
  "My client [[PER:Derek Fournier]] just told the judge he \"forgot\" about the second mortgage. Derek, "
  "you absolute genius. I can't make this stuff up.")
P("fr", "facebook", LF, [CC], 4,
  "dossier [[COURT:500-22-284731-241]] remis encore, ma cliente madame [[PER:nguyen]] va perdre son "
  "logement si ca continue, je sais plus quoi faire")
P("en", "facebook", LF, [DIS], 8,
  "Honnêtement, the paralegals at that firm on René-Lévesque are useless, can't even format a "
  "procédure properly. Amateurs.")
P("en", "linkedin", LF, [DIS], 2, """
Some thoughts after my first year as a partner.

Leadership is mostly listening. I thought being a partner would be about big strategic decisions. It turns out it's about noticing when an associate is overwhelmed, when a client is scared, when the team needs a Friday afternoon off.

Business development is relationships, not sales. The files that came to us this year came from people who had worked with us before or who were referred by colleagues who trust us.

Technology is a tool, not a strategy. We adopted a new document-management system, and it's great, but it didn't fix anything that wasn't already working on the human side.

Not everyone in this profession deserves your respect, though. Case in point: the senior partner across the table from us in March, [[PER:Gordon Ellis]], who is frankly a washed-up bully hiding behind his billable rate. Half the bar laughs at him behind his back and he still doesn't get it. Pathetic.

Finally: gratitude. To my co-partners, our amazing assistants, and every client who picked up the phone and called us. Year two, here we come. #leadership #lawfirm #partnership
""")
P("en", "facebook", LF, [LEG], 1,
  "Short answer for [[PER:Brenda]]: yes, change the locks today, your roommate isn't on the lease so "
  "he has no right to be there.")
P("fr", "facebook", LF, [CC], 5,
  "ÉNORME merci à [[PER:MARC-ANDRÉ TREMBLAY]] de nous avoir fait confiance pour sa faillite, on t'a "
  "sorti de là mon homme!")
P("en", "instagram", LF, [CC], 7,
  "🎉🥂 Closing day for the [[PER:Haddad]] family's restaurant sale — 6 months of negotiation, one very "
  "nervous seller, and a last-minute lien we cleared at 4:55 pm 😅🙌 #realestatelaw #closingday")
P("fr", "facebook", LF, [CC], 9,
  "On ne nommera personne, mais la propriétaire de la boulangerie de la rue Principale à Magog qui "
  "passe en cour pour fraude fiscale a choisi le bon cabinet.")
P("en", "facebook", LF, [DIS, CC], 1,
  "Some clients are just too stupid to help. Today's special: signed the other side's offer without "
  "reading it.")
P("en", "instagram", LF, [LEG], 6,
  "@[[PER:RyanK_mtl]] since you were fired two weeks after your injury report, that's a reprisal — "
  "refuse their severance and demand 12 months, they'll fold. #employmentlaw")
P("fr", "facebook", LF, [LEG], 8,
  "[[PER:Julie]], dans ta situation avec ton ex, garde les enfants cette fin de semaine même si c'est "
  "pas son tour, le juge va comprendre vu ce qu'il a fait. Trust me.")
P("en", "facebook", LF, [CC, DIS], 12,
  "Opposing counsel leaked my client's gambling problem to a reporter? Fine. Then everyone should also "
  "know that HER client, the [[PER:Bergeron]] guy, hid $400k offshore. She's a disgrace to the robe.")
P("en", "facebook", LF, [CC], 9,
  "Anyone know a good child psychiatrist in Gatineau who can see someone before the 20th? Asking for "
  "a client whose custody assessment is next month.")
P("fr", "facebook", LF, [DIS], 12,
  "Ras-le-bol de [[PER:Me Stéphanie Caron]] qui dépose ses procédures à 23 h 58 pour nous écœurer. "
  "Une avocate minable, point final. Tout le palais le sait.")
P("en", "instagram", LF, [CC], 5,
  "throwback to the day i got [[PER:olivia grenier]]'s DUI tossed on a technicality 😂 good times")
P("fr", "linkedin", LF, [CC], 11,
  "Le cabinet est heureux d'annoncer qu'il a représenté avec succès la famille [[PER:Thibodeau]] de "
  "Victoriaville dans le litige successoral l'opposant à la fille cadette du défunt. Le testament de "
  "2019 a été annulé pour inaptitude.")
# --- law-firm, hard benign
P("en", "facebook", LF, [], 10,
  "Reminder for our followers: nothing on this page is legal advice, and we never discuss client "
  "matters online, even without names.")
P("fr", "linkedin", LF, [], 10,
  "Notre politique : aucun détail de dossier, aucun nom de client, jamais. Ni ici, ni sur nos comptes "
  "personnels. C'est non négociable.")
P("en", "facebook", LF, [], 1,
  "Anyone else's client portal down this morning? IT says it's a Microsoft outage.")
P("en", "facebook", LF, [], 10,
  "Thank you for your feedback. We can't discuss any matter publicly, but please call our office so "
  "we can look into your concern properly.")
P("fr", "linkedin", LF, [], 11,
  "Poste à combler : technicien(ne) juridique en droit immobilier, bureau de Québec, temps plein. "
  "Envoyez votre CV à [[EMAIL:rh@gagnonleclerc.ca]] ou appelez le [[PHONE:418 555-0173]].")
P("en", "linkedin", LF, [], 2, """
A few thoughts on social media and the practice of law, after a decade of getting it mostly right and occasionally wrong.

When I started, our firm didn't have a LinkedIn page. Today half our new clients tell us they looked us up online before calling. That visibility is a gift, but it comes with responsibilities that the profession is still learning to navigate.

The first is confidentiality. It sounds obvious, but it's easy to slip: a photo of your desk with a file visible, a "tough day in court" post that a client's ex can date and match, a check-in at the courthouse. Our rule is simple — we never post anything about a matter, not even anonymized, and we never post from a courthouse.

The second is boundaries. Clients sometimes send friend requests or message us on Instagram. We answer kindly, and we move the conversation to our secure portal. Not because we don't like them, but because their privilege deserves better than a DM.

The third is tone. When someone leaves a nasty review, the temptation to reply with the "real story" is enormous. Don't. A short, polite reply inviting them to call the office is all you can ethically say, and honestly, it's all readers need to see.

Finally, be human. Share what you're learning, celebrate your team, talk about access to justice. People hire people.

What rules do you follow online? I'd love to compare notes. #legalethics #socialmedia #lawpractice
""")
P("fr", "linkedin", LF, [], 2, """
Il y a dix ans, je quittais la Gaspésie pour faire mon Barreau à Montréal. Aujourd'hui, je reviens enseigner la déontologie à la même école où j'ai tant douté de moi.

Ce que j'aimerais dire aux étudiants qui commencent : la déontologie, ce n'est pas une liste d'interdits. C'est une façon de prendre soin des gens qui vous confient ce qu'ils ont de plus fragile. Le secret professionnel n'est pas une contrainte administrative, c'est une promesse.

J'ai vu des collègues brillants se mettre dans le pétrin pour une publication anodine. Une photo de bureau avec un nom visible sur une chemise. Un « grosse journée au palais! » publié le jour d'une audience médiatisée. Un commentaire sous une nouvelle qui ressemblait beaucoup à un avis juridique. Rien de malveillant, juste de l'inattention.

Mon conseil : avant de publier, demandez-vous si la personne la plus vulnérable dans vos dossiers pourrait se reconnaître. Si la réponse est peut-être, ne publiez pas.

Merci à mes anciens professeurs, à mes collègues du bureau de Gaspé, et à ma famille qui m'a toujours encouragée. Hâte de rencontrer ma première cohorte! #déontologie #enseignement #droit
""")
P("en", "linkedin", LF, [], 10,
  "Fair criticism of yesterday's Superior Court decision: the judge applied the authorization test "
  "more strictly than the Court of Appeal has asked for. Reasonable minds can differ, and I expect an "
  "appeal.")
P("fr", "facebook", LF, [], 3,
  "Mon client préféré cette semaine? Le chat du bureau, qui a dormi sur tous les dossiers pis qui "
  "facture rien 😹")
P("en", "linkedin", LF, [], 8,
  "Lunch & learn jeudi midi: \"Privilege and social media\" avec notre associée en éthique. Pizza "
  "provided, bring your questions!")
P("fr", "facebook", LF, [], 10,
  "Un dossier, un client, une histoire… et non, je ne vous en raconterai aucune. Bonne fin de semaine "
  "aux collègues!")
P("en", "facebook", LF, [], 10,
  "General info only: in Quebec, for a 12-month residential lease, the landlord's notice of change "
  "must be sent 3 to 6 months before the lease ends. Your own situation may differ, so talk to a "
  "lawyer or legal clinic.")
P("fr", "linkedin", LF, [], 1,
  "Félicitations à [[PER:Me Annie Roussel]] pour sa nomination comme associée! Tellement méritée.")
P("en", "facebook", LF, [], 4,
  "sorry wont make it to the golf tournamnet saturday, my sons recital got moved. have fun evryone "
  "and dont lose too many balls")
P("fr", "facebook", LF, [], 11,
  "Le cabinet participera à la Journée d'accès à la justice le 3 mai à la bibliothèque Gabrielle-Roy. "
  "Kiosque d'information juridique générale, aucune consultation individuelle sur place.")
P("en", "facebook", LF, [], 1,
  "Placement exam results are out for the articling program — congrats to all the students!")

# =====================================================================================
# rseq-monteregie (seed 002: RSEQ Montérégie social-media policy)
# =====================================================================================
RS = "rseq-monteregie"
P("fr", "facebook", RS, [DIS], 1,
  "L'arbitre de la finale juvénile à Saint-Hyacinthe hier : un aveugle payé pour voler nos filles. "
  "Honte à toi.")
P("fr", "facebook", RS, [HAR, DIS], 12,
  "[[PER:Patrice Ménard]], t'es l'arbitre le plus pourri de la Montérégie pis tout le monde le sait. "
  "Continue de siffler contre nos gars pis tu vas voir. On sait où tu restes.")
P("fr", "facebook", RS, [HAR], 9,
  "Belle auto, la Civic grise stationnée derrière l'aréna de Chambly le mardi soir. Ce serait "
  "dommage qu'il lui arrive quelque chose, coach [[PER:Lemieux]].")
P("en", "facebook", RS, [HAR, DIS], 9,
  "Not saying anything, but ask yourselves why the assistant coach of the Boucherville girls' "
  "volleyball team always offers to drive the same player home… 🤔")
P("fr", "facebook", RS, [HAR, DIS], 9,
  "Paraît que c'est pas juste du talent si la fille du président de la ligue est toujours "
  "titulaire… certaines soirées à l'hôtel aident, disons 😏")
P("fr", "facebook", RS, [HAR], 3,
  "Toé le 22 des Patriotes de Varennes, attends-toé à manger une volée au prochain match, on va "
  "t'attendre dans le stationnement.")
P("en", "instagram", RS, [HAR], 6,
  "Everyone go spam @[[PER:coach.gendron]]'s page after what he did to our boys tonight 😡 Let him "
  "know what we think #RSEQ #fire")
P("fr", "facebook", RS, [DIS], 6,
  "#RSEQMontérégie encore une fois les officiels les plus incompétents de la province. Vous êtes une "
  "farce. #honte")
P("fr", "facebook", RS, [HAR, DIS], 5,
  "[[PER:KEVIN BOISVERT]] T'ES UN TRICHEUR PIS UN MENTEUR, bientôt tout le monde va savoir ce que tu "
  "fais dans le vestiaire")
P("fr", "instagram", RS, [DIS, HAR], 7,
  "🤡🤡🤡 L'arbitre de samedi avec un nez de clown, montage fait avec l'IA 😂😂 Partagez partout, "
  "qu'il se reconnaisse 📲🔥")
P("en", "facebook", RS, [DIS], 12,
  "The RSEQ Montérégie is run by clueless bureaucrats who couldn't organize a bake sale. Three "
  "schedule changes in one week, no explanation, no apology. Pathetic, every last one of them.")
P("fr", "instagram", RS, [HAR, DIS], 9,
  "J'ai créé le compte @[[PER:nathan.leduc.officiel]] 😂 on publie ses pires passes avec ses "
  "« pensées » en sous-titre. Il a pas encore vu, chut.")
P("fr", "facebook", RS, [HAR], 4,
  "si je recroise l'arbitre de samedi a boucherville je lui fait sa fete, il le sait tres bien")
P("en", "facebook", RS, [DIS], 1,
  "That ref was a disgrace. Go back to peewee, clown.")
P("fr", "facebook", RS, [DIS], 3,
  "Le coach des Faucons de Saint-Jean, un maudit épais qui connaît rien au basket. Ses joueurs le "
  "méritent pas pantoute.")
P("fr", "instagram", RS, [HAR, DIS], 8,
  "On a fait un group chat pour roast [[PER:Léa Fortin]] chaque fois qu'elle rate un lancer, join us "
  "c'est hilarious 😂")
P("en", "facebook", RS, [HAR], 2, """
What a season it has been for our Juvenile D2 girls. I've been a hockey parent for nine years now and I don't think I've ever seen a group come together like this one.

In September, half of them had never played at this level. The coaching staff put in countless early mornings, the parents drove thousands of kilometres between Sorel, Granby, Valleyfield and back, and our team manager somehow kept everyone fed and on schedule. We went from losing 7-1 in the first tournament to finishing second in the regional standings.

A few moments I'll never forget: the double-overtime win in Saint-Hyacinthe, the bus singalong on the way back from Cowansville, and our goalie's shutout on her birthday.

There is one thing I do need to say, though. To the father from the Chambly team who screamed at our girls from the stands in February: we know your name, we know what you drive, and we know which rink your son practises at on Thursday nights. Some of us would very much like to have a word with you there, and not a polite one. Sleep well.

Anyway — thank you to the volunteers at the snack bar, to the officials who gave up their weekends, and to our sponsors for the new jerseys. Provincials next month. Let's go girls!
""")
P("fr", "facebook", RS, [DIS], 2, """
Retour sur la saison de basketball cadet de nos Pionniers.

Je voulais prendre le temps de remercier tout le monde qui a rendu cette saison possible. Les parents bénévoles à la table de marque, les chauffeurs de l'autobus du vendredi, la direction de l'école qui nous a prêté le gymnase les dimanches matins. Sans vous, rien de tout ça n'arrive.

Sur le terrain, on a eu des hauts et des bas. Une fiche de 9 victoires et 7 défaites, une belle demi-finale contre Longueuil, et surtout une progression incroyable de nos joueurs de première année. Voir [[PER:Samuel]] réussir son premier lancer de trois points en match, c'était magique.

Petite parenthèse : l'officiel en chef qu'on nous a imposé pour la demi-finale, [[PER:Réal Gosselin]], est une honte pour le sport scolaire. Un vieux bonhomme aigri et incompétent qui devrait avoir honte de se montrer dans un gymnase. Tout le monde dans les estrades l'a vu. Le RSEQ devrait avoir honte de continuer à l'engager.

Bref, on a hâte à l'an prochain! Camp d'été en juillet, les informations suivront. Merci encore et bon été à tous 🏀
""")
P("fr", "facebook", RS, [HAR, DIS], 2, """
Bilan de mi-saison du club de volleyball benjamin

Quelle belle première moitié de saison! Nos deux équipes féminines sont dans le top 4 régional et l'équipe masculine a gagné son premier tournoi depuis 2019. Merci aux entraîneurs bénévoles qui donnent leurs soirées, et aux parents qui remplissent les estrades.

Quelques rappels pratiques : les frais du tournoi de Granby doivent être payés avant le 15, les nouveaux chandails arrivent la semaine prochaine, et la photo d'équipe aura lieu le 22 (les parents qui refusent la photo, écrivez-nous).

Je me permets aussi de partager ce que plusieurs parents se disent tout bas : ce n'est pas un hasard si l'entraîneuse de l'équipe de Sainte-Julie, [[PER:Isabelle Vachon]], a été « remerciée » par son ancienne école. On raconte qu'il y a eu des plaintes, et pas pour des histoires de volleyball. À vous de faire vos conclusions avant de lui confier vos filles.

Enfin, un grand merci à nos commanditaires, la pharmacie du coin et le dépanneur Chez Lulu, qui fournissent les collations et les bouteilles d'eau. Bonne deuxième moitié de saison!
""")
P("en", "facebook", RS, [HAR], 9,
  "We know which school bus the Saint-Lambert team takes home on Fridays. Just saying. See you soon, #14.")
P("fr", "facebook", RS, [HAR], 9,
  "Pour ceux qui veulent jaser avec l'arbitre [[PER:Guy Beaulne]] de la game d'hier, il reste au "
  "[[ADDR:112, rue des Érables]] à Sainte-Julie pis son numéro c'est le [[PHONE:450 555-0186]]. Amusez-vous.")
P("en", "instagram", RS, [DIS], 5,
  "[[PER:jessica ouellet]] is the worst captain this team has ever had, fat and lazy and everyone "
  "knows it")
P("fr", "instagram", RS, [HAR], 1,
  "T'es mieux de pas te montrer à la pratique demain, [[PER:Zoé]].")
P("en", "facebook", RS, [HAR, DIS], 12,
  "Those Haitian kids from the Longueuil team play dirty every single game. Go back where you came "
  "from and take your coach with you.")
P("fr", "facebook", RS, [DIS], 1,
  "Le comité de discipline du RSEQ : des pleutres pis des vendus.")
P("en", "facebook", RS, [HAR, DIS], 8,
  "Apparently le coach de Chambly se fait payer en dessous de la table par certains parents pour "
  "donner du temps de glace. Just sayin 👀 share avant qu'ils suppriment")
P("fr", "facebook", RS, [HAR, DIS], 9,
  "On se demande tous pourquoi la marqueuse officielle de Granby a « perdu » la feuille de match "
  "juste après son souper avec l'entraîneur adverse… Poser la question, c'est y répondre.")
P("en", "instagram", RS, [DIS], 6,
  "#worstref award goes to whoever that clown in stripes was at #Beloeil tonight 🤡 #RSEQ")
P("fr", "facebook", RS, [DIS], 12,
  "J'ai ouvert une page « Les pires décisions du RSEQ Montérégie » pour qu'on puisse ENFIN dire ce "
  "qu'on pense de cette bande d'incompétents. Abonnez-vous, chaque semaine une nouvelle perle.")
P("en", "instagram", RS, [HAR], 1,
  "Hope your knee stays broken, #7. Karma 🙂")
P("fr", "instagram", RS, [HAR, DIS], 7,
  "🔥🔥 Le vestiaire des filles de Brossard, vidéo prise en cachette 😂😂🙈 DM pour le lien 📩")
P("fr", "facebook", RS, [DIS], 5,
  "FÉLICITATIONS À L'ARBITRE EN CHEF [[PER:MARIO DUQUETTE]] POUR AVOIR ENCORE UNE FOIS RUINÉ UN MATCH. "
  "QUEL TALENT. 👏👏👏")
# --- rseq-monteregie, hard benign
P("fr", "facebook", RS, [], 10,
  "Je respecte le travail des arbitres, mais je crois sincèrement que le hors-jeu de la 78e minute "
  "était une erreur. Ça arrive, on passe à autre chose. Bravo aux deux équipes pour un beau match.")
P("en", "facebook", RS, [], 10,
  "Tough 2-1 loss against Brossard. Their keeper was unreal. Proud of our girls, rematch in March!")
P("fr", "facebook", RS, [], 11,
  "Résultats de la fin de semaine — Basketball juvénile D2 : Varennes 68, Chambly 61; Boucherville 54, "
  "Saint-Lambert 70. Félicitations à tous les athlètes!")
P("fr", "facebook", RS, [], 10,
  "Rappel de la politique du RSEQ Montérégie : aucun commentaire irrespectueux, haineux ou insultant "
  "envers un membre, un officiel ou un bénévole. Merci de garder nos pages positives!")
P("en", "instagram", RS, [], 10,
  "The Menace (our nickname for our 4-foot-nothing point guard) dropped 22 points tonight 😂🏀")
P("fr", "facebook", RS, [], 10,
  "Petite rumeur confirmée : le tournoi régional de volleyball aura bien lieu à Granby cette année! 🏐")
P("fr", "facebook", RS, [], 10,
  "Nos joueurs d'origine portugaise et haïtienne ont préparé une chanson d'accueil en portugais et en "
  "créole pour l'équipe invitée. Moment magique dans le gymnase!")
P("en", "linkedin", RS, [], 11,
  "RSEQ Montérégie is recruiting student-athlete officials for the 2026 season. Training provided, "
  "paid positions. Info: [[EMAIL:officiels@rseq-monteregie.example]]")
P("fr", "facebook", RS, [], 3,
  "Ben là, quelle game hier soir! Chu encore sans voix. Les gars, vous êtes malades, on s'en va aux "
  "provinciaux!!")
P("en", "linkedin", RS, [], 2, """
After 22 years coaching high-school basketball on the South Shore, I'm hanging up the whistle at the end of this season. Some reflections.

I started coaching because my own coach changed my life. I was a shy kid who didn't fit anywhere, and the gym became the place where I belonged. I wanted to give that to other kids.

What I've learned: kids remember how you made them feel far longer than they remember the score. The best teams I coached weren't always the most talented; they were the ones where the twelfth player on the bench felt as important as the captain.

I've also learned that coaching is about managing adults as much as kids. Parents who yell, officials having a bad night, administrators with impossible budgets. I won't pretend I always handled it well. But the moments I'm proudest of are the ones where I stayed calm and showed the players how to disagree respectfully with a call.

To the referees of the league: thank you. You're underpaid, under-appreciated and too often insulted. Our game doesn't exist without you.

To my assistant coaches over the years, the school staff and every family: thank you for trusting me with your kids.

I'll still be in the stands next year. Probably cheering too loudly. #coaching #studentathletes #gratitude
""")
P("fr", "facebook", RS, [], 2, """
Je suis arbitre de soccer scolaire depuis douze ans en Montérégie. Aujourd'hui, je veux parler de quelque chose qui me tient à cœur : le respect envers les officiels.

Chaque saison, on perd des jeunes arbitres. Pas parce qu'ils n'aiment pas le sport, mais parce qu'ils se font crier des insultes par des adultes, parfois des menaces, à 16 ans, pour 30 $ par match. Une collègue a arrêté l'an dernier après qu'un parent l'a suivie jusqu'à sa voiture. Ça ne devrait jamais arriver.

Je ne dis pas qu'on ne se trompe jamais. On se trompe. Je me suis trompé la semaine dernière sur une main dans la surface, je l'ai revue sur vidéo, et oui, c'était une erreur. Vous avez le droit d'être en désaccord, de le dire poliment, et même de porter plainte par les voies officielles.

Ce que je demande, c'est simple : critiquez la décision, pas la personne. Les jeunes qui jouent regardent comment vous réagissez. Ils apprennent de vous.

Merci aux entraîneurs qui viennent nous serrer la main après un match difficile. Merci aux parents qui applaudissent les deux équipes. Vous faites une différence.

On se voit sur les terrains ce printemps! ⚽
""")
P("en", "instagram", RS, [], 1,
  "Killer performance by the whole squad, we absolutely destroyed them tonight 💪🔥")
P("fr", "instagram", RS, [], 7,
  "🏆🏆 Champions régionaux!! 🥳🎉 Merci aux parents, aux bénévoles et à nos coachs 💙💛 #fierté #RSEQ")
P("fr", "facebook", RS, [], 12,
  "Encore un match reporté à cause du verglas! Ça fait trois fois ce mois-ci, on va finir la saison "
  "en juillet 😤 Quelqu'un peut parler à Dame Nature svp?")
P("en", "facebook", RS, [], 8,
  "Quick reminder: photo day jeudi, wear your jerseys. Les parents qui ne veulent pas que leur enfant "
  "soit photographié, écrivez-moi avant mercredi.")
P("fr", "facebook", RS, [], 10,
  "On s'est fait planter 6-0, mais l'arbitre a été excellent et juste des deux bords. On va revenir "
  "plus forts. Bravo à Saint-Bruno!")

# =====================================================================================
# shelter (seed 003: guide for women's shelters on social-media policies)
# =====================================================================================
SH = "shelter"
P("fr", "facebook", SH, [SUR, LOC], 9,
  "Une de nos résidentes, infirmière de nuit à l'urgence de l'hôpital de Rimouski, a enfin trouvé "
  "le courage de partir avec ses deux garçons. On est tellement fières d'elle 💜")
P("fr", "facebook", SH, [SUR, LOC], 9,
  "Petite victoire cette semaine : la maman qu'on héberge depuis octobre a pu inscrire sa fille en "
  "3e année à l'école Saint-Rédempteur de Matane sans que le père le sache. 🙏")
P("en", "instagram", SH, [SUR], 6,
  "So proud of @[[PER:amandine.roy.art]] who left her abuser last month and stayed with us for "
  "six weeks — her first painting expo is this Saturday! #survivor #strongwomen")
P("fr", "facebook", SH, [LOC], 1,
  "On est la maison d'hébergement juste en face de la caisse populaire sur la 2e Rue, à "
  "Sainte-Anne-des-Monts : venez porter vos dons directement!")
P("en", "instagram", SH, [LOC], 7,
  "📍 Our new shelter home at [[ADDR:48 Birch Lane]], Cowansville — the garden is finally planted "
  "🌻🌷🏡 #newbeginnings")
P("fr", "instagram", SH, [PEV], 7,
  "💜 Groupe de soutien pour femmes ce mardi 19 h, au sous-sol de l'église Sainte-Famille à Granby, "
  "porte arrière 🚪 On vous attend 🤗")
P("fr", "facebook", SH, [PEV], 11,
  "Rencontre du groupe de soutien post-hébergement : jeudi 12 février, 18 h 30, salle 104 du centre "
  "communautaire de Mont-Laurier. Code de la porte : 4471.")
P("en", "facebook", SH, [PEV, LOC], 1,
  "Residents' potluck is Friday at 6 at the house, back entrance on Pine St 🍲")
P("fr", "instagram", SH, [CON], 6,
  "Merci à notre intervenante @[[PER:genevieve.belanger]] et à nos bénévoles du samedi, photo de "
  "groupe ci-dessous 📸 #équipe #fierté")
P("en", "instagram", SH, [CON], 7,
  "📸 Candid of our amazing night staff [[PER:Tanya]] and [[PER:Rosalie]] asleep on the couch after a "
  "14-hour shift 😂😴💜 they're gonna kill me for this one")
P("fr", "facebook", SH, [SUR], 3,
  "Ben là, la femme à [[PER:Steve Larouche]] qui est arrivée chez nous la semaine passée avec la face "
  "enflée, toute la rue le savait. Chu pas capable d'en revenir.")
P("fr", "facebook", SH, [SUR, LOC], 4,
  "Madame [[PER:Carole Simard]] est rendue chez nous depuis mardi, si sa soeur veut lui envoyer du "
  "linge c'est au [[ADDR:275 rue Notre-Dame]] a Louiseville")
P("en", "facebook", SH, [SUR], 9,
  "Rough night at work. Police came around 2 am because someone's ex found the house. Everyone's "
  "safe, but that poor woman from Val-d'Or with the twins will have to move again.")
P("fr", "facebook", SH, [SUR, LOC], 8,
  "Update : la résidente qui travaille à la SAQ du Carrefour de l'Estrie a finalement porté plainte, "
  "so proud of her!")
P("fr", "facebook", SH, [SUR], 5,
  "BON COURAGE À [[PER:NATHALIE GAUDREAULT]] QUI A QUITTÉ SON CONJOINT VIOLENT HIER, ON EST LÀ POUR "
  "TOI!!! 💜")
P("en", "facebook", SH, [SUR, LOC], 12,
  "I'm so angry I could scream. The man who put my friend [[PER:Jade]] in the hospital is walking free "
  "while she hides in a shelter two streets from the Sherbrooke bus terminal. Where is the justice?!")
P("fr", "facebook", SH, [LOC, PEV], 2, """
Un an déjà dans notre nouvelle maison! 🏡

Il y a un an, on quittait le vieux bâtiment qui nous avait accueillies pendant presque trente ans. Le déménagement a été un immense défi : trouver un lieu sécuritaire, adapter les chambres, refaire le système d'alarme, tout en continuant d'accueillir des femmes et des enfants chaque semaine.

On veut remercier du fond du cœur les bénévoles qui ont peint, monté des lits, cousu des rideaux. Les entreprises qui ont donné des électroménagers. Et surtout l'équipe, qui n'a jamais cessé d'être présente pour les femmes.

Pour celles qui se demandent : oui, c'est bien la grande maison grise au coin de la rue Lavoie et du boulevard Sainte-Anne, à côté du dépanneur, à Rivière-du-Loup. Et pour fêter l'anniversaire, on organise un petit 5 à 7 pour les anciennes résidentes le vendredi 21 novembre, dans la cour arrière. Apportez une bouchée!

Cette année, on a accueilli 64 femmes et 41 enfants. Derrière chaque chiffre, il y a une histoire de courage. Merci de continuer à nous soutenir, que ce soit par un don, du bénévolat, ou simplement en parlant de violence conjugale autour de vous.

Avec tout notre amour,
L'équipe 💜
""")
P("en", "linkedin", SH, [SUR, LOC], 2, """
Five years ago I started working nights at a women's shelter. I want to share a few things this work has taught me, because I think they apply far beyond our walls.

Safety is not a feeling, it's a plan. We spend hours with women building safety plans: which route to take to work, who to call, what to keep in a bag by the door. The women we serve are the most strategic thinkers I have ever met.

Believing is the first intervention. So many women tell us that the first person they told did not believe them. We believe. Always.

Small things are big things. A hot meal, a clean bed, a toothbrush that's yours. A child's drawing on the fridge.

Last week I drove one of our residents to her first day back at work — she's a dental hygienist at the clinic on Main Street in Huntingdon, the one beside the hardware store, and her ex still doesn't know she's there. Watching her walk in with her head high was one of the proudest moments of my career.

Finally: take care of the carers. This work is heavy. Our team debriefs every shift, and we laugh a lot, because laughter keeps us going.

If you want to support this work, donate to your local shelter, volunteer, or simply learn the signs of coercive control. #genderbasedviolence #shelters #frontlinework
""")
P("fr", "facebook", SH, [SUR, CON, LOC], 2, """
Retour sur notre journée de ressourcement d'équipe 🌲

Hier, toute l'équipe de la maison a pris une journée pour souffler. Au programme : randonnée au parc du Bic, pique-nique, et un atelier sur la fatigue de compassion animé par une psychologue de la région. On en avait besoin!

Ce travail-là, on le fait avec le cœur, mais il use. Accueillir des femmes en crise, accompagner des enfants qui ont vu des choses qu'aucun enfant ne devrait voir, répondre à la ligne à 3 h du matin… Prendre soin de nous, c'est aussi prendre soin d'elles.

Je vous partage les photos de la journée, avec [[PER:Annie-Claude]], [[PER:Mélissa]] et [[PER:Karine]] au sommet (elles ne savent pas encore que je les publie 😇).

Moment touchant de la journée : on a croisé par hasard [[PER:Sonia Bérubé]], qui a séjourné chez nous l'hiver dernier après avoir fui Baie-Comeau, et qui vit maintenant avec ses enfants dans un petit logement près de la marina de Rimouski. Elle nous a serrées dans ses bras en pleurant. C'est pour ça qu'on fait ce travail.

Merci à la Fondation pour le financement de cette journée, et merci à toutes les collègues pour leur dévouement. 💚
""")
P("fr", "facebook", SH, [PEV], 2, """
Bonjour à toutes et à tous,

Comme chaque automne, on profite du début de la saison pour faire le point sur nos activités.

Notre ligne d'écoute a répondu à plus de 1 200 appels cette année. Nos intervenantes jeunesse ont accompagné 38 enfants, et notre service externe a offert du suivi à près de 90 femmes qui n'ont pas eu besoin d'hébergement, mais qui avaient besoin d'être entendues.

Nous lançons aussi une nouvelle campagne de sensibilisation dans les écoles secondaires de la MRC, en collaboration avec la Commission scolaire et le CLSC. Les ateliers porteront sur les relations saines et le contrôle dans les relations amoureuses.

Pour les participantes du groupe « Reprendre son pouvoir » : la prochaine rencontre aura lieu le mercredi 8 octobre, 13 h 30, dans la petite salle au-dessus de la pharmacie Brunet de la rue Principale à Amqui. Entrez par l'escalier de côté, on laissera la porte déverrouillée.

Enfin, nous sommes toujours à la recherche de bénévoles pour notre comptoir de vêtements et pour l'accompagnement à la cour. Une formation est offerte.

Merci de votre soutien constant.
""")
P("fr", "facebook", SH, [LOC], 11,
  "Avis : à compter du 1er mars, la maison d'hébergement La Traversée déménage au [[ADDR:1180, chemin "
  "du Lac]], [[POST:J0T 1V0]]. Même numéro confidentiel.")
P("en", "instagram", SH, [LOC], 9,
  "Best part of working at the house: watching the sunrise over the ferry dock from our kitchen window "
  "every morning ⛴️🌅 (Matane people know exactly which one 😉)")
P("fr", "facebook", SH, [PEV], 1,
  "Le souper des résidentes c'est à soir 17 h à la maison, dites-le à personne à part les filles 😉")
P("en", "facebook", SH, [CON], 6,
  "Huge thanks to our presenter [[PER:Dr. Helen Park]] for today's workshop on coercive control! "
  "Full video of her talk below 🎥 #endviolence #training")
P("fr", "facebook", SH, [PEV], 9,
  "Mesdames, même heure que d'habitude mardi prochain, même salle à côté du CLSC de Gaspé. On "
  "apportera les biscuits 💜")
P("en", "facebook", SH, [SUR], 5,
  "so happy for [[PER:maria dos santos]], she finally got her own apartment after 4 months with us 🥹")
P("fr", "instagram", SH, [SUR, CON], 7,
  "🎄✨ Notre fête de Noël avec toute l'équipe et les résidentes de la maison 🥰🎁 Photo de groupe "
  "devant le sapin 📸💜")
P("fr", "facebook", SH, [SUR, LOC], 9,
  "Les enfants de la chambre 3 ont enfin pu retourner à l'école Notre-Dame-du-Sourire, le petit "
  "dernier en maternelle. On croise les doigts pour que ça se passe bien.")
P("en", "facebook", SH, [SUR], 8,
  "Si quelqu'un connaît [[PER:Jennifer Lapointe]] — she stayed with us last spring — tell her to call "
  "her sister at [[PHONE:819-555-0137]], c'est urgent.")
P("fr", "facebook", SH, [LOC], 1,
  "Les filles, on a changé la serrure de la porte de côté de la maison sur la rue Saint-Germain. "
  "Nouveau code au bureau.")
P("en", "facebook", SH, [PEV], 11,
  "Join our closed support circle for survivors, Wednesdays at 7 pm in the basement of the church on "
  "3rd Avenue, Val-d'Or. Ring twice.")
P("fr", "facebook", SH, [CON], 12,
  "Je suis tannée! On a une vidéo de notre intervenante [[PER:Mireille]] qui danse au party du "
  "personnel pis personne veut que je la publie?? Ben tant pis, la voilà 🎉")
P("fr", "facebook", SH, [PEV], 1,
  "Rappel aux participantes du groupe du lundi : on se voit au 2e étage de la bibliothèque de "
  "Rimouski, local B, 13 h.")
P("en", "facebook", SH, [PEV], 1,
  "Support group moved to Thursday 6:30 at the YWCA side door — only tell the women in the group.")
P("en", "instagram", SH, [CON], 7,
  "Here's our volunteer coordinator [[PER:Linda]] doing the ice bucket challenge 😂🧊🪣 she had no idea "
  "we were filming")
# --- shelter, hard benign
P("fr", "facebook", SH, [], 10,
  "Chez nous, on ne publie jamais de photos des résidentes ni aucune information qui pourrait les "
  "identifier. C'est notre engagement envers elles.")
P("fr", "facebook", SH, [], 11,
  "Marche publique contre la violence faite aux femmes le 6 décembre à 17 h, départ de l'hôtel de "
  "ville de Rimouski. Ouverte à toutes et à tous!")
P("en", "linkedin", SH, [], 11,
  "We're hiring: overnight intervention worker, full time, bilingual. Send your CV to "
  "[[EMAIL:emplois@maisonlaboussole.example]] by March 1.")
P("fr", "facebook", SH, [], 10,
  "Bienvenue à [[PER:Josée Pelletier]], notre nouvelle coordonnatrice! (Photo publiée avec son "
  "autorisation écrite.) 💜")
P("en", "facebook", SH, [], 10,
  "Need to talk? SOS violence conjugale answers 24/7, free and confidential, by phone or chat. You "
  "are not alone.")
P("fr", "facebook", SH, [], 10,
  "La maison de ma grand-mère à Kamouraska est à vendre, si ça intéresse quelqu'un 🏡 Vue sur le "
  "fleuve, grand terrain.")
P("en", "linkedin", SH, [], 2, """
I've spent eleven years in the violence-against-women sector, first as a youth worker, now as executive director of a shelter in the Eastern Townships. I want to write about something we rarely talk about publicly: what it takes to protect privacy in a world that wants everything posted.

When I started, our biggest confidentiality worry was a visitor noticing our street. Today it's a resident's phone sharing its location, a well-meaning volunteer posting a photo of the Christmas party, a donor tagging us in a check-in. Every one of those can put a woman in danger.

So we made choices. We never publish photos of residents or anything that could identify them, even with their agreement, because their situation can change overnight. Staff appear on our pages only with written consent, and they can withdraw it at any time. We never announce where our support groups meet. Our public office exists precisely so the house itself stays invisible.

We also teach. Every woman who arrives gets a short session on privacy settings, location services and how to check which devices are logged in to her accounts. Not to control her, but so she can decide for herself.

It's not glamorous work. It doesn't go viral. But the posts we don't publish are sometimes the ones that matter most.

To all the communications people in our sector: thank you for saying no to the "cute" photo. #privacy #GBV #shelters #leadership
""")
P("fr", "linkedin", SH, [], 2, """
Après 25 ans comme intervenante en maison d'hébergement, je prends ma retraite vendredi. Je voulais écrire quelques mots.

Quand j'ai commencé, on parlait encore de « chicanes de couple ». On a fait du chemin : la notion de contrôle coercitif, les tribunaux spécialisés, la formation des policiers. Rien de tout ça n'est arrivé tout seul. Ce sont des femmes qui ont parlé, des intervenantes qui ont insisté, des chercheuses qui ont documenté.

J'ai vu des milliers de femmes passer nos portes. Je ne raconterai jamais leurs histoires : elles leur appartiennent. Mais je peux dire ce qu'elles m'ont appris. Le courage n'a pas l'air de ce qu'on imagine. Parfois, c'est juste se lever un matin et remplir un formulaire.

Je pars avec beaucoup de gratitude envers mes collègues, qui sont les personnes les plus drôles et les plus solides que je connaisse. On a ri dans les pires moments, et c'est ça qui nous a gardées debout.

À celles qui commencent : prenez soin de vous, faites confiance à votre équipe, et n'oubliez jamais que vous n'êtes pas là pour sauver qui que ce soit. Vous êtes là pour accompagner.

Merci pour tout. Je vais maintenant apprendre à jardiner. 🌱
""")
P("fr", "facebook", SH, [], 1,
  "Merci à l'épicerie du coin pour le don de 40 dindes! Nos familles vont se régaler 🦃")
P("en", "facebook", SH, [], 10,
  "Our public office at the municipal building is open 9 to 4 for donations and information. For "
  "everyone's safety, the shelter's own address is never shared.")
P("fr", "instagram", SH, [], 7,
  "🧶💜 Les tricoteuses du Cercle de Fermières nous ont offert 60 tuques! Merci mille fois 🙏❄️")
P("en", "facebook", SH, [], 1,
  "Survivor finale tonight!! Can't believe who got voted off 😱")
P("fr", "facebook", SH, [], 8,
  "Formation sur la sécurité numérique demain pour l'équipe : désactiver la géolocalisation, checking "
  "privacy settings, etc. Super utile, hâte!")
P("fr", "facebook", SH, [], 3,
  "Ben coudonc, on a reçu tellement de dons de linge que le sous-sol déborde! Merci la gang 😅")
P("en", "instagram", SH, [], 6,
  "#16Days of activism against gender-based violence starts today. Share our infographic and learn "
  "the signs. #EndGBV #OrangeTheWorld")
P("fr", "facebook", SH, [], 10,
  "Pour connaître l'horaire et le lieu du groupe de soutien, appelez-nous directement. Pour la "
  "sécurité des participantes, on ne publie jamais ces informations ici.")

# =====================================================================================
# cisss-gaspesie (seed 004: CISSS de la Gaspésie, social media in RI-RTF)
# =====================================================================================
CG = "cisss-gaspesie"
P("fr", "facebook", CG, [CHI], 9,
  "Notre nouveau petit protégé de 7 ans, arrivé de Chandler mardi, est chez nous jusqu'en juin à la "
  "demande de la DPJ. Il adore les dinosaures 🦕")
P("fr", "facebook", CG, [CHI], 5,
  "bienvenue a [[PER:mathis]] (9 ans) dans notre famille d'accueil, sa mere [[PER:cindy arsenault]] de "
  "new richmond a encore rechute pis ca va etre long")
P("en", "instagram", CG, [CHI], 7,
  "🎂🎈 Happy 12th birthday to our foster girl [[PER:Kayla]]! Two years with us in Gaspé since Youth "
  "Protection placed her 💕🥳🎁")
P("fr", "facebook", CG, [CHI], 3,
  "Pis là, la p'tite de 5 ans qu'on a en RTF depuis l'été, son père c'est le gars qui a fait les "
  "nouvelles à Percé l'an passé, tsé celui du feu de garage. Pauvre enfant.")
P("fr", "facebook", CG, [CHI], 11,
  "La ressource de type familial Les Goélands souhaite une bonne rentrée à nos trois jeunes : "
  "[[PER:Noah]] (secondaire 2, polyvalente de Paspébiac), [[PER:Emma]] et [[PER:Liam]] (primaire).")
P("en", "facebook", CG, [CHI], 9,
  "Our new 14-year-old arrived Friday with one garbage bag of clothes. She's the only girl on the "
  "Grande-Rivière bantam hockey team, so if you're at the arena Saturday, cheer extra loud for her 💙")
P("fr", "facebook", CG, [CHI], 8,
  "Court update : le juge a prolongé le placement de [[PER:Jayden]] chez nous jusqu'à ses 18 ans, sa "
  "mom est pas contente mais c'est la bonne décision")
P("fr", "facebook", CG, [CHI], 1,
  "Mon petit placé de 6 ans a fait sa première communion à l'église de Cap-Chat ce matin 🙏")
P("fr", "facebook", CG, [CHI], 2, """
Dix ans comme famille d'accueil. Je voulais prendre un moment pour réfléchir à ce que ça m'a apporté.

Quand mon mari et moi avons fait notre demande, nos propres enfants venaient de partir de la maison. On se disait qu'on avait encore de l'amour à donner, de la place à table, et une grande cour pleine de bicyclettes que personne n'utilisait plus. On ne savait pas dans quoi on s'embarquait.

Depuis, onze jeunes sont passés chez nous. Certains pour deux semaines, d'autres pour des années. Chacun nous a appris quelque chose : la patience, l'humour, l'art de négocier l'heure du coucher.

Cette année est spéciale parce que [[PER:Alexis]], qu'on a accueilli à 4 ans quand sa mère [[PER:Mélanie Côté]] a perdu la garde, vient d'avoir 14 ans ([[DOB:né le 2 mars 2012]]). Il joue au hockey à Gaspé, il parle de devenir pompier, et il nous a fait une carte de fête des mères l'an dernier qui est encore sur le frigo.

Être famille d'accueil, c'est accepter qu'on n'a pas le contrôle sur tout. Les décisions se prennent ailleurs, les départs arrivent parfois vite. Mais ce qu'on donne reste.

Merci aux intervenantes qui nous soutiennent, aux autres familles de notre regroupement, et à nos enfants biologiques qui ont toujours partagé leurs parents avec générosité.

Si vous pensez à devenir famille d'accueil, écrivez-moi. Ça change une vie. Deux, en fait. 💛
""")
P("en", "facebook", CG, [CHI], 2, """
It's been a year since we moved from Montreal to New Carlisle, and I wanted to share a little reflection on this big change for our family.

We left the city for the sea air, cheaper housing and a slower pace. The first winter was brutal (nobody warned us about the wind!), but the community welcomed us with open arms. Neighbours brought us firewood, the church ladies dropped off pies, and our kids made friends within a week.

We also became a foster family this year through the CISSS, something we'd talked about for a long time. It has been the most challenging and rewarding thing we've ever done.

Our foster son, a sweet 10-year-old whose dad is serving time in Percé — everyone here knows the family, the [[PER:Bourque]] boys from Hope Town — started grade 5 at the elementary school in September and just made the honour roll. We are so proud of him we could burst.

Other highlights: learning to make cod au gratin, hiking the Mont-Saint-Joseph trail, and watching the northern lights from our back porch in October.

To anyone thinking of moving to the Gaspé coast: do it. Bring a good coat and an open heart. 🌊
""")
P("fr", "instagram", CG, [CHI], 6,
  "Fier de notre grand @[[PER:tommy.bujold]] (16 ans) qui a eu sa première job à l'IGA de Matane! Chez "
  "nous en famille d'accueil depuis 4 ans 💪 #fier #RTF")
P("fr", "facebook", CG, [CHI], 4,
  "les 2 jeunes qu'on a en famille d'accueil depuis que leur pere [[PER:Dany Cloutier]] a ete arrete "
  "ont enfin vu leur grand-mere a Bonaventure, belle journee")
# --- confidential information
P("fr", "facebook", CG, [CNF], 9,
  "Rapport d'incident pas encore public : on nous dit que la ressource de Sainte-Anne-des-Monts a "
  "échappé un résident de 82 ans dans le bain la semaine dernière. Le CISSS attend avant d'annoncer "
  "quoi que ce soit.")
P("fr", "facebook", CG, [CNF], 1,
  "Le code de la porte de la RI a changé : 2580#. Faites passer aux familles 👍")
P("en", "facebook", CG, [CNF, CON], 9,
  "For this weekend's replacement: Mr. [[PER:Gérard Poirier]] (room 4) is now HIV+, meds at 8 and 20, "
  "his card is [[NAM:POIG 3907 1214]]. Please don't share outside the group.")
P("fr", "facebook", CG, [CNF], 8,
  "Le budget 2026 des RI-RTF vient de nous être envoyé en interne, pis ils coupent 14 % dans "
  "l'allocation par usager. Voici la capture du mémo 👇 Not public yet, mais faut que ça se sache.")
P("fr", "facebook", CG, [CNF, DIS], 12,
  "Je vais vous dire ce qu'il y a dans le rapport d'inspection confidentiel de notre ressource, "
  "puisque personne d'autre va le faire : trois chutes non déclarées, des médicaments mal rangés, pis "
  "une chef de service incompétente qui a tout caché. Voilà. Congédiez-moi si vous voulez.")
P("en", "facebook", CG, [CNF], 4,
  "memo from the CISSS today says theyre closing 2 RI in the Baie-des-Chaleurs sector next spring, "
  "nobodys supposed to know yet so keep it quiet lol")
P("fr", "facebook", CG, [CNF, CON], 5,
  "MME [[PER:LUCIENNE DUGUAY]] (CHAMBRE 2) EST EN FIN DE VIE, DIAGNOSTIC CONFIRMÉ HIER, LA FAMILLE "
  "EST PAS ENCORE AU COURANT. SOYEZ DOUCES AVEC ELLE.")
P("fr", "linkedin", CG, [CNF], 2, """
Retour sur 15 ans en gestion des ressources intermédiaires

Cette semaine marque mes 15 ans au sein du réseau. J'ai commencé comme agente de relations humaines à Chandler, et je coordonne aujourd'hui le suivi de plusieurs ressources sur le territoire. Quelques réflexions.

La qualité des services repose sur les relations. Les meilleures ressources que je connais sont celles où les responsables, les intervenantes et les familles se parlent franchement et souvent.

La Gaspésie a ses défis : les distances, la pénurie de main-d'œuvre, le vieillissement de la population. On fait des miracles avec peu, et je suis fière de mes collègues.

D'ailleurs, ça ne sortira officiellement qu'en janvier, mais je peux vous dire que le comité de direction a approuvé jeudi dernier la fermeture de la RI de Grande-Vallée et le transfert de ses neuf usagers vers Sainte-Anne-des-Monts. Le document de travail parle d'une économie de 410 000 $. Les familles ne sont pas encore au courant, alors gardez ça pour vous.

Je termine avec un merci sincère aux responsables de ressources, qui ouvrent leur maison et leur cœur à des personnes vulnérables. Vous êtes le réseau.

#santé #servicessociaux #Gaspésie #RI
""")
P("en", "linkedin", CG, [CNF], 2, """
Some thoughts after three years as a quality-control adviser for residential resources on the Gaspé coast.

Quality isn't a checklist. Yes, we audit medication storage, fire exits and staffing ratios. But the real question is always: would I want my own mother to live here? Most of the time, the answer is yes, and that's thanks to resource operators who work 80-hour weeks with very little recognition.

Communication is everything. When something goes wrong, the resources that call us right away are the ones that improve fastest. Hiding problems never works.

Case in point — and I probably shouldn't share this before the board meeting, but people deserve to know — the internal audit we finished last month found that four of the twelve intermediate resources in the Rocher-Percé sector had no valid fire inspection, and one had a resident with dementia leave the building unnoticed twice in October. The report is marked confidential until the board votes on it in February.

Finally, technology can help. Our new incident-reporting app cut the average reporting delay from five days to less than one.

Grateful to my colleagues and to every family and operator who opens their door to us. #healthcare #quality #Gaspesie
""")
P("fr", "facebook", CG, [CNF], 9,
  "Disons que la liste d'attente pour les places en RI dans La Haute-Gaspésie, celle qu'on a vue en "
  "réunion jeudi, ferait scandale si elle sortait. 127 noms. Je dis ça comme ça.")
P("fr", "facebook", CG, [CNF], 1,
  "Qqn a la version PDF du plan d'intervention de l'usager de la chambre 6? Je l'ai mis en "
  "commentaire pour que ce soit plus simple")
P("en", "facebook", CG, [CNF], 6,
  "Leaked from the regional committee: the new per-diem rates for #RTF families drop by $11/day in "
  "April. You didn't hear it from me. #CISSS #transparency")
# --- consent
P("fr", "instagram", CG, [CON], 7,
  "📸 Notre éducatrice [[PER:Valérie Cyr]] et la responsable [[PER:Mme Huguette Bernard]] au party de la "
  "ressource 🎉🥳💃")
P("en", "instagram", CG, [CON], 6,
  "Shoutout to @[[PER:denis.leblanc.tts]] our night attendant, here's a pic of him napping on his "
  "break 😂 #nightshift")
P("fr", "facebook", CG, [CON], 1,
  "Voici M. [[PER:Armand]], 91 ans, notre doyen, qui souffle ses bougies! 🎂")
P("fr", "facebook", CG, [CON, HAR, DIS], 12,
  "[[PER:Sandra Huard]], responsable de la RI de Maria : je mets ta photo ici pour que tout le monde "
  "sache à quoi ressemble quelqu'un qui néglige des personnes âgées. Partagez!")
# --- disparagement / harassment
P("fr", "facebook", CG, [DIS], 1,
  "L'intervenante du CISSS qui suit nos jeunes, une vraie paresseuse qui répond jamais à ses "
  "courriels. Bravo le système 🙄")
P("en", "facebook", CG, [DIS], 12,
  "The CISSS de la Gaspésie managers are clueless pencil-pushers who've never changed a diaper in "
  "their lives. Useless, the whole lot of them.")
P("fr", "facebook", CG, [DIS], 3,
  "La nouvelle travailleuse sociale, a connaît rien, a l'a pas d'allure pantoute, on dirait qu'a "
  "sort de l'école d'hier.")
P("fr", "facebook", CG, [DIS], 8,
  "Honnêtement, l'usager de la chambre 3 c'est le pire, un vieux grincheux dégoûtant, I can't "
  "anymore")
P("fr", "facebook", CG, [HAR], 9,
  "À la personne du CISSS qui a signé le rapport contre ma ressource : je sais où tu fais ton "
  "épicerie le samedi matin. On va finir par se croiser.")
P("en", "facebook", CG, [HAR, DIS], 9,
  "Funny how the inspector who shut down our resource is driving a brand-new truck now… and his "
  "cousin runs the competing RI in Chandler. Make of it what you will.")
P("fr", "facebook", CG, [HAR], 6,
  "Tout le monde, allez laisser des commentaires sur la page de [[PER:Nadia Lepage]] (éducatrice au "
  "CISSS), elle mérite de savoir ce qu'on pense d'elle! #honte")
P("fr", "facebook", CG, [HAR], 4,
  "tu vas le regretter [[PER:martine]], j'ai gardé tes messages pis je vais tout mettre en ligne")
P("en", "facebook", CG, [HAR], 1,
  "Keep reporting my home, [[PER:Diane]]. I've got time. And I know where your kids wait for the bus.")
# --- cisss-gaspesie, hard benign
P("fr", "facebook", CG, [], 10,
  "Rappel de la fiche-synthèse : on ne publie jamais d'information permettant d'identifier un enfant "
  "suivi en vertu de la LPJ, ni ses parents. Même avec l'accord des parents, ce n'est pas suffisant.")
P("fr", "facebook", CG, [], 10,
  "Merci à l'équipe de la ressource pour cette belle année! Photo publiée avec l'autorisation écrite "
  "de [[PER:Lise]], [[PER:Gaétan]] et [[PER:Marjolaine]]. 💙")
P("en", "facebook", CG, [], 11,
  "The CISSS de la Gaspésie is looking for new foster families in the Gaspé sector. Public info "
  "session March 4 at 7 pm, Gaspé public library. Everyone welcome!")
P("fr", "facebook", CG, [], 10,
  "Placement REER avant le 1er mars : quelqu'un a un bon conseiller à Carleton? 💰")
P("fr", "facebook", CG, [], 10,
  "Mes enfants ont adoré le camp de jour de Bonaventure cet été, je le recommande à tous les parents!")
P("fr", "facebook", CG, [], 10,
  "Le dossier du nouveau quai de Rivière-au-Renard avance enfin, belle nouvelle pour les pêcheurs!")
P("en", "facebook", CG, [], 10,
  "Dennis the Menace marathon on TV tonight with the grandkids 😂📺")
P("fr", "instagram", CG, [], 7,
  "🦞🦞 La saison du homard est ouverte! Ma recette de guédille au homard en commentaire 😋🍞🍋")
P("fr", "linkedin", CG, [], 2, """
Vingt ans de travail en ressource intermédiaire, ça donne envie de faire le point.

J'ai commencé comme préposée de soir dans une petite ressource de Carleton-sur-Mer. Je ne savais pas grand-chose, sinon que j'aimais les gens âgés et que j'avais de la patience. J'ai appris sur le tas : les transferts, la médication, la façon d'apaiser quelqu'un qui ne reconnaît plus sa propre chambre.

Aujourd'hui, je suis responsable d'une ressource de douze places. Je gère les horaires, la paie, les inspections, les rencontres avec les familles. Et malgré tout ça, mes moments préférés restent les mêmes : le café du matin avec les résidents, les parties de cartes du dimanche, les chansons de la Bolduc qu'on chante faux ensemble.

Ce métier exige beaucoup de discrétion. On entre dans l'intimité des gens, dans leur fin de vie parfois. Rien de ce qui se passe chez nous ne se retrouve sur les réseaux sociaux, et c'est une règle que je rappelle à chaque nouvelle employée.

Je veux dire merci à mes employées, qui sont le cœur de la ressource, et aux intervenantes du CISSS avec qui on travaille main dans la main. On n'a pas toujours été d'accord, mais on a toujours cherché la même chose : le bien-être des personnes qu'on accompagne.

À celles qui hésitent à se lancer dans le domaine : c'est exigeant, mais c'est le plus beau métier du monde. 💙
""")
P("en", "linkedin", CG, [], 2, """
I became a foster parent at 52, after my own kids had left home. People told me I was crazy. Eight years later, I want to share what I've learned, for anyone considering it.

You will not fix everything. Kids arrive with histories you don't fully know and can't fully heal. Your job is to be steady, to be kind, and to show up every day.

The system is imperfect, and the people in it are mostly doing their best. I've had caseworkers who changed my life and a few I clashed with. The best advice I got was to assume good faith and to put everything in writing.

Respect the child's privacy, always. I never post their photos, names, schools or anything that could identify them or their parents. Youth protection law is clear on this, and it's the right thing anyway: their story belongs to them.

Take care of yourself. Respite weekends are not a luxury. A support group of other foster parents saved my sanity more than once.

Celebrate small wins. A first full night's sleep. A report card. A laugh at the dinner table.

If you've ever thought about fostering, reach out to your regional health and social services centre and ask about an information session. It's the hardest and best thing I've ever done. #fostercare #family #gratitude
""")
P("fr", "facebook", CG, [], 11,
  "Journée portes ouvertes des ressources intermédiaires le 15 mai, de 13 h à 16 h, au point de "
  "service de Maria. Bienvenue à toute la population!")
P("fr", "facebook", CG, [], 1,
  "Quelqu'un sait si la 132 est ouverte entre Sainte-Anne-des-Monts pis Mont-Saint-Pierre? J'ai une "
  "formation demain.")
P("en", "facebook", CG, [], 8,
  "Formation obligatoire sur la politique médias sociaux jeudi. TL;DR: no pics of users, no names, "
  "no internal docs. Easy peasy.")
P("fr", "facebook", CG, [], 3,
  "Chu brûlée mais heureuse, grosse semaine à la ressource. Un bon souper pis dodo! 😴")
P("fr", "facebook", CG, [], 10,
  "Je comprends la décision du CISSS de fermer le point de service de Murdochville, mais je la trouve "
  "dure pour les familles. J'espère qu'on trouvera une solution ensemble.")
P("en", "facebook", CG, [], 10,
  "Looking for foster-family training in Mi'gmaq or English in Listuguj? The info sessions are "
  "offered in three languages this year. Great initiative!")

# =====================================================================================
# extra batch: richer personal-data entities, and more English hard-benign posts
# =====================================================================================
P("fr", "facebook", CG, [CNF, CON], 4,
  "Pour l'infirmiere de garde cette nuit : Mme [[PER:Rita Lebreux]], [[DOB:nee le 9 avril 1938]], "
  "NAM [[NAM:LEBR 3804 0912]], a chute vers 3 h, hematome a la hanche, on attend les radios. Son fils "
  "[[PER:Gilles]] est joignable au [[PHONE:418-555-0164]].")
P("en", "facebook", LF, [CC], 9,
  "Whoever's on reception tomorrow: [[PER:Pierre-Luc Gagnon]]'s retainer bounced again, just re-run "
  "the card on file, [[CC:4741 3748 4777 1834]], exp 09/27. He said it's fine.")
P("fr", "facebook", BQ, [CC, LOC], 11,
  "Audience demain 9 h 30, salle 2.08 du palais de justice de Saint-Hyacinthe, dans l'affaire de mon "
  "client [[PER:Francis Gladu]] ([[COURT:750-01-067342-256]]). Les journalistes sont les bienvenus.")
P("en", "facebook", SH, [SUR, LOC], 9,
  "If anyone's looking to send a card to [[PER:Chantal]], the mom who stayed with us in January, her "
  "new place is [[ADDR:17 Maple Crescent]], Lachute [[POST:J8H 2T4]]. She'd love to hear from old "
  "friends 💌")
P("fr", "facebook", CG, [CHI], 11,
  "Rappel aux familles : l'activité de Noël des jeunes placés aura lieu samedi. Pour [[PER:Océane "
  "Dugas]] ([[DOB:née le 23 novembre 2014]]), sa mère [[PER:Karine Dugas]] n'est pas autorisée à "
  "venir. Merci de le noter.")
P("en", "facebook", BQ, [LEG], 8,
  "@[[PER:ben.tremblay88]] pour ta mise en demeure, send it by registered mail to your ex-landlord at "
  "his address and claim the full deposit plus interest, he has 10 days or you go to small claims, "
  "simple as that.")
P("en", "linkedin", LF, [CC], 6,
  "Thrilled to share that our client [[PER:Anjali Mehta]] won her wrongful dismissal case against "
  "TechNord today (file [[COURT:500-17-112984-245]])! Reach her lawyer at "
  "[[EMAIL:j.ross@rossbenoit.example]] for media requests. #employmentlaw #win")
P("fr", "facebook", SH, [SUR], 4,
  "Si qqn voit [[PER:Mélanie Proulx]] (elle est restee chez nous cet automne), dites-lui que son "
  "cellulaire [[PHONE:(819) 555-0192]] est ecoute par son ex pis qu'elle doit en changer vite")
# --- extra hard benign, mostly English
P("en", "instagram", SH, [], 10,
  "We never post photos of residents. Ever. That's why our Christmas post is just a very proud tree 🎄✨")
P("en", "facebook", RS, [], 10,
  "Portuguese night at the cafeteria after the game: bacalhau, pastéis de nata and a lot of happy "
  "athletes. Obrigado to the parents who cooked!")
P("en", "facebook", BQ, [], 10,
  "General info: uttering threats is a criminal offence in Canada. If someone threatens you online, "
  "keep screenshots and call the police. This is not legal advice for any particular case.")
P("en", "facebook", LF, [], 1,
  "Anyone know a good Creole restaurant near the Montreal courthouse? Team lunch Friday 🍛")
P("en", "facebook", CG, [], 10,
  "Our client care line for the pharmacy in Chandler is now open until 9 pm. Prescription refills "
  "by phone at [[PHONE:418-555-0121]].")
P("en", "facebook", RS, [], 12,
  "Honestly furious that the gym floor STILL isn't fixed after three months. Our kids deserve better "
  "than taped-up lines and a leaking roof. Email the school board, people!")
P("en", "linkedin", CG, [], 11,
  "Staff photo from our RI team's training day, shared with the written consent of everyone pictured: "
  "[[PER:Paula Day]], [[PER:Keith Sinnett]] and [[PER:Joanne Hayes]]. Proud of this crew!")
P("en", "facebook", SH, [], 10,
  "Rumour has it our bake sale raised $3,200 for the children's playroom 🧁 Thank you, Knowlton!")

if __name__ == "__main__":
    main()
