"""Propagation: a name accepted with good confidence makes its parts names elsewhere in the
post ("Hope Nakamura … Hope", "#GoHope").
"""

from __future__ import annotations

from companion.recognizers.lexicon import fold
from companion.recognizers.person.cues import (
    PLACE_HEAD_WORDS,
    PLACE_TAIL_WORDS,
    PUBLIC_ROLE_WORDS,
)
from companion.recognizers.person.scores import PROPAGATED_SCORE, PROPAGATION_MIN_SCORE
from companion.recognizers.person.words import CAMEL_PART, HASHTAG, base_form


class Propagation:
    """Collects results and propagates confident names (part of Analysis)."""

    def _add(self, start: int, end: int, score: float, why: str, parts: list[str]) -> None:
        self.results.append((start, end, score, why))
        if score >= PROPAGATION_MIN_SCORE:
            self.known.update(p for p in parts if len(p) >= 3)


    def _names_an_institution(self, w) -> bool:
        """The word runs into a firm's, a street's or a place's name: the next word is part of
        a vetoed candidate ("Fitzgerald Boileau Weiss LLP") or a capitalised place or firm word
        ("McAllister Park", "MacWhirter Inc")."""
        if w.index + 1 >= len(self.words):
            return False
        after = self.words[w.index + 1]
        if self.text[w.end : after.start] not in (" ", "\u00a0"):
            return False
        return bool(self.vetoed_chars[after.start]) or (
            after.title and base_form(after.folded) in PLACE_TAIL_WORDS)

    def _propagate(self) -> None:
        """Parts of names accepted elsewhere in the post are names too ("Hope", "#GoHope")."""
        if not self.known:
            return
        covered = bytearray(len(self.text))
        for start, end, _score, _why in self.results:
            covered[start:end] = b"\x01" * (end - start)
        for w in self.words:
            if w.folded not in self.known or not (w.title or w.text.isupper()) or any(
                covered[w.start : w.end]
            ) or self.vetoed_chars[w.start]:
                continue
            before = self._words_before(w)
            if before and (base_form(before[0].folded) in PLACE_HEAD_WORDS | PUBLIC_ROLE_WORDS):
                continue
            if self._names_an_institution(w):
                continue
            self._add(w.start, w.end, PROPAGATED_SCORE, "name seen elsewhere in the post", [])
        for m in HASHTAG.finditer(self.text):
            base = m.start(1)
            for p in CAMEL_PART.finditer(m.group(1)):
                s, e = p.start() + base, p.end() + base
                if fold(p.group()) in self.known and not any(covered[s:e]):
                    self._add(s, e, PROPAGATED_SCORE, "name seen elsewhere in the post", [])

