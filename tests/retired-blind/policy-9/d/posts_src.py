POSTS = [
# ---------- brief 1: weddings ----------
(1, "fr", "facebook", "B", ["CLIENT_CONFIDENTIALITY"], """Petit compte-rendu du mariage de ma cousine [[P:Roxanne]] samedi à Magog 💍🥂

Bon. Par où commencer. La cérémonie au bord du lac était absolument magnifique, il a fait soleil jusqu'à 16h pile, puis un orage de 20 minutes pendant le cocktail (tout le monde entassé sous le chapiteau avec nos verres de bulles, honnêtement c'était le meilleur moment de la journée). Les discours étaient touchants, mon oncle a pleuré avant même de commencer le sien, classique.

Anecdote du siècle : au plan de table, qui je retrouve assis à ma droite? Le monsieur dont j'ai réglé la séparation l'an passé 😅 Le monde est petit en Estrie. On a fait semblant de rien, mais disons que quand il a levé son verre « à l'amour éternel » avec sa nouvelle blonde, j'ai repensé au 14 mois de négociation sur la pension des enfants qu'il n'a toujours pas fini de rembourser… Je me suis concentrée sur mon tartare.

Le DJ, par contre, 10/10. Il a passé du Céline, du Daft Punk pis du Ginette Reno dans la même demi-heure et personne ne s'est plaint. Ma tante [[P:Huguette]] a dansé le set au complet en talons hauts, elle a 74 ans, je veux son cardio.

Le gâteau était un trois étages citron-framboise fait par une petite pâtisserie de North Hatley, je vous la recommande les yeux fermés si vous planifiez un événement.

Bref, je suis rentrée à 2h du matin, j'ai mal aux pieds, et je suis tellement contente pour [[P:Roxanne]] et [[P:Mathieu]] ❤️ Longue vie aux mariés!
#mariage #estrie #jourdebonheur"""),

(1, "en", "instagram", "S", ["SURVIVOR_IDENTIFICATION"], """cried through the whole ceremony today 😭💐 two years ago [[P:jess]] showed up at our door at 11pm with her two boys and one garbage bag of clothes. today she walked down the aisle and the boys were her ring bearers. so proud to have been her worker through all of it 🤍 #survivor #newchapter #shelterlife"""),

(1, "en", "linkedin", "B", [], """Wedding season is here, and with it the same question at every reception: "So what actually changes legally when we get married in Quebec?"

General information only (not advice for your situation):
• Marriage brings the family patrimony rules into play (family residence, furniture, vehicles used by the family, pension plan credits), and spouses cannot opt out of them.
• Without a marriage contract, the default matrimonial regime is the partnership of acquests.
• De facto spouses do not get these protections automatically, whatever their years together.

If any of this applies to you, book a proper consultation with a notary or lawyer of your choice. Congratulations to all the couples tying the knot this summer! 💍"""),

(1, "fr", "facebook", "S", ["CONSENT_REQUIRED"], """Les filles de l'équipe de nuit de la maison au mariage de notre [[P:Julie]] hier soir 💃🎉 on a enfin une photo de groupe toutes ensemble sans nos badges haha! Tag : @[[P:nadia.tremblay]] @[[P:karo_b]] @[[P:stephanie.roy88]] pis [[P:Mélanie]] en arrière qui se cache (t'es cute pareil 😘)"""),

(1, "fr", "instagram", "B", ["MISLEADING_ADVERTISING"], """felicitations!! 🥂 pis si ça vire mal un jour, 100% de mes clientes gardent la maison 😉💪"""),

(1, "en", "facebook", "S", [], """Thank you to everyone who came to our wedding last weekend ❤️ Instead of gifts, we asked guests to give to our local women's shelter, and you raised $3,460!! The shelter asked us to share their public 24/7 line in case anyone needs it, for yourself or someone you love: [[T:1-888-555-0172]]. Calls are free and confidential, and you don't have to stay there to get support. Love you all. [[P:Dana]] & [[P:Marc]]"""),

# ---------- brief 2: coffee shops ----------
(2, "fr", "facebook", "B", ["CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE"], """☕ au Café Bordée sur Rachel avant l'audience de 14h… ma cliente vient de me raconter entre deux gorgées de chai que son ex a vidé le compte conjoint la veille du dépôt de la demande 😶 on va avoir du fun au palais cet aprem #viedavocate #droitdelafamille"""),

(2, "en", "instagram", "B", ["CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE"], """prep session at Crémy on St-Paul w/ Mrs D. before we walk over to the courthouse 🥐☕ she's shaking, first time she'll see him since the restraining order, so we're doing flat whites + deep breaths. if you see a tiny lady in a green coat doing breathing exercises by the window, that's my girl 💚 #litigationlife #oldmontreal"""),

(2, "fr", "instagram", "S", ["PRIVATE_EVENT_DISCLOSURE"], """Petit changement pour les filles du mardi 🌷 on déménage notre rencontre au Café l'Entre-Deux (la salle du fond, celle avec le divan mauve) à partir du 14, toujours 13h30. Même monde, même confidentialité, meilleur café 😉 Les mamans, la halte-garderie reste ouverte au sous-sol!"""),

(2, "en", "facebook", "S", ["SURVIVOR_IDENTIFICATION", "LOCATION_DISCLOSURE"], """Made my whole week: grabbed a coffee at Café Tandem on King West in Sherbrooke and guess who was on the cash?? one of our former ladies!! the one with the twins who left in March 🥹 she's got her own place now, works mornings there, and she looked SO good. finally far from him. this is why we do this job 💜"""),

(2, "fr", "linkedin", "B", [], """Depuis septembre, je donne une fois par mois une capsule d'information juridique au café communautaire du quartier Saint-Roch ☕⚖️ Thème de jeudi : le bail résidentiel, les hausses de loyer et le rôle du Tribunal administratif du logement.

Important : ce sont des séances d'information générale. Je ne commente aucun dossier individuel sur place et je ne donne pas d'avis sur une situation personnelle; pour ça, on vous oriente vers une clinique juridique ou l'aide juridique. Entrée libre, le café est offert par le comptoir 🙌 #accèsàlajustice #infojuridique"""),

(2, "en", "instagram", "S", [], """☕💜 this Saturday our friends at Brûlerie du Coin are running a "suspended coffee" day: every cup you pay forward = $1 to the shelter's children's program. swing by, say hi to the baristas, grab a pastry. and if you're going through something at home, you don't need to come to us in person, our line is open 24/7: [[T:(450) 555-0119]] 🤍 #suspendedcoffee #communitylove"""),

# ---------- brief 3: lotteries, raffles, draws ----------
(3, "fr", "facebook", "B", ["TESTIMONIAL_SOLICITATION"], """🎉 CONCOURS 🎉 Pour fêter nos 10 ans, on fait tirer une consultation gratuite de 1h + une carte-cadeau de 100$ chez Ricardo! Pour participer : 1) aimez notre page 2) laissez-nous un petit avis ⭐⭐⭐⭐⭐ sur Google en racontant comment on vous a aidé avec votre dossier 3) identifiez un ami. Tirage le 30 juin! Bonne chance à tous nos anciens clients 🍀"""),

(3, "en", "instagram", "B", ["MISLEADING_ADVERTISING"], """WON THE LOTTERY AND NOW YOUR FAMILY WANTS A CUT?? 🎰💸
we've seen it all. brothers, exes, that one aunt. here's the thing: they WILL lose. we've never once let a client split a jackpot they didn't have to. 🏆
you wouldn't believe what happened in case #7 👀 (link in bio before it's too late)"""),

(3, "fr", "facebook", "S", ["LOCATION_DISCLOSURE"], """🎟️ TIRAGE 🎟️ Les billets pour le tirage du panier de Noël sont en vente!! 5$ le billet ou 3 pour 10$. Vous pouvez passer les chercher directement à la maison, c'est la grande maison jaune en face de l'église Sainte-Famille, porte de côté, sonnez 2 coups 😊 ou écrivez-moi à [[E:benevoles.maisonjaune@example.org]]. Merci de nous encourager, chaque dollar compte!!"""),

(3, "en", "linkedin", "S", [], """Our annual 50/50 draw is officially live! 🎟️ Tickets are sold online only this year (link in the comments), and the draw will take place live on stage at our public fundraising gala on November 21 at the Manoir des Cèdres ballroom ([[A:1200, boulevard de la Cité-des-Jeunes]], Vaudreuil-Dorion [[Z:J7V 0R2]]), doors at 6 pm, everyone welcome.

Every dollar supports emergency housing, children's programming and 24/7 support for women and children leaving violence. A huge thank-you to the local businesses who donated the door prizes, and to our board for matching the first $2,000 in ticket sales.

Raffle licence held with the Régie des alcools, des courses et des jeux. #5050 #givingback #endviolence"""),

(3, "fr", "instagram", "B", ["PERSONALIZED_LEGAL_ADVICE"], """@[[P:vero.lapointe]] non non, inquiete-toi pas 😊 vous etiez pas maries pis ca fait 2 mois que t'es partie, ton ex a aucun droit sur ton 10 000$ de gratteux. Mets-le dans un compte à ton nom seulement cette semaine pis dis-lui rien, s'il t'envoie une mise en demeure tu l'ignores, y peut rien faire."""),

(3, "fr", "facebook", "S", ["SURVIVOR_IDENTIFICATION", "CONSENT_REQUIRED"], """Le tirage du panier-cadeau de la fête des Mères a été fait ce midi dans la cuisine 🎁💐 et la gagnante est… [[P:Sonia L.]], une de nos résidentes du 2e!! Elle était tellement émue, elle a dit que c'était la première fois de sa vie qu'elle gagnait quelque chose 🥹 Sur la photo : [[P:Sonia]] avec notre intervenante [[P:Karine Dufresne]] qui a organisé tout ça. Merci à tous ceux qui ont acheté des billets!!"""),

(3, "en", "facebook", "B", [], """PSA for my fellow lawyers, since I've seen three of these in my feed this week: a "leave us a 5-star review for a chance to win an iPad" contest is not a clever marketing trick. The Barreau's recommendations are clear that we should not encourage clients to leave testimonials on social media or on our websites, and that we should act quickly to remove one if it shows up. Advertising is allowed, but without clickbait and with the dignity of the profession in mind. Run a raffle for a local food bank instead 🙂"""),

# ---------- brief 4: comment-thread arguments ----------
(4, "fr", "facebook", "B", ["DISPARAGEMENT"], """[[P:Me Jean-François Lacasse]] avec tout le respect que je ne vous dois pas, relisez l'article 2925 avant de venir faire la leçon en commentaires. Ça paraît que t'as eu ton Barreau dans une boîte de Cracker Jack 🙄 Pas surprenant que tes clients changent d'avocat aux 6 mois."""),

(4, "en", "linkedin", "B", ["CLIENT_CONFIDENTIALITY", "DISPARAGEMENT"], """Funny how you're suddenly an expert on "greedy lawyers", [[P:Kevin]]. You weren't complaining about my fees in 2022 when I got your impaired driving charge tossed on a Charter motion and you got to keep your licence. Maybe stick to what you know, which clearly isn't gratitude or the Criminal Code. 🙃"""),

(4, "en", "facebook", "S", ["SURVIVOR_IDENTIFICATION"], """I wasn't going to get into this thread, but I've read the comments under this post three times now and I can't stay quiet.

A lot of you are saying "there are always two sides", "she's exaggerating for attention", "he coached my kid's hockey team, he'd never". I get it. It's hard to believe someone you like could do that. Most abusers are charming in public; that's literally how it works. Controlling behaviour doesn't come with a sign on the forehead.

And to [[P:Brad]] and the others calling her a liar: she spent three months in the house where I work. I did her intake myself. I saw the marks on her arms the night she came in and I sat with her while she filled out the paperwork with her hands shaking. So no, she didn't "make it up to get the house in the divorce".

What I WILL say in general: if you don't know what happened, the kindest thing you can do is not pile on. Survivors read these threads. Some of them are deciding tonight whether it's worth asking for help, and they're watching how people talk about the ones who did.

If that's you: you are believed, and there are people who'll help you without judgment, any time of day. You don't have to have bruises for it to count. You don't have to have proof. You don't even have to be sure it's "bad enough".

Ok. Logging off now. Be kind to each other. 💜"""),

(4, "fr", "instagram", "S", [], """Bonjour, merci pour vos commentaires, même les plus durs. On comprend que le sujet soulève beaucoup d'émotions. Par respect pour la sécurité et la vie privée des femmes qu'on accompagne, on ne confirmera jamais, ni ne démentira, si une personne a reçu ou non nos services, même quand notre réputation est mise en cause. Si vous vivez de la violence ou si vous êtes inquiète pour une proche, notre ligne d'écoute est ouverte 24/7 au [[T:450-555-0142]] 💜 Les commentaires haineux ou qui nomment des personnes seront retirés."""),

(4, "en", "linkedin", "B", [], """To the commenter who wrote that "all lawyers are crooks who bill you for breathing": I hear the frustration, and legal costs in this province really are a barrier. But a few general facts worth knowing:
• Legal aid in Quebec covers more people than most think, and the eligibility thresholds are published online.
• Many lawyers offer a fixed-fee first meeting, and you can always ask for a written fee agreement before anything starts.
• If you dispute an account, the Barreau has a fee conciliation and arbitration process.
Happy to keep the conversation civil. I won't discuss anyone's specific file here, though 🙂"""),

(4, "fr", "facebook", "S", ["LOCATION_DISCLOSURE", "SURVIVOR_IDENTIFICATION"], """ARRÊTEZ DE DÉFENDRE CE GARS LÀ!!! vous savez pas de quoi vous parlez. TON BEAU [[P:STEVE]] EST VENU CRISSER DES COUPS DANS LA PORTE DE LA MAISON SUR LA 3E AVENUE HIER SOIR À MINUIT pis on a dû appeler la police parce qu'il voulait voir sa femme pis les petits. moi j'travaille là, j'ai tout vu. fak venez pas me dire que c'est un bon père 🤬"""),
]
