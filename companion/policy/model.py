"""Values exchanged with the pipeline: what a rule reads (PolicyContext), reports (PolicyHit)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

SEVERITIES = ("info", "warning", "block")
LANGUAGES = ("fr", "en")

#: Policy rule categories of the contract (../shared/CONTRACT.md).
CATEGORIES = (
    "CLIENT_CONFIDENTIALITY",
    "LOCATION_DISCLOSURE",
    "DISPARAGEMENT",
    "MISLEADING_ADVERTISING",
    "PERSONALIZED_LEGAL_ADVICE",
    "TESTIMONIAL_SOLICITATION",
    "SURVIVOR_IDENTIFICATION",
    "PRIVATE_EVENT_DISCLOSURE",
    "CHILD_PROTECTION_IDENTIFICATION",
    "CONSENT_REQUIRED",
    "HARASSMENT",
    "CONFIDENTIAL_INFORMATION",
)

#: Personal-data entity types of the contract.
ENTITY_TYPES = (
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CA_SIN",
    "CA_QC_HEALTH_NUMBER",
    "CA_POSTAL_CODE",
    "STREET_ADDRESS",
    "DATE_OF_BIRTH",
    "QC_COURT_FILE_NUMBER",
    "CREDIT_CARD",
)


@dataclass(frozen=True)
class EntityPolicy:
    severity: str
    message: dict[str, str]
    placeholder: dict[str, str]


@dataclass(frozen=True)
class PiiSpan:
    type: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class PolicyContext:
    text: str
    language: str  # "fr" | "en"
    doc: Any  # spacy.tokens.Doc of `text` (sentences from a sentencizer)
    pii: Sequence[PiiSpan] = ()
    #: the paragraphs `doc` was joined from (companion.nlp.joined.Segment), when it was
    segments: Sequence[Any] = ()
    #: called between rules; raises to stop the evaluation (companion.budget.Budget.check)
    checkpoint: Callable[[], None] = lambda: None


@dataclass(frozen=True)
class PolicyHit:
    rule_id: str
    category: str
    severity: str
    start: int
    end: int
    message: dict[str, str]
    source: str
    quote: str
    score: float
    replacement: dict[str, str] | None = None
