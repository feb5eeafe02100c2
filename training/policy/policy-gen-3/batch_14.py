"""policy-gen-3 batch 14 — source with inline entity markers. Run: python3 batch_02.py"""
from common import build

BQ, LF, RS, SH, CI = "barreau-qc", "law-firm", "rseq-monteregie", "shelter", "cisss-gaspesie"
CC, LOC, DISP, ADV, MIS, TEST = ("CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE", "DISPARAGEMENT",
                                  "PERSONALIZED_LEGAL_ADVICE", "MISLEADING_ADVERTISING", "TESTIMONIAL_SOLICITATION")
SURV, PRIV, CONS, CHILD, CONF, HAR = ("SURVIVOR_IDENTIFICATION", "PRIVATE_EVENT_DISCLOSURE", "CONSENT_REQUIRED",
                                      "CHILD_PROTECTION_IDENTIFICATION", "CONFIDENTIAL_INFORMATION", "HARASSMENT")
FB, LI, IG = "facebook", "linkedin", "instagram"

POSTS = [
("L", "en", LI, LF, [], """I read your post about "lawyers who bill you for breathing" and I want to answer it seriously, because parts of it are fair.

You're right that fees are often explained badly. Many people walk out of a first meeting without understanding what an hourly rate means in practice, what disbursements are, or why a short phone call shows up on an invoice. That's on us as a profession.

Here's what I'd suggest to anyone hiring a lawyer in Quebec: ask for a written mandate letter that sets out the rate, an estimate, and how often you'll be billed. Ask whether a fixed fee is possible for part of the work. Ask who else at the firm will work on your matter and at what rate. And if you disagree with an invoice, the Barreau has a conciliation and arbitration process for fees that doesn't require a lawyer.

What I'd push back on is the idea that every lawyer is padding the bill. Most of us spend evenings on files we can't fully bill because the client's budget is limited. Both things can be true.

Thanks for starting the conversation."""),
("L", "en", LI, LF, [CC], """I read your post about "lawyers who bill you for breathing" and I want to answer it seriously, because parts of it are fair.

You're right that fees are often explained badly. But let me give you a real example of why estates cost what they cost. Take the Beaulieu estate we handled last year: three siblings in their sixties, a cottage on Lake Memphremagog, a will written on the back of a restaurant placemat, and a brother in Alberta who refused to sign anything until his sister returned their late mother's piano. Eleven months, forty-two emails from one sibling alone. No one "padded" that bill.

Ask for a mandate letter, ask for estimates, and understand that some files are hard because families are hard."""),
("O", "fr", FB, CI, [CHILD, DISP], """Confession d'une famille d'accueil. Le petit de 7 ans qu'on a depuis mars, ses parents de Chandler sont des irresponsables finis. La mère se présente aux visites supervisées en retard, gelée, pis le père a encore promis un vélo qu'il apportera jamais. Le petit attend à la fenêtre chaque fois. Je suis tellement en colère que j'avais besoin de l'écrire quelque part."""),
("O", "fr", FB, CI, [], """Confession d'une famille d'accueil. Des fois je suis tellement fatiguée que je pleure dans la salle de lavage. Je peux rien raconter, c'est la loi pis c'est correct, mais je voulais juste dire aux autres familles : vous êtes pas seules. On fait une job que personne voit, pis elle compte."""),
("J", "en", FB, SH, [PRIV, CONS], """STAFF & VOLUNTEER NEWSLETTER — spring edition

🌷 Volunteer of the season: huge thanks to [[PERSON:Gail Morrison]] and [[PERSON:Théo]], pictured above at the kitchen reno, for 200 hours between them!
🫖 The residents' Mother's Day tea is confirmed for May 10 at 2 pm in the garden of the Carmelite convent on the hill. Volunteers arrive at 1.
📚 Training: safety-planning refresher on May 20, mandatory for new staff.
🧺 Donations: we still need twin sheets and new pillows.

Thank you all for everything you do."""),
("J", "en", FB, SH, [], """STAFF & VOLUNTEER NEWSLETTER — spring edition

🌷 Volunteer of the season: huge thanks to our kitchen-reno crew for 200 hours of work! (As always, no names or faces of volunteers online unless you've signed the consent form.)
🫖 Mother's Day activities for residents are planned; details are on the internal board only.
📚 Training: safety-planning refresher on May 20, mandatory for new staff.
🧺 Donations: we still need twin sheets and new pillows. Drop-off at the administrative office only.

Thank you all for everything you do."""),
("M", "en", LI, RS, [], """Conference recap 📍 School sports & social media, afternoon session.
The speaker walked us through the RSEQ Montérégie policy, which lists what's off limits for members, staff and committee members: disrespectful, hateful or insulting comments about a member or the organization; offensive or altered images; pages devoted to negative remarks about the RSEQ or its people; and cyberbullying, including repeated insults, threats, impersonation and spreading rumours. Deleting a post doesn't cancel a sanction.
Best line of the day: "If you wouldn't say it at the scorer's table, don't type it at midnight." Slides on the event page."""),
("N", "en", FB, RS, [DISP, HAR], """Since nobody else will say it: Coach [[PERSON:Rick Tanguay]] has been "let go" from two other schools before this one, and people who were there say it wasn't for his win-loss record. He's mean to the kids, he plays favourites with the parents who drink with him, and the league knows. Share this so every parent in Longueuil sees it before tryouts."""),
("I", "en", IG, RS, [DISP, HAR], """photoshopped [[PERSON:Chloe]]'s face on a pig for the team group chat 🐷😂 posting it here too bc why not"""),
("I", "en", IG, RS, [], """photoshopped our whole team into the Avengers poster 😂🦸 (everyone approved their character first, priorities)"""),
("N", "fr", FB, RS, [HAR], """On devrait tous aller attendre l'arbitre à la sortie du gymnase samedi, question qu'il comprenne comment on se sent."""),
("M", "fr", FB, RS, [], """🎙️ Balado : entrevue avec une arbitre de 17 ans qui raconte comment elle gère la pression des estrades. Inspirant, et un bon rappel pour les parents!"""),
("N", "en", FB, BQ, [CC], """My cousin's a lawyer and she told us at Thanksgiving that the mayor's son is her client in that hit-and-run on Route 112. She made us all promise not to tell 🤐"""),
("N", "en", FB, BQ, [], """My cousin's a lawyer and at Thanksgiving she refused to tell us one single thing about her work, no matter how much wine we poured 🤐 Respect."""),
("I", "fr", IG, BQ, [LOC, CC], """📍 Palais de justice de Sherbrooke, salle 4 : on attend le verdict de ma cliente, la prof accusée de voies de fait 🤞 #avocate"""),
("L", "en", FB, BQ, [DISP], """Funny how the colleagues who criticize my ads are the same ones who haven't signed a new client since 2015 🙂"""),
("L", "en", FB, BQ, [], """Thanks to the colleagues who flagged that my ad said "guaranteed results." You're right, it shouldn't have. It's fixed, and I appreciate that you told me directly."""),
("M", "en", FB, BQ, [MIS], """⏰ LAST CHANCE ⏰ Our "Beat Any Ticket" package: we've NEVER lost. Zero points, zero fines, 100% guaranteed. Only 3 spots left this month!"""),
("L", "en", FB, BQ, [ADV], """@[[PERSON:Anika]] your lease is valid even though it's in English. Since your landlord refused to fix the heat, you can legally stop paying rent until he does. Keep the money aside."""),
("K", "en", FB, BQ, [], """Is a lease written in English valid in Quebec? My landlord gave me one in English only. I just want to understand the general rule, nothing's wrong yet!"""),
("H", "fr", FB, SH, [SURV], """En 1997, à la maison, on a hébergé la femme du propriétaire de l'hôtel de Percé. Tout le village le sait astheure, fait que je peux ben le dire. Elle m'a écrit l'an passé, elle va bien ❤️"""),
("N", "fr", FB, SH, [CONS], """C'est-tu [[PERSON:Nathalie]], l'intervenante de la maison, sur ta photo de party? Je la reconnais! Tag-la!"""),
("I", "en", IG, SH, [PRIV], """carpooling to the shelter's residents-only spa day next Sunday at Strøm on Nuns' Island, 9am 🧖‍♀️ if any volunteers need a ride lmk"""),
("I", "en", IG, SH, [], """helped pack 80 self-care kits for a shelter spa day 🧖‍♀️ no details on where or when (that's the residents' business) but the lavender sugar scrub smelled amazing"""),
("L", "fr", FB, CI, [CONS], """Pour répondre à ceux qui demandent qui s'occupe des jeunes la nuit chez nous : c'est [[PERSON:Réal Poirier]], un homme en or."""),
("L", "fr", FB, CI, [], """Pour répondre à ceux qui demandent qui s'occupe des jeunes la nuit : une personne formée, toujours présente. On ne nomme pas notre personnel ici, par respect pour eux."""),
("O", "en", FB, CI, [CONF], """Confession: our RTF got the new per-diem rates before they're announced. $12 less per day per kid. Screenshot in the comments."""),
("N", "en", FB, CI, [CHILD], """isn't that little [[PERSON:Jayden]] from the group home in Gaspé? his mom used to work at the IGA, right? poor thing 💔"""),
("J", "fr", FB, CI, [HAR], """Message du comité : on a la liste des employés qui ont signé le rapport contre la ressource de Nouvelle. On va la publier si la direction recule pas."""),
("M", "en", FB, CI, [], """Live from the foster families' association annual meeting 📍 Motion passed to ask the CISSS for more respite funding. Great turnout, and a reminder from the chair: no photos of the kids' drawings on the wall, please!"""),
]

if __name__ == "__main__":
    build(14, POSTS)
