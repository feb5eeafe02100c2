"""Applies chosen replacements to a text, touching nothing outside the chosen spans."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    replacement: str

    def to_json(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "replacement": self.replacement}


class OverlappingEdits(ValueError):
    """Two chosen findings cover the same characters; the client must choose one."""


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, list[Edit]]:
    """Returns the redacted text and the edits in order, offsets relative to the original."""
    ordered = sorted(set(edits), key=lambda e: (e.start, e.end))
    for before, after in pairwise(ordered):
        if after.start < before.end:
            raise OverlappingEdits(
                f"findings at {before.start}-{before.end} and {after.start}-{after.end} overlap; "
                "redact one of them"
            )
    pieces, cursor = [], 0
    for edit in ordered:
        pieces += [text[cursor:edit.start], edit.replacement]
        cursor = edit.end
    pieces.append(text[cursor:])
    return "".join(pieces), ordered
