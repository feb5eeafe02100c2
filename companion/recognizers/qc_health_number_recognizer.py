"""CA_QC_HEALTH_NUMBER: Quebec health insurance numbers (RAMQ's NAM): 4 letters + 8 digits.

The letters come from the surname and the given name; the digits are the birth date (YYMMDD, 50
added to the month for women) and two administrative digits, the last a check digit. A plausible
birth date makes the match likely; then the check digit, computed with the algorithm published
by INSPQ (letters A=1…R=18, S=20…Z=27 as two digits, the century-prefixed birth date, the 11th
character, weights 7 1 1 3 9 7 3 9 5 3 1 3 5 7 6 9 1, sum modulo 10), makes it near-certain. The
century is unknown, so both 19 and 20 are tried. A failed check only lowers the score: a number
typed by hand may carry a typo and is still personal data. Without a plausible date, the check
digit is ignored (one random number in five passes it).

People group the number as they like ("TREM 0412 1925", "TREM-041219-25", "TREM 04 12 19 25"):
any single space, dot or hyphen between the characters is accepted. Letters typed in lower case
count only with the check digit or a context word ("carte soleil", "RAMQ", "health card").
"""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern

from companion.recognizers.base import CheckedPatternRecognizer

CHECK_DIGIT_SCORE = 0.9
PLAUSIBLE_DATE_SCORE = 0.6
IMPLAUSIBLE_DATE_SCORE = 0.3
LOWERCASE_PENALTY = 0.1

_WEIGHTS = (7, 1, 1, 3, 9, 7, 3, 9, 5, 3, 1, 3, 5, 7, 6, 9, 1)


def _letter_digits(letter: str) -> list[int]:
    code = ord(letter) - ord("A") + 1
    if code > 18:  # the RAMQ alphabet skips a value between R and S
        code += 1
    return [code // 10, code % 10]


def check_digit_matches(nam: str) -> bool:
    """`nam` is 4 upper-case letters and 8 digits, without separators."""
    letters = [d for letter in nam[:4] for d in _letter_digits(letter)]
    for century in ("19", "20"):
        digits = letters + [int(c) for c in century + nam[4:10]] + [int(nam[10])]
        if sum(w * d for w, d in zip(_WEIGHTS, digits, strict=True)) % 10 == int(nam[11]):
            return True
    return False


def plausible_birth_date(nam: str) -> bool:
    month, day = int(nam[6:8]), int(nam[8:10])
    return (1 <= month <= 12 or 51 <= month <= 62) and 1 <= day <= 31


class QcHealthNumberRecognizer(CheckedPatternRecognizer):
    ENTITY = "CA_QC_HEALTH_NUMBER"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "nam",
            r"(?<![\w-])[A-Z]{4}[ \u00a0.-]?\d(?:[ \u00a0.-]?\d){7}(?![\w-]|[ \u00a0.-]\d)",
            PLAUSIBLE_DATE_SCORE,
        ),
    )
    CONTEXT: ClassVar[dict[str, tuple[str, ...]]] = {
        "fr": ("ramq", "nam", "maladie", "assurance", "soleil", "santé"),
        "en": ("ramq", "health", "medicare", "card", "insurance"),
    }
    FLAGS = regex.IGNORECASE | regex.ASCII

    def check(self, match: regex.Match, pattern: Pattern, text: str) -> float | None:
        raw = match.group()
        nam = "".join(ch for ch in raw if ch.isalnum()).upper()
        lower_case = not raw[:4].isupper()
        if not plausible_birth_date(nam):
            score = IMPLAUSIBLE_DATE_SCORE
        elif check_digit_matches(nam):
            score = CHECK_DIGIT_SCORE
        else:
            # letters in lower case are most often a word before a number ("born 1952-07-19"
            # reads BORN 1952 0719): without the check digit, only a context word lifts it
            score = IMPLAUSIBLE_DATE_SCORE if lower_case else PLAUSIBLE_DATE_SCORE
        if lower_case:
            score -= LOWERCASE_PENALTY
        return score
