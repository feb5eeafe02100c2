"""Initials and first names that sign a message: "merci pour tout -JF", "— D.", "Bonne
retraite!! –M-C", "HBD coach!! -tyler".

People sign a card, a comment or a note with their initials or their first name after a dash,
at the end of a line or just before the closing quote of a message they are quoting. Initials
are no word and no listed name, and a first name typed in lower case there has no cue around it,
so nothing else in this package reads them as a person; in that place they are one. Provinces,
countries and the abbreviations people end lines with are not ("Rimouski -QC", "-PS").
"""

from __future__ import annotations

import regex

from companion.recognizers.lexicon import fold, is_given_name
from companion.recognizers.person.cues import SIGN_OFF_ABBREVIATIONS
from companion.recognizers.person.scores import SIGN_OFF_SCORE
from companion.recognizers.person.words import initials_key

#: A dash at the start of a line or after white space, then one to three capital letters (each
#: perhaps followed by a period or a hyphen: "J.-F.", "M-C"), then the end of the line or of the
#: text, or a closing quote.
SIGN_OFF = regex.compile(
    r"(?:^|(?<=\s))[-–—][ \t]?"
    r"(?P<initials>\p{Lu}(?:\.?-?\p{Lu}){0,2}\.?)"
    r"(?=[ \t]*(?:$|[\"»”’)]))",
    regex.MULTILINE,
)
#: The same place, a listed first name however typed ("-tyler", "— Doris", "–marie-eve").
SIGNED_NAME = regex.compile(
    r"(?:^|(?<=\s))[-–—][ \t]?(?P<name>\p{L}+(?:-\p{L}+)?)(?=[ \t]*(?:$|[\"»”’)]))",
    regex.MULTILINE,
)


class Signatures:
    """Initials signing off (part of Analysis)."""

    def _signatures(self) -> None:
        covered = bytearray(len(self.text))
        for start, end, _score, _why in self.results:
            covered[start:end] = b"\x01" * (end - start)
        for m in SIGN_OFF.finditer(self.text):
            start, end = m.span("initials")
            if initials_key(m.group("initials")) in SIGN_OFF_ABBREVIATIONS or any(
                    covered[start:end]):
                continue
            self._add(start, end, SIGN_OFF_SCORE, "initials signing off", [])
        for m in SIGNED_NAME.finditer(self.text):
            start, end = m.span("name")
            if is_given_name(fold(m.group("name"))) and not any(covered[start:end]):
                self._add(start, end, SIGN_OFF_SCORE, "a first name signing off", [])
