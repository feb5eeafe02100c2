"""Every recognizer stays linear on hostile 100,000-character posts (no catastrophic regex)."""

from __future__ import annotations

import time

import pytest

from companion.recognizers import SUPPORTED_LANGUAGES, build_recognizers

N = 100_000
#: generous, for a loaded test machine: a quadratic pattern takes minutes here
SECONDS = 5.0

HOSTILE = {
    "letters": "a" * N,
    "capitals": "A" * N,
    "camel": "Ab" * (N // 2),
    "digits": "1" * N,
    "spaced digits": "1 " * (N // 2),
    "hyphenated digits": "1-" * (N // 2),
    "at signs": "a@" * (N // 2),
    "dots": "a." * (N // 2),
    "hashtag": "#" + "Ab" * (N // 2),
    "initials": "A. " * (N // 3),
    "apostrophes": "l'" * (N // 2),
    "hyphenated name": "Jean-" * (N // 5),
    "given names": "Marie " * (N // 6),
    "local part": "a" * N + "@example.com",
    "street": "1234, rue " * (N // 10),
    "street words": "12 Elm Elm Elm Elm Elm " * (N // 23),
    "dates": "née le 3 mars " * (N // 14),
}


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_recognizers_are_linear(language, name):
    text = HOSTILE[name]
    for recognizer in build_recognizers(language):
        started = time.perf_counter()
        recognizer.analyze(text, recognizer.supported_entities, None)
        elapsed = time.perf_counter() - started
        assert elapsed < SECONDS, f"{recognizer.name} took {elapsed:.1f} s on {name!r}"


def test_full_analysis_of_a_long_post_full_of_personal_data(analyzer):
    """Thousands of results in one post: the context enhancer must not walk the Doc each time."""
    post = (
        "Ma cliente Marie Tremblay, née le 3 mars 2016, tél. 514-555-0199, "
        "NAS 130 692 544, au 1234, rue Principale, H2X 1Y4, m.tremblay@example.com. "
    )
    text = (post * (N // len(post)))[:N]
    started = time.perf_counter()
    results = analyzer.analyze(text, language="fr")
    elapsed = time.perf_counter() - started
    assert len(results) > 4_000
    assert elapsed < 60, f"{elapsed:.1f} s"
