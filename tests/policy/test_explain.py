"""`check --explain`: what made a rule fire, and why a rule that nearly fired did not."""

from __future__ import annotations

import pytest

from companion.policy import load_pack
from companion.policy.explain import explain
from tests.policy.test_catalog import MINIMAL_RULE, write_pack

NEAR_RULE = MINIMAL_RULE.replace(
    'detect: {terms: ["abracadabra"]}',
    'detect: {near: {parts: {word: {terms: ["abracadabra"]}, name: {pii: [PERSON]}}}}\n'
    '    unless: {terms: ["exercice"]}',
).replace("Le mot est abracadabra.", "Mme Tremblay dit abracadabra.").replace(
    "The word is abracadabra.", "Mrs. Tremblay says abracadabra.")


@pytest.fixture(scope="module")
def explained(pipeline, tmp_path_factory):
    pack = load_pack(write_pack(tmp_path_factory.mktemp("packs"), "org", NEAR_RULE))

    def run(text: str):
        [rule] = explain(pack, pipeline.policy_context(text, language="fr", policy=pack)) or [None]
        return rule

    return run


def test_a_fired_rule_lists_each_piece_of_evidence_with_its_part_name(explained):
    rule = explained("Mme Tremblay dit abracadabra.")
    assert rule.fired and rule.rule_id == "secret-word" and rule.source == "Test policy, s. 1"
    assert {(e.text, e.condition) for e in rule.evidence} == {
        ("abracadabra", "word: terms [abracadabra]"), ("Mme Tremblay", "name: pii [PERSON]")}


def test_a_missing_partner_is_why_a_rule_did_not_fire(explained):
    rule = explained("Il dit abracadabra.")
    assert not rule.fired
    assert rule.reason == ("found « abracadabra » (word: terms [abracadabra]) "
                           "but no name: pii [PERSON]")


def test_a_negated_word_is_why_a_rule_did_not_fire(explained):
    rule = explained("Mme Tremblay ne dit jamais abracadabra.")
    assert not rule.fired
    assert "« abracadabra » (terms [abracadabra]) is in a negated clause" in rule.reason


def test_an_unless_is_why_a_rule_did_not_fire(explained):
    rule = explained("Mme Tremblay dit abracadabra pendant l'exercice.")
    assert not rule.fired
    assert "`unless` (terms [exercice]) found « exercice »" in rule.reason


def test_a_rule_with_none_of_its_evidence_is_not_mentioned(explained):
    assert explained("Belle journée au parc avec Mme Tremblay.") is None
