"""Nicknames: what people call someone, given in quotes or after "goes by" («tante Gisèle dite
"la Grande"», "Maureen O'Donnell — "Mo" to everyone", "Jayden (goes by JJ)", "#21 "Moose"
Bouchard").

A nickname is often a word ("Moose", "la Grande") or initials ("JJ"), so nothing else in this
package reads it as a name; its place says it is one: right after a cue that introduces what
someone is called, or in quotes right next to a name already found.
"""

from __future__ import annotations

import regex

from companion.recognizers.person.scores import NICKNAME_SCORE

#: One to three words, the first capitalised or a nickname article ("la Grande", "big Al"),
#: none longer than twenty letters.
_NICK_WORD = r"\p{Lu}[\p{L}'’.-]{0,19}"
_NICK = (rf"(?P<nick>(?:(?:la|le|big|lil|ti|p'tit)[ \u00a0])?{_NICK_WORD}"
         rf"(?:[ \u00a0]{_NICK_WORD}){{0,2}})")
_OPEN = r"[«\"“][ \u00a0]?"
_CLOSE = r"[ \u00a0]?[»\"”]"
#: Words that introduce what someone is called, right after the name («Gisèle dite "la
#: Grande"»): « dit » is also the verb of any quoted speech, so only there.
_NAME_CUE = r"(?i:dite?|surnommée?|alias|aka|a\.k\.a\.|known[ \u00a0]as)"
#: Those that announce a nickname wherever they are, quoted or not ("goes by JJ").
_CUE = r"(?i:surnommée?|alias|aka|a\.k\.a\.|goes[ \u00a0]by|went[ \u00a0]by|nicknamed)"
AFTER_CUE = regex.compile(
    rf"(?<!\w){_CUE}[ \u00a0]+(?:{_OPEN}{_NICK}{_CLOSE}|{_NICK}(?![\p{{L}}'’-]))")
#: A quoted nickname right after a name, past a dash, a comma or a cue ("Maureen O'Donnell —
#: "Mo"", «Gisèle dite "la Grande"»).
QUOTED_AFTER = regex.compile(
    rf"\A[ \u00a0]*(?:[—–,(-][ \u00a0]*|{_NAME_CUE}[ \u00a0]+)?{_OPEN}{_NICK}{_CLOSE}")
#: A quoted nickname right before a name ("#21 "Moose" Bouchard").
QUOTED_BEFORE = regex.compile(rf"{_OPEN}{_NICK}{_CLOSE}[ \u00a0]+\Z")
#: How far from a found name a quoted nickname may sit.
REACH = 40


class Nicknames:
    """Nicknames in quotes or after "dite", "goes by" (part of Analysis)."""

    def _nicknames(self) -> None:
        covered = bytearray(len(self.text))
        for start, end, _score, _why in self.results:
            covered[start:end] = b"\x01" * (end - start)
        spans = [m.span("nick") for m in AFTER_CUE.finditer(self.text)]
        for start, end, _score, _why in list(self.results):
            m = QUOTED_AFTER.match(self.text[end : end + REACH])
            if m:
                spans.append((end + m.start("nick"), end + m.end("nick")))
            before = self.text[max(0, start - REACH) : start]
            m = QUOTED_BEFORE.search(before)
            if m:
                offset = start - len(before)
                spans.append((offset + m.start("nick"), offset + m.end("nick")))
        for start, end in sorted(set(spans)):
            if not any(covered[start:end]) and not any(self.vetoed_chars[start:end]):
                covered[start:end] = b"\x01" * (end - start)
                self._add(start, end, NICKNAME_SCORE, "a nickname", [])
