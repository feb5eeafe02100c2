POSTS = [
# ---- brief 1: moving days and furniture donations
(1, "fr", "facebook", "S", ["SURVIVOR_IDENTIFICATION", "LOCATION_DISCLOSURE"], """Grosse journée de déménagement samedi avec l'équipe 💪🚚 On a aidé une de nos mamans à s'installer dans son nouveau 4½, celui au-dessus du dépanneur juste en face de l'église de Sainte-Martine, porte verte à gauche. Elle a enfin son chez-elle après 3 mois chez nous!! Elle commence lundi comme caissière de soir au Provigo du village, la grande aux cheveux rouges avec son petit gars de 4 ans, si vous la croisez faites-lui un beau sourire ❤️ Merci à tous ceux qui ont donné des meubles, le divan brun était parfait."""),
(1, "en", "instagram", "S", ["LOCATION_DISCLOSURE"], """THANK YOU for all the furniture 🛋️🙏 we got 2 dressers, a kitchen table and so many lamps lol. For anyone still wanting to drop stuff off: just pull into the back lot of the big blue house right beside the fire station, corner by the Petro-Canada, and ring at the door with no sign 😉 someone's always up. #donations #movingday #shelterlife"""),
(1, "fr", "facebook", "S", [], """📦 Collecte de meubles pour les femmes qui quittent l'hébergement 📦
On a besoin de lits simples, de commodes et de vaisselle pour les déménagements du 1er juillet. SVP n'apportez RIEN à la maison directement : on ne donne jamais notre adresse, c'est pour la sécurité des femmes et des enfants. Les dons se font au comptoir partenaire, [[A:215, rue Saint-Jacques]], à Saint-Jean-sur-Richelieu, du mardi au samedi. Questions? Notre ligne publique : [[T:450-555-0188]] (24/7). Merci de partager!"""),
(1, "en", "facebook", "S", ["CONSENT_REQUIRED"], """What a crew!! 📸 Moving day pics are up. Left to right: [[P:Julie]] our youth worker holding the mirror, [[P:Marco Dufresne]] from the board in the red toque pretending to help 😂, and [[P:Ginette]] from nights carrying the whole dresser by herself like a legend. Thank u all, couldn't do it without this team"""),
(1, "fr", "instagram", "S", ["SURVIVOR_IDENTIFICATION"], """ben voyons c'est-tu la fille a la civic mauve qui travaille au jean coutu de ste-julie?? je l'ai vu au demenagement 😮"""),
(1, "en", "linkedin", "S", [], """Ten years of helping women move out of shelter, and one rule I'll never bend on: no photos of the move. Not the truck, not the street sign, not the "new keys" selfie, even when the woman herself asks us to post it. We talk it through with her, explain what an ex can read from a doorframe or a licence plate, and most of the time she ends up thanking us. Furniture donations are still what make these days possible, so if your company is renovating an office, reach out to our public line. #DomesticViolence #Housing #Nonprofit"""),
]
# ---- brief 2: holiday meals and gift-wrapping nights
POSTS += [
(2, "fr", "facebook", "S", ["PRIVATE_EVENT_DISCLOSURE"], """🎁 Rappel pour l'équipe pis les bénévoles : la soirée d'emballage des cadeaux avec les mamans hébergées c'est jeudi le 18 à 19h, au sous-sol de l'église Saint-Joseph, on rentre par la porte de côté près du stationnement. Les filles vont être là avec les enfants donc on garde ça entre nous là 🤫 Apportez vos ciseaux pis du scotch, y'en manque toujours!"""),
(2, "en", "instagram", "S", ["CONSENT_REQUIRED", "SURVIVOR_IDENTIFICATION"], """Swipe ➡️ for the cutest gift wrapping night ever 🎄✨ That's [[P:Sandra]] laughing with tape stuck in her hair, our coordinator in the reindeer sweater (she'll kill me for this one 😂), and a couple of our moms and their kiddos at the back table, the one with the long braid and her twins, don't worry you can barely see their faces lol. Best night of the year"""),
(2, "fr", "instagram", "S", [], """Le souper-bénéfice de Noël est de retour! 🍽️🎄 Samedi 13 décembre, 18h, au Centre communautaire de Chambly. Billets à 60 $ en vente sur notre site ou au [[T:450-555-0163]]. Tous les profits vont à nos services d'hébergement et d'accompagnement. C'est un événement public, ouvert à toute la communauté, invitez vos collègues! #soupernoel #violenceconjugale #onestla"""),
(2, "en", "facebook", "S", ["SURVIVOR_IDENTIFICATION"], """Our holiday wish list is getting filled so fast, thank you!! 🎁 One mom staying with us this year only asked for winter boots for her three boys. Her oldest is 7, he's in [[P:Mme Paquette]]'s grade 2 class at École Saint-Michel in Granby, so if any parents from that class want to chip in for his boots just DM me, he's a size 2 and LOVES dinosaurs 🦖"""),
(2, "fr", "facebook", "S", ["PRIVATE_EVENT_DISCLOSURE"], """on se voit au reveillon des residentes le 24 a 17h, meme place que l'an passé 🎄😘"""),
(2, "en", "linkedin", "S", [], """Shared with her permission, and with details changed so no one can recognise her.

Last December a woman who had been with us for six weeks sat at our holiday table and said it was the first Christmas meal in eleven years she'd eaten without watching someone else's mood. She asked me to write that down and share it "so somebody else knows it's possible". So here it is.

Holiday meals in a shelter are not about the turkey. They're about a room where nobody has to be careful. Every year, our team and volunteers cook, set the tables, wrap gifts for the kids, and then quietly step back so the women can just be.

If you want to help this season: donate gift cards (grocery, pharmacy, clothing), not wrapped gifts, and please never ask us where the meal happens. The safest thing you can give is discretion. Our public line is open 24/7 for anyone who needs it, you don't have to live in a shelter to get support.

#EndViolenceAgainstWomen #Holidays #Community"""),
(2, "fr", "instagram", "S", ["CONSENT_REQUIRED", "SURVIVOR_IDENTIFICATION"], """Souper de Noël avec les filles de la maison hier soir 🥹🍗 Merci mille fois à [[P:Lucie]] pis [[P:Réjean]] du resto qui ont tout cuisiné gratis!! Sur la photo on voit nos intervenantes [[P:Karine]] et [[P:Steph]] avec leurs tuques de lutin, pis les tits bouts de nos résidentes qui ouvrent leurs cadeaux en avant, regardez la face de la petite de 3 ans avec sa poupée 😍😍"""),
]
# ---- brief 3: staff training days and conferences
POSTS += [
(3, "en", "linkedin", "S", ["CONSENT_REQUIRED"], """Such an energizing day at the provincial conference on tech-facilitated violence in Québec City! 🙌 Pictured: me, @[[P:nadia.belhumeur]] (our outreach coordinator, who crushed her workshop), and the wonderful presenter [[P:Dr Helen Marsh]] right after her talk on stalkerware. Big takeaway: safety planning has to include every device in the house, including the kids' tablets. Can't wait to bring this back to the team. #TFGBV #Training #Shelters"""),
(3, "fr", "linkedin", "S", ["PRIVATE_EVENT_DISCLOSURE"], """Belle journée de formation interne qui s'en vient sur les plans de sécurité numériques 💻🔒 Pour les collègues qui se demandaient : c'est mardi prochain de 9h à 16h, dans la salle du 2e au-dessus de la Caisse sur la rue Principale, la même salle qu'on prend le mercredi soir pour le groupe de soutien des femmes. Dîner fourni. Merci à notre coordonnatrice d'avoir organisé ça!"""),
(3, "fr", "facebook", "S", [], """Retour de formation sur la violence facilitée par la technologie 📱 Quelques trucs qu'on a appris et que tout le monde devrait connaître :
- Désactivez la localisation sur vos photos et dans vos applis de messagerie.
- Vérifiez quels appareils sont connectés à votre compte Google ou Apple.
- Un AirTag ou un traceur peut se cacher dans un sac, une auto, un toutou d'enfant.
- Changez vos mots de passe à partir d'un appareil que l'autre personne n'a jamais touché.
Si vous vivez de la violence ou vous inquiétez pour une proche, nos services sont gratuits et confidentiels, même si vous ne résidez pas en maison d'hébergement. Ligne 24/7 : [[T:1-855-555-0142]]."""),
(3, "en", "facebook", "S", ["SURVIVOR_IDENTIFICATION"], """Intense training day. We did a case study that honestly hit close to home, literally 😬 It was basically our file from last spring, the woman whose ex is a police officer in Saint-Hyacinthe and who ended up in emerg after the thing at the arena parking lot that never made the news. The trainer didn't know it was one of ours and half the room just went quiet. Anyway, great content on risk assessment, highly recommend."""),
(3, "fr", "instagram", "S", ["LOCATION_DISCLOSURE"], """Pause dîner entre deux formations 😎☀️ notre cour arrière est vraiment la plus belle : vue direct sur le clocher argenté pis la rivière, on voit même le pont couvert au bout de la rue 🥰 chanceuses de travailler icitte #maisondhebergement #Notre-Dame-de-Stanbridge #intervenante"""),
(3, "en", "instagram", "S", ["CONSENT_REQUIRED"], """lol @[[P:kat.roy]] in the back row sleeping thru the slides 😴📸 caught in 4k"""),
]
# ---- brief 4: "ask me anything" and Q&A threads
POSTS += [
(4, "en", "facebook", "S", [], """AMA answers, part 2 🙋‍♀️
Q: "Where is the shelter? I want to drop off clothes."
A: We never share our address, not even with donors, family or friends. That's what keeps women and kids safe. Donations go through our partner thrift store, details on our page.
Q: "Do I have to stay at the shelter to get help?"
A: No! Outreach, court accompaniment, safety planning, all free and confidential. Call or text the line 24/7: [[T:1-855-555-0142]].
Keep the questions coming 💜"""),
(4, "fr", "facebook", "S", ["LOCATION_DISCLOSURE"], """@[[P:mylene.t]] pas besoin de chercher ben ben loin, c'est la grande maison jaune à côté du CLSC, celle avec la clôture haute pis les caméras 😉 tu peux pas la manquer"""),
(4, "en", "instagram", "S", ["SURVIVOR_IDENTIFICATION"], """Q from the AMA: "Do women really go back to their abusers?" 
Honestly? Yes, and it's never because they're weak. We had a nurse from the ER at Charles-LeMoyne, night shift, early 30s, who came back to us three times before it stuck. Her colleagues never knew a thing. Leaving is a process, not a moment 💜 #AMA #DomesticViolence"""),
(4, "fr", "linkedin", "S", [], """J'ai fait un « Demandez-moi n'importe quoi » sur mon métier d'intervenante en maison d'hébergement et la question qui revient le plus c'est : « Tu dois en avoir des histoires! » Oui. Et non, je ne les raconterai jamais. Je ne parle pas des femmes que j'accompagne, ni de leur nom, ni de leur quartier, ni de leur job, même de façon vague. Ce que je peux dire : la violence conjugale touche tous les milieux, et le moment le plus dangereux c'est souvent la séparation. Si vous avez des questions générales, je suis là 🙂 #violenceconjugale #intervention"""),
(4, "fr", "facebook", "S", ["PRIVATE_EVENT_DISCLOSURE", "SURVIVOR_IDENTIFICATION"], """Q : est-ce que le groupe de soutien est encore ouvert aux nouvelles?
R : oui!! c'est tous les mardis 18h30 au local 204 du centre communautaire, en arriere du aréna. Tu vas être bien accueillie, y'a justement [[P:manon]] de St-Rémi qui vient depuis qu'elle a quitté son chum en septembre, elle va te présenter à tout le monde 🤗"""),
(4, "en", "facebook", "S", [], """Line's open 24/7 ❤️ [[T:1-888-555-0177]] you don't have to live in a shelter to get help"""),
]
