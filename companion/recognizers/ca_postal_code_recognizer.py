"""CA_POSTAL_CODE: Canadian postal codes ("H2X 1Y4").

Canada Post never uses D, F, I, O, Q, U, nor W and Z as the first letter. The canonical spaced,
upper-case form is very unlikely to be anything else; "h2x1y4" could be any code, and needs a
context word, or the end of an address right before it (a province, a town, a street).
Quebec's first letters (G, H, J) score a little higher.
"""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern

from companion.recognizers.base import CheckedPatternRecognizer
from companion.recognizers.lexicon import fold, is_place

QUEBEC_FIRST_LETTERS = frozenset("GHJ")
#: What ends an address right before a code: a province ("Laval QC h7t2p5"), a town
#: ("Lac-Beauport, g3b0k5"), a street ("2150 Wellington Street (h3k1x4)").
_BEFORE = regex.compile(r"(?<![\p{L}.'-])([\p{L}.'-]{1,40})[ \u00a0]{0,3}[,(]?[ \u00a0]{0,3}$")
_PROVINCES = frozenset({"qc", "québec", "quebec", "on", "ont", "ontario", "nb", "ns", "pq"})
_ADDRESS_BEFORE = regex.compile(
    r"\d{1,5},?[ \u00a0][^\n]{0,40}\b(?:rue|street|st|avenue|av|ave|boul|boulevard|blvd|chemin|"
    r"ch|road|rd|route|rang|montée|drive|dr)\b", regex.IGNORECASE)
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
        if score < SPACED_SCORE and self._ends_an_address(text, match.start()):
            score = SPACED_SCORE
        return score

    @staticmethod
    def _ends_an_address(text: str, start: int) -> bool:
        """A province, a town or a street right before the code: an unspaced, lower-case code
        there is one ("Laval QC h7t2p5")."""
        line = text[max(0, start - 60) : start].rsplit("\n", 1)[-1]
        if _ADDRESS_BEFORE.search(line):
            return True  # "45 rue des Érables app. 4, h2x1y4"
        before = _BEFORE.search(line)
        if before is None:
            return False
        word = fold(before.group(1).strip(".'-"))
        return word in _PROVINCES or is_place(word)
