"""Removes invisible characters that hide words from the recognizers, keeping an offset map.

"Ma\u200brie Trem\u00adblay" must be read as "Marie Tremblay", and "130–692–544" as "130-692-544",
yet findings must point into the text the user typed. `normalize` returns the cleaned text and a
map from each cleaned index back to the original index. Linear in the text's length, whatever
it holds.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass

# Characters a browser shows as nothing, which a person can slip inside a word:
# C0/C1 controls other than tab, newline, vertical tab, form feed, carriage return and NEL (NUL
# included); soft hyphen; combining grapheme joiner; Arabic letter mark; Mongolian vowel
# separator; zero-width space, non-joiner, joiner; left-to-right and right-to-left marks,
# embeddings, overrides and isolates; word joiner and invisible operators; variation selectors;
# BOM; tag characters.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u2069\ufe00-\ufe0f\ufeff\U000e0000-\U000e007f]+"
)
# Lone surrogates cannot be processed by spaCy; they become a replacement character (same length).
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# A dash a word processor put between digits for a hyphen ("130–692–544", "2012–04–19"): a hyphen,
# so that numbers are read as typed on a keyboard (same length: offsets do not move). Dashes
# between words are left alone ("Julie — my client — …").
_DIGIT_DASH = re.compile("(?<=\\d)[\u2010\u2011\u2012\u2013\u2014\u2212](?=\\d)")


@dataclass(frozen=True)
class NormalizedText:
    text: str
    #: original index of each character of `text`, plus one final entry for the end;
    #: None when nothing was removed (identity map).
    to_original: array | None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        if self.to_original is None:
            return start, end
        if end <= start:
            return self.to_original[start], self.to_original[start]
        return self.to_original[start], self.to_original[end - 1] + 1


def normalize(original: str) -> NormalizedText:
    text = _DIGIT_DASH.sub("-", _LONE_SURROGATE.sub("\ufffd", original))
    if not _INVISIBLE.search(text):
        return NormalizedText(text, None)
    kept = array("q")
    cursor = 0
    for run in _INVISIBLE.finditer(text):
        kept.extend(range(cursor, run.start()))
        cursor = run.end()
    kept.extend(range(cursor, len(text) + 1))  # the last entry maps the end of the text
    return NormalizedText(_INVISIBLE.sub("", text), kept)
