"""Presidio's lemma context enhancer, linear in the number of results.

LemmaContextAwareEnhancer finds each result's token by walking the spaCy Doc from the start, and
looks lemmas up in a list of keywords: with thousands of results in a 100,000-character post
that is minutes of work. This subclass finds the token by bisection and looks keywords up in a
set; what it computes is unchanged (same window, same matching, same score boost).
"""

from __future__ import annotations

from bisect import bisect_right
from weakref import WeakKeyDictionary

from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts


class ContextEnhancer(LemmaContextAwareEnhancer):
    def __init__(self) -> None:
        super().__init__()
        self._keyword_sets: WeakKeyDictionary[NlpArtifacts, frozenset[str]] = WeakKeyDictionary()

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers,
                              context=None):
        """Results of recognizers without context words come back as they are (Presidio
        would deep-copy them first, for nothing)."""
        if not context and not any(recognizer.context for recognizer in recognizers):
            return raw_results
        return super().enhance_using_context(text, raw_results, nlp_artifacts, recognizers,
                                             context)

    def _extract_surrounding_words(
        self, nlp_artifacts: NlpArtifacts, word: str, start: int
    ) -> list[str]:
        if not nlp_artifacts.tokens:
            return [""]
        keywords = self._keyword_sets.get(nlp_artifacts)
        if keywords is None:
            keywords = self._keyword_sets[nlp_artifacts] = frozenset(nlp_artifacts.keywords)
        index = self._find_index_of_match_token(
            word, start, nlp_artifacts.tokens, nlp_artifacts.tokens_indices
        )
        before = self._add_n_words(
            index, self.context_prefix_count, nlp_artifacts.lemmas, keywords, True
        )
        after = self._add_n_words(
            index, self.context_suffix_count, nlp_artifacts.lemmas, keywords, False
        )
        return list(set(before + after))

    @staticmethod
    def _find_index_of_match_token(word, start, tokens, tokens_indices) -> int:
        """The token holding `start`, or the first one after it (as Presidio's linear walk)."""
        i = max(bisect_right(tokens_indices, start) - 1, 0)
        if tokens_indices[i] + len(tokens[i]) <= start and tokens_indices[i] != start:
            i += 1
        if i >= len(tokens_indices):
            raise ValueError(f"Did not find word '{word}' in the list of tokens")
        return i
