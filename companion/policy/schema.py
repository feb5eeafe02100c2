"""The shape of the YAML files under policies/, checked with pydantic when a pack loads.

Files of a pack folder `<id>/`: pack.yaml (PackFile), rules.yaml and/or rules/*.yaml (a list of
RuleSpec, or {rules: [...]}), optionally lexicons/*.yaml (LexiconFile) and detectors/*.yaml
(DetectorsFile). The shared base is base/pack.yaml (BaseFile); shared lexicons and detectors
live in shared/.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from companion.policy.model import CATEGORIES, ENTITY_TYPES, SEVERITIES

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=64)]
Severity = Literal[SEVERITIES]  # type: ignore[valid-type]
Category = Literal[CATEGORIES]  # type: ignore[valid-type]
EntityType = Literal[ENTITY_TYPES]  # type: ignore[valid-type]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)


class Localized(Strict):
    fr: Text
    en: Text


class LangTerms(Strict):
    fr: list[Text] = []
    en: list[Text] = []
    any: list[Text] = []


class Window(Strict):
    words: int | None = Field(None, ge=1, le=200)
    sentences: int | None = Field(None, ge=1, le=20)

    @model_validator(mode="after")
    def _one(self) -> Window:
        if (self.words is None) == (self.sentences is None):
            raise ValueError("write either {words: N} or {sentences: N}")
        return self


PartName = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_-]*$", max_length=40)]


class NearSpec(Strict):
    """Pieces of evidence near each other. `parts` names them (the first is the anchor: the
    others are looked for around each of its matches) and `point_at` names the part the finding
    points at (default: the stretch from the first found part to the last). The positional form
    `of: [...]` with `focus: <index>` is still read, but deprecated."""

    parts: dict[PartName, ConditionSpec] | None = None
    point_at: PartName | None = None
    of: list[ConditionSpec] | None = None
    focus: int | None = Field(None, ge=0)
    within: Literal["sentence", "post"] | Window = "sentence"
    unless: list[ConditionSpec] = []
    unless_within: Literal["sentence", "post"] | Window | None = None

    @model_validator(mode="after")
    def _parts_and_focus(self) -> NearSpec:
        if (self.parts is None) == (self.of is None):
            raise ValueError("write the pieces of evidence as `parts:` (each with a name), "
                             "e.g. near: {parts: {client: {ref: client-any}, detail: "
                             "{pii: [PERSON]}}, point_at: client}")
        if self.parts is not None:
            if len(self.parts) < 2:
                raise ValueError("`parts` needs at least two named pieces of evidence")
            if self.focus is not None:
                raise ValueError("`focus` goes with the old `of:` list; with `parts:` write "
                                 "`point_at: <part name>`")
            if self.point_at is not None and self.point_at not in self.parts:
                raise ValueError(f"point_at {self.point_at!r} is not one of the parts "
                                 f"({', '.join(self.parts)})")
            return self
        if len(self.of) < 2:
            raise ValueError("`of` needs at least two conditions")
        if self.point_at is not None:
            raise ValueError("`point_at` names one of `parts:`; with the old `of:` list, "
                             "name the parts instead (see policies/README.md)")
        if self.focus is not None and self.focus >= len(self.of):
            raise ValueError(f"focus {self.focus} is not the index of a member of `of` "
                             f"(0 to {len(self.of) - 1})")
        return self

    @property
    def members(self) -> list[ConditionSpec]:
        """The pieces of evidence in order, the anchor first."""
        return list(self.parts.values()) if self.parts is not None else list(self.of)

    @property
    def names(self) -> tuple[str, ...]:
        """The parts' names (none for the old `of:` list)."""
        return tuple(self.parts) if self.parts is not None else ()

    @property
    def pointed(self) -> int | None:
        """The index of the member a finding points at; None: the whole stretch."""
        if self.parts is not None:
            return self.names.index(self.point_at) if self.point_at is not None else None
        return self.focus


class CountSpec(Strict):
    of: list[ConditionSpec] = Field(min_length=2)
    min: int = Field(ge=1)

    @model_validator(mode="after")
    def _reachable(self) -> CountSpec:
        if self.min > len(self.of):
            raise ValueError(f"min {self.min} is more than the {len(self.of)} members of `of`")
        return self


class ClassifierSpec(Strict):
    category: Category
    threshold: float = Field(0.5, gt=0, lt=1)


CONDITION_KINDS = ("terms", "pii", "ner", "near", "any", "count", "classifier", "ref")


