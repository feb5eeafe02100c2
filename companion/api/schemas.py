"""Request bodies, validated with pydantic. Errors name the offending field."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictStr, ValidationError

Name = Annotated[StrictStr, Field(max_length=200)]
NameList = Annotated[list[Name], Field(max_length=1000)]


class _Request(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class AnalyzeRequest(_Request):
    text: StrictStr
    policy: StrictStr | None = None
    lang: Literal["auto", "fr", "en"] = "auto"
    platform: Literal["facebook", "linkedin", "instagram", "other"] = "other"
    always_flag: NameList = []
    never_flag: NameList = []
    #: The compose box the text comes from and the request's number in it: an analysis still
    #: running for an older `seq` of the same box stops (see companion/api/boxes.py).
    box: Annotated[StrictStr, Field(min_length=1, max_length=200)] | None = None
    seq: Annotated[int, Field(ge=0, strict=True)] | None = None


class FindingSpan(_Request):
    """A finding as the client received it; only what redaction needs is read."""

    start: Annotated[int, Field(ge=0, strict=True)]
    end: Annotated[int, Field(ge=0, strict=True)]
    text: StrictStr | None = None
    replacement: StrictStr | None = None
    suggestion: dict[str, object] | None = None

    def chosen_replacement(self) -> str | None:
        if self.replacement is not None:
            return self.replacement
        value = (self.suggestion or {}).get("replacement")
        return value if isinstance(value, str) else None


class RedactRequest(AnalyzeRequest):
    findings: Annotated[list[StrictStr | FindingSpan], Field(max_length=10_000)]


def describe(error: ValidationError) -> str:
    """ "field 'lang': Input should be 'auto', 'fr' or 'en'" for the first problem."""
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "body"
    return f"field '{where}': {first['msg']}"
