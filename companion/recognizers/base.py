"""The pattern recognizers' common shape: bounded regexes find candidates, a check scores them.

Presidio's PatternRecognizer turns a validation into all or nothing (score 1.0 or dropped). Here a
check returns a graded score instead: a Luhn-valid SIN in the usual 3-3-3 grouping is likelier
than nine digits in a row, a Quebec area code likelier than an American one. Scores below the
pipeline's threshold (0.4) are kept when context words can lift them: Presidio's
LemmaContextAwareEnhancer adds 0.35 when one of `CONTEXT[language]` is the lemma of one of the five
words before the match. Context words are single lemmas (the enhancer never matches phrases).

Every regex must stay linear on a 100,000-character input: bounded repetitions, no nested
unbounded quantifiers, a look-behind that anchors the start.
"""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import (
    AnalysisExplanation,
    EntityRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerResult,
)
from presidio_analyzer.nlp_engine import NlpArtifacts


class CheckedPatternRecognizer(PatternRecognizer):
    """Subclasses declare ENTITY, PATTERNS, CONTEXT (and FLAGS), and may override `check`."""

    ENTITY: ClassVar[str]
    PATTERNS: ClassVar[list[Pattern]]
    #: language → context lemmas
    CONTEXT: ClassVar[dict[str, list[str]]]
    FLAGS: ClassVar[int] = 0

    def __init__(self, supported_language: str) -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            name=type(self).__name__,
            supported_language=supported_language,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT[supported_language]),
            global_regex_flags=self.FLAGS,
        )
        self._compiled = [(p, regex.compile(p.regex, self.FLAGS)) for p in self.patterns]

    def check(self, match: regex.Match, pattern: Pattern, text: str) -> float | None:
        """The score of one match; None (or 0) drops it. By default, the pattern's own score."""
        return pattern.score

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = []
        for pattern, compiled in self._compiled:
            for match in compiled.finditer(text):
                score = self.check(match, pattern, text)
                if not score or score <= 0:
                    continue
                score = min(round(score, 2), 1.0)
                results.append(
                    RecognizerResult(
                        entity_type=self.ENTITY,
                        start=match.start(),
                        end=match.end(),
                        score=score,
                        analysis_explanation=AnalysisExplanation(
                            recognizer=self.name,
                            original_score=score,
                            pattern_name=pattern.name,
                            pattern=pattern.regex,
                            textual_explanation=f"{self.name}: pattern {pattern.name!r}",
                        ),
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        },
                    )
                )
        return EntityRecognizer.remove_duplicates(results)
