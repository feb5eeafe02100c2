"""A regression corpus of 678 posts written for the policy packs (tests/policy/data/
policy_corpus.jsonl), in the style of eval-dev but none of its posts: each post under its own
policy, categories compared as sets. Personal data is not labelled there (`entities: []`);
`scripts/eval --corpus tests/policy/data/policy_corpus.jsonl` prints the rule table.

Rules were tuned on these posts after a first blind pass (micro F1 0.74–0.90 per batch), so this
guards against regressions; it does not measure how the rules generalize."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "data" / "policy_corpus.jsonl"


@pytest.fixture(scope="module")
def outcomes(policy_hits_by_category):
    posts = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    return [(post, policy_hits_by_category(post["policy"], post["text"], post["lang"]))
            for post in posts]


def test_rule_categories_hold_on_the_regression_corpus(outcomes):
    tp = sum(len(set(p["rules"]) & found) for p, found in outcomes)
    fp = sum(len(found - set(p["rules"])) for p, found in outcomes)
    fn = sum(len(set(p["rules"]) - found) for p, found in outcomes)
    f1 = 2 * tp / (2 * tp + fp + fn)
    misses = [f"{p['id']}: expected {sorted(p['rules'])}, found {sorted(found)}"
              for p, found in outcomes if found != set(p["rules"])]
    assert f1 >= 0.95, f"micro F1 {f1:.3f}:\n" + "\n".join(misses)


def test_few_false_alarms_on_the_regression_corpus(outcomes):
    clean = [(p, found) for p, found in outcomes if not p["rules"]]
    alarms = [f"{p['id']}: {sorted(found)} on {p['text']}" for p, found in clean if found]
    assert len(alarms) <= 0.02 * len(clean), "\n".join(alarms)
