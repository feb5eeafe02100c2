"""Candidates: runs of capitalised words joined by single spaces, cut into possible names
("M. Léo Cormier", "Pierre-Luc", "É. B.").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from companion.recognizers.person.cues import NAME_PARTICLES
from companion.recognizers.person.words import (
    AFTER_UNKNOWN_KINDS,
    AMBIG,
    COMMON,
    GIVEN,
    HON,
    INIT,
    LOWER,
    MAX_NAME_WORDS,
    NAME_KINDS,
    PLACE,
    SURNAME_KINDS,
    TAIL,
    UNKNOWN,
    UPPER,
    Word,
)


@dataclass
class Candidate:
    words: list[Word]
    honorific: bool = False
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    #: not a person whatever the evidence (public figure, institution, "April 15"…)
    vetoed: bool = False
    #: vetoed as (part of) an institution's or a street's name ("Fondation Lucie …")
    institution: bool = False
    #: a role word or an age backs it, beyond its position in the sentence
    strong_evidence: bool = False
    #: vetoed as an animal's name ("notre chien Winston", "Rosie (une vieille chihuahua)")
    animal: bool = False
    #: vetoed as a listed public figure, firm or brand ("Norton Rose", "François Legault")
    listed: bool = False

    @property
    def names(self) -> list[Word]:
        return [w for w in self.words if w.kind != HON]

    @property
    def start(self) -> int:
        return self.words[0].start

    def end(self, text: str) -> int:
        end = self.words[-1].end
        if self.words[-1].kind == INIT and text[end : end + 1] == ".":
            end += 1
        return end



class CandidateFinder:
    """Cuts the post's capitalised runs into candidate names (part of Analysis)."""

    def _runs(self) -> Iterator[list[int]]:
        """Indices of consecutive capitalised words joined by a single space (or "M. ", "É. ")."""
        run: list[int] = []
        for i, w in enumerate(self.words):
            eligible = w.in_run and w.kind != LOWER and (w.kind not in (UPPER, TAIL) or run)
            if eligible and run and self._joined(self.words[run[-1]], w):
                run.append(i)
                continue
            if run:
                yield run
            run = [i] if eligible else []
        if run:
            yield run

    def _joined(self, left: Word, right: Word) -> bool:
        if (right.uncased and right.kind != TAIL and not left.uncased
                and left.kind not in (HON, INIT)):
            return False  # "Ms. O'Brien will…": a lower-case given name does not extend a name
        if (left.uncased and left.kind == AMBIG and not right.uncased
                and right.kind in (GIVEN, AMBIG)):
            return False  # "our little guy Noah Gallant": the word, then a name
        gap = self.text[left.end : right.start]
        if gap in (" ", "\u00a0"):
            return True
        if left.kind in (HON, INIT) and gap == ".-" and right.kind == INIT:
            return True  # "J.-F.", "M.-C.": the initials of a compound given name
        return left.kind in (HON, INIT) and gap in (". ", ".\u00a0", ".")

    def _segment(self, run: list[int]) -> Iterator[Candidate]:
        """Splits a run into candidate names; words that cannot start a name are skipped."""
        words = [self.words[i] for i in run]
        i, n = 0, len(words)
        while i < n:
            kind = words[i].kind
            if kind == HON and i + 1 < n and words[i + 1].kind in NAME_KINDS:
                j = self._extend(words, i + 1, NAME_KINDS, MAX_NAME_WORDS)
                yield Candidate(words[i:j], honorific=True)
            elif kind in (GIVEN, AMBIG):
                j = self._extend(words, i + 1, SURNAME_KINDS, MAX_NAME_WORDS - 1)
                yield Candidate(words[i:j])
            elif kind == INIT:
                j = i + 1
                while j < n and words[j].kind == INIT:
                    j += 1
                if j < n and (words[j].kind in (UNKNOWN, COMMON, UPPER, TAIL) or (
                        words[j].kind in (GIVEN, AMBIG) and j - i >= 2)):
                    j += 1  # the surname; after a compound name's initials, even one that is
                    # also a given name ("J.-F. Roy"; but "N. Cheikh" is read as before)
                yield Candidate(words[i:j])
            elif kind == UNKNOWN:
                j = self._extend(words, i + 1, AFTER_UNKNOWN_KINDS, MAX_NAME_WORDS - 1)
                yield Candidate(words[i:j])
            else:
                j = i + 1
            i = j

    def _extend(self, words: list[Word], j: int, kinds: frozenset[str], limit: int) -> int:
        """The end of a name continuing at `j`: words of `kinds`, and capitalised particles
        followed by such a word ("Antonio De Luca", "Luis Da Silva"). A word in capitals
        that is a word of the language ends the name once it has a part after the first
        ("Me Sophie Bélanger MAINTENANT", but "Sophie BLANC")."""
        start = j
        while j < len(words) and j - start < limit:
            if (words[j].kind == UPPER and j > start
                    and self._known_word(words[j].folded, self.dictionary)):
                break
            if words[j].uncased and words[j].kind == AMBIG and words[j - 1].uncased:
                break  # "COACH MORIARTY WILL POST": in capitals, "will" is the word
            if words[j].kind in kinds:
                j += 1
            elif (
                words[j].folded in NAME_PARTICLES
                and j + 1 < len(words)
                and words[j + 1].kind in (UNKNOWN, COMMON, PLACE, GIVEN, AMBIG)
            ):  # "De Luca": a surname may also be a given name
                j += 2
            else:
                break
        return j

