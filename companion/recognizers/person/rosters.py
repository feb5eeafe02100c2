"""Rosters pasted from a sheet: "9h RICHARD + FORTIN", "Mon  JEROME / Vicaire", "#23 DIALLO (C)".

Schedules, line-ups and volunteer lists name people by their surname alone, often in capitals,
between times, days, jersey numbers and positions. Nothing around such a name says "person",
except the list itself. A line is a roster line when it opens with a list marker (a number,
"#4", a bullet, a time, a day, a short label and a colon) or joins two items or more with list
separators (",", "/", "+", "–", "&"). In a block of roster lines, a listed surname however typed
is a person; so is a word in capitals, or capitalised, that is no word of either language, no
place and no acronym, once the block holds a listed surname or a name found otherwise, and so
are initials standing alone as an item ("A.K.", "G.G."). An initial before a surname belongs to
it ("T. BEAULIEU", "Fr. Castilloux"). A block where a firm, a brand or a public figure was
recognised is a list of those ("Pool A: Torys, Norton Rose, Langlois") and is left alone.
"""

from __future__ import annotations

import regex

from companion.recognizers.lexicon import (
    is_common_surname,
    is_given_name,
    is_not_name_word,
    is_place,
)
from companion.recognizers.person.cues import (
    CALENDAR_WORDS,
    GREETING_WORDS,
    HONORIFICS,
    INTERJECTIONS,
    PLACE_HEAD_WORDS,
    PLACE_TAIL_WORDS,
    ROLE_WORDS,
    SIGN_OFF_ABBREVIATIONS,
)
from companion.recognizers.person.scores import LIST_ANCHOR_MIN_SCORE as KEPT_SCORE
from companion.recognizers.person.scores import ROSTER_SCORE
from companion.recognizers.person.words import SAINT_SURNAME, VOWEL, base_form, initials_key

#: What opens a line of a list: a bullet, "1.", "#23", "9h", "13h30", "10:00", a weekday
#: abbreviation or a short label and a colon ("Fri:", « Passes : », "G :").
LIST_MARKER = regex.compile(
    r"[ \t]{0,8}(?:[-•*·▪►✓]|\d{1,3}[.)]|#\d{1,3}|\d{1,2}[ ]?h(?:\d{2})?|\d{1,2}:\d{2}"
    r"|\p{L}[\p{L}.]{0,11}[ \t]{0,2}:|(?i:mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam"
    r"|dim)[a-z.]{0,7}[ \t])")
#: Separators between the items of a list line.
SEPARATOR = regex.compile(r"[,/+–&|]")
#: What ends an item: a separator, a bracket, a colon, a dash between spaces.
ITEM_BREAK = regex.compile(r"[,/+–&|():;]|[ \t]-[ \t]")
#: A list line is short, and so is each of its items ("T. BEAULIEU", "Loubert (C)").
MAX_LINE = 100
MAX_ITEM_WORDS = 4
#: A line with this many separators is a list, whatever opens it.
MIN_SEPARATORS = 2
#: Letters and vowels of an unlisted word read as a surname in a roster ("CISSS" has one).
MIN_LETTERS = 4
MIN_VOWELS = 2
_INSTITUTION_WORDS = PLACE_HEAD_WORDS | PLACE_TAIL_WORDS


