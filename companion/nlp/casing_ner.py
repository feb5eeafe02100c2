"""The NER weights that know names as people type them (lower case, capitals, no accents).

`scripts/train-ner` updates the `ner` component of each pinned model on the repo's labelled
posts and writes its weights here (data/ner-<lang>.bin) with data/ner.json, which records the
model package and version each was trained from and the weights' sha256. At load, a model's
`ner` takes these weights in place of its package's; the rest of the pipeline is the package's.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from spacy.language import Language

DATA_DIR = Path(__file__).resolve().parent / "data"
MANIFEST = "ner.json"


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
    nlp.get_pipe("ner").from_bytes(weights, exclude=["vocab"])
