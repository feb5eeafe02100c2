"""PERSON: an unlisted first name is a person when what surrounds it is said only of people:
a verb of speech or action after it ("Ilona said", « Dagny a fugué »), a verb whose object is a
person before it ("I told Ilona", « demandé à Dagny »), a relative ("Ilona's dad", « le père de
Dagny », "Ilona and her brother"), a greeting before it that ends the clause ("Happy birthday
Ilona!!"), a list typed in lower case with other names ("julie, dagny et karim"). Organisations
that say things, holidays and chat words are not persons."""

FRENCH = [
    ("Dagny a dit qu'elle reviendrait demain chercher ses affaires.", ["Dagny"]),
    ("Sondrine m'a écrit hier soir pour son audience.", ["Sondrine"]),
    ("Ilvana a encore fugué de la ressource.", ["Ilvana"]),
    ("Taïwo se sent beaucoup mieux depuis lundi.", ["Taïwo"]),
    ("J'ai demandé à Ilvana d'appeler l'intervenante.", ["Ilvana"]),
    ("Le père de Sondrine veut des visites supervisées.", ["Sondrine"]),
    ("Taïwo et sa sœur Ezinne sont arrivées cette nuit.", ["Taïwo", "Ezinne"]),
    ("Bonne fête Sondrine!! 🎉", ["Sondrine"]),
    ("merci à julie, dagny et karim pour l'aide au tournoi", ["julie", "dagny", "karim"]),
    ("salut ricardo, t'as oublié ton sac au gym", ["ricardo"]),  # not "t'as"
    ("Rappelez Sondrine pour le bail, elle est stressée.", ["Sondrine"]),
]

FRENCH_NONE = [
    "Hydro-Québec a dit que le courant reviendrait ce soir.",
    "Le Canadien a marqué deux buts en troisième.",
    "Netflix a annoncé une hausse de prix.",
    "Desjardins m'a appelé pour mon prêt.",
    "Le Costco de Boucherville veut agrandir son stationnement.",
    "Bonne Saint-Valentin!",
    "La route 132 est fermée à cause de la Tempête Elsa.",
    "La Juge en chef a parlé à McGill jeudi.",
    "Rappelez Vidéotron pour la facture.",
]

ENGLISH = [
    ("Dagny said the van would be late again.", ["Dagny"]),
    ("Ilvana texted me, she is safe.", ["Ilvana"]),
    ("Sondrine scored twice in the second half.", ["Sondrine"]),
    ("I told Ilvana to bring the forms before Friday.", ["Ilvana"]),
    ("Sondrine's dad wants supervised visits only.", ["Sondrine"]),
    ("Taiwo and her brother Ezinne are doing well.", ["Taiwo", "Ezinne"]),
    ("Happy Birthday Sondrine!! 🎉", ["Sondrine"]),
    ("big hug to Ilvana who moves out tomorrow", ["Ilvana"]),
    ("Shiloh's mom is driving to Sherbrooke on Saturday.", ["Shiloh"]),
    ("congrats to tomasz, ilvana and priyanka on making the team",
     ["tomasz", "ilvana", "priyanka"]),
    ("hey kevin, lmk when you get there", ["kevin"]),  # "lmk" is no name
]

ENGLISH_NONE = [
    "Deloitte said it would cut 200 jobs.",
    "The Canadiens scored twice in the third.",
    "Netflix announced a price increase.",
    "Spotify's family plan went up again.",
    "Happy Diwali!",
    "Thanks to Costco who donated the turkeys.",
    "Apple's family plan went up again.",
    "Route 132 is closed because of Storm Elsa.",
    "Spring cleaning day! Bring gloves, Hope to see you there.",
]
