"""CA_POSTAL_CODE: Canadian postal codes ("H2X 1Y4").

Canada Post never uses D, F, I, O, Q, U, nor W and Z as the first letter. The canonical spaced,
upper-case form is very unlikely to be anything else; "h2x1y4" could be any code, and needs a
context word. Quebec's first letters (G, H, J) score a little higher.
"""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern

from companion.recognizers.base import CheckedPatternRecognizer

QUEBEC_FIRST_LETTERS = frozenset("GHJ")
SPACED_SCORE = 0.7
QUEBEC_BONUS = 0.05
UNSPACED_SCORE = 0.4
LOWERCASE_PENALTY = 0.15


class CaPostalCodeRecognizer(CheckedPatternRecognizer):
    ENTITY = "CA_POSTAL_CODE"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "postal_code",
            r"(?<![\w-])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]([ \u00a0-]?)\d[ABCEGHJ-NPRSTV-Z]\d"
            r"(?![\w-])",
            SPACED_SCORE,
        ),
    )
    CONTEXT: ClassVar[dict[str, tuple[str, ...]]] = {
        "fr": ("postal", "adresse", "code"),
        "en": ("postal", "zip", "address", "code"),
    }
    FLAGS = regex.IGNORECASE | regex.ASCII

    def check(self, match: regex.Match, pattern: Pattern, text: str) -> float | None:
        code = match.group()
        score = SPACED_SCORE if match.group(1) else UNSPACED_SCORE
        if code[0].upper() in QUEBEC_FIRST_LETTERS:
            score += QUEBEC_BONUS
        if not code.isupper():
            score -= LOWERCASE_PENALTY
        return score
