POSTS = [
# ---------- brief 1: back to school supplies ----------
(1, "fr", "facebook", "R", ["DISPARAGEMENT"], """Bon ben la liste de fournitures de 2e secondaire est sortie pis comme chaque année c'est n'importe quoi 😅 12 duo-tangs de couleurs PRÉCISES, une calculatrice scientifique à 40$, pis des crayons HB "de marque seulement"... Fait que samedi matin j'étais au Bureau en Gros avec les deux grands, sac de sport dans une main, liste dans l'autre.

Petit rappel pour les parents des Cobras juvéniles : l'entraînement reprend le 3 septembre, 17h30 au gymnase. Apportez une gourde identifiée, on en a perdu 14 l'an passé lol.

En passant j'ai croisé l'entraîneur des Faucons dans l'allée des cartables. Le gars était pas capable de choisir entre deux reliures à anneaux, je comprends mieux pourquoi ses systèmes de jeu ressemblent à un dessin de maternelle 🙃 Faudrait peut-être lui acheter un ensemble de crayons de couleur pour ses plans de match.

Bref! Si quelqu'un a des couvre-livres en trop, mon plus jeune en cherche encore. Bonne rentrée à toute la gang 🏐📚"""),

(1, "en", "linkedin", "L", ["CLIENT_CONFIDENTIALITY"], """Back-to-school season is always busy in family law. Supply lists, daycare fees, sports registrations: these "special expenses" are where co-parenting tends to crack.

A few things I see every September:
1. Parents assume the other side "knows" what the school asked for. They don't. Forward the list the day you get it.
2. Nobody keeps receipts. Then in March there is a $600 disagreement about calculators and gym uniforms that nobody can prove either way.
3. The agreement says "shared extracurricular costs" but never defines what counts. Is hockey extracurricular? Is the school's robotics club? Vague wording is a lawsuit waiting to happen.
4. Kids end up in the middle, carrying messages and invoices between two homes. Please don't do that to them.

This week alone I spent two hours with a mom from Saint-Bruno whose ex has refused to pay his half of anything since their May separation, including the $380 Chromebook her son needs for his sec. 3 program at Collège Durocher's enriched stream. We go before the court on the 12th. Fingers crossed the judge sees through his "I'm between jobs" routine.

If you are co-parenting, keep your receipts. All of them. And if your agreement predates your kids starting high school, it may be time to have it reviewed: what made sense for a daycare-aged child rarely fits a 15-year-old with a laptop, a team jersey and a bus pass. #familylaw #backtoschool"""),

(1, "en", "instagram", "R", [], """SUPPLY DRIVE RECAP 🎒✏️ Our senior girls' basketball team collected 212 backpacks for families in Longueuil this weekend!! Huge thanks to @[[P:mel.charbonneau]] for running the sorting table for 6 hours straight and to every parent who dropped off a box of pencils. Late drop-offs still welcome at the school, [[A:1450, rue Saint-Charles Ouest]], Longueuil [[Z:J4K 1C7]] until Friday. Proud coach moment 🧡 #RSEQMonteregie #giveback"""),

(1, "fr", "facebook", "L", ["PERSONALIZED_LEGAL_ADVICE"], """@[[P:Julie Lapointe]] dans ton cas, vu que ton jugement de garde dit "frais particuliers partagés 50/50", ton ex est obligé de payer sa moitié de la liste de fournitures. Envoie-lui une mise en demeure d'ici le 15 sept avec les factures en annexe, pis s'il paye pas tu déposes au petit cr. C'est clair que tu gagnes."""),

(1, "fr", "facebook", "R", ["HARASSMENT"], """mdr la mère à [[P:Zoé]] qui chialait contre l'arbitre samedi, je l'ai vue au Walmart de Chambly acheter des cartables avec son char rouge stationné dans le fond... on sait où elle magasine astheure 😏 peut-être qu'on ira la saluer la prochaine fois, toute l'équipe ensemble. elle va comprendre"""),

(1, "en", "facebook", "L", [], """Quick reminder as school starts: in Quebec, the child support guidelines set a basic amount, but "special expenses" (daycare, post-secondary, some extracurriculars) can be added on top and shared in proportion to income. Ordinary school supplies are usually covered by the basic amount, not added separately. Every situation is different, so if you have questions about your own agreement, book a consultation rather than asking in the comments 🙂 #droitdelafamille"""),

# ---------- brief 2: gym and fitness challenges ----------
(2, "en", "instagram", "R", ["DISPARAGEMENT", "HARASSMENT"], """Day 12 of the squad's 30-day plank challenge 💪 everybody's over 3 min now… well, almost everybody 👀 @[[P:jaden_roy07]] tapped out at 48 sec AGAIN. day 12 bro. my little sister holds longer and she's 9 🤣🤣 tag him so he sees it lmao #weakestlink #RSEQ"""),

(2, "fr", "facebook", "R", ["DISPARAGEMENT", "HARASSMENT"], """DÉFI 30 JOURS – BILAN DE LA SEMAINE 3 🏋️‍♀️🔥

Salut la famille des Gladiateurs! On arrive aux trois quarts du défi de conditionnement physique de l'automne et honnêtement je suis impressionné. Petit résumé pour les parents qui suivent pas le groupe Messenger :

- Squats : la moyenne de l'équipe est passée de 35 à 61 en une minute. Énorme.
- Course navette (bip test) : 9 joueurs ont gagné au moins deux paliers. Mention spéciale aux joueurs de secondaire 1 qui étaient tous en bas de la liste en août.
- Souplesse : ça, on en reparlera… les ischio-jambiers de la gang sont en béton armé 😂 On va ajouter 10 minutes d'étirements à la fin de chaque pratique.

Rappel : la nutrition compte autant que l'entraînement. Des collations santé dans le sac (fruits, noix si pas d'allergie dans le groupe, yogourt), et de l'EAU, pas des boissons énergisantes. On en a vu deux avec des canettes de Monster la semaine passée, pas question.

Sinon, entre vous et moi, vous avez remarqué que l'arbitre en chef de samedi passé, le grand avec la moustache, s'entraîne au même gym que le coach des Riverains à Beloeil? Ils ont été vus ensemble plus d'une fois, paraît-il, et pas juste sur le tapis roulant 😉 Je dis pas qu'il y a un lien avec les trois pénalités ridicules qu'on a mangées en deuxième demie… mais je dis pas qu'y en a pas non plus. Faites vos propres déductions et partagez si vous trouvez ça louche.

Pour la semaine 4 : on termine avec le circuit "enfer du vendredi" (burpees, fentes sautées, planche, sprint). Ceux qui complètent le défi au complet reçoivent le t-shirt officiel et une pointe de pizza chez Pizzeria du Village après le match du 18. Les parents bénévoles, on a besoin de deux personnes pour chronométrer; écrivez à [[E:gladiateurs.benevoles@exemple.ca]] ou texto au [[T:450-555-0187]].

Lâchez pas, vous êtes malades! 💙💛 – Coach [[P:Stéphane]]"""),

(2, "en", "linkedin", "L", ["CLIENT_CONFIDENTIALITY"], """Hit a new deadlift PR this morning (140 kg!) at the gym on boul. Taschereau, the same one where, a few months back, a certain 52-year-old nurse from Greenfield Park fell off a cable machine nobody had inspected since 2021. She's been off work since March and we're filing against the franchise owner next week. Every time I walk past that machine I take a picture for the file 📸

Anyway: consistency beats intensity, in the gym and in litigation. #fitness #personalinjury #lawyerlife"""),

(2, "fr", "instagram", "L", [], """Jour 21/21 du défi "un kilomètre par jour" ✅🏃‍♀️ Merci à l'équipe du cabinet qui a embarqué avec moi, même ceux qui juraient qu'ils couraient juste pour attraper l'autobus 😂 On a amassé 2 340$ pour la Fondation de l'Hôpital Pierre-Boucher. Mes clients me demandent souvent comment je gère le stress des procès : ben voilà, c'est ça 👟 #défi21jours #avocate #santémentale"""),

(2, "fr", "instagram", "R", ["DISPARAGEMENT"], """lol la gang a st-jean fait le defi burpees eux aussi?? y'en ont ben besoin, à voir leur ailier gauche courir on dirait un frigo sur des roulettes 🐷🐷💀"""),

(2, "en", "facebook", "L", ["DISPARAGEMENT"], """So one of my clients (you know who you are 🙄) missed THREE document deadlines this month but somehow found the time to invite me to his CrossFit "accountability challenge." Buddy, the only thing you've ever been accountable for is my grey hairs. Some people should honestly not be allowed to hire lawyers."""),

# ---------- brief 3: hunting and fishing season ----------
(3, "fr", "facebook", "R", [], """Avis aux parents des Vikings benjamins 🦌 : c'est l'ouverture de la chasse au chevreuil en fin de semaine pis la moitié du personnel d'entraîneurs va être dans le bois (moi inclus, je l'avoue 😅). La pratique de samedi est DÉPLACÉE à dimanche 13h, même gymnase. [[P:Karine Dubé]] va diriger l'entraînement. Soyez prudents sur les routes pis portez votre dossard orange si vous allez marcher en forêt!"""),

(3, "en", "facebook", "R", ["HARASSMENT"], """Deer season opens Saturday 🦌🎯 Hey ref #22 from Friday night in Sainte-Julie, you might want to wear a LOT of orange this weekend. Just a friendly tip. Lots of stray shots out there in the woods, you never know who's behind a tree 🤷‍♂️"""),

(3, "fr", "facebook", "L", ["CLIENT_CONFIDENTIALITY"], """Fin de semaine de pêche au lac Saint-Pierre avec mon père 🎣 3 dorés pis un brochet de 28 pouces, pas pire pantoute pour deux gars qui savent pas attacher un nœud comme du monde.

Petite pensée pour mon client de Sorel qui lui aurait ben aimé être sur l'eau, mais sa chaloupe pis son 4-roues sont encore saisis par les agents de la faune depuis l'affaire du filet en juin... on conteste la saisie lundi à 9h30 au palais de justice de Sorel-Tracy, dossier [[C:765-61-004512-248]]. Il est convaincu que c'est son beau-frère qui l'a dénoncé, pis entre vous pis moi je pense qu'il a raison 😬

Bref, vivement la prochaine sortie 🛶"""),

(3, "en", "linkedin", "L", ["PERSONALIZED_LEGAL_ADVICE"], """@[[P:Mike Thibodeau]] from what you describe (your lot has been landlocked since the subdivision and you've used that trail to reach the lake for 15+ years), you almost certainly have a right of way by law under art. 997 C.c.Q. Your neighbour can't block the path before fishing season. Send him a formal demand letter this week, and if the gate isn't gone in 10 days, file for an injunction. You'll win this one."""),

(3, "en", "instagram", "R", [], """OUR 4TH ANNUAL FISHING DERBY RAISED $6,850 FOR THE TRACK & FIELD PROGRAM!! 🎣🏃‍♂️ Biggest catch: a 9 lb pike by grade 10 student-athlete [[P:LIAM PATENAUDE]] (with his grandpa's permission to brag 😂). Thank you to every volunteer, sponsor and parent who braved the 6 a.m. start. See you next year on the Richelieu! #RSEQMonteregie #derby"""),

(3, "fr", "linkedin", "L", [], """Saison de chasse : petit rappel juridique général 🦌
Au Québec, le transport d'une arme à feu dans un véhicule exige qu'elle soit non chargée, et le Règlement sur la chasse encadre les heures, les zones et le port du dossard orange. Le certificat du chasseur est obligatoire pour acheter un permis. Ces informations sont générales et ne remplacent pas un avis juridique adapté à votre situation : consultez le site du ministère ou un professionnel si vous avez un cas particulier. Bonne saison et soyez prudents! #droit #chasse"""),

# ---------- brief 4: vet visits ----------
(4, "en", "facebook", "L", ["CLIENT_CONFIDENTIALITY", "DISPARAGEMENT"], """Took Biscuit for her shots this morning and who's in the vet's waiting room? The other half of the [[P:Bouchard]] file, with the golden retriever that's been the ENTIRE holdup in our mediation since June 🙄 My client would rather give up the cottage in Magog than the dog, and honestly after watching the husband baby-talk that animal for 20 min I get why he's impossible to negotiate with. Grown man, zero brain cells. Anyway Biscuit was very brave 🐶💉"""),

(4, "fr", "facebook", "L", ["PERSONALIZED_LEGAL_ADVICE"], """[[P:Marie-Ève]] dans ta situation le véto a pas le droit de garder ton chat tant que t'as pas payé la facture de 1 200$, surtout que tu avais jamais signé le devis. Paye rien, va chercher ton chat demain avec une copie de ta contestation écrite, pis s'ils refusent tu appelles la police pour "séquestration". Tu as 3 ans pour poursuivre aux petites créances de toute façon, fais-le, ta cause est béton 👍"""),

(4, "fr", "instagram", "R", ["DISPARAGEMENT"], """rdv chez le veto avec Gaston 🐶 pis j'te jure dans salle d'attente y'avait un bouledogue anglais qui ressemblait TELLEMENT au coach des patriotes de Varennes 😂😂 même face de bœuf, même façon de japper après les arbitres. sauf que le chien est plus intelligent"""),

(4, "en", "facebook", "R", [], """No practice Thursday for the U14 girls, sorry for the late notice! 🐾 My dog Maple had emergency surgery at the vet last night (she ate a whole corn cob, classic lab) and I need to stay home with her. Assistant coach [[P:Dave Lachance]] will send the home workout in the team chat. The Saturday game against Boucherville is still ON, 10 a.m. at the polyvalente. Go Lynx! 💚"""),

(4, "fr", "instagram", "L", [], """Visite annuelle chez la vétérinaire pour Pistache 🐱 (verdict : trop de gâteries, pas assez de jogging… un peu comme son humaine 😅).
Petit rappel puisqu'on m'écrit souvent en privé ici : je ne donne pas d'avis juridique par Instagram ni en commentaires. Si vous avez un litige avec une clinique ou un éleveur, appelez le cabinet au [[T:450-555-0142]] pour une vraie consultation, on regarde votre dossier comme du monde. #avocate #chatsdinstagram"""),

(4, "fr", "facebook", "R", ["DISPARAGEMENT", "HARASSMENT"], """Vous savez-tu pourquoi la coach des Dragons de Chambly était pas au tournoi samedi? Paraît que la SPA est débarquée chez eux pis qu'ils ont saisi ses deux chiens, y'étaient pas allés chez le vétérinaire depuis des années... 🤐 Moi j'dis rien, mais quelqu'un qui néglige ses animaux de même, imaginez comment elle traite ses joueuses. Partagez aux parents de son équipe, y'ont le droit de savoir."""),

(4, "en", "linkedin", "L", ["DISPARAGEMENT"], """Spent my lunch break at the emergency vet with our office cat 🐈 (she's fine). The vet tech explained the diagnosis more clearly in five minutes than [[P:Me Gervais]] from litigation has managed to explain a file in his fifteen years at this firm. Partner material, folks. Truly the intellectual heavyweight of the 4th floor 🙃 #lawfirmlife"""),
]
