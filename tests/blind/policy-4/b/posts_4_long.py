# Marker source: very long posts (shelter / cisss-gaspesie).
S, L, E, C = "SURVIVOR_IDENTIFICATION", "LOCATION_DISCLOSURE", "PRIVATE_EVENT_DISCLOSURE", "CONSENT_REQUIRED"
K, I, D, H = "CHILD_PROTECTION_IDENTIFICATION", "CONFIDENTIAL_INFORMATION", "DISPARAGEMENT", "HARASSMENT"
SH, CI = "shelter", "cisss-gaspesie"
POSTS = [
("fr", "facebook", SH, [C], 12, r"""Retour sur notre 25e souper-bénéfice 💜✨

Je prends enfin le temps d'écrire ce post, parce que samedi soir je n'avais plus de voix et dimanche je n'avais plus d'énergie 😅

D'abord les chiffres, parce que je sais que vous les attendez : 212 personnes présentes, 64 entreprises commanditaires, 31 lots à l'encan silencieux, et un grand total de 71 340 $ amassés pour la maison. C'est notre meilleure année depuis la fondation. Ce montant-là, concrètement, c'est le salaire d'une intervenante de nuit pour une année complète, ou encore la rénovation de la salle de jeux des enfants qu'on repousse depuis trois ans.

Merci à notre présidente d'honneur pour son discours qui a fait pleurer la moitié de la salle (et l'autre moitié faisait semblant d'avoir une poussière dans l'œil). Merci au traiteur qui a réussi à servir 212 assiettes chaudes en même temps, à l'orchestre qui a tenu jusqu'à minuit et demi, et au club Optimiste qui a encore une fois géré le bar comme des pros.

Et surtout, merci à l'équipe. Vous allez trouver dans l'album plus bas les photos de la soirée, entre autres [[PERSON:Marie-Ève]] et [[PERSON:Josiane]] (nos deux intervenantes jeunesse) en robes de paillettes sur la piste de danse, et [[PERSON:Lucie Chouinard]], notre coordonnatrice clinique, qui fait le discours de clôture avec le micro à l'envers 😂 On va vous identifier dans les commentaires, comme ça vos familles vont pouvoir les voir!

Petit mot aussi pour nos bénévoles : vous étiez 27, vous avez monté la salle à 8h le matin et défait les tables à 1h du matin. Sans vous, il n'y a pas de soirée. Merci à la Ville pour le prêt du centre communautaire, et aux cadets qui ont fait le vestiaire.

Ce qu'on ne montrera jamais, par contre : les femmes et les enfants pour qui on fait tout ça. Elles n'étaient pas dans la salle, et c'est très bien comme ça. Leur sécurité passe avant nos belles photos.

On se revoit l'an prochain, même date (ou presque). Si votre entreprise veut devenir commanditaire, écrivez-nous en privé. Et si vous n'avez pas pu venir mais voulez donner, le lien est en commentaire 💜

#souperbénéfice #violenceconjugale #merci"""),
("en", "facebook", CI, [], 13, r"""FAQ for new foster families: social media 💙 (pinned post — please read before asking in the comments)

We get the same questions every month in this group, so here's a long answer once and for all. This is general information, not legal advice; your resource adviser at the CISSS is the person to ask about your own situation.

Q: Can I post a picture of the child I'm fostering if the face is hidden?
A: Usually no. Under section 11.2.1 of the Youth Protection Act, information that could identify a child followed by the DPJ, or the child's parents, can't be published, and neither your consent, the child's, nor the parents' is enough — only a court can authorize it. A back-of-the-head photo in front of a school sign, a jersey number, or a birthday cake with a name all count as identifying, especially in small towns where everybody knows everybody.

Q: What about just saying "our foster son" with his first name and age?
A: First name + age + where you live is often enough to identify a child in the Gaspé. Leave it out.

Q: Can I thank our caseworker by name?
A: Not without her written permission. The same goes for educators, the staff at the residence, and other resource people. You can absolutely say "thank you to our amazing caseworker" — that's lovely and totally fine.

Q: I'm angry about a decision. Can I vent here?
A: You can talk about how you feel. What isn't OK: insulting a worker, sharing documents (plans, reports, internal memos), spreading rumours, or encouraging people to "go tell her what we think". Even a like on that kind of post can be a problem.

Q: What CAN I post?
A: Your own life as a foster parent, your tips, your bad days and good days, recipes, the dog, the garden, fundraising for the association, and general info like this post. Lots of us share a ton without ever identifying a child.

Q: Someone else posted a picture of my foster child. What do I do?
A: Ask them kindly to take it down, and let your resource adviser know.

Thank you all for protecting these kids — it's part of the job, and you do it well. Comments are open for new questions (without names please!) 🙏"""),
("fr", "facebook", CI, [C], 3, r"""Il y a 20 ans aujourd'hui, j'ouvrais les portes de notre ressource intermédiaire 🏡 #souvenir

Je me rappelle encore la première journée comme si c'était hier. On avait peinturé les chambres la veille, ça sentait encore la peinture fraîche, pis j'avais fait un pâté chinois pour 9 parce que je savais pas trop combien on serait à souper. On était 4. On a mangé du pâté chinois pendant une semaine 😂

Vingt ans plus tard, on a accueilli des dizaines de personnes. Certaines sont restées des mois, d'autres des années. J'ai appris à me taire quand il fallait, à rire quand ça allait pas, à appeler l'ambulance à 3h du matin sans paniquer (ou presque). J'ai appris aussi que le plus important dans ce métier, c'est pas le ménage ni la paperasse, c'est la présence.

Je veux prendre deux minutes pour remercier des gens qui ont compté. Merci à [[PERSON:Hélène Cyr]], ma première conseillère en ressources au CISSS, qui m'a appris à remplir mes rapports sans pleurer pis qui m'appelait le vendredi soir « juste pour voir si ça allait ». Merci à [[PERSON:Denis Element]], notre préposé de fin de semaine depuis 2009, qui chante du Paul Piché en faisant la vaisselle. Pis merci à mon vieil ami [[PERSON:M. Lavoie]], notre résident le plus ancien, qui est arrivé en 2006 pis qui me dit encore chaque matin que mon café est trop faible. J'ai mis en commentaire la photo de nous trois devant le gâteau samedi passé 🎂

Merci aussi à mon mari, qui a pas choisi ce métier-là mais qui le fait avec moi depuis le premier jour, pis à nos enfants qui ont grandi avec une maison toujours pleine.

Je sais pas combien d'années il me reste avant la retraite. Peut-être cinq. Peut-être dix si mes genoux tiennent le coup. Mais je sais que je recommencerais demain matin.

Merci à tous ceux qui ont fait partie de l'aventure 💙"""),
]
