POSTS = [
# ---------- B barreau-qc ----------
(1, "fr", "facebook", "B", [], """😂 trop vrai. regle #1 de la profession : on parle jamais de nos clients en ligne, meme pour rire"""),
(2, "en", "facebook", "B", [], """FOR SALE 📚 Code civil du Québec annotated, 2021 to 2024 editions + a stack of old Baudouin (bit highlighted lol). $35 each or $120 for the lot. Moving offices so it all has to go. Pickup in Longueuil, text [[T:450-555-0148]] or email [[E:v.lachance.avocate@example.com]]"""),
(3, "fr", "linkedin", "B", ["CLIENT_CONFIDENTIALITY", "TESTIMONIAL_SOLICITATION"], """Il y a 10 ans aujourd'hui, je plaidais mon tout premier procès au palais de justice de Rimouski. 🥹⚖️

J'avais les mains qui tremblaient, ma toge était trop grande et j'avais relu mes notes 40 fois dans le char. En face, un procureur d'expérience. Mon client : un producteur laitier du Bic qui s'était fait refuser l'indemnité d'assurance après l'incendie de sa grange en février 2015. Tout le village pensait qu'il avait mis le feu lui-même, je sais que certains le pensent encore, mais le juge a tranché. Je pense encore à lui chaque fois que je passe devant la nouvelle grange rouge sur la 132 😊

Dix ans plus tard : plus de 600 dossiers, une associée extraordinaire et toujours le même trac.

Petite demande : si vous avez été un de mes clients durant ces 10 années, laissez-moi un mot en commentaire ou une recommandation sur ma page, ça me ferait tellement plaisir 🙏 #10ans #avocate #gratitude"""),
(4, "en", "facebook", "B", ["PERSONALIZED_LEGAL_ADVICE"], """@[[P:marc.bergeron]] ok as your lawyer friend 😅 your neighbour has zero right to pull your campaign signs off your own lawn. Go to the police station tomorrow with your photos, then send him a demand letter for the $340 in signs and file in small claims if he doesn't pay in 10 days. You'll win, easy. Good luck on the 2nd, district 3 needs you!!"""),
(2, "fr", "instagram", "B", ["TESTIMONIAL_SOLICITATION", "MISLEADING_ADVERTISING"], """🎁 CONCOURS DES FÊTES 🎁
Pour gagner une consultation GRATUITE d'une heure avec Me :
1️⃣ Abonne-toi à la page
2️⃣ Laisse-nous 5 ⭐⭐⭐⭐⭐ sur Google et raconte ton expérience avec nous
3️⃣ Tag 2 amis qui ont besoin d'un bon avocat
Tirage le 20 décembre. Divorce, CNESST, accident d'auto : avec nous tu sors GAGNANT, à tout coup 💪 #avocatsrivesud #concours"""),
# ---------- L law-firm ----------
(1, "en", "facebook", "L", ["CLIENT_CONFIDENTIALITY"], """lol this is literally the [[P:Hendersons]] at mediation yesterday 💀💀"""),
(3, "en", "linkedin", "L", [], """#TBT to December 2016, my first week at the firm 📸 (the haircut, I know).

On day two, [[P:Carole Vachon]] sat me down and said: "Nothing about a client, ever, goes online. Not a win, not a funny moment, not where you had lunch with them." Best advice I ever got. Ten years later I still run every post through that filter.

Happy 10 years to the litigation team, and thank you to everyone who trusted us with their files. 💼"""),
(4, "fr", "facebook", "L", ["CLIENT_CONFIDENTIALITY"], """Ben voyons donc, le conseiller du district 4 qui se présente comme le grand défenseur des petits commerçants 🙄 Disons juste que je sais EXACTEMENT combien sa compagnie de déneigement doit encore à ses sous-traitants, vu que c'est notre bureau qui négocie ça depuis le printemps. J'en dis pas plus. Votez bien le 2 novembre mes amis 😉"""),
(2, "fr", "facebook", "L", [], """À DONNER 📦 4 classeurs métal 4 tiroirs + 2 chaises de bureau, le cabinet déménage au centre-ville. Ils sont vides (tout a été déchiqueté, inquiétez-vous pas 😅). Premier arrivé premier servi, au [[A:1250 boul. Taschereau]], Longueuil [[Z:J4K 2W3]], jeudi entre 9h et 16h. Demandez [[P:Josée]] à la réception ou appelez le [[T:(450) 555-0117]]"""),
(1, "en", "instagram", "L", ["DISPARAGEMENT"], """+1. and opposing counsel on that one was a total clown, whole firm's a joke 🤡"""),
# ---------- R rseq-monteregie ----------
(1, "fr", "facebook", "R", ["DISPARAGEMENT"], """😂😂 l'arbitre d'hier soir à St-Hyacinthe, quelqu'un peut y payer un examen de la vue svp"""),
(2, "en", "facebook", "R", [], """SELLING 🏀 old Titans basketball jerseys (juvenile girls, 2019 design), sizes S to XL, $15 each. All proceeds go to the D2 team's trip to the provincial championship in March! Pickup at the school or text [[P:Manon]] [[T:450-555-0172]] 🙌"""),
(3, "fr", "instagram", "R", [], """#tbt il y a 10 ans aujourd'hui : finale régionale cadet à Granby 🏆🔥 On avait perdu 2-1 en prolongation contre Brossard, une game robuste mais tellement propre, poignées de main pis toute. @[[P:jo.lavoie22]] tu te souviens de ton arrêt en 3e?? encore la meilleure équipe que j'ai coachée 💙"""),
(4, "en", "facebook", "R", ["HARASSMENT", "DISPARAGEMENT"], """Funny how coach [[P:Dufresne]] from the Cougars is suddenly running for town council on a "family values" ticket 🤔 Maybe someone should ask him why he stopped driving the U15 girls to away games after that trip in 2022. Just asking questions. Everybody in Chambly already knows anyway. Share before it gets deleted."""),
(1, "en", "instagram", "R", ["DISPARAGEMENT", "HARASSMENT"], """who let #8 on the court lmao should've stayed home 🤡 see u at the rematch buddy 👀"""),
# ---------- S shelter ----------
(1, "fr", "facebook", "S", [], """+1 ❤️ et la ligne de la maison répond 24/7, c'est confidentiel : [[T:450-555-0190]]"""),
(2, "fr", "facebook", "S", ["SURVIVOR_IDENTIFICATION", "LOCATION_DISCLOSURE"], """APPEL À TOUS 🙏 On cherche une poussette double, un lit de bébé et des vêtements 6-12 mois pour une résidente arrivée mardi soir avec ses jumeaux de 8 mois. Elle est partie de Ste-Agathe avec juste son sac à main, pauvre elle 💔
Si vous avez ça, vous pouvez le laisser devant la porte de côté de la maison, la grande maison jaune en face de l'église sur la rue Principale (sonnez pas svp, on va le ramasser). MERCI gang!! Partagez svp"""),
(3, "en", "instagram", "S", [], """10 years at the house today. 💜 Ten years of night shifts, burnt coffee and the bravest women I will ever meet. I'll never name you or tell your stories, but I carry every one of you.

Tomorrow, Dec 6, join us at the public vigil in front of city hall at 5 pm 🕯️ #jemesouviens #6decembre"""),
(4, "en", "facebook", "S", ["CONSENT_REQUIRED"], """Great to have all three mayoral candidates come meet the team yesterday and hear what women in our region need for housing 🏠 Whoever wins on Sunday, we'll hold you to it!
Pic below with our amazing night crew 📸 ([[P:Kim]], [[P:Nadia]] and [[P:sophie b.]] on the left, lol sorry [[P:Nadia]] your eyes were closed)"""),
(1, "fr", "instagram", "S", ["PRIVATE_EVENT_DISCLOSURE"], """les filles du groupe du jeudi : on change de local, c'est au sous-sol de l'église St-Jude à 19h ce soir 😘"""),
# ---------- C cisss-gaspesie ----------
(1, "fr", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """lol c'est exactement le p'tit gars de 9 ans qu'on a chez nous depuis son placement en mars à Chandler 😂 même face"""),
(2, "fr", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """À vendre lit superposé en bois + 2 matelas, 150$ negociable. Servait aux 2 jeunes que la DPJ nous avait placés, ils sont retournés chez leur mère [[P:Julie]] à Gaspé la semaine passée donc on en a pu besoin. Venez le chercher, écrivez-moi en privé"""),
(3, "en", "facebook", "C", [], """Throwback to Dec 2015, our very first year as a family-type resource 💙 No photos of the kids of course (rules are rules, and they're there for very good reasons) so here's our old kitchen instead, look at that wallpaper lol 😂 Ten years, so many Christmases. Grateful."""),
(4, "fr", "linkedin", "C", [], """Le candidat à la mairie promet un nouveau CLSC à chaque coin de rue... on verra ben après les élections 🙄 En attendant, pour l'info : les heures du sans rendez-vous sont publiées sur le site du CISSS de la Gaspésie, pis Info-Santé 811 répond 24/7."""),
(2, "en", "instagram", "C", ["CONFIDENTIAL_INFORMATION", "CONSENT_REQUIRED"], """GARAGE SALE saturday 9-2 at our place 🛍️ kids stuff, books, a treadmill. Also fyi for the team: the new door code at the resource is 4471#, @[[P:gen.arsenault]] can you pass it on to the night staff? 😉"""),
]
