"""STREET_ADDRESS: civic number + street, French and English forms."""

from __future__ import annotations

import pytest

ADDRESS = "STREET_ADDRESS"

MATCH = [
    ("fr", "Clinique au 150, rue Mgr-Ross, Chandler G0C 1K0.", "150, rue Mgr-Ross"),
    ("fr", "Au sous-sol, 1215, rue Bourgogne, Chambly.", "1215, rue Bourgogne"),
    ("fr", "Gymnase, 455, boulevard Sir-Wilfrid-Laurier, Beloeil",
     "455, boulevard Sir-Wilfrid-Laurier"),
    ("fr", "Elle habite au 1234, rue Principale, app. 3, à Laval.", "1234, rue Principale, app. 3"),
    ("fr", "Venez au 3-1234, boul. Saint-Laurent Est.", "3-1234, boul. Saint-Laurent Est"),
    ("fr", "22, chemin de la Côte-Sainte-Catherine", "22, chemin de la Côte-Sainte-Catherine"),
    ("fr", "Local au 5678, 5e Avenue, bureau 200", "5678, 5e Avenue, bureau 200"),
    ("fr", "Ferme au 10, rang Saint-Joseph, Saint-Hyacinthe", "10, rang Saint-Joseph"),
    ("fr", "Chez nous : 88 rue des Érables", "88 rue des Érables"),
    ("fr", "Au 301, avenue d'Iberville", "301, avenue d'Iberville"),
    ("en", "Drop-off at 45 Elm Street tomorrow.", "45 Elm Street"),
    ("en", "She lives at 123 Sherbrooke St. West, Apt. 4 now.", "123 Sherbrooke St. West, Apt. 4"),
    ("en", "Office: 12 Maple Ave. in Pointe-Claire", "12 Maple Ave."),
    ("en", "Meet at 1600 René-Lévesque Blvd. West", "1600 René-Lévesque Blvd. West"),
    # a French street name, the street type after it
    ("en", "She lives at 1200 des Forges Boulevard, Trois-Rivières.", "1200 des Forges Boulevard"),
    ("en", "Our office moved to 350 de la Montagne Street.", "350 de la Montagne Street"),
    ("en", "Pick-up at 77 du Parc Avenue, Apt 2", "77 du Parc Avenue, Apt 2"),
    ("en", "Drop it at 45 Maple Street tomorrow.", "45 Maple Street"),
    ("en", "He moved to 12 Elm Ave. last week.", "12 Elm Ave."),
    ("fr", "Le party est au 45 Maple Street à Hudson.", "45 Maple Street"),
    # in capitals: the name stops before "ou", "and" and a number
    ("fr", "RAPPORTEZ-LE AU 95, RANG DU LAC OU 418 555 0100", "95, RANG DU LAC"),
    ("en", "BRING IT TO 12 OAK STREET AND CALL 514 555 0100", "12 OAK STREET"),
    # a one-word name in lower case after a French type; a street with only its direction
    ("fr", "Je reste au 88 rue de la reine, Gaspé", "88 rue de la reine"),
    ("fr", "Bureau au 3500 Ontario Est, 2e étage", "3500 Ontario Est"),
    ("en", "I'm at 17 Riverside West until noon", "17 Riverside West"),
]

NO_MATCH = [
    ("en", "Second driveway past the Esso on Route 112 in Marieville."),
    ("fr", "Il reste 2 places dans mon auto."),
    ("fr", "Mon client paie 40 000 $ pour un mur."),
    ("en", "I will not answer your 14 texts about the fence."),
    ("fr", "Tournez à la 3e rue à droite."),
    ("fr", "Rendez-vous rue Saint-Denis, devant le cinéma."),  # a street with no number
    ("en", "We planted 45 Maple trees along the street."),
    ("en", "Only 3 of the Forges players made it to the road game."),
    ("en", "We walked 12 des Forges blocks to the boulevard."),
    ("en", "AFTER 4 YEARS THE COURT RULED FOR US."),
    ("en", "It took 3 days my Drive was full."),
    ("fr", "C'est 5 rue plus loin, à droite."),
    ("fr", "Médaille de bronze : 3e place cadet, 2e rang régional."),
    ("en", "Team 3 played West Island on Sunday."),
]


@pytest.mark.parametrize(("language", "text", "expected"), MATCH)
def test_match(found, language, text, expected):
    assert found(text, language, ADDRESS) == [expected]


@pytest.mark.parametrize(("language", "text"), NO_MATCH)
def test_no_match(found, language, text):
    assert found(text, language, ADDRESS) == []
