"""A pack's own examples as tests (`garde-fou policies --test PATH`, `--validate`): each rule's
`match` posts must fire it and its `no_match` posts must not, in both languages."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from companion.policy.pack import PolicyPack

#: (posts as (text, language)) → for each post, the ids of the rules that fired on it
FiredRules = Callable[[Sequence[tuple[str, str]]], Sequence[set[str]]]


@dataclass(frozen=True)
class Example:
    rule_id: str
    should_fire: bool
    language: str
    text: str


@dataclass(frozen=True)
class ExampleFailure:
    example: Example
    fired: tuple[str, ...]  # the rules that fired on the example

    def describe(self) -> str:
        ex = self.example
        verb = "should fire but did not" if ex.should_fire else "fired but should not"
        others = f" (fired: {', '.join(self.fired)})" if self.fired else ""
        return f"{ex.rule_id}: {verb} on this {ex.language} example{others}:\n    {ex.text}"


def pack_examples(pack: PolicyPack) -> list[Example]:
    return [Example(rule.id, should_fire, language, text)
            for rule in pack.rules
            for should_fire, by_lang in ((True, rule.spec.examples.match),
                                         (False, rule.spec.examples.no_match))
            for language in ("fr", "en")
            for text in getattr(by_lang, language)]


def run_examples(pack: PolicyPack, fired_rules: FiredRules) -> tuple[int, list[ExampleFailure]]:
    """Runs every example of `pack`: (how many ran, the ones that failed)."""
    examples = pack_examples(pack)
    fired = fired_rules([(ex.text, ex.language) for ex in examples])
    failures = [ExampleFailure(ex, tuple(sorted(ids)))
                for ex, ids in zip(examples, fired, strict=True)
                if (ex.rule_id in ids) != ex.should_fire]
    return len(examples), failures
