"""QC_COURT_FILE_NUMBER: Quebec court file numbers, DDD-CC-NNNNNN-YYC ("500-17-012345-231").

District (3 digits, 100 to 799), court (2), serial number (6), year (2) and a final digit. The
hyphenated shape is specific enough on its own; the same digits spaced out need context.
"""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern

from companion.recognizers.base import CheckedPatternRecognizer

UNKNOWN_DISTRICT_PENALTY = 0.3


class QcCourtFileNumberRecognizer(CheckedPatternRecognizer):
    ENTITY = "QC_COURT_FILE_NUMBER"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("hyphenated", r"(?<![\w-])\d{3}-\d{2}-\d{6}-\d{3}(?![\w-]|[.,]\d)", 0.85),
        Pattern("spaced", r"(?<![\w-])\d{3} \d{2} \d{6} \d{3}(?![\w-]|[.,]\d)", 0.35),
    )
    CONTEXT: ClassVar[dict[str, tuple[str, ...]]] = {
        "fr": ("dossier", "cause", "cour", "tribunal", "greffe", "numéro", "jugement"),
        "en": ("file", "docket", "case", "court", "number", "judgment"),
    }

    def check(self, match: regex.Match, pattern: Pattern, text: str) -> float | None:
        if match.group()[0] not in "1234567":
            return pattern.score - UNKNOWN_DISTRICT_PENALTY
        return pattern.score
