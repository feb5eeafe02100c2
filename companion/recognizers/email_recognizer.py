"""EMAIL_ADDRESS: e-mail addresses, with a domain ending in a real public suffix.

Presidio's EmailRecognizer validates with tldextract's default extractor, which downloads the
public suffix list; this one uses the snapshot bundled with tldextract and never goes online.
"""

from __future__ import annotations

from functools import cache
from typing import ClassVar

import regex
import tldextract
from presidio_analyzer import Pattern

from companion.recognizers.base import CheckedPatternRecognizer

#: Known suffix (".ca", ".qc.ca", ".quebec", ".com"…): a real address.
VALID_SUFFIX_SCORE = 0.9
#: Anything else ("jean@serveur.local"): flagged only with context.
UNKNOWN_SUFFIX_SCORE = 0.3


@cache
def _extractor() -> tldextract.TLDExtract:
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


class EmailRecognizer(CheckedPatternRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "email",
            # local part (64 max) @ up to 8 labels of 63 max, then a letters-only top-level label
            r"(?<![\w.%+-])[\w%+-](?:[\w.%+-]{0,63})@"
            r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,63}(?![\w-])",
            VALID_SUFFIX_SCORE,
        ),
    )
    CONTEXT: ClassVar[dict[str, tuple[str, ...]]] = {
        "fr": ("courriel", "adresse", "écrire", "mail", "contacter", "joindre"),
        "en": ("email", "mail", "address", "contact", "write", "reach"),
    }
    FLAGS = regex.UNICODE

    def check(self, match: regex.Match, pattern: Pattern, text: str) -> float | None:
        domain = match.group().rsplit("@", 1)[1]
        return pattern.score if _extractor()(domain).suffix else UNKNOWN_SUFFIX_SCORE
