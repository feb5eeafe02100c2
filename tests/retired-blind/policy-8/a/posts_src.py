POSTS = [
# ---------- brief 1: holiday greetings / end-of-year thank-yous ----------
(1, "fr", "facebook", "B", ["CLIENT_CONFIDENTIALITY"], """Bon ben c'est la derniere journée au bureau avant les Fêtes 🎄 merci à toute mon équipe, vous avez été des champions cette année, surtout [[P:Karine]] qui a tenu le fort pendant mes deux semaines de procès en novembre.

Petite pensée spéciale pour la maman qui a enfin récupéré la garde de ses deux gars la semaine passée, juste à temps pour Noël, après 18 mois de bataille contre un ex qui travaille au même hôpital qu'elle... vous savez qui vous êtes 🥹❤️ ça c'est le genre de dossier qui me rappelle pourquoi je fais ce métier.

Joyeuses fêtes tout le monde, reposez-vous!"""),

(1, "en", "linkedin", "B", [], """As 2026 wraps up, a few thank-yous from our small family-law practice in Sherbrooke.

To our clients: thank you for trusting us with some of the hardest moments of your lives. We don't talk about your files here — ever — but we think about the responsibility you give us every single day.

To our team: [[P:Me Élodie Rancourt]], who took on a full caseload in her first year at the Bar and never once missed a deadline; [[P:Marc-André Pelletier]], our articling student, who wrote the best research memo on parental mobility I've read in a decade; and [[P:Francine]], who has answered our phones for 19 years and still says "bonjour" like she means it.

To our colleagues across the table: thank you for the courtesy, the phone calls returned before 5 pm, and the settlements that spared families a trial. The adversarial system works better when we treat each other decently, and most of you did.

A reminder for anyone going through a separation over the holidays: general information on custody, support and mediation is available free of charge through the Ministère de la Justice and the Barreau's public resources. Every situation is different, so please speak to a lawyer about your own.

Our office will be closed from December 24 to January 4. Wishing you a peaceful holiday season. 🕯️

— [[P:Me Hélène Boissonneault]]"""),

(1, "en", "instagram", "B", ["MISLEADING_ADVERTISING", "TESTIMONIAL_SOLICITATION"], """🎁 Happy holidays from the whole team!! 🎁
New year = NEW START. Book your consult before Jan 31 and be divorced, settled and done by Valentine's Day 💔➡️❤️ We haven't lost a custody file in 6 years, and we're not planning to start in 2027 😉
Best gift you can give us? A ⭐⭐⭐⭐⭐ on Google if we helped you this year 🙏
#divorcelawyer #montreal #newyearnewyou"""),

(1, "fr", "facebook", "L", ["DISPARAGEMENT"], """Dernier vendredi de l'année au cabinet 🥂 Merci à toute l'équipe du litige pour une année de fou, aux adjointes qui ont survécu à nos dépôts de dernière minute, pis à [[P:Stéphanie]] pour le party de bureau le plus réussi depuis que je suis ici.

Merci aussi (je suppose) au juge de la chambre de pratique qui nous a fait poireauter 3h jeudi pour nous lire un jugement qu'il aurait pu écrire sur une napkin de Tim. Un vrai cadeau de Noël, ce monsieur. 🙄🎅

Joyeuses fêtes à tous!!"""),

(1, "en", "linkedin", "L", ["CLIENT_CONFIDENTIALITY"], """Grateful for an incredible year with the corporate team 🙏

Highlights: three new associates, our first pro bono clinic at the community centre, and — the one I'll remember — closing the sale of a fourth-generation sugar shack in the Beauce to a US food conglomerate at 11 pm three days before Christmas. The founder's daughter cried at the signing table. Announcement isn't public until mid-January so, shhh 🤫😉

Thank you all, and happy holidays!"""),

(1, "fr", "instagram", "L", [], """Joyeuses fêtes de toute l'équipe 🎄✨ Merci pour votre confiance en 2026!
Nos bureaux seront fermés du 24 décembre au 2 janvier inclusivement. Pour une urgence (ex. : signification reçue pendant les Fêtes), laissez un message au [[T:514-555-0142]] ou écrivez à [[E:urgences@cabinet-lavoie-roy.ca]], un avocat de garde vous rappellera.
On se revoit en 2027! 🥂"""),
# ---------- brief 2: awards, rankings, nominations ----------
(2, "fr", "linkedin", "B", ["MISLEADING_ADVERTISING"], """🏆 Très fier d'annoncer que notre cabinet figure pour une 3e année de suite au classement Best Lawyers en droit criminel et pénal!

Concrètement, pour vous, ça veut dire une chose : quand vous entrez dans notre bureau avec un dossier d'alcool au volant, vous en ressortez avec votre permis. Point. Demandez à nos 400+ clients de 2026 😎

Consultation gratuite cette semaine seulement, les places partent vite 👉 lien en commentaire"""),

(2, "en", "facebook", "B", ["DISPARAGEMENT", "MISLEADING_ADVERTISING"], """Congrats I guess 👏 funny how the "Rising Star" list always seems to go to whoever buys the most tables at the gala. Some of us are too busy actually going to court — and winning every single time, just saying. DM me if you need a real litigator."""),

(2, "fr", "instagram", "B", [], """Nominée au Prix Relève du Jeune Barreau de Québec 🥹✨ je suis encore sous le choc!

Merci à [[P:Me Simon Gaudreault]] qui m'a prise sous son aile dès mon stage, à ma gang de la clinique juridique du mardi soir, et à mes parents qui comprennent toujours pas exactement ce que je fais mais qui sont fiers pareil 😂

Merci aussi à mes clients en général pour leur confiance — c'est vous qui me faites grandir comme avocate. Gala le 12 mars, croisez les doigts 🤞
#jeunebarreau #droitdutravail"""),

(2, "en", "linkedin", "L", ["CLIENT_CONFIDENTIALITY", "DISPARAGEMENT"], """Honoured that our team was named Litigation Team of the Year at last night's awards 🏆 Huge thanks to [[P:Daniel Okafor]], [[P:Me Geneviève Lapointe]] and the whole trial group.

Anyone in Montreal's food scene can probably guess the file that got us here: a certain family-owned restaurant chain whose founder was "reorganizing" staff tips into his own account for six years. We cleaned up that mess in record time. And honestly? Worst client I've had in 15 years of practice — rude to our assistants, late on every invoice, and convinced he knew the Civil Code better than we did. Their loss if they go elsewhere next time 🤷‍♂️

Proud of this team. On to 2027."""),

(2, "fr", "facebook", "L", ["DISPARAGEMENT"], """Nommée au palmarès Lexpert des avocates de moins de 40 ans 🎉🎉 Merci à mes associés pis à ma famille qui endure mes soirées de préparation.

Petite pensée pour l'associé d'un autre bureau (il se reconnaîtra) qui m'avait dit en 2019 que j'étais "pas faite pour le litige". On se revoit en cour mon homme 😘 — enfin, si ton client finit par te payer. Et si t'arrives à lire ton dossier avant l'audience cette fois-là."""),

(2, "en", "instagram", "L", [], """Gala night 🖤✨ So proud of @[[P:priya.raman.law]] and @[[P:j.tremblay_avocat]] for their Lexpert rankings this year — well deserved after a year of very long days. Thanks to the organizers for a lovely evening and to everyone who came to celebrate with us. Back to work Monday 😅
#lexpert #lawfirmlife #montreal"""),
# ---------- brief 3: job postings and hiring ----------
(3, "fr", "facebook", "B", [], """📣 ON RECRUTE 📣

Notre petit cabinet de Trois-Rivières cherche un·e avocat·e en droit familial et en protection de la jeunesse (2 à 5 ans d'expérience). On est une équipe de 6, on se parle pour vrai, pis on finit le vendredi à 15h l'été.

Ce que tu vas faire :
- représenter des parents et des enfants devant la Cour du Québec et la Cour supérieure;
- négocier des ententes (on règle beaucoup, on plaide quand il faut);
- participer à notre clinique d'information juridique gratuite du premier samedi du mois (information générale seulement, pas de conseils au cas par cas — c'est la règle de la maison et du Barreau).

Ce qu'on t'offre :
- salaire selon l'expérience + REER collectif;
- 4 semaines de vacances dès la première année;
- télétravail 2 jours/semaine;
- un mentor, pour vrai, pas juste sur papier.

Une chose qu'on prend au sérieux : la confidentialité. Ici on parle jamais des dossiers de nos clients en dehors du bureau, même sans nom, même "pour rire". Si ça te convient, on va bien s'entendre.

CV et lettre à [[E:carrieres@bedard-lamothe.ca]] avant le 31 janvier, ou passe nous voir au [[A:1450, rue Royale]], Trois-Rivières [[Z:G9A 4J5]]. Questions? [[P:Nathalie]] au [[T:819-555-0176]].

Partagez svp 🙏"""),

(3, "en", "linkedin", "B", ["MISLEADING_ADVERTISING"], """We're hiring because we're WINNING 🚀

Our housing-law team went undefeated at the Tribunal administratif du logement in 2026 — 100% of our landlord clients got their eviction. Zero losses. Not one.

So we need another associate (0–3 yrs) to keep the streak alive. Apply at [[E:jobs@dufresnelegal.ca]].

And landlords reading this: you know exactly who to call when your tenant stops paying. 📞"""),

(3, "fr", "instagram", "B", ["CLIENT_CONFIDENTIALITY"], """Je cherche une technicienne juridique à temps plein pour m'aider sur un gros dossier de congédiement qui s'en vient en procès au printemps 💼

Petit indice : ma cliente, c'est l'ancienne directrice d'école primaire qui s'est fait montrer la porte après 22 ans, celle que les parents avaient défendue avec des pancartes devant l'école en octobre. Si vous avez suivi les nouvelles vous savez de quoi je parle 😉 Ça va être intense mais passionnant.

Écrivez-moi en DM! #technicienneJuridique #emploi #droitdutravail"""),

(3, "en", "facebook", "L", ["DISPARAGEMENT"], """Our litigation group is looking for a junior associate (call year 2024–2026). Strong writing skills, comfort with tight deadlines, bilingual.

Main requirement: be better than the last one, who apparently thought "prescription" was something you pick up at Jean Coutu 🙃 Low bar, folks. Very low bar.

DM me or apply through the firm's careers page."""),

(3, "fr", "linkedin", "L", ["CLIENT_CONFIDENTIALITY"], """Poste de parajuriste en droit successoral — entrée en fonction ASAP 🔎

Tu vas embarquer direct dans un dossier pas piqué des vers : la succession [[P:Gauthier]] ([[C:200-17-034567-258]]), 4 héritiers qui se parlent plus depuis la vente du chalet au lac, un testament olographe trouvé dans une boîte de biscuits 🍪 pis une belle-mère qui conteste tout. Si t'aimes les chicanes de famille, c'est ta job.

Envoie ton CV à [[E:rh@cabinet-morin-gagne.ca]]."""),

(3, "en", "instagram", "L", [], """Summer student applications are OPEN 🎓☀️
12 weeks, real files, real mentors, and yes, there's a fridge full of LaCroix.
One thing you'll learn on day one: we never talk about client matters outside the office — not on here, not at the bar, not with your roommate. That's rule #1.
Apply by Feb 15 — link in bio. Questions? [[E:stages@hartleymercier.ca]] 💼
#summerstudent #lawschool #mcgilllaw #udem"""),
# ---------- brief 4: snowstorms and office closures ----------
(4, "en", "facebook", "B", [], """❄️ STORM UPDATE ❄️ Our office is closed today, Tuesday. Staff are working remotely and will return calls by end of day.

If you had a hearing scheduled today, check the court's own closure notices or call the court office directly — don't rely on a Facebook post (including this one!). And a general reminder: a storm closure does not automatically suspend every legal deadline. If you're worried about a delay in your own matter, call your lawyer rather than assuming.

Stay home, stay warm, and please don't shovel with a bad back 🙏"""),

(4, "fr", "facebook", "B", ["CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE"], """Ça fait 1h que je suis pris dans le stationnement de l'établissement de détention de Rivière-des-Prairies 🥶🚗 mon client devait sortir aujourd'hui après sa libération conditionnelle accordée la semaine passée, pis là tout est reporté à cause de la tempête. Le pauvre gars avait déjà fait sa boîte 😩 Mère Nature 1, Justice 0."""),

(4, "fr", "instagram", "B", ["DISPARAGEMENT"], """palais fermé ❄️ gageons que l'honorable de la 2.13 va quand meme nous reprocher d'etre en retard demain, comme d'hab 🙄 #tempete"""),

(4, "en", "linkedin", "L", ["CLIENT_CONFIDENTIALITY"], """Snow day silver lining ❄️☕ With the office closed I finally had 9 uninterrupted hours to go through the 4,000+ text messages between our client and his former business partner in the Laval HVAC dispute. Spoiler: the partner is not going to enjoy his examination on the 14th. Sometimes the case wins itself 😏

Stay safe out there, everyone."""),

(4, "fr", "facebook", "L", [], """⚠️ Avis de fermeture ⚠️
En raison de la tempête, nos bureaux du centre-ville sont fermés aujourd'hui, mercredi. Nos avocats et adjointes travaillent à distance et restent joignables par courriel.
Les rendez-vous de la journée seront reportés : [[P:Julie Fortier]] à l'accueil communiquera avec chaque personne concernée demain matin. Pour toute question : [[T:(418) 555-0193]].
Soyez prudents sur les routes 🚗❄️"""),

(4, "en", "instagram", "L", ["DISPARAGEMENT"], """lol the senior partner texting "roads are fine, see everyone at 8:30" from his heated garage while the rest of us dig out with a dustpan 🙃❄️ brain froze sometime around 1987 and never thawed #lawfirmlife #snowday"""),
]
