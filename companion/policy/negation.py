"""Negation scope: is a match inside a negated clause? ("je ne parle jamais de mes clients")

A match is negated when a negation cue (ne/n', jamais, aucun, sans; not, never, n't, no…) comes
before it in the same sentence and clause, at most `window` words back. "ne … que" is a
restriction, not a negation ("tu n'es qu'un clown"). The cues are data:
policies/shared/negation.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from companion.policy.terms import Span
from companion.policy.textview import TextView, fold

_CLAUSE_PUNCTUATION = re.compile(r"[,;:.!?()\[\]\n—–]")
_RESTRICTIVE = frozenset({"ne", "n"})
_RESTRICTION_END = frozenset({"que", "qu"})


@dataclass(frozen=True)
class Negation:
    cues: Mapping[str, frozenset[str]]
    clause_words: Mapping[str, frozenset[str]]
    window: int = 5

    @classmethod
    def from_lists(cls, cues: Mapping[str, Sequence[str]],
                   clause_words: Mapping[str, Sequence[str]], window: int) -> Negation:
        return cls(
            {lang: frozenset(fold(w) for w in words) for lang, words in cues.items()},
            {lang: frozenset(fold(w) for w in words) for lang, words in clause_words.items()},
            window,
        )

    def covers(self, view: TextView, span: Span) -> bool:
        words = view.words
        i = view.word_at(span[0])
        if i >= len(words):
            return False
        cues = self.cues.get(view.language, frozenset())
        breaks = self.clause_words.get(view.language, frozenset())
        sentence = words[i].sentence
        for j in range(i - 1, max(i - 1 - self.window, -1), -1):
            word = words[j]
            if word.sentence != sentence or _CLAUSE_PUNCTUATION.search(
                    view.text[word.end:words[j + 1].start]):
                return False
            if word.form in breaks:
                return False
            if word.form in cues and not (
                    word.form in _RESTRICTIVE
                    and any(words[k].form in _RESTRICTION_END for k in range(j + 1, i))):
                return True
        return False
