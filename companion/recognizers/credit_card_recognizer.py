"""CREDIT_CARD: payment card numbers, Luhn-valid, with a known issuer prefix.

Visa (4), Mastercard (51-55, 2221-2720), American Express (34, 37), Discover (6011, 644-649, 65),
JCB (3528-3589) and Diners (300-305, 36, 38), at their usual lengths. Grouped by four (or 4-6-5
for Amex) the number is almost surely a card; a bare run of digits needs context.
"""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern
from stdnum import luhn

from companion.recognizers.base import CheckedPatternRecognizer

#: (prefix range low, high, allowed lengths)
ISSUERS: tuple[tuple[int, int, tuple[int, ...]], ...] = (
    (4, 4, (13, 16, 19)),
    (51, 55, (16,)),
    (2221, 2720, (16,)),
    (34, 34, (15,)),
    (37, 37, (15,)),
    (6011, 6011, (16, 19)),
    (644, 649, (16, 19)),
    (65, 65, (16, 19)),
    (3528, 3589, (16, 19)),
    (300, 305, (14,)),
    (36, 36, (14,)),
    (38, 38, (14,)),
)
UNKNOWN_ISSUER_SCORE = 0.2


def known_issuer(digits: str) -> bool:
    for low, high, lengths in ISSUERS:
        prefix = int(digits[: len(str(low))])
        if low <= prefix <= high and len(digits) in lengths:
            return True
    return False


class CreditCardRecognizer(CheckedPatternRecognizer):
    ENTITY = "CREDIT_CARD"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "grouped_4",
            r"(?<![\w.,-])\d{4}([ \u00a0-])\d{4}\1\d{4}\1\d{1,4}(?:\1\d{1,3})?(?![\w-]|[.,]\d)",
            0.85,
        ),
        Pattern("amex", r"(?<![\w.,-])3[47]\d{2}([ \u00a0-])\d{6}\1\d{5}(?![\w-]|[.,]\d)", 0.85),
        Pattern("ungrouped", r"(?<![\w.,-])\d{13,19}(?![\w-]|[.,]\d)", 0.5),
    )
    # French lemmatizes "Amex" as "ame" (a plural in -x): "American Express" it is.
    CONTEXT: ClassVar[dict[str, tuple[str, ...]]] = {
        "fr": ("carte", "crédit", "visa", "mastercard", "american", "paiement", "débit"),
        "en": ("card", "credit", "visa", "mastercard", "amex", "payment", "debit"),
    }

    def check(self, match: regex.Match, pattern: Pattern, text: str) -> float | None:
        digits = "".join(ch for ch in match.group() if ch.isdigit())
        if not 13 <= len(digits) <= 19 or not luhn.is_valid(digits):
            return None
        return pattern.score if known_issuer(digits) else UNKNOWN_ISSUER_SCORE
