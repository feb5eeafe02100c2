"""PERSON: given names of Quebec's communities (Haitian, Arab and Amazigh, Indigenous, Latin
American, Portuguese and Italian, Vietnamese and Chinese, West African, South Asian, Irish) are
found with no cue around them, however typed; words and places that look like names are not."""

FRENCH = [
    # short forms used for friends
    ("Raph arrive à 18 h avec la bière, Tibo aussi.", ["Raph", "Tibo"]),
    ("Widline est arrivée avec ses deux enfants cette nuit.", ["Widline"]),
    ("On attend encore Lucknerson pour commencer la réunion.", ["Lucknerson"]),
    ("Tinhinane a réussi son examen de français!", ["Tinhinane"]),
    ("Shanipiap revient de Uashat lundi.", ["Shanipiap"]),
    ("Kahentinetha a appelé pour son rendez-vous.", ["Kahentinetha"]),
    ("Gonçalo et Matilde ont gagné le tournoi de soccer.", ["Gonçalo", "Matilde"]),
    ("merci a tuyet pour les rouleaux impériaux", ["tuyet"]),
    ("Nafissatou commence son stage demain.", ["Nafissatou"]),
    ("Yesenia a besoin d'un lift pour l'audience.", ["Yesenia"]),
    # East Asian given names in two hyphenated syllables (not a street's "Jean-Talon")
    ("Merci à Jun-Seo et à Kim-Yen pour le lift, pis on se voit au métro Jean-Talon.",
     ["Jun-Seo", "Kim-Yen"]),
    # kinship terms of address of other languages before a name (left out of the span)
    ("La soupe de Manman Mireille, rien de mieux le 1er janvier.", ["Mireille"]),
    ("Teta Samira fait les meilleures feuilles de vigne.", ["Samira"]),
    ("Le couscous de Lalla Fatima, le vendredi, c'est sacré.", ["Fatima"]),
]

FRENCH_NONE = [
    # greetings of other languages, brands, characters
    "Mabrouk aux nouveaux mariés! Les enfants ont regardé Bluey pis Peppa toute la soirée.",
    "La Louisiane et l'Islande sont dans le reportage de ce soir.",
    "Le Sony que j'ai acheté chez Best Buy ne marche plus.",
    "Les Innus et les Atikamekw de Manawan étaient présents.",
    "On se voit à Hong Kong ou à Mistissini?",
    # a town whose parts are given names; public figures; brands
    "Points de collecte à Saint-Jérôme, Sainte-Adèle, Val-David et Mont-Laurier.",
    "Gilles Vigneault qui chante « Gens du pays » au spectacle, Boucar Diouf invité.",
    "Présentations sur Marie Curie et Louis Riel, c'était excellent.",
    "Donne poussette Bugaboo et siège d'auto Diono, vaisselle Corelle.",
    # greetings and thanks in the languages of the communities, place names in Mohawk spelling
    "Kwe! Bienvenue à la soirée de perlage, Tshinashkumitin d'être venus.",
    "Qujannamiik à tout le monde, on se revoit à Kanehsatà:ke en mars.",
]

ENGLISH = [
    ("Happy birthday to my mom, Marie-Carmel Saint-Fleur, born in Jacmel.",
     ["Marie-Carmel Saint-Fleur"]),
    ("Oisin finally got his license back.", ["Oisin"]),
    ("thanks so much to fionnuala for the lasagna", ["fionnuala"]),
    ("Chiamaka will be at the shelter tonight.", ["Chiamaka"]),
    ("We drove Simranjeet to the clinic this morning.", ["Simranjeet"]),
    ("Xiaoling and Yuxuan finished the puzzle together.", ["Xiaoling", "Yuxuan"]),
    ("Tehaliwaskenhas is coming back from Kahnawake on Friday.", ["Tehaliwaskenhas"]),
    ("Raffaele missed practice again.", ["Raffaele"]),
    # Tagalog kinship terms of address before a name
    ("Salamat to Ate Joy and Kuya Rodel for the bibingka!", ["Joy", "Rodel"]),
    ("Tita Marites asked me to share the schedule.", ["Marites"]),
    # the same in other languages of Quebec's communities
    ("My Nonna Graziella's recipe, don't tell anyone.", ["Graziella"]),
    ("Thanks Kokum Marie for the bannock!", ["Marie"]),
    ("Happy 80th to Bà Liên, the best phở in Laval!", ["Liên"]),
]

ENGLISH_NONE = [
    "Obrigado, everyone! Pillsbury cookies for the kids and Smirnoff for the adults.",
    "My Sony headphones broke on the bus to Hong Kong Garden.",
    "The Harley Davidson rally goes through Louisiane Street.",
    "We serve Inuit and Innu families from Nunavik.",
    "Lovely weather in Mistissini today.",
    "Ten years ago today I landed at Trudeau airport with two suitcases.",
    "Banquet is at the Bill Durnan arena hall, June 2.",
    "The family thanks the monks of the Quan Âm pagoda for the prayers.",
    "We ate Pizza after the game.",
    "Our account manager at Purolator lost the parcel; the Phonak hearing aid was in it.",
    "Tansi! Wachiya to everyone who came out to the round dance.",
    "Niá:wen to the bus drivers, see you in Kahnawà:ke next week.",
    "Ông nội turned 90 today and still beats us all at cards.",
]
