"""One finding per span: when detections overlap, the most specific one wins.

A SIN is also a string of digits a phone recognizer may accept, an e-mail contains a domain, a
court file number looks like a phone number: the type ranked first below keeps the span.
Among equally specific types the higher score wins, then the longer span.

The results are taken in that order and each is kept unless it overlaps one kept before it.
The spans kept never overlap one another, so the only one a candidate can overlap is the kept
span starting last before the candidate ends: one look-up in a Fenwick tree of kept starts,
O(n log n) in all (100,000 characters of e-mail addresses: 20,000 results).
"""

from __future__ import annotations

from collections.abc import Iterable

from presidio_analyzer import RecognizerResult

#: Most specific first. A type missing here ranks last.
SPECIFICITY: tuple[str, ...] = (
    "CA_SIN",
    "CA_QC_HEALTH_NUMBER",
    "QC_COURT_FILE_NUMBER",
    "CREDIT_CARD",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "DATE_OF_BIRTH",
    "CA_POSTAL_CODE",
    "STREET_ADDRESS",
    "PERSON",
)
_RANK = {entity: rank for rank, entity in enumerate(SPECIFICITY)}


def resolve_overlaps(results: Iterable[RecognizerResult]) -> list[RecognizerResult]:
    """Keeps a set of non-overlapping results, preferring specific, confident, long ones."""
    ranked = sorted(
        results,
        key=lambda r: (_RANK.get(r.entity_type, len(SPECIFICITY)), -r.score, -(r.end - r.start)),
    )
    if not ranked:
        return []
    kept_spans = _KeptSpans(max(r.end for r in ranked) + 1)
    kept: list[RecognizerResult] = []
    for candidate in ranked:
        if not kept_spans.overlaps(candidate.start, candidate.end):
            kept_spans.add(candidate.start, candidate.end)
            kept.append(candidate)
    return sorted(kept, key=lambda r: r.start)


class _KeptSpans:
    """Pairwise non-overlapping spans over positions 0…size-1, for overlap queries.

    A Fenwick tree counts the kept spans starting at or before each position; `ends` holds the
    furthest end of the spans kept at each start (two empty spans may share one)."""

    def __init__(self, size: int) -> None:
        self._counts = [0] * (size + 1)
        self._ends: dict[int, int] = {}
        self._top = 1 << (size.bit_length() - 1)

    def overlaps(self, start: int, end: int) -> bool:
        """True when a kept span overlaps [start, end) (an empty one counts if strictly
        inside it, as before)."""
        last_start = self._last_start_before(end)
        return last_start is not None and self._ends[last_start] > start

    def add(self, start: int, end: int) -> None:
        if start in self._ends:
            self._ends[start] = max(self._ends[start], end)
            return
        self._ends[start] = end
        i = start + 1
        while i < len(self._counts):
            self._counts[i] += 1
            i += i & -i

    def _last_start_before(self, end: int) -> int | None:
        """The greatest kept start < end, or None."""
        count, i = 0, min(end, len(self._counts) - 1)
        while i > 0:
            count += self._counts[i]
            i -= i & -i
        if count == 0:
            return None
        # Binary lifting: the smallest position whose prefix count reaches `count`.
        position, step = 0, self._top
        while step:
            nxt = position + step
            if nxt < len(self._counts) and self._counts[nxt] < count:
                position = nxt
                count -= self._counts[nxt]
            step >>= 1
        return position  # tree index position+1 holds start `position`
