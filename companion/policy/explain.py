"""Why a rule fired, or nearly did (`garde-fou check --explain`).

For a rule that fired: the words, personal data, entities and model scores that made it fire,
each with the condition that found it (its detector's name when it has one). For a rule that
did not fire although part of its evidence is in the post: why not — a partner missing or too
far away, a veto (`unless`, `except`), a negated word, a yield to another category, a model
score under its threshold.
"""

from __future__ import annotations

from dataclasses import dataclass

from companion.policy.conditions import (
    AnyOf,
    Condition,
    Count,
    Except,
    Near,
    Terms,
    _overlap,
    _Sorted,
    cached_find,
    cover,
)
from companion.policy.model import PolicyContext
from companion.policy.pack import PolicyPack, Rule
from companion.policy.terms import Span
from companion.policy.textview import TextView

_SHOWN_CHARS = 60


@dataclass(frozen=True)
class Evidence:
    condition: str  # which condition found it: "detector threat-cue · terms [menace, …]"
    start: int
    end: int
    text: str
    score: float | None = None  # a model's score, for a classifier condition


@dataclass(frozen=True)
class RuleExplanation:
    rule_id: str
    category: str
    source: str
    fired: bool
    evidence: tuple[Evidence, ...] = ()  # what made it fire
    reason: str | None = None  # why it did not, when it nearly did


def explain(pack: PolicyPack, ctx: PolicyContext) -> list[RuleExplanation]:
    """The rules of `pack` that fired on the post, and those that nearly did."""
    view = TextView(ctx)
    fired = {hit.rule_id for hit in pack.evaluate(ctx)}
    explainer = _Explainer(view, pack)
    categories = {r.category for r in pack.rules if r.id in fired}
    out = []
    for rule in pack.rules:
        if rule.id in fired:
            out.append(RuleExplanation(rule.id, rule.category, rule.source, True,
                                       explainer.rule_evidence(rule)))
            continue
        reason = explainer.rule_reason(rule, categories)
        if reason is not None:
            out.append(RuleExplanation(rule.id, rule.category, rule.source, False,
                                       reason=reason))
    return out