class ConditionSpec(Strict):
    terms: list[Text] | LangTerms | None = None
    negation: bool | None = None
    pii: list[EntityType] | None = Field(None, min_length=1)
    ner: list[Text] | None = Field(None, min_length=1)
    near: NearSpec | None = None
    any_: list[ConditionSpec] | None = Field(None, alias="any", min_length=1)
    count: CountSpec | None = None
    classifier: ClassifierSpec | None = None
    ref: Text | None = None
    except_: list[ConditionSpec] = Field([], alias="except")

    @model_validator(mode="after")
    def _exactly_one_kind(self) -> ConditionSpec:
        kinds = [k for k in CONDITION_KINDS if getattr(self, "any_" if k == "any" else k)
                 is not None]
        if len(kinds) != 1:
            raise ValueError(
                f"a condition needs exactly one of {', '.join(CONDITION_KINDS)} "
                f"(found {', '.join(kinds) or 'none'}); split it into an `any:` or `near:` list")
        if self.negation is not None and kinds != ["terms"]:
            raise ValueError("`negation` only applies to a `terms` condition; move it there")
        return self

    @property
    def kind(self) -> str:
        return next(k for k in CONDITION_KINDS
                    if getattr(self, "any_" if k == "any" else k) is not None)


POSITIONAL_NEAR = ("`near:` with a positional `of:` list (and `focus:`) is deprecated; name the "
                   "parts instead: near: {parts: {client: {...}, detail: {...}}, point_at: "
                   "client} (see policies/README.md, Conditions)")


def deprecated_forms(spec: ConditionSpec) -> list[str]:
    """What `spec` writes in a deprecated form (each said once), with how to write it now."""
    notes: set[str] = set()
    pending = [spec]
    while pending:
        condition = pending.pop()
        pending += condition.except_
        if condition.any_:
            pending += condition.any_
        if condition.count:
            pending += condition.count.of
        if condition.near:
            pending += [*condition.near.members, *condition.near.unless]
            if condition.near.of is not None:
                notes.add(POSITIONAL_NEAR)
    return sorted(notes)


class SourceSpec(Strict):
    document: Text
    passage: Text
    quote: Text


class LangExamples(Strict):
    fr: list[Text] = Field(min_length=1)
    en: list[Text] = Field(min_length=1)


class Examples(Strict):
    match: LangExamples
    no_match: LangExamples


class RuleSpec(Strict):
    id: Slug
    category: Category
    severity: Severity
    message: Localized
    source: SourceSpec
    detect: ConditionSpec
    unless: ConditionSpec | None = None
    span: Literal["match", "post"] = "match"
    yields_to: list[Category] = []
    fallback: bool = False
    #: the pack's `learned_veto` never silences this rule: its evidence is structured personal
    #: data (a court file number beside "my client", a health number in a care setting) that
    #: the classifier's words do not weigh
    exempt_from_veto: bool = False
    score: float = Field(0.8, gt=0, le=1)
    replacement: Localized | None = None
    examples: Examples


class EntitySpec(Strict):
    severity: Severity
    message: Localized
    placeholder: Localized


class EntityOverride(Strict):
    severity: Severity | None = None
    message: Localized | None = None
    placeholder: Localized | None = None


class BaseFile(Strict):
    id: Literal["base"]
    entities: dict[EntityType, EntitySpec]

    @model_validator(mode="after")
    def _all_entities(self) -> BaseFile:
        missing = [t for t in ENTITY_TYPES if t not in self.entities]
        if missing:
            raise ValueError(f"entities {', '.join(missing)} are missing; the base lists all ten")
        return self


class PackFile(Strict):
    id: Slug
    name: Localized
    description: Localized
    source: Text
    extends: Literal["base"] = "base"
    #: An organization's pack may take a built-in pack's id (and replace it) only if it says so.
    overrides: bool = False
    entities: dict[EntityType, EntityOverride] = {}
    #: a word rule's finding is dropped when the classifier's score for its category is under
    #: this (the model as a second opinion against words out of context); none: never
    learned_veto: float | None = Field(None, gt=0, lt=1)


class LexiconFile(Strict):
    description: Text | None = None
    fr: list[Text] = []
    en: list[Text] = []
    any: list[Text] = []


class DetectorsFile(Strict):
    detectors: dict[Slug, ConditionSpec] = Field(min_length=1)


class NegationFile(Strict):
    window: int = Field(5, ge=1, le=20)
    cues: LangTerms
    clause_words: LangTerms = LangTerms()
