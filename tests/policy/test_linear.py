"""Rules stay linear on long posts: one long sentence full of cues must not make co-occurrence
checks pair every cue with every other (a 100,000-character post is accepted)."""

from __future__ import annotations

import time

import pytest

from companion.policy import PiiSpan, PolicyContext

WALLS = {
    "insults in one sentence": "clown nul il ",
    "clients and names": "Ma cliente Marie Tremblay, ",
    "shelter and events": "la maison à Longueuil, groupe de soutien mardi 19 h, ",
    "children in care": "notre petite Léa 8 ans placée chez nous à Gaspé ",
}
SHORT, LONG = 3_000, 12_000
MAX_GROWTH = 8  # linear: about 4; quadratic: about 16


def _seconds(catalog, nlp, unit: str, length: int) -> float:
    text = unit * (length // len(unit))
    names = [PiiSpan("PERSON", i, i + len("Marie Tremblay"), "Marie Tremblay")
             for i in range(text.find("Marie"), len(text), len(unit)) if i >= 0
             and text.startswith("Marie Tremblay", i)]
    context = PolicyContext(text, "fr", nlp["fr"](text), names)
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for pack in catalog.packs():
            pack.evaluate(context)
        best = min(best, time.perf_counter() - started)
    return best


@pytest.mark.parametrize("unit", WALLS.values(), ids=WALLS.keys())
def test_evaluation_time_grows_linearly(catalog, nlp, unit):
    short, long = _seconds(catalog, nlp, unit, SHORT), _seconds(catalog, nlp, unit, LONG)
    assert long / short < MAX_GROWTH, f"×{long / short:.1f} for ×4 input ({long:.2f} s)"
