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
    # dashes from a word processor
    ("fr", "Appelle-moi au 514–555–0199 ce soir.", "514–555–0199"),
    ("en", "Call me at 514—555—0199 tonight.", "514—555—0199"),
    ("en", "Office: (418) 555‑0123", "(418) 555‑0123"),
    ("fr", "Ligne sans frais : 1–800–555–0199", "1–800–555–0199"),
    # separators with spaces around them, slashes, the last four digits in pairs
    ("fr", "mon cell: 514 - 555 - 0199", "514 - 555 - 0199"),
    ("en", "my number is 514 . 555 . 0199", "514 . 555 . 0199"),
    ("fr", "Appelez au (514)-555-0199", "(514)-555-0199"),
    ("en", "cell: 514/555/0199", "514/555/0199"),
    ("fr", "Numéro : 514 555-01-99", "514 555-01-99"),
    # digits spaced out to get past filters
    ("en", "dm me or text 5 1 4 5 5 5 0 1 9 9", "5 1 4 5 5 5 0 1 9 9"),
    ("fr", "mon numéro c'est le 4 5 0 - 5 5 5 - 0 1 3 4 lol", "4 5 0 - 5 5 5 - 0 1 3 4"),
    ("en", "reach me at 4.1.8.5.5.5.0.1.2.3", "4.1.8.5.5.5.0.1.2.3"),
    ("fr", "Son cell : 2 1 2 5 5 5 0 1 9 9", "2 1 2 5 5 5 0 1 9 9"),  # context lifts it
    # only some groups spaced out
    ("fr", "écrivez-moi ou appelez au 819 5 5 5 0 1 4 2 svp", "819 5 5 5 0 1 4 2"),
    ("en", "sitter available, 438 555 0 1 7 7, evenings only", "438 555 0 1 7 7"),
    ("en", "ring 5 1 4 555 01 88 after supper", "5 1 4 555 01 88"),
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
    ("en", "From 1998–2003 and 2005–2010 she lived in Laval."),
    ("fr", "Les pointages de la soirée : 3 1 4 2 5 0 1 2 3 4, bravo à tous!"),
    ("en", "Final scores were 2 1 0 3 4 1 2 2 0 1 across the ten games."),
    ("fr", "Tirage : 5 1 4 5 5 5 0 1 9 9 2"),  # eleven digits
    ("fr", "Résultats du quiz 1 – 2 – 3 – 4 – 5 pour l'équipe."),
    ("en", "Invoice 2024/05/12-0042 was paid."),
    ("fr", "Le dossier 500 - 17 - 012345 - 231 est reporté."),
    ("en", "Standings: 12 3 1 and 10 5 1, next game Jan 9."),
    ("fr", "Les lignes 514 12 34 et 45 67 8 du tableau."),
    ("en", "Table 4 5 0 12 34 5 7 is full."),  # not a Quebec number grouped this way
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
