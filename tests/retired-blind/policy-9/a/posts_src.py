POSTS = [
# ---- brief 1: tax season ----
(1, "fr", "facebook", "B", ["PERSONALIZED_LEGAL_ADVICE"],
"""@[[P:karo.lapierre]] ok dans ton cas c'est simple : vu que les enfants sont chez toi 60% du temps pis que votre jugement date de 2015, la pension qu'il te verse pour les petits est PAS imposable, tu la déclares pas pantoute. Par contre le montant pour famille monoparentale c'est toi qui le prends, pas lui. S'il le réclame quand même tu contestes l'avis de cotisation, t'as 90 jours. Inquiète-toi pas 😉"""),

(1, "en", "linkedin", "B", [],
"""Tax season reminder for separated parents 🧾

Child support paid under an agreement or judgment made after May 1997 is generally neither deductible for the payer nor taxable for the recipient. Spousal support is a different story: it is usually deductible/taxable if it is periodic and set out in a written agreement or court order.

Every situation has its own wrinkles (lump sums, arrears, shared custody, amended orders), so this is general information only, not advice on your file. If your agreement is unclear, talk to your own lawyer or tax professional before you file. #familylaw #taxseason #Quebec"""),

(1, "fr", "instagram", "L", ["CLIENT_CONFIDENTIALITY", "DISPARAGEMENT"],
"""Quand le restaurateur du Plateau te dit, le 28 avril, qu'il a "comme oublié" de déclarer le cash depuis 2019 pis que Revenu Québec a déjà envoyé une demande péremptoire… 🫠🫠 un vrai génie des affaires. Fallait voir sa face quand je lui ai expliqué c'était quoi une cotisation pour quatre ans. Semaine de fou au bureau #saisondesimpots #fiscalité"""),

(1, "en", "facebook", "L", ["CLIENT_CONFIDENTIALITY"],
"""Okay, tax season survival post, because apparently I only write these once a year 😅

Week 3 of April and the office is running on cold coffee, leftover Easter chocolate and sheer stubbornness. Our reception team deserves a medal — the phones have not stopped since the first of the month, and somehow everyone still gets a smile and a "we'll call you back today." Honestly the unsung heroes of any firm.

A few things I've learned this year, for anyone starting out in tax disputes:
1) Read the notice of assessment twice before you panic. Then read it a third time.
2) The deadline to object is not a suggestion.
3) Keep your own return simple, you will not have time for it anyway.

Funniest moment of the month: the retired dentist from Brossard who owns the three condos on Taschereau came in with his shoebox — literally a Nike shoebox — of receipts going back to 2018, and told me with a straight face that the CRA "can't prove" the Airbnb income because it was paid by e-transfer to his daughter's account. We are now, let's say, very busy preparing his voluntary disclosure 🙃

Anyway. Two more weeks. Then I'm sleeping through May. Shout-out to the juniors who stayed until 10 pm on Thursday, and to whoever keeps refilling the snack drawer. You know who you are. ☕📚

#taxseason #lawyerlife #tax"""),

(1, "fr", "linkedin", "B", ["MISLEADING_ADVERTISING"],
"""🚨 AVIS DE COTISATION DE REVENU QUÉBEC? 🚨
Ne payez RIEN avant de nous parler. On fait annuler vos cotisations, point final. 100 % de nos oppositions gagnées en 2025 ✅✅
Les comptables ne veulent pas que vous sachiez ce truc… 👉 lien dans le profil
Appelez le [[T:514 555-0182]] AUJOURD'HUI, les places sont limitées!"""),

(1, "en", "instagram", "B", ["TESTIMONIAL_SOLICITATION"],
"""Objection accepted, reassessment cancelled, refund on its way 💸🎉 Another tax season in the books for our litigation team!
If we helped you get through your dispute with the CRA or Revenu Québec this year, it would mean the world if you left us a ⭐⭐⭐⭐⭐ review on Google or tagged us in your story 🙏 Or send a few words to [[E:avis@fiscalite-leduc.ca]] and we'll feature them on our site. Link in bio!
#taxlaw #montreallawyer"""),

(1, "fr", "facebook", "L", [],
"""lol j'passe mes journées a expliquer les delais d'opposition au monde pis ma propre declaration d'impot est encore dans l'tiroir de la cuisine avec les feuillets T4 pas ouverts 🙈 cordonnier mal chaussé comme on dit. ma comptable [[P:GINETTE BOUCHARD]] a pris sa retraite l'an passé pis j'suis perdu. quelqu'un a un bon comptable a Longueuil a me recommander? pas pour un client, pour MOI 😂"""),
# ---- brief 2: networking events and cocktails ----
(2, "fr", "facebook", "B", ["LOCATION_DISCLOSURE", "CLIENT_CONFIDENTIALITY"],
"""📍 Bar Le Furco, Montréal
Petit 5 à 7 improvisé avec ma cliente pour célébrer : 14 mois de procédures, pis son ex signe ENFIN l'entente ce matin au palais 🥂🥂 Elle garde la maison de Boucherville pis les enfants, pas pire pour quelqu'un qui voulait tout lâcher en septembre. Fière de toi ma belle 💪"""),

(2, "en", "linkedin", "L", [],
"""What a great evening at the Young Bar cocktail last night! 🍸 Thank you to the organizing committee, and especially to [[P:Me Karine Lapointe]] and [[P:Jonathan Wu]] for a candid panel on building a practice without burning out. My takeaway: say no to the files you cannot staff properly, and say yes to coffee with people outside your own practice area. Looking forward to the next one. #networking #YoungBar #lawyers"""),

(2, "en", "facebook", "L", ["DISPARAGEMENT"],
"""Ran into a certain opposing counsel at the Chamber cocktail last night. Three glasses of wine in and he was still explaining to a first-year how he "basically wrote" the leading case on non-competes 🙄 You know, the one he lost. Twice. Some people peak at their swearing-in and just keep coasting on the cologne. Anyway, good canapés."""),

(2, "fr", "instagram", "B", ["DISPARAGEMENT"],
"""ahah le juge de la chambre civile qui était au cocktail du jeune barreau hier… aussi plate qu'à l'audience pis aussi perdu 💤💤 au moins à l'audience y'a pas d'open bar pour l'endurer"""),

(2, "fr", "linkedin", "L", ["PERSONALIZED_LEGAL_ADVICE"],
"""Merci encore à toutes celles et ceux venus au 5 à 7 Femmes en affaires de la Rive-Sud jeudi! 🙌
@[[P:Julie Bergeron]] suite à notre jasette près du bar : vu que ton employeur t'a remerciée deux semaines après ton retour de congé de maternité, c'est clairement une pratique interdite. Dépose ta plainte à la CNESST dans les 45 jours, donc avant le 12, et surtout signe RIEN de ce qu'ils t'envoient d'ici là. Tu vas gagner, c'est évident 😉"""),

(2, "en", "instagram", "B", ["TESTIMONIAL_SOLICITATION"],
"""Thank you to everyone who came out to our open house cocktail in Old Montreal! 🥂 Such a joy to see former clients, colleagues and neighbours in the same room, and a big merci to Atelier Fleur for the flowers. Quick favour before we go: if our team ever helped you through a file, a short review on our Google page or a comment here about your experience really helps other people find us 🙏💛 See you at the holiday party!"""),
# ---- brief 3: interns and articling students ----
(3, "fr", "facebook", "L", ["CLIENT_CONFIDENTIALITY"],
"""Ma stagiaire m'a demandé aujourd'hui si c'était "normal" qu'un client arrive au bureau avec 40 000 $ en billets de 20 dans un sac Simons pour payer son avance, la veille de son enquête sur remise en liberté à Saint-Jérôme 😳 Bienvenue en droit criminel ma chouette. (Non, c'est pas normal. Oui, on a fait les vérifications. Non, je dirai pas qui 🤐)"""),

(3, "en", "linkedin", "B", [],
"""This week we welcomed our new articling students, [[P:Amira Haddad]] and [[P:Félix Gagné]], and I want to share what I told them on day one, because I wish someone had told me.

1. The file is not yours and it is not mine. It belongs to the client, and so does everything in it. That means no stories about "a funny client" at the bar, no screenshots of a draft, no "guess where I was today" check-ins on Instagram when you're at a client's place of business. If you would not say it in front of the client, don't post it.
2. Ask the stupid question. Ten minutes of embarrassment is cheaper than a missed deadline.
3. Courtesy is not weakness. Opposing counsel is not your enemy, and the judge is not your audience on social media. You can disagree with a ruling on LinkedIn, respectfully and on the law; you cannot mock the person who wrote it.
4. Sleep. I mean it. The Bar exam is over, the marathon is not.
5. When a friend asks you for legal advice in the comments, the answer is: "Send me a private message and I'll point you to someone who can look at your file." General information is fine. Their situation is a file.
6. Write things down. Every call, every instruction, every change of mind.
7. Find a mentor outside the firm, too. Someone who has nothing to gain from your choices.

[[P:Amira]] and [[P:Félix]], we are very lucky to have you. Bring your curiosity, bring your questions, and bring snacks for the 3rd floor (that last one is mandatory). 🎓⚖️

#articling #stage #Barreau #mentorship"""),

(3, "en", "facebook", "L", ["DISPARAGEMENT"],
"""Our new articling kid asked me today what floor the Court of Appeal is on at the Palais in Montreal. Bless. Apparently they hand out law degrees in cereal boxes now 🥣 I give him till Christmas before he's "pivoting to legal tech." Send help (and coffee)."""),

(3, "fr", "instagram", "B", [],
"""Dernière journée de stage pour @[[P:gab.morin]] 🥲📚 Six mois de recherches, de cafés à 7h pis de "ok mais si on regarde l'article 1457…" Merci pour ta rigueur pis ta bonne humeur, l'équipe va s'ennuyer. On se revoit à l'assermentation!! 🎓 #stagiaire #barreau"""),

(3, "fr", "facebook", "B", ["PERSONALIZED_LEGAL_ADVICE"],
"""LIVE Q&R ce soir avec ma stagiaire 🎤 on répond à vos questions en commentaire!
@[[P:Nathalie Bérubé]] pour ta question : non, ton proprio a PAS le droit de t'évincer pour "agrandir" s'il t'a pas envoyé l'avis au moins 6 mois avant la fin de ton bail, pis en plus il doit te payer 3 mois de loyer + tes frais de déménagement. Refuse par écrit dans le mois, pis si tu réponds pas, t'es réputée avoir refusé anyway. Tu restes dans ton 4 et demie, point. 💪"""),

(3, "en", "instagram", "L", [],
"""mock trial prep with the summer students tonight 👩‍⚖️🍕 fake file, fake witness, very real pizza. thx @[[P:sam.ouellet]] for playing the world's most hostile witness 😂 no actual clients were harmed in the making of this cross-examination #summerstudents #lawschool"""),
# ---- brief 4: pets at home and at the office ----
(4, "fr", "instagram", "B", [],
"""Biscuit, directeur du bien-être du bureau depuis 2022 🐶💼 Ce matin il a supervisé deux réunions d'équipe, mangé un demi-muffin pas surveillé pis dormi sur le dossier le plus épais de la salle de conférence (vide, on s'entend, les vrais dossiers sont sous clé 😇). #chiendebureau #viedavocate"""),

(4, "en", "facebook", "L", ["CLIENT_CONFIDENTIALITY"],
"""Pepper came to work with me today 🐾 and was an absolute angel. She even curled up on [[P:Mrs. Albertine Roy]]'s feet the whole time we went over her new will — 94 years young, sharp as a tack, and finally cutting those two sons out for good after what they did with the cottage money 😅 Pepper is clearly a natural with estates clients. Might put her on the letterhead."""),

(4, "fr", "facebook", "B", ["PERSONALIZED_LEGAL_ADVICE", "CLIENT_CONFIDENTIALITY"],
"""Bon. Petite pensée du vendredi soir, assise sur mon divan avec Moka (mon chat, 14 ans, roi de la maison) pis un verre de rouge.

On parle souvent de la garde des enfants après une séparation, mais vous seriez surpris du nombre d'appels que je reçois pour des animaux. Depuis 2015, le Code civil dit que les animaux ne sont pas des biens, qu'ils sont des êtres doués de sensibilité, mais en pratique, quand un couple se sépare, les règles sur les biens s'appliquent encore à eux la plupart du temps. Ça veut dire qu'on regarde qui l'a acheté, qui paie le vétérinaire, à qui il appartient sur papier… et ça, ça fait beaucoup de peine aux gens, je le comprends tellement.

D'ailleurs cette semaine j'ai passé deux heures au téléphone avec une cliente de Rimouski, infirmière de nuit, qui se bat avec son ex pour leur golden retriever depuis que le gars est parti vivre chez sa nouvelle blonde à Mont-Joli. Elle a pleuré tout le long. Lui, il refuse de rendre le chien pis il la texte à 2h du matin pour lui envoyer des photos du chien dans son nouveau lit 🙄 Dossier qui s'en va en médiation le mois prochain.

@[[P:mel.tremblay]] j'ai vu ton message en commentaire de mon dernier post : si c'est toi qui as la facture d'adoption pis le contrat de la SPA à ton nom, Maya est à toi, point. Va la chercher chez lui cette fin de semaine avec une amie comme témoin, t'as pas besoin de permission, pis s'il te bloque la porte tu appelles la police.

Bref. Flattez vos animaux ce soir, ils ne savent pas que vous vous chicanez. 🐾❤️ #droitdelafamille #animaux"""),

(4, "fr", "linkedin", "L", ["DISPARAGEMENT"],
"""Constat du jour : le chat du bureau retourne ses appels plus vite que certain associé du 3e étage qui a "oublié" de déposer ma requête hier 🐈 Pis lui au moins, quand il dort sur un dossier, il le fait pas en pleine audience. #vieDeBureau"""),

(4, "en", "instagram", "B", ["LOCATION_DISCLOSURE", "CLIENT_CONFIDENTIALITY"],
"""walking luna around the parking lot of the Rivière-des-Prairies detention centre while I wait for visiting hours to see my guy before his bail hearing thursday 🐕☁️ poor kid is 19, first time inside, mom's a mess. luna says hi to everyone at RDP 👋 #lawyerlife #dogsofinstagram"""),

(4, "en", "linkedin", "B", [],
"""Moving into a condo with your dog? 🐕 A general reminder, since I get the question every spring: in Quebec, a syndicate of co-owners can restrict or prohibit pets through the declaration of co-ownership, and a lease can contain a no-pets clause that is generally enforceable. The Civil Code also recognizes animals as sentient beings (art. 898.1 C.c.Q.), but that does not override a valid building rule.

Before you sign, read the declaration and the building by-laws. If something seems abusive in your own situation, get individual advice from a lawyer or a notary. And yes, this post was reviewed by my own office dog, who found it very reasonable. #condolaw #pets #Quebec"""),
]
