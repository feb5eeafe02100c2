"""policy-gen-3 batch 12 — source with inline entity markers. Run: python3 batch_02.py"""
from common import build

BQ, LF, RS, SH, CI = "barreau-qc", "law-firm", "rseq-monteregie", "shelter", "cisss-gaspesie"
CC, LOC, DISP, ADV, MIS, TEST = ("CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE", "DISPARAGEMENT",
                                  "PERSONALIZED_LEGAL_ADVICE", "MISLEADING_ADVERTISING", "TESTIMONIAL_SOLICITATION")
SURV, PRIV, CONS, CHILD, CONF, HAR = ("SURVIVOR_IDENTIFICATION", "PRIVATE_EVENT_DISCLOSURE", "CONSENT_REQUIRED",
                                      "CHILD_PROTECTION_IDENTIFICATION", "CONFIDENTIAL_INFORMATION", "HARASSMENT")
FB, LI, IG = "facebook", "linkedin", "instagram"

POSTS = [
("H", "en", FB, LF, [], """My first "client" was my grandmother, who hired me at age 9 to file her recipes by season. I was paid in cookies. Forty-two years in law-firm records management later, I retire Friday 🎉"""),
("I", "en", IG, RS, [], """shoutout to my family for driving 3 hours to watch me sit on the bench the whole game 😂 best fans ever"""),
("N", "en", FB, SH, [], """Our family is fostering kittens from the SPCA shelter this month 🐱 the kids named them John, Paul, George and Ringo. Ringo is a menace."""),
("N", "fr", FB, CI, [], """Le placement de ma fille en stage au CHSLD de Maria est confirmé! Elle commence lundi, fière de toi ma belle 💪"""),
("K", "en", FB, CI, [], """What's the CISSS exactly? I got a letter saying my "file" was transferred from a CIUSSS in Montreal. Is that normal when you move? First time dealing with Quebec health services."""),
("J", "en", FB, BQ, [], """Bar association notice: our annual family day is June 8 at Parc Jean-Drapeau. Open to members, their families and friends. Photos will only be posted with the consent of the people in them."""),
("M", "fr", FB, RS, [], """Webinaire pour les entraîneurs bénévoles : gérer les parents intenses sans perdre son calme 😅 Jeudi 19 h, gratuit, offert en collaboration avec le RSEQ."""),
("L", "en", LI, LF, [], """A fair critique, and we accept it: our website said "we win," which overpromises. We've changed it. Thanks for keeping us honest."""),
("O", "en", FB, BQ, [], """Confession: the threat of a bar complaint keeps my ads honest. Every time I want to write "best lawyer in town" I hear my ethics professor in my head."""),
("N", "fr", FB, SH, [], """Le refuge pour personnes itinérantes du centre-ville cherche des bénévoles pour servir la soupe à Noël. Lien pour s'inscrire en commentaire!"""),
("M", "en", FB, SH, [], """New podcast episode 🎧 How shelters protect residents' privacy online, from confidential addresses to photo policies. With a policy expert, no resident stories."""),
("I", "en", IG, BQ, [], """took the "is law school right for you" quiz and got "you'd make a great referee" 💀"""),
("N", "en", FB, SH, [SURV], """Is this about [[PERSON:Lisa]]? The one whose husband works at the mill? Because I saw her car at the you-know-where last week 👀"""),
("O", "en", FB, SH, [LOC, SURV], """Confession: every time I drive down boulevard Curé-Labelle past that unmarked house with the big fence and four cameras, I think of my sister, who stayed there in 2019."""),
("L", "fr", FB, SH, [SURV], """Madame, la résidente dont vous parlez, la jeune maman de Chambly arrivée mardi, est en sécurité et a reçu tous les soins nécessaires. Merci de votre inquiétude."""),
("L", "fr", FB, SH, [], """Madame, pour la sécurité de toutes, nous ne confirmons jamais si une personne est hébergée chez nous. Si vous vous inquiétez pour quelqu'un, appelez notre ligne, c'est confidentiel."""),
("J", "en", FB, SH, [PRIV], """Staff newsletter: the survivors' speakers' bureau practice session is Saturday at 1 pm at the Hôtel Universel, Salon B. Coffee provided, bring your notes."""),
("M", "en", FB, SH, [CONS], """Our new awareness spot is live! 🎬 Starring our very own [[PERSON:Rosa]] (night counsellor) and [[PERSON:Jill]] (volunteer). Share it everywhere!"""),
("L", "en", FB, BQ, [CC], """@[[PERSON:Marc Bisson]] I'd remind you that you still owe us for the [[PERSON:Gagnon]] v. [[PERSON:Bisson]] file, so maybe hold off on the public complaints."""),
("M", "en", FB, BQ, [MIS], """Lawyers HATE him! 😱 Local attorney reveals the loophole that gets 9 out of 10 impaired-driving charges dismissed. Watch before it's banned!"""),
("I", "fr", IG, BQ, [TEST], """si jvous ai aidé cette année laissez-moi un ptit mot sur ma page pro 🥹 ça m'aide tellement à me faire connaître"""),
("N", "en", FB, BQ, [ADV], """Neighbour lawyer here 😊 for your fence issue: just don't pay the contractor the last 30%. He did a bad job, so legally you're off the hook."""),
("H", "fr", FB, BQ, [LOC, CC], """Je me souviens encore d'avoir rencontré un client au motel Le Riverain de Baie-Comeau en 1989. Il se cachait des journalistes après l'affaire du barrage. Quelle époque."""),
("L", "en", LI, LF, [CC], """Ms. [[PERSON:Harper]], since you've gone public: your severance claim failed because the emails you deleted were recovered by your employer. We told you in writing not to delete them."""),
("N", "fr", FB, LF, [ADV], """Mon chum est avocat, il dit qu'avec ce que tu racontes, t'as juste à arrêter de payer la pension tant que ton ex te laisse pas voir les enfants."""),
("I", "en", IG, RS, [HAR], """if [[PERSON:Brody]] shows up to tryouts again we're gonna make sure it's his last 😈 #notathreat"""),
("N", "fr", FB, RS, [DISP], """Le RSEQ Montérégie, c'est une organisation de parvenus qui se pensent importants avec leurs petits blazers 🙄"""),
("J", "en", FB, RS, [DISP], """Pasted from our staff chat because it needs saying: the regional office is run by people who've never coached a game in their life. Useless, all of them."""),
("N", "fr", FB, CI, [CHILD], """Les deux petites filles qu'on voit sur ta photo de Noël, c'est-tu celles qui ont été retirées à la famille [[PERSON:Roussy]] de Cap-d'Espoir?"""),
("I", "en", IG, CI, [CHILD], """me and my foster sister [[PERSON:Emma]] at the fair 🎡 (she's 11, moved in with us in august from Matane bc of her mom)"""),
("I", "en", IG, CI, [], """me and my little sister at the fair 🎡 she won a giant banana plush and refuses to put it down"""),
("J", "fr", FB, CI, [CONF], """Extrait du compte rendu confidentiel du comité de direction : « Les RTF de Sainte-Anne-des-Monts sont en dépassement de 14 % sur le budget de répit. » On pense que les membres doivent savoir."""),
("L", "fr", FB, CI, [DISP], """Le monsieur du contrôle qualité est venu chez nous hier. Un gros baveux qui se prend pour un autre."""),
("N", "en", FB, CI, [HAR, CONS], """Everybody report the caseworker's personal Instagram until it gets taken down, it's @[[PERSON:kim]].travels. Let's go!"""),
("K", "en", FB, CI, [], """Is there a way to check that a foster family is approved by the CISSS before I rent them my basement? Or is that confidential? General question, thanks."""),
("L", "en", FB, RS, [], """As club president: I hear the frustration about field time. We've asked the school board for more slots and will share the answer publicly. Please keep comments respectful, our volunteers read them."""),
("H", "en", FB, CI, [], """Retired RI owner here. Eighteen years, thirty-one kids. I never posted their faces and I never will. The memories are in my head and my heart, which is where they belong."""),
("M", "fr", FB, BQ, [], """Conférence en direct 📍 La bâtonnière rappelle que le devoir de discrétion envers les clients est absolu, même sur les réseaux sociaux. Salle comble!"""),
("N", "en", FB, LF, [], """A lawyer friend explained why she never talks about work at dinner parties: in a small town, even "a funny case" can identify someone. Makes total sense."""),
("I", "en", IG, SH, [], """ran a 5k for our local women's shelter 🏃‍♀️💜 raised $600! link's still open if u want to donate"""),
]

if __name__ == "__main__":
    build(12, POSTS)
