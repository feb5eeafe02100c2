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


class NearSpec(Strict):
    of: list[ConditionSpec] = Field(min_length=2)
    within: Literal["sentence", "post"] | Window = "sentence"
    focus: int | None = Field(None, ge=0)
    unless: list[ConditionSpec] = []
    unless_within: Literal["sentence", "post"] | Window | None = None

    @model_validator(mode="after")
    def _focus_in_range(self) -> NearSpec:
        if self.focus is not None and self.focus >= len(self.of):
            raise ValueError(f"focus {self.focus} is not the index of a member of `of` "
                             f"(0 to {len(self.of) - 1})")
        return self


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
