"""CA_POSTAL_CODE: A1A 1A1 with Canada Post's letters."""

from __future__ import annotations

import pytest

POSTAL = "CA_POSTAL_CODE"

MATCH = [
    ("fr", "Au 150, rue Mgr-Ross, Chandler G0C 1K0.", "G0C 1K0"),
    ("fr", "Envoyez vos dons au H2X 1Y4!", "H2X 1Y4"),
    ("fr", "Beloeil J3G4H3", "J3G4H3"),
    ("fr", "code postal : h2x 1y4", "h2x 1y4"),
    ("en", "Mail it to Toronto, ON M5V 2T6.", "M5V 2T6"),
    ("en", "Postal code m5v2t6", "m5v2t6"),  # weak form, lifted by context
    # weak form at the end of an address: a province, a town, a street before it
    ("en", "We moved: 400 Main St, Gatineau QC j8y3r1. Same phone.", "j8y3r1"),
    ("fr", "Livrez au 55 rang Nord, Rimouski, g5l7c2 svp", "g5l7c2"),
    ("en", "keys found near 900 Notre-Dame Street (h2y1c6)", "h2y1c6"),
    ("fr", "45 rue des Érables app. 4, h2x1y4", "h2x1y4"),  # an apartment number between
]

NO_MATCH = [
    ("fr", "Le code D2X 1Y4 n'existe pas."),  # D is never used
    ("fr", "Formulaire H2X-1Y."),
    ("en", "Model AB1 2CD is discontinued."),
    ("en", "Token m5v2t6 expired."),  # weak form, no context
    ("fr", "Mon mot de passe était h2x1y4 avant le changement."),
    ("en", "Use coupon k1a0b1 at checkout."),
    ("en", "Room W1A 1A1 (W is never a first letter)."),
]


@pytest.mark.parametrize(("language", "text", "expected"), MATCH)
def test_match(found, language, text, expected):
    assert found(text, language, POSTAL) == [expected]


@pytest.mark.parametrize(("language", "text"), NO_MATCH)
def test_no_match(found, language, text):
    assert found(text, language, POSTAL) == []
