"""Nicknames: what people call someone, given in quotes or after "goes by" («tante Gisèle dite
"la Grande"», "Maureen O'Donnell — "Mo" to everyone", "Jayden (goes by JJ)", "#21 "Moose"
Bouchard"), the surname past a maiden name or a nickname ("Marie-Claude (Fortin)
Desjardins"), the name a nickname stands for ("Widlyne aka Nunu"), and a full name with its
nickname quoted in the middle, taken whole (Jordan « La Mèche » Pelletier).

A nickname is often a word ("Moose", "la Grande") or initials ("JJ"), so nothing else in this
package reads it as a name; its place says it is one: right after a cue that introduces what
someone is called, or in quotes right next to a name already found.
"""

from __future__ import annotations

import regex

from companion.findings.model import MIN_SCORE
from companion.recognizers.lexicon import (
    fold,
    is_common_surname,
    is_given_name,
    is_not_name_word,
    is_place,
)
from companion.recognizers.person.scores import NICKNAME_SCORE, NICKNAMED_NAME_SCORE
from companion.recognizers.person.words import AMBIG, GIVEN

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
#: Right after a given name, a maiden name in brackets or a nickname in quotes, then the
#: surname ("Marie-Claude (Fortin) Desjardins", "Danny "Big D" Fitzgerald").
SURNAME_PAST = regex.compile(
    rf"\A[ \u00a0]+(?:\((?P<maiden>\p{{Lu}}[\p{{L}}'’-]{{1,30}})\)|{_OPEN}{_NICK}{_CLOSE})"
    rf"[ \u00a0]+(?P<surname>\p{{Lu}}[\p{{L}}'’-]{{1,30}})(?![\p{{L}}'’-])")
#: A name right before "aka": the one the nickname stands for ("my ride-or-die Widlyne aka
#: Nunu"), when it is no word and no place (see Nicknames._may_be_a_surname).
BEFORE_ALIAS = regex.compile(
    r"(?<![\p{L}'’-])(?P<name>\p{Lu}[\p{Ll}'’-]{1,24})[ \u00a0]+(?i:aka|a\.k\.a\.|alias)[ \u00a0]")
#: A quoted nickname right before a name ("#21 "Moose" Bouchard").
QUOTED_BEFORE = regex.compile(rf"{_OPEN}{_NICK}{_CLOSE}[ \u00a0]+\Z")
#: A given name (or an initial), a quoted nickname, a surname: the shape of one person's name
#: (Patrick "Pat" Nolan, J. "Bill" Laflamme, DANNY "BIG D" OKAFOR).
NICKNAMED_NAME = regex.compile(
    rf"(?<![\p{{L}}'’-])(?P<first>\p{{Lu}}[\p{{L}}'’-]{{0,24}}|\p{{Lu}}\.)[ \u00a0]+"
    rf"(?:{_OPEN}{_NICK}{_CLOSE}|['‘]{_NICK}['’])"
    rf"[ \u00a0]+(?P<last>\p{{Lu}}[\p{{L}}'’-]{{1,30}})(?![\p{{L}}'’-])")
#: How far from a found name a quoted nickname may sit.
REACH = 40


class Nicknames:
    """Nicknames in quotes or after "dite", "goes by" (part of Analysis)."""

    def _may_be_a_surname(self, word: str) -> bool:
        """A listed surname, or a word that is no place and no word of either language by the
        tables that hold no names (Dictionary.is_plain_word: "Fitzgerald" is in WordNet)."""
        folded = fold(word)
        return is_common_surname(folded) or not (
            is_place(folded) or is_not_name_word(folded) or self._stop_word(folded)
            or any(d.is_plain_word(folded) for d in (self.dictionary, self.other_dictionary)))

    def _given_name_at(self, start: int, end: int) -> bool:
        """The found name is a given name alone ("Danny", not "Danny Roy")."""
        return any(w.start == start and w.end == end and w.kind in (GIVEN, AMBIG)
                   for w in self.words)

    def _nicknamed_names(self) -> None:
        """A listed given name (or an initial), a quoted nickname and a capitalised word make
        one name, which replaces whatever was found of its parts; its given name, surname and
        a nickname that is a name spread to the rest of the post ("Tilly, call me")."""
        for m in NICKNAMED_NAME.finditer(self.text):
            first, nick, last = m.group("first"), m.group("nick"), m.group("last")
            if not (is_given_name(fold(first)) or first.endswith(".")) or self._stop_word(
                    fold(last)) or any(self.firm_chars[m.start("last") : m.end("last")]):
                continue  # not 'Watched "Jaws" Friday', nor a listed firm or public figure
            self.results = [r for r in self.results if not m.start() <= r[0] < m.end()]
            parts = [fold(first), fold(last)]
            if " " not in nick and (is_given_name(fold(nick)) or self._may_be_a_surname(nick)):
                parts.append(fold(nick))
            self._add(m.start(), m.end(), NICKNAMED_NAME_SCORE, "a name with its nickname", parts)

    def _nicknames(self) -> None:
        self._nicknamed_names()
        covered = bytearray(len(self.text))  # by a name that will be reported: a weaker
        for start, end, score, _why in self.results:  # one ("Widlyne", "Lemire" only spaCy
            if score >= MIN_SCORE:  # calls persons) gives way to the nickname's place
                covered[start:end] = b"\x01" * (end - start)
        spans = [m.span("nick") for m in AFTER_CUE.finditer(self.text)]
        spans += [m.span("name") for m in BEFORE_ALIAS.finditer(self.text)
                  if self._may_be_a_surname(m.group("name"))]
        for start, end, _score, _why in list(self.results):
            m = QUOTED_AFTER.match(self.text[end : end + REACH])
            if m:
                spans.append((end + m.start("nick"), end + m.end("nick")))
            m = SURNAME_PAST.match(self.text[end : end + 2 * REACH])
            if m and self._given_name_at(start, end):
                spans += [(end + m.start(part), end + m.end(part))
                          for part in ("maiden", "surname")
                          if m.start(part) >= 0 and self._may_be_a_surname(m.group(part))]
            before = self.text[max(0, start - REACH) : start]
            m = QUOTED_BEFORE.search(before)
            if m:
                offset = start - len(before)
                spans.append((offset + m.start("nick"), offset + m.end("nick")))
        for start, end in sorted(set(spans)):
            if not any(covered[start:end]) and not any(self.vetoed_chars[start:end]):
                covered[start:end] = b"\x01" * (end - start)
                self._add(start, end, NICKNAME_SCORE, "a nickname", [])
