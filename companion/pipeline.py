"""The analysis pipeline: text → language → recognizers → findings → policy rules → suggestions.

One `Pipeline` is built at start-up (models load once) and shared by every request; a lock
serialises the spaCy step, which is not documented as thread-safe.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult

from companion.findings.model import Finding, RuleRef
from companion.findings.overlaps import resolve_overlaps
from companion.language.detect import SUPPORTED, detect_language
from companion.language.detect import warm_up as warm_up_language
from companion.names import NameLists
from companion.nlp.engine import LocalSpacyNlpEngine
from companion.policy import PiiSpan, PolicyCatalog, PolicyContext, PolicyPack
from companion.recognizers import build_recognizers
from companion.suggestions.replacements import person_suggestion, placeholder_suggestion
from companion.text.normalize import NormalizedText, normalize

#: Presidio results below this confidence are not shown to the user.
MIN_SCORE = 0.4
_WARM_UP_TEXTS = {
    "fr": "Ma cliente Marie Tremblay habite au 1234, rue Principale à Laval.",
    "en": "My client Mary Smith lives at 12 Main Street in Toronto.",
}


@dataclass(frozen=True)
class AnalysisResult:
    language: str
    findings: list[Finding]
    elapsed_ms: float

    def to_json(self, ui_language: str) -> dict[str, object]:
        return {
            "language": self.language,
            "findings": [f.to_json(f"f{i}", ui_language) for i, f in enumerate(self.findings, 1)],
            "elapsed_ms": round(self.elapsed_ms, 1),
        }


class Pipeline:
    def __init__(self, catalog: PolicyCatalog, names: NameLists | None = None) -> None:
        self.catalog = catalog
        self.names = names or NameLists()
        self._nlp_engine = LocalSpacyNlpEngine()
        self._nlp_engine.load()
        registry = RecognizerRegistry(supported_languages=list(SUPPORTED))
        for language in SUPPORTED:
            for recognizer in build_recognizers(language):
                registry.add_recognizer(recognizer)
        self._analyzer = AnalyzerEngine(
            registry=registry, nlp_engine=self._nlp_engine, supported_languages=list(SUPPORTED)
        )
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        """Runs one analysis per language so the first user request is not the slow one."""
        warm_up_language()
        for language, text in _WARM_UP_TEXTS.items():
            self.analyze(text, language=language)

    def analyze(
        self,
        text: str,
        *,
        language: str = "auto",
        policy: str | None = None,
        always_flag: Sequence[str] = (),
        never_flag: Sequence[str] = (),
    ) -> AnalysisResult:
        """Analyses `text`; findings' offsets are code-point indices into `text` as given.

        Raises KeyError for an unknown policy id.
        """
        started = time.perf_counter()
        pack = self.catalog.get(policy) if policy else None
        names = self.names.merged(always_flag, never_flag)
        normalized = normalize(text)
        lang = language if language in SUPPORTED else detect_language(normalized.text)

        with self._lock:
            artifacts = self._nlp_engine.process_text(normalized.text, lang)
            results = self._analyzer.analyze(
                normalized.text, language=lang, nlp_artifacts=artifacts, score_threshold=MIN_SCORE
            )
        results = [r for r in results
                   if not (r.entity_type == "PERSON"
                           and names.is_never_flagged(normalized.text[r.start:r.end]))]
        results += [RecognizerResult("PERSON", s, e, 1.0)
                    for s, e in names.always_flagged_spans(normalized.text)]
        pii = resolve_overlaps(results)

        findings = [self._pii_finding(r, normalized, text, lang, pack) for r in pii]
        if pack is not None:
            context = PolicyContext(
                text=normalized.text,
                language=lang,
                doc=artifacts.tokens,
                pii=[PiiSpan(r.entity_type, r.start, r.end, normalized.text[r.start:r.end])
                     for r in pii],
            )
            findings += [self._policy_finding(hit, pack, normalized, text, lang)
                         for hit in pack.evaluate(context)]
        findings.sort(key=lambda f: (f.start, f.end, f.kind))
        return AnalysisResult(lang, findings, (time.perf_counter() - started) * 1000)

    def _pii_finding(self, result: RecognizerResult, normalized: NormalizedText, original: str,
                     lang: str, pack: PolicyPack | None) -> Finding:
        entity = (pack or self.catalog.base).entity(result.entity_type)
        start, end = normalized.original_span(result.start, result.end)
        found = original[start:end]
        suggestion = (person_suggestion(normalized.text[result.start:result.end])
                      if result.entity_type == "PERSON"
                      else placeholder_suggestion(entity.placeholder, lang))
        return Finding(
            kind="pii", type=result.entity_type, start=start, end=end, text=found,
            severity=entity.severity, score=result.score, message=entity.message,
            suggestion=suggestion,
        )

    @staticmethod
    def _policy_finding(hit, pack: PolicyPack, normalized: NormalizedText, original: str,
                        lang: str) -> Finding:
        whole_post = hit.start == 0 and hit.end == len(normalized.text)
        start, end = ((0, len(original)) if whole_post
                      else normalized.original_span(hit.start, hit.end))
        return Finding(
            kind="policy", type=hit.category, start=start, end=end, text=original[start:end],
            severity=hit.severity, score=hit.score, message=hit.message,
            rule=RuleRef(policy=pack.id, id=hit.rule_id, source=hit.source, quote=hit.quote),
            suggestion=placeholder_suggestion(hit.replacement, lang) if hit.replacement else None,
        )
