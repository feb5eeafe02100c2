"""policy-gen-3 batch 06 — source with inline entity markers. Run: python3 batch_02.py"""
from common import build

BQ, LF, RS, SH, CI = "barreau-qc", "law-firm", "rseq-monteregie", "shelter", "cisss-gaspesie"
CC, LOC, DISP, ADV, MIS, TEST = ("CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE", "DISPARAGEMENT",
                                  "PERSONALIZED_LEGAL_ADVICE", "MISLEADING_ADVERTISING", "TESTIMONIAL_SOLICITATION")
SURV, PRIV, CONS, CHILD, CONF, HAR = ("SURVIVOR_IDENTIFICATION", "PRIVATE_EVENT_DISCLOSURE", "CONSENT_REQUIRED",
                                      "CHILD_PROTECTION_IDENTIFICATION", "CONFIDENTIAL_INFORMATION", "HARASSMENT")
FB, LI, IG = "facebook", "linkedin", "instagram"

POSTS = [
("M", "en", LI, BQ, [], """Live-posting from the legal-tech day 🧵
1/ Morning panel on generative AI in practice. Consensus: useful for first drafts, dangerous for anything confidential. Never paste client information into a public tool.
2/ The deontology speaker reminded us the duty of discretion applies online exactly as it does at the office. Even "working late on a big file for a famous client 😉" can say too much.
3/ Afternoon: plain-language contracts. Great examples from published consumer-protection decisions.
4/ Slides will be on the organizers' website next week. Thanks to the volunteers who ran the room all day!"""),
("L", "en", LI, BQ, [CC], """Proud of our team 🎉 We just closed the sale of a family-owned maple syrup producer in Beauce to a US buyer, and the two founding brothers can finally retire. Deal value stays confidential 😉 #M&A"""),
("L", "en", LI, BQ, [], """Proud of our team 🎉 As announced in the buyer's press release this morning, we acted as its counsel on the acquisition. With the client's authorization, we can say it was a pleasure to work on. #M&A"""),
("L", "fr", LI, BQ, [TEST], """Votre opinion compte! 💙 Si notre équipe vous a accompagné cette année, partagez votre expérience en commentaire : ça aide d'autres familles à nous trouver."""),
("K", "en", FB, BQ, [], """Is it normal that lawyers here won't give advice on Facebook? I asked a question in a group and two lawyers replied they could only give "general legal information". In the UK people just answered. Not complaining, just trying to understand the culture!"""),
("M", "en", LI, BQ, [MIS], """🚨 Don't sign ANYTHING until you watch this. Lawyers hate that I'm sharing it. 100% success rate in small claims since 2019. Link in comments 👇"""),
("O", "en", FB, BQ, [CC], """Confession: I'm a lawyer and my neighbour is my client. Every time I see her husband mowing the lawn on Saturday morning I think "buddy, you have no idea what the bailiff is bringing you Monday.\""""),
("H", "en", FB, BQ, [], """Fifty years since I was called to the bar. To the young ones: you'll lose cases you should have won. Learn from it, call a mentor, go for a walk. Just don't post about it 😉"""),
("I", "fr", IG, BQ, [LOC, CC], """une autre journée à la prison d'Orsainville avec mon client préféré 🙃 on se revoit au procès en mars mon chum #viedestagiaire"""),
("L", "fr", FB, BQ, [ADV], """Monsieur, dans votre situation, ne vous présentez pas à l'audience du 12. Ça va reporter le dossier et vous faire gagner du temps pour vendre la maison avant."""),
("L", "fr", FB, BQ, [], """Monsieur, de façon générale, ne pas se présenter à une audience peut avoir des conséquences graves, comme un jugement rendu en votre absence. Parlez-en à un avocat avant la date, l'aide juridique peut peut-être vous aider."""),
("M", "en", LI, LF, [CC], """In today's webinar I'll share the actual emails from my client's former CEO that won us the case. Names redacted, but the Gatineau tech crowd will know exactly who it is 😅 Register below!"""),
("M", "en", LI, LF, [], """In today's webinar I'll walk through how courts treat email evidence in employment cases, using published decisions only. No client stories, just the case law. Register below!"""),
("L", "fr", FB, LF, [DISP], """À la cliente qui m'a laissé une étoile : vous êtes exactement le genre de personne qui rend ce métier épuisant. Bonne chance avec votre prochain avocat, il va en avoir besoin."""),
("L", "fr", FB, LF, [], """Merci d'avoir pris le temps d'écrire. Votre message me fait réfléchir à la façon dont on explique nos honoraires dès le départ, et on va améliorer notre lettre de mandat. Je ne commenterai pas votre dossier ici, mais ma porte reste ouverte."""),
("N", "en", FB, LF, [ADV], """My brother's a lawyer and he said to tell you: don't give the insurance adjuster a recorded statement, and only send them the photos after they make you an offer. And don't accept the first one."""),
("H", "en", FB, LF, [], """Great to see the McGill law class of '79 at the reunion last night! Photos are shared with everyone's OK. Forty-five years later, still arguing about the same moot court problem 😂"""),
("I", "en", IG, RS, [HAR], """someone should tell the new girl on our team she's not welcome 🙂 just saying. if she shows up tmrw we're all sitting somewhere else at lunch, pass it on"""),
("I", "en", IG, RS, [], """the new girl on our team is SO good omg 🏐💛 welcome to the fam, can't wait for the season"""),
("N", "fr", FB, RS, [DISP], """L'entraîneur de mon gars, c'est un gros lâche. Même pas capable de me regarder dans les yeux quand il l'a coupé de l'équipe."""),
("J", "fr", FB, RS, [], """Extrait du bulletin du personnel : une personne qui croit que l'activité d'un membre sur les médias sociaux est inappropriée devrait signaler le cas au RSEQ Montérégie. Le formulaire est sur le site. Supprimer une publication ne dispense pas des sanctions."""),
("N", "en", FB, RS, [HAR], """Hey coach [[PERSON:Dan]], since you won't answer my emails, I'll just keep posting here every day until you put my daughter back in the starting lineup. Everyone, feel free to tag him 👇"""),
("I", "fr", IG, RS, [DISP], """regardez la face du gardien de Boucherville quand on a compté 😂😂 j'ai mis la musique de cirque sur le ralenti, c'est trop"""),
("I", "fr", IG, RS, [], """regardez le but d'[[PERSON:Émile]] en prolongation 😱🔥 (vidéo partagée avec sa permission, il a dit oui avant même que je finisse ma question)"""),
("J", "en", FB, SH, [PRIV], """Volunteer reminder: the next survivors' art-therapy session is Wednesday at 2 pm in room B of the Arts Centre. Volunteers, please arrive at 1:30 to set up."""),
("J", "en", FB, SH, [], """Volunteer reminder: orientation for new volunteers is Wednesday at 2 pm at our public office. If you need the address, email the volunteer coordinator."""),
("K", "en", FB, SH, [SURV], """My coworker hasn't come to work in 2 weeks and I heard she's at a women's shelter because of her husband. Her name is [[PERSON:Carla Mendes]], she works the morning shift at the Tim Hortons on Sherbrooke. Can I send her a card through the shelter?"""),
("K", "en", FB, SH, [], """How can I support a coworker who might be experiencing domestic violence? I'm new to Quebec and don't know the resources here. I don't want to push her, just be there."""),
("I", "en", IG, SH, [CONS], """holiday party dance with the shelter staff 😂💃 @[[PERSON:vero]].intervenante absolutely killed it, video in my story"""),
("H", "fr", FB, SH, [LOC], """Après 25 ans, notre maison d'hébergement déménage! Fini la vieille maison jaune du rang 4 à Saint-Cyrille, bonjour les beaux locaux neufs derrière l'aréna. J'en ai les larmes aux yeux."""),
("M", "fr", FB, SH, [], """Conférence publique gratuite sur la violence post-séparation, jeudi 19 h à la bibliothèque centrale. Animée par une chercheuse de l'UQAM. Bienvenue à toutes et à tous!"""),
("N", "fr", FB, SH, [SURV], """[[PERSON:Mélanie]], on a appris que t'étais rendue en maison d'hébergement avec les enfants. Toute la famille pense à toi ❤️ Appelle ta mère quand tu peux."""),
("L", "en", FB, CI, [CHILD], """Yes, I'm the foster mom of the little boy whose dad was on the news for the Matane pharmacy robbery. No, you can't "just drop by to see him." Please stop messaging me."""),
("L", "en", FB, CI, [], """No, I won't discuss the children in my care, and please stop asking in the comments. That's the law, and it's there to protect them."""),
("J", "fr", FB, CI, [CONS], """Félicitations à nos responsables de ressource de l'année, [[PERSON:Denis]] et [[PERSON:Micheline Cyr]] de Cap-Chat 🏆 Photo de la remise ci-dessous!"""),
("J", "fr", FB, CI, [], """Félicitations à nos responsables de ressource de l'année, [[PERSON:Denis]] et [[PERSON:Micheline Cyr]] 🏆 Ils nous ont donné leur autorisation écrite pour la photo et la publication. Merci pour votre engagement!"""),
("O", "en", FB, CI, [CONF], """Confession: the CISSS is about to end its contracts with two RTFs in Chandler because of the last inspection results, and the families haven't been told yet."""),
("N", "fr", FB, CI, [DISP], """Ha ben la travailleuse sociale qui a écrit ça, elle sait même pas écrire « enfant » comme du monde 🤣 pis c'est elle qui décide pour nos jeunes"""),
("I", "en", IG, CI, [HAR], """screenshotting every post of the youth worker who got me moved 📸 she has no idea what's coming 😈"""),
("K", "en", FB, CI, [], """How do you make a formal complaint about a CISSS service in English? Not about anyone specific, I just want to know the process. Thanks!"""),
("N", "en", FB, CI, [CHILD], """Happy 8th birthday to our foster angel [[PERSON:Lily]] 🎂 [[DATE_OF_BIRTH:born Dec 2, 2018]], with us since her mom went to rehab in Gaspé. We love you sweet girl!"""),
("N", "en", FB, CI, [], """Happy birthday to my niece 🎂 8 years old today and already bossier than her mother. Love you to the moon!"""),
("N", "fr", FB, CI, [], """Tellement fière de ma fille qui commence son stage en travail social au CISSS lundi! Ça fait 3 ans qu'elle en parle. Bonne chance ma grande ❤️"""),
]

if __name__ == "__main__":
    build(6, POSTS)
