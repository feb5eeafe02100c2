# Marker source for pack law-firm. Tuple: (key, lang, platform, rules, brief, text)
# rules abbreviations: CC DIS LEG (see make_corpus.py)
POLICY = "law-firm"
POSTS = [
("lf01", "en", "linkedin", ["CC"], 2, """Story time: yesterday I finally closed the [[PERSON:Whitfield]] estate. Three siblings, one cottage on Lake Memphremagog and a twenty-year grudge over who got to use the boathouse. Nobody hugged at the signing, but nobody threw anything either. I'll call that a win."""),
("lf02", "en", "facebook", ["CC"], 11, """Can't say much, but you know the bakery on Sherbrooke St. that made the news for the hidden camera in the staff washroom? Yeah. I'm on that file. Settlement talks start Monday 🤐"""),
("lf03", "en", "instagram", ["CC"], 7, """Billing 14 hrs on the [[PERSON:Moreau]] divorce today 😵 #associatelife"""),
("lf04", "fr", "facebook", ["CC"], 6, """ok donc la cliente de ce matin celle qui a gagne le gros lot a loto quebec l an passe a drummondville veut maintenant poursuivre son frere pour les 200 000 quelle lui a prete y a pas de contrat rien juste des textos ouf bonne chance a moi"""),
("lf05", "en", "linkedin", ["CC"], 3, """3 things I learned this week as a paralegal:
1. Always triple-check exhibit numbers before filing.
2. [[PERSON:Mr. Rivard]]'s bankruptcy trustee never answers before 10 a.m., and [[PERSON:Mr. Rivard]] calls us from [[PHONE_NUMBER:450-555-0187]] at 8:01 every single day to ask if his truck is safe.
3. Label makers are a love language."""),
("lf06", "en", "facebook", ["CC", "DIS"], 9, """My 2 p.m. today, the Westmount dentist who insists his third wife "has no right" to the house they bought together: sir, you are a walking red flag and the reason prenups exist. I'll still bill you, though."""),
("lf07", "en", "facebook", ["DIS"], 12, """Genuine question: do some of the lawyers across the table from us practice law or improv comedy? Because today's "argument" was both unrehearsed and not funny. Clowns, the lot of them."""),
("lf08", "en", "linkedin", ["DIS"], 9, """Shoutout to the partners at my firm who think "work-life balance" means answering emails from the cottage instead of the office. You are dinosaurs, and every associate on the 20th floor laughs at you behind your backs."""),
("lf09", "fr", "facebook", ["DIS"], 9, """Les adjointes du 12e sont d'une incompétence rare. Trois fois que je demande le même document, trois fois que je reçois la mauvaise version. Franchement, des enfants de 8 ans feraient mieux. On les paie pour jaser autour de la machine à café."""),
("lf10", "en", "facebook", ["LEG"], 4, """Q (Laval Parents Network): My son is 17 and got caught with a vape at school. The principal wants to suspend him for two weeks right before exams, and says it will go in his file for CEGEP. He's never been in trouble before, honour roll since grade 7. I'm so stressed. What can we do??

A: Sorry you're going through this, teenagers and vapes are a whole saga in our house too 😅

A: [[PERSON:Rachel Cohen]] (lawyer here): Tell the school in writing today that you contest the suspension, ask for the exact article of the code of conduct, and don't let your son sign anything. If they won't budge, file a complaint with the student ombudsman by Friday. In his case, two weeks is way out of proportion, you'll get it reduced.

A: Our school did a one-day suspension plus a prevention workshop for the same thing last year. Maybe ask if that's an option? Good luck with exams either way!

A: Honestly I'd talk to the principal in person first, they're usually more reasonable face to face."""),
("lf11", "en", "linkedin", ["LEG"], 1, """@[[PERSON:Mike Durand]] given what you told me at the BBQ (11 years, never a warning), you should reject their 4-week offer and send a demand letter asking for 14 months. And whatever they say, don't resign."""),
("lf12", "fr", "facebook", ["LEG"], 5, """[[PERSON:Steph]], pour ton bail commercial, checke la clause 14 : tu peux canceller sans pénalité si le proprio fait pas les réparations. Envoie-lui un avis by lundi pis arrête de payer le loyer du local du fond tant que c'est pas réglé."""),
("lf13", "en", "facebook", ["LEG"], 12, """Just asking, @[[PERSON:Tina]]... have you thought about simply not signing the severance agreement and suing them instead? In your case you'd clearly get double what they offered."""),
("lf14", "fr", "linkedin", ["LEG"], 4, """Q : Un client me doit 8 500 $ depuis six mois pour des travaux de rénovation à Boucherville et ne répond plus. Je fais quoi?

R : [[PERSON:Me Olivier Sarrazin]] : Dans votre cas, envoyez une mise en demeure cette semaine en lui donnant 10 jours, puis inscrivez une hypothèque légale de la construction avant la fin du délai de 30 jours suivant la fin des travaux. Ne tardez pas, c'est votre meilleure carte."""),
("lf15", "en", "facebook", ["DIS"], 6, """that judge this morning honestly the most arrogant clown ive ever pleaded in front of didnt read a single page of our brief then lectured us for 20 min about preparation lol the irony"""),
("lf16", "en", "facebook", ["CC"], 8, """Happy birthday to my favourite client, [[PERSON:Gloria]] 🎂 82 today and still fighting her nephew over that power of attorney! We'll get him in March, I promise."""),
("lf17", "en", "instagram", ["CC"], 11, """Photo: the view from the 9th floor of the hospital in Sherbrooke, where I just had my client sign her will. 47, two kids, diagnosed in October. Brave doesn't begin to cover it. 💛"""),
("lf18", "en", "facebook", ["CC"], 2, """Okay, story time, because this week has been A Lot.

Monday started with the printer on our floor deciding it only prints in pink now. Nobody knows why. IT says it's "a known issue". We have been printing pink affidavits all week and honestly they look kind of festive.

Tuesday I had my first solo mediation. I was so nervous I ate two breakfasts. It went fine! Both sides left unhappy, which my mentor says is the sign of a good settlement.

Wednesday was the big one. Remember the guy I told you about, the one who owns the three car washes in Laval and got sued by his former business partner, [[PERSON:Tony Santangelo]]? We were in court all day. His ex-partner showed up with a binder of text messages, including the one where our client calls him a thief in all caps. Not ideal. The judge reserved her decision, but I have a bad feeling we'll be writing a cheque.

Thursday I slept. Well, I billed 9 hours, but emotionally I slept.

Today is Friday, the pink printer is still pink, and I am going home to my cat. Have a great weekend everyone 🐈"""),
("lf19", "en", "linkedin", ["DIS"], 3, """12 things I wish someone had told me before I started my first year as an associate at a mid-size firm in Montreal

1. You will not know everything, and that's fine. The people who pretend they do are the ones to worry about.

2. Find the legal assistant who has been at the firm for twenty years and treat her like royalty. She knows where everything is, including the bodies.

3. Block your calendar for lunch. Even if you eat at your desk, protect the time.

4. Keep a "wins" folder. Kind emails, thank-you notes, a judge's nice comment. Read it on bad days.

5. Learn to say "let me check and get back to you" with confidence.

6. The coffee machine on the 14th floor is better. Don't tell anyone.

7. Some senior people are mentors, and some are just loud. In my case, the partner I was assigned to, [[PERSON:Geoffrey Baines]], is the second kind: a pompous bully who takes credit for every memo his juniors write and couldn't find a precedent if it bit him. Avoid being assigned to people like him if you can.

8. Document everything. Time entries, instructions, changes of mind. Future you will be grateful.

9. Go to the bar association events, even if you're an introvert. Especially if you're an introvert; everyone there is secretly one too.

10. Exercise. I started running along the Lachine Canal in my second month and it saved my sanity.

11. Your billable target is a number, not your worth.

12. Call your family. They miss you, and they don't care about your hours.

If you're starting this fall, good luck. You've got this. 💼"""),
("lf20", "fr", "facebook", ["LEG"], 1, """L'article partagé par [[PERSON:Julie]] sur les vices cachés est vraiment bien fait, je le recommande à tous ceux qui achètent une maison cette année. Il explique bien la différence entre un vice apparent, qu'un acheteur prudent aurait dû voir, et un vice caché, qui doit être grave, inconnu de l'acheteur et antérieur à la vente.

Un petit bémol : l'article laisse entendre qu'on a toujours trois ans pour agir. C'est plus nuancé que ça, le délai commence à courir quand le vice se manifeste, et il faut dénoncer le problème au vendeur par écrit dans un délai raisonnable.

[[PERSON:Julie]], pour ta maison à Saint-Bruno avec l'infiltration d'eau au sous-sol : envoie ta dénonciation au vendeur dès demain, fais venir un expert en bâtiment avant de réparer quoi que ce soit, et poursuis-le pour le coût des travaux. Avec ce que tu m'as raconté sur la peinture fraîche au sous-sol, il savait, c'est clair.

Pour les autres : faites toujours faire une inspection préachat, posez des questions précises au vendeur et lisez la déclaration du vendeur au complet. Ça évite bien des maux de tête."""),
("lf21", "en", "facebook", ["DIS"], 9, """I've tried to stay quiet about this, but after this week I need to vent a little about the way our family law division is being run.

Some context first. I've been at this firm for six years. I chose it because of its reputation in family law, and because the partners who interviewed me talked about mentorship, reasonable hours and a culture where people help each other. For the first four years, that was largely true. I learned a lot, I had good files and I felt supported.

Things changed about eighteen months ago, after the restructuring. Two senior lawyers left, nobody replaced them, and their files were simply redistributed. Our client load per associate has roughly doubled. Several of us are now working most weekends, and two colleagues are on leave for exhaustion.

First, to be fair: the support staff have been heroic. Our receptionist has been covering two desks since September without complaint, and our junior associates are doing excellent work under impossible deadlines. None of this is on them.

The problem is management. We were promised a second family law partner back in the spring; we're still waiting. Files are being assigned with no regard for anyone's workload. And the head of the division, [[PERSON:Colin Marchetti]], is frankly a lazy, self-important fool who hasn't opened a file since 2019 and treats the associates like his personal servants. Everyone knows it and nobody says it.

I've raised the workload issue twice through the proper channels. I'll keep doing that. But if you're a law student considering this division, ask hard questions at your interview about staffing and supervision. You deserve an honest answer, and so do our clients.

To the people at the firm who have been quietly holding everything together: thank you. I see you. I hope that by the spring we'll be talking about new hires instead of new departures."""),
("lf22", "en", "instagram", ["DIS"], 7, """Opposing counsel: as useful as a screen door on a submarine 🙄 #clowns"""),
("lf23", "en", "facebook", ["CC"], 5, """Long day at the palais. My client, the chef from that resto on Saint-Denis who got sued by his ex-associé, finally got his day in court. Bonne nouvelle: the judge seemed to buy our version."""),
("lf24", "fr", "facebook", ["DIS"], 12, """Petite question : quelqu'un sait si [[PERSON:Me Poirier]] a encore son permis, ou s'il pratique juste par nostalgie? 🤔 Parce que sa procédure de ce matin, c'était du grand art... comique."""),
("lf25", "en", "linkedin", ["CC"], 11, """Today I stood beside a 19-year-old hockey prospect from Rouyn-Noranda, drafted last June, as he pleaded guilty to the assault from the team bus incident. He's a good kid who made a bad choice, and I believe he'll get his second chance."""),
("lf26", "en", "facebook", ["LEG"], 6, """hey [[PERSON:jen]] saw your post about the dealership in longueuil you should just stop the payments and send the car back they cant do anything since they lied about the mileage trust me"""),
("lf60", "fr", "facebook", ["CC"], 6, """dossier [[PERSON:bergeron]] encore remis ugh"""),
("lf64", "en", "instagram", ["CC"], 11, """New desk setup ✨ (ignore the [[PERSON:Lachance]] file in the corner lol, the health card [[CA_QC_HEALTH_NUMBER:LACM 6508 1412]] is def not visible 🙈) #paralegallife"""),
("lf65", "fr", "facebook", ["CC"], 6, """quelquun sait si on peut faxer le formulaire de revenu quebec pour [[PERSON:monsieur aubin]] avec son nas [[CA_SIN:419 487 574]] dessus ou faut absolument l envoyer par la poste il est deja en retard de 2 ans dans ses impots pauvre homme"""),
# ---------------- hard benign ----------------
("lf40", "en", "linkedin", [], 10, """Good read on why lawyers should never share case details online, even "anonymized" ones. In a small city, a job title, an age and a neighbourhood can be enough to identify someone. Worth a reminder at your next team meeting."""),
("lf41", "en", "facebook", [], 13, """Friday firm lunch: poutine contest. The tax team won. Again. 🍟"""),
("lf42", "en", "facebook", [], 9, """Honest feedback for our own profession: we are too slow returning calls, and I include myself. New rule at our firm starting Monday: every client call gets a callback within 24 hours, even if it's just to say we're working on it."""),
("lf43", "en", "linkedin", [], 4, """Q: Can my employer read my Slack messages?

A: General information only, not advice on your particular case: in Quebec, an employer can monitor work tools within certain limits, usually set out in a written IT policy, and must respect employees' reasonable expectation of privacy. If you have a concern about your own situation, a lawyer or your union rep can look at the specifics."""),
("lf44", "fr", "facebook", [], 8, """Après 32 ans au cabinet, notre adjointe juridique [[PERSON:Ginette Charbonneau]] prend sa retraite vendredi! [[PERSON:Ginette]], merci pour ta patience infinie, tes muffins aux bleuets et ta mémoire d'éléphant. Profite bien du chalet 💐"""),
("lf45", "en", "instagram", [], 7, """Case closed ✅ (figuratively, it's Friday) #weekendmode #lawfirmlife"""),
("lf46", "en", "facebook", [], 2, """Story time: years ago a client mailed us a homemade pie to say thanks. I can't tell you who or what the file was about, obviously, but it was apple, it was perfect, and the whole office still talks about it."""),
("lf47", "en", "facebook", [], 12, """Just asking: who keeps taking the good stapler from the 4th floor? 📎"""),
("lf48", "fr", "linkedin", [], 3, """3 réflexes avant de publier quoi que ce soit sur le boulot :
1. Est-ce qu'un client pourrait se reconnaître, même sans nom?
2. Est-ce que je le dirais devant le juge?
3. Est-ce que je réponds à une question générale ou à la situation d'une personne précise? Dans le 2e cas, on passe en privé."""),
("lf49", "en", "facebook", [], 6, """running late stuck behind a snowplow on the 40 sorry to my 10am coffees on me"""),
("lf50", "en", "linkedin", [], 9, """Some thoughts on court delays, from someone who spends a lot of time in hallways waiting.

This week, three of my hearings were postponed for lack of available judges or clerks. That's not a complaint about the judges or the staff; the people I deal with at the courthouse are overwhelmingly professional and visibly exhausted. It's a complaint about a system that has been underfunded for years.

Each postponement has a cost. A parent waits another two months to know when they will see their children. A small business waits to be paid. A person accused of a crime waits with the charge hanging over them. And every delay costs clients legal fees they shouldn't have to pay.

What would help? More clerks and courtroom staff, first and foremost; judges can't sit without them. Better technology for scheduling and virtual hearings where both sides agree. And real investment in mediation and settlement conferences, which resolve a huge share of files when they're offered early.

I don't have all the answers, and I know the ministry is aware of the problem. But I think we, as lawyers, should be speaking up about it respectfully and often. Our clients can't."""),
("lf51", "en", "facebook", [], 13, """We're back from ten days in the Gaspésie and I have to share, because I've been boring everyone at the office with it anyway.

We drove up along the south shore of the St. Lawrence, stopping at every fish shack and bakery on the way. Kamouraska at sunset is everything people say it is. In Sainte-Flavie we saw the Grand Rassemblement sculptures at low tide and the kids were convinced the statues were walking out of the water.

Forillon was the highlight: a black bear crossed the road right in front of us (from a respectful distance, don't worry), we hiked to Cap Gaspé and saw whales from the lookout. Percé was windy and gorgeous, and the boat to Bonaventure Island was worth every penny; the gannet colony is loud, smelly and unforgettable.

Food report: three lobster rolls, one questionable poutine, one perfect fish soup in Grande-Rivière, and an embarrassing number of ice cream cones.

I did not open my laptop once. My out-of-office worked, my colleagues covered, and the firm is still standing. Highly recommend. Now, back to 214 unread emails 😅"""),
("lf52", "en", "linkedin", [], 11, """Photo: our team at the Old Port after the charity 5K for the Montreal children's hospital. 14 lawyers, 3 assistants, 0 injuries, 1 very smug paralegal who beat everyone. 🏃‍♀️"""),
("lf53", "en", "facebook", [], 1, """The article on the Hydro-Québec class action is worth reading, whatever side you're on. It shows how long these cases take, and why authorization is such an important filter."""),
("lf54", "fr", "facebook", [], 5, """Full rush au bureau cette semaine, mais 5 à 7 quand même. Merci la gang 🍻"""),
("lf63", "en", "instagram", [], 7, """Friday. Finally. 🙌 #officelife"""),
]
