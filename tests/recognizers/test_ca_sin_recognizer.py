"""CA_SIN: nine digits, Luhn-valid, first digit neither 0 nor 8."""

from __future__ import annotations

import pytest

SIN = "CA_SIN"

MATCH = [
    ("fr", "Son NAS : 130 692 544, ça passe pas.", "130 692 544"),
    ("fr", "NAS 130-692-551 au dossier.", "130-692-551"),
    ("fr", "Mon numéro d'assurance sociale est 946454287.", "946454287"),
    ("en", "My client's SIN is 946 454 295 and it keeps bouncing.", "946 454 295"),
    ("en", "SIN: 130692544", "130692544"),
]

NO_MATCH = [
    ("fr", "Son NAS : 130 692 545 (faute de frappe?)"),  # Luhn fails
    ("fr", "Numéro 046 454 286."),  # starts with 0: never issued
    ("fr", "Numéro 846 454 284."),  # starts with 8
    ("fr", "Le numéro 130692544 apparaît sur la facture."),  # bare digits, no context
    ("en", "Call 514-555-0199."),
    ("en", "Ticket 130 692 544 012 was issued."),  # part of a longer number
    ("en", "Reference 130.692.544,00"),
    ("fr", "Un budget de 130 692 544 $ pour la santé."),
    ("fr", "Une hausse de 130 692 544 dollars."),
]


@pytest.mark.parametrize(("language", "text", "expected"), MATCH)
def test_match(found, language, text, expected):
    assert found(text, language, SIN) == [expected]


@pytest.mark.parametrize(("language", "text"), NO_MATCH)
def test_no_match(found, language, text):
    assert found(text, language, SIN) == []
