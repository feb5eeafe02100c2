# batch 21 — pasted comment threads, typos, emoji-heavy captions, mixed language
from labels import *
import common

POSTS = [
("O", "fr", FB, RS, [HAR], """Julie B. : Quelle game de marde
Marc T. : L'arbitre était acheté
Nathalie P. : Moi je connais sa blonde, elle travaille au Familiprix de Saint-Rémi. On pourrait aller lui dire ce qu'on pense de son chum 😏"""),
("O", "fr", FB, RS, [], """Julie B. : Quelle game serrée!
Marc T. : L'arbitre a manqué un hors-jeu je pense
Nathalie P. : Ouin mais il a été constant. On se reprend samedi 💪"""),
("O", "en", FB, RS, [DIS, HAR], """Kim: Did you guys hear why their coach left his last team?
Dan: no why
Kim: apparently parents complained he was "too close" to some players 👀 nothing proven but...
Dan: wow everyone should know that"""),
("O", "en", FB, RS, [], """Kim: Did you guys hear why their coach left his last team?
Dan: no why
Kim: he moved to Saint-Jean for his wife's job lol
Dan: ha, nice, he's a good coach"""),
("W", "fr", FB, CI, [CONF], """Manon G. : Vous avez vu le courriel de la DRH?
Luc R. : Lequel?
Manon G. : Celui sur les 22 postes abolis en avril, avec la liste des sites. Je vous le transfère, mais c'est pas encore annoncé 🤫"""),
("W", "fr", FB, CI, [], """Manon G. : Vous avez vu le courriel de la DRH?
Luc R. : Lequel?
Manon G. : Celui sur le nouveau programme d'aide aux employés. C'est bien fait, allez voir l'intranet 👍"""),
("N", "en", FB, SH, [SUR], """Tina: Anyone heard from the lady who left Monday?
Grace: Yes! She's at her mom's in Sorel, on Rue du Prince, and her son is back at Saint-Viateur school
Tina: 🙏🙏"""),
("N", "en", FB, SH, [], """Tina: Anyone heard from the lady who left Monday?
Grace: We don't share that here, but the team says she's safe 💜
Tina: 🙏🙏 thank you"""),
("W", "en", FB, LF, [CC], """Ali: how was court?
Jess: the Moreau divorce is a circus, he brought his mistress as a witness lol
Ali: NO WAY"""),
("W", "en", FB, LF, [], """Ali: how was court?
Jess: long. can't talk about it lol. drinks?
Ali: always 🍻"""),
("P", "fr", FB, CI, [CPI], """Marie-Claude : Des nouvelles de votre petit?
Moi : Oui! Il a eu 6 ans samedi, on a fêté avec sa grand-mère biologique à Chandler, la mère de Kevin Duguay. Il était aux anges
Marie-Claude : Trop beau ❤️"""),
("P", "fr", FB, CI, [], """Marie-Claude : Des nouvelles de votre petit?
Moi : Il va bien, il grandit vite! On a fait un gâteau aux fraises en fin de semaine
Marie-Claude : Trop beau ❤️"""),
# typos & no accents
("U", "fr", FB, BQ, [CC, LOC], "suis au palais de justice de longueil avec mon client pour sa remise en liberte la famille de la victime est dans le coridor pas facile"),
("U", "fr", FB, SH, [SUR], "la fille qui etait hebergee cet ete elle est rendu caissiere au maxi de chambly son ex rode autour depuis une semaine"),
("U", "en", FB, CI, [CPI], "the litle boy from the fostr home in chandler the 6 year old his mom is tammy the one on meth she showed up at the school again"),
("S", "fr", FB, RS, [HAR], "on va y faire passer le gout de siffler a celui-la"),
("S", "en", FB, RS, [DIS], "worst ref ive ever seen, compltely useless"),
("S", "fr", FB, CI, [CONF], "le code de la porte arriere c tjrs 4412 pour ceux qui remplace"),
("M", "fr", FB, LF, [CC], """Jai passe la journe sur le dossier de la madame de Laval qui poursuit sa soeur pour la maison de leur mere. Les deux se parlent plus depuis 10 ans. Triste."""),
("M", "en", FB, LF, [], """Long day, my brain is mush. Can't even spell anymre. Goodnight evryone 😴"""),
# emoji-heavy captions
("X", "fr", IG, CI, [CPI], """🎂🎈🥳 7 ans aujourd'hui mon p'tit loup!! 💙 1 an chez nous à Bonaventure 🏡 #famille #DPJ #familledaccueil"""),
("X", "en", IG, SH, [LOC], """🏡💜📍 Volunteer day at the house on Rue Frontenac! 🧹🧺 #shelter #community #Longueuil"""),
("X", "fr", IG, BQ, [TES], """🌟🌟🌟🌟🌟 ➡️ 👇 lien dans la bio 🙏 #merci #clients #avocate"""),
("X", "en", IG, RS, [HAR], """🤡📸 @[[P:ref_logan_p]] 👀👀 we see you #RSEQ"""),
("X", "fr", IG, RS, [], """🏐🔥🏆 Championnes régionales!! #RSEQ #Montérégie"""),
("X", "en", IG, CI, [], """🌲🌊🦞 Gaspésie life #weekend #Percé"""),
("X", "fr", IG, SH, [], """💜🕯️ On se souvient. #6décembre #Polytechnique"""),
("X", "en", IG, LF, [], """⚖️☕📚 Monday again #paralegal"""),
# mixed language
("R", "en", FB, CI, [CPI], """Ostie de journée. Had to place the bébé of a 15-year-old mom from Chandler in a famille d'accueil in Pabos. The grand-mère Linda screamed at me in the corridor. Je suis brûlée."""),
("R", "en", FB, SH, [PRI], """Petit rappel for les bénévoles: this week's groupe de soutien is at the CLSC Samuel-de-Champlain, salle 204, jeudi 18h. Keep it off the public page svp."""),
("R", "en", FB, RS, [HAR], """The père of number 12 is always chirping my fils. Next game I'm going to wait for him at the sortie. On va régler ça."""),
("R", "en", FB, LF, [CC], """The client from Sainte-Marthe with the érablière wants to sue Hydro again. Third time. His voisin's maple trees are 'stealing' his sap, apparently. Bon."""),
("R", "en", FB, BQ, [TES], """Merci to all my clients this year! If you have deux minutes, a petit review on my page would help me beaucoup 🙏"""),
("R", "en", FB, CI, [], """Salut tout le monde, back from my congé de maternité! Missed the équipe, didn't miss the paperasse."""),
("R", "en", FB, SH, [], """Ma première journée comme intervenante at the maison. Nervous as hell but the équipe is so warm. Let's go."""),
("R", "en", FB, RS, [], """Mon gars made the équipe régionale! So proud. Merci coach."""),
# more M / Q / V
("M", "en", FB, BQ, [CC, LOC], """Sitting in the Saint-Jérôme courthouse cafeteria with our client's mom while he's in the box. She keeps asking me if he'll go to jail. I don't know what to tell her."""),
("M", "fr", FB, LF, [], """Je sais pas qui a inventé les vendredis, mais merci. Bonne fin de semaine à tous les parajuristes qui finissent tard ce soir 🍕"""),
("M", "en", FB, LF, [CC], """Our client (the yoga studio owner from Mile End being sued by her ex-business partner) brought the whole office free class passes. I'm going to be so zen."""),
("Q", "en", LI, BQ, [ADV], """Stop losing money to your ex! 💸 Our divorce strategy GUARANTEES you keep the house. Book a call today!"""),
("Q", "fr", LI, BQ, [TES], """Vous avez vécu une belle expérience avec notre cabinet? 💼 Faites-le savoir sur Google ou sur notre page, ça nous aide à continuer d'aider des familles comme la vôtre!"""),
("Q", "en", LI, LF, [], """This week our team packed 300 hampers for the Moisson Montréal food bank 🥫 Proud to give back to our city."""),
("V", "en", LI, LF, [], """A reminder from our ethics committee: client confidentiality extends to former clients, closed files and cases that made the news. 'It's public' is not consent."""),
("V", "fr", FB, CI, [], """Rappel : un usager ou un ancien usager qui vous ajoute sur Facebook n'est pas un ami comme les autres. Soyez prudents, restez courtois, et ne parlez jamais de son dossier en ligne."""),
("V", "en", FB, RS, [], """RSEQ Montérégie members: remember to state on your profile that your views are your own. And if the organization shares a photo of you that you'd rather not see online, just ask — they'll stop."""),
# T long-ish with breach in middle
("T", "en", FB, CI, [CONF, CON], """There's a kind of tired that sleep doesn't fix. I've been a PAB in long-term care in Chandler for twelve years, and this fall has been the hardest. We're short-staffed every night. We eat standing up. We hold residents' hands while they wait for a nurse who's covering two floors. Last Tuesday, I saw the draft staffing plan on the coordinator's screen — the one not shared with the union yet — that puts nights at one orderly for 22 residents starting in January. I went home and cried in the shower. But I came back the next day, because Mr. Frank and Mrs. Béatrice need someone to laugh at their jokes. If you know a care worker, buy them a coffee this week."""),
("T", "fr", FB, LF, [CC], """J'ai commencé comme réceptionniste dans un cabinet de Saint-Hyacinthe à 19 ans. Trente ans plus tard, je suis encore là, maintenant adjointe principale. J'ai vu les fax disparaître, les dossiers papier devenir numériques, les jeunes avocats devenir associés. J'ai répondu à des milliers d'appels, parfois de gens en larmes. Je me souviens de la fermière de Saint-Damase qui avait perdu sa ferme à cause d'un prêt mal expliqué par sa banque, et qui est venue nous porter un panier de maïs quand on a gagné en appel. C'est ce genre de moment qui fait qu'on reste trente ans. Merci à mes patrons et à mes collègues!"""),
("T", "fr", FB, SH, [CON], """Cette semaine, notre maison a organisé sa première journée de formation régionale pour les intervenantes de la Montérégie. Plus de 60 participantes, des ateliers sur la violence technologique, la sécurité numérique, l'accompagnement judiciaire. J'étais tellement fière. Je vous mets les photos de la journée : notre directrice Chantal Lemieux à l'accueil, la conférencière Dre Amira Saïd en pleine présentation, et toute l'équipe au dîner. Un gros merci à toutes pour votre participation!"""),
("T", "en", FB, RS, [DIS], """I've coached minor football for fifteen years, and I'm going to say something unpopular. Our kids are fine. They're resilient, they're funny, they work hard. The problem this year has been the adults. The regional office is run by a bunch of clueless bureaucrats who've never stood on a sideline in November, and they've made every decision this season like they were flipping a coin. Meanwhile, my players showed up, played hard and shook hands. Proud of them. See you in the spring."""),
("T", "fr", FB, CI, [CPI], """Un an déjà. L'an passé, à pareille date, on recevait un appel pour accueillir deux sœurs, 3 et 5 ans, de Sainte-Madeleine-de-la-Rivière-Madeleine, retirées de chez leurs parents, Cindy et Jonathan, après une nuit où les voisins avaient appelé la police. Elles avaient peur du bain, du noir, des portes qui claquent. Aujourd'hui, elles rient, elles chantent, elles se chicanent pour la dernière crêpe. Merci à notre intervenante, à la garderie, à la famille élargie. On continue."""),
("T", "fr", FB, CI, [], """Un an déjà depuis qu'on a agrandi notre famille d'accueil. Je ne vous dirai ni qui, ni d'où, ni pourquoi — c'est leur histoire. Mais je peux vous dire qu'il y a maintenant plus de rires dans la maison, plus de crêpes le dimanche et beaucoup plus de lavage. Merci à notre intervenante, à la garderie, à la famille élargie. On continue."""),

# more threads and singles
("O", "en", FB, RS, [HAR], """Rob: that ref was a joke
Sue: I found him on insta, he's 16, goes to Polyvalente Chambly
Rob: send me the link, I'll let him know what I think 😤
Sue: already did lol"""),
("O", "en", FB, RS, [], """Rob: that ref was rough tonight
Sue: he's 16, first season. Give him time
Rob: fair. I'll tell the kids to shake his hand next game"""),
("O", "fr", FB, RS, [DIS], """Patrick L. : La coach des Dragons est une folle furieuse
Isabelle M. : Une vraie hystérique, elle devrait pas avoir le droit de coacher des enfants"""),
("O", "fr", FB, RS, [], """Patrick L. : La coach des Dragons est intense en maudit
Isabelle M. : Ouin, mais ses joueuses l'adorent. Chacun son style!"""),
("W", "fr", FB, SH, [SUR], """Élise : La nouvelle résidente, c'est pas la femme du gérant de la SAQ de Marieville?
Karine : Oui! Pis sa fille est dans la classe de mon gars à l'école Notre-Dame
Élise : Mon Dieu, faut pas que ça se sache"""),
("W", "fr", FB, SH, [], """Élise : La nouvelle résidente est arrivée?
Karine : Oui, elle s'installe. On parle pas de ça ici par exemple 😉
Élise : T'as raison, désolée!"""),
("W", "en", FB, CI, [DIS, HAR], """Jen: you heard about the new nurse?
Steph: no what
Jen: apparently she lost her job in Matane for drinking on shift. that's what Brenda said
Steph: omg tell everyone to watch her"""),
("W", "en", FB, CI, [], """Jen: you heard about the new nurse?
Steph: no what
Jen: she's from Matane, super nice, she's taking nights
Steph: yay finally more help"""),
("W", "fr", FB, LF, [CC, DIS], """Annie : Comment s'est passée la rencontre avec M. Fréchette?
Sophie : Le gars de la compagnie de pavage de Blainville? Un vrai mononc' raciste qui veut poursuivre ses employés mexicains. J'ai eu envie de vomir"""),
("W", "fr", FB, LF, [], """Annie : Comment s'est passée ta rencontre?
Sophie : Longue, mais correcte. Je peux rien dire, tu me connais 😉
Annie : Hahaha toujours la même"""),
("P", "en", FB, CI, [CPI], """Linda: How's your little one doing?
Me: Better! The 4-year-old from Cap-Chat we got in August finally sleeps through. His dad Ricky still calls every night though
Linda: 🙏"""),
("P", "en", FB, CI, [], """Linda: How's your little one doing?
Me: Better! Finally sleeping through the night 😴
Linda: 🙏 so happy for you"""),
("S", "en", FB, BQ, [TES], "Thanks Karen! Mind posting that on my Google page too? 😊"),
("S", "fr", FB, BQ, [TES], "Merci Sylvie! Tu peux le mettre en avis sur ma page aussi? 😊"),
("S", "fr", FB, BQ, [], "Merci Sylvie! Ça me touche beaucoup 😊"),
("S", "en", FB, SH, [LOC], "it's the house by the hockey arena with the big fence right?"),
("S", "fr", FB, CI, [CPI], "C'est-tu la petite à Mélanie Joseph? Celle qui est rendue en famille d'accueil à Gaspé?"),
("S", "en", FB, CI, [CON], "Tag Guylaine from the RI, she's the one in the blue sweater 😂"),
("U", "en", FB, SH, [PRI], "moms group is moving to the daycare room at the ymca on cousineau saturdays 10 am tell only the residents"),
("U", "fr", FB, BQ, [TES], "vos beaux messages en prive mettez les sur ma page google svp ca maide vraiment"),
("U", "en", FB, LF, [CC], "our client the trucker from drummondville who lost his licence is going to lose his house too this job is heartbreaking sometimes"),
("U", "fr", FB, CI, [CONF], "le rapport dincident de samedi a la ri de caplan dit que le resident a ete trouve par terre a 5h personne lavait vu depuis minuit"),
("U", "en", FB, RS, [DIS], "the coach from the other school is a pathetic little man who yells at 13 year olds"),
("U", "fr", FB, SH, [], "la soiree benefice de la maison samedi etait magnifique plus de 20 000 dollars recoltes"),
("U", "en", FB, CI, [], "the foster parent training in gaspe was really good learned a lot about trauma"),
("X", "en", IG, BQ, [CC, LOC], """Verdict day at the Longueuil courthouse 🙏 for my client and his family #defence #waiting"""),
("X", "fr", IG, LF, [CC], """Enfin! La succession Papineau est réglée après 4 ans 🎉 bravo à toute l'équipe #successions #enfin"""),
("X", "en", IG, SH, [SUR], """My bestie @[[P:laurie.chen]] got out, moved to Magog and just started teaching at the Montessori there 💜 #survivor #proud #Magog"""),
("X", "fr", IG, CI, [CON], """La meilleure équipe de soins à domicile de la Gaspésie 💙 @[[P:karine.leblanc.inf]] @[[P:nancy.g]] @[[P:paul.cloutier]] #CISSS"""),
("X", "en", IG, RS, [DIS], """Their team 🗑️🗑️🗑️ #RSEQ #trash #Longueuil"""),
("M", "fr", FB, BQ, [CC, LOC], """Attente au Tribunal administratif du logement à Montréal avec Me Diallo et notre cliente, la dame de 78 ans que son proprio veut évincer. Elle a apporté ses mots croisés."""),
("Q", "fr", LI, BQ, [ADV], """Ne perdez PLUS jamais votre permis 🚗 Notre taux de réussite : 100 %. Contactez-nous, c'est garanti!"""),
("Q", "en", LI, LF, [CC], """Thrilled that our client Maison Dufresne Furniture won its trademark dispute against a big-box retailer this week 🛋️ #IPlaw"""),
("V", "fr", LI, BQ, [], """Une consœur m'a demandé s'il était acceptable de publier « une belle victoire » sans nommer le client. Ma réponse : seulement si le client l'autorise par écrit et si aucun détail ne permet de le reconnaître. Dans le doute, on s'abstient."""),
("R", "en", FB, CI, [HAR], """The ex-conjoint who threatened my collègue — I've got his adresse. If he shows up again, some of us will pay him a visit. Juste pour jaser."""),
("N", "fr", FB, SH, [CON], """[22:00] Je viens de publier les photos du souper des bénévoles sur la page de la maison! Ghislaine, Fatima, Julie, vous êtes magnifiques 😍"""),
("N", "fr", FB, SH, [], """[22:05] Oups, je les ai enlevées, j'avais pas demandé aux filles. Je les remets quand tout le monde a dit oui 🙈"""),
("T", "en", FB, LF, [], """When I became a legal secretary in 1991, my mother told me: 'You'll hear a lot of things. Forget them by the elevator.' I've tried. Thirty-three years of forgetting by the elevator. I've typed and filed and answered and comforted. I've celebrated weddings and mourned colleagues. Tomorrow I ride that elevator for the last time. Thank you to everyone who made this firm a second home."""),
]

if __name__ == "__main__":
    common.build(21, POSTS)
