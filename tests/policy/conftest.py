"""Fixtures for the policy tests: the catalog, and `policy_hits(pack_id, text, lang)`.

Examples run through the real pipeline (PII from the real recognizers) when it can be built;
until the recognizers exist, a spaCy doc plus a few regular expressions stand in for them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from companion.policy import PiiSpan, PolicyCatalog, PolicyContext

PolicyHits = Callable[[str, str, str], set[str]]  # (pack id, text, lang) → ids or categories

_STAND_IN_PII = {
    "EMAIL_ADDRESS": r"\b[\w.+-]+@[\w-]+\.[\w.]+\b",
    "PHONE_NUMBER": r"(?:\+1[ .-]?)?\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b",
    "QC_COURT_FILE_NUMBER": r"\b\d{3}-\d{2}-\d{6}-\d{3}\b",
    "CA_SIN": r"\b\d{3} \d{3} \d{3}\b",
    "CA_QC_HEALTH_NUMBER": r"\b[A-Z]{4} ?\d{4} ?\d{4}\b",
    "CA_POSTAL_CODE": r"\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b",
    "STREET_ADDRESS": r"\b\d{1,5},? (?:rue|boulevard|boul\.|avenue|chemin|rang) [\w'-]+"
                      r"|\b\d{1,5} [A-Z]\w+ (?:Street|St\.|Avenue|Road|Boulevard)",
    "DATE_OF_BIRTH": r"(?:née?|born|DOB)(?: le| on)? ?:? ?"
                     r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}(?:er)? \w+ \d{4}|[A-Z]\w+ \d{1,2}, \d{4})",
    "PERSON": r"\b(?:Me|M\.|Mme|Dr|Dre|Mr\.|Mrs\.|Ms\.) [A-ZÉ][\w-]+(?: [A-ZÉ][\w-]+)?"
              r"|(?<=@)[A-Z][\w]+(?: [A-Z]\w+)?",
}


def _stand_in_pii(text: str, doc) -> list[PiiSpan]:
    spans = [PiiSpan(kind, m.start(), m.end(), m.group())
             for kind, pattern in _STAND_IN_PII.items() for m in re.finditer(pattern, text)]
    spans += [PiiSpan("PERSON", e.start_char, e.end_char, e.text)
              for e in doc.ents if e.label_ in ("PER", "PERSON")]
    return spans


def _recognizers_available() -> bool:
    try:
        from companion.recognizers import build_recognizers  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.fixture(scope="session")
def catalog() -> PolicyCatalog:
    return PolicyCatalog.load()


@pytest.fixture(scope="session")
def nlp():
    from companion.nlp.engine import MODELS, load_model

    return {lang: load_model(package) for lang, package in MODELS.items()}


@pytest.fixture(scope="session")
def context(nlp) -> Callable[[str, str], PolicyContext]:
    def build(text: str, lang: str) -> PolicyContext:
        doc = nlp[lang](text)
        return PolicyContext(text=text, language=lang, doc=doc, pii=_stand_in_pii(text, doc))

    return build


@pytest.fixture(scope="session")
def policy_hits(request, catalog, context) -> PolicyHits:
    """(pack id, text, lang) → ids of the rules that fired."""
    return _hits(request, catalog, context, lambda kind, rule_id: rule_id)


@pytest.fixture(scope="session")
def policy_hits_by_category(request, catalog, context) -> PolicyHits:
    """(pack id, text, lang) → categories of the rules that fired."""
    return _hits(request, catalog, context, lambda category, rule_id: category)


def _hits(request, catalog, context, pick: Callable[[str, str], str]) -> PolicyHits:
    if _recognizers_available():
        pipeline = request.getfixturevalue("pipeline")

        def through_pipeline(pack_id: str, text: str, lang: str) -> set[str]:
            result = pipeline.analyze(text, language=lang, policy=pack_id)
            return {pick(f.type, f.rule.id) for f in result.findings if f.kind == "policy"}

        return through_pipeline

    def stand_in(pack_id: str, text: str, lang: str) -> set[str]:
        return {pick(hit.category, hit.rule_id)
                for hit in catalog.get(pack_id).evaluate(context(text, lang))}

    return stand_in
