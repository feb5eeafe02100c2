"""Context words: Presidio's LemmaContextAwareEnhancer compares them with the lemmas of the (non
stop) words before a match, so each must be a lemma the model produces and not a stop word; and
a context word in front of a weak match must lift it over the pipeline's threshold."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from companion.pipeline import MIN_SCORE as THRESHOLD
from companion.recognizers import SUPPORTED_LANGUAGES, build_recognizers
from companion.recognizers.context import ContextEnhancer

CONTEXT_WORDS = sorted(
    {
        (language, recognizer.name, word)
        for language in SUPPORTED_LANGUAGES
        for recognizer in build_recognizers(language)
        for word in recognizer.context
    }
)


@pytest.mark.parametrize(("language", "recognizer", "word"), CONTEXT_WORDS)
def test_context_word_is_a_lemma_and_a_keyword(analyzer, language, recognizer, word):
    # as typed in a post: "téléphone", "Téléphone", or an acronym in capitals ("NAS", "RAMQ")
    for written in (word, word.capitalize(), word.upper()):
        artifacts = analyzer.nlp_engine.process_text(f"{written} 130 692 544", language)
        # the enhancer matches a context word inside a keyword (lower-cased lemma, no stop word)
        if any(word in keyword for keyword in artifacts.keywords):
            return
    pytest.fail(f"{word!r} is never among the keywords {artifacts.keywords}")


# (language, entity, weak match alone, the same match after a context word)
LIFTED = [
    ("fr", "CA_SIN", "Le numéro 130692544 est refusé.", "Mon NAS 130692544 est refusé."),
    ("en", "CA_SIN", "Number 130692544 was rejected.", "My SIN 130692544 was rejected."),
    ("fr", "PHONE_NUMBER", "Code 555-555-0199 à entrer.", "Téléphone : 555-555-0199."),
    ("en", "PHONE_NUMBER", "Code 555-555-0199 to enter.", "Phone: 555-555-0199."),
    ("fr", "CA_QC_HEALTH_NUMBER", "Code ABCD 1234 5678.", "Carte RAMQ ABCD 1234 5678."),
    ("en", "CA_QC_HEALTH_NUMBER", "Code ABCD 1234 5678.", "Medicare ABCD 1234 5678."),
    ("fr", "CA_POSTAL_CODE", "Jeton m5v2t6 expiré.", "Code postal m5v2t6."),
    ("en", "CA_POSTAL_CODE", "Token m5v2t6 expired.", "Postal code m5v2t6."),
    ("fr", "QC_COURT_FILE_NUMBER", "Série 500 17 012345 231.", "Dossier 500 17 012345 231."),
    ("en", "QC_COURT_FILE_NUMBER", "Serial 500 17 012345 231.", "Court docket 500 17 012345 231."),
    ("fr", "CREDIT_CARD", "Membre 1234 5678 9012 3452.", "Carte de crédit 1234 5678 9012 3452."),
    ("en", "CREDIT_CARD", "Member 1234 5678 9012 3452.", "Credit card 1234 5678 9012 3452."),
    ("fr", "EMAIL_ADDRESS", "Fichier jean@serveur.local.", "Courriel jean@serveur.local."),
    ("en", "EMAIL_ADDRESS", "File jean@serveur.local.", "Email jean@serveur.local."),
    # "anniversaire" is not one of the recognizer's own birth phrases: only the lemma context
    ("fr", "DATE_OF_BIRTH", "Bon retour à Léo, le 3 mars 2016.",
     "Bon anniversaire à Léo, le 3 mars 2016."),
]


def _score(analyze, text, language, entity):
    return max((r.score for r in analyze(text, language) if r.entity_type == entity), default=0.0)


@pytest.mark.parametrize(("language", "entity", "alone", "with_context"), LIFTED)
def test_context_lifts_a_weak_match(analyze, language, entity, alone, with_context):
    assert 0 < _score(analyze, alone, language, entity) < THRESHOLD
    assert _score(analyze, with_context, language, entity) >= THRESHOLD


def test_context_raises_a_strong_match(analyze):
    alone = _score(analyze, "Au 1234, rue Principale.", "fr", "STREET_ADDRESS")
    with_context = _score(analyze, "Mon adresse : 1234, rue Principale.", "fr", "STREET_ADDRESS")
    assert with_context > alone >= THRESHOLD


@given(
    st.lists(st.tuples(st.integers(0, 3), st.integers(1, 5)), min_size=1, max_size=12),
    st.integers(0, 80),
)
def test_fast_enhancer_finds_the_same_token(layout, start):
    indices, tokens, position = [], [], 0
    for gap, length in layout:
        position += gap
        indices.append(position)
        tokens.append("x" * length)
        position += length

    def outcome(find):
        try:
            return find("w", start, tokens, indices)
        except ValueError:
            return None

    expected = outcome(LemmaContextAwareEnhancer._find_index_of_match_token)
    assert outcome(ContextEnhancer._find_index_of_match_token) == expected


def test_fast_enhancer_gives_presidio_results(analyzer):
    text = "Mon NAS 130692544, tél. 555-555-0199, code postal m5v2t6, courriel jean@serveur.local"
    default = AnalyzerEngine(
        registry=analyzer.registry,
        nlp_engine=analyzer.nlp_engine,
        supported_languages=analyzer.supported_languages,
    )

    def spans(engine):
        return sorted((r.entity_type, r.start, r.end, r.score) for r in engine.analyze(text, "fr"))

    assert spans(analyzer) == spans(default)
