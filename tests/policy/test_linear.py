"""Rules stay linear on long posts: one long sentence full of cues must not make co-occurrence
checks pair every cue with every other (a 100,000-character post is accepted).

The work is counted, not timed: the number of Python and built-in function calls the
evaluation makes (sys.setprofile), which does not depend on how loaded the machine is. Four
times the text takes about four times the calls when the engine is linear, sixteen when it
pairs every cue with every other."""

from __future__ import annotations

import sys

import pytest

from companion.policy import PiiSpan, PolicyContext

WALLS = {
    "insults in one sentence": "clown nul il ",
    "clients and names": "Ma cliente Marie Tremblay, ",
    "shelter and events": "la maison à Longueuil, groupe de soutien mardi 19 h, ",
    "children in care": "notre petite Léa 8 ans placée chez nous à Gaspé ",
}
SHORT, LONG = 2_000, 8_000
MAX_GROWTH = 6  # linear: about 4; quadratic: about 16


def _calls(catalog, nlp, unit: str, length: int) -> int:
    """Function calls made by every pack's rules on `unit` repeated to `length` characters."""
    text = unit * (length // len(unit))
    names = [PiiSpan("PERSON", i, i + len("Marie Tremblay"), "Marie Tremblay")
             for i in range(len(text)) if text.startswith("Marie Tremblay", i)]
    context = PolicyContext(text, "fr", nlp["fr"](text), names)
    for pack in catalog.packs():  # load the classifier and fill caches outside the count
        pack.evaluate(context)
    calls = 0

    def count(frame, event, arg):
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    sys.setprofile(count)
    try:
        for pack in catalog.packs():
            pack.evaluate(context)
    finally:
        sys.setprofile(None)
    return calls


@pytest.mark.parametrize("unit", WALLS.values(), ids=WALLS.keys())
def test_evaluation_work_grows_linearly(catalog, nlp, unit):
    short, long = _calls(catalog, nlp, unit, SHORT), _calls(catalog, nlp, unit, LONG)
    assert long / short < MAX_GROWTH, f"×{long / short:.1f} calls for ×4 input ({long} calls)"
