"""CREDIT_CARD: Luhn-valid, known issuer prefix and length."""

from __future__ import annotations

import pytest

CARD = "CREDIT_CARD"

MATCH = [
    ("fr", "Payé avec la Visa 4111 1111 1111 1111, remboursez-moi!", "4111 1111 1111 1111"),
    ("fr", "Carte 5500-0000-0000-0004", "5500-0000-0000-0004"),
    ("en", "Amex 3782 822463 10005 on file.", "3782 822463 10005"),
    ("en", "Card number 4111111111111111", "4111111111111111"),
    ("en", "Credit card 1234 5678 9012 3452", "1234 5678 9012 3452"),  # no known issuer: context
]

NO_MATCH = [
    ("fr", "Carte 4111 1111 1111 1112."),  # Luhn fails
    ("fr", "Numéro de membre 1234 5678 9012 3452."),  # valid Luhn, no issuer, no context
    ("en", "Tracking 4111111111111111111111."),  # too long
    ("en", "Pay with Visa or Mastercard at the door."),
]


@pytest.mark.parametrize(("language", "text", "expected"), MATCH)
def test_match(found, language, text, expected):
    assert found(text, language, CARD) == [expected]


@pytest.mark.parametrize(("language", "text"), NO_MATCH)
def test_no_match(found, language, text):
    assert found(text, language, CARD) == []
