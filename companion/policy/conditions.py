"""Conditions: the building blocks of a rule's `detect:` section, compiled from YAML.

Each condition finds spans (start, end) in a post; a rule fires where its condition finds one.
- terms: words, phrases, regexes or @lexicons (see terms.py), outside negated clauses unless
  `negation: false`;
- pii: personal data already found by the recognizers (PERSON, QC_COURT_FILE_NUMBER, …);
- ner: spaCy named entities by label (LOC, GPE, …);
- any: the spans of every member;
- near: co-occurrence of named parts — the first part (the anchor) with every other part (at
  a span that does not overlap the anchor) within a scope (same sentence, N sentences, N words
  in one sentence, or the whole post), and none of `unless` within `unless_within` of the
  anchor (default: the same scope); the finding points at the part named by `point_at`, or
  covers them all (the deprecated positional `of:` list says `focus: <index>` instead);
- count: at least `min` of the members match somewhere in the post (a score of cues);
- classifier: the learned model's score for a category over a threshold; its span is the
  sentence that weighs most in the score (see classifier.py);
- ref: a named detector shared between packs (policies/shared/detectors/).
Any condition may add `except:` conditions: its spans that overlap one of theirs are dropped
("Québec" is a place, but not in « Cour du Québec »).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from companion.policy.classifier import PolicyClassifier, sentence_span, shipped_classifier
from companion.policy.negation import Negation
from companion.policy.terms import Span, TermSet
from companion.policy.textview import TextView


class Condition(Protocol):
    def find(self, view: TextView) -> list[Span]: ...


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def cover(spans: Sequence[Span]) -> Span:
    return min(s for s, _ in spans), max(e for _, e in spans)


@dataclass(frozen=True, eq=False)
class Terms:
    terms: TermSet
    negation: Negation | None

    def find(self, view: TextView) -> list[Span]:
        spans = sorted(set(self.terms.find(view)))
        if self.negation is not None:
            spans = [s for s in spans if not self.negation.covers(view, s)]
        return spans


@dataclass(frozen=True, eq=False)
class Pii:
    types: frozenset[str]

    def find(self, view: TextView) -> list[Span]:
        return sorted({(p.start, p.end) for p in view.ctx.pii if p.type in self.types})


@dataclass(frozen=True, eq=False)
class Ner:
    labels: frozenset[str]

    def find(self, view: TextView) -> list[Span]:
        return sorted({(s, e) for label, s, e in view.entities if label in self.labels})


@dataclass(frozen=True, eq=False)
class AnyOf:
    members: tuple[Condition, ...]

    def find(self, view: TextView) -> list[Span]:
        return sorted({s for m in self.members for s in cached_find(m, view)})


@dataclass(frozen=True, eq=False)
class Classifier:
    category: str
    threshold: float
    #: `check --explain` reports a score at least this share of the threshold as a near miss
    NEAR_MISS = 0.5

    @property
    def model(self) -> PolicyClassifier:
        """The shipped model, loaded when a rule first needs it (not at start-up)."""
        return shipped_classifier()

    def find(self, view: TextView) -> list[Span]:
        return [span for span, _ in self._found(view)]

    def explain(self, view: TextView) -> list[tuple[int, int, float]]:
        """The spans found, each with the model's score."""
        return [(*span, score) for span, score in self._found(view)]

    def why_not(self, view: TextView) -> str | None:
        score = self.model.scores(view).probabilities[self.category]
        if self.NEAR_MISS * self.threshold <= score < self.threshold:
            return (f"the model's score for {self.category} is {score:.2f}, under the "
                    f"threshold {self.threshold:.2f}")
        return None

    def _found(self, view: TextView) -> list[tuple[Span, float]]:
        scores = self.model.scores(view)
        score = scores.probabilities[self.category]
        if score < self.threshold:
            return []
        return [(sentence_span(view, scores.best_sentence[self.category]), score)]


