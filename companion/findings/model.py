"""The finding: one thing in a post the user should know about."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["pii", "policy"]
Severity = Literal["info", "warning", "block"]
SEVERITY_ORDER: dict[str, int] = {"info": 1, "warning": 2, "block": 3}
Localized = dict[str, str]  # {"fr": …, "en": …}
#: Recognizer results below this confidence are not shown to the user.
MIN_SCORE = 0.4


@dataclass(frozen=True)
class RuleRef:
    policy: str
    id: str
    source: str
    quote: str


@dataclass(frozen=True)
class Suggestion:
    replacement: str
    label: Localized


@dataclass(frozen=True)
class Finding:
    kind: Kind
    type: str
    start: int
    end: int
    text: str
    severity: Severity
    score: float
    message: Localized
    rule: RuleRef | None = None
    suggestion: Suggestion | None = None

    def to_json(self, finding_id: str, ui_language: str) -> dict[str, object]:
        body: dict[str, object] = {
            "id": finding_id,
            "kind": self.kind,
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "severity": self.severity,
            "score": round(self.score, 2),
            "message": self.message.get(ui_language) or self.message["en"],
        }
        if self.rule is not None:
            body["rule"] = {
                "policy": self.rule.policy,
                "id": self.rule.id,
                "source": self.rule.source,
                "quote": self.rule.quote,
            }
        if self.suggestion is not None:
            body["suggestion"] = {
                "replacement": self.suggestion.replacement,
                "label": self.suggestion.label.get(ui_language) or self.suggestion.label["en"],
            }
        return body
