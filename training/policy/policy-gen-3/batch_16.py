"""policy-gen-3 batch 16 — source with inline entity markers. Run: python3 batch_02.py"""
from common import build

BQ, LF, RS, SH, CI = "barreau-qc", "law-firm", "rseq-monteregie", "shelter", "cisss-gaspesie"
CC, LOC, DISP, ADV, MIS, TEST = ("CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE", "DISPARAGEMENT",
                                  "PERSONALIZED_LEGAL_ADVICE", "MISLEADING_ADVERTISING", "TESTIMONIAL_SOLICITATION")
SURV, PRIV, CONS, CHILD, CONF, HAR = ("SURVIVOR_IDENTIFICATION", "PRIVATE_EVENT_DISCLOSURE", "CONSENT_REQUIRED",
                                      "CHILD_PROTECTION_IDENTIFICATION", "CONFIDENTIAL_INFORMATION", "HARASSMENT")
FB, LI, IG = "facebook", "linkedin", "instagram"

POSTS = [
("I", "en", IG, BQ, [CC], """just accepted a friend request from my client [[PERSON:Marco]] 😅 hope the judge doesn't mind lol #lawyerproblems"""),
("I", "en", IG, BQ, [], """policy reminder for myself and everyone asking: I don't accept friend requests from clients 😅 nothing personal! message the office instead #lawyerproblems"""),
("L", "en", FB, BQ, [TEST], """Screenshot of the nicest text I got from a client this week 🥹 "You saved my business and my marriage." Send me yours, I'll make a wall of them!"""),
("M", "en", IG, BQ, [LOC, CC], """Road trip to the Val-d'Or courthouse for my client's bail hearing 🚗 eight hours of driving for fifteen minutes of hearing. Worth it if he sleeps at home tonight."""),
("M", "en", IG, BQ, [], """Road trip to Val-d'Or to teach a public workshop on wills at the friendship centre 🚗 eight hours of driving, forty people in the room, totally worth it."""),
("N", "en", FB, LF, [ADV], """I work at a law firm, so trust me: in your case just stop answering the bailiff's calls. They can't seize anything if you don't sign."""),
("N", "en", FB, LF, [], """I work at a law firm, so I'll say the boring thing: I can't tell you what to do about a bailiff. Call legal aid or a lawyer, and don't ignore official papers, whatever else you do."""),
("L", "en", LI, LF, [], """Happy to share that our pro bono clinic is back every first Saturday at the public library! General legal information, no appointments needed, no files opened on the spot."""),
("H", "en", FB, LF, [DISP], """Thirty years of family law taught me one thing: most of my clients were children in grown-up bodies, and their exes were worse."""),
("I", "en", IG, RS, [DISP], """lol [[PERSON:Noah]] cried for his mommy after rolling his ankle 😭🍼 and he calls himself a captain"""),
("N", "en", FB, RS, [HAR], """Let's all spam the RSEQ page with 1-star reviews and comments until they reverse the suspension 😤 Every day. Tag your friends."""),
("N", "en", FB, RS, [], """Please read our letter to the RSEQ about the suspension. Respectfully, we think the process lacked transparency and we're asking for a review. No personal attacks in the comments, please."""),
("J", "fr", FB, RS, [], """Info du comité des entraîneurs : le RSEQ peut partager nos photos d'équipe, mais tout membre peut lui demander en tout temps de cesser cet engagement. Écrivez simplement au bureau régional."""),
("N", "fr", FB, RS, [DISP, HAR], """Paraît que la coach de Saint-Bruno se fait payer en dessous de la table par des parents pour faire jouer leurs enfants. Je dis ça de même, informez-vous."""),
("J", "en", FB, SH, [SURV, LOC], """Look at this sweet text one of our moms sent me after leaving 🥹 "Thank you for saving me and [[PERSON:Léo]]. We're in our new apartment in Beloeil now." This is why we do it 💜"""),
("J", "en", FB, SH, [], """A former resident allowed us to share this, with all details removed: "Thank you for believing me." Four words. This is why we do it 💜"""),
("I", "en", IG, SH, [PRIV], """yoga for the residents tomorrow 10am at Studio Lotus on Wellington 🧘‍♀️ I'm assisting, mats provided!"""),
("O", "en", FB, SH, [CONS], """Zoom screenshot from our shelter team meeting 😂 everyone in pajamas at 8 am, posting it because I love these women"""),
("O", "en", FB, SH, [], """Our shelter team meeting was at 8 am on Zoom and I'm pretty sure at least three of us were in pajamas 😂 no screenshot, you'll have to trust me"""),
("N", "fr", FB, CI, [CONS], """Bravo à [[PERSON:Ginette]], notre résidente de 82 ans à la RI, qui a gagné le tournoi de quilles! 🎳 Photo de sa victoire ci-dessous!"""),
("N", "en", FB, CI, [CHILD], """Our foster daughter's first day of school! 🎒 Grade 1 at École Notre-Dame in Gaspé. Her birth mom would be so proud of her."""),
("N", "en", FB, CI, [], """My daughter's first day of school! 🎒 Grade 1. She cried, I cried, the teacher probably cried too."""),
("O", "en", FB, CI, [CONF], """Posting the resource's schedule since the new relief staff keep asking: meds at 7, 12, 17 and 21, night check at 2 am, back door left unlocked for the 6 am shift."""),
("O", "en", FB, CI, [DISP], """Honestly, the night educator at our RI is a lazy slob who sleeps on the couch the whole shift."""),
("O", "en", FB, CI, [HAR, DISP], """Posting from a new account so they can't trace it: the RTF lady in Maria abuses the kids in her care. Tell everyone. I'll keep posting until she's gone."""),
("L", "en", FB, CI, [], """To those asking whether we'll respond to the anonymous accusations: we've referred them to the CISSS complaints commissioner, which is the right place for them. We won't debate them here."""),
("K", "en", FB, SH, [], """Newcomer here. What is the difference between a "maison d'hébergement" and a "refuge"? I keep seeing both words and my French isn't there yet 😅"""),
("L", "fr", LI, LF, [], """Réponse à un commentaire critique sur nos délais : vous avez raison, trois semaines pour un rappel, c'est trop. On a revu notre système de prise de messages. Merci de nous l'avoir dit franchement."""),
("M", "en", LI, LF, [CC], """Podcast ep. 12 🎧 "The $2M handshake": how our client, a Sherbrooke machine-shop owner, lost a contract because he never got it in writing, and how we clawed some of it back. Names changed, but locals will recognize the shop."""),
("M", "en", LI, LF, [], """Podcast ep. 12 🎧 "The handshake deal": why oral contracts are valid in Quebec but hard to prove, illustrated with published court decisions. No client stories, just law and good habits."""),
("H", "fr", FB, CI, [], """Retraitée du CISSS. J'ai vu des gens dire des horreurs sur les intervenantes dans les commentaires cette semaine. On peut critiquer le système, et on devrait, mais les personnes derrière font de leur mieux avec trop peu. Un peu de respect, svp."""),
("I", "fr", IG, SH, [], """bénévolat au comptoir de dons du centre-ville aujourd'hui 💜 on a trié 60 sacs de vêtements pour les maisons d'hébergement de la région, merci à tout le monde qui a donné!"""),
("N", "fr", FB, BQ, [], """Question d'actualité : l'avocate interviewée au téléjournal a expliqué ce qu'est une enquête préliminaire dans le procès médiatisé. C'était clair et général, ça fait du bien."""),
("J", "en", FB, BQ, [], """Young Bar notice: our mentorship program pairs new lawyers with experienced ones. Mentors and mentees agree before we post any names. Applications close March 1."""),
]

if __name__ == "__main__":
    build(16, POSTS)