class Rosters:
    """Surnames alone in rosters (part of Analysis)."""

    def _rosters(self) -> None:
        covered = bytearray(len(self.text))
        for start, end, score, _why in self.results:
            if score >= KEPT_SCORE:
                covered[start:end] = b"\x01" * (end - start)
        for block in self._roster_blocks():
            start, end = block[0][0], block[-1][1]
            if any(self.firm_chars[start:end]):
                continue  # "Pool A: Torys, Norton Rose, Langlois": firms, teams, brands
            items = [w for w in self.words
                     if any(a <= w.start < b for a, b in block) and self._roster_item(w, covered)]
            anchored = any(covered[start:end]) or any(is_common_surname(w.folded) for w in items)
            for w in items:
                if is_common_surname(w.folded) or anchored:
                    first = self._initial_before(w)
                    self._add(first, w.end, ROSTER_SCORE, "a surname in a roster", [])
                    covered[first : w.end] = b"\x01" * (w.end - first)
            if anchored:
                for a, b in self._initials_items(block, covered):
                    self._add(a, b, ROSTER_SCORE, "initials in a roster", [])
                    covered[a:b] = b"\x01" * (b - a)

    def _initials_items(self, block: list[tuple[int, int]], covered: bytearray
                        ) -> list[tuple[int, int]]:
        """Items of a roster that are someone's initials alone ("A.K.", "G.G.", "L.P.")."""
        found = []
        for start, end in block:
            for m in INITIALS_ITEM.finditer(self.text, start, end):
                before = self.text[start : m.start()].rstrip(" \t")
                after = self.text[m.end() : end].lstrip(" \t")
                if ((not before or ITEM_BREAK.match(before[-1]))
                        and (not after or ITEM_BREAK.match(after[0]))
                        and not any(covered[m.start() : m.end()])
                        and initials_key(m.group()) not in SIGN_OFF_ABBREVIATIONS):
                    found.append(m.span())
        return found

    def _roster_blocks(self) -> list[list[tuple[int, int]]]:
        """Runs of list lines, each line as the (start, end) of its items (past its marker)."""
        blocks: list[list[tuple[int, int]]] = []
        offset = 0
        previous_end = -2
        for line in self.text.split("\n"):
            end = offset + len(line)
            items_start = self._list_line(line)
            if items_start is not None:
                span = (offset + items_start, end)
                if blocks and previous_end == offset - 1:
                    blocks[-1].append(span)
                else:
                    blocks.append([span])
                previous_end = end
            offset = end + 1
        return blocks

    @staticmethod
    def _list_line(line: str) -> int | None:
        """Where the items of a list line start (past its marker), or None: a short line of
        short items, opened by a list marker or with two separators or more; every item
        (between separators and brackets) of a few words at most."""
        if len(line) > MAX_LINE or not line.strip():
            return None
        marker = LIST_MARKER.match(line)
        items_start = marker.end() if marker else 0
        rest = line[items_start:]
        if not marker and len(SEPARATOR.findall(rest)) < MIN_SEPARATORS:
            return None
        items = [item for item in ITEM_BREAK.split(rest) if item.strip()]
        if not items or any(len(item.split()) > MAX_ITEM_WORDS for item in items):
            return None
        return items_start

    def _roster_item(self, w, covered: bytearray) -> bool:
        """A word of a list line that may be a surname: capitalised or in capitals, not found
        or vetoed already, and no day, role, abbreviation, place, institution or word."""
        text, folded = w.text, w.folded
        if not (text[:1].isupper() and (text.isupper() or text[1:].islower()
                                         or "-" in text)):
            return False
        if any(covered[w.start : w.end]) or any(self.firm_chars[w.start : w.end]):
            return False  # the scorer's other vetoes read sentences, and a roster has none
        if (folded in CALENDAR_WORDS or folded in INTERJECTIONS or folded in HONORIFICS
                or folded in GREETING_WORDS
                or folded in SIGN_OFF_ABBREVIATIONS or base_form(folded) in ROLE_WORDS
                or base_form(folded) in _INSTITUTION_WORDS):
            return False
        if self._stop_word(folded):
            return False  # "Le", "Do": surnames, but first of all words
        if is_not_name_word(folded) and folded[-1:] != "s":
            return False  # "Mi'kmaq artist", "Tagalog", "Fortnite"; but a plural may be a
            # surname ("2. Mendes CF")
        parts = folded.split("-")
        if is_common_surname(folded) or (len(parts) > 1 and all(
                is_common_surname(p) or is_given_name(p) for p in parts)):
            return True  # "Lévesque-Poirier", "Hoang-Moreau"
        capitals = text.isupper()
        line_start = self.text.rfind("\n", 0, w.start) + 1
        opens_line = not self.text[line_start : w.start].strip()
        # an inflected English word in capitals is shouted ("NOT ALLOWED"), and so is one that
        # opens its line ("Dishes this week: …"); after a list marker or a separator, a name
        # may end like one ("2. Mendes CF")
        return (len(folded) >= MIN_LETTERS and len(VOWEL.findall(folded)) >= MIN_VOWELS
                and (not is_place(folded) or SAINT_SURNAME.match(folded))  # "ST-PIERRE"
                and not ((capitals or opens_line) and self._inflected_english(folded))
                and not any(self._roster_word(p, capitals or len(parts) > 1) for p in parts))

    def _roster_word(self, folded: str, capitals: bool) -> bool:
        """An ordinary word. In capitals, read from the tables that hold no surnames (the
        French lemma index holds names: "MAILHOT"), so French from its inflected forms only;
        capitalised, from every table ("Responsable", "Polyclinique")."""
        if not capitals:
            return self._known_word(folded, self.dictionary, self.other_dictionary)
        english, french = ((self.dictionary, self.other_dictionary) if self.language == "en"
                           else (self.other_dictionary, self.dictionary))
        return (english.is_word(folded) or french.is_plain_word(folded)
                or self._stop_word(folded))

    def _initial_before(self, w) -> int:
        """The start of an initial right before `w` ("T. BEAULIEU", "Fr. Castilloux"), or of
        `w` itself."""
        m = INITIAL_BEFORE.search(self.text, max(0, w.start - 6), w.start)
        return m.start() if m else w.start


#: Someone's initials standing for them in a roster: "A.K.", "G.G.", "J.-P.".
INITIALS_ITEM = regex.compile(r"(?<![\p{L}.])\p{Lu}\.(?:-?\p{Lu}\.){1,2}(?![\p{L}])")
#: An initial or two and a period right before a surname: "T. ", "Fr. ", "M-C. ".
INITIAL_BEFORE = regex.compile(r"(?<![\p{L}])\p{Lu}(?:[\p{Ll}]|-\p{Lu})?\.[ \u00a0]$")
