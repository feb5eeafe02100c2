"""One finding per span: when detections overlap, the most specific one wins.

A SIN is also a string of digits a phone recognizer may accept, an e-mail contains a domain, a
court file number looks like a phone number: the type ranked first below keeps the span.
Among equally specific types the higher score wins, then the longer span.
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
    kept: list[RecognizerResult] = []
    for candidate in ranked:
        if all(candidate.end <= k.start or candidate.start >= k.end for k in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda r: r.start)
