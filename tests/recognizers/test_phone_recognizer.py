"""PHONE_NUMBER: North-American numbers; Quebec area codes first."""

from __future__ import annotations

import pytest

PHONE = "PHONE_NUMBER"

MATCH = [
    ("fr", "Appelez-nous au 514-555-0199 dès maintenant!", "514-555-0199"),
    ("fr", "Mon cell : (418) 555-0123, laissez un message.", "(418) 555-0123"),
    ("fr", "Texto au 438 555 0193 pour le covoiturage.", "438 555 0193"),
    ("fr", "Nouveau numéro de la clinique : 263-555-0101.", "263-555-0101"),
    ("fr", "Ligne d'écoute : 354 555 1234", "354 555 1234"),
    ("fr", "Bureau de Gaspé : 367-555-1234 ou 468-555-0142", "367-555-1234"),
    ("fr", "Bureau de Gaspé : 367-555-1234 ou 468-555-0142", "468-555-0142"),
    ("fr", "Réservations au (450)555-0134", "(450)555-0134"),
    ("en", "Call +1 819 555 0147 anytime.", "+1 819 555 0147"),
    ("en", "Reach me at 514.555.0199 after 5.", "514.555.0199"),
    ("en", "Toll-free: 1-800-555-0199", "1-800-555-0199"),
    ("en", "Our Toronto office: 416-555-0123", "416-555-0123"),
    ("en", "Text 5145550199 to confirm.", "5145550199"),
]

NO_MATCH = [
    ("fr", "Audience dans le dossier 500-17-012345-231 demain."),
    ("fr", "Son NAS est le 130 692 544, je n'en reviens pas."),
    ("fr", "Payé avec la carte 4111 1111 1111 1111."),
    ("fr", "Rendez-vous le 2024-05-12 à 9 h."),
    ("fr", "Composez le 555-0199 (sans indicatif)."),
    ("en", "Reference 123-456-7890 is not a real number."),
    ("en", "Order #12345678901234 shipped."),
    ("en", "From 1998-2003 she lived in Laval."),
]


@pytest.mark.parametrize(("language", "text", "expected"), MATCH)
def test_match(found, language, text, expected):
    assert expected in found(text, language, PHONE)


@pytest.mark.parametrize(("language", "text"), NO_MATCH)
def test_no_match(found, language, text):
    assert found(text, language, PHONE) == []


def test_quebec_area_code_scores_above_american(analyze):
    text = "514-555-0199 ou 212-555-0199"
    scores = {text[r.start : r.end]: r.score for r in analyze(text, "fr") if r.entity_type == PHONE}
    assert scores["514-555-0199"] > scores["212-555-0199"] >= 0.4
