"""An organization's pack cannot hang or exhaust the companion: its regular expressions run in
linear time (or are refused), its YAML cannot expand, only bounded regular files are read, and a
pack that cannot load is listed with its problems."""

from __future__ import annotations

import os

import pytest

from companion.policy import PolicyCatalog, PolicyContext, validate_pack
from companion.policy import files as files_module
from companion.policy.conditions import cached_find
from companion.policy.textview import TextView
from tests.policy.test_catalog import MINIMAL_RULE, write_pack


def _with_terms(terms: str) -> str:
    assert '["abracadabra"]' in MINIMAL_RULE
    return MINIMAL_RULE.replace('["abracadabra"]', terms)


def _spans(pack, text: str, nlp) -> list[str]:
    """What the pack's (single) rule matched: its evidence, before it is placed for display."""
    [rule] = pack.rules
    view = TextView(PolicyContext(text, "fr", nlp["fr"](text), []))
    return [text[start:end] for start, end in cached_find(rule.detect, view)]


@pytest.fixture(scope="module")
def nlp():
    from companion.nlp.engine import MODELS, load_model

    return {"fr": load_model(MODELS["fr"])}


def test_a_catastrophic_regex_runs_in_linear_time_with_re_semantics(tmp_path, nlp):
    write_pack(tmp_path, "org", _with_terms(r"['/(a+)+$/', '/\w+ève/', '/\bles \d+ ans\b/']"))
    catalog = PolicyCatalog.load([tmp_path])
    assert catalog.failed == []
    pack = catalog.get("org")
    # 37 characters: Python's re takes seconds here and holds the interpreter.
    assert _spans(pack, "a" * 36 + "!", nlp) == []
    assert _spans(pack, "Un élève a écrit : aaaa", nlp) == ["élève", "aaaa"]
    assert _spans(pack, "Pour les 12 ans de Léo", nlp) == ["les 12 ans"]


@pytest.mark.parametrize(("terms", "said"), [
    (r"['/(?<!x)abra/']", "no look-around"),
    (r"['/(ab)\1/']", "back-reference"),
    (r"['/\bélève/']", "phrase term"),
])
def test_what_the_linear_engine_cannot_do_is_refused_with_the_reason(tmp_path, terms, said):
    [problem] = validate_pack(write_pack(tmp_path, "org", _with_terms(terms)))
    assert "rule 'secret-word'" in problem and said in problem


def test_a_built_in_lexicon_keeps_its_look_arounds_in_an_organization_pack(tmp_path):
    # policies/shared/lexicons/ holds regexes with look-behinds; reusing them is fine.
    assert validate_pack(write_pack(tmp_path, "org", _with_terms('["@ages"]'))) == []


ALIAS_BOMB = """\
a: &a [x, x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
d: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
"""


def test_yaml_aliases_are_refused_before_they_expand(tmp_path):
    folder = write_pack(tmp_path, "org")
    (folder / "rules.yaml").write_text(ALIAS_BOMB + MINIMAL_RULE.replace("rules:\n", "rules2:\n"))
    [problem] = validate_pack(folder)
    assert "alias *a at line 2" in problem and "not accepted" in problem


def test_deep_nesting_is_refused(tmp_path):
    folder = write_pack(tmp_path, "org")
    (folder / "rules.yaml").write_text("rules: " + "[" * 200 + "]" * 200 + "\n")
    [problem] = validate_pack(folder)
    assert "nested more than" in problem


def test_only_regular_files_within_the_size_limits_are_read(tmp_path, monkeypatch):
    folder = write_pack(tmp_path, "org")
    (folder / "lexicons").mkdir()
    os.mkfifo(folder / "lexicons" / "pipe.yaml")  # opening it would block start-up forever
    (folder / "lexicons" / "huge.yaml").write_text("fr: [" + "mot, " * 60_000 + "mot]\n")
    problems = validate_pack(folder)
    assert any("pipe.yaml: not a regular file" in p for p in problems)
    assert any("huge.yaml" in p and "at most 262,144" in p for p in problems)

    monkeypatch.setattr(files_module, "MAX_PACK_BYTES", 500)
    [problem] = validate_pack(write_pack(tmp_path / "big", "org"))
    assert "rules.yaml: the pack's files exceed 500 bytes in all" in problem


def test_a_pack_that_cannot_load_is_listed_with_its_problems(tmp_path):
    write_pack(tmp_path, "good-org")
    write_pack(tmp_path, "bad-org", _with_terms(r"['/(?=x)/']"))
    listing = PolicyCatalog.load([tmp_path]).listing()
    assert "good-org" in [p["id"] for p in listing["policies"]]
    [failed] = listing["errors"]
    assert failed["folder"] == str(tmp_path / "bad-org")
    assert "no look-around" in failed["problems"][0]
