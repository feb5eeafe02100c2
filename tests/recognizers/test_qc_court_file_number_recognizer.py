"""QC_COURT_FILE_NUMBER: DDD-CC-NNNNNN-YYC."""

from __future__ import annotations

import pytest

COURT = "QC_COURT_FILE_NUMBER"

MATCH = [
    ("fr", "Décision intéressante (dossier 500-17-128765-245).", "500-17-128765-245"),
    ("fr", "Audience demain pour notre grand (110-41-000487-249).", "110-41-000487-249"),
    ("fr", "Dossier no 500 17 012345 231 reporté.", "500 17 012345 231"),
    ("en", "You lost file 700-04-023456-231 because you lied.", "700-04-023456-231"),
]

NO_MATCH = [
    ("fr", "Le numéro 500-17-012345-23 est incomplet."),
    ("fr", "Référence 500-17-0123456-231."),
    ("fr", "Série 500 17 012345 231 en stock."),  # spaced, no context
    ("en", "Call 514-555-0199."),
]


@pytest.mark.parametrize(("language", "text", "expected"), MATCH)
def test_match(found, language, text, expected):
    assert found(text, language, COURT) == [expected]


@pytest.mark.parametrize(("language", "text"), NO_MATCH)
def test_no_match(found, language, text):
    assert found(text, language, COURT) == []
