"""What a compliance officer runs on their own pack: `policies --test PATH`, `policies
--validate PATH` (which also runs the examples) and `check --explain`."""

from __future__ import annotations

import re
import shutil

from companion.policy.catalog import BUILTIN_DIR
from tests.policy.test_catalog import MINIMAL_RULE, write_pack

#: a rule built from the shared parts: a shared detector and a shared lexicon
SHARED_PARTS_RULE = MINIMAL_RULE.replace(
    'detect: {terms: ["abracadabra"]}',
    'detect: {near: {parts: {client: {ref: client-any}, file: {terms: ["@file_words"]}}}}',
).replace("Le mot est abracadabra.", "Le dossier de ma cliente avance.").replace(
    "The word is abracadabra.", "My client's file is moving along.")


def test_test_passes_a_pack_whose_examples_hold(run, tmp_path):
    code, out, _ = run("policies", "--test", str(write_pack(tmp_path, "org")))
    assert code == 0
    assert "4 of 4 examples pass" in out


def test_test_resolves_the_built_in_shared_detectors_and_lexicons(run, tmp_path):
    code, out, _ = run("policies", "--test", str(write_pack(tmp_path, "org", SHARED_PARTS_RULE)))
    assert code == 0, out
    assert "4 of 4 examples pass" in out


def test_test_runs_a_copy_of_a_built_in_pack(run, tmp_path):
    shutil.copytree(BUILTIN_DIR / "shelter", tmp_path / "shelter")
    code, out, _ = run("policies", "--test", str(tmp_path / "shelter"))
    assert code == 2 and "overrides: true" in out  # a copy keeping the built-in id must say so
    pack_yaml = tmp_path / "shelter" / "pack.yaml"
    pack_yaml.write_text(pack_yaml.read_text(encoding="utf-8") + "overrides: true\n",
                         encoding="utf-8")
    code, out, _ = run("policies", "--test", str(tmp_path / "shelter"))
    assert code == 0, out
    assert "examples pass" in out and "fail" not in out


def test_test_prints_each_failing_example_with_its_rule_id(run, tmp_path):
    rules = MINIMAL_RULE.replace('fr: ["Le mot est abracadabra."]',
                                 'fr: ["Le mot est abracadabra.", "Le mot est sésame."]')
    rules = rules.replace('no_match: {fr: ["Rien ici."]', 'no_match: {fr: ["Abracadabra!"]')
    code, out, _ = run("policies", "--test", str(write_pack(tmp_path, "org", rules)))
    assert code == 1
    assert "secret-word: should fire but did not on this fr example" in out
    assert "Le mot est sésame." in out
    assert "secret-word: fired but should not on this fr example" in out
    assert "Abracadabra!" in out
    assert "3 of 5 examples pass, 2 fail." in out


def test_test_exits_2_on_an_invalid_pack(run, tmp_path):
    folder = write_pack(tmp_path, "org", MINIMAL_RULE.replace("severity: block",
                                                              "severity: fatal"))
    code, out, _ = run("policies", "--test", str(folder))
    assert code == 2
    assert "rule 'secret-word': severity" in out


def test_test_refuses_a_folder_that_is_not_a_pack(run, tmp_path):
    code, out, _ = run("policies", "--test", str(tmp_path))
    assert code == 2
    assert "not inside a policy pack" in out


def test_validate_also_runs_the_examples(run, tmp_path):
    rules = MINIMAL_RULE.replace("Le mot est abracadabra.", "Le mot est sésame.")
    code, out, _ = run("policies", "--validate", str(write_pack(tmp_path, "org", rules)))
    assert code == 1
    assert "valid; running its examples" in out
    assert "secret-word: should fire but did not" in out


def test_validate_notes_the_deprecated_positional_near_and_still_runs_it(run, tmp_path):
    rules = SHARED_PARTS_RULE.replace(
        'near: {parts: {client: {ref: client-any}, file: {terms: ["@file_words"]}}}',
        'near: {of: [{ref: client-any}, {terms: ["@file_words"]}], focus: 0}')
    code, out, _ = run("policies", "--validate", str(write_pack(tmp_path, "org", rules)))
    assert code == 0, out
    [note] = [line for line in out.splitlines() if line.startswith("note:")]
    assert "rule 'secret-word'" in note and "deprecated" in note and "point_at" in note
    assert "4 of 4 examples pass" in out


def test_validate_has_no_note_for_named_parts(run, tmp_path):
    code, out, _ = run("policies", "--validate",
                       str(write_pack(tmp_path, "org", SHARED_PARTS_RULE)))
    assert code == 0 and "note:" not in out


def test_validate_of_the_shared_parts_checks_them(run):
    code, out, _ = run("policies", "--validate", str(BUILTIN_DIR / "shared"))
    assert code == 0
    assert "valid." in out


def test_explain_names_the_rule_its_source_and_the_words(run):
    code, out, _ = run("check", "--explain", "--policy", "barreau-qc", "-",
                       stdin="Laissez-nous un avis 5 étoiles sur Google!")
    assert code == 1
    explained = out.split("that fired or nearly did:")[1]
    assert "fired  testimonial-request (TESTIMONIAL_SOLICITATION)" in explained
    assert "Recommandation 6" in explained
    assert "« un avis »" in explained


def test_explain_without_a_policy_says_there_is_no_rule(run):
    code, out, _ = run("check", "--explain", "-", stdin="Appelez Marie Tremblay.")
    assert code == 1
    assert "No policy pack chosen" in out


def test_the_readme_worked_example_is_a_pack_that_passes(run, tmp_path):
    """The compliance officer's rule in policies/README.md, copied as written, passes --test."""
    readme = (BUILTIN_DIR / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", readme, re.DOTALL)
    pack_yaml = next(b for b in blocks if b.startswith("id: coop-aide"))
    rules_yaml = next(b for b in blocks if "id: board-decisions" in b)
    folder = tmp_path / "coop-aide"
    folder.mkdir()
    (folder / "pack.yaml").write_text(pack_yaml, encoding="utf-8")
    (folder / "rules.yaml").write_text(rules_yaml, encoding="utf-8")
    code, out, _ = run("policies", "--validate", str(folder))
    assert code == 0, out
    assert "note:" not in out and "coop-aide: 4 of 4 examples pass." in out