class _Explainer:
    def __init__(self, view: TextView, pack: PolicyPack) -> None:
        self.view = view
        self.pack = pack
        self.labels = pack.labels

    # -- naming --------------------------------------------------------------------------------
    def name(self, condition: Condition) -> str:
        label = self.labels.get(id(condition))
        if label is not None:
            return label
        if isinstance(condition, Except):
            return self.name(condition.condition)
        if isinstance(condition, AnyOf):
            names = [self.name(m) for m in condition.members[:3]]
            more = ", …" if len(condition.members) > 3 else ""
            return f"any of ({'; '.join(names)}{more})"
        if isinstance(condition, Near):
            return " near ".join(self.part(condition, i) for i in range(len(condition.members)))
        if isinstance(condition, Count):
            return f"{condition.minimum} of ({'; '.join(self.name(m) for m in condition.members)})"
        return type(condition).__name__.lower()

    def part(self, near: Near, i: int) -> str:
        """A part of a `near`, by its name when it has one: "client (detector client-any)"."""
        if not near.names:
            return self.name(near.members[i])
        return f"{near.names[i]}: {self.name(near.members[i])}"

    def quote(self, span: Span) -> str:
        text = " ".join(self.view.text[span[0]:span[1]].split())
        return f"« {text[:_SHOWN_CHARS]}{'…' if len(text) > _SHOWN_CHARS else ''} »"

    # -- what made a rule fire -----------------------------------------------------------------
    def rule_evidence(self, rule: Rule) -> tuple[Evidence, ...]:
        found: dict[tuple[str, int, int], Evidence] = {}
        for span in cached_find(rule.detect, self.view):
            for item in self.evidence(rule.detect, span, ""):
                found.setdefault((item.condition, item.start, item.end), item)
        return tuple(sorted(found.values(), key=lambda e: (e.start, e.end, e.condition)))

    def evidence(self, condition: Condition, region: Span, within: str) -> list[Evidence]:
        label = self.labels.get(id(condition))
        if label is not None and label.startswith("detector "):
            within = f"{within}{label} · "
        if isinstance(condition, AnyOf):
            return [e for m in condition.members for e in self.evidence(m, region, within)]
        if isinstance(condition, Except):
            return self.evidence(condition.condition, region, within)
        if isinstance(condition, Count):
            return [e for m in condition.members for span in cached_find(m, self.view)
                    for e in self.evidence(m, span, within)]
        if isinstance(condition, Near):
            names = condition.names or ("",) * len(condition.members)
            return [e for picks in self._near_picks(condition, region)
                    for member, name, pick in zip(condition.members, names, picks, strict=True)
                    for e in self.evidence(member, pick, f"{within}{name}: " if name else within)]
        leaf = self.name(condition)
        leaf = within[:-3] if within.endswith(f"{leaf} · ") else within + leaf
        explained = getattr(condition, "explain", None)
        return [Evidence(leaf, start, end, self.view.text[start:end], score)
                for start, end, score in (
                    explained(self.view) if explained else
                    [(s, e, None) for s, e in cached_find(condition, self.view)])
                if _overlap((start, end), region) or start == end == region[0]]

    def _near_picks(self, near: Near, region: Span) -> list[list[Span]]:
        """The member spans behind each of `near`'s matches that overlap `region`
        (the same choice as Near.find)."""
        partners = [_Sorted(cached_find(m, self.view)) for m in near.members[1:]]
        vetoes = _Sorted(sorted({s for u in near.unless for s in cached_find(u, self.view)}))
        out = []
        for anchor in cached_find(near.members[0], self.view):
            if vetoes.spans and vetoes.nearest(self.view, near.unless_scope or near.scope,
                                               anchor):
                continue
            picks = [anchor]
            for spans in partners:
                pick = spans.nearest(self.view, near.scope, anchor)
                if pick is None:
                    break
                picks.append(pick)
            else:
                hit = picks[near.focus] if near.focus is not None else cover(picks)
                if _overlap(hit, region):
                    out.append(picks)
        return out

    # -- why a rule did not fire ---------------------------------------------------------------
    def rule_reason(self, rule: Rule, fired_categories: set[str]) -> str | None:
        spans = cached_find(rule.detect, self.view)
        if spans:
            if rule.unless is not None:
                vetoes = cached_find(rule.unless, self.view)
                if vetoes:
                    return (f"its evidence {self.quote(spans[0])} is there, but the rule's "
                            f"`unless` ({self.name(rule.unless)}) found {self.quote(vetoes[0])}")
            if self.pack.vetoed(rule.id, self.view):
                return (f"its evidence {self.quote(spans[0])} is there, but the classifier's "
                        f"score for {rule.category} is under the pack's learned_veto "
                        f"{self.pack.learned_veto:g}")
            if rule.fallback and rule.category in fired_categories:
                return (f"its evidence {self.quote(spans[0])} is there, but it is a fallback "
                        f"and another rule of {rule.category} fired")
            yielded = sorted(rule.yields_to & (fired_categories - {rule.category}))
            if yielded:
                return (f"its evidence {self.quote(spans[0])} is there, but it yields to "
                        f"{', '.join(yielded)}, which fired")
            return None
        return self.why_not(rule.detect)

    def why_not(self, condition: Condition) -> str | None:
        """Why `condition` found nothing although part of it is in the post; None when
        nothing of it is there."""
        if isinstance(condition, Terms):
            raw = sorted(set(condition.terms.find(self.view)))
            if raw:
                return f"{self.quote(raw[0])} ({self.name(condition)}) is in a negated clause"
            return None
        if isinstance(condition, AnyOf):
            return next((r for m in condition.members if (r := self.why_not(m))), None)
        if isinstance(condition, Except):
            kept = cached_find(condition.condition, self.view)
            if kept:
                return (f"{self.quote(kept[0])} ({self.name(condition.condition)}) is excluded "
                        f"by an `except` ({'; '.join(self.name(x) for x in condition.exceptions)})")
            return self.why_not(condition.condition)
        if isinstance(condition, Count):
            found = [m for m in condition.members if cached_find(m, self.view)]
            if found:
                return (f"only {len(found)} of the {condition.minimum} cues it needs: "
                        + "; ".join(f"{self.name(m)} {self.quote(cached_find(m, self.view)[0])}"
                                    for m in found))
            return None
        if isinstance(condition, Near):
            return self._near_why_not(condition)
        explained = getattr(condition, "why_not", None)
        return explained(self.view) if explained else None

    def _near_why_not(self, near: Near) -> str | None:
        anchors = cached_find(near.members[0], self.view)
        if not anchors:
            return self.why_not(near.members[0])
        anchor = f"{self.quote(anchors[0])} ({self.part(near, 0)})"
        for i, member in enumerate(near.members[1:], 1):
            if not cached_find(member, self.view):
                deeper = self.why_not(member)
                return (f"found {anchor} but no {self.part(near, i)}"
                        + (f" ({deeper})" if deeper else ""))
        vetoes = sorted({s for u in near.unless for s in cached_find(u, self.view)})
        if vetoes:
            return (f"found {anchor} and its partners, but {self.quote(vetoes[0])} "
                    f"({'; '.join(self.name(u) for u in near.unless)}) vetoes it nearby")
        scope = {"sentence": "the same sentence", "sentences": f"{near.scope.size} sentences",
                 "words": f"{near.scope.size} words"}.get(near.scope.kind, "the post")
        return f"found {anchor} and its partners, but not within {scope} of each other"
