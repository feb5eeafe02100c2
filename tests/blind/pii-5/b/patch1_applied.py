import re
p='/work/blind/pii-5b/posts_src.py'
s=open(p).read()
R=[
('[[P|Mr. Laflamme]]!"),', '[[P|Mr. Laflamme]]!"),'),
('(3, "en", "l", "c", [], "Thank you to everyone who made our office holiday potluck', '(3, "en", "l", "l", [], "Thank you to everyone who made our office holiday potluck'),
('tatie [[P|Rose-Marie', 'tatie [[P|Rose-Marie'),
('merci [[P|tante Claire]]... euh je veux dire [[P|Claire]] et [[P|Pierre]]', 'merci tante [[P|Claire]] et oncle [[P|Pierre]]'),
('CapitaineQc: merci ahmed 🙏 (ok [[P|Ahmed]])', 'CapitaineQc: merci [[P|ahmed]] 🙏'),
(' Do NOT approach, call 911. Pierre is the family name, not a typo.', ' Do NOT approach, call 911. Pierrefonds and Chomedey police are on it.'),
('[[P|abuela Rosa]]', 'abuela [[P|Rosa]]'), ('[[P|tío Memo]]', 'tío [[P|Memo]]'),
('[[P|Abuela Carmen]]', 'Abuela [[P|Carmen]]'),
('[[P|Aunt Jeannette Bacon]]', 'Aunt [[P|Jeannette Bacon]]'), ('[[P|Uncle Réginald]]', 'Uncle [[P|Réginald]]'),
('[[P|Yiayia Eleni]]', 'Yiayia [[P|Eleni]]'), ('[[P|Uncle Takis]]', 'Uncle [[P|Takis]]'),
('[[P|mamie Lise]]', 'mamie [[P|Lise]]'),
('Miss [[P|Boudreau]]', '[[P|Miss Boudreau]]'),
('avec [[P|ma chum Véro]]... correction : avec [[P|Véro]] 😂', 'avec ma chum [[P|Véro]] 😂'),
('Inscription auprès de [[P|cousine Louise]]... je veux dire [[P|Louise Lévesque-Pelletier]]', 'Inscription auprès de cousine [[P|Louise Lévesque-Pelletier]]'),
('[[P|tia Fátima]]... oups, [[P|Fátima]] s\'occupe', 'tia [[P|Fátima]] s\'occupe'),
('vu pour la dernière fois', '(né le [[D|2010-03-11]]), vu pour la dernière fois'),
('Mon coloc [[P|Abdelkader Ben Slimane]] dit Saint-Laurent', 'Mon coloc [[P|Abdelkader Ben Slimane]] a perdu sa carte soleil (bena 920315 12, si quelqu\'un la trouve) pis il dit Saint-Laurent'),
('J\'ai refusé. Il dit', 'J\'ai refusé, mais mon chum lui avait déjà envoyé le sien ([[S|564-162-634]]) 🙄. Il dit'),
('(1, "en", "l", "c", [], "Does anyone have a contact for the St. Patrick\'s Parade volunteer crew? Last year it was [[P|Siobhan McGillicuddy]], reachable at [[T|(514)5550138]], but u/green_beer_guy says she moved to Pointe-Claire."),',
 '(1, "en", "f", "c", ["CONFIDENTIAL_INFORMATION", "CONSENT_REQUIRED"], "r/gaspesie question: anyone else at the CISSS get the internal memo about closing the Chandler night shift? I can post the PDF if people want. u/[[P|megan_leblanc]] says her manager [[P|Sandra Poirier]] already confirmed it to the team."),'),
('[[P|priya_s]]: ty ty', '[[P|priya_s]]: ty ty. mods pls delete my screenshot, my card [[K|3703 702287 78105]] is in it 😭'),
('(8, "fr", "f", "c", [], "François Legault a visité l\'hôpital de Maria hier pour l\'annonce. Mon père [[P|Gilbert Arsenault]] était dans la salle d\'attente depuis 14 h, personne ne lui a parlé. Belle photo op."),',
 '(8, "fr", "f", "r", [], "François Legault a visité l\'hôpital de Maria hier pour l\'annonce. Mon père [[P|Gilbert Arsenault]] était dans la salle d\'attente depuis 14 h, personne ne lui a parlé, pis ils ont mal écrit son numéro d\'assurance maladie sur le bracelet ([[R|arsg48072219]]). Belle photo op."),'),
('(7, "en", "l", "s", [], "Our Giving Tuesday campaign is live! Every dollar funds legal aid clinics. Monthly donors can reach our coordinator [[P|Mariama Sow-Barry]] directly at [[E|m.sowbarry@example.org]] or [[T|+1 514 555 0103]]. Tax receipts issued for gifts over $20."),',
 '(7, "en", "l", "s", ["PRIVATE_EVENT_DISCLOSURE", "CONSENT_REQUIRED"], "Our Giving Tuesday campaign for the women\'s shelter is live! Photo: our night counsellors [[P|Mariama Sow-Barry]] and [[P|Josée]] setting up for the survivors\' support group, Tuesdays at 7 pm in the basement of the United Church on Rue Principale. Monthly donors can write to [[E|m.sowbarry@example.org]] or call [[T|+1 514 555 0103]]."),'),
('@[[P|joaquin.reyes]] call me"', '@[[P|joaquin.reyes]] call me (514)5550138"'),
('(12, "fr", "i", "b", [], "Bravo [[P|Wendjy]]!!"),', '(12, "fr", "i", "b", ["DISPARAGEMENT"], "Bravo [[P|Wendjy]]!! ce juge est un clown"),'),
('(8, "en", "f", "l", [], "Interesting that Justin Trudeau mentioned Sainte-Marthe-sur-le-Lac in his speech. My grandmother [[P|Jeannine Proulx]] lost her basement there in 2019 and no minister ever called her back."),',
 '(8, "en", "f", "l", ["CLIENT_CONFIDENTIALITY"], "Interesting that Justin Trudeau mentioned Sainte-Marthe-sur-le-Lac in his speech. I represent [[P|Jeannine Proulx]] in the flood class action ([[C|500-06-000987-196]]): she lost her whole basement there in 2019 and no minister ever called her back."),'),
('(8, "fr", "f", "l", [], "Le juge Marc-André Lafrenière a bien rendu sa décision dans l\'affaire de la tour de Laval (500-17-109876-224 pour',
 '(8, "fr", "f", "l", ["DISPARAGEMENT"], "Le juge Marc-André Lafrenière a encore rendu une décision idiote dans l\'affaire de la tour de Laval, ce gars-là est une honte pour la magistrature ([[C|500-17-109876-224]] pour'),
('(12, "fr", "f", "r", [], "[[P|steph]] regarde ça"),', '(12, "fr", "f", "r", ["DISPARAGEMENT"], "[[P|steph]] t\'es pourrie, lâche l\'équipe 🤮"),'),
('(12, "en", "i", "r", [], "@[[P|tasha.b]] this is so you 😂"),', '(12, "en", "i", "r", ["HARASSMENT", "DISPARAGEMENT"], "@[[P|tasha.b]] quit the team, nobody wants you"),'),
('(8, "en", "f", "s", [], "Re: the CBC piece on housing — Minister Duranceau can say whatever she wants, my friend [[P|Nazanin Rahimi]] has been on the HLM list for six years with two kids. Six. Years."),',
 '(8, "en", "f", "s", ["SURVIVOR_IDENTIFICATION", "LOCATION_DISCLOSURE"], "Re: the CBC piece on housing — Minister Duranceau can say whatever she wants, my friend [[P|Nazanin Rahimi]] left her abusive husband last spring and is STILL staying at the women\'s shelter in Saint-Léonard with her two kids because the HLM list is six years long."),'),
('(12, "fr", "i", "s", [], "@[[P|mathieu_dion]] @[[P|alexe_b]] on y va?"),', '(12, "fr", "i", "s", ["PRIVATE_EVENT_DISCLOSURE"], "@[[P|mathieu_dion]] @[[P|alexe_b]] groupe de soutien mardi 19h?"),'),
('(5, "fr", "f", "b", ["CLIENT_CONFIDENTIALITY"]', '(5, "fr", "f", "b", ["CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE"]'),
('NAS [[S|277 401 618]], née le [[D|12 juillet 1988]].', 'NAS [[S|277 401 618]], RAMQ [[R|MACR 8857 1203]], née le [[D|12 juillet 1988]].'),
]
for a,b in R:
    n=s.count(a)
    assert n==1,(n,a[:80])
    s=s.replace(a,b)
open(p,'w').write(s)
