"""Compiled packs: the shared personal-data base and the organization packs with their rules."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from companion.nlp.casing_ner import KEPT_LABELS
from companion.policy.classifier import shipped_classifier
from companion.policy.conditions import (
    AnyOf,
    Classifier,
    Condition,
    Count,
    Except,
    Near,
    Ner,
    Pii,
    Scope,
    Terms,
    cached_find,
)
from companion.policy.model import EntityPolicy, PolicyContext, PolicyHit
from companion.policy.negation import Negation
from companion.policy.placement import place
from companion.policy.schema import ConditionSpec, EntityOverride, RuleSpec, Window
from companion.policy.terms import TermError, compile_terms
from companion.policy.textview import TextView

#: What a `ner:` condition may name: the entity labels of the French and English models.
NER_LABELS = frozenset().union(*KEPT_LABELS.values())


class CompileError(ValueError):
    """A rule refers to something that does not exist or cannot be compiled."""


@dataclass
class Registry:
    """What rules may refer to: lexicons (@name in terms), detectors (ref: name), negation cues.
    Those read from the built-in packs are named in `builtin_*` (their regexes run on `re`,
    the others' on RE2: see regex.py)."""

    lexicons: dict[str, dict[str, list[str]]]
    detectors: dict[str, ConditionSpec]
    negation: Negation
    builtin_lexicons: frozenset[str] = frozenset()
    builtin_detectors: frozenset[str] = frozenset()
    #: a short name for the leaves and named detectors, by condition id (for `check --explain`)
    labels: dict[int, str] = field(default_factory=dict)
    _compiled: dict[str, Condition] = field(default_factory=dict)
    _compiling: list[str] = field(default_factory=list)

    def extended(self, lexicons: Mapping[str, dict[str, list[str]]],
                 detectors: Mapping[str, ConditionSpec], *, builtin: bool) -> Registry:
        """A registry where a pack's own lexicons and detectors add to (or replace) the shared
        ones; `builtin` says whether the pack is a built-in one."""
        if not lexicons and not detectors:
            return self
        if builtin:
            own_lexicons = self.builtin_lexicons | set(lexicons)
            own_detectors = self.builtin_detectors | set(detectors)
        else:
            own_lexicons = self.builtin_lexicons - set(lexicons)
            own_detectors = self.builtin_detectors - set(detectors)
        return Registry({**self.lexicons, **lexicons}, {**self.detectors, **detectors},
                        self.negation, own_lexicons, own_detectors, self.labels)

    def detector(self, name: str) -> Condition:
        if name in self._compiled:
            return self._compiled[name]
        if name not in self.detectors:
            known = ", ".join(sorted(self.detectors)) or "none"
            raise CompileError(f"unknown detector {name!r} in `ref:`; known detectors: {known}")
        if name in self._compiling:
            raise CompileError(f"detector {name!r} refers to itself "
                               f"({' → '.join([*self._compiling, name])}); remove the loop")
        self._compiling.append(name)
        try:
            self._compiled[name] = compile_condition(self.detectors[name], self,
                                                     name in self.builtin_detectors)
            self.labels[id(self._compiled[name])] = f"detector {name}"
        finally:
            self._compiling.pop()
        return self._compiled[name]


def compile_condition(spec: ConditionSpec, registry: Registry, builtin: bool) -> Condition:
    """`builtin`: the spec comes from a built-in pack (see Registry)."""
    condition = _compile_kind(spec, registry, builtin)
    if spec.kind in ("terms", "pii", "ner", "classifier"):
        registry.labels[id(condition)] = _label(spec)
    if spec.except_:
        return Except(condition, tuple(compile_condition(c, registry, builtin)
                                       for c in spec.except_))
    return condition


def _compile_kind(spec: ConditionSpec, registry: Registry, builtin: bool) -> Condition:
    kind = spec.kind
    if kind == "terms":
        terms = spec.terms.model_dump() if hasattr(spec.terms, "model_dump") else spec.terms
        try:
            termset = compile_terms(terms, registry.lexicons, builtin=builtin,
                                    builtin_lexicons=registry.builtin_lexicons)
        except TermError as exc:
            raise CompileError(str(exc)) from exc
        return Terms(termset, None if spec.negation is False else registry.negation)
    if kind == "pii":
        return Pii(frozenset(spec.pii))
    if kind == "ner":
        unknown = sorted(set(spec.ner) - NER_LABELS)
        if unknown:
            raise CompileError(f"unknown entity label {', '.join(unknown)}; the models' labels "
                               f"are {', '.join(sorted(NER_LABELS))}")
        return Ner(frozenset(spec.ner))
    if kind == "any":
        return AnyOf(tuple(compile_condition(c, registry, builtin) for c in spec.any_))
    if kind == "count":
        return Count(tuple(compile_condition(c, registry, builtin) for c in spec.count.of),
                     spec.count.min)
    if kind == "classifier":
        return Classifier(spec.classifier.category, spec.classifier.threshold)
    if kind == "ref":
        return registry.detector(spec.ref)
    near = spec.near
    return Near(
        members=tuple(compile_condition(c, registry, builtin) for c in near.members),
        scope=_scope(near.within),
        focus=near.pointed,
        names=near.names,
        unless=tuple(compile_condition(c, registry, builtin) for c in near.unless),
        unless_scope=_scope(near.unless_within) if near.unless_within else None,
    )


def _label(spec: ConditionSpec) -> str:
    """How `check --explain` names a leaf condition: its kind and first few entries."""
    if spec.kind == "terms":
        raw = spec.terms if isinstance(spec.terms, list) else [
            *spec.terms.fr, *spec.terms.en, *spec.terms.any]
        shown = ", ".join(raw[:3]) + (f", … ({len(raw)} terms)" if len(raw) > 3 else "")
        return f"terms [{shown}]"
    if spec.kind == "classifier":
        return f"classifier {spec.classifier.category} ≥ {spec.classifier.threshold:g}"
    return f"{spec.kind} [{', '.join(getattr(spec, spec.kind))}]"


def _scope(within: str | Window) -> Scope:
    if isinstance(within, Window):
        if within.words:
            return Scope("words", within.words)
        return Scope("sentences", within.sentences or 1)
    return Scope(within)


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    severity: str
    message: dict[str, str]
    source: str
    quote: str
    score: float
    whole_post: bool
    yields_to: frozenset[str]
    fallback: bool
    exempt_from_veto: bool
    replacement: dict[str, str] | None
    detect: Condition
    unless: Condition | None
    spec: RuleSpec

    @classmethod
    def compile(cls, spec: RuleSpec, registry: Registry, builtin: bool) -> Rule:
        return cls(
            id=spec.id,
            category=spec.category,
            severity=spec.severity,
            message=spec.message.model_dump(),
            source=f"{spec.source.document}, {spec.source.passage}",
            quote=spec.source.quote,
            score=spec.score,
            whole_post=spec.span == "post",
            yields_to=frozenset(spec.yields_to),
            fallback=spec.fallback,
            exempt_from_veto=spec.exempt_from_veto,
            replacement=spec.replacement.model_dump() if spec.replacement else None,
            detect=compile_condition(spec.detect, registry, builtin),
            unless=compile_condition(spec.unless, registry, builtin) if spec.unless else None,
            spec=spec,
        )

    @cached_property
    def learned(self) -> bool:
        """Whether the rule reads the learned classifier (such rules can be switched off).
        Cached: the pack's veto asks it of every word-rule finding of every post."""
        return _uses_classifier(self.detect) or (
            self.unless is not None and _uses_classifier(self.unless))

    def hits(self, view: TextView) -> list[PolicyHit]:
        spans = cached_find(self.detect, view)
        if not spans or (self.unless is not None and cached_find(self.unless, view)):
            return []
        if self.whole_post:
            placed = [((0, len(view.text)), None)]
        else:
            placed = _merged_placed([place(view, span, self.replacement)
                                     for span in _merged(spans)])
        return [
            PolicyHit(rule_id=self.id, category=self.category, severity=self.severity,
                      start=start, end=end, message=self.message, source=self.source,
                      quote=self.quote, score=self.score, replacement=replacement)
            for (start, end), replacement in placed
        ]


def _uses_classifier(condition: Condition) -> bool:
    if isinstance(condition, Classifier):
        return True
    if isinstance(condition, Except):
        children: tuple[Condition, ...] = (condition.condition, *condition.exceptions)
    elif isinstance(condition, Near):
        children = (*condition.members, *condition.unless)
    else:
        children = getattr(condition, "members", ())
    return any(_uses_classifier(c) for c in children)


def _merged_placed(placed: list[tuple[tuple[int, int], dict[str, str] | None]]
                   ) -> list[tuple[tuple[int, int], dict[str, str] | None]]:
    """One finding per place: findings that overlap (two words of one sentence, both widened
    to it) become one. Those offering a replacement are merged apart from the others, so a
    place name keeps its one-click fix beside the sentence warning; merging two different
    replaceable spans drops the fix (it would not read right)."""
    out: list[tuple[tuple[int, int], dict[str, str] | None]] = []
    for group in ([p for p in placed if p[1] is not None], [p for p in placed if p[1] is None]):
        merged: list[tuple[tuple[int, int], dict[str, str] | None]] = []
        for (start, end), replacement in sorted(group, key=lambda p: p[0]):
            if merged and start < merged[-1][0][1]:
                (first, last), kept = merged[-1]
                same = (first, last) == (start, end)
                merged[-1] = ((first, max(end, last)), kept if same else None)
            else:
                merged.append(((start, end), replacement))
        out += merged
    return sorted(out, key=lambda p: p[0])


def _merged(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merges overlapping spans of the same rule (one warning per place)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


class BasePack:
    """The shared personal-data policy: severity, message and placeholder of each entity type."""

    def __init__(self, entities: Mapping[str, EntityPolicy]) -> None:
        self._entities = dict(entities)

    def entity(self, entity_type: str) -> EntityPolicy:
        return self._entities[entity_type]


class PolicyPack:
    def __init__(self, *, id: str, name: dict[str, str], description: dict[str, str],
                 source: str, base: BasePack, entity_overrides: Mapping[str, EntityOverride],
                 rules: Sequence[Rule], labels: Mapping[int, str] | None = None,
                 learned_veto: float | None = None, overrides: bool = False,
                 notes: Sequence[str] = ()) -> None:
        self.id = id
        #: what the pack writes in a deprecated form, each with how to write it now
        self.notes = list(notes)
        #: an organization's pack that replaces the built-in pack of the same id
        self.overrides = overrides
        self.name = name
        self.description = description
        self.source = source
        self.rules = list(rules)
        self._base = base
        self._overrides = dict(entity_overrides)
        #: names of the rules' conditions by id (see Registry.labels)
        self.labels = dict(labels or {})
        #: word-rule findings of a category the classifier scores under this are dropped
        self.learned_veto = learned_veto

    def __repr__(self) -> str:
        return f"PolicyPack({self.id!r}, {len(self.rules)} rules)"

    def entity(self, entity_type: str) -> EntityPolicy:
        base = self._base.entity(entity_type)
        override = self._overrides.get(entity_type)
        if override is None:
            return base
        return EntityPolicy(
            severity=override.severity or base.severity,
            message=override.message.model_dump() if override.message else base.message,
            placeholder=(override.placeholder.model_dump() if override.placeholder
                         else base.placeholder),
        )

    def evaluate(self, ctx: PolicyContext) -> list[PolicyHit]:
        view = TextView(ctx)
        hits = []
        for rule in self.rules:
            ctx.checkpoint()
            hits += rule.hits(view)
        fired = {hit.category for hit in hits}
        yielding = {r.id for r in self.rules if r.yields_to & (fired - {r.category})}
        hits = [hit for hit in hits if hit.rule_id not in yielding]
        if self.learned_veto is not None:
            hits = [hit for hit in hits if not self.vetoed(hit.rule_id, view)]
        hits = self._without_needless_fallbacks(hits)
        return sorted(hits, key=lambda h: (h.start, h.end, h.rule_id))

    def vetoed(self, rule_id: str, view: TextView) -> bool:
        """Whether the pack's `learned_veto` silences this word rule on this post."""
        rule = next(r for r in self.rules if r.id == rule_id)
        if self.learned_veto is None or rule.learned or rule.exempt_from_veto:
            return False
        return shipped_classifier().scores(view).probabilities[rule.category] < self.learned_veto

    def _without_needless_fallbacks(self, hits: list[PolicyHit]) -> list[PolicyHit]:
        """A `fallback` rule stays silent when another rule of its category fired."""
        fallbacks = {r.id for r in self.rules if r.fallback}
        if not fallbacks:
            return hits
        covered = {h.category for h in hits if h.rule_id not in fallbacks}
        return [h for h in hits if h.rule_id not in fallbacks or h.category not in covered]
