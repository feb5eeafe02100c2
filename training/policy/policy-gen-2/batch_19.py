# batch 19 — smaller categories: testimonials by hint, legal location, private events, legal advice, advertising; CONF/CPI in depth
from labels import *
import common

POSTS = [
# TES
("U", "fr", FB, BQ, [TES], "si vous avez eu affaire a moi pour votre separation pis que vous etes satisfaits vous savez ou me trouver sur google hihi"),
("S", "fr", FB, BQ, [TES], "Vous pouvez aussi mettre ce beau message sur ma page professionnelle 😉 ça aide les autres à me trouver!"),
("S", "en", FB, BQ, [TES], "Aw thank you! Would you mind copying this onto my Google listing? 🙏"),
("S", "en", FB, BQ, [], "Aw thank you! Take care of yourself and your family 🙏"),
("Q", "en", LI, BQ, [TES], """🎄 Holiday wish list: 1) snow 2) hot chocolate 3) YOUR review on our Google page! Help a small firm have a merry Christmas ⭐ #smallbusiness #lawfirm"""),
("Q", "fr", LI, BQ, [TES], """Notre souhait pour 2025? Vous lire! ✍️ Si notre équipe vous a accompagné, laissez un commentaire sur notre page ou répondez à ce message. Merci de votre confiance!"""),
("X", "en", IG, BQ, [TES], """Client appreciation week 💙 Post a story about your experience with us, tag @[[P:MeRachelCohen]] and use #CohenLawCares — we'll repost our favourites!"""),
("X", "fr", IG, BQ, [TES], """Un beau commentaire = un café offert ☕ Passez au bureau avec la capture d'écran de votre avis! #avocat #promo #Sherbrooke"""),
("M", "en", FB, BQ, [TES], """My boss asked me to post this: if our office helped you this year, a review on Google would really help. (I'm mortified but here we are 😂)"""),
("W", "fr", FB, BQ, [TES], """@Sonia moi je demande toujours à mes clients de laisser un avis à la fin du dossier, je leur envoie le lien par courriel. Ça marche super bien!"""),
("W", "en", FB, BQ, [], """@Sonia I never ask clients for reviews, the Barreau's guidance is pretty clear. My referrals come from other lawyers anyway."""),
("T", "en", LI, BQ, [TES], """Three years ago I opened my own practice in Gatineau with one desk and a borrowed printer. It's been the hardest and best thing I've done. I've learned to do my own bookkeeping, to say no to files that aren't mine to take, and to rest on weekends (mostly). I'm grateful to my mentors, my family, and every person who walked through my door. If you're one of them and you have a minute, a short review on my Google profile would help this little practice more than you know. Here's to year four."""),
("V", "fr", LI, BQ, [], """Un client m'a laissé un témoignage élogieux sur ma page d'entreprise. Je l'ai remercié en privé et j'ai retiré la publication, comme le recommande le Barreau. Ça fait mal au cœur de retirer des mots si gentils, mais c'est la règle."""),
# LOC barreau
("M", "fr", FB, BQ, [CC, LOC], """En ce moment dans le corridor de la Chambre de la jeunesse à Longueuil avec Me Pothier, notre client de 14 ans pis sa grand-mère. Ça fait 3h qu'on attend 😩"""),
("X", "en", IG, BQ, [CC, LOC], """Day 2 of my client's fraud trial at the Palais de justice de Laval ⚖️ courtroom 2.05 if you want to come watch 👀 #trial #whitecollar"""),
("U", "en", FB, BQ, [CC, LOC], "meeting my client at the women's detention centre in laval tomorrow morning she wants to plead guilty and i need to talk her out of it"),
("R", "en", FB, BQ, [CC, LOC], """At the TAL in Longueuil with my client, the vieux monsieur being evicted by his own nephew. He brought his cat in a carrier. The régisseur didn't blink."""),
("T", "fr", FB, BQ, [CC, LOC], """Journée surréaliste. Je suis partie à 6 h de Montréal pour aller à Amos, en Abitibi, au palais de justice, représenter un client, un trappeur accusé d'avoir braconné sur les terres d'une pourvoirie. Huit heures de route, trois heures d'audience, une poutine dans un casse-croûte où tout le monde connaissait mon client par son prénom. Le juge a reporté. Je suis sur le chemin du retour, dans le bois, avec une radio qui capte juste de la country. J'aime ce métier pour ces journées-là aussi."""),
("T", "en", FB, BQ, [], """Surreal day. Left Montreal at 6 a.m. for a courthouse up north — eight hours of driving, three hours of hearing, a poutine at a roadside stand, and a radio that only picks up country music. I can't say anything about the file, but I love this job for days like these too. Home by midnight, hopefully."""),
("S", "fr", FB, BQ, [], "Check-in au palais de justice de Québec pour une conférence sur l'accès à la justice. Salle comble!"),
("X", "fr", IG, BQ, [], """Vue du 10e étage du palais de justice de Montréal 🌇 entre deux formations #avocate #vue"""),
# PRI
("N", "en", FB, SH, [PRI], """[19:45] Kids' Christmas party for residents' families: Dec 21, 2pm, at the community room of the Saint-Charles Co-op (building C, basement). Santa confirmed 🎅 don't share outside!"""),
("N", "fr", FB, SH, [PRI], """[12:00] Rappel : l'atelier « Reprendre ses finances » pour les résidentes et anciennes, c'est mardi 18h au local 3 de la Maison de la famille, rue Saint-Jacques. Entre nous seulement."""),
("X", "en", IG, SH, [PRI], """Tonight 7pm 💜 survivors' writing circle at the back room of Café Liberté on Rue Principale. Ring the bell, say you're with 'the book club' #writing #healing"""),
("W", "fr", FB, SH, [PRI], """@Mimi on se rejoint pour le groupe de soutien ce soir? 19h à la chapelle derrière l'hôpital, comme d'habitude?"""),
("U", "fr", FB, SH, [PRI], "souper des survivantes samedi 18h chez lucie au 2e etage du duplex bleu rue des ormes apportez un plat"),
("R", "en", FB, SH, [PRI], """Reminder to the équipe: the support group for teens exposed to violence is now Mondays 16h at the maison des jeunes on Rue Vinet. Don't put it on the staff Facebook."""),
("T", "en", FB, SH, [PRI], """Two years ago, I was too scared to leave my apartment. Today I facilitate a support group. I never imagined I'd say that. The women in our circle are fierce and funny and kind. We've celebrated new jobs, new apartments, a divorce finalized, a daughter's graduation. We've sat in silence when words didn't fit. We meet Thursdays at 6:30 at the public library in Boucherville, upstairs in the small meeting room, and anyone who's been through it is welcome. I'm proud of us."""),
("N", "en", FB, SH, [], """[12:30] For anyone asking about the support groups: we don't post times or places publicly. Call the intake line and they'll explain everything 💜"""),
("X", "fr", IG, SH, [], """Nos groupes de soutien sont gratuits et confidentiels 💜 appelez-nous pour connaître les détails #soutien #violenceconjugale"""),
# LEG
("S", "en", FB, BQ, [LEG], "@Paul as a lawyer: you don't need to give the police your phone passcode. Refuse, and call me Monday if they push."),
("S", "fr", FB, BQ, [LEG], "Dans ton cas Julie, ton ex peut pas déménager les enfants à Québec sans ton accord. Envoie-lui une mise en demeure demain et dépose une requête si elle bouge."),
("O", "en", FB, BQ, [LEG], """Lawyer here, @Dave — since the coach pushed your son, file a police report tonight and send the school a formal demand for the video. You've got a solid civil claim against the school board."""),
("U", "fr", FB, BQ, [LEG], "pour ma cousine qui ma demande ici dans ton cas avec ton accident de travail refuse le retour progressif pis demande une expertise la cnesst va plier"),
("W", "en", FB, LF, [LEG], """@Ines tell your brother he shouldn't sign the non-compete, it's unenforceable in his case since it covers all of Quebec for 5 years. He can just ignore it."""),
("V", "fr", FB, BQ, [], """Plusieurs m'écrivent après un accident de travail. Information générale : la CNESST a des délais précis pour réclamer, et vous pouvez contester une décision. Pour votre dossier à vous, consultez un avocat ou un organisme d'aide aux accidentés."""),
("V", "en", FB, LF, [], """Non-competes are a frequent question. Generally, in Quebec, a non-compete must be limited in time, territory and type of work to be valid. Whether yours is — that's a question for a lawyer who reads the actual contract."""),
# ADV
("Q", "en", LI, BQ, [ADV], """THEY DON'T WANT YOU TO KNOW THIS 😱 The one trick that gets speeding tickets thrown out EVERY time. Watch our video now ▶️"""),
("X", "fr", IG, BQ, [ADV], """Accusé? 🚨 Avec nous, c'est l'acquittement ou rien. 100 % de réussite depuis 10 ans 💪 #avocat #criminel #garanti"""),
("Q", "fr", LI, BQ, [ADV], """Vous méritez PLUS 💰 Notre cabinet obtient en moyenne 3x plus que l'offre de l'assureur. Résultat garanti par écrit. Appelez maintenant!"""),
("Q", "en", LI, BQ, [], """Thinking about hiring a lawyer? Be wary of anyone who guarantees an outcome. Ask about experience, fees and communication instead. (Yes, we're lawyers, and yes, we're telling you this.)"""),
# CONF depth
("R", "en", FB, CI, [CONF], """The draft of the plan clinique for youth mental health — not released — says they're moving the only pédopsychiatre from Gaspé to Rimouski two days a week. Families are going to lose it."""),
("P", "en", FB, CI, [CONF], """Here's the photo of the whiteboard in the resource office with all the residents' med schedules, can someone tell me if this dosage looks right for the new guy? 📸"""),
("N", "fr", FB, CI, [CONF], """[23:10] Les filles, le rapport d'inspection de la ressource tombe demain, ils ont trouvé des traces de contention non documentée. Ça va sortir dans les journaux si quelqu'un parle, alors on parle pas 🤐"""),
("W", "en", FB, CI, [CONF], """@Caro the grievance settlement amounts are in the email the union rep forwarded by mistake — 3 people got 20k each. wild"""),
("U", "fr", FB, CI, [CONF], "la liste des usagers de la ressource avec leurs allergies pis leurs diagnostics est affichee dans la cuisine je lai prise en photo pour le groupe des remplacants"),
("S", "en", FB, CI, [CONF], "Ask me about the numbers in the draft budget 😶 I can't say but... ouch"),
("X", "en", IG, CI, [CONF], """When the confidential restructuring plan lands on your desk by accident 👀📄 #CISSS #oops #notpublicyet"""),
("T", "fr", FB, CI, [CONF], """Ça fait 25 ans que je suis secrétaire médicale à l'hôpital de Sainte-Anne-des-Monts. J'ai tapé des milliers de rapports, répondu à des milliers d'appels, consolé des centaines de familles dans la salle d'attente. J'aime mon hôpital. Mais je suis inquiète. À la réunion du service la semaine dernière, le chef nous a montré le plan de réorganisation pas encore annoncé : la fermeture de l'urgence la nuit à partir de l'automne prochain. Les gens de la Haute-Gaspésie vont devoir faire une heure de route. Je n'ai pas le droit d'en parler, mais je trouve ça tellement triste. Merci à mes collègues, on continue."""),
("V", "en", FB, CI, [], """If you're worried about a reorganization, talk to your union or your manager, and wait for the official announcement before posting. Sharing a draft plan can hurt colleagues and users who deserve to hear it properly."""),
# CPI depth
("P", "en", FB, CI, [CPI], """We're fostering a 15-year-old from Grande-Rivière whose mom, Tracy Bourget, is now living in Quebec City. He wants to go see her for his birthday. The DPJ says no. He's devastated. How do you help a teen through that?"""),
("P", "fr", FB, CI, [CPI], """Petite question : on a une ado de 14 ans placée chez nous à Caplan depuis juin. Elle a trouvé le compte Instagram de son père biologique, Jimmy Loiselle, et elle lui écrit en cachette. Je fais quoi?"""),
("R", "fr", FB, CI, [CPI], """Journée de tribunal à Percé pour la petite de 7 ans de L'Anse-à-Beaufils. Le juge a ordonné le placement jusqu'à majorité. Sa mère Annie est sortie en claquant la porte. Je suis vidée."""),
("X", "en", IG, CI, [CPI], """Our foster girl's first dance recital 🩰 (7 y/o, with us since the DPJ placement in March, École de danse de Gaspé) her mom Kelly came to watch 🥲 #proud #fostercare"""),
("U", "en", FB, CI, [CPI], "the two brothers from the foster home in new richmond the 8 and 10 year old their mom is sherry from the trailer park she showed up at school drunk again"),
("S", "fr", FB, CI, [CPI], "Ahh c'est la petite qui a été placée chez Lise l'été passé, la fille à Karine!"),
("W", "en", FB, CI, [CPI], """@Deb the newborn that was placed at birth in Maria last week, that's Brittany Cormier's baby. Her fourth one taken"""),
("V", "fr", FB, CI, [], """Dans ce groupe, on peut partager des défis (sommeil, école, colère, visites) sans jamais donner l'âge précis, la ville, l'école, le nom de l'enfant ou de ses parents. C'est la loi, et c'est aussi ce qui protège les enfants."""),
# SUR depth
("N", "en", FB, SH, [SUR], """[10:40] The resident who sings at church is doing the solo at Saint-Patrick's in Granby Sunday at 10:30. Her ex goes to a different parish so it should be ok? Let's go support her 🎶"""),
("W", "fr", FB, SH, [SUR], """@Sarah tsé l'infirmière du CLSC de Chambly qui prend les prises de sang le matin? C'est elle qui était à la maison au printemps. Son ex la cherche encore"""),
("X", "en", IG, SH, [SUR], """So proud of my cousin @[[P:aaliyah.m]] who got away from him and just started at @ChezMaeCafe on Rue Saint-Denis ☕ she makes the best lattes 💜 #survivor #newbeginnings"""),
("U", "fr", FB, SH, [SUR], "la madame qui etait a la maison avec son fils autiste il va a lecole secondaire de la magdeleine a la prairie maintenant pis elle travaille au costco de candiac"),
("T", "en", FB, SH, [SUR], """I've been a crisis-line volunteer for eight years. Calls come at all hours. Most I'll carry forever and never repeat. Tonight I just want to celebrate someone I'm proud of: the woman who called us from a gas station bathroom in Saint-Jean three winters ago, who's now a paralegal at a firm on Rue Richelieu and just passed her certification exam. She sent us a card today. I'm in tears. Keep calling, everyone. Someone always answers."""),
("S", "en", FB, SH, [SUR], "isn't she the one from the shelter? the new receptionist at the Honda dealer in Brossard"),
("V", "en", FB, SH, [], """When celebrating a survivor's success, keep it general: 'a woman who stayed with us found a job' — never the employer, the street, the school, the team or the church. Those details are exactly what an abuser looks for."""),
# HAR depth
("O", "en", FB, RS, [HAR], """Everyone check out the ref's LinkedIn, he works at Desjardins in Beloeil. Maybe his manager wants to hear about his weekend job performance 😇"""),
("O", "fr", FB, RS, [HAR], """La coach de l'autre équipe a un commerce à Saint-Jean. Ce serait plate qu'elle reçoive plein de mauvais avis Google cette semaine 😇"""),
("S", "en", FB, RS, [HAR], "everyone 1-star his bakery lol"),
("U", "en", FB, RS, [HAR], "keep sending her those messages guys shes gonna quit the team soon lmao"),
("W", "fr", FB, RS, [HAR], """@Vince j'ai envoyé un message à l'arbitre à partir d'un compte anonyme, je lui ai dit qu'on savait c'était quoi son école 😏"""),
("T", "fr", FB, RS, [HAR], """Mon équipe de hockey féminin a fini sa saison hier. Quelle année! On a gagné la bannière régionale, on a fait un voyage à Québec, les filles ont tricoté des tuques pour l'équipe adverse au tournoi de Noël. Je suis tellement fière. Il y a eu des moments durs aussi : une joueuse de Saint-Bruno a publié des vidéos de nous en se moquant. J'ai retrouvé ses comptes pis son école, pis je vais m'assurer que toutes les filles de son école les voient, on verra si elle trouve ça drôle. Bref, merci aux parents, aux coachs, à tout le monde. À l'an prochain!"""),
("V", "fr", FB, RS, [], """Une joueuse adverse a publié des vidéos moqueuses de notre équipe. Nous avons fait des captures d'écran et signalé la situation à son école et au RSEQ Montérégie. Nous demandons aux parents de ne pas répondre en ligne ni de publier d'informations sur elle."""),
("X", "en", IG, RS, [HAR], """POV: you're the ref who blew the final and now the whole school has your Snapchat 😂👻 @[[P:noah.ref.17]] #RSEQ"""),
("W", "en", FB, CI, [HAR], """@Pam I made a fake profile to keep tabs on the worker who took my sister's kids. Already found where her kids go to daycare 👀"""),
("U", "fr", FB, CI, [HAR], "ca fait trois soirs que jecris a la ts sur messenger avec des comptes differents elle va finir par comprendre"),
]

if __name__ == "__main__":
    common.build(19, POSTS)
