"""Every example of every rule of every pack: `match` posts must fire the rule, `no_match`
posts must not. Runs through the real pipeline when the recognizers are available."""

from __future__ import annotations

import pytest

from companion.policy import PolicyCatalog


def _cases() -> list:
    cases = []
    for pack in PolicyCatalog.load().packs():
        for rule in pack.rules:
            examples = rule.spec.examples
            for kind, by_lang in (("match", examples.match), ("no_match", examples.no_match)):
                for lang in ("fr", "en"):
                    for i, text in enumerate(getattr(by_lang, lang), 1):
                        cases.append(pytest.param(pack.id, rule.id, kind, lang, text,
                                                  id=f"{pack.id}/{rule.id}/{kind}-{lang}-{i}"))
    return cases


@pytest.mark.parametrize(("pack_id", "rule_id", "kind", "lang", "text"), _cases())
def test_rule_example(policy_hits, pack_id, rule_id, kind, lang, text):
    fired = policy_hits(pack_id, text, lang)
    if kind == "match":
        assert rule_id in fired, f"{pack_id}/{rule_id} should fire on: {text}\n(fired: {fired})"
    else:
        assert rule_id not in fired, f"{pack_id}/{rule_id} should not fire on: {text}"
