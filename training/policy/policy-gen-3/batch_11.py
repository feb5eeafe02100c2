"""policy-gen-3 batch 11 — source with inline entity markers. Run: python3 batch_02.py"""
from common import build

BQ, LF, RS, SH, CI = "barreau-qc", "law-firm", "rseq-monteregie", "shelter", "cisss-gaspesie"
CC, LOC, DISP, ADV, MIS, TEST = ("CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE", "DISPARAGEMENT",
                                  "PERSONALIZED_LEGAL_ADVICE", "MISLEADING_ADVERTISING", "TESTIMONIAL_SOLICITATION")
SURV, PRIV, CONS, CHILD, CONF, HAR = ("SURVIVOR_IDENTIFICATION", "PRIVATE_EVENT_DISCLOSURE", "CONSENT_REQUIRED",
                                      "CHILD_PROTECTION_IDENTIFICATION", "CONFIDENTIAL_INFORMATION", "HARASSMENT")
FB, LI, IG = "facebook", "linkedin", "instagram"

POSTS = [
("O", "en", FB, SH, [PRIV], """Confession: I run the kitchen at a shelter and the residents' Christmas brunch is at the Lions Club hall on Dec 22 at 10 am. I'm making twelve dozen cinnamon rolls 😭"""),
("O", "en", FB, SH, [], """Confession: I run the kitchen at a shelter and I've made twelve dozen cinnamon rolls this week. Nobody will ever know where I work or who I feed, and that's exactly how it should be 😭"""),
("K", "en", FB, SH, [SURV, LOC], """I'm a newcomer and my neighbour [[PERSON:Rania]] told me she's hiding from her husband in a shelter in Montréal-Nord. How can I bring her things without him finding out? He keeps asking me where she is."""),
("K", "en", FB, SH, [], """I'm a newcomer. How do shelters in Quebec help women who don't speak French? Is interpretation available? Asking so I can share the info with our settlement group."""),
("L", "en", FB, SH, [CONS, LOC], """You say nobody answered? [[PERSON:Beth]] was on the desk that night at our house on rue Fleury and she logged every single call."""),
("L", "en", FB, SH, [], """We're sorry you had trouble reaching us. Our line is staffed 24/7, but calls can queue at peak times. We've shared your feedback with the team, without names, and we're reviewing how calls are routed."""),
("M", "en", IG, SH, [CONS], """📸 Photo dump from the #16Days panel! Our intervenor [[PERSON:Keisha Brown]] on stage, our volunteers backstage, and me trying very hard not to cry."""),
("N", "en", FB, SH, [], """Great article about the 16 Days of Activism. Everyone should read the part about why shelters keep their locations confidential. Shared!"""),
("I", "en", IG, SH, [SURV], """new girl at school is living at the women's shelter with her mom, she told me in gym 🥺 [[PERSON:Zoe]] if ur reading this ur not alone"""),
("L", "en", FB, BQ, [CC], """To the person commenting "shameful" under our post: yes, we represent the man accused in the Brossard arson case, because everyone deserves a defence. And for the record, he didn't do it, and the police know who did."""),
("L", "en", FB, BQ, [], """To the person commenting "shameful": everyone accused of a crime is entitled to a defence. That's a principle of our justice system, not an endorsement. We don't discuss specific cases here."""),
("M", "en", FB, BQ, [MIS], """Top 5 SECRETS to win your divorce (your ex's lawyer won't tell you #2 😱) Download our free guide, winning guaranteed if you follow all five!"""),
("M", "en", FB, BQ, [], """Free guide: "Five things to gather before your first divorce consultation." A practical checklist, general information only, and no promises about outcomes."""),
("I", "en", IG, BQ, [LOC, CC], """📍 Gatineau courthouse, waiting for the verdict in my first solo trial. my client's mom brought me a muffin 🥹 #lawyerlife"""),
("N", "en", FB, BQ, [DISP], """My daughter's a lawyer and she says the new judge in Joliette is a total idiot who should never have been appointed. Figures."""),
("L", "en", FB, BQ, [TEST], """Retiring next month! 🎉 If I ever helped you over these 30 years, please leave a few words on the firm's page so my successor starts on the right foot 🙏"""),
("K", "en", FB, BQ, [], """Quick question: is it true that in Quebec the losing side doesn't pay the other side's lawyer, like in the US? I keep reading different things. General info appreciated!"""),
("L", "en", FB, BQ, [ADV], """@[[PERSON:Greg]] you don't need a lawyer for that. Give the tenant an eviction notice tomorrow, change the locks when he's out and put his stuff in storage. Totally legal when he's three months behind."""),
("O", "en", FB, LF, [CC], """Confession from a legal assistant: the chef from that cooking show everyone watches is divorcing his wife and our office has all the texts. They are WILD."""),
("H", "en", FB, LF, [DISP], """Retired now, so I'll say it: my last firm's managing partner was a spineless bean counter and half the associates were too lazy to read a file to the end."""),
("H", "en", FB, LF, [], """Retired now, so I'll say it: I loved my last firm. Not every day, not every partners' meeting, but the people were decent and the coffee was free."""),
("M", "en", LI, LF, [ADV], """Webinar Q&A recap: to the attendee who asked about her father's estate in Laval, since you're the only one who visited him, just take the car and the jewellery before the notary meeting. Nobody will contest it."""),
("M", "en", LI, LF, [], """Webinar Q&A recap: many of you asked about estates. General rule: don't remove property from an estate before it's settled, and speak with the liquidator or a notary first. Individual questions? Book a consultation."""),
("N", "en", FB, LF, [], """Congrats to my son for passing the bar exam! 🎉 He asked me not to post his photo, so here's the cake instead."""),
("I", "en", IG, RS, [DISP], """imagine being Saint-Lambert and losing to us 25-6 😂 embarrassing, go home 🗑️"""),
("I", "en", IG, RS, [], """25-6 final 😅 gg to Saint-Lambert, they never gave up. see u at the spring tournament 🤝"""),
("N", "en", FB, RS, [HAR], """Posting the address of the ref from Sunday's game so parents can "talk to him": [[STREET_ADDRESS:455 rue des Pins]], Saint-Bruno. You're welcome."""),
("O", "en", FB, RS, [HAR], """Confession: a few of us sent the backup goalie anonymous messages every night telling him to quit. He finally did lol"""),
("J", "en", FB, RS, [], """Reminder from the athletics office: the RSEQ policy covers texts and emails too, not just social media. Insults, threats, impersonation and rumours can lead to sanctions, even if the post is deleted."""),
("N", "en", FB, CI, [CHILD], """Wait, so the [[PERSON:MacDonald]] kids from Gaspé are with your sister now?? because of their dad's drinking? 😢 give them a hug from me"""),
("N", "en", FB, CI, [], """Give your sister a hug from me! Fostering is such a generous thing to do 💛"""),
("L", "en", FB, CI, [CONS], """Since people asked: our home is run by me and [[PERSON:Dave]], and our relief worker [[PERSON:Shannon Lee]] is the one in the picture with the pumpkins."""),
("O", "en", FB, CI, [CONF], """Confession: I work admin at the CISSS and I've read the complaint file about the Carleton resource. It's way worse than what was in the paper."""),
("J", "en", FB, CI, [DISP], """Association bulletin: let's be honest, the current director of youth protection is an arrogant bureaucrat who couldn't care less about our kids."""),
("L", "en", FB, CI, [HAR], """To the anonymous person spreading lies about our home: I have a good idea who you are, and I know where your kids go to school too."""),
("K", "en", FB, CI, [], """We just moved to Sainte-Anne-des-Monts. My son's school sent home a report card and a flyer about a youth-protection information session for parents. Is that something all parents get? Sorry, still learning how things work here!"""),
("M", "en", LI, CI, [], """Conference live-post 📍 Session on article 11.2.1 of the Youth Protection Act: only a court can authorize publishing information that identifies a child under youth protection or the child's parents. Consent from the parent or the teen isn't enough. Important for foster families on Facebook!"""),
("I", "fr", IG, SH, [CONS], """selfie avec les intervenantes au party de fin d'année 🥳 @[[PERSON:julie]].b @[[PERSON:mag]].tremblay"""),
("N", "fr", FB, BQ, [], """Belle entrevue de l'avocate à la radio ce matin sur le droit au logement. Très clair, de l'information générale utile pour tout le monde."""),
("L", "fr", FB, CI, [], """Merci pour votre commentaire. On ne publie jamais de photo des jeunes, même de dos. La loi est claire là-dessus, et c'est pour leur protection."""),
]

if __name__ == "__main__":
    build(11, POSTS)
