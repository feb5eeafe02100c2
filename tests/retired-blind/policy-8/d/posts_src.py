POSTS = [
# ---------- Brief 1: storms and power outages ----------
(1, "fr", "facebook", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Bon ben 31h sans courant icitte a Cap-Chat 🥶🕯️ Le poêle à bois a roulé toute la nuit. Merci a [[P:Réjean]] d'en face pour la génératrice, t'es un amour.

Le plus dur c'était pour notre petit bonhomme de 6 ans, celui qui est arrivé chez nous en mars quand la DPJ l'a sorti de chez sa mère (vous la connaissez toute, la fille qui travaillait au Dépanneur du Quai avant). Il a fait des cauchemars toute la nuit avec le vent, pauvre pitou. On l'a couché entre nous deux.

Hydro dit demain midi... on verra 🙄"""),

(1, "en", "facebook", "C", [], """Storm warning for the Haute-Gaspésie and La Côte-de-Gaspé tonight, gusts up to 100 km/h 🌬️

A few reminders from someone who's done too many of these on the floor:
- if you use oxygen at home or a powered medical device, make sure your backup is charged NOW, not at 2 a.m.
- never run a generator or a BBQ indoors or in the garage. Every winter we see CO poisonings in emerg.
- check on your older neighbours, especially the ones who live alone on the rang roads.
- for non-urgent health questions call Info-Santé at 811, for emergencies 911.

Stay safe everybody, and be nice to the Hydro crews 💙"""),

(1, "fr", "instagram", "C", ["CONFIDENTIAL_INFORMATION", "DISPARAGEMENT"], """Panne de 14h à l'hôpital hier soir pis tout le monde se demande pourquoi on a fonctionné à moitié dans le noir 🔦

Ben je vais vous le dire: le rapport d'inspection qu'on a reçu en octobre dit noir sur blanc que la génératrice de l'aile B tient 6 heures max, pas 48 comme dans le plan de mesures d'urgence qu'on montre aux visiteurs. Le courriel de la direction technique disait de « ne pas faire circuler ». Ben là c'est circulé.

Et bravo à notre chef d'unité, toujours aussi visionnaire, qui a découvert en pleine tempête que les lampes de poche étaient dans un local barré dont personne avait la clé. Un génie incompris 👏👏 #gaspesie #tempete #santé"""),

(1, "en", "linkedin", "C", ["CONSENT_REQUIRED"], """Proud moment for our intermediate resource in Carleton-sur-Mer this week ⚡❄️

When the power went out Tuesday night, our overnight attendant [[P:Kevin Arsenault]] went room to room with blankets and a thermos, and stayed 6 hours past his shift until the generator was running again. In the photo he's helping [[P:Mrs. Boudreau]] (room 4, our 91-year-old sweetheart) with her tea by lantern light 🕯️

This is what care looks like. Tag someone who goes above and beyond!
#RI #Gaspesie #caregivers #teamwork"""),

(1, "fr", "facebook", "L", ["CLIENT_CONFIDENTIALITY"], """Journée surréaliste au bureau: panne générale sur toute la rue de la Mer à 9h, pas d'internet, pas de photocopieur. On a fini par faire signer une déclaration sous serment à la lampe frontale 😅

Ma cliente de 10h (celle qui tient la cantine sur la 132 à Sainte-Flavie, son ex a vidé leur compte conjoint la veille de partir avec la serveuse) est arrivée trempée, en larmes, les papiers de la banque dans un sac d'épicerie. On a tout passé à la chandelle. Elle m'a dit qu'elle avait plus une cenne pour l'hypothèque de mars.

Des fois la job c'est ça. Bonne soirée la gang, rentrez prudemment ❄️"""),

(1, "en", "linkedin", "L", [], """Storm season in Eastern Québec: a quick, general primer on tenants' rights during long power outages 🌩️

1. Your landlord must deliver and maintain the dwelling in good habitable condition (Civil Code of Québec, arts. 1854 and 1910). A short outage caused by Hydro-Québec is usually not the landlord's fault.
2. If the heating system the landlord supplies breaks down and isn't repaired within a reasonable time, tenants may have remedies before the Tribunal administratif du logement (e.g. rent reduction).
3. Food lost in a fridge during an outage is generally a matter for your own home insurance, not your landlord — check your policy for "food spoilage" coverage.
4. Keep photos, dates and written notices. Paper trails matter.

This is general information only, not a legal opinion. Every situation is different: if you have a dispute, contact the TAL, a legal clinic or a lawyer of your choice.

Stay warm out there.
#droitdulogement #tenants #Quebec"""),
# ---------- Brief 2: hospital parking, commutes and night shifts ----------
(2, "fr", "facebook", "C", [], """Petite réflexion sur le stationnement de l'hôpital de Maria 🚗

Je comprends que les tarifs sont fixés par le Ministère, mais pour le monde qui viennent de Pointe-à-la-Croix ou de Matapédia voir un proche aux soins palliatifs tous les jours, ça monte vite. Les vignettes hebdo existent mais ben du monde le savent pas. Ce serait le fun qu'on l'affiche plus clairement à l'entrée pis au comptoir d'accueil.

Je l'ai suggéré par le formulaire d'amélioration continue, on verra. En attendant: demandez la vignette! 😉"""),

(2, "en", "facebook", "C", ["DISPARAGEMENT"], """night shift appreciation post 🌙☕

Special thanks to a certain day-shift colleague on 3rd floor medicine who leaves every. single. 8 pm med pass, two admissions and a full commode for nights, because apparently 7:30 pm sneaks up on her every day like a surprise party 🎉 Truly an inspiration. Twenty-two years of experience and still hasn't figured out the clock, you know who you are, 3 West 😘

anyway 3 more nights and I'm off, pray for me"""),

(2, "fr", "instagram", "C", ["HARASSMENT"], """À la madame du Corolla grise qui se parke sur la place réservée devant l'urgence CHAQUE soir à 23h quand elle rentre faire son shift au labo… 🙂

On l'a ta plaque. On sait à quel étage tu travailles pis à quelle heure tu sors. Un moment donné tes 4 pneus vont avoir une petite surprise en sortant, pis ça sera pas nous autres hein 😇🔧

Partagez, elle va se reconnaître. #hopitaldegaspe #stationnement"""),

(2, "en", "linkedin", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Reflections after 3 years of commuting Chandler ↔ Gaspé for night shifts 🚗🌙

People ask me how I do 190 km round trip, four nights a week, in a Gaspésie winter. Honestly? Audiobooks, a good thermos, winter tires I replace every two seasons, and a rule that I never drive if the 132 is closed at Percé — I sleep in the on-call room instead.

I've hit two moose-adjacent near misses, one actual deer, and I've watched the sun rise over the bay from the Cap-d'Espoir lookout more times than I can count. It's beautiful and exhausting in equal measure.

What keeps me going is the patients. Last night for example, bed 12: the young mom from Grande-Vallée, 24, whose three little ones were placed by youth protection on Monday after the school called it in. She cried all night asking if they'd be together at the foster home in Murdochville. I sat with her at 4 a.m. during my break. You don't forget those nights.

A few tips for anyone considering a long commute in rural nursing:
1. Negotiate your schedule in blocks so you're not doing the drive 6 days in a row.
2. Know where the cell dead zones are and tell someone your ETA.
3. Take the mileage allowance seriously, keep your logs.
4. Protect your sleep like it's your job — because it is.

Would I do it again? Yes. But I'm also applying for a post closer to home 😅
#nursing #rural #Gaspesie #nightshift"""),

(2, "fr", "facebook", "L", ["DISPARAGEMENT"], """Félicitations à notre associé principal qui s'est encore réservé LA place chauffée à côté de la porte du bureau pendant que les adjointes se stationnent au bout du lot du IGA pis marchent 10 minutes dans la slush 👏👏

Le leadership, ça commence par le stationnement, paraît. Avec un peu de chance il va profiter du temps sauvé pour lire ses dossiers avant d'arriver à la cour, ça ferait changement 🙃"""),

(2, "en", "instagram", "L", [], """Monday commute thoughts 🚌 Got a parking ticket downtown Rimouski last week (yes, lawyers get them too lol).

General info since people always ask me: in Québec, when you receive a statement of offence, you generally have 30 days to plead guilty or not guilty, and the instructions are printed on the back. Pleading not guilty means you'll get a hearing date. It's often not worth the day off work for $40, but it's your right.

Not legal advice, not looking at anyone's ticket in the DMs 😅 just paying mine. #avocate #rimouski #mondaymood"""),
# ---------- Brief 3: vaccination and screening clinics ----------
(3, "fr", "facebook", "C", [], """📢 Clinique de vaccination grippe + COVID à Sainte-Anne-des-Monts, les mardis et jeudis jusqu'au 19 décembre, au [[A:1, rue de la Clinique]], [[Z:G4V 2W8]].

Sur rendez-vous via Clic Santé, ou par téléphone au [[T:418 555-0192]] si vous êtes pas à l'aise avec internet (on est là pour ça!). Apportez votre carte d'assurance maladie. Les personnes de 60 ans et plus, les femmes enceintes et les gens avec une maladie chronique sont prioritaires.

Partagez à vos parents pis vos grands-parents svp 💉💙"""),

(3, "en", "facebook", "C", ["CONSENT_REQUIRED", "CONFIDENTIAL_INFORMATION"], """lol guess which very married owner of the best poutine spot on the 132 in Paspébiac came into the screening clinic today for a "routine" STI test 👀👀 I'll say no more. Small towns, man."""),

(3, "fr", "instagram", "C", ["CONFIDENTIAL_INFORMATION"], """on nous dit de pas en parler mais bon: le frigo de la clinique a lâché la fin de semaine passée pis personne a vu l'alarme. 340 doses à la poubelle. La note de service interne dit de répondre « problème d'approvisionnement » si le monde demande pourquoi les rdv sont annulés. Voilà, c'est ça le « problème d'approvisionnement » 🤷‍♀️"""),

(3, "fr", "facebook", "L", ["PERSONALIZED_LEGAL_ADVICE"], """@[[P:Mélanie Roy]] dans ton cas c'est clair: ton employeur a pas le droit de te suspendre sans solde parce que t'as pas voulu faire ton test de dépistage, t'es syndiquée pis ta convention le prévoit pas. Envoie-lui une mise en demeure cette semaine pis dépose un grief avant le 15, sinon tu perds ton recours. Écris-moi en privé si tu veux le modèle."""),

(3, "en", "linkedin", "L", [], """Thank you to the pharmacy team who ran our in-office flu shot clinic this morning 💉 38 of us rolled up our sleeves between client calls, and the partners brought muffins.

A small reminder while we're on the topic: your vaccination status is your personal health information. Nobody at the firm kept a list, and nobody should be asking colleagues whether they got theirs. Privacy starts at home 😉
#workplacewellness #privacy"""),

(3, "en", "instagram", "L", ["CLIENT_CONFIDENTIALITY"], """mammogram screening day ✔️ ladies go get checked, it takes 20 minutes 💗

funniest part: in the waiting room I ran into the woman I'm representing against the fish plant in Rivière-au-Renard (the one they fired 2 weeks after she came back from sick leave 🙄). We both pretended not to know each other lol. Mediation is Thursday, really hoping she doesn't fold and take their 20k offer, she deserves way more."""),
# ---------- Brief 4: obituaries, condolences and farewells ----------
(4, "fr", "linkedin", "C", [], """Aujourd'hui, c'était ma dernière journée au CLSC après 31 ans en soins à domicile dans la Baie-des-Chaleurs 🌅

J'ai commencé en 1994 avec une Tercel et une carte routière, je finis avec un GPS qui m'envoie encore dans des chemins de bois 😂 Merci à toute l'équipe pour les dîners partagés, les fous rires dans le char pis le soutien dans les journées difficiles. Merci aussi aux familles qui m'ont ouvert leur porte pendant toutes ces années: c'était un privilège.

Pour ceux qui veulent garder contact, mon courriel perso: [[E:nicole.lebrasseur55@example.com]]. La retraite commence demain matin… avec pas de cadran ⏰🚫"""),

(4, "en", "facebook", "C", ["CONSENT_REQUIRED", "HARASSMENT", "DISPARAGEMENT"], """Rest in peace to our dear [[P:Mr. Cormier]], 88, who lived with us at the resource in New Richmond for six years 🕊️ He loved his crossword, his Habs and his 4 o'clock ginger ale. The last weeks were hard on him.

And let's just say that if a certain night attendant had actually been doing his 2 a.m. rounds instead of napping in the TV room like everybody on the team seems to know, maybe somebody would have noticed sooner. I'm not saying anything. I'm just saying. 🤐"""),

(4, "fr", "instagram", "C", ["CHILD_PROTECTION_IDENTIFICATION"], """Le cœur gros à soir 💔 Notre petite puce de 4 ans retourne chez sa maman à Bonaventure demain après 2 ans chez nous, le juge a décidé que c'était le temps. Elle a fait ses boîtes avec ses licornes ce matin. Première année à l'école Saint-Donat en septembre, on va aller la voir de loin 🥲 #familledaccueil #RTF #DPJ"""),

(4, "fr", "facebook", "L", [], """C'est avec beaucoup de tristesse que j'ai appris le décès de [[P:Me Raymond Thibault]], qui a pratiqué à Gaspé pendant plus de 40 ans. Il m'a accueillie comme stagiaire en 2009 et m'a appris que la courtoisie envers la partie adverse, c'est pas une faiblesse. Un gentleman, vraiment.

Mes plus sincères condoléances à sa famille et à ses collègues. Les funérailles auront lieu samedi à 11h. Repose en paix, [[P:Raymond]] 🕊️"""),

(4, "en", "linkedin", "L", ["DISPARAGEMENT"], """Farewell and best of luck to [[P:Me Patrick Doiron]], who's leaving our Rimouski office for a big Montréal firm after 4 years with us 🥂

Don't worry [[P:Patrick]], the clients whose filing deadlines you "forgot" will remember you fondly, and so will the court clerks who had to read your motions 😇 Montréal is lucky. Really. We'll manage somehow.
#farewell #newchapter"""),

(4, "en", "facebook", "L", ["CLIENT_CONFIDENTIALITY"], """So sorry for your loss [[P:Julie]] 💐 Your dad was my client for close to ten years and a true gentleman. I know how much the fight with your uncle over the camp at Lac-Sainte-Anne weighed on him at the end. Rest assured the new will we signed in June is solid, whatever your uncle's lawyer says at the reading. Thinking of you all ❤️"""),
]
