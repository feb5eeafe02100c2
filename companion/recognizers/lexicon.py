"""Word lists behind the PERSON recognizer, and the ordinary words of each language.

The lists are plain text files in `data/` (one entry a line, `#` comments), written for Garde-fou:
given names, the subset of them that are also ordinary words, names that are not private persons
(public figures, businesses), and capitalised words that are no names (languages, nationalities,
games, brands). Place names are the policy engine's own lexicons
(`policies/shared/lexicons/`: places_qc, regions_qc, places_elsewhere), so that a town is a
place for both. The ordinary words come from the spaCy model itself
(its lemmatizer tables), so that a capitalised "Souper" or "Vigile" at the start of a sentence is
known to be a word, not a name, without a list of our own.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

import yaml
from spacy.language import Language

from companion.policy.builtin import SHARED_LEXICONS_DIR

DATA_DIR = Path(__file__).parent / "data"
PLACE_LEXICONS = ("places_qc", "regions_qc", "places_elsewhere")

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "–": "-", "‑": "-"})


def fold(word: str) -> str:
    """Comparison key: NFC, case-folded, typographic apostrophes and dashes made plain."""
    return unicodedata.normalize("NFC", word).translate(_APOSTROPHES).casefold()


@cache
def word_list(name: str) -> frozenset[str]:
    """The folded entries of `data/<name>.txt`."""
    entries = set()
    for line in (DATA_DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            entries.add(fold(line))
    return frozenset(entries)


#: Quebec nicknames made of a given name after "Ti-" ("Ti-Jean", "Ti-Guy", "P'tit-Louis").
_NICKNAME_PREFIXES = ("ti-", "tit-", "p'tit-", "ptit-")


def is_given_name(folded: str) -> bool:
    """A listed given name, a compound of listed ones ("pierre-luc", "marie-ève"), or a
    nickname made of one ("ti-jean")."""
    names = word_list("given_names")
    if folded in names:
        return True
    for prefix in _NICKNAME_PREFIXES:
        if folded.startswith(prefix):
            return folded[len(prefix):] in names
    parts = folded.split("-")
    return len(parts) > 1 and all(part in names for part in parts)


def strip_accents(folded: str) -> str:
    """ "hélène" → "helene"."""
    return "".join(
        c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c)
    )


@cache
def _unaccented_given_names() -> frozenset[str]:
    """Listed given names written without their accents ("helene", "jerome"), except those of
    names that are also words ("aime" for "Aimé")."""
    ambiguous = {strip_accents(name) for name in word_list("ambiguous_names")}
    return frozenset(
        bare
        for name in word_list("given_names")
        if (bare := strip_accents(name)) != name and bare not in ambiguous
    )


def is_unaccented_given_name(folded: str) -> bool:
    """A listed given name typed without its accents ("helene", "jean-francois"). Callers
    check that the word is not also a word of the language ("real" is not "Réal")."""
    if folded != strip_accents(folded):
        return False
    names, bare = word_list("given_names"), _unaccented_given_names()
    parts = folded.split("-")
    return any(part in bare for part in parts) and all(
        part in names or part in bare for part in parts
    )


def is_ambiguous_name(folded: str) -> bool:
    """A given name that is also an ordinary word or a place ("Rose", "Hope", "Victoria")."""
    return folded in word_list("ambiguous_names")


_SAINT_PREFIXES = ("saint-", "sainte-", "st-", "ste-", "st.-", "ste.-")


@cache
def places() -> frozenset[str]:
    """The folded place names of the shared lexicons (all languages)."""
    entries: set[str] = set()
    for name in PLACE_LEXICONS:
        lexicon = yaml.safe_load((SHARED_LEXICONS_DIR / f"{name}.yaml").read_text(encoding="utf-8"))
        for key in ("any", "fr", "en"):
            entries.update(fold(entry) for entry in lexicon.get(key) or ())
    return frozenset(entries)


def is_place(folded: str) -> bool:
    """A listed place, a hyphenated saint's name ("Saint-Hyacinthe", "Ste-Julie"), or places
    joined by hyphens ("Laurentides-Lanaudière", "Gaspésie-Îles")."""
    if folded in places() or folded.startswith(_SAINT_PREFIXES):
        return True
    parts = folded.split("-")
    return len(parts) > 1 and all(part in places() for part in parts)


@cache
def _unaccented_places() -> frozenset[str]:
    return frozenset(strip_accents(place) for place in places())


def is_unaccented_place(folded: str) -> bool:
    """A listed place typed without its accents ("monteregie", "gaspesie")."""
    return strip_accents(folded) in _unaccented_places()


def is_place_however_accented(folded: str) -> bool:
    """A place (is_place), or a listed one typed without its accents."""
    return is_place(folded) or is_unaccented_place(folded)


def is_not_name_word(folded: str) -> bool:
    """A language, a nationality, a religion, a game, an app or a brand ("portuguese",
    "tagalog", "fortnite"), or the plural of one ("Haitians", "Gaspésiens"): an ordinary
    word, whatever its capital."""
    words = word_list("not_names")
    return folded in words or (folded[-1:] == "s" and folded[:-1] in words)


def is_common_surname(folded: str) -> bool:
    """One of the common surnames of Quebec ("tremblay", "diallo", "nguyen")."""
    return folded in word_list("surnames")


def is_not_person(folded_name: str) -> bool:
    """A public figure or a business named after a person ("françois legault", "tim hortons").
    Periods are ignored: an initial is read without its period ("guy a lepage")."""
    return folded_name.replace(".", "") in _not_persons()


@cache
def _not_persons() -> frozenset[str]:
    return frozenset(name.replace(".", "") for name in word_list("not_persons"))


class Dictionary:
    """The ordinary words of one language, read from a loaded spaCy pipeline.

    French models ship a lookup table of inflected forms (216k entries) and an index of lemmas;
    English models only the lemma index, so an inflected English word is also checked through the
    lemma spaCy gave its token. Proper nouns from WordNet leak into the English index, which is
    why this is only asked about words that are not listed as given names.
    """

    def __init__(self, nlp: Language | None) -> None:
        self.vocab = nlp.vocab if nlp is not None else None
        self._lemmas: frozenset[str] = frozenset()
        self._forms = None
        if nlp is None or "lemmatizer" not in nlp.pipe_names:
            return
        lookups = nlp.get_pipe("lemmatizer").lookups
        if lookups.has_table("lemma_index"):
            index = lookups.get_table("lemma_index")
            self._lemmas = frozenset(word for words in index.values() for word in words)
        if lookups.has_table("lemma_lookup"):
            self._forms = lookups.get_table("lemma_lookup")

    def is_stop(self, folded: str) -> bool:
        return self.vocab is not None and self.vocab[folded].is_stop

    def is_word(self, folded: str, lemma: str | None = None) -> bool:
        if folded in self._lemmas or (self._forms is not None and folded in self._forms):
            return True
        return lemma is not None and fold(lemma) in self._lemmas


@cache
def dictionary_for(nlp: Language | None) -> Dictionary:
    return Dictionary(nlp)
