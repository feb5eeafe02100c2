"""CA_SIN: Canadian social insurance numbers (NAS), checked with python-stdnum.

stdnum checks the Luhn digit and the first digit (never 0 or 8). One random nine-digit number in
ten passes the Luhn test, so the grouping matters: "271 849 382" is very likely a SIN, nine digits
in a row need a context word ("NAS", "SIN", "assurance sociale"). French writes thousands with
spaces: an amount ("130 692 544 $") is not a SIN.
"""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern
from stdnum.ca import sin

from companion.recognizers.base import CheckedPatternRecognizer


class CaSinRecognizer(CheckedPatternRecognizer):
    ENTITY = "CA_SIN"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "grouped",
            r"(?<![\w.,$-]|\d[ \u00a0-])\d{3}([ \u00a0-])\d{3}\1\d{3}"
            r"(?![\w-]|[.,]\d|\1\d|[ \u00a0]?(?:\$|€|%|dollars?\b))",
            0.6,
        ),
        Pattern("ungrouped", r"(?<![\w.,-])\d{9}(?![\w-]|[.,]\d)", 0.3),
    )
    CONTEXT: ClassVar[dict[str, tuple[str, ...]]] = {
        "fr": ("nas", "assurance", "social"),
        "en": ("sin", "social", "insurance"),
    }

    def check(self, match: regex.Match, pattern: Pattern, text: str) -> float | None:
        return pattern.score if sin.is_valid(match.group().replace("\u00a0", " ")) else None
