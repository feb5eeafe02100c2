# batch 07 — weighted categories, new scenarios
from labels import *
import common

POSTS = [
# CONF (cisss)
("R", "en", FB, CI, [CONF], """New horaire for the holidays just came out and — surprise — the RI in Gascons only has one attendant on nights the 24th and 31st. I've got the PDF if anyone wants to see how they're 'managing risk'. Ridicule."""),
("W", "fr", FB, CI, [CONF], """@Steph regarde ce que le DRH a écrit dans le courriel interne à propos des négos 😳 (capture d'écran en dessous) « ne pas divulguer avant l'entente de principe »"""),
("U", "en", FB, CI, [CONF], "the investigation on the nurse at maria hospital is done theyre firing her next week nobody knows yet but i saw the letter on the printer"),
("P", "fr", FB, CI, [CONF], """Est-ce que vous aussi vous avez reçu la liste complète des usagers de la ressource avec leurs diagnostics par courriel? Je la mets ici pour qu'on compare, je pense qu'il y a des erreurs."""),
("N", "en", FB, CI, [CONF], """[05:50] Morning team, the keypad at the back door of the Chandler RI got reset: new code 6-0-3-3. Also the med cart key is in the blue mug. See you!"""),
("T", "en", FB, CI, [CONF], """Sixteen years in food services at the hospital in Maria. Sixteen years of soup, of Christmas turkey for patients who couldn't go home, of birthday cakes for nurses. People don't think about the kitchen staff, but we're part of care too. I'm proud of my team. What's hard this year is knowing, from the meeting the managers had with us in October, that our kitchen is being replaced by a private contractor in 2026 — they asked us to keep it quiet until the official announcement. I don't know what's next for us. But I know what we gave."""),
("X", "fr", IG, CI, [CONF], """Quand tu vois le budget 2025 de ta direction avant tout le monde 😳📉 #CISSS #coupures #pasencoreannoncé #Gaspésie"""),
("S", "fr", FB, CI, [CONF], "J'ai vu le rapport d'enquête, c'est pire que ce qu'ils vont dire aux médias."),
("S", "en", FB, CI, [CONF], "the door code's still 2580 btw if you forgot your badge"),
("R", "en", FB, CI, [CONF], """The rapport de visite d'appréciation for the RTF in Cap-d'Espoir says the house is 'unsafe', but the family doesn't know yet and the manager wants to 'frame it'. It's all in the draft I got cc'd on by mistake."""),
("V", "en", FB, CI, [], """If you received an internal document by mistake — a draft budget, an incident report, a list of users — delete it, tell your manager, and don't share it. Even a screenshot in a private group counts as a disclosure."""),
("W", "en", FB, CI, [], """@Bea the press release about the new youth centre is out! it's public now so you can share it"""),
# CPI
("P", "en", FB, CI, [CPI], """Looking for advice: our foster son (8) was just recognized at the Caplan Walmart by his aunt, who started yelling at me. His mom, Jodie Bourdages, had told the whole family where he lives. What do I do?"""),
("X", "en", IG, CI, [CPI], """Back to school for our foster girls 🎒🎒 grade 2 & grade 5 at École des Découvertes in Saint-Siméon, placed with us since June 💕 #fostercare #DPJ #Gaspésie"""),
("U", "fr", FB, CI, [CPI], "notre petit de 7 ans placé depuis avril a chandler a eu son premier bulletin pis il a eu 85 en maths sa mere tracy va etre fiere quand elle va le savoir"),
("S", "fr", FB, CI, [CPI], "ah ben c'est le gars à Steve Chapados qui a été placé! je le reconnais avec sa casquette"),
("W", "fr", FB, CI, [CPI], """@Lyne as-tu vu la petite des Bourque à l'épicerie? Elle est placée chez sa grand-mère à Port-Daniel depuis que la DPJ est passée. 6 ans, pauvre chouette"""),
("O", "en", FB, CI, [CPI], """@Cathy the goalie on the Pabos U12 team is the foster kid from the Roy family, his parents are the Lelièvres from Newport, the ones with the court case. Just so you know who he is lol"""),
("R", "en", FB, CI, [CPI], """Today I accompanied a 13-year-old from Chandler to his first visit with his père in six months, at the centre jeunesse in Gaspé. His dad didn't show. The kid just said 'c'est correct'. It's not correct."""),
("T", "fr", FB, CI, [CPI], """Ça fait dix ans qu'on ouvre notre maison aux enfants qui en ont besoin. On a appris à dire bonjour à des inconnus qui deviennent nos enfants pour un mois, un an, une vie. On a appris la patience, la colère aussi, contre un système qui manque de tout. On a maintenant avec nous un petit de 4 ans de Grande-Rivière, arrivé en octobre après que ses parents, Kevin et Mélanie, aient été arrêtés, et il commence à peine à rire. C'est pour ces rires-là qu'on continue. Si vous pensez devenir famille d'accueil, renseignez-vous."""),
("P", "fr", FB, CI, [], """Une question sans détails : comment vous répondez aux voisins curieux qui demandent « c'est qui cet enfant-là »? J'aimerais avoir une phrase toute prête qui protège l'enfant."""),
("P", "en", FB, CI, [], """We had our annual visit from our resource worker today and everything went well. Proud of our little household. No pics, no names, just a happy foster mom today 💙"""),
# HAR
("O", "en", FB, RS, [HAR], """I have the ref's home address if anyone wants to send him a Christmas card 🎄 [[ADDR:27 Rue des Merisiers]], Sainte-Catherine. Let him know how much we appreciated that penalty call."""),
("O", "fr", FB, RS, [HAR], """J'ai trouvé le Facebook de l'arbitre, il s'appelle Mathis, 17 ans, il étudie au cégep de Valleyfield. Je vous laisse faire ce que vous voulez avec ça 😏"""),
("S", "en", FB, RS, [HAR], "screenshot her posts and send them to her school principal, everyone do it"),
("S", "fr", FB, RS, [HAR], "tag-le partout qu'il voie ce qu'on pense de lui"),
("U", "fr", FB, RS, [HAR], "si je recroise le pere du numero 9 dans le stationnement il va comprendre ma facon de penser"),
("X", "en", IG, RS, [HAR], """Poll time 🗳️ who's the worst kid on @[[P:stlambert.hawks]]? Comment a number 👇 #RSEQ #roast"""),
("W", "fr", FB, RS, [HAR], """@Mathieu j'ai créé un compte Insta au nom de la coach avec des photos d'elle en party 😂 on va voir combien de temps ça prend avant qu'elle le trouve"""),
("R", "en", FB, RS, [HAR], """Those people from the other school, with their accents, they should go back to where they came from. Maudits immigrants taking all the spots on the team."""),
("T", "en", FB, RS, [HAR], """It's been a rough week for our family. My daughter came home from her volleyball tournament in tears because a girl from the other team called her names in the handshake line. We talked about it, we talked to the coach, we did everything right. I even emailed the RSEQ. I'm proud of how my daughter handled it, with dignity. But that girl's mother is a nurse at the Anna-Laberge hospital, and I've told every parent I know to make sure her bosses hear about what her kid did, every day, until something's done. Anyway, we move on. Tryouts for the spring league start next week."""),
("O", "en", FB, RS, [], """Our daughter was called names during the handshake line. We reported it to the coach and the league, who handled it quickly. No need to name anyone here — it's dealt with. Thanks for your kind messages."""),
# HAR/DIS cisss
("U", "en", FB, CI, [HAR], "she took my kids so i'll take her peace just wait everybody will know where she lives"),
("S", "fr", FB, CI, [HAR], "Tout le monde en message privé à la directrice, on la lâche pas jusqu'à ce qu'elle démissionne"),
("W", "en", FB, CI, [DIS], """@Kris the new coordinator is a complete joke, has no clue about RI work and talks to us like we're children"""),
("R", "en", FB, CI, [DIS], """Honest review of my new superviseure: clueless, arrogant, and allergic to the word 'merci'. A real peste."""),
("R", "en", FB, CI, [], """Disagreed with my superviseure today about a plan d'intervention. We talked it through, she explained her reasons, and we landed somewhere in the middle. That's a good day."""),
# SUR
("N", "en", FB, SH, [SUR], """[14:44] Update on our girl from last month (the one with the little boy at the Montessori on Rue Lafontaine) — she got her protection order! The ex has to stay 500m away from the school now 🙌"""),
("N", "fr", FB, SH, [SUR], """[21:21] vous vous souvenez de la dame qui chantait tout le temps dans la cuisine? elle est rendue serveuse au Cora de Granby, le matin. Elle a l'air tellement bien 🥹"""),
("W", "en", FB, SH, [SUR], """@Tash you know the woman who left her husband, the pastor at the Baptist church in Sorel? she's the one in room 2. crazy right"""),
("X", "fr", IG, SH, [SUR], """Elle est partie, elle s'est relevée, et maintenant elle enseigne le yoga au @studio_lotus_stjean tous les mardis matin 🧘‍♀️ Bravo @[[P:karine.yoga]] ma survivante préférée 💜 #survivante #fierté"""),
("U", "en", FB, SH, [SUR], "our former resident is now the crossing guard at ecole pierre-laporte every morning her ex used to drive by there shes so brave"),
("T", "en", FB, SH, [SUR], """I volunteer on Thursday nights at a women's shelter. Mostly I cook. Big pots of chili, mac and cheese, sometimes a cake when someone has a birthday. I've learned that food is a language. Women who don't talk much will tell you about their mother's recipes. Kids who don't trust anyone will trust the person who gives them the last brownie. Last month, a woman who'd stayed with us in the spring came back to drop off a thank-you card; she's now a cook herself, on the line at La Cage in Brossard, and her ex still has no idea where she went. I cried in the walk-in fridge. Thursday nights are my favourite."""),
("S", "fr", FB, SH, [SUR], "attends c'est pas elle qui est partie de chez son mari? elle travaille au Canadian Tire de Sorel maintenant"),
("R", "en", FB, SH, [SUR], """Heartbreaking: our résidente's ex tracked her because her daughter posted a pic from the piscine at the école secondaire Mont-Bruno. Now the whole école knows. We're moving them tonight."""),
("N", "en", FB, SH, [], """[09:00] reminder: when women leave the house, we don't post 'good luck' messages about them, even without names. Their safety doesn't end at our door 💜"""),
# LOC (barreau + shelter)
("M", "en", FB, BQ, [CC, LOC], """Day 3 of trial in Courtroom 5.09 at the Montreal courthouse. Our client (the nurse accused of stealing fentanyl) looks like she hasn't slept in a week. I brought her a muffin."""),
("X", "fr", IG, BQ, [CC, LOC], """Visite chez mon client à l'Établissement de détention de Rivière-des-Prairies 🏢 il garde le moral! #défense #criminel"""),
("U", "fr", FB, BQ, [CC, LOC], "chambre de la jeunesse a longueuil avec mon client de 15 ans ce matin sa mere pleurait dans le corridor grosse journee"),
("R", "en", FB, BQ, [CC, LOC], """Meeting my client at his garage on Rue Jarry because he's scared his employees will hear about the faillite. Pas évident."""),
("T", "en", LI, BQ, [CC, LOC], """A lot of people imagine lawyers spend their days in big marble courtrooms. Mine are mostly in kitchens, hospital rooms and car dealerships. This morning, I spent two hours at the CHSLD Saint-Laurent with an elderly client redoing her will while her son waited in the hallway; she wanted to make sure he'd get nothing. Then I drove to a farm in Saint-Rémi to talk fences and easements. Law is life, in all its messy glory. I love it."""),
("N", "fr", FB, SH, [LOC], """[08:08] Les nouvelles bénévoles : la maison c'est au bout de la rue des Tilleuls à Sainte-Julie, la grosse maison grise avec le portail. Sonnez à l'interphone."""),
("X", "en", IG, SH, [LOC], """Volunteer day at the shelter 🏡 📍 Chambly (the big blue house right by the Fort) #volunteer #shelter #community"""),
("U", "en", FB, SH, [LOC], "guys the shelter moved its the brick triplex on 5th avenue in verdun now right next to the laundromat"),
("V", "fr", FB, BQ, [], """Partager sa localisation quand on est avocat, c'est risqué : un « check-in » au palais de justice ou dans un centre de détention peut révéler qu'on représente quelqu'un. Désactivez la géolocalisation de vos publications professionnelles."""),
("U", "fr", FB, BQ, [], "formation du barreau a quebec aujourdhui sur la deontologie beau temps sur la grande allee"),
("X", "en", IG, BQ, [], """Lunch break on the steps of the Old Montreal courthouse 🏛️☀️ #lawstudent #summer"""),
# TES
("Q", "en", LI, BQ, [TES], """It's review season! 📝 If you've worked with our team this year, we'd be honoured to read your feedback. Link below, takes 30 seconds 🙏 #clientexperience"""),
("Q", "fr", LI, BQ, [TES], """Avez-vous une belle histoire à raconter après votre dossier avec nous? 🎥 On tourne une série de capsules « Nos clients parlent » et on cherche des volontaires. Écrivez-nous!"""),
("U", "en", FB, BQ, [TES], "if anyone i helped with their immigration file wants to say a few nice words on my page i wouldnt say no lol thanks fam"),
("X", "fr", IG, BQ, [TES], """Mes clients sont les meilleurs 🥹 Taguez-moi dans vos stories avec #MercieMeLeduc si je vous ai aidé! @[[P:me.leduc.avocate]]"""),
("M", "fr", FB, BQ, [TES], """Mon patron m'a demandé d'écrire aux clients de l'année pour leur demander un avis Google 🙄 ça me gêne un peu mais bon, si jamais vous êtes passés par notre bureau…"""),
("S", "en", FB, BQ, [TES], "happy to help! if you have a minute, a review on my page would mean a lot 🙂"),
("W", "fr", FB, BQ, [TES], """@Me.Gendron t'as pensé demander à tes anciens clients de commenter sur ta page? Moi j'en ai eu 40 en une semaine 😎"""),
("V", "en", LI, BQ, [], """A client recently asked if she could post a glowing review of our firm. I thanked her warmly and explained that, under our professional obligations, we don't solicit or display client testimonials. She laughed and said it was the most lawyerly no she'd ever heard."""),
# CC
("M", "fr", FB, LF, [CC], """Je viens de passer 2h à classer les photos de la scène de l'accident du camionneur de Drummondville qu'on défend 😳 je vais rêver à ça cette nuit"""),
("W", "en", FB, LF, [CC], """@Em omg the Leclerc custody thing got so messy, the dad showed up at the daycare with a new girlfriend and now everyone's fighting about the summer cottage"""),
("X", "en", LI, LF, [CC], """Honoured to represent @[[P:GabrielleDesjardins]] in her wrongful-dismissal claim against her former employer. Sexism in tech is real, and we'll prove it in court. #employmentlaw #womenintech"""),
("U", "fr", FB, LF, [CC], "le client de val-dor qui a perdu sa pourvoirie a cause de son associe va faire faillite on pense cest tellement triste"),
("S", "fr", FB, LF, [CC], "Ahh c'est le fameux dossier Lachance, celui de l'héritage caché en Floride!"),
("R", "en", FB, LF, [CC], """My client with the pizzeria in Sherbrooke is being sued by his own sœur over the recipe. I can't make this stuff up. Sauce war."""),
("T", "fr", LI, LF, [CC], """Quand j'ai commencé en litige, je pensais que les grands dossiers étaient ceux des grandes entreprises. Vingt ans plus tard, je sais que les dossiers qui comptent sont ceux des gens ordinaires. Ce matin encore, une cliente, une préposée aux bénéficiaires de Laval congédiée après avoir dénoncé des mauvais traitements envers un résident, m'a envoyé une photo de son nouveau badge de travail. Elle a repris confiance. C'est ça, le vrai succès."""),
("V", "fr", LI, LF, [], """Quand j'ai commencé en litige, je pensais que les grands dossiers étaient ceux des grandes entreprises. Vingt ans plus tard, je sais que ceux qui comptent sont ceux des gens ordinaires. Je ne vous raconterai pas leurs histoires : elles leur appartiennent. Mais je peux vous dire que défendre quelqu'un qui a tout perdu reste le plus grand privilège de ce métier."""),
("M", "en", FB, LF, [], """Remember when I said I'd never cry at work? Lol. Not about any file, don't worry, just the retirement party of our receptionist Linda. 31 years!"""),
# LEG
("S", "en", FB, BQ, [LEG], "As a lawyer: you're within your rights to withhold rent until he fixes the heat. Don't pay January, put it in a separate account."),
("S", "fr", FB, BQ, [LEG], "En tant qu'avocat, je te dirais de pas te présenter à l'interrogatoire tant que t'as pas reçu les documents. Ils peuvent rien faire."),
("O", "fr", FB, LF, [LEG], """Ma belle, dans ton cas, ton ex a aucun droit sur le chalet parce qu'il est à ton nom depuis avant le mariage. Fais changer les serrures cette semaine."""),
("V", "en", FB, BQ, [], """General information only, since a few of you asked: in Quebec, the Small Claims Division hears claims up to $15,000, and you can't be represented by a lawyer there. For your own case, talk to a legal clinic."""),
# ADV
("Q", "fr", LI, BQ, [ADV], """Vous pensez avoir perdu votre cause? 🤔 Détrompez-vous! 97 % de nos clients obtiennent gain de cause. Cliquez ici pour savoir si vous êtes le prochain!"""),
("X", "en", IG, BQ, [ADV], """🚗💥 Accident? We get you PAID in 30 days or less — GUARANTEED. Swipe up 👆 #injurylawyer #money"""),
# DIS
("X", "fr", IG, BQ, [DIS], """Quand la juge comprend pas la différence entre un bail et un contrat de vente 🙄 #retraiteSVP #justiceQC"""),
("W", "en", FB, BQ, [DIS], """@Jon opposing counsel was such a pompous idiot today, he should go back to law school. Or kindergarten."""),
("U", "en", FB, LF, [DIS], "my clients today were the dumbest people alive no wonder theyre getting sued"),
# PRI
("N", "en", FB, SH, [PRI], """[17:45] Next Monday's women's group is at Sandra's house (the yellow bungalow on Rue Provencher), 7pm. Don't tell anyone outside the group please."""),
("X", "fr", IG, SH, [PRI], """Brunch des survivantes 🥞 dimanche 11h au resto Chez Cora de Longueuil, réservé sous « groupe Lumière » 💜 #entrenous #survivantes"""),
("U", "fr", FB, SH, [PRI], "pour les filles du groupe de soutien on se rejoint jeudi 19h au local 204 du centre communautaire de st-eustache cest notre secret"),
# CON shelter/cisss
("R", "en", FB, SH, [CON], """Our bénévole of the year, Yvette Charron, with her award 🏆 (she doesn't know I'm posting this lol, she hates photos)"""),
("X", "en", IG, CI, [CON], """Surprise party for our receptionist @[[P:lynda.m]] who's retiring! 🎉 #CISSS #Gaspé"""),
("S", "fr", FB, CI, [CON], "Tag Marie-Josée Cyr, c'est elle notre intervenante!"),
]

if __name__ == "__main__":
    common.build(7, POSTS)
