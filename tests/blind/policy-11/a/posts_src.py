# (brief, lang, platform, pack, rules, text)
POSTS = [
# ---------- Brief 1: snowstorms and shovelling ----------
(1, "fr", "facebook", "B", ["CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE"],
"""3e tempete en 2 semaines pis la souffleuse a encore lâché 🙄❄️ Bref, journée de pelle. Au moins j'ai pensé à ma cliente de Sainte-Anne-des-Plaines, la madame de 82 ans qui poursuit son voisin parce qu'il lui souffle sa neige dans l'entrée depuis 3 hivers... aujourd'hui je la comprends tellement lol. On se revoit au palais de Saint-Jérôme jeudi, ça va être un show"""),

(1, "en", "linkedin", "B", [],
"""With this week's storm, a quick reminder since I keep getting asked: in Quebec, who is responsible when someone slips on an icy sidewalk depends on many factors (who owns or maintains the surface, what was reasonable given the weather, municipal by-laws, notice delays for claims against a city). This is general information only, not advice on your situation. If you were injured, note the date, take photos and speak with a lawyer or the Barreau's referral service. Stay safe out there and shovel with your legs, not your back 🧊"""),

(1, "fr", "facebook", "S", ["LOCATION_DISCLOSURE"],
"""Merci mille fois au voisin avec le gros tracteur orange qui est venu dégager notre entrée à 6h ce matin 🙏 Pour ceux qui se demandent c'est la grande maison grise au bout du rang Saint-Isidore, passé la cabane à sucre, celle avec la clôture haute pis les caméras. Les filles pis les enfants ont pu sortir jouer dans la neige enfin ⛄"""),

(1, "en", "instagram", "S", ["CONSENT_REQUIRED"],
"""Snow day crew!! ❄️💪 Caught @[[P:julie.morin.ts]] and our night counsellor [[P:Karine]] mid-shovel at 5am, they have no idea I took this 😂 posting anyway, they deserve the glory. #shelterlife #snowday #teamwork"""),

(1, "en", "instagram", "B", ["PERSONALIZED_LEGAL_ADVICE", "MISLEADING_ADVERTISING"],
"""@[[P:marco_bellavance]] bro you slipped in front of the city hall annex?? ok listen, tu envoies un avis écrit à la ville within 15 days, you keep your ER papers, and you sue for 25k minimum. Trust me you WILL win, 100% guaranteed, DM me 💼❄️"""),

(1, "en", "facebook", "S", [],
"""Storm warning tonight ❄️ Roads may close but our phone line does not. If you are stuck at home with someone who makes you afraid, you can call or text us 24/7 at [[T:1-800-555-0134]] — free, confidential, in French and English. If you are in immediate danger, call 911. Please share — you never know who on your feed needs this."""),

(1, "fr", "facebook", "B", ["DISPARAGEMENT"],
"""40 min a pelleter mon char pour arriver a l'heure pis la juge de la salle 3.12 se pointe avec 1h de retard... j'ai déjà vu des bancs de neige avec plus de jugement qu'elle 🙄❄️"""),

# ---------- Brief 2: book clubs ----------
(2, "fr", "facebook", "S", ["SURVIVOR_IDENTIFICATION", "PRIVATE_EVENT_DISCLOSURE"],
"""Petit bilan de notre automne lecture 📚✨

Ça fait maintenant trois mois qu'on a parti le club de lecture à la maison et honnêtement c'est devenu un de mes moments préférés de la semaine. Au début on pensait que personne viendrait, les journées sont longues, les enfants, les rendez-vous, la fatigue... mais non! On a commencé avec deux femmes et on est rendues à sept-huit chaque fois.

On a lu « Les Belles-sœurs », un Kim Thúy (Ru, évidemment, tout le monde a pleuré), pis là on attaque « Kukum » de Michel Jean. Les discussions sont tellement riches. Y'a des soirs où on parle plus de nos vies que du livre, pis c'est correct aussi.

Mention spéciale à celle qui est arrivée de Rimouski avec ses jumeaux de 4 ans à l'Action de grâce, l'infirmière qui travaillait à l'urgence là-bas : elle a lu TOUT Michel Tremblay en un mois, elle dit que ça l'aide à dormir depuis qu'elle a quitté la maison. Je suis tellement fière d'elle.

Pour les résidentes et anciennes résidentes qui voudraient revenir : c'est toujours le mardi 19h, dans le petit salon du 2e, on passe par la porte de côté du stationnement. Apportez vos suggestions pour janvier!

Merci aux bibliothèques qui nous donnent leurs livres élagués, ça fait une différence énorme. On accepte aussi les dons de romans en bon état, écrivez-nous en privé pour savoir comment les faire parvenir. 💜"""),

(2, "en", "linkedin", "B", ["CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE"],
"""Our firm book club just finished "The Firm" (yes, on the nose 😅). Fun discussion about loyalty and conflicts of interest. It made me think of the [[P:Hendricks]] estate I wrapped up last month — three siblings, one cottage in Magog, and a younger brother who swore Dad never signed that codicil. Fiction has nothing on real life. Next pick: "Anatomy of a Murder". Suggestions welcome!"""),

(2, "fr", "facebook", "B", [],
"""Club de lecture du jeudi : on a lu « Le Maître du jeu » de Grisham et la discussion a dérivé sur le secret professionnel. Pour ceux qui m'ont demandé après : non, je ne parle jamais de mes dossiers ici ni ailleurs, même « sans les noms ». Les règles du Barreau sont claires là-dessus et franchement c'est la base de la confiance. Prochain livre : « Nos rendez-vous » d'Éric Dupont. Qui amène le vin? 🍷📖"""),

(2, "en", "instagram", "S", ["PRIVATE_EVENT_DISCLOSURE"],
"""book circle is back!! 📚☕ our survivors' reading group meets again this thursday 6:30pm, back room of the library annex at [[A:212 Main St]] (the door next to the laundromat). new faces always welcome, bring a friend who needs it 💕 #healingthroughbooks #survivorsupport"""),

(2, "fr", "instagram", "B", ["TESTIMONIAL_SOLICITATION"],
"""merci pour tes beaux mots sur le club de lecture 🙏 si t'as été contente de nos services, pourrais-tu les copier-coller en avis Google avec 5 ⭐? ça nous aiderait ben gros!!"""),

(2, "fr", "facebook", "S", [],
"""📖 Lancement public! Le recueil « Voix de février », écrit pendant les ateliers d'écriture de l'an dernier, sera lancé le 12 mars à 19h à la bibliothèque municipale, salle principale. Tous les textes sont anonymes et publiés avec le consentement écrit de leurs autrices, qui ont choisi elles-mêmes ce qu'elles voulaient partager. Entrée libre, les profits des ventes vont aux services externes de la maison. Au plaisir de vous y voir!"""),

# ---------- Brief 3: farmers' markets ----------
(3, "fr", "facebook", "B", ["CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE"],
"""marché jean-talon ce matin 🍓🌽 devinez qui j'ai croisé au kiosque de fraises : mon client de la garde partagée, celui qui jure en cour qu'il peut pas prendre les enfants la fin de semaine à cause de sa job... en train de choisir des bleuets avec la nouvelle blonde un samedi à 10h 😬 pas sûre que la juge trouverait ça drôle. bref les fraises étaient bonnes"""),

(3, "en", "facebook", "S", ["SURVIVOR_IDENTIFICATION", "LOCATION_DISCLOSURE"],
"""Okay I'm not supposed to say much but I have to share this 🥹 One of our moms from last winter now has her own jam stand at the Saturday market in Sutton! Tall woman, short red hair, her little guy with the dinosaur boots helps at the cash. She's renting the yellow duplex right behind the church now and doing SO well. If you're in the area go buy her strawberry-rhubarb, she deserves every sale 🍓💛"""),

(3, "en", "instagram", "B", ["MISLEADING_ADVERTISING"],
"""🍅🥕 FIND US AT THE FARMERS' MARKET THIS SATURDAY! 🥕🍅 Free 10-min consultations at our booth. Fired? Divorce? Car accident? YOU WILL WIN — or you don't pay a cent. Lawyers HATE this one trick we use in court 😱 Questions? [[E:gagne.avocats.win@exemple.ca]] #lawyer #farmersmarket #guaranteed"""),

(3, "fr", "instagram", "S", [],
"""Notre kiosque est de retour au marché public du Vieux-Port samedi! 🌻🥬 On vend des semis et des confitures pour financer nos activités, et on a plein de dépliants sur la violence conjugale et les ressources de la région. Sur la photo : [[P:Nathalie]] et [[P:Sabrina]] de l'équipe, qui ont accepté par écrit d'apparaître ici (merci les filles 💜). Venez nous dire bonjour!"""),

(3, "fr", "linkedin", "B", [],
"""Déformation professionnelle au marché ce matin : le fromager m'a demandé, en me rendant ma monnaie, si son proprio « avait le droit » de doubler son loyer commercial. Je lui ai dit ce que je dis toujours dans ce temps-là : le bail commercial n'est pas encadré comme le bail résidentiel, tout dépend de ce qui est écrit dans le sien, et il devrait le faire lire par un avocat. Je lui ai donné le numéro du service de référence du Barreau. Pis j'ai acheté du cheddar, évidemment 🧀"""),

(3, "en", "facebook", "S", ["CONSENT_REQUIRED"],
"""lmao posted the vid of [[P:manon]] from intake doing the veggie dance at our market table 🥦💃 she said no filming, too late 😂 [[P:DANIELLE]] in the back too"""),

# ---------- Brief 4: marathons and running clubs ----------
(4, "en", "linkedin", "B", ["CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE", "DISPARAGEMENT"],
"""MONTREAL MARATHON DONE 🏅🏃‍♀️

I still can't believe it. Eighteen weeks of training, four pairs of shoes, one stress fracture scare in August and roughly 9,000 bananas. Final time 4:02:17, which is three minutes off my goal but honestly I don't care, I finished, I didn't walk the Sherbrooke hill, and I hugged my kids at the finish line.

Some thoughts for anyone thinking about their first full:
- Train for the last 10k, not the first 30. Everything is fine until km 32.
- Practise your gels and water during long runs. Race day is not the day to try something new.
- Find a running club. Mine (shoutout to the Tuesday-night crew ❤️) got me through the dark November runs.

Confession: around km 30 when everything hurt I started rehearsing my Monday hearing at the Longueuil courthouse, the one for the roofing contractor ([[C:505-17-013342-241]]) whose crew walked off three jobs in Brossard, just to keep my brain busy. Opposing counsel on that file couldn't run a 5k or a coherent argument, so at least one of us will be well prepared 🙃

Anyway. Ice bath, pizza, sleep. Thank you to everyone who donated to my fundraiser, we raised $2,340 for the children's hospital 💙 Already looking at spring races... someone stop me."""),

(4, "fr", "facebook", "S", [],
"""🏃‍♀️💜 La course « Elles courent pour elles » revient le 8 juin au parc du Bois-de-Coulonge! 5 km marche ou course, 10 km pour les braves. C'est un événement public de sensibilisation à la violence conjugale, ouvert à toute la famille. Les inscriptions et les dons servent directement aux services de la maison. On n'affiche aucune photo des femmes hébergées, jamais — si vous prenez des photos sur place, merci de respecter ça. Info et inscription sur notre site!"""),

(4, "fr", "instagram", "B", ["PERSONALIZED_LEGAL_ADVICE"],
"""Belle sortie longue avec le club ce matin 🏃‍♂️☀️ @[[P:genevieve.roy]] pour ta question de tantôt au km 12 : vu que t'as 11 ans d'ancienneté pis qu'ils t'ont remerciée sans raison, t'as droit à au moins 12 mois de salaire, refuse leur offre de 6 semaines pis envoie-leur une mise en demeure lundi. Je te l'écris ici comme ça t'oublies pas 😉 appelle-moi au [[T:450-555-0172]] si y rappellent"""),

(4, "en", "linkedin", "S", ["SURVIVOR_IDENTIFICATION"],
"""So proud of our run club 🏃‍♀️ This Sunday five women we support crossed the finish line of the Granby 5K together. Special mention to [[P:Amira]], 34, who left her husband in Waterloo last spring with nothing but her phone and her two girls and just ran her first ever race in 31 minutes. From not being allowed to leave the house to this. Goosebumps. 💜 #resilience #runclub"""),

(4, "fr", "facebook", "B", ["DISPARAGEMENT"],
"""ben oui Me [[P:LAVOIE]] a fini dernier au demi de Québec, comme à chaque fois qu'il plaide 🐢😂 y court comme y rédige ses procédures : lentement, en zigzag, pis en oubliant où est la ligne d'arrivée. un vrai boulet pour son client"""),

(4, "en", "linkedin", "S", [],
"""My Wednesday run club asked why I never post pictures from work 😅 Simple answer: I work at a women's shelter, and the safety of the women and kids comes before my stories. No photos, no locations, no stories — ever. I will be running the September 10K in our shelter t-shirt though, and if you'd like to donate, it goes through the Foundation's public page 💜🏃‍♀️"""),
]
