"""Runs the PERSON tables of person_tables/ (one module per topic) in both languages."""

from __future__ import annotations

import pytest

from tests.recognizers.person_tables import actions, as_typed, basics, communities

TOPICS = {"basics": basics, "communities": communities, "actions": actions, "as_typed": as_typed}
LANGUAGES = {"fr": "FRENCH", "en": "ENGLISH"}


def _names():
    return [pytest.param(lang, text, expected, id=f"{topic}-{lang}-{text[:48]}")
            for topic, table in TOPICS.items() for lang, name in LANGUAGES.items()
            for text, expected in getattr(table, name)] + [
        pytest.param(lang, text, expected, id=f"{topic}-{lang}-known-miss-{text[:48]}",
                     marks=pytest.mark.xfail(strict=True, reason="a known miss: see the table"))
        for topic, table in TOPICS.items() for lang, name in LANGUAGES.items()
        for text, expected in getattr(table, name + "_KNOWN_MISSES", [])]


def _non_names():
    return [pytest.param(lang, text, id=f"{topic}-{lang}-{text[:48]}")
            for topic, table in TOPICS.items() for lang, name in LANGUAGES.items()
            for text in getattr(table, name + "_NONE")]


@pytest.mark.parametrize(("lang", "text", "expected"), _names())
def test_names_found(found, lang, text, expected):
    assert found(text, lang, "PERSON") == expected


@pytest.mark.parametrize(("lang", "text"), _non_names())
def test_no_person(found, lang, text):
    assert found(text, lang, "PERSON") == []
