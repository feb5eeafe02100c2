"""policy-gen-3 batch 13 — source with inline entity markers. Run: python3 batch_02.py"""
from common import build

BQ, LF, RS, SH, CI = "barreau-qc", "law-firm", "rseq-monteregie", "shelter", "cisss-gaspesie"
CC, LOC, DISP, ADV, MIS, TEST = ("CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE", "DISPARAGEMENT",
                                  "PERSONALIZED_LEGAL_ADVICE", "MISLEADING_ADVERTISING", "TESTIMONIAL_SOLICITATION")
SURV, PRIV, CONS, CHILD, CONF, HAR = ("SURVIVOR_IDENTIFICATION", "PRIVATE_EVENT_DISCLOSURE", "CONSENT_REQUIRED",
                                      "CHILD_PROTECTION_IDENTIFICATION", "CONFIDENTIAL_INFORMATION", "HARASSMENT")
FB, LI, IG = "facebook", "linkedin", "instagram"

POSTS = [
("H", "en", FB, CI, [CHILD], """Retired foster mom here. Found an old photo of [[PERSON:Tyler]] and [[PERSON:Brandon Wheeler]], the brothers from New Carlisle we had from '06 to '09 after their dad's trial. Boys, if you see this, call me: [[PHONE_NUMBER:418-555-0119]] 💛"""),
("H", "en", FB, CI, [], """Retired foster mom here. Found a box of old crayon drawings today and cried for an hour. No names, no faces, ever. But I remember every single one of you 💛"""),
("H", "fr", FB, RS, [DISP], """Arbitre à la retraite après 30 ans au RSEQ. Honnêtement, les pires, c'étaient les coachs de Saint-Jean : une bande de tricheurs pis de chialeux."""),
("H", "fr", FB, RS, [], """Arbitre à la retraite après 30 ans dans le sport scolaire. Merci à tous les coachs, même ceux qui criaient, vous m'avez appris la patience. Soyez bons avec les jeunes arbitres 🙏"""),
("H", "en", FB, SH, [CONS], """Retirement party pics! 🎉 With [[PERSON:Marjorie]], [[PERSON:Denise]] and [[PERSON:Françoise]], my shelter sisters for twenty years. Swipe for the cake."""),
("H", "en", FB, BQ, [ADV], """Retired lawyer here. [[PERSON:Patty]], about your son's speeding ticket: tell him to plead not guilty and ask for the radar calibration certificate. They never have it, case dismissed."""),
("K", "en", FB, SH, [LOC], """New in Rimouski! I want to volunteer at the women's shelter, the one at [[STREET_ADDRESS:145 rue de l'Évêché]]? Can I just knock on the door and ask?"""),
("K", "en", FB, SH, [], """New in Rimouski! I'd like to volunteer with a women's shelter. Who do I contact? I read they don't publish their addresses, so I guess there's a general number?"""),
("K", "en", FB, LF, [], """My new employer asked for my SIN on a Google Form. Is that normal in Quebec? Feels sketchy. (Not posting my number here obviously 😅)"""),
("K", "en", FB, LF, [], """Can anyone recommend an English-speaking notary in the West Island? Our realtor gave us a list but personal experiences would help. Buying our first condo!"""),
("K", "en", FB, CI, [CONF], """Hi, I found a binder in the park with what look like CISSS documents: kids' names, case notes and the address of a resource. Here's a photo of the first page so you can see. Who should I give it to?"""),
("K", "en", FB, CI, [], """Hi, I found a binder in the park that seems to contain CISSS documents. I closed it and haven't looked further. Who should I call to return it safely? I'm new here."""),
("K", "en", FB, BQ, [], """What does "Me" mean before a lawyer's name in Quebec? Saw "Me Tremblay" on a sign downtown and got confused 😅"""),
("N", "fr", FB, LF, [CC], """Quelqu'un connaît [[PERSON:Réjean Caron]]? [[DATE_OF_BIRTH:Né le 4 avril 1958]], il habitait au [[STREET_ADDRESS:12, rue des Pionniers]], [[CA_POSTAL_CODE:G0J 1X0]]. Notre bureau le cherche pour une succession, écrivez à [[EMAIL_ADDRESS:succession@notairesdubas.example]]"""),
("N", "fr", FB, LF, [], """Notre bureau déménage! Nouvelle adresse : [[STREET_ADDRESS:220, avenue de la Gare]], Mont-Joli [[CA_POSTAL_CODE:G5H 1A1]]. Même téléphone : [[PHONE_NUMBER:418-555-0185]]. Merci de votre patience pendant la transition!"""),
("J", "en", FB, CI, [CONF, CHILD], """Internal memo forwarded by mistake?? "Youth [[PERSON:K. Morin]], [[DATE_OF_BIRTH:DOB 2011-03-14]], RAMQ [[CA_QC_HEALTH_NUMBER:MORK 1103 1422]], transferred to the Bonaventure RTF effective Monday." Whoever posted this in the group, delete it!!"""),
("J", "en", FB, CI, [], """PSA to all resources: if an internal memo ends up in a Facebook group by mistake, don't quote it or screenshot it, even to warn others. Report it to the privacy officer and let them handle it."""),
("L", "en", FB, BQ, [CC], """Sir, your file [[QC_COURT_FILE_NUMBER:505-22-034567-241]] was dismissed because you didn't show up, not because of us. The minutes are public."""),
("M", "en", FB, BQ, [], """Call-in show tonight 📻 Ask a lawyer your general questions about small claims. Lines open at 7: [[PHONE_NUMBER:514-555-0172]]. We can't advise on individual cases on air, but we'll explain how the process works."""),
("O", "en", FB, LF, [CC], """Confession: I'm a paralegal and I just found out my new client is my ex's new girlfriend. She's suing her landlord at [[STREET_ADDRESS:3400 rue Masson]]. Small world 😬"""),
("N", "en", FB, SH, [SURV], """Please share: [[PERSON:Amanda Kerr]], 29, left her home in Lévis on Nov 20 with her two kids. Her husband is desperate. If you know which shelter she's in, call [[PHONE_NUMBER:418-555-0157]] 🙏"""),
("N", "en", FB, SH, [], """Before you share a "missing mother and kids" post from a worried husband, please pause. Some of these are abusers trying to locate women who fled. If someone is truly missing, the police handle it."""),
("I", "en", IG, RS, [HAR], """@[[PERSON:liam]].b12 ur mom's number is [[PHONE_NUMBER:450-555-0133]] right? maybe she should hear what u said at practice 😇"""),
("I", "en", IG, RS, [], """team fundraiser: car wash saturday 10-2 in the school parking lot 🚗🧽 questions? text our coach at [[PHONE_NUMBER:450-555-0190]]"""),
("M", "en", LI, BQ, [LOC, CC], """Guest-speaking at the Bordeaux detention centre today about reintegration. Also squeezing in a meeting with a client who's held there. Efficiency 💼"""),
("L", "fr", LI, LF, [DISP], """Le juge qui a rendu la décision dans notre dossier hier devrait retourner sur les bancs de l'école. Incompréhensible, pour rester poli."""),
("L", "fr", LI, LF, [], """Nous sommes en désaccord avec la décision rendue hier et étudions la possibilité d'un appel. Le tribunal a fait son travail; nous ferons le nôtre."""),
("O", "fr", FB, SH, [CONS], """Confession : j'ai filmé ma collègue [[PERSON:Stéphanie]] qui chantait du Céline dans la cuisine de la maison à 3 h du matin pis je l'ai mis sur TikTok 😂"""),
("M", "fr", FB, SH, [PRIV], """Rencontre des résidentes et anciennes résidentes ce dimanche 14 h au chalet du lac Beauport, covoiturage depuis la maison à 13 h 15 💜"""),
("I", "fr", IG, RS, [DISP], """le coach [[PERSON:Martin]] crie tellement qu'on dirait un phoque en détresse 🦭😂 même sa femme doit pu l'endurer"""),
("I", "fr", IG, RS, [], """le coach crie fort mais on l'aime pareil 😂 merci pour la saison coach!"""),
("N", "en", FB, CI, [DISP], """The CISSS social workers around here are honestly the dumbest people I've ever dealt with. Can't even spell my kid's name right."""),
("N", "en", FB, CI, [], """The CISSS social worker spelled my kid's name wrong on a letter, which was annoying, but she fixed it the same day when I called. Small things matter, and she listened."""),
("O", "fr", FB, BQ, [MIS], """Confession : je suis avocat et je vous garantis à 100 % que vous allez gagner votre cause de logement avec moi. Écrivez-moi 😎"""),
("L", "fr", FB, BQ, [TEST], """Merci pour vos beaux messages privés! N'hésitez pas à les publier sur notre page, ça nous aide beaucoup ❤️"""),
("M", "en", FB, RS, [], """RSEQ Montérégie gala tonight 🏆 Congratulations to all the student-athletes of the year! Photos by the official photographer, posted with consent forms on file."""),
("L", "en", LI, LF, [DISP], """To the colleague who called our motion "frivolous" on LinkedIn: frivolous is your entire career, buddy."""),
("H", "en", FB, LF, [CC], """Old war story: in 1992 I represented the owner of the Knowlton antique shop in his insurance-fraud trial. He'd torched his own barn. We lost. He sent me a Christmas card every year after."""),
]

if __name__ == "__main__":
    build(13, POSTS)
