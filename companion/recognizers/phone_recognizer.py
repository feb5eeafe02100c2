"""PHONE_NUMBER: North-American (NANP) phone numbers, validated with phonenumbers.

A bounded regex finds ten-digit numbers (with an optional +1 or 1 prefix) in the usual groupings;
phonenumbers then says whether the area code and exchange exist. Quebec area codes, including the
newer 263, 354, 367 and 468, score highest: the posts come from Quebec.
"""

from __future__ import annotations

from typing import ClassVar

import phonenumbers
import regex
from presidio_analyzer import Pattern

from companion.recognizers.base import CheckedPatternRecognizer

QUEBEC_AREA_CODES = frozenset(
    {"263", "354", "367", "418", "438", "450", "468", "514", "579", "581", "819", "873"}
)
QUEBEC_SCORE = 0.75
CANADA_SCORE = 0.65
#: Valid elsewhere in the NANP (United States, toll-free numbers, Caribbean).
NANP_SCORE = 0.55
#: Shaped like a number, not a valid one (area code 555, exchange 011…): context needed.
INVALID_SCORE = 0.2
#: Ten digits with no separator at all may be any identifier.
UNGROUPED_PENALTY = 0.15


class PhoneRecognizer(CheckedPatternRecognizer):
    ENTITY = "PHONE_NUMBER"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "nanp",
            r"(?<![\w+@/.-])(?:\+ ?1[ .-]?|1[ .-])?(?:\(\d{3}\) ?|\d{3}[ .\u00a0-]?)"
            r"\d{3}[ .\u00a0-]?\d{4}(?![\w-]|[.,]\d)",
            QUEBEC_SCORE,
        ),
    )
    # "call" and "SMS" never fire: a stop word in English, lemmatized "sm".
    CONTEXT: ClassVar[dict[str, tuple[str, ...]]] = {
        "fr": (
            "téléphone", "tél", "cell", "numéro", "appeler", "texto", "texter", "joindre",
            "contacter", "télécopieur", "fax", "urgence",
        ),
        "en": ("phone", "tel", "cell", "mobile", "number", "text", "reach", "contact", "fax"),
    }
    FLAGS = regex.UNICODE

    def check(self, match: regex.Match, pattern: Pattern, text: str) -> float | None:
        try:
            number = phonenumbers.parse(match.group(), "CA")
        except phonenumbers.NumberParseException:
            return None
        if number.country_code != 1:
            return None
        if not phonenumbers.is_valid_number(number):
            score = INVALID_SCORE
        elif str(number.national_number)[:3] in QUEBEC_AREA_CODES:
            score = QUEBEC_SCORE
        elif phonenumbers.region_code_for_number(number) == "CA":
            score = CANADA_SCORE
        else:
            score = NANP_SCORE
        if match.group().isdigit():
            score -= UNGROUPED_PENALTY
        return score
