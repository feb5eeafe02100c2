POSTS = [
# ---------- brief 1: rentrée ----------
(1,"fr","facebook","B",[],"""Rentrée double aujourd'hui 🍎⚖️ Les deux grands sont partis en autobus à 7h12 (le plus jeune a pleuré, moi aussi un peu), pis moi direction la rentrée judiciaire. Belle messe rouge, beaux discours sur l'accès à la justice. Petit rappel que le bâtonnier a fait et que je trouve important : les délais en matière civile, c'est pas juste une affaire de juges, c'est aussi nous qui demandons des remises à répétition. Bonne année judiciaire à tous les collègues! #rentree #barreau"""),

(1,"fr","facebook","B",["CLIENT_CONFIDENTIALITY","LOCATION_DISCLOSURE"],"""Matin de rentrée : boîtes à lunch faites, sacs d'école faits, photo sur le perron faite 📸 
Après le débarquement à l'école je file au palais de Saint-Jérôme. Grosse journée pour ma cliente, maman solo de 3 ados qui se bat depuis 2 ans pour pas perdre le bungalow du rang Saint-Vincent à Mirabel que son ex essaie de faire vendre. Si vous la croisez à l'épicerie cette semaine, un petit sourire ça lui ferait du bien ❤️ 
Bonne rentrée à tous les petits (et les grands)!"""),

(1,"en","linkedin","B",[],"""September means a new cohort of articling students, and this year we're lucky to welcome [[P:Priya Raman]], [[P:Olivier Gauthier-Roy]] and [[P:Hannah Kowalski]] to our litigation group. 🎒
A few things I tell every student on day one:
1. Nobody expects you to know everything. We expect you to ask.
2. Your name goes on nothing that leaves this office without a second read.
3. Client matters stay in the office. Not in the group chat, not on Instagram, not at the bar on Friday.
Welcome to the profession — it's a good one. #articling #Barreau"""),

(1,"en","instagram","B",["DISPARAGEMENT"],"""fall term is BACK 🍂 new pumpkin spice, new binders, same old practice chamber in room 2.08 where a certain someone on the bench will once again announce he "hasn't had time to read the materials, Maître" before ruling against whoever talked second 🙃 truly the most consistent thing in my life besides my kids forgetting their gym shoes. #lawyerlife #rentree"""),

(1,"fr","facebook","B",["MISLEADING_ADVERTISING","DISPARAGEMENT"],"""🍎 SPÉCIAL RENTRÉE 🍎
Votre séparation réglée AVANT l'Halloween, c'est promis 🎃 
98 % de nos clients obtiennent la garde qu'ils demandent. Pas comme à l'aide juridique où votre avocat a 200 dossiers et se souvient même pas de votre nom 😴
Consultation à moitié prix jusqu'au 30 septembre seulement! Les places partent vite ⏰
📞 [[T:450-555-0187]]"""),

(1,"en","facebook","L",["CLIENT_CONFIDENTIALITY"],"""Back to school chaos in our house (who knew a grade 2 supply list needed THREE glue sticks) and back to school chaos at the office too. We're prepping the big bus-incident file this month, that poor little guy in 4th grade at Riverside Elementary in Saint-Lambert whose parents finally decided to sue the board after the driver left him at the wrong stop in February. Lots of late nights ahead. Coffee recommendations welcome ☕"""),

(1,"fr","instagram","L",[],"""Premier jour comme stagiaire au cabinet 🥹 badge ✔️ code d'accès ✔️ formation sur la confidentialité ✔️ (on nous a fait signer l'engagement avant même de nous montrer la machine à café 😂). Ben hâte d'apprendre. Merci à [[P:Me Catherine Lévesque]] pour l'accueil! #stage #rentree #droit"""),

(1,"en","linkedin","L",["DISPARAGEMENT"],"""Our new articling students started Monday and they are… enthusiastic. Let's just say one of them asked whether the Civil Code "has a search bar" and another one cc'd opposing counsel on an internal email in hour three. Two more months of babysitting before anyone is allowed near a real file 🙃 Honestly not sure what the law faculties are doing anymore."""),

(1,"fr","facebook","L",["PERSONALIZED_LEGAL_ADVICE"],"""@[[P:Julie Pelletier]] dans ton cas vu que le père a jamais signé le formulaire, inscris-la quand même à la nouvelle école à Granby dès lundi. Il a 30 jours pour contester pis il le fera pas, je le connais le genre. Garde juste une copie du courriel où il dit qu'il s'en fout 👍"""),

# ---------- brief 2: tutorials / tips ----------
(2,"fr","facebook","B",[],"""Petit truc pour les gens qui reçoivent un jugement et comprennent rien 📄
1. Allez direct à la fin : le « PAR CES MOTIFS » c'est ce que le tribunal ordonne vraiment.
2. Revenez ensuite aux paragraphes qui expliquent pourquoi.
3. Notez la date : les délais d'appel partent souvent de là (en matière civile, c'est généralement 30 jours, mais ça dépend du type de jugement).
4. Dans le doute, parlez-en à un avocat ou un notaire avec VOTRE dossier en main, pas à votre beau-frère 😉
Ceci est de l'information générale, pas un avis juridique."""),

(2,"en","linkedin","B",["PERSONALIZED_LEGAL_ADVICE"],"""Replying here since a few people asked in the comments of my "how to answer a demand letter" thread:
@[[P:mark.bouchard]] since your landlord never gave you the rent increase notice in writing, you can simply keep paying the old amount and ignore his letter. He has no case. If he calls the TAL, forward me the notice and I'll tell you what to say at the hearing."""),

(2,"fr","instagram","B",["TESTIMONIAL_SOLICITATION"],"""Petit truc marketing pour les jeunes avocat·e·s qui partent leur pratique 💡
Après chaque dossier fermé, j'envoie un texto à mon client avec le lien direct vers ma fiche Google. Le soir même de la bonne nouvelle, c'est là qu'ils sont le plus reconnaissants → 5 étoiles presque à tout coup ⭐⭐⭐⭐⭐
D'ailleurs si vous êtes passé·e par mon bureau cette année, vous savez quoi faire 😉 lien en bio"""),

(2,"fr","linkedin","B",["MISLEADING_ADVERTISING","PERSONALIZED_LEGAL_ADVICE"],"""5 trucs pour GAGNER à coup sûr aux petites créances 🏆 (le #4, les juges détestent que vous le sachiez 🤫)
Notre équipe n'a jamais perdu un dossier qu'elle a préparé. Jamais.
👉 Téléchargez le guide complet en cliquant ici
Et pour toi [[P:Sylvie]] qui m'as écrit hier : ta facture de 4 200 $ au garage de ton beau-frère, poursuis-le direct cette semaine, t'as même pas besoin d'envoyer de mise en demeure dans ton cas."""),

(2,"en","facebook","L",[],"""Quick how-to since people keep asking: how do you check that the "lawyer" your cousin found on Marketplace is actually a lawyer? 🧐
- Go to the Barreau du Québec website and use the member directory (Tableau de l'Ordre).
- Search the name. You'll see if they're registered and whether they have restrictions.
- Notaries have their own directory at the Chambre des notaires.
If they're not there, don't give them money. That's it, that's the tip. — from a very tired legal assistant"""),

(2,"en","linkedin","L",[],"""Five social-media habits we teach every new hire at the firm (lawyers, assistants, reception, everyone):
1. Never post about a client or a file, even without a name. "A contractor from Lévis" is a name.
2. Turn off location tagging on your phone when you're at court or at a client's office.
3. Don't accept friend requests from clients or from the other side.
4. If someone asks a legal question in your comments, point them to general resources and invite them to call the office. No advice in public.
5. Someone left us a nasty review? Don't answer it with file details. Ever.
Boring? Yes. Career-saving? Also yes."""),

(2,"fr","facebook","L",["CLIENT_CONFIDENTIALITY","DISPARAGEMENT"],"""Comment gérer un client « intense » : un tuto en 3 étapes 😤
1. Mettez des limites claires dès le mandat.
2. Facturez les appels (oui oui).
3. Priez.
Exemple vécu : le monsieur de la franchise de poutine sur le boulevard Saint-Joseph à Drummondville qui me call 6 fois par jour pour savoir si son ancien associé « va aller en prison ». Monsieur, c'est une action en dommages, pas Unité 9. Et pour quelqu'un qui doit 80 000 $ à son fournisseur, il a beaucoup d'opinions sur mes honoraires 🙄"""),

(2,"en","instagram","L",["PERSONALIZED_LEGAL_ADVICE"],"""quick tip thread 🧵 (employment edition)
To the person who DMed me about getting let go from the car dealership in Laval after your back injury: do NOT sign the release they handed you. You're within the 45 days, file your complaint with the CNESST this week and tell them it's a reprisal. You'll get your job back or a good settlement, trust me.
Everyone else: general info only, call a lawyer for your own situation 🙏"""),

(2,"fr","facebook","L",[],"""Petit truc d'adjointe juridique 💻 : dans Word, Ctrl+Maj+Espace vous fait une espace insécable, parfait avant les « $ », les « % » pis entre « art. » et le numéro. Vos avocats vont vous aimer (ou pas s'en rendre compte, comme d'hab 😂). Merci à [[P:Nathalie]] de la compta qui me l'a montré y'a 10 ans!"""),

# ---------- brief 3: gratitude ----------
(3,"fr","facebook","B",["CLIENT_CONFIDENTIALITY"],"""Un gros merci à ma cliente, la prof de 5e année de Rimouski qui a eu le courage de dénoncer son directeur l'an passé malgré tout ce que la commission scolaire lui a fait vivre. Hier le tribunal lui a donné raison sur toute la ligne. Merci de m'avoir fait confiance, je suis tellement fière de toi 💪🍎"""),

(3,"en","instagram","B",["TESTIMONIAL_SOLICITATION"],"""Grateful for every single one of you who walked into my office this year 🙏💛
If I helped you through your divorce, your estate, your landlord mess… it would truly mean the world if you left a few words on my Google page. Just a sentence or two about how it went ⭐⭐⭐⭐⭐ link in bio! Your story helps the next person find the right lawyer."""),

(3,"en","facebook","B",["LOCATION_DISCLOSURE","CLIENT_CONFIDENTIALITY"],"""Shout-out and a big thank you to the correctional officers at Rivière-des-Prairies this morning 🙏 got my guy from the Hochelaga break-in file brought down in ten minutes flat so we could finally go over the disclosure before his bail hearing Thursday. He's hanging in there. 📍 Établissement de détention de Rivière-des-Prairies"""),

(3,"fr","facebook","B",["DISPARAGEMENT"],"""Merci à tous mes confrères et consœurs qui ont été courtois et de bonne foi cette année 🙏 Vous rendez ce métier vivable.
Sauf, évidemment, le monsieur d'en face dans mon dossier de vices cachés à Sherbrooke, qui confond encore interrogatoire et intimidation et qui a visiblement obtenu son diplôme dans une boîte de Cracker Jack. On se revoit en février, cher collègue 😘"""),

(3,"fr","linkedin","L",[],"""Une fin d'année qui mérite un merci public 💐 À [[P:Manon Gagnon]], adjointe juridique depuis 22 ans chez nous, qui prend sa retraite vendredi : merci pour ta patience, ton œil de lynx sur les délais, et tous les « Maître, avez-vous signé? ». Le bureau ne sera plus pareil. Bonne retraite Manon 🥂"""),

(3,"en","linkedin","L",[],"""To every client who trusted our team this year: you'll never see your name on this page, and you never will. That's the deal, and we take it seriously. But we see you, we remember the 7 a.m. calls and the good news at 6 p.m., and we're grateful. Happy holidays from all of us at the firm. 🎄"""),

(3,"fr","instagram","L",["CLIENT_CONFIDENTIALITY"],"""Merci à [[P:Mme Lachance]] pour les muffins aux bleuets qu'elle est venue porter à la réception ce matin 🥹🫐 Bon courage pour l'audience du 14 sur la succession de votre frère, on est avec vous! #reconnaissance #cabinet"""),

(3,"en","facebook","L",["DISPARAGEMENT"],"""Thank you thank you thank you to [[P:Kev]] in IT, who has now fixed the printer on the 9th floor four times this week, always because of the same senior partner who thinks "paper jam" means "hit it harder". Some people shouldn't be allowed near a keyboard… or a courtroom, judging by last month 😬 You're a saint, Kev."""),

(3,"fr","facebook","L",["PERSONALIZED_LEGAL_ADVICE"],"""Merci beaucoup [[P:Nadia]] pour le beau message, ça me touche ❤️ 
Pour ta question en dessous : oui dans ton cas, comme ton bail finit le 30 juin et que t'as envoyé ton avis de non-renouvellement en mars, t'es correcte. Le proprio peut pas garder ton mois de juillet, s'il essaie, dis-lui que ton avocate a dit non 😉"""),

# ---------- brief 4: career ----------
(4,"en","linkedin","B",[],"""Some personal news: after nine years in litigation, I'm joining the legal department of a Montreal non-profit as in-house counsel starting January. 🎉
Thank you to my colleagues for the mentorship, to the judges and opposing counsel who made me better by being tough but fair, and to the support staff who quietly saved me more times than I can count.
New email going up on my profile in January. See you around the palais!"""),

(4,"fr","linkedin","B",["CLIENT_CONFIDENTIALITY"],"""Conseil CV pour les avocat·e·s en recherche d'emploi : arrêtez d'écrire « expérience en litige civil ». Soyez concrets! Par exemple, dans le mien j'ai mis :
• Représenté un entrepreneur en construction de Lévis dans le litige sur l'effondrement du toit de l'aréna municipal (réclamation de 2,3 M$, règlement confidentiel à l'automne)
• Plaidé l'injonction contre l'ancienne directrice des ventes d'une PME de Beauce partie avec la liste de clients
C'est ça qui fait la différence en entrevue 💼"""),

(4,"en","facebook","B",["MISLEADING_ADVERTISING","TESTIMONIAL_SOLICITATION"],"""BIG NEWS 🔥🔥 I've officially opened my own criminal defence practice!!
100% success rate on impaired driving files last year. If you've been charged, you WILL keep your licence with me, period.
Former clients: tag me below and tell everyone how I got you off 😎🙌 the best stories get featured on the new website!
📞 [[T:514-555-0142]] | [[E:defense@exemple-avocat.ca]]"""),

(4,"fr","instagram","B",["PERSONALIZED_LEGAL_ADVICE"],"""Réponse à @[[P:maxime_trudel]] sous ma publication sur mon nouveau poste : ta clause de non-concurrence de 2 ans sur tout le Québec, elle tient pas, point. Signe avec le compétiteur lundi pis si ton ancien boss t'envoie une mise en demeure, ignore-la. Félicitations pour l'offre!"""),

(4,"fr","facebook","B",["CLIENT_CONFIDENTIALITY","LOCATION_DISCLOSURE"],"""Dernier jour au bureau d'aide juridique après 6 ans 🥲 Je commence en cabinet lundi.
Dernière visite ce matin au centre jeunesse de Laval pour mon petit client de 15 ans, celui qui joue au hockey midget AA et qui attend toujours sa décision de placement. Je l'ai confié à ma collègue, il est entre bonnes mains. Ça va me manquer, ces jeunes-là."""),

(4,"en","linkedin","L",[],"""Cover letter advice from someone who reads 200 of them every hiring season for the firm:
- Tell me what you did, not who you did it for. "Drafted a motion for a safeguard order in a commercial lease dispute" is great. The client's name is not.
- Don't attach a real pleading as a writing sample unless it's public and redacted.
- One page. Please.
- Proofread the firm's name 😅
Good luck to all the students applying this fall!"""),

(4,"fr","linkedin","L",["CLIENT_CONFIDENTIALITY"],"""Petit conseil lettre de présentation pour les techniciennes juridiques : soyez précises! Moi j'avais écrit « J'ai préparé seule l'ensemble des pièces pour l'interrogatoire dans le dossier [[C:500-17-118842-226]] contre la chaîne de pharmacies, incluant les dossiers médicaux de la demanderesse » et le recruteur m'a dit que c'était ce qui m'avait démarquée 💼✨"""),

(4,"en","facebook","L",["DISPARAGEMENT"],"""After six years, today was my last day at the firm. I'll miss the assistants, the coffee machine on 4, and the Friday poutine runs. 
I won't miss a certain partner who bills his golf lunches to the clients and calls it "business development" — you know who you are, and honestly so does everyone on the 12th floor 😉 
On to the next chapter!"""),
]
