"""PHONE_NUMBER: North-American (NANP) phone numbers, validated with phonenumbers.

A bounded regex finds ten-digit numbers (with an optional +1 or 1 prefix) in the usual groupings,
the groups joined by spaces, dots, slashes, hyphens or the dashes a word processor puts in their
place ("514–555–0199", "514 - 555 - 0199", "514 555-01-99"); phonenumbers then says whether
the area code and exchange exist. Quebec area codes, including the newer 263, 354, 367 and 468,
score highest: the posts come from Quebec.

Digits typed one by one to get past filters ("5 1 4 5 5 5 0 1 9 9"), or only partly ("450 5 5 5
0 1 3 7", "514 555 0 1 3 6"), are a number too, but only with a Quebec area code, or a context
word: ten single digits may as well be scores or a list.
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
#: Ten digits spaced out one by one, with a Quebec area code ("5 1 4 5 5 5 0 1 9 9").
SPACED_QUEBEC_SCORE = 0.6

#: Between digits: a space, a dot, a hyphen, or a dash a word processor typed for a hyphen
#: (hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus sign).
_SEP = "[ .\u00a0\\-\u2010\u2011\u2012\u2013\u2014\u2212]"
#: Between groups: one or two spaces, or a dot, a dash or a slash with up to two spaces around it
#: ("514 - 555 - 0199", "514/555/0199").
_GROUP_SEP = (
    "(?:[ \u00a0]{0,2}[./\\-\u2010\u2011\u2012\u2013\u2014\u2212][ \u00a0]{0,2}"
    "|[ \u00a0]{1,2})"
)


class PhoneRecognizer(CheckedPatternRecognizer):
    ENTITY = "PHONE_NUMBER"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "nanp",
            rf"(?<![\w+@/.-])(?:\+ ?1{_GROUP_SEP}?|1{_GROUP_SEP})?"
            rf"(?:\(\d{{3}}\){_GROUP_SEP}?|\d{{3}}{_GROUP_SEP}?)"
            rf"\d{{3}}{_GROUP_SEP}?(?:\d{{4}}|\d\d{_SEP}\d\d)(?![\w-]|[.,]\d)",
            QUEBEC_SCORE,
        ),
        Pattern(
            "mixed",
            rf"(?<![\w+@/.-]|\d{_SEP}{{1,3}})\d{{1,4}}(?:{_SEP}{{1,3}}\d{{1,4}}){{2,9}}"
            rf"(?![\w-]|{_SEP}{{1,3}}\d)",
            SPACED_QUEBEC_SCORE,
        ),
        Pattern(
            "spaced",
            rf"(?<![\w+@/.-]|\d{_SEP}{{1,3}})\d(?:{_SEP}{{1,3}}\d){{9}}(?![\w-]|{_SEP}{{1,3}}\d)",
            SPACED_QUEBEC_SCORE,
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
        if pattern.name == "mixed" and sum(c.isdigit() for c in match.group()) != 10:
            return None
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
        if pattern.name in ("spaced", "mixed"):
            return SPACED_QUEBEC_SCORE if score == QUEBEC_SCORE else INVALID_SCORE
        if match.group().isdigit():
            score -= UNGROUPED_PENALTY
        return score
