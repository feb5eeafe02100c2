"""Detects whether a post is French or English.

langdetect alone is unreliable on short social-media posts (hashtags, @mentions, emoji, a
single English word in a French post). So the text is first stripped of those, then function
words decide when they clearly lean one way, and langdetect (made deterministic) breaks ties.
Quebec users write mostly in French: an undecidable text is French.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

from langdetect import DetectorFactory
from langdetect.detector_factory import PROFILES_DIRECTORY
from langdetect.lang_detect_exception import LangDetectException

SUPPORTED = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
#: langdetect reads at most this many characters: enough to decide, and its time stays bounded.
_LANGDETECT_SAMPLE = 2_000

# Every alternative starts at a word boundary (lookbehind): an unanchored \S+@ would rescan a
# long run of non-space characters from each position (quadratic on a 100,000-character token).
_NOISE = re.compile(r"(?<!\S)(?:https?://\S+|www\.\S+|\S+@\S+)|[@#][\w\-.]+", re.UNICODE)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)

_FRENCH_WORDS = frozenset(
    "le la les un une des du de et est sont ce cette ces mon ma mes ton ta tes son sa ses notre "
    "nos votre vos leur leurs je tu il elle nous vous ils elles on que qui quoi dont où au aux "
    "pour par avec sans dans sur sous chez mais ou donc car ne pas plus très aussi été être avoir "
    "fait c'est j'ai d'un d'une l'enfant aujourd'hui merci bonjour ça cela voici si comme "
    "en à y tout tous toute toutes bon bonne fier fière soir journée semaine hier demain déjà "
    "encore fin".split()
)
_ENGLISH_WORDS = frozenset(
    "the a an and is are was were be been this that these those my your his her our their i you "
    "he she we they it of to in on at for with without from by but or not no very also have has "
    "had do does did will would can could should what who which where when today thanks hello "
    "it's i'm don't can't just about let's we're you're they're that's there's here's isn't "
    "won't didn't go day tonight everyone good great proud love so us him them all up out get "
    "got".split()
)

_lock = threading.Lock()
_factory: DetectorFactory | None = None


def _detectors() -> DetectorFactory:
    """langdetect with the French and English profiles only (its default loads all 55, a
    third of a second at start-up, to then keep the better of French and English anyway)."""
    global _factory
    with _lock:
        if _factory is None:
            DetectorFactory.seed = 0  # deterministic
            factory = DetectorFactory()
            profiles = Path(PROFILES_DIRECTORY)
            factory.load_json_profile(
                [(profiles / lang).read_text(encoding="utf-8") for lang in SUPPORTED])
            _factory = factory
        return _factory


def detect_language(text: str) -> str:
    """Returns "fr" or "en"."""
    words = [w.lower().replace("’", "'") for w in _WORD.findall(_NOISE.sub(" ", text))]
    if not words:
        return DEFAULT_LANGUAGE
    fr = sum(w in _FRENCH_WORDS for w in words)
    en = sum(w in _ENGLISH_WORDS for w in words)
    if fr >= 2 * en + 1 or en >= 2 * fr + 1:  # "Merci!": one French word and no English
        return "fr" if fr > en else "en"
    sample = " ".join(words)[:_LANGDETECT_SAMPLE]
    return _langdetect(sample) or ("en" if en > fr else DEFAULT_LANGUAGE)


def _langdetect(cleaned: str) -> str | None:
    try:
        detector = _detectors().create()
        detector.append(cleaned)
        probabilities = detector.get_probabilities()
    except LangDetectException:
        return None
    best = {p.lang: p.prob for p in probabilities if p.lang in SUPPORTED}
    return max(best, key=best.__getitem__) if best else None


def warm_up() -> None:
    _detectors()
