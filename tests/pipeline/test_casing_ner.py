"""The NER weights trained for names as people type them (companion/nlp/casing_ner.py)."""

from __future__ import annotations

import json
import shutil

import pytest
import spacy

from companion.nlp.casing_ner import (
    DATA_DIR,
    KEPT_LABELS,
    MANIFEST,
    CasingNerError,
    use_casing_ner,
    weights_path,
)
from companion.nlp.engine import MODEL_VERSIONS, MODELS

PERSON = {"fr": "PER", "en": "PERSON"}
#: Names typed in lower case or capitals, in sentences none of the training posts hold: ten per
#: language, since a statistical model is judged on several names, not on one.
UNCASED = {
    "fr": [("allo, je covoiture avec ghislaine beaudoin demain matin", "ghislaine beaudoin"),
           ("ON CHERCHE TOUJOURS RAYMONDE PELLETIER, VUE À RIMOUSKI", "RAYMONDE PELLETIER"),
           ("merci à sylvie gauthier pour les muffins", "sylvie gauthier"),
           ("j'ai vu gaetan lapointe au depanneur", "gaetan lapointe"),
           ("BRAVO À JONATHAN CARON POUR SA CEINTURE NOIRE", "JONATHAN CARON"),
           ("demandez à nadine bergeron, elle sait tout", "nadine bergeron"),
           ("francine dube a gagne le tirage", "francine dube"),
           ("AVIS: MARC-ANDRÉ LEBLANC EST RECHERCHÉ", "MARC-ANDRÉ LEBLANC"),
           ("on soupe chez lucie tremblay samedi", "lucie tremblay"),
           ("le coach yannick roy a annule la pratique", "yannick roy")],
    "en": [("just got off the phone with brenda mcallister about the rink", "brenda mcallister"),
           ("PLEASE SHARE: DWAYNE FITZGERALD HAS NOT BEEN SEEN SINCE FRIDAY", "DWAYNE FITZGERALD"),
           ("shoutout to keisha morrison for the ride home", "keisha morrison"),
           ("had coffee with tom oreilly and his wife yesterday", "tom oreilly"),
           ("ask gary lindqvist, he knows the landlord", "gary lindqvist"),
           ("MISSING: SHAUNA DELANEY, 16, LAST SEEN IN VERDUN", "SHAUNA DELANEY"),
           ("i think rachel thibault is still on the board", "rachel thibault"),
           ("CONGRATS TO BRANDON KOWALSKI ON HIS BLACK BELT", "BRANDON KOWALSKI"),
           ("my neighbour linda mackenzie found the cat", "linda mackenzie"),
           ("we hired derek fong to fix the roof", "derek fong")],
}
#: How many of a language's ten the loaded weights find at least (they find 8 in English and 10
#: in French; the packages' own NER finds 3 and 6).
MIN_FOUND = 8


def _persons(nlp, text: str, lang: str) -> list[str]:
    return [ent.text for ent in nlp(text).ents if ent.label_ == PERSON[lang]]


def _found(nlp, lang: str) -> list[str]:
    return [name for text, name in UNCASED[lang] if name in _persons(nlp, text, lang)]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_names_typed_in_lower_case_or_capitals_are_persons_to_the_loaded_ner(pipeline, lang):
    found = _found(pipeline._nlp_engine.nlp[lang], lang)
    assert len(found) >= MIN_FOUND, found


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_loaded_ner_gives_only_the_labels_something_reads(pipeline, lang):
    ner = pipeline._nlp_engine.nlp[lang].get_pipe("ner")
    assert set(ner.labels) == KEPT_LABELS[lang]
    text = {"fr": "Le 12 mars 2024, Gisèle a payé 40 $ à Rimouski.",
            "en": "On March 12, 2024, Gisele paid $40 in Rimouski."}[lang]
    assert {ent.label_ for ent in pipeline._nlp_engine.nlp[lang](text).ents} <= KEPT_LABELS[lang]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_packages_own_ner_misses_more_of_them(pipeline, lang):
    """What the trained weights change: without them, the pinned model finds fewer."""
    stock = spacy.load(MODELS[lang], exclude=["parser", "senter"])
    assert len(_found(stock, lang)) < len(_found(pipeline._nlp_engine.nlp[lang], lang))


def _copy(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(DATA_DIR, folder)
    return folder


def test_damaged_weights_are_refused_with_the_fix(tmp_path):
    folder = _copy(tmp_path)
    path = weights_path("fr", folder)
    path.write_bytes(path.read_bytes()[:-10])
    nlp = spacy.blank("fr")
    with pytest.raises(CasingNerError, match=r"does not match .* reinstall Garde-fou"):
        use_casing_ner(nlp, MODELS["fr"], MODEL_VERSIONS[MODELS["fr"]], folder)


def test_weights_trained_on_another_model_version_are_refused(tmp_path):
    folder = _copy(tmp_path)
    manifest = json.loads((folder / MANIFEST).read_text())
    manifest["en"]["version"] = "3.7.0"
    (folder / MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(CasingNerError, match=r"trained on version 3\.7\.0, not 3\.8\.0"):
        use_casing_ner(spacy.blank("en"), MODELS["en"], "3.8.0", folder)


def test_the_manifest_names_each_pinned_package_and_its_weights():
    manifest = json.loads((DATA_DIR / MANIFEST).read_text())
    for lang, package in MODELS.items():
        assert manifest[lang]["package"] == package
        assert manifest[lang]["version"] == MODEL_VERSIONS[package]
        assert weights_path(lang).stat().st_size > 1_000_000
