"""Removes invisible characters that hide words from the recognizers, keeping an offset map.

"Ma\u200brie Trem\u00adblay" must be read as "Marie Tremblay", yet findings must point into the
text the user typed. `normalize` returns the cleaned text and a map from each cleaned index
back to the original index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Zero-width space/joiners, word joiner, soft hyphen, BOM, bidi marks and isolates, NUL.
_INVISIBLE = re.compile(
    "[\u200b\u200c\u200d\u2060\u00ad\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069\x00]"
)
# Lone surrogates cannot be processed by spaCy; they become a replacement character (same length).
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class NormalizedText:
    text: str
    #: original index of each character of `text`, plus one final entry for the end.
    to_original: tuple[int, ...] | None  # None when nothing was removed: identity map

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        if self.to_original is None:
            return start, end
        if end <= start:
            return self.to_original[start], self.to_original[start]
        return self.to_original[start], self.to_original[end - 1] + 1


def normalize(original: str) -> NormalizedText:
    text = _LONE_SURROGATE.sub("\ufffd", original)
    if not _INVISIBLE.search(text):
        return NormalizedText(text, None)
    kept = [i for i, ch in enumerate(text) if not _INVISIBLE.match(ch)]
    cleaned = "".join(text[i] for i in kept)
    return NormalizedText(cleaned, (*kept, len(text)))
