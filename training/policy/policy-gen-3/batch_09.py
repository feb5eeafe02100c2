"""policy-gen-3 batch 09 — source with inline entity markers. Run: python3 batch_02.py"""
from common import build

BQ, LF, RS, SH, CI = "barreau-qc", "law-firm", "rseq-monteregie", "shelter", "cisss-gaspesie"
CC, LOC, DISP, ADV, MIS, TEST = ("CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE", "DISPARAGEMENT",
                                  "PERSONALIZED_LEGAL_ADVICE", "MISLEADING_ADVERTISING", "TESTIMONIAL_SOLICITATION")
SURV, PRIV, CONS, CHILD, CONF, HAR = ("SURVIVOR_IDENTIFICATION", "PRIVATE_EVENT_DISCLOSURE", "CONSENT_REQUIRED",
                                      "CHILD_PROTECTION_IDENTIFICATION", "CONFIDENTIAL_INFORMATION", "HARASSMENT")
FB, LI, IG = "facebook", "linkedin", "instagram"

POSTS = [
("I", "en", IG, RS, [HAR], """ur lucky the ref was standing right there #22 🙂"""),
("I", "en", IG, RS, [], """ur lucky the ref called that one back lol #22, gg tho 🤝"""),
("N", "fr", FB, RS, [DISP], """arbitre = clown 🤡🤡"""),
("N", "fr", FB, RS, [], """bravo aux arbitres, pas facile ce soir avec le bruit 👏"""),
("O", "en", FB, CI, [CONF], """door code at the resource changed again lol it's 7731 now"""),
("N", "en", FB, SH, [LOC], """isn't that the shelter on 5th Ave behind the church? my aunt volunteers there"""),
("N", "en", FB, SH, [], """my aunt volunteers at a shelter and says they always need gift cards more than clothes 💜"""),
("L", "fr", FB, BQ, [TEST], """un petit ⭐⭐⭐⭐⭐ svp si vous etes satisfaits de nos services 🙏 merci!!"""),
("M", "en", LI, BQ, [MIS], """Guaranteed acquittal or your money back. DM us today."""),
("N", "fr", FB, CI, [CHILD], """c pas le ti-gars des [[PERSON:Bourque]] ca? yé rendu en famille d'accueil?"""),
("I", "fr", IG, CI, [CONS], """ma meilleure educ a la ressource @[[PERSON:sophie]].educ 🫶"""),
("L", "en", LI, LF, [DISP], """Opposing counsel: zero brain cells, one hundred percent ego."""),
("K", "en", FB, BQ, [], """Where can I get a document certified in English in Sherbrooke? It's for a foreign pension, nothing complicated."""),
("M", "fr", FB, SH, [PRIV, SURV], """🎙️ Nouvel épisode enregistré EN DIRECT au groupe de soutien de jeudi dernier, à la salle paroissiale de Saint-Eustache! On entend les voix des participantes. Merci mesdames 💜"""),
("M", "fr", FB, SH, [], """🎙️ Nouvel épisode : deux intervenantes expliquent comment fonctionne un groupe de soutien, sans jamais en révéler le lieu ni les participantes. À écouter et à partager 💜"""),
("J", "en", LI, LF, [CC], """Firm newsletter: congrats to our litigation team for securing the injunction for our client, the family-owned dairy in Coaticook, against its former distributor. Great work, all!"""),
("J", "en", LI, LF, [], """Firm newsletter: congrats to [[PERSON:Megan O'Brien]], named partner this month (she approved this announcement)! Megan joined us as a summer student in 2011 and never left."""),
("H", "en", FB, BQ, [DISP], """In my forty years, the worst judge I ever appeared before sat in Hull in the '80s. Lazy, rude, and half-asleep after lunch. Everybody knew who I mean."""),
("H", "en", FB, BQ, [], """In my forty years, the best judge I ever appeared before was endlessly patient with people who came without a lawyer. I try to remember her every time I lose my temper at the grocery checkout 😂"""),
("L", "en", FB, BQ, [ADV], """@[[PERSON:Jen]] sounds like your employer owes you overtime. Email them tomorrow demanding 3 years of back pay at time and a half, cc the CNESST, and they'll settle fast."""),
("K", "en", FB, LF, [], """A friend says I need a lawyer to contest a will in Quebec, but I read there might be a mediation option first. Is there a general guide in English somewhere? Thanks!"""),
("N", "en", FB, CI, [CHILD], """Aww is this the little girl the [[PERSON:Smiths]] are fostering?? the one whose mom got arrested in Paspébiac? she's gotten so big 😍"""),
("L", "fr", FB, CI, [DISP, CHILD], """Au parent qui m'accuse en commentaire : vous êtes la raison pour laquelle votre enfant est placé chez nous. Réfléchissez à ça avant d'écrire."""),
("L", "fr", FB, CI, [], """Je comprends que vous soyez en colère. Je ne discuterai d'aucune situation ici. Si vous avez des préoccupations, le commissaire aux plaintes du CISSS est là pour ça, et c'est confidentiel."""),
("O", "fr", FB, CI, [HAR], """la TS qui m'a enlevé mes enfants, je l'ai trouvée sur Facebook. elle a 2 enfants elle aussi. on va voir si elle aime ça"""),
("J", "en", FB, CI, [CONF], """Union alert: the leaked staffing plan shows 6 educator positions cut at the Maria resource next year. Screenshot below, management hasn't told anyone."""),
("M", "en", LI, CI, [], """Registration is open: CISSS public forum on foster-family recruitment, January 20 in Gaspé. Free, open to all, simultaneous interpretation available."""),
("I", "en", IG, SH, [CONS], """bts of our shelter's awareness video 🎬 starring our counsellor [[PERSON:Nadine]], who definitely did not want to be filmed lol"""),
("I", "en", IG, SH, [], """bts of our shelter's awareness video 🎬 everyone on camera signed the consent form and we blurred the building 😎 out in February!"""),
("O", "en", FB, SH, [SURV], """Confession: the woman who left the Laurier Street bakery so suddenly last month? She's at a shelter. Her husband the baker tells everyone she "went to visit family.\""""),
("N", "fr", FB, SH, [LOC, SURV], """[[PERSON:Cindy]] est rendue à la maison d'hébergement de Saint-Hyacinthe depuis lundi. Si vous voulez lui envoyer des affaires pour les enfants, écrivez-moi en privé"""),
("K", "en", FB, SH, [], """Are there shelters in Quebec that accept women with pets? Asking in general for a newsletter I'm writing for our newcomers' association."""),
("M", "en", FB, RS, [DISP], """New episode 🎙️ we rank the worst-run school sports programs in Montérégie 🏆💩 #3 will make you laugh, #1 is a total joke of an organization"""),
("M", "en", FB, RS, [], """New episode 🎙️ how a school sports program in Montérégie plans its season, with two athletic directors. Behind the scenes, no drama, lots of spreadsheets 📊"""),
("I", "fr", IG, RS, [DISP, HAR], """on a créé un compte @arbitres_poches_monteregie 😂 envoyez vos vidéos, on va toutes les identifier"""),
("J", "fr", FB, RS, [], """Rappel : tout compte ou page consacré à dénigrer le RSEQ Montérégie, ses intervenants ou ses arbitres contrevient à la politique. Signalez-nous ces comptes plutôt que de les partager."""),
("N", "en", FB, LF, [CC], """My husband's firm is representing the contractor from the condo collapse in Laval, so please don't ask him about it at the party Saturday 😅"""),
("N", "en", FB, LF, [], """My husband's a lawyer, so please don't corner him about "your case" at the party Saturday 😅 he'll just tell you to book a consult."""),
("L", "en", FB, BQ, [CC, LOC], """For the record, I was at the Sainte-Thérèse police station until 2 a.m. with the young man from Blainville arrested Sunday, not "ignoring my clients" as this review claims."""),
("M", "fr", FB, BQ, [], """Balado : « Peut-on répondre à un mauvais avis Google quand on est avocat? » On lit ensemble les recommandations du Barreau et on discute des bonnes pratiques, sans cas réels."""),
("I", "en", IG, BQ, [TEST], """new website launching next week 🥳 still need a few testimonials for the homepage, past clients pls DM me a sentence or two about working with me 🙏"""),
("I", "en", IG, BQ, [], """new website launching next week 🥳 no testimonials section (bar rules!) so I filled it with articles instead. the one on small claims is my fav"""),
]

if __name__ == "__main__":
    build(9, POSTS)
