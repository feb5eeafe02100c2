"""Pack validation: `garde-fou policies --validate` and load errors name the file, the rule and
the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.policy import validate_pack
from companion.policy.catalog import BUILTIN_DIR
from tests.policy.test_catalog import MINIMAL_RULE, write_pack


@pytest.mark.parametrize("pack_id", ["barreau-qc", "cisss-gaspesie", "law-firm",
                                     "rseq-monteregie", "shelter", "base"])
def test_built_in_packs_are_valid(pack_id):
    assert validate_pack(BUILTIN_DIR / pack_id) == []


def test_shared_files_validate_the_shared_part():
    assert validate_pack(BUILTIN_DIR / "shared" / "lexicons" / "insults_strong.yaml") == []
    assert validate_pack(BUILTIN_DIR / "shared") == []


def test_a_file_inside_a_pack_validates_its_pack():
    assert validate_pack(BUILTIN_DIR / "shelter" / "rules" / "survivors.yaml") == []
    assert validate_pack(BUILTIN_DIR / "barreau-qc" / "pack.yaml") == []


def test_a_path_outside_any_pack_is_an_error(tmp_path):
    (tmp_path / "notes.yaml").write_text("a: 1\n")
    [error] = validate_pack(tmp_path / "notes.yaml")
    assert "not inside a policy pack" in error
    [error] = validate_pack(tmp_path / "missing")
    assert "no such file" in error


def broken(tmp_path: Path, old: str, new: str) -> list[str]:
    assert old in MINIMAL_RULE
    return validate_pack(write_pack(tmp_path, "org", MINIMAL_RULE.replace(old, new)))


def test_a_missing_field_names_file_rule_and_fix(tmp_path):
    [error] = broken(tmp_path, "    severity: block\n", "")
    assert "org/rules.yaml" in error
    assert "rule 'secret-word'" in error
    assert "severity" in error and "fix: add this field" in error


def test_a_wrong_value_lists_the_allowed_ones(tmp_path):
    [error] = broken(tmp_path, "severity: block", "severity: fatal")
    assert "severity" in error and "'info', 'warning' or 'block'" in error


def test_an_unknown_category_is_reported(tmp_path):
    [error] = broken(tmp_path, "CONFIDENTIAL_INFORMATION", "SECRETS")
    assert "category" in error and "CLIENT_CONFIDENTIALITY" in error


def test_a_misspelled_field_is_reported(tmp_path):
    errors = broken(tmp_path, "    detect:", "    detetc:")
    assert any("detetc" in e and "remove this field or fix its spelling" in e for e in errors)
    assert any("detect" in e and "add this field" in e for e in errors)


def test_an_unknown_lexicon_says_which_exist(tmp_path):
    [error] = broken(tmp_path, '["abracadabra"]', '["@no_such_list"]')
    assert "rule 'secret-word'" in error
    assert "unknown lexicon @no_such_list" in error and "client_nouns" in error


def test_an_unknown_detector_is_reported(tmp_path):
    [error] = broken(tmp_path, '{terms: ["abracadabra"]}', "{ref: no-such-detector}")
    assert "unknown detector 'no-such-detector'" in error and "disparagement" in error


def test_an_entity_label_the_models_do_not_give_is_reported(tmp_path):
    [error] = broken(tmp_path, '{terms: ["abracadabra"]}', "{ner: [GPE, DATE]}")
    assert "unknown entity label DATE" in error and "GPE" in error and "PERSON" in error


def test_an_invalid_regex_is_reported(tmp_path):
    [error] = broken(tmp_path, '["abracadabra"]', '["/(unclosed/"]')
    assert "regular expression" in error and "rule 'secret-word'" in error


def test_a_condition_must_have_exactly_one_kind(tmp_path):
    [error] = broken(tmp_path, '{terms: ["abracadabra"]}',
                     '{terms: ["abracadabra"], pii: [PERSON]}')
    assert "exactly one of" in error and "found terms, pii" in error


def test_missing_examples_in_one_language_are_reported(tmp_path):
    errors = broken(tmp_path, 'en: ["The word is abracadabra."]', "en: []")
    assert any("examples.match.en" in e and "at least one" in e for e in errors)


def test_invalid_yaml_gives_the_line(tmp_path):
    [error] = broken(tmp_path, "    category: CONFIDENTIAL_INFORMATION\n",
                     "    category: [CONFIDENTIAL_INFORMATION\n")
    assert "not valid YAML" in error and "line" in error


def test_duplicate_rule_ids_are_reported(tmp_path):
    rules = MINIMAL_RULE + MINIMAL_RULE.split("rules:\n", 1)[1]
    [error] = validate_pack(write_pack(tmp_path, "org", rules))
    assert "id already used" in error


def test_the_folder_name_must_match_the_id(tmp_path):
    folder = write_pack(tmp_path, "org")
    folder.rename(tmp_path / "other-name")
    [error] = validate_pack(tmp_path / "other-name")
    assert "differs from the folder name" in error


NEAR = '{near: {parts: {word: {terms: ["abracadabra"]}, name: {pii: [PERSON]}}, %s}}'


def test_point_at_must_name_a_part(tmp_path):
    [error] = broken(tmp_path, '{terms: ["abracadabra"]}', NEAR % "point_at: person")
    assert "point_at 'person' is not one of the parts (word, name)" in error
    assert "rule 'secret-word'" in error


def test_parts_need_two_pieces_of_evidence(tmp_path):
    [error] = broken(tmp_path, '{terms: ["abracadabra"]}',
                     '{near: {parts: {word: {terms: ["abracadabra"]}}}}')
    assert "at least two named pieces of evidence" in error


def test_focus_belongs_to_the_old_form(tmp_path):
    [error] = broken(tmp_path, '{terms: ["abracadabra"]}', NEAR % "focus: 1")
    assert "point_at: <part name>" in error


def test_a_near_without_parts_says_how_to_write_them(tmp_path):
    [error] = broken(tmp_path, '{terms: ["abracadabra"]}', "{near: {within: sentence}}")
    assert "parts:" in error and "point_at" in error
