"""A Presidio AnalyzerEngine over the recognizers alone, with the pipeline's NLP engine.

The recognizers are tested in isolation (no overlap resolution, no name lists), the way the
pipeline builds them: one registry for French and English, spaCy models loaded once per session,
and the linear context enhancer (same results as Presidio's default one).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult

from companion.nlp.engine import LocalSpacyNlpEngine
from companion.pipeline import MIN_SCORE
from companion.recognizers import SUPPORTED_LANGUAGES, build_recognizers
from companion.recognizers.context import ContextEnhancer

Analyze = Callable[[str, str], list[RecognizerResult]]


@pytest.fixture(scope="session")
def analyzer() -> AnalyzerEngine:
    engine = LocalSpacyNlpEngine()
    engine.load()
    registry = RecognizerRegistry(supported_languages=list(SUPPORTED_LANGUAGES))
    for language in SUPPORTED_LANGUAGES:
        for recognizer in build_recognizers(language):
            registry.add_recognizer(recognizer)
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=engine,
        supported_languages=list(SUPPORTED_LANGUAGES),
        context_aware_enhancer=ContextEnhancer(),
    )


@pytest.fixture(scope="session")
def analyze(analyzer: AnalyzerEngine) -> Analyze:
    """All results, whatever their score: (text, language) → results."""

    def run(text: str, language: str) -> list[RecognizerResult]:
        return analyzer.analyze(text, language=language)

    return run


@pytest.fixture(scope="session")
def found(analyze: Analyze) -> Callable[[str, str, str], list[str]]:
    """The texts of the `entity` spans the pipeline would keep: (text, language, entity)."""

    def run(text: str, language: str, entity: str) -> list[str]:
        return [
            text[r.start : r.end]
            for r in sorted(analyze(text, language), key=lambda r: r.start)
            if r.entity_type == entity and r.score >= MIN_SCORE
        ]

    return run
