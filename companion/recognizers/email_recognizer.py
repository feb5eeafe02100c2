"""EMAIL_ADDRESS: e-mail addresses; a domain ending in a real public suffix scores highest.

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
#: An unlisted suffix typed in lower case ("rh@maison.example", a new top-level domain the
#: bundled list lacks): still an address someone can write to.
UNLISTED_SUFFIX_SCORE = 0.6
#: Names of machines on a private network, not of mailboxes ("jean@serveur.local").
PRIVATE_NETWORK_SUFFIXES = frozenset(
    {"local", "localdomain", "localhost", "lan", "internal", "intranet", "corp", "home"})
#: A capitalised "suffix" is more likely a missing space after a period ("merci@tous.Bonne"):
#: flagged only with context.
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
        if _extractor()(domain).suffix:
            return pattern.score
        top = domain.rsplit(".", 1)[-1]
        if domain.islower() and top not in PRIVATE_NETWORK_SUFFIXES:
            return UNLISTED_SUFFIX_SCORE
        return UNKNOWN_SUFFIX_SCORE
