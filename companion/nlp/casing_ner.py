"""The NER weights that know names as people type them (lower case, capitals, no accents).

`scripts/train-ner` updates the `ner` component of each pinned model on the repo's labelled
posts and writes its weights here (data/ner-<lang>.bin) with data/ner.json, which records the
model package and version each was trained from and the weights' sha256. At load, a model's
`ner` is replaced by one with these weights; the rest of the pipeline is the package's.

The trained component knows fewer entity labels than the package's (only those something here
reads, see scripts/train_ner.py): its output layer is smaller, so the weights go into a new
component built from the package's own configuration, not into the package's component.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from spacy.language import Language

DATA_DIR = Path(__file__).resolve().parent / "data"
MANIFEST = "ner.json"
#: The entity labels the trained NER keeps: those something here reads (the PERSON detector,
#: policy rules' `ner:` conditions). The English model's other eight (dates, times, amounts,
#: numbers, languages) are dropped: each label is four more actions for the NER to weigh at
#: every word, and its transition loop was the slowest step of an English analysis (a new
#: 2,000-character post: 7 ms of 33). The French model's four are all kept.
KEPT_LABELS: dict[str, frozenset[str]] = {
    "fr": frozenset({"PER", "LOC", "ORG", "MISC"}),
    "en": frozenset({"PERSON", "ORG", "LOC", "GPE", "FAC", "NORP", "PRODUCT", "EVENT",
                     "WORK_OF_ART", "LAW"}),
}


class CasingNerError(RuntimeError):
    """The shipped NER weights are missing, damaged, or made for another model version."""


def weights_path(lang: str, folder: Path = DATA_DIR) -> Path:
    return folder / f"ner-{lang}.bin"


def use_casing_ner(nlp: Language, package: str, version: str, folder: Path = DATA_DIR) -> None:
    """Loads the trained weights of `package` into `nlp`'s NER; a package without trained
    weights keeps its own."""
    manifest_path = folder / MANIFEST
    if not manifest_path.exists():
        raise CasingNerError(f"{manifest_path} is missing: reinstall Garde-fou "
                             "(in a source checkout: scripts/train-ner)")
    entries = json.loads(manifest_path.read_text(encoding="utf-8"))
    lang, entry = next(((lang, e) for lang, e in entries.items() if e["package"] == package),
                       (None, None))
    if entry is None:
        return
    if entry["version"] != version:
        raise CasingNerError(f"the NER weights for {package} were trained on version "
                             f"{entry['version']}, not {version}: run scripts/train-ner")
    path = weights_path(lang, folder)
    weights = path.read_bytes()
    if hashlib.sha256(weights).hexdigest() != entry["sha256"]:
        raise CasingNerError(f"{path} does not match {manifest_path} "
                             "(damaged or from another training run): reinstall Garde-fou")
    config = {key: value for key, value in nlp.config["components"]["ner"].items()
              if key != "factory"}
    nlp.replace_pipe("ner", "ner", config=config).from_bytes(weights, exclude=["vocab"])
