"""CA_QC_HEALTH_NUMBER: RAMQ's NAM, 4 letters + 8 digits; the check digit raises the score."""

from __future__ import annotations

import pytest

from companion.recognizers.qc_health_number_recognizer import (
    check_digit_matches,
    plausible_birth_date,
)

NAM = "CA_QC_HEALTH_NUMBER"

MATCH = [
    ("fr", "Carte soleil GAGM 8503 1504 retrouvée au parc.", "GAGM 8503 1504"),
    ("fr", "NAM : LAVS62570805", "LAVS62570805"),
    ("fr", "Son numéro ROYJ-9901-0106 est expiré.", "ROYJ-9901-0106"),
    ("fr", "La carte TREM 0412 1925 a été oubliée.", "TREM 0412 1925"),  # the contract's example
    ("en", "Scanning the records, RAMQ KOWB 7910 0216.", "KOWB 7910 0216"),
    ("en", "Health card trem 0412 1903", "trem 0412 1903"),  # lower case, check digit holds
    # grouped as people type them
    ("fr", "Carte soleil : TREM041219 25", "TREM041219 25"),
    ("fr", "son NAM c'est TREM-041219-25", "TREM-041219-25"),
    ("en", "RAMQ number TREM 04 12 19 25, please update", "TREM 04 12 19 25"),
    ("en", "health card trem.0412.1925", "trem.0412.1925"),
    ("fr", "Carte d'assurance maladie : Trem 0412 1925", "Trem 0412 1925"),
]

NO_MATCH = [
    ("fr", "Code promo ABCD 1234 5678 valide jusqu'en mai."),  # month 34, no context
    ("fr", "Référence ABCDE12345678."),  # five letters
    ("en", "Flight ACDC 4512 7788 boards at gate 4."),  # day 45 is not a day
    ("fr", "Le code TREM 0412 1925 3 ne marche pas."),  # nine digits
    ("en", "Pages MOVE 1 2 3 4 5 6 7 8 of the binder."),  # month 34
    # a word before a date, in lower case: no check digit, no context word
    ("en", "My mom Carol Ann Hayes (born 1952-07-19 in Murdochville) grew up there."),
    ("fr", "Rendez-vous pris, on se voit avec 0412 1925 en main."),
]


@pytest.mark.parametrize(("language", "text", "expected"), MATCH)
def test_match(found, language, text, expected):
    assert found(text, language, NAM) == [expected]


@pytest.mark.parametrize(("language", "text"), NO_MATCH)
def test_no_match(found, language, text):
    assert found(text, language, NAM) == []


def test_check_digit():
    assert check_digit_matches("TREM04121925")
    assert check_digit_matches("GAGM85031504")
    assert not check_digit_matches("TREM04121926")


def test_birth_date_with_female_month():
    assert plausible_birth_date("TREM04521900")  # 52: February, a woman
    assert not plausible_birth_date("TREM04131900")


def test_check_digit_raises_the_score(analyze):
    def score(text):
        return max(r.score for r in analyze(text, "fr") if r.entity_type == NAM)

    assert score("Carte TREM 0412 1925.") > score("Carte TREM 0412 1926.") >= 0.4