@dataclass(frozen=True)
class Scope:
    """Where the members of a `near` must be: kind is sentence, sentences, words or post."""

    kind: str
    size: int = 1

    def contains(self, view: TextView, a: Span, b: Span) -> bool:
        if self.kind == "post":
            return True
        if self.kind in ("sentence", "sentences"):
            size = 1 if self.kind == "sentence" else self.size
            a0, a1 = view.sentence_of(a[0]), view.sentence_of(max(a[1] - 1, a[0]))
            b0, b1 = view.sentence_of(b[0]), view.sentence_of(max(b[1] - 1, b[0]))
            return max(b0 - a1, a0 - b1, 0) < size
        if view.sentence_of(a[0]) != view.sentence_of(b[0]):
            return False  # a word window stays inside one sentence
        a0, a1 = view.word_at(a[0]), view.word_at(max(a[1] - 1, a[0]))
        b0, b1 = view.word_at(b[0]), view.word_at(max(b[1] - 1, b[0]))
        return max(b0 - a1, a0 - b1, 0) <= self.size



class _Sorted:
    """A condition's spans, searchable by where they start."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = spans
        self.starts = [s[0] for s in spans]

    def nearest(self, view: TextView, scope: Scope, anchor: Span) -> Span | None:
        """The span closest to `anchor` (by start) that is in `scope` of it and does not
        overlap it. Scopes grow with distance, so the search stops at the first span past the
        overlapping ones on each side: linear time over a whole post, even one long sentence."""
        i = bisect_left(self.starts, anchor[0])
        best: Span | None = None
        for step, first in ((1, i), (-1, i - 1)):
            j = first
            while 0 <= j < len(self.spans) and _overlap(self.spans[j], anchor):
                j += step
            if 0 <= j < len(self.spans) and scope.contains(view, anchor, self.spans[j]):
                candidate = self.spans[j]
                if best is None or abs(candidate[0] - anchor[0]) < abs(best[0] - anchor[0]):
                    best = candidate
        return best


@dataclass(frozen=True, eq=False)
class Near:
    members: tuple[Condition, ...]
    scope: Scope
    focus: int | None = None  # the member a finding points at; None: the stretch of all
    unless: tuple[Condition, ...] = ()
    unless_scope: Scope | None = None  # where `unless` vetoes the anchor; default: `scope`
    names: tuple[str, ...] = ()  # the members' names (`parts:`), none for a positional `of:`

    def find(self, view: TextView) -> list[Span]:
        anchors = cached_find(self.members[0], view)
        if not anchors:
            return []
        partners = [_Sorted(cached_find(m, view)) for m in self.members[1:]]
        vetoes = _Sorted(sorted({s for u in self.unless for s in cached_find(u, view)}))
        veto_scope = self.unless_scope or self.scope
        hits: set[Span] = set()
        for anchor in anchors:
            if vetoes.spans and vetoes.nearest(view, veto_scope, anchor):
                continue
            picks = [anchor]
            for spans in partners:
                pick = spans.nearest(view, self.scope, anchor)
                if pick is None:
                    break
                picks.append(pick)
            else:
                hits.add(picks[self.focus] if self.focus is not None else cover(picks))
        return sorted(hits)


@dataclass(frozen=True, eq=False)
class Count:
    members: tuple[Condition, ...]
    minimum: int

    def find(self, view: TextView) -> list[Span]:
        found = [spans for m in self.members if (spans := cached_find(m, view))]
        if len(found) < self.minimum:
            return []
        return [cover([s for spans in found for s in spans])]


@dataclass(frozen=True, eq=False)
class Except:
    condition: Condition
    exceptions: tuple[Condition, ...]

    def find(self, view: TextView) -> list[Span]:
        excluded = _Overlaps([s for e in self.exceptions for s in cached_find(e, view)])
        return [s for s in cached_find(self.condition, view) if not excluded.hit(s)]


class _Overlaps:
    """Spans, asked whether any overlaps a given span: O(log n) a question (a post with
    thousands of « Cour du Québec » and of « Québec » costs no more than a few)."""

    def __init__(self, spans: list[Span]) -> None:
        spans = sorted(spans)
        self.starts = [start for start, _ in spans]
        self.furthest: list[int] = []  # the greatest end among spans[:i + 1]
        for _, end in spans:
            self.furthest.append(max(end, self.furthest[-1]) if self.furthest else end)

    def hit(self, span: Span) -> bool:
        before = bisect_left(self.starts, span[1])  # spans starting before `span` ends
        return before > 0 and self.furthest[before - 1] > span[0]


def cached_find(condition: Condition, view: TextView) -> list[Span]:
    """Shared detectors are evaluated once per post however many rules use them."""
    key = id(condition)
    if key not in view.cache:
        view.cache[key] = condition.find(view)
    return view.cache[key]
